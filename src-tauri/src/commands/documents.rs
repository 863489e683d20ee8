//! The GDPR documents, written where the user chose, and opened in the system viewer.

use std::path::PathBuf;

use tauri::{AppHandle, Runtime, State};

use crate::ipc::{DocumentRequest, IpcError, SavedDocument, ShellWhy};
use crate::state::AppState;

use super::Reply;

/// Generates a document from the vault and writes it where the user chose (never over an
/// existing file unless `replace`). Nothing is written anywhere else.
#[tauri::command]
pub async fn generate_document(state: State<'_, AppState>, request: DocumentRequest) -> Reply<SavedDocument> {
    let job = custos_documents::Job::try_from(&request)?;
    let path = job.path.clone();
    let saved = state.with_vault_documents(move |v| custos_documents::generate(v, &job)).await?;
    // A request from the UI names one file: one document.
    let saved = saved.into_iter().next().ok_or_else(|| IpcError::internal("no document was written"))?;
    state.remember_saved(&path);
    Ok(saved.into())
}

/// Opens a document this app saved in this session in the system's viewer.
#[tauri::command]
pub async fn open_document<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, path: String) -> Reply<()> {
    use tauri_plugin_opener::OpenerExt;
    let path = PathBuf::from(path.trim());
    if !state.was_saved(&path) {
        return Err(IpcError::refused(ShellWhy::OnlyJustSaved {}));
    }
    app.opener().open_path(path.display().to_string(), None::<&str>).map_err(|e| {
        IpcError::because("io", ShellWhy::ViewerFailed { path: path.display().to_string(), reason: e.to_string() })
    })
}
