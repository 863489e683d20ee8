//! The preview: what an import would do, row by row, with nothing written.

use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;

use crate::address_book::draft::ContactDraft;
use crate::contacts::ContactId;
use crate::error::{Error, Result};

use super::matching::{Found, MatchedBy, Matcher, Rows, keys};
use super::options::{Decision, ImportOptions};
use super::prepare::prepare;

/// Something about one row of the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, rename = "ImportRowNote"))]
pub struct RowNote {
    /// The draft's index in the list.
    pub row: usize,
    /// Where it starts in the file.
    pub line: usize,
    /// What about it, in English.
    pub message: String,
    /// The same by code and data ([`RowWhy`]), for a front end to word in its language.
    pub why: crate::error::Said,
}

crate::reasons! {
    /// Why a row cannot be imported, what was left out of it, why it was not merged
    /// ([`RowNote::why`]). A problem the file's parser found is one of the first three.
    pub enum RowWhy {
        NoName = "no_name" {} => ("{}", crate::address_book::csv::NO_NAME),
        VcardNoName = "vcard_no_name" {} => ("{}", crate::address_book::vcard::NO_NAME),
        VcardGroup = "vcard_group" {} => ("{}", crate::address_book::vcard::GROUP),
        NotAName = "not_a_name" { name: String } =>
            ("\"{name}\" cannot name a card: a name needs at least one letter or digit"),
        /// The card the row makes is refused for another reason (English only).
        CardRefused = "card_refused" { reason: String } => ("{reason}"),
        EmailLeftOut = "email_left_out" { value: String } => ("'{value}' is not an e-mail address (no @): left out"),
        PhoneLeftOut = "phone_left_out" { value: String } => ("'{value}' has no digits: left out"),
        TagLeftOut = "tag_left_out" { tag: String, max: usize } => ("'{tag}' is longer than {max} characters: left out"),
        /// Another value refused (English only).
        LeftOut = "left_out" { reason: String } => ("{reason}: left out"),
        NotMergedErased = "not_merged_erased" { card: ContactId, id: ContactId, date: String } =>
            ("not merged into card #{card}: Contact {id} was erased on {date}: nothing about them can be recorded or changed."),
        NotMergedRestricted = "not_merged_restricted" { card: ContactId, name: String, since: String, reason: String } =>
            ("not merged into card #{card}: {name} is restricted (frozen) since {since}: \"{reason}\". Their data can be read \
              but not changed. Lift the restriction, with a reason, when processing may resume."),
        NotMerged = "not_merged" { card: ContactId, reason: String } => ("not merged into card #{card}: {reason}"),
    }
}

impl RowWhy {
    /// The reason of a problem the file's parser gave as text ([`ContactDraft::problem`]).
    pub fn of_problem(text: &str) -> RowWhy {
        [RowWhy::NoName {}, RowWhy::VcardNoName {}, RowWhy::VcardGroup {}]
            .into_iter()
            .find(|why| why.to_string() == text)
            .unwrap_or_else(|| RowWhy::CardRefused { reason: text.to_owned() })
    }
}

/// A note about a row before it knows its row: the English and the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Note {
    pub text: String,
    pub why: crate::error::Said,
}

impl From<RowWhy> for Note {
    fn from(why: RowWhy) -> Note {
        Note { text: why.to_string(), why: why.said() }
    }
}

impl RowNote {
    pub(super) fn new(row: usize, line: usize, note: Note) -> RowNote {
        RowNote { row, line, message: note.text, why: note.why }
    }
}

/// What a duplicate repeats.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, rename = "ImportDuplicateOf"))]
pub enum DuplicateOf {
    /// A card in the vault.
    Card {
        contact_id: ContactId,
        display_name: String,
        organisation: Option<String>,
        /// The card is restricted (frozen): nothing can be merged into it.
        restricted: bool,
    },
    /// An earlier row of the same file: merged, the two make one card.
    Row { row: usize, line: usize, name: String },
}

/// A row that is already in the vault, or repeats an earlier row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, rename = "ImportDuplicate"))]
pub struct Duplicate {
    pub row: usize,
    pub line: usize,
    /// The name the row's card would have.
    pub name: String,
    pub of: DuplicateOf,
    /// What the two have in common (e-mail, phone, name at the organisation), each once.
    pub matched_by: Vec<MatchedBy>,
    /// What happens to it unless the user decides otherwise.
    pub decision: Decision,
}

/// What an import of a list of drafts would do. Rows are the drafts' indexes in the list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ImportPreview {
    /// How many rows (drafts) there are.
    pub rows: usize,
    /// The rows that become new cards: no problem, no duplicate.
    pub new: Vec<usize>,
    /// The rows that are duplicates, each with its default decision.
    pub duplicates: Vec<Duplicate>,
    /// The rows that cannot be imported (nothing names the person): the import skips them
    /// only when the user agrees (`skip_problems` in the import's choices).
    pub problems: Vec<RowNote>,
    /// Values left out of rows that are imported (an e-mail address without @…).
    pub warnings: Vec<RowNote>,
}

/// The preview of importing `drafts`, read from the vault through `c`.
pub(super) fn preview(c: &Connection, drafts: &[ContactDraft], options: &ImportOptions) -> Result<ImportPreview> {
    let settings = options.checked()?;
    let country = crate::contact_points::firm_country(c)?;
    let matcher = Matcher::new(c, country, None)?;
    let mut earlier = Rows::default();
    let mut out = ImportPreview { rows: drafts.len(), ..Default::default() };
    for (row, draft) in drafts.iter().enumerate() {
        let prepared = prepare(draft, &settings);
        let line = draft.line;
        out.warnings.extend(prepared.warnings.into_iter().map(|note| RowNote::new(row, line, note)));
        let card = match prepared.card {
            Ok(card) => card,
            Err(note) => {
                out.problems.push(RowNote::new(row, line, note));
                continue;
            }
        };
        let keys = keys(&card, matcher.country());
        let found = match matcher.find(c, &keys)? {
            Some(m) => Some(m),
            None => earlier.find(&keys),
        };
        match found {
            None => out.new.push(row),
            Some(m) => {
                let of = match m.found {
                    Found::Card(id) => card_of(c, id)?,
                    Found::Row(earlier) => DuplicateOf::Row {
                        row: earlier,
                        line: drafts[earlier].line,
                        name: drafts[earlier].name().unwrap_or_default(),
                    },
                };
                out.duplicates.push(Duplicate {
                    row,
                    line,
                    name: card.display_name,
                    of,
                    matched_by: m.by,
                    decision: settings.on_duplicate,
                });
            }
        }
        earlier.remember(row, &keys);
    }
    Ok(out)
}

fn card_of(c: &Connection, id: ContactId) -> Result<DuplicateOf> {
    let card = c
        .prepare_cached("SELECT display_name, organisation, standing FROM contact WHERE id = ?1")?
        .query_row([id], |r| {
            Ok(DuplicateOf::Card {
                contact_id: id,
                display_name: r.get(0)?,
                organisation: r.get(1)?,
                restricted: r.get::<_, String>(2)? == "restricted",
            })
        })
        .optional()?;
    card.ok_or_else(|| Error::not_found("contact", id))
}
