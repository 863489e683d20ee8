//! The address book through the real `custos` binary: Google, Outlook (a Polish Excel file in
//! Windows-1250 with `;`) and a phone's vCard 2.1 come in with every letter right, duplicates
//! are offered and nothing is imported twice, imports are undone, duplicates merged, cards
//! tagged, and the whole book goes out as vCard and CSV and reads back the same.

use custos_e2e::CliVault;

fn fixture(name: &str) -> String {
    format!("{}/../crates/custos-core/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn names(v: &CliVault) -> Vec<String> {
    let page = v.json(&["contact", "list", "--limit", "500"]);
    page["items"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c["display_name"].as_str().map(str::to_owned))
        .collect()
}

const GOOGLE: &str = "third-party:Google Contacts export of 2026-12-02";

#[test]
fn three_address_books_come_in_once_each_and_go_out_the_same() {
    let v = CliVault::new();
    v.json(&["vault", "init"]);
    v.json(&["company", "set", "--name", "Szkolenia Żółć Sp. z o.o.", "--country", "PL"]);

    // Google: a row naming nobody is refused until agreed to skip; a dry run writes nothing.
    let google = fixture("contacts_google.csv");
    let refused = v.fails(&["import", "contacts", &google, "--source", GOOGLE]);
    assert!(refused.contains("line") && refused.contains("--skip-problems"), "{refused}");
    let dry = v.json(&["import", "contacts", &google, "--source", GOOGLE, "--dry-run"]);
    assert_eq!(dry["problems"].as_array().unwrap().len(), 1, "{dry}");
    assert!(dry["mapping"].as_array().unwrap().iter().any(|f| f == "email:other:1"), "{dry}");
    assert_eq!(v.json(&["contact", "list"])["total"], 0, "a dry run imports nothing");
    let imported = v.json(&[
        "import",
        "contacts",
        &google,
        "--format",
        "google",
        "--source",
        GOOGLE,
        "--skip-problems",
        "--tag",
        "Import 2026",
    ]);
    assert_eq!(imported["created"], 4, "{imported}");
    assert!(names(&v).contains(&"Łucja Żółkiewska".to_owned()), "{:?}", names(&v));
    let lucja = v.json(&["search", "zolkiewska"])["hits"][0]["contact_id"].to_string();
    let card = v.json(&["contact", "show", &lucja])["contact"].clone();
    assert_eq!(card["emails"].as_array().unwrap().len(), 3, "{card}");
    assert_eq!(card["source"]["name"], "Google Contacts export of 2026-12-02");
    assert_eq!(card["status"], "lead");
    assert!(card["tags"].as_array().unwrap().iter().any(|t| t == "Trade fair 2026"), "{card}");
    assert!(card["tags"].as_array().unwrap().iter().any(|t| t == "Import 2026"), "{card}");

    // The same file again adds nobody: every row is a duplicate, merged with nothing to add.
    let again = v.json(&["import", "contacts", &google, "--source", GOOGLE, "--skip-problems"]);
    assert_eq!(again["created"], 0, "{again}");
    assert_eq!(again["duplicates"].as_array().unwrap().len(), 4);
    assert_eq!(again["points_added"], 0);
    assert_eq!(v.json(&["contact", "list"])["total"], 4);

    // A Polish Excel file from Outlook: Windows-1250 and `;`, every letter right.
    let outlook = fixture("contacts_outlook_pl_1250.csv");
    let pl = v.json(&[
        "import",
        "contacts",
        &outlook,
        "--format",
        "outlook",
        "--source",
        "third-party:Outlook",
        "--skip-problems",
    ]);
    assert_eq!(pl["created"], 3, "{pl}");
    let all = names(&v);
    assert!(
        all.contains(&"Łucja Źdźbło-Ślęzak".to_owned()) && all.contains(&"Ścibor Józef Ćwikliński".to_owned()),
        "{all:?}"
    );
    let scibor = v.json(&["search", "cwiklinski"])["hits"][0]["contact_id"].to_string();
    let notes = v.json(&["contact", "show", &scibor])["contact"]["notes"].as_str().unwrap().to_owned();
    assert!(notes.contains("ą ć ę ł ń ó ś ź ż Ą Ć Ę Ł Ń Ó Ś Ź Ż"), "{notes}");
    // Asking for Google with Outlook's file is refused, naming the header's line.
    let wrong = v.fails(&["import", "contacts", &outlook, "--format", "google", "--source", "person"]);
    assert!(wrong.contains("Line 1") && wrong.contains("but this is Outlook CSV"), "{wrong}");

    // A phone's vCard 2.1: Łucja again (same mobile number) is offered as a duplicate.
    let phone = fixture("android-2.1.vcf");
    let offered = v.json(&["import", "contacts", &phone, "--source", "person", "--dry-run"]);
    let dupes = offered["duplicates"].as_array().unwrap();
    assert!(dupes.iter().any(|d| d["of"]["display_name"] == "Łucja Żółkiewska"), "{offered}");
    let before = v.json(&["contact", "list"])["total"].as_u64().unwrap();
    let vcf =
        v.json(&["import", "contacts", &phone, "--source", "person", "--on-duplicate", "skip", "--skip-problems"]);
    let created = vcf["created"].as_u64().unwrap();
    assert_eq!(v.json(&["contact", "list"])["total"].as_u64().unwrap(), before + created);

    // Undo the phone's import: exactly its cards go.
    let id = vcf["import_id"].to_string();
    let undone = v.json(&["import", "undo", &id, "--yes"]);
    assert_eq!(undone["cards_removed"].as_u64().unwrap(), created);
    assert_eq!(v.json(&["contact", "list"])["total"].as_u64().unwrap(), before);
    assert_eq!(v.error_code(&["import", "undo", &id, "--yes"]), "refused", "not twice");
    assert_eq!(v.json(&["import", "list"]).as_array().unwrap().len(), 4);

    // Tags, possible duplicates and a merge.
    let jan = v.json(&["contact", "add", "Łucja Żółkiewska", "--email", "LUCJA@zdzblo.pl"])["id"].to_string();
    let pairs = v.json(&["contact", "duplicates"]);
    let (jan_id, lucja_id): (i64, i64) = (jan.parse().unwrap(), lucja.parse().unwrap());
    assert!(
        pairs.as_array().unwrap().iter().any(|p| p["second"]["id"] == jan_id && p["first"]["id"] == lucja_id),
        "{pairs}"
    );
    v.json(&["contact", "tag", &jan, "Newsletter", "VIP"]);
    let untagged = v.json(&["contact", "untag", &jan, "vip"]);
    assert_eq!(untagged["tags"], serde_json::json!(["Newsletter"]));
    let merged = v.json(&["contact", "merge", &lucja, &jan, "--yes"]);
    assert_eq!(merged["merged_id"].to_string(), jan);
    assert!(merged["kept"]["tags"].as_array().unwrap().iter().any(|t| t == "Newsletter"), "{merged}");
    assert_eq!(v.error_code(&["contact", "show", &jan]), "not_found");
    assert!(v.text(&["contact", "history", &lucja]).contains("merged"), "the merge is in the kept card's history");

    // Out and back in: the book as vCard and CSV, imported into a new vault, is the same book.
    let dir = tempfile::tempdir().unwrap();
    for format in ["vcard", "csv"] {
        let out = dir.path().join(format!("book.{format}"));
        let out = out.to_str().unwrap();
        let written = v.json(&["export", "contacts", "--format", format, "--out", out]);
        assert_eq!(written["contacts"], v.json(&["contact", "list"])["total"], "{written}");
        assert_eq!(v.error_code(&["export", "contacts", "--format", format, "--out", out]), "already_exists");
        let copy = CliVault::new();
        copy.json(&["vault", "init"]);
        copy.json(&["import", "contacts", out, "--source", "person"]);
        let back = dir.path().join(format!("back.{format}"));
        copy.json(&["export", "contacts", "--format", format, "--out", back.to_str().unwrap()]);
        assert_eq!(
            std::fs::read(out).unwrap(),
            std::fs::read(&back).unwrap(),
            "{format}: exported, imported, exported again"
        );
    }
    let text = std::fs::read_to_string(dir.path().join("book.vcard")).unwrap();
    assert!(text.starts_with("BEGIN:VCARD\r\nVERSION:4.0\r\n") && text.contains("Źdźbło-Ślęzak"), "{text}");
}
