//! What the IPC tests share: an app on Tauri's mock runtime and a call as the UI makes it.

// Test support code: a failed set-up step panics with its error.
#![allow(clippy::unwrap_used, dead_code)]

use custos_desktop::state::AppState;
use serde_json::Value;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{INVOKE_KEY, MockRuntime, mock_builder, mock_context, noop_assets};
use tauri::webview::InvokeRequest;

pub struct App {
    pub _dir: tempfile::TempDir,
    pub vault: String,
    webview: tauri::WebviewWindow<MockRuntime>,
    _app: tauri::App<MockRuntime>,
}

pub fn app() -> App {
    let dir = tempfile::tempdir().unwrap();
    let app = custos_desktop::builder(mock_builder())
        .manage(AppState::load(&dir.path().join("config")))
        .build(mock_context(noop_assets()))
        .unwrap();
    let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap();
    let vault = dir.path().join("firm.custos").display().to_string();
    App { _dir: dir, vault, webview, _app: app }
}

impl App {
    /// The app, for what reaches it from outside the window (e.g. a second launch).
    pub fn handle(&self) -> tauri::AppHandle<MockRuntime> {
        tauri::Manager::app_handle(&self._app).clone()
    }
}

/// Calls `cmd` as the UI does. A name that is no command of the app fails the test at once
/// (the table is generated from the command functions).
pub fn call(app: &App, cmd: &str, args: Value) -> Result<Value, Value> {
    assert!(custos_desktop::commands::COMMANDS.iter().any(|c| c.name == cmd), "'{cmd}' is not a command of the app");
    tauri::test::get_ipc_response(
        &app.webview,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|body| body.deserialize::<Value>().unwrap())
}

/// The path of a file in custos-core's test fixtures, as the UI would send it.
pub fn fixture(name: &str) -> String {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../crates/custos-core/tests/fixtures")
        .join(name)
        .display()
        .to_string()
}
