//! The privacy notice (Art. 13 and 14), generated from a real vault in every language and
//! read back with `pdftotext`.
#![allow(clippy::unwrap_used)]

mod common;

use common::*;
use custos_core::company::CompanyProfile;
use custos_core::contacts::DataSource;
use custos_core::purposes::{LegalBasis, PurposeSpec};
use custos_documents::{
    Collected, DocumentKind, Language, Missing, PrivacyNotice, privacy_notice, privacy_notice_html,
};

/// Messages without arguments that every notice prints, checked word by word.
const LABELS: &[&str] = &[
    "notice-title",
    "notice-controller",
    "notice-purposes",
    "field-purpose",
    "field-basis",
    "field-recipients",
    "field-transfers",
    "field-retention",
    "field-requirement",
    "field-automated",
    "requirement-voluntary",
    "automated-none",
    "notice-rights",
    "right-access",
    "right-rectification",
    "right-erasure",
    "right-restriction",
    "right-portability",
    "right-objection",
    "right-withdraw",
    "notice-rights-how",
    "notice-complaint",
    "basis-f",
    "basis-b",
    "basis-a",
    "safeguard-standard_contractual_clauses",
];

fn page_one(lang: Language) -> &'static str {
    match lang {
        Language::En => "Page 1 of",
        Language::Pl => "Strona 1 z",
        Language::De => "Seite 1 von",
        Language::Fr => "Page 1 sur",
        Language::It => "Pagina 1 di",
        Language::Es => "Página 1 de",
        Language::Bg => "Страница 1 от",
    }
}

fn date(lang: Language) -> &'static str {
    match lang {
        Language::En => "23 November 2026",
        Language::Pl => "23 listopada 2026",
        Language::De => "23. November 2026",
        Language::Fr | Language::It => "23 novembre 2026",
        Language::Es => "23 de noviembre de 2026",
        Language::Bg => "23 ноември 2026 г.",
    }
}

#[test]
fn the_art_13_notice_in_every_language_holds_every_required_element() {
    let tv = complete_vault();
    for lang in Language::ALL {
        let started = std::time::Instant::now();
        let pdf = privacy_notice(&tv.vault, Collected::FromThePerson, lang).unwrap();
        eprintln!("notice {lang}: {} pages, {} bytes, {:?}", pdf.pages(), pdf.bytes().len(), started.elapsed());
        assert_eq!(pdf.kind(), DocumentKind::PrivacyNotice);
        assert!(pdf.bytes().len() < 200_000);
        let text = pdftotext(pdf.bytes(), None);
        let flat = squash(&text);
        let words: Vec<&str> = flat.split(' ').collect();
        for id in LABELS {
            let message = lang.message(id);
            for word in message.split_whitespace() {
                assert!(words.contains(&word), "{lang}: '{word}' of {id} '{message}' missing from\n{text}");
            }
        }
        for needle in [
            FIRM,
            PL_PURPOSE,
            BG_PURPOSE,
            "Newsletter",
            BG_RECIPIENT,
            "Chatly Inc. (US)",
            "ul. Świętokrzyska 12, 00-916 Warszawa",
            "biuro@kaluza.example",
            "Żaneta Łęcka, iod@kaluza.example",
            "Prezes Urzędu Ochrony Danych Osobowych, ul. Stawki 2, 00-193 Warszawa",
            "Odzyskanie należności za wykonane usługi",
            "6 lat od końca roku, w którym wygasło roszczenie",
            "Until consent is withdrawn",
            "no order",
            date(lang),
        ] {
            assert!(flat.contains(needle), "{lang}: '{needle}' missing from\n{text}");
        }
        assert!(flat.contains(&format!("{} {}", page_one(lang), pdf.pages())), "{lang}\n{text}");
        // Art. 13 does not print the categories of data or a source.
        assert!(!flat.contains(&lang.message("notice-source")), "{lang}");
        assert!(!flat.contains(".."), "{lang}: a doubled full stop");
        for bad in ["{ $", "{$", "field-", "notice-", "right-", "basis-"] {
            assert!(!flat.contains(bad), "{lang}: '{bad}' leaked into the text");
        }
    }
}

#[test]
fn the_art_14_notice_adds_the_categories_and_the_source() {
    let tv = complete_vault();
    let source = Collected::FromSource(DataSource::Public { name: "Krajowy Rejestr Sądowy".into() });
    assert_eq!(source.article(), 14);
    for lang in [Language::En, Language::Bg] {
        let pdf = privacy_notice(&tv.vault, source.clone(), lang).unwrap();
        let flat = squash(&pdftotext(pdf.bytes(), None));
        for needle in [
            lang.message("notice-source"),
            lang.message("field-data"),
            "Krajowy Rejestr Sądowy".into(),
            "име, телефон, адрес за доставка".into(),
            "imię i nazwisko, adres, kwota długu".into(),
        ] {
            assert!(flat.contains(&needle), "{lang}: '{needle}' missing from\n{flat}");
        }
        assert!(flat.contains("14"));
    }
}

#[test]
fn a_notice_without_a_supervisory_authority_is_refused_with_the_list() {
    let tv = empty_vault();
    tv.vault.company().set(CompanyProfile { authority_name: None, authority_contact: None, ..profile() }).unwrap();
    let mut p = PurposeSpec::new("Offers", "Sending offers.", LegalBasis::Contract);
    p.retention_rule = Some("2 years".into());
    tv.vault.purposes().add(p).unwrap();

    let out = tv.dir.path().join("notice.pdf");
    let err =
        privacy_notice(&tv.vault, Collected::FromThePerson, Language::En).and_then(|pdf| pdf.save(&out)).unwrap_err();
    assert!(!out.exists());
    assert_eq!(err.code(), "document_incomplete");
    assert_eq!(err.missing(), [Missing::SupervisoryAuthority, Missing::SupervisoryAuthorityContact]);
    assert!(err.to_string().contains("privacy notice"), "{err}");

    // Art. 14 also needs the purpose's categories of data and a named source.
    let unnamed = Collected::FromSource(DataSource::ThirdParty { name: " ".into() });
    let err = PrivacyNotice::from_vault(&tv.vault, unnamed).unwrap_err();
    assert_eq!(
        err.missing(),
        [
            Missing::SupervisoryAuthority,
            Missing::SupervisoryAuthorityContact,
            Missing::DataSource,
            Missing::PurposeDataCategories { purpose: "Offers".into() },
        ]
    );
}

#[test]
fn the_notice_exports_as_one_html_page_for_a_website() {
    let tv = complete_vault();
    let mut odd = PurposeSpec::new("Tom & Jerry <script>", "Quotes \"here\".", LegalBasis::Contract);
    odd.retention_rule = Some("1 year".into());
    tv.vault.purposes().add(odd).unwrap();

    let html = privacy_notice_html(&tv.vault, Collected::FromThePerson, Language::Pl).unwrap();
    assert_eq!(html.suggested_file_name(), "privacy-notice-2026-11-23-pl.html");
    let text = html.text();
    assert!(text.starts_with("<!DOCTYPE html>\n<html lang=\"pl\">"));
    for needle in [
        format!("<h1>{}</h1>", Language::Pl.message("notice-title")),
        format!("<h3>{PL_PURPOSE}</h3>"),
        format!("<h3>{BG_PURPOSE}</h3>"),
        "<h3>Tom &amp; Jerry &lt;script&gt;</h3>".to_owned(),
        "Quotes &quot;here&quot;.".to_owned(),
        FIRM.to_owned(),
        "23 listopada 2026".to_owned(),
        Language::Pl.message("right-withdraw"),
        "Prezes Urzędu Ochrony Danych Osobowych".to_owned(),
    ] {
        assert!(text.contains(&needle), "'{needle}' missing from\n{text}");
    }
    assert!(!text.contains("<script>"));

    let path = tv.dir.path().join(html.suggested_file_name());
    html.save(&path).unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    assert_eq!(html.save(&path).unwrap_err().code(), "file_exists");
}
