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
use custos_core::{Passphrase, Vault};

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
    // The audit records the rule by its codes and numbers, for a front end to word.
    let set = t
        .vault
        .audit()
        .list(&custos_core::audit::AuditFilter { action: Some("retention.rule_set".into()), ..Default::default() })
        .unwrap();
    assert_eq!(
        set[0].details,
        serde_json::json!({
            "rule": rule.id, "status": "former_customer", "action": "erase",
            "period": { "amount": 10, "unit": "years" }, "purpose": "Accounting and tax records",
        })
    );
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

#[test]
fn a_new_period_is_previewed_before_it_is_saved() {
    let t = new_vault();
    let recent = person(&t, "Recent Lead", LifecycleStatus::Lead);
    chat(&t, recent, "hi");
    t.clock.advance(Duration::days(40));
    let older = person(&t, "Older Lead", LifecycleStatus::Lead);
    chat(&t, older, "hello");
    chat(&t, older, "again");
    t.clock.advance(Duration::days(25));
    // Today: Recent is 65 days silent (flagged), Older 25 (not yet).
    let retention = t.vault.retention();
    let spec = RuleSpec { action: RetentionAction::DeleteTranscripts, period: Period::days(20), ..rule_spec() };
    let preview = retention.preview(&spec).unwrap();
    assert_eq!((preview.current_contacts, preview.current_conversations), (1, 1));
    assert_eq!((preview.contacts, preview.conversations), (2, 3), "20 days would flag both and their 3 chats");
    let longer = retention.preview(&RuleSpec { period: Period::days(90), ..spec.clone() }).unwrap();
    assert_eq!((longer.contacts, longer.conversations), (0, 0));
    assert_eq!(retention.preview(&RuleSpec { period: Period::days(0), ..spec }).unwrap_err().code(), "invalid_input");
    assert_eq!(retention.rules().unwrap().len(), 3, "a preview saves nothing");
    assert_eq!(warned(&t).len(), 1);
}

#[test]
fn warnings_are_counted_and_paged_by_action() {
    let t = new_vault();
    let ids: Vec<i64> = (0..5)
        .map(|i| {
            let id = person(&t, &format!("Lead {i}"), LifecycleStatus::Lead);
            chat(&t, id, "question");
            id
        })
        .collect();
    let silent = person(&t, "Never Contacted", LifecycleStatus::Lead);
    t.clock.advance(Duration::days(70));
    let retention = t.vault.retention();
    let summary = retention.summary().unwrap();
    assert_eq!((summary.total, summary.delete_transcripts, summary.erase), (5, 5, 0));
    let page = retention.warnings_page(Some(RetentionAction::DeleteTranscripts), 3, 10).unwrap();
    assert_eq!((page.total, page.warnings.len()), (5, 2));
    assert_eq!(retention.warnings_page(Some(RetentionAction::Erase), 0, 10).unwrap().total, 0);

    t.clock.advance(Duration::days(300));
    let summary = retention.summary().unwrap();
    assert_eq!((summary.total, summary.erase), (6, 6));
    let keys: Vec<String> = retention.warnings().unwrap().iter().map(|w| w.key()).collect();
    assert!(keys.contains(&format!("{silent}:erase:2027-03-01")), "{keys:?}");
    assert!(ids.iter().all(|id| keys.iter().any(|k| k.starts_with(&format!("{id}:erase:")))));
}

#[test]
fn a_clean_up_acts_on_the_confirmed_list_and_reports_who_it_could_not() {
    let t = new_vault();
    let a = person(&t, "Anna Stale", LifecycleStatus::Lead);
    chat(&t, a, "first");
    chat(&t, a, "second");
    let b = person(&t, "Bruno Stale", LifecycleStatus::Lead);
    chat(&t, b, "third");
    let frozen = person(&t, "Cleo Frozen", LifecycleStatus::Lead);
    chat(&t, frozen, "fourth");
    t.clock.advance(Duration::days(61));
    t.vault.restrictions().restrict(frozen, "accuracy contested").unwrap();
    let retention = t.vault.retention();
    let mut seen = Vec::new();
    let report = retention
        .clean_up(&[a, b, frozen], RetentionAction::DeleteTranscripts, |done, total| seen.push((done, total)))
        .unwrap();
    assert_eq!(report.done, [a, b]);
    assert_eq!((report.conversations, report.messages, report.not_attempted), (3, 3, 0));
    assert_eq!(report.failed.len(), 1);
    assert_eq!((report.failed[0].contact_id, report.failed[0].code.as_str()), (frozen, "contact_restricted"));
    assert_eq!(seen, [(1, 3), (2, 3), (3, 3)], "progress after each contact");
    assert!(retention.warnings().unwrap().is_empty());
    assert!(t.vault.interactions().for_contact(frozen).unwrap().len() == 1, "the frozen contact kept everything");

    let erased = retention.clean_up(&[a], RetentionAction::Erase, |_, _| ()).unwrap();
    assert_eq!(erased.done, [a]);
    assert!(t.vault.contacts().get(a).unwrap().erased_at.is_some());
    assert!(t.vault.audit().verify().unwrap().ok);
}

#[test]
fn a_vault_from_schema_6_counts_conversations_for_its_warnings() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.custos");
    let conn = vault_at_schema(&path, 6);
    conn.execute_batch(
        "INSERT INTO vault_meta VALUES ('created_at', '2026-01-01T00:00:00.000Z');
         INSERT INTO contact (id, display_name, sort_key, status, source_kind, created_at, updated_at, last_contact_at)
         VALUES (1, 'Lena Lead', 'lena lead', 'lead', 'person', '2025-11-01T00:00:00.000Z',
                 '2025-11-01T00:00:00.000Z', '2025-12-01T00:00:00.000Z');
         INSERT INTO conversation (contact_id, channel, started_at, origin, created_at) VALUES
             (1, 'chat', '2025-11-01T00:00:00.000Z', 'manual', '2025-11-01T00:00:00.000Z'),
             (1, 'phone', '2025-12-01T00:00:00.000Z', 'manual', '2025-12-01T00:00:00.000Z');
         PRAGMA user_version = 6;",
    )
    .unwrap();
    drop(conn);

    let clock = clock();
    let vault = Vault::open(&path, &Passphrase::new(PASS), session(&clock)).unwrap();
    let version: i64 = raw(&path, PASS).query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, custos_core::vault::SCHEMA_VERSION);
    let t = TestVault { dir, path, clock, vault };
    let counted =
        |t: &TestVault| t.vault.retention().warnings().unwrap().iter().map(|w| w.conversations).collect::<Vec<_>>();
    assert_eq!(counted(&t), [2], "counted when upgraded");
    chat(&t, 1, "one more");
    t.clock.advance(Duration::days(60));
    assert_eq!(counted(&t), [3], "counted when added");
    t.vault.retention().delete_transcripts(1, None).unwrap();
    assert!(counted(&t).is_empty(), "none left, nothing due");
    assert_eq!(t.vault.retention().summary().unwrap().total, 0);
}

#[test]
fn a_vault_from_schema_8_reads_its_warnings_from_the_index_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.custos");
    let conn = vault_at_schema(&path, 8);
    conn.execute_batch(
        "INSERT INTO vault_meta VALUES ('created_at', '2026-01-01T00:00:00.000Z');
         INSERT INTO contact (id, display_name, sort_key, status, source_kind, created_at, updated_at, last_contact_at)
         VALUES (1, 'Lena Lead', 'lena lead', 'lead', 'person', '2025-11-01T00:00:00.000Z',
                 '2025-11-01T00:00:00.000Z', '2025-12-01T00:00:00.000Z');
         INSERT INTO conversation (contact_id, channel, started_at, origin, created_at)
         VALUES (1, 'chat', '2025-12-01T00:00:00.000Z', 'manual', '2025-12-01T00:00:00.000Z');
         PRAGMA user_version = 8;",
    )
    .unwrap();
    drop(conn);

    let clock = clock();
    let vault = Vault::open(&path, &Passphrase::new(PASS), session(&clock)).unwrap();
    let warnings = vault.retention().warnings().unwrap();
    let seen: Vec<_> = warnings.iter().map(|w| (w.contact_id, w.display_name.as_str(), w.conversations)).collect();
    assert_eq!(seen, [(1, "Lena Lead", 1)]);
    vault.lock();

    // What the warnings read (see `retention::warnings::compute_warnings`) comes from the index alone.
    let plan: Vec<String> = raw(&path, PASS)
        .prepare(
            "EXPLAIN QUERY PLAN
             SELECT c.id, c.display_name, coalesce(c.last_contact_at, c.created_at), c.last_contact_at IS NOT NULL,
                    c.conversations
             FROM contact c INDEXED BY contact_by_status_last_contact
             WHERE c.standing = 'active' AND c.status = 'lead' AND coalesce(c.last_contact_at, c.created_at) <= ''",
        )
        .unwrap()
        .query_map([], |r| r.get::<_, String>(3))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(plan.iter().any(|p| p.contains("COVERING INDEX contact_by_status_last_contact")), "{plan:?}");
}
