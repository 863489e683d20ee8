//! Desktop notifications of new retention warnings: soon after the vault is unlocked and once
//! a day while it stays open. Only warnings not announced before count. The keys of announced
//! warnings (contact id, action and due day — no names) are kept in the app's config folder;
//! the warnings themselves come from the core.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Mutex;

use custos_core::retention::WarningSummary;
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Emitter, Manager, Runtime};
use tauri_plugin_notification::NotificationExt;

use crate::state::AppState;

/// The event the UI hears when the warnings were counted again (payload: [`WarningSummary`]).
pub const RETENTION_CHANGED: &str = "retention-changed";

/// Checks one at a time, so two checks never interleave reading and writing the file.
static RECORDING: Mutex<()> = Mutex::new(());

/// What was announced, per vault file.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Announced {
    vaults: BTreeMap<String, BTreeSet<String>>,
}

/// The notification's title and text for `fresh` new warnings out of `total`, or `None` when
/// nothing is new.
pub fn notice(fresh: usize, total: u64) -> Option<(String, String)> {
    if fresh == 0 {
        return None;
    }
    let title =
        if fresh == 1 { "1 contact needs attention".to_owned() } else { format!("{fresh} contacts need attention") };
    let body = format!(
        "Their retention period is over ({total} in all). Open Needs attention in Custos to delete transcripts, \
         erase, or keep them with a reason."
    );
    Some((title, body))
}

/// Compares `current` warning keys with those announced before for `vault`, remembers
/// `current` (so warnings dealt with are forgotten), and returns how many are new. An
/// unreadable file counts as nothing announced; one that cannot be written is reported.
pub fn record(file: &Path, vault: &str, current: BTreeSet<String>) -> usize {
    let _one_at_a_time = RECORDING.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let mut announced: Announced =
        std::fs::read(file).ok().and_then(|bytes| serde_json::from_slice(&bytes).ok()).unwrap_or_default();
    let before = announced.vaults.get(vault);
    let fresh = current.iter().filter(|key| before.is_none_or(|b| !b.contains(*key))).count();
    announced.vaults.insert(vault.to_owned(), current);
    let written = serde_json::to_vec(&announced).map_err(|e| e.to_string()).and_then(|bytes| {
        if let Some(dir) = file.parent() {
            std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
        }
        std::fs::write(file, bytes).map_err(|e| e.to_string())
    });
    if let Err(e) = written {
        eprintln!("Custos: could not remember the announced warnings in {}: {e}", file.display());
    }
    fresh
}

/// Counts the warnings, tells the UI, and shows a notification if any are new. Does nothing
/// when the vault is locked; does not postpone the auto-lock.
pub async fn check<R: Runtime>(app: AppHandle<R>) {
    let state = app.state::<AppState>();
    let counted = state
        .in_background(|v| {
            let warnings = v.retention().warnings()?;
            let keys: BTreeSet<String> = warnings.iter().map(|w| w.key()).collect();
            Ok((v.path().display().to_string(), keys, WarningSummary::of(&warnings)))
        })
        .await;
    let Ok((vault, keys, summary)) = counted else { return };
    let _ = app.emit(RETENTION_CHANGED, summary);
    let file = state.notified_path().to_owned();
    let fresh = tauri::async_runtime::spawn_blocking(move || record(&file, &vault, keys)).await.unwrap_or(0);
    if let Some((title, body)) = notice(fresh, summary.total) {
        // Showing goes through the desktop's notification service; it may be slow or absent.
        let shown =
            tauri::async_runtime::spawn_blocking(move || app.notification().builder().title(title).body(body).show());
        match shown.await {
            Ok(Ok(())) => {}
            Ok(Err(e)) => eprintln!("Custos: could not show a notification: {e}"),
            Err(e) => eprintln!("Custos: could not show a notification: {e}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(list: &[&str]) -> BTreeSet<String> {
        list.iter().map(|k| (*k).to_owned()).collect()
    }

    #[test]
    fn only_new_warnings_are_announced_per_vault() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("config").join("retention-notified.json");
        assert_eq!(record(&file, "/a.custos", keys(&["1:erase:2026-01-01", "2:erase:2026-01-02"])), 2);
        assert_eq!(record(&file, "/a.custos", keys(&["1:erase:2026-01-01", "2:erase:2026-01-02"])), 0);
        assert_eq!(record(&file, "/b.custos", keys(&["1:erase:2026-01-01"])), 1, "another vault is separate");
        // 2 was dealt with, 3 is new; when 2 comes back (a hold ended) it is new again.
        assert_eq!(record(&file, "/a.custos", keys(&["1:erase:2026-01-01", "3:delete_transcripts:2026-02-01"])), 1);
        assert_eq!(record(&file, "/a.custos", keys(&["2:erase:2026-01-02"])), 1);
        std::fs::write(&file, b"not json").unwrap();
        assert_eq!(record(&file, "/a.custos", keys(&["2:erase:2026-01-02"])), 1, "a damaged file announces again");
    }

    #[test]
    fn the_notice_says_how_many_are_new() {
        assert_eq!(notice(0, 5), None);
        let (title, body) = notice(1, 5).unwrap();
        assert_eq!(title, "1 contact needs attention");
        assert!(body.contains("5 in all") && body.contains("Needs attention"), "{body}");
        assert_eq!(notice(3, 3).unwrap().0, "3 contacts need attention");
    }
}
