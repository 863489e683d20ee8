//! Richer cards (issue 17): several e-mail addresses, phone numbers and postal addresses with
//! labels and one primary each, given and family name, job title, tags — stored, searched,
//! masked, audited, erased, and moved in from the single fields of schema 10.

#![allow(clippy::unwrap_used)]

mod common;

use common::*;
use custos_core::Passphrase;
use custos_core::Vault;
use custos_core::audit::AuditFilter;
use custos_core::contact_points::{Label, Labelled};
use custos_core::contacts::{ContactDetails, ContactField, ContactPatch, ContactQuery, NewContact};
use custos_core::vault::SCHEMA_VERSION;

fn point(value: &str, label: Label, primary: bool) -> Labelled {
    Labelled { value: value.into(), label, primary }
}

fn lucja() -> NewContact {
    NewContact {
        display_name: "Łucja Żółkiewska".into(),
        details: ContactDetails {
            given_name: Some(" Łucja ".into()),
            family_name: Some("Żółkiewska".into()),
            organisation: Some("Pracownia Źdźbło".into()),
            job_title: Some("Główna księgowa".into()),
            emails: vec![point("biuro@zdzblo.pl", Label::Work, false), point("lucja@dom.pl", Label::Home, true)],
            phones: vec![point("+48 601 234 567", Label::Mobile, false), point("22 123 45 67", Label::Work, false)],
            addresses: vec![point("ul. Długa 5\n00-001 Warszawa", Label::Work, false)],
            tags: vec!["Targi 2026".into(), " targi 2026 ".into(), "VIP".into()],
            ..Default::default()
        },
        ..Default::default()
    }
}

#[test]
fn a_card_keeps_every_point_with_its_label_and_one_primary_first() {
    let t = new_vault();
    let card = t.vault.contacts().add(lucja()).unwrap();
    let d = &card.details;
    assert_eq!(d.given_name.as_deref(), Some("Łucja"), "trimmed");
    assert_eq!(d.job_title.as_deref(), Some("Główna księgowa"));
    assert_eq!(
        d.emails,
        [point("lucja@dom.pl", Label::Home, true), point("biuro@zdzblo.pl", Label::Work, false)],
        "the primary first, the rest in order"
    );
    assert_eq!(d.phones.iter().filter(|p| p.primary).count(), 1, "the first is primary when none is marked");
    assert_eq!(d.primary(ContactField::Phone), Some("+48 601 234 567"));
    assert_eq!(d.addresses[0].value, "ul. Długa 5\n00-001 Warszawa");
    assert_eq!(d.tags, ["Targi 2026", "VIP"], "each tag once, compared folded");
    assert_eq!(t.vault.contacts().get(card.id).unwrap(), card, "read back as stored");

    let err = t
        .vault
        .contacts()
        .add(NewContact {
            display_name: "Jan".into(),
            details: ContactDetails {
                emails: vec![point("jan@x.pl", Label::Work, false), point("jan.x.pl", Label::Home, false)],
                ..Default::default()
            },
            ..Default::default()
        })
        .unwrap_err();
    assert_eq!(err.to_string(), "email: 'jan.x.pl' (e-mail address 2) is not an e-mail address (no @)");
}

#[test]
fn search_finds_every_point_name_part_title_and_tag() {
    let t = new_vault();
    let card = t.vault.contacts().add(lucja()).unwrap();
    t.vault.contacts().add(NewContact::named("Jan Kowalski")).unwrap();
    for (query, field) in [
        ("biuro@zdzblo", ContactField::Email),
        ("lucja@dom", ContactField::Email),
        ("221234567", ContactField::Phone),
        ("ksiegowa", ContactField::JobTitle),
        ("targi", ContactField::Tags),
        ("warszawa", ContactField::Address),
    ] {
        let hits = t.vault.search(query, 10).unwrap();
        assert_eq!(hits.len(), 1, "{query}: {hits:?}");
        assert_eq!(hits[0].contact_id, card.id);
        assert_eq!(hits[0].location, custos_core::search::HitLocation::Field { field }, "{query}");
        assert!(hits[0].snippet.is_some(), "{query}");
    }
    // Given and family name are found through the name and their own fields.
    assert!(t.vault.search("zolkiewska", 10).unwrap().iter().all(|h| h.contact_id == card.id));
}

#[test]
fn the_list_filters_by_tag_and_edits_replace_lists_with_history() {
    let t = new_vault();
    let c = t.vault.contacts();
    let lucja = c.add(lucja()).unwrap();
    let jan = c.add(NewContact::named("Jan Kowalski")).unwrap();
    c.edit(jan.id, ContactPatch { tags: Some(vec!["vip".into()]), ..Default::default() }).unwrap();
    let vip = c.list(&ContactQuery { tag: Some("VIP".into()), ..Default::default() }).unwrap();
    assert_eq!(vip.total, 2);
    assert_eq!(vip.items.iter().map(|s| s.id).collect::<Vec<_>>(), [jan.id, lucja.id], "sorted by name");
    let fair = c.list(&ContactQuery { tag: Some("TARGI 2026".into()), ..Default::default() }).unwrap();
    assert_eq!(fair.items.iter().map(|s| s.id).collect::<Vec<_>>(), [lucja.id]);
    assert_eq!(c.list(&ContactQuery { tag: Some("none".into()), ..Default::default() }).unwrap().total, 0);
    let tags = t.vault.tags().list().unwrap();
    assert_eq!(tags.iter().map(|t| (t.name.as_str(), t.contacts)).collect::<Vec<_>>(), [("Targi 2026", 1), ("VIP", 2)]);

    let edited = c
        .edit(
            lucja.id,
            ContactPatch {
                emails: Some(vec![point("l.z@zdzblo.pl", Label::Work, true)]),
                family_name: Some(None),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(edited.details.emails, [point("l.z@zdzblo.pl", Label::Work, true)]);
    assert_eq!(edited.details.family_name, None);
    assert_eq!(edited.details.phones, lucja.details.phones, "untouched lists stay");
    let history = t
        .vault
        .audit()
        .list(&AuditFilter { contact: Some(lucja.id), action: Some("contact.updated".into()), ..Default::default() })
        .unwrap();
    assert_eq!(history[0].details["fields"], serde_json::json!(["email", "family_name"]));
    assert_eq!(history[0].details["previous"]["email"][1]["value"], "biuro@zdzblo.pl");
    assert_eq!(history[0].details["previous"]["family_name"], "Żółkiewska");
    assert!(t.vault.search("biuro", 10).unwrap().is_empty(), "the old address left the index");
}

#[test]
fn sensitive_lists_are_masked_on_the_card_and_in_the_history() {
    let t = new_vault();
    let c = t.vault.contacts();
    let mut new = lucja();
    new.sensitive = [ContactField::Phone, ContactField::Tags].into();
    let card = c.add(new).unwrap();
    let masked = card.masked();
    assert_eq!(masked.details.phones[0].value, "••••••••••• 567");
    assert_eq!(masked.details.phones[1].value, "••••••••5 67");
    assert_eq!(masked.details.tags, ["••••••2026", "VIP"]);
    assert_eq!(masked.details.emails, card.details.emails, "not sensitive");
    assert!(t.vault.search("601234567", 10).unwrap()[0].snippet.is_none(), "a sensitive hit shows no text");

    c.edit(card.id, ContactPatch { phones: Some(vec![]), ..Default::default() }).unwrap();
    let history = t
        .vault
        .audit()
        .list(&AuditFilter { contact: Some(card.id), action: Some("contact.updated".into()), ..Default::default() })
        .unwrap();
    assert_eq!(history[0].details["previous"]["phone"][0]["value"], "••••••••••• 567");
    assert_eq!(history[0].details["previous"]["phone"][0]["label"], "mobile");
}

#[test]
fn may_contact_names_the_points_it_allows() {
    use custos_core::consents::{ConsentMethod, ConsentRecord};
    use custos_core::purposes::{LegalBasis, PurposeSpec};
    let t = new_vault();
    let card = t.vault.contacts().add(lucja()).unwrap();
    let spec = PurposeSpec {
        consent_wording: Some("Yes, send me the monthly newsletter.".into()),
        ..PurposeSpec::new("Newsletter", "Monthly news", LegalBasis::Consent)
    };
    let p = t.vault.purposes().add(spec).unwrap().id;
    let before = t.vault.consents().may_contact(card.id, p).unwrap();
    assert!(!before.allowed);
    assert!(before.reach.is_empty());
    t.vault.consents().give(card.id, p, ConsentRecord::by(ConsentMethod::WebForm)).unwrap();
    let after = t.vault.consents().may_contact(card.id, p).unwrap();
    assert!(after.allowed, "{after:?}");
    let reach: Vec<&str> = after.reach.iter().map(|p| p.value.as_str()).collect();
    assert_eq!(reach, ["lucja@dom.pl", "biuro@zdzblo.pl", "+48 601 234 567", "22 123 45 67"]);
}

#[test]
fn erasure_removes_points_names_title_and_a_tag_only_they_had() {
    let t = new_vault();
    let c = t.vault.contacts();
    let card = c.add(lucja()).unwrap();
    let other = c
        .add(NewContact {
            details: ContactDetails { tags: vec!["VIP".into()], ..Default::default() },
            ..NewContact::named("Jan")
        })
        .unwrap();
    t.vault.erase(card.id).unwrap();
    let erased = c.get(card.id).unwrap();
    assert_eq!(erased.details, ContactDetails::default());
    assert_eq!(c.get(other.id).unwrap().details.tags, ["VIP"]);
    let tags = t.vault.tags().list().unwrap();
    assert_eq!(tags.iter().map(|t| t.name.as_str()).collect::<Vec<_>>(), ["VIP"]);
    drop(t.vault);
    let raw = raw(&t.path, PASS);
    let left: i64 = raw
        .query_row(
            "SELECT (SELECT count(*) FROM contact_point WHERE contact_id = ?1)
                  + (SELECT count(*) FROM tag WHERE name = 'Targi 2026')",
            [card.id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(left, 0);
    for text in ["zdzblo", "Długa", "Główna księgowa", "Targi 2026", "601 234 567"] {
        assert!(!contains(&all_bytes_decrypted(&raw), text), "{text} left in the vault");
    }
}

/// Every value of every table of the vault, as text (what a reader with the key sees).
fn all_bytes_decrypted(c: &rusqlite::Connection) -> Vec<u8> {
    let tables: Vec<String> = c
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    let mut out = Vec::new();
    for table in tables {
        let mut stmt = c.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let n = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(r) = rows.next().unwrap() {
            for i in 0..n {
                if let Ok(rusqlite::types::ValueRef::Text(t)) = r.get_ref(i) {
                    out.extend_from_slice(t);
                    out.push(b'\n');
                }
            }
        }
    }
    out
}

#[test]
fn a_file_from_schema_10_moves_its_single_fields_into_points() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.custos");
    let conn = vault_at_schema(&path, 10);
    conn.execute_batch(
        "INSERT INTO vault_meta VALUES ('created_at', '2026-01-01T00:00:00.000Z');
         INSERT INTO company_profile (id, controller_name, country, updated_at)
         VALUES (1, 'Źdźbło sp. z o.o.', 'PL', '2026-01-01T00:00:00.000Z');
         INSERT INTO contact (id, display_name, sort_key, email, phone, address, organisation, status, source_kind,
                              created_at, updated_at)
         VALUES (1, 'Anna Nowak', 'anna nowak', ' Anna@Nowak.PL', '601 234 567', 'ul. Długa 5', 'Nowak sp.j.',
                 'customer', 'person', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
                (2, 'Jan', 'jan', NULL, '', NULL, NULL, 'lead', 'person',
                 '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
         INSERT INTO contact_sensitive_field VALUES (1, 'phone');
         INSERT INTO search_fts (rowid, body) VALUES (-18, 'anna@nowak.pl'), (-17, 'anna nowak');
         PRAGMA user_version = 10;",
    )
    .unwrap();
    drop(conn);

    let vault = Vault::open(&path, &Passphrase::new(PASS), session(&clock())).unwrap();
    let version: i64 = raw(&path, PASS).query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, SCHEMA_VERSION);
    let anna = vault.contacts().get(1).unwrap();
    assert_eq!(anna.details.emails, [point("Anna@Nowak.PL", Label::Other, true)], "trimmed, labelled other, primary");
    assert_eq!(anna.details.phones, [point("601 234 567", Label::Other, true)]);
    assert_eq!(anna.details.addresses, [point("ul. Długa 5", Label::Other, true)]);
    assert_eq!(anna.details.organisation.as_deref(), Some("Nowak sp.j."));
    assert!(anna.sensitive.contains(&ContactField::Phone), "the sensitive mark stays on the field");
    let jan = vault.contacts().get(2).unwrap();
    assert!(jan.details.phones.is_empty(), "an empty phone is no point");
    let keys: Vec<(String, Option<String>)> = raw(&path, PASS)
        .prepare("SELECT kind, match_key FROM contact_point ORDER BY kind")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert_eq!(
        keys,
        [
            ("address".into(), None),
            ("email".into(), Some("anna@nowak.pl".into())),
            ("phone".into(), Some("+48601234567".into()))
        ],
        "keys for the duplicate check, the phone read in the firm's country"
    );
    assert_eq!(vault.search("anna@nowak", 10).unwrap()[0].contact_id, 1, "the index from before still finds it");
    vault.contacts().edit(1, ContactPatch { job_title: Some(Some("Prezes".into())), ..Default::default() }).unwrap();
    assert!(vault.check().unwrap().ok);
}

#[test]
fn the_book_exports_as_vcard_and_csv_and_reads_back_the_same() {
    use custos_core::address_book::export::{BookExport, BookFormat, draft_of};
    use custos_core::address_book::{csv, vcard};
    let t = new_vault();
    let c = t.vault.contacts();
    let lucja = c.add(lucja()).unwrap();
    let jan = c
        .add(NewContact {
            details: ContactDetails {
                emails: vec![point("jan@kowalski.pl", Label::Work, true)],
                notes: Some("Zadzwonić po 16:00; \"pilne\", naprawdę".into()),
                ..Default::default()
            },
            ..NewContact::named("Jan Kowalski")
        })
        .unwrap();
    let frozen = c.add(NewContact::named("Zofia Zamrożona")).unwrap();
    t.vault.restrictions().restrict(frozen.id, "accuracy contested").unwrap();

    let dir = tempfile::tempdir().unwrap();
    let everyone = |format| BookExport { format, status: None, tag: None };
    let vcf = dir.path().join("book.vcf");
    assert_eq!(
        t.vault.export_contacts(&everyone(BookFormat::Vcard), &vcf).unwrap(),
        2,
        "the restricted card stays out"
    );
    let csv_path = dir.path().join("book.csv");
    assert_eq!(t.vault.export_contacts(&everyone(BookFormat::Csv), &csv_path).unwrap(), 2);

    // What each file reads back as is what the cards hold (sorted by name; addresses come
    // back on one line, as both readers join an address's lines).
    let expected: Vec<_> = [&jan, &lucja]
        .iter()
        .map(|card| {
            let mut d = draft_of(card);
            for a in &mut d.addresses {
                a.value = a.value.replace('\n', ", ");
            }
            d
        })
        .collect();
    let strip = |mut drafts: Vec<custos_core::address_book::ContactDraft>| {
        for d in &mut drafts {
            d.line = 0;
        }
        drafts
    };
    let from_vcf = strip(vcard::parse(&std::fs::read(&vcf).unwrap()).unwrap());
    assert_eq!(from_vcf, expected);
    let bytes = std::fs::read(&csv_path).unwrap();
    let inspected = csv::inspect(&bytes).unwrap();
    let from_csv = strip(csv::parse(&bytes, &inspected.guessed).unwrap());
    assert_eq!(from_csv, expected);
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.contains("Łucja Żółkiewska") && !text.contains("Zofia"), "{text}");

    // Never over a file; a filter by tag; an empty selection is refused; each export audited.
    let again = t.vault.export_contacts(&everyone(BookFormat::Csv), &csv_path).unwrap_err();
    assert_eq!(again.code(), "already_exists", "{again}");
    let vip = dir.path().join("vip.vcf");
    let by_tag = BookExport { format: BookFormat::Vcard, status: None, tag: Some("vip".into()) };
    assert_eq!(t.vault.export_contacts(&by_tag, &vip).unwrap(), 1);
    let none = BookExport {
        format: BookFormat::Csv,
        status: Some(custos_core::contacts::LifecycleStatus::Customer),
        tag: None,
    };
    let err = t.vault.export_contacts(&none, &dir.path().join("none.csv")).unwrap_err();
    assert_eq!(err.code(), "refused");
    assert!(!dir.path().join("none.csv").exists());
    let entries =
        t.vault.audit().list(&AuditFilter { action: Some("contact.exported".into()), ..Default::default() }).unwrap();
    assert_eq!(entries.len(), 3);
    assert_eq!(entries.iter().map(|e| e.details["contacts"].as_u64().unwrap()).sum::<u64>(), 5);
}
