//! Letters about a data subject's request (Art. 12): each kind in every language, generated
//! from a real vault, read back with `pdftotext`; letters that do not fit the request's state
//! are refused; every letter is an audit entry about the request that names no one.
#![allow(clippy::unwrap_used)]

mod common;

use chrono::NaiveDate;
use common::*;
use custos_core::audit::AuditFilter;
use custos_core::company::CompanyProfile;
use custos_core::contacts::{ContactDetails, DataSource, LifecycleStatus, NewContact};
use custos_core::requests::{ExtensionRequest, NewRequest, RequestChannel, RequestKind, RequestStatus};
use custos_documents::{DocumentKind, Error, Language, LetterKind, Missing, answer_with_report, request_letter};

const PERSON_ADDRESS: &str = "ul. Łąkowa 5, 80-001 Gdańsk";
/// How to reach the Bulgarian requester, who is matched to no contact.
const BG_REACH: &str = "zhivka@primer.example";
const REASON: &str = "Your request covers six years of chat transcripts in three languages.";
const REFUSAL: &str = "It is the fifth identical request this month (manifestly excessive).";

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// How each language writes the dates and references the letters print.
struct Words {
    lang: Language,
    /// "Request #{id} of {date}" with `{}` for the id and then the date.
    reference: [&'static str; 2],
    /// 2 November 2026 (received), 2 December 2026 (first due date), 2 February 2027 (extended).
    received: &'static str,
    due: &'static str,
    extended: &'static str,
    /// Art. 12(3) and Art. 12(4) as the language cites them.
    art_12_3: &'static str,
    art_12_4: &'static str,
}

const WORDS: [Words; 7] = [
    Words {
        lang: Language::En,
        reference: ["Request #", " of "],
        received: "2 November 2026",
        due: "2 December 2026",
        extended: "2 February 2027",
        art_12_3: "Art. 12(3) GDPR",
        art_12_4: "Art. 12(4) GDPR",
    },
    Words {
        lang: Language::Pl,
        reference: ["Żądanie nr ", " z dnia "],
        received: "2 listopada 2026",
        due: "2 grudnia 2026",
        extended: "2 lutego 2027",
        art_12_3: "art. 12 ust. 3 RODO",
        art_12_4: "art. 12 ust. 4 RODO",
    },
    Words {
        lang: Language::De,
        reference: ["Antrag Nr. ", " vom "],
        received: "2. November 2026",
        due: "2. Dezember 2026",
        extended: "2. Februar 2027",
        art_12_3: "Art. 12 Abs. 3 DSGVO",
        art_12_4: "Art. 12 Abs. 4 DSGVO",
    },
    Words {
        lang: Language::Fr,
        reference: ["Demande n° ", " du "],
        received: "2 novembre 2026",
        due: "2 décembre 2026",
        extended: "2 février 2027",
        art_12_3: "art. 12, par. 3, du RGPD",
        art_12_4: "art. 12, par. 4, du RGPD",
    },
    Words {
        lang: Language::It,
        reference: ["Richiesta n. ", " del "],
        received: "2 novembre 2026",
        due: "2 dicembre 2026",
        extended: "2 febbraio 2027",
        art_12_3: "art. 12, par. 3, GDPR",
        art_12_4: "art. 12, par. 4, GDPR",
    },
    Words {
        lang: Language::Es,
        reference: ["Solicitud n.º ", " del "],
        received: "2 de noviembre de 2026",
        due: "2 de diciembre de 2026",
        extended: "2 de febrero de 2027",
        art_12_3: "art. 12, apdo. 3, del RGPD",
        art_12_4: "art. 12, apdo. 4, del RGPD",
    },
    Words {
        lang: Language::Bg,
        reference: ["Искане № ", " от "],
        received: "2 ноември 2026 г.",
        due: "2 декември 2026 г.",
        extended: "2 февруари 2027 г.",
        art_12_3: "чл. 12, пар. 3 от ОРЗД",
        art_12_4: "чл. 12, пар. 4 от ОРЗД",
    },
];

impl Words {
    fn reference(&self, id: i64) -> String {
        format!("{}{id}{}{}", self.reference[0], self.reference[1], self.received)
    }

    /// A message without arguments, whitespace squashed as in the read-back text.
    fn message(&self, id: &str) -> String {
        squash(&self.lang.message(id))
    }
}

fn text(pdf: &custos_documents::Pdf) -> String {
    squash(&pdftotext(pdf.bytes(), None))
}

struct Requests {
    /// Access from the Polish contact: acknowledged, extended, answered with the report, done.
    access: i64,
    /// Erasure from the Bulgarian requester no contact matches: closed as no data held.
    stranger: i64,
    /// Objection from the Polish contact: refused.
    refused: i64,
    person: i64,
}

/// A complete vault (clock 23 November 2026, firm in Poland) with three requests, all received
/// on 2 November 2026, each taken to the state its letters tell of.
fn vault_with_requests() -> (TestVault, Requests) {
    let tv = complete_vault();
    let v = &tv.vault;
    let person = v
        .contacts()
        .add(NewContact {
            display_name: PERSON.into(),
            details: ContactDetails {
                emails: vec![custos_core::contact_points::Labelled::new(
                    "lukasz@zoltowski.example",
                    custos_core::contact_points::Label::Home,
                )],
                addresses: vec![custos_core::contact_points::Labelled::new(
                    PERSON_ADDRESS,
                    custos_core::contact_points::Label::Home,
                )],
                ..Default::default()
            },
            status: Some(LifecycleStatus::Customer),
            source: DataSource::Person { via: None },
            sensitive: Default::default(),
        })
        .unwrap()
        .id;
    let new = |kind, contact, name: Option<&str>, reach: Option<&str>| NewRequest {
        kind,
        contact_id: contact,
        requester_name: name.map(str::to_owned),
        requester_contact: reach.map(str::to_owned),
        received_on: day("2026-11-02"),
        channel: RequestChannel::Email,
        details: Some("A copy of everything you hold about me.".into()),
    };
    let requests = v.requests();
    let access = requests.open(new(RequestKind::Access, Some(person), None, None)).unwrap();
    assert_eq!(access.due_on, day("2026-12-02"));
    let stranger = requests.open(new(RequestKind::Erasure, None, Some(BG_PERSON), Some(BG_REACH))).unwrap();
    let refused = requests.open(new(RequestKind::Objection, Some(person), None, None)).unwrap();
    (tv, Requests { access: access.id, stranger: stranger.id, refused: refused.id, person })
}

#[test]
fn every_letter_in_every_language_says_what_the_law_asks() {
    let (tv, r) = vault_with_requests();
    let v = &tv.vault;

    // Acknowledgements, while the requests are open.
    for w in &WORDS {
        let pdf = request_letter(v, r.access, LetterKind::Acknowledgement, w.lang).unwrap();
        assert_eq!(pdf.kind(), DocumentKind::RequestAcknowledgement);
        assert_eq!(pdf.language(), w.lang);
        assert_eq!(pdf.pages(), 1, "{}", w.lang);
        let t = text(&pdf);
        let lang = w.lang;
        assert!(t.contains(FIRM), "{lang}: firm header: {t}");
        assert!(t.contains(PERSON) && t.contains(PERSON_ADDRESS), "{lang}: addressed to the contact: {t}");
        assert!(t.contains(&w.reference(r.access)), "{lang}: reference: {t}");
        assert!(t.contains(&w.message("letter-title-acknowledgement")), "{lang}: title: {t}");
        assert!(t.contains(&w.message("letter-kind-access")), "{lang}: type of request: {t}");
        assert!(t.contains(w.due), "{lang}: due date: {t}");
        assert!(t.contains("A copy of everything you hold about me."), "{lang}: what was asked: {t}");
        assert!(t.contains(&w.message("letter-ack-identity")), "{lang}: identity not verified yet: {t}");
        assert!(t.contains("biuro@kaluza.example") && t.contains("iod@kaluza.example"), "{lang}: contact: {t}");

        let pdf = request_letter(v, r.stranger, LetterKind::Acknowledgement, w.lang).unwrap();
        let t = text(&pdf);
        assert!(t.contains(BG_PERSON) && t.contains(BG_REACH), "{lang}: the requester as they gave themselves: {t}");
        assert!(t.contains(&w.message("letter-kind-erasure")), "{lang}: {t}");
        assert!(t.contains(&w.reference(r.stranger)), "{lang}: {t}");
    }

    // The extension, with its reasons and the new due date.
    let requests = v.requests();
    let extended = requests
        .extend(r.access, ExtensionRequest { reason: REASON.into(), notified_on: Some(day("2026-11-20")) })
        .unwrap();
    assert_eq!(extended.due_on, day("2027-02-02"));
    for w in &WORDS {
        let pdf = request_letter(v, r.access, LetterKind::Extension, w.lang).unwrap();
        assert_eq!(pdf.kind(), DocumentKind::RequestExtension);
        let (t, lang) = (text(&pdf), w.lang);
        assert!(t.contains(&w.reference(r.access)), "{lang}: {t}");
        assert!(t.contains(REASON), "{lang}: the reasons: {t}");
        assert!(t.contains(w.extended) && t.contains(w.due), "{lang}: new and first due date: {t}");
        assert!(t.contains(w.art_12_3), "{lang}: Art. 12(3): {t}");
        assert!(t.contains(PERSON), "{lang}: {t}");
    }

    // The answer: the access report recorded as the action, then closed; and no data held.
    answer_with_report(v, r.access, Language::Pl).unwrap();
    // The same answer also as the portable export: its line is the letter's language too.
    custos_documents::answer_with_export(v, r.access).unwrap();
    requests.close(r.access, Some("report sent")).unwrap();
    requests.close_no_data(r.stranger, Some("searched cards and transcripts")).unwrap();
    for w in &WORDS {
        let lang = w.lang;
        let pdf = request_letter(v, r.access, LetterKind::Completion, w.lang).unwrap();
        assert_eq!(pdf.kind(), DocumentKind::RequestCompletion);
        let t = text(&pdf);
        assert!(t.contains(&w.reference(r.access)) && t.contains(PERSON), "{lang}: {t}");
        assert!(t.contains(&w.message("letter-done-report")), "{lang}: the report, in the language: {t}");
        assert!(!t.contains("Access report generated") || lang == Language::En, "{lang}: no English: {t}");
        assert!(t.contains(&w.message("letter-done-export")), "{lang}: the export, in the language: {t}");
        assert!(!t.contains("Portable export generated"), "{lang}: not the register's English: {t}");
        assert!(t.contains(&w.message("letter-done-enclosed")), "{lang}: the report is enclosed: {t}");
        assert!(!t.contains(&w.message("letter-done-no-data")), "{lang}: {t}");

        let pdf = request_letter(v, r.stranger, LetterKind::Completion, w.lang).unwrap();
        let t = text(&pdf);
        assert!(t.contains(BG_PERSON) && t.contains(&w.reference(r.stranger)), "{lang}: {t}");
        assert!(t.contains(&w.message("letter-done-no-data")), "{lang}: no personal data held: {t}");
        assert!(!t.contains(&w.message("letter-done-enclosed")), "{lang}: {t}");
    }

    // The refusal: the reasons, the named authority with its contact, and the court.
    requests.refuse(r.refused, REFUSAL).unwrap();
    for w in &WORDS {
        let lang = w.lang;
        let pdf = request_letter(v, r.refused, LetterKind::Refusal, w.lang).unwrap();
        assert_eq!(pdf.kind(), DocumentKind::RequestRefusal);
        let t = text(&pdf);
        assert!(t.contains(&w.reference(r.refused)) && t.contains(PERSON), "{lang}: {t}");
        assert!(t.contains(&w.message("letter-kind-objection")), "{lang}: {t}");
        assert!(t.contains(REFUSAL), "{lang}: the reasons: {t}");
        assert!(t.contains(AUTHORITY) && t.contains(AUTHORITY_CONTACT), "{lang}: the authority: {t}");
        assert!(t.contains(&w.message("letter-refusal-court")), "{lang}: judicial remedy: {t}");
        assert!(t.contains(w.art_12_4), "{lang}: Art. 12(4): {t}");
    }

    // Each letter is an audit entry about its request, naming no one.
    let filter = AuditFilter { action: Some("document.request_letter".into()), ..Default::default() };
    let entries = v.audit().list(&filter).unwrap();
    assert_eq!(entries.len(), 7 * 6);
    for e in &entries {
        assert_eq!(e.target_kind, "request");
        let details = e.details.to_string();
        assert!(!details.contains("Łukasz") && !details.contains("Живка"), "{details}");
        assert_eq!(e.details["sha256"].as_str().unwrap().len(), 64);
    }
    let newest = &entries[0];
    assert_eq!(newest.target_id.as_deref(), Some(r.refused.to_string().as_str()));
    assert_eq!((newest.details["letter"].as_str(), newest.details["language"].as_str()), (Some("refusal"), Some("bg")));
    let by_contact = AuditFilter { contact: Some(r.person), ..filter };
    assert_eq!(v.audit().list(&by_contact).unwrap().len(), 7 * 4, "the contact's requests' letters");
    assert!(v.audit().verify().unwrap().ok);

    // Erased: the letter names no one and greets "Sir or Madam"; its entries stay.
    v.erase(r.person).unwrap();
    let t = text(&request_letter(v, r.access, LetterKind::Completion, Language::En).unwrap());
    assert!(!t.contains(PERSON) && !t.contains(PERSON_ADDRESS), "{t}");
    assert!(t.contains("Dear Sir or Madam,") && t.contains(&WORDS[0].reference(r.access)), "{t}");
    assert_eq!(
        v.audit()
            .list(&AuditFilter { action: Some("document.request_letter".into()), ..Default::default() })
            .unwrap()
            .len(),
        7 * 6 + 1
    );
    assert!(v.audit().verify().unwrap().ok);
}

#[test]
fn a_letter_that_does_not_fit_the_request_is_refused_and_not_audited() {
    let (tv, r) = vault_with_requests();
    let v = &tv.vault;
    let refusal = request_letter(v, r.access, LetterKind::Refusal, Language::Pl).unwrap_err();
    assert!(matches!(
        refusal,
        Error::LetterNotApplicable { letter: LetterKind::Refusal, status: RequestStatus::Received, .. }
    ));
    assert_eq!(refusal.code(), "letter_not_applicable");
    let message = refusal.to_string();
    assert!(message.contains(&format!("Request #{} is received, not refused", r.access)), "{message}");
    assert!(message.contains("Refuse the request first"), "{message}");

    let extension = request_letter(v, r.access, LetterKind::Extension, Language::En).unwrap_err();
    assert!(extension.to_string().contains("Extend the request first"), "{extension}");
    let completion = request_letter(v, r.stranger, LetterKind::Completion, Language::En).unwrap_err();
    assert!(completion.to_string().contains("not done"), "{completion}");
    assert_eq!(request_letter(v, 9999, LetterKind::Acknowledgement, Language::En).unwrap_err().code(), "not_found");
    let filter = AuditFilter { action: Some("document.request_letter".into()), ..Default::default() };
    assert!(v.audit().list(&filter).unwrap().is_empty());

    // A letter goes out only with the controller named; a refusal also names the authority.
    v.company().set(CompanyProfile { authority_name: None, authority_contact: None, ..profile() }).unwrap();
    v.requests().refuse(r.refused, REFUSAL).unwrap();
    let incomplete = request_letter(v, r.refused, LetterKind::Refusal, Language::En).unwrap_err();
    assert_eq!(incomplete.code(), "document_incomplete");
    assert_eq!(incomplete.missing(), [Missing::SupervisoryAuthority, Missing::SupervisoryAuthorityContact]);
    assert!(incomplete.to_string().contains("letter refusing"), "{incomplete}");
    request_letter(v, r.access, LetterKind::Acknowledgement, Language::En).unwrap();
    assert_eq!(v.audit().list(&filter).unwrap().len(), 1);

    let empty = empty_vault();
    let q = empty
        .vault
        .requests()
        .open(NewRequest {
            kind: RequestKind::Access,
            contact_id: None,
            requester_name: Some(BG_PERSON.into()),
            requester_contact: None,
            received_on: day("2026-11-02"),
            channel: RequestChannel::Letter,
            details: None,
        })
        .unwrap();
    let no_profile = request_letter(&empty.vault, q.id, LetterKind::Acknowledgement, Language::Bg).unwrap_err();
    assert_eq!(no_profile.missing(), [Missing::CompanyProfile]);
}

#[test]
fn letter_kinds_have_stable_codes() {
    for kind in LetterKind::ALL {
        assert_eq!(kind.code().parse::<LetterKind>(), Ok(kind));
        assert_eq!(kind.to_string(), kind.code());
    }
    assert_eq!(" Refusal ".parse::<LetterKind>(), Ok(LetterKind::Refusal));
    assert!("reminder".parse::<LetterKind>().unwrap_err().contains("acknowledgement, extension, completion, refusal"));
}
