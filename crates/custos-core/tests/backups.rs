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
        AutoBackup::Made(made) => made.backup,
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
    // A backup every third day for 48 days (each backup costs two key derivations).
    for _ in 0..16 {
        made(t.vault.auto_backup(|_, _| {}).unwrap());
        t.clock.advance(Duration::days(3));
    }
    let kept = t.vault.backups().unwrap();
    let made_at: Vec<_> = kept.iter().map(|b| b.made_at).collect();
    // What is left is exactly what the policy keeps of it.
    assert!(custos_core::backups::to_keep(&made_at, Policy::default()).iter().all(|k| *k));
    assert!((7..=10).contains(&kept.len()), "{}", kept.len());
    let files = std::fs::read_dir(t.dir.path().join("backups")).unwrap().count();
    assert_eq!(files, 2 * kept.len(), "each backup with its key file; no partial or stray files");
    let rotated = t.vault.audit().list(&AuditFilter::default()).unwrap();
    let removed: usize = rotated
        .iter()
        .filter(|e| e.action == "vault.backups_rotated")
        .map(|e| e.details["removed"].as_array().unwrap().len())
        .sum();
    assert_eq!(removed, 16 - kept.len());

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
    let backup = t.vault.backup_now(|_, _| {}).unwrap().backup;
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

#[test]
fn a_backup_job_copies_one_snapshot_while_the_vault_goes_on_writing() {
    let t = new_vault();
    for name in ["Anna Nowak", "Jan Kowalski"] {
        t.vault.contacts().add(NewContact::named(name)).unwrap();
    }
    let job = t.vault.backup_job().unwrap();
    let (started, wait_started) = std::sync::mpsc::channel();
    let (written, wait_written) = std::sync::mpsc::channel::<()>();
    let copier = std::thread::spawn(move || {
        let mut first = true;
        let copied = job.run(|_, _| {
            if std::mem::take(&mut first) {
                started.send(()).unwrap();
                wait_written.recv().unwrap();
            }
        });
        (job, copied)
    });
    // The vault's own connection writes while the copy is being made: it is not blocked.
    wait_started.recv().unwrap();
    t.vault.contacts().add(NewContact::named("Ewa Lis")).unwrap();
    written.send(()).unwrap();
    let (job, copied) = copier.join().unwrap();
    let made = t.vault.finish_backup(job, copied).unwrap();
    assert_eq!(made.backup.contacts, Some(2), "the snapshot from when the copy began");
    let copy = raw(&made.backup.path, PASS);
    let check: String = copy.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok");
    let mode: String = copy.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "delete", "a backup is one file, without -wal and -shm");
    assert_eq!(t.vault.contacts().list(&Default::default()).unwrap().total, 3);
}

#[test]
fn a_failed_backup_leaves_nothing_and_is_not_audited() {
    let t = new_vault();
    let job = t.vault.backup_job().unwrap();
    // Something takes the name first: the copy is refused, and its partial file removed.
    std::fs::create_dir_all(job.dest().parent().unwrap()).unwrap();
    std::fs::write(job.dest(), b"not mine").unwrap();
    let copied = job.run(|_, _| {});
    let err = t.vault.finish_backup(job, copied).unwrap_err();
    assert_eq!(err.code(), "already_exists", "{err}");
    let names: Vec<_> =
        std::fs::read_dir(t.dir.path().join("backups")).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names.len(), 1, "only the file that was there: {names:?}");
    let audit = t.vault.audit().list(&AuditFilter::default()).unwrap();
    assert!(audit.iter().all(|e| e.action != "vault.backup_created"));
}

#[test]
fn restoring_a_backup_keeps_the_state_before_and_says_which_passphrase_opens_it() {
    let t = new_vault();
    t.vault.contacts().add(NewContact::named("Anna Nowak")).unwrap();
    let first = t.vault.backup_now(|_, _| {}).unwrap().backup;
    assert!(!first.before_passphrase_change);
    t.clock.advance(Duration::hours(2));
    t.vault.contacts().add(NewContact::named("Jan Kowalski")).unwrap();
    let mut vault = t.vault;
    vault.change_passphrase(&Passphrase::new("a brand new passphrase")).unwrap();
    let listed = vault.backups().unwrap();
    assert!(listed[0].before_passphrase_change, "{listed:?}");

    // The new passphrase does not open the old backup: refused before anything is written.
    let err = vault.prepare_restore(&first.path, &Passphrase::new("a brand new passphrase")).unwrap_err();
    assert_eq!(err.code(), "wrong_passphrase", "{err}");
    assert_eq!(vault.backups().unwrap().len(), 1, "no backup was made for a refused restore");

    t.clock.advance(Duration::hours(1));
    let prepared = vault.prepare_restore(&first.path, &Passphrase::new(PASS)).unwrap();
    let before = prepared.before().to_owned();
    let restored = vault.complete_restore(prepared).unwrap();
    assert_eq!(restored.contacts().list(&Default::default()).unwrap().total, 1, "as the backup held it");
    // The state before the restore is a backup of its own, opened with the passphrase of then.
    let listed = restored.backups().unwrap();
    let kept = listed.iter().find(|b| b.path == before).unwrap();
    assert_eq!(kept.contacts, None, "the restored vault did not make it, so it has no note of it");
    let copy = raw(&before, "a brand new passphrase");
    let n: i64 = copy.query_row("SELECT count(*) FROM contact", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 2);
    assert!(listed.iter().any(|b| b.path == first.path), "the restored backup is kept");
    let audit = restored.audit().list(&AuditFilter::default()).unwrap();
    let entry = audit.iter().find(|e| e.action == "vault.restored").unwrap();
    assert_eq!(entry.details["before"], before.display().to_string());
    assert!(restored.audit().verify().unwrap().ok);
    // No temporary copy is left beside the vault.
    let names: Vec<String> = std::fs::read_dir(t.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.contains("restoring")), "{names:?}");
}

#[test]
fn checking_a_backup_finds_a_damaged_page() {
    let t = new_vault();
    for i in 0..200 {
        t.vault.contacts().add(NewContact::named(format!("Person {i}"))).unwrap();
    }
    let backup = t.vault.backup_now(|_, _| {}).unwrap().backup;
    let pass = Passphrase::new(PASS);
    assert!(custos_core::backups::check(&backup.path, &pass, "").unwrap().ok);
    let folder: Vec<_> =
        std::fs::read_dir(t.dir.path().join("backups")).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(folder.len(), 2, "the backup and its key file; checking leaves the folder as it was: {folder:?}");
    // From the open vault, with its own passphrase, on any thread.
    let job = t.vault.check_backup_job(&backup.path, None);
    assert!(std::thread::spawn(move || job.run().unwrap().ok).join().unwrap());
    assert_eq!(
        custos_core::backups::check(&backup.path, &Passphrase::new("wrong one!"), "").unwrap_err().code(),
        "wrong_passphrase"
    );
    let mut bytes = std::fs::read(&backup.path).unwrap();
    let middle = bytes.len() / 2 + 100;
    bytes[middle] ^= 0xff;
    std::fs::write(&backup.path, &bytes).unwrap();
    let report = custos_core::backups::check(&backup.path, &pass, "").unwrap();
    assert!(!report.ok, "{report:?}");
}

#[test]
fn an_erasure_says_until_when_older_backups_hold_the_data() {
    let t = new_vault();
    let anna = t.vault.contacts().add(NewContact::named("Anna Nowak")).unwrap();
    let jan = t.vault.contacts().add(NewContact::named("Jan Kowalski")).unwrap();
    // No backup yet: nothing holds it.
    assert_eq!(t.vault.erase(anna.id).unwrap().backups_hold_until, None);

    t.vault.backup_now(|_, _| {}).unwrap();
    let erasure = t.vault.erase(jan.id).unwrap();
    let until = erasure.backups_hold_until.unwrap();
    assert_eq!(Some(until), t.vault.backups_hold_until().unwrap());
    assert!(until > t.vault.now(), "{until}");
    let audit = t.vault.audit().list(&AuditFilter::default()).unwrap();
    let entry =
        audit.iter().find(|e| e.action == "contact.erased" && e.details["backups_hold_until"].is_string()).unwrap();
    assert_eq!(entry.details["backups_hold_until"], until.to_rfc3339_opts(chrono::SecondsFormat::Millis, true));

    // A backup folder that cannot be read (a drive not plugged in): the latest any backup keeps.
    t.vault.set_backup_folder(Some(&t.dir.path().join("usb"))).unwrap();
    std::fs::remove_dir(t.dir.path().join("usb")).unwrap();
    std::fs::write(t.dir.path().join("usb"), b"unplugged").unwrap();
    let at_most = t.vault.backups_hold_until_at_most().unwrap().unwrap();
    assert!(at_most > t.vault.now() + Duration::days(300), "{at_most}");
}

#[test]
fn two_backups_in_one_second_get_two_names() {
    let t = new_vault();
    let first = t.vault.backup_job().unwrap();
    let second = t.vault.backup_job().unwrap();
    assert_eq!(first.dest(), t.dir.path().join("backups/firm-20260301-090000.custos"));
    // The first one's copy is being written: the second one takes the next name.
    let copied = first.run(|_, _| {});
    t.vault.finish_backup(first, copied).unwrap();
    let second_copied = second.run(|_, _| {});
    let made = t.vault.finish_backup(second, second_copied).unwrap();
    assert_eq!(made.backup.path, t.dir.path().join("backups/firm-20260301-090000-2.custos"));
    // Rotation keeps one a day: the later of the two.
    assert_eq!(t.vault.backups().unwrap().iter().map(|b| b.path.clone()).collect::<Vec<_>>(), [made.backup.path]);
}

#[test]
fn a_damaged_vault_is_not_backed_up_and_leaves_no_copy() {
    let t = new_vault();
    for i in 0..300 {
        t.vault.contacts().add(NewContact::named(format!("Person {i}"))).unwrap();
    }
    let path = t.vault.path().to_owned();
    t.vault.lock();
    let mut bytes = std::fs::read(&path).unwrap();
    let middle = bytes.len() / 2 + 200;
    bytes[middle] ^= 0x5a;
    std::fs::write(&path, &bytes).unwrap();
    let vault = Vault::open(&path, &Passphrase::new(PASS), session(&t.clock)).unwrap();
    let err = vault.backup_now(|_, _| {}).unwrap_err();
    assert_eq!(err.code(), "vault_damaged", "{err}");
    assert!(err.to_string().contains(&path.display().to_string()), "says which file: {err}");
    let left: Vec<_> =
        std::fs::read_dir(t.dir.path().join("backups")).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(left.is_empty(), "nothing is left of the copy: {left:?}");
    assert!(vault.backups().unwrap().is_empty());
}

#[test]
fn a_vault_whose_structure_is_broken_is_not_backed_up() {
    let t = new_vault();
    let path = t.vault.path().to_owned();
    t.vault.lock();
    // An index whose definition no longer matches its entries: every page's MAC is right,
    // only SQLite's integrity_check can tell.
    {
        let raw = raw(&path, PASS);
        raw.execute_batch(
            "CREATE TABLE scratch (n INTEGER);
             CREATE INDEX scratch_n ON scratch (n);
             WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 500)
               INSERT INTO scratch SELECT i FROM k;
             PRAGMA writable_schema = ON;
             UPDATE sqlite_master SET sql = 'CREATE INDEX scratch_n ON scratch (n DESC)' WHERE name = 'scratch_n';
             PRAGMA writable_schema = OFF;",
        )
        .unwrap();
    }
    let vault = Vault::open(&path, &Passphrase::new(PASS), session(&t.clock)).unwrap();
    let err = vault.backup_now(|_, _| {}).unwrap_err();
    assert_eq!(err.code(), "vault_damaged", "{err}");
    assert!(err.to_string().contains("scratch_n"), "names what is wrong: {err}");
    let left: Vec<_> =
        std::fs::read_dir(t.dir.path().join("backups")).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(left.is_empty(), "nothing is left of the copy: {left:?}");
}
