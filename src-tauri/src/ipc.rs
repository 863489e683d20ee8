//! What crosses the IPC boundary besides the core's own types. TypeScript definitions are
//! generated from these (ts-rs) into ui/src/lib/bindings.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use custos_core::contacts::Contact;
use custos_core::interactions::ConversationSummary;

/// An error as the UI sees it: a stable code to branch on and a message to show.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct IpcError {
    pub code: String,
    pub message: String,
}

impl IpcError {
    pub fn locked() -> Self {
        IpcError { code: "locked".into(), message: "The vault is locked. Unlock it to continue.".into() }
    }

    /// A refusal of the shell's own (code `refused`, as the core's): what to do instead.
    pub fn refused(message: impl Into<String>) -> Self {
        IpcError { code: "refused".into(), message: message.into() }
    }

    pub fn internal(what: impl std::fmt::Display) -> Self {
        IpcError { code: "internal".into(), message: format!("Internal error: {what}. Please report this.") }
    }
}

impl From<custos_core::Error> for IpcError {
    fn from(e: custos_core::Error) -> Self {
        IpcError { code: e.code().into(), message: e.to_string() }
    }
}

/// The user's preferences, kept in the app's config folder (not in the vault).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(default)]
pub struct Settings {
    /// Lock the vault after this many idle minutes (1–240).
    pub auto_lock_minutes: u32,
    /// Who is working: named in every audit entry.
    pub operator: String,
    /// The vault opened last.
    pub last_vault: Option<String>,
    /// The UI's language ("en", "pl", "de", "fr", "it", "es", "bg") as chosen in Settings on
    /// this computer; none to follow the operating system's.
    pub language: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { auto_lock_minutes: 10, operator: String::new(), last_vault: None, language: None }
    }
}

/// What the UI needs to know at start.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct AppInfo {
    pub default_vault_path: String,
    /// The vault to offer for unlocking: the last one opened, else the default location.
    pub suggested_vault_path: String,
    pub suggested_vault_exists: bool,
    pub unlocked: bool,
    pub settings: Settings,
    /// The language the UI shows: the one chosen in Settings, else the operating system's
    /// first language Custos speaks, else English. Documents default to it.
    pub language: String,
    /// The operating system's language as Custos picks it (what "as the system" means).
    pub system_language: String,
}

/// The open vault.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct VaultInfo {
    pub path: String,
    pub operator: String,
}

/// What the app does with a vault file it was given from outside (a launch with a file, or a
/// second launch while it runs), as the shell decided it (`take_open_request`).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum OpenRequest {
    /// No vault is unlocked: the unlock screen offers this file.
    Unlock { path: String },
    /// This file is the vault unlocked now: nothing more to do.
    AlreadyOpen { path: String },
    /// Another vault (`unlocked`) is open: it is locked only if the user agrees, and then the
    /// unlock screen offers this file.
    LockFirst { path: String, unlocked: String },
    /// The file cannot be opened (not there, not a file): say why.
    Refused { path: String, error: IpcError },
}

/// A contact card with its conversations; sensitive fields masked.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ContactCard {
    pub contact: Contact,
    pub conversations: Vec<ConversationSummary>,
}

/// A chat export to import.
#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct ImportRequest {
    pub contact: i64,
    /// The file the user chose in the native dialog.
    pub path: String,
    /// The sender in the chat who is the contact, when the names differ.
    #[ts(optional)]
    pub contact_sender: Option<String>,
    /// Senders who are the firm's staff.
    #[serde(default)]
    pub staff: Vec<String>,
    /// The phone's offset from UTC in minutes; defaults to this computer's.
    #[ts(optional)]
    pub utc_offset_minutes: Option<i32>,
}

/// Payload of the `import-progress` event.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ImportProgress {
    pub done: u32,
    pub total: u32,
}

/// Payload of the `clean-up-progress` event: contacts done of the confirmed list.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct CleanUpProgress {
    pub done: u32,
    pub total: u32,
}

/// Payload of the `vault-locked` event: "idle" or "user".
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct LockedEvent {
    pub reason: String,
}

/// Which document to generate, as the UI sends it: the documents crate checks it and turns it
/// into its job (`custos_documents::Job`).
pub use custos_documents::DocumentRequest;

/// A document written where the user chose.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SavedDocument {
    pub path: String,
    /// Pages of a PDF; 0 for a web page or a ZIP.
    pub pages: u32,
    pub bytes: u64,
    pub sha256: String,
}

impl From<custos_documents::Saved> for SavedDocument {
    fn from(saved: custos_documents::Saved) -> Self {
        SavedDocument {
            path: saved.path.display().to_string(),
            pages: saved.pages.map_or(0, |n| u32::try_from(n).unwrap_or(u32::MAX)),
            bytes: saved.bytes,
            sha256: saved.sha256,
        }
    }
}

impl From<custos_documents::Error> for IpcError {
    fn from(e: custos_documents::Error) -> Self {
        IpcError { code: e.code().into(), message: e.to_string() }
    }
}
