//! Who works in the vault and how it is opened: Settings → Operators (the operators and their
//! roles, the recovery kit, re-keying, the raw data key) and every operator's own passphrase.
//! Who may do what is the core's rule: these commands ask, and pass on its refusal.

use std::path::PathBuf;

use custos_core::Passphrase;
use custos_core::operators::{Operator, Permissions, Role};
use custos_core::vault::RevealedKey;
use custos_documents::{Invalid, Language};
use serde::Serialize;
use tauri::{AppHandle, Emitter, Runtime, State};
use ts_rs::TS;

use crate::ipc::{SavedDocument, VaultInfo};
use crate::state::AppState;

use super::Reply;

/// The event the UI hears while the vault is re-keyed (payload: [`RekeyProgress`]).
pub const REKEY_PROGRESS: &str = "rekey-progress";

/// How far a re-key got, in pages of the vault file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct RekeyProgress {
    pub done: u64,
    pub total: u64,
}

/// The open vault as the UI shows it: who works, what they may do, whether they must choose
/// their own passphrase first, whether a recovery kit exists.
#[tauri::command]
pub async fn vault_info(state: State<'_, AppState>) -> Reply<VaultInfo> {
    state.in_background(|v| VaultInfo::of(v)).await
}

/// What the operator working now may do.
#[tauri::command]
pub async fn permissions(state: State<'_, AppState>) -> Reply<Permissions> {
    state.in_background(|v| Ok(v.permissions())).await
}

/// Sets the passphrase of the operator working now (typed twice); clears "must choose your
/// own passphrase". Their key slot only: nothing is re-encrypted.
#[tauri::command]
pub async fn change_passphrase(state: State<'_, AppState>, passphrase: String, repeat: String) -> Reply<VaultInfo> {
    let pass = Passphrase::new(passphrase).confirm(&Passphrase::new(repeat))?;
    state
        .with_vault(move |v| {
            v.change_passphrase(&pass)?;
            VaultInfo::of(v)
        })
        .await
}

/// The vault's working operators, in the order they were added.
#[tauri::command]
pub async fn list_operators(state: State<'_, AppState>) -> Reply<Vec<Operator>> {
    state.with_vault(|v| v.operators()).await
}

/// Adds an operator with a first passphrase (typed twice), which they must change at their
/// first unlock. Owner only.
#[tauri::command]
pub async fn add_operator(
    state: State<'_, AppState>,
    name: String,
    role: Role,
    passphrase: String,
    repeat: String,
) -> Reply<Operator> {
    let pass = Passphrase::new(passphrase).confirm(&Passphrase::new(repeat))?;
    state.with_vault(move |v| v.add_operator(&name, role, &pass)).await
}

/// Changes an operator's role (at least one owner remains). Owner only. The answer is the
/// vault as the operator working now sees it: their own role may have been the one changed.
#[tauri::command]
pub async fn set_operator_role(state: State<'_, AppState>, id: i64, role: Role) -> Reply<VaultInfo> {
    state
        .with_vault(move |v| {
            v.set_operator_role(id, role)?;
            VaultInfo::of(v)
        })
        .await
}

/// Gives another operator a new first passphrase (typed twice), which they must change at
/// their next unlock. Owner only.
#[tauri::command]
pub async fn reset_operator(state: State<'_, AppState>, id: i64, passphrase: String, repeat: String) -> Reply<()> {
    let pass = Passphrase::new(passphrase).confirm(&Passphrase::new(repeat))?;
    state.with_vault(move |v| v.reset_operator(id, &pass)).await
}

/// Removes an operator and re-keys the vault so their passphrase opens nothing from now on
/// (backups made before keep the slots they carried). Long: progress arrives as
/// `rekey-progress` events. Owner only.
#[tauri::command]
pub async fn remove_operator<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, id: i64) -> Reply<()> {
    state.with_vault(move |v| v.remove_operator(id, progress(app))).await
}

/// "I think a passphrase leaked": re-encrypts the vault under a new data key for the same
/// operators and recovery kit. Long: progress arrives as `rekey-progress` events. Owner only.
#[tauri::command]
pub async fn rekey_vault<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Reply<()> {
    state.with_vault(move |v| v.rekey(progress(app))).await
}

/// Tells the UI how far a re-key got.
fn progress<R: Runtime>(app: AppHandle<R>) -> impl FnMut(u64, u64) {
    move |done, total| {
        let _ = app.emit(REKEY_PROGRESS, RekeyProgress { done, total });
    }
}

/// Makes a new recovery kit (the old one stops working) and saves its one-page PDF at `path`
/// in `language` (never over an existing file unless `replace`). The code is on the sheet
/// only: it is not kept anywhere else. Owner only.
#[tauri::command]
pub async fn make_recovery_kit(
    state: State<'_, AppState>,
    path: String,
    language: String,
    replace: bool,
) -> Reply<SavedDocument> {
    let language: Language =
        language.parse().map_err(|message| custos_documents::Error::from(Invalid::UnknownLanguage { message }))?;
    let path = PathBuf::from(path.trim());
    if path.as_os_str().is_empty() {
        return Err(custos_documents::Error::from(Invalid::NoPath).into());
    }
    let target = path.clone();
    let saved = state
        .with_vault_documents(move |v| {
            // Refused before a new kit replaces the old one, which would then be lost.
            if !replace && target.exists() {
                return Err(custos_documents::Error::FileExists { path: target });
            }
            // The new code takes effect only once its sheet is saved: a failed save keeps the old kit.
            let pdf = v.new_recovery_kit_then(|kit| -> custos_documents::Result<custos_documents::Pdf> {
                let pdf = custos_documents::RecoveryKit::from(kit).to_pdf(language)?;
                if replace {
                    pdf.save_replacing(&target)?
                } else {
                    pdf.save(&target)?
                }
                Ok(pdf)
            })?;
            Ok(SavedDocument {
                path: target.display().to_string(),
                pages: u32::try_from(pdf.pages()).unwrap_or(u32::MAX),
                bytes: u64::try_from(pdf.bytes().len()).unwrap_or(u64::MAX),
                sha256: pdf.sha256(),
            })
        })
        .await?;
    state.remember_saved(&path);
    Ok(saved)
}

/// The vault's raw data key and the commands that open the file in the `sqlcipher` shell,
/// behind the passphrase of the operator working now ("never locked in"). Audited. Owner only.
#[tauri::command]
pub async fn reveal_data_key(state: State<'_, AppState>, passphrase: String) -> Reply<RevealedKey> {
    let pass = Passphrase::new(passphrase);
    state.with_vault(move |v| v.reveal_data_key(&pass)).await
}
