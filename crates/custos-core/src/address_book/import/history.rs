//! The imports made into a vault, for "Undo this import": where each came from, when, whether
//! it was undone, and how many of its cards are still there. `contact_import.source` holds
//! the import's [`DataSource`] as JSON (`{"kind":"third_party","name":"…"}`).

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::contacts::DataSource;
use crate::error::Result;
use crate::ts::{self, Ts};

use super::ImportId;

/// An import as listed for "Undo this import".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ImportRecord {
    pub id: ImportId,
    pub source: DataSource,
    pub created_at: DateTime<Utc>,
    pub undone_at: Option<DateTime<Utc>>,
    /// The cards it created that are still in the vault.
    pub cards: u64,
}

/// The imports, newest first.
pub(super) fn list(c: &rusqlite::Connection) -> Result<Vec<ImportRecord>> {
    let mut stmt = c.prepare(
        "SELECT i.id, i.source, i.created_at, i.undone_at,
                (SELECT count(*) FROM contact k INDEXED BY contact_by_import WHERE k.import_id = i.id)
         FROM contact_import i ORDER BY i.id DESC",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((r.get::<_, ImportId>(0)?, r.get::<_, String>(1)?, r.get::<_, Ts>(2)?, r.get(3)?, r.get::<_, i64>(4)?))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, source, created_at, undone_at, cards) = row?;
        out.push(ImportRecord {
            id,
            source: serde_json::from_str(&source)?,
            created_at: created_at.0,
            undone_at: ts::opt(undone_at),
            cards: cards as u64,
        });
    }
    Ok(out)
}
