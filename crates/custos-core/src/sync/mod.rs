//! Several seats, one contact book (issue 21, docs/TEAM.md): ids from each seat's range
//! ([`ids`]), the hybrid logical clock ([`clock`]), change capture through SQLite's session
//! extension, change files in a shared folder and their apply with the conflict rules.

pub(crate) mod capture;
pub mod clock;
pub mod ids;

use rusqlite::Transaction;

pub use capture::SYNCED_TABLES;

use crate::error::Result;

/// The migration's Rust part (schema 16): this vault's seat, not yet in a team.
pub(crate) fn init_seat(tx: &Transaction<'_>) -> Result<()> {
    let mut id = [0u8; 16];
    crate::vault::slots::random(&mut id)?;
    tx.execute(
        "INSERT INTO vault_meta (key, value) VALUES ('seat_id', ?1), ('seat_index', '0'), ('hlc', ?2), ('next_sequence', '1')",
        [hex::encode(id), clock::Hlc::ZERO.encode()],
    )?;
    Ok(())
}

/// This vault's place in a team.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Seat {
    /// 16 random bytes in hex, made when the vault got schema 16.
    pub id: String,
    /// Its number in the team: 0 for the vault the team was made from (and any vault not in
    /// a team). Its ids are `index × 2⁴⁰ + n` ([`ids`]).
    pub index: i64,
}

impl crate::Vault {
    /// This vault's seat.
    pub fn seat(&self) -> Result<Seat> {
        self.read(|c| {
            let id: String = c.query_row("SELECT value FROM vault_meta WHERE key = 'seat_id'", [], |r| r.get(0))?;
            Ok(Seat { id, index: ids::seat_index(c)? })
        })
    }
}
