//! The commands through Tauri's IPC layer (mock runtime, no window): arguments, results and
//! `{code, message}` errors as the UI receives them.

// Test support code: a failed set-up step panics with its error.
#![allow(clippy::unwrap_used)]

use custos_desktop::state::AppState;
use serde_json::{Value, json};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{INVOKE_KEY, MockRuntime, mock_builder, mock_context, noop_assets};
use tauri::webview::InvokeRequest;

struct App {
    _dir: tempfile::TempDir,
    vault: String,
    webview: tauri::WebviewWindow<MockRuntime>,
    _app: tauri::App<MockRuntime>,
}

fn app() -> App {
    let dir = tempfile::tempdir().unwrap();
    let app = custos_desktop::builder(mock_builder())
        .manage(AppState::load(&dir.path().join("config")))
        .build(mock_context(noop_assets()))
        .unwrap();
    let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap();
    let vault = dir.path().join("firm.custos").display().to_string();
    App { _dir: dir, vault, webview, _app: app }
}

fn call(app: &App, cmd: &str, args: Value) -> Result<Value, Value> {
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

const PASS: &str = "correct horse battery staple";

#[test]
fn create_add_search_lock_and_unlock() {
    let app = app();
    let info = call(&app, "app_info", json!({})).unwrap();
    assert_eq!(info["unlocked"], false);
    assert_eq!(info["settings"]["auto_lock_minutes"], 10);

    let short = call(
        &app,
        "create_vault",
        json!({ "path": app.vault, "passphrase": "short", "repeat": "short", "operator": "Ola" }),
    );
    assert_eq!(short.unwrap_err()["code"], "passphrase_too_short");
    let mismatch = call(
        &app,
        "create_vault",
        json!({ "path": app.vault, "passphrase": PASS, "repeat": "other one!!", "operator": "Ola" }),
    );
    assert_eq!(mismatch.unwrap_err()["code"], "passphrase_mismatch");
    let created =
        call(&app, "create_vault", json!({ "path": app.vault, "passphrase": PASS, "repeat": PASS, "operator": "Ola" }));
    assert_eq!(created.unwrap()["operator"], "Ola");

    let added = call(
        &app,
        "add_contact",
        json!({ "contact": {
        "display_name": "Łucja Żółkiewska", "id_number": "PL80010112345", "status": "customer",
        "source": { "kind": "person" }, "sensitive": ["id_number"] } }),
    )
    .unwrap();
    assert_eq!(added["id_number"], "•••••••••2345", "sensitive field crossed IPC unmasked");
    let id = added["id"].clone();
    let hits = call(&app, "search", json!({ "query": "zolkiewska", "limit": 10 })).unwrap();
    assert_eq!(hits[0]["contact_id"], id);
    let page = call(&app, "list_contacts", json!({ "query": { "status": null, "offset": 0, "limit": 50 } })).unwrap();
    assert_eq!(page["total"], 1);
    let revealed = call(&app, "reveal_contact", json!({ "id": id })).unwrap();
    assert_eq!(revealed["id_number"], "PL80010112345");
    let cleared = call(&app, "edit_contact", json!({ "id": id, "patch": { "id_number": null } })).unwrap();
    assert_eq!(cleared["id_number"], Value::Null);

    call(&app, "lock", json!({})).unwrap();
    let locked = call(&app, "list_contacts", json!({ "query": {} })).unwrap_err();
    assert_eq!(locked["code"], "locked");
    assert!(locked["message"].as_str().unwrap().contains("Unlock"));

    let wrong = call(&app, "unlock", json!({ "path": app.vault, "passphrase": "wrong passphrase", "operator": "Ola" }));
    let wrong = wrong.unwrap_err();
    assert_eq!(wrong["code"], "wrong_passphrase");
    assert!(wrong["message"].as_str().unwrap().starts_with("Wrong passphrase"), "{wrong}");
    call(&app, "unlock", json!({ "path": app.vault, "passphrase": PASS, "operator": "Ola" })).unwrap();
    assert_eq!(call(&app, "app_info", json!({})).unwrap()["suggested_vault_path"], app.vault.as_str());
}

#[test]
fn settings_are_kept_within_bounds() {
    let app = app();
    let saved =
        call(&app, "update_settings", json!({ "settings": { "auto_lock_minutes": 0, "operator": " Ola " } })).unwrap();
    assert_eq!(saved["auto_lock_minutes"], 1);
    assert_eq!(saved["operator"], "Ola");
    assert_eq!(call(&app, "app_info", json!({})).unwrap()["settings"]["auto_lock_minutes"], 1);
}
