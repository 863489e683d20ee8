//! Seats of a team for tests (docs/TEAM.md): a second seat made by hand the way
//! `custos team join` will make it, and a dump of the synced tables to compare seats.

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

/// Makes seat `index` of the team whose seat 0 is the **locked** vault at `from`, as joining
/// will (until `custos team join` exists; `crates/custos-core/tests/sync.rs` `three()` does
/// the same): the vault and its key file copied to `to`, the copy given seat `index`, a seat
/// id of its own, no audit head (its chain starts in its own id range) and `folder` as its
/// shared folder (for a seat whose sync engine keeps another directory equal to seat 0's).
pub fn copy_seat(from: &Path, to: &Path, passphrase: &str, index: i64, folder: &Path) {
    std::fs::copy(from, to).unwrap_or_else(|e| panic!("copy {} to {}: {e}", from.display(), to.display()));
    let keys = custos_core::vault::keys_path(from);
    std::fs::copy(&keys, custos_core::vault::keys_path(to)).unwrap_or_else(|e| panic!("copy {}: {e}", keys.display()));
    let db = raw(to, passphrase);
    let set = |key: &str, value: &str| {
        let n = db
            .execute("UPDATE vault_meta SET value = ?2 WHERE key = ?1", [key, value])
            .unwrap_or_else(|e| panic!("setting {key}: {e}"));
        assert_eq!(n, 1, "{} has no {key} in vault_meta", from.display());
    };
    set("seat_index", &index.to_string());
    set("seat_id", &format!("{index:032x}"));
    set("team_folder", &folder.display().to_string());
    db.execute("DELETE FROM vault_meta WHERE key = 'audit_head'", []).unwrap_or_else(|e| panic!("audit head: {e}"));
}

/// Every synced table (`custos_core::sync::SYNCED_TABLES`) of the vault at `path`, each
/// table's rows sorted, as text: equal dumps mean equal books.
pub fn dump(path: &Path, passphrase: &str) -> Vec<String> {
    let db = raw(path, passphrase);
    let mut out = Vec::new();
    for table in custos_core::sync::SYNCED_TABLES {
        let fail = |e: rusqlite::Error| -> ! { panic!("dumping {table}: {e}") };
        let mut stmt = db.prepare(&format!("SELECT * FROM {table}")).unwrap_or_else(|e| fail(e));
        let n = stmt.column_count();
        let mut rows: Vec<String> = stmt
            .query_map([], |r| {
                let mut row = (*table).to_owned();
                for i in 0..n {
                    row.push_str(&format!(" | {:?}", r.get::<_, rusqlite::types::Value>(i)?));
                }
                Ok(row)
            })
            .unwrap_or_else(|e| fail(e))
            .collect::<Result<_, _>>()
            .unwrap_or_else(|e| fail(e));
        rows.sort();
        out.extend(rows);
    }
    out
}
