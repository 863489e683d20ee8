//! `custos import …`: an address book in (preview with --dry-run, or one transaction), the
//! imports, and undoing one; conversations from files (see `conversations.rs`).

use std::collections::BTreeMap;

use custos_core::address_book::csv::{FIELD_CODES, Field};
use custos_core::address_book::file::{BookFile, BookFileFormat};
use custos_core::address_book::{Decision, ImportChoices, ImportOptions, ImportPreview};
use serde_json::json;

use crate::args::*;
use crate::error::{CliError, CliResult};
use crate::input;
use crate::output::{self, say, when};

use super::Ctx;

/// How many duplicates, problems and warnings the text output lists before "and N more".
const SHOWN: usize = 20;

pub(super) fn import(ctx: &Ctx, cmd: ImportCmd) -> CliResult {
    match cmd {
        ImportCmd::Contacts {
            file,
            format,
            map,
            mapping,
            save_mapping,
            status,
            tag,
            source,
            on_duplicate,
            skip_problems,
            dry_run,
        } => {
            if map.iter().any(|m| m.trim() == "help") {
                say!("--map COLUMN=FIELD, where FIELD is one of: {FIELD_CODES}");
                return Ok(());
            }
            let format = format.as_deref().map(str::parse::<BookFileFormat>).transpose()?;
            let mut options = ImportOptions::new(input::parse_source(&source)?);
            if let Some(status) = status {
                options.status = status.parse()?;
            }
            options.tag = tag;
            if let Some(d) = on_duplicate {
                options.on_duplicate = d.parse::<Decision>()?;
            }
            let vault = ctx.open()?;
            let mappings = vault.csv_mappings();
            let (book, bytes) = BookFile::inspect(&file, format, &|header| mappings.for_header(header))?;
            let mut used = None;
            if let BookFile::Csv { inspected, mapping: start, .. } = &book {
                let mut m = match &mapping {
                    Some(name) => mappings.named(name)?.mapping,
                    None => start.clone(),
                };
                for spec in &map {
                    let (column, field) = spec.rsplit_once('=').ok_or_else(|| {
                        CliError::usage(format!(
                            "--map '{spec}': write it as COLUMN=FIELD, e.g. \"Telefon 2=phone:work\""
                        ))
                    })?;
                    let index =
                        inspected.header.iter().position(|h| h.trim().eq_ignore_ascii_case(column.trim())).ok_or_else(
                            || {
                                CliError::usage(format!(
                                    "--map '{spec}': the file has no column '{}'; its columns are: {}",
                                    column.trim(),
                                    inspected.header.join(", ")
                                ))
                            },
                        )?;
                    m.set(index, field.parse::<Field>()?);
                }
                if let Some(name) = &save_mapping {
                    mappings.save(name, &inspected.header, &m)?;
                }
                used = Some(m);
            } else if !map.is_empty() || mapping.is_some() {
                return Err(CliError::usage("--map and --mapping are for CSV files; this is a vCard file"));
            }
            let drafts = book.drafts(&bytes, used.as_ref())?;
            let book_ = vault.address_book();
            let preview = book_.preview(&drafts, &options)?;
            if dry_run {
                if ctx.json {
                    return output::json(&preview_json(&preview, used.as_ref()));
                }
                say!(
                    "{} {} in the file: {} new, {} already in the vault or repeated, {} that cannot be imported.",
                    preview.rows,
                    if preview.rows == 1 { "contact" } else { "contacts" },
                    preview.new.len(),
                    preview.duplicates.len(),
                    preview.problems.len()
                );
                print_notes(&preview);
                say!("Nothing was imported (--dry-run).");
                return Ok(());
            }
            let choices = ImportChoices { decisions: BTreeMap::new(), skip_problems };
            let summary = book_.import(&drafts, &options, &choices, &mut |_, _| true).map_err(|e| {
                // The core asks the user to agree to skip the rows it names: say how, here.
                if !skip_problems && !preview.problems.is_empty() && e.code() == "refused" {
                    CliError::usage(format!("{e} To leave them out, add --skip-problems."))
                } else {
                    e.into()
                }
            })?;
            if ctx.json {
                return output::json(&json!({
                    "import_id": summary.import_id,
                    "created": summary.created,
                    "merged": summary.merged,
                    "skipped": summary.skipped,
                    "points_added": summary.points_added,
                    "tags_added": summary.tags_added,
                    "fields_filled": summary.fields_filled,
                    "duplicates": preview.duplicates,
                    "problems": summary.problems,
                    "not_merged": summary.not_merged,
                    "warnings": summary.warnings,
                }));
            }
            say!(
                "Imported {} new {}, merged {} into existing cards, skipped {} (import #{}).",
                summary.created,
                if summary.created == 1 { "contact" } else { "contacts" },
                summary.merged,
                summary.skipped,
                summary.import_id
            );
            print_notes(&preview);
            say!("Undo it with: custos import undo {}", summary.import_id);
            Ok(())
        }
        ImportCmd::Conversations { files, format, map, utc_offset, attach, lead, staff, dry_run } => {
            let request =
                super::conversations::Request { files, format, map, utc_offset, attach, lead, staff, dry_run };
            super::conversations::import(ctx, request, None)
        }
        ImportCmd::List => {
            let imports = ctx.open()?.address_book().imports()?;
            if ctx.json {
                return output::json(&imports);
            }
            if imports.is_empty() {
                say!("No imports yet.");
            }
            for i in &imports {
                let undone = i.undone_at.map(|at| format!("  (undone {})", when(at))).unwrap_or_default();
                say!("#{}  {}  {}  {} contact(s){undone}", i.id, when(i.created_at), i.source.describe(), i.cards);
            }
            Ok(())
        }
        ImportCmd::Undo { id, yes } => {
            let vault = ctx.open()?;
            if !yes {
                let confirmed = input::confirm_by_typing(
                    &format!("This removes the contacts import #{id} created, and what it added to other cards."),
                    &format!("Type the import id ({id}) to confirm: "),
                    &id.to_string(),
                    &format!("There is no terminal to confirm on: add --yes to undo import #{id}."),
                )?;
                if !confirmed {
                    return Err(CliError::Cancelled(format!("Nothing was undone: the import id {id} was not typed.")));
                }
            }
            let undone = vault.address_book().undo_import(id)?;
            if ctx.json {
                return output::json(&undone);
            }
            say!(
                "Undid import #{id}: removed {} contact(s), {} contact point(s) and {} tag(s) it added to other cards, \
                 and cleared {} field(s) it had filled in.",
                undone.cards_removed,
                undone.points_removed,
                undone.tags_removed,
                undone.fields_cleared
            );
            Ok(())
        }
    }
}

/// The `--dry-run --json` answer: the preview, and the mapping used for a CSV file.
fn preview_json(
    preview: &ImportPreview,
    mapping: Option<&custos_core::address_book::csv::Mapping>,
) -> serde_json::Value {
    json!({
        "rows": preview.rows,
        "created": preview.new.len(),
        "duplicates": preview.duplicates,
        "problems": preview.problems,
        "warnings": preview.warnings,
        "mapping": mapping.map(|m| m.columns.iter().map(ToString::to_string).collect::<Vec<_>>()),
    })
}

/// The duplicates, the problem rows and the values left out, a few of each.
fn print_notes(preview: &ImportPreview) {
    use custos_core::address_book::import::DuplicateOf;
    let more = |n: usize| {
        if n > SHOWN {
            say!("  … and {} more", n - SHOWN);
        }
    };
    if !preview.duplicates.is_empty() {
        say!("Duplicates:");
        for d in preview.duplicates.iter().take(SHOWN) {
            let of = match &d.of {
                DuplicateOf::Card { contact_id, display_name, .. } => format!("contact #{contact_id} {display_name}"),
                DuplicateOf::Row { line, name, .. } => format!("line {line} of the file ({name})"),
            };
            let by: Vec<String> = d.matched_by.iter().map(|m| m.to_string()).collect();
            say!("  line {}: {} is {of} (same {}): {}", d.line, d.name, by.join(", "), d.decision);
        }
        more(preview.duplicates.len());
    }
    if !preview.problems.is_empty() {
        say!("Cannot be imported (add --skip-problems to leave them out):");
        for p in preview.problems.iter().take(SHOWN) {
            say!("  line {}: {}", p.line, p.message);
        }
        more(preview.problems.len());
    }
    if !preview.warnings.is_empty() {
        say!("Values left out:");
        for w in preview.warnings.iter().take(SHOWN) {
            say!("  line {}: {}", w.line, w.message);
        }
        more(preview.warnings.len());
    }
}
