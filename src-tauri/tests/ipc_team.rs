//! Settings → Team and "Join a team" through the IPC layer: a team made, an invitation with
//! its QR code, a second app joining with the code, a card crossing by "Sync now", the status
//! and a problem id that does not exist.

// Test support code: a failed set-up step panics with its error.
#![allow(clippy::unwrap_used)]

mod common;

use common::{app, call};
use serde_json::json;

const PASS: &str = "correct horse battery staple";
const OFFICE: &str = "the office computer's own passphrase";

#[test]
fn a_team_made_an_invitation_joined_and_a_card_synced() {
    // The laptop (`app` while it makes the team).
    let app = app();
    call(&app, "create_vault", json!({ "path": app.vault, "passphrase": PASS, "repeat": PASS, "operator": "Ola" }))
        .unwrap();
    assert_eq!(call(&app, "team_status", json!({})).unwrap(), serde_json::Value::Null, "in no team yet");
    assert_eq!(call(&app, "team_sync_now", json!({})).unwrap(), serde_json::Value::Null, "nothing to sync");
    let folder = format!("{}-shared", app.vault);
    let status = call(&app, "team_create", json!({ "folder": folder, "seatName": "Laptop" })).unwrap();
    assert_eq!(status["summary"], json!({ "state": "in_sync" }), "{status}");
    assert_eq!(status["seats"][0]["name"], "Laptop");
    let shown = call(&app, "team_invite", json!({ "operator": "Ola" })).unwrap();
    let code = shown["invitation"]["code"].as_str().unwrap().to_owned();
    assert_eq!(shown["invitation"]["operator"], "Ola");
    assert!(shown["qr_svg"].as_str().unwrap().contains("<svg"), "{shown}");

    // The office computer (`app` from here on): a mistyped code is refused with its reason,
    // the right one joins.
    let laptop = app;
    let app = common::app();
    let join = |code: &str| {
        call(
            &app,
            "team_join",
            json!({ "code": code, "folder": folder, "path": app.vault, "seatName": "Office PC",
                    "passphrase": OFFICE, "repeat": OFFICE }),
        )
    };
    let wrong = join("1234").unwrap_err();
    assert_eq!(wrong["code"], "invalid_input", "{wrong}");
    assert!(wrong["reason"].as_str().unwrap().starts_with("invitation_code"), "{wrong}");
    let joined = join(&code).unwrap();
    assert_eq!(joined["operator"], "Ola");
    call(
        &app,
        "add_contact",
        json!({ "contact": { "display_name": "Jan Kowalski", "source": { "kind": "person" }, "sensitive": [] } }),
    )
    .unwrap();
    let sent = call(&app, "team_sync_now", json!({})).unwrap();
    assert!(sent["synced"]["sent"].as_u64().unwrap() >= 1, "{sent}");
    assert_eq!(sent["error"], serde_json::Value::Null);

    let got = call(&laptop, "team_sync_now", json!({})).unwrap();
    assert!(got["synced"]["applied"].as_u64().unwrap() >= 1, "{got}");
    let page = call(&laptop, "list_contacts", json!({ "query": { "offset": 0, "limit": 10 } })).unwrap();
    assert!(page.to_string().contains("Jan Kowalski"), "{page}");
    let status = call(&laptop, "team_status", json!({})).unwrap();
    let names: Vec<&str> = status["seats"].as_array().unwrap().iter().map(|s| s["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Laptop", "Office PC"]);

    let unknown = call(&app, "team_dismiss_problem", json!({ "id": 999 })).unwrap_err();
    assert_eq!(unknown["code"], "refused", "{unknown}");

    // The laptop removes the office computer: refused for itself, done by name, and the
    // office computer's next sync is refused, saying it was removed.
    let (office_pc, app) = (app, laptop);
    let itself = call(&app, "team_remove_seat", json!({ "seat": "Laptop" })).unwrap_err();
    assert_eq!(itself["reason"], "team_seat_self", "{itself}");
    let status = call(&app, "team_remove_seat", json!({ "seat": "Office PC" })).unwrap();
    let office = status["seats"].as_array().unwrap().iter().find(|s| s["name"] == "Office PC").unwrap().clone();
    assert_eq!(office["removed"], true, "{status}");
    assert_eq!(status["summary"], json!({ "state": "in_sync" }), "nothing waits for a removed seat: {status}");
    let shut_out = call(&office_pc, "team_sync_now", json!({})).unwrap();
    assert!(shut_out["error"].to_string().contains("team_seat_removed"), "{shut_out}");
}
