//! What crosses the IPC boundary besides the core's own types. TypeScript definitions are
//! generated from these (ts-rs) into ui/src/lib/bindings.

use std::collections::BTreeMap;

use custos_core::error::{Param, Said};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use custos_core::contacts::Contact;
use custos_core::interactions::ConversationSummary;
use custos_core::operators::Permissions;

/// An error as the UI sees it: a stable code to branch on, the finer reason and the data the
/// UI words its message with (in the UI's language), and the core's English message (shown
/// where the UI has no words for the reason).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct IpcError {
    /// One of the generated `ErrorCode`s.
    pub code: String,
    /// One of the generated `ReasonCode`s: why an input is invalid or an action refused (the
    /// UI's message is `error-reason-<reason>`; without a reason, `error-<code>`).
    pub reason: Option<String>,
    /// The message's data by name: paths, names, field codes, ids and dates (ISO 8601) as
    /// text, counts as numbers.
    pub params: BTreeMap<String, Param>,
    /// The things the message lists, each by code and data: what a document lacks
    /// (`document_incomplete`: custos_documents' `Missing`, message `missing-<code>`), the rows
    /// that cannot be imported (`problem_rows`: a `RowWhy` with its `line`, message
    /// `said-row-<code>`). Empty for other errors.
    pub items: Vec<Said>,
    /// In English, as the command line says it.
    pub message: String,
}

custos_core::reasons! {
    /// Why the shell itself refuses (its English text is the message).
    pub enum ShellWhy {
        ImportClosed = "import_closed" {} => ("This import was closed (or the vault locked): choose the file again."),
        PreviewFirst = "preview_first" {} => ("Preview the import first: nothing was imported."),
        VcardNeedsNoMapping = "vcard_needs_no_mapping" {} => ("A vCard file needs no mapping."),
        UndoOnlyThisSession = "undo_only_this_session" {} =>
            ("Only an import made since Custos was started can be undone here."),
        BackupRunning = "backup_running" {} => ("A backup is being made right now. Wait until it has finished."),
        OnlyJustSaved = "only_just_saved" {} => ("Only a document Custos has just saved can be opened from here."),
        NotAFileName = "not_a_file_name" { name: String } => ("'{name}' is not a file name: leave out any folder."),
        ViewerFailed = "viewer_failed" { path: String, reason: String } =>
            ("Could not open {path} in the system viewer: {reason}. Open the file from its folder."),
        NoFileAt = "no_file_at" { path: String } =>
            ("There is no file at {path}. Check the file's name and folder, then open it again."),
    }
}

fn params(list: Vec<(&'static str, Param)>) -> BTreeMap<String, Param> {
    list.into_iter().map(|(name, value)| (name.to_owned(), value)).collect()
}

impl IpcError {
    pub fn locked() -> Self {
        IpcError {
            code: "locked".into(),
            reason: None,
            params: BTreeMap::new(),
            items: Vec::new(),
            message: "The vault is locked. Unlock it to continue.".into(),
        }
    }

    /// An error of the shell's own with `code` (`refused`, as the core's, unless it is one of
    /// the core's kinds): why, and what to do instead.
    pub fn because(code: &str, why: ShellWhy) -> Self {
        IpcError {
            code: code.into(),
            reason: Some(why.code().into()),
            params: params(why.params()),
            items: Vec::new(),
            message: why.to_string(),
        }
    }

    /// A refusal of the shell's own (code `refused`, as the core's): what to do instead.
    pub fn refused(why: ShellWhy) -> Self {
        IpcError::because("refused", why)
    }

    pub fn internal(what: impl std::fmt::Display) -> Self {
        let what = what.to_string();
        IpcError {
            code: "internal".into(),
            reason: None,
            message: format!("Internal error: {what}. Please report this."),
            params: params(vec![("reason", Param::Text(what))]),
            items: Vec::new(),
        }
    }
}

impl From<custos_core::Error> for IpcError {
    fn from(e: custos_core::Error) -> Self {
        IpcError {
            code: e.code().into(),
            reason: e.reason().map(str::to_owned),
            params: params(e.params()),
            items: e.items(),
            message: e.to_string(),
        }
    }
}

/// The user's preferences, kept in the app's config folder (not in the vault).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(default)]
pub struct Settings {
    /// Lock the vault after this many idle minutes (1–240).
    pub auto_lock_minutes: u32,
    /// The operator who unlocked last (what the unlock screen offers for a vault it has no
    /// entry in `operators` for, and the name a vault made before key slots is given).
    pub operator: String,
    /// The operator who unlocked each vault last on this computer, by the vault's path: the
    /// unlock screen picks them again.
    pub operators: BTreeMap<String, String>,
    /// The vault opened last.
    pub last_vault: Option<String>,
    /// The UI's language ("en", "pl", "de", "fr", "it", "es", "bg") as chosen in Settings on
    /// this computer; none to follow the operating system's.
    pub language: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            auto_lock_minutes: 10,
            operator: String::new(),
            operators: BTreeMap::new(),
            last_vault: None,
            language: None,
        }
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

/// The open vault, and who works in it.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct VaultInfo {
    pub path: String,
    /// The authenticated operator (the name their key slot belongs to).
    pub operator: String,
    /// What they may do: the UI shows only that (the core refuses the rest anyway).
    pub permissions: Permissions,
    /// They must choose their own passphrase before anything else (a first one was given).
    pub must_change_passphrase: bool,
    /// A recovery kit exists for the vault (else Settings says there is none yet).
    pub recovery_kit: bool,
}

impl VaultInfo {
    /// What the UI needs to know of the vault just opened.
    pub fn of(vault: &custos_core::Vault) -> custos_core::Result<VaultInfo> {
        Ok(VaultInfo {
            path: vault.path().display().to_string(),
            operator: vault.operator().to_owned(),
            permissions: vault.permissions(),
            must_change_passphrase: vault.must_change_passphrase(),
            recovery_kit: vault.has_recovery_kit()?,
        })
    }
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
        IpcError {
            code: e.code().into(),
            reason: e.reason().map(str::to_owned),
            params: params(e.params()),
            items: e.missing().iter().map(custos_documents::Missing::said).collect(),
            message: e.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the UI gets for an error: the code, the reason and the data its message needs, as
    /// JSON (numbers stay numbers, dates are ISO text), and the English message as it was.
    #[test]
    fn an_error_crosses_with_its_reason_and_params() {
        let json = |e: IpcError| serde_json::to_value(e).unwrap();

        let short = json(custos_core::Error::PassphraseTooShort { min: 12, actual: 5 }.into());
        assert_eq!(
            short,
            serde_json::json!({
                "code": "passphrase_too_short",
                "reason": null,
                "params": { "min": 12, "actual": 5 },
                "items": [],
                "message": "The passphrase is too short: use at least 12 characters (it has 5).",
            })
        );

        let invalid: IpcError = "tomorrow".parse::<custos_core::retention::Period>().unwrap_err().into();
        assert_eq!(invalid.code, "invalid_input");
        assert_eq!(invalid.reason.as_deref(), Some("not_a_period"));
        assert_eq!(json(invalid.clone())["params"], serde_json::json!({ "field": "period", "text": "tomorrow" }));
        assert_eq!(invalid.message, "period: 'tomorrow' is not a period: write e.g. 60 days, 12 months or 5 years");

        let erased = json(custos_core::Error::Erased { id: 1234, at: "2026-03-01".into() }.into());
        assert_eq!(erased["params"], serde_json::json!({ "id": "1234", "date": "2026-03-01" }));

        let shell = json(IpcError::because("invalid_input", ShellWhy::NotAFileName { name: "a/b.pdf".into() }));
        assert_eq!(shell["reason"], "not_a_file_name");
        assert_eq!(shell["params"], serde_json::json!({ "name": "a/b.pdf" }));
        assert_eq!(shell["message"], "'a/b.pdf' is not a file name: leave out any folder.");

        let missing =
            json(custos_documents::Error::from(custos_documents::Invalid::SameTarget { path: "/a.pdf".into() }).into());
        assert_eq!((&missing["code"], &missing["reason"]), (&"invalid_input".into(), &"same_target".into()));
        assert_eq!(missing["params"], serde_json::json!({ "path": "/a.pdf" }));
    }
}
