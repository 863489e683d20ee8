//! Settings → Backups: the vault's backups, "Back up now", the folder they go to, "Check a
//! backup" and "Restore…"; and until when backups hold what an erasure removes.

use std::path::PathBuf;

use chrono::{DateTime, Utc};
use custos_core::Passphrase;
use custos_core::backups::{BackupFile, MadeBackup};
use custos_core::vault::IntegrityReport;
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;

use crate::backups::{BackupProgress, Trigger};
use crate::ipc::{IpcError, VaultInfo};
use crate::state::AppState;

use super::{Reply, blocking};

/// What Settings → Backups shows.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct BackupOverview {
    /// Where backups go.
    pub folder: String,
    /// The folder is the default one (`backups` beside the vault), not one the user chose.
    pub default_folder: bool,
    /// Newest first.
    pub backups: Vec<BackupFile>,
    /// Removable drives plugged in now: the places Settings suggests.
    pub external_drives: Vec<String>,
    /// The backup being made, if one is.
    pub running: Option<BackupProgress>,
}

/// The vault's backups and where they go.
#[tauri::command]
pub async fn backup_overview(state: State<'_, AppState>) -> Reply<BackupOverview> {
    let running = state.backup_running();
    let (folder, default_folder, backups) = state
        .with_vault(|v| {
            let folder = v.backup_folder()?;
            let default_folder = folder == custos_core::backups::default_folder(v.path());
            Ok((folder, default_folder, v.backups()?))
        })
        .await?;
    let external_drives = blocking(|| Ok(custos_core::backups::external_drives())).await?;
    Ok(BackupOverview {
        folder: folder.display().to_string(),
        default_folder,
        backups,
        external_drives: external_drives.iter().map(|d| d.display().to_string()).collect(),
        running,
    })
}

/// Makes a backup now and rotates the folder; progress arrives as `backup-progress` events.
#[tauri::command]
pub async fn back_up_now<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Reply<MadeBackup> {
    state.touch();
    crate::backups::run(&app, Trigger::Now)
        .await?
        .ok_or_else(|| IpcError::internal("a backup asked for now was not made"))
}

/// Chooses the folder backups go to (a full path), or `null` for the default one.
#[tauri::command]
pub async fn choose_backup_folder(state: State<'_, AppState>, folder: Option<String>) -> Reply<String> {
    let folder = folder.map(|f| PathBuf::from(f.trim())).filter(|f| !f.as_os_str().is_empty());
    let chosen = state.with_vault(move |v| v.set_backup_folder(folder.as_deref())).await?;
    Ok(chosen.display().to_string())
}

/// Checks a backup file: every page and SQLite's structure. Without a passphrase, the
/// vault's own is used (right for backups made since it was last changed).
#[tauri::command]
pub async fn check_backup(
    state: State<'_, AppState>,
    path: String,
    passphrase: Option<String>,
) -> Reply<IntegrityReport> {
    let path = PathBuf::from(path.trim());
    let passphrase = passphrase.map(Passphrase::new);
    let job = state.with_vault(move |v| Ok(v.check_backup_job(&path, passphrase.as_ref()))).await?;
    blocking(move || Ok(job.run()?)).await
}

/// What a restore did: the vault now open, and the backup of the state it replaced.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct Restored {
    pub vault: VaultInfo,
    /// The backup made of the vault just before it was replaced.
    pub before: String,
}

/// Replaces the open vault with a backup, opened with the backup's passphrase (which opens the
/// vault from now on). The state before is backed up first; nothing is replaced unless the
/// backup's copy passed its check.
#[tauri::command]
pub async fn restore_backup(state: State<'_, AppState>, path: String, passphrase: String) -> Reply<Restored> {
    let path = PathBuf::from(path.trim());
    let passphrase = Passphrase::new(passphrase);
    let pass = passphrase.clone();
    let prepared = state.with_vault(move |v| v.prepare_restore(&path, &pass)).await?;
    let before = prepared.before().display().to_string();
    let vault = state.take_vault().ok_or_else(IpcError::locked)?;
    let restored = blocking(move || Ok(vault.complete_restore(prepared)?)).await?;
    let info = VaultInfo::of(&restored)?;
    state.set_vault(restored);
    Ok(Restored { vault: info, before })
}

/// Until when the vault's existing backups hold what is erased now (when the last of them
/// rotates out); `null` when no backup does. The erase dialog says it before erasing.
#[tauri::command]
pub async fn backups_hold_until(state: State<'_, AppState>) -> Reply<Option<DateTime<Utc>>> {
    state.with_vault(|v| v.backups_hold_until_at_most()).await
}
