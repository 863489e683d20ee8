//! Backups as the app runs them: the automatic one soon after an unlock and once a day while
//! the vault is open, and "Back up now". When a backup is due, where it goes, how it is
//! checked and what rotation keeps are the core's (`custos_core::backups`); this file only
//! runs the core's job off the vault's lock — so the contact list and search keep working
//! while it copies — and tells the UI how far it got.

use custos_core::backups::{BackupJob, MadeBackup};
use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager, Runtime};
use ts_rs::TS;

use crate::ipc::IpcError;
use crate::state::AppState;

/// The event the UI hears while a backup is copied (payload: [`BackupProgress`]).
pub const BACKUP_PROGRESS: &str = "backup-progress";

/// The event the UI hears when a backup has ended (payload: [`BackupFinished`]).
pub const BACKUP_FINISHED: &str = "backup-finished";

/// How far a running backup got, in pages of the vault file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct BackupProgress {
    pub done: u64,
    pub total: u64,
}

/// How a backup ended: made (and what rotation removed), or the error that stopped it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct BackupFinished {
    pub made: Option<MadeBackup>,
    pub error: Option<IpcError>,
}

/// Which backup to run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trigger {
    /// The automatic one: only if the core says one is due.
    Automatic,
    /// "Back up now".
    Now,
}

/// Runs a backup: the job is taken from the vault, run on a worker thread without holding
/// the vault, and handed back. `Ok(None)` when an automatic backup was not due. One backup
/// runs at a time; another one asked for meanwhile is refused.
pub async fn run<R: Runtime>(app: &AppHandle<R>, trigger: Trigger) -> Result<Option<MadeBackup>, IpcError> {
    let state = app.state::<AppState>();
    let Some(_running) = state.start_backup() else {
        return Err(IpcError::refused(crate::ipc::ShellWhy::BackupRunning {}));
    };
    let job = state
        .in_background(move |v| match trigger {
            Trigger::Automatic => v.auto_backup_job(),
            Trigger::Now => v.backup_job().map(Some),
        })
        .await?;
    let Some(job) = job else { return Ok(None) };
    let outcome = copy(app, job).await;
    let made = match outcome {
        Ok((job, copied)) => state.in_background(move |v| v.finish_backup(job, copied)).await,
        Err(e) => Err(e),
    };
    let _ = app.emit(BACKUP_FINISHED, BackupFinished { made: made.clone().ok(), error: made.clone().err() });
    made.map(Some)
}

/// Copies on a worker thread, reporting progress to the UI (and to the app's state, for a
/// status bar that appears while a backup runs).
async fn copy<R: Runtime>(
    app: &AppHandle<R>,
    job: BackupJob,
) -> Result<(BackupJob, custos_core::Result<custos_core::vault::Copied>), IpcError> {
    let app = app.clone();
    tauri::async_runtime::spawn_blocking(move || {
        let copied = job.run(|done, total| {
            let progress = BackupProgress { done, total };
            app.state::<AppState>().backup_progressed(progress);
            let _ = app.emit(BACKUP_PROGRESS, progress);
        });
        (job, copied)
    })
    .await
    .map_err(IpcError::internal)
}

/// The automatic backup, if due; failures are told to the UI (the `backup-finished` event)
/// and written to the log, since nobody asked for this one.
pub async fn automatic<R: Runtime>(app: AppHandle<R>) {
    match run(&app, Trigger::Automatic).await {
        Ok(_) => {}
        // The vault was locked before it began, or another backup is running: nothing to say.
        Err(e) if e.code == "locked" || e.code == "refused" => {}
        Err(e) => eprintln!("Custos: the automatic backup failed: {}", e.message),
    }
}
