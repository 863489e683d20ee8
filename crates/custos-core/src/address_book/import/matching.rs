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

use rusqlite::Connection;

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

/// The duplicate check against the vault, of one preview or import: the vault's keys read
/// once, as the vault is when it starts, then looked up in memory for each row. (An import's
/// own writes are thereby left out, as they must be: its rows are checked against each other
/// by [`Rows`]. One query per e-mail address and phone number of each row took about a
/// tenth of an import's time.)
#[derive(Debug)]
pub(super) struct Matcher {
    country: Option<String>,
    /// The vault's cards (not erased) by name key, by e-mail key and by phone key; each list
    /// by id, without repeats.
    names: HashMap<String, Cards>,
    emails: HashMap<String, Cards>,
    phones: HashMap<String, Cards>,
}

/// The cards of one key, by id, each once: nearly always one (and then no list is made, as a
/// vault holds hundreds of thousands of keys).
#[derive(Debug)]
enum Cards {
    One(ContactId),
    More(Vec<ContactId>),
}

impl Cards {
    fn add(map: &mut HashMap<String, Cards>, key: String, id: ContactId) {
        match map.get_mut(&key) {
            None => {
                map.insert(key, Cards::One(id));
            }
            Some(Cards::One(one)) if *one == id => {}
            Some(cards @ Cards::One(_)) => {
                if let Cards::One(one) = *cards {
                    let mut ids = vec![one.min(id), one.max(id)];
                    ids.dedup();
                    *cards = Cards::More(ids);
                }
            }
            Some(Cards::More(ids)) => {
                if let Err(at) = ids.binary_search(&id) {
                    ids.insert(at, id);
                }
            }
        }
    }

    fn ids(&self) -> &[ContactId] {
        match self {
            Cards::One(id) => std::slice::from_ref(id),
            Cards::More(ids) => ids,
        }
    }
}

impl Matcher {
    /// The check against the vault as it is now.
    pub fn new(c: &Connection, country: Option<String>) -> Result<Matcher> {
        let mut names: HashMap<String, Cards> = HashMap::new();
        let mut stmt =
            c.prepare("SELECT id, display_name, organisation FROM contact WHERE standing <> 'erased' ORDER BY id")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let name: String = r.get(1)?;
            let organisation: Option<String> = r.get(2)?;
            if let Some(key) = name_key(&name, organisation.as_deref()) {
                Cards::add(&mut names, key, r.get(0)?);
            }
        }
        let (mut emails, mut phones) = (HashMap::new(), HashMap::new());
        let mut stmt = c.prepare(
            "SELECT p.kind, p.match_key, p.contact_id FROM contact_point p INDEXED BY contact_point_by_key
             JOIN contact k ON k.id = p.contact_id
             WHERE p.match_key IS NOT NULL AND k.standing <> 'erased'",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let kind: String = r.get(0)?;
            let map = match kind.as_str() {
                "email" => &mut emails,
                "phone" => &mut phones,
                _ => continue,
            };
            Cards::add(map, r.get(1)?, r.get(2)?);
        }
        Ok(Matcher { country, names, emails, phones })
    }

    /// The firm's country, which phone numbers are read in.
    pub fn country(&self) -> Option<&str> {
        self.country.as_deref()
    }

    /// The card of the vault a row with these keys repeats, if any.
    pub fn find(&self, keys: &Keys) -> Option<Match> {
        let mut cards: Vec<(ContactId, MatchedBy)> = Vec::new();
        for (map, by, list) in
            [(&self.emails, MatchedBy::Email, &keys.emails), (&self.phones, MatchedBy::Phone, &keys.phones)]
        {
            for key in list.iter().flatten() {
                if let Some(ids) = map.get(key) {
                    cards.extend(ids.ids().iter().map(|id| (*id, by)));
                }
            }
        }
        if let Some(ids) = keys.name.as_ref().and_then(|k| self.names.get(k)) {
            cards.extend(ids.ids().iter().map(|id| (*id, MatchedBy::Name)));
        }
        cards.first().map(|&(card, _)| Match {
            found: Found::Card(card),
            by: ways(cards.iter().filter(|(id, _)| *id == card).map(|(_, by)| *by)),
        })
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
