//! A draft made into the card it would create: a checked [`NewContact`], or the problem that
//! keeps the row out.
//!
//! A value the card would refuse (an e-mail address without `@`, a phone number without a
//! digit, a tag longer than [`MAX_TAG_CHARS`](crate::tags::MAX_TAG_CHARS)) does not stop the
//! row, let alone the file: it is left out and the row gets a warning saying so, which the
//! preview lists with the row's line. Only a row with nothing to name the card by (the
//! parser's [`ContactDraft::problem`], or a "name" without a letter or digit) is a problem:
//! it is imported by nobody, and the import goes ahead only when the user agrees to skip it.

use std::collections::BTreeSet;

use crate::address_book::draft::ContactDraft;
use crate::contact_points::{self, Kind, Labelled};
use crate::contacts::{ContactDetails, ContactField, NewContact};
use crate::error::Error;

use super::matching::{Keys, Match, Rows, keys};
use super::options::Settings;
use super::preview::{Note, RowWhy};

/// A row made ready: the card, or why there is none; and what was left out of it.
#[derive(Debug, Clone)]
pub(super) struct Prepared {
    pub card: Result<NewContact, Note>,
    pub warnings: Vec<Note>,
}

/// The card `draft` makes with these settings.
pub(super) fn prepare(draft: &ContactDraft, settings: &Settings) -> Prepared {
    let mut warnings = Vec::new();
    let card = card(draft, settings, &mut warnings);
    Prepared { card, warnings }
}

/// A row made ready for the import, with everything worked out that needs no vault: the
/// card or the problem, the values left out, and for a card its duplicate-check keys, the
/// earlier row of the file it repeats, its sort key and its search index rows. An import
/// makes its rows ready on a thread of their own while it writes the rows before (see
/// `commit.rs`).
#[derive(Debug)]
pub(super) struct Ready {
    pub card: Result<ReadyCard, Note>,
    pub warnings: Vec<Note>,
}

/// A card made ready (see [`Ready`]).
#[derive(Debug)]
pub(super) struct ReadyCard {
    pub card: NewContact,
    pub keys: Keys,
    /// The earlier row of the file it repeats, if any (the vault is looked up when it is written).
    pub earlier: Option<Match>,
    /// Its folded display name (`contact.sort_key`).
    pub sort_key: String,
    /// What the search index holds of it, should it become a card ([`crate::search::card_rows`]).
    pub index: Vec<(ContactField, String)>,
}

/// How many rows are made ready at a time (and handed on together).
pub(super) const CHUNK: usize = 256;

/// Makes every row of `drafts` ready, in order, [`CHUNK`] rows at a time, each chunk handed to
/// `out`; stops early when `out` says `false` (the import stopped). Phone numbers are read in
/// `country`.
pub(super) fn ready_rows(
    drafts: &[ContactDraft],
    settings: &Settings,
    country: Option<&str>,
    mut out: impl FnMut(Vec<Ready>) -> bool,
) {
    let mut earlier = Rows::default();
    for (first, chunk) in drafts.chunks(CHUNK).enumerate().map(|(i, c)| (i * CHUNK, c)) {
        let ready = chunk
            .iter()
            .enumerate()
            .map(|(i, draft)| {
                let Prepared { card, warnings } = prepare(draft, settings);
                let card = card.map(|card| {
                    let keys = keys(&card, country);
                    let found = earlier.find(&keys);
                    earlier.remember(first + i, &keys);
                    ReadyCard {
                        sort_key: crate::fold::fold(&card.display_name),
                        index: crate::search::card_rows(&card.display_name, &card.details),
                        card,
                        keys,
                        earlier: found,
                    }
                });
                Ready { card, warnings }
            })
            .collect();
        if !out(ready) {
            return;
        }
    }
}

fn card(draft: &ContactDraft, settings: &Settings, warnings: &mut Vec<Note>) -> Result<NewContact, Note> {
    if let Some(problem) = &draft.problem {
        return Err(RowWhy::of_problem(problem).into());
    }
    // The parsers set their own problem for a row without a name; this is the fallback.
    let name = draft.name().ok_or_else(|| Note::from(RowWhy::NoName {}))?;
    if !crate::names::is_name(&name) {
        return Err(RowWhy::NotAName { name }.into());
    }
    let mut tags = draft.tags.clone();
    tags.extend(settings.tag.clone());
    let new = NewContact {
        display_name: name,
        details: ContactDetails {
            given_name: draft.given_name.clone(),
            family_name: draft.family_name.clone(),
            organisation: draft.organisation.clone(),
            job_title: draft.job_title.clone(),
            emails: valid_points(Kind::Email, &draft.emails, warnings),
            phones: valid_points(Kind::Phone, &draft.phones, warnings),
            addresses: valid_points(Kind::Address, &draft.addresses, warnings),
            id_number: None,
            notes: draft.notes.clone(),
            tags: valid_tags(tags, warnings),
        },
        status: Some(settings.status),
        source: settings.source.clone(),
        sensitive: BTreeSet::new(),
    };
    new.checked().map_err(|e| RowWhy::CardRefused { reason: e.to_string() }.into())
}

/// The points a card would take, each bad one left out with a warning.
fn valid_points(kind: Kind, points: &[Labelled], warnings: &mut Vec<Note>) -> Vec<Labelled> {
    if contact_points::normalise(kind, points.to_vec()).is_ok() {
        return points.to_vec();
    }
    let mut kept = Vec::with_capacity(points.len());
    for point in points {
        match contact_points::normalise(kind, vec![point.clone()]) {
            Ok(_) => kept.push(point.clone()),
            Err(e) => warnings.push(left_out(e)),
        }
    }
    kept
}

/// The tags a card would take, each bad one left out with a warning.
fn valid_tags(tags: Vec<String>, warnings: &mut Vec<Note>) -> Vec<String> {
    if crate::tags::normalise(&tags).is_ok() {
        return tags;
    }
    let mut kept = Vec::with_capacity(tags.len());
    for tag in tags {
        match crate::tags::normalise(&[&tag]) {
            Ok(_) => kept.push(tag),
            Err(e) => warnings.push(left_out(e)),
        }
    }
    kept
}

/// "'jan.x.pl' is not an e-mail address (no @): left out".
fn left_out(e: Error) -> Note {
    use crate::why::Why;
    let why = match e {
        // One value at a time: never "(e-mail address 2)".
        Error::Invalid { why: Why::NotAnEmail { value, number: 1 }, .. } => RowWhy::EmailLeftOut { value },
        Error::Invalid { why: Why::NoDigits { value, number: 1 }, .. } => RowWhy::PhoneLeftOut { value },
        Error::Invalid { why: Why::TagTooLong { tag, max }, .. } => RowWhy::TagLeftOut { tag, max },
        Error::Invalid { why, .. } => RowWhy::LeftOut { reason: why.to_string() },
        other => RowWhy::LeftOut { reason: other.to_string() },
    };
    why.into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contact_points::Label;
    use crate::contacts::{DataSource, LifecycleStatus};

    use super::super::options::Decision;

    fn settings() -> Settings {
        Settings {
            source: DataSource::ThirdParty { name: "Targi Poznań".into() },
            status: LifecycleStatus::Customer,
            tag: Some("Targi 2026".into()),
            on_duplicate: Decision::Merge,
        }
    }

    #[test]
    fn a_draft_becomes_a_checked_card_with_the_import_tag() {
        let draft = ContactDraft {
            line: 2,
            given_name: Some(" Łucja ".into()),
            family_name: Some("Żółkiewska".into()),
            emails: vec![Labelled::new("lucja@zdzblo.pl", Label::Work)],
            tags: vec!["VIP".into(), "targi 2026".into()],
            ..Default::default()
        };
        let p = prepare(&draft, &settings());
        let card = p.card.unwrap();
        assert!(p.warnings.is_empty());
        assert_eq!(card.display_name, "Łucja Żółkiewska");
        assert_eq!(card.details.given_name.as_deref(), Some("Łucja"), "normalised");
        assert_eq!(card.details.tags, ["VIP", "targi 2026"], "the import tag once, compared folded");
        assert!(card.details.emails[0].primary);
        assert_eq!(card.status, Some(LifecycleStatus::Customer));
        assert_eq!(card.source, settings().source);
    }

    #[test]
    fn bad_values_are_left_out_with_a_warning_and_a_nameless_row_is_a_problem() {
        let draft = ContactDraft {
            display_name: Some("Jan Kowalski".into()),
            emails: vec![Labelled::new("jan.x.pl", Label::Home), Labelled::new("jan@x.pl", Label::Work)],
            phones: vec![Labelled::new("call me", Label::Mobile)],
            tags: vec!["x".repeat(81), "VIP".into()],
            ..Default::default()
        };
        let p = prepare(&draft, &settings());
        let card = p.card.unwrap();
        assert_eq!(card.details.emails.iter().map(|e| e.value.as_str()).collect::<Vec<_>>(), ["jan@x.pl"]);
        assert!(card.details.phones.is_empty());
        assert_eq!(card.details.tags, ["VIP", "Targi 2026"]);
        assert_eq!(p.warnings.len(), 3, "{:?}", p.warnings);
        assert_eq!(p.warnings[0].text, "'jan.x.pl' is not an e-mail address (no @): left out");
        assert_eq!(p.warnings[1].text, "'call me' has no digits: left out");
        assert!(p.warnings[2].text.contains("longer than 80 characters: left out"), "{}", p.warnings[2].text);
        assert_eq!(p.warnings[0].why.code, "email_left_out");

        let problem = ContactDraft { problem: Some("no name".into()), ..Default::default() };
        assert_eq!(prepare(&problem, &settings()).card.unwrap_err().text, "no name");
        let nothing = ContactDraft::default();
        assert_eq!(prepare(&nothing, &settings()).card.unwrap_err().why, RowWhy::NoName {}.said());
        let dashes = ContactDraft { display_name: Some("— —".into()), ..Default::default() };
        assert!(prepare(&dashes, &settings()).card.unwrap_err().text.contains("cannot name a card"));
    }
}
