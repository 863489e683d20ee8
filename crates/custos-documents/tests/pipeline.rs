//! The pipeline both front ends use: a job is checked before anything is generated (and
//! audited), each document is audited once and written where the job says, and a request
//! answered with the report records it as its action.
#![allow(clippy::unwrap_used)]

mod common;

use std::path::PathBuf;

use chrono::NaiveDate;
use common::*;
use custos_core::audit::AuditFilter;
use custos_core::contacts::{DataSource, NewContact};
use custos_core::requests::{NewRequest, RequestChannel, RequestKind, RequestStatus};
use custos_documents::{
    AccessOptions, Collected, DocumentRequest, DocumentSpec, Job, Language, LetterKind, Subject, generate,
};

fn all_entries(tv: &TestVault) -> usize {
    tv.vault.audit().list(&AuditFilter::default()).unwrap().len()
}

fn audit_count(tv: &TestVault, action: &str) -> usize {
    let filter = AuditFilter { action: Some(action.into()), ..AuditFilter::default() };
    tv.vault.audit().list(&filter).unwrap().len()
}

fn person(tv: &TestVault) -> i64 {
    let new = NewContact { source: DataSource::Person { via: None }, ..NewContact::named("Łucja Żak-Śliwińska") };
    tv.vault.contacts().add(new).unwrap().id
}

fn request(tv: &TestVault, kind: RequestKind, contact: i64) -> i64 {
    let new = NewRequest {
        kind,
        contact_id: Some(contact),
        requester_name: None,
        requester_contact: None,
        received_on: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
        channel: RequestChannel::Email,
        details: None,
    };
    tv.vault.requests().open(new).unwrap().id
}

fn report(subject: Subject, path: PathBuf, export: Option<PathBuf>) -> Job {
    Job {
        document: DocumentSpec::AccessReport { subject, options: AccessOptions::default(), export },
        language: Language::Pl,
        path,
        replace: false,
    }
}

#[test]
fn each_document_is_written_where_the_job_says_with_one_audit_entry() {
    let tv = complete_vault();
    let dir = tv.dir.path();
    let record =
        Job { document: DocumentSpec::Record, language: Language::De, path: dir.join("r.pdf"), replace: false };
    let saved = generate(&tv.vault, &record).unwrap();
    assert_eq!(saved.len(), 1);
    let s = &saved[0];
    assert_eq!(
        (s.kind, s.language, s.path.as_path()),
        ("record_of_processing", Some(Language::De), record.path.as_path())
    );
    let bytes = std::fs::read(&record.path).unwrap();
    assert!(bytes.starts_with(b"%PDF") && s.bytes == bytes.len() as u64 && s.pages >= Some(1), "{s:?}");
    assert_eq!(s.sha256.len(), 64);

    let html = Job {
        document: DocumentSpec::NoticeHtml {
            collected: Collected::FromSource(DataSource::Public { name: "KRS".into() }),
        },
        language: Language::Bg,
        path: dir.join("notice.html"),
        replace: false,
    };
    let page = &generate(&tv.vault, &html).unwrap()[0];
    assert_eq!((page.kind, page.pages), ("privacy_notice", None));
    assert!(std::fs::read_to_string(&html.path).unwrap().contains("KRS"));

    let contact = person(&tv);
    let both = report(Subject::Contact(contact), dir.join("a.pdf"), Some(dir.join("a.zip")));
    let saved = generate(&tv.vault, &both).unwrap();
    let kinds: Vec<_> = saved.iter().map(|s| (s.kind, s.language, s.request.is_some())).collect();
    assert_eq!(kinds, [("access_report", Some(Language::Pl), false), ("access_export", None, false)]);
    assert!(std::fs::read(dir.join("a.zip")).unwrap().starts_with(b"PK"));
    assert_eq!(audit_count(&tv, "document.access_report"), 2, "one entry per document");

    let q = request(&tv, RequestKind::Access, contact);
    let letter = Job {
        document: DocumentSpec::RequestLetter { request: q, letter: LetterKind::Acknowledgement },
        language: Language::En,
        path: dir.join("ack.pdf"),
        replace: false,
    };
    assert_eq!(generate(&tv.vault, &letter).unwrap()[0].kind, "request_acknowledgement");
    assert_eq!(audit_count(&tv, "document.request_letter"), 1);
    assert!(tv.vault.requests().get(q).unwrap().actions.is_empty(), "a letter is not an action");
}

#[test]
fn an_existing_file_is_refused_before_anything_is_generated_or_audited() {
    let tv = complete_vault();
    let dir = tv.dir.path();
    let contact = person(&tv);
    let q = request(&tv, RequestKind::Access, contact);
    let taken = dir.join("taken.zip");
    std::fs::write(&taken, b"the clerk's own file").unwrap();

    let job = report(Subject::Request(q), dir.join("report.pdf"), Some(taken.clone()));
    let e = generate(&tv.vault, &job).unwrap_err();
    assert_eq!(e.code(), "file_exists", "{e}");
    assert!(e.to_string().contains("taken.zip"), "{e}");
    assert!(!exists(&dir.join("report.pdf")), "nothing written");
    assert_eq!(std::fs::read(&taken).unwrap(), b"the clerk's own file");
    assert_eq!(audit_count(&tv, "document.access_report"), 0, "nothing generated, nothing audited");
    assert!(tv.vault.requests().get(q).unwrap().actions.is_empty(), "nothing recorded");

    // Replacing, as the user confirmed: both written, the file replaced.
    let confirmed = Job { replace: true, ..job };
    assert_eq!(generate(&tv.vault, &confirmed).unwrap().len(), 2);
    assert!(std::fs::read(&taken).unwrap().starts_with(b"PK"));
}

#[test]
fn the_same_file_twice_and_a_blank_name_are_refused_before_anything_is_audited() {
    let tv = complete_vault();
    let dir = tv.dir.path();
    let contact = person(&tv);
    let before = all_entries(&tv);
    let twice = report(Subject::Contact(contact), dir.join("same.pdf"), Some(dir.join(".").join("same.pdf")));
    let e = generate(&tv.vault, &twice).unwrap_err();
    assert_eq!((e.code(), e.invalid().map(|i| i.code())), ("invalid_input", Some("same_target")), "{e}");
    assert!(e.to_string().contains("choose another name"), "{e}");

    let mut blank = report(Subject::Contact(contact), dir.join("r.pdf"), None);
    if let DocumentSpec::AccessReport { options, .. } = &mut blank.document {
        options.redact_names = vec!["Jan Kowalski".into(), "  ".into()];
    }
    let e = generate(&tv.vault, &blank).unwrap_err();
    assert_eq!(e.invalid().map(|i| i.code()), Some("blank_redaction"), "{e}");

    let nowhere = Job { document: DocumentSpec::Record, language: Language::En, path: " ".into(), replace: true };
    assert_eq!(generate(&tv.vault, &nowhere).unwrap_err().to_string(), "Choose where to save the document.");
    assert!(!exists(&dir.join("same.pdf")) && !exists(&dir.join("r.pdf")));
    assert_eq!(all_entries(&tv), before, "nothing audited");
}

#[test]
fn a_request_answered_with_the_report_and_export_records_both_as_its_actions() {
    let tv = complete_vault();
    let dir = tv.dir.path();
    let contact = person(&tv);
    let q = request(&tv, RequestKind::Portability, contact);

    let job = report(Subject::Request(q), dir.join("report.pdf"), Some(dir.join("export.zip")));
    let saved = generate(&tv.vault, &job).unwrap();
    let answered = saved[1].request.as_ref().unwrap();
    assert_eq!(answered.id, q);
    assert_eq!(answered.status, RequestStatus::InProgress);
    let actions: Vec<_> = answered.actions.iter().map(|a| (a.audit_action.as_str(), &a.description)).collect();
    assert_eq!(actions.len(), 2, "{actions:?}");
    assert!(actions[0].1.starts_with("Access report generated in polski ("), "{actions:?}");
    assert!(actions[0].1.contains(&saved[0].sha256[..12]), "{actions:?}");
    assert!(actions[1].1.starts_with("Portable export generated (ZIP, SHA-256 "), "{actions:?}");
    assert!(actions.iter().all(|(code, _)| *code == "document.access_report"));
    // The UI words them in its language from what they read back as.
    let said: Vec<_> = answered.actions.iter().map(|a| a.said.clone()).collect();
    assert!(
        matches!(&said[0], Some(custos_core::requests::ActionSaid::ReportGenerated { language, .. }) if language == "polski"),
        "{said:?}"
    );
    assert!(matches!(&said[1], Some(custos_core::requests::ActionSaid::ExportGenerated { .. })), "{said:?}");
    assert_eq!(saved[0].request.as_ref().unwrap().actions.len(), 1, "the report's answer, before the export");
    assert_eq!(audit_count(&tv, "document.access_report"), 2);

    // A request an access report does not answer: refused, nothing generated.
    let erasure = request(&tv, RequestKind::Erasure, contact);
    let e = generate(&tv.vault, &report(Subject::Request(erasure), dir.join("no.pdf"), None)).unwrap_err();
    assert_eq!(e.code(), "refused");
    assert!(e.to_string().contains("an access report does not answer it"), "{e}");
    assert!(!exists(&dir.join("no.pdf")));
    assert_eq!(audit_count(&tv, "document.access_report"), 2);
}

#[test]
fn the_desktop_request_becomes_the_same_job() {
    let tv = complete_vault();
    let contact = person(&tv);
    let q = request(&tv, RequestKind::Access, contact);
    let path = tv.dir.path().join("from-the-ui.pdf");
    let wire: DocumentRequest = serde_json::from_value(serde_json::json!({
        "kind": "access_report", "language": "pl", "request": q, "path": path.display().to_string(),
        "redact_names": ["Jan Kowalski", ""] }))
    .unwrap();
    let job = Job::try_from(&wire).unwrap();
    let saved = generate(&tv.vault, &job).unwrap();
    assert_eq!(saved[0].request.as_ref().unwrap().actions.len(), 1);
    assert!(std::fs::read(&path).unwrap().starts_with(b"%PDF"));
    let entries = tv.vault.audit().list(&AuditFilter::default()).unwrap();
    let entry = entries.iter().find(|e| e.action == "document.access_report").unwrap();
    assert_eq!(entry.details["extra_redactions"], 1, "{:?}", entry.details);
}
