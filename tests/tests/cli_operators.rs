#![allow(clippy::unwrap_used)]
//! Operators through the real `custos` binary: the owner prints the recovery kit at creation
//! and adds a clerk; the clerk must choose their own passphrase, works, and is refused every
//! owner-only command with the role that may; a removed clerk's passphrase opens nothing; the
//! owner who forgot the passphrase gets back in with the kit's code (read from the PDF).

use std::process::Command;

use custos_e2e::{CliVault, stderr, stdout};

const OWNER: &str = "Anna Nowak";
const CLERK_FIRST: &str = "given by Anna today";
const CLERK_OWN: &str = "the clerk's own words";

/// The text of a PDF, as pdftotext reads it.
fn pdf_text(path: &std::path::Path) -> String {
    let out = Command::new("pdftotext").arg(path).arg("-").output().unwrap();
    assert!(out.status.success(), "pdftotext: {}", stderr(&out));
    stdout(&out)
}

#[test]
fn an_owner_a_clerk_and_a_recovery_kit() {
    let v = CliVault::new();
    let owner = [("CUSTOS_OPERATOR", OWNER)];
    let kit = v.dir.path().join("kit.pdf");
    let made =
        v.run_with(&["--json", "vault", "init", "--recovery-kit", kit.to_str().unwrap(), "--lang", "pl"], &owner);
    assert!(made.status.success(), "{}", stderr(&made));
    let text = pdf_text(&kit);
    let code = text
        .split_whitespace()
        .find(|w| w.len() == 41 && w.split('-').count() == 7)
        .unwrap_or_else(|| panic!("no code in the kit: {text}"))
        .to_owned();
    assert!(text.contains("Nie pamiętam hasła"), "{text}");

    let as_owner = |args: &[&str]| {
        let out = v.run_with(args, &owner);
        assert!(out.status.success(), "custos {args:?}: {}", stderr(&out));
        stdout(&out)
    };
    as_owner(&["contact", "add", "Zofia Żółkiewska", "--email", "zofia@example.pl"]);
    let added = v.run_with(
        &["--json", "operator", "add", "Ola Wiśniewska", "--role", "clerk"],
        &[("CUSTOS_OPERATOR", OWNER), ("CUSTOS_NEW_PASSPHRASE", CLERK_FIRST)],
    );
    assert!(added.status.success(), "{}", stderr(&added));

    // The clerk, named by a first name: first their own passphrase, then work.
    let clerk_first = [("CUSTOS_OPERATOR", "ola"), ("CUSTOS_PASSPHRASE", CLERK_FIRST)];
    let out = v.run_with(&["contact", "list"], &clerk_first);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("choose your own passphrase first"), "{}", stderr(&out));
    let out = v.run_with(
        &["operator", "passphrase"],
        &[("CUSTOS_OPERATOR", "ola"), ("CUSTOS_PASSPHRASE", CLERK_FIRST), ("CUSTOS_NEW_PASSPHRASE", CLERK_OWN)],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let clerk = [("CUSTOS_OPERATOR", "Ola Wiśniewska"), ("CUSTOS_PASSPHRASE", CLERK_OWN)];
    let out = v.run_with(&["--json", "contact", "add", "Jan Kowalski"], &clerk);
    assert!(out.status.success(), "{}", stderr(&out));

    // Every owner-only command is refused, saying which role may; no file is written.
    let book = v.dir.path().join("book.vcf");
    let refused: &[&[&str]] = &[
        &["export", "contacts", "--format", "vcard", "--out", book.to_str().unwrap()],
        &["company", "set", "--name", "Smaczna Kuchnia"],
        &["operator", "add", "Eve", "--role", "owner"],
        &["operator", "role", "Anna", "clerk"],
        &["operator", "remove", "Anna", "--yes"],
        &["vault", "recovery-kit", "--lang", "en", "--out", "/tmp/never.pdf"],
        &["vault", "rekey"],
        &["vault", "reveal-key"],
        &["contact", "erase", "1", "--yes"],
    ];
    for args in refused {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        let out = v.run_with(&all, &clerk);
        assert_eq!(out.status.code(), Some(1), "custos {args:?}: {}", stdout(&out));
        let body: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(body["error"]["code"], "not_permitted", "custos {args:?}: {body}");
        let message = body["error"]["message"].as_str().unwrap();
        assert!(message.contains("clerk") && message.contains("owner"), "{message}");
    }
    assert!(!book.exists());
    let out = v.run_with(&["export", "contacts", "--format", "vcard", "--out", book.to_str().unwrap()], &clerk);
    assert!(stderr(&out).contains("only an operator with the role owner may do this"), "{}", stderr(&out));

    // The audit names who did what.
    let audit = as_owner(&["--json", "audit", "list"]);
    let entries: serde_json::Value = serde_json::from_str(&audit).unwrap();
    let by = |action: &str| -> Vec<String> {
        let list = entries.as_array().or_else(|| entries["entries"].as_array()).unwrap();
        list.iter().filter(|e| e["action"] == action).map(|e| e["operator"].as_str().unwrap().to_owned()).collect()
    };
    assert!(by("contact.created").contains(&"Ola Wiśniewska".to_owned()));
    assert!(by("operator.added").contains(&OWNER.to_owned()));

    // Removed: the clerk's passphrase opens nothing any more.
    as_owner(&["operator", "remove", "ola", "--yes"]);
    let out = v.run_with(&["contact", "list"], &clerk);
    assert_eq!(out.status.code(), Some(1));

    // The owner forgot the passphrase: a typo in the code is caught, the code gets them in.
    let mut typo = code.clone().into_bytes();
    typo[2] = if typo[2] == b'A' { b'B' } else { b'A' };
    let out = v.run_with(
        &["vault", "recover"],
        &[
            ("CUSTOS_OPERATOR", ""),
            ("CUSTOS_RECOVERY_CODE", std::str::from_utf8(&typo).unwrap()),
            ("CUSTOS_NEW_PASSPHRASE", "a new one for Anna"),
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("group 1"), "{}", stderr(&out));
    let out = v.run_with(
        &["vault", "recover"],
        &[
            ("CUSTOS_OPERATOR", ""),
            ("CUSTOS_RECOVERY_CODE", &code.to_lowercase()),
            ("CUSTOS_NEW_PASSPHRASE", "a new one for Anna"),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    // The vault's only operator now: no name needed.
    let back = [("CUSTOS_OPERATOR", ""), ("CUSTOS_PASSPHRASE", "a new one for Anna")];
    let out = v.run_with(&["--json", "audit", "list"], &back);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("vault.recovery_used"));
    // And the owner may see the raw key, with the statement that opens the file.
    let out = v.run_with(&["--json", "vault", "reveal-key"], &back);
    assert!(out.status.success(), "{}", stderr(&out));
    let revealed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(revealed["pragma"].as_str().unwrap().starts_with("PRAGMA key = \"x'"), "{revealed}");
}
