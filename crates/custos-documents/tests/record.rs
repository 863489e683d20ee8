//! The record of processing activities (Art. 30(1)), generated from a real vault in every
//! language and read back with `pdftotext`.
#![allow(clippy::unwrap_used)]

mod common;

use std::time::Instant;

use common::*;
use custos_core::company::CompanyProfile;
use custos_core::purposes::{LegalBasis, PurposeSpec};
use custos_documents::{DocumentKind, Error, Language, Missing, RecordOfProcessing, record_of_processing};

/// What each language must print: (language, date in its style, page 1 of 1 in its words,
/// labels from its .ftl that must appear on one line each).
fn expected(lang: Language) -> (&'static str, &'static str, &'static [&'static str]) {
    match lang {
        Language::En => (
            "23 November 2026",
            "Page 1 of",
            &[
                "Record of processing activities",
                "Controller",
                "Processing activities",
                "Data protection officer",
                "Supervisory authority",
                "Technical and organisational security measures",
                "General retention rules",
            ],
        ),
        Language::Pl => (
            "23 listopada 2026",
            "Strona 1 z",
            &[
                "Rejestr czynności przetwarzania",
                "Administrator",
                "Czynności przetwarzania",
                "Inspektor ochrony danych",
                "Organ nadzorczy",
                "Techniczne i organizacyjne środki bezpieczeństwa",
                "Ogólne zasady retencji",
            ],
        ),
        Language::De => (
            "23. November 2026",
            "Seite 1 von",
            &[
                "Verzeichnis von Verarbeitungstätigkeiten",
                "Verantwortlicher",
                "Verarbeitungstätigkeiten",
                "Datenschutzbeauftragter",
                "Aufsichtsbehörde",
                "Technische und organisatorische Maßnahmen",
                "Allgemeine Aufbewahrungsregeln",
            ],
        ),
        Language::Fr => (
            "23 novembre 2026",
            "Page 1 sur",
            &[
                "Registre des activités de traitement",
                "Responsable du traitement",
                "Activités de traitement",
                "Délégué à la protection des données",
                "Autorité de contrôle",
                "Mesures de sécurité techniques et organisationnelles",
                "Règles générales de conservation",
            ],
        ),
        Language::It => (
            "23 novembre 2026",
            "Pagina 1 di",
            &[
                "Registro delle attività di trattamento",
                "Titolare del trattamento",
                "Attività di trattamento",
                "Responsabile della protezione dei dati",
                "Autorità di controllo",
                "Misure di sicurezza tecniche e organizzative",
                "Regole generali di conservazione",
            ],
        ),
        Language::Es => (
            "23 de noviembre de 2026",
            "Página 1 de",
            &[
                "Registro de las actividades de tratamiento",
                "Responsable del tratamiento",
                "Actividades de tratamiento",
                "Delegado de protección de datos",
                "Autoridad de control",
                "Medidas de seguridad técnicas y organizativas",
                "Reglas generales de conservación",
            ],
        ),
        Language::Bg => (
            "23 ноември 2026 г.",
            "Страница 1 от",
            &[
                "Регистър на дейностите по обработване",
                "Администратор",
                "Дейности по обработване",
                "Длъжностно лице по защита на данните",
                "Надзорен орган",
                "Технически и организационни мерки за сигурност",
                "Общи правила за съхранение",
            ],
        ),
    }
}

#[test]
fn the_record_in_every_language_holds_every_required_element() {
    let tv = complete_vault();
    for lang in Language::ALL {
        let started = Instant::now();
        let pdf = record_of_processing(&tv.vault, lang).unwrap();
        let took = started.elapsed();
        eprintln!("{lang}: {} pages, {} bytes, {took:?}", pdf.pages(), pdf.bytes().len());
        assert_eq!(pdf.kind(), DocumentKind::RecordOfProcessing);
        assert_eq!(pdf.language(), lang);
        assert!(pdf.bytes().starts_with(b"%PDF-"));
        assert!(pdf.bytes().len() < 200_000, "{lang}: {} bytes: is the font subset?", pdf.bytes().len());

        let text = pdftotext(pdf.bytes(), None);
        let flat = squash(&text);
        let (date, page_one, labels) = expected(lang);
        let must =
            [FIRM, PL_PURPOSE, BG_PURPOSE, "Newsletter", BG_RECIPIENT, "Chatly Inc.", "SQLCipher", "AES-256", date];
        for needle in must.iter().chain(labels) {
            assert!(flat.contains(needle), "{lang}: '{needle}' missing from:\n{text}");
        }
        assert!(
            flat.contains(&format!("{page_one} {}", pdf.pages())),
            "{lang}: no '{page_one} {}'\n{text}",
            pdf.pages()
        );
        // The controller's details, the DPO and the retention periods.
        for needle in [
            "ul. Świętokrzyska 12",
            "biuro@kaluza.example",
            "Żaneta Łęcka",
            "iod@kaluza.example",
            "Prezes Urzędu Ochrony Danych Osobowych",
            "2021/914",
        ] {
            assert!(flat.contains(needle), "{lang}: '{needle}' missing");
        }
        // Every column title, word by word (narrow columns wrap their titles).
        let words: Vec<&str> = flat.split(' ').collect();
        // Each purpose's categories of data subjects, as entered (not guessed from retention rules).
        for subject in ["dłużnicy", "клиенти", "потенциални", "subscribers"] {
            assert!(has_word(&words, subject), "{lang}: '{subject}' missing");
        }
        // Texts inside table cells wrap, so these are checked word by word (a status starts
        // its retention rule's line, before a colon).
        for column in [
            "basis-f",
            "basis-b",
            "basis-a",
            "safeguard-standard_contractual_clauses",
            "status-former_customer",
            "col-number",
            "col-purpose",
            "col-basis",
            "col-subjects",
            "col-data",
            "col-recipients",
            "col-transfers",
            "col-erasure",
        ] {
            let title = lang.message(column);
            for word in title.split_whitespace() {
                assert!(has_word(&words, word), "{lang}: word '{word}' of '{title}' missing");
            }
        }
        assert!(!flat.contains(".."), "{lang}: a doubled full stop");
        // Not a single unfilled placeholder or message id.
        for bad in ["{ $", "{$", "col-", "basis-", "status-", "role-", "safeguard-", "period-", "month-"] {
            assert!(!flat.contains(bad), "{lang}: '{bad}' leaked into the text");
        }
    }
}

/// `word` is there whole (or before a comma or colon), or broken across two lines of a table
/// cell with a hyphen.
fn has_word(words: &[&str], word: &str) -> bool {
    words.contains(&word)
        || [",", ":"].iter().any(|p| words.contains(&format!("{word}{p}").as_str()))
        || word
            .char_indices()
            .skip(1)
            .any(|(i, _)| words.contains(&format!("{}-", &word[..i]).as_str()) && words.contains(&&word[i..]))
}

#[test]
fn polish_and_bulgarian_names_come_back_exactly() {
    let tv = complete_vault();
    let text = pdftotext(record_of_processing(&tv.vault, Language::Bg).unwrap().bytes(), None);
    // Each on one line, character for character (no look-alike substitutes, no lost marks).
    for name in [FIRM, PL_PURPOSE, BG_PURPOSE, BG_RECIPIENT, "Żaneta Łęcka"] {
        assert!(text.lines().any(|l| l.contains(name)), "'{name}' not found exactly in:\n{text}");
    }
    for ch in ['ł', 'ż', 'ś', 'Ż', 'Ł', 'Щ', 'Ъ', 'ъ'] {
        assert!(text.contains(ch), "{ch}");
    }
}

#[test]
fn a_long_catalogue_breaks_across_pages_and_repeats_the_table_header() {
    let tv = empty_vault();
    tv.vault.company().set(profile()).unwrap();
    let names: Vec<String> = (1..=40).map(|i| format!("Purpose number {i:02}")).collect();
    for name in &names {
        let mut p = PurposeSpec::new(
            name.clone(),
            "Handling enquiries and orders, with the follow-up that customers expect from a careful firm.",
            LegalBasis::Contract,
        );
        p.data_subject_categories = vec!["customers".into(), "leads".into()];
        p.data_categories = vec!["name".into(), "e-mail address".into(), "phone number".into()];
        p.retention_rule = Some("3 years after the end of the contract".into());
        tv.vault.purposes().add(p).unwrap();
    }
    let started = Instant::now();
    let pdf = record_of_processing(&tv.vault, Language::En).unwrap();
    eprintln!("40 purposes: {} pages, {} bytes, {:?}", pdf.pages(), pdf.bytes().len(), started.elapsed());
    assert!(pdf.pages() >= 3, "{} pages", pdf.pages());

    let mut seen = Vec::new();
    let mut table_pages = 0;
    for page in 1..=pdf.pages() {
        let text = pdftotext(pdf.bytes(), Some(page));
        assert!(text.contains(FIRM), "page {page}: no header");
        assert!(text.contains("23 November 2026"), "page {page}: no date");
        assert!(text.contains(&format!("Page {page} of {}", pdf.pages())), "page {page}: no page number");
        let rows: Vec<&String> = names.iter().filter(|n| text.contains(n.as_str())).collect();
        if !rows.is_empty() {
            table_pages += 1;
            assert!(
                text.contains("Legal basis") && text.contains("Time limits for"),
                "page {page}: no table header\n{text}"
            );
        }
        seen.extend(rows.into_iter().cloned());
    }
    assert!(table_pages >= 2);
    assert_eq!(seen, names, "every purpose once, in order");
}

#[test]
fn an_incomplete_profile_stops_generation_with_the_list_and_writes_nothing() {
    let tv = empty_vault();
    tv.vault
        .company()
        .set(CompanyProfile { controller_name: FIRM.into(), dpo_name: Some("Jan".into()), ..Default::default() })
        .unwrap();
    let mut p = PurposeSpec::new("Offers", "Sending offers.", LegalBasis::Contract);
    p.data_subject_categories = vec!["customers".into()];
    p.data_categories = vec!["e-mail".into()];
    tv.vault.purposes().add(p).unwrap();

    let out = tv.dir.path().join("record.pdf");
    let err = record_of_processing(&tv.vault, Language::Pl).and_then(|pdf| pdf.save(&out)).unwrap_err();
    assert!(!out.exists());
    assert_eq!(err.code(), "document_incomplete");
    assert_eq!(
        err.missing(),
        [
            Missing::ControllerAddress,
            Missing::ControllerContact,
            Missing::DpoContact,
            Missing::PurposeRetention { purpose: "Offers".into() },
        ]
    );
    let message = err.to_string();
    assert!(
        message.contains("postal address") && message.contains("retention period for purpose 'Offers'"),
        "{message}"
    );
    assert_eq!(err.missing()[3].code(), "purpose_retention");

    // No profile and no purposes at all.
    let empty = empty_vault();
    let err = RecordOfProcessing::from_vault(&empty.vault).unwrap_err();
    assert!(matches!(&err, Error::Incomplete { document: DocumentKind::RecordOfProcessing, .. }));
    assert_eq!(err.missing(), [Missing::CompanyProfile, Missing::Purposes]);
}

#[test]
fn a_purpose_without_categories_of_data_subjects_stops_the_record() {
    let tv = complete_vault();
    let mut p = PurposeSpec::new("Recruitment", "Choosing whom to hire.", LegalBasis::Contract);
    p.data_categories = vec!["CV".into()];
    p.retention_rule = Some("6 months after the decision".into());
    tv.vault.purposes().add(p).unwrap();

    let out = tv.dir.path().join("record.pdf");
    let err = record_of_processing(&tv.vault, Language::En).and_then(|pdf| pdf.save(&out)).unwrap_err();
    assert!(!out.exists());
    assert_eq!(err.code(), "document_incomplete");
    assert_eq!(err.missing(), [Missing::PurposeDataSubjects { purpose: "Recruitment".into() }]);
    assert_eq!(err.missing()[0].code(), "purpose_data_subjects");
    let message = err.to_string();
    assert!(message.contains("categories of data subjects of purpose 'Recruitment'"), "{message}");
    assert_eq!(
        serde_json::to_value(&err.missing()[0]).unwrap(),
        serde_json::json!({ "item": "purpose_data_subjects", "purpose": "Recruitment" })
    );

    // Filled in, the record is made and names them.
    let id = tv.vault.purposes().find("Recruitment").unwrap().id;
    let mut spec = tv.vault.purposes().get(id).unwrap().spec;
    spec.data_subject_categories = vec!["applicants".into()];
    tv.vault.purposes().update(id, spec).unwrap();
    let pdf = record_of_processing(&tv.vault, Language::En).unwrap();
    assert!(squash(&pdftotext(pdf.bytes(), None)).contains("applicants"));
}

#[test]
fn saving_never_replaces_a_file_unless_asked() {
    let tv = complete_vault();
    let pdf = record_of_processing(&tv.vault, Language::De).unwrap();
    assert_eq!(pdf.suggested_file_name(), "record-of-processing-2026-11-23-de.pdf");
    let path = tv.dir.path().join(pdf.suggested_file_name());
    pdf.save(&path).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), pdf.bytes());

    std::fs::write(&path, b"the user's own file").unwrap();
    let err = pdf.save(&path).unwrap_err();
    assert_eq!(err.code(), "file_exists");
    assert_eq!(std::fs::read(&path).unwrap(), b"the user's own file");

    pdf.save_replacing(&path).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), pdf.bytes());
    // No temporary file left beside it.
    let names: Vec<_> = std::fs::read_dir(tv.dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(names.iter().all(|n| !n.to_string_lossy().contains(".part")), "{names:?}");
}

#[test]
fn the_same_vault_gives_the_same_content() {
    let tv = complete_vault();
    let a = pdftotext(record_of_processing(&tv.vault, Language::Fr).unwrap().bytes(), None);
    let b = pdftotext(record_of_processing(&tv.vault, Language::Fr).unwrap().bytes(), None);
    assert_eq!(a, b);
}

#[test]
fn characters_the_font_cannot_draw_are_refused_rather_than_dropped() {
    let tv = complete_vault();
    let mut p = PurposeSpec::new("Launch 🚀 漢字", "Ελληνικά are fine.", LegalBasis::Contract);
    p.data_subject_categories = vec!["customers".into()];
    p.data_categories = vec!["name".into()];
    p.retention_rule = Some("1 year".into());
    tv.vault.purposes().add(p).unwrap();
    let err = record_of_processing(&tv.vault, Language::En).unwrap_err();
    assert_eq!(err.code(), "unsupported_characters");
    let message = err.to_string();
    assert!(message.contains("🚀") && message.contains("漢") && message.contains("Launch"), "{message}");
    assert!(!message.contains('Ε'), "Greek is drawable: {message}");
}
