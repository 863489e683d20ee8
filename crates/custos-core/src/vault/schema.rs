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
    Migration { version: 13, sql: include_str!("migrations/0013_check_lists.sql"), after: Some(check_lists_rewritten) },
    Migration {
        version: 14,
        sql: include_str!("migrations/0014_conversations_from_files.sql"),
        after: Some(origins_widened),
    },
    Migration { version: 15, sql: include_str!("migrations/0015_operators.sql"), after: None },
    Migration { version: 16, sql: include_str!("migrations/0016_team_sync.sql"), after: Some(crate::sync::init_seat) },
    Migration { version: 17, sql: include_str!("migrations/0017_team_erasure.sql"), after: None },
    Migration { version: 18, sql: include_str!("migrations/0018_team_problem_contacts.sql"), after: None },
];

/// The schema version this build creates and understands.
pub const SCHEMA_VERSION: i64 = 18;

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

/// A table whose CHECK constraints a migration rewrote in `sqlite_schema`: its new CHECKs,
/// which must each be in its definition once, and the IN lists they replace, which must be gone.
type Rewritten = (&'static str, &'static [&'static str], &'static [&'static str]);

/// The constraints schema 13 writes as comparisons.
const CHECK_LISTS: [Rewritten; 2] = [
    (
        "contact",
        &[
            "CHECK (status = 'lead' OR status = 'customer' OR status = 'former_customer' OR status = 'supplier_partner' OR status = 'other')",
            "CHECK (source_kind = 'person' OR source_kind = 'third_party' OR source_kind = 'public')",
            "CHECK (standing = 'active' OR standing = 'restricted' OR standing = 'erased')",
        ],
        &["status IN (", "source_kind IN (", "standing IN ("],
    ),
    (
        "contact_point",
        &[
            "CHECK (kind = 'email' OR kind = 'phone' OR kind = 'address')",
            "CHECK (label = 'work' OR label = 'home' OR label = 'mobile' OR label = 'other')",
        ],
        &["kind IN (", "label IN ("],
    ),
];

/// The origins schema 14 allows (the importers of e-mail, Telegram, Messenger, web chats).
const ORIGINS: [Rewritten; 1] = [(
    "conversation",
    &[
        "CHECK (origin = 'manual' OR origin = 'whatsapp' OR origin = 'json' OR origin = 'email' OR origin = 'telegram' OR origin = 'messenger' OR origin = 'web_chat')",
    ],
    &["origin IN ("],
)];

/// After schema 13's SQL: see [`schema_rewritten`].
fn check_lists_rewritten(tx: &Transaction<'_>) -> Result<()> {
    schema_rewritten(tx, 13, &CHECK_LISTS)
}

/// After schema 14's SQL: see [`schema_rewritten`].
fn origins_widened(tx: &Transaction<'_>) -> Result<()> {
    schema_rewritten(tx, 14, &ORIGINS)
}

/// After SQL that rewrote table definitions in `sqlite_schema`: checks that each constraint
/// was rewritten exactly once, moves the schema version on so that every connection reads the
/// schema again, and reloads it here (a definition that did not parse fails the migration,
/// which then changes nothing).
fn schema_rewritten(tx: &Transaction<'_>, schema: i64, tables: &[Rewritten]) -> Result<()> {
    for &(table, checks, lists) in tables {
        let sql: String =
            tx.query_row("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?1", [table], |r| r.get(0))?;
        let rewritten = checks.iter().all(|c| sql.matches(c).count() == 1) && !lists.iter().any(|l| sql.contains(l));
        if !rewritten {
            return Err(crate::error::Error::Internal(format!(
                "schema {schema}: the CHECK constraints of {table} are not as expected: {sql}"
            )));
        }
    }
    let version: i64 = tx.pragma_query_value(None, "schema_version", |r| r.get(0))?;
    tx.pragma_update(None, "schema_version", version + 1)?;
    tx.execute_batch("PRAGMA writable_schema = RESET")?;
    tx.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get::<_, i64>(0))?;
    for &(table, _, _) in tables {
        // Table names from the fixed lists above: each definition parses and can be read.
        tx.prepare(&format!("SELECT * FROM {table} LIMIT 0"))?;
    }
    Ok(())
}
