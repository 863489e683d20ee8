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
        if changeset.is_empty() {
            return Ok(None);
        }
        let changes = changes(&changeset)?;
        let (erased, restricted) = standing_changes(c, &changes)?;
        // An erasure travels as a patchset: its deletions name rows by key only and its card
        // update carries new values only, so the file holds nothing of the person (docs/TEAM.md).
        let stored = if !erased.is_empty() {
            let mut patchset = Vec::new();
            self.session.patchset_strm(&mut patchset)?;
            with_snapshots(c, &patchset, &erased, true)?
        } else if !restricted.is_empty() {
            with_snapshots(c, &changeset, &restricted, false)?
        } else {
            changeset.clone()
        };
        drop(self);
        let hlc = tick(c, clock)?;
        let sequence: i64 = meta_number(c, "next_sequence")?.unwrap_or(1);
        let contacts = contacts_of(c, &changes)?;
        c.execute(
            "INSERT INTO sync_outbox (sequence, hlc, changeset, contacts, erases) VALUES (?1, ?2, ?3, ?4, ?5)",
            rusqlite::params![
                sequence,
                hlc.encode(),
                stored,
                serde_json::to_string(&contacts)?,
                serde_json::to_string(&erased)?
            ],
        )?;
        set_meta(c, "next_sequence", &(sequence + 1).to_string())?;
        let seat: String = c.query_row("SELECT value FROM vault_meta WHERE key = 'seat_id'", [], |r| r.get(0))?;
        for id in &erased {
            note_erasure(c, *id, &seat, sequence)?;
        }
        // The stored changes: a restriction's or an erasure's snapshot writes every field.
        record_field_clocks(c, &stored, hlc, &Default::default())?;
        Ok(Some(sequence))
    }
}

/// Notes that the change file `(seat, sequence)` erases contact `id` (the first such file).
pub(crate) fn note_erasure(c: &Connection, id: i64, seat: &str, sequence: i64) -> Result<()> {
    c.prepare_cached(
        "INSERT INTO sync_erasure (contact_id, seat, sequence, erased_at)
         SELECT id, ?2, ?3, coalesce(erased_at, '') FROM contact WHERE id = ?1 ON CONFLICT (contact_id) DO NOTHING",
    )?
    .execute(rusqlite::params![id, seat, sequence])?;
    Ok(())
}

/// The cards a changeset erases and those it restricts (its card updates that set `standing`).
pub(crate) fn standing_changes(c: &Connection, changes: &[Change]) -> Result<(Vec<i64>, Vec<i64>)> {
    let (mut erased, mut restricted) = (Vec::new(), Vec::new());
    let Some(standing) = column_names(c, "contact")?.iter().position(|n| n == "standing") else {
        return Ok((erased, restricted));
    };
    for change in changes.iter().filter(|ch| ch.table == "contact" && ch.action == Action::SQLITE_UPDATE) {
        let Some((_, Value::Integer(id))) = change.key.first() else { continue };
        match change.new_value(standing) {
            Some(Value::Text(t)) if t == "erased" => erased.push(*id),
            Some(Value::Text(t)) if t == "restricted" => restricted.push(*id),
            _ => {}
        }
    }
    Ok((erased, restricted))
}

/// A column's names, in order.
pub(crate) fn column_names(c: &Connection, table: &str) -> Result<Vec<String>> {
    crate::vault::rows(c.prepare_cached(&format!("PRAGMA table_info(\"{table}\")"))?.query_map([], |r| r.get(1))?)
}

/// A card's count of its conversations: recounted on every seat after an apply, never in a
/// restriction's snapshot.
const DERIVED: &[&str] = &["conversations"];

/// A restriction's changeset, or an erasure's patchset, with every field of each card it
/// restricts or erases as it is now, as new values without old ones: another seat that
/// applies it sets the card to what this seat has, so an edit made there concurrently does not
/// survive the restriction or the erasure (docs/TEAM.md, "Apply and conflicts"). Built in
/// SQLite's changeset or patchset format (one table header, one UPDATE record per card) and
/// merged by SQLite's own `sqlite3changeset_concat`. A restriction leaves out the count of
/// the card's conversations (each seat counts its own); an erased card has none, so all go.
fn with_snapshots(c: &Connection, changeset: &[u8], cards: &[i64], patchset: bool) -> Result<Vec<u8>> {
    let names = column_names(c, "contact")?;
    let mut snapshot = vec![if patchset { b'P' } else { b'T' }];
    put_varint(&mut snapshot, names.len() as u64);
    snapshot.extend(names.iter().map(|n| u8::from(n == "id")));
    snapshot.extend_from_slice(b"contact\0");
    let mut stmt = c.prepare_cached("SELECT * FROM contact WHERE id = ?1")?;
    for id in cards {
        let row: Vec<Value> = stmt.query_row([id], |r| (0..names.len()).map(|i| r.get::<_, Value>(i)).collect())?;
        // SQLITE_UPDATE, direct. A changeset's old record: the key only; a patchset has none.
        snapshot.extend_from_slice(&[23, 0]);
        if !patchset {
            for (name, value) in names.iter().zip(&row) {
                put_value(&mut snapshot, (name == "id").then_some(value));
            }
        }
        // The new record: every field but the key (a patchset's holds the key too).
        for (name, value) in names.iter().zip(&row) {
            let field = if name == "id" { patchset } else { patchset || !DERIVED.contains(&name.as_str()) };
            put_value(&mut snapshot, field.then_some(value));
        }
    }
    let mut out = Vec::new();
    let (mut a, mut b): (&[u8], &[u8]) = (changeset, &snapshot);
    rusqlite::session::concat_strm(&mut a, &mut b, &mut out)?;
    Ok(out)
}

/// One value of a changeset record (SQLite's session format); `None` is "undefined".
fn put_value(out: &mut Vec<u8>, value: Option<&Value>) {
    match value {
        None => out.push(0),
        Some(Value::Integer(i)) => {
            out.push(1);
            out.extend_from_slice(&i.to_be_bytes());
        }
        Some(Value::Real(f)) => {
            out.push(2);
            out.extend_from_slice(&f.to_bits().to_be_bytes());
        }
        Some(Value::Text(t)) => {
            out.push(3);
            put_varint(out, t.len() as u64);
            out.extend_from_slice(t.as_bytes());
        }
        Some(Value::Blob(b)) => {
            out.push(4);
            put_varint(out, b.len() as u64);
            out.extend_from_slice(b);
        }
        Some(Value::Null) => out.push(5),
    }
}

/// SQLite's variable-length integer (big-endian groups of 7 bits) for lengths below 2⁵⁶.
fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    let mut groups = vec![(v & 0x7f) as u8];
    v >>= 7;
    while v > 0 {
        groups.push((v & 0x7f) as u8 | 0x80);
        v >>= 7;
    }
    out.extend(groups.iter().rev());
}

/// The contacts whose personal data a changeset holds: its cards, the rows that name a card
/// (points, tags, sensitive marks, conversations, consent and objection evidence, holds,
/// requests, import notes, merges), messages and attachments through their conversation, and
/// audit entries about a card. Read inside the write's transaction, where every row is.
fn contacts_of(c: &Connection, changes: &[Change]) -> Result<Vec<i64>> {
    let mut out = std::collections::BTreeSet::new();
    let mut conversation_of = c.prepare_cached("SELECT conversation_id FROM message WHERE id = ?1")?;
    let mut contact_of_conversation = c.prepare_cached("SELECT contact_id FROM conversation WHERE id = ?1")?;
    let mut conversations_deleted: std::collections::HashMap<i64, i64> = Default::default();
    let mut messages_deleted: std::collections::HashMap<i64, i64> = Default::default();
    let mut names: std::collections::HashMap<String, Vec<String>> = Default::default();
    for change in changes {
        if !names.contains_key(&change.table) {
            names.insert(change.table.clone(), column_names(c, &change.table)?);
        }
        let cols = &names[&change.table];
        let value = |name: &str| change.value_named(cols, name);
        let first = change.int_key();
        if change.table == "conversation"
            && let (Some(id), Some(Value::Integer(who))) = (first, value("contact_id"))
        {
            conversations_deleted.insert(id, who);
        }
        if change.table == "message"
            && let (Some(id), Some(Value::Integer(v))) = (first, value("conversation_id"))
        {
            messages_deleted.insert(id, v);
        }
    }
    for change in changes {
        let cols = &names[&change.table];
        let value = |name: &str| change.value_named(cols, name);
        let first = change.int_key();
        let by_key = |column: &str| -> Result<Option<i64>> {
            let Some(id) = first else { return Ok(None) };
            if let Some(Value::Integer(v)) = value(column) {
                return Ok(Some(v));
            }
            let sql = format!("SELECT \"{column}\" FROM \"{}\" WHERE rowid = ?1", change.table);
            Ok(c.prepare_cached(&sql)?.query_row([id], |r| r.get::<_, Option<i64>>(0)).optional()?.flatten())
        };
        let mut conversation = |v: i64| -> Result<Option<i64>> {
            Ok(contact_of_conversation
                .query_row([v], |r| r.get(0))
                .optional()?
                .or(conversations_deleted.get(&v).copied()))
        };
        match change.table.as_str() {
            "contact" => out.extend(first),
            "contact_merge" => {
                out.extend(first);
                out.extend(by_key("kept_id")?);
            }
            "contact_point" | "conversation" | "consent_event" | "objection" | "request" | "retention_hold" => {
                out.extend(by_key("contact_id")?)
            }
            "contact_sensitive_field" | "contact_tag" | "contact_import_fill" => {
                if let Some(Value::Integer(v)) = value("contact_id") {
                    out.insert(v);
                }
            }
            "message" => {
                let v = match by_key("conversation_id")? {
                    Some(v) => Some(v),
                    None => first.and_then(|m| messages_deleted.get(&m).copied()),
                };
                if let Some(v) = v {
                    out.extend(conversation(v)?);
                }
            }
            "message_attachment" => {
                let message = first;
                let v = match message {
                    Some(m) => conversation_of
                        .query_row([m], |r| r.get::<_, i64>(0))
                        .optional()?
                        .or(messages_deleted.get(&m).copied()),
                    None => None,
                };
                if let Some(v) = v {
                    out.extend(conversation(v)?);
                }
            }
            "audit_entry" => {
                if value("target_kind") == Some(Value::Text("contact".into()))
                    && let Some(Value::Text(id)) = value("target_id")
                    && let Ok(id) = id.parse::<i64>()
                {
                    out.insert(id);
                }
            }
            _ => {}
        }
    }
    Ok(out.into_iter().collect())
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
    /// The old values the change carries (a deletion's whole row, an update's changed
    /// columns), by column.
    pub old: Vec<(usize, Value)>,
}

impl Change {
    /// The new value of column `i`, if the change writes it.
    pub(crate) fn new_value(&self, i: usize) -> Option<&Value> {
        self.columns.iter().position(|c| *c == i).and_then(|p| self.values.get(p))
    }

    /// The old value of column `i`, if the change carries it (its key's included).
    pub(crate) fn old_value(&self, i: usize) -> Option<&Value> {
        self.key.iter().chain(&self.old).find(|(c, _)| *c == i).map(|(_, v)| v)
    }

    /// The row's integer key (every synced table's first key column is its integer id).
    pub(crate) fn int_key(&self) -> Option<i64> {
        match self.key.first() {
            Some((_, Value::Integer(i))) => Some(*i),
            _ => None,
        }
    }

    /// The value of the column called `name` (of the table's `columns`): new if the change
    /// writes it, else old.
    pub(crate) fn value_named(&self, columns: &[String], name: &str) -> Option<Value> {
        let i = columns.iter().position(|n| n == name)?;
        self.new_value(i).or_else(|| self.old_value(i)).cloned()
    }
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
    let mut old = Vec::new();
    if action != Action::SQLITE_INSERT {
        for i in (0..n).filter(|i| pk.get(*i) == Some(&0)) {
            if let Ok(v) = item.old_value(i) {
                old.push((i, owned(v)));
            }
        }
    }
    let row_key = key.iter().map(|(_, v)| value_text(v)).collect::<Vec<_>>().join("\u{1f}");
    Ok(Change { table, action, row_key, key, columns, values, old })
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
/// Changes in `skip` (table, row key) were omitted and note nothing.
pub(crate) fn record_field_clocks(
    c: &Connection,
    changeset: &[u8],
    hlc: Hlc,
    skip: &std::collections::BTreeSet<(String, String)>,
) -> Result<()> {
    let mut upsert = c.prepare_cached(
        "INSERT INTO field_clock (table_name, row_key, column_no, hlc) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (table_name, row_key, column_no) DO UPDATE SET hlc = max(hlc, excluded.hlc)",
    )?;
    let mut forget = c.prepare_cached("DELETE FROM field_clock WHERE table_name = ?1 AND row_key = ?2")?;
    let text = hlc.encode();
    for change in changes(changeset)? {
        if skip.contains(&(change.table.clone(), change.row_key.clone())) {
            continue;
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_are_sqlites() {
        let enc = |v: u64| {
            let mut out = Vec::new();
            put_varint(&mut out, v);
            out
        };
        assert_eq!(enc(0), [0x00]);
        assert_eq!(enc(127), [0x7f]);
        assert_eq!(enc(128), [0x81, 0x00]);
        assert_eq!(enc(300), [0x82, 0x2c]);
        assert_eq!(enc(16_384), [0x81, 0x80, 0x00]);
    }
}
