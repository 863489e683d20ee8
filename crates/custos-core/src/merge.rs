//! Merging two cards of one person ("possible duplicates", [`crate::duplicates`]): the card
//! kept takes what the other has and it lacks, everything that belongs to the other moves to
//! it, and the other card is gone — in one transaction, with one audit entry on the kept card.
//!
//! What the kept card takes:
//! - e-mail addresses and phone numbers it lacks, compared by their match key (lower-case
//!   e-mail, E.164 phone read in the firm's country), postal addresses it lacks, compared
//!   ignoring case and runs of spaces; each keeps its label, none becomes primary (unless the
//!   kept card had none of that kind: then the other's primary is);
//! - tags it lacks (compared folded);
//! - its **empty** one-valued fields (given and family name, organisation, job title, id
//!   number) from the other; where both have a different value the kept card's stays and the
//!   other's is named in the audit entry (`not_taken`). Notes are the exception: both are kept,
//!   the other's appended after a blank line (a note is not replaced by another's, and none
//!   is lost);
//! - the sensitive mark of every field it takes something into from a field the other marks;
//! - the earlier creation and the later last contact (retention counts from them).
//!
//! Its display name, status, source and restriction state stay as they are.
//!
//! What moves to the kept card: conversations (with their messages and their search entries,
//! which are keyed by message), consent events (append-only: they move unchanged, so the two
//! histories interleave by time and each purpose's state is derived from the merged history),
//! objections (one per person and purpose: where both objected to a purpose the earlier
//! objection stays and the later goes, named in the audit entry), requests, and a retention
//! hold (where both have one, the later review date stays). Import bookkeeping of the other
//! card (fields an import filled in) goes with it.
//!
//! The other card is **deleted**, not kept as a tombstone: a tombstone would be a second card
//! of the person that lists, searches, audiences and retention would all have to leave out.
//! The audit entries about it stay (the chain cannot lose them) and still name its id;
//! `contact_merge` (schema 12) remembers where it went, so erasing the kept person also
//! redacts them, and its id is never given to a new card.
//!
//! Refused, with nothing written, when the two are the same card, either is unknown, or either
//! is restricted or erased.

use std::collections::BTreeSet;

use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use crate::audit::{Action, Target};
use crate::contact_points::{Kind, Label, Labelled};
use crate::contacts::{Contact, ContactField, ContactId, Contacts};
use crate::error::{Error, Result};
use crate::fold::fold;
use crate::ts::Ts;

/// A contact point the kept card took from the other.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct AddedPoint {
    /// `email`, `phone` or `address`.
    pub field: ContactField,
    pub value: String,
    pub label: Label,
}

/// What a merge did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct MergeSummary {
    /// The kept card as it now is.
    pub kept: Contact,
    /// The card merged into it, now gone.
    pub merged_id: ContactId,
    /// Its name, masked when that card marked its name sensitive (as its audit entry has it).
    pub merged_name: String,
    /// Empty one-valued fields of the kept card filled from the other.
    pub filled: Vec<ContactField>,
    /// Both cards had notes: the other's now follow the kept card's.
    pub notes_appended: bool,
    pub points_added: Vec<AddedPoint>,
    pub tags_added: Vec<String>,
    /// Fields where the other card had a different value that the kept card did not take
    /// (its own stayed); the audit entry names the values.
    pub not_taken: Vec<ContactField>,
    pub conversations: u64,
    pub consent_events: u64,
    /// The other's objections that moved; `objections_dropped`: those that went because both
    /// had objected to the same purpose (the earlier one stays, whichever card it was on).
    pub objections: u64,
    pub objections_dropped: u64,
    pub requests: u64,
    /// The other's retention hold now applies to the kept card.
    pub retention_hold_moved: bool,
}

/// The one-valued fields a merge fills when the kept card has them empty.
const ONE_VALUED: [ContactField; 5] = [
    ContactField::GivenName,
    ContactField::FamilyName,
    ContactField::Organisation,
    ContactField::JobTitle,
    ContactField::IdNumber,
];

const POINT_FIELDS: [(ContactField, Kind); 3] =
    [(ContactField::Email, Kind::Email), (ContactField::Phone, Kind::Phone), (ContactField::Address, Kind::Address)];

/// The kept card with what it takes from the other (not yet written).
#[derive(Debug)]
struct Combined {
    after: Contact,
    filled: Vec<ContactField>,
    notes_appended: bool,
    /// Points to add, by kind, in order, at the end of the kept card's list.
    points: Vec<(Kind, Labelled)>,
    points_added: Vec<AddedPoint>,
    tags_added: Vec<String>,
    not_taken: Vec<(ContactField, String)>,
}

/// What two points of a kind are compared by: the match key, else the text ignoring case and
/// runs of spaces (postal addresses, and values no key can be made of).
fn point_key(kind: Kind, value: &str, country: Option<&str>) -> String {
    kind.match_key(value, country)
        .unwrap_or_else(|| value.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase())
}

/// The kept card after taking what it lacks from `other` (pure: nothing is read or written).
fn combine(kept: &Contact, other: &Contact, country: Option<&str>) -> Combined {
    let mut after = kept.clone();
    let mut filled = Vec::new();
    let mut not_taken = Vec::new();
    let mut took: BTreeSet<ContactField> = BTreeSet::new();
    // What the audit entry and the summary show of the other's values: masked where either
    // card marks the field sensitive.
    let shown = |field: ContactField, value: &str| {
        if other.sensitive.contains(&field) || kept.sensitive.contains(&field) {
            crate::contacts::mask(value)
        } else {
            value.to_owned()
        }
    };
    if fold(&kept.display_name) != fold(&other.display_name) {
        not_taken.push((ContactField::DisplayName, shown(ContactField::DisplayName, &other.display_name)));
    }
    for field in ONE_VALUED {
        let Some(theirs) = other.details.get(field) else { continue };
        match (kept.details.get(field), slot(&mut after, field)) {
            (None, Some(slot)) => {
                *slot = Some(theirs.to_owned());
                filled.push(field);
                took.insert(field);
            }
            (Some(ours), _) if fold(ours) != fold(theirs) => not_taken.push((field, shown(field, theirs))),
            _ => {}
        }
    }
    let mut notes_appended = false;
    match (kept.details.notes.as_deref(), other.details.notes.as_deref()) {
        (None, Some(theirs)) => {
            after.details.notes = Some(theirs.to_owned());
            filled.push(ContactField::Notes);
            took.insert(ContactField::Notes);
        }
        (Some(ours), Some(theirs)) if !ours.contains(theirs) => {
            after.details.notes = Some(format!("{ours}\n\n{theirs}"));
            notes_appended = true;
            took.insert(ContactField::Notes);
        }
        _ => {}
    }
    let mut points = Vec::new();
    let mut points_added = Vec::new();
    for (field, kind) in POINT_FIELDS {
        let ours = kept.details.points(field).unwrap_or_default();
        let mut keys: BTreeSet<String> = ours.iter().map(|p| point_key(kind, &p.value, country)).collect();
        let mut list = ours.to_vec();
        // The other's list is stored primary first: it becomes primary only on a card with none.
        for theirs in other.details.points(field).unwrap_or_default() {
            if !keys.insert(point_key(kind, &theirs.value, country)) {
                continue;
            }
            let point = Labelled { value: theirs.value.clone(), label: theirs.label, primary: list.is_empty() };
            points_added.push(AddedPoint { field, value: shown(field, &point.value), label: point.label });
            points.push((kind, point.clone()));
            list.push(point);
            took.insert(field);
        }
        if let Some(slot) = points_slot(&mut after, field) {
            *slot = list;
        }
    }
    let mut tags_added = Vec::new();
    for tag in &other.details.tags {
        if !after.details.tags.iter().any(|t| fold(t) == fold(tag)) {
            after.details.tags.push(tag.clone());
            tags_added.push(tag.clone());
            took.insert(ContactField::Tags);
        }
    }
    after.sensitive.extend(took.iter().filter(|f| other.sensitive.contains(f)));
    Combined { after, filled, notes_appended, points, points_added, tags_added, not_taken }
}

fn slot(card: &mut Contact, field: ContactField) -> Option<&mut Option<String>> {
    let d = &mut card.details;
    match field {
        ContactField::GivenName => Some(&mut d.given_name),
        ContactField::FamilyName => Some(&mut d.family_name),
        ContactField::Organisation => Some(&mut d.organisation),
        ContactField::JobTitle => Some(&mut d.job_title),
        ContactField::IdNumber => Some(&mut d.id_number),
        ContactField::Notes => Some(&mut d.notes),
        _ => None,
    }
}

fn points_slot(card: &mut Contact, field: ContactField) -> Option<&mut Vec<Labelled>> {
    let d = &mut card.details;
    match field {
        ContactField::Email => Some(&mut d.emails),
        ContactField::Phone => Some(&mut d.phones),
        ContactField::Address => Some(&mut d.addresses),
        _ => None,
    }
}

impl Contacts<'_> {
    /// Merges card `other` into card `keep` (see the [module](self)): one transaction, one
    /// `contact.merged` audit entry on the kept card naming the other (id, name) and what moved,
    /// with the kept card's previous values like a rectification. Refused with nothing written
    /// when `keep` and `other` are the same card, either is unknown (`not_found`), or either
    /// is restricted (`contact_restricted`) or erased (`contact_erased`).
    pub fn merge(&self, keep: ContactId, other: ContactId) -> Result<MergeSummary> {
        if keep == other {
            return Err(Error::invalid("other", crate::why::Why::MergeWithItself {}));
        }
        self.vault.write(|w| {
            let before = crate::contacts::load_for_change(&w.tx, keep)?;
            let gone = crate::contacts::load_for_change(&w.tx, other)?;
            let country = crate::contact_points::firm_country(&w.tx)?;
            let combined = combine(&before, &gone, country.as_deref());

            // The columns and sensitive marks through the card's own writer; points and tags
            // are added to the kept card's (which keep their import bookkeeping).
            let mut columns = combined.after.clone();
            columns.details.emails = before.details.emails.clone();
            columns.details.phones = before.details.phones.clone();
            columns.details.addresses = before.details.addresses.clone();
            columns.details.tags = before.details.tags.clone();
            crate::contacts::update(w, &before, &columns)?;
            for (field, kind) in POINT_FIELDS {
                let start = before.details.points(field).map_or(0, <[Labelled]>::len);
                let new = combined.points.iter().filter(|(k, _)| *k == kind).map(|(_, p)| p);
                for (i, point) in new.enumerate() {
                    crate::contact_points::add(&w.tx, keep, kind, point, start + i, country.as_deref(), None)?;
                }
            }
            for tag in &combined.tags_added {
                crate::tags::add(&w.tx, keep, tag, None)?;
            }
            let last_contact = before.last_contact_at.max(gone.last_contact_at);
            w.tx.execute(
                "UPDATE contact SET created_at = ?2, last_contact_at = ?3 WHERE id = ?1",
                params![keep, Ts(before.created_at.min(gone.created_at)), last_contact.map(Ts)],
            )?;

            // Where the other card went: a card merged into it before now goes to the kept one
            // too. Its consent events may move only along this (schema 12's trigger).
            w.tx.execute("UPDATE contact_merge SET kept_id = ?2 WHERE kept_id = ?1", params![other, keep])?;
            w.tx.execute(
                "INSERT INTO contact_merge (merged_id, kept_id, merged_at) VALUES (?1, ?2, ?3)",
                params![other, keep, w.now_ts()],
            )?;
            let conversations =
                w.tx.execute("UPDATE conversation SET contact_id = ?2 WHERE contact_id = ?1", params![other, keep])?;
            let consent_events =
                w.tx.execute("UPDATE consent_event SET contact_id = ?2 WHERE contact_id = ?1", params![other, keep])?;
            let (objections, dropped) = move_objections(w, keep, other)?;
            let requests =
                w.tx.execute("UPDATE request SET contact_id = ?2 WHERE contact_id = ?1", params![other, keep])?;
            let hold_moved = move_hold(w, keep, other)?;

            // The other card, and what is only its own.
            crate::search::unindex_contact(&w.tx, other)?;
            for table in ["contact_sensitive_field", "contact_point", "contact_tag", "contact_import_fill"] {
                // The table names come from the fixed list above, never from input.
                w.tx.execute(&format!("DELETE FROM {table} WHERE contact_id = ?1"), [other])?;
            }
            w.tx.execute("DELETE FROM contact WHERE id = ?1", [other])?;

            let kept = crate::contacts::load(&w.tx, keep)?;
            crate::search::index_contact(&w.tx, &kept)?;

            let changed: Vec<ContactField> =
                ContactField::ALL.iter().copied().filter(|f| before.json(*f) != kept.json(*f)).collect();
            let mut previous = serde_json::Map::new();
            for f in &changed {
                previous.insert(f.code().into(), before.json(*f));
            }
            let masked: Vec<&str> = before.sensitive.iter().filter(|f| changed.contains(f)).map(|f| f.code()).collect();
            let not_taken: serde_json::Map<String, serde_json::Value> =
                combined.not_taken.iter().map(|(f, v)| (f.code().to_owned(), v.clone().into())).collect();
            let merged_name = if gone.sensitive.contains(&ContactField::DisplayName) {
                crate::contacts::mask(&gone.display_name)
            } else {
                gone.display_name.clone()
            };
            let sensitive_added: Vec<&str> = kept.sensitive.difference(&before.sensitive).map(|f| f.code()).collect();
            w.audit(
                Action::ContactsMerged,
                Target::Contact(keep),
                serde_json::json!({
                    "merged": other,
                    "merged_name": merged_name,
                    "fields": changed.iter().map(|f| f.code()).collect::<Vec<_>>(),
                    "previous": previous,
                    "masked": masked,
                    "filled": combined.filled,
                    "notes_appended": combined.notes_appended,
                    "points_added": combined.points_added,
                    "tags_added": combined.tags_added,
                    "sensitive_added": sensitive_added,
                    "not_taken": not_taken,
                    "moved": {
                        "conversations": conversations,
                        "consent_events": consent_events,
                        "objections": objections,
                        "requests": requests,
                        "retention_hold": hold_moved,
                    },
                    "objections_dropped": dropped,
                    "created_at": crate::ts::format(kept.created_at),
                    "last_contact_at": kept.last_contact_at.map(crate::ts::format),
                }),
            )?;
            Ok(MergeSummary {
                merged_id: other,
                merged_name,
                filled: combined.filled,
                notes_appended: combined.notes_appended,
                points_added: combined.points_added,
                tags_added: combined.tags_added,
                not_taken: combined.not_taken.iter().map(|(f, _)| *f).collect(),
                conversations: conversations as u64,
                consent_events: consent_events as u64,
                objections,
                objections_dropped: dropped.len() as u64,
                requests: requests as u64,
                retention_hold_moved: hold_moved,
                kept,
            })
        })
    }
}

/// Moves the other card's objections; where both objected to a purpose the earlier objection
/// stays. Returns how many moved, and the ones that went (for the audit entry).
fn move_objections(
    w: &crate::vault::Write<'_>,
    keep: ContactId,
    other: ContactId,
) -> Result<(u64, Vec<serde_json::Value>)> {
    let purposes: Vec<i64> = crate::vault::rows(
        w.tx.prepare_cached("SELECT purpose_id FROM objection WHERE contact_id = ?1 ORDER BY purpose_id")?
            .query_map([other], |r| r.get(0))?,
    )?;
    let mut moved = 0;
    let mut dropped = Vec::new();
    for purpose in purposes {
        let Some(theirs) = crate::objections::find(&w.tx, other, purpose)? else { continue };
        let ours = crate::objections::find(&w.tx, keep, purpose)?;
        // One objection per person and purpose: the earlier stays (it has been in force longer).
        let ours_earlier = ours.as_ref().is_some_and(|o| (o.at, o.id) <= (theirs.at, theirs.id));
        let goes = if ours_earlier { Some((&theirs, "merged")) } else { ours.as_ref().map(|o| (o, "kept")) };
        if let Some((goes, card)) = goes {
            w.tx.execute("DELETE FROM objection WHERE id = ?1", [goes.id])?;
            dropped.push(serde_json::json!({
                "card": card,
                "objection": goes.id,
                "purpose": purpose,
                "at": crate::ts::format(goes.at),
                "method": goes.method,
                "evidence_ref": goes.evidence_ref,
                "recorded_by": goes.recorded_by,
                "recorded_at": crate::ts::format(goes.recorded_at),
            }));
        }
        if !ours_earlier {
            w.tx.execute("UPDATE objection SET contact_id = ?2 WHERE id = ?1", params![theirs.id, keep])?;
            moved += 1;
        }
    }
    Ok((moved, dropped))
}

/// Moves the other card's retention hold when the kept card has none or an earlier review
/// date; otherwise it goes. True when it moved.
fn move_hold(w: &crate::vault::Write<'_>, keep: ContactId, other: ContactId) -> Result<bool> {
    let review = |id: ContactId| -> Result<Option<String>> {
        Ok(w.tx
            .query_row("SELECT review_on FROM retention_hold WHERE contact_id = ?1", [id], |r| r.get(0))
            .optional()?)
    };
    let Some(theirs) = review(other)? else { return Ok(false) };
    // Days are stored as YYYY-MM-DD: as text they sort as dates.
    let moves = review(keep)?.is_none_or(|ours| theirs > ours);
    if moves {
        w.tx.execute("DELETE FROM retention_hold WHERE contact_id = ?1", [keep])?;
        w.tx.execute("UPDATE retention_hold SET contact_id = ?2 WHERE contact_id = ?1", params![other, keep])?;
    } else {
        w.tx.execute("DELETE FROM retention_hold WHERE contact_id = ?1", [other])?;
    }
    Ok(moves)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{DateTime, Utc};

    use crate::contacts::{ContactDetails, DataSource, LifecycleStatus};

    fn card(id: ContactId, name: &str, details: ContactDetails) -> Contact {
        let at = DateTime::<Utc>::default();
        Contact {
            id,
            display_name: name.into(),
            details,
            status: LifecycleStatus::Lead,
            source: DataSource::Person { via: None },
            sensitive: BTreeSet::new(),
            created_at: at,
            updated_at: at,
            last_contact_at: None,
            restriction: None,
            erased_at: None,
        }
    }

    fn point(value: &str, label: Label, primary: bool) -> Labelled {
        Labelled { value: value.into(), label, primary }
    }

    #[test]
    fn the_kept_card_takes_what_it_lacks_and_keeps_what_it_has() {
        let kept = card(
            1,
            "Anna Nowak",
            ContactDetails {
                organisation: Some("Nowak i S-ka".into()),
                emails: vec![point("anna@nowak.pl", Label::Work, true)],
                addresses: vec![point("ul. Długa 5\n00-001 Warszawa", Label::Work, true)],
                notes: Some("Prefers mornings.".into()),
                tags: vec!["Targi 2026".into()],
                ..Default::default()
            },
        );
        let mut other = card(
            2,
            "ANNA NOWAK",
            ContactDetails {
                given_name: Some("Anna".into()),
                organisation: Some("Other Firm".into()),
                id_number: Some("PL1234567890".into()),
                emails: vec![point("Anna@Nowak.PL", Label::Home, true), point("a.nowak@dom.pl", Label::Home, false)],
                phones: vec![point("601 234 567", Label::Mobile, true)],
                addresses: vec![point("UL. DŁUGA 5  00-001 WARSZAWA", Label::Home, true)],
                notes: Some("Call after 10.".into()),
                tags: vec!["targi 2026".into(), "VIP".into()],
                ..Default::default()
            },
        );
        other.sensitive = [ContactField::IdNumber, ContactField::Phone, ContactField::Organisation].into();
        let c = combine(&kept, &other, Some("PL"));
        let d = &c.after.details;
        assert_eq!(d.given_name.as_deref(), Some("Anna"));
        assert_eq!(d.organisation.as_deref(), Some("Nowak i S-ka"), "a value it has stays");
        assert_eq!(c.filled, [ContactField::GivenName, ContactField::IdNumber]);
        assert_eq!(
            c.not_taken,
            [(ContactField::Organisation, "••••••Firm".to_owned())],
            "the name differs only in case; the organisation is sensitive on the other: masked"
        );
        assert_eq!(d.notes.as_deref(), Some("Prefers mornings.\n\nCall after 10."));
        assert!(c.notes_appended);
        assert_eq!(
            d.emails,
            [point("anna@nowak.pl", Label::Work, true), point("a.nowak@dom.pl", Label::Home, false)],
            "the same address in capitals is not added; the kept primary stays primary"
        );
        assert_eq!(d.phones, [point("601 234 567", Label::Mobile, true)], "a card with no phone takes the primary");
        assert_eq!(d.addresses.len(), 1, "the same address in capitals and other spacing");
        assert_eq!(d.tags, ["Targi 2026", "VIP"]);
        assert_eq!(c.tags_added, ["VIP"]);
        assert_eq!(
            c.after.sensitive,
            [ContactField::Phone, ContactField::IdNumber].into(),
            "the marks of fields taken; not of the organisation, which was not"
        );
        assert_eq!(
            c.points_added[1],
            AddedPoint { field: ContactField::Phone, value: "••••••• 567".into(), label: Label::Mobile }
        );
    }

    #[test]
    fn notes_already_held_are_not_appended_again() {
        let notes = |n: &str| ContactDetails { notes: Some(n.into()), ..Default::default() };
        let c = combine(&card(1, "A", notes("One.\n\nTwo.")), &card(2, "A", notes("Two.")), None);
        assert!(!c.notes_appended);
        assert_eq!(c.after.details.notes.as_deref(), Some("One.\n\nTwo."));
        assert!(c.not_taken.is_empty());
    }
}
