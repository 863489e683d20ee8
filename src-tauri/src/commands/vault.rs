//! Creating, unlocking (or recovering with the kit) and locking the vault; the app's settings; a vault file given from
//! outside; the integrity check.

use std::path::PathBuf;

use custos_core::vault::{IntegrityReport, RecoveryCode, Strength, Unlocking};
use custos_core::{Passphrase, Session, Vault};
use tauri::{AppHandle, Emitter, Runtime, State};

use crate::ipc::{AppInfo, IpcError, LockedEvent, OpenRequest, Settings, VaultInfo};
use crate::state::AppState;

use super::{Reply, blocking};

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
        language: state.language().code().to_owned(),
        system_language: crate::state::system_language().code().to_owned(),
    })
}

#[tauri::command]
pub async fn passphrase_strength(passphrase: String) -> Reply<Strength> {
    Ok(Passphrase::new(passphrase).strength())
}

/// Remembers the vault and who opened it for next time (on this computer), after a
/// successful create, unlock or recovery; and opens it in the app.
pub(super) fn opened(state: &AppState, vault: Vault) -> Reply<VaultInfo> {
    let info = VaultInfo::of(&vault)?;
    state.set_vault(vault);
    let mut settings = state.settings();
    settings.last_vault = Some(info.path.clone());
    settings.operator = info.operator.clone();
    settings.operators.insert(info.path.clone(), info.operator.clone());
    state.save_settings(settings)?;
    Ok(info)
}

/// What the unlock screen shows for the vault at `path` before it is open: its operators (to
/// pick who you are), whether "I forgot my passphrase" can use a recovery kit, and whether it
/// was made before key slots (then the name is typed, and becomes its owner's).
#[tauri::command]
pub async fn unlocking(path: String) -> Reply<Unlocking> {
    let path = PathBuf::from(path.trim());
    blocking(move || Ok(Vault::unlocking(&path)?)).await
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
    // No recovery kit yet: `recovery_kit` false tells the UI to offer printing one now.
    opened(&state, vault)
}

#[tauri::command]
pub async fn unlock<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    path: String,
    passphrase: String,
    operator: String,
) -> Reply<VaultInfo> {
    let pass = Passphrase::new(passphrase);
    let path = PathBuf::from(path.trim());
    let (p, op) = (path.clone(), operator.clone());
    let vault = blocking(move || Ok(Vault::open(&p, &pass, Session::new(op))?)).await?;
    let info = opened(&state, vault)?;
    crate::check_warnings_soon(app);
    Ok(info)
}

/// "I forgot my passphrase": opens the vault with the printed recovery code and sets a new
/// passphrase for `operator`, who must be an owner (audited). A mistyped code is refused
/// before anything is tried, naming the group to check.
#[tauri::command]
pub async fn recover<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    path: String,
    code: String,
    passphrase: String,
    repeat: String,
    operator: String,
) -> Reply<VaultInfo> {
    let code = RecoveryCode::parse(&code)?;
    let pass = Passphrase::new(passphrase).confirm(&Passphrase::new(repeat))?;
    let path = PathBuf::from(path.trim());
    let vault = blocking(move || Ok(Vault::recover(&path, &code, &pass, Session::new(operator))?)).await?;
    let info = opened(&state, vault)?;
    crate::check_warnings_soon(app);
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
    // Which vault and who opened it are the shell's to remember, not the form's.
    state.save_settings(Settings { last_vault: current.last_vault, operators: current.operators, ..settings })
}

/// The vault file the app was given from outside (a launch with a file, or a second launch),
/// once, with what to do with it now; null when there is none. The `open-requested` event says
/// when one arrives while the app runs.
#[tauri::command]
pub async fn take_open_request(state: State<'_, AppState>) -> Reply<Option<OpenRequest>> {
    Ok(state.take_open_request())
}

#[tauri::command]
pub async fn check_vault(state: State<'_, AppState>) -> Reply<IntegrityReport> {
    state.with_vault(|v| v.check()).await
}
