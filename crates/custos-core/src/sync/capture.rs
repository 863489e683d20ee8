//! Change capture (docs/TEAM.md, "Capture"): while the vault is in a team, every write
//! transaction runs with a session of SQLite's session extension attached to the synced
//! tables; before the transaction commits, its changeset goes into `sync_outbox` with the
//! write's HLC and sequence number, in the same transaction. Not in a team: no session at all.

use std::sync::Arc;

use rusqlite::fallible_streaming_iterator::FallibleStreamingIterator;
use rusqlite::hooks::Action;
use rusqlite::session::{ChangesetItem, ChangesetIter, Session};
use rusqlite::types::{Value, ValueRef};
use rusqlite::{Connection, OptionalExtension};

use super::clock::{Hlc, HybridClock};
use crate::clock::Clock;
use crate::error::{Error, Result};

/// The tables whose changes travel to the other seats (docs/TEAM.md, "Synced tables").
pub const SYNCED_TABLES: &[&str] = &[
    "contact",
    "contact_point",
    "contact_sensitive_field",
    "tag",
    "contact_tag",
    "conversation",
    "message",
    "message_attachment",
    "purpose",
    "purpose_recipient",
    "consent_wording",
    "purpose_wording_version",
    "consent_event",
    "objection",
    "request",
    "request_action",
    "retention_rule",
    "retention_hold",
    "company_profile",
    "staff_address",
    "closure_day",
    "contact_merge",
    // Cards, points and tags name the import that brought them (an import is still undone
    // only on the seat that made it, and its undo travels as deletions).
    "contact_import",
    "contact_import_fill",
    "operator",
    "audit_entry",
];

/// Whether the vault is in a team (it has a team id).
pub(crate) fn in_team(c: &Connection) -> Result<bool> {
    Ok(c.prepare_cached("SELECT 1 FROM vault_meta WHERE key = 'team_id'")?.exists([])?)
}

/// A write's capture: the session recording the synced tables.
pub(crate) struct Capture<'c> {
    session: Session<'c>,
}

impl<'c> Capture<'c> {
    /// A capture for the next write on `c`, when the vault is in a team; `None` otherwise.
    pub(crate) fn start(c: &'c Connection) -> Result<Option<Capture<'c>>> {
        if !in_team(c)? {
            return Ok(None);
        }
        let mut session = Session::new(c)?;
        for table in SYNCED_TABLES {
            session.attach(Some(*table))?;
        }
        Ok(Some(Capture { session }))
    }

    /// Inside the write's transaction, before it commits: the changeset, if any, into the
    /// outbox with the write's moment and the seat's next sequence number, and the moment
    /// into `field_clock` for every field it wrote.
    pub(crate) fn finish(mut self, c: &Connection, clock: &Arc<dyn Clock>) -> Result<Option<i64>> {
        if self.session.is_empty() {
            return Ok(None);
        }
        let mut changeset = Vec::new();
        self.session.changeset_strm(&mut changeset)?;
        drop(self);
        if changeset.is_empty() {
            return Ok(None);
        }
        let hlc = tick(c, clock)?;
        let sequence: i64 = meta_number(c, "next_sequence")?.unwrap_or(1);
        c.execute(
            "INSERT INTO sync_outbox (sequence, hlc, changeset) VALUES (?1, ?2, ?3)",
            rusqlite::params![sequence, hlc.encode(), changeset],
        )?;
        set_meta(c, "next_sequence", &(sequence + 1).to_string())?;
        record_field_clocks(c, &changeset, hlc)?;
        Ok(Some(sequence))
    }
}

/// The seat's next moment: its clock as stored, moved on by the vault's clock, stored again.
pub(crate) fn tick(c: &Connection, clock: &Arc<dyn Clock>) -> Result<Hlc> {
    let mut hlc = load_clock(c, clock)?;
    let moment = hlc.tick()?;
    set_meta(c, "hlc", &moment.encode())?;
    Ok(moment)
}

/// The seat's clock as stored in `vault_meta`.
pub(crate) fn load_clock(c: &Connection, clock: &Arc<dyn Clock>) -> Result<HybridClock> {
    let last: Option<String> =
        c.prepare_cached("SELECT value FROM vault_meta WHERE key = 'hlc'")?.query_row([], |r| r.get(0)).optional()?;
    let last = last.as_deref().map(Hlc::parse).transpose()?.unwrap_or(Hlc::ZERO);
    Ok(HybridClock::new(last, super::ids::seat_index(c)?, Arc::clone(clock)))
}

pub(crate) fn meta_number(c: &Connection, key: &str) -> Result<Option<i64>> {
    let value: Option<String> =
        c.prepare_cached("SELECT value FROM vault_meta WHERE key = ?1")?.query_row([key], |r| r.get(0)).optional()?;
    value
        .map(|v| v.parse::<i64>().map_err(|_| Error::Internal(format!("vault_meta {key} is not a number: {v:?}"))))
        .transpose()
}

pub(crate) fn set_meta(c: &Connection, key: &str, value: &str) -> Result<()> {
    c.prepare_cached(
        "INSERT INTO vault_meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    )?
    .execute([key, value])?;
    Ok(())
}

/// What one change of a changeset is about: its table, its row's key as text, and the
/// columns it writes (every column for an insert; none for a delete).
pub(crate) struct Change {
    pub table: String,
    pub action: Action,
    pub row_key: String,
    /// The primary key's columns and values.
    pub key: Vec<(usize, Value)>,
    pub columns: Vec<usize>,
    /// The new values of `columns`, in their order.
    pub values: Vec<Value>,
}

/// The changes of a changeset, in order.
pub(crate) fn changes(changeset: &[u8]) -> Result<Vec<Change>> {
    let mut input: &[u8] = changeset;
    let reader: &mut dyn std::io::Read = &mut input;
    let mut iter = ChangesetIter::start_strm(&reader)?;
    let mut out = Vec::new();
    while let Some(item) = iter.next()? {
        out.push(change_of(item)?);
    }
    Ok(out)
}

/// One change, as the iterator or the conflict handler sees it.
pub(crate) fn change_of(item: &ChangesetItem) -> Result<Change> {
    let op = item.op()?;
    let (table, action, n) = (op.table_name().to_owned(), op.code(), op.number_of_columns() as usize);
    let pk = item.pk()?.to_vec();
    let key_value = |i: usize| match action {
        Action::SQLITE_INSERT => item.new_value(i),
        _ => item.old_value(i),
    };
    let mut key = Vec::new();
    for (i, is_pk) in pk.iter().enumerate() {
        if *is_pk != 0 {
            key.push((i, owned(key_value(i)?)));
        }
    }
    let columns: Vec<usize> = match action {
        Action::SQLITE_INSERT => (0..n).filter(|i| pk.get(*i) == Some(&0)).collect(),
        // An update carries the columns it changed; the others read as absent.
        Action::SQLITE_UPDATE => (0..n).filter(|i| pk.get(*i) == Some(&0) && item.new_value(*i).is_ok()).collect(),
        _ => Vec::new(),
    };
    let values = columns.iter().map(|i| item.new_value(*i).map(owned)).collect::<rusqlite::Result<_>>()?;
    let row_key = key.iter().map(|(_, v)| value_text(v)).collect::<Vec<_>>().join("\u{1f}");
    Ok(Change { table, action, row_key, key, columns, values })
}

/// A value of a changeset, owned.
pub(crate) fn owned(v: ValueRef<'_>) -> Value {
    match v {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::Integer(i),
        ValueRef::Real(f) => Value::Real(f),
        ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => Value::Blob(b.to_vec()),
    }
}

fn value_text(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::Integer(i) => i.to_string(),
        Value::Real(f) => f.to_string(),
        Value::Text(t) => t.clone(),
        Value::Blob(b) => hex::encode(b),
    }
}

/// Notes `hlc` as the last writer of every field `changeset` updates (a deleted row's fields
/// are forgotten).
pub(crate) fn record_field_clocks(c: &Connection, changeset: &[u8], hlc: Hlc) -> Result<()> {
    let mut upsert = c.prepare_cached(
        "INSERT INTO field_clock (table_name, row_key, column_no, hlc) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (table_name, row_key, column_no) DO UPDATE SET hlc = max(hlc, excluded.hlc)",
    )?;
    let mut forget = c.prepare_cached("DELETE FROM field_clock WHERE table_name = ?1 AND row_key = ?2")?;
    let text = hlc.encode();
    for change in changes(changeset)? {
        match change.action {
            Action::SQLITE_DELETE => {
                forget.execute([&change.table, &change.row_key])?;
                continue;
            }
            // A row's first values race nothing: only an update of a field can meet another.
            Action::SQLITE_UPDATE => {}
            _ => continue,
        }
        for column in change.columns {
            upsert.execute(rusqlite::params![change.table, change.row_key, column as i64, text])?;
        }
    }
    Ok(())
}
