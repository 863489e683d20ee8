//! Operators and the recovery kit through the IPC layer: the owner prints a kit and adds a
//! clerk, who unlocks as themselves, must choose their own passphrase and is refused what a
//! clerk may not do; the owner recovers with the kit's code, re-keys, reveals the data key and
//! removes the clerk.

// Test support code: a failed set-up step panics with its error.
#![allow(clippy::unwrap_used)]

mod common;

use common::{app, call};
use serde_json::{Value, json};

const PASS: &str = "correct horse battery staple";
const FIRST: &str = "a first passphrase for Jan";
const JANS: &str = "Jan's very own passphrase";
const NEW: &str = "a brand new owner passphrase";

/// The recovery code as `pdftotext` reads it from the kit: 7 groups of 5, joined by hyphens.
fn code_in(pdf: &str) -> String {
    let out = std::process::Command::new("pdftotext").args([pdf, "-"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let is_code = |w: &&str| {
        let groups: Vec<&str> = w.split('-').collect();
        groups.len() == 7 && groups.iter().all(|g| g.len() == 5 && g.chars().all(|c| c.is_ascii_alphanumeric()))
    };
    text.split_whitespace().find(is_code).unwrap_or_else(|| panic!("no code in the kit: {text}")).to_owned()
}

#[test]
fn owner_prints_a_kit_adds_a_clerk_and_recovers() {
    let app = app();
    let created =
        call(&app, "create_vault", json!({ "path": app.vault, "passphrase": PASS, "repeat": PASS, "operator": "Ola" }))
            .unwrap();
    assert_eq!(created["recovery_kit"], false, "a new vault: the UI offers to print a kit");
    assert_eq!(created["must_change_passphrase"], false);
    assert_eq!(created["permissions"]["role"], "owner");
    assert_eq!(created["permissions"]["operators"], true);
    let unlocking = call(&app, "unlocking", json!({ "path": app.vault })).unwrap();
    assert_eq!(unlocking, json!({ "operators": ["Ola"], "recovery_kit": false, "needs_slots": false }));
    let nowhere = call(&app, "unlocking", json!({ "path": format!("{}-nowhere", app.vault) })).unwrap_err();
    assert_eq!(nowhere["code"], "vault_not_found");

    // The kit: a one-page PDF in the language chosen; never over a file unless asked.
    let pdf = format!("{}-kit.pdf", app.vault);
    let bad = call(&app, "make_recovery_kit", json!({ "path": pdf, "language": "tlh", "replace": false }));
    assert_eq!(bad.unwrap_err()["code"], "invalid_input");
    let saved = call(&app, "make_recovery_kit", json!({ "path": pdf, "language": "pl", "replace": false })).unwrap();
    assert_eq!(saved["pages"], 1);
    let code = code_in(&pdf);
    let again = call(&app, "make_recovery_kit", json!({ "path": pdf, "language": "pl", "replace": false }));
    assert_eq!(again.unwrap_err()["code"], "file_exists");
    assert_eq!(code_in(&pdf), code, "the refused kit replaced nothing");
    assert_eq!(call(&app, "vault_info", json!({})).unwrap()["recovery_kit"], true);
    assert_eq!(call(&app, "unlocking", json!({ "path": app.vault })).unwrap()["recovery_kit"], true);

    // A clerk with a first passphrase.
    let clerk = json!({ "name": "Jan Nowak", "role": "clerk", "passphrase": FIRST, "repeat": FIRST });
    let jan = call(&app, "add_operator", clerk.clone()).unwrap();
    assert_eq!(
        (&jan["role"], &jan["must_change_passphrase"], &jan["is_me"]),
        (&json!("clerk"), &json!(true), &json!(false))
    );
    assert_eq!(call(&app, "add_operator", clerk).unwrap_err()["reason"], "operator_exists");
    let mismatch = json!({ "name": "Ewa", "role": "clerk", "passphrase": FIRST, "repeat": "something else" });
    assert_eq!(call(&app, "add_operator", mismatch).unwrap_err()["code"], "passphrase_mismatch");
    let listed = call(&app, "list_operators", json!({})).unwrap();
    let names: Vec<&str> = listed.as_array().unwrap().iter().map(|o| o["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Ola", "Jan Nowak"]);
    let (ola, jan) = (listed[0]["id"].clone(), jan["id"].clone());
    assert_eq!(listed[0]["is_me"], true);

    // Roles: at least one owner remains; nobody resets themselves.
    let demoted = call(&app, "set_operator_role", json!({ "id": ola, "role": "clerk" })).unwrap_err();
    assert_eq!(demoted["reason"], "last_owner");
    let info = call(&app, "set_operator_role", json!({ "id": jan, "role": "read_only" })).unwrap();
    assert_eq!(info["permissions"]["role"], "owner");
    call(&app, "set_operator_role", json!({ "id": jan, "role": "clerk" })).unwrap();
    let myself = call(&app, "reset_operator", json!({ "id": ola, "passphrase": FIRST, "repeat": FIRST }));
    assert_eq!(myself.unwrap_err()["reason"], "not_yourself");
    call(&app, "reset_operator", json!({ "id": jan, "passphrase": FIRST, "repeat": FIRST })).unwrap();

    // The data key, behind the passphrase.
    let wrong = call(&app, "reveal_data_key", json!({ "passphrase": "not the passphrase" })).unwrap_err();
    assert_eq!(wrong["code"], "wrong_passphrase");
    let key = call(&app, "reveal_data_key", json!({ "passphrase": PASS })).unwrap();
    let hex = key["key_hex"].as_str().unwrap();
    assert_eq!(hex.len(), 64);
    assert!(key["pragma"].as_str().unwrap().contains(hex), "{key}");
    assert!(key["shell"].as_str().unwrap().starts_with("sqlcipher "), "{key}");
    call(&app, "rekey_vault", json!({})).unwrap();
    assert_ne!(call(&app, "reveal_data_key", json!({ "passphrase": PASS })).unwrap()["key_hex"], hex, "a new data key");

    // The clerk: picks themselves, must choose their own passphrase before anything else.
    call(&app, "lock", json!({})).unwrap();
    let unnamed = call(&app, "unlock", json!({ "path": app.vault, "passphrase": FIRST, "operator": "" }));
    assert_eq!(unnamed.unwrap_err()["reason"], "operator_not_named");
    let as_jan =
        call(&app, "unlock", json!({ "path": app.vault, "passphrase": FIRST, "operator": "Jan Nowak" })).unwrap();
    assert_eq!((&as_jan["operator"], &as_jan["must_change_passphrase"]), (&json!("Jan Nowak"), &json!(true)));
    assert_eq!(as_jan["permissions"]["role"], "clerk");
    assert_eq!(as_jan["permissions"]["export"], false);
    let first = call(&app, "list_contacts", json!({ "query": {} })).unwrap_err();
    assert_eq!(first["reason"], "passphrase_must_change");
    let changed = call(&app, "change_passphrase", json!({ "passphrase": JANS, "repeat": JANS })).unwrap();
    assert_eq!(changed["must_change_passphrase"], false);
    assert_eq!(call(&app, "permissions", json!({})).unwrap()["role"], "clerk");
    let export = json!({ "selection": { "format": "vcard" }, "path": format!("{}.vcf", app.vault) });
    let refused = call(&app, "export_contacts", export).unwrap_err();
    assert_eq!(refused["code"], "not_permitted");
    assert_eq!(refused["params"]["needs"], "owner", "{refused}");
    let add = json!({ "name": "Ewa", "role": "clerk", "passphrase": FIRST, "repeat": FIRST });
    assert_eq!(call(&app, "add_operator", add).unwrap_err()["code"], "not_permitted");
    let kit = json!({ "path": format!("{}-jan.pdf", app.vault), "language": "en", "replace": false });
    assert_eq!(call(&app, "make_recovery_kit", kit).unwrap_err()["code"], "not_permitted");
    assert_eq!(call(&app, "rekey_vault", json!({})).unwrap_err()["code"], "not_permitted");
    let settings = call(&app, "app_info", json!({})).unwrap()["settings"].clone();
    assert_eq!(settings["operators"][app.vault.as_str()], "Jan Nowak", "remembered for this vault");

    // The owner forgot everything but has the kit: a typo is caught, naming its group.
    call(&app, "lock", json!({})).unwrap();
    let mut typo: Vec<char> = code.chars().collect();
    typo[7] = if typo[7] == 'X' { 'Y' } else { 'X' };
    let typo: String = typo.into_iter().collect();
    let recover = |code: &str, operator: &str| json!({ "path": app.vault, "code": code, "passphrase": NEW, "repeat": NEW, "operator": operator });
    let caught = call(&app, "recover", recover(&typo, "Ola")).unwrap_err();
    assert_eq!((&caught["reason"], &caught["params"]["group"]), (&json!("recovery_code_typo"), &json!(2)), "{caught}");
    let clerk = call(&app, "recover", recover(&code, "Jan Nowak")).unwrap_err();
    assert_eq!(clerk["code"], "not_permitted");
    let back = call(&app, "recover", recover(&code.to_lowercase(), "Ola")).unwrap();
    assert_eq!((&back["operator"], &back["permissions"]["role"]), (&json!("Ola"), &json!("owner")));
    let audit = call(&app, "list_audit", json!({ "filter": { "limit": 100 } })).unwrap();
    let entries = audit.as_array().unwrap().clone();
    let who = |action: &str| -> Vec<Value> {
        entries.iter().filter(|e| e["action"] == action).map(|e| e["operator"].clone()).collect()
    };
    assert_eq!(who("vault.recovery_used"), [json!("Ola")]);
    assert!(who("vault.passphrase_changed").contains(&json!("Jan Nowak")), "{entries:?}");

    // The clerk removed: the vault is re-keyed, their passphrase opens nothing.
    call(&app, "remove_operator", json!({ "id": jan })).unwrap();
    assert_eq!(call(&app, "list_operators", json!({})).unwrap().as_array().unwrap().len(), 1);
    call(&app, "lock", json!({})).unwrap();
    let gone = call(&app, "unlock", json!({ "path": app.vault, "passphrase": JANS, "operator": "Jan Nowak" }));
    assert_eq!(gone.unwrap_err()["reason"], "operator_unknown");
    let old = call(&app, "unlock", json!({ "path": app.vault, "passphrase": PASS, "operator": "Ola" }));
    assert_eq!(old.unwrap_err()["code"], "wrong_passphrase", "the recovery set a new one");
    call(&app, "unlock", json!({ "path": app.vault, "passphrase": NEW, "operator": "Ola" })).unwrap();
}
