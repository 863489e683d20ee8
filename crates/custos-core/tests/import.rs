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

/// Every writer of a time takes the years 1900–2200 (UTC) and offsets up to ±18:00, refuses
/// what lies beyond with a message, and everything written reads back.
#[test]
fn every_writer_stores_the_boundary_times_and_refuses_what_lies_beyond() {
    use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
    use custos_core::consents::{ConsentMethod, ConsentRecord};
    use custos_core::contacts::ContactQuery;
    use custos_core::interactions::{Channel, NewConversation, NewMessage};
    use custos_core::purposes::{LegalBasis, PurposeSpec};
    use custos_core::requests::{NewRequest, RequestChannel, RequestKind};

    let t = new_vault();
    let anna = t.vault.contacts().add(NewContact::named("Anna Nowak")).unwrap().id;
    let utc = |s: &str| DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc);
    let first = "1900-01-01T00:00:00Z";
    let last = "2200-12-31T23:59:59.999Z";
    let before_first = "1899-12-31T23:59:59.999Z";
    let after_last = "2201-01-01T00:00:00Z";
    let range = "outside the years 1900–2200";

    // By hand (the desktop's form and `transcript add`).
    let conv = |at: &str| NewConversation {
        channel: Channel::Phone,
        started_at: Some(utc(at)),
        ended_at: None,
        external_ref: None,
        messages: vec![NewMessage { at: utc(at), sender: Sender::Contact, text: "hello".into() }],
    };
    for ok in [first, last] {
        t.vault.interactions().add(anna, conv(ok)).unwrap();
    }
    for bad in [before_first, after_last] {
        let err = t.vault.interactions().add(anna, conv(bad)).unwrap_err();
        assert_eq!((err.code(), err.to_string().contains(range)), ("invalid_input", true), "{bad}: {err}");
    }

    // WhatsApp: the phone's local time at the chosen offset.
    let whatsapp = |line: &str, minutes: i32| {
        let options =
            WhatsAppOptions { utc_offset: FixedOffset::east_opt(minutes * 60).unwrap(), ..WhatsAppOptions::default() };
        t.vault.import_transcript(anna, &format!("{line} - Anna Nowak: hi\n"), &options)
    };
    whatsapp("01.01.1900, 00:00", 0).unwrap();
    whatsapp("31.12.2200, 23:59", 0).unwrap();
    whatsapp("01.01.1900, 18:00", 18 * 60).unwrap();
    whatsapp("31.12.2200, 05:59", -18 * 60).unwrap();
    for (line, minutes, says) in [
        ("01.01.1900, 00:30", 60, range),
        ("31.12.2200, 23:30", -60, range),
        ("01.01.0000, 00:30", 60, range),
        ("01.03.2026, 10:00", 18 * 60 + 1, "between -18:00 and +18:00"),
    ] {
        let err = whatsapp(line, minutes).unwrap_err();
        assert!(err.to_string().contains(says), "{line} at {minutes}: {err}");
        assert!(!err.is_internal(), "{err}");
    }

    // Custos JSON: times with their offset.
    let json = |at: &str| {
        let text = format!(
            r#"{{"format": "custos-transcript", "version": 1,
 "messages": [{{"at": "{at}", "sender": {{"kind": "contact"}}, "text": "hi"}}]}}"#
        );
        t.vault.import_transcript(anna, &text, &WhatsAppOptions::default())
    };
    for ok in [first, last, "1900-01-01T18:00:00+18:00", "2200-12-31T05:59:59-18:00"] {
        json(ok).unwrap();
    }
    for (bad, says) in [
        (before_first, range),
        (after_last, range),
        ("9999-12-31T23:59:59-23:59", "between -18:00 and +18:00"),
        ("2026-03-01T10:00:00+18:01", "between -18:00 and +18:00"),
        ("1900-01-01T17:59:59+18:00", range),
    ] {
        let err = json(bad).unwrap_err();
        assert_eq!(err.code(), "import_failed", "{bad}: {err}");
        assert!(err.to_string().starts_with("Line 2:") && err.to_string().contains(says), "{bad}: {err}");
    }

    // Consents and objections: not in the future, and not before 1900.
    let spec = PurposeSpec {
        consent_wording: Some("Yes, send me news.".into()),
        ..PurposeSpec::new("News", "Monthly news", LegalBasis::Consent)
    };
    let news = t.vault.purposes().add(spec).unwrap().id;
    let at = |s: &str| ConsentRecord { at: Some(utc(s)), ..ConsentRecord::by(ConsentMethod::Paper) };
    let err = t.vault.consents().give(anna, news, at(before_first)).unwrap_err();
    assert!(err.to_string().contains(range), "{err}");
    t.vault.consents().give(anna, news, at(first)).unwrap();
    let err = t.vault.objections().object(anna, news, at(before_first)).unwrap_err();
    assert!(err.to_string().contains(range), "{err}");
    t.vault.objections().object(anna, news, at(first)).unwrap();

    // Days: a request's receipt, a review date, a closure day.
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let request = |received_on| NewRequest {
        kind: RequestKind::Access,
        contact_id: Some(anna),
        requester_name: None,
        requester_contact: None,
        received_on,
        channel: RequestChannel::Email,
        details: None,
    };
    t.vault.requests().open(request(day(1900, 1, 1))).unwrap();
    assert_eq!(t.vault.requests().open(request(day(1899, 12, 31))).unwrap_err().code(), "invalid_input");
    t.vault.retention().keep(anna, "asked us to", day(2200, 12, 31)).unwrap();
    assert_eq!(t.vault.retention().keep(anna, "asked us to", day(2201, 1, 1)).unwrap_err().code(), "invalid_input");
    t.vault.calendar().add_closure_day(day(2200, 12, 31), None).unwrap();
    assert_eq!(t.vault.calendar().add_closure_day(day(1899, 12, 31), None).unwrap_err().code(), "invalid_input");

    // Everything reads back, and the boundaries are what was written.
    let convs = t.vault.interactions().for_contact(anna).unwrap();
    assert_eq!(convs.len(), 10);
    let mut times: Vec<DateTime<Utc>> =
        convs.iter().flat_map(|c| t.vault.interactions().get(c.id).unwrap().messages).map(|m| m.at).collect();
    times.sort();
    assert_eq!((times[0], times[times.len() - 1]), (utc(first), utc("2200-12-31T23:59:59.999Z")));
    assert_eq!(t.vault.contacts().get(anna).unwrap().last_contact_at, Some(utc(last)));
    assert_eq!(t.vault.contacts().list(&ContactQuery::default()).unwrap().total, 1);
    t.vault.consents().history(anna, Some(news)).unwrap();
    t.vault.retention().warnings().unwrap();
    t.vault.requests().list(&Default::default()).unwrap();
    t.vault.calendar().closure_days().unwrap();
    assert!(t.vault.audit().verify().unwrap().ok);
}
