//! Third parties named in a transcript or a note who never wrote in it (Art. 15(4)): another
//! contact of the vault named in full, and a name the clerk gives when generating, are
//! redacted out of the access report (read back with `pdftotext`) and out of its ZIP export,
//! as whole names (never word by word), while the contact's own name stays.
#![allow(clippy::unwrap_used)]

mod common;

use std::io::Read as _;

use chrono::{TimeZone, Utc};
use common::*;
use custos_core::audit::AuditFilter;
use custos_core::contacts::{ContactDetails, NewContact};
use custos_core::import::WhatsAppOptions;
use custos_core::interactions::{Channel, NewConversation, NewMessage, Sender};
use custos_documents::{AccessOptions, Language, access_export_with, access_report, access_report_with};

/// The requester: the contact whose WhatsApp chat the core's fixture holds.
const PERSON: &str = "Łucja Żółkiewska";
/// Another contact of the vault, named in the chat ("Tak, Jan Kowalski dołączy…"), who never
/// wrote in it.
const COLLEAGUE: &str = "Jan Kowalski";
/// Someone the clerk names when generating: not a contact, not a sender.
const GIVEN: &str = "Bożena Wąsik-Pietrzak";

const CHAT: &str = include_str!("../../custos-core/tests/fixtures/whatsapp_android_eu.txt");

fn vault_with_chat() -> (TestVault, i64) {
    let tv = complete_vault();
    let v = &tv.vault;
    let person = v
        .contacts()
        .add(NewContact {
            details: ContactDetails {
                emails: vec![custos_core::contact_points::Labelled::new(
                    "lucja@example.pl",
                    custos_core::contact_points::Label::Home,
                )],
                ..Default::default()
            },
            ..NewContact::named(PERSON)
        })
        .unwrap();
    v.contacts().add(NewContact::named(COLLEAGUE)).unwrap();
    // A contact whose words all appear in the texts, but never as their name: not redacted.
    v.contacts().add(NewContact::named("Marek Pani")).unwrap();
    v.import_transcript(person.id, CHAT, &WhatsAppOptions::default()).unwrap();
    v.interactions()
        .add(
            person.id,
            NewConversation {
                channel: Channel::Phone,
                started_at: None,
                ended_at: None,
                external_ref: None,
                messages: vec![
                    NewMessage {
                        at: Utc.with_ymd_and_hms(2026, 10, 2, 9, 0, 0).unwrap(),
                        sender: Sender::Contact,
                        text: format!("Faktury przyśle moja księgowa, {GIVEN}; Bożena ma pełnomocnictwo."),
                    },
                    NewMessage {
                        at: Utc.with_ymd_and_hms(2026, 10, 2, 9, 5, 0).unwrap(),
                        sender: Sender::Staff { name: "Marek".into() },
                        text: "Tu Marek. Czy Kowalski też?".into(),
                    },
                ],
            },
        )
        .unwrap();
    (tv, person.id)
}

/// The clerk's names: the accountant, and the family name and first name the chats use alone
/// ("Czy Kowalski też?", "Bożena ma pełnomocnictwo"). Names are matched whole, so a lone part
/// of a name stays unless the clerk gives it; given, it is the party whose name it is part of.
fn options() -> AccessOptions {
    AccessOptions { redact_names: vec![format!("  {GIVEN} "), String::new(), "Kowalski".into(), "Bożena".into()] }
}

/// What a third party leaves behind if redaction misses them.
const GONE: &[&str] = &[COLLEAGUE, "Kowalski", GIVEN, "Bożena", "Wąsik", "Pietrzak"];

#[test]
fn a_contact_named_in_a_chat_and_a_name_the_clerk_gives_are_not_in_the_report() {
    let (tv, person) = vault_with_chat();
    for lang in [Language::En, Language::Pl] {
        let pdf = access_report_with(&tv.vault, person, lang, &options()).unwrap();
        let text = squash(&pdftotext(pdf.bytes(), None));
        for gone in GONE {
            assert!(!text.contains(gone), "{lang}: '{gone}' in\n{text}");
        }
        let party = lang.message("redact-party");
        // (Table cells wrap: short pieces of each message.)
        for kept in [
            PERSON.to_owned(),
            format!("[{party} 1] dołączy"),
            "Faktury przyśle moja".to_owned(),
            format!("[{party} 2]"),
            format!("Tu Marek. Czy [{party} 1] też?"),
        ] {
            assert!(text.contains(&kept), "{lang}: '{kept}' missing from\n{text}");
        }
        assert!(text.contains(&lang.message("access-redaction-note")), "{lang}: the note says names were redacted");
    }

    // Without the clerk's names only the contact of the vault goes, as a whole name: the
    // family name alone is not the person (before whole names it went, word by word).
    let text = squash(&pdftotext(access_report(&tv.vault, person, Language::En).unwrap().bytes(), None));
    assert!(!text.contains(COLLEAGUE), "{text}");
    assert!(text.contains("Tu Marek. Czy Kowalski też?"), "{text}");
    assert!(text.contains(GIVEN), "{text}");

    // The audit entry counts the clerk's names, never lists them.
    let entries = tv
        .vault
        .audit()
        .list(&AuditFilter { action: Some("document.access_report".into()), ..Default::default() })
        .unwrap();
    assert_eq!(entries.len(), 3);
    let with_names: Vec<_> = entries.iter().filter(|e| e.details.get("extra_redactions").is_some()).collect();
    assert_eq!(with_names.len(), 2);
    assert_eq!(with_names[0].details["extra_redactions"], 4);
    assert!(entries.iter().all(|e| !e.details.to_string().contains("Bożena")));
}

#[test]
fn the_export_leaves_them_out_of_data_json_and_messages_csv() {
    let (tv, person) = vault_with_chat();
    let export = access_export_with(&tv.vault, person, &options()).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(export.bytes())).unwrap();
    let mut read = |name: &str| {
        let mut s = String::new();
        zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
        s
    };
    let (json, csv) = (read("data.json"), read("messages.csv"));
    for (name, body) in [("data.json", &json), ("messages.csv", &csv)] {
        for gone in GONE {
            assert!(!body.contains(gone), "{name}: '{gone}' in\n{body}");
        }
    }
    let data: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(data["contact"]["display_name"], PERSON);
    let texts: Vec<&str> = data["conversations"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|c| c["messages"].as_array().unwrap().iter().map(|m| m["text"].as_str().unwrap()))
        .collect();
    assert!(
        texts.contains(&"Tak, [third party 1] dołączy, ale sam się odezwie w sprawie zgody na newsletter."),
        "{texts:#?}"
    );
    assert!(
        texts.contains(&"Faktury przyśle moja księgowa, [third party 2]; [third party 2] ma pełnomocnictwo."),
        "{texts:#?}"
    );
    assert!(texts.contains(&"Tu Marek. Czy [third party 1] też?"), "{texts:#?}");
    assert!(csv.contains("Dzień dobry Pani Łucjo!"), "the contact's own name stays:\n{csv}");
}

/// A vault where another contact, "Will Smith", is named in the card's notes and in a
/// request's details, in brackets, beside the word "will".
#[test]
fn notes_and_requests_lose_a_whole_name_but_keep_the_word_will() {
    let tv = complete_vault();
    let v = &tv.vault;
    let person = v
        .contacts()
        .add(NewContact {
            details: ContactDetails {
                notes: Some("Will Smith (a colleague) will call on Monday.".into()),
                ..Default::default()
            },
            ..NewContact::named(PERSON)
        })
        .unwrap();
    v.contacts().add(NewContact::named("Will Smith")).unwrap();
    v.requests()
        .open(custos_core::requests::NewRequest {
            kind: custos_core::requests::RequestKind::Access,
            contact_id: Some(person.id),
            requester_name: None,
            requester_contact: None,
            received_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
            channel: custos_core::requests::RequestChannel::Email,
            details: Some("(Smith, Will) asked too; I will wait.".into()),
        })
        .unwrap();
    let text = squash(&pdftotext(access_report(&tv.vault, person.id, Language::En).unwrap().bytes(), None));
    assert!(text.contains("[third party 1] (a colleague) will call on Monday."), "{text}");
    // (Table cells wrap: the details in pieces.)
    assert!(text.contains("([third party 1]) asked too; I will"), "{text}");
    assert!(!text.contains("Smith") && text.contains(PERSON), "{text}");
    assert!(text.contains(&Language::En.message("access-redaction-note")), "said once, without conversations");
}

/// An e-mail thread imported from a file: its subject, its other addressees and a person named
/// in its text are other people's data; the contact's own address and the firm's stay.
#[test]
fn an_imported_mail_shows_its_other_addressees_as_third_parties() {
    use custos_core::import::conversations::Part;
    use custos_core::import::parsed::{ParsedExport, ParsedMessage, Party, Thread};
    use custos_core::interactions::Origin;

    let tv = complete_vault();
    let v = &tv.vault;
    let email = |e: &str| vec![custos_core::contact_points::Labelled::new(e, custos_core::contact_points::Label::Work)];
    let person = v
        .contacts()
        .add(NewContact {
            details: ContactDetails { emails: email("lucja@example.pl"), ..Default::default() },
            ..NewContact::named(PERSON)
        })
        .unwrap();
    v.contacts()
        .add(NewContact {
            details: ContactDetails { emails: email("jan@kowalski.pl"), ..Default::default() },
            ..NewContact::named(COLLEAGUE)
        })
        .unwrap();
    let party =
        |name: &str, address: &str| Party { name: Some(name.into()), address: Some(address.into()), staff: false };
    let message = ParsedMessage {
        id: Some("1@example.pl".into()),
        at: Some(Utc.with_ymd_and_hms(2026, 10, 5, 9, 0, 0).unwrap()),
        from: party(PERSON, "lucja@example.pl"),
        to: vec![
            party("Biuro", &profile().email.unwrap()),
            party(COLLEAGUE, "jan@kowalski.pl"),
            party("Zofia Wąs", "zofia@was.pl"),
        ],
        text: "Proszę o ofertę dla naszego zespołu.".into(),
        attachments: vec![],
        line: 1,
    };
    let thread = Thread {
        key: "1@example.pl".into(),
        title: Some(format!("Oferta dla {COLLEAGUE}")),
        channel: Channel::Email,
        messages: vec![message],
    };
    let part = Part { origin: Origin::Email, export: ParsedExport { threads: vec![thread], skipped: 0 } };
    let parts = [part];
    let done = v.import_conversations(&parts, &[], &mut |_, _| {}).unwrap();
    assert_eq!(done.contacts.len(), 2, "Łucja's conversation and Jan's");

    let text = squash(&pdftotext(access_report(v, person.id, Language::En).unwrap().bytes(), None));
    for gone in [COLLEAGUE, "jan@kowalski.pl", "Zofia", "zofia@was.pl"] {
        assert!(!text.contains(gone), "'{gone}' in\n{text}");
    }
    let party_mark = Language::En.message("redact-party");
    for kept in ["Subject: Oferta dla [", "To: Biuro, [", &format!("[{party_mark} 2]"), "Proszę o ofertę"] {
        assert!(text.contains(kept), "'{kept}' missing from\n{text}");
    }

    // Łucja's address was unknown to a second vault: the lead made for her says where her
    // data came from — her e-mail of 5 October — in the report's language.
    let other = complete_vault();
    let lead = vec![custos_core::import::people::PersonChoice {
        key: "address:lucja@example.pl".into(),
        choice: custos_core::import::people::Choice::CreateLead,
    }];
    let made = other.vault.import_conversations(&parts, &lead, &mut |_, _| {}).unwrap();
    let report =
        |lang| squash(&pdftotext(access_report(&other.vault, made.leads_created[0], lang).unwrap().bytes(), None));
    assert!(
        report(Language::En).contains("We obtained the data from you: your e-mail received on 5 October 2026."),
        "{}",
        report(Language::En)
    );
    assert!(report(Language::Pl).contains("wiadomość e-mail z dnia 5 października 2026"), "{}", report(Language::Pl));
}
