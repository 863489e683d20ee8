//! Numbered schema migrations. `PRAGMA user_version` holds the number of the last one applied.
//! A migration is SQL, optionally followed by Rust for work SQL cannot do (e.g. filling the
//! search index with folded text). Never edit a released migration: add the next one.

use rusqlite::Transaction;

use crate::error::Result;

pub(crate) struct Migration {
    pub version: i64,
    pub sql: &'static str,
    pub after: Option<fn(&Transaction<'_>) -> Result<()>>,
}

/// Every migration in order. The last one's version is the schema this build writes.
pub(crate) const MIGRATIONS: &[Migration] = &[
    Migration { version: 1, sql: include_str!("migrations/0001_core.sql"), after: None },
    Migration {
        version: 2,
        sql: include_str!("migrations/0002_search.sql"),
        after: Some(crate::search::rebuild_index),
    },
    Migration { version: 3, sql: include_str!("migrations/0003_rights.sql"), after: None },
    Migration { version: 4, sql: include_str!("migrations/0004_audience.sql"), after: None },
    Migration { version: 5, sql: include_str!("migrations/0005_retention.sql"), after: None },
    Migration { version: 6, sql: include_str!("migrations/0006_requests.sql"), after: None },
    Migration { version: 7, sql: include_str!("migrations/0007_conversation_count.sql"), after: None },
    Migration { version: 8, sql: include_str!("migrations/0008_data_subjects.sql"), after: None },
    Migration { version: 9, sql: include_str!("migrations/0009_retention_covering_index.sql"), after: None },
    Migration { version: 10, sql: include_str!("migrations/0010_readable_times.sql"), after: None },
    Migration {
        version: 11,
        sql: include_str!("migrations/0011_address_book.sql"),
        after: Some(crate::contact_points::fill_match_keys),
    },
    Migration { version: 12, sql: include_str!("migrations/0012_merge.sql"), after: None },
];

/// The schema version this build creates and understands.
pub const SCHEMA_VERSION: i64 = 12;

/// Identifies a Custos vault (`PRAGMA application_id`, "CUST").
pub(crate) const APPLICATION_ID: i32 = 0x4355_5354;

/// Brings the schema from `from` up to `to`, one transaction per migration.
pub(crate) fn migrate(conn: &rusqlite::Connection, from: i64, to: i64) -> Result<()> {
    for m in MIGRATIONS.iter().filter(|m| m.version > from && m.version <= to) {
        let tx = rusqlite::Transaction::new_unchecked(conn, rusqlite::TransactionBehavior::Immediate)?;
        tx.execute_batch(m.sql)?;
        if let Some(after) = m.after {
            after(&tx)?;
        }
        tx.pragma_update(None, "user_version", m.version)?;
        tx.commit()?;
    }
    Ok(())
}
