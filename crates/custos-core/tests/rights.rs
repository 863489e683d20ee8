//! Data-subject rights: consent withdrawal and the purpose audience, objection, rectification
//! history, restriction (freeze), erasure, and the audit chain around them.

// Set-up helpers panic with the error when a step fails.
#![allow(clippy::unwrap_used)]

mod common;

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use common::*;
use custos_core::audit::{AuditFilter, ChainProblem};
use custos_core::consents::{ConsentMethod, ConsentRecord, ConsentState};
use custos_core::contacts::{ContactField, ContactPatch, ContactQuery, NewContact};
use custos_core::interactions::{Channel, NewConversation, NewMessage, Sender};
use custos_core::purposes::{LegalBasis, PurposeSpec};

fn newsletter(t: &TestVault) -> i64 {
    let spec = PurposeSpec {
        consent_wording: Some("Yes, send me the monthly newsletter.".into()),
        requires_confirmation: true,
        ..PurposeSpec::new("Newsletter", "Monthly news", LegalBasis::Consent)
    };
    t.vault.purposes().add(spec).unwrap().id
}

fn offers(t: &TestVault) -> i64 {
    let spec = PurposeSpec {
        legitimate_interest: Some("telling customers about related trainings".into()),
        ..PurposeSpec::new("Offers to customers", "Offers by phone", LegalBasis::LegitimateInterests)
    };
    t.vault.purposes().add(spec).unwrap().id
}

fn chat(text: &str) -> NewConversation {
    NewConversation {
        channel: Channel::Chat,
        started_at: None,
        ended_at: None,
        external_ref: None,
        messages: vec![NewMessage {
            at: Utc.with_ymd_and_hms(2026, 2, 1, 10, 0, 0).unwrap(),
            sender: Sender::Contact,
            text: text.into(),
        }],
    }
}

fn audience_ids(t: &TestVault, purpose: i64) -> Vec<i64> {
    t.vault.consents().audience(purpose, 0, 100).unwrap().members.iter().map(|m| m.contact_id).collect()
}

#[test]
fn withdrawal_drops_a_person_from_the_audience_at_once() {
    let t = new_vault();
    let p = newsletter(&t);
    let c = t.vault.contacts();
    let anna = c.add(NewContact::named("Anna Nowak")).unwrap();
    let bea = c.add(NewContact::named("Beata Żak")).unwrap();
    let consents = t.vault.consents();
    for id in [anna.id, bea.id] {
        consents.give(id, p, ConsentRecord::by(ConsentMethod::WebForm)).unwrap();
    }
    assert!(audience_ids(&t, p).is_empty(), "double opt-in: nobody is in before confirming");
    for id in [anna.id, bea.id] {
        consents.confirm(id, p, ConsentRecord::by(ConsentMethod::Email)).unwrap();
    }
    assert_eq!(audience_ids(&t, p), [anna.id, bea.id]);
    let page = consents.audience(p, 0, 100).unwrap();
    assert_eq!(page.total, 2);
    assert_eq!(page.members[0].consent, Some(ConsentState::Confirmed));

    consents.withdraw(anna.id, p, ConsentRecord::by(ConsentMethod::Phone)).unwrap();
    assert_eq!(audience_ids(&t, p), [bea.id]);
    assert!(!consents.may_contact(anna.id, p).unwrap().allowed);

    let csv = t.dir.path().join("newsletter.csv");
    assert_eq!(consents.export_audience(p, &csv).unwrap(), 1);
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.starts_with("contact_id,name,email,phone,basis,consent,since\n"), "{text}");
    assert!(text.contains("Beata Żak") && !text.contains("Anna Nowak"), "{text}");
    assert_eq!(consents.export_audience(p, &csv).unwrap_err().code(), "already_exists");
    let exported =
        t.vault.audit().list(&AuditFilter { action: Some("purpose.audience_exported".into()), ..Default::default() });
    assert_eq!(exported.unwrap()[0].details["people"], 1);
}

#[test]
fn an_objection_blocks_its_purpose_whatever_the_basis() {
    let t = new_vault();
    let p = offers(&t);
    let c = t.vault.contacts();
    let anna = c.add(NewContact::named("Anna Nowak")).unwrap();
    let jan = c.add(NewContact::named("Jan Kowalski")).unwrap();
    assert!(t.vault.consents().may_contact(anna.id, p).unwrap().allowed);
    assert_eq!(audience_ids(&t, p), [anna.id, jan.id]);

    t.vault.objections().object(anna.id, p, ConsentRecord::by(ConsentMethod::Email)).unwrap();
    let answer = t.vault.consents().may_contact(anna.id, p).unwrap();
    assert!(!answer.allowed);
    assert!(answer.reason.contains("objected"), "{}", answer.reason);
    assert_eq!(audience_ids(&t, p), [jan.id]);
    assert_eq!(t.vault.consents().audience(p, 0, 100).unwrap().total, 1);
    assert!(t.vault.consents().audience(p, 1, 100).unwrap().members.is_empty());
    let again = t.vault.objections().object(anna.id, p, ConsentRecord::by(ConsentMethod::Email));
    assert_eq!(again.unwrap_err().code(), "refused");
}

#[test]
fn rectification_keeps_previous_values_in_the_audit_masked_when_sensitive() {
    let t = new_vault();
    let c = t.vault.contacts();
    let anna = c
        .add(NewContact {
            sensitive: [ContactField::IdNumber].into(),
            details: custos_core::contacts::ContactDetails {
                emails: vec![custos_core::contact_points::Labelled::new(
                    "anna@old.pl",
                    custos_core::contact_points::Label::Work,
                )],
                id_number: Some("PL80010112345".into()),
                ..Default::default()
            },
            ..NewContact::named("Anna Nowak")
        })
        .unwrap();
    t.clock.advance(Duration::days(2));
    let mut patch = ContactPatch::default();
    patch.set(ContactField::Email, Some("anna@new.pl".into()));
    patch.set(ContactField::IdNumber, Some("PL80010199999".into()));
    let card = c.edit(anna.id, patch).unwrap();
    assert_eq!(card.details.primary(ContactField::Email), Some("anna@new.pl"), "the card holds only the new value");

    let history = t
        .vault
        .audit()
        .list(&AuditFilter { contact: Some(anna.id), action: Some("contact.updated".into()), ..Default::default() })
        .unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].operator, "Ola (office)");
    assert_eq!(
        history[0].details["previous"]["email"],
        serde_json::json!([{ "value": "anna@old.pl", "label": "work", "primary": true }])
    );
    assert_eq!(history[0].details["previous"]["id_number"], "•••••••••2345");
}

#[test]
fn a_restricted_contact_is_read_only_and_left_out_of_lists() {
    let t = new_vault();
    let p = newsletter(&t);
    let c = t.vault.contacts();
    let anna = c.add(NewContact::named("Anna Nowak")).unwrap();
    c.add(NewContact::named("Jan Kowalski")).unwrap();
    t.vault.consents().give(anna.id, p, ConsentRecord::by(ConsentMethod::WebForm)).unwrap();
    t.vault.consents().confirm(anna.id, p, ConsentRecord::by(ConsentMethod::Email)).unwrap();

    let r = t.vault.restrictions();
    assert_eq!(r.restrict(anna.id, "  ").unwrap_err().code(), "invalid_input", "a reason is required");
    let frozen = r.restrict(anna.id, "accuracy contested (letter of 1 March)").unwrap();
    assert_eq!(frozen.restriction.as_ref().unwrap().reason, "accuracy contested (letter of 1 March)");

    let mut patch = ContactPatch::default();
    patch.set(ContactField::Notes, Some("call back".into()));
    let refused = c.edit(anna.id, patch.clone()).unwrap_err();
    assert_eq!(refused.code(), "contact_restricted");
    assert!(refused.to_string().contains("accuracy contested"), "{refused}");
    assert_eq!(t.vault.interactions().add(anna.id, chat("hi")).unwrap_err().code(), "contact_restricted");
    let give = t.vault.consents().give(anna.id, p, ConsentRecord::by(ConsentMethod::WebForm));
    assert_eq!(give.unwrap_err().code(), "contact_restricted");
    assert_eq!(t.vault.erase(anna.id).unwrap_err().code(), "contact_restricted");

    let names =
        |q: &ContactQuery| -> Vec<String> { c.list(q).unwrap().items.into_iter().map(|i| i.display_name).collect() };
    assert_eq!(names(&ContactQuery::default()), ["Jan Kowalski"]);
    assert_eq!(names(&ContactQuery { restricted: true, ..Default::default() }), ["Anna Nowak"]);
    assert!(t.vault.search("nowak", 10).unwrap().is_empty());
    assert!(audience_ids(&t, p).is_empty());
    assert!(!t.vault.consents().may_contact(anna.id, p).unwrap().allowed);
    // The person may still withdraw: it only narrows processing.
    t.vault.consents().withdraw(anna.id, p, ConsentRecord::by(ConsentMethod::Email)).unwrap();

    assert_eq!(r.lift(anna.id, "").unwrap_err().code(), "invalid_input");
    r.lift(anna.id, "data confirmed correct").unwrap();
    c.edit(anna.id, patch).unwrap();
    assert_eq!(names(&ContactQuery::default()), ["Anna Nowak", "Jan Kowalski"]);
    let actions: Vec<String> = t
        .vault
        .audit()
        .list(&AuditFilter { contact: Some(anna.id), ..Default::default() })
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert!(
        actions.contains(&"contact.restricted".to_owned())
            && actions.contains(&"contact.restriction_lifted".to_owned())
    );
}

#[test]
fn erasure_removes_identifying_data_keeps_business_facts_and_the_chain() {
    let t = new_vault();
    let p = newsletter(&t);
    let c = t.vault.contacts();
    let anna = c.add(NewContact::named("Anna Nowak")).unwrap();
    let jan = c.add(NewContact::named("Jan Kowalski")).unwrap();
    let mut record = ConsentRecord::by(ConsentMethod::Email);
    record.evidence_ref = Some("mail from anna.nowak@example.pl".into());
    t.vault.consents().give(anna.id, p, record).unwrap();
    let mut patch = ContactPatch::default();
    patch.set(ContactField::Email, Some("anna.nowak@example.pl".into()));
    c.edit(anna.id, patch.clone()).unwrap();
    patch.set(ContactField::Email, Some("anna@nowak.pl".into()));
    c.edit(anna.id, patch).unwrap();
    t.vault.restrictions().restrict(anna.id, "Anna disputes the address").unwrap();
    t.vault.restrictions().lift(anna.id, "Anna confirmed the address").unwrap();
    t.vault.interactions().add(anna.id, chat("Anna here, about the training")).unwrap();
    t.vault.interactions().add(jan.id, chat("Jan here, about the training")).unwrap();
    t.clock.advance(Duration::days(1));

    let erased = t.vault.erase(anna.id).unwrap();
    assert_eq!((erased.conversations, erased.messages, erased.evidence_cleared), (1, 1, 1));
    assert_eq!(erased.audit_entries_redacted, 4, "two rectifications, a restriction and its lifting");
    assert!(erased.log_emptied);

    let card = c.get(anna.id).unwrap();
    assert_eq!(card.display_name, format!("Erased contact #{}", anna.id));
    assert_eq!(card.details, Default::default());
    assert!(card.erased_at.is_some());
    assert!(t.vault.interactions().for_contact(anna.id).unwrap().is_empty());
    assert!(t.vault.search("anna", 10).unwrap().is_empty());
    assert_eq!(t.vault.search("training", 10).unwrap().len(), 1, "Jan's transcript is untouched");
    let history = t.vault.consents().history(anna.id, None).unwrap();
    assert_eq!(history.len(), 1, "the consent history stays, as a business fact");
    assert_eq!(history[0].evidence_ref, None);
    assert!(!t.vault.consents().may_contact(anna.id, p).unwrap().allowed);
    assert_eq!(c.list(&ContactQuery::default()).unwrap().items.len(), 1);
    assert_eq!(c.edit(anna.id, ContactPatch::default()).unwrap_err().code(), "contact_erased");
    assert_eq!(t.vault.erase(anna.id).unwrap_err().code(), "contact_erased");

    let entries = t.vault.audit().list(&AuditFilter { contact: Some(anna.id), ..Default::default() }).unwrap();
    let text = serde_json::to_string(&entries).unwrap();
    assert!(!text.contains("nowak") && !text.contains("Anna"), "erased data left in the audit: {text}");
    assert_eq!(entries[0].action, "contact.erased");
    assert_eq!(entries.iter().filter(|e| e.redacted).count(), 4);
    let report = t.vault.audit().verify().unwrap();
    assert!(report.ok, "{report:?}");

    // A redaction the erasure did not list is an edit.
    drop(t.vault);
    let conn = raw(&t.path, PASS);
    let victim: i64 = conn
        .query_row(
            "SELECT id FROM audit_entry WHERE action = 'contact.created' AND target_id = ?1",
            [jan.id.to_string()],
            |r| r.get(0),
        )
        .unwrap();
    conn.execute("UPDATE audit_entry SET redacted = 1, details = '{}' WHERE id = ?1", [victim]).unwrap();
    drop(conn);
    let vault = custos_core::Vault::open(&t.path, &custos_core::Passphrase::new(PASS), session(&t.clock)).unwrap();
    let report = vault.audit().verify().unwrap();
    assert_eq!(report.problems, [ChainProblem::Edited { entry: victim }]);
}

#[test]
fn audit_filters_by_contact_action_and_day() {
    let t = new_vault();
    let c = t.vault.contacts();
    let anna = c.add(NewContact::named("Anna Nowak")).unwrap();
    t.clock.advance(Duration::days(3));
    c.add(NewContact::named("Jan Kowalski")).unwrap();
    t.vault.interactions().add(anna.id, chat("hello")).unwrap();
    let audit = t.vault.audit();
    let day = |d| NaiveDate::from_ymd_opt(2026, 3, d);
    let on_first = audit.list(&AuditFilter { from: day(1), to: day(1), ..Default::default() }).unwrap();
    assert_eq!(on_first.iter().map(|e| e.action.as_str()).collect::<Vec<_>>(), ["contact.created", "vault.created"]);
    let later = audit.list(&AuditFilter { from: day(2), ..Default::default() }).unwrap();
    assert_eq!(later.len(), 2);
    let about_anna = audit.list(&AuditFilter { contact: Some(anna.id), ..Default::default() }).unwrap();
    assert_eq!(
        about_anna.iter().map(|e| e.action.as_str()).collect::<Vec<_>>(),
        ["conversation.added", "contact.created"]
    );
    let backwards = audit.list(&AuditFilter { from: day(4), to: day(2), ..Default::default() });
    assert_eq!(backwards.unwrap_err().code(), "invalid_input");
}
