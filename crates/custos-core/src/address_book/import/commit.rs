//! The import itself: every row created, merged or skipped in one transaction, with one
//! audit entry for the whole file.
//!
//! Rows are taken in the file's order with the same duplicate check as the preview (the
//! vault as it was when the import started, then the earlier rows). A row repeating an
//! earlier row merges into the card that row went into (or, when that row went into none,
//! is created). A cancel (the progress callback says `false`) or any failure rolls all of it
//! back: nothing of the file is written, not even the import's own row.

use std::collections::{BTreeMap, BTreeSet};

use rusqlite::params;
use serde::Serialize;

use crate::address_book::draft::ContactDraft;
use crate::audit::{Action, Target};
use crate::contacts::{Contact, ContactField, ContactId, LifecycleStatus, NewContact};
use crate::error::{Error, Result};
use crate::vault::Write;

use super::ImportId;
use super::matching::{Found, Keys, Matcher};
use super::merge::{Merged, merge};
use super::options::{Decision, ImportChoices, Settings};
use super::prepare::Prepared;
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
    const SHOWN: usize = 5;
    let mut listed: Vec<String> =
        problems.iter().take(SHOWN).map(|p| format!("line {} ({})", p.line, p.message)).collect();
    if problems.len() > SHOWN {
        listed.push(format!("and {} more", problems.len() - SHOWN));
    }
    Error::refused(crate::why::Why::ProblemRows { count: problems.len(), lines: listed.join(", ") })
}

/// How often the progress is told: about every 1 % of the rows, at least every 256.
fn progress_step(total: usize) -> usize {
    (total / 100).clamp(1, 256)
}

/// Runs the import of `drafts` (made ready as `prepared`, problems already agreed to) in `w`.
pub(super) fn run(
    w: &Write<'_>,
    drafts: &[ContactDraft],
    prepared: Vec<Prepared>,
    settings: &Settings,
    choices: &ImportChoices,
    progress: &mut dyn FnMut(usize, usize) -> bool,
) -> Result<ImportSummary> {
    let total = drafts.len();
    let step = progress_step(total);
    w.tx.execute(
        "INSERT INTO contact_import (source, created_at) VALUES (?1, ?2)",
        params![serde_json::to_string(&settings.source)?, w.now_ts()],
    )?;
    let import = w.tx.last_insert_rowid();
    let country = crate::contact_points::firm_country(&w.tx)?;
    let mut matcher = Matcher::new(&w.tx, country, Some(import))?;
    let mut summary = ImportSummary { import_id: import, rows: total as u64, ..Default::default() };
    // The card each row went into (or, skipped as a duplicate, the card it repeats).
    let mut placed: Vec<Option<ContactId>> = vec![None; total];
    // Search index writes, made at the end in one go (see `search::Batch`): the new cards,
    // and the fields merges changed on others.
    let mut index = crate::search::Batch::default();
    let mut changed: BTreeMap<ContactId, BTreeSet<ContactField>> = BTreeMap::new();
    for (row, (draft, prepared)) in drafts.iter().zip(prepared).enumerate() {
        if row % step == 0 && !progress(row, total) {
            return Err(cancelled());
        }
        let line = draft.line;
        summary.warnings.extend(prepared.warnings.into_iter().map(|note| RowNote::new(row, line, note)));
        let card = match prepared.card {
            Ok(card) => card,
            Err(note) => {
                summary.problems.push(RowNote::new(row, line, note));
                continue;
            }
        };
        let keys = matcher.keys(&card);
        let found = matcher.find(&w.tx, &keys)?;
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
                match merge(w, import, into, &card, matcher.country())? {
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
                Some(create(w, card, &keys, import, &mut index)?)
            }
        };
        matcher.remember(row, keys);
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

/// Creates a card of the import (its index entries go into `index`). Returns its id.
fn create(
    w: &Write<'_>,
    card: NewContact,
    keys: &Keys,
    import: ImportId,
    index: &mut crate::search::Batch,
) -> Result<ContactId> {
    let id = crate::contacts::insert_keyed(w, &card, Some(import), |kind, i, _| keys.of(kind, i))?;
    // The card as stored, without reading it back: `insert` wrote exactly this.
    let contact = Contact {
        id,
        display_name: card.display_name,
        details: card.details,
        status: card.status.unwrap_or(LifecycleStatus::Lead),
        source: card.source,
        sensitive: BTreeSet::new(),
        created_at: w.now,
        updated_at: w.now,
        last_contact_at: None,
        restriction: None,
        erased_at: None,
    };
    index.new_contact(&contact);
    Ok(id)
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
    }
}
