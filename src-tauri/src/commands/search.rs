//! Search across cards and conversations.

use custos_core::search::{Mark, SearchHit};
use tauri::State;

use crate::state::AppState;

use super::Reply;

#[tauri::command]
pub async fn search(state: State<'_, AppState>, query: String, limit: u32) -> Reply<Vec<SearchHit>> {
    state.with_vault(move |v| v.search(&query, limit)).await
}

/// Where `text` matches `query`, as the search matches (for highlighting a message found by a
/// search). Needs no vault.
#[tauri::command]
pub async fn highlight(text: String, query: String) -> Reply<Vec<Mark>> {
    Ok(custos_core::search::marks(&text, &query))
}
