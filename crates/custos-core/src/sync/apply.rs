//! Apply (docs/TEAM.md, "Apply and conflicts"): the other seats' change files, each in one
//! transaction of its own (no session: nothing applied is captured again), in HLC order, with
//! the session extension's conflict handler deciding by TEAM.md's table; then the search
//! index of the contacts they touched, `field_clock`, the seat's clock and `sync_applied`.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex};

use rusqlite::hooks::Action;
use rusqlite::session::{ConflictAction, ConflictType};
use rusqlite::types::Value;
use rusqlite::{Connection, Transaction};

use super::capture::{self, Change, SYNCED_TABLES};
use super::clock::Hlc;
use super::files::{self, Header};
use crate::clock::Clock;
use crate::error::{Error, Result};
use crate::why::Why;

/// What a receive did.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Received {
    /// Change files applied, as `(seat id, sequence)`, in the order applied.
    pub applied: Vec<(String, i64)>,
    /// Changes kept aside in `sync_problem` for a person (never dropped silently).
    pub problems: usize,
}

/// A conflict the handler met, for after the apply.
#[derive(Debug)]
struct Met {
    kind: &'static str,
    table: String,
    row_key: String,
}

impl crate::Vault {
    /// Applies every change file of the other seats that has arrived in the shared folder and
    /// was not applied yet: each seat's files in sequence order (a missing number waits), all
    /// of them in HLC order. A file that is tampered with, cut short or foreign is refused with
    /// an error naming it, after the other seats' files: nothing of it is applied, and its
    /// seat's later files wait for it.
    pub fn team_receive(&self) -> Result<Received> {
        let team = self.team()?.ok_or_else(|| Error::refused(Why::NotInTeam {}))?;
        let key = self.team_key()?;
        let mut pending: Vec<(Hlc, Header, Vec<u8>)> = Vec::new();
        let mut refused: Option<Error> = None;
        let entries = std::fs::read_dir(&team.folder).map_err(|e| Error::io(&team.folder, e))?;
        let mut seats: Vec<String> = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|e| Error::io(&team.folder, e))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let is_seat = name.len() == 32 && name.bytes().all(|b| b.is_ascii_hexdigit());
            if is_seat && name != team.seat.id && entry.path().is_dir() {
                seats.push(name);
            }
        }
        seats.sort();
        for seat in seats {
            let done: Option<i64> = self.read(|c| {
                Ok(c.query_row("SELECT max(sequence) FROM sync_applied WHERE seat = ?1", [&seat], |r| r.get(0))?)
            })?;
            let mut sequence = done.unwrap_or(0) + 1;
            loop {
                let path = files::path_of(&team.folder, &seat, sequence);
                if !path.exists() {
                    break;
                }
                match files::read(&path, &key, &team.id, &seat, sequence) {
                    Ok((header, changeset)) => {
                        pending.push((Hlc::parse(&header.hlc)?, header, changeset));
                    }
                    Err(e) => {
                        refused.get_or_insert(e);
                        break;
                    }
                }
                sequence += 1;
            }
        }
        pending.sort_by(|a, b| (a.0, &a.1.seat, a.1.sequence).cmp(&(b.0, &b.1.seat, b.1.sequence)));
        let mut received = Received::default();
        for (hlc, header, changeset) in pending {
            received.problems += self.apply_transaction(|tx| apply_file(tx, &header, hlc, &changeset, self.clock()))?;
            received.applied.push((header.seat, header.sequence));
        }
        match refused {
            Some(e) => Err(e),
            None => Ok(received),
        }
    }
}

/// Applies one change file in `tx`; returns how many changes were kept aside as problems.
fn apply_file(
    tx: &Transaction<'_>,
    header: &Header,
    hlc: Hlc,
    changeset: &[u8],
    clock: &Arc<dyn Clock>,
) -> Result<usize> {
    let changes = capture::changes(changeset)?;
    if let Some(c) = changes.iter().find(|c| !SYNCED_TABLES.contains(&c.table.as_str())) {
        return Err(Error::Internal(format!("a change file changes {}, which is not synced", c.table)));
    }
    let met: Arc<Mutex<Vec<Met>>> = Arc::default();
    let seen = Arc::clone(&met);
    let handler = move |kind: ConflictType, item: rusqlite::session::ChangesetItem| -> ConflictAction {
        // A broken reference is met once the whole changeset is in, with no change at hand:
        // asking for one then reads a null table name.
        if kind == ConflictType::SQLITE_CHANGESET_FOREIGN_KEY {
            let mut seen = seen.lock().unwrap_or_else(|p| p.into_inner());
            seen.push(Met { kind: "foreign_key", table: String::new(), row_key: String::new() });
            return ConflictAction::SQLITE_CHANGESET_ABORT;
        }
        let op = capture::change_of(&item);
        let note = |what: &'static str| {
            if let Ok(change) = &op {
                let mut seen = seen.lock().unwrap_or_else(|p| p.into_inner());
                seen.push(Met { kind: what, table: change.table.clone(), row_key: change.row_key.clone() });
            }
        };
        match kind {
            // The row is not as the other seat last saw it.
            ConflictType::SQLITE_CHANGESET_DATA => match op.as_ref().map(|c| c.action) {
                // A deletion wins over a change made here.
                Ok(Action::SQLITE_DELETE) => ConflictAction::SQLITE_CHANGESET_REPLACE,
                // Field by field after the apply: the later HLC wins each field.
                _ => {
                    note("data");
                    ConflictAction::SQLITE_CHANGESET_OMIT
                }
            },
            // Deleted here: the deletion wins (an update or a deletion of it is omitted).
            ConflictType::SQLITE_CHANGESET_NOTFOUND => ConflictAction::SQLITE_CHANGESET_OMIT,
            // The row's key is taken already: the same row (a wording, a tag on a card) is
            // nothing to do; a different one is for a person.
            ConflictType::SQLITE_CHANGESET_CONFLICT => {
                let same = op.as_ref().is_ok_and(|c| {
                    c.columns
                        .iter()
                        .zip(&c.values)
                        .all(|(i, v)| item.conflict(*i).map(capture::owned).ok().as_ref() == Some(v))
                });
                if !same {
                    note("conflict");
                }
                ConflictAction::SQLITE_CHANGESET_OMIT
            }
            ConflictType::SQLITE_CHANGESET_CONSTRAINT => {
                note("constraint");
                ConflictAction::SQLITE_CHANGESET_OMIT
            }
            // Not a kind SQLite has: nothing of the file is applied here.
            _ => {
                note("unknown");
                ConflictAction::SQLITE_CHANGESET_ABORT
            }
        }
    };
    let mut input: &[u8] = changeset;
    let outcome = tx.apply_strm(&mut input, None::<fn(&str) -> bool>, handler);
    let met = std::mem::take(&mut *met.lock().unwrap_or_else(|p| p.into_inner()));
    let now = crate::ts::format(clock.now());
    let mut problem = tx.prepare_cached(
        "INSERT INTO sync_problem (id, seat, sequence, table_name, conflict, changeset, found_at)
         VALUES ((SELECT coalesce(max(id), 0) + 1 FROM sync_problem), ?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    let mut problems = 0;
    match outcome {
        Ok(()) => {}
        Err(_) if met.iter().any(|m| m.kind == "foreign_key") => {
            problem.execute(rusqlite::params![header.seat, header.sequence, "", "foreign_key", changeset, now])?;
            finish(tx, header, hlc, clock, &now)?;
            return Ok(1);
        }
        Err(e) => return Err(e.into()),
    }
    let erased = erased_contacts(tx)?;
    for m in &met {
        if m.kind == "data" {
            let Some(change) = changes.iter().find(|c| c.table == m.table && c.row_key == m.row_key) else {
                continue;
            };
            // An erasure wins over every concurrent edit.
            if change.table == "contact" && erased.contains(&m.row_key) {
                continue;
            }
            later_fields_win(tx, change, hlc)?;
        } else {
            problem.execute(rusqlite::params![header.seat, header.sequence, m.table, m.kind, changeset, now])?;
            problems += 1;
        }
    }
    capture::record_field_clocks(tx, changeset, hlc)?;
    reindex(tx, &changes)?;
    finish(tx, header, hlc, clock, &now)?;
    Ok(problems)
}

/// The seat's clock moves past the file's moment; the file is noted as applied.
fn finish(tx: &Connection, header: &Header, hlc: Hlc, clock: &Arc<dyn Clock>, now: &str) -> Result<()> {
    let mut own = capture::load_clock(tx, clock)?;
    let seen = own.observe(hlc)?;
    capture::set_meta(tx, "hlc", &seen.encode())?;
    tx.execute(
        "INSERT INTO sync_applied (seat, sequence, hlc, applied_at) VALUES (?1, ?2, ?3, ?4)",
        rusqlite::params![header.seat, header.sequence, header.hlc, now],
    )?;
    Ok(())
}

fn erased_contacts(c: &Connection) -> Result<BTreeSet<String>> {
    let ids: Vec<i64> = crate::vault::rows(
        c.prepare_cached("SELECT id FROM contact WHERE standing = 'erased'")?.query_map([], |r| r.get(0))?,
    )?;
    Ok(ids.into_iter().map(|i| i.to_string()).collect())
}

/// An update that met a row changed here: each field it writes is written when its moment is
/// later than the field's last writer here (or nobody wrote it here since the row came).
fn later_fields_win(c: &Connection, change: &Change, hlc: Hlc) -> Result<()> {
    let names = column_names(c, &change.table)?;
    let mut clock =
        c.prepare_cached("SELECT hlc FROM field_clock WHERE table_name = ?1 AND row_key = ?2 AND column_no = ?3")?;
    let mut sets = Vec::new();
    let mut params: Vec<Value> = Vec::new();
    for (column, value) in change.columns.iter().zip(&change.values) {
        let here: Option<String> = rusqlite::OptionalExtension::optional(
            clock.query_row(rusqlite::params![change.table, change.row_key, *column as i64], |r| r.get(0)),
        )?;
        let here = here.as_deref().map(Hlc::parse).transpose()?;
        if here.is_none_or(|h| hlc > h) {
            let name =
                names.get(*column).ok_or_else(|| Error::Internal(format!("{}: no column {column}", change.table)))?;
            params.push(value.clone());
            sets.push(format!("\"{name}\" = ?{}", params.len()));
        }
    }
    if sets.is_empty() {
        return Ok(());
    }
    let mut wheres = Vec::new();
    for (column, value) in &change.key {
        let name =
            names.get(*column).ok_or_else(|| Error::Internal(format!("{}: no column {column}", change.table)))?;
        params.push(value.clone());
        wheres.push(format!("\"{name}\" = ?{}", params.len()));
    }
    // Table and column names come from the schema (a synced table, checked before).
    let sql = format!("UPDATE \"{}\" SET {} WHERE {}", change.table, sets.join(", "), wheres.join(" AND "));
    c.execute(&sql, rusqlite::params_from_iter(params))?;
    Ok(())
}

fn column_names(c: &Connection, table: &str) -> Result<Vec<String>> {
    crate::vault::rows(c.prepare(&format!("PRAGMA table_info(\"{table}\")"))?.query_map([], |r| r.get(1))?)
}

/// Brings the search index up to date for what the changes touched: cards (by their own
/// rows, points, tags and sensitive marks) and messages.
fn reindex(c: &Connection, changes: &[Change]) -> Result<()> {
    let mut contacts: BTreeSet<i64> = BTreeSet::new();
    let mut messages: HashMap<i64, bool> = HashMap::new();
    let mut point_of = c.prepare_cached("SELECT contact_id FROM contact_point WHERE id = ?1")?;
    for change in changes {
        let first = match change.key.first() {
            Some((_, Value::Integer(i))) => *i,
            _ => continue,
        };
        match change.table.as_str() {
            "contact" | "contact_tag" | "contact_sensitive_field" => {
                contacts.insert(first);
            }
            "contact_point" => {
                let owner: Option<i64> =
                    rusqlite::OptionalExtension::optional(point_of.query_row([first], |r| r.get(0)))?;
                contacts.extend(owner);
            }
            "message" => {
                messages.insert(first, change.action != Action::SQLITE_DELETE);
            }
            _ => {}
        }
    }
    for id in contacts {
        let standing: Option<String> = rusqlite::OptionalExtension::optional(c.query_row(
            "SELECT standing FROM contact WHERE id = ?1",
            [id],
            |r| r.get(0),
        ))?;
        match standing.as_deref() {
            Some("active") | Some("restricted") => crate::search::index_contact(c, &crate::contacts::load(c, id)?)?,
            _ => crate::search::unindex_contact(c, id)?,
        }
    }
    for (id, present) in messages {
        c.execute("DELETE FROM search_fts WHERE rowid = ?1", [id])?;
        if present {
            let body: Option<String> = rusqlite::OptionalExtension::optional(c.query_row(
                "SELECT body FROM message WHERE id = ?1",
                [id],
                |r| r.get(0),
            ))?;
            if let Some(body) = body.filter(|b| !b.trim().is_empty()) {
                crate::search::index_message(c, id, &body)?;
            }
        }
    }
    Ok(())
}
