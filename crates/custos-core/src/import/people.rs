//! Who the people of an imported file are: each sender and addressee is matched to a contact
//! (by any of the contact's e-mail addresses, ignoring case; else, for a chat's sender named
//! without an address, by the card's whole name, ignoring case and diacritics), to the firm's
//! staff (an address of the firm's, or the file says so), or is unknown.
//!
//! An unknown person is listed in the preview, and the person importing chooses: attach them
//! to a contact, create a lead for them, count them as staff, or skip them (their messages stay
//! in the other people's conversations as a third party's; nobody is created). Nothing is
//! created without that choice.

use std::collections::{BTreeMap, HashSet};

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use crate::address_book::keys::email_key;
use crate::contacts::ContactId;
use crate::error::Result;
use crate::fold::fold;
use crate::import::parsed::{Party, Thread};

/// How a person named in a file is known to the vault.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum Known {
    /// A contact, found by address or name.
    Contact { id: ContactId, name: String },
    /// Someone at the firm.
    Staff,
    /// A restricted contact: nothing is added to their card while the restriction lasts.
    Restricted { id: ContactId, name: String },
    /// Nobody the vault knows (or several cards with the same name: see the candidates).
    Unknown,
}

/// A card an unknown person might be: one of several with the same name or address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Candidate {
    pub id: ContactId,
    pub name: String,
}

/// A person the file names, as the preview lists them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Person {
    /// Identifies the person in the choices: `address:<lower-case address>` or
    /// `name:<folded name>`.
    pub key: String,
    pub name: Option<String>,
    pub address: Option<String>,
    /// The messages they sent.
    pub sent: u32,
    /// The messages addressed to them (e-mail).
    pub received: u32,
    /// Their first message, sent or received, when dated.
    pub first_at: Option<DateTime<Utc>>,
    pub known: Known,
    /// For an unknown person: the cards that share their name or address.
    pub candidates: Vec<Candidate>,
}

/// What to do with an unknown person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum Choice {
    /// They are this contact.
    Attach { contact: ContactId },
    /// Create a lead for them (source: the person, by the message they sent).
    CreateLead,
    /// They are someone at the firm.
    Staff,
    /// Leave them out: no card, their messages kept only as a third party's.
    Skip,
}

/// A choice for one person, by [`Person::key`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct PersonChoice {
    pub key: String,
    pub choice: Choice,
}

/// The key of a party: by address when it has one, else by folded name; `None` for a party
/// with neither.
pub fn party_key(party: &Party) -> Option<String> {
    if let Some(address) = party.address.as_deref().and_then(email_key) {
        return Some(format!("address:{address}"));
    }
    let name = party.name.as_deref().map(name_key).filter(|n| !n.is_empty())?;
    Some(format!("name:{name}"))
}

/// A name compared ignoring case, diacritics and spacing.
fn name_key(name: &str) -> String {
    fold(name).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Everyone the threads name, matched. Staff are found by `staff_addresses` (lower case) or by
/// the file's own mark.
pub(crate) fn match_people<'t>(
    c: &Connection,
    threads: impl IntoIterator<Item = &'t Thread>,
    staff_addresses: &[String],
) -> Result<Vec<Person>> {
    let mut people: BTreeMap<String, Person> = BTreeMap::new();
    let mut marked_staff: HashSet<String> = HashSet::new();
    for thread in threads {
        for m in &thread.messages {
            let addressed = m.to.iter().map(|p| (p, false));
            for (party, sent) in std::iter::once((&m.from, true)).chain(addressed) {
                let Some(key) = party_key(party) else { continue };
                if party.staff {
                    marked_staff.insert(key.clone());
                }
                let person = people.entry(key.clone()).or_insert_with(|| Person {
                    key,
                    name: party.name.clone(),
                    address: party.address.as_deref().and_then(email_key),
                    sent: 0,
                    received: 0,
                    first_at: None,
                    known: Known::Unknown,
                    candidates: Vec::new(),
                });
                if person.name.is_none() {
                    person.name.clone_from(&party.name);
                }
                if sent {
                    person.sent += 1;
                } else {
                    person.received += 1;
                }
                if let Some(at) = m.at {
                    person.first_at = Some(person.first_at.map_or(at, |f| f.min(at)));
                }
            }
        }
    }
    let mut by_address = c.prepare_cached(
        "SELECT DISTINCT c.id, c.display_name, c.standing FROM contact_point p JOIN contact c ON c.id = p.contact_id
         WHERE p.kind = 'email' AND p.match_key = ?1 AND c.standing <> 'erased' ORDER BY c.id",
    )?;
    let mut by_name = c.prepare_cached(
        "SELECT id, display_name, standing FROM contact
         WHERE standing IN ('active', 'restricted') AND sort_key = ?1 ORDER BY id",
    )?;
    let cards = |stmt: &mut rusqlite::CachedStatement<'_>, key: &str| -> Result<Vec<(ContactId, String, String)>> {
        Ok(stmt.query_map([key], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect::<rusqlite::Result<_>>()?)
    };
    let mut out = Vec::with_capacity(people.len());
    for (key, mut person) in people {
        let address = person.address.clone();
        let is_staff = marked_staff.contains(&key) || address.as_ref().is_some_and(|a| staff_addresses.contains(a));
        if is_staff {
            person.known = Known::Staff;
            out.push(person);
            continue;
        }
        let found = match (&address, &person.name) {
            (Some(a), _) => cards(&mut by_address, a)?,
            (None, Some(name)) => cards(&mut by_name, &name_key(name))?,
            (None, None) => Vec::new(),
        };
        match found.as_slice() {
            [(id, name, standing)] => {
                person.known = if standing == "restricted" {
                    Known::Restricted { id: *id, name: name.clone() }
                } else {
                    Known::Contact { id: *id, name: name.clone() }
                };
            }
            _ => {
                person.candidates = found.into_iter().map(|(id, name, _)| Candidate { id, name }).collect();
            }
        }
        out.push(person);
    }
    Ok(out)
}

/// The choices an import on a card starts from: when the card is not among the people the file
/// names and exactly one unknown person wrote in it, that person is taken to be the card's
/// (a chat exported from the card's person). Otherwise none: the person importing chooses.
pub fn suggested_for_card(people: &[Person], card: ContactId) -> Vec<PersonChoice> {
    let named = people
        .iter()
        .any(|p| matches!(p.known, Known::Contact { id, .. } | Known::Restricted { id, .. } if id == card));
    let writers: Vec<&Person> = people.iter().filter(|p| p.known == Known::Unknown && p.sent > 0).collect();
    match writers.as_slice() {
        [one] if !named => vec![PersonChoice { key: one.key.clone(), choice: Choice::Attach { contact: card } }],
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(key: &str, known: Known, sent: u32) -> Person {
        Person {
            key: key.into(),
            name: None,
            address: None,
            sent,
            received: 0,
            first_at: None,
            known,
            candidates: Vec::new(),
        }
    }

    #[test]
    fn on_a_card_the_one_unknown_writer_is_the_cards_person() {
        let staff = person("name:ola", Known::Staff, 4);
        let anna = person("name:anna z", Known::Unknown, 3);
        let silent = person("address:x@y.pl", Known::Unknown, 0);
        let suggested = suggested_for_card(&[staff.clone(), anna.clone(), silent.clone()], 7);
        assert_eq!(suggested, [PersonChoice { key: "name:anna z".into(), choice: Choice::Attach { contact: 7 } }]);
        let bob = person("name:bob", Known::Unknown, 1);
        assert!(suggested_for_card(&[staff.clone(), anna.clone(), bob], 7).is_empty(), "two writers: ask");
        let card = person("address:a@b.pl", Known::Contact { id: 7, name: "Anna".into() }, 1);
        assert!(suggested_for_card(&[staff, anna, card], 7).is_empty(), "the card is in the file already");
    }

    #[test]
    fn parties_are_keyed_by_address_then_by_folded_name() {
        let p = |name: Option<&str>, address: Option<&str>| Party {
            name: name.map(str::to_owned),
            address: address.map(str::to_owned),
            staff: false,
        };
        assert_eq!(party_key(&p(Some("Anna"), Some("Anna@Nowak.PL"))).unwrap(), "address:anna@nowak.pl");
        assert_eq!(party_key(&p(Some("  Łucja   Wróbel "), None)).unwrap(), "name:lucja wrobel");
        assert_eq!(party_key(&p(Some("Anna"), Some("not an address"))).unwrap(), "name:anna");
        assert_eq!(party_key(&p(None, None)), None);
        assert_eq!(party_key(&p(Some("  "), None)), None);
    }
}
