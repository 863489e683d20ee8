//! Conversations on a card: by hand, or imported from a chat export; and conversations from
//! files of e-mail, Telegram, Messenger and website chats, matched to the cards of the people
//! in them (read once into a session the shell keeps: see `crate::conversation_files`).

use std::path::PathBuf;

use chrono::{FixedOffset, Local, Offset};
use custos_core::import::WhatsAppOptions;
use custos_core::import::conversations::{ConversationsImported, ConversationsPreview};
use custos_core::import::people::PersonChoice;
use custos_core::import::sources::{self, ConversationFormat, ReadOptions};
use custos_core::import::web_chat::{WebChatInspected, WebChatMapping};
use custos_core::interactions::{Conversation, ConversationSummary, NewConversation};
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Emitter, Runtime, State};
use ts_rs::TS;

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
    let options = WhatsAppOptions {
        utc_offset: offset(request.utc_offset_minutes)?,
        contact_sender: request.contact_sender,
        staff_senders: request.staff,
    };
    state
        .with_vault(move |v| {
            v.import_transcript_with_progress(request.contact, &text, &options, &mut |done, total| {
                let progress = ImportProgress { done: done as u32, total: total as u32 };
                let _ = app.emit("import-progress", progress);
            })
        })
        .await
}

/// The zone of times a file writes without one: given in minutes, else this computer's.
fn offset(minutes: Option<i32>) -> Reply<FixedOffset> {
    match minutes {
        Some(minutes) => {
            Ok(custos_core::ts::offset_from_minutes(minutes).map_err(|e| e.for_field("utc_offset_minutes"))?)
        }
        None => Ok(Local::now().offset().fix()),
    }
}

/// A file the person chose, and what it is.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ConversationFile {
    pub path: String,
    pub name: String,
    pub format: ConversationFormat,
    /// True for e-mail, Telegram, Messenger and web-chat files (their people are matched to
    /// cards); false for WhatsApp text and Custos JSON, imported on one card.
    pub matches_people: bool,
}

/// The files `paths` stand for (a folder: the files in it Custos reads), each with its format.
#[tauri::command]
pub async fn conversation_files(paths: Vec<String>) -> Reply<Vec<ConversationFile>> {
    blocking(move || {
        let paths: Vec<PathBuf> = paths.iter().map(|p| PathBuf::from(p.trim())).collect();
        let mut out = Vec::new();
        for path in sources::files(&paths)? {
            let head = sources::head(&path)?;
            let format = sources::detect(&path, &head);
            let name =
                path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
            out.push(ConversationFile {
                path: path.display().to_string(),
                name,
                format,
                matches_people: format.matches_people(),
            });
        }
        Ok(out)
    })
    .await
}

/// A website chat's CSV file: its columns, the guessed mapping and the first rows.
#[tauri::command]
pub async fn inspect_web_chat(path: String) -> Reply<WebChatInspected> {
    blocking(move || {
        let path = PathBuf::from(path.trim());
        let bytes = custos_core::files::read_regular(&path, custos_core::files::MAX_IMPORT_BYTES)?;
        Ok(custos_core::import::web_chat::inspect(&bytes)?)
    })
    .await
}

/// Files of conversations to read.
#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct ConversationFilesRequest {
    pub paths: Vec<String>,
    /// The format of every file, when the person named it; else each file's is detected.
    #[ts(optional)]
    pub format: Option<ConversationFormat>,
    /// The columns of a website chat's CSV file; else guessed from its header.
    #[ts(optional)]
    pub mapping: Option<WebChatMapping>,
    /// The offset from UTC, in minutes, of times written without a zone; else this computer's.
    #[ts(optional)]
    pub utc_offset_minutes: Option<i32>,
    /// The card the import was started from, if any.
    #[ts(optional)]
    pub card: Option<i64>,
}

/// Files read: the session the next steps name, and the preview with the choices it starts
/// from (on a card: the one unknown writer is the card's person).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct OpenedConversations {
    pub session: u32,
    pub files: u32,
    pub choices: Vec<PersonChoice>,
    pub preview: ConversationsPreview,
}

/// Reads files of conversations (all of them, or none if one is broken) and previews them.
#[tauri::command]
pub async fn open_conversation_files(
    state: State<'_, AppState>,
    request: ConversationFilesRequest,
) -> Reply<OpenedConversations> {
    let options = ReadOptions {
        utc_offset: offset(request.utc_offset_minutes)?,
        mapping: request.mapping,
        format: request.format,
    };
    let paths: Vec<PathBuf> = request.paths.iter().map(|p| PathBuf::from(p.trim())).collect();
    let read = blocking(move || Ok(sources::read(&paths, &options)?)).await?;
    let files = u32::try_from(read.files.len()).unwrap_or(u32::MAX);
    let parts = read.parts;
    let card = request.card;
    let (parts, choices, preview) = state
        .with_vault(move |v| {
            let (choices, preview) = v.preview_conversations_on(&parts, card)?;
            Ok((parts, choices, preview))
        })
        .await?;
    let session = state.conversation_files().open(parts);
    Ok(OpenedConversations { session, files, choices, preview })
}

/// The preview of a session's files with these choices for the people in them.
#[tauri::command]
pub async fn preview_conversation_files(
    state: State<'_, AppState>,
    session: u32,
    choices: Vec<PersonChoice>,
) -> Reply<ConversationsPreview> {
    let parts = state.conversation_files().parts(session)?;
    state.with_vault(move |v| v.preview_conversations(&parts, &choices)).await
}

/// Imports a session's conversations with these choices, in one transaction; the progress
/// comes as `import-progress` events. The session is closed after.
#[tauri::command]
pub async fn import_conversation_files<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    session: u32,
    choices: Vec<PersonChoice>,
) -> Reply<ConversationsImported> {
    let parts = state.conversation_files().parts(session)?;
    let done = state
        .with_vault(move |v| {
            v.import_conversations(&parts, &choices, &mut |done, total| {
                let progress = ImportProgress { done: done as u32, total: total as u32 };
                let _ = app.emit("import-progress", progress);
            })
        })
        .await?;
    state.conversation_files().close(session);
    Ok(done)
}

/// Drops a session's files (the dialog was closed).
#[tauri::command]
pub async fn close_conversation_files(state: State<'_, AppState>, session: u32) -> Reply<bool> {
    Ok(state.conversation_files().close(session))
}
