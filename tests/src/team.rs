//! Seats of a team for tests (docs/TEAM.md): a raw connection to a seat's vault, and a dump
//! of the synced tables to compare seats.

use std::path::Path;

/// A raw SQLCipher connection to the vault at `path`, keyed with the data key that its key
/// file gives for `passphrase` (for set-up and inspection, beside the core's API).
pub fn raw(path: &Path, passphrase: &str) -> rusqlite::Connection {
    let key = custos_core::vault::sqlcipher_key(path, &custos_core::Passphrase::new(passphrase), "")
        .unwrap_or_else(|e| panic!("the key file of {}: {e}", path.display()));
    custos_core::vault::sqlcipher_ready().unwrap_or_else(|e| panic!("SQLCipher: {e}"));
    let conn = rusqlite::Connection::open(path).unwrap_or_else(|e| panic!("open {}: {e}", path.display()));
    conn.pragma_update(None, "key", key.as_str()).unwrap_or_else(|e| panic!("key {}: {e}", path.display()));
    conn
}

/// Every synced table (`custos_core::sync::SYNCED_TABLES`) of the vault at `path`, each
/// table's rows sorted, as text: equal dumps mean equal books.
pub fn dump(path: &Path, passphrase: &str) -> Vec<String> {
    custos_core::sync::dump_synced_tables(&raw(path, passphrase))
        .unwrap_or_else(|e| panic!("dumping {}: {e}", path.display()))
}
