//! The duplicate check: which card a row is already in the vault as, or which earlier row of
//! the same file it repeats.
//!
//! Two cards are one person when they share an e-mail key, a phone key (read in the firm's
//! country) or a name key (the folded name at the folded organisation): see
//! [`crate::address_book::keys`]. Cards in the vault come first — by e-mail, then phone, then
//! name; the lowest id among equals —, then earlier rows of the file in the same order.
//! Erased cards match nothing (they hold no data); restricted ones do, so that nobody is
//! created again beside a frozen card unnoticed.
//!
//! E-mail and phone keys are looked up through the `contact_point_by_key` index. Name keys
//! have no column: the map of the vault's name keys is built once per preview or import from
//! the cards' names (about 0.2 s per 100,000 cards on the benchmark machine), so no writer
//! of a name or organisation has a key to keep in step. While an import runs, what it has
//! written itself is left out of the lookups: it matches against the vault as it was when it started — exactly what the
//! preview showed — and against its own earlier rows.

use std::collections::HashMap;

use rusqlite::{Connection, params};

use crate::address_book::keys::name_key;
use crate::contact_points::Kind;
use crate::contacts::{ContactId, NewContact};
use crate::error::Result;

crate::contacts::string_enum!(
    /// What a duplicate has in common with the card or row it repeats.
    MatchedBy ("matched by") {
        Email = "email",
        Phone = "phone",
        Name = "name",
    }
);

impl MatchedBy {
    /// In words, as a duplicate's reason lists it: "the same e-mail address".
    pub fn describe(self) -> &'static str {
        match self {
            MatchedBy::Email => "the same e-mail address",
            MatchedBy::Phone => "the same phone number",
            MatchedBy::Name => "the same name at the same organisation",
        }
    }
}

/// The keys a card is found by: each e-mail address's and phone number's (in the card's
/// order; `None` for one without a key), and the name's.
#[derive(Debug, Clone, Default)]
pub(super) struct Keys {
    emails: Vec<Option<String>>,
    phones: Vec<Option<String>>,
    name: Option<String>,
}

impl Keys {
    /// The key of the card's `i`th point of a kind (addresses have none).
    pub fn of(&self, kind: Kind, i: usize) -> Option<String> {
        let list = match kind {
            Kind::Email => &self.emails,
            Kind::Phone => &self.phones,
            Kind::Address => return None,
        };
        list.get(i).cloned().flatten()
    }
}

/// What a row repeats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Found {
    /// A card that was in the vault before the import.
    Card(ContactId),
    /// An earlier row of the file (its index).
    Row(usize),
}

/// A duplicate: what it repeats and by what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Match {
    pub found: Found,
    pub by: Vec<MatchedBy>,
}

/// The keys of a card about to be imported, its phone numbers read in `country`.
pub(super) fn keys(card: &NewContact, country: Option<&str>) -> Keys {
    let d = &card.details;
    let keys = |kind: Kind, list: &[crate::contact_points::Labelled]| -> Vec<Option<String>> {
        list.iter().map(|p| kind.match_key(&p.value, country)).collect()
    };
    Keys {
        emails: keys(Kind::Email, &d.emails),
        phones: keys(Kind::Phone, &d.phones),
        name: name_key(&card.display_name, d.organisation.as_deref()),
    }
}

/// The duplicate check against the vault, of one preview or import.
#[derive(Debug)]
pub(super) struct Matcher {
    country: Option<String>,
    /// The import running (its own writes are left out); 0 in a preview (no import has it).
    import: i64,
    /// The vault's cards by name key, each list by id.
    names: HashMap<String, Vec<ContactId>>,
}

impl Matcher {
    /// The check against the vault as it is now (`import`: the import about to write).
    pub fn new(c: &Connection, country: Option<String>, import: Option<i64>) -> Result<Matcher> {
        let mut names: HashMap<String, Vec<ContactId>> = HashMap::new();
        let mut stmt =
            c.prepare("SELECT id, display_name, organisation FROM contact WHERE standing <> 'erased' ORDER BY id")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let name: String = r.get(1)?;
            let organisation: Option<String> = r.get(2)?;
            if let Some(key) = name_key(&name, organisation.as_deref()) {
                names.entry(key).or_default().push(r.get(0)?);
            }
        }
        Ok(Matcher { country, import: import.unwrap_or(0), names })
    }

    /// The firm's country, which phone numbers are read in.
    pub fn country(&self) -> Option<&str> {
        self.country.as_deref()
    }

    /// The card of the vault a row with these keys repeats, if any.
    pub fn find(&self, c: &Connection, keys: &Keys) -> Result<Option<Match>> {
        let mut cards: Vec<(ContactId, MatchedBy)> = Vec::new();
        for (kind, by, list) in
            [(Kind::Email, MatchedBy::Email, &keys.emails), (Kind::Phone, MatchedBy::Phone, &keys.phones)]
        {
            for key in list.iter().flatten() {
                for id in self.cards_with(c, kind, key)? {
                    cards.push((id, by));
                }
            }
        }
        if let Some(ids) = keys.name.as_ref().and_then(|k| self.names.get(k)) {
            cards.extend(ids.iter().map(|id| (*id, MatchedBy::Name)));
        }
        Ok(cards.first().map(|&(card, _)| Match {
            found: Found::Card(card),
            by: ways(cards.iter().filter(|(id, _)| *id == card).map(|(_, by)| *by)),
        }))
    }

    /// The cards (not erased, not written by this import) with a point of this key, by id.
    fn cards_with(&self, c: &Connection, kind: Kind, key: &str) -> Result<Vec<ContactId>> {
        // Sorted here rather than by DISTINCT … ORDER BY, which makes SQLite build a
        // temporary table for every lookup (two per row).
        let mut stmt = c.prepare_cached(
            "SELECT p.contact_id FROM contact_point p INDEXED BY contact_point_by_key
             JOIN contact k ON k.id = p.contact_id
             WHERE p.kind = ?1 AND p.match_key = ?2 AND k.standing <> 'erased'
               AND p.import_id IS NOT ?3 AND k.import_id IS NOT ?3",
        )?;
        let mut ids: Vec<ContactId> =
            stmt.query_map(params![kind.code(), key, self.import], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        ids.sort_unstable();
        ids.dedup();
        Ok(ids)
    }
}

/// The duplicate check against the earlier rows of the file: the first row with each key.
/// Every row with a card is remembered, whatever becomes of it, so this needs nothing of the
/// vault (an import works it out while the rows before are still being written).
#[derive(Debug, Default)]
pub(super) struct Rows {
    keys: [HashMap<String, usize>; 3],
}

impl Rows {
    /// The earlier row a row with these keys repeats, if any.
    pub fn find(&self, keys: &Keys) -> Option<Match> {
        let mut rows: Vec<(usize, MatchedBy)> = Vec::new();
        for (i, by, list) in [(0, MatchedBy::Email, &keys.emails), (1, MatchedBy::Phone, &keys.phones)] {
            rows.extend(list.iter().flatten().filter_map(|k| self.keys[i].get(k)).map(|row| (*row, by)));
        }
        if let Some(row) = keys.name.as_ref().and_then(|k| self.keys[2].get(k)) {
            rows.push((*row, MatchedBy::Name));
        }
        rows.first().map(|&(row, _)| Match {
            found: Found::Row(row),
            by: ways(rows.iter().filter(|(r, _)| *r == row).map(|(_, by)| *by)),
        })
    }

    /// Remembers a row's keys, so later rows repeating it are found (the first row keeps a key).
    pub fn remember(&mut self, row: usize, keys: &Keys) {
        for (i, list) in [&keys.emails, &keys.phones].into_iter().enumerate() {
            for key in list.iter().flatten() {
                if !self.keys[i].contains_key(key) {
                    self.keys[i].insert(key.clone(), row);
                }
            }
        }
        if let Some(key) = &keys.name
            && !self.keys[2].contains_key(key)
        {
            self.keys[2].insert(key.clone(), row);
        }
    }
}

/// Each way once, in the order e-mail, phone, name.
fn ways(found: impl Iterator<Item = MatchedBy>) -> Vec<MatchedBy> {
    let found: Vec<MatchedBy> = found.collect();
    MatchedBy::ALL.iter().copied().filter(|by| found.contains(by)).collect()
}
