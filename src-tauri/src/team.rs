//! Team sync as the app runs it (docs/TEAM.md): while a vault that is in a team is open, this
//! seat's new changes go to the shared folder within a second of the write that made them,
//! and the other seats' files are applied every few seconds. What is sent, how files apply,
//! which seat counts as offline and what the status says are the core's
//! (`custos_core::sync`); this file only runs the core's calls off the UI thread, without
//! holding up the auto-lock, and tells the UI what came of them.

use std::time::Duration;

use custos_core::sync::{Synced, TeamStatus};
use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager, Runtime};
use ts_rs::TS;

use crate::ipc::IpcError;
use crate::state::AppState;

/// The event the UI hears after each sync (payload: [`TeamSynced`]).
pub const TEAM_SYNCED: &str = "team-synced";

/// How often the app looks for changes of this seat to send.
const TICK: Duration = Duration::from_secs(1);

/// Every how many ticks the other seats' files are looked for, even with nothing to send.
const RECEIVE_EVERY: u32 = 5;

/// What a sync did and where the team stands after it, or why it could not run (the shared
/// folder is not reachable, say): the status bar and Settings → Team show it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct TeamSynced {
    pub synced: Option<Synced>,
    pub status: Option<TeamStatus>,
    pub error: Option<IpcError>,
}

/// Runs one sync now if the open vault is in a team: `Ok(None)` when it is not (or none is
/// open). `only_if_waiting`: only when this seat has changes not yet sent.
pub async fn sync_now<R: Runtime>(app: &AppHandle<R>, only_if_waiting: bool) -> Result<Option<TeamSynced>, IpcError> {
    let state = app.state::<AppState>();
    let outcome = state
        .in_background(move |v| {
            if v.team()?.is_none() || (only_if_waiting && !v.team_has_unsent()?) {
                return Ok(None);
            }
            let synced = v.team_sync();
            let status = v.team_status()?;
            Ok(Some((synced, status)))
        })
        .await;
    let synced = match outcome {
        Ok(None) => return Ok(None),
        Ok(Some((Ok(synced), status))) => TeamSynced { synced: Some(synced), status: Some(status), error: None },
        Ok(Some((Err(e), status))) => TeamSynced { synced: None, status: Some(status), error: Some(e.into()) },
        Err(e) if e.code == "locked" => return Ok(None),
        Err(e) => TeamSynced { synced: None, status: None, error: Some(e) },
    };
    let _ = app.emit(TEAM_SYNCED, synced.clone());
    Ok(Some(synced))
}

/// The loop that keeps a team's seats in step while the app runs.
pub fn spawn<R: Runtime>(app: AppHandle<R>) {
    std::thread::spawn(move || {
        let mut ticks: u32 = 0;
        loop {
            std::thread::sleep(TICK);
            if !app.state::<AppState>().is_unlocked() {
                ticks = 0;
                continue;
            }
            ticks = ticks.wrapping_add(1);
            let only_if_waiting = ticks % RECEIVE_EVERY != 1;
            let _ = tauri::async_runtime::block_on(sync_now(&app, only_if_waiting));
        }
    });
}

/// `code` as a QR code: an SVG image, black on white, with its quiet zone.
pub fn qr_svg(code: &str) -> Result<String, IpcError> {
    use qrcode::render::svg;
    let qr = qrcode::QrCode::with_error_correction_level(code, qrcode::EcLevel::M).map_err(IpcError::internal)?;
    Ok(qr
        .render::<svg::Color<'_>>()
        .min_dimensions(200, 200)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn an_invitation_code_is_drawn_as_an_svg_qr_code() {
        let svg = qr_svg("K7Q2-9XZA-3MNP-4T8R-WB6C-HJ2D-5VFG").unwrap();
        assert!(svg.starts_with("<?xml") && svg.contains("<svg") && svg.contains("#000000"), "{svg}");
        let longer = qr_svg(&"K7Q2-".repeat(40)).unwrap();
        assert!(longer.len() > svg.len(), "more data, more modules");
    }
}
