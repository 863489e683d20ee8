//! Automatic backups with real SQLCipher files: when they are made, where, what they hold,
//! how they rotate, and the copy made before a schema upgrade.
#![allow(clippy::unwrap_used)]

mod common;

use chrono::Duration;
use common::*;
use custos_core::Passphrase;
use custos_core::Vault;
use custos_core::audit::AuditFilter;
use custos_core::backups::{AutoBackup, Policy};
use custos_core::contacts::NewContact;

fn made(outcome: AutoBackup) -> custos_core::backups::BackupFile {
    match outcome {
        AutoBackup::Made { backup, .. } => backup,
        AutoBackup::NotDue { newest } => panic!("no backup was made; the newest is {newest:?}"),
    }
}

#[test]
fn a_backup_is_made_once_a_day_verified_and_opens_with_the_passphrase() {
    let t = new_vault();
    t.vault.contacts().add(NewContact::named("Anna Nowak")).unwrap();
    assert_eq!(t.vault.backup_folder().unwrap(), t.dir.path().join("backups"));
    assert!(t.vault.backups().unwrap().is_empty());

    let first = made(t.vault.auto_backup(|_, _| {}).unwrap());
    assert_eq!(first.path, t.dir.path().join("backups/firm-20260301-090000.custos"));
    assert_eq!((first.contacts, first.messages), (Some(1), Some(0)));
    assert!(first.bytes > 0 && first.bytes.is_multiple_of(4096), "{}", first.bytes);

    // Within the day: nothing to do.
    t.clock.advance(Duration::hours(23));
    match t.vault.auto_backup(|_, _| {}).unwrap() {
        AutoBackup::NotDue { newest } => assert_eq!(newest.path, first.path),
        other => panic!("{other:?}"),
    }
    t.clock.advance(Duration::hours(1));
    t.vault.contacts().add(NewContact::named("Jan Kowalski")).unwrap();
    let second = made(t.vault.auto_backup(|_, _| {}).unwrap());
    assert_eq!(second.contacts, Some(2));
    let listed = t.vault.backups().unwrap();
    assert_eq!(listed.iter().map(|b| &b.path).collect::<Vec<_>>(), [&second.path, &first.path], "newest first");

    // A backup is a vault: restoring it gives the contacts it held.
    let restored = t.dir.path().join("restored.custos");
    let back = Vault::restore(&first.path, &restored, &Passphrase::new(PASS), session(&t.clock), false).unwrap();
    assert_eq!(back.contacts().list(&Default::default()).unwrap().total, 1);
    let audit = t.vault.audit().list(&AuditFilter::default()).unwrap();
    assert_eq!(audit.iter().filter(|e| e.action == "vault.backup_created").count(), 2);
}

#[test]
fn rotation_keeps_the_policy_and_audits_what_it_removed() {
    let t = new_vault();
    // A backup each day for 60 days.
    for _ in 0..60 {
        made(t.vault.auto_backup(|_, _| {}).unwrap());
        t.clock.advance(Duration::days(1));
    }
    let kept = t.vault.backups().unwrap();
    let made_at: Vec<_> = kept.iter().map(|b| b.made_at).collect();
    // What is left is exactly what the policy keeps of it.
    assert!(custos_core::backups::to_keep(&made_at, Policy::default()).iter().all(|k| *k));
    assert!((8..=14).contains(&kept.len()), "{}", kept.len());
    let files = std::fs::read_dir(t.dir.path().join("backups")).unwrap().count();
    assert_eq!(files, kept.len(), "no partial or stray files");
    let rotated = t.vault.audit().list(&AuditFilter::default()).unwrap();
    let removed: usize = rotated
        .iter()
        .filter(|e| e.action == "vault.backups_rotated")
        .map(|e| e.details["removed"].as_array().unwrap().len())
        .sum();
    assert_eq!(removed, 60 - kept.len());

    // Erased now, the data stays in these backups for about a year (the monthly copies).
    let until = t.vault.backups_hold_until().unwrap().unwrap();
    assert!(until > t.vault.now() + Duration::days(300), "{until}");
}

#[test]
fn the_chosen_folder_is_used_and_must_be_a_full_path() {
    let t = new_vault();
    let err = t.vault.set_backup_folder(Some(std::path::Path::new("relative/backups"))).unwrap_err();
    assert_eq!(err.code(), "invalid_input", "{err}");
    let drive = t.dir.path().join("usb-drive/Custos");
    assert_eq!(t.vault.set_backup_folder(Some(&drive)).unwrap(), drive);
    let backup = made(t.vault.backup_now(|_, _| {}).unwrap());
    assert!(backup.path.starts_with(&drive), "{}", backup.path.display());
    assert!(!t.dir.path().join("backups").exists());
    assert_eq!(t.vault.set_backup_folder(None).unwrap(), t.dir.path().join("backups"));
}

#[test]
fn a_vault_is_backed_up_before_its_schema_is_upgraded() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.custos");
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/schema9-times-out-of-range.custos");
    std::fs::copy(fixture, &path).unwrap();
    let clock = clock();
    let vault = Vault::open(&path, &Passphrase::new(PASS), session(&clock)).unwrap();
    let backups = vault.backups().unwrap();
    assert_eq!(backups.len(), 1, "{backups:?}");
    // The copy is the vault as it was: still schema 9, and every page checks out.
    let copy = raw(&backups[0].path, PASS);
    let version: i64 = copy.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, 9);
    let check: String = copy.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok");
    let audit = vault.audit().list(&AuditFilter::default()).unwrap();
    let entry = audit.iter().find(|e| e.action == "vault.backup_created").unwrap();
    assert_eq!(entry.details["before_upgrade_from_schema"], 9);
    drop(vault);

    // Opened again, up to date: no second copy.
    let vault = Vault::open(&path, &Passphrase::new(PASS), session(&clock)).unwrap();
    assert_eq!(vault.backups().unwrap().len(), 1);
}
