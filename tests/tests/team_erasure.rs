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

/// Three seats of one team in `dir` (folder `shared`): seat 0 made the team; seats 1 and 2
/// are copies of it with a seat of their own, as joining makes them.
fn three_seats(dir: &Path, clock: &FixedClock) -> (PathBuf, Vec<PathBuf>, Vec<Vault>) {
    let folder = dir.join("shared");
    let first = dir.join("a.custos");
    let a = open(&first, clock);
    a.team_init(&folder, "Laptop").unwrap();
    a.lock();
    let mut paths: Vec<PathBuf> = vec![first.clone()];
    for index in [1i64, 2] {
        let copy = dir.join(format!("seat{index}.custos"));
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
    let seats: Vec<Vault> = paths.iter().map(|p| open(p, clock)).collect();
    (folder, paths, seats)
}

#[test]
fn an_erasure_in_a_team_leaves_no_page_holding_the_person_on_any_seat() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FixedClock::new(Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap());
    let (_folder, paths, seats) = three_seats(dir.path(), &clock);
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

/// A Telegram Desktop export of one personal chat with Jan Kowalczyk: `messages` (id, text),
/// all from him, written to `path`.
fn telegram_chat(path: &Path, messages: &[(i64, String)]) {
    let messages: Vec<serde_json::Value> = messages
        .iter()
        .map(|(id, text)| {
            let at = 1_709_283_760 + id * 60;
            serde_json::json!({
                "id": id, "type": "message",
                "date": chrono::DateTime::from_timestamp(at, 0).unwrap().format("%Y-%m-%dT%H:%M:%S").to_string(),
                "date_unixtime": at.to_string(), "from": "Jan Kowalczyk", "from_id": "user5012345678",
                "text": text, "text_entities": [{"type": "plain", "text": text}],
            })
        })
        .collect();
    let chat = serde_json::json!({"name": "Jan Kowalczyk", "type": "personal_chat", "id": 5012345678i64, "messages": messages});
    std::fs::write(path, serde_json::to_vec_pretty(&chat).unwrap()).unwrap();
}

/// The gap TEAM.md named: a seat offline while the person is erased adds a message to the
/// conversation they already had (the same chat imported again). Its whole file is kept aside
/// on the seats that erased first (the conversation is gone there); after the exchange and
/// the acknowledgements the message's marker is in no decrypted page of any seat (free pages
/// and the write-ahead log included), no `sync_problem` row and no file of the shared folder.
#[test]
fn a_message_added_offline_to_an_erased_persons_conversation_leaves_no_page_or_file() {
    use custos_core::import::sources::{self, ReadOptions};
    let dir = tempfile::tempdir().unwrap();
    let clock = FixedClock::new(Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap());
    let (folder, paths, seats) = three_seats(dir.path(), &clock);
    let options = ReadOptions { utc_offset: chrono::FixedOffset::east_opt(3600).unwrap(), mapping: None, format: None };
    let x = seats[1].contacts().add(NewContact::named("Jan Kowalczyk")).unwrap().id;
    let first = dir.path().join("chat-1.json");
    telegram_chat(&first, &[(1, "Dzień dobry, czy jest termin?".into())]);
    let read = sources::read(&[first], &options).unwrap();
    assert_eq!(seats[1].import_conversations(&read.parts, &[], &mut |_, _| {}).unwrap().conversations_created, 1);
    for _ in 0..2 {
        for v in &seats {
            v.team_sync().unwrap();
        }
    }
    // Seat 0 erases him while seat 2 is offline and imports the chat again, with a new message.
    clock.advance(chrono::Duration::seconds(1));
    seats[0].erase(x).unwrap();
    clock.advance(chrono::Duration::seconds(1));
    let second = dir.path().join("chat-2.json");
    telegram_chat(&second, &[(1, "Dzień dobry, czy jest termin?".into()), (2, format!("Mój PESEL {MARKER}"))]);
    let read = sources::read(&[second], &options).unwrap();
    let again = seats[2].import_conversations(&read.parts, &[], &mut |_, _| {}).unwrap();
    assert_eq!((again.conversations_extended, again.messages), (1, 1), "added to the existing conversation");
    for i in [0, 1, 0] {
        seats[i].team_sync().unwrap();
    }
    let mut problems = 0;
    for _ in 0..4 {
        for i in [2, 0, 1] {
            let got = seats[i].team_sync().unwrap();
            assert!(got.refused.is_empty(), "{got:?}");
            problems += got.problems_added;
        }
    }
    assert!(problems >= 1, "seat 2's file is kept aside where the erasure came first");
    for v in &seats {
        let status = v.team_status().unwrap();
        assert!(status.pending_erasures.is_empty() && status.waiting == 0, "{status:?}");
        assert!(!status.problems.is_empty() || v.seat().unwrap().index == 2, "{status:?}");
    }
    let key: String = {
        let k = custos_core::vault::sqlcipher_key(&paths[0], &Passphrase::new(PASS), "").unwrap();
        let db = rusqlite::Connection::open(&paths[0]).unwrap();
        db.execute_batch(&format!("PRAGMA key = \"{}\";", k.as_str())).unwrap();
        db.query_row("SELECT value FROM vault_meta WHERE key = 'team_key'", [], |r| r.get(0)).unwrap()
    };
    for v in seats {
        v.lock();
    }
    for p in &paths {
        let k = custos_core::vault::sqlcipher_key(p, &Passphrase::new(PASS), "").unwrap();
        let db = rusqlite::Connection::open(p).unwrap();
        db.execute_batch(&format!("PRAGMA key = \"{}\";", k.as_str())).unwrap();
        let held: i64 = db
            .query_row("SELECT count(*) FROM sync_problem WHERE instr(changeset, ?1) > 0", [MARKER.as_bytes()], |r| {
                r.get(0)
            })
            .unwrap();
        let kept: i64 =
            db.query_row("SELECT count(*) FROM sync_problem WHERE length(changeset) > 0", [], |r| r.get(0)).unwrap();
        assert_eq!((held, kept), (0, 0), "{}: a problem keeps the person's change", p.display());
        drop(db);
        assert_eq!(found(p), Vec::<String>::new(), "{} still holds the message", p.display());
    }
    // No file of the shared folder holds it, decrypted.
    for seat in std::fs::read_dir(&folder).unwrap() {
        let seat = seat.unwrap().path();
        if !seat.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(&seat).unwrap() {
            let path = file.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                continue;
            }
            let bytes = std::fs::read(&path).unwrap();
            let (_, plain) = custos_core::sync::files::decrypt_with_hex_key(&bytes, &key)
                .unwrap_or_else(|| panic!("{} does not open", path.display()));
            let text = String::from_utf8_lossy(&plain);
            assert!(!text.contains(MARKER), "{} holds the message", path.display());
        }
    }
}
