//! What the UI takes from the core besides types, written by tests like the bindings (CI
//! checks both are current): the core's words for its codes (`ui/src/lib/words.ts`), so no
//! component keeps its own copy of what a consent state, a retention action or a data source
//! is called; and every error code a command can give (`ui/src/lib/errors.ts`).

use std::fmt::Write as _;

use custos_core::address_book::export::BookFormat;
use custos_core::address_book::import::MatchedBy;
use custos_core::consents::ConsentState;
use custos_core::contacts::DataSource;
use custos_core::retention::RetentionAction;

/// The code serde sends for `value` (a unit enum variant).
fn code_of<T: serde::Serialize>(value: T) -> String {
    serde_json::to_value(value).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

/// The message id of the UI's words for `code` under `prefix`: `word-consent-state-never-given`.
fn word_id(prefix: &str, code: &str) -> String {
    format!("word-{prefix}-{}", code.replace('_', "-"))
}

/// A table of the UI's words for the codes, each read through `t` in the UI's language
/// (`labels()` in i18n.svelte.ts); the English is the core's word, in `en/words.ftl`.
fn table(out: &mut String, doc: &str, name: &str, key: &str, prefix: &str, words: &[(String, &str)]) {
    let _ = writeln!(
        out,
        "\n/** {doc}: message `{}` and its kin. */\nexport const {name}: Readonly<Record<{key}, string>> = labels(\"word-{prefix}\", [",
        word_id(prefix, &words[0].0)
    );
    for (code, _) in words {
        let _ = writeln!(out, "  {code:?},");
    }
    out.push_str("]);\n");
}

#[cfg(test)]
/// Every English word the tables hold, by message id (the UI's `en/words.ftl` must say the same).
fn english_words() -> Vec<(String, String)> {
    let mut words = Vec::new();
    for s in ConsentState::ALL {
        words.push((word_id("consent-state", &code_of(s)), s.describe().to_owned()));
    }
    for a in RetentionAction::ALL {
        words.push((word_id("retention-action", a.code()), a.describe().to_owned()));
    }
    for (kind, word) in DataSource::KINDS {
        words.push((word_id("data-source", kind), (*word).to_owned()));
    }
    for m in MatchedBy::ALL {
        words.push((word_id("matched-by", m.code()), m.describe().to_owned()));
    }
    for k in custos_documents::JobKind::ALL {
        words.push((word_id("job", k.code()), k.title().to_owned()));
    }
    words
}

/// Codes only the shell gives (the rest are the core's and custos-documents').
pub const SHELL_CODES: &[&str] = &["locked"];

/// Every reason an error can give (`IpcError.reason`): the core's (why an input or action is
/// refused, why a file cannot be imported), custos-documents' and the shell's, sorted. A code is never used by two of them (a test checks).
pub fn reason_codes() -> Vec<&'static str> {
    let mut codes: Vec<&str> = custos_core::error::Why::CODES.to_vec();
    codes.extend(custos_core::error::ImportWhy::CODES);
    codes.extend(custos_core::error::SHAPE_REASONS);
    codes.extend(custos_documents::Error::reason_codes());
    codes.extend(crate::ipc::ShellWhy::CODES);
    codes.sort_unstable();
    codes
}

/// The text of `ui/src/lib/errors.ts`: every code a command can reject with, as one union,
/// and every reason code.
pub fn error_codes() -> String {
    let mut codes: Vec<&str> = custos_core::error::ErrorCode::ALL.iter().map(|c| c.code()).collect();
    codes.extend(custos_documents::Error::CODES);
    codes.extend(SHELL_CODES);
    codes.sort_unstable();
    codes.dedup();
    let mut out = String::from(
        "// Generated from the error codes of custos-core, custos-documents and the shell\n\
         // (src-tauri/src/words.rs; cargo test writes it, CI checks it is current). Do not edit.\n\n\
         /** Every code a command can reject with. */\nexport type ErrorCode =\n",
    );
    for code in &codes {
        let _ = writeln!(out, "  | {code:?}");
    }
    out.push_str(";\n\nexport const ERROR_CODES: readonly ErrorCode[] = [\n");
    for code in &codes {
        let _ = writeln!(out, "  {code:?},");
    }
    out.push_str("];\n");
    let reasons = reason_codes();
    out.push_str(
        "\n/** Every reason an error can give beside its code: why an input is invalid or an action\n \
         * refused (the UI's message is `error-reason-<reason>`). */\nexport type ReasonCode =\n",
    );
    for code in &reasons {
        let _ = writeln!(out, "  | {code:?}");
    }
    out.push_str(";\n\nexport const REASON_CODES: readonly ReasonCode[] = [\n");
    for code in &reasons {
        let _ = writeln!(out, "  {code:?},");
    }
    out.push_str("];\n");
    out
}

/// The codes of the sentences the core sends beside their English (`Said`), by the UI's
/// message prefix: `said-<domain>-<code>`.
pub fn said_domains() -> Vec<(&'static str, &'static str, Vec<&'static str>)> {
    vec![
        (
            "permission",
            "custos-core's PermissionWhy: why a contact may or may not be contacted for a purpose",
            custos_core::consents::PermissionWhy::CODES.to_vec(),
        ),
        (
            "file",
            "custos-core's FileWhy: what an address-book file is, and the export its cards come from",
            custos_core::address_book::file::FileWhy::CODES.to_vec(),
        ),
        (
            "row",
            "custos-core's RowWhy: why a row of an address book is not imported, left out in part or not merged",
            custos_core::address_book::import::RowWhy::CODES.to_vec(),
        ),
        ("missing", "custos_documents' Missing: what a document lacks", custos_documents::Missing::CODES.to_vec()),
    ]
}

fn said_codes(out: &mut String) {
    out.push_str(
        "\n/** The codes of the sentences the core sends beside their English (a `Said`), by domain: the\n \
         * UI's message is `said-<domain>-<code>` (see `said()` in ipc.ts). */\nexport const SAID_CODES = {\n",
    );
    for (domain, doc, codes) in said_domains() {
        let _ = writeln!(out, "  /** {doc}. */\n  {domain}: [");
        for code in codes {
            let _ = writeln!(out, "    {code:?},");
        }
        out.push_str("  ],\n");
    }
    out.push_str(
        "} as const;\n\n/** A domain of `SAID_CODES`. */\nexport type SaidDomain = keyof typeof SAID_CODES;\n",
    );
}

/// The text of `ui/src/lib/words.ts`.
pub fn typescript() -> String {
    let mut out = String::from(
        "// Generated from custos-core's words for its codes (src-tauri/src/words.rs; cargo test writes\n\
         // it, CI checks it is current). Do not edit: change the core's describe() instead.\n\n\
         import type { BookFormat } from \"./bindings/BookFormat\";\n\
         import type { ConsentState } from \"./bindings/ConsentState\";\n\
         import type { ContactField } from \"./bindings/ContactField\";\n\
         import type { DataSource } from \"./bindings/DataSource\";\n\
         import type { JobKind } from \"./bindings/JobKind\";\n\
         import type { MatchedBy } from \"./bindings/MatchedBy\";\n\
         import type { RetentionAction } from \"./bindings/RetentionAction\";\n\
         import { labels, t } from \"./i18n.svelte\";\n",
    );
    let states: Vec<(String, &str)> = ConsentState::ALL.iter().map(|s| (code_of(s), s.describe())).collect();
    table(&mut out, "ConsentState::describe", "CONSENT_STATE_WORDS", "ConsentState", "consent-state", &states);
    let actions: Vec<(String, &str)> =
        RetentionAction::ALL.iter().map(|a| (a.code().to_owned(), a.describe())).collect();
    table(
        &mut out,
        "RetentionAction::describe",
        "RETENTION_ACTION_WORDS",
        "RetentionAction",
        "retention-action",
        &actions,
    );
    let sources: Vec<(String, &str)> = DataSource::KINDS.iter().map(|(k, w)| ((*k).to_owned(), *w)).collect();
    table(
        &mut out,
        "DataSource::describe, by kind",
        "DATA_SOURCE_WORDS",
        "DataSource[\"kind\"]",
        "data-source",
        &sources,
    );
    let matched: Vec<(String, &str)> = MatchedBy::ALL.iter().map(|m| (m.code().to_owned(), m.describe())).collect();
    table(
        &mut out,
        "MatchedBy::describe: what a duplicate has in common",
        "MATCHED_BY_WORDS",
        "MatchedBy",
        "matched-by",
        &matched,
    );
    let _ = writeln!(
        out,
        "\n/** BookFormat::extension */\nexport const BOOK_FORMAT_EXTENSIONS: Readonly<Record<BookFormat, string>> = {{"
    );
    for f in [BookFormat::Vcard, BookFormat::Csv] {
        let _ = writeln!(out, "  {}: {:?},", f.code(), f.extension());
    }
    out.push_str("};\n");
    let _ = writeln!(
        out,
        "\n/** ContactField::ALL: every field of a card, by code. */\nexport const CONTACT_FIELDS: readonly ContactField[] = ["
    );
    for f in custos_core::contacts::ContactField::ALL {
        let _ = writeln!(out, "  {:?},", f.code());
    }
    out.push_str("];\n");
    let _ = writeln!(
        out,
        "\n/** custos_core::deadline::holiday_codes: every public holiday, by code (`holiday-<code>`). */\nexport const HOLIDAY_CODES: readonly string[] = ["
    );
    for code in custos_core::deadline::holiday_codes() {
        let _ = writeln!(out, "  {code:?},");
    }
    out.push_str("];\n");
    for (name, codes) in [
        ("STRENGTH_WARNING_CODES", &custos_core::Strength::WARNING_CODES[..]),
        ("STRENGTH_SUGGESTION_CODES", &custos_core::Strength::SUGGESTION_CODES[..]),
    ] {
        let _ = writeln!(out, "\n/** Strength::{name}: the passphrase feedback the UI words by code. */");
        let _ = writeln!(out, "export const {name}: readonly string[] = [");
        for code in codes {
            let _ = writeln!(out, "  {code:?},");
        }
        out.push_str("];\n");
    }
    said_codes(&mut out);
    let languages = custos_documents::Language::ALL;
    let codes: Vec<String> = languages.iter().map(|l| format!("{:?}", l.code())).collect();
    let _ = writeln!(
        out,
        "\n/** custos_documents::Language: a language documents are written in. */\n\
         export type DocumentLanguage = {};\n\n\
         /** Every document language with its own name (Language::name). */\n\
         export const DOCUMENT_LANGUAGES: readonly {{ code: DocumentLanguage; name: string }}[] = [",
        codes.join(" | ")
    );
    for l in languages {
        let _ = writeln!(out, "  {{ code: {:?}, name: {:?} }},", l.code(), l.name());
    }
    out.push_str("];\n");
    out.push_str(
        "\n/** custos_documents::JobKind: every document the app makes, its title (in the UI's\n \
         * language: message `word-job-<kind>`) and its file (extension, file_stem, has_language). */\n\
         export const DOCUMENT_KINDS: Readonly<\n  \
         Record<JobKind, { title: string; extension: string; stem: string; hasLanguage: boolean }>\n\
         > = {\n",
    );
    for k in custos_documents::JobKind::ALL {
        let _ = writeln!(
            out,
            "  {}: {{\n    get title() {{\n      return t({:?});\n    }},\n    extension: {:?},\n    stem: {:?},\n    hasLanguage: {},\n  }},",
            k.code(),
            word_id("job", k.code()),
            k.extension(),
            k.file_stem(),
            k.has_language()
        );
    }
    out.push_str("};\n");
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_error_codes_file_is_written() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/errors.ts");
        let text = super::error_codes();
        if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            std::fs::write(&path, &text).unwrap();
        }
        for code in ["locked", "wrong_passphrase", "file_exists", "invalid_input"] {
            assert!(text.contains(&format!("  | \"{code}\"\n")), "{code} missing from {text}");
        }
        for reason in ["review_date_not_after_today", "no_path", "not_an_access_request", "preview_first"] {
            assert!(text.contains(&format!("  | \"{reason}\"\n")), "{reason} missing from {text}");
        }
    }

    #[test]
    fn no_reason_code_is_used_twice() {
        let mut codes = super::reason_codes();
        let all = codes.len();
        codes.dedup();
        assert_eq!(codes.len(), all, "a reason code of the core, the documents and the shell is the same");
    }

    #[test]
    fn the_words_file_is_written() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/words.ts");
        let text = super::typescript();
        if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            std::fs::write(&path, &text).unwrap();
        }
        assert!(text.contains("labels(\"word-consent-state\", [\n  \"never_given\","), "{text}");
        assert!(text.contains("  { code: \"pl\", name: \"polski\" },"), "{text}");
        assert!(text.contains("      return t(\"word-job-access-export\");"), "{text}");
        assert!(text.contains("  permission: [\n    \"erased\","), "{text}");
        assert!(text.contains("    \"transfer_safeguard\",\n"), "{text}");
    }

    /// The UI's English words for the codes are the core's: `en/words.ftl` says what
    /// `describe()` says (the other languages are checked against English by the UI's tests).
    #[test]
    fn the_uis_english_words_are_the_cores() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/locales/en/words.ftl");
        let ftl = std::fs::read_to_string(&path).unwrap();
        let missing: Vec<String> = super::english_words()
            .into_iter()
            .map(|(id, word)| format!("{id} = {word}"))
            .filter(|line| !ftl.lines().any(|l| l == line))
            .collect();
        assert!(missing.is_empty(), "en/words.ftl lacks these lines:\n{}", missing.join("\n"));
    }

    /// The UI's English names of public holidays are the core's.
    #[test]
    fn the_uis_english_holiday_names_are_the_cores() {
        use custos_core::deadline::{HolidayCountry, holiday_code, public_holidays};
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/locales/en/holidays.ftl");
        let ftl = std::fs::read_to_string(&path).unwrap();
        let mut missing = std::collections::BTreeSet::new();
        for &country in HolidayCountry::ALL {
            for year in 1950..=2100 {
                for name in public_holidays(country, year).into_values() {
                    // A moved holiday is worded from its base name (holiday-moved, holiday-taken).
                    let base = name.split(" (").next().unwrap_or_default();
                    let line = format!("holiday-{} = {base}", holiday_code(base));
                    if !ftl.lines().any(|l| l == line) {
                        missing.insert(line);
                    }
                }
            }
        }
        assert!(missing.is_empty(), "en/holidays.ftl lacks:\n{}", missing.into_iter().collect::<Vec<_>>().join("\n"));
    }
}
