//! The import itself: every row created, merged or skipped in one transaction, with one
//! audit entry for the whole file.
//!
//! Rows are taken in the file's order with the same duplicate check as the preview (the
//! vault as it was when the import started, then the earlier rows). A row repeating an
//! earlier row merges into the card that row went into (or, when that row went into none,
//! is created). A cancel (the progress callback says `false`) or any failure rolls all of it
//! back: nothing of the file is written, not even the import's own row.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::mpsc;

use rusqlite::config::DbConfig;
use rusqlite::{Connection, params};
use serde::Serialize;

use crate::address_book::draft::ContactDraft;
use crate::audit::{Action, Target};
use crate::contacts::{ContactField, ContactId};
use crate::error::{Error, Result};
use crate::vault::Write;

use super::ImportId;
use super::matching::{Found, Matcher};
use super::merge::{Merged, merge};
use super::options::{Decision, ImportChoices, Settings};
use super::prepare::{self, Ready, ReadyCard};
use super::preview::RowNote;

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ImportSummary {
    /// The import, to undo it by.
    pub import_id: ImportId,
    pub rows: u64,
    /// New cards.
    pub created: u64,
    /// Rows merged into a card (some may have added nothing: the card had it all).
    pub merged: u64,
    /// Rows skipped as the user decided (duplicates, by default or by choice).
    pub skipped: u64,
    /// What the merges added to cards: points, tags, and empty fields filled in.
    pub points_added: u64,
    pub tags_added: u64,
    pub fields_filled: u64,
    /// Rows whose card could not take a merge (restricted or erased), skipped: why.
    pub not_merged: Vec<RowNote>,
    /// Rows left out because they cannot be imported, as the user agreed.
    pub problems: Vec<RowNote>,
    /// Values left out of imported rows.
    pub warnings: Vec<RowNote>,
}

/// The refusal of a cancelled import.
pub(super) fn cancelled() -> Error {
    Error::refused(crate::why::Why::ImportCancelled {})
}

/// The refusal of an import with rows that cannot be imported, which the user did not agree
/// to skip. Names the first few lines.
pub(super) fn problem_rows(problems: &[RowNote]) -> Error {
    use crate::why::{RowLine, RowLines};
    const SHOWN: usize = 5;
    let lines = problems
        .iter()
        .take(SHOWN)
        .map(|p| RowLine { line: p.line, message: p.message.clone(), why: p.why.clone() })
        .collect();
    let more = problems.len().saturating_sub(SHOWN);
    Error::refused(crate::why::Why::ProblemRows { count: problems.len(), lines: RowLines(lines), more })
}

/// How often the progress is told: about every 1 % of the rows, at least every 256.
fn progress_step(total: usize) -> usize {
    (total / 100).clamp(1, 256)
}

/// How many chunks of rows ([`prepare::CHUNK`] each) may wait, made ready, for the writer.
const QUEUED_CHUNKS: usize = 16;

/// Runs the import of `drafts` in `w`.
///
/// The rows are made ready (checked, keyed, their index text worked out: `prepare.rs`) on a
/// second thread while this one writes the rows before, which takes the import about as long
/// as the writing alone. Rows still come in the file's order, and everything read from the
/// vault or written is read and written here, in this transaction. Should the thread not
/// start, the rows are made ready here first.
pub(super) fn run(
    w: &Write<'_>,
    drafts: &[ContactDraft],
    settings: &Settings,
    choices: &ImportChoices,
    progress: &mut dyn FnMut(usize, usize) -> bool,
) -> Result<ImportSummary> {
    let country = crate::contact_points::firm_country(&w.tx)?;
    let triggers = TriggersOff::new(&w.tx)?;
    let summary = std::thread::scope(|s| {
        let (sender, chunks) = mpsc::sync_channel::<Vec<Ready>>(QUEUED_CHUNKS);
        let rows_country = country.clone();
        let ready = std::thread::Builder::new().name("custos-import-rows".into()).spawn_scoped(s, move || {
            prepare::ready_rows(drafts, settings, rows_country.as_deref(), |chunk| sender.send(chunk).is_ok());
        });
        match ready {
            Ok(thread) => {
                // `chunks` goes with the writing: should it stop early, the thread stops at its next chunk.
                let written = write(w, drafts, chunks.into_iter(), country, settings, choices, progress);
                let prepared = thread.join();
                match (written, prepared) {
                    (Err(e), _) => Err(e),
                    (Ok(_), Err(_)) => Err(Error::Internal("making the import's rows ready failed".into())),
                    (Ok(summary), Ok(())) => Ok(summary),
                }
            }
            Err(_) => {
                let mut all = Vec::new();
                prepare::ready_rows(drafts, settings, country.as_deref(), |chunk| {
                    all.push(chunk);
                    true
                });
                write(w, drafts, all.into_iter(), country, settings, choices, progress)
            }
        }
    });
    triggers.on()?;
    summary
}

/// SQLite's triggers, off on the vault's connection while an import writes — when the only
/// trigger on a table an import writes to is `contact_id_not_reused`, whose guard the import
/// checks itself (see `write`); with any other, they stay on.
///
/// With a trigger on `contact`, SQLite keeps a statement journal for every card inserted: it
/// copies each page the insert changes, to undo that statement alone should the trigger
/// refuse it. That was about a third of the time of inserting a card.
#[derive(Debug)]
struct TriggersOff<'c> {
    off: Option<&'c Connection>,
}

impl<'c> TriggersOff<'c> {
    fn new(c: &'c Connection) -> Result<Self> {
        // Every other trigger is on a table no import writes to; a new one anywhere else
        // keeps the triggers on.
        let others: i64 = c.query_row(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name <> 'contact_id_not_reused'
               AND tbl_name NOT IN ('consent_event', 'conversation')",
            [],
            |r| r.get(0),
        )?;
        if others > 0 {
            return Ok(TriggersOff { off: None });
        }
        c.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER, false)?;
        Ok(TriggersOff { off: Some(c) })
    }

    /// Switches them on again (as dropping does, when the import ends early).
    fn on(mut self) -> Result<()> {
        if let Some(c) = self.off.take() {
            c.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER, true)?;
        }
        Ok(())
    }
}

impl Drop for TriggersOff<'_> {
    fn drop(&mut self) {
        if let Some(c) = self.off.take() {
            // Cannot fail for a valid setting; nothing else could be done here.
            let _ = c.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER, true);
        }
    }
}

/// Writes the rows of `drafts`, made ready as `chunks` (in order), in `w`.
fn write(
    w: &Write<'_>,
    drafts: &[ContactDraft],
    chunks: impl Iterator<Item = Vec<Ready>>,
    country: Option<String>,
    settings: &Settings,
    choices: &ImportChoices,
    progress: &mut dyn FnMut(usize, usize) -> bool,
) -> Result<ImportSummary> {
    let total = drafts.len();
    let step = progress_step(total);
    let import = w.next_id(crate::sync::ids::Table::ContactImport)?;
    w.tx.execute(
        "INSERT INTO contact_import (id, source, created_at) VALUES (?1, ?2, ?3)",
        params![import, serde_json::to_string(&settings.source)?, w.now_ts()],
    )?;
    let matcher = Matcher::new(&w.tx, country, Some(import))?;
    // Every card and point the import writes takes its id from here (see `CardIds`).
    let mut ids = crate::contacts::CardIds::new(&w.tx)?;
    let mut summary = ImportSummary { import_id: import, rows: total as u64, ..Default::default() };
    // The card each row went into (or, skipped as a duplicate, the card it repeats).
    let mut placed: Vec<Option<ContactId>> = vec![None; total];
    // Search index writes, made at the end in one go (see `search::Batch`): the new cards,
    // and the fields merges changed on others.
    let mut index = crate::search::Batch::default();
    let mut changed: BTreeMap<ContactId, BTreeSet<ContactField>> = BTreeMap::new();
    // Rows that cannot be imported, when the user did not agree to skip them: from the first
    // one on nothing more is written, and the import is refused naming them all.
    let mut refused: Option<Vec<RowNote>> = None;
    let mut rows = 0;
    for (row, ready) in chunks.flatten().enumerate().take(total) {
        rows += 1;
        let line = drafts[row].line;
        if let Some(problems) = &mut refused {
            if let Err(message) = ready.card {
                problems.push(RowNote::new(row, line, message));
            }
            continue;
        }
        if row % step == 0 && !progress(row, total) {
            return Err(cancelled());
        }
        summary.warnings.extend(ready.warnings.into_iter().map(|note| RowNote::new(row, line, note)));
        let ReadyCard { card, keys, earlier, sort_key, index: index_rows } = match ready.card {
            Ok(card) => card,
            Err(message) if choices.skip_problems => {
                summary.problems.push(RowNote::new(row, line, message));
                continue;
            }
            Err(message) => {
                refused = Some(vec![RowNote::new(row, line, message)]);
                continue;
            }
        };
        // The vault's cards first, then the file's earlier rows.
        let found = match matcher.find(&w.tx, &keys)? {
            Some(m) => Some(m),
            None => earlier,
        };
        let default = if found.is_some() { settings.on_duplicate } else { Decision::New };
        let target = found.and_then(|m| match m.found {
            Found::Card(id) => Some(id),
            Found::Row(earlier) => placed[earlier],
        });
        placed[row] = match (choices.for_row(row, default), target) {
            (Decision::Skip, target) => {
                summary.skipped += 1;
                target
            }
            (Decision::Merge, Some(into)) => {
                match merge(w, import, into, &card, matcher.country(), &mut ids)? {
                    Merged::Into { points, tags, fields, changed: fields_changed } => {
                        summary.merged += 1;
                        summary.points_added += points;
                        summary.tags_added += tags;
                        summary.fields_filled += fields;
                        if !fields_changed.is_empty() {
                            changed.entry(into).or_default().extend(fields_changed);
                        }
                    }
                    Merged::Refused(note) => summary.not_merged.push(RowNote::new(row, line, note)),
                }
                Some(into)
            }
            (Decision::New, _) | (Decision::Merge, None) => {
                summary.created += 1;
                let id = crate::contacts::insert_sorted(w, &mut ids, &card, &sort_key, Some(import), |kind, i, _| {
                    keys.of(kind, i)
                })?;
                index.new_card(id, index_rows);
                Some(id)
            }
        };
    }
    if rows != total {
        return Err(Error::Internal(format!("only {rows} of the import's {total} rows were made ready")));
    }
    if let Some(problems) = refused {
        return Err(problem_rows(&problems));
    }
    // The guard of `contact_id_not_reused`, for the import's cards at once (its trigger may be
    // off, see `TriggersOff`): no new card has the id of a card merged away.
    let reused: bool = w.tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM contact_merge m JOIN contact k ON k.id = m.merged_id WHERE k.import_id = ?1)",
        [import],
        |r| r.get(0),
    )?;
    if reused {
        return Err(Error::Internal("the id of a merged card was given to a new card".into()));
    }
    for (id, fields) in changed {
        index.fields(&crate::contacts::load(&w.tx, id)?, fields);
    }
    index.write(&w.tx)?;
    if !progress(total, total) {
        return Err(cancelled());
    }
    w.audit(
        Action::ContactsImported,
        Target::Vault,
        serde_json::json!({
            "import": import,
            "source": settings.source.to_columns().0,
            "status": settings.status,
            "tagged": settings.tag.is_some(),
            "rows": summary.rows,
            "created": summary.created,
            "merged": summary.merged,
            "skipped": summary.skipped,
            "not_merged": summary.not_merged.len(),
            "problems_skipped": summary.problems.len(),
            "values_left_out": summary.warnings.len(),
            "points_added": summary.points_added,
            "tags_added": summary.tags_added,
            "fields_filled": summary.fields_filled,
        }),
    )?;
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_is_told_about_every_percent() {
        assert_eq!(progress_step(0), 1);
        assert_eq!(progress_step(20), 1);
        assert_eq!(progress_step(1_000), 10);
        assert_eq!(progress_step(100_000), 256);
    }

    #[test]
    fn triggers_are_off_only_while_an_import_writes() {
        use crate::address_book::draft::ContactDraft;
        use crate::address_book::import::ImportOptions;
        use crate::contacts::DataSource;

        let dir = tempfile::tempdir().unwrap();
        let vault = crate::Vault::create(
            &dir.path().join("v.custos"),
            &crate::Passphrase::new("correct horse battery staple"),
            crate::Session::new("Ola"),
        )
        .unwrap();
        let triggers_on = || vault.read(|c| Ok(c.db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER)?)).unwrap();
        let draft = |line: usize, name: Option<&str>| ContactDraft {
            line,
            display_name: name.map(str::to_owned),
            ..Default::default()
        };
        let drafts = [draft(2, Some("Anna Nowak")), draft(3, None), draft(4, Some("Jan Kowalski"))];
        let options = ImportOptions::new(DataSource::Person { via: None });
        let book = vault.address_book();
        let agreed = ImportChoices { skip_problems: true, ..Default::default() };
        assert!(triggers_on());

        let mut during = Vec::new();
        let summary = book
            .import(&drafts, &options, &agreed, &mut |_, _| {
                during.push(triggers_on());
                true
            })
            .unwrap();
        assert_eq!(summary.created, 2);
        assert!(!during.is_empty() && during.iter().all(|on| !on), "off while it writes: {during:?}");
        assert!(triggers_on(), "on again after it");
        // Cancelled, refused (a row without a name, not agreed to), failed: on again.
        assert!(book.import(&drafts, &options, &agreed, &mut |_, _| false).is_err());
        assert!(triggers_on());
        assert!(book.import(&drafts, &options, &ImportChoices::default(), &mut |_, _| true).is_err());
        assert!(triggers_on());
        // A TEMP trigger (those stay on) refuses a card.
        let refuse = "CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.contact BEGIN SELECT RAISE(ABORT, 'no'); END";
        vault.read(|c| Ok(c.execute_batch(refuse)?)).unwrap();
        let err = book.import(&[draft(2, Some("Ewa Lis"))], &options, &agreed, &mut |_, _| true).unwrap_err();
        assert!(err.to_string().contains("no"), "{err}");
        assert!(triggers_on());
    }

    #[test]
    fn the_refusal_of_problem_rows_names_their_lines() {
        let note = |line: usize| RowNote { row: line - 2, line, message: "no name".into(), why: Default::default() };
        let one = problem_rows(&[note(4)]).to_string();
        assert_eq!(
            one,
            "1 row cannot be imported as it is: line 4 (no name). Agree to skip it, or correct the file and \
             import it again. Nothing was imported."
        );
        let many: Vec<RowNote> = (3..=10).map(note).collect();
        let text = problem_rows(&many).to_string();
        assert!(text.starts_with("8 rows cannot be imported as they are: line 3 (no name), line 4"), "{text}");
        assert!(text.contains("line 7 (no name), and 3 more. Agree to skip them,"), "{text}");
        // A front end gets each line's reason by code, with the line.
        let no_name = crate::error::Said::new("no_name", vec![]);
        let typed = |line: usize| RowNote { why: no_name.clone(), ..note(line) };
        let err = problem_rows(&(3..=10).map(typed).collect::<Vec<_>>());
        let items = err.items();
        assert_eq!(items.len(), 5);
        assert_eq!(items[0].code, "no_name");
        assert_eq!(items[4].params.get("line"), Some(&crate::error::Param::Text("7".into())));
        assert!(err.params().contains(&("more", crate::error::Param::Number(3))));
    }
}
