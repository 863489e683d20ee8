//! Retention: warnings, keeping with a reason, deleting transcripts, clean-up, the rules.

use custos_core::retention::{
    CleanUp, RetentionAction, RetentionHold, RetentionRule, RulePreview, RuleSpec, TranscriptsDeleted, WarningPage,
    WarningSummary,
};
use tauri::{AppHandle, Emitter, Runtime, State};

use crate::ipc::CleanUpProgress;
use crate::state::AppState;

use super::Reply;

/// How many retention warnings there are, by action (the navigation's badge).
#[tauri::command]
pub async fn retention_summary(state: State<'_, AppState>) -> Reply<WarningSummary> {
    state.with_vault(|v| v.retention().summary()).await
}

/// One page of the retention warnings for an action (all when `action` is null).
#[tauri::command]
pub async fn retention_warnings(
    state: State<'_, AppState>,
    action: Option<RetentionAction>,
    offset: u32,
    limit: u32,
) -> Reply<WarningPage> {
    state.with_vault(move |v| v.retention().warnings_page(action, offset as usize, limit as usize)).await
}

/// Deletes a contact's transcripts, first adding `note` (what to keep) to the card.
#[tauri::command]
pub async fn delete_transcripts(
    state: State<'_, AppState>,
    id: i64,
    note: Option<String>,
) -> Reply<TranscriptsDeleted> {
    state.with_vault(move |v| v.retention().delete_transcripts(id, note.as_deref())).await
}

/// Keeps a contact despite its warning, with a reason, until `review_on` (YYYY-MM-DD).
#[tauri::command]
pub async fn keep_contact(
    state: State<'_, AppState>,
    id: i64,
    reason: String,
    review_on: chrono::NaiveDate,
) -> Reply<RetentionHold> {
    state.with_vault(move |v| v.retention().keep(id, &reason, review_on)).await
}

/// Deletes the transcripts of, or erases, each contact of the list the user confirmed,
/// reporting progress as `clean-up-progress` events.
#[tauri::command]
pub async fn clean_up<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    contacts: Vec<i64>,
    action: RetentionAction,
) -> Reply<CleanUp> {
    state
        .with_vault(move |v| {
            v.retention().clean_up(&contacts, action, |done, total| {
                let _ = app.emit("clean-up-progress", CleanUpProgress { done: done as u32, total: total as u32 });
            })
        })
        .await
}

#[tauri::command]
pub async fn retention_rules(state: State<'_, AppState>) -> Reply<Vec<RetentionRule>> {
    state.with_vault(|v| v.retention().rules()).await
}

#[tauri::command]
pub async fn set_retention_rule(state: State<'_, AppState>, spec: RuleSpec) -> Reply<RetentionRule> {
    state.with_vault(move |v| v.retention().set_rule(spec)).await
}

#[tauri::command]
pub async fn remove_retention_rule(state: State<'_, AppState>, id: i64) -> Reply<()> {
    state.with_vault(move |v| v.retention().remove_rule(id)).await
}

/// How many contacts and transcripts a rule would flag if saved; saves nothing.
#[tauri::command]
pub async fn preview_retention_rule(state: State<'_, AppState>, spec: RuleSpec) -> Reply<RulePreview> {
    state.with_vault(move |v| v.retention().preview(&spec)).await
}
