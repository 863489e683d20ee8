//! One app, one window, where the user left it.
//!
//! - **One instance** (`tauri-plugin-single-instance`): a second launch hands its arguments and
//!   working folder to the running app (see [`crate::launch::second_launch`]) and ends; the
//!   running window comes to the front. On Linux the plugin meets the second launch on the
//!   D-Bus session bus. Without a bus it cannot (and it would panic on an address it cannot
//!   read), so the app then starts without it and says why on stderr: each launch is its own
//!   window, as before.
//! - **The window remembered** (`tauri-plugin-window-state`): size, position and whether it
//!   was maximized, in `window-state.json` in the app's config folder. Saved on exit and,
//!   shortly after the window was moved or resized, at once (an app killed or logged out of
//!   never reaches its exit). Visibility, decorations and full screen are not remembered: no
//!   saved state can start the app hidden.
//!
//! The webview gets no permission of either plugin: the UI needs none.

use std::sync::mpsc;
use std::time::Duration;

use tauri::plugin::TauriPlugin;
use tauri::{AppHandle, Manager, Runtime, WebviewWindow, WindowEvent};
use tauri_plugin_window_state::{AppHandleExt, StateFlags};

/// What is remembered of the window.
pub const REMEMBERED: StateFlags = StateFlags::SIZE.union(StateFlags::POSITION).union(StateFlags::MAXIMIZED);

/// The file in the app's config folder.
pub const STATE_FILE: &str = "window-state.json";

/// How long the window must stay still after a move or resize before it is saved.
const SETTLE: Duration = Duration::from_millis(400);

/// The main window's label (tauri.conf.json).
const MAIN: &str = "main";

/// The window-state plugin, remembering [`REMEMBERED`] in [`STATE_FILE`].
pub fn state_plugin<R: Runtime>() -> TauriPlugin<R> {
    tauri_plugin_window_state::Builder::new().with_state_flags(REMEMBERED).with_filename(STATE_FILE).build()
}

/// Saves the window's state once it settles after being moved or resized.
pub fn save_when_settled<R: Runtime>(window: &WebviewWindow<R>) {
    let (moved, settled) = mpsc::channel::<()>();
    window.on_window_event(move |event| {
        if matches!(event, WindowEvent::Moved(_) | WindowEvent::Resized(_)) {
            let _ = moved.send(());
        }
    });
    let app = window.app_handle().clone();
    std::thread::spawn(move || {
        while settled.recv().is_ok() {
            while settled.recv_timeout(SETTLE).is_ok() {}
            if let Err(e) = app.save_window_state(REMEMBERED) {
                eprintln!("Custos: could not save the window's size and position: {e}");
            }
        }
    });
}

/// Shows the main window in front, restored if it was minimized.
pub fn bring_to_front<R: Runtime>(app: &AppHandle<R>) {
    let Some(window) = app.get_webview_window(MAIN) else { return };
    let shown = window.unminimize().and_then(|()| window.show()).and_then(|()| window.set_focus());
    if let Err(e) = shown {
        eprintln!("Custos: could not bring the window to the front: {e}");
    }
}

/// The single-instance plugin, or why it is left out: no session bus to meet a second launch
/// on, or arguments the plugin could not pass on (it reads them as UTF-8 and would panic).
pub fn single_instance_plugin<R: Runtime>() -> Result<TauriPlugin<R>, String> {
    if let Some(arg) = std::env::args_os().find(|a| a.to_str().is_none()) {
        return Err(format!("the argument {} is not UTF-8", arg.to_string_lossy()));
    }
    #[cfg(target_os = "linux")]
    session_bus()?;
    Ok(tauri_plugin_single_instance::init(|app, args, cwd| crate::launch::second_launch(app, args, cwd)))
}

/// Whether the D-Bus session bus answers, as the plugin will look for it.
#[cfg(target_os = "linux")]
fn session_bus() -> Result<(), String> {
    match zbus::blocking::Connection::session() {
        Ok(_) => Ok(()),
        Err(e) => Err(format!("no D-Bus session bus ({e})")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn size_place_and_maximized_are_remembered_and_nothing_that_could_hide_the_window() {
        for kept in [StateFlags::SIZE, StateFlags::POSITION, StateFlags::MAXIMIZED] {
            assert!(REMEMBERED.contains(kept), "{kept:?} is not remembered");
        }
        for left in [StateFlags::VISIBLE, StateFlags::DECORATIONS, StateFlags::FULLSCREEN] {
            assert!(!REMEMBERED.intersects(left), "{left:?} is remembered");
        }
    }
}
