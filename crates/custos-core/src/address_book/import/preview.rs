//! The preview: what an import would do, row by row, with nothing written.

use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;

use crate::address_book::draft::ContactDraft;
use crate::contacts::ContactId;
use crate::error::{Error, Result};

use super::matching::{Found, MatchedBy, Matcher, Rows, keys};
use super::options::{Decision, ImportOptions};
use super::prepare::prepare;

/// Something about one row of the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, rename = "ImportRowNote"))]
pub struct RowNote {
    /// The draft's index in the list.
    pub row: usize,
    /// Where it starts in the file.
    pub line: usize,
    pub message: String,
}

/// What a duplicate repeats.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, rename = "ImportDuplicateOf"))]
pub enum DuplicateOf {
    /// A card in the vault.
    Card {
        contact_id: ContactId,
        display_name: String,
        organisation: Option<String>,
        /// The card is restricted (frozen): nothing can be merged into it.
        restricted: bool,
    },
    /// An earlier row of the same file: merged, the two make one card.
    Row { row: usize, line: usize, name: String },
}

/// A row that is already in the vault, or repeats an earlier row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, rename = "ImportDuplicate"))]
pub struct Duplicate {
    pub row: usize,
    pub line: usize,
    /// The name the row's card would have.
    pub name: String,
    pub of: DuplicateOf,
    /// What the two have in common (e-mail, phone, name at the organisation), each once.
    pub matched_by: Vec<MatchedBy>,
    /// What happens to it unless the user decides otherwise.
    pub decision: Decision,
}

/// What an import of a list of drafts would do. Rows are the drafts' indexes in the list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ImportPreview {
    /// How many rows (drafts) there are.
    pub rows: usize,
    /// The rows that become new cards: no problem, no duplicate.
    pub new: Vec<usize>,
    /// The rows that are duplicates, each with its default decision.
    pub duplicates: Vec<Duplicate>,
    /// The rows that cannot be imported (nothing names the person): the import skips them
    /// only when the user agrees (`skip_problems` in the import's choices).
    pub problems: Vec<RowNote>,
    /// Values left out of rows that are imported (an e-mail address without @…).
    pub warnings: Vec<RowNote>,
}

/// The preview of importing `drafts`, read from the vault through `c`.
pub(super) fn preview(c: &Connection, drafts: &[ContactDraft], options: &ImportOptions) -> Result<ImportPreview> {
    let settings = options.checked()?;
    let country = crate::contact_points::firm_country(c)?;
    let matcher = Matcher::new(c, country, None)?;
    let mut earlier = Rows::default();
    let mut out = ImportPreview { rows: drafts.len(), ..Default::default() };
    for (row, draft) in drafts.iter().enumerate() {
        let prepared = prepare(draft, &settings);
        let line = draft.line;
        out.warnings.extend(prepared.warnings.into_iter().map(|message| RowNote { row, line, message }));
        let card = match prepared.card {
            Ok(card) => card,
            Err(message) => {
                out.problems.push(RowNote { row, line, message });
                continue;
            }
        };
        let keys = keys(&card, matcher.country());
        let found = match matcher.find(c, &keys)? {
            Some(m) => Some(m),
            None => earlier.find(&keys),
        };
        match found {
            None => out.new.push(row),
            Some(m) => {
                let of = match m.found {
                    Found::Card(id) => card_of(c, id)?,
                    Found::Row(earlier) => DuplicateOf::Row {
                        row: earlier,
                        line: drafts[earlier].line,
                        name: drafts[earlier].name().unwrap_or_default(),
                    },
                };
                out.duplicates.push(Duplicate {
                    row,
                    line,
                    name: card.display_name,
                    of,
                    matched_by: m.by,
                    decision: settings.on_duplicate,
                });
            }
        }
        earlier.remember(row, &keys);
    }
    Ok(out)
}

fn card_of(c: &Connection, id: ContactId) -> Result<DuplicateOf> {
    let card = c
        .prepare_cached("SELECT display_name, organisation, standing FROM contact WHERE id = ?1")?
        .query_row([id], |r| {
            Ok(DuplicateOf::Card {
                contact_id: id,
                display_name: r.get(0)?,
                organisation: r.get(1)?,
                restricted: r.get::<_, String>(2)? == "restricted",
            })
        })
        .optional()?;
    card.ok_or_else(|| Error::not_found("contact", id))
}
