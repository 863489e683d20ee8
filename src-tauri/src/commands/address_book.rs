//! Address books in and out: the import wizard's steps over a file the shell keeps
//! (`crate::address_book`: the UI sends a session number, never the file's rows), the undo of
//! this run's imports, and the export of the cards as vCard or CSV.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::Ordering;

use custos_core::address_book::csv::{Field, Mapping, Preset, Row};
use custos_core::address_book::export::BookExport;
use custos_core::address_book::file::BookFile;
use custos_core::address_book::import::{Duplicate, ImportRecord, RowNote, RowWhy, UndoneImport};
use custos_core::address_book::mappings::SavedMapping;
use custos_core::address_book::{ContactDraft, Decision, ImportChoices, ImportOptions};
use custos_core::contacts::{DataSource, LifecycleStatus};
use custos_core::error::Said;
use serde::Serialize;
use tauri::{AppHandle, Emitter, Runtime, State};
use ts_rs::TS;

use crate::address_book::Previewed;
use crate::ipc::{IpcError, ShellWhy};
use crate::state::AppState;

use super::{Reply, blocking};

/// How many duplicates, problems, values left out or refused merges a list shows: the rest
/// are counted. A duplicate not shown takes the decision for all duplicates.
pub const SHOWN: usize = 200;

/// The first [`SHOWN`] items of a list, and how many there are.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct Shown<T: TS> {
    pub total: u32,
    pub items: Vec<T>,
}

impl<T: TS> Shown<T> {
    fn of(list: Vec<T>) -> Self {
        let total = count(list.len());
        Shown { total, items: list.into_iter().take(SHOWN).collect() }
    }
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A field a column may be given: its code (what the mapping commands take) and its words.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct FieldChoice {
    pub code: String,
    pub words: String,
}

/// A row of the file as it would import: the draft the core makes of it, and the name its
/// card would have (none: nothing names the person, and the draft says what is wrong).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct MappedRow {
    pub name: Option<String>,
    pub draft: ContactDraft,
    /// The draft's `problem` by code and data (custos-core's `RowWhy`), to word it.
    pub problem: Option<Said>,
}

/// A CSV file's columns as the mapping step shows them.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct CsvColumns {
    /// The column names, in order.
    pub header: Vec<String>,
    /// The first rows as written (at most ten).
    pub sample: Vec<Row>,
    /// The field of each column as a code: the mapping saved for this header, else the guess.
    pub mapping: Vec<String>,
    /// The name of the saved mapping applied, if one was.
    pub saved_mapping: Option<String>,
    /// The export the header is of, if it is a known one.
    pub preset: Option<Preset>,
    /// Every field a column may be given, in the order to list them.
    pub fields: Vec<FieldChoice>,
}

/// An address-book file the user chose, kept by the shell under `session`.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ContactsFile {
    pub session: u32,
    /// The file's name, without its folder.
    pub file_name: String,
    /// What the file is, in words: "Google Contacts CSV in UTF-8, fields separated by commas".
    pub detected: String,
    /// The same by code and data (custos-core's `FileWhy`: `vcard_file` or `csv_file`).
    pub detected_as: Said,
    /// The source to record unless the user says otherwise ("Google Contacts export of …").
    pub suggested_source: DataSource,
    /// Its name by code and data (`FileWhy::ExportOf`: the export's format and the day), for
    /// the UI to name the source in its language.
    pub suggested_export: Said,
    /// A CSV file's columns to map; none for a vCard file (its cards need no mapping).
    pub csv: Option<CsvColumns>,
}

/// What importing the file would do, as the duplicates step shows it.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ContactsImportPreview {
    pub rows: u32,
    /// Rows that become new cards.
    pub new: u32,
    /// Rows already in the vault or repeating an earlier row, each with its default decision.
    pub duplicates: Shown<Duplicate>,
    /// Rows that cannot be imported: the import needs the user's word to skip them.
    pub problems: Shown<RowNote>,
    /// Values left out of rows that are imported.
    pub warnings: Shown<RowNote>,
}

/// What an import did.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ImportedContacts {
    /// The import, to undo it by.
    pub import_id: i64,
    pub rows: u64,
    pub created: u64,
    pub merged: u64,
    pub skipped: u64,
    pub points_added: u64,
    pub tags_added: u64,
    pub fields_filled: u64,
    /// Rows whose card could not take a merge (restricted), skipped: why.
    pub not_merged: Shown<RowNote>,
    /// Rows left out because they cannot be imported, as the user agreed.
    pub problems_skipped: u32,
    /// Values left out of imported rows.
    pub values_left_out: u32,
}

/// Payload of the `contacts-import-progress` event: rows done of the file's.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ContactsImportProgress {
    pub session: u32,
    pub done: u32,
    pub total: u32,
}

/// A mapping as the UI sends it: one field code per column.
fn mapping_of(codes: &[String]) -> Result<Mapping, IpcError> {
    let columns = codes.iter().map(|c| c.parse::<Field>()).collect::<custos_core::Result<Vec<Field>>>()?;
    Ok(Mapping { columns })
}

fn columns_of(file: &BookFile) -> Option<CsvColumns> {
    let BookFile::Csv { inspected, mapping, saved_mapping } = file else { return None };
    let fields = mapping.choices().iter().map(|f| FieldChoice { code: f.to_string(), words: f.describe() }).collect();
    Some(CsvColumns {
        header: inspected.header.clone(),
        sample: inspected.sample.clone(),
        mapping: (0..inspected.header.len()).map(|i| mapping.field(i).to_string()).collect(),
        saved_mapping: saved_mapping.clone(),
        preset: inspected.preset,
        fields,
    })
}

/// Reads an address-book file the user chose (vCard, or CSV with the mapping saved for its
/// header or the one guessed) and keeps it for the next steps.
#[tauri::command]
pub async fn open_contacts_file(state: State<'_, AppState>, path: String) -> Reply<ContactsFile> {
    let path = PathBuf::from(path.trim());
    let file_name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    let (file, bytes) = state
        .with_vault(move |v| BookFile::inspect(&path, None, &|header| v.csv_mappings().for_header(header)))
        .await?;
    let today = chrono::Local::now().date_naive();
    let answer = ContactsFile {
        session: 0,
        file_name,
        detected: file.describe(),
        detected_as: file.what().said(),
        suggested_source: file.suggested_source(today),
        suggested_export: file.export_of(today).said(),
        csv: columns_of(&file),
    };
    Ok(ContactsFile { session: state.imports().open(file, bytes), ..answer })
}

/// The first rows of a CSV file as they would import with `mapping` (a field code per column).
#[tauri::command]
pub async fn preview_contacts_mapping(
    state: State<'_, AppState>,
    session: u32,
    mapping: Vec<String>,
) -> Reply<Vec<MappedRow>> {
    state.touch();
    let (file, _) = state.imports().file(session)?;
    let mapping = mapping_of(&mapping)?;
    let BookFile::Csv { inspected, .. } = &*file else { return Ok(Vec::new()) };
    Ok(inspected
        .sample
        .iter()
        .map(|row| {
            let draft = mapping.draft(row);
            let problem = draft.problem.as_deref().map(|p| RowWhy::of_problem(p).said());
            MappedRow { name: draft.name(), draft, problem }
        })
        .collect())
}

/// Saves `mapping` under `name` for files with this file's header: offered again for the next.
#[tauri::command]
pub async fn save_contacts_mapping(
    state: State<'_, AppState>,
    session: u32,
    name: String,
    mapping: Vec<String>,
) -> Reply<SavedMapping> {
    let (file, _) = state.imports().file(session)?;
    let mapping = mapping_of(&mapping)?;
    let BookFile::Csv { inspected, .. } = &*file else {
        return Err(IpcError::refused(ShellWhy::VcardNeedsNoMapping {}));
    };
    let header = inspected.header.clone();
    state.with_vault(move |v| v.csv_mappings().save(&name, &header, &mapping)).await
}

/// What importing the file with `mapping` (CSV; none: the one it started with) would do, its
/// new cards recording `source` and getting `status` (and `tag`, with the cards merged into).
/// Nothing is written; the import then writes exactly what was previewed.
#[tauri::command]
pub async fn preview_contacts_import(
    state: State<'_, AppState>,
    session: u32,
    mapping: Option<Vec<String>>,
    source: DataSource,
    status: LifecycleStatus,
    tag: Option<String>,
) -> Reply<ContactsImportPreview> {
    let options = ImportOptions { status, tag, ..ImportOptions::new(source) };
    let (file, bytes) = state.imports().file(session)?;
    let mapping = mapping.as_deref().map(mapping_of).transpose()?;
    let drafts = Arc::new(blocking(move || Ok(file.drafts(&bytes, mapping.as_ref())?)).await?);
    let (previewed, for_preview) = (Arc::clone(&drafts), options.clone());
    let preview = state.with_vault(move |v| v.address_book().preview(&previewed, &for_preview)).await?;
    state.imports().previewed(session, Previewed { drafts, options })?;
    Ok(ContactsImportPreview {
        rows: count(preview.rows),
        new: count(preview.new.len()),
        duplicates: Shown::of(preview.duplicates),
        problems: Shown::of(preview.problems),
        warnings: Shown::of(preview.warnings),
    })
}

/// Imports what was last previewed, with the user's decisions (`on_duplicate`, if given, for
/// the duplicates without one; else the default the preview showed), in one transaction. Progress arrives as `contacts-import-progress`
/// events; `cancel_contacts_import` stops it with nothing written.
#[tauri::command]
pub async fn import_contacts<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    session: u32,
    choices: ImportChoices,
    on_duplicate: Option<Decision>,
) -> Reply<ImportedContacts> {
    let (Previewed { drafts, mut options }, cancel) = state.imports().to_import(session)?;
    if let Some(decision) = on_duplicate {
        options.on_duplicate = decision;
    }
    let stop = Arc::clone(&cancel);
    let done = state
        .with_vault(move |v| {
            let summary = v.address_book().import(&drafts, &options, &choices, &mut |done, total| {
                let _ = app.emit(
                    "contacts-import-progress",
                    ContactsImportProgress { session, done: count(done), total: count(total) },
                );
                !stop.load(Ordering::SeqCst)
            })?;
            Ok((summary, v.path().to_owned()))
        })
        .await;
    // A cancel is for this run of the import only.
    cancel.store(false, Ordering::SeqCst);
    let (summary, vault) = done?;
    state.imports().imported(&vault, summary.import_id);
    state.imports().close(session);
    Ok(ImportedContacts {
        import_id: summary.import_id,
        rows: summary.rows,
        created: summary.created,
        merged: summary.merged,
        skipped: summary.skipped,
        points_added: summary.points_added,
        tags_added: summary.tags_added,
        fields_filled: summary.fields_filled,
        not_merged: Shown::of(summary.not_merged),
        problems_skipped: count(summary.problems.len()),
        values_left_out: count(summary.warnings.len()),
    })
}

/// Stops the running import of `session` (or the one about to start): nothing is written.
/// False when there is no such session.
#[tauri::command]
pub async fn cancel_contacts_import(state: State<'_, AppState>, session: u32) -> Reply<bool> {
    Ok(state.imports().cancel(session))
}

/// Forgets the file of `session` (the wizard was closed). False when there was none.
#[tauri::command]
pub async fn close_contacts_file(state: State<'_, AppState>, session: u32) -> Reply<bool> {
    Ok(state.imports().close(session))
}

/// The imports made into this vault since the app started that are not undone, newest first:
/// the ones "Undo this import" is offered for.
#[tauri::command]
pub async fn recent_contact_imports(state: State<'_, AppState>) -> Reply<Vec<ImportRecord>> {
    let Some(vault) = state.unlocked_path() else { return Err(IpcError::locked()) };
    let ours = state.imports().imports_of(&vault);
    let all = state.with_vault(|v| v.address_book().imports()).await?;
    Ok(all.into_iter().filter(|i| i.undone_at.is_none() && ours.contains(&i.id)).collect())
}

/// Undoes an import made since the app started (the core refuses when the firm has since
/// worked with its cards, and says which).
#[tauri::command]
pub async fn undo_contacts_import(state: State<'_, AppState>, import_id: i64) -> Reply<UndoneImport> {
    let Some(vault) = state.unlocked_path() else { return Err(IpcError::locked()) };
    if !state.imports().imports_of(&vault).contains(&import_id) {
        return Err(IpcError::refused(ShellWhy::UndoOnlyThisSession {}));
    }
    state.with_vault(move |v| v.address_book().undo_import(import_id)).await
}

/// Writes the active cards `selection` picks (of one status or tag, if given) to `path` as
/// vCard or CSV; never over an existing file. Returns how many were written.
#[tauri::command]
pub async fn export_contacts(state: State<'_, AppState>, selection: BookExport, path: String) -> Reply<u64> {
    let path = PathBuf::from(path.trim());
    state.with_vault(move |v| v.export_contacts(&selection, Path::new(&path))).await
}
