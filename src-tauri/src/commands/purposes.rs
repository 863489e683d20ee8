//! The purpose catalogue, its consent wordings and who may be contacted for a purpose.

use std::path::PathBuf;

use custos_core::consents::Audience;
use custos_core::purposes::{FieldProblem, Purpose, PurposeSpec, WordingVersion};
use tauri::{AppHandle, Runtime, State};

use crate::ipc::{IpcError, ShellWhy};
use crate::state::AppState;

use super::Reply;

#[tauri::command]
pub async fn list_purposes(state: State<'_, AppState>) -> Reply<Vec<Purpose>> {
    state.with_vault(|v| v.purposes().list()).await
}

/// Everything wrong with a purpose as entered, by field (empty when it can be saved). Needs
/// no vault: it is the rule saving applies.
#[tauri::command]
pub async fn check_purpose(spec: PurposeSpec) -> Reply<Vec<FieldProblem>> {
    Ok(spec.problems())
}

#[tauri::command]
pub async fn add_purpose(state: State<'_, AppState>, spec: PurposeSpec) -> Reply<Purpose> {
    state.with_vault(move |v| v.purposes().add(spec)).await
}

#[tauri::command]
pub async fn update_purpose(state: State<'_, AppState>, id: i64, spec: PurposeSpec) -> Reply<Purpose> {
    state.with_vault(move |v| v.purposes().update(id, spec)).await
}

#[tauri::command]
pub async fn wording_history(state: State<'_, AppState>, purpose: i64) -> Reply<Vec<WordingVersion>> {
    state.with_vault(move |v| v.purposes().wording_history(purpose)).await
}

#[tauri::command]
pub async fn purpose_audience(state: State<'_, AppState>, purpose: i64, offset: u32, limit: u32) -> Reply<Audience> {
    state.with_vault(move |v| v.consents().audience(purpose, offset, limit)).await
}

/// Writes a purpose's audience to `path` as CSV; returns how many people were written.
#[tauri::command]
pub async fn export_audience(state: State<'_, AppState>, purpose: i64, path: String) -> Reply<u64> {
    let path = PathBuf::from(path.trim());
    state.with_vault(move |v| v.consents().export_audience(purpose, &path)).await
}

/// Where to offer saving an export called `file_name`: the user's documents folder, else
/// downloads, else home.
#[tauri::command]
pub async fn suggest_export_path<R: Runtime>(app: AppHandle<R>, file_name: String) -> Reply<String> {
    use tauri::Manager;
    let name = std::path::Path::new(file_name.trim()).file_name().map(PathBuf::from);
    let Some(name) = name.filter(|n| n.as_os_str() == file_name.trim()) else {
        return Err(IpcError::because("invalid_input", ShellWhy::NotAFileName { name: file_name }));
    };
    let paths = app.path();
    let folder = [paths.document_dir(), paths.download_dir(), paths.home_dir()]
        .into_iter()
        .flatten()
        .find(|dir| dir.is_dir())
        .unwrap_or_default();
    Ok(folder.join(name).display().to_string())
}
