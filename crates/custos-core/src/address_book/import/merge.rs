//! A row merged into the card it repeats: the card gains what it lacks and loses nothing.
//!
//! Added: the row's e-mail addresses, phone numbers and postal addresses the card does not
//! have (compared by their duplicate-check key, else by their text ignoring case and spacing;
//! the card keeps its primary, and a kind the card had none of gets the row's primary), its
//! tags (with the import's), and its given and family name, organisation, job title and
//! notes where the card's are empty. Nothing the card has is overwritten. Each point and tag
//! added carries the import's id and each field filled is noted in `contact_import_fill`, so
//! that undoing the import takes off exactly that. The card's `updated_at` stays: the card
//! was not edited by the firm, and undoing the import leaves it exactly as it was.
//!
//! A restricted or erased card takes nothing: the row is skipped with a note saying why.
//! The fields that changed are indexed for search by the caller, with the import's other
//! index writes (see [`crate::search::Batch`]).

use std::collections::BTreeSet;

use rusqlite::params;

use crate::contact_points::{self, Kind, Labelled};
use crate::contacts::{self, ContactField, ContactId, NewContact};
use crate::error::Result;
use crate::vault::Write;

/// What a merge did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Merged {
    /// Into the card: points, tags and fields added (all 0 when the card had it all), and
    /// the fields that changed (to index again).
    Into { points: u64, tags: u64, fields: u64, changed: BTreeSet<ContactField> },
    /// The card takes no changes (restricted or erased): why.
    Refused(super::preview::Note),
}

/// The one-valued fields a merge fills in, with their columns.
const FILLED: [(ContactField, &str); 5] = [
    (ContactField::GivenName, "given_name"),
    (ContactField::FamilyName, "family_name"),
    (ContactField::Organisation, "organisation"),
    (ContactField::JobTitle, "job_title"),
    (ContactField::Notes, "notes"),
];

/// Merges `card` (checked) into the card `into`, as import `import`.
pub(super) fn merge(
    w: &Write<'_>,
    import: i64,
    into: ContactId,
    card: &NewContact,
    country: Option<&str>,
    ids: &mut contacts::CardIds,
) -> Result<Merged> {
    let existing = contacts::load(&w.tx, into)?;
    if let Err(e) = existing.ensure_changeable() {
        use super::preview::RowWhy;
        let why = match e {
            crate::Error::Erased { id, at } => RowWhy::NotMergedErased { card: into, id, date: at },
            crate::Error::Restricted { name, since, reason } => {
                RowWhy::NotMergedRestricted { card: into, name, since, reason }
            }
            other => RowWhy::NotMerged { card: into, reason: other.to_string() },
        };
        return Ok(Merged::Refused(why.into()));
    }
    let (mut points, mut tags, mut fields) = (0, 0, 0);
    let mut changed = BTreeSet::new();
    for (kind, field) in
        [(Kind::Email, ContactField::Email), (Kind::Phone, ContactField::Phone), (Kind::Address, ContactField::Address)]
    {
        let have = existing.details.points(field).unwrap_or_default();
        let mut seen: Vec<String> = have.iter().map(|p| same(kind, &p.value, country)).collect();
        let mut position: Option<i64> = None;
        for point in card.details.points(field).unwrap_or_default() {
            let key = same(kind, &point.value, country);
            if seen.contains(&key) {
                continue;
            }
            let at = match position {
                Some(at) => at,
                None => {
                    w.tx.prepare_cached(
                        "SELECT coalesce(max(position) + 1, 0) FROM contact_point WHERE contact_id = ?1 AND kind = ?2",
                    )?
                    .query_row(params![into, kind.code()], |r| r.get(0))?
                }
            };
            // A kind the card had none of: the first added is its primary.
            let point = Labelled { primary: seen.is_empty(), ..point.clone() };
            let point_key = kind.match_key(&point.value, country);
            let id = ids.points.take()?;
            contact_points::add_keyed(&w.tx, id, into, kind, &point, at as usize, point_key.as_deref(), Some(import))?;
            seen.push(key);
            position = Some(at + 1);
            points += 1;
            changed.insert(field);
        }
    }
    for (field, column) in FILLED {
        let Some(value) = card.details.get(field) else { continue };
        if existing.details.get(field).is_some() {
            continue;
        }
        // The column comes from the fixed list above, never from input.
        w.tx.prepare_cached(&format!("UPDATE contact SET {column} = ?2 WHERE id = ?1 AND {column} IS NULL"))?
            .execute(params![into, value])?;
        w.tx.prepare_cached(
            "INSERT OR IGNORE INTO contact_import_fill (import_id, contact_id, field) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![import, into, field])?;
        fields += 1;
        changed.insert(field);
    }
    for tag in &card.details.tags {
        if crate::tags::add(&w.tx, into, tag, Some(import))? {
            tags += 1;
            changed.insert(ContactField::Tags);
        }
    }
    Ok(Merged::Into { points, tags, fields, changed })
}

/// What two points of a kind are compared by: their duplicate-check key, else their text in
/// lower case with runs of white space made one.
fn same(kind: Kind, value: &str, country: Option<&str>) -> String {
    match kind.match_key(value, country) {
        Some(key) => format!("key:{key}"),
        None => format!("text:{}", value.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_meet_by_key_else_by_their_text() {
        assert_eq!(same(Kind::Email, " Anna@Nowak.PL", None), same(Kind::Email, "anna@nowak.pl", None));
        assert_eq!(same(Kind::Phone, "601 234 567", Some("PL")), same(Kind::Phone, "+48 601-234-567", Some("PL")));
        assert_eq!(
            same(Kind::Address, "ul. Długa 5,\n00-001  Warszawa", None),
            same(Kind::Address, "UL. DŁUGA 5, 00-001 Warszawa", None)
        );
        assert_ne!(same(Kind::Address, "ul. Długa 5", None), same(Kind::Address, "ul. Długa 7", None));
        assert_eq!(same(Kind::Email, "anna@localhost", None), same(Kind::Email, "ANNA@localhost", None));
    }
}
