//! Possible duplicates: active cards that look like one person — the same e-mail address, the
//! same phone number, or the same name at the same organisation, each compared by its key
//! ([`crate::address_book::keys`]: lower-case e-mail, E.164 phone read in the firm's country,
//! folded name words). The list offers them to be merged ([`crate::merge`]); nothing is
//! changed by listing.
//!
//! **Pairs, not groups**: a merge takes two cards, so the list gives each pair of cards once,
//! with everything the two have in common. Three cards of one person are three pairs; after
//! one merge the list has one left.
//!
//! **Shared keys are not duplicates**: a key on more than [`MAX_CARDS_PER_KEY`] active cards
//! (a switchboard number, `office@`, a common name without an organisation) says the cards
//! share it, not that they are one person, and would flood the list with pairs
//! (n·(n−1)/2): such a key makes no pairs.
//!
//! **Cost**: e-mail and phone keys are grouped in SQL over the `contact_point_by_key` index
//! (only the keys on two points or more are looked at further). Name keys are not stored:
//! one pass over the name index (which holds every name folded, `sort_key`) groups the cards
//! by their names' words, and only the cards of a group are read and compared by their whole
//! key with the organisation. That keeps every writer of a name — cards, imports, erasure —
//! free of a second copy to maintain, and a change of the key free of a migration. About
//! 0.2 s at 100,000 contacts in a release build (`possible_duplicates_at_100000_contacts` in
//! `tests/merge.rs`).

use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, HashMap};

use rusqlite::{Connection, params};
use serde::Serialize;

use crate::address_book::keys;
use crate::contacts::{ContactId, ContactSummary, Contacts};
use crate::error::Result;
use crate::ts;

/// A key on more active cards than this makes no pairs: it is shared, not one person's.
pub const MAX_CARDS_PER_KEY: usize = 10;

crate::contacts::string_enum!(
    /// What two cards have in common.
    MatchKind ("match") {
        Email = "email",
        Phone = "phone",
        Name = "name",
    }
);

/// One thing two cards have in common.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct DuplicateMatch {
    pub on: MatchKind,
    /// The shared e-mail address (lower case) or phone number (E.164, `+48601234567`) —
    /// masked to its last four characters when either card marks the field sensitive — or,
    /// for a name, the first card's display name.
    pub value: String,
}

/// Two active cards that may be one person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct DuplicatePair {
    /// The older card (the lower id).
    pub first: ContactSummary,
    pub second: ContactSummary,
    /// Everything they share: e-mail addresses, then phone numbers, then the name.
    pub matches: Vec<DuplicateMatch>,
}

impl Contacts<'_> {
    /// The pairs of active cards that share an e-mail address, a phone number or a name at
    /// the same organisation (see the [module](self) for how they are compared), sorted by the
    /// first card's name. Restricted and erased cards are left out.
    pub fn possible_duplicates(&self) -> Result<Vec<DuplicatePair>> {
        self.vault.read(|c| {
            let mut found: BTreeMap<(ContactId, ContactId), Vec<DuplicateMatch>> = BTreeMap::new();
            points_shared(c, &mut found)?;
            names_shared(c, &mut found)?;
            let mut summaries: HashMap<ContactId, (String, ContactSummary)> = HashMap::new();
            let mut pairs = Vec::with_capacity(found.len());
            for ((a, b), mut matches) in found {
                for id in [a, b] {
                    if let Entry::Vacant(slot) = summaries.entry(id) {
                        slot.insert(summary(c, id)?);
                    }
                }
                matches.sort_by(|x, y| (x.on, &x.value).cmp(&(y.on, &y.value)));
                matches.dedup();
                let (Some((key, first)), Some((_, second))) = (summaries.get(&a), summaries.get(&b)) else { continue };
                pairs.push((key.clone(), DuplicatePair { first: first.clone(), second: second.clone(), matches }));
            }
            pairs.sort_by(|x, y| (&x.0, x.1.first.id, x.1.second.id).cmp(&(&y.0, y.1.first.id, y.1.second.id)));
            Ok(pairs.into_iter().map(|(_, p)| p).collect())
        })
    }
}

/// Adds a match to every pair of `cards` (ids sorted, each once) when they are few enough.
fn pair_up(
    found: &mut BTreeMap<(ContactId, ContactId), Vec<DuplicateMatch>>,
    cards: &[ContactId],
    on: MatchKind,
    value: impl Fn(ContactId, ContactId) -> String,
) {
    if cards.len() < 2 || cards.len() > MAX_CARDS_PER_KEY {
        return;
    }
    for (i, a) in cards.iter().enumerate() {
        for b in &cards[i + 1..] {
            found.entry((*a, *b)).or_default().push(DuplicateMatch { on, value: value(*a, *b) });
        }
    }
}

/// E-mail addresses and phone numbers on two active cards or more, through the key index.
fn points_shared(c: &Connection, found: &mut BTreeMap<(ContactId, ContactId), Vec<DuplicateMatch>>) -> Result<()> {
    // Keys on two points or more, read from the index alone; most keys are on one point.
    let mut shared = c.prepare_cached(
        "SELECT kind, match_key FROM contact_point INDEXED BY contact_point_by_key
         WHERE kind IN ('email', 'phone') AND match_key IS NOT NULL
         GROUP BY kind, match_key HAVING count(*) > 1",
    )?;
    let keys: Vec<(String, String)> = crate::vault::rows(shared.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?)?;
    // The field's code is the kind's ('email', 'phone').
    let mut holders = c.prepare_cached(
        "SELECT DISTINCT p.contact_id,
                EXISTS (SELECT 1 FROM contact_sensitive_field s WHERE s.contact_id = p.contact_id AND s.field = p.kind)
         FROM contact_point p INDEXED BY contact_point_by_key JOIN contact k ON k.id = p.contact_id
         WHERE p.kind = ?1 AND p.match_key = ?2 AND k.standing = 'active'
         ORDER BY p.contact_id",
    )?;
    for (kind, key) in keys {
        let on = if kind == "email" { MatchKind::Email } else { MatchKind::Phone };
        let cards: Vec<(ContactId, bool)> =
            crate::vault::rows(holders.query_map(params![kind, key], |r| Ok((r.get(0)?, r.get(1)?)))?)?;
        let ids: Vec<ContactId> = cards.iter().map(|(id, _)| *id).collect();
        let sensitive: Vec<ContactId> = cards.iter().filter(|(_, s)| *s).map(|(id, _)| *id).collect();
        // Masked when either card of the pair marks the field sensitive.
        let masked = crate::contacts::mask(&key);
        pair_up(found, &ids, on, |a, b| {
            if sensitive.contains(&a) || sensitive.contains(&b) { masked.clone() } else { key.clone() }
        });
    }
    Ok(())
}

/// Cards with the same name at the same organisation. One pass over the name index finds the
/// cards whose folded names have the same words (the index holds each name folded, so nothing
/// is folded here); only those are read and compared by their whole key, organisation included.
fn names_shared(c: &Connection, found: &mut BTreeMap<(ContactId, ContactId), Vec<DuplicateMatch>>) -> Result<()> {
    let mut names =
        c.prepare_cached("SELECT id, sort_key FROM contact INDEXED BY contact_by_name WHERE standing = 'active'")?;
    let mut by_words: HashMap<String, Vec<ContactId>> = HashMap::new();
    let mut rows = names.query([])?;
    while let Some(r) = rows.next()? {
        let (id, folded): (ContactId, String) = (r.get(0)?, r.get(1)?);
        let words =
            folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ");
        if !words.is_empty() {
            by_words.entry(words).or_default().push(id);
        }
    }
    let mut card = c.prepare_cached("SELECT display_name, organisation FROM contact WHERE id = ?1")?;
    for ids in by_words.values().filter(|ids| ids.len() > 1) {
        let mut by_key: BTreeMap<String, Vec<(ContactId, String)>> = BTreeMap::new();
        for id in ids {
            let (name, organisation): (String, Option<String>) =
                card.query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))?;
            if let Some(key) = keys::name_key(&name, organisation.as_deref()) {
                by_key.entry(key).or_default().push((*id, name));
            }
        }
        for mut group in by_key.into_values() {
            group.sort_by_key(|(id, _)| *id);
            let ids: Vec<ContactId> = group.iter().map(|(id, _)| *id).collect();
            pair_up(found, &ids, MatchKind::Name, |id, _| {
                group.iter().find(|(i, _)| *i == id).map(|(_, name)| name.clone()).unwrap_or_default()
            });
        }
    }
    Ok(())
}

/// A card's row in the list, with its folded name to sort by.
fn summary(c: &Connection, id: ContactId) -> Result<(String, ContactSummary)> {
    let mut stmt = c.prepare_cached(
        "SELECT id, display_name, status, organisation, last_contact_at, sort_key FROM contact WHERE id = ?1",
    )?;
    Ok(stmt.query_row([id], |r| {
        Ok((
            r.get(5)?,
            ContactSummary {
                id: r.get(0)?,
                display_name: r.get(1)?,
                status: r.get(2)?,
                organisation: r.get(3)?,
                last_contact_at: ts::opt(r.get(4)?),
            },
        ))
    })?)
}
