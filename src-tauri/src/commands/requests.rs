//! The register of data subjects' requests.

use custos_core::requests::{ActionCandidate, ExtensionRequest, IdentityCheck, NewRequest, Request, RequestQuery};
use tauri::State;

use crate::state::AppState;

use super::Reply;

/// The requests register, sorted by due date (open ones unless the query says otherwise).
#[tauri::command]
pub async fn list_requests(state: State<'_, AppState>, query: Option<RequestQuery>) -> Reply<Vec<Request>> {
    state.with_vault(move |v| v.requests().list(&query.unwrap_or_default())).await
}

#[tauri::command]
pub async fn get_request(state: State<'_, AppState>, id: i64) -> Reply<Request> {
    state.with_vault(move |v| v.requests().get(id)).await
}

/// Logs a request; the reply carries its due date.
#[tauri::command]
pub async fn open_request(state: State<'_, AppState>, request: NewRequest) -> Reply<Request> {
    state.with_vault(move |v| v.requests().open(request)).await
}

#[tauri::command]
pub async fn request_identity(state: State<'_, AppState>, id: i64, check: IdentityCheck) -> Reply<Request> {
    state.with_vault(move |v| v.requests().identity(id, check)).await
}

/// Extends the deadline by two further months; the core refuses it without a reason or a
/// notification inside the first month.
#[tauri::command]
pub async fn extend_request(state: State<'_, AppState>, id: i64, extension: ExtensionRequest) -> Reply<Request> {
    state.with_vault(move |v| v.requests().extend(id, extension)).await
}

/// Records what was done for a request, pointing at the audit entry that proves it.
/// The audit entries that may be recorded as what was done for the request, newest first,
/// each with a description to start from.
#[tauri::command]
pub async fn request_action_candidates(state: State<'_, AppState>, id: i64) -> Reply<Vec<ActionCandidate>> {
    state.with_vault(move |v| v.requests().action_candidates(id)).await
}

#[tauri::command]
pub async fn record_request_action(
    state: State<'_, AppState>,
    id: i64,
    audit_entry_id: i64,
    description: String,
) -> Reply<Request> {
    state.with_vault(move |v| v.requests().record_action(id, audit_entry_id, &description)).await
}

/// Closes a request as done; refused until an action is recorded.
#[tauri::command]
pub async fn close_request(state: State<'_, AppState>, id: i64, summary: Option<String>) -> Reply<Request> {
    state.with_vault(move |v| v.requests().close(id, summary.as_deref())).await
}

/// Closes a request from a requester matched to no contact, about whom a search found
/// nothing, as done: "no personal data held". Refused once matched to a contact.
#[tauri::command]
pub async fn close_request_no_data(state: State<'_, AppState>, id: i64, summary: Option<String>) -> Reply<Request> {
    state.with_vault(move |v| v.requests().close_no_data(id, summary.as_deref())).await
}

#[tauri::command]
pub async fn refuse_request(state: State<'_, AppState>, id: i64, reason: String) -> Reply<Request> {
    state.with_vault(move |v| v.requests().refuse(id, &reason)).await
}

/// Links a request from a requester not yet known to their contact card.
#[tauri::command]
pub async fn match_request_contact(state: State<'_, AppState>, id: i64, contact: i64) -> Reply<Request> {
    state.with_vault(move |v| v.requests().match_contact(id, contact)).await
}

/// Open requests due within 7 days or overdue (the navigation's badge).
#[tauri::command]
pub async fn request_attention_count(state: State<'_, AppState>) -> Reply<u64> {
    state.with_vault(|v| v.requests().count_attention()).await
}
