//! Retention warnings on the injected clock: boundaries, statuses, a purpose that needs
//! longer, keeping with a reason, and deleting transcripts.

// Set-up helpers panic with the error when a step fails.
#![allow(clippy::unwrap_used)]

mod common;

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use common::*;
use custos_core::contacts::{LifecycleStatus, NewContact};
use custos_core::interactions::{Channel, NewConversation, NewMessage, Sender};
use custos_core::purposes::{LegalBasis, PurposeSpec};
use custos_core::retention::{Period, RetentionAction, RuleSpec};

fn chat(t: &TestVault, contact: i64, text: &str) {
    let at = t.vault.now();
    let conv = NewConversation {
        channel: Channel::Chat,
        started_at: None,
        ended_at: None,
        external_ref: None,
        messages: vec![NewMessage { at, sender: Sender::Contact, text: text.into() }],
    };
    t.vault.interactions().add(contact, conv).unwrap();
}

fn person(t: &TestVault, name: &str, status: LifecycleStatus) -> i64 {
    t.vault.contacts().add(NewContact { status: Some(status), ..NewContact::named(name) }).unwrap().id
}

fn warned(t: &TestVault) -> Vec<(String, RetentionAction, i64)> {
    t.vault.retention().warnings().unwrap().into_iter().map(|w| (w.display_name, w.action, w.days_overdue)).collect()
}

#[test]
fn a_lead_is_flagged_on_day_60_then_for_erasure_after_12_months() {
    let t = new_vault();
    let lead = person(&t, "Anna Lead", LifecycleStatus::Lead);
    chat(&t, lead, "Do you run trainings in Łódź?");
    let customer = person(&t, "Celina Customer", LifecycleStatus::Customer);
    chat(&t, customer, "Invoice please");
    let silent = person(&t, "Lena Silent", LifecycleStatus::Lead);

    t.clock.advance(Duration::days(59));
    assert_eq!(warned(&t), [], "day 59: nothing yet");
    t.clock.advance(Duration::days(1));
    assert_eq!(warned(&t), [("Anna Lead".into(), RetentionAction::DeleteTranscripts, 0)], "day 60: due today");
    let w = &t.vault.retention().warnings().unwrap()[0];
    assert!(w.reason.contains("no contact since 2026-03-01") && w.reason.contains("60 days"), "{}", w.reason);
    assert_eq!(w.conversations, 1);
    t.clock.advance(Duration::days(1));
    assert_eq!(warned(&t), [("Anna Lead".into(), RetentionAction::DeleteTranscripts, 1)]);

    // 12 months after the last contact, erasure outranks the transcripts; the lead who was
    // never contacted (and has no transcripts) is due from when the card was made.
    t.clock.set(Utc.with_ymd_and_hms(2027, 3, 1, 9, 0, 0).unwrap());
    let all = t.vault.retention().warnings().unwrap();
    assert_eq!(all.len(), 2);
    assert!(all.iter().all(|w| w.action == RetentionAction::Erase));
    let never = all.iter().find(|w| w.contact_id == silent).unwrap();
    assert!(!never.had_contact && never.reason.contains("never contacted"), "{}", never.reason);
    assert!(all.iter().all(|w| w.contact_id != customer), "customers have no default rule");
}

#[test]
fn a_purpose_that_needs_longer_wins_and_is_named() {
    let t = new_vault();
    let former = person(&t, "Filip Former", LifecycleStatus::FormerCustomer);
    chat(&t, former, "Thanks for the course");
    let tax = t
        .vault
        .purposes()
        .add(PurposeSpec::new("Accounting and tax records", "Invoices", LegalBasis::LegalObligation))
        .unwrap();
    t.clock.set(Utc.with_ymd_and_hms(2031, 3, 2, 9, 0, 0).unwrap());
    let w = t.vault.retention().warnings().unwrap();
    assert_eq!(w.len(), 1, "5 years by default");
    assert_eq!(w[0].action, RetentionAction::Erase);

    let retention = t.vault.retention();
    let spec = RuleSpec {
        status: LifecycleStatus::FormerCustomer,
        action: RetentionAction::Erase,
        period: Period::years(10),
        purpose_id: Some(tax.id),
    };
    let rule = retention.set_rule(spec.clone()).unwrap();
    assert!(retention.warnings().unwrap().is_empty(), "the longest period wins");
    t.clock.set(Utc.with_ymd_and_hms(2036, 3, 1, 9, 0, 0).unwrap());
    let w = retention.warnings().unwrap();
    assert_eq!(w[0].rule.id, rule.id);
    assert!(w[0].reason.contains("Accounting and tax records"), "{}", w[0].reason);
    // Setting the same status, action and purpose changes the period, not a second rule.
    retention.set_rule(RuleSpec { period: Period::years(11), ..spec }).unwrap();
    assert_eq!(retention.rules().unwrap().len(), 4);
    assert!(retention.warnings().unwrap().is_empty());
    assert_eq!(
        retention
            .set_rule(RuleSpec { period: Period::days(0), ..RuleSpec { purpose_id: None, ..rule_spec() } })
            .unwrap_err()
            .code(),
        "invalid_input"
    );
}

fn rule_spec() -> RuleSpec {
    RuleSpec {
        status: LifecycleStatus::Lead,
        action: RetentionAction::Erase,
        period: Period::months(12),
        purpose_id: None,
    }
}

#[test]
fn keeping_with_a_reason_silences_until_the_review_date() {
    let t = new_vault();
    let lead = person(&t, "Anna Lead", LifecycleStatus::Lead);
    chat(&t, lead, "call me in spring");
    t.clock.advance(Duration::days(61));
    let retention = t.vault.retention();
    assert_eq!(retention.warnings().unwrap().len(), 1);
    let review = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
    assert_eq!(retention.keep(lead, " ", review).unwrap_err().code(), "invalid_input");
    let today = t.vault.now().date_naive();
    assert_eq!(retention.keep(lead, "asked to be called in spring", today).unwrap_err().code(), "invalid_input");
    retention.keep(lead, "asked to be called in spring", review).unwrap();
    assert!(retention.warnings().unwrap().is_empty());
    t.clock.set(Utc.with_ymd_and_hms(2026, 5, 31, 23, 0, 0).unwrap());
    assert!(retention.warnings().unwrap().is_empty());
    t.clock.set(Utc.with_ymd_and_hms(2026, 6, 1, 8, 0, 0).unwrap());
    assert_eq!(retention.warnings().unwrap().len(), 1, "back on the review date");
}

#[test]
fn deleting_transcripts_keeps_a_note_and_clears_the_warning_and_erased_contacts_never_warn() {
    let t = new_vault();
    let lead = person(&t, "Anna Lead", LifecycleStatus::Lead);
    chat(&t, lead, "I want 3 seats on the Excel course");
    let gone = person(&t, "Erased Later", LifecycleStatus::Lead);
    chat(&t, gone, "hello");
    t.vault.erase(gone).unwrap();
    t.clock.advance(Duration::days(60));
    let retention = t.vault.retention();
    assert_eq!(warned(&t).len(), 1, "the erased contact has no warning");

    let done = retention.delete_transcripts(lead, Some("Interested in Excel course (3 seats)")).unwrap();
    assert_eq!((done.conversations, done.messages, done.note_kept), (1, 1, true));
    assert!(retention.warnings().unwrap().is_empty());
    let card = t.vault.contacts().get(lead).unwrap();
    assert_eq!(card.details.notes.as_deref(), Some("Interested in Excel course (3 seats)"));
    assert!(
        t.vault
            .search("seats", 10)
            .unwrap()
            .iter()
            .all(|h| matches!(h.location, custos_core::search::HitLocation::Field { .. }))
    );
    assert_eq!(retention.delete_transcripts(lead, None).unwrap_err().code(), "refused");
    assert!(t.vault.audit().verify().unwrap().ok);
    let deleted = t
        .vault
        .audit()
        .list(&custos_core::audit::AuditFilter {
            action: Some("retention.transcripts_deleted".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(deleted[0].details["messages"], 1);
}
