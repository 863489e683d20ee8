//! The real `custos` binary on a real vault in a temp dir.

use custos_e2e::{CliVault, stderr, stdout};
use serde_json::Value;

fn fixture(name: &str) -> String {
    format!("{}/../crates/custos-core/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// `custos company set` for a Polish firm with everything the documents need.
const POLISH_FIRM: &[&str] = &[
    "company",
    "set",
    "--name",
    "Szkolenia Żółć Sp. z o.o.",
    "--address",
    "ul. Długa 1, 00-001 Warszawa",
    "--email",
    "biuro@example.pl",
    "--country",
    "PL",
    "--authority-name",
    "Prezes Urzędu Ochrony Danych Osobowych",
    "--authority-contact",
    "ul. Stawki 2, 00-193 Warszawa",
];

#[test]
fn init_add_import_search_with_json_output() {
    let v = CliVault::new();
    let init = v.json(&["vault", "init"]);
    assert!(init["strength"]["score"].as_u64().unwrap() >= 3, "{init}");
    assert!(v.path.exists());

    let added = v.json(&["contact", "add", "Łucja Żółkiewska", "--email", "lucja@example.pl", "--status", "customer"]);
    let id = added["id"].as_i64().unwrap();
    assert_eq!(added["display_name"], "Łucja Żółkiewska");
    assert_eq!(added["status"], "customer");

    let hits = v.json(&["search", "zolkiewska"]);
    assert_eq!(hits["hits"][0]["contact_id"], id);
    assert_eq!(hits["hits"][0]["location"], serde_json::json!({ "kind": "field", "field": "display_name" }));

    let imported = v.json(&[
        "transcript",
        "import",
        &id.to_string(),
        &fixture("whatsapp_android_eu.txt"),
        "--utc-offset",
        "+01:00",
    ]);
    let messages = imported["message_count"].as_u64().unwrap();
    assert!(messages >= 5, "{imported}");
    let conv = v.json(&["transcript", "show", &imported["id"].to_string()]);
    assert_eq!(conv["messages"].as_array().unwrap().len() as u64, messages);
    assert_eq!(conv["messages"][0]["sender"]["kind"], "contact");

    let page = v.json(&["contact", "list"]);
    assert_eq!(page["total"], 1);
    assert!(page["items"][0]["last_contact_at"].is_string(), "import did not move last contact: {page}");

    let audit = v.json(&["audit", "list"]);
    assert_eq!(audit[0]["action"], "conversation.imported");
    assert_eq!(audit[0]["operator"], "E2E Tester");
    assert_eq!(v.json(&["audit", "verify"])["ok"], true);
}

#[test]
fn user_errors_exit_1_with_one_line_and_no_panic() {
    let v = CliVault::new();
    let missing = v.run(&["contact", "list"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(stderr(&missing).contains("custos vault init"), "{}", stderr(&missing));

    let short = v.run_with(&["vault", "init"], &[("CUSTOS_PASSPHRASE", "short")]);
    assert_eq!(short.status.code(), Some(1));
    assert!(stderr(&short).contains("at least 10 characters"));

    assert!(v.run(&["vault", "init"]).status.success());
    let wrong = v.run_with(&["contact", "list"], &[("CUSTOS_PASSPHRASE", "not the right one")]);
    assert_eq!(wrong.status.code(), Some(1));
    assert!(stderr(&wrong).contains("Wrong passphrase"));
    assert_eq!(stderr(&wrong).lines().count(), 1, "SQLCipher logged to stderr: {}", stderr(&wrong));

    for args in [
        &["contact", "show", "424242"][..],
        &["contact", "add", "   "],
        &["contact", "add", "X", "--status", "vip"],
        &["transcript", "add", "1", "-m", "nobody said this"],
        &["frobnicate"],
        &["consent", "give", "1", "no such purpose", "--method", "email"],
    ] {
        let out = v.run(args);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(!err.contains("panicked") && !err.contains("RUST_BACKTRACE"), "{args:?}: {err}");
    }

    // A broken WhatsApp export names the line and imports nothing.
    let id = v.json(&["contact", "add", "Anna"])["id"].to_string();
    let broken = v.run(&["transcript", "import", &id, &fixture("whatsapp_broken.txt")]);
    assert_eq!(broken.status.code(), Some(1));
    assert!(stderr(&broken).contains("Line 6"), "{}", stderr(&broken));
    assert_eq!(v.json(&["transcript", "list", &id]), serde_json::json!([]));

    let json_err = v.run(&["--json", "contact", "show", "424242"]);
    let body: serde_json::Value = serde_json::from_slice(&json_err.stdout).unwrap();
    assert_eq!(body["error"]["code"], "not_found");
}

#[test]
fn passphrase_change_backup_and_restore() {
    let v = CliVault::new();
    assert!(v.run(&["vault", "init"]).status.success());
    v.json(&["contact", "add", "Before backup"]);
    let backup = v.dir.path().join("backup.custos");
    let out = v.run(&["vault", "backup", backup.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    v.json(&["contact", "add", "After backup"]);

    let changed = v.run_with(&["vault", "passphrase"], &[("CUSTOS_NEW_PASSPHRASE", "an entirely new passphrase")]);
    assert!(changed.status.success(), "{}", stderr(&changed));
    assert_eq!(v.run(&["contact", "list"]).status.code(), Some(1), "old passphrase still opens the vault");
    let new_pass = [("CUSTOS_PASSPHRASE", "an entirely new passphrase")];
    assert!(stdout(&v.run_with(&["contact", "list"], &new_pass)).contains("After backup"));

    // The backup keeps the passphrase it was made with.
    let refused = v.run(&["vault", "restore", backup.to_str().unwrap()]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(stderr(&refused).contains("--replace"));
    let restored = v.run(&["vault", "restore", backup.to_str().unwrap(), "--replace"]);
    assert!(restored.status.success(), "{}", stderr(&restored));
    let list = stdout(&v.run(&["contact", "list"]));
    assert!(list.contains("Before backup") && !list.contains("After backup"), "{list}");
}

#[test]
fn automatic_backups_from_the_command_line_for_cron() {
    let v = CliVault::new();
    assert!(v.run(&["vault", "init"]).status.success());
    v.json(&["contact", "add", "Anna Nowak"]);
    let first = v.json(&["vault", "backup", "--auto"]);
    assert_eq!(first["outcome"], "made", "{first}");
    assert_eq!(first["backup"]["contacts"], 1, "{first}");
    let again = v.json(&["vault", "backup", "--auto"]);
    assert_eq!(again["outcome"], "not_due", "{again}");
    assert_eq!(again["newest"]["path"], first["backup"]["path"]);

    let listed = v.json(&["vault", "backups"]);
    let backups = listed["backups"].as_array().unwrap();
    assert_eq!(backups.len(), 1, "{listed}");
    let file = backups[0]["path"].as_str().unwrap();
    assert!(std::path::Path::new(file).starts_with(listed["folder"].as_str().unwrap()), "{listed}");
    assert!(stdout(&v.run(&["vault", "backups"])).contains("1 contacts, 0 messages"));

    // A file or --auto, not neither and not both: a usage error.
    for args in [&["vault", "backup"][..], &["vault", "backup", "x.custos", "--auto"]] {
        let out = v.run(args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(stderr(&out).contains("Usage:"), "{}", stderr(&out));
    }
}

#[test]
fn purposes_and_consents_from_the_command_line() {
    let v = CliVault::new();
    assert!(v.run(&["vault", "init"]).status.success());
    let id = v.json(&["contact", "add", "Иван Петров"])["id"].to_string();
    v.json(&[
        "purpose",
        "add",
        "--name",
        "Newsletter",
        "--description",
        "Monthly news",
        "--basis",
        "consent",
        "--wording",
        "Yes, send me news",
        "--double-opt-in",
        "--category",
        "e-mail",
        "--recipient",
        "MailerCo;processor;US;standard_contractual_clauses",
    ]);
    v.json(&["consent", "give", &id, "Newsletter", "--method", "web-form", "--evidence", "form-1"]);
    assert_eq!(v.json(&["consent", "check", &id, "Newsletter"])["allowed"], false);
    v.json(&["consent", "confirm", &id, "Newsletter", "--method", "email"]);
    assert_eq!(v.json(&["consent", "check", &id, "Newsletter"])["allowed"], true);
    v.json(&["consent", "withdraw", &id, "Newsletter", "--method", "email"]);
    let check = v.json(&["consent", "check", &id, "Newsletter"]);
    assert_eq!(check["allowed"], false);
    assert_eq!(check["consent"], "withdrawn");
    let history = v.json(&["consent", "history", &id]);
    let kinds: Vec<_> = history.as_array().unwrap().iter().map(|e| e["kind"].as_str().unwrap().to_owned()).collect();
    assert_eq!(kinds, ["given", "confirmed", "withdrawn"]);
    assert_eq!(history[0]["wording_version"], 1);
    assert_eq!(history[0]["recorded_by"], "E2E Tester");

    v.json(&["company", "set", "--name", "Firma sp. z o.o.", "--country", "pl", "--authority-name", "PUODO"]);
    assert_eq!(v.json(&["company", "show"])["authority_name"], "PUODO");
    assert!(stdout(&v.run(&["search", "петров"])).contains("Иван Петров"));
}

/// A vault with a consent purpose (no double opt-in) and two people who gave consent.
fn newsletter_vault() -> (CliVault, String, String) {
    let v = CliVault::new();
    assert!(v.run(&["vault", "init"]).status.success());
    let anna = v.json(&["contact", "add", "Anna Nowak", "--email", "anna@example.pl"])["id"].to_string();
    let jan =
        v.json(&["contact", "add", "Jan Kowalski", "--email", "jan@example.pl", "--phone", "+48 600 100 200"])["id"]
            .to_string();
    v.json(&[
        "purpose",
        "add",
        "--name",
        "Newsletter",
        "--description",
        "Monthly news",
        "--basis",
        "consent",
        "--wording",
        "Yes, send me news",
    ]);
    for id in [&anna, &jan] {
        v.json(&["consent", "give", id, "Newsletter", "--method", "web-form", "--evidence", "form-1"]);
    }
    (v, anna, jan)
}

fn ids(members: &Value) -> Vec<String> {
    let Some(members) = members.as_array() else { panic!("not a list of people: {members}") };
    members.iter().map(|m| m["contact_id"].to_string()).collect()
}

#[test]
fn a_withdrawal_drops_the_person_from_the_audience_and_its_csv() {
    let (v, anna, jan) = newsletter_vault();
    let audience = v.json(&["purpose", "audience", "Newsletter"]);
    assert_eq!(audience["total"], 2);
    assert_eq!(ids(&audience["members"]), [anna.as_str(), jan.as_str()], "sorted by name: {audience}");
    assert_eq!(audience["members"][1]["consent"], "given");
    let before = v.dir.path().join("before.csv");
    let said = v.text(&["purpose", "audience", "Newsletter", "--csv", before.to_str().unwrap()]);
    assert!(said.contains("Wrote 2 people") && said.contains("before.csv"), "{said}");
    let csv = std::fs::read_to_string(&before).unwrap();
    assert!(csv.starts_with("contact_id,name,email,phone,basis,consent,since"), "{csv}");
    assert!(csv.contains("Jan Kowalski") && csv.contains("Anna Nowak"), "{csv}");

    v.json(&["consent", "withdraw", &jan, "Newsletter", "--method", "email"]);
    let audience = v.json(&["purpose", "audience", "Newsletter"]);
    assert_eq!(audience["total"], 1);
    assert_eq!(ids(&audience["members"]), [anna.as_str()]);
    let text = v.text(&["purpose", "audience", "Newsletter"]);
    assert!(text.contains("Anna Nowak") && !text.contains("Jan Kowalski"), "{text}");
    let after = v.dir.path().join("after.csv");
    let exported = v.json(&["purpose", "audience", "Newsletter", "--csv", after.to_str().unwrap()]);
    assert_eq!(exported["people"], 1);
    let csv = std::fs::read_to_string(&after).unwrap();
    assert!(csv.contains("Anna Nowak") && !csv.contains("Jan Kowalski") && !csv.contains("jan@"), "{csv}");
    assert_eq!(csv.lines().count(), 2, "{csv}");

    // An existing file is never overwritten; paging and --csv do not mix.
    assert!(
        v.fails(&["purpose", "audience", "Newsletter", "--csv", before.to_str().unwrap()]).contains("already exists")
    );
    assert!(std::fs::read_to_string(&before).unwrap().contains("Jan Kowalski"));
    v.fails(&["purpose", "audience", "Newsletter", "--csv", "x.csv", "--limit", "5"]);
    let exports = v.json(&["audit", "list", "--action", "purpose.audience_exported"]);
    assert_eq!(exports.as_array().unwrap().len(), 2, "{exports}");
    assert_eq!(exports[0]["details"]["people"], 1);
}

#[test]
fn a_restricted_contact_is_frozen_until_lifted_with_a_reason() {
    let (v, anna, jan) = newsletter_vault();
    v.json(&["contact", "edit", &jan, "--email", "jan.kowalski@example.pl"]);
    let restricted = v.json(&["contact", "restrict", &jan, "--reason", "Accuracy contested, letter of 1 March"]);
    assert_eq!(restricted["restriction"]["reason"], "Accuracy contested, letter of 1 March");
    assert!(restricted["restriction"]["since"].is_string());

    // Changes are refused with the core's message and code, exit 1.
    let refused = v.fails(&["contact", "edit", &jan, "--email", "other@example.pl"]);
    assert!(
        refused.contains("Jan Kowalski is restricted (frozen)") && refused.contains("Accuracy contested"),
        "{refused}"
    );
    assert_eq!(v.error_code(&["contact", "edit", &jan, "--notes", "x"]), "contact_restricted");
    assert_eq!(v.error_code(&["contact", "erase", &jan, "--yes"]), "contact_restricted");
    let shown = v.json(&["contact", "show", &jan]);
    assert_eq!(shown["contact"]["emails"][0]["value"], "jan.kowalski@example.pl");
    assert_eq!(shown["contact"]["emails"][0]["label"], "other");

    // Left out of the list, the audience and search; listed on their own with --restricted.
    let list = v.json(&["contact", "list"]);
    assert_eq!(list["total"], 1);
    assert_eq!(list["items"][0]["id"].to_string(), anna);
    let text = v.text(&["contact", "list"]);
    assert!(!text.contains("Jan Kowalski") && text.contains("1 restricted contact"), "{text}");
    let frozen = v.json(&["contact", "list", "--restricted"]);
    assert_eq!(frozen["total"], 1);
    assert_eq!(frozen["items"][0]["display_name"], "Jan Kowalski");
    assert_eq!(ids(&v.json(&["purpose", "audience", "Newsletter"])["members"]), [anna.as_str()]);
    assert_eq!(v.json(&["search", "kowalski"])["hits"], serde_json::json!([]));
    let check = v.json(&["consent", "check", &jan, "Newsletter"]);
    assert_eq!(check["allowed"], false);
    assert!(check["reason"].as_str().unwrap().contains("restricted"), "{check}");
    let show = v.text(&["contact", "show", &jan]);
    assert!(show.contains("Restricted:") && show.contains("Accuracy contested, letter of 1 March"), "{show}");

    // Lifting needs a reason too; then edits work again.
    v.fails(&["contact", "unrestrict", &jan]);
    assert_eq!(v.error_code(&["contact", "unrestrict", &jan, "--reason", "  "]), "invalid_input");
    let lifted = v.text(&["contact", "unrestrict", &jan, "--reason", "Checked against the ID card"]);
    assert!(lifted.contains("Lifted the restriction on Jan Kowalski"), "{lifted}");
    assert_eq!(v.error_code(&["contact", "unrestrict", &jan, "--reason", "again"]), "refused");
    let edited = v.json(&[
        "contact",
        "edit",
        &jan,
        "--email",
        "work:jan@kowalski.pl",
        "--email",
        "home:jan@dom.pl",
        "--tag",
        "VIP",
    ]);
    assert_eq!(
        edited["emails"],
        serde_json::json!([
            { "value": "jan@kowalski.pl", "label": "work", "primary": true },
            { "value": "jan@dom.pl", "label": "home", "primary": false }
        ])
    );
    assert_eq!(edited["tags"], serde_json::json!(["VIP"]));
    assert_eq!(v.json(&["contact", "list", "--tag", "vip"])["total"], 1);
    assert!(edited["restriction"].is_null());
    assert_eq!(v.json(&["contact", "list"])["total"], 2);
    assert_eq!(v.json(&["contact", "list", "--restricted"])["total"], 0);

    // The rectification history: who changed what, with the previous values, newest first.
    let history = v.json(&["contact", "history", &jan]);
    let changes = history.as_array().unwrap();
    assert_eq!(changes.len(), 2, "{history}");
    assert_eq!(changes[0]["details"]["previous"]["email"][0]["value"], "jan.kowalski@example.pl");
    assert_eq!(changes[1]["details"]["previous"]["email"][0]["value"], "jan@example.pl");
    assert_eq!(changes[1]["operator"], "E2E Tester");
    let text = v.text(&["contact", "history", &jan]);
    assert!(text.contains("changed email") && text.contains("was \"jan@example.pl\" (other)"), "{text}");
    let never = v.text(&["contact", "history", &anna]);
    assert!(never.contains("never changed"), "{never}");

    let actions: Vec<String> = v
        .json(&["audit", "list", "--contact", &jan])
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_owned())
        .collect();
    assert!(
        actions.contains(&"contact.restricted".to_owned())
            && actions.contains(&"contact.restriction_lifted".to_owned()),
        "{actions:?}"
    );
}

#[test]
fn an_objection_blocks_the_purpose_whatever_its_basis() {
    let v = CliVault::new();
    assert!(v.run(&["vault", "init"]).status.success());
    let id = v.json(&["contact", "add", "Zofia Wiśniewska", "--phone", "+48 601 000 000"])["id"].to_string();
    v.json(&[
        "purpose",
        "add",
        "--name",
        "Care calls",
        "--description",
        "Calling customers after a training",
        "--basis",
        "f",
        "--interest",
        "Keeping customers satisfied",
    ]);
    assert_eq!(v.json(&["consent", "check", &id, "Care calls"])["allowed"], true);
    assert_eq!(v.json(&["purpose", "audience", "Care calls"])["total"], 1);

    let objection =
        v.json(&["consent", "object", &id, "Care calls", "--method", "phone", "--evidence", "call note 17"]);
    assert_eq!(objection["contact_id"].to_string(), id);
    assert_eq!(objection["method"], "phone");
    assert_eq!(objection["evidence_ref"], "call note 17");
    assert_eq!(objection["recorded_by"], "E2E Tester");

    let check = v.json(&["consent", "check", &id, "Care calls"]);
    assert_eq!(check["allowed"], false);
    assert!(check["reason"].as_str().unwrap().contains("objected"), "{check}");
    let said = v.text(&["consent", "check", &id, "Care calls"]);
    assert!(said.starts_with("No: Zofia Wiśniewska objected to 'Care calls'"), "{said}");
    assert_eq!(v.json(&["purpose", "audience", "Care calls"])["total"], 0);
    assert!(v.text(&["purpose", "audience", "Care calls"]).contains("No one may be contacted"));

    assert!(v.fails(&["consent", "object", &id, "Care calls", "--method", "email"]).contains("already objected"));
    let wording = v.fails(&["consent", "object", &id, "Care calls", "--method", "email", "--wording-version", "1"]);
    assert!(wording.contains("--wording-version"), "{wording}");
    assert_eq!(v.error_code(&["consent", "object", &id, "Care calls", "--method", "pigeon"]), "invalid_input");
    assert_eq!(v.json(&["audit", "list", "--action", "objection.recorded"]).as_array().unwrap().len(), 1);
}

#[test]
fn erasure_leaves_a_tombstone_nothing_findable_and_an_intact_audit() {
    let (v, _anna, id) = newsletter_vault();
    v.json(&["contact", "edit", &id, "--notes", "Prefers Żółkiewski training", "--id-number", "PL 8812 3456"]);
    v.json(&["transcript", "add", &id, "-m", "contact: Quintessential question about invoices"]);

    // Without --yes and without a terminal nothing happens.
    let refused = v.fails(&["contact", "erase", &id]);
    assert!(refused.contains("--yes"), "{refused}");
    assert_eq!(v.json(&["contact", "show", &id])["contact"]["display_name"], "Jan Kowalski");

    let erased = v.json(&["contact", "erase", &id, "--yes"]);
    assert_eq!(erased["contact_id"].to_string(), id);
    assert_eq!(erased["conversations"], 1);
    assert_eq!(erased["messages"], 1);
    assert_eq!(erased["evidence_cleared"], 1);
    assert!(erased["audit_entries_redacted"].as_u64().unwrap() >= 1, "{erased}");
    assert_eq!(erased["log_emptied"], true);

    let show = v.json(&["contact", "show", &id]);
    assert_eq!(show["contact"]["display_name"], format!("Erased contact #{id}"));
    assert!(show["contact"]["erased_at"].is_string());
    for field in ["email", "phone", "notes", "id_number"] {
        assert!(show["contact"][field].is_null(), "{field}: {show}");
    }
    assert_eq!(show["conversations"], serde_json::json!([]));
    let text = v.text(&["contact", "show", &id]);
    assert!(text.contains("Erased:") && !text.contains("Kowalski"), "{text}");

    for query in ["kowalski", "jan", "quintessential", "zolkiewski", "8812"] {
        assert_eq!(v.json(&["search", query])["hits"], serde_json::json!([]), "{query}");
    }
    assert!(!v.text(&["contact", "list"]).contains("Kowalski"));
    assert_eq!(v.json(&["purpose", "audience", "Newsletter"])["total"], 1);
    assert_eq!(v.json(&["consent", "check", &id, "Newsletter"])["allowed"], false);

    // The audit keeps that it happened, blanks what held their data, and still verifies.
    assert_eq!(v.json(&["audit", "verify"])["ok"], true);
    let entries = v.json(&["audit", "list", "--contact", &id]);
    assert_eq!(entries[0]["action"], "contact.erased");
    let updated: Vec<&Value> =
        entries.as_array().unwrap().iter().filter(|e| e["action"] == "contact.updated").collect();
    assert!(!updated.is_empty() && updated.iter().all(|e| e["redacted"] == true), "{entries}");
    let audit_text = v.text(&["audit", "list", "--contact", &id]);
    assert!(audit_text.contains("[redacted]") && audit_text.contains("contact.erased"), "{audit_text}");
    assert!(!entries.to_string().contains("Kowalski") && !entries.to_string().contains("jan@"), "{entries}");
    assert!(v.text(&["contact", "history", &id]).contains("[redacted"));

    // Nothing more can be recorded about them.
    assert_eq!(v.error_code(&["contact", "edit", &id, "--notes", "back"]), "contact_erased");
    assert_eq!(v.error_code(&["contact", "erase", &id, "--yes"]), "contact_erased");
    assert!(v.fails(&["transcript", "add", &id, "-m", "contact: hi"]).contains("was erased"));
}

#[test]
fn audit_list_filters_by_day_and_by_everything_about_a_contact() {
    let v = CliVault::new();
    assert!(v.run(&["vault", "init"]).status.success());
    let id = v.json(&["contact", "add", "Anna"])["id"].to_string();
    let other = v.json(&["contact", "add", "Bartek"])["id"].to_string();
    v.json(&["transcript", "add", &id, "-m", "contact: hello"]);

    // --contact takes in their conversations, and leaves out other people.
    let about = v.json(&["audit", "list", "--contact", &id]);
    let kinds: Vec<&str> = about.as_array().unwrap().iter().map(|e| e["target_kind"].as_str().unwrap()).collect();
    assert!(kinds.contains(&"conversation") && kinds.contains(&"contact"), "{about}");
    assert!(about.as_array().unwrap().iter().all(|e| e["target_id"] != other.as_str()), "{about}");

    // Days are UTC, both ends included.
    let today = &about[0]["at"].as_str().unwrap()[..10];
    let all = v.json(&["audit", "list"]).as_array().unwrap().len();
    assert_eq!(v.json(&["audit", "list", "--from", today, "--to", today]).as_array().unwrap().len(), all);
    assert_eq!(v.json(&["audit", "list", "--to", "2000-01-01"]), serde_json::json!([]));
    assert!(v.text(&["audit", "list", "--to", "2000-01-01"]).contains("No audit entries"));

    let bad = v.fails(&["audit", "list", "--from", "1.03.2026"]);
    assert!(bad.contains("--from '1.03.2026'") && bad.contains("YYYY-MM-DD"), "{bad}");
    assert_eq!(v.error_code(&["audit", "list", "--to", "2026-02-30"]), "usage");
    assert_eq!(v.error_code(&["audit", "list", "--from", "2026-03-02", "--to", "2026-03-01"]), "invalid_input");
}

#[test]
fn retention_flags_a_stale_lead_and_deletes_its_transcripts_only_with_yes() {
    let v = CliVault::new();
    v.json(&["vault", "init"]);
    let lead = v.json(&["contact", "add", "Stanisław Stale", "--status", "lead"])["id"].to_string();
    let fresh = v.json(&["contact", "add", "Fiona Fresh", "--status", "lead"])["id"].to_string();
    let ninety_days_ago = (chrono::Utc::now() - chrono::Duration::days(90)).format("%Y-%m-%dT%H:%M:%SZ").to_string();
    v.json(&["transcript", "add", &lead, "--at", &ninety_days_ago, "-m", "contact: price for 3 seats?"]);
    v.json(&["transcript", "add", &fresh, "-m", "contact: see you tomorrow"]);

    let warnings = v.json(&["retention", "list"]);
    let warnings = warnings.as_array().unwrap();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0]["contact_id"].to_string(), lead);
    assert_eq!(warnings[0]["action"], "delete_transcripts");
    assert_eq!(warnings[0]["days_overdue"], 30);
    assert!(v.text(&["retention", "list"]).contains("60 days"));

    // Without --yes it only says what would go.
    let preview = v.text(&["retention", "delete-transcripts", &lead, "--note", "Wants 3 seats"]);
    assert!(preview.contains("Would delete 1 conversation") && preview.contains("--yes"), "{preview}");
    assert_eq!(v.json(&["transcript", "list", &lead]).as_array().unwrap().len(), 1);

    let done = v.json(&["retention", "delete-transcripts", &lead, "--note", "Wants 3 seats", "--yes"]);
    assert_eq!(done["messages"], 1);
    assert_eq!(v.json(&["retention", "list"]), serde_json::json!([]));
    assert_eq!(v.json(&["contact", "show", &lead])["contact"]["notes"], "Wants 3 seats");

    // A longer period for leads' transcripts, then keeping with a reason.
    let rule = v.json(&[
        "retention",
        "set-rule",
        "--status",
        "lead",
        "--action",
        "delete_transcripts",
        "--period",
        "120 days",
    ]);
    assert_eq!(rule["period"]["amount"], 120);
    assert!(
        v.fails(&["retention", "set-rule", "--status", "lead", "--action", "erase", "--period", "soon"])
            .contains("60 days")
    );
    assert!(v.fails(&["retention", "keep", &fresh, "--reason", "", "--until", "2099-01-01"]).contains("reason"));
    let kept =
        v.json(&["retention", "keep", &fresh, "--reason", "asked us to call in spring", "--until", "2099-01-01"]);
    assert_eq!(kept["review_on"], "2099-01-01");
    assert_eq!(v.json(&["audit", "list", "--action", "retention.kept"]).as_array().unwrap().len(), 1);
}

#[test]
fn requests_register_due_dates_extension_and_closing_with_a_recorded_action() {
    let v = CliVault::new();
    v.json(&["vault", "init"]);
    v.json(&["company", "set", "--name", "Szkolenia Sp. z o.o.", "--country", "PL"]);
    let anna = v.json(&["contact", "add", "Anna Nowak"])["id"].to_string();
    let jan = v.json(&["contact", "add", "Jan Kowalski"])["id"].to_string();

    // SPEC example: received 31 January 2026, 28 February is a Saturday.
    let access = v.json(&[
        "request",
        "open",
        "--type",
        "access",
        "--contact",
        &anna,
        "--received",
        "2026-01-31",
        "--channel",
        "email",
    ]);
    let access_id = access["id"].to_string();
    assert_eq!(access["due_on"], "2026-03-02");
    assert_eq!(access["status"], "received");
    assert_eq!(access["overdue"], true, "{access}");
    let shown = v.text(&["request", "show", &access_id]);
    assert!(shown.contains("due 2026-03-02 (Mon), OVERDUE") && shown.contains("Art. 15"), "{shown}");

    // 11 November is a public holiday in Poland; then a closure day the firm adds.
    let objection = v.json(&[
        "request",
        "open",
        "--type",
        "objection",
        "--contact",
        &anna,
        "--received",
        "2026-10-11",
        "--channel",
        "letter",
    ]);
    let objection_id = objection["id"].to_string();
    assert_eq!(objection["due_on"], "2026-11-12");
    assert!(v.text(&["company", "holidays", "--year", "2026"]).contains("2026-11-11 (Wed)  Independence Day"));
    v.json(&["company", "closure-day", "add", "2026-11-12", "--reason", "office move"]);
    assert_eq!(v.json(&["request", "show", &objection_id])["due_on"], "2026-11-13");
    assert_eq!(v.json(&["company", "closure-day", "list"])[0]["day"], "2026-11-12");
    assert_eq!(v.error_code(&["company", "closure-day", "add", "2026-11-12"]), "refused");
    v.json(&["company", "closure-day", "remove", "2026-11-12"]);
    assert_eq!(v.json(&["request", "show", &objection_id])["due_on"], "2026-11-12");

    // A requester not yet known, received today by default.
    let stranger = v.json(&[
        "request",
        "open",
        "--type",
        "erasure",
        "--name",
        "Jan K.",
        "--reach",
        "jan@example.pl",
        "--channel",
        "phone",
    ]);
    assert!(stranger["days_left"].as_i64().unwrap() >= 28, "{stranger}");
    assert_eq!(stranger["overdue"], false);
    let stranger_id = stranger["id"].to_string();

    // The list runs by due date and flags what is overdue; the due date is on every line.
    let list = v.json(&["request", "list"]);
    let order: Vec<String> = list.as_array().unwrap().iter().map(|q| q["id"].to_string()).collect();
    assert_eq!(order, [access_id.clone(), objection_id.clone(), stranger_id.clone()]);
    let text = v.text(&["request", "list"]);
    assert!(text.lines().next().unwrap().contains("due 2026-03-02 (Mon)  OVERDUE"), "{text}");

    // Extension: only with a reason, and only if the person was told within the first month.
    let late = v.fails(&["request", "extend", &access_id, "--reason", "many transcripts", "--notified", "2026-03-03"]);
    assert!(late.contains("after the first month"), "{late}");
    assert!(
        v.fails(&["request", "extend", &access_id, "--reason", "many transcripts"]).contains("within the first month")
    );
    assert_eq!(
        v.error_code(&["request", "extend", &access_id, "--reason", " ", "--notified", "2026-02-27"]),
        "invalid_input"
    );
    let extended =
        v.json(&["request", "extend", &access_id, "--reason", "many transcripts", "--notified", "2026-02-27"]);
    assert_eq!(extended["due_on"], "2026-04-30");
    assert_eq!(extended["status"], "extended");

    // Erasure request: match, act, close — closing needs the action that proves it.
    v.json(&["request", "match", &stranger_id, "--contact", &jan]);
    let early = v.fails(&["request", "close", &stranger_id, "--yes"]);
    assert!(early.contains("no action is recorded"), "{early}");
    v.json(&["contact", "erase", &jan, "--yes"]);
    let erased = v.json(&["audit", "list", "--action", "contact.erased"])[0]["id"].to_string();
    let wrong = v.fails(&["request", "action", &access_id, "--audit", &erased, "--description", "erased"]);
    assert!(wrong.contains(&format!("not about contact {anna}")), "{wrong}");
    let acted = v.json(&["request", "action", &stranger_id, "--audit", &erased, "--description", "erased the card"]);
    assert_eq!(acted["actions"][0]["audit_action"], "contact.erased");
    let preview = v.text(&["request", "close", &stranger_id]);
    assert!(preview.contains("Would close") && preview.contains("--yes"), "{preview}");
    assert_eq!(v.json(&["request", "show", &stranger_id])["status"], "in_progress");
    let done = v.json(&["request", "close", &stranger_id, "--summary", "erased as asked", "--yes"]);
    assert_eq!(done["status"], "done");
    assert_eq!(done["erased"], true);
    assert!(done["requester_name"].is_null() && done["requester_contact"].is_null(), "{done}");
    let shown = v.text(&["request", "show", &stranger_id]);
    assert!(shown.contains("contact.erased") && !shown.contains("Jan K."), "{shown}");

    // Refusing needs a reason and --yes.
    assert_eq!(v.error_code(&["request", "refuse", &objection_id, "--reason", "", "--yes"]), "invalid_input");
    let preview = v.text(&["request", "refuse", &objection_id, "--reason", "manifestly unfounded"]);
    assert!(preview.contains("Would refuse") && preview.contains("court"), "{preview}");
    let refused = v.json(&["request", "refuse", &objection_id, "--reason", "manifestly unfounded", "--yes"]);
    assert_eq!(refused["status"], "refused");
    assert_eq!(v.error_code(&["request", "refuse", &objection_id, "--reason", "again", "--yes"]), "refused");

    let closed = v.json(&["request", "list", "--closed"]);
    assert_eq!(closed.as_array().unwrap().len(), 2);
    assert_eq!(v.json(&["request", "list"]).as_array().unwrap().len(), 1);
    assert_eq!(
        v.error_code(&["request", "open", "--type", "gossip", "--contact", &anna, "--channel", "email"]),
        "invalid_input"
    );
    assert_eq!(
        v.error_code(&[
            "request",
            "open",
            "--type",
            "access",
            "--contact",
            &anna,
            "--channel",
            "email",
            "--received",
            "31.01.2026"
        ]),
        "usage"
    );
    assert_eq!(v.json(&["audit", "verify"])["ok"], true);
}

fn pdf_text(path: &std::path::Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .args([path.as_os_str(), std::ffi::OsStr::new("-")])
        .output()
        .unwrap_or_else(|e| panic!("pdftotext (poppler-utils) is needed: {e}"));
    assert!(out.status.success(), "pdftotext {}: {}", path.display(), String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap_or_else(|e| panic!("pdftotext printed no UTF-8: {e}"))
}

#[test]
fn documents_refuse_an_incomplete_profile_then_write_pdfs_and_the_export_without_replacing() {
    let v = CliVault::new();
    v.json(&["vault", "init"]);
    let record = v.dir.path().join("rejestr.pdf");
    let record_arg = record.to_str().unwrap();

    // Incomplete: the list of what to fill in, exit 1, and no file.
    let refused = v.run(&["document", "record", "--lang", "pl", "--out", record_arg]);
    assert_eq!(refused.status.code(), Some(1));
    let err = stderr(&refused);
    assert!(err.contains("Fill in:") && err.contains("company profile") && err.contains("purpose catalogue"), "{err}");
    assert!(!record.exists());
    let json_err = v.run(&["--json", "document", "record", "--lang", "pl", "--out", record_arg]);
    let body: Value = serde_json::from_slice(&json_err.stdout).unwrap();
    assert_eq!(body["error"]["code"], "document_incomplete", "{body}");
    assert_eq!(body["error"]["missing"][0]["item"], "company_profile", "{body}");
    assert!(!record.exists());

    v.json(POLISH_FIRM);
    let purpose = [
        "--name",
        "Obsługa zamówień",
        "--description",
        "Realizacja umów szkoleniowych",
        "--basis",
        "contract",
        "--category",
        "dane kontaktowe",
        "--retention",
        "6 lat od końca umowy",
    ];
    v.json(&[&["purpose", "add"][..], &purpose[..]].concat());

    // Without its categories of data subjects the purpose stops the record, named.
    let no_subjects = v.run(&["--json", "document", "record", "--lang", "pl", "--out", record_arg]);
    assert_eq!(no_subjects.status.code(), Some(1));
    let body: Value = serde_json::from_slice(&no_subjects.stdout).unwrap();
    assert_eq!(
        body["error"]["missing"],
        serde_json::json!([{ "item": "purpose_data_subjects", "purpose": "Obsługa zamówień" }]),
        "{body}"
    );
    assert!(!record.exists());
    let subjects = ["--subject", " klienci ", "--subject", "kursanci", "--subject", "klienci"];
    let edited = v.json(&[&["purpose", "edit", "Obsługa zamówień"][..], &purpose[..], &subjects[..]].concat());
    assert_eq!(edited["data_subject_categories"], serde_json::json!(["klienci", "kursanci"]), "{edited}");
    assert!(stdout(&v.run(&["purpose", "show", "Obsługa zamówień"])).contains("klienci, kursanci"));

    let wrote = v.json(&["document", "record", "--lang", "pl", "--out", record_arg]);
    assert_eq!(wrote["kind"], "record_of_processing", "{wrote}");
    assert_eq!(wrote["language"], "pl");
    assert_eq!(wrote["path"], record_arg);
    assert!(wrote["pages"].as_u64().unwrap() >= 1, "{wrote}");
    assert_eq!(wrote["sha256"].as_str().unwrap().len(), 64);
    let text = pdf_text(&record);
    assert!(text.contains("Szkolenia Żółć Sp. z o.o.") && text.contains("kursanci"), "{text}");

    // Without --replace the second run refuses and leaves the file as it was.
    let before = std::fs::read(&record).unwrap();
    let again = v.run(&["document", "record", "--lang", "en", "--out", record_arg]);
    assert_eq!(again.status.code(), Some(1));
    assert!(stderr(&again).contains("already exists"), "{}", stderr(&again));
    assert_eq!(std::fs::read(&record).unwrap(), before);
    let replaced = v.run(&["document", "record", "--lang", "en", "--out", record_arg, "--replace"]);
    assert!(replaced.status.success(), "{}", stderr(&replaced));
    assert!(stdout(&replaced).starts_with(&format!("Wrote {record_arg} (")), "{}", stdout(&replaced));
    assert_ne!(std::fs::read(&record).unwrap(), before);

    // Art. 14 notice as HTML.
    let notice = v.dir.path().join("notice.html");
    let html = v.json(&[
        "document",
        "notice",
        "--lang",
        "de",
        "--out",
        notice.to_str().unwrap(),
        "--html",
        "--source",
        "public",
        "--source-name",
        "KRS",
    ]);
    assert_eq!(html["kind"], "privacy_notice", "{html}");
    assert!(std::fs::read_to_string(&notice).unwrap().contains("KRS"));

    // The access report and its export; the chat names Jan Kowalski, who never wrote in it,
    // and the clerk asks for him to be redacted too.
    let id = v.json(&["contact", "add", "Łucja Żółkiewska", "--email", "lucja@example.pl"])["id"].to_string();
    v.json(&["transcript", "import", &id, &fixture("whatsapp_android_eu.txt")]);
    let report = v.dir.path().join("dostep.pdf");
    let zip = v.dir.path().join("dostep.zip");
    let (report_arg, zip_arg) = (report.to_str().unwrap(), zip.to_str().unwrap());
    let blank = v.run(&["document", "access-report", &id, "--lang", "en", "--out", report_arg, "--redact", " "]);
    assert_eq!(blank.status.code(), Some(1));
    assert!(stderr(&blank).contains("--redact needs a name"), "{}", stderr(&blank));
    let access = v.json(&[
        "document",
        "access-report",
        &id,
        "--lang",
        "en",
        "--out",
        report_arg,
        "--export",
        zip_arg,
        "--redact",
        "Jan Kowalski",
    ]);
    assert_eq!(access["kind"], "access_report", "{access}");
    assert_eq!(access["export"]["path"], zip_arg, "{access}");
    let text = pdf_text(&report);
    assert!(text.contains("Łucja Żółkiewska") && text.contains("[third party 1] dołączy"), "{text}");
    assert!(!text.contains("Kowalski"), "{text}");
    assert!(std::fs::read(&zip).unwrap().starts_with(b"PK"));

    let (pdf_before, zip_before) = (std::fs::read(&report).unwrap(), std::fs::read(&zip).unwrap());
    std::fs::remove_file(&report).unwrap();
    let again = v.run(&["document", "access-report", &id, "--lang", "en", "--out", report_arg, "--export", zip_arg]);
    assert_eq!(again.status.code(), Some(1));
    assert!(stderr(&again).contains("already exists"), "{}", stderr(&again));
    assert!(!report.exists(), "a refused pair wrote half of itself");
    assert_eq!(std::fs::read(&zip).unwrap(), zip_before);
    assert!(!pdf_before.is_empty());
    let audit = v.json(&["audit", "list", "--action", "document.access_report"]);
    assert_eq!(audit.as_array().unwrap().len(), 2, "{audit}");
}

#[test]
fn request_letters_and_closing_an_unknown_requester_as_no_data_held() {
    let v = CliVault::new();
    v.json(&["vault", "init"]);
    v.json(POLISH_FIRM);
    let anna = v.json(&["contact", "add", "Łucja Żółkiewska-Śliwińska"])["id"].to_string();
    let access = v.json(&["request", "open", "--type", "access", "--contact", &anna, "--channel", "email"]);
    let access_id = access["id"].to_string();
    let stranger = v.json(&[
        "request",
        "open",
        "--type",
        "access",
        "--name",
        "Живка Щерева",
        "--reach",
        "zhivka@primer.example",
        "--channel",
        "web_form",
    ]);
    let stranger_id = stranger["id"].to_string();

    // An acknowledgement in Polish; the JSON says what was written.
    let ack = v.dir.path().join("potwierdzenie.pdf");
    let ack_arg = ack.to_str().unwrap();
    let args = ["document", "letter", "--request", &access_id, "--kind", "acknowledgement", "--language", "pl"];
    let wrote = v.json(&[&args[..], &["--out", ack_arg]].concat());
    assert_eq!(wrote["kind"], "request_acknowledgement", "{wrote}");
    assert_eq!(wrote["language"], "pl");
    assert_eq!(wrote["sha256"].as_str().unwrap().len(), 64);
    let text = pdf_text(&ack);
    assert!(text.contains("Łucja Żółkiewska-Śliwińska") && text.contains(&format!("Żądanie nr {access_id}")), "{text}");
    // Not over an existing file without --replace.
    let again = v.run(&[&args[..], &["--out", ack_arg]].concat());
    assert_eq!(again.status.code(), Some(1));
    assert!(stderr(&again).contains("already exists"), "{}", stderr(&again));
    let replaced = v.run(&[&args[..], &["--out", ack_arg, "--replace"]].concat());
    assert!(stdout(&replaced).starts_with(&format!("Wrote {ack_arg} (1 page, polski)")), "{}", stdout(&replaced));

    // A refusal letter for a request that is not refused: refused, with what to do, no file.
    let refusal = v.dir.path().join("refusal.pdf");
    let refusal_arg = refusal.to_str().unwrap();
    let letter =
        ["document", "letter", "--request", &access_id, "--kind", "refusal", "--lang", "en", "--out", refusal_arg];
    assert_eq!(v.error_code(&letter), "letter_not_applicable");
    assert!(v.fails(&letter).contains("Refuse the request first"));
    assert!(!refusal.exists());
    let unknown = v.fails(&[
        "document",
        "letter",
        "--request",
        &access_id,
        "--kind",
        "reminder",
        "--lang",
        "en",
        "--out",
        refusal_arg,
    ]);
    assert!(unknown.contains("acknowledgement, extension, completion, refusal"), "{unknown}");

    // No data held: only for the unmatched requester, previewed without --yes.
    let matched = v.fails(&["request", "close", &access_id, "--no-data", "--yes"]);
    assert!(
        matched.contains(&format!("matched to contact {anna}")) && matched.contains("record what was done"),
        "{matched}"
    );
    let preview = v.text(&["request", "close", &stranger_id, "--no-data"]);
    assert!(
        preview.contains("Would close") && preview.contains("no personal data") && preview.contains("--yes"),
        "{preview}"
    );
    assert_eq!(v.json(&["request", "show", &stranger_id])["status"], "received");
    let done =
        v.json(&["request", "close", &stranger_id, "--no-data", "--summary", "searched cards and chats", "--yes"]);
    assert_eq!(done["status"], "done", "{done}");
    assert!(done["outcome"].as_str().unwrap().starts_with("No personal data"), "{done}");
    assert!(done["actions"].as_array().unwrap().is_empty());

    let answer = v.dir.path().join("answer.pdf");
    v.json(&[
        "document",
        "letter",
        "--request",
        &stranger_id,
        "--kind",
        "completion",
        "--lang",
        "bg",
        "--out",
        answer.to_str().unwrap(),
    ]);
    let text = pdf_text(&answer).split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains("Живка Щерева") && text.contains("не съхраняваме никакви Ваши лични данни"), "{text}");

    let letters = v.json(&["audit", "list", "--action", "document.request_letter"]);
    assert_eq!(letters.as_array().unwrap().len(), 3, "{letters}");
    assert_eq!(letters[0]["target_kind"], "request");
    assert_eq!(letters[0]["details"]["letter"], "completion");
    assert_eq!(v.json(&["audit", "verify"])["ok"], true);
}

#[test]
fn document_answer_answers_an_access_request_with_the_report_and_export_recorded_as_its_actions() {
    let v = CliVault::new();
    v.json(&["vault", "init"]);
    v.json(POLISH_FIRM);
    v.json(&[
        "purpose",
        "add",
        "--name",
        "Obsługa zamówień",
        "--description",
        "Realizacja umów szkoleniowych",
        "--basis",
        "contract",
        "--category",
        "dane kontaktowe",
        "--subject",
        "klienci",
        "--retention",
        "6 lat od końca umowy",
    ]);
    let id = v.json(&["contact", "add", "Łucja Żółkiewska", "--email", "lucja@example.pl"])["id"].to_string();
    let access =
        v.json(&["request", "open", "--type", "access", "--contact", &id, "--channel", "email"])["id"].to_string();
    let report = v.dir.path().join("odpowiedz.pdf");
    let zip = v.dir.path().join("odpowiedz.zip");
    let (report_arg, zip_arg) = (report.to_str().unwrap(), zip.to_str().unwrap());
    let answer = ["document", "answer", "--request", &access, "--lang", "pl", "--out", report_arg];
    let reports = || v.json(&["audit", "list", "--action", "document.access_report"]).as_array().unwrap().len();

    // While the identity is in doubt nothing is handed out, generated or recorded.
    v.json(&["request", "identity", &access, "--method", "Asked for ID", "--result", "requested"]);
    let doubt = v.fails(&answer);
    assert!(doubt.contains("identity is not confirmed"), "{doubt}");
    assert!(!report.exists());
    assert_eq!(reports(), 0);
    v.json(&["request", "identity", &access, "--method", "ID card shown at the office", "--result", "verified"]);

    // The report and the export, each recorded as an action of the request.
    let text = v.text(&[&answer[..], &["--export", zip_arg]].concat());
    assert!(text.starts_with(&format!("Wrote {report_arg} (")) && text.contains(" polski)."), "{text}");
    assert!(text.contains(&format!("Wrote {zip_arg} (export: JSON and CSV files in a ZIP).")), "{text}");
    assert!(
        text.contains(&format!("Recorded as an action of request #{access}: Access report generated in polski (")),
        "{text}"
    );
    assert!(text.contains("Portable export generated (ZIP, SHA-256 "), "{text}");
    assert!(pdf_text(&report).contains("Łucja Żółkiewska"));
    assert!(std::fs::read(&zip).unwrap().starts_with(b"PK"));
    let shown = v.json(&["request", "show", &access]);
    let actions = shown["actions"].as_array().unwrap();
    assert_eq!(actions.len(), 2, "{shown}");
    assert!(actions.iter().all(|a| a["audit_action"] == "document.access_report"), "{shown}");
    assert_eq!(shown["status"], "in_progress", "{shown}");
    assert!(v.text(&["request", "show", &access]).contains("document.access_report"));
    assert_eq!(reports(), 2);

    // Not over an existing file: refused before anything is generated or recorded.
    let before = std::fs::read(&report).unwrap();
    assert_eq!(v.error_code(&answer), "file_exists");
    assert_eq!(std::fs::read(&report).unwrap(), before);
    assert_eq!((reports(), v.json(&["request", "show", &access])["actions"].as_array().unwrap().len()), (2, 2));
    let same = v.run(&[&answer[..], &["--export", report_arg, "--replace"]].concat());
    assert_eq!(same.status.code(), Some(1));
    assert!(stderr(&same).contains("--export needs a file other than --out"), "{}", stderr(&same));
    assert!(stderr(&v.run(&[&answer[..], &["--redact", " "]].concat())).contains("--redact needs a name"));

    // --replace, as JSON: the report's shape, with the request as it stands now.
    let replaced =
        v.json(&["document", "answer", "--request", &access, "--lang", "en", "--out", report_arg, "--replace"]);
    assert_eq!(
        (replaced["kind"].as_str(), replaced["language"].as_str()),
        (Some("access_report"), Some("en")),
        "{replaced}"
    );
    assert_eq!(replaced["path"], report_arg);
    assert_eq!(replaced["sha256"].as_str().unwrap().len(), 64);
    assert_eq!(replaced["request"]["id"].to_string(), access, "{replaced}");
    assert_eq!(replaced["request"]["actions"].as_array().unwrap().len(), 3, "{replaced}");
    assert!(replaced.get("export").is_none(), "{replaced}");

    // An erasure request is not answered with a report: refused, nothing written.
    let erasure =
        v.json(&["request", "open", "--type", "erasure", "--contact", &id, "--channel", "email"])["id"].to_string();
    let other = v.dir.path().join("not-an-answer.pdf");
    let erase = ["document", "answer", "--request", &erasure, "--lang", "pl", "--out", other.to_str().unwrap()];
    assert_eq!(v.error_code(&erase), "refused");
    assert!(v.fails(&erase).contains("an access report does not answer it"));
    assert!(!other.exists());
    assert_eq!(reports(), 3);
    assert_eq!(v.json(&["audit", "verify"])["ok"], true);
}
