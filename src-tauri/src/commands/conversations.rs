//! Conversations on a card: by hand, or imported from a chat export.

use std::path::PathBuf;

use chrono::{Local, Offset};
use custos_core::import::WhatsAppOptions;
use custos_core::interactions::{Conversation, ConversationSummary, NewConversation};
use tauri::{AppHandle, Emitter, Runtime, State};

use crate::ipc::{ImportProgress, ImportRequest};
use crate::state::AppState;

use super::{Reply, blocking};

#[tauri::command]
pub async fn get_conversation(state: State<'_, AppState>, id: i64) -> Reply<Conversation> {
    state.with_vault(move |v| v.interactions().get(id)).await
}

#[tauri::command]
pub async fn add_conversation(
    state: State<'_, AppState>,
    contact: i64,
    conversation: NewConversation,
) -> Reply<ConversationSummary> {
    state.with_vault(move |v| v.interactions().add(contact, conversation)).await
}

#[tauri::command]
pub async fn import_transcript<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    request: ImportRequest,
) -> Reply<ConversationSummary> {
    let path = PathBuf::from(&request.path);
    let text = blocking(move || Ok(custos_core::import::read_export(&path)?)).await?;
    let offset = match request.utc_offset_minutes {
        Some(minutes) => {
            custos_core::ts::offset_from_minutes(minutes).map_err(|e| e.for_field("utc_offset_minutes"))?
        }
        None => Local::now().offset().fix(),
    };
    let options =
        WhatsAppOptions { utc_offset: offset, contact_sender: request.contact_sender, staff_senders: request.staff };
    state
        .with_vault(move |v| {
            v.import_transcript_with_progress(request.contact, &text, &options, &mut |done, total| {
                let progress = ImportProgress { done: done as u32, total: total as u32 };
                let _ = app.emit("import-progress", progress);
            })
        })
        .await
}
