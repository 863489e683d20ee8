//! Search across cards and conversations.

use custos_core::search::SearchHit;
use tauri::State;

use crate::state::AppState;

use super::Reply;

#[tauri::command]
pub async fn search(state: State<'_, AppState>, query: String, limit: u32) -> Reply<Vec<SearchHit>> {
    state.with_vault(move |v| v.search(&query, limit)).await
}
