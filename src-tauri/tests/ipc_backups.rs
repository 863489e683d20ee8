//! Settings → Backups through the IPC layer: back up now, the list, the folder, checking a
//! backup, restoring one (the state before is kept), and what the erase dialog is told.

// Test support code: a failed set-up step panics with its error.
#![allow(clippy::unwrap_used)]

mod common;

use common::{app, call};
use serde_json::json;

const PASS: &str = "correct horse battery staple";

#[test]
fn back_up_check_choose_a_folder_and_restore() {
    let app = app();
    call(&app, "create_vault", json!({ "path": app.vault, "passphrase": PASS, "repeat": PASS, "operator": "Ola" }))
        .unwrap();
    assert_eq!(call(&app, "backups_hold_until", json!({})).unwrap(), serde_json::Value::Null, "no backup yet");
    let overview = call(&app, "backup_overview", json!({})).unwrap();
    assert_eq!(overview["default_folder"], true);
    assert!(overview["folder"].as_str().unwrap().ends_with("backups"), "{overview}");
    assert_eq!(overview["backups"], json!([]));
    assert_eq!(overview["running"], serde_json::Value::Null);

    call(
        &app,
        "add_contact",
        json!({ "contact": { "display_name": "Anna Nowak", "source": { "kind": "person" }, "sensitive": [] } }),
    )
    .unwrap();
    let made = call(&app, "back_up_now", json!({})).unwrap();
    assert_eq!(made["backup"]["contacts"], 1, "{made}");
    assert_eq!(made["backup"]["before_passphrase_change"], false);
    let backup = made["backup"]["path"].as_str().unwrap().to_owned();
    let until = call(&app, "backups_hold_until", json!({})).unwrap();
    assert!(until.is_string(), "{until}");

    // Checked with the vault's own passphrase, or with one given.
    assert_eq!(call(&app, "check_backup", json!({ "path": backup, "passphrase": null })).unwrap()["ok"], true);
    let wrong = call(&app, "check_backup", json!({ "path": backup, "passphrase": "not the one" })).unwrap_err();
    assert_eq!(wrong["code"], "wrong_passphrase");

    // A folder of the user's: a relative path is refused with the field named.
    let relative = call(&app, "choose_backup_folder", json!({ "folder": "usb/backups" })).unwrap_err();
    assert_eq!(relative["code"], "invalid_input");
    assert!(relative["message"].as_str().unwrap().contains("backup folder"), "{relative}");
    let drive = format!("{}-drive", app.vault);
    assert_eq!(call(&app, "choose_backup_folder", json!({ "folder": drive })).unwrap(), drive.as_str());
    let overview = call(&app, "backup_overview", json!({})).unwrap();
    assert_eq!(overview["default_folder"], false);
    assert_eq!(overview["backups"], json!([]), "the new folder has none yet");
    call(&app, "choose_backup_folder", json!({ "folder": null })).unwrap();
    assert_eq!(call(&app, "backup_overview", json!({})).unwrap()["backups"].as_array().unwrap().len(), 1);

    // Restore: the later contact goes, the state before is a backup of its own.
    call(
        &app,
        "add_contact",
        json!({ "contact": { "display_name": "Jan Kowalski", "source": { "kind": "person" }, "sensitive": [] } }),
    )
    .unwrap();
    let wrong = call(&app, "restore_backup", json!({ "path": backup, "passphrase": "not the one" })).unwrap_err();
    assert_eq!(wrong["code"], "wrong_passphrase");
    assert_eq!(call(&app, "list_contacts", json!({ "query": {} })).unwrap()["total"], 2, "nothing was replaced");
    let restored = call(&app, "restore_backup", json!({ "path": backup, "passphrase": PASS })).unwrap();
    assert_eq!(restored["vault"]["path"], app.vault.as_str());
    assert_eq!(call(&app, "list_contacts", json!({ "query": {} })).unwrap()["total"], 1);
    let listed = call(&app, "backup_overview", json!({})).unwrap();
    let paths: Vec<&str> = listed["backups"].as_array().unwrap().iter().map(|b| b["path"].as_str().unwrap()).collect();
    assert!(paths.contains(&restored["before"].as_str().unwrap()), "{listed}");
    assert!(paths.contains(&backup.as_str()), "{listed}");
}
