//! Answering a request from the register with the access report or the export: the document
//! is generated only for a request that may be acted on, and is recorded as its action.
#![allow(clippy::unwrap_used)]

mod common;

use chrono::NaiveDate;
use common::*;
use custos_core::audit::AuditFilter;
use custos_core::contacts::{DataSource, NewContact};
use custos_core::requests::{IdentityCheck, IdentityResult, NewRequest, RequestChannel, RequestKind, RequestStatus};
use custos_documents::{Language, answer_with_export, answer_with_report};

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn request(tv: &TestVault, kind: RequestKind, contact: Option<i64>) -> i64 {
    let new = NewRequest {
        kind,
        contact_id: contact,
        requester_name: contact.is_none().then(|| "Nieznany Wnioskodawca".to_owned()),
        requester_contact: None,
        received_on: day("2026-11-20"),
        channel: RequestChannel::Email,
        details: Some("Co o mnie macie?".into()),
    };
    tv.vault.requests().open(new).unwrap().id
}

fn reports_generated(tv: &TestVault) -> usize {
    let filter = AuditFilter { action: Some("document.access_report".into()), ..AuditFilter::default() };
    tv.vault.audit().list(&filter).unwrap().len()
}

fn person(tv: &TestVault) -> i64 {
    let new = NewContact { source: DataSource::Person { via: None }, ..NewContact::named("Łucja Żak-Śliwińska") };
    tv.vault.contacts().add(new).unwrap().id
}

#[test]
fn an_access_request_is_answered_with_the_report_recorded_as_its_action_then_closed() {
    let tv = complete_vault();
    let contact = person(&tv);
    let id = request(&tv, RequestKind::Access, Some(contact));
    let check = IdentityCheck {
        method: "E-mail on file".into(),
        result: IdentityResult::Verified,
        checked_on: day("2026-11-21"),
    };
    tv.vault.requests().identity(id, check).unwrap();

    let answered = answer_with_report(&tv.vault, id, Language::Pl).unwrap();
    assert!(answered.document.bytes().starts_with(b"%PDF"));
    let text = squash(&pdftotext(answered.document.bytes(), None));
    assert!(text.contains("Łucja Żak-Śliwińska"), "{text}");
    let action = &answered.request.actions[0];
    assert_eq!(action.audit_action, "document.access_report");
    assert!(action.description.starts_with("Access report generated in polski ("), "{}", action.description);
    assert!(action.description.contains(&answered.document.sha256()[..12]), "{}", action.description);
    assert_eq!(answered.request.status, RequestStatus::InProgress);

    let export = answer_with_export(&tv.vault, id).unwrap();
    assert!(export.document.bytes().starts_with(b"PK"));
    assert_eq!(export.request.actions.len(), 2);
    assert!(export.request.actions[1].description.starts_with("Portable export generated (ZIP, SHA-256 "));

    let closed = tv.vault.requests().close(id, Some("Report and export sent")).unwrap();
    assert_eq!(closed.status, RequestStatus::Done);
    let again = answer_with_report(&tv.vault, id, Language::En).unwrap_err();
    assert_eq!(again.code(), "refused");
    assert!(again.to_string().contains("closed"), "{again}");
    assert_eq!(reports_generated(&tv), 2, "nothing generated for a closed request");
}

#[test]
fn no_report_is_generated_for_a_request_that_cannot_take_it() {
    let tv = complete_vault();
    let contact = person(&tv);

    let unmatched = request(&tv, RequestKind::Access, None);
    let e = answer_with_report(&tv.vault, unmatched, Language::En).unwrap_err();
    assert_eq!(e.code(), "refused");
    assert!(e.to_string().contains("not matched to a contact"), "{e}");

    let doubtful = request(&tv, RequestKind::Access, Some(contact));
    let check = IdentityCheck {
        method: "Asked for ID".into(),
        result: IdentityResult::Requested,
        checked_on: day("2026-11-21"),
    };
    tv.vault.requests().identity(doubtful, check).unwrap();
    let e = answer_with_report(&tv.vault, doubtful, Language::En).unwrap_err();
    assert!(e.to_string().contains("identity is not confirmed"), "{e}");

    let erasure = request(&tv, RequestKind::Erasure, Some(contact));
    let e = answer_with_export(&tv.vault, erasure).unwrap_err();
    assert!(e.to_string().contains("an access report does not answer it"), "{e}");

    let incomplete = empty_vault();
    let someone = person(&incomplete);
    let id = request(&incomplete, RequestKind::Portability, Some(someone));
    let e = answer_with_report(&incomplete.vault, id, Language::De).unwrap_err();
    assert_eq!(e.code(), "document_incomplete");
    assert!(incomplete.vault.requests().get(id).unwrap().actions.is_empty());

    assert_eq!(reports_generated(&tv), 0);
    assert_eq!(reports_generated(&incomplete), 0);
}
