//! The audit log and its verification.

use custos_core::audit::{Action, AuditEntry, AuditFilter, ChainReport};
use tauri::State;

use crate::state::AppState;

use super::Reply;

/// Audit entries, newest first; sensitive previous values come masked.
#[tauri::command]
pub async fn list_audit(state: State<'_, AppState>, filter: AuditFilter) -> Reply<Vec<AuditEntry>> {
    state.with_vault(move |v| v.audit().list(&filter)).await
}

/// A card's history of changes (corrections and merges), newest first.
#[tauri::command]
pub async fn contact_history(state: State<'_, AppState>, id: i64) -> Reply<Vec<AuditEntry>> {
    state.with_vault(move |v| v.audit().card_history(id, 200)).await
}

#[tauri::command]
pub async fn verify_audit(state: State<'_, AppState>) -> Reply<ChainReport> {
    state.with_vault(|v| v.audit().verify()).await
}

/// Every audit action code, for the audit screen's filter.
#[tauri::command]
pub async fn audit_actions() -> Reply<Vec<String>> {
    Ok(Action::ALL.iter().map(|a| a.code().to_owned()).collect())
}
