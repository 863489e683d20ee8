//! The erasure proof for a team (issue 21, docs/TEAM.md "Erasure reaches every seat and every
//! file"): a person recorded on one seat, erased on another while a third is offline and keeps
//! adding to their record, is afterwards in no decrypted page (free pages and the write-ahead
//! log included) of any seat's vault.

// Set-up helpers panic with the error when a step fails.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{TimeZone, Utc};
use custos_core::contacts::{ContactPatch, NewContact};
use custos_core::interactions::{Channel, NewConversation, NewMessage, Sender};
use custos_core::{FixedClock, Passphrase, Session, Vault};
use custos_e2e::forensics::vault_contains;

const PASS: &str = "team erasure proof passphrase";
const MARKER: &str = "Qxj7Zespolowa";

fn open(path: &Path, clock: &FixedClock) -> Vault {
    let session = Session::new("Ola").with_clock(Arc::new(clock.clone()));
    if path.exists() {
        Vault::open(path, &Passphrase::new(PASS), session).unwrap()
    } else {
        Vault::create(path, &Passphrase::new(PASS), session).unwrap()
    }
}

/// Every spelling the vault may hold: as typed, and folded for the search index.
fn found(path: &Path) -> Vec<String> {
    let mut at = vault_contains(path, PASS, MARKER.as_bytes());
    at.extend(vault_contains(path, PASS, MARKER.to_lowercase().as_bytes()));
    at
}

fn talk(clock: &FixedClock, text: String) -> NewConversation {
    use custos_core::Clock;
    NewConversation {
        channel: Channel::Phone,
        started_at: None,
        ended_at: None,
        external_ref: None,
        messages: vec![NewMessage { at: clock.now(), sender: Sender::Contact, text }],
    }
}

#[test]
fn an_erasure_in_a_team_leaves_no_page_holding_the_person_on_any_seat() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FixedClock::new(Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap());
    let folder = dir.path().join("shared");
    let first = dir.path().join("a.custos");
    let a = open(&first, &clock);
    a.team_init(&folder, "Laptop").unwrap();
    a.lock();
    // Seats 1 and 2: copies of seat 0 with a seat of their own, as joining makes them.
    let mut paths: Vec<PathBuf> = vec![first.clone()];
    for index in [1i64, 2] {
        let copy = dir.path().join(format!("seat{index}.custos"));
        std::fs::copy(&first, &copy).unwrap();
        std::fs::copy(custos_core::vault::keys_path(&first), custos_core::vault::keys_path(&copy)).unwrap();
        let key = custos_core::vault::sqlcipher_key(&copy, &Passphrase::new(PASS), "").unwrap();
        let db = rusqlite::Connection::open(&copy).unwrap();
        db.execute_batch(&format!("PRAGMA key = \"{}\";", key.as_str())).unwrap();
        db.execute("UPDATE vault_meta SET value = ?1 WHERE key = 'seat_index'", [index.to_string()]).unwrap();
        db.execute("UPDATE vault_meta SET value = ?1 WHERE key = 'seat_id'", [format!("{index:032x}")]).unwrap();
        db.execute("DELETE FROM vault_meta WHERE key = 'audit_head'", []).unwrap();
        std::fs::create_dir_all(folder.join(format!("{index:032x}"))).unwrap();
        paths.push(copy);
    }
    let seats: Vec<Vault> = paths.iter().map(|p| open(p, &clock)).collect();
    let sync = |rounds: usize| {
        for _ in 0..rounds {
            for v in &seats {
                let got = v.team_sync().unwrap();
                assert!(got.refused.is_empty() && got.problems_added == 0, "{got:?}");
            }
        }
    };
    // Seat 1 records the person: the marker in their name, a note and a message.
    let mut new = NewContact::named(format!("Anna {MARKER}"));
    new.details.notes = Some(format!("Notatka {MARKER}"));
    let x = seats[1].contacts().add(new).unwrap().id;
    seats[1].interactions().add(x, talk(&clock, format!("Rozmowa {MARKER}"))).unwrap();
    sync(2);
    for p in &paths {
        assert!(!found(p).is_empty(), "the check finds the marker in {} before the erasure", p.display());
    }
    // Seat 0 erases them while seat 2 is offline and adds to their record.
    clock.advance(chrono::Duration::seconds(1));
    seats[0].erase(x).unwrap();
    clock.advance(chrono::Duration::seconds(1));
    seats[2]
        .contacts()
        .edit(x, ContactPatch { notes: Some(Some(format!("Dalej {MARKER}"))), ..Default::default() })
        .unwrap();
    seats[2].interactions().add(x, talk(&clock, format!("Offline {MARKER}"))).unwrap();
    sync(3);
    for v in &seats {
        let status = v.team_status().unwrap();
        assert!(status.pending_erasures.is_empty() && status.waiting == 0, "{status:?}");
    }
    for v in seats {
        v.lock();
    }
    for p in &paths {
        assert_eq!(found(p), Vec::<String>::new(), "{} still holds the person", p.display());
    }
}
