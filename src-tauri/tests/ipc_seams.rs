//! The seams of the IPC surface: every command of the generated table is called by an IPC
//! test (this file lists the ones no scenario needs), and the ones added for the core's
//! answers say what the core says.

// Test support code: a failed set-up step panics with its error.
#![allow(clippy::unwrap_used)]

mod common;

use common::{app, call};
use serde_json::json;

/// The command names the IPC tests call: the string after `&app,` in `call(&app, "…"`.
fn called_in(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("&app,") {
        rest = &rest[at + "&app,".len()..];
        let after = rest.trim_start();
        if let Some(name) = after.strip_prefix('"').and_then(|s| s.split('"').next()) {
            found.push(name.to_owned());
        }
    }
    found
}

#[test]
fn every_command_is_called_by_an_ipc_test() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut called = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "rs") {
            called.extend(called_in(&std::fs::read_to_string(&path).unwrap()));
        }
    }
    let missing: Vec<&str> = custos_desktop::commands::COMMANDS
        .iter()
        .map(|c| c.name)
        .filter(|name| !called.iter().any(|c| c == name))
        .collect();
    assert!(missing.is_empty(), "no IPC test calls these commands: {missing:?}");
    assert_eq!(called_in("call(&app, \"lock\", json!({}))\ncall(\n    &app,\n    \"unlock\","), ["lock", "unlock"]);
}

const PASS: &str = "correct horse battery staple";

fn purpose_spec(name: &str, basis: &str, wording: Option<&str>) -> serde_json::Value {
    json!({
        "name": name, "description": "Monthly news", "legal_basis": basis, "legitimate_interest": null,
        "data_subject_categories": ["subscribers"], "data_categories": [], "recipients": [],
        "retention_rule": null, "requirement": { "kind": "voluntary" },
        "automated_decisions": null, "requires_confirmation": false, "consent_wording": wording,
    })
}

/// The commands no other scenario needs, each with what the UI relies on.
#[test]
fn the_rest_of_the_surface_answers_as_the_ui_expects() {
    let app = app();
    let weak = call(&app, "passphrase_strength", json!({ "passphrase": "password1" })).unwrap();
    assert!(weak["score"].as_u64().unwrap() <= 1, "{weak}");
    call(&app, "create_vault", json!({ "path": app.vault, "passphrase": PASS, "repeat": PASS, "operator": "Ola" }))
        .unwrap();
    call(&app, "activity", json!({})).unwrap();
    assert_eq!(call(&app, "check_vault", json!({})).unwrap()["ok"], true);
    assert!(call(&app, "get_company", json!({})).unwrap().is_null(), "no profile yet");

    // Purposes: the form asks the core what is wrong, field by field, before saving.
    let problems = call(&app, "check_purpose", json!({ "spec": purpose_spec(" ", "a", None) })).unwrap();
    let fields: Vec<&str> = problems.as_array().unwrap().iter().map(|p| p["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["name", "consent_wording"], "{problems}");
    let good = purpose_spec("Newsletter", "a", Some("Yes, send me news."));
    assert_eq!(call(&app, "check_purpose", json!({ "spec": good })).unwrap(), json!([]));
    let pid = call(&app, "add_purpose", json!({ "spec": good })).unwrap()["id"].clone();
    let renamed = purpose_spec("Monthly newsletter", "a", Some("Yes, send me news."));
    assert_eq!(
        call(&app, "update_purpose", json!({ "id": pid, "spec": renamed })).unwrap()["name"],
        "Monthly newsletter"
    );
    let listed = call(&app, "list_purposes", json!({})).unwrap();
    assert!(listed.as_array().unwrap().iter().any(|p| p["id"] == pid), "{listed}");

    // A chat imported from a file, opened, and its hit highlighted where the core's folding says.
    let contact = json!({ "contact": { "display_name": "Łucja Żółkiewska", "status": "lead",
        "source": { "kind": "person" }, "sensitive": [] } });
    let cid = call(&app, "add_contact", contact).unwrap()["id"].clone();
    let chat = std::env::temp_dir().join(format!("custos-ipc-seams-{}.txt", std::process::id()));
    std::fs::write(&chat, "03.03.2026, 10:00 - Łucja: Czy dostarczacie do Łodzi?\n").unwrap();
    let request = json!({ "contact": cid, "path": chat.display().to_string(), "contact_sender": "Łucja",
        "staff": [], "utc_offset_minutes": 60 });
    let imported = call(&app, "import_transcript", json!({ "request": request }));
    let _ = std::fs::remove_file(&chat);
    let imported = imported.unwrap();
    let conversation = call(&app, "get_conversation", json!({ "id": imported["id"] })).unwrap();
    let text = conversation["messages"][0]["text"].as_str().unwrap().to_owned();
    assert_eq!(text, "Czy dostarczacie do Łodzi?");
    let marks = call(&app, "highlight", json!({ "text": text, "query": "lodz" })).unwrap();
    assert_eq!(marks, json!([{ "start": 20, "end": 24 }]), "'Łodz' of 'Łodzi', in UTF-16 units");
    let hits = call(&app, "search", json!({ "query": "lodzi", "limit": 5 })).unwrap();
    assert_eq!(hits[0]["marks"], json!([{ "start": 20, "end": 25 }]), "{hits}");

    // A rule added for a purpose is removed again.
    let spec =
        json!({ "status": "lead", "action": "erase", "period": { "amount": 5, "unit": "years" }, "purpose_id": pid });
    let rule = call(&app, "set_retention_rule", json!({ "spec": spec })).unwrap();
    call(&app, "remove_retention_rule", json!({ "id": rule["id"] })).unwrap();
    let rules = call(&app, "retention_rules", json!({})).unwrap();
    assert!(!rules.as_array().unwrap().iter().any(|r| r["id"] == rule["id"]), "{rules}");

    // What may be recorded as done for a request: the core's candidates, newest first.
    let today = chrono::Utc::now().date_naive().to_string();
    let erasure = json!({ "kind": "restriction", "contact_id": cid, "requester_name": null, "requester_contact": null,
        "received_on": today, "channel": "email", "details": null });
    let rid = call(&app, "open_request", json!({ "request": erasure })).unwrap()["id"].clone();
    let before = call(&app, "request_action_candidates", json!({ "id": rid })).unwrap();
    let actions: Vec<&str> =
        before.as_array().unwrap().iter().map(|c| c["entry"]["action"].as_str().unwrap()).collect();
    assert_eq!(actions, ["conversation.imported", "contact.created"], "today's entries, not request.opened");
    call(&app, "restrict_contact", json!({ "id": cid, "reason": "accuracy contested" })).unwrap();
    let offered = call(&app, "request_action_candidates", json!({ "id": rid })).unwrap();
    assert_eq!(offered[0]["entry"]["action"], "contact.restricted", "{offered}");
    assert_eq!(offered[0]["description"], "Restricted processing of the contact's data");
    let entry = offered[0]["entry"]["id"].clone();
    let recorded =
        call(&app, "record_request_action", json!({ "id": rid, "auditEntryId": entry, "description": "restricted" }))
            .unwrap();
    assert_eq!(recorded["actions"].as_array().unwrap().len(), 1);
    assert_eq!(recorded["letters"], json!(["acknowledgement"]));
    assert_eq!(recorded["may_close_no_data"], false);
}
