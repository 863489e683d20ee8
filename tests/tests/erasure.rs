//! The erasure proof: after erasing a person, no page of the vault file (free pages and the
//! write-ahead log included), decrypted with the key, holds any of their text.

// Set-up helpers panic with the error when a step fails.
#![allow(clippy::unwrap_used)]

use std::sync::Arc;

use chrono::{NaiveDate, TimeZone, Utc};
use custos_core::consents::{ConsentMethod, ConsentRecord};
use custos_core::contact_points::{Label, Labelled};
use custos_core::contacts::{ContactDetails, ContactField, ContactPatch, NewContact};
use custos_core::import::conversations::Part;
use custos_core::import::parsed::{Attachment, ParsedExport, ParsedMessage, Party, Thread};
use custos_core::interactions::{Channel, NewConversation, NewMessage, Origin, Sender};
use custos_core::purposes::{LegalBasis, PurposeSpec};
use custos_core::requests::{ExtensionRequest, IdentityCheck, IdentityResult, NewRequest, RequestChannel, RequestKind};
use custos_core::{FixedClock, Passphrase, Session, Vault};
use custos_e2e::forensics::vault_contains;

const PASS: &str = "erasure proof passphrase";
/// In the name, a note, a message, an imported e-mail (subject, id, addressee, attachment),
/// consent evidence, an old e-mail, a restriction reason and a request's own words
/// (requester, details, identity check, extension, action).
const MARKER: &str = "Qxj7Zubrzycka";

fn open(path: &std::path::Path, clock: &FixedClock) -> Vault {
    let session = Session::new("Ola").with_clock(Arc::new(clock.clone()));
    if path.exists() {
        Vault::open(path, &Passphrase::new(PASS), session).unwrap()
    } else {
        Vault::create(path, &Passphrase::new(PASS), session).unwrap()
    }
}

/// Every spelling the vault may hold: as typed, and folded for the search index.
fn found(path: &std::path::Path) -> Vec<String> {
    let mut at = vault_contains(path, PASS, MARKER.as_bytes());
    at.extend(vault_contains(path, PASS, MARKER.to_lowercase().as_bytes()));
    at
}

fn conversation(texts: &[String]) -> NewConversation {
    NewConversation {
        channel: Channel::Chat,
        started_at: None,
        ended_at: None,
        external_ref: None,
        messages: texts
            .iter()
            .enumerate()
            .map(|(i, t)| NewMessage {
                at: Utc.with_ymd_and_hms(2026, 2, 1, 10, i as u32 % 60, 0).unwrap(),
                sender: Sender::Contact,
                text: t.clone(),
            })
            .collect(),
    }
}

fn part(origin: Origin, export: &ParsedExport) -> Part {
    Part { origin, export: export.clone() }
}

/// A mail from the person to the firm, copied to a colleague of theirs, with an attachment.
fn mail() -> ParsedExport {
    let party = |name: String, address: String| Party { name: Some(name), address: Some(address), staff: false };
    let message = ParsedMessage {
        id: Some(format!("{MARKER}.1@mail.example.pl")),
        at: Some(Utc.with_ymd_and_hms(2026, 2, 3, 10, 0, 0).unwrap()),
        from: party(format!("Anna {MARKER}"), format!("{MARKER}@example.pl").to_lowercase()),
        to: vec![party(format!("Jan {MARKER}ski"), format!("jan.{MARKER}@example.pl").to_lowercase())],
        text: format!("Mail from {MARKER}: please send the offer"),
        attachments: vec![Attachment { name: format!("{MARKER}-specification.pdf"), size: 10_240 }],
        line: 1,
    };
    let thread = Thread {
        key: format!("{MARKER}.1@mail.example.pl"),
        title: Some(format!("Offer for {MARKER}")),
        channel: Channel::Email,
        messages: vec![message],
    };
    ParsedExport { threads: vec![thread], skipped: 0 }
}

#[test]
fn erased_text_is_in_no_decrypted_page_of_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("firm.custos");
    let clock = FixedClock::new(Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0).unwrap());
    let vault = open(&path, &clock);
    let purpose = vault
        .purposes()
        .add(PurposeSpec {
            consent_wording: Some("Yes, send me news.".into()),
            ..PurposeSpec::new("Newsletter", "News", LegalBasis::Consent)
        })
        .unwrap();
    // Neighbours, so the person's rows share pages and index segments with data that stays.
    for i in 0..200 {
        let other = vault.contacts().add(NewContact::named(format!("Neighbour {i} Kowalska"))).unwrap();
        let texts: Vec<String> = (0..5).map(|j| format!("order {i}-{j} about the training in Łódź")).collect();
        vault.interactions().add(other.id, conversation(&texts)).unwrap();
    }
    let person = vault
        .contacts()
        .add(NewContact {
            details: ContactDetails {
                given_name: Some(format!("Anna{MARKER}")),
                family_name: Some(format!("{MARKER}ska")),
                job_title: Some(format!("{MARKER} buyer")),
                emails: vec![
                    Labelled::new(format!("{MARKER}@example.pl"), Label::Work),
                    Labelled::new(format!("anna.{MARKER}@home.pl"), Label::Home),
                ],
                phones: vec![Labelled::new(format!("+48 601 {MARKER} 567"), Label::Mobile)],
                addresses: vec![Labelled::new(format!("ul. {MARKER} 5, Łódź"), Label::Home)],
                tags: vec![format!("{MARKER} fair 2026"), "Newsletter".into()],
                notes: Some(format!("Met {MARKER} at the fair")),
                ..Default::default()
            },
            ..NewContact::named(format!("Anna {MARKER}"))
        })
        .unwrap();
    let texts: Vec<String> = (0..50).map(|i| format!("message {i} from {MARKER} about the invoice")).collect();
    vault.interactions().add(person.id, conversation(&texts)).unwrap();
    // An e-mail thread imported from a file: subject, Message-ID, a Cc, an attachment's name.
    let imported = vault.import_conversations(&[part(Origin::Email, &mail())], &[], &mut |_, _| {}).unwrap();
    assert_eq!(imported.contacts, [person.id]);
    let mut evidence = ConsentRecord::by(ConsentMethod::Email);
    evidence.evidence_ref = Some(format!("mail from {MARKER}"));
    vault.consents().give(person.id, purpose.id, evidence).unwrap();
    let mut patch = ContactPatch::default();
    patch.set(ContactField::Email, Some("anna@example.pl".into()));
    vault.contacts().edit(person.id, patch).unwrap();
    vault.restrictions().restrict(person.id, &format!("{MARKER} contests the address")).unwrap();
    vault.restrictions().lift(person.id, "address confirmed").unwrap();
    // A request in their own words, logged before it was matched to the card.
    let day = |d: u32| NaiveDate::from_ymd_opt(2026, 2, d).unwrap();
    let requests = vault.requests();
    let request = requests
        .open(NewRequest {
            kind: RequestKind::Access,
            contact_id: None,
            requester_name: Some(format!("Anna {MARKER}")),
            requester_contact: Some(format!("{MARKER}@example.pl")),
            received_on: day(20),
            channel: RequestChannel::Email,
            details: Some(format!("{MARKER} asks for a copy")),
        })
        .unwrap();
    let check =
        IdentityCheck { method: format!("{MARKER}'s ID card"), result: IdentityResult::Verified, checked_on: day(21) };
    requests.identity(request.id, check).unwrap();
    requests.match_contact(request.id, person.id).unwrap();
    let extension = ExtensionRequest { reason: format!("{MARKER} has years of chats"), notified_on: Some(day(25)) };
    requests.extend(request.id, extension).unwrap();
    let filter = custos_core::audit::AuditFilter { action: Some("contact.restricted".into()), ..Default::default() };
    let restricted = vault.audit().list(&filter).unwrap()[0].id;
    requests.record_action(request.id, restricted, &format!("froze {MARKER}'s card")).unwrap();
    vault.lock();

    let before = found(&path);
    assert!(
        before.len() > 2,
        "the marker should be in the file before erasure (the check must be able to fail): {before:?}"
    );

    let vault = open(&path, &clock);
    let erasure = vault.erase(person.id).unwrap();
    assert!(erasure.log_emptied);
    assert_eq!((erasure.conversations, erasure.messages), (2, 51), "the chat and the imported mail");
    // While the vault is still open: the file and its write-ahead log.
    assert_eq!(found(&path), Vec::<String>::new(), "erased text still readable in the open vault");
    assert_eq!(vault.search("kowalska", 500).unwrap().len(), 200, "the neighbours are intact");
    assert!(vault.audit().verify().unwrap().ok);
    vault.lock();
    assert_eq!(found(&path), Vec::<String>::new(), "erased text still readable after locking");

    // A backup made afterwards holds none of it either.
    let vault = open(&path, &clock);
    let backup = dir.path().join("after.custos");
    vault.backup_to(&backup, |_, _| {}).unwrap();
    assert_eq!(found(&backup), Vec::<String>::new());
}
