//! The Custos desktop app: a Tauri shell over custos-core. Commands (in `commands`) are thin
//! adapters: they run core calls off the UI thread and turn core errors into `{code, message}`.
//! No rule of the product lives here.

pub mod address_book;
pub mod backups;
pub mod commands;
pub mod conversation_files;
pub mod ipc;
pub mod launch;
pub mod memory;
pub mod notify;
pub mod rendering;
pub mod state;
pub mod team;
pub mod window;
pub mod words;

use std::time::Duration;

use tauri::{Emitter, Manager};

use crate::ipc::LockedEvent;
use crate::state::AppState;

/// How often the idle timer looks at the clock.
const IDLE_CHECK: Duration = Duration::from_secs(5);

/// How often the app looks whether a new day began (for the daily warnings check).
const DAY_CHECK: Duration = Duration::from_secs(60);

/// The wait after unlocking before warnings are counted, so the first list comes first.
const AFTER_UNLOCK: Duration = Duration::from_millis(1500);

/// Adds the app's plugins and commands to `base` (shared by `run` and the tests).
pub fn builder<R: tauri::Runtime>(base: tauri::Builder<R>) -> tauri::Builder<R> {
    base.plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_notification::init())
        .plugin(tauri_plugin_opener::init())
        .invoke_handler(commands::handler())
}

/// Starts the desktop app: `custos-desktop [FILE]` offers FILE for unlocking. A second launch
/// while it runs hands its file to this one and ends (see `window`).
pub fn run() {
    let requested = launch::requested_path(std::env::args_os(), &std::env::current_dir().unwrap_or_default());
    let mut base = tauri::Builder::default();
    // The single-instance plugin comes first, so a second launch ends before anything else starts.
    match window::single_instance_plugin() {
        Ok(plugin) => base = base.plugin(plugin),
        Err(why) => eprintln!(
            "Custos: starting without the one-window guarantee: {why}. A second launch opens a second window."
        ),
    }
    let app = builder(base.plugin(window::state_plugin()))
        .setup(move |app| {
            let config_dir = app.path().app_config_dir()?;
            let state = AppState::load(&config_dir);
            if let Some(path) = requested {
                state.request_open(launch::Requested::check(path));
            }
            app.manage(state);
            for window in app.webview_windows().values() {
                rendering::fit_to_machine(window)?;
                window::save_when_settled(window);
            }
            spawn_idle_lock(app.handle().clone());
            spawn_daily_check(app.handle().clone());
            team::spawn(app.handle().clone());
            Ok(())
        })
        .build(tauri::generate_context!());
    match app {
        Ok(app) => app.run(|handle, event| {
            if let tauri::RunEvent::Exit = event {
                handle.state::<AppState>().lock_vault();
            }
        }),
        Err(e) => {
            eprintln!("Custos could not start: {e}");
            std::process::exit(1);
        }
    }
}

/// Locks the vault when the user has been idle longer than their auto-lock time.
fn spawn_idle_lock<R: tauri::Runtime>(app: tauri::AppHandle<R>) {
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(IDLE_CHECK);
            let state = app.state::<AppState>();
            if state.idle_too_long() && state.lock_vault() {
                let _ = app.emit("vault-locked", LockedEvent { reason: "idle".into() });
            }
        }
    });
}

/// Shortly after an unlock (so the first list comes first), and then once a day: counts the
/// retention warnings and requests (and notifies of new ones), then makes the automatic backup
/// if the core says one is due.
pub(crate) fn check_warnings_soon<R: tauri::Runtime>(app: tauri::AppHandle<R>) {
    std::thread::spawn(move || {
        std::thread::sleep(AFTER_UNLOCK);
        if app.state::<AppState>().first_check_on(chrono::Local::now().date_naive()) {
            tauri::async_runtime::block_on(daily(app));
        }
    });
}

/// While the vault is open, the daily work of [`check_warnings_soon`] once a day.
fn spawn_daily_check<R: tauri::Runtime>(app: tauri::AppHandle<R>) {
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(DAY_CHECK);
            let state = app.state::<AppState>();
            if state.is_unlocked() && state.first_check_on(chrono::Local::now().date_naive()) {
                tauri::async_runtime::block_on(daily(app.clone()));
            }
        }
    });
}

async fn daily<R: tauri::Runtime>(app: tauri::AppHandle<R>) {
    notify::check(app.clone()).await;
    backups::automatic(app).await;
}
