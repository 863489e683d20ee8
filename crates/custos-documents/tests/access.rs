//! The subject-access report (Art. 15) and its portable export (Art. 20), generated from a
//! real vault in every language, read back with `pdftotext` and unzipped.
#![allow(clippy::unwrap_used)]

mod common;

use std::io::Read as _;

use chrono::{TimeZone, Utc};
use common::*;
use custos_core::audit::AuditFilter;
use custos_core::company::CompanyProfile;
use custos_core::consents::{ConsentMethod, ConsentRecord};
use custos_core::contacts::{ContactDetails, ContactField, DataSource, LifecycleStatus, NewContact};
use custos_core::interactions::{Channel, NewConversation, NewMessage, Sender};
use custos_core::requests::{NewRequest, RequestChannel, RequestKind};
use custos_documents::{DocumentKind, Language, Missing, access_export, access_report};

const PERSON_EMAIL: &str = "lukasz@zoltowski.example";
const PERSON_PHONE: &str = "+48 601 234 567";
const ID_NUMBER: &str = "ABC 123456";
/// A third party in the transcript, as a sender and inside the text with their e-mail.
const THIRD: &str = "Grzegorz Brzęczyszczykiewicz";
const THIRD_EMAIL: &str = "g.brzeczyszczykiewicz@sasiad.example";
const THIRD_PHONE: &str = "+48 22 555 01 99";
/// Another contact of the vault, named in the card's notes and a request's outcome, who never
/// wrote in a transcript.
const NEIGHBOUR: &str = "Halina Żurawska";
/// The card's notes: another contact named in full, and the word "will", which stays.
const NOTES: &str = "Prefers calls after 16:00. Recommended by Halina Żurawska; she will call.";

fn at(month: u32, day: u32, h: u32, m: u32) -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, month, day, h, m, 0).unwrap()
}

/// A complete vault with the requester: every card field, a sensitive one, a consent given
/// and withdrawn, a chat with a third party, an access request and a refused erasure request;
/// the notes, the withdrawal's evidence, the requests' details and the refusal name third
/// parties too.
fn vault_with_person() -> (TestVault, i64) {
    let tv = complete_vault();
    let v = &tv.vault;
    v.contacts().add(NewContact::named(NEIGHBOUR)).unwrap();
    let person = v
        .contacts()
        .add(NewContact {
            display_name: PERSON.into(),
            details: ContactDetails {
                given_name: Some("Łukasz".into()),
                emails: vec![
                    custos_core::contact_points::Labelled::new(PERSON_EMAIL, custos_core::contact_points::Label::Work),
                    custos_core::contact_points::Labelled::new(
                        "lukasz@dom.example",
                        custos_core::contact_points::Label::Home,
                    ),
                ],
                phones: vec![custos_core::contact_points::Labelled::new(
                    PERSON_PHONE,
                    custos_core::contact_points::Label::Mobile,
                )],
                organisation: Some("Pracownia Źdźbło".into()),
                job_title: Some("Stolarz".into()),
                addresses: vec![custos_core::contact_points::Labelled::new(
                    "ul. Łąkowa 5, 80-001 Gdańsk",
                    custos_core::contact_points::Label::Home,
                )],
                id_number: Some(ID_NUMBER.into()),
                notes: Some(NOTES.into()),
                tags: vec!["Targi 2026".into()],
                ..Default::default()
            },
            status: Some(LifecycleStatus::Customer),
            source: DataSource::Person { via: None },
            sensitive: [ContactField::IdNumber].into(),
        })
        .unwrap();
    let news = v.purposes().find("Newsletter").unwrap();
    v.consents()
        .give(
            person.id,
            news.id,
            ConsentRecord {
                at: Some(at(3, 2, 10, 0)),
                evidence_ref: Some("form-2026-0302".into()),
                ..ConsentRecord::by(ConsentMethod::WebForm)
            },
        )
        .unwrap();
    v.consents()
        .withdraw(
            person.id,
            news.id,
            ConsentRecord {
                at: Some(at(9, 14, 8, 30)),
                evidence_ref: Some(format!("Letter brought by {THIRD}")),
                ..ConsentRecord::by(ConsentMethod::Email)
            },
        )
        .unwrap();
    let msg = |h: u32, sender: Sender, text: &str| NewMessage { at: at(10, 5, h, 0), sender, text: text.into() };
    v.interactions()
        .add(
            person.id,
            NewConversation {
                channel: Channel::Chat,
                started_at: None,
                ended_at: None,
                external_ref: None,
                messages: vec![
                    msg(9, Sender::Contact, &format!("Hello, call me on {PERSON_PHONE} about the invoice.")),
                    msg(10, Sender::Staff { name: "Ola".into() }, "Of course. Who else should we inform?"),
                    msg(
                        11,
                        Sender::Other { name: THIRD.into() },
                        &format!("I am {THIRD}, his neighbour: write to {THIRD_EMAIL} or call {THIRD_PHONE}."),
                    ),
                    msg(12, Sender::Contact, "Grzegorz keeps my spare key."),
                ],
            },
        )
        .unwrap();
    v.requests()
        .open(NewRequest {
            kind: RequestKind::Access,
            contact_id: Some(person.id),
            requester_name: None,
            requester_contact: None,
            received_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
            channel: RequestChannel::Email,
            details: Some("Please send me everything you hold.".into()),
        })
        .unwrap();
    let erasure = v
        .requests()
        .open(NewRequest {
            kind: RequestKind::Erasure,
            contact_id: Some(person.id),
            requester_name: None,
            requester_contact: None,
            received_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 21).unwrap(),
            channel: RequestChannel::Email,
            details: Some(format!("Erase what {THIRD} ({THIRD_EMAIL}) said.")),
        })
        .unwrap();
    v.requests().refuse(erasure.id, &format!("{NEIGHBOUR}'s claim is pending.")).unwrap();
    (tv, person.id)
}

/// Messages without arguments that every report prints, checked word by word.
const LABELS: &[&str] = &[
    "access-title",
    "access-card",
    "field-display-name",
    "field-email",
    "field-phone",
    "field-organisation",
    "field-address",
    "field-id-number",
    "field-source",
    "source-person",
    "access-notes",
    "access-consents",
    "consent-event-given",
    "consent-event-withdrawn",
    "col-wording",
    "access-conversations",
    "access-redaction-note",
    "sender-you",
    "access-requests",
    "request-kind-access",
    "notice-purposes",
    "field-basis",
    "field-data",
    "field-recipients",
    "field-transfers",
    "field-retention",
    "field-automated",
    "automated-none",
    "safeguard-standard_contractual_clauses",
    "notice-source",
    "notice-rights",
    "right-rectification",
    "right-erasure",
    "right-restriction",
    "right-objection",
    "notice-complaint",
    "access-export-note",
];

#[test]
fn the_report_in_every_language_holds_every_required_element_and_no_third_party() {
    let (tv, person) = vault_with_person();
    for lang in Language::ALL {
        let started = std::time::Instant::now();
        let pdf = access_report(&tv.vault, person, lang).unwrap();
        eprintln!("access report {lang}: {} pages, {} bytes, {:?}", pdf.pages(), pdf.bytes().len(), started.elapsed());
        assert_eq!(pdf.kind(), DocumentKind::AccessReport);
        assert_eq!(pdf.suggested_file_name(), format!("access-report-2026-11-23-{}.pdf", lang.code()));
        let text = pdftotext(pdf.bytes(), None);
        let flat = squash(&text);
        let words: Vec<&str> = flat.split(' ').collect();
        for id in LABELS {
            let message = lang.message(id);
            for word in message.split_whitespace() {
                assert!(words.contains(&word), "{lang}: '{word}' of {id} '{message}' missing from\n{text}");
            }
        }
        let confirmation = lang.message("access-confirmation");
        assert!(!confirmation.contains("access-"), "{lang}");
        for needle in [
            PERSON,
            PERSON_EMAIL,
            PERSON_PHONE,
            ID_NUMBER, // sensitive, but the person's own: unmasked
            "Pracownia Źdźbło",
            "ul. Łąkowa 5, 80-001 Gdańsk",
            // The notes: the other contact's whole name goes, the word "will" stays.
            "Prefers calls after 16:00.",
            "; she will call.",
            // Every point with its kind in the language, the second address too; the new fields.
            "lukasz@dom.example",
            &format!("({})", lang.message("point-label-home")),
            "Stolarz",
            "Targi 2026",
            &lang.message("field-job-title"),
            // The wording they saw, and the evidence (table cells wrap: the start of each).
            "Yes, send me the",
            "form-2026",
            "Newsletter",
            "Ola",
            "keeps my spare key.",
            "Please send me",
            FIRM,
            PL_PURPOSE,
            BG_PURPOSE,
            BG_RECIPIENT,
            "Chatly Inc. (US)",
            "SCC 2021/914, module 2",
            "Prezes Urzędu Ochrony Danych Osobowych, ul. Stawki 2, 00-193 Warszawa",
            "6 lat od końca roku, w którym wygasło roszczenie",
        ] {
            assert!(flat.contains(needle), "{lang}: '{needle}' missing from\n{text}");
        }
        let party = lang.message("redact-party");
        // Numbered in order of first appearance across the report: the neighbour in the notes,
        // then the third party in the consent evidence, who also writes in the chat.
        assert!(flat.contains(&format!("Recommended by [{party} 1]; she will call.")), "{lang}: notes in\n{text}");
        assert!(flat.contains(&format!("[{party} 2]")), "{lang}: no second third-party label in\n{text}");
        assert!(!flat.contains(&format!("[{party} 3]")), "{lang}: only two third parties in\n{text}");
        assert!(flat.contains(&format!("[{}]", lang.message("redact-removed"))), "{lang}\n{text}");
        // "Grzegorz keeps my spare key": a first name alone is not the whole name (before
        // whole names it went, word by word); it stays, as "will" does.
        assert!(flat.contains("Grzegorz keeps my spare key."), "{lang}: the lone first name stays in\n{text}");
        for gone in [THIRD, "Brzęczyszczykiewicz", THIRD_EMAIL, THIRD_PHONE, "555 01 99", NEIGHBOUR, "Żurawska"] {
            assert!(!flat.contains(gone), "{lang}: third party's '{gone}' in\n{text}");
        }
        for bad in ["{ $", "{$", "access-", "field-", "notice-", "right-", "consent-", "request-", "method-"] {
            assert!(!flat.contains(bad), "{lang}: '{bad}' leaked into the text");
        }
    }

    // Every generation is in the audit log, naming the contact by id only.
    let entries = tv
        .vault
        .audit()
        .list(&AuditFilter { action: Some("document.access_report".into()), ..Default::default() })
        .unwrap();
    assert_eq!(entries.len(), 7);
    let e = &entries[0];
    assert_eq!((e.target_kind.as_str(), e.target_id.as_deref()), ("contact", Some(person.to_string().as_str())));
    assert_eq!(e.details["document"], "report");
    assert_eq!(e.details["sha256"].as_str().unwrap().len(), 64);
    assert!(!e.details.to_string().contains("Łukasz"));
    assert!(tv.vault.audit().verify().unwrap().ok);
}

#[test]
fn names_come_back_exactly_polish_and_bulgarian() {
    let (tv, person) = vault_with_person();
    let bg = tv
        .vault
        .contacts()
        .add(NewContact {
            display_name: BG_PERSON.into(),
            details: ContactDetails {
                addresses: vec![custos_core::contact_points::Labelled::new(
                    "ул. „Цар Шишман“ 14, 1000 София",
                    custos_core::contact_points::Label::Home,
                )],
                ..Default::default()
            },
            source: DataSource::ThirdParty { name: "Търговски регистър".into() },
            ..NewContact::named("")
        })
        .unwrap();
    let pl = squash(&pdftotext(access_report(&tv.vault, person, Language::Pl).unwrap().bytes(), None));
    assert!(pl.contains(PERSON), "{pl}");
    assert!(pl.contains("23 listopada 2026"));
    let text = squash(&pdftotext(access_report(&tv.vault, bg.id, Language::Bg).unwrap().bytes(), None));
    for needle in [BG_PERSON, "ул. „Цар Шишман“ 14, 1000 София", "Търговски регистър", "23 ноември 2026 г."]
    {
        assert!(text.contains(needle), "'{needle}' missing from\n{text}");
    }
    // No consents, conversations or requests: said so, not left blank.
    for id in ["consents-none", "conversations-none", "requests-none", "notes-none"] {
        assert!(text.contains(&Language::Bg.message(id)), "{id} missing from\n{text}");
    }
}

#[test]
fn a_report_without_a_supervisory_authority_is_refused_with_the_list() {
    let (tv, person) = vault_with_person();
    tv.vault.company().set(CompanyProfile { authority_name: None, authority_contact: None, ..profile() }).unwrap();
    let err = access_report(&tv.vault, person, Language::En).unwrap_err();
    assert_eq!(err.code(), "document_incomplete");
    assert_eq!(err.missing(), [Missing::SupervisoryAuthority, Missing::SupervisoryAuthorityContact]);
    assert!(err.to_string().contains("subject-access report"), "{err}");
    assert_eq!(access_export(&tv.vault, person).unwrap_err().code(), "document_incomplete");
    let logged = tv
        .vault
        .audit()
        .list(&AuditFilter { action: Some("document.access_report".into()), ..Default::default() })
        .unwrap();
    assert!(logged.is_empty(), "nothing generated, nothing logged");
}

fn unzip(bytes: &[u8]) -> Vec<(String, String)> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).unwrap();
            let mut s = String::new();
            f.read_to_string(&mut s).unwrap();
            (f.name().unwrap().into_owned(), s)
        })
        .collect()
}

#[test]
fn the_export_holds_json_valid_against_its_schema_and_csv_without_the_third_party() {
    let (tv, person) = vault_with_person();
    let export = access_export(&tv.vault, person).unwrap();
    assert_eq!(export.suggested_file_name(), format!("access-export-2026-11-23-contact-{person}.zip"));
    let files = unzip(export.bytes());
    let names: Vec<&str> = files.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(names, ["data.json", "contact.csv", "consents.csv", "messages.csv", "requests.csv"]);
    for (name, body) in &files {
        for gone in [THIRD, "Brzęczyszczykiewicz", THIRD_EMAIL, THIRD_PHONE, NEIGHBOUR, "Żurawska"] {
            assert!(!body.contains(gone), "{name}: third party's '{gone}' in\n{body}");
        }
    }

    let schema: serde_json::Value = serde_json::from_str(include_str!("../schema/access-export.schema.json")).unwrap();
    let validator = jsonschema::draft202012::options().should_validate_formats(true).build(&schema).unwrap();
    let data: serde_json::Value = serde_json::from_str(&files[0].1).unwrap();
    let errors: Vec<String> = validator.iter_errors(&data).map(|e| format!("{} at {}", e, e.instance_path())).collect();
    assert!(errors.is_empty(), "{errors:#?}\n{data:#}");
    // The schema is strict enough to catch a wrong shape.
    let mut broken = data.clone();
    broken["contact"]["status"] = "friend".into();
    broken["conversations"][0]["messages"][0]["sender"]["kind"] = "other".into();
    assert!(!validator.is_valid(&broken));

    assert_eq!(data["contact"]["display_name"], PERSON);
    assert_eq!(data["contact"]["id_number"], ID_NUMBER);
    assert_eq!(data["version"], 2);
    assert_eq!(
        data["contact"]["emails"][1],
        serde_json::json!({ "value": "lukasz@dom.example", "label": "home", "primary": false })
    );
    assert_eq!(data["contact"]["tags"], serde_json::json!(["Targi 2026"]));
    assert_eq!(data["contact"]["job_title"], "Stolarz");
    assert_eq!(data["consents"][0]["state"], "withdrawn");
    assert_eq!(data["consents"][0]["events"][0]["wording_text"], "Yes, send me the monthly newsletter.");
    let messages = &data["conversations"][0]["messages"];
    assert_eq!(messages[2]["sender"], serde_json::json!({ "kind": "third_party", "name": "[third party 2]" }));
    assert_eq!(messages[2]["text"], "I am [third party 2], his neighbour: write to [removed] or call [removed].");
    // A first name alone is not the whole name: it stays (see the report test).
    assert_eq!(messages[3]["text"], "Grzegorz keeps my spare key.");
    // Every free text is redacted with the same numbering: notes, evidence, requests.
    assert_eq!(data["contact"]["notes"], "Prefers calls after 16:00. Recommended by [third party 1]; she will call.");
    assert_eq!(data["consents"][0]["events"][1]["evidence_ref"], "Letter brought by [third party 2]");
    assert_eq!(data["requests"][1]["details"], "Erase what [third party 2] ([removed]) said.");
    assert_eq!(data["requests"][1]["outcome"], "[third party 1]'s claim is pending.");
    assert!(messages[0]["text"].as_str().unwrap().contains(PERSON_PHONE), "the person's own number stays");
    assert_eq!(data["requests"][0]["kind"], "access");

    let csv = &files.iter().find(|f| f.0 == "messages.csv").unwrap().1;
    assert!(csv.starts_with("conversation_id,channel,message_id,at,sender_kind,sender_name,to,text\n"));
    assert_eq!(csv.lines().count(), 5);
    let contact = &files.iter().find(|f| f.0 == "contact.csv").unwrap().1;
    assert!(contact.contains(PERSON) && contact.contains(ID_NUMBER));
    assert!(contact.contains("home: lukasz@dom.example") && contact.contains("Targi 2026"), "{contact}");
    assert!(contact.contains("Recommended by [third party 1]; she will call."), "{contact}");
    let requests = &files.iter().find(|f| f.0 == "requests.csv").unwrap().1;
    assert!(requests.contains("Erase what [third party 2] ([removed]) said."), "{requests}");
    assert!(files.iter().find(|f| f.0 == "consents.csv").unwrap().1.contains("withdrawn"));

    // Saved whole, never over an existing file; generating it is audited too.
    let path = tv.dir.path().join(export.suggested_file_name());
    export.save(&path).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), export.bytes());
    assert_eq!(export.save(&path).unwrap_err().code(), "file_exists");
    let entries = tv
        .vault
        .audit()
        .list(&AuditFilter { action: Some("document.access_report".into()), ..Default::default() })
        .unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].details["document"], "export");
    assert_eq!(entries[0].details["sha256"], export.sha256());
}

#[test]
fn the_pdf_is_saved_only_where_nothing_is() {
    let (tv, person) = vault_with_person();
    let pdf = access_report(&tv.vault, person, Language::De).unwrap();
    let path = tv.dir.path().join(pdf.suggested_file_name());
    std::fs::write(&path, b"keep me").unwrap();
    assert_eq!(pdf.save(&path).unwrap_err().code(), "file_exists");
    assert_eq!(std::fs::read(&path).unwrap(), b"keep me");
}

#[test]
fn an_unknown_contact_is_not_found() {
    let (tv, _) = vault_with_person();
    assert_eq!(access_report(&tv.vault, 9_999, Language::En).unwrap_err().code(), "not_found");
}

#[test]
fn the_report_says_until_when_backups_hold_the_data_once_there_are_backups() {
    let (tv, person) = vault_with_person();
    let note = |lang: Language| {
        let text = squash(&pdftotext(access_report(&tv.vault, person, lang).unwrap().bytes(), None));
        let start = lang.message("access-backups-note");
        let start = start.split(':').next().unwrap().to_owned();
        text.contains(&start).then_some(text)
    };
    assert!(note(Language::En).is_none(), "no backup yet: nothing to say");
    tv.vault.backup_now(|_, _| {}).unwrap();
    let until = tv.vault.backups_hold_until().unwrap().unwrap();
    for (lang, date) in
        [(Language::En, until.format("%-d %B %Y").to_string()), (Language::Pl, "najpóźniej do".to_owned())]
    {
        let text = note(lang).unwrap_or_else(|| panic!("{lang}: no backups note"));
        assert!(text.contains(&date), "{lang}: '{date}' missing from\n{text}");
        assert!(!text.contains("{ $"), "{lang}");
    }
}
