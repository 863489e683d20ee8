//! The vault file: encryption, opening errors, passphrase change, migrations, backup.

mod common;

use common::*;
use custos_core::contacts::{ContactDetails, NewContact};
use custos_core::vault::SCHEMA_VERSION;
use custos_core::{Error, Passphrase, Vault};

#[test]
fn stored_data_is_not_readable_in_the_raw_file() {
    let t = new_vault();
    let name = "Zbigniew Brzęczyszczykiewicz";
    let note = "prefers-calls-after-five-unique-note";
    t.vault
        .contacts()
        .add(NewContact {
            details: ContactDetails { notes: Some(note.into()), ..Default::default() },
            ..NewContact::named(name)
        })
        .unwrap();
    let bytes = all_bytes(&t.path);
    assert!(!bytes.starts_with(b"SQLite format 3"), "header is plaintext SQLite");
    // Parts long enough that encrypted bytes never match them by chance (a three-byte
    // needle turned up in about one file in forty), in the forms the index and the sort
    // key store: as typed, and folded to lower case without diacritics.
    for part in [name, "Zbigniew", "zbigniew", "czyszczykiewicz"] {
        assert!(!contains(&bytes, part), "{part:?} readable in the file");
    }
    assert!(!contains(&bytes, note), "note readable in the file");
    t.vault.lock();
    let bytes = all_bytes(&t.path);
    assert!(!contains(&bytes, note));
}

#[test]
fn file_opens_with_plain_sqlcipher_4_defaults() {
    let t = new_vault();
    t.vault.contacts().add(NewContact::named("Anna")).unwrap();
    t.vault.lock();
    // Any SQLCipher 4 tool: just the passphrase, default KDF settings.
    let conn = raw(&t.path, PASS);
    let n: i64 = conn.query_row("SELECT count(*) FROM contact", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 1);
    let iter: String = conn.query_row("PRAGMA kdf_iter", [], |r| r.get(0)).unwrap();
    assert_eq!(iter, "256000");
    let kdf: String = conn.query_row("PRAGMA cipher_kdf_algorithm", [], |r| r.get(0)).unwrap();
    assert_eq!(kdf, "PBKDF2_HMAC_SHA512");
}

#[test]
fn wrong_passphrase_is_refused_and_the_file_is_untouched() {
    let t = new_vault();
    t.vault.contacts().add(NewContact::named("Anna")).unwrap();
    t.vault.lock();
    let before = std::fs::read(&t.path).unwrap();
    let err = Vault::open(&t.path, &Passphrase::new("not the passphrase"), session(&t.clock)).unwrap_err();
    assert!(matches!(err, Error::WrongPassphrase { .. }), "{err:?}");
    assert_eq!(err.code(), "wrong_passphrase");
    assert_eq!(std::fs::read(&t.path).unwrap(), before, "a failed open changed the file");
    Vault::open(&t.path, &Passphrase::new(PASS), session(&t.clock)).unwrap();
}

#[test]
fn changing_the_passphrase_retires_the_old_one() {
    let mut t = new_vault();
    t.vault.contacts().add(NewContact::named("Anna")).unwrap();
    let err = t.vault.change_passphrase(&Passphrase::new("short")).unwrap_err();
    assert!(matches!(err, Error::PassphraseTooShort { .. }));
    t.vault.change_passphrase(&Passphrase::new("a much newer passphrase")).unwrap();
    t.vault.contacts().add(NewContact::named("Bartek")).unwrap();
    let TestVault { path, clock, vault, dir: _dir } = t;
    vault.lock();
    let old = Vault::open(&path, &Passphrase::new(PASS), session(&clock)).unwrap_err();
    assert!(matches!(old, Error::WrongPassphrase { .. }), "{old:?}");
    let vault = Vault::open(&path, &Passphrase::new("a much newer passphrase"), session(&clock)).unwrap();
    assert_eq!(vault.contacts().list(&Default::default()).unwrap().total, 2);
}

#[test]
fn short_passphrase_cannot_create_a_vault() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v.custos");
    let err = Vault::create(&path, &Passphrase::new("123456789"), session(&clock())).unwrap_err();
    assert_eq!(err.code(), "passphrase_too_short");
    assert!(!path.exists(), "a refused vault left a file behind");
    let nobody = Vault::create(&path, &Passphrase::new(PASS), custos_core::Session::new("  ")).unwrap_err();
    assert_eq!(nobody.code(), "invalid_input");
    assert!(!path.exists());
}

#[test]
fn opening_tells_apart_missing_foreign_damaged_and_newer_files() {
    let dir = tempfile::tempdir().unwrap();
    let s = || session(&clock());
    let pass = Passphrase::new(PASS);

    let missing = Vault::open(&dir.path().join("nope.custos"), &pass, s()).unwrap_err();
    assert_eq!(missing.code(), "vault_not_found");

    let plain = dir.path().join("plain.db");
    unkeyed(&plain).execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);").unwrap();
    assert_eq!(Vault::open(&plain, &pass, s()).unwrap_err().code(), "not_a_vault");

    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "Dear Sir or Madam,\n".repeat(500)).unwrap();
    assert_eq!(Vault::open(&text, &pass, s()).unwrap_err().code(), "not_a_vault");

    let empty = dir.path().join("empty.custos");
    std::fs::write(&empty, b"").unwrap();
    assert_eq!(Vault::open(&empty, &pass, s()).unwrap_err().code(), "not_a_vault");

    // Another program's SQLCipher database with the same passphrase.
    let foreign = dir.path().join("other.db");
    let conn = raw(&foreign, PASS);
    conn.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);").unwrap();
    drop(conn);
    assert_eq!(Vault::open(&foreign, &pass, s()).unwrap_err().code(), "not_a_vault");

    // A vault cut short.
    let t = new_vault();
    for i in 0..200 {
        t.vault.contacts().add(NewContact::named(format!("Person {i}"))).unwrap();
    }
    t.vault.lock();
    let bytes = std::fs::read(&t.path).unwrap();
    let cut = dir.path().join("cut.custos");
    std::fs::write(&cut, &bytes[..bytes.len() - 1000]).unwrap();
    std::fs::copy(custos_core::vault::keys_path(&t.path), custos_core::vault::keys_path(&cut)).unwrap();
    let before = std::fs::read(&cut).unwrap();
    let err = Vault::open(&cut, &pass, s()).unwrap_err();
    assert_eq!(err.code(), "vault_damaged", "{err}");
    assert_eq!(std::fs::read(&cut).unwrap(), before);

    // A vault with a damaged page in the middle: opening may succeed, `check` finds it.
    let hurt = dir.path().join("hurt.custos");
    let mut damaged = bytes.clone();
    let page = (damaged.len() / 4096 / 2) * 4096;
    damaged[page + 100..page + 200].fill(0);
    std::fs::write(&hurt, &damaged).unwrap();
    std::fs::copy(custos_core::vault::keys_path(&t.path), custos_core::vault::keys_path(&hurt)).unwrap();
    match Vault::open(&hurt, &pass, s()) {
        Err(e) => assert_eq!(e.code(), "vault_damaged", "{e}"),
        Ok(v) => {
            let report = v.check().unwrap();
            assert!(!report.ok, "check missed a damaged page");
        }
    }

    // A vault from a newer Custos.
    let newer = dir.path().join("newer.custos");
    std::fs::write(&newer, &bytes).unwrap();
    std::fs::copy(custos_core::vault::keys_path(&t.path), custos_core::vault::keys_path(&newer)).unwrap();
    raw(&newer, PASS).pragma_update(None, "user_version", SCHEMA_VERSION + 1).unwrap();
    let before = std::fs::read(&newer).unwrap();
    let err = Vault::open(&newer, &pass, s()).unwrap_err();
    assert_eq!(err.code(), "schema_too_new", "{err}");
    assert_eq!(std::fs::read(&newer).unwrap(), before);
}

#[test]
fn a_file_from_schema_1_is_upgraded_and_its_data_indexed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.custos");
    // Built the way Custos with schema 1 built it.
    let conn = vault_at_schema(&path, 1);
    conn.execute_batch(
        "INSERT INTO vault_meta VALUES ('created_at', '2025-01-01T00:00:00.000Z');
         INSERT INTO contact (display_name, sort_key, status, source_kind, created_at, updated_at, notes)
         VALUES ('Jørgen Ødegård', 'jorgen odegard', 'customer', 'person', '2025-01-01T00:00:00.000Z',
                 '2025-01-01T00:00:00.000Z', 'met at the Łódź fair');
         PRAGMA user_version = 1;",
    )
    .unwrap();
    drop(conn);

    let vault = Vault::open(&path, &Passphrase::new(PASS), session(&clock())).unwrap();
    let version: i64 = raw(&path, PASS).query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, SCHEMA_VERSION);
    let hits = vault.search("odegard", 10).unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].contact_name, "Jørgen Ødegård");
    assert_eq!(vault.search("lodz", 10).unwrap().len(), 1);
}

/// The hash an entry written before schema 3 has: over its details themselves.
fn legacy_hash(fields: &[&str]) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for part in fields {
        h.update((part.len() as u64).to_be_bytes());
        h.update(part.as_bytes());
    }
    hex::encode(h.finalize())
}

#[test]
fn a_file_from_schema_2_keeps_its_audit_chain_and_gains_the_rights() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.custos");
    let conn = vault_at_schema(&path, 2);
    let genesis = "0".repeat(64);
    let at = "2025-01-01T00:00:00.000Z";
    let hash = legacy_hash(&[&genesis, "1", at, "Ola", "contact.created", "contact", "1", r#"{"status":"lead"}"#]);
    conn.execute_batch(&format!(
        "INSERT INTO vault_meta VALUES ('created_at', '{at}');
         INSERT INTO vault_meta VALUES ('audit_head', '1:{hash}');
         INSERT INTO contact (display_name, sort_key, status, source_kind, created_at, updated_at)
         VALUES ('Jørgen Ødegård', 'jorgen odegard', 'lead', 'person', '{at}', '{at}');
         INSERT INTO search_fts (rowid, body) VALUES (-17, 'jorgen odegard');
         INSERT INTO audit_entry (id, at, operator, action, target_kind, target_id, details, prev_hash, hash)
         VALUES (1, '{at}', 'Ola', 'contact.created', 'contact', '1', '{{\"status\":\"lead\"}}', '{genesis}', '{hash}');
         PRAGMA user_version = 2;"
    ))
    .unwrap();
    drop(conn);

    let vault = Vault::open(&path, &Passphrase::new(PASS), session(&clock())).unwrap();
    let report = vault.audit().verify().unwrap();
    assert!(report.ok, "{report:?}");
    assert_eq!(vault.contacts().list(&Default::default()).unwrap().total, 1);
    vault.restrictions().restrict(1, "checking the spelling").unwrap();
    assert_eq!(vault.contacts().list(&Default::default()).unwrap().total, 0);
    vault.restrictions().lift(1, "spelling confirmed").unwrap();
    vault.erase(1).unwrap();
    assert!(vault.search("odegard", 10).unwrap().is_empty());
    let report = vault.audit().verify().unwrap();
    assert!(report.ok, "{report:?}");
    assert_eq!(
        report.entries_checked, 6,
        "the legacy entry, the backup before the upgrade, the key slots, restrict, lift, erase"
    );
}

#[test]
fn backup_while_open_and_restore() {
    let t = new_vault();
    t.vault.contacts().add(NewContact::named("Kept in the backup")).unwrap();
    let backup = t.dir.path().join("backups").join("monday.custos");
    std::fs::create_dir_all(backup.parent().unwrap()).unwrap();
    let mut calls = 0;
    t.vault
        .backup_to(&backup, |done, total| {
            calls += 1;
            assert!(done <= total);
        })
        .unwrap();
    assert!(calls > 0, "no progress reported");
    assert!(!std::fs::read(&backup).unwrap().starts_with(b"SQLite format 3"));
    assert_eq!(t.vault.backup_to(&backup, |_, _| {}).unwrap_err().code(), "already_exists");

    t.vault.contacts().add(NewContact::named("Added after the backup")).unwrap();
    let TestVault { path, clock, vault, dir: _dir } = t;
    vault.lock();

    // The backup opens with the same passphrase and holds only what was there.
    let err = Vault::restore(&backup, &path, &Passphrase::new(PASS), session(&clock), false).unwrap_err();
    assert_eq!(err.code(), "refused");
    let wrong =
        Vault::restore(&backup, &path, &Passphrase::new("wrong passphrase!"), session(&clock), true).unwrap_err();
    assert_eq!(wrong.code(), "wrong_passphrase");
    let restored = Vault::restore(&backup, &path, &Passphrase::new(PASS), session(&clock), true).unwrap();
    let names: Vec<String> =
        restored.contacts().list(&Default::default()).unwrap().items.into_iter().map(|c| c.display_name).collect();
    assert_eq!(names, ["Kept in the backup"]);
    assert!(restored.check().unwrap().ok);
    let actions: Vec<String> =
        restored.audit().list(&Default::default()).unwrap().into_iter().map(|e| e.action).collect();
    assert_eq!(actions[0], "vault.restored");
    assert!(restored.audit().verify().unwrap().ok);
}

/// `fixtures/schema9-times-out-of-range.custos` was made by the schema-9 `custos` command
/// (passphrase PASS), with the three reproductions of times it could store but not read:
/// contact 1 (Anna Nowak, lead) got a WhatsApp line `01.01.0000, 00:30` imported at +01:00
/// (stored "-0001-12-31T23:30:00.000Z"); contact 2 (Jan Kowalski) a JSON message at
/// `9999-12-31T23:59:59-23:59` ("+10000-01-01T23:58:59.000Z"); contact 3 (Ewa Zielińska)
/// `transcript add 3 -m "contact: hi" --at 0000-01-01T00:30:00+01:00`. Contact 4 (Piotr
/// Wiśniewski) has a phone note at 2026-03-01T09:00Z and a consent given then. With that
/// build, listing, showing, erasing and the retention list all failed.
#[test]
fn a_vault_holding_unreadable_times_opens_lists_and_can_be_repaired() {
    use custos_core::contacts::ContactQuery;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.custos");
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/schema9-times-out-of-range.custos");
    std::fs::copy(fixture, &path).unwrap();
    let version: i64 = raw(&path, PASS).query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, 9, "the fixture is a schema-9 file");

    let clock = clock();
    let vault = Vault::open(&path, &Passphrase::new(PASS), session(&clock)).unwrap();
    let page = vault.contacts().list(&ContactQuery::default()).unwrap();
    assert_eq!(page.total, 4);
    let utc = |text: &str| chrono::DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&chrono::Utc);
    let message_times = |contact: i64| -> Vec<chrono::DateTime<chrono::Utc>> {
        let convs = vault.interactions().for_contact(contact).unwrap();
        convs.iter().flat_map(|c| vault.interactions().get(c.id).unwrap().messages).map(|m| m.at).collect()
    };
    // Before the years Custos stores: the first moment of 1900; after them: the last of 2200.
    assert_eq!(message_times(1), [utc("1900-01-01T00:00:00Z"); 2]);
    assert_eq!(message_times(2), [utc("2200-12-31T23:59:59.999Z")]);
    assert_eq!(message_times(3), [utc("1900-01-01T00:00:00Z")]);
    // What read before is untouched.
    assert_eq!(message_times(4), [utc("2026-03-01T09:00:00Z")]);
    let piotr = vault.contacts().get(4).unwrap();
    assert_eq!(piotr.last_contact_at, Some(utc("2026-03-01T09:00:00Z")));
    // A last contact that did not read is taken again from the conversations that did: none.
    for id in 1..=3 {
        assert_eq!(vault.contacts().get(id).unwrap().last_contact_at, None, "contact {id}");
    }
    vault.retention().warnings().unwrap();
    assert!(!vault.search("hello", 10).unwrap().is_empty());
    assert!(vault.audit().verify().unwrap().ok);
    assert!(vault.check().unwrap().ok);

    // And it can be repaired: the clean-up that failed before works.
    vault.retention().delete_transcripts(2, None).unwrap();
    assert!(vault.interactions().for_contact(2).unwrap().is_empty());
    vault.erase(1).unwrap();
    assert!(vault.interactions().for_contact(1).unwrap().is_empty());
    let version: i64 = raw(&path, PASS).query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, SCHEMA_VERSION);
}
