//! Contacts, conversations, purposes, consents, the company profile and the audit chain.

mod common;

use chrono::{Duration, TimeZone, Utc};
use common::*;
use custos_core::audit::{AuditFilter, ChainProblem};
use custos_core::company::CompanyProfile;
use custos_core::consents::{ConsentMethod, ConsentRecord, ConsentState};
use custos_core::contacts::{ContactField, ContactPatch, ContactQuery, DataSource, LifecycleStatus, NewContact};
use custos_core::interactions::{Channel, NewConversation, NewMessage, Sender};
use custos_core::purposes::{LegalBasis, PurposeSpec, Recipient, RecipientRole, Requirement, TransferSafeguard};
use custos_core::{Passphrase, Vault};

fn newsletter() -> PurposeSpec {
    PurposeSpec {
        consent_wording: Some("Yes, send me the monthly newsletter about trainings.".into()),
        requires_confirmation: true,
        recipients: vec![Recipient {
            name: "MailerCo".into(),
            role: RecipientRole::Processor,
            country: "us".into(),
            safeguard: TransferSafeguard::StandardContractualClauses,
            safeguard_detail: Some("SCC 2021/914 module 2".into()),
        }],
        data_categories: vec!["name".into(), "e-mail".into()],
        retention_rule: Some("until consent is withdrawn".into()),
        ..PurposeSpec::new("Newsletter", "Monthly news about our trainings", LegalBasis::Consent)
    }
}

#[test]
fn contacts_need_only_a_name_and_keep_their_fields() {
    let t = new_vault();
    let c = t.vault.contacts();
    assert_eq!(c.add(NewContact::named("   ")).unwrap_err().code(), "invalid_input");
    let anna = c.add(NewContact::named("Anna Nowak")).unwrap();
    assert_eq!(anna.status, LifecycleStatus::Lead);
    assert_eq!(anna.source, DataSource::Person { via: None });
    assert_eq!(anna.last_contact_at, None);

    let mut patch = ContactPatch::default();
    patch.set(ContactField::Email, Some(" anna@example.pl ".into()));
    patch.set(ContactField::IdNumber, Some("PL 8001 0112 345".into()));
    patch.status = Some(LifecycleStatus::Customer);
    patch.source = Some(DataSource::ThirdParty { name: "Targi Łódź 2026".into() });
    patch.sensitive = Some([ContactField::IdNumber].into());
    let edited = c.edit(anna.id, patch).unwrap();
    assert_eq!(edited.details.primary(ContactField::Email), Some("anna@example.pl"));
    assert_eq!(edited.masked().details.id_number.as_deref(), Some("•••••••••••• 345"));
    assert_eq!(c.get(anna.id).unwrap(), edited);

    let mut bad = ContactPatch::default();
    bad.set(ContactField::Email, Some("not-an-address".into()));
    assert_eq!(c.edit(anna.id, bad).unwrap_err().code(), "invalid_input");
    assert_eq!(c.get(anna.id).unwrap(), edited, "a refused edit changed the card");

    let audit =
        t.vault.audit().list(&AuditFilter { target_kind: Some("contact".into()), ..Default::default() }).unwrap();
    assert_eq!(audit[0].action, "contact.updated");
    assert_eq!(audit[0].operator, "Ola (office)");
    assert_eq!(audit[0].details["fields"], serde_json::json!(["email", "id_number", "status", "source", "sensitive"]));
}

#[test]
fn list_is_sorted_ignoring_diacritics_and_filters_by_status() {
    let t = new_vault();
    let c = t.vault.contacts();
    for (name, status) in [
        ("Żaneta", LifecycleStatus::Lead),
        ("Łukasz", LifecycleStatus::Customer),
        ("Adam", LifecycleStatus::Lead),
        ("Zenon", LifecycleStatus::Lead),
    ] {
        c.add(NewContact { status: Some(status), ..NewContact::named(name) }).unwrap();
    }
    let all = c.list(&ContactQuery { limit: 10, ..Default::default() }).unwrap();
    let names: Vec<_> = all.items.iter().map(|s| s.display_name.as_str()).collect();
    assert_eq!(names, ["Adam", "Łukasz", "Zaneta", "Zenon"].map(|n| if n == "Zaneta" { "Żaneta" } else { n }));
    let leads = c
        .list(&ContactQuery { status: Some(LifecycleStatus::Lead), limit: 2, offset: 1, restricted: false, tag: None })
        .unwrap();
    assert_eq!(leads.total, 3);
    assert_eq!(leads.items.iter().map(|s| s.display_name.as_str()).collect::<Vec<_>>(), ["Żaneta", "Zenon"]);
}

#[test]
fn conversations_move_last_contact_forward_only() {
    let t = new_vault();
    let anna = t.vault.contacts().add(NewContact::named("Anna")).unwrap();
    let at = |d: u32| Utc.with_ymd_and_hms(2026, 2, d, 10, 0, 0).unwrap();
    let conv = |day: u32| NewConversation {
        channel: Channel::Chat,
        started_at: None,
        ended_at: None,
        external_ref: Some(format!("chat-{day}")),
        messages: vec![
            NewMessage { at: at(day), sender: Sender::Contact, text: "Dzień dobry!".into() },
            NewMessage {
                at: at(day) + Duration::minutes(5),
                sender: Sender::Staff { name: "Ola".into() },
                text: "Witam".into(),
            },
        ],
    };
    let first = t.vault.interactions().add(anna.id, conv(20)).unwrap();
    assert_eq!(t.vault.contacts().get(anna.id).unwrap().last_contact_at, Some(at(20) + Duration::minutes(5)));
    t.vault.interactions().add(anna.id, conv(10)).unwrap();
    assert_eq!(t.vault.contacts().get(anna.id).unwrap().last_contact_at, Some(at(20) + Duration::minutes(5)));
    let full = t.vault.interactions().get(first.id).unwrap();
    assert_eq!(full.messages.len(), 2);
    assert_eq!(full.messages[1].sender, Sender::Staff { name: "Ola".into() });
    assert_eq!(t.vault.interactions().for_contact(anna.id).unwrap().len(), 2);
    let empty = NewConversation { messages: vec![], ..conv(1) };
    assert_eq!(t.vault.interactions().add(anna.id, empty).unwrap_err().code(), "invalid_input");
    assert_eq!(t.vault.interactions().add(999, conv(1)).unwrap_err().code(), "not_found");
}

#[test]
fn purposes_validate_their_legal_requirements() {
    let t = new_vault();
    let p = t.vault.purposes();
    let li = PurposeSpec::new("Direct marketing", "Offers to customers", LegalBasis::LegitimateInterests);
    assert_eq!(p.add(li.clone()).unwrap_err().code(), "invalid_input");
    p.add(PurposeSpec { legitimate_interest: Some("offering similar services to customers".into()), ..li }).unwrap();
    let no_wording = PurposeSpec::new("Newsletter", "news", LegalBasis::Consent);
    assert_eq!(p.add(no_wording).unwrap_err().code(), "invalid_input");
    let mut eu_only = newsletter();
    eu_only.recipients[0].safeguard = TransferSafeguard::EuEea;
    let err = p.add(eu_only).unwrap_err();
    assert!(err.to_string().contains("outside the EU/EEA"), "{err}");
    let n = p.add(newsletter()).unwrap();
    assert_eq!(n.spec.recipients[0].country, "US");
    assert!(n.spec.recipients[0].is_third_country());
    assert_eq!(n.wording_version, Some(1));
    assert_eq!(p.add(newsletter()).unwrap_err().code(), "refused");
    assert_eq!(p.find("Newsletter").unwrap().id, n.id);
    assert_eq!(p.list().unwrap().len(), 2);
}

#[test]
fn consent_history_keeps_the_wording_each_person_saw() {
    let t = new_vault();
    let anna = t.vault.contacts().add(NewContact::named("Anna")).unwrap();
    let purpose = t.vault.purposes().add(newsletter()).unwrap();
    let consents = t.vault.consents();
    let web = || ConsentRecord { evidence_ref: Some("form-7781".into()), ..ConsentRecord::by(ConsentMethod::WebForm) };

    assert_eq!(consents.confirm(anna.id, purpose.id, web()).unwrap_err().code(), "refused");
    assert_eq!(consents.withdraw(anna.id, purpose.id, web()).unwrap_err().code(), "refused");
    consents.give(anna.id, purpose.id, web()).unwrap();
    assert_eq!(consents.state(anna.id, purpose.id).unwrap(), ConsentState::Given);
    assert!(!consents.may_contact(anna.id, purpose.id).unwrap().allowed, "double opt-in pending");

    // The wording changes: a new version; Anna's events still point at version 1.
    let mut v2 = purpose.spec.clone();
    v2.consent_wording = Some("Yes, send me the newsletter and event invitations.".into());
    assert_eq!(t.vault.purposes().update(purpose.id, v2).unwrap().wording_version, Some(2));
    t.clock.advance(Duration::hours(1));
    let confirmed = consents.confirm(anna.id, purpose.id, ConsentRecord::by(ConsentMethod::Email)).unwrap();
    assert_eq!(confirmed.wording_version, Some(1));
    assert!(consents.may_contact(anna.id, purpose.id).unwrap().allowed);

    t.clock.advance(Duration::days(3));
    consents.withdraw(anna.id, purpose.id, ConsentRecord::by(ConsentMethod::Email)).unwrap();
    let permission = consents.may_contact(anna.id, purpose.id).unwrap();
    assert!(!permission.allowed);
    assert_eq!(permission.consent, Some(ConsentState::Withdrawn));

    let history = consents.history(anna.id, Some(purpose.id)).unwrap();
    let kinds: Vec<_> = history.iter().map(|e| e.kind.code()).collect();
    assert_eq!(kinds, ["given", "confirmed", "withdrawn"]);
    assert_eq!(history[0].evidence_ref.as_deref(), Some("form-7781"));
    assert_eq!(history[0].recorded_by, "Ola (office)");
    let wordings = t.vault.purposes().wording_history(purpose.id).unwrap();
    assert_eq!(wordings.len(), 2);
    assert_eq!(history[0].wording_hash.as_deref(), Some(wordings[0].hash.as_str()));

    // Back-dated or future events are refused; re-consent after withdrawal is allowed.
    let past =
        ConsentRecord { at: Some(t.clock_now() - Duration::days(30)), ..ConsentRecord::by(ConsentMethod::Phone) };
    assert_eq!(consents.give(anna.id, purpose.id, past).unwrap_err().code(), "invalid_input");
    consents.give(anna.id, purpose.id, ConsentRecord::by(ConsentMethod::Phone)).unwrap();
    assert_eq!(consents.history(anna.id, Some(purpose.id)).unwrap().last().unwrap().wording_version, Some(2));

    // Consent events cannot be rewritten, even with a raw connection.
    let conn = raw(&t.path, PASS);
    assert!(conn.execute("UPDATE consent_event SET kind = 'given'", []).is_err());
    assert!(conn.execute("DELETE FROM consent_event", []).is_err());
}

trait ClockNow {
    fn clock_now(&self) -> chrono::DateTime<Utc>;
}
impl ClockNow for TestVault {
    fn clock_now(&self) -> chrono::DateTime<Utc> {
        custos_core::Clock::now(&self.clock)
    }
}

#[test]
fn non_consent_purposes_refuse_consent_events_and_allow_contact() {
    let t = new_vault();
    let anna = t.vault.contacts().add(NewContact::named("Anna")).unwrap();
    let contract = t
        .vault
        .purposes()
        .add(PurposeSpec::new("Training contract", "Delivering a training", LegalBasis::Contract))
        .unwrap();
    let err = t.vault.consents().give(anna.id, contract.id, ConsentRecord::by(ConsentMethod::Paper)).unwrap_err();
    assert!(err.to_string().contains("contract"), "{err}");
    assert!(t.vault.consents().may_contact(anna.id, contract.id).unwrap().allowed);
}

#[test]
fn purposes_name_their_categories_of_data_subjects_and_changes_are_audited() {
    let t = new_vault();
    let p = t.vault.purposes();
    let mut spec = newsletter();
    spec.data_subject_categories =
        vec!["  customers ".into(), "".into(), "leads".into(), "   ".into(), "customers".into(), "leads ".into()];
    let added = p.add(spec).unwrap();
    assert_eq!(added.spec.data_subject_categories, ["customers", "leads"], "trimmed, no blanks, each once");
    assert_eq!(p.get(added.id).unwrap(), added);
    assert_eq!(PurposeSpec::new("X", "y", LegalBasis::Contract).data_subject_categories, Vec::<String>::new());

    let mut edited = added.spec.clone();
    edited.data_subject_categories = vec!["job applicants".into(), "suppliers' staff".into()];
    let updated = p.update(added.id, edited).unwrap();
    assert_eq!(updated.spec.data_subject_categories, ["job applicants", "suppliers' staff"]);
    assert_eq!(p.find("Newsletter").unwrap().spec.data_subject_categories, updated.spec.data_subject_categories);

    // An edit of something else leaves the categories and says nothing about them.
    let mut described = updated.spec.clone();
    described.description = "Monthly news about our courses".into();
    assert_eq!(
        p.update(added.id, described).unwrap().spec.data_subject_categories,
        updated.spec.data_subject_categories
    );

    let audit =
        t.vault.audit().list(&AuditFilter { target_kind: Some("purpose".into()), ..Default::default() }).unwrap();
    let actions: Vec<&str> = audit.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(actions, ["purpose.updated", "purpose.updated", "purpose.created"]);
    assert_eq!(audit[0].details.get("data_subject_categories"), None, "{}", audit[0].details);
    assert_eq!(
        audit[1].details["data_subject_categories"],
        serde_json::json!({ "from": ["customers", "leads"], "to": ["job applicants", "suppliers' staff"] })
    );
    assert_eq!(audit[2].details["data_subject_categories"], serde_json::json!(["customers", "leads"]));
    assert!(t.vault.audit().verify().unwrap().ok);
}

#[test]
fn purposes_from_schema_7_are_kept_with_no_categories_of_data_subjects() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.custos");
    let conn = vault_at_schema(&path, 7);
    let at = "2026-01-01T00:00:00.000Z";
    conn.execute_batch(&format!(
        "INSERT INTO vault_meta VALUES ('created_at', '{at}');
         INSERT INTO purpose (id, name, description, legal_basis, data_categories, retention_rule, requirement,
                              requires_confirmation, created_at, updated_at)
         VALUES (1, 'Newsletter', 'Monthly news', 'a', '[\"name\",\"e-mail\"]', 'until withdrawn', 'none', 1, '{at}', '{at}'),
                (2, 'Orders', 'Delivering orders', 'b', '[\"address\"]', NULL, 'contractual', 0, '{at}', '{at}');
         UPDATE purpose SET requirement_consequence = 'no delivery' WHERE id = 2;
         INSERT INTO purpose_recipient (purpose_id, position, name, role, country, safeguard, safeguard_detail)
         VALUES (2, 0, 'Kurier sp. z o.o.', 'processor', 'PL', 'eu_eea', NULL);
         INSERT INTO consent_wording (hash, text) VALUES ('{hash}', 'Yes, send me the news.');
         INSERT INTO purpose_wording_version (purpose_id, version, wording_hash, created_at) VALUES (1, 1, '{hash}', '{at}');
         PRAGMA user_version = 7;",
        hash = sha256_hex("Yes, send me the news.")
    ))
    .unwrap();
    drop(conn);

    let vault = Vault::open(&path, &Passphrase::new(PASS), session(&clock())).unwrap();
    let version: i64 = raw(&path, PASS).query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, custos_core::vault::SCHEMA_VERSION);
    let purposes = vault.purposes().list().unwrap();
    let names: Vec<&str> = purposes.iter().map(|p| p.spec.name.as_str()).collect();
    assert_eq!(names, ["Newsletter", "Orders"]);
    for p in &purposes {
        assert!(p.spec.data_subject_categories.is_empty(), "{p:?}");
    }
    let (news, orders) = (&purposes[0], &purposes[1]);
    assert_eq!(news.spec.data_categories, ["name", "e-mail"]);
    assert_eq!(news.spec.consent_wording.as_deref(), Some("Yes, send me the news."));
    assert_eq!(news.wording_version, Some(1));
    assert!(news.spec.requires_confirmation);
    assert_eq!(orders.spec.recipients[0].name, "Kurier sp. z o.o.");
    assert_eq!(orders.spec.requirement, Requirement::Contractual { consequence: "no delivery".into() });

    // The upgraded purpose takes the new field like any other.
    let mut spec = orders.spec.clone();
    spec.data_subject_categories = vec!["customers".into()];
    let updated = vault.purposes().update(orders.id, spec).unwrap();
    assert_eq!(updated.spec.data_subject_categories, ["customers"]);
    assert_eq!(updated.spec.recipients, orders.spec.recipients);
}

fn sha256_hex(text: &str) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(text.as_bytes()))
}

#[test]
fn company_profile_round_trips() {
    let t = new_vault();
    assert_eq!(t.vault.company().get().unwrap(), None);
    let profile = CompanyProfile {
        controller_name: "Custos Szkolenia sp. z o.o.".into(),
        country: Some("pl".into()),
        authority_name: Some("Prezes Urzędu Ochrony Danych Osobowych".into()),
        authority_contact: Some("ul. Stawki 2, 00-193 Warszawa".into()),
        ..Default::default()
    };
    let saved = t.vault.company().set(profile).unwrap();
    assert_eq!(saved.country.as_deref(), Some("PL"));
    assert_eq!(t.vault.company().get().unwrap(), Some(saved));
    assert_eq!(t.vault.company().set(CompanyProfile::default()).unwrap_err().code(), "invalid_input");
}

#[test]
fn audit_verify_detects_edited_and_deleted_entries() {
    let t = new_vault();
    for name in ["Anna", "Bartek", "Celina", "Dorota"] {
        t.vault.contacts().add(NewContact::named(name)).unwrap();
    }
    let report = t.vault.audit().verify().unwrap();
    assert!(report.ok, "{report:?}");
    assert_eq!(report.entries_checked, 5);

    let conn = raw(&t.path, PASS);
    conn.execute("UPDATE audit_entry SET operator = 'someone else' WHERE id = 3", []).unwrap();
    let report = t.vault.audit().verify().unwrap();
    assert_eq!(report.problems, [ChainProblem::Edited { entry: 3 }]);

    conn.execute("UPDATE audit_entry SET operator = 'Ola (office)' WHERE id = 3", []).unwrap();
    conn.execute("DELETE FROM audit_entry WHERE id = 2", []).unwrap();
    let report = t.vault.audit().verify().unwrap();
    assert_eq!(report.problems, [ChainProblem::Missing { after: 1, before: 3 }]);

    let t2 = new_vault();
    t2.vault.contacts().add(NewContact::named("Anna")).unwrap();
    let conn = raw(&t2.path, PASS);
    conn.execute("DELETE FROM audit_entry WHERE id = (SELECT max(id) FROM audit_entry)", []).unwrap();
    let report = t2.vault.audit().verify().unwrap();
    assert_eq!(report.problems, [ChainProblem::TailMissing { expected: 2, found: 1 }]);
}
