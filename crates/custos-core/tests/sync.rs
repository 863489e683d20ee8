//! Several seats, one contact book (docs/TEAM.md): seats, id ranges, and (as they come) change
//! capture, change files and their apply.

// Tests: a failed step should panic with its error.
#![allow(clippy::unwrap_used)]

mod common;

use common::*;
use custos_core::contact_points::{Label, Labelled};
use custos_core::contacts::{ContactPatch, NewContact};
use custos_core::sync::ids::{range_base, seat_of};
use custos_core::{Passphrase, Vault};

/// Puts the vault at `path` (locked) at seat `index`, as joining a team will.
fn set_seat(path: &std::path::Path, index: i64) {
    raw(path, PASS).execute("UPDATE vault_meta SET value = ?1 WHERE key = 'seat_index'", [index.to_string()]).unwrap();
}

#[test]
fn an_older_vault_gets_a_seat_and_keeps_its_ids() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.custos");
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/schema9-times-out-of-range.custos");
    std::fs::copy(fixture, &path).unwrap();
    let clock = clock();
    let vault = Vault::open(&path, &Passphrase::new(PASS), session(&clock)).unwrap();
    let seat = vault.seat().unwrap();
    assert_eq!(seat.index, 0);
    assert_eq!(seat.id.len(), 32);
    assert!(seat.id.chars().all(|c| c.is_ascii_hexdigit()));
    // The four cards keep their ids; the next one follows them.
    assert_eq!(vault.contacts().get(4).unwrap().display_name, "Piotr Wiśniewski");
    assert_eq!(vault.contacts().add(NewContact::named("Nowa Osoba")).unwrap().id, 5);
    assert!(vault.audit().verify().unwrap().ok);
    // Another vault gets another seat id.
    let other = new_vault();
    assert_ne!(other.vault.seat().unwrap().id, seat.id);
}

#[test]
fn a_seat_takes_ids_from_its_own_range_and_keeps_its_own_audit_chain() {
    let t = new_vault();
    let first = t.vault.contacts().add(NewContact::named("Anna Nowak")).unwrap();
    assert_eq!(first.id, 1);
    let TestVault { dir, path, clock, vault } = t;
    vault.lock();
    set_seat(&path, 2);
    let vault = Vault::open(&path, &Passphrase::new(PASS), session(&clock)).unwrap();
    assert_eq!(vault.seat().unwrap().index, 2);
    let mut new = NewContact::named("Jan Kowalski");
    new.details.emails = vec![Labelled::new("jan@example.com", Label::Work)];
    new.details.tags = vec!["VIP".into()];
    let jan = vault.contacts().add(new).unwrap();
    assert_eq!(jan.id, range_base(2) + 1);
    assert_eq!(seat_of(jan.id), 2);
    assert_eq!(vault.contacts().add(NewContact::named("Ewa Zielińska")).unwrap().id, range_base(2) + 2);
    let db = raw(&path, PASS);
    let seats = |sql: &str| -> Vec<i64> {
        db.prepare(sql).unwrap().query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap()
    };
    assert_eq!(seats("SELECT DISTINCT id >> 40 FROM audit_entry ORDER BY 1"), [0, 2]);
    assert_eq!(seats("SELECT DISTINCT id >> 40 FROM contact_point"), [2]);
    assert_eq!(seats("SELECT DISTINCT id >> 40 FROM tag"), [2]);
    assert!(vault.audit().verify().unwrap().ok, "{:?}", vault.audit().verify().unwrap());
    drop(dir);
}

/// Puts the vault at `path` in a team as far as capture is concerned.
fn set_team(path: &std::path::Path) {
    raw(path, PASS).execute("INSERT INTO vault_meta (key, value) VALUES ('team_id', 'test-team')", []).unwrap();
}

/// The outbox: (sequence, hlc, tables the changeset touches, in order, without repeats).
fn outbox(path: &std::path::Path) -> Vec<(i64, String, Vec<String>)> {
    use rusqlite::fallible_streaming_iterator::FallibleStreamingIterator;
    let db = raw(path, PASS);
    let rows: Vec<(i64, String, Vec<u8>)> = db
        .prepare("SELECT sequence, hlc, changeset FROM sync_outbox ORDER BY sequence")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    rows.into_iter()
        .map(|(seq, hlc, cs)| {
            let mut input: &[u8] = &cs;
            let reader: &mut dyn std::io::Read = &mut input;
            let mut iter = rusqlite::session::ChangesetIter::start_strm(&reader).unwrap();
            let mut tables: Vec<String> = Vec::new();
            while let Some(item) = iter.next().unwrap() {
                let t = item.op().unwrap().table_name().to_owned();
                if !tables.contains(&t) {
                    tables.push(t);
                }
            }
            (seq, hlc, tables)
        })
        .collect()
}

#[test]
fn a_vault_in_a_team_captures_each_write_and_one_alone_captures_nothing() {
    let t = new_vault();
    let anna = t.vault.contacts().add(NewContact::named("Anna Nowak")).unwrap();
    assert!(outbox(&t.path).is_empty(), "not in a team: nothing captured");
    let TestVault { dir, path, clock, vault } = t;
    vault.lock();
    set_team(&path);
    let vault = Vault::open(&path, &Passphrase::new(PASS), session(&clock)).unwrap();
    // Opening wrote nothing synced (no upgrade): still nothing.
    assert!(outbox(&path).is_empty());
    let mut new = NewContact::named("Jan Kowalski");
    new.details.emails = vec![Labelled::new("jan@example.com", Label::Work)];
    let jan = vault.contacts().add(new).unwrap();
    clock.advance(chrono::Duration::seconds(1));
    let patch = ContactPatch { job_title: Some(Some("Księgowa".into())), ..Default::default() };
    vault.contacts().edit(anna.id, patch).unwrap();
    let out = outbox(&path);
    assert_eq!(out.len(), 2, "{out:?}");
    assert_eq!(out[0].0, 1);
    assert_eq!(out[0].2, ["contact", "contact_point", "audit_entry"]);
    assert_eq!(out[1].0, 2);
    assert_eq!(out[1].2, ["contact", "audit_entry"]);
    assert!(out[0].1 < out[1].1, "the second write is later: {out:?}");
    let db = raw(&path, PASS);
    let next: String =
        db.query_row("SELECT value FROM vault_meta WHERE key = 'next_sequence'", [], |r| r.get(0)).unwrap();
    assert_eq!(next, "3");
    // The edit's fields have their writer's moment; the insert's do not need one.
    let clocks: Vec<(String, String, String)> = db
        .prepare("SELECT table_name, row_key, hlc FROM field_clock ORDER BY 1, 2, column_no")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(!clocks.is_empty());
    assert!(clocks.iter().all(|(t, row, hlc)| t == "contact" && *row == anna.id.to_string() && *hlc == out[1].1));
    assert!(clocks.iter().all(|(_, row, _)| *row != jan.id.to_string()));
    drop(dir);
}
