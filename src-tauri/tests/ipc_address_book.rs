//! The import wizard's commands and the address-book export through Tauri's IPC layer (mock
//! runtime): a file kept in the shell by session, its mapping previewed row by row, the
//! import previewed, refused, cancelled, made, repeated (duplicates, nobody added) and undone.

// Test support code: a failed set-up step panics with its error.
#![allow(clippy::unwrap_used)]

mod common;

use common::{App, app, call, fixture};
use serde_json::{Value, json};

const PASS: &str = "correct horse battery staple";

fn created(app: &App) {
    call(app, "create_vault", json!({ "path": app.vault, "passphrase": PASS, "repeat": PASS, "operator": "Ola" }))
        .unwrap();
}

fn total(app: &App) -> Value {
    call(app, "list_contacts", json!({ "query": { "limit": 50 } })).unwrap()["total"].clone()
}

/// The import's source, status and tag, with `session` (and `mapping`, if any) to preview.
fn preview_args(session: &Value, mapping: Option<&[String]>) -> Value {
    json!({ "session": session, "mapping": mapping,
            "source": { "kind": "third_party", "name": "Google Contacts export of 2026-12-07" },
            "status": "lead", "tag": "Targi 2026" })
}

#[test]
fn a_csv_file_is_mapped_previewed_imported_repeated_and_undone() {
    let app = app();
    created(&app);
    let file = call(&app, "open_contacts_file", json!({ "path": fixture("contacts_google.csv") })).unwrap();
    let session = file["session"].clone();
    assert_eq!(file["file_name"], "contacts_google.csv");
    assert_eq!(file["detected"], "Google Contacts CSV in UTF-8, fields separated by commas");
    let today = chrono::Local::now().date_naive().format("%Y-%m-%d").to_string();
    assert_eq!(
        file["suggested_source"],
        json!({ "kind": "third_party", "name": format!("Google Contacts export of {today}") })
    );
    let csv = &file["csv"];
    assert_eq!(csv["preset"], "google");
    assert_eq!(csv["saved_mapping"], Value::Null);
    let header = csv["header"].as_array().unwrap();
    let mut mapping: Vec<String> =
        csv["mapping"].as_array().unwrap().iter().map(|c| c.as_str().unwrap().to_owned()).collect();
    assert_eq!(mapping.len(), header.len(), "a field for every column");
    assert_eq!(header[0], "First Name");
    assert_eq!(mapping[0], "given_name");
    let fields = csv["fields"].as_array().unwrap();
    assert_eq!(fields[0], json!({ "code": "ignore", "words": "Not imported" }));
    for code in &mapping {
        assert!(fields.iter().any(|f| f["code"] == code.as_str()), "{code} is not offered");
    }
    assert_eq!(csv["sample"].as_array().unwrap().len(), 5);

    // The first rows as they would import, by the core, under the mapping the user sets.
    let drafts = call(&app, "preview_contacts_mapping", json!({ "session": session, "mapping": mapping })).unwrap();
    assert_eq!(drafts[0]["name"], "Łucja Żółkiewska");
    assert_eq!(drafts[0]["draft"]["given_name"], "Łucja");
    assert_eq!(drafts[0]["draft"]["emails"][0]["value"], "lucja@zdzblo.pl");
    assert_eq!(drafts[3]["name"], Value::Null);
    assert!(drafts[3]["draft"]["problem"].is_string(), "the row with no name: {}", drafts[3]);
    mapping[0] = "ignore".into();
    let drafts = call(&app, "preview_contacts_mapping", json!({ "session": session, "mapping": mapping })).unwrap();
    assert_eq!(drafts[0]["draft"]["given_name"], Value::Null);
    assert_eq!(drafts[0]["name"], "Żółkiewska");
    let bad = json!({ "session": session, "mapping": ["birthday"] });
    assert_eq!(call(&app, "preview_contacts_mapping", bad).unwrap_err()["code"], "invalid_input");

    // A saved mapping is applied to the next file with the same header.
    let saved = call(
        &app,
        "save_contacts_mapping",
        json!({ "session": session, "name": " Google, no first names ", "mapping": mapping }),
    )
    .unwrap();
    assert_eq!(saved["name"], "Google, no first names");
    let again = call(&app, "open_contacts_file", json!({ "path": fixture("contacts_google.csv") })).unwrap();
    assert_eq!(again["csv"]["saved_mapping"], "Google, no first names");
    assert_eq!(again["csv"]["mapping"][0], "ignore");
    assert!(call(&app, "close_contacts_file", json!({ "session": again["session"] })).unwrap().as_bool().unwrap());
    mapping[0] = "given_name".into();

    // The preview: four new, one that cannot be imported; the import needs the user's word.
    let preview = call(&app, "preview_contacts_import", preview_args(&session, Some(&mapping))).unwrap();
    assert_eq!(preview["rows"], 5);
    assert_eq!(preview["new"], 4);
    assert_eq!(preview["duplicates"], json!({ "total": 0, "items": [] }));
    assert_eq!(preview["problems"]["total"], 1);
    assert_eq!(preview["problems"]["items"][0]["line"], 8);
    let unagreed = json!({ "session": session, "choices": {}, "onDuplicate": null });
    let refused = call(&app, "import_contacts", unagreed).unwrap_err();
    assert_eq!(refused["code"], "refused");
    assert!(refused["message"].as_str().unwrap().contains("line 8"), "{refused}");
    assert_eq!(total(&app), 0);
    let agreed = json!({ "session": session, "choices": { "skip_problems": true }, "onDuplicate": "merge" });
    let imported = call(&app, "import_contacts", agreed).unwrap();
    assert_eq!(imported["created"], 4, "{imported}");
    assert_eq!(imported["problems_skipped"], 1);
    assert_eq!(total(&app), 4);
    let first = imported["import_id"].clone();
    let closed = call(&app, "preview_contacts_import", preview_args(&session, None));
    assert_eq!(closed.unwrap_err()["code"], "refused", "an import made closes its session");

    // The same file again: every row is a duplicate of its card, and skipping adds nobody.
    let file = call(&app, "open_contacts_file", json!({ "path": fixture("contacts_google.csv") })).unwrap();
    let session = file["session"].clone();
    let preview = call(&app, "preview_contacts_import", preview_args(&session, None)).unwrap();
    assert_eq!(preview["new"], 0);
    assert_eq!(preview["duplicates"]["total"], 4);
    let lucja = &preview["duplicates"]["items"][0];
    assert_eq!(lucja["of"]["kind"], "card");
    assert_eq!(lucja["of"]["display_name"], "Łucja Żółkiewska");
    assert_eq!(lucja["decision"], "merge");
    assert!(lucja["matched_by"].as_array().unwrap().contains(&json!("email")), "{lucja}");
    let skip = json!({ "session": session, "choices": { "skip_problems": true, "decisions": { "0": "merge" } },
                       "onDuplicate": "skip" });
    let repeated = call(&app, "import_contacts", skip).unwrap();
    assert_eq!((repeated["created"].clone(), repeated["merged"].clone()), (json!(0), json!(1)));
    assert_eq!(repeated["skipped"], 3);
    assert_eq!(total(&app), 4, "nobody added");

    // This run's imports can be undone, newest first; the first one takes its cards away.
    let recent = call(&app, "recent_contact_imports", json!({})).unwrap();
    assert_eq!(recent.as_array().unwrap().len(), 2, "{recent}");
    assert_eq!(recent[1]["id"], first);
    assert_eq!(recent[1]["cards"], 4);
    let second = recent[0]["id"].clone();
    call(&app, "undo_contacts_import", json!({ "importId": second })).unwrap();
    let undone = call(&app, "undo_contacts_import", json!({ "importId": first })).unwrap();
    assert_eq!(undone["cards_removed"], 4);
    assert_eq!(total(&app), 0);
    assert_eq!(call(&app, "recent_contact_imports", json!({})).unwrap(), json!([]));
    let unknown = call(&app, "undo_contacts_import", json!({ "importId": 99 })).unwrap_err();
    assert_eq!(unknown["code"], "refused");

    // Locking drops the files kept for the wizard.
    let file = call(&app, "open_contacts_file", json!({ "path": fixture("android-2.1.vcf") })).unwrap();
    call(&app, "lock", json!({})).unwrap();
    call(&app, "unlock", json!({ "path": app.vault, "passphrase": PASS, "operator": "Ola" })).unwrap();
    let gone = call(&app, "preview_contacts_mapping", json!({ "session": file["session"], "mapping": [] }));
    assert_eq!(gone.unwrap_err()["code"], "refused");
}

#[test]
fn an_import_cancelled_before_or_while_it_runs_writes_nothing() {
    use tauri::{Listener, Manager};

    let app = app();
    created(&app);
    let file = call(&app, "open_contacts_file", json!({ "path": fixture("android-2.1.vcf") })).unwrap();
    let session = file["session"].clone();
    assert_eq!(file["csv"], Value::Null, "a vCard file needs no mapping");
    assert!(file["detected"].as_str().unwrap().starts_with("vCard file with"), "{file}");
    let not_yet = json!({ "session": session, "choices": {} });
    assert_eq!(call(&app, "import_contacts", not_yet).unwrap_err()["code"], "refused", "nothing previewed");
    let preview = json!({ "session": session, "source": { "kind": "person" }, "status": "customer" });
    let preview = call(&app, "preview_contacts_import", preview).unwrap();
    assert!(preview["new"].as_u64().unwrap() >= 2, "{preview}");

    // A cancel that comes before the import starts stops it.
    assert!(call(&app, "cancel_contacts_import", json!({ "session": session })).unwrap().as_bool().unwrap());
    let import = json!({ "session": session, "choices": { "skip_problems": true } });
    let cancelled = call(&app, "import_contacts", import.clone()).unwrap_err();
    assert_eq!(cancelled["code"], "refused");
    assert!(cancelled["message"].as_str().unwrap().contains("cancelled"), "{cancelled}");
    assert_eq!(total(&app), 0);

    // A cancel while it runs (here: as its first progress arrives) stops it too.
    let handle = app.handle();
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let (cancelling, events) = (handle.clone(), std::sync::Arc::clone(&seen));
    let sid = session.as_u64().unwrap() as u32;
    let listening = handle.listen_any("contacts-import-progress", move |event| {
        events.lock().unwrap().push(serde_json::from_str::<Value>(event.payload()).unwrap());
        cancelling.state::<custos_desktop::state::AppState>().imports().cancel(sid);
    });
    let cancelled = call(&app, "import_contacts", import.clone()).unwrap_err();
    assert!(cancelled["message"].as_str().unwrap().contains("cancelled"), "{cancelled}");
    assert_eq!(total(&app), 0, "nothing written");
    let events = seen.lock().unwrap().clone();
    assert_eq!(events[0]["session"], session);
    assert_eq!(events[0]["done"], 0);
    assert!(events[0]["total"].as_u64().unwrap() >= 3, "{events:?}");
    handle.unlisten(listening);

    // Nothing stops the next run: a cancel is for one run only.
    let imported = call(&app, "import_contacts", import).unwrap();
    assert!(imported["created"].as_u64().unwrap() >= 2, "{imported}");
    assert_eq!(total(&app), imported["created"]);
    assert!(!call(&app, "cancel_contacts_import", json!({ "session": session })).unwrap().as_bool().unwrap());
}

#[test]
fn the_address_book_is_exported_once_as_vcard_or_csv() {
    let app = app();
    created(&app);
    let dir = std::path::Path::new(&app.vault).parent().unwrap().to_owned();
    let vcf = dir.join("contacts.vcf").display().to_string();
    let empty = json!({ "selection": { "format": "vcard" }, "path": vcf });
    let nothing = call(&app, "export_contacts", empty).unwrap_err();
    assert_eq!(nothing["code"], "refused");
    assert!(nothing["message"].as_str().unwrap().contains("nothing to export"), "{nothing}");
    call(
        &app,
        "add_contact",
        json!({ "contact": { "display_name": "Łucja Żółkiewska", "status": "customer", "tags": ["Targi 2026"],
            "source": { "kind": "person" }, "sensitive": [] } }),
    )
    .unwrap();
    let written = call(&app, "export_contacts", json!({ "selection": { "format": "vcard" }, "path": vcf })).unwrap();
    assert_eq!(written, 1);
    assert!(std::fs::read_to_string(&vcf).unwrap().contains("FN:Łucja Żółkiewska"));
    let twice = call(&app, "export_contacts", json!({ "selection": { "format": "vcard" }, "path": vcf })).unwrap_err();
    assert_eq!(twice["code"], "already_exists");
    let csv = dir.join("customers.csv").display().to_string();
    let filtered = json!({ "selection": { "format": "csv", "status": "customer", "tag": "targi 2026" }, "path": csv });
    assert_eq!(call(&app, "export_contacts", filtered).unwrap(), 1);
    let leads = json!({ "selection": { "format": "csv", "status": "lead" }, "path": dir.join("leads.csv") });
    assert_eq!(call(&app, "export_contacts", leads).unwrap_err()["code"], "refused");
}
