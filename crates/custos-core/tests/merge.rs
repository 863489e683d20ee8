//! Outside imports, part 3 (issue 17): the "possible duplicates" list, the merge of two cards
//! of one person (everything of the other moves to the kept card, in one audited step), and
//! tagging a card — on real vault files.

#![allow(clippy::unwrap_used)]

mod common;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use common::*;
use custos_core::audit::AuditFilter;
use custos_core::company::CompanyProfile;
use custos_core::consents::{ConsentMethod, ConsentRecord, ConsentState};
use custos_core::contact_points::{Label, Labelled};
use custos_core::contacts::{ContactDetails, ContactField, ContactPatch, ContactQuery, NewContact};
use custos_core::duplicates::{DuplicateMatch, DuplicatePair, MAX_CARDS_PER_KEY, MatchKind};
use custos_core::interactions::{Channel, NewConversation, NewMessage, Sender};
use custos_core::purposes::{LegalBasis, PurposeSpec};
use custos_core::requests::{NewRequest, RequestChannel, RequestKind};
use custos_core::search::HitLocation;

fn point(value: &str, label: Label) -> Labelled {
    Labelled::new(value, label)
}

fn card(name: &str, details: ContactDetails) -> NewContact {
    NewContact { details, ..NewContact::named(name) }
}

fn with_email(name: &str, email: &str) -> NewContact {
    card(name, ContactDetails { emails: vec![point(email, Label::Work)], ..Default::default() })
}

fn with_phone(name: &str, phone: &str) -> NewContact {
    card(name, ContactDetails { phones: vec![point(phone, Label::Mobile)], ..Default::default() })
}

fn firm_in(t: &TestVault, country: &str) {
    let profile = CompanyProfile {
        controller_name: "Biuro Rachunkowe Zdzbło".into(),
        country: Some(country.into()),
        ..Default::default()
    };
    t.vault.company().set(profile).unwrap();
}

fn at(month: u32, day: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, month, day, 10, 0, 0).unwrap()
}

fn record(method: ConsentMethod, when: DateTime<Utc>) -> ConsentRecord {
    ConsentRecord { at: Some(when), ..ConsentRecord::by(method) }
}

/// A pair as (first id, second id, matches) for short assertions.
type Pair = (i64, i64, Vec<(MatchKind, String)>);

fn pairs(t: &TestVault) -> Vec<Pair> {
    let list = t.vault.contacts().possible_duplicates().unwrap();
    list.into_iter()
        .map(|p: DuplicatePair| {
            let m = p.matches.into_iter().map(|DuplicateMatch { on, value }| (on, value)).collect();
            (p.first.id, p.second.id, m)
        })
        .collect()
}

/// Every row of every table, read through a second connection: what "nothing changed" means.
fn dump(t: &TestVault) -> String {
    let conn = raw(&t.path, PASS);
    let mut tables = conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").unwrap();
    let names: Vec<String> = tables.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect();
    let mut out = String::new();
    for table in names {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let columns = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            let values: Vec<String> = (0..columns).map(|i| format!("{:?}", row.get_ref(i).unwrap())).collect();
            out.push_str(&format!("{table}: {}\n", values.join(" | ")));
        }
    }
    out
}

fn chat(text: &str, when: DateTime<Utc>) -> NewConversation {
    NewConversation {
        channel: Channel::Chat,
        started_at: None,
        ended_at: None,
        external_ref: None,
        messages: vec![NewMessage { at: when, sender: Sender::Contact, text: text.into() }],
    }
}

#[test]
fn cards_with_the_same_e_mail_address_in_any_case_are_possible_duplicates() {
    let t = new_vault();
    let c = t.vault.contacts();
    let anna = c.add(with_email("Anna Nowak", "Anna.Nowak@Example.PL")).unwrap();
    c.add(with_email("Jan Kowalski", "jan@example.pl")).unwrap();
    let a2 = c.add(with_email("A. Nowak", " anna.nowak@example.pl ")).unwrap();
    c.add(with_email("Beata Żak", "beata@example.pl")).unwrap();
    assert_eq!(pairs(&t), [(anna.id, a2.id, vec![(MatchKind::Email, "anna.nowak@example.pl".to_owned())])]);

    let list = c.possible_duplicates().unwrap();
    assert_eq!(list[0].first.display_name, "Anna Nowak");
    assert_eq!(list[0].second.display_name, "A. Nowak");

    // Marked sensitive on either card: the shared address is masked in the list.
    let patch = ContactPatch { sensitive: Some([ContactField::Email].into()), ..Default::default() };
    c.edit(a2.id, patch).unwrap();
    let masked = custos_core::contacts::mask("anna.nowak@example.pl");
    assert_eq!(pairs(&t)[0].2, [(MatchKind::Email, masked)]);
}

#[test]
fn a_national_and_an_international_phone_number_meet_in_the_firms_country() {
    let t = new_vault();
    let c = t.vault.contacts();
    let one = c.add(with_phone("Piotr Wiśniewski", "601 234 567")).unwrap();
    let two = c.add(with_phone("P. Wiśniewski", "+48 601-234-567")).unwrap();
    c.add(with_phone("Jan Kowalski", "+48 602 000 111")).unwrap();
    assert!(pairs(&t).is_empty(), "without the firm's country a national number is only its digits");

    firm_in(&t, "PL");
    assert_eq!(pairs(&t), [(one.id, two.id, vec![(MatchKind::Phone, "+48601234567".to_owned())])]);
    let three = c.add(with_phone("Piotr W.", "0048 601 234 567")).unwrap();
    let found = pairs(&t);
    assert_eq!(found.len(), 3, "three cards of one number are three pairs: {found:?}");
    assert!(found.iter().any(|(a, b, _)| (*a, *b) == (two.id, three.id)));
}

#[test]
fn the_same_name_at_the_same_organisation_is_compared_folded() {
    let t = new_vault();
    let c = t.vault.contacts();
    let at_firm = |name: &str, firm: Option<&str>| {
        card(name, ContactDetails { organisation: firm.map(str::to_owned), ..Default::default() })
    };
    let lucja = c.add(at_firm("Łucja  Żółkiewska", Some("ZDZBŁO sp. z o.o."))).unwrap();
    let again = c.add(at_firm("lucja zolkiewska", Some("Zdzbło Sp. z o.o."))).unwrap();
    c.add(at_firm("Łucja Żółkiewska", Some("Inna Firma"))).unwrap();
    c.add(at_firm("Łucja Żółkiewska-Nowak", Some("Zdzbło sp. z o.o."))).unwrap();
    assert_eq!(pairs(&t), [(lucja.id, again.id, vec![(MatchKind::Name, "Łucja  Żółkiewska".to_owned())])]);
}

#[test]
fn distinct_people_shared_numbers_and_restricted_cards_make_no_pairs() {
    let t = new_vault();
    firm_in(&t, "PL");
    let c = t.vault.contacts();
    c.add(with_email("Anna Nowak", "anna@nowak.pl")).unwrap();
    c.add(with_email("Anna Nowakowska", "anna@nowakowska.pl")).unwrap();
    c.add(with_phone("Jan Kowalski", "601 234 567")).unwrap();
    c.add(with_phone("Jan Kowalczyk", "601 234 568")).unwrap();
    assert!(pairs(&t).is_empty());

    // The office's switchboard on more cards than one person has: shared, not a duplicate.
    for i in 0..=MAX_CARDS_PER_KEY {
        c.add(with_phone(&format!("Pracownik {i}"), "22 123 45 67")).unwrap();
    }
    assert!(pairs(&t).is_empty(), "a key on {} cards makes no pairs", MAX_CARDS_PER_KEY + 1);

    let one = c.add(with_email("Ewa Lis", "ewa@lis.pl")).unwrap();
    let two = c.add(with_email("Ewa Lis-Kot", "EWA@lis.pl")).unwrap();
    assert_eq!(pairs(&t).len(), 1);
    t.vault.restrictions().restrict(two.id, "disputes the accuracy").unwrap();
    assert!(pairs(&t).is_empty(), "a restricted card is left out");
    t.vault.restrictions().lift(two.id, "accuracy confirmed").unwrap();
    t.vault.erase(one.id).unwrap();
    assert!(pairs(&t).is_empty(), "an erased card has nothing left to match");
}

/// Two cards of Anna Nowak with everything a card can have, and a purpose of each kind.
struct Anna {
    t: TestVault,
    kept: i64,
    other: i64,
    newsletter: i64,
    offers: i64,
    calls: i64,
    request: i64,
}

fn two_annas() -> Anna {
    let t = new_vault();
    firm_in(&t, "PL");
    let c = t.vault.contacts();
    let kept = c
        .add(NewContact {
            display_name: "Anna Nowak".into(),
            details: ContactDetails {
                organisation: Some("Nowak i S-ka".into()),
                emails: vec![point("anna@nowak.pl", Label::Work)],
                phones: vec![point("601 234 567", Label::Mobile)],
                notes: Some("Prefers mornings.".into()),
                tags: vec!["Targi 2026".into()],
                ..Default::default()
            },
            ..Default::default()
        })
        .unwrap()
        .id;
    t.clock.advance(chrono::Duration::days(1));
    let other = c
        .add(NewContact {
            display_name: "A. Nowak".into(),
            details: ContactDetails {
                given_name: Some("Anna".into()),
                organisation: Some("Inna Firma".into()),
                job_title: Some("Główna księgowa".into()),
                id_number: Some("PL80010112345".into()),
                emails: vec![point("ANNA@nowak.pl", Label::Home), point("anna.prywatna@dom.pl", Label::Home)],
                phones: vec![point("+48 601-234-567", Label::Work), point("+48 22 765 43 21", Label::Home)],
                addresses: vec![point("ul. Długa 5\n00-001 Warszawa", Label::Home)],
                notes: Some("Call after 10.".into()),
                tags: vec!["targi 2026".into(), "VIP".into()],
                ..Default::default()
            },
            sensitive: [ContactField::IdNumber].into(),
            ..Default::default()
        })
        .unwrap()
        .id;
    let purposes = t.vault.purposes();
    let newsletter = purposes
        .add(PurposeSpec {
            consent_wording: Some("Yes, send me the monthly newsletter.".into()),
            requires_confirmation: true,
            ..PurposeSpec::new("Newsletter", "Monthly news", LegalBasis::Consent)
        })
        .unwrap()
        .id;
    let calls = purposes
        .add(PurposeSpec {
            consent_wording: Some("You may call me about trainings.".into()),
            ..PurposeSpec::new("Calls", "Calls about trainings", LegalBasis::Consent)
        })
        .unwrap()
        .id;
    let offers = purposes
        .add(PurposeSpec {
            legitimate_interest: Some("telling customers about related trainings".into()),
            ..PurposeSpec::new("Offers to customers", "Offers by phone", LegalBasis::LegitimateInterests)
        })
        .unwrap()
        .id;
    let consents = t.vault.consents();
    // Newsletter: kept gave on 10 Jan and withdrew on 10 Feb; the other card gave on 20 Jan and
    // confirmed on 25 Jan. In time order the withdrawal comes last.
    consents.give(kept, newsletter, record(ConsentMethod::WebForm, at(1, 10))).unwrap();
    consents.withdraw(kept, newsletter, record(ConsentMethod::Email, at(2, 10))).unwrap();
    consents.give(other, newsletter, record(ConsentMethod::WebForm, at(1, 20))).unwrap();
    consents.confirm(other, newsletter, record(ConsentMethod::Email, at(1, 25))).unwrap();
    // Calls: the other card gave on 5 Jan and withdrew on 8 Jan; kept gave on 12 Jan.
    consents.give(other, calls, record(ConsentMethod::Phone, at(1, 5))).unwrap();
    consents.withdraw(other, calls, record(ConsentMethod::Phone, at(1, 8))).unwrap();
    consents.give(kept, calls, record(ConsentMethod::Phone, at(1, 12))).unwrap();
    // Offers: both objected; the other card first.
    let objections = t.vault.objections();
    let evidence =
        ConsentRecord { evidence_ref: Some("letter 2026/17".into()), ..record(ConsentMethod::Paper, at(1, 3)) };
    objections.object(other, offers, evidence).unwrap();
    objections.object(kept, offers, record(ConsentMethod::Email, at(2, 1))).unwrap();

    t.vault.interactions().add(other, chat("Proszę o fakturę numer 4711", at(2, 20))).unwrap();
    t.vault.interactions().add(kept, chat("Dzień dobry", at(1, 15))).unwrap();
    let request = t
        .vault
        .requests()
        .open(NewRequest {
            kind: RequestKind::Access,
            contact_id: Some(other),
            requester_name: None,
            requester_contact: None,
            received_on: NaiveDate::from_ymd_opt(2026, 2, 25).unwrap(),
            channel: RequestChannel::Email,
            details: Some("What do you hold about me?".into()),
        })
        .unwrap()
        .id;
    t.vault.retention().keep(other, "open invoice dispute", NaiveDate::from_ymd_opt(2026, 9, 1).unwrap()).unwrap();
    // A rectification on the other card: its audit entry holds her previous job title.
    let mut patch = ContactPatch::default();
    patch.set(ContactField::JobTitle, Some("Główna księgowa".into()));
    c.edit(other, ContactPatch { job_title: Some(Some("Księgowa".into())), ..Default::default() }).unwrap();
    c.edit(other, patch).unwrap();
    t.clock.advance(chrono::Duration::days(1));
    Anna { t, kept, other, newsletter, offers, calls, request }
}

#[test]
fn a_merge_moves_everything_of_the_other_card_to_the_kept_one() {
    let a = two_annas();
    let t = &a.t;
    let c = t.vault.contacts();
    assert_eq!(pairs(t).len(), 1, "found by e-mail and phone");
    assert_eq!(
        pairs(t)[0].2,
        [(MatchKind::Email, "anna@nowak.pl".to_owned()), (MatchKind::Phone, "+48601234567".to_owned())]
    );
    let before = c.get(a.kept).unwrap();
    let other_before = c.get(a.other).unwrap();

    let done = c.merge(a.kept, a.other).unwrap();
    let kept = c.get(a.kept).unwrap();
    assert_eq!(done.kept, kept);
    assert_eq!(done.merged_id, a.other);
    assert_eq!(done.merged_name, "A. Nowak");

    // The card: its name and organisation stay; empty fields are filled, notes appended.
    let d = &kept.details;
    assert_eq!(kept.display_name, "Anna Nowak");
    assert_eq!(d.organisation.as_deref(), Some("Nowak i S-ka"));
    assert_eq!(d.given_name.as_deref(), Some("Anna"));
    assert_eq!(d.job_title.as_deref(), Some("Główna księgowa"));
    assert_eq!(d.id_number.as_deref(), Some("PL80010112345"));
    assert_eq!(d.notes.as_deref(), Some("Prefers mornings.\n\nCall after 10."));
    assert_eq!(done.filled, [ContactField::GivenName, ContactField::JobTitle, ContactField::IdNumber]);
    assert!(done.notes_appended);
    assert_eq!(done.not_taken, [ContactField::DisplayName, ContactField::Organisation]);
    assert!(kept.sensitive.contains(&ContactField::IdNumber), "the mark comes with the value it took");
    // Points: the same address and number (written otherwise) are not added twice.
    let values = |list: &[Labelled]| list.iter().map(|p| (p.value.clone(), p.primary)).collect::<Vec<_>>();
    assert_eq!(values(&d.emails), [("anna@nowak.pl".into(), true), ("anna.prywatna@dom.pl".into(), false)]);
    assert_eq!(values(&d.phones), [("601 234 567".into(), true), ("+48 22 765 43 21".into(), false)]);
    assert_eq!(values(&d.addresses), [("ul. Długa 5\n00-001 Warszawa".into(), true)]);
    assert_eq!(done.points_added.len(), 3);
    assert_eq!(d.tags, ["Targi 2026", "VIP"]);
    assert_eq!(done.tags_added, ["VIP"]);
    assert_eq!(kept.created_at, before.created_at, "the earlier creation");
    assert_eq!(kept.last_contact_at, Some(at(2, 20)), "the later last contact: the other's chat");
    assert!(other_before.last_contact_at > before.last_contact_at);

    // Conversations, with their messages found by search under the kept card.
    let conversations = t.vault.interactions().for_contact(a.kept).unwrap();
    assert_eq!(conversations.len(), 2);
    assert_eq!(done.conversations, 1);
    let hits = t.vault.search("4711", 10).unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].contact_id, a.kept);
    assert!(matches!(hits[0].location, HitLocation::Message { .. }));

    // Consents: the histories interleave by time, and the state follows the merged history.
    let consents = t.vault.consents();
    assert_eq!(done.consent_events, 4);
    let history = consents.history(a.kept, Some(a.newsletter)).unwrap();
    let times: Vec<_> = history.iter().map(|e| e.at).collect();
    assert_eq!(times, [at(1, 10), at(1, 20), at(1, 25), at(2, 10)]);
    assert_eq!(consents.state(a.kept, a.newsletter).unwrap(), ConsentState::Withdrawn, "withdrawn last");
    assert_eq!(
        consents.state(a.kept, a.calls).unwrap(),
        ConsentState::Given,
        "the other's withdrawal on 8 Jan came before the kept card's consent on 12 Jan"
    );
    assert!(consents.may_contact(a.kept, a.calls).unwrap().allowed);
    assert!(!consents.may_contact(a.kept, a.newsletter).unwrap().allowed);
    let calls_audience = consents.audience(a.calls, 0, 10).unwrap();
    assert_eq!(calls_audience.members.iter().map(|m| m.contact_id).collect::<Vec<_>>(), [a.kept]);

    // Objections: one per purpose, the earlier one (the other card's, with its evidence).
    let objections = t.vault.objections().for_contact(a.kept).unwrap();
    assert_eq!(objections.len(), 1);
    assert_eq!(objections[0].purpose_id, a.offers);
    assert_eq!(objections[0].at, at(1, 3));
    assert_eq!(objections[0].evidence_ref.as_deref(), Some("letter 2026/17"));
    assert_eq!((done.objections, done.objections_dropped), (1, 1));
    assert!(!consents.may_contact(a.kept, a.offers).unwrap().allowed);

    // The request and the retention hold.
    assert_eq!(t.vault.requests().get(a.request).unwrap().contact_id, Some(a.kept));
    assert_eq!(done.requests, 1);
    assert!(done.retention_hold_moved);
    let conn = raw(&t.path, PASS);
    let hold: (i64, String) =
        conn.query_row("SELECT contact_id, review_on FROM retention_hold", [], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    assert_eq!(hold, (a.kept, "2026-09-01".into()));
    let conversations_counted: i64 =
        conn.query_row("SELECT conversations FROM contact WHERE id = ?1", [a.kept], |r| r.get(0)).unwrap();
    assert_eq!(conversations_counted, 2);

    // Nothing of the other card is left: not the card, not a row naming it.
    assert_eq!(c.get(a.other).unwrap_err().code(), "not_found");
    let page = c.list(&ContactQuery::default()).unwrap();
    assert_eq!(page.items.iter().map(|s| s.id).collect::<Vec<_>>(), [a.kept]);
    assert_eq!(page.total, 1);
    for table in [
        "contact_point",
        "contact_tag",
        "contact_sensitive_field",
        "conversation",
        "consent_event",
        "objection",
        "request",
        "retention_hold",
        "contact_import_fill",
    ] {
        let n: i64 = conn
            .query_row(&format!("SELECT count(*) FROM {table} WHERE contact_id = ?1"), [a.other], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 0, "{table}");
    }
    assert!(pairs(t).is_empty(), "nothing left to merge");

    // Search finds the kept card by what came from the other, and never the other.
    let hits = t.vault.search("anna.prywatna", 10).unwrap();
    assert_eq!(hits.iter().map(|h| h.contact_id).collect::<Vec<_>>(), [a.kept]);
    assert_eq!(hits[0].location, HitLocation::Field { field: ContactField::Email });
    for query in ["Nowak", "Inna Firma", "765", "VIP"] {
        assert!(t.vault.search(query, 10).unwrap().iter().all(|h| h.contact_id == a.kept), "{query}");
    }
    assert!(t.vault.search("Inna Firma", 10).unwrap().is_empty(), "the organisation not taken is not indexed");
    assert!(t.vault.audit().verify().unwrap().ok);
}

#[test]
fn the_merge_is_one_audit_entry_on_the_kept_card_redacted_when_she_is_erased() {
    let a = two_annas();
    let t = &a.t;
    let audit = t.vault.audit();
    let entries_before = audit.list(&AuditFilter::default()).unwrap().len();
    t.vault.contacts().merge(a.kept, a.other).unwrap();
    let all = audit.list(&AuditFilter::default()).unwrap();
    assert_eq!(all.len(), entries_before + 1, "one entry for the whole merge");
    let history = audit.list(&AuditFilter { contact: Some(a.kept), ..Default::default() }).unwrap();
    let merged = &history[0];
    assert_eq!(merged.action, "contact.merged");
    assert_eq!(merged.target_id.as_deref(), Some(a.kept.to_string().as_str()));
    let d = &merged.details;
    assert_eq!(d["merged"], a.other);
    assert_eq!(d["merged_name"], "A. Nowak");
    assert_eq!(d["moved"]["conversations"], 1);
    assert_eq!(d["moved"]["consent_events"], 4);
    assert_eq!(d["moved"]["requests"], 1);
    assert_eq!(d["moved"]["retention_hold"], true);
    assert_eq!(d["filled"], serde_json::json!(["given_name", "job_title", "id_number"]));
    assert_eq!(d["not_taken"]["organisation"], "Inna Firma");
    assert_eq!(d["tags_added"], serde_json::json!(["VIP"]));
    assert_eq!(d["points_added"][0]["value"], "anna.prywatna@dom.pl");
    assert_eq!(d["objections_dropped"][0]["card"], "kept");
    assert_eq!(d["previous"]["notes"], "Prefers mornings.", "previous values, as a rectification keeps them");
    assert!(d["fields"].as_array().unwrap().iter().any(|f| f == "email"));
    assert!(audit.verify().unwrap().ok);

    // Erasing her blanks the merge's entry and the rectification written about the other card.
    let other_entries =
        AuditFilter { target_kind: Some("contact".into()), target_id: Some(a.other.to_string()), ..Default::default() };
    let updated = |entries: Vec<custos_core::audit::AuditEntry>| {
        entries.into_iter().filter(|e| e.action == "contact.updated").collect::<Vec<_>>()
    };
    assert!(updated(audit.list(&other_entries).unwrap()).iter().all(|e| !e.redacted));
    let erasure = t.vault.erase(a.kept).unwrap();
    let history =
        audit.list(&AuditFilter { contact: Some(a.kept), action: Some("contact.merged".into()), ..Default::default() });
    let merged = &history.unwrap()[0];
    assert!(merged.redacted);
    assert_eq!(merged.details.get("merged_name"), None);
    let other_updates = updated(audit.list(&other_entries).unwrap());
    assert_eq!(other_updates.len(), 2);
    assert!(other_updates.iter().all(|e| e.redacted), "{other_updates:?}");
    assert!(erasure.audit_entries_redacted >= 3);
    assert!(audit.verify().unwrap().ok);
    let bytes = all_bytes(&t.path);
    assert!(!contains(&bytes, "Inna Firma"), "nothing of the merged card is readable in the file");
}

#[test]
fn a_merge_is_refused_with_nothing_written_for_restricted_erased_unknown_or_the_same_card() {
    let a = two_annas();
    let t = &a.t;
    let c = t.vault.contacts();
    let ewa = c.add(with_email("Ewa Lis", "anna@nowak.pl")).unwrap().id;
    t.vault.restrictions().restrict(a.other, "disputes the accuracy").unwrap();
    let snapshot = dump(t);
    let err = c.merge(a.kept, a.other).unwrap_err();
    assert_eq!(err.code(), "contact_restricted");
    assert!(err.to_string().starts_with("A. Nowak is restricted (frozen) since 2026-03-03"), "{err}");
    assert_eq!(c.merge(a.other, a.kept).unwrap_err().code(), "contact_restricted", "kept or merged");
    assert_eq!(dump(t), snapshot);

    t.vault.erase(ewa).unwrap();
    let snapshot = dump(t);
    let err = c.merge(a.kept, ewa).unwrap_err();
    assert_eq!(err.code(), "contact_erased");
    assert_eq!(
        err.to_string(),
        format!("Contact {ewa} was erased on 2026-03-03: nothing about them can be recorded or changed.")
    );
    assert_eq!(c.merge(ewa, a.kept).unwrap_err().code(), "contact_erased");
    assert_eq!(c.merge(a.kept, a.kept).unwrap_err().code(), "invalid_input");
    assert_eq!(c.merge(a.kept, 9999).unwrap_err().code(), "not_found");
    assert_eq!(c.merge(9999, a.kept).unwrap_err().code(), "not_found");
    assert_eq!(dump(t), snapshot, "nothing written by any refusal");
}

#[test]
fn merged_into_a_card_that_is_merged_again_everything_follows_and_erasure_reaches_it() {
    let t = new_vault();
    let c = t.vault.contacts();
    let purpose = t
        .vault
        .purposes()
        .add(PurposeSpec {
            consent_wording: Some("Newsletter, please.".into()),
            ..PurposeSpec::new("Newsletter", "Monthly news", LegalBasis::Consent)
        })
        .unwrap()
        .id;
    let first = c.add(with_email("Marta Kos", "marta@kos.pl")).unwrap();
    t.clock.advance(chrono::Duration::days(3));
    let second = c.add(with_email("M. Kos", "marta@kos.pl")).unwrap().id;
    let third = c.add(with_email("Marta Kos-Lis", "MARTA@kos.pl")).unwrap().id;
    let (first, first_created) = (first.id, first.created_at);
    t.vault.consents().give(first, purpose, record(ConsentMethod::WebForm, at(1, 2))).unwrap();
    c.edit(first, ContactPatch { job_title: Some(Some("Architektka".into())), ..Default::default() }).unwrap();

    c.merge(second, first).unwrap();
    c.merge(third, second).unwrap();
    let merged = c.get(third).unwrap();
    assert_eq!(merged.details.job_title.as_deref(), Some("Architektka"));
    assert_eq!(merged.created_at, first_created, "known since the first card was made");
    assert_eq!(t.vault.consents().state(third, purpose).unwrap(), ConsentState::Given);
    assert_eq!(t.vault.consents().history(third, None).unwrap().len(), 1);

    t.vault.erase(third).unwrap();
    let first_entries = t
        .vault
        .audit()
        .list(&AuditFilter {
            target_kind: Some("contact".into()),
            target_id: Some(first.to_string()),
            ..Default::default()
        })
        .unwrap();
    let update = first_entries.iter().find(|e| e.action == "contact.updated").unwrap();
    assert!(update.redacted, "the first card's rectification is the erased person's data");
    assert!(t.vault.audit().verify().unwrap().ok);
}

#[test]
fn consent_events_move_only_by_a_merge_and_merged_ids_are_not_given_again() {
    let t = new_vault();
    let c = t.vault.contacts();
    let purpose = t
        .vault
        .purposes()
        .add(PurposeSpec {
            consent_wording: Some("Newsletter, please.".into()),
            ..PurposeSpec::new("Newsletter", "Monthly news", LegalBasis::Consent)
        })
        .unwrap()
        .id;
    let kept = c.add(NewContact::named("Olga Kot")).unwrap().id;
    let other = c.add(NewContact::named("Olga K.")).unwrap().id;
    t.vault.consents().give(other, purpose, ConsentRecord::by(ConsentMethod::WebForm)).unwrap();
    let conn = raw(&t.path, PASS);
    let err = conn.execute("UPDATE consent_event SET contact_id = ?1", [kept]).unwrap_err();
    assert!(err.to_string().contains("append-only"), "{err}");

    c.merge(kept, other).unwrap();
    let next = c.add(NewContact::named("Piotr Nowy")).unwrap().id;
    assert!(next > other, "the merged card's id ({other}) is not given again: {next}");
    let err = conn
        .execute(
            "INSERT INTO contact (id, display_name, sort_key, status, source_kind, created_at, updated_at)
             VALUES (?1, 'x', 'x', 'lead', 'person', '2026-03-01T09:00:00.000Z', '2026-03-01T09:00:00.000Z')",
            [other],
        )
        .unwrap_err();
    assert!(err.to_string().contains("merged card"), "{err}");
}

#[test]
fn tags_are_added_and_taken_off_with_their_history() {
    let t = new_vault();
    let c = t.vault.contacts();
    let anna = c.add(card("Anna Nowak", ContactDetails { tags: vec!["VIP".into()], ..Default::default() })).unwrap();
    let jan = c.add(NewContact::named("Jan Kowalski")).unwrap();

    let tagged = c.tag(anna.id, &["Targi 2026", " vip ", "Newsletter"]).unwrap();
    assert_eq!(tagged.details.tags, ["Newsletter", "Targi 2026", "VIP"]);
    let untagged = c.untag(anna.id, &["TARGI 2026", "never had it"]).unwrap();
    assert_eq!(untagged.details.tags, ["Newsletter", "VIP"]);
    assert_eq!(c.tag(anna.id, &["vip"]).unwrap(), untagged, "nothing new: nothing changes");
    assert_eq!(c.untag(jan.id, &["VIP"]).unwrap(), jan);

    let by_tag = |tag: &str| {
        let query = ContactQuery { tag: Some(tag.into()), ..Default::default() };
        c.list(&query).unwrap().items.into_iter().map(|s| s.id).collect::<Vec<_>>()
    };
    assert_eq!(by_tag("newsletter"), [anna.id]);
    assert!(by_tag("Targi 2026").is_empty());
    assert_eq!(t.vault.search("newsletter", 10).unwrap()[0].contact_id, anna.id);

    let history = t
        .vault
        .audit()
        .list(&AuditFilter { contact: Some(anna.id), action: Some("contact.updated".into()), ..Default::default() })
        .unwrap();
    assert_eq!(history.len(), 2, "one entry per change, none for no change");
    assert_eq!(history[0].details["fields"], serde_json::json!(["tags"]));
    assert_eq!(history[0].details["previous"]["tags"], serde_json::json!(["Newsletter", "Targi 2026", "VIP"]));
    assert_eq!(history[1].details["previous"]["tags"], serde_json::json!(["VIP"]));

    let long = "x".repeat(81);
    assert_eq!(c.tag(anna.id, &[long]).unwrap_err().code(), "invalid_input");
    t.vault.restrictions().restrict(anna.id, "disputes the accuracy").unwrap();
    assert_eq!(c.tag(anna.id, &["Another"]).unwrap_err().code(), "contact_restricted");
    assert_eq!(c.untag(anna.id, &["VIP"]).unwrap_err().code(), "contact_restricted");
    t.vault.erase(jan.id).unwrap();
    assert_eq!(c.tag(jan.id, &["VIP"]).unwrap_err().code(), "contact_erased");
    assert!(t.vault.audit().verify().unwrap().ok);
}

/// The list at 100,000 contacts (two points each, a few hundred duplicates): run with
/// `cargo test -p custos-core --release --test merge -- --ignored --nocapture`.
#[test]
#[ignore = "a timing: 100,000 contacts take a while to write"]
fn possible_duplicates_at_100000_contacts() {
    use custos_core::address_book::keys::{email_key, phone_key};
    let t = new_vault();
    firm_in(&t, "PL");
    let path = t.path.clone();
    let TestVault { vault, dir, clock, .. } = t;
    vault.lock();
    let mut conn = raw(&path, PASS);
    let tx = conn.transaction().unwrap();
    for i in 0..100_000_i64 {
        // Every 300th person comes twice (another card, same e-mail in capitals).
        let person = if i % 300 == 299 { i - 1 } else { i };
        let name = format!("Osoba {person} Nowak");
        tx.execute(
            "INSERT INTO contact (display_name, sort_key, organisation, status, source_kind, created_at, updated_at)
             VALUES (?1, lower(?1), 'Firma', 'lead', 'person', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
            [&name],
        )
        .unwrap();
        let id = tx.last_insert_rowid();
        let email = if person == i { format!("osoba{person}@example.pl") } else { format!("OSOBA{person}@example.pl") };
        let phone = format!("6{:08}", i);
        for (kind, value, key) in
            [("email", email.clone(), email_key(&email)), ("phone", phone.clone(), phone_key(&phone, Some("PL")))]
        {
            tx.execute(
                "INSERT INTO contact_point (contact_id, kind, label, value, is_primary, position, match_key)
                 VALUES (?1, ?2, 'work', ?3, 1, 0, ?4)",
                rusqlite::params![id, kind, value, key],
            )
            .unwrap();
        }
    }
    tx.commit().unwrap();
    drop(conn);
    let vault = custos_core::Vault::open(&path, &custos_core::Passphrase::new(PASS), session(&clock)).unwrap();
    let started = std::time::Instant::now();
    let list = vault.contacts().possible_duplicates().unwrap();
    let took = started.elapsed();
    println!("possible_duplicates over 100,000 contacts: {} pairs in {took:?}", list.len());
    assert_eq!(list.len(), 333);
    assert!(list.iter().all(|p| p.matches.len() == 2), "same e-mail and same name");
    drop(dir);
}

#[test]
fn a_merged_name_marked_sensitive_comes_back_masked() {
    let t = new_vault();
    let c = t.vault.contacts();
    let keep = c.add(with_email("Anna Nowak", "anna@nowak.pl")).unwrap();
    let mut other = with_email("Anna Zofia Nowak", "ANNA@nowak.pl");
    other.sensitive = [ContactField::DisplayName].into();
    let other = c.add(other).unwrap();
    let done = c.merge(keep.id, other.id).unwrap();
    assert_eq!(done.merged_name, custos_core::contacts::mask("Anna Zofia Nowak"));
    assert!(done.merged_name.ends_with("owak") && done.merged_name.starts_with('•'), "{}", done.merged_name);
}
