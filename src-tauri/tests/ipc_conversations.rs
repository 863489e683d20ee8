//! Conversations from files through Tauri's IPC layer (mock runtime): the files and their
//! formats, a website chat's columns, the firm's own addresses, a session read once, its
//! people matched and chosen for, previewed again, imported, and closed.

// Test support code: a failed set-up step panics with its error.
#![allow(clippy::unwrap_used)]

mod common;

use common::{app, call, fixture};
use serde_json::json;

const PASS: &str = "correct horse battery staple";

#[test]
fn an_mbox_is_read_matched_chosen_for_and_imported() {
    let app = app();
    call(&app, "create_vault", json!({ "path": app.vault, "passphrase": PASS, "repeat": PASS, "operator": "Ola" }))
        .unwrap();

    // The firm's addresses: none set, none in a profile; then the two of the fixture's firm.
    let none = call(&app, "get_staff_addresses", json!({})).unwrap();
    assert_eq!(none, json!({ "addresses": [], "from_profile": true }));
    let set = call(
        &app,
        "set_staff_addresses",
        json!({ "addresses": ["Biuro@Smaczna-Kuchnia.example", "kuchnia@smaczna-kuchnia.example"] }),
    )
    .unwrap();
    assert_eq!(set["addresses"], json!(["biuro@smaczna-kuchnia.example", "kuchnia@smaczna-kuchnia.example"]));
    let wrong = call(&app, "set_staff_addresses", json!({ "addresses": ["biuro"] })).unwrap_err();
    assert_eq!((wrong["code"].as_str(), wrong["reason"].as_str()), (Some("invalid_input"), Some("not_an_email")));

    // What each file is.
    let files = call(
        &app,
        "conversation_files",
        json!({ "paths": [fixture("mail_thunderbird.mbox"), fixture("telegram_chat.json"), fixture("whatsapp_ios_us.txt"),
                          fixture("webchat_livechat.csv"), fixture("mail_single.eml")] }),
    )
    .unwrap();
    let formats: Vec<(&str, bool)> = files
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["format"].as_str().unwrap(), f["matches_people"].as_bool().unwrap()))
        .collect();
    assert_eq!(
        formats,
        [("eml", true), ("mbox", true), ("telegram", true), ("csv", true), ("whatsapp", false)],
        "in name order: {files}"
    );
    let columns = call(&app, "inspect_web_chat", json!({ "path": fixture("webchat_livechat.csv") })).unwrap();
    assert!(columns["guessed"]["columns"].as_array().unwrap().iter().any(|c| c == "text"), "{columns}");

    // Łucja has a card; on it, the mbox's one other unknown writer is not taken to be her.
    let person = json!({ "display_name": "Łucja Wróbel", "source": { "kind": "person" }, "sensitive": [],
                         "emails": [{ "value": "lucja.wrobel@poczta.example.pl", "label": "home", "primary": true }] });
    let lucja = call(&app, "add_contact", json!({ "contact": person })).unwrap()["id"].as_i64().unwrap();
    let opened = call(
        &app,
        "open_conversation_files",
        json!({ "request": { "paths": [fixture("mail_thunderbird.mbox")], "card": lucja } }),
    )
    .unwrap();
    let session = opened["session"].clone();
    let preview = &opened["preview"];
    assert_eq!(opened["files"], 1);
    assert!(preview["messages"].as_u64().unwrap() >= 8, "{preview}");
    let people = preview["people"].as_array().unwrap();
    let known = |address: &str| people.iter().find(|p| p["address"] == address).unwrap()["known"]["kind"].clone();
    assert_eq!(known("lucja.wrobel@poczta.example.pl"), "contact");
    assert_eq!(known("biuro@smaczna-kuchnia.example"), "staff");
    assert_eq!(known("maria.petrova@example.bg"), "unknown");
    assert_eq!(opened["choices"], json!([]), "Łucja is in the file: nobody else is taken for her");

    // Maria becomes a lead; the preview says so before anything is written.
    let choices = json!([{ "key": "address:maria.petrova@example.bg", "choice": { "kind": "create_lead" } }]);
    let again = call(&app, "preview_conversation_files", json!({ "session": session, "choices": choices })).unwrap();
    assert!(again["conversations"].as_array().unwrap().iter().any(|c| c["contact_id"].is_null()), "{again}");
    let done = call(&app, "import_conversation_files", json!({ "session": session, "choices": choices })).unwrap();
    assert_eq!(done["leads_created"].as_array().unwrap().len(), 1, "{done}");
    assert!(done["contacts"].as_array().unwrap().contains(&json!(lucja)), "{done}");
    assert!(done["attachments"].as_u64().unwrap() >= 1, "{done}");
    let card = call(&app, "get_contact", json!({ "id": lucja })).unwrap();
    let kinds: Vec<&str> =
        card["conversations"].as_array().unwrap().iter().map(|c| c["origin"].as_str().unwrap()).collect();
    assert!(!kinds.is_empty() && kinds.iter().all(|k| *k == "email"), "{card}");
    // The session closed with the import; closing it again says so.
    assert_eq!(call(&app, "close_conversation_files", json!({ "session": session })).unwrap(), false);
    let gone = call(&app, "preview_conversation_files", json!({ "session": session, "choices": [] })).unwrap_err();
    assert_eq!(gone["reason"], "import_closed");
}
