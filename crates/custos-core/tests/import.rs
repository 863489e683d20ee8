//! Chat exports become conversations in one transaction: all of the file or none of it.

mod common;

use common::*;
use custos_core::audit::AuditFilter;
use custos_core::contacts::NewContact;
use custos_core::import::WhatsAppOptions;
use custos_core::interactions::{Origin, Sender};

#[test]
fn whatsapp_export_is_imported_with_senders_assigned() {
    let t = new_vault();
    let lucja = t.vault.contacts().add(NewContact::named("Łucja Żółkiewska")).unwrap();
    let summary =
        t.vault.import_transcript(lucja.id, &fixture("whatsapp_android_eu.txt"), &WhatsAppOptions::default()).unwrap();
    assert_eq!(summary.origin, Origin::WhatsApp);
    let conv = t.vault.interactions().get(summary.id).unwrap();
    assert_eq!(conv.messages.len() as u64, summary.message_count);
    assert!(conv.messages.iter().any(|m| m.sender == Sender::Contact));
    assert!(conv.messages.iter().any(|m| matches!(&m.sender, Sender::Staff { name } if name.contains("Marek"))));
    assert!(conv.messages.iter().any(|m| m.text.contains('\n')), "multi-line message was split");
    assert_eq!(t.vault.contacts().get(lucja.id).unwrap().last_contact_at, Some(conv.messages.last().unwrap().at));
    // Imported text is searchable at once.
    assert!(t.vault.search("kowalski", 5).unwrap().iter().any(|h| h.contact_id == lucja.id));
}

#[test]
fn json_transcript_is_imported() {
    let t = new_vault();
    let ivan = t.vault.contacts().add(NewContact::named("Иван Петров")).unwrap();
    let summary = t.vault.import_transcript(ivan.id, &fixture("transcript.json"), &WhatsAppOptions::default()).unwrap();
    assert_eq!(summary.origin, Origin::Json);
    assert_eq!(summary.message_count, 4);
}

#[test]
fn broken_export_names_the_line_and_imports_nothing() {
    let t = new_vault();
    let anna = t.vault.contacts().add(NewContact::named("Anna")).unwrap();
    let audit_before = t.vault.audit().list(&AuditFilter::default()).unwrap().len();
    let err =
        t.vault.import_transcript(anna.id, &fixture("whatsapp_broken.txt"), &WhatsAppOptions::default()).unwrap_err();
    assert_eq!(err.code(), "import_failed");
    assert!(err.to_string().starts_with("Line 6:"), "{err}");
    assert!(err.to_string().ends_with("Nothing was imported."), "{err}");
    assert!(t.vault.interactions().for_contact(anna.id).unwrap().is_empty());
    assert_eq!(t.vault.audit().list(&AuditFilter::default()).unwrap().len(), audit_before);
    assert_eq!(t.vault.contacts().get(anna.id).unwrap().last_contact_at, None);
}

#[test]
fn unknown_contact_sender_is_explained() {
    let t = new_vault();
    let someone = t.vault.contacts().add(NewContact::named("Somebody Else")).unwrap();
    let err = t
        .vault
        .import_transcript(someone.id, &fixture("whatsapp_android_eu.txt"), &WhatsAppOptions::default())
        .unwrap_err();
    assert!(err.to_string().contains("Łucja Żółkiewska"), "{err}");
    let options = WhatsAppOptions { contact_sender: Some("Łucja Żółkiewska".into()), ..Default::default() };
    assert!(t.vault.import_transcript(someone.id, &fixture("whatsapp_android_eu.txt"), &options).is_ok());
}
