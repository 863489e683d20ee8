//! The real `custos` binary on a real vault in a temp dir.

use custos_e2e::{CliVault, stderr, stdout};

fn fixture(name: &str) -> String {
    format!("{}/../crates/custos-core/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

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
