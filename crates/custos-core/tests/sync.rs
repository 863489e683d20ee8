//! Several seats, one contact book (docs/TEAM.md): seats, id ranges, and (as they come) change
//! capture, change files and their apply.

// Tests: a failed step should panic with its error.
#![allow(clippy::unwrap_used)]

mod common;

use common::*;
use custos_core::contact_points::{Label, Labelled};
use custos_core::contacts::NewContact;
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
