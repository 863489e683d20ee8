//! The requests register on the injected clock: due dates with the firm's calendar, the
//! list's flags, the extension rules, closing only with a recorded action, identity checks,
//! erasure of the requester, and a vault from schema 5 gaining the register.

// Set-up helpers panic with the error when a step fails.
#![allow(clippy::unwrap_used)]

mod common;

use chrono::{NaiveDate, TimeZone, Utc};
use common::*;
use custos_core::audit::AuditFilter;
use custos_core::company::CompanyProfile;
use custos_core::contacts::NewContact;
use custos_core::requests::{
    ActionSaid, ClearedText, ExtensionRequest, IdentityCheck, IdentityResult, LetterKind, NewRequest, OutcomeSaid,
    RequestChannel, RequestKind, RequestQuery, RequestScope, RequestStatus,
};
use custos_core::{Passphrase, Vault};

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn at(day: &str) -> chrono::DateTime<Utc> {
    Utc.from_utc_datetime(&d(day).and_hms_opt(9, 0, 0).unwrap())
}

fn firm_in(vault: &Vault, country: &str) {
    vault
        .company()
        .set(CompanyProfile {
            controller_name: "Szkolenia Sp. z o.o.".into(),
            country: Some(country.into()),
            ..Default::default()
        })
        .unwrap();
}

fn person(vault: &Vault, name: &str) -> i64 {
    vault.contacts().add(NewContact::named(name)).unwrap().id
}

fn request(kind: RequestKind, contact: Option<i64>, received: &str) -> NewRequest {
    NewRequest {
        kind,
        contact_id: contact,
        requester_name: None,
        requester_contact: None,
        received_on: d(received),
        channel: RequestChannel::Email,
        details: None,
    }
}

/// The id of the newest audit entry with `action`.
fn entry(vault: &Vault, action: &str) -> i64 {
    let filter = AuditFilter { action: Some(action.into()), limit: Some(1), ..Default::default() };
    vault.audit().list(&filter).unwrap()[0].id
}

#[test]
fn due_dates_follow_the_firms_calendar_and_the_list_flags_what_is_due() {
    let t = new_vault();
    t.clock.set(at("2026-03-01"));
    firm_in(&t.vault, "PL");
    let anna = person(&t.vault, "Anna Nowak");
    let requests = t.vault.requests();

    // SPEC example: 28 February 2026 is a Saturday.
    let spec = requests.open(request(RequestKind::Access, Some(anna), "2026-01-31")).unwrap();
    assert_eq!(spec.due_on, d("2026-03-02"));
    assert_eq!(spec.status, RequestStatus::Received);
    assert_eq!((spec.days_left, spec.due_soon, spec.overdue), (1, true, false));
    assert_eq!(spec.contact_name.as_deref(), Some("Anna Nowak"));

    let later = requests.open(request(RequestKind::Portability, Some(anna), "2026-02-20")).unwrap();
    assert_eq!(later.due_on, d("2026-03-20"));
    assert!(!later.due_soon && !later.overdue);

    let stranger = NewRequest {
        requester_name: Some("Jan Kowalski".into()),
        requester_contact: Some("jan@example.pl".into()),
        channel: RequestChannel::Letter,
        ..request(RequestKind::Erasure, None, "2026-01-20")
    };
    let stranger = requests.open(stranger).unwrap();
    assert_eq!(stranger.due_on, d("2026-02-20"));
    assert_eq!((stranger.days_left, stranger.overdue), (-9, true));
    assert_eq!(stranger.who(), "Jan Kowalski");

    let order: Vec<i64> = requests.list(&RequestQuery::default()).unwrap().iter().map(|q| q.id).collect();
    assert_eq!(order, [stranger.id, spec.id, later.id], "sorted by due date");
    assert_eq!(requests.count_attention().unwrap(), 2);
    assert!(requests.list(&RequestQuery { scope: RequestScope::Closed, contact: None }).unwrap().is_empty());
    let annas = requests.list(&RequestQuery { scope: RequestScope::All, contact: Some(anna) }).unwrap();
    assert_eq!(annas.len(), 2);

    // A holiday of the firm's country moves the date: 11 November (PL), then a closure day.
    t.clock.set(at("2026-10-20"));
    let nov = requests.open(request(RequestKind::Objection, Some(anna), "2026-10-11")).unwrap();
    assert_eq!(nov.due_on, d("2026-11-12"));
    t.vault.calendar().add_closure_day(d("2026-11-12"), Some("office move")).unwrap();
    assert_eq!(requests.get(nov.id).unwrap().due_on, d("2026-11-13"));
    let dup = t.vault.calendar().add_closure_day(d("2026-11-12"), None).unwrap_err();
    assert_eq!(dup.code(), "refused");
    let info = t.vault.calendar().info(2026).unwrap();
    assert!(info.supported && info.holidays.iter().any(|h| h.date == d("2026-11-11")));
    assert_eq!(info.closure_days.len(), 1);
    t.vault.calendar().remove_closure_day(d("2026-11-12")).unwrap();
    assert_eq!(requests.get(nov.id).unwrap().due_on, d("2026-11-12"));
    assert_eq!(t.vault.calendar().remove_closure_day(d("2026-11-12")).unwrap_err().code(), "not_found");
    let audited = t.vault.audit().list(&AuditFilter::default()).unwrap();
    assert!(audited.iter().any(|e| e.action == "calendar.closure_day_added"));
    assert!(audited.iter().any(|e| e.action == "calendar.closure_day_removed"));

    // Germany has no 11 November holiday.
    firm_in(&t.vault, "DE");
    assert_eq!(requests.get(nov.id).unwrap().due_on, d("2026-11-11"));

    // What cannot be logged.
    let future = requests.open(request(RequestKind::Access, Some(anna), "2026-10-21")).unwrap_err();
    assert_eq!(future.code(), "invalid_input");
    let nobody = requests.open(request(RequestKind::Access, None, "2026-10-01")).unwrap_err();
    assert_eq!(nobody.code(), "invalid_input");
    assert!(nobody.to_string().contains("who asked"), "{nobody}");
}

#[test]
fn an_extension_needs_a_reason_and_a_notice_within_the_first_month() {
    let t = new_vault();
    firm_in(&t.vault, "PL");
    let anna = person(&t.vault, "Anna Nowak");
    t.clock.set(at("2026-03-05"));
    let requests = t.vault.requests();
    let q = requests.open(request(RequestKind::Access, Some(anna), "2026-01-31")).unwrap();
    assert_eq!(q.original_due_on, d("2026-03-02"));
    assert!(q.overdue);

    let ext =
        |reason: &str, notified: Option<&str>| ExtensionRequest { reason: reason.into(), notified_on: notified.map(d) };
    let no_reason = requests.extend(q.id, ext("  ", Some("2026-02-27"))).unwrap_err();
    assert_eq!(no_reason.code(), "invalid_input");
    let not_told = requests.extend(q.id, ext("many transcripts to redact", None)).unwrap_err();
    assert_eq!(not_told.code(), "refused");
    assert!(not_told.to_string().contains("2026-03-02"), "{not_told}");
    let told_late = requests.extend(q.id, ext("many transcripts to redact", Some("2026-03-03"))).unwrap_err();
    assert_eq!(told_late.code(), "refused");
    assert!(told_late.to_string().contains("after the first month"), "{told_late}");
    let told_in_future = requests.extend(q.id, ext("many transcripts", Some("2026-03-06"))).unwrap_err();
    assert_eq!(told_in_future.code(), "invalid_input");
    assert_eq!(requests.get(q.id).unwrap().status, RequestStatus::Received, "nothing changed");

    // Told on the last day of the first month (the due date itself) still counts.
    let extended = requests.extend(q.id, ext("many transcripts to redact", Some("2026-03-02"))).unwrap();
    assert_eq!(extended.status, RequestStatus::Extended);
    assert_eq!(extended.due_on, d("2026-04-30"), "three months from receipt");
    assert_eq!(extended.original_due_on, d("2026-03-02"));
    assert!(!extended.overdue);
    let ext_rec = extended.extension.as_ref().unwrap();
    assert_eq!(ext_rec.notified_on, d("2026-03-02"));
    let again = requests.extend(q.id, ext("still more", Some("2026-03-01"))).unwrap_err();
    assert!(again.to_string().contains("already extended"), "{again}");
}

#[test]
fn closing_needs_a_recorded_action_that_proves_what_was_done() {
    let t = new_vault();
    t.clock.set(at("2026-03-01"));
    let anna = person(&t.vault, "Anna Nowak");
    let other = person(&t.vault, "Beata Żak");
    let requests = t.vault.requests();
    let q = requests.open(request(RequestKind::Erasure, Some(anna), "2026-02-25")).unwrap();

    let early = requests.close(q.id, None).unwrap_err();
    assert_eq!(early.code(), "refused");
    assert!(early.to_string().contains("no action is recorded"), "{early}");

    // An entry about someone else, the register's own entry, or none at all are refused.
    t.vault.restrictions().restrict(other, "accuracy contested").unwrap();
    let wrong = requests.record_action(q.id, entry(&t.vault, "contact.restricted"), "restricted").unwrap_err();
    assert!(wrong.to_string().contains(&format!("contact {anna}")), "{wrong}");
    let own = requests.record_action(q.id, entry(&t.vault, "request.opened"), "opened").unwrap_err();
    assert!(own.to_string().contains("bookkeeping"), "{own}");
    assert_eq!(requests.record_action(q.id, 9999, "x").unwrap_err().code(), "not_found");
    assert_eq!(requests.record_action(q.id, 1, " ").unwrap_err().code(), "invalid_input");

    // An entry older than the request cannot be its action.
    let created = entry(&t.vault, "contact.created");
    let filter = AuditFilter { contact: Some(anna), action: Some("contact.created".into()), ..Default::default() };
    let anna_created = t.vault.audit().list(&filter).unwrap()[0].id;
    assert!(anna_created < created);
    t.clock.set(at("2026-03-02"));
    let later = requests.open(request(RequestKind::Access, Some(anna), "2026-03-02")).unwrap();
    let old = requests.record_action(later.id, anna_created, "card").unwrap_err();
    assert!(old.to_string().contains("before the request arrived"), "{old}");

    let erasure = t.vault.erase(anna).unwrap();
    assert_eq!(erasure.contact_id, anna);
    let erased = entry(&t.vault, "contact.erased");
    let acted = requests.record_action(q.id, erased, "erased the card, transcripts and notes").unwrap();
    assert_eq!(acted.status, RequestStatus::InProgress);
    assert_eq!(acted.actions.len(), 1);
    assert_eq!(acted.actions[0].audit_action, "contact.erased");
    assert_eq!(acted.actions[0].done_at, at("2026-03-02"));
    let dup = requests.record_action(q.id, erased, "again").unwrap_err();
    assert!(dup.to_string().contains("already recorded"), "{dup}");

    let done = requests.close(q.id, Some("erased as asked")).unwrap();
    assert_eq!(done.status, RequestStatus::Done);
    assert!(done.closed_at.is_some());
    assert!(!done.due_soon && !done.overdue && done.days_left == 0);
    let after = requests.refuse(q.id, "too late").unwrap_err();
    assert!(after.to_string().contains("closed as done"), "{after}");
    assert_eq!(requests.list(&RequestQuery { scope: RequestScope::Closed, contact: None }).unwrap().len(), 1);

    // Refusing needs a reason, and closes the request.
    let no_reason = requests.refuse(later.id, "").unwrap_err();
    assert_eq!(no_reason.code(), "invalid_input");
    let refused = requests.refuse(later.id, "the data was erased on the person's earlier request").unwrap();
    assert_eq!(refused.status, RequestStatus::Refused);
    assert_eq!(requests.count_attention().unwrap(), 0);
    assert!(t.vault.audit().verify().unwrap().ok);
}

/// What the request screen offers comes from the core: the entries `record_action` would take
/// (not the register's own, not older than the request, not about someone else, not used), the
/// letters that fit, and whether "no personal data held" may close it.
#[test]
fn the_core_says_what_may_be_recorded_written_and_closed() {
    let t = new_vault();
    t.clock.set(at("2026-03-01"));
    let anna = person(&t.vault, "Anna Nowak");
    let other = person(&t.vault, "Beata Żak");
    t.clock.set(at("2026-03-02"));
    let requests = t.vault.requests();
    let q = requests.open(request(RequestKind::Erasure, Some(anna), "2026-03-02")).unwrap();
    assert_eq!(q.letters, [LetterKind::Acknowledgement]);
    assert!(!q.may_close_no_data, "matched to a contact: data is held");
    assert!(requests.action_candidates(q.id).unwrap().is_empty(), "the card's creation is older than the request");

    t.vault.restrictions().restrict(other, "accuracy contested").unwrap();
    t.vault.restrictions().restrict(anna, "accuracy contested").unwrap();
    let restricted = entry(&t.vault, "contact.restricted");
    let offered = requests.action_candidates(q.id).unwrap();
    let ids: Vec<(i64, &str)> = offered.iter().map(|c| (c.entry.id, c.entry.action.as_str())).collect();
    assert_eq!(ids, [(restricted, "contact.restricted")], "only Anna's entry, not Beata's nor the register's");
    assert_eq!(offered[0].description, "Restricted processing of the contact's data");
    // Every candidate is accepted by record_action; once used it is offered no more.
    let acted = requests.record_action(q.id, restricted, "restricted").unwrap();
    assert!(requests.action_candidates(q.id).unwrap().is_empty());
    assert!(!acted.may_close_no_data);

    let extended = requests
        .extend(q.id, ExtensionRequest { reason: "many transcripts".into(), notified_on: Some(d("2026-03-02")) })
        .unwrap();
    assert_eq!(extended.letters, [LetterKind::Acknowledgement, LetterKind::Extension]);
    let done = requests.close(q.id, None).unwrap();
    assert_eq!(done.letters, [LetterKind::Acknowledgement, LetterKind::Extension, LetterKind::Completion]);
    assert!(requests.action_candidates(q.id).unwrap().is_empty(), "a closed request takes no actions");

    let mut stranger = request(RequestKind::Access, None, "2026-03-02");
    stranger.requester_name = Some("Живка Щерева".into());
    let s = requests.open(stranger).unwrap();
    assert!(s.may_close_no_data);
    let refused = requests.refuse(s.id, "manifestly unfounded").unwrap();
    assert_eq!(refused.letters, [LetterKind::Acknowledgement, LetterKind::Refusal]);
    assert!(!refused.may_close_no_data);
}

#[test]
fn an_unmatched_requester_with_no_data_is_closed_as_no_personal_data_held() {
    let t = new_vault();
    t.clock.set(at("2026-03-01"));
    let anna = person(&t.vault, "Anna Nowak");
    let requests = t.vault.requests();
    let stranger =
        NewRequest { requester_name: Some("Zenon Obcy".into()), ..request(RequestKind::Access, None, "2026-02-25") };
    let q = requests.open(stranger.clone()).unwrap();

    // Closing normally says what to do instead; closing as no data works without an action.
    let early = requests.close(q.id, None).unwrap_err();
    assert!(early.to_string().contains("no personal data held"), "{early}");
    let done = requests.close_no_data(q.id, Some("searched cards and transcripts for the name and e-mail")).unwrap();
    assert_eq!(done.status, RequestStatus::Done);
    assert!(done.closed_at.is_some() && done.closed_no_data());
    let outcome = done.outcome.as_deref().unwrap();
    assert!(
        outcome.starts_with(custos_core::requests::NO_DATA_OUTCOME) && outcome.contains("searched cards"),
        "{outcome}"
    );
    let summary = Some("searched cards and transcripts for the name and e-mail".to_owned());
    assert_eq!(done.outcome_said, Some(OutcomeSaid::NoDataHeld { summary }));
    assert!(done.cleared.is_empty());
    let filter = AuditFilter { action: Some("request.closed".into()), ..Default::default() };
    let entries = t.vault.audit().list(&filter).unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(
        (entries[0].target_kind.as_str(), entries[0].target_id.as_deref()),
        ("request", Some(q.id.to_string().as_str()))
    );
    assert_eq!(entries[0].details["request"], q.id);
    assert_eq!(entries[0].details["no_data"], true);
    // A closed request is final.
    assert_eq!(requests.close_no_data(q.id, None).unwrap_err().code(), "refused");

    // Once matched to a contact, data is held: record the action and close it normally.
    let matched = requests.open(stranger).unwrap();
    requests.match_contact(matched.id, anna).unwrap();
    let refused = requests.close_no_data(matched.id, None).unwrap_err();
    assert_eq!(refused.code(), "refused");
    let message = refused.to_string();
    assert!(
        message.contains(&format!("matched to contact {anna}")) && message.contains("record what was done"),
        "{message}"
    );
    assert_eq!(requests.get(matched.id).unwrap().status, RequestStatus::Received);
    let own = requests.open(request(RequestKind::Erasure, Some(anna), "2026-02-26")).unwrap();
    assert!(requests.close_no_data(own.id, None).is_err());
    assert_eq!(requests.close_no_data(9999, None).unwrap_err().code(), "not_found");

    // A letter about a request is the register's bookkeeping, not an action that answers it.
    let letter = t
        .vault
        .audit()
        .request_letter(own.id, serde_json::json!({ "request": own.id, "letter": "acknowledgement" }))
        .unwrap();
    let listed = t
        .vault
        .audit()
        .list(&AuditFilter {
            contact: Some(anna),
            action: Some("document.request_letter".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(listed[0].id, letter);
    assert_eq!(listed[0].target_kind, "request");
    let not_action = requests.record_action(own.id, letter, "sent the acknowledgement").unwrap_err();
    assert!(not_action.to_string().contains("bookkeeping"), "{not_action}");
    assert_eq!(t.vault.audit().request_letter(9999, serde_json::json!({})).unwrap_err().code(), "not_found");
    assert!(t.vault.audit().verify().unwrap().ok);
}

#[test]
fn identity_in_doubt_holds_the_work_until_verified() {
    let t = new_vault();
    t.clock.set(at("2026-03-10"));
    let anna = person(&t.vault, "Anna Nowak");
    let requests = t.vault.requests();
    let q = requests.open(request(RequestKind::Rectification, Some(anna), "2026-03-09")).unwrap();
    let check = |result, on: &str| IdentityCheck {
        method: "asked for a reply from the e-mail on file".into(),
        result,
        checked_on: d(on),
    };
    let pending = requests.identity(q.id, check(IdentityResult::Requested, "2026-03-09")).unwrap();
    assert_eq!(pending.status, RequestStatus::IdentityPending);
    t.vault
        .contacts()
        .edit(anna, {
            let mut patch = custos_core::contacts::ContactPatch::default();
            patch.set(custos_core::contacts::ContactField::Email, Some("anna@example.pl".into()));
            patch
        })
        .unwrap();
    let updated = entry(&t.vault, "contact.updated");
    let blocked = requests.record_action(q.id, updated, "corrected the e-mail").unwrap_err();
    assert!(blocked.to_string().contains("identity is not confirmed"), "{blocked}");
    assert_eq!(
        requests.identity(q.id, check(IdentityResult::Verified, "2026-03-11")).unwrap_err().code(),
        "invalid_input",
        "a check in the future"
    );
    let verified = requests.identity(q.id, check(IdentityResult::Verified, "2026-03-10")).unwrap();
    assert_eq!(verified.status, RequestStatus::InProgress);
    assert_eq!(verified.identity.unwrap().result, IdentityResult::Verified);
    requests.record_action(q.id, updated, "corrected the e-mail").unwrap();
    assert_eq!(requests.close(q.id, None).unwrap().status, RequestStatus::Done);
}

#[test]
fn a_requester_is_matched_later_and_erasure_clears_their_words_but_keeps_the_request() {
    let t = new_vault();
    t.clock.set(at("2026-03-10"));
    firm_in(&t.vault, "PL");
    let requests = t.vault.requests();
    let q = requests
        .open(NewRequest {
            requester_name: Some("Zofia Zażółćka".into()),
            requester_contact: Some("zofia.zazolcka@example.pl".into()),
            details: Some("Zofia Zażółćka wants everything deleted".into()),
            ..request(RequestKind::Erasure, None, "2026-03-09")
        })
        .unwrap();
    requests
        .identity(
            q.id,
            IdentityCheck {
                method: "Zofia Zażółćka showed her ID card".into(),
                result: IdentityResult::Verified,
                checked_on: d("2026-03-10"),
            },
        )
        .unwrap();
    let zofia = person(&t.vault, "Zofia Zażółćka");
    // Before matching, an entry about the contact is not about the request.
    let restricted = t.vault.restrictions().restrict(zofia, "Zofia Zażółćka asked to freeze first");
    restricted.unwrap();
    let entry_id = entry(&t.vault, "contact.restricted");
    let unmatched = requests.record_action(q.id, entry_id, "froze the card").unwrap_err();
    assert!(unmatched.to_string().contains("match it first"), "{unmatched}");
    let matched = requests.match_contact(q.id, zofia).unwrap();
    assert_eq!(matched.contact_id, Some(zofia));
    assert_eq!(requests.match_contact(q.id, zofia).unwrap_err().code(), "refused");
    requests.record_action(q.id, entry_id, "froze Zofia Zażółćka's card").unwrap();
    requests
        .extend(
            q.id,
            ExtensionRequest {
                reason: "Zofia Zażółćka's records span ten years".into(),
                notified_on: Some(d("2026-03-10")),
            },
        )
        .unwrap();
    t.vault.restrictions().lift(zofia, "erasure may go ahead").unwrap();
    t.vault.erase(zofia).unwrap();
    // What was done is recorded after the erasure, without her name.
    requests.record_action(q.id, entry(&t.vault, "contact.erased"), "erased the card").unwrap();
    let done = requests.close(q.id, Some("erased")).unwrap();

    assert!(done.erased);
    assert_eq!(done.requester_name, None);
    assert_eq!(done.requester_contact, None);
    assert_eq!(done.details, None);
    assert_eq!(done.kind, RequestKind::Erasure);
    assert_eq!(done.received_on, d("2026-03-09"));
    assert_eq!(done.status, RequestStatus::Done);
    assert_eq!(done.actions.len(), 2, "both actions stay, with their audit entries");
    assert!(!done.identity.unwrap().method.contains("Zofia"));
    assert!(!done.extension.unwrap().reason.contains("Zofia"));
    assert!(!done.actions[0].description.contains("Zofia"));
    // What was cleared is marked for a front end to word; what was written after stays as written.
    assert_eq!(done.cleared, [ClearedText::IdentityMethod, ClearedText::ExtensionReason]);
    assert_eq!((&done.actions[0].said, &done.actions[1].said), (&Some(ActionSaid::Cleared), &None));
    assert_eq!((done.outcome.as_deref(), &done.outcome_said), (Some("erased"), &None));
    assert_eq!(done.contact_name.as_deref(), Some(format!("Erased contact #{zofia}").as_str()));

    let report = t.vault.audit().verify().unwrap();
    assert!(report.ok, "{report:?}");
    let entries = t.vault.audit().list(&AuditFilter::default()).unwrap();
    for e in &entries {
        assert!(!e.details.to_string().contains("Zofia"), "entry {} still names her: {}", e.id, e.details);
    }
    let about_her = t.vault.audit().list(&AuditFilter { contact: Some(zofia), ..Default::default() }).unwrap();
    assert!(about_her.iter().any(|e| e.action == "request.identity_checked" && e.redacted), "pre-match entry");
    drop(t.vault);
    let bytes = all_bytes(&t.path);
    assert!(!contains(&bytes, "Zofia"), "the name is readable in the file");
}

#[test]
fn a_vault_from_schema_5_gains_the_register() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.custos");
    let conn = vault_at_schema(&path, 5);
    conn.execute_batch(
        "INSERT INTO vault_meta VALUES ('created_at', '2025-01-01T00:00:00.000Z');
         INSERT INTO contact (display_name, sort_key, status, source_kind, created_at, updated_at)
         VALUES ('Jørgen Ødegård', 'jorgen odegard', 'customer', 'person', '2025-01-01T00:00:00.000Z',
                 '2025-01-01T00:00:00.000Z');
         INSERT INTO company_profile (id, controller_name, country, updated_at)
         VALUES (1, 'Firma', 'PL', '2025-01-01T00:00:00.000Z');
         PRAGMA user_version = 5;",
    )
    .unwrap();
    drop(conn);

    let clock = clock();
    clock.set(at("2026-03-01"));
    let vault = Vault::open(&path, &Passphrase::new(PASS), session(&clock)).unwrap();
    let version: i64 = raw(&path, PASS).query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, custos_core::vault::SCHEMA_VERSION);
    let q = vault.requests().open(request(RequestKind::Access, Some(1), "2026-01-31")).unwrap();
    assert_eq!(q.due_on, d("2026-03-02"));
    assert_eq!((q.original_period_end, q.period_end), (d("2026-02-28"), d("2026-02-28")), "before the weekend move");
    assert_eq!(vault.requests().count_attention().unwrap(), 1);
    vault.calendar().add_closure_day(d("2026-03-02"), None).unwrap();
    assert_eq!(vault.requests().get(q.id).unwrap().due_on, d("2026-03-03"));
    assert!(vault.audit().verify().unwrap().ok);
}
