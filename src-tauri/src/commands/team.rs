//! Settings → Team (docs/TEAM.md): make a team of this vault, invite a seat (the code as text
//! and as a QR code), sync now, the team's status and the problems a sync kept aside; and
//! "Join a team" before any vault is open. Who may do what, and what the status says, are the
//! core's.

use std::path::PathBuf;

use custos_core::sync::{Invitation, TeamStatus};
use custos_core::{Passphrase, Session, Vault};
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;

use crate::ipc::VaultInfo;
use crate::state::AppState;
use crate::team::TeamSynced;

use super::{Reply, blocking};

/// The team this vault is in, with where it stands; `null` when it is in none.
#[tauri::command]
pub async fn team_status(state: State<'_, AppState>) -> Reply<Option<TeamStatus>> {
    state.in_background(|v| if v.team()?.is_some() { v.team_status().map(Some) } else { Ok(None) }).await
}

/// Makes a team of this vault, shared through `folder`; this computer is `seat_name`.
#[tauri::command]
pub async fn team_create<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    folder: String,
    seat_name: String,
) -> Reply<TeamStatus> {
    let folder = PathBuf::from(folder.trim());
    state.with_vault(move |v| v.team_init(&folder, &seat_name)).await?;
    crate::team::sync_now(&app, false).await?;
    state.with_vault(|v| v.team_status()).await
}

/// Syncs now: sends this seat's changes and applies the other seats' files (`null` when the
/// vault is in no team).
#[tauri::command]
pub async fn team_sync_now<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Reply<Option<TeamSynced>> {
    state.touch();
    crate::team::sync_now(&app, false).await
}

/// An invitation to join the team, with its code drawn as a QR code.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct InvitationShown {
    pub invitation: Invitation,
    /// The code as a QR code: an SVG image, for a phone to carry it to the other computer.
    pub qr_svg: String,
}

/// Invites another computer to join, for `operator` (who will work there).
#[tauri::command]
pub async fn team_invite(state: State<'_, AppState>, operator: String) -> Reply<InvitationShown> {
    let invitation = state.with_vault(move |v| v.team_invite(&operator)).await?;
    let qr_svg = crate::team::qr_svg(&invitation.code)?;
    Ok(InvitationShown { invitation, qr_svg })
}

/// Puts a problem the sync kept aside out of the list, once a person has looked at it.
#[tauri::command]
pub async fn team_dismiss_problem(state: State<'_, AppState>, id: i64) -> Reply<TeamStatus> {
    state
        .with_vault(move |v| {
            v.team_problem_dismiss(id)?;
            v.team_status()
        })
        .await
}

/// Removes a seat (its id or name) from the team, as an owner: the other seats get a new team
/// key, so the removed seat reads nothing written from now on; the removal goes out at once.
#[tauri::command]
pub async fn team_remove_seat<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    seat: String,
) -> Reply<TeamStatus> {
    state.with_vault(move |v| v.team_remove_seat(&seat)).await?;
    crate::team::sync_now(&app, false).await?;
    state.with_vault(|v| v.team_status()).await
}

/// Joins a team with an invitation's code: the book arrives as a new vault at `path`, for the
/// invitation's operator, opened by `passphrase` (typed twice), and is unlocked.
#[tauri::command]
pub async fn team_join(
    state: State<'_, AppState>,
    code: String,
    folder: String,
    path: String,
    seat_name: String,
    passphrase: String,
    repeat: String,
) -> Reply<VaultInfo> {
    let pass = Passphrase::new(passphrase).confirm(&Passphrase::new(repeat))?;
    let (folder, path) = (PathBuf::from(folder.trim()), PathBuf::from(path.trim()));
    let vault = blocking(move || {
        // The operator is the invitation's: the core names it.
        Ok(Vault::team_join(code.trim(), &folder, &path, &seat_name, &pass, Session::new(""))?)
    })
    .await?;
    super::vault::opened(&state, vault)
}
