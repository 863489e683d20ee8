// Test support: a failed set-up step should panic with its error.
#![allow(dead_code, clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{TimeZone, Utc};
use custos_core::{FixedClock, Passphrase, Session, Vault};

pub const PASS: &str = "correct horse battery staple";

pub fn clock() -> FixedClock {
    FixedClock::new(Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0).unwrap())
}

pub fn session(clock: &FixedClock) -> Session {
    Session::new("Ola (office)").with_clock(Arc::new(clock.clone()))
}

pub struct TestVault {
    pub dir: tempfile::TempDir,
    pub path: PathBuf,
    pub clock: FixedClock,
    pub vault: Vault,
}

pub fn new_vault() -> TestVault {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("firm.custos");
    let clock = clock();
    let vault = Vault::create(&path, &Passphrase::new(PASS), session(&clock)).unwrap();
    TestVault { dir, path, clock, vault }
}

/// The SQL of every migration in order, as released (for building files of older schemas).
const MIGRATION_SQL: &[&str] = &[
    include_str!("../../src/vault/migrations/0001_core.sql"),
    include_str!("../../src/vault/migrations/0002_search.sql"),
    include_str!("../../src/vault/migrations/0003_rights.sql"),
    include_str!("../../src/vault/migrations/0004_audience.sql"),
    include_str!("../../src/vault/migrations/0005_retention.sql"),
    include_str!("../../src/vault/migrations/0006_requests.sql"),
    include_str!("../../src/vault/migrations/0007_conversation_count.sql"),
    include_str!("../../src/vault/migrations/0008_data_subjects.sql"),
    include_str!("../../src/vault/migrations/0009_retention_covering_index.sql"),
    include_str!("../../src/vault/migrations/0010_readable_times.sql"),
    include_str!("../../src/vault/migrations/0011_address_book.sql"),
    include_str!("../../src/vault/migrations/0012_merge.sql"),
    include_str!("../../src/vault/migrations/0013_check_lists.sql"),
    include_str!("../../src/vault/migrations/0014_conversations_from_files.sql"),
];

/// A new file at `path` as a vault of schema `version` would be, without its data: the
/// migrations up to it run by hand. Insert the rows, then set `PRAGMA user_version`.
pub fn vault_at_schema(path: &Path, version: usize) -> rusqlite::Connection {
    let conn = raw(path, PASS);
    conn.pragma_update(None, "application_id", 0x4355_5354).unwrap();
    for sql in &MIGRATION_SQL[..version] {
        conn.execute_batch(sql).unwrap();
    }
    conn
}

/// A connection to `path` with no key, for plain SQLite files. Like every connection in a
/// test process, it waits for SQLCipher's set-up (see `vault::sqlcipher_ready`).
pub fn unkeyed(path: &Path) -> rusqlite::Connection {
    custos_core::vault::sqlcipher_ready().unwrap();
    rusqlite::Connection::open(path).unwrap()
}

/// A raw SQLCipher connection with the test passphrase, for tampering and inspection: keyed
/// with the data key its key file gives for the passphrase, or with the passphrase itself for
/// a file made the way vaults were before key slots (a fixture of an older schema).
pub fn raw(path: &Path, pass: &str) -> rusqlite::Connection {
    let key = if custos_core::vault::keys_path(path).exists() {
        custos_core::vault::sqlcipher_key(path, &custos_core::Passphrase::new(pass), "").unwrap().to_string()
    } else {
        pass.to_owned()
    };
    let conn = unkeyed(path);
    conn.pragma_update(None, "key", key).unwrap();
    conn
}

/// Every file that makes up the vault on disk, concatenated.
pub fn all_bytes(path: &Path) -> Vec<u8> {
    let mut bytes = std::fs::read(path).unwrap();
    for suffix in ["-wal", "-shm"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        if let Ok(b) = std::fs::read(PathBuf::from(p)) {
            bytes.extend(b);
        }
    }
    bytes
}

pub fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle.as_bytes())
}

/// A file from tests/fixtures, as text.
pub fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// A hash of rows (a seat's dump), to compare seats in one number.
pub fn hash_rows(rows: &[String]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    rows.hash(&mut h);
    h.finish()
}

/// Copies of the team vault at `path` (seat 0, made the team in `folder`) as seats 1 and 2 of
/// it, as joining makes them: each with its seat index, a seat id of its own (`{index:032x}`),
/// no audit head (its chain starts in its own range) and its folder with a `seat.json` named
/// by `names`. Returns the three vaults' paths, seat 0's first.
pub fn copies_as_seats(dir: &Path, path: &Path, folder: &Path, names: [&str; 2]) -> [PathBuf; 3] {
    let mut paths = vec![path.to_owned()];
    for (index, (file, name)) in [(1, ("b.custos", names[0])), (2, ("c.custos", names[1]))] {
        let copy = dir.join(file);
        std::fs::copy(path, &copy).unwrap();
        std::fs::copy(custos_core::vault::keys_path(path), custos_core::vault::keys_path(&copy)).unwrap();
        let db = raw(&copy, PASS);
        db.execute("UPDATE vault_meta SET value = ?1 WHERE key = 'seat_index'", [index.to_string()]).unwrap();
        db.execute("UPDATE vault_meta SET value = ?1 WHERE key = 'seat_id'", [format!("{index:032x}")]).unwrap();
        db.execute("DELETE FROM vault_meta WHERE key = 'audit_head'", []).unwrap();
        let seat_dir = folder.join(format!("{index:032x}"));
        std::fs::create_dir_all(&seat_dir).unwrap();
        std::fs::write(seat_dir.join("seat.json"), format!(r#"{{"index": {index}, "name": "{name}"}}"#)).unwrap();
        paths.push(copy);
    }
    paths.try_into().unwrap()
}
