//! The commands through Tauri's IPC layer (mock runtime, no window): arguments, results and
//! `{code, message}` errors as the UI receives them.

// Test support code: a failed set-up step panics with its error.
#![allow(clippy::unwrap_used)]

mod common;

use common::{app, call};
use serde_json::{Value, json};

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
    let tagged = call(
        &app,
        "edit_contact",
        json!({ "id": id, "patch": { "tags": ["Targi 2026"],
            "emails": [{ "value": "lucja@zdzblo.pl", "label": "work", "primary": true }] } }),
    )
    .unwrap();
    assert_eq!(tagged["emails"][0]["value"], "lucja@zdzblo.pl");
    assert_eq!(call(&app, "list_tags", json!({})).unwrap(), json!([{ "name": "Targi 2026", "contacts": 1 }]));
    let fair = call(&app, "list_contacts", json!({ "query": { "tag": "targi 2026", "limit": 50 } })).unwrap();
    assert_eq!(fair["total"], 1);

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

#[test]
fn consents_audience_and_export() {
    let app = app();
    call(&app, "create_vault", json!({ "path": app.vault, "passphrase": PASS, "repeat": PASS, "operator": "Ola" }))
        .unwrap();
    let purpose = call(
        &app,
        "add_purpose",
        json!({ "spec": {
            "name": "Newsletter", "description": "Monthly news", "legal_basis": "a", "legitimate_interest": null,
            "data_subject_categories": ["subscribers"], "data_categories": [], "recipients": [],
            "retention_rule": null, "requirement": { "kind": "voluntary" },
            "automated_decisions": null, "requires_confirmation": true,
            "consent_wording": "Yes, send me the monthly newsletter." } }),
    )
    .unwrap();
    let pid = purpose["id"].clone();
    let contact = call(
        &app,
        "add_contact",
        json!({ "contact": { "display_name": "Anna Kowalska", "email": "anna@example.pl", "status": "lead",
            "source": { "kind": "person" }, "sensitive": [] } }),
    )
    .unwrap();
    let cid = contact["id"].clone();

    let card = call(&app, "contact_consents", json!({ "id": cid })).unwrap();
    assert_eq!(card[0]["purpose"]["name"], "Newsletter");
    assert_eq!(card[0]["permission"]["consent"], "never_given");
    assert_eq!(card[0]["permission"]["allowed"], false);
    let versions = call(&app, "wording_history", json!({ "purpose": pid })).unwrap();
    assert_eq!(versions[0]["text"], "Yes, send me the monthly newsletter.");

    let record = |method: &str, evidence: &str| json!({ "method": method, "at": null, "evidence_ref": evidence, "wording_version": null });
    let given =
        call(&app, "give_consent", json!({ "contact": cid, "purpose": pid, "record": record("web_form", "form-17") }))
            .unwrap();
    assert_eq!(given["permission"]["consent"], "given");
    assert_eq!(given["permission"]["allowed"], false, "double opt-in is required");
    assert_eq!(given["history"][0]["wording_version"], 1);
    assert_eq!(given["history"][0]["recorded_by"], "Ola");
    let again = call(&app, "confirm_consent", json!({ "contact": cid, "purpose": pid, "record": record("email", "") }));
    assert_eq!(again.unwrap()["permission"]["allowed"], true);
    let twice = call(&app, "confirm_consent", json!({ "contact": cid, "purpose": pid, "record": record("email", "") }));
    assert_eq!(twice.unwrap_err()["code"], "refused");

    let audience = call(&app, "purpose_audience", json!({ "purpose": pid, "offset": 0, "limit": 50 })).unwrap();
    assert_eq!(audience["total"], 1);
    assert_eq!(audience["members"][0]["display_name"], "Anna Kowalska");
    let csv = app._dir.path().join("newsletter.csv").display().to_string();
    assert_eq!(call(&app, "export_audience", json!({ "purpose": pid, "path": csv })).unwrap(), 1);
    let exists = call(&app, "export_audience", json!({ "purpose": pid, "path": csv })).unwrap_err();
    assert_eq!(exists["code"], "already_exists");
    assert!(exists["message"].as_str().unwrap().contains("already exists"), "{exists}");

    let withdrawn =
        call(&app, "withdraw_consent", json!({ "contact": cid, "purpose": pid, "record": record("phone", "") }))
            .unwrap();
    assert_eq!(withdrawn["permission"]["consent"], "withdrawn");
    let audience = call(&app, "purpose_audience", json!({ "purpose": pid, "offset": 0, "limit": 50 })).unwrap();
    assert_eq!(audience["total"], 0);
    let objected =
        call(&app, "object_to_purpose", json!({ "contact": cid, "purpose": pid, "record": record("email", "msg-4") }))
            .unwrap();
    assert_eq!(objected["objection"]["evidence_ref"], "msg-4");
    assert!(objected["permission"]["reason"].as_str().unwrap().contains("objected"));

    let suggested = call(&app, "suggest_export_path", json!({ "fileName": "newsletter-audience-2026-01-31.csv" }));
    assert!(suggested.unwrap().as_str().unwrap().ends_with("newsletter-audience-2026-01-31.csv"));
    let folder = call(&app, "suggest_export_path", json!({ "fileName": "../x.csv" })).unwrap_err();
    assert_eq!(folder["code"], "invalid_input");
}

#[test]
fn restrict_refuses_changes_until_lifted_then_erase_leaves_a_tombstone() {
    let app = app();
    call(&app, "create_vault", json!({ "path": app.vault, "passphrase": PASS, "repeat": PASS, "operator": "Ola" }))
        .unwrap();
    let contact = json!({ "display_name": "Anna Kowalska", "source": { "kind": "person" }, "sensitive": [] });
    let added = call(&app, "add_contact", json!({ "contact": contact })).unwrap();
    let id = added["id"].clone();

    let blank = call(&app, "restrict_contact", json!({ "id": id, "reason": "  " })).unwrap_err();
    assert_eq!(blank["code"], "invalid_input");
    let frozen = call(&app, "restrict_contact", json!({ "id": id, "reason": "Accuracy contested" })).unwrap();
    assert_eq!(frozen["restriction"]["reason"], "Accuracy contested");
    let refused = call(&app, "edit_contact", json!({ "id": id, "patch": { "notes": "x" } })).unwrap_err();
    assert_eq!(refused["code"], "contact_restricted");
    assert!(refused["message"].as_str().unwrap().contains("Accuracy contested"), "{refused}");
    assert_eq!(call(&app, "erase_contact", json!({ "id": id })).unwrap_err()["code"], "contact_restricted");
    let normal = call(&app, "list_contacts", json!({ "query": { "offset": 0, "limit": 50 } })).unwrap();
    assert_eq!(normal["total"], 0);
    let restricted = call(&app, "list_contacts", json!({ "query": { "restricted": true, "limit": 50 } })).unwrap();
    assert_eq!(restricted["items"][0]["id"], id);

    let lifted = call(&app, "lift_restriction", json!({ "id": id, "reason": "Accuracy verified" })).unwrap();
    assert_eq!(lifted["restriction"], Value::Null);
    call(&app, "edit_contact", json!({ "id": id, "patch": { "notes": "prefers phone" } })).unwrap();
    let history = call(&app, "contact_history", json!({ "id": id })).unwrap();
    assert_eq!(history[0]["details"]["fields"], json!(["notes"]));

    let message = json!({ "at": "2026-01-05T10:00:00Z", "sender": { "kind": "contact" }, "text": "Call me" });
    let conversation = json!({ "channel": "phone", "started_at": null, "ended_at": null, "external_ref": null,
        "messages": [message] });
    call(&app, "add_conversation", json!({ "contact": id, "conversation": conversation })).unwrap();

    let erasure = call(&app, "erase_contact", json!({ "id": id })).unwrap();
    assert_eq!((erasure["conversations"].clone(), erasure["messages"].clone()), (json!(1), json!(1)));
    assert_eq!(erasure["audit_entries_redacted"], 3, "the correction, the restriction and its lifting");
    let card = call(&app, "get_contact", json!({ "id": id })).unwrap();
    assert_eq!(card["contact"]["display_name"], format!("Erased contact #{id}"));
    let history =
        call(&app, "list_audit", json!({ "filter": { "contact": id, "action": "contact.updated" } })).unwrap();
    assert_eq!(history[0]["redacted"], true);
    let report = call(&app, "verify_audit", json!({})).unwrap();
    assert_eq!(report["ok"], true, "{report}");
    let actions = call(&app, "audit_actions", json!({})).unwrap();
    assert!(actions.as_array().unwrap().iter().any(|a| a == "contact.erased"));
}

/// Possible duplicates, the merge of a pair (refused while one is restricted) and quick tags.
#[test]
fn duplicates_are_listed_and_merged_and_tags_are_added_and_removed() {
    let app = app();
    call(&app, "create_vault", json!({ "path": app.vault, "passphrase": PASS, "repeat": PASS, "operator": "Ola" }))
        .unwrap();
    let email = |value: &str, label: &str, primary: bool| json!({ "value": value, "label": label, "primary": primary });
    let anna = call(
        &app,
        "add_contact",
        json!({ "contact": { "display_name": "Anna Kowalska", "source": { "kind": "person" },
            "id_number": "PL80010112345", "sensitive": ["id_number"],
            "emails": [email("anna.kowalska@firma.pl", "work", true)] } }),
    )
    .unwrap();
    let other = call(
        &app,
        "add_contact",
        json!({ "contact": { "display_name": "Anna K.", "source": { "kind": "person" }, "sensitive": [],
            "job_title": "Buyer",
            "emails": [email("Anna.Kowalska@Firma.PL", "work", true), email("anna@dom.pl", "home", false)] } }),
    )
    .unwrap();
    let (keep, gone) = (anna["id"].clone(), other["id"].clone());

    let pairs = call(&app, "possible_duplicates", json!({})).unwrap();
    assert_eq!(pairs.as_array().unwrap().len(), 1, "{pairs}");
    assert_eq!((pairs[0]["first"]["id"].clone(), pairs[0]["second"]["id"].clone()), (keep.clone(), gone.clone()));
    assert_eq!(pairs[0]["matches"], json!([{ "on": "email", "value": "anna.kowalska@firma.pl" }]));

    let tagged = call(&app, "tag_contact", json!({ "id": gone, "tags": ["Targi 2026", "VIP"] })).unwrap();
    assert_eq!(tagged["tags"], json!(["Targi 2026", "VIP"]));
    let untagged = call(&app, "untag_contact", json!({ "id": gone, "tags": ["vip"] })).unwrap();
    assert_eq!(untagged["tags"], json!(["Targi 2026"]), "compared folded");
    let long = call(&app, "tag_contact", json!({ "id": gone, "tags": ["x".repeat(81)] })).unwrap_err();
    assert_eq!(long["code"], "invalid_input");

    // Refused while either card is restricted, with the core's message; nothing changes.
    call(&app, "restrict_contact", json!({ "id": gone, "reason": "Accuracy contested" })).unwrap();
    let refused = call(&app, "merge_contacts", json!({ "keep": keep, "other": gone })).unwrap_err();
    assert_eq!(refused["code"], "contact_restricted");
    assert!(!refused["message"].as_str().unwrap().is_empty());
    call(&app, "lift_restriction", json!({ "id": gone, "reason": "Accuracy verified" })).unwrap();
    let itself = call(&app, "merge_contacts", json!({ "keep": keep, "other": keep })).unwrap_err();
    assert_eq!(itself["code"], "invalid_input");

    let merged = call(&app, "merge_contacts", json!({ "keep": keep, "other": gone })).unwrap();
    assert_eq!((merged["merged_id"].clone(), merged["merged_name"].clone()), (gone.clone(), json!("Anna K.")));
    assert_eq!(merged["points_added"], json!([{ "field": "email", "value": "anna@dom.pl", "label": "home" }]));
    assert_eq!((merged["filled"].clone(), merged["tags_added"].clone()), (json!(["job_title"]), json!(["Targi 2026"])));
    assert_eq!(merged["not_taken"], json!(["display_name"]));
    assert_eq!(merged["kept"]["id_number"], "•••••••••2345", "the kept card crossed IPC unmasked");
    let card = call(&app, "get_contact", json!({ "id": keep })).unwrap();
    let emails: Vec<&str> =
        card["contact"]["emails"].as_array().unwrap().iter().map(|e| e["value"].as_str().unwrap()).collect();
    assert_eq!(emails, ["anna.kowalska@firma.pl", "anna@dom.pl"]);
    assert_eq!(call(&app, "get_contact", json!({ "id": gone })).unwrap_err()["code"], "not_found");
    assert_eq!(call(&app, "possible_duplicates", json!({})).unwrap(), json!([]));
    let history = call(&app, "contact_history", json!({ "id": keep })).unwrap();
    assert_eq!(
        (history[0]["action"].clone(), history[0]["details"]["merged"].clone()),
        (json!("contact.merged"), gone)
    );
}

#[test]
fn retention_warnings_are_listed_previewed_and_cleaned_up() {
    use custos_core::contacts::{LifecycleStatus, NewContact};
    use custos_core::interactions::{Channel, NewConversation, NewMessage, Sender};
    use custos_core::{FixedClock, Passphrase, Session, Vault};

    let app = app();
    // A vault written 70 days ago: two leads who wrote then and were never heard from again.
    let clock = FixedClock::new(chrono::Utc::now() - chrono::Duration::days(70));
    let session = Session::new("Ola").with_clock(std::sync::Arc::new(clock));
    let vault = Vault::create(std::path::Path::new(&app.vault), &Passphrase::new(PASS), session).unwrap();
    let lead = |name: &str| {
        let id = vault
            .contacts()
            .add(NewContact { status: Some(LifecycleStatus::Lead), ..NewContact::named(name) })
            .unwrap()
            .id;
        let message = NewMessage { at: vault.now(), sender: Sender::Contact, text: "3 seats please".into() };
        let chat = NewConversation {
            channel: Channel::Chat,
            started_at: None,
            ended_at: None,
            external_ref: None,
            messages: vec![message],
        };
        vault.interactions().add(id, chat).unwrap();
        id
    };
    let (stefan, karla) = (lead("Stefan Stale"), lead("Karla Keep"));
    vault.lock();

    call(&app, "unlock", json!({ "path": app.vault, "passphrase": PASS, "operator": "Ola" })).unwrap();
    let summary = call(&app, "retention_summary", json!({})).unwrap();
    assert_eq!(summary, json!({ "total": 2, "delete_transcripts": 2, "erase": 0 }));
    let page =
        call(&app, "retention_warnings", json!({ "action": "delete_transcripts", "offset": 1, "limit": 10 })).unwrap();
    assert_eq!((page["total"].as_u64(), page["warnings"].as_array().unwrap().len()), (Some(2), 1));
    assert!(page["warnings"][0]["reason"].as_str().unwrap().contains("10 days overdue"), "{page}");

    let spec = json!({ "status": "lead", "action": "delete_transcripts", "period": { "amount": 90, "unit": "days" }, "purpose_id": null });
    let preview = call(&app, "preview_retention_rule", json!({ "spec": spec })).unwrap();
    assert_eq!((preview["contacts"].as_u64(), preview["current_contacts"].as_u64()), (Some(0), Some(2)));

    let today = chrono::Utc::now().date_naive().to_string();
    let refused =
        call(&app, "keep_contact", json!({ "id": karla, "reason": "spring", "reviewOn": today })).unwrap_err();
    assert_eq!(refused["code"], "invalid_input");
    let later = (chrono::Utc::now() + chrono::Duration::days(90)).date_naive().to_string();
    call(&app, "keep_contact", json!({ "id": karla, "reason": "spring", "reviewOn": later })).unwrap();
    let done = call(&app, "delete_transcripts", json!({ "id": stefan, "note": "Wants 3 seats" })).unwrap();
    assert_eq!(done["note_kept"], true);
    let again = call(&app, "clean_up", json!({ "contacts": [stefan], "action": "delete_transcripts" })).unwrap();
    assert_eq!(again["failed"][0]["code"], "refused", "no transcripts left: {again}");
    assert_eq!(call(&app, "retention_summary", json!({})).unwrap()["total"], 0);

    call(&app, "set_retention_rule", json!({ "spec": spec })).unwrap();
    let rules = call(&app, "retention_rules", json!({})).unwrap();
    assert!(rules.as_array().unwrap().iter().any(|r| r["period"]["amount"] == 90), "{rules}");
}

#[test]
fn requests_are_logged_extended_acted_on_and_closed() {
    let app = app();
    call(&app, "create_vault", json!({ "path": app.vault, "passphrase": PASS, "repeat": PASS, "operator": "Ola" }))
        .unwrap();
    let today = chrono::Utc::now().date_naive();
    let days_ago = |n: i64| (today - chrono::Duration::days(n)).to_string();
    let contact = json!({ "display_name": "Erna Erase", "source": { "kind": "person" }, "sensitive": [] });
    let id = call(&app, "add_contact", json!({ "contact": contact })).unwrap()["id"].clone();

    let nobody = json!({ "kind": "access", "contact_id": null, "requester_name": " ", "requester_contact": null,
        "received_on": days_ago(0), "channel": "email", "details": null });
    assert_eq!(call(&app, "open_request", json!({ "request": nobody })).unwrap_err()["code"], "invalid_input");
    let stranger = json!({ "kind": "access", "contact_id": null, "requester_name": "J. Doe",
        "requester_contact": "jd@example.com", "received_on": days_ago(40), "channel": "letter", "details": null });
    let late = call(&app, "open_request", json!({ "request": stranger })).unwrap();
    assert_eq!(late["overdue"], true, "{late}");
    let erasure = json!({ "kind": "erasure", "contact_id": id, "requester_name": null, "requester_contact": null,
        "received_on": days_ago(0), "channel": "email", "details": "Forget me" });
    let request = call(&app, "open_request", json!({ "request": erasure })).unwrap();
    let rid = request["id"].clone();
    assert_eq!(request["contact_name"], "Erna Erase");
    assert_eq!(request["status"], "received");
    assert!(request["due_on"].as_str().unwrap() > days_ago(0).as_str(), "{request}");

    let open = call(&app, "list_requests", json!({ "query": { "scope": "open", "contact": null } })).unwrap();
    assert_eq!(open[0]["id"], late["id"], "sorted by due date: {open}");
    assert_eq!(call(&app, "request_attention_count", json!({})).unwrap(), 1);

    let unnotified = json!({ "reason": "Many records", "notified_on": null });
    let refused = call(&app, "extend_request", json!({ "id": rid, "extension": unnotified })).unwrap_err();
    assert_eq!(refused["code"], "refused");
    assert!(refused["message"].as_str().unwrap().contains("within the first month"), "{refused}");
    let check = json!({ "method": "Reply from the e-mail on file", "result": "verified", "checked_on": days_ago(0) });
    let checked = call(&app, "request_identity", json!({ "id": rid, "check": check })).unwrap();
    assert_eq!(checked["status"], "in_progress");
    let early = call(&app, "close_request", json!({ "id": rid, "summary": null })).unwrap_err();
    assert!(early["message"].as_str().unwrap().contains("no action is recorded"), "{early}");

    call(&app, "erase_contact", json!({ "id": id })).unwrap();
    let entries = call(&app, "list_audit", json!({ "filter": { "contact": id, "action": "contact.erased" } })).unwrap();
    let entry = entries[0]["id"].clone();
    let acted = call(
        &app,
        "record_request_action",
        json!({ "id": rid, "auditEntryId": entry, "description": "Erased the card and transcripts" }),
    )
    .unwrap();
    assert_eq!(acted["actions"][0]["audit_action"], "contact.erased");
    let done = call(&app, "close_request", json!({ "id": rid, "summary": "Erased" })).unwrap();
    assert_eq!(done["status"], "done");
    assert_eq!(call(&app, "get_request", json!({ "id": rid })).unwrap()["status"], "done");

    let other = json!({ "display_name": "John Doe", "source": { "kind": "person" }, "sensitive": [] });
    let doe = call(&app, "add_contact", json!({ "contact": other })).unwrap()["id"].clone();
    let matched = call(&app, "match_request_contact", json!({ "id": late["id"], "contact": doe })).unwrap();
    assert_eq!(matched["contact_name"], "John Doe");
    let blank = call(&app, "refuse_request", json!({ "id": late["id"], "reason": "" })).unwrap_err();
    assert_eq!(blank["code"], "invalid_input");
    call(&app, "refuse_request", json!({ "id": late["id"], "reason": "Manifestly excessive" })).unwrap();
    let closed = call(&app, "list_requests", json!({ "query": { "scope": "closed", "contact": null } })).unwrap();
    assert_eq!(closed.as_array().unwrap().len(), 2);
    assert_eq!(call(&app, "list_requests", json!({})).unwrap(), json!([]));
    assert_eq!(call(&app, "request_attention_count", json!({})).unwrap(), 0);
}

#[test]
fn the_firm_sees_its_holidays_and_adds_closure_days_that_move_due_dates() {
    let app = app();
    call(&app, "create_vault", json!({ "path": app.vault, "passphrase": PASS, "repeat": PASS, "operator": "Ola" }))
        .unwrap();
    let unknown = call(&app, "calendar_info", json!({ "year": 2026 })).unwrap();
    assert_eq!(unknown["supported"], false, "{unknown}");
    assert_eq!(unknown["holidays"], json!([]));
    call(
        &app,
        "set_company",
        json!({ "profile": { "controller_name": "Szkolenia", "address": null, "email": null, "phone": null,
            "country": "PL", "dpo_name": null, "dpo_contact": null, "authority_name": null,
            "authority_contact": null, "updated_at": null } }),
    )
    .unwrap();
    let pl = call(&app, "calendar_info", json!({ "year": 2026 })).unwrap();
    assert_eq!((pl["country"].as_str(), pl["supported"].as_bool()), (Some("PL"), Some(true)), "{pl}");
    let holidays = pl["holidays"].as_array().unwrap();
    assert!(holidays.iter().any(|h| h["date"] == "2026-11-11"), "Independence Day: {pl}");
    assert!(holidays.iter().any(|h| h["date"] == "2026-04-06"), "Easter Monday: {pl}");

    // A request received on 2026-06-01 (a Monday) is due on Wednesday 1 July 2026.
    let new = json!({ "kind": "access", "contact_id": null, "requester_name": "J. Doe", "requester_contact": null,
        "received_on": "2026-06-01", "channel": "letter", "details": null });
    let request = call(&app, "open_request", json!({ "request": new })).unwrap();
    assert_eq!(request["due_on"], "2026-07-01", "{request}");
    let added = call(&app, "add_closure_day", json!({ "day": "2026-07-01", "reason": " " })).unwrap();
    assert_eq!((added["day"].as_str(), added["reason"].is_null()), (Some("2026-07-01"), true), "{added}");
    let moved = call(&app, "get_request", json!({ "id": request["id"] })).unwrap();
    assert_eq!(moved["due_on"], "2026-07-02", "the closure day moves the deadline: {moved}");
    let twice = call(&app, "add_closure_day", json!({ "day": "2026-07-01", "reason": null })).unwrap_err();
    assert!(!twice["message"].as_str().unwrap().is_empty(), "{twice}");
    let listed = call(&app, "calendar_info", json!({ "year": 2026 })).unwrap();
    assert_eq!(listed["closure_days"][0]["day"], "2026-07-01", "{listed}");
    call(&app, "remove_closure_day", json!({ "day": "2026-07-01" })).unwrap();
    assert_eq!(call(&app, "get_request", json!({ "id": request["id"] })).unwrap()["due_on"], "2026-07-01");
    assert_eq!(call(&app, "calendar_info", json!({ "year": 2026 })).unwrap()["closure_days"], json!([]));
}

#[test]
fn documents_are_generated_only_when_complete_and_saved_only_where_chosen() {
    let app = app();
    call(&app, "create_vault", json!({ "path": app.vault, "passphrase": PASS, "repeat": PASS, "operator": "Ola" }))
        .unwrap();
    let dir = std::path::Path::new(&app.vault).parent().unwrap().to_owned();
    let record = dir.join("record.pdf").display().to_string();
    let request = |kind: &str, path: &str, replace: bool| json!({ "request": { "kind": kind, "language": "pl", "path": path, "replace": replace } });

    let incomplete = call(&app, "generate_document", request("record", &record, false)).unwrap_err();
    assert_eq!(incomplete["code"], "document_incomplete", "{incomplete}");
    assert!(incomplete["message"].as_str().unwrap().contains("Fill in"), "{incomplete}");
    assert!(!std::path::Path::new(&record).exists(), "nothing written when incomplete");

    call(
        &app,
        "set_company",
        json!({ "profile": { "controller_name": "Szkolenia Żółć", "address": "ul. Długa 1, Łódź", "email": "biuro@example.pl",
            "phone": null, "country": "PL", "dpo_name": null, "dpo_contact": null, "authority_name": "PUODO",
            "authority_contact": "ul. Stawki 2, Warszawa", "updated_at": null } }),
    )
    .unwrap();
    call(
        &app,
        "add_purpose",
        json!({ "spec": {
            "name": "Szkolenia", "description": "Organising courses", "legal_basis": "b", "legitimate_interest": null,
            "data_subject_categories": ["course participants"], "data_categories": ["name", "e-mail"], "recipients": [],
            "retention_rule": "6 years after the contract ends",
            "requirement": { "kind": "contractual", "consequence": "We cannot sign you up" },
            "automated_decisions": null, "requires_confirmation": false, "consent_wording": null } }),
    )
    .unwrap();
    let saved = call(&app, "generate_document", request("record", &record, false)).unwrap();
    assert!(saved["pages"].as_u64().unwrap() >= 1 && saved["sha256"].as_str().unwrap().len() == 64, "{saved}");
    assert!(std::fs::read(&record).unwrap().starts_with(b"%PDF"));
    let exists = call(&app, "generate_document", request("record", &record, false)).unwrap_err();
    assert_eq!(exists["code"], "file_exists");
    call(&app, "generate_document", request("record", &record, true)).unwrap();

    // The Art. 14 notice: data from another source, named in the notice.
    let notice = dir.join("notice-art14.pdf").display().to_string();
    let art14 = |source: serde_json::Value| json!({ "request": { "kind": "notice", "language": "pl", "path": notice, "source": source } });
    let unnamed = call(&app, "generate_document", art14(json!({ "kind": "public", "name": "  " }))).unwrap_err();
    assert_eq!(unnamed["code"], "document_incomplete", "{unnamed}");
    assert!(unnamed["message"].as_str().unwrap().contains("the source the data came from"), "{unnamed}");
    assert!(!std::path::Path::new(&notice).exists());
    let saved =
        call(&app, "generate_document", art14(json!({ "kind": "public", "name": "KRS (Krajowy Rejestr Sądowy)" })))
            .unwrap();
    assert!(saved["pages"].as_u64().unwrap() >= 1 && saved["sha256"].as_str().unwrap().len() == 64, "{saved}");
    assert!(std::fs::read(&notice).unwrap().starts_with(b"%PDF"));
    let text = std::process::Command::new("pdftotext").args([notice.as_str(), "-"]).output().unwrap();
    let text = String::from_utf8(text.stdout).unwrap().split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains("KRS (Krajowy Rejestr Sądowy)") && text.contains("art. 14"), "{text}");
    let art13 = dir.join("notice-art13.pdf").display().to_string();
    let plain = call(&app, "generate_document", request("notice", &art13, false)).unwrap();
    assert!(std::fs::read(&art13).unwrap().starts_with(b"%PDF"));
    assert_ne!(plain["bytes"], saved["bytes"], "the Art. 14 notice adds the source and the categories");
    let misplaced = call(
        &app,
        "generate_document",
        json!({ "request": { "kind": "record", "language": "pl", "path": record, "replace": true,
            "source": { "kind": "third_party", "name": "Biuro X" } } }),
    )
    .unwrap_err();
    assert_eq!(misplaced["code"], "invalid_input", "{misplaced}");
    let names = call(
        &app,
        "generate_document",
        json!({ "request": { "kind": "record", "language": "pl", "path": record, "replace": true,
            "redact_names": ["Jan Kowalski"] } }),
    )
    .unwrap_err();
    assert!(names["message"].as_str().unwrap().contains("access report"), "{names}");

    let no_contact = call(&app, "generate_document", request("access_report", &record, true)).unwrap_err();
    assert_eq!(no_contact["code"], "invalid_input");
    let unknown = call(&app, "generate_document", request("will", &record, true)).unwrap_err();
    assert_eq!(unknown["code"], "invalid_input");
    let bad_language =
        call(&app, "generate_document", json!({ "request": { "kind": "record", "language": "xx", "path": record } }))
            .unwrap_err();
    assert_eq!(bad_language["code"], "invalid_input");
    let elsewhere = dir.join("not-saved-by-custos.pdf").display().to_string();
    assert_eq!(call(&app, "open_document", json!({ "path": elsewhere })).unwrap_err()["code"], "refused");

    // From an access request: the report is recorded as the request's action.
    let person = json!({ "display_name": "Łucja Żak", "source": { "kind": "person" }, "sensitive": [] });
    let contact = call(&app, "add_contact", json!({ "contact": person })).unwrap()["id"].clone();
    let access = json!({ "kind": "access", "contact_id": contact, "requester_name": null, "requester_contact": null,
        "received_on": chrono::Utc::now().date_naive().to_string(), "channel": "email", "details": null });
    let rid = call(&app, "open_request", json!({ "request": access })).unwrap()["id"].clone();
    let report = dir.join("report.pdf").display().to_string();
    let taken = call(
        &app,
        "generate_document",
        json!({ "request": { "kind": "access_report", "language": "pl", "path": record, "request": rid } }),
    )
    .unwrap_err();
    assert_eq!(taken["code"], "file_exists");
    assert_eq!(call(&app, "get_request", json!({ "id": rid })).unwrap()["actions"], json!([]), "nothing recorded");
    call(
        &app,
        "generate_document",
        json!({ "request": { "kind": "access_report", "language": "pl", "path": report, "request": rid } }),
    )
    .unwrap();
    assert!(std::fs::read(&report).unwrap().starts_with(b"%PDF"));
    let answered = call(&app, "get_request", json!({ "id": rid })).unwrap();
    assert_eq!(answered["actions"][0]["audit_action"], "document.access_report", "{answered}");
    assert_eq!(call(&app, "close_request", json!({ "id": rid, "summary": null })).unwrap()["status"], "done");
}

#[test]
fn request_letters_are_generated_and_an_unknown_requester_is_closed_as_no_data_held() {
    let app = app();
    call(&app, "create_vault", json!({ "path": app.vault, "passphrase": PASS, "repeat": PASS, "operator": "Ola" }))
        .unwrap();
    call(
        &app,
        "set_company",
        json!({ "profile": { "controller_name": "Szkolenia Żółć", "address": "ul. Długa 1, Łódź", "email": "biuro@example.pl",
            "phone": null, "country": "PL", "dpo_name": null, "dpo_contact": null, "authority_name": "PUODO",
            "authority_contact": "ul. Stawki 2, Warszawa", "updated_at": null } }),
    )
    .unwrap();
    let today = chrono::Utc::now().date_naive().to_string();
    let person = json!({ "display_name": "Łucja Żak", "source": { "kind": "person" }, "sensitive": [] });
    let contact = call(&app, "add_contact", json!({ "contact": person })).unwrap()["id"].clone();
    let known = json!({ "kind": "access", "contact_id": contact, "requester_name": null, "requester_contact": null,
        "received_on": today, "channel": "email", "details": null });
    let known = call(&app, "open_request", json!({ "request": known })).unwrap()["id"].clone();
    let stranger = json!({ "kind": "access", "contact_id": null, "requester_name": "Живка Щерева",
        "requester_contact": "zhivka@primer.example", "received_on": today, "channel": "web_form", "details": null });
    let stranger = call(&app, "open_request", json!({ "request": stranger })).unwrap()["id"].clone();

    // No data held: only for a requester matched to no contact.
    let matched = call(&app, "close_request_no_data", json!({ "id": known, "summary": null })).unwrap_err();
    assert_eq!(matched["code"], "refused");
    assert!(matched["message"].as_str().unwrap().contains("record what was done"), "{matched}");
    let done =
        call(&app, "close_request_no_data", json!({ "id": stranger, "summary": "Searched everything" })).unwrap();
    assert_eq!(done["status"], "done", "{done}");
    assert!(done["outcome"].as_str().unwrap().starts_with("No personal data"), "{done}");

    let dir = std::path::Path::new(&app.vault).parent().unwrap().to_owned();
    let path = dir.join("letter.pdf").display().to_string();
    let letter = |request: &Value, letter: Value| {
        json!({ "request": { "kind": "request_letter", "language": "bg", "path": path, "request": request,
            "letter": letter } })
    };
    let saved = call(&app, "generate_document", letter(&stranger, json!("completion"))).unwrap();
    assert!(saved["pages"] == 1 && saved["sha256"].as_str().unwrap().len() == 64, "{saved}");
    let text = std::process::Command::new("pdftotext").args([path.as_str(), "-"]).output().unwrap();
    let text = String::from_utf8(text.stdout).unwrap().split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains("Живка Щерева") && text.contains("не съхраняваме никакви Ваши лични данни"), "{text}");

    // A letter that does not fit, or is not named, is refused and nothing is written.
    std::fs::remove_file(&path).unwrap();
    let unfit = call(&app, "generate_document", letter(&known, json!("refusal"))).unwrap_err();
    assert_eq!(unfit["code"], "letter_not_applicable", "{unfit}");
    assert!(unfit["message"].as_str().unwrap().contains("Refuse the request first"), "{unfit}");
    for (request, which) in [(&known, json!(null)), (&known, json!("reminder")), (&json!(null), json!("refusal"))] {
        let refused = call(&app, "generate_document", letter(request, which)).unwrap_err();
        assert_eq!(refused["code"], "invalid_input", "{refused}");
    }
    assert!(!std::path::Path::new(&path).exists());
    call(&app, "generate_document", letter(&known, json!("acknowledgement"))).unwrap();
    let entries = call(&app, "list_audit", json!({ "filter": { "action": "document.request_letter" } })).unwrap();
    assert_eq!(entries.as_array().unwrap().len(), 2, "{entries}");
    assert_eq!(entries[0]["target_kind"], "request");
}

/// A second launch with a file (the single-instance plugin's callback): the UI takes the file
/// once, with what to do now; an unlocked vault is never locked for it.
#[test]
fn a_file_given_by_a_second_launch_is_offered_once_without_locking_the_open_vault() {
    let app = app();
    let dir = std::path::Path::new(&app.vault).parent().unwrap().to_owned();
    let launch = |args: &[&str], cwd: &std::path::Path| {
        let argv = std::iter::once("custos-desktop").chain(args.iter().copied()).map(str::to_owned).collect();
        custos_desktop::launch::second_launch(&app.handle(), argv, cwd.display().to_string());
    };
    assert_eq!(call(&app, "take_open_request", json!({})).unwrap(), Value::Null, "nothing was given");

    // Locked: the unlock screen offers the file, resolved against the launch's folder.
    call(&app, "create_vault", json!({ "path": app.vault, "passphrase": PASS, "repeat": PASS, "operator": "Ola" }))
        .unwrap();
    call(&app, "lock", json!({})).unwrap();
    std::fs::create_dir(dir.join("sub")).unwrap();
    launch(&["firm.custos"], &dir);
    assert_eq!(call(&app, "take_open_request", json!({})).unwrap(), json!({ "kind": "unlock", "path": app.vault }));
    assert_eq!(call(&app, "take_open_request", json!({})).unwrap(), Value::Null, "given once");

    // Unlocked: the same vault is already open; another one asks first and the vault stays open.
    call(&app, "unlock", json!({ "path": app.vault, "passphrase": PASS, "operator": "Ola" })).unwrap();
    launch(&["--", "../firm.custos"], &dir.join("sub"));
    assert_eq!(call(&app, "take_open_request", json!({})).unwrap()["kind"], "already_open");
    let other = dir.join("other.custos");
    std::fs::write(&other, b"not checked until unlocked").unwrap();
    launch(&[other.to_str().unwrap()], std::path::Path::new("/"));
    let asked = call(&app, "take_open_request", json!({})).unwrap();
    assert_eq!(
        asked,
        json!({ "kind": "lock_first", "path": other.display().to_string(), "unlocked": app.vault }),
        "{asked}"
    );
    assert_eq!(call(&app, "app_info", json!({})).unwrap()["unlocked"], true, "the open vault was locked");

    // A file that is not there, or a folder, is refused with what to do; the newest request wins.
    launch(&["sub"], &dir);
    launch(&["missing.custos"], &dir);
    let refused = call(&app, "take_open_request", json!({})).unwrap();
    assert_eq!(refused["kind"], "refused", "{refused}");
    assert_eq!(refused["path"], dir.join("missing.custos").display().to_string());
    assert_eq!(refused["error"]["code"], "vault_not_found");
    assert!(refused["error"]["message"].as_str().unwrap().contains("There is no file at"), "{refused}");
    launch(&["sub"], &dir);
    assert_eq!(call(&app, "take_open_request", json!({})).unwrap()["error"]["code"], "not_a_file");

    // A launch without a file only brings the window forward.
    launch(&[], &dir);
    assert_eq!(call(&app, "take_open_request", json!({})).unwrap(), Value::Null);
}
