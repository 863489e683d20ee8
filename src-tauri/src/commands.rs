//! The commands the UI may call. Each one is a thin adapter: arguments in, one core call on a
//! worker thread, the core's result or `{code, message}` out.

use std::path::PathBuf;

use chrono::{FixedOffset, Local, Offset};
use custos_core::company::CompanyProfile;
use custos_core::contacts::{Contact, ContactPage, ContactPatch, ContactQuery, NewContact};
use custos_core::import::WhatsAppOptions;
use custos_core::interactions::{Conversation, ConversationSummary, NewConversation};
use custos_core::purposes::{Purpose, PurposeSpec};
use custos_core::search::SearchHit;
use custos_core::vault::{IntegrityReport, Strength};
use custos_core::{Passphrase, Session, Vault};
use tauri::{AppHandle, Emitter, Runtime, State};

use crate::ipc::{AppInfo, ContactCard, ImportProgress, ImportRequest, IpcError, LockedEvent, Settings, VaultInfo};
use crate::state::AppState;

type Reply<T> = Result<T, IpcError>;

/// The invoke handler listing every command (keep in step with build.rs).
pub fn handler<R: Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        app_info,
        passphrase_strength,
        create_vault,
        unlock,
        lock,
        activity,
        update_settings,
        list_contacts,
        get_contact,
        reveal_contact,
        add_contact,
        edit_contact,
        get_conversation,
        add_conversation,
        import_transcript,
        search,
        list_purposes,
        add_purpose,
        update_purpose,
        get_company,
        set_company,
        check_vault,
    ]
}

/// Runs blocking work (key derivation, file I/O) off the UI thread.
async fn blocking<T: Send + 'static>(f: impl FnOnce() -> Reply<T> + Send + 'static) -> Reply<T> {
    tauri::async_runtime::spawn_blocking(f).await.map_err(IpcError::internal)?
}

/// The vault path the app offers by default: `CUSTOS_VAULT`, else the per-user data folder.
fn default_vault_path() -> Reply<PathBuf> {
    match std::env::var_os("CUSTOS_VAULT") {
        Some(p) => Ok(PathBuf::from(p)),
        None => Ok(custos_core::vault::default_path()?),
    }
}

#[tauri::command]
pub async fn app_info(state: State<'_, AppState>) -> Reply<AppInfo> {
    let settings = state.settings();
    let default = default_vault_path()?;
    let suggested = settings.last_vault.clone().map(PathBuf::from).unwrap_or_else(|| default.clone());
    Ok(AppInfo {
        default_vault_path: default.display().to_string(),
        suggested_vault_exists: suggested.exists(),
        suggested_vault_path: suggested.display().to_string(),
        unlocked: state.is_unlocked(),
        settings,
    })
}

#[tauri::command]
pub async fn passphrase_strength(passphrase: String) -> Reply<Strength> {
    Ok(Passphrase::new(passphrase).strength())
}

/// Remembers the vault and operator for next time, after a successful create or unlock.
fn remember(state: &AppState, path: &std::path::Path, operator: &str) -> Reply<()> {
    let mut settings = state.settings();
    settings.last_vault = Some(path.display().to_string());
    settings.operator = operator.to_owned();
    state.save_settings(settings).map(|_| ())
}

#[tauri::command]
pub async fn create_vault(
    state: State<'_, AppState>,
    path: String,
    passphrase: String,
    repeat: String,
    operator: String,
) -> Reply<VaultInfo> {
    let pass = Passphrase::new(passphrase).confirm(&Passphrase::new(repeat))?;
    let path = PathBuf::from(path.trim());
    let (p, op) = (path.clone(), operator.clone());
    let vault = blocking(move || Ok(Vault::create(&p, &pass, Session::new(op))?)).await?;
    let info = VaultInfo { path: path.display().to_string(), operator: vault.operator().to_owned() };
    state.set_vault(vault);
    remember(&state, &path, &info.operator)?;
    Ok(info)
}

#[tauri::command]
pub async fn unlock(
    state: State<'_, AppState>,
    path: String,
    passphrase: String,
    operator: String,
) -> Reply<VaultInfo> {
    let pass = Passphrase::new(passphrase);
    let path = PathBuf::from(path.trim());
    let (p, op) = (path.clone(), operator.clone());
    let vault = blocking(move || Ok(Vault::open(&p, &pass, Session::new(op))?)).await?;
    let info = VaultInfo { path: path.display().to_string(), operator: vault.operator().to_owned() };
    state.set_vault(vault);
    remember(&state, &path, &info.operator)?;
    Ok(info)
}

#[tauri::command]
pub async fn lock<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Reply<()> {
    if state.lock_vault() {
        app.emit("vault-locked", LockedEvent { reason: "user".into() }).map_err(IpcError::internal)?;
    }
    Ok(())
}

/// The user typed, clicked or scrolled: postpone the auto-lock.
#[tauri::command]
pub async fn activity(state: State<'_, AppState>) -> Reply<()> {
    state.touch();
    Ok(())
}

#[tauri::command]
pub async fn update_settings(state: State<'_, AppState>, settings: Settings) -> Reply<Settings> {
    let current = state.settings();
    state.save_settings(Settings { last_vault: current.last_vault, ..settings })
}

#[tauri::command]
pub async fn list_contacts(state: State<'_, AppState>, query: ContactQuery) -> Reply<ContactPage> {
    state.with_vault(move |v| v.contacts().list(&query)).await
}

#[tauri::command]
pub async fn get_contact(state: State<'_, AppState>, id: i64) -> Reply<ContactCard> {
    state
        .with_vault(move |v| {
            Ok(ContactCard {
                contact: v.contacts().get(id)?.masked(),
                conversations: v.interactions().for_contact(id)?,
            })
        })
        .await
}

#[tauri::command]
pub async fn reveal_contact(state: State<'_, AppState>, id: i64) -> Reply<Contact> {
    state.with_vault(move |v| v.contacts().reveal(id)).await
}

#[tauri::command]
pub async fn add_contact(state: State<'_, AppState>, contact: NewContact) -> Reply<Contact> {
    state.with_vault(move |v| Ok(v.contacts().add(contact)?.masked())).await
}

#[tauri::command]
pub async fn edit_contact(state: State<'_, AppState>, id: i64, patch: ContactPatch) -> Reply<Contact> {
    state.with_vault(move |v| Ok(v.contacts().edit(id, patch)?.masked())).await
}

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
    let text = blocking({
        let path = path.clone();
        move || {
            std::fs::read_to_string(&path).map_err(|e| IpcError {
                code: "io".into(),
                message: format!(
                    "Could not read {} as text: {e}. Choose the .txt or .json file of the export.",
                    path.display()
                ),
            })
        }
    })
    .await?;
    let offset = request
        .utc_offset_minutes
        .and_then(|m| FixedOffset::east_opt(m.saturating_mul(60)))
        .unwrap_or_else(|| Local::now().offset().fix());
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

#[tauri::command]
pub async fn search(state: State<'_, AppState>, query: String, limit: u32) -> Reply<Vec<SearchHit>> {
    state.with_vault(move |v| v.search(&query, limit)).await
}

#[tauri::command]
pub async fn list_purposes(state: State<'_, AppState>) -> Reply<Vec<Purpose>> {
    state.with_vault(|v| v.purposes().list()).await
}

#[tauri::command]
pub async fn add_purpose(state: State<'_, AppState>, spec: PurposeSpec) -> Reply<Purpose> {
    state.with_vault(move |v| v.purposes().add(spec)).await
}

#[tauri::command]
pub async fn update_purpose(state: State<'_, AppState>, id: i64, spec: PurposeSpec) -> Reply<Purpose> {
    state.with_vault(move |v| v.purposes().update(id, spec)).await
}

#[tauri::command]
pub async fn get_company(state: State<'_, AppState>) -> Reply<Option<CompanyProfile>> {
    state.with_vault(|v| v.company().get()).await
}

#[tauri::command]
pub async fn set_company(state: State<'_, AppState>, profile: CompanyProfile) -> Reply<CompanyProfile> {
    state.with_vault(move |v| v.company().set(profile)).await
}

#[tauri::command]
pub async fn check_vault(state: State<'_, AppState>) -> Reply<IntegrityReport> {
    state.with_vault(|v| v.check()).await
}
