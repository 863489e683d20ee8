//! The recovery kit: one page in every language, read back with `pdftotext` and `pdfinfo`. The
//! code must come back exactly as given (it is typed from the paper, and a test or a script
//! may read it from the file), whole on one line, however long the vault's name.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::process::Command;

use chrono::{TimeZone, Utc};
use common::{pdftotext, squash};
use custos_documents::{DocumentKind, Language, RecoveryKit};

/// 7 groups of 5 Crockford base32 characters, as the core prints a recovery code.
const CODE: &str = "7KQ2M-X9D4P-0RT8V-WH3JN-6YZ1A-BCDEF-GS5T0";
/// The widest code there can be: every character one of the widest glyphs.
const WIDE_CODE: &str = "MMMMW-WWWWM-MMWMW-WWMWM-MWMWM-WWWWW-MMMMM";
const VAULT_ID: &str = "0f6c2d1e-8a4b-4c3d-9e7f-5a6b7c8d9e0f";
const VAULT_NAME: &str = "Kałuża i Wiśniewski — klienci";
const MADE_BY: &str = "Żaneta Łęcka";

/// What each language must say: the day the kit was made (23 November 2026), the sentence
/// that nobody else can open the vault, and the label of the unlock screen's button.
const WORDS: [(Language, &str, &str, &str); 7] = [
    (Language::En, "23 November 2026", "not even the makers of Custos", "“I forgot my passphrase”"),
    (Language::Pl, "23 listopada 2026", "nawet twórcy Custos", "„Nie pamiętam hasła”"),
    (
        Language::De,
        "23. November 2026",
        "auch nicht die Entwickler von Custos",
        "„Ich habe meine Passphrase vergessen“",
    ),
    (Language::Fr, "23 novembre 2026", "pas même les concepteurs de Custos", "« J’ai oublié ma phrase secrète »"),
    (Language::It, "23 novembre 2026", "nemmeno gli sviluppatori di Custos", "«Ho dimenticato la passphrase»"),
    (
        Language::Es,
        "23 de noviembre de 2026",
        "ni siquiera los creadores de Custos",
        "«He olvidado mi frase de contraseña»",
    ),
    (Language::Bg, "23 ноември 2026 г.", "дори създателите на Custos", "„Забравих паролата си“"),
];

fn kit(vault_name: &str, code: &str) -> RecoveryKit {
    RecoveryKit {
        vault_name: vault_name.into(),
        vault_id: VAULT_ID.into(),
        code: code.into(),
        made_at: Utc.with_ymd_and_hms(2026, 11, 23, 16, 45, 0).unwrap(),
        made_by: MADE_BY.into(),
    }
}

/// `pdfinfo`'s report of the file: its page count and document information.
fn pdfinfo(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("kit.pdf");
    std::fs::write(&file, pdf).unwrap();
    let out = Command::new("pdfinfo").arg(&file).output().expect("pdfinfo (poppler-utils) must be installed");
    assert!(out.status.success(), "pdfinfo failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// The number of pages `pdfinfo` counts.
fn pages(info: &str) -> usize {
    let line = info.lines().find(|l| l.starts_with("Pages:")).expect("pdfinfo names the pages");
    line["Pages:".len()..].trim().parse().unwrap()
}

/// The lines of `text` that hold `code`, and whether each holds it as a whole word (nothing
/// glued to either side: no soft hyphen, no stray letter).
fn lines_with(text: &str, code: &str) -> Vec<bool> {
    text.lines().filter(|l| l.contains(code)).map(|l| l.split_whitespace().any(|word| word == code)).collect()
}

/// `pdftotext` without `-layout`: the text in reading order, as a script would take it.
fn raw_text(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("kit.pdf");
    std::fs::write(&file, pdf).unwrap();
    let out = Command::new("pdftotext").args(["-enc", "UTF-8"]).arg(&file).arg("-").output().unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn every_language_prints_one_page_with_the_code_exactly() {
    for (lang, date, nobody, button) in WORDS {
        let pdf = kit(VAULT_NAME, CODE).to_pdf(lang).unwrap();
        assert_eq!(pdf.kind(), DocumentKind::RecoveryKit);
        assert_eq!(pdf.language(), lang);
        assert_eq!(pdf.pages(), 1, "{lang}");
        let info = pdfinfo(pdf.bytes());
        assert_eq!(pages(&info), 1, "{lang}: {info}");
        // The document information names the kind of document, never the code.
        assert!(info.contains("recovery kit of a Custos vault"), "{lang}: {info}");
        assert!(!info.contains(CODE) && !info.contains("7KQ2M"), "{lang}: {info}");

        for text in [pdftotext(pdf.bytes(), None), raw_text(pdf.bytes())] {
            assert_eq!(lines_with(&text, CODE), [true], "{lang}: the code once, whole, on one line\n{text}");
            assert!(text.contains(VAULT_ID), "{lang}\n{text}");
            let flat = squash(&text);
            for expected in [VAULT_NAME, MADE_BY, date, nobody, button, "custos vault recover"] {
                assert!(flat.contains(expected), "{lang}: no \"{expected}\" in\n{text}");
            }
        }
    }
}

#[test]
fn the_code_is_the_one_given_not_a_near_copy() {
    let other = "7KQ2M-X9D4P-0RT8V-WH3JN-6YZ1A-BCDEF-GS5T1";
    let text = pdftotext(kit(VAULT_NAME, other).to_pdf(Language::En).unwrap().bytes(), None);
    assert_eq!(lines_with(&text, other), [true]);
    assert!(!text.contains(CODE), "{text}");
}

#[test]
fn the_widest_code_stays_whole_on_one_line() {
    for lang in Language::ALL {
        let pdf = kit(VAULT_NAME, WIDE_CODE).to_pdf(lang).unwrap();
        assert_eq!(pages(&pdfinfo(pdf.bytes())), 1, "{lang}");
        let text = pdftotext(pdf.bytes(), None);
        assert_eq!(lines_with(&text, WIDE_CODE), [true], "{lang}\n{text}");
    }
}

#[test]
fn a_long_vault_name_still_gives_one_page_and_the_code_intact() {
    let bg = "Сдружение „Щастливо Ъгълче“ – архив на договорите с клиенти и доставчици от Пловдив, Стара Загора и Велико Търново, ЕООД";
    let de = "Kanzlei Müller-Lüdenscheidt & Söhne GmbH – Mandantenakten und Korrespondenz der Büros in Düsseldorf, Köln und Bonn, 2026";
    // One word with no space to break at: it is broken by characters.
    let unbroken = "Ä".repeat(120);
    for (lang, name) in [(Language::Bg, bg), (Language::De, de), (Language::De, unbroken.as_str())] {
        assert_eq!(name.chars().count(), 120, "{name}");
        let pdf = kit(name, CODE).to_pdf(lang).unwrap();
        assert_eq!(pdf.pages(), 1, "{lang}");
        assert_eq!(pages(&pdfinfo(pdf.bytes())), 1, "{lang}");
        let text = pdftotext(pdf.bytes(), None);
        assert_eq!(lines_with(&text, CODE), [true], "{lang}\n{text}");
        assert!(text.contains(VAULT_ID), "{lang}\n{text}");
    }
    // A name with spaces wraps at them and reads back whole.
    let text = pdftotext(kit(bg, CODE).to_pdf(Language::Bg).unwrap().bytes(), None);
    assert!(squash(&text).contains(bg), "{text}");
}

#[test]
fn the_file_name_names_the_kit_the_day_and_the_language() {
    let pdf = kit(VAULT_NAME, CODE).to_pdf(Language::Fr).unwrap();
    assert_eq!(pdf.suggested_file_name(), "recovery-kit-2026-11-23-fr.pdf");
    assert_eq!(pdf.date(), chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
}
