//! Apply (docs/TEAM.md, "Apply and conflicts"): the other seats' change files in HLC order,
//! several to a transaction (no session: nothing applied is captured again; at most
//! [`BatchLimits::DEFAULT`] files and bytes each), each file with the session extension's
//! conflict handler deciding by TEAM.md's table, then its `field_clock`, the seat's clock and
//! `sync_applied`; the search index of what a batch touched once at its end.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex};

use rusqlite::hooks::Action;
use rusqlite::session::{ConflictAction, ConflictType};
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Transaction};

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
        let (received, refused) = self.receive()?;
        match refused.into_iter().next() {
            Some((_, e)) => Err(e),
            None => Ok(received),
        }
    }

    /// [`team_receive`](Self::team_receive), with each refused file and why instead of the
    /// first refusal as the error.
    pub(crate) fn receive(&self) -> Result<(Received, Vec<(std::path::PathBuf, Error)>)> {
        self.receive_in_batches(BatchLimits::DEFAULT)
    }

    /// [`team_receive`](Self::team_receive) with batches of at most `files` files (1: one
    /// transaction per file), for tests that compare batched and file-by-file applies.
    #[doc(hidden)]
    pub fn team_receive_in_batches_of(&self, files: usize) -> Result<Received> {
        let (received, refused) = self.receive_in_batches(BatchLimits { files, ..BatchLimits::DEFAULT })?;
        match refused.into_iter().next() {
            Some((_, e)) => Err(e),
            None => Ok(received),
        }
    }

    fn receive_in_batches(&self, limits: BatchLimits) -> Result<(Received, Vec<(std::path::PathBuf, Error)>)> {
        let team = self.team()?.ok_or_else(|| Error::refused(Why::NotInTeam {}))?;
        // Newer keys first (refused for a removed seat); the team as they leave it.
        let key = self.refresh_team_keys(&team)?;
        let team = self.team()?.ok_or_else(|| Error::refused(Why::NotInTeam {}))?;
        let mut pending: Vec<Pending> = Vec::new();
        let mut refused = Vec::new();
        // Every other seat, a removed one's files up to the last that counts (what the seat
        // that removed it had applied): those it wrote after are never applied.
        let seats = super::all_seats(&team.folder)?.into_iter().filter(|s| *s != team.seat.id);
        for seat in seats {
            let last = team.removed.get(&seat).copied().unwrap_or(i64::MAX);
            let done: Option<i64> = self.read(|c| {
                Ok(c.query_row("SELECT max(sequence) FROM sync_applied WHERE seat = ?1", [&seat], |r| r.get(0))?)
            })?;
            let mut sequence = done.unwrap_or(0) + 1;
            while sequence <= last {
                let path = files::path_of(&team.folder, &seat, sequence);
                if !path.exists() {
                    break;
                }
                // Written under a key this seat does not have yet (its key file has not
                // arrived): it waits, as a file not arrived does.
                if files::peek(&path, files::Kind::Changes).is_some_and(|h| key.get(h.epoch).is_none()) {
                    break;
                }
                match files::read(&path, &key, &team.id, &seat, sequence) {
                    Ok((header, changeset)) => {
                        pending.push((Hlc::parse(&header.hlc)?, header, changeset));
                    }
                    Err(e) => {
                        refused.push((path, e));
                        break;
                    }
                }
                sequence += 1;
            }
        }
        pending.sort_by(|a, b| (a.0, &a.1.seat, a.1.sequence).cmp(&(b.0, &b.1.seat, b.1.sequence)));
        let mut received = Received::default();
        let mut erased = false;
        let mut rest: &[Pending] = &pending;
        while !rest.is_empty() {
            let batch = &rest[..batch_len(rest, limits)];
            rest = &rest[batch.len()..];
            let outcomes = match self.apply_transaction(|tx| apply_batch(tx, batch, self.clock())) {
                Ok(outcomes) => outcomes,
                // Nothing of the batch was applied (its transaction rolled back): its files
                // again, one transaction each, as before batching. The files before the one
                // that fails are applied; that one's error ends the receive.
                Err(_) if batch.len() > 1 => {
                    let mut outcomes = Vec::with_capacity(batch.len());
                    for file in batch {
                        outcomes.extend(
                            self.apply_transaction(|tx| apply_batch(tx, std::slice::from_ref(file), self.clock()))?,
                        );
                    }
                    outcomes
                }
                Err(e) => return Err(e),
            };
            for ((_, header, _), outcome) in batch.iter().zip(outcomes) {
                received.problems += outcome.problems;
                erased |= outcome.erased;
                received.applied.push((header.seat.clone(), header.sequence));
            }
        }
        if erased {
            // The same clean-up as a local erasure: the index merged, the log emptied.
            self.apply_transaction(|tx| {
                tx.execute("INSERT INTO search_fts (search_fts) VALUES ('optimize')", [])?;
                Ok(())
            })?;
            self.empty_write_ahead_log()?;
        }
        Ok((received, refused))
    }
}

/// A change file read, authenticated and decrypted, waiting to be applied: its moment, its
/// header and its changeset.
type Pending = (Hlc, Header, Vec<u8>);

/// How much one transaction applies at most (docs/TEAM.md, "Apply and conflicts").
#[derive(Debug, Clone, Copy)]
struct BatchLimits {
    /// Change files.
    files: usize,
    /// Bytes of changesets (a file larger than this is a batch of its own).
    bytes: usize,
}

impl BatchLimits {
    /// 1,000 single-edit files (~0.8 KB each) take four transactions; a bulk import's file
    /// (~0.44 KB a card) is alone in its batch above ~36,000 cards, so one batch holds the
    /// changesets of at most a few tens of MiB in memory besides what each file's apply needs.
    const DEFAULT: BatchLimits = BatchLimits { files: 256, bytes: 16 << 20 };
}

/// How many of the first files of `pending` go in the next batch (at least one).
fn batch_len(pending: &[Pending], limits: BatchLimits) -> usize {
    let mut bytes = 0usize;
    let mut n = 0;
    for (_, _, changeset) in pending {
        if n > 0 && (n >= limits.files || bytes + changeset.len() > limits.bytes) {
            break;
        }
        bytes += changeset.len();
        n += 1;
    }
    n.max(1)
}

/// Applies `files` in this order in one transaction, each as [`apply_file`] does (a problem
/// kept aside, an erasure, `field_clock`, `sync_applied` per file), then re-indexes what they
/// touched once, in one `search::Batch`.
fn apply_batch(tx: &Transaction<'_>, files: &[Pending], clock: &Arc<dyn Clock>) -> Result<Vec<Outcome>> {
    let mut outcomes = Vec::with_capacity(files.len());
    let mut applied = Vec::new();
    for (hlc, header, changeset) in files {
        outcomes.push(apply_file(tx, header, *hlc, changeset, clock, &mut applied)?);
    }
    reindex(tx, &applied)?;
    Ok(outcomes)
}

/// What applying one file did.
struct Outcome {
    /// Changes kept aside in `sync_problem`.
    problems: usize,
    /// Whether it erased a card or took a person's data off an erased one.
    erased: bool,
}

/// Applies one change file in `tx`.
///
/// Besides the conflict handler's rules (docs/TEAM.md, "Apply and conflicts"): a card
/// erased by the file has the person's rows here removed first (rows the erasing seat did not
/// know, which its deletions would otherwise leave pointing at nothing); an update of a card
/// erased or restricted here that does not itself change the card's standing is undone (the
/// card is written back as it was); and every card erased here that the file touched loses
/// again whatever of the person the file brought (points, messages, fields, evidence).
fn apply_file(
    tx: &Transaction<'_>,
    header: &Header,
    hlc: Hlc,
    changeset: &[u8],
    clock: &Arc<dyn Clock>,
    applied: &mut Vec<Change>,
) -> Result<Outcome> {
    let changes = capture::changes(changeset)?;
    if let Some(c) = changes.iter().find(|c| !SYNCED_TABLES.contains(&c.table.as_str())) {
        return Err(Error::Internal(format!("a change file changes {}, which is not synced", c.table)));
    }
    let contact_columns = capture::column_names(tx, "contact")?;
    let standing_column = contact_columns.iter().position(|n| n == "standing");
    let (erases, _) = capture::standing_changes(tx, &changes)?;
    for id in &erases {
        crate::erasure::remove_personal_rows(tx, *id)?;
    }
    // Cards whose update is omitted here: erased or restricted here, by a change that does not
    // set their standing (an edit, not a restriction, a lift or an erasure).
    let frozen = frozen_cards(tx)?;
    let erased_before = erased_contacts(tx)?;
    let erased_at_column = contact_columns.iter().position(|n| n == "erased_at");
    let mut kept: Vec<(i64, Vec<Value>)> = Vec::new();
    let mut standing_clock = tx.prepare_cached(
        "SELECT hlc FROM field_clock WHERE table_name = 'contact' AND row_key = ?1 AND column_no = ?2",
    )?;
    let mut omitted: BTreeSet<(String, String)> = BTreeSet::new();
    for change in &changes {
        if change.table != "contact" || change.action != Action::SQLITE_UPDATE {
            continue;
        }
        let Some((_, Value::Integer(id))) = change.key.first() else { continue };
        let sets_standing = standing_column.is_some_and(|i| change.new_value(i).is_some());
        // Erased here: nothing changes the card again (not even a restriction that raced the
        // erasure). Restricted here: only a change of its standing does.
        let erased_here = erased_before.contains(&id.to_string());
        // An edit no later than the card's last restriction or lift here was made without
        // knowing of it (a seat that had seen it would have a later clock): it raced the
        // restriction, which wins, even once lifted.
        let before_last_standing = match standing_column {
            Some(column) => standing_clock
                .query_row(rusqlite::params![change.row_key, column as i64], |r| r.get::<_, String>(0))
                .optional()?
                .map(|h| Hlc::parse(&h))
                .transpose()?
                .is_some_and(|at| hlc < at),
            None => false,
        };
        let raced = !sets_standing && before_last_standing;
        // A restriction or lift older than the card's last one here loses to it (the standing
        // is the last writer's, by clock, on every seat); an erasure always goes through.
        let erases_card = standing_column
            .and_then(|i| change.new_value(i))
            .is_some_and(|v| matches!(v, Value::Text(t) if t == "erased"));
        let stale_standing = sets_standing && !erases_card && before_last_standing;
        if erased_here || raced || stale_standing || (frozen.contains(id) && !sets_standing) {
            let mut row: Vec<Value> = tx.query_row("SELECT * FROM contact WHERE id = ?1", [id], |r| {
                (0..contact_columns.len()).map(|i| r.get::<_, Value>(i)).collect()
            })?;
            // Two seats erased the card: the earlier erasure's moment stays, on every seat.
            if erased_here
                && let Some(i) = erased_at_column
                && let Some(Value::Text(theirs)) = change.new_value(i)
                && matches!(row.get(i), Some(Value::Text(ours)) if theirs < ours)
            {
                row[i] = Value::Text(theirs.clone());
                if let Some(u) = contact_columns.iter().position(|n| n == "updated_at") {
                    row[u] = Value::Text(theirs.clone());
                }
            }
            kept.push((*id, row));
            omitted.insert((change.table.clone(), change.row_key.clone()));
        }
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
        "INSERT INTO sync_problem (id, seat, sequence, table_name, conflict, changeset, found_at, row_key, contacts)
         VALUES ((SELECT coalesce(max(id), 0) + 1 FROM sync_problem), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    // The whole file's changeset is kept with a problem, so the people its header names go
    // with it: a row of it may name none of them (a message names its conversation only).
    let people: BTreeSet<i64> = header.contacts.iter().chain(&header.erases).copied().collect();
    let people = serde_json::to_string(&people)?;
    let mut problems = 0;
    match outcome {
        Ok(()) => {}
        Err(_) if met.iter().any(|m| m.kind == "foreign_key") => {
            // A file naming a person erased here is kept aside without its changeset (it holds
            // their data: a message added to a conversation the erasure took away, say).
            let erased_here = erased_contacts(tx)?;
            let theirs = header.contacts.iter().chain(&header.erases).any(|c| erased_here.contains(&c.to_string()));
            let kept: &[u8] = if theirs { &[] } else { changeset };
            problem.execute(rusqlite::params![
                header.seat,
                header.sequence,
                "",
                "foreign_key",
                kept,
                now,
                "",
                people
            ])?;
            finish(tx, header, hlc, clock, &now)?;
            return Ok(Outcome { problems: 1, erased: false });
        }
        Err(e) => return Err(e.into()),
    }
    for (id, row) in &kept {
        restore_card(tx, &contact_columns, *id, row)?;
    }
    for m in &met {
        if m.kind == "data" {
            let Some(change) = changes.iter().find(|c| c.table == m.table && c.row_key == m.row_key) else {
                continue;
            };
            // An erasure or a restriction here wins over every concurrent edit.
            if omitted.contains(&(change.table.clone(), change.row_key.clone())) {
                continue;
            }
            later_fields_win(tx, change, hlc)?;
        } else {
            problem.execute(rusqlite::params![
                header.seat,
                header.sequence,
                m.table,
                m.kind,
                changeset,
                now,
                m.row_key,
                people
            ])?;
            problems += 1;
        }
    }
    capture::record_field_clocks(tx, changeset, hlc, &omitted)?;
    // A restriction or an erasure that went in as it came set the whole card as its seat had
    // it: every field's last writer is now that change, even where an edit here was later
    // (that edit raced it and lost).
    let conflicted: BTreeSet<&str> = met.iter().map(|m| m.row_key.as_str()).collect();
    let mut reset = tx.prepare_cached(
        "INSERT INTO field_clock (table_name, row_key, column_no, hlc) VALUES ('contact', ?1, ?2, ?3)
         ON CONFLICT (table_name, row_key, column_no) DO UPDATE SET hlc = excluded.hlc",
    )?;
    for change in &changes {
        let freezes = standing_column
            .and_then(|i| change.new_value(i))
            .is_some_and(|v| matches!(v, Value::Text(t) if t == "restricted" || t == "erased"));
        if change.table == "contact"
            && freezes
            && !conflicted.contains(change.row_key.as_str())
            && !omitted.contains(&(change.table.clone(), change.row_key.clone()))
        {
            for column in &change.columns {
                reset.execute(rusqlite::params![change.row_key, *column as i64, hlc.encode()])?;
            }
        }
    }
    // Whatever the file brought of a person erased here goes again.
    let erased_here = erased_contacts(tx)?;
    let touched = touched_cards(tx, header, &changes)?;
    let mut erased = !erases.is_empty();
    for id in touched.iter().filter(|id| erased_here.contains(&id.to_string())) {
        crate::erasure::remove_residue(tx, *id)?;
        erased = true;
    }
    // A card's count of conversations follows its conversations here (the count a change
    // carries was made on another seat, where the triggers counted too).
    let mut count = tx.prepare_cached(
        "UPDATE contact SET conversations = (SELECT count(*) FROM conversation WHERE contact_id = ?1)
         WHERE id = ?1 AND conversations IS NOT (SELECT count(*) FROM conversation WHERE contact_id = ?1)",
    )?;
    for id in &touched {
        count.execute([id])?;
    }
    if erased {
        forget_problems_of_erased(tx)?;
    }
    for id in &erases {
        capture::note_erasure(tx, *id, &header.seat, header.sequence)?;
    }
    finish(tx, header, hlc, clock, &now)?;
    // Re-indexed once for the whole batch, from what the rows are at its end.
    applied.extend(changes);
    Ok(Outcome { problems, erased })
}

/// A change kept aside that touches a person erased here loses its changeset (it held their
/// data); the problem stays listed for a person, with its table and row.
pub(crate) fn forget_problems_of_erased(tx: &Transaction<'_>) -> Result<()> {
    let erased = erased_contacts(tx)?;
    let kept: Vec<(i64, String, i64, Vec<u8>, String)> = crate::vault::rows(
        tx.prepare("SELECT id, seat, sequence, changeset, contacts FROM sync_problem WHERE length(changeset) > 0")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))?,
    )?;
    for (id, seat, sequence, changeset, contacts) in kept {
        let changes = capture::changes(&changeset)?;
        // The people its file's header named (a whole file kept aside for a broken reference
        // may hold a message of theirs, which names no contact), and those its rows name.
        let header = Header {
            version: super::files::FORMAT_VERSION,
            team: String::new(),
            seat,
            seat_index: 0,
            sequence,
            hlc: String::new(),
            contacts: serde_json::from_str(&contacts)?,
            erases: Vec::new(),
            epoch: 0,
        };
        if touched_cards(tx, &header, &changes)?.iter().any(|c| erased.contains(&c.to_string())) {
            tx.execute("UPDATE sync_problem SET changeset = x'' WHERE id = ?1", [id])?;
        }
    }
    Ok(())
}

/// Cards a change from another seat may not edit here: erased or restricted.
fn frozen_cards(c: &Connection) -> Result<BTreeSet<i64>> {
    let ids: Vec<i64> = crate::vault::rows(
        c.prepare_cached("SELECT id FROM contact WHERE standing IN ('erased', 'restricted')")?
            .query_map([], |r| r.get(0))?,
    )?;
    Ok(ids.into_iter().collect())
}

/// Writes a card back as it was before the apply.
fn restore_card(c: &Connection, names: &[String], id: i64, row: &[Value]) -> Result<()> {
    let sets: Vec<String> = names.iter().enumerate().map(|(i, n)| format!("\"{n}\" = ?{}", i + 1)).collect();
    // Column names come from the schema.
    let sql = format!("UPDATE contact SET {} WHERE id = ?{}", sets.join(", "), names.len() + 1);
    let mut params: Vec<Value> = row.to_vec();
    params.push(Value::Integer(id));
    c.execute(&sql, rusqlite::params_from_iter(params))?;
    Ok(())
}

/// The cards a file touched: those its header names (version 2) and those its changes name
/// directly (their own rows and rows with a `contact_id`).
fn touched_cards(c: &Connection, header: &Header, changes: &[Change]) -> Result<BTreeSet<i64>> {
    let mut out: BTreeSet<i64> = header.contacts.iter().chain(&header.erases).copied().collect();
    let mut names: HashMap<String, Vec<String>> = HashMap::new();
    for change in changes {
        if !names.contains_key(&change.table) {
            names.insert(change.table.clone(), capture::column_names(c, &change.table)?);
        }
        if change.table == "contact" {
            if let Some((_, Value::Integer(id))) = change.key.first() {
                out.insert(*id);
            }
            continue;
        }
        if let Some(i) = names[&change.table].iter().position(|n| n == "contact_id")
            && let Some(Value::Integer(id)) = change.new_value(i).or_else(|| change.old_value(i))
        {
            out.insert(*id);
        }
    }
    Ok(out)
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
    let names = capture::column_names(c, &change.table)?;
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

/// Brings the search index up to date for what the changes touched: cards (by their own
/// rows, points, tags and sensitive marks) and messages.
fn reindex(c: &Connection, changes: &[Change]) -> Result<()> {
    let mut contacts: BTreeSet<i64> = BTreeSet::new();
    let mut messages: BTreeSet<i64> = BTreeSet::new();
    let mut point_of = c.prepare_cached("SELECT contact_id FROM contact_point WHERE id = ?1")?;
    for change in changes {
        let Some(first) = change.int_key() else { continue };
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
                messages.insert(first);
            }
            _ => {}
        }
    }
    // One batch, in rowid order, as a local write of many cards does (`search::Batch`): card
    // by card, a file touching 1,000 cards that share a tag deleted each card's old rows with
    // `secure-delete`, walking the tag's whole row list each time, and took longer each round.
    let mut batch = crate::search::Batch::default();
    let mut standing_of = c.prepare_cached("SELECT standing FROM contact WHERE id = ?1")?;
    for id in contacts {
        let standing: Option<String> =
            rusqlite::OptionalExtension::optional(standing_of.query_row([id], |r| r.get(0)))?;
        match standing.as_deref() {
            Some("active") | Some("restricted") => {
                batch.fields(&crate::contacts::load(c, id)?, crate::contacts::ContactField::ALL.iter().copied())
            }
            _ => batch.remove(id),
        }
    }
    batch.write(c)?;
    // A message is indexed as it is at the end of the batch: gone if a later file (or an
    // erasure's clean-up) removed it.
    let mut unindex = c.prepare_cached("DELETE FROM search_fts WHERE rowid = ?1")?;
    let mut body_of = c.prepare_cached("SELECT body FROM message WHERE id = ?1")?;
    for id in messages {
        unindex.execute([id])?;
        let body: Option<String> = rusqlite::OptionalExtension::optional(body_of.query_row([id], |r| r.get(0)))?;
        if let Some(body) = body.filter(|b| !b.trim().is_empty()) {
            crate::search::index_message(c, id, &body)?;
        }
    }
    Ok(())
}
