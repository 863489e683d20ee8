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

fn table(out: &mut String, doc: &str, name: &str, key: &str, words: &[(String, &str)]) {
    let _ = writeln!(out, "\n/** {doc} */\nexport const {name}: Readonly<Record<{key}, string>> = {{");
    for (code, word) in words {
        let _ = writeln!(out, "  {code}: {word:?},");
    }
    out.push_str("};\n");
}

/// Codes only the shell gives (the rest are the core's and custos-documents').
pub const SHELL_CODES: &[&str] = &["locked"];

/// Every reason an error can give (`IpcError.reason`): the core's, custos-documents' and the
/// shell's, sorted. A code is never used by two of them (a test checks).
pub fn reason_codes() -> Vec<&'static str> {
    let mut codes: Vec<&str> = custos_core::error::Why::CODES.to_vec();
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

/// The text of `ui/src/lib/words.ts`.
pub fn typescript() -> String {
    let mut out = String::from(
        "// Generated from custos-core's words for its codes (src-tauri/src/words.rs; cargo test writes\n\
         // it, CI checks it is current). Do not edit: change the core's describe() instead.\n\n\
         import type { BookFormat } from \"./bindings/BookFormat\";\n\
         import type { ConsentState } from \"./bindings/ConsentState\";\n\
         import type { DataSource } from \"./bindings/DataSource\";\n\
         import type { JobKind } from \"./bindings/JobKind\";\n\
         import type { MatchedBy } from \"./bindings/MatchedBy\";\n\
         import type { RetentionAction } from \"./bindings/RetentionAction\";\n",
    );
    let states: Vec<(String, &str)> = ConsentState::ALL.iter().map(|s| (code_of(s), s.describe())).collect();
    table(&mut out, "ConsentState::describe", "CONSENT_STATE_WORDS", "ConsentState", &states);
    let actions: Vec<(String, &str)> =
        RetentionAction::ALL.iter().map(|a| (a.code().to_owned(), a.describe())).collect();
    table(&mut out, "RetentionAction::describe", "RETENTION_ACTION_WORDS", "RetentionAction", &actions);
    let sources: Vec<(String, &str)> = DataSource::KINDS.iter().map(|(k, w)| ((*k).to_owned(), *w)).collect();
    table(&mut out, "DataSource::describe, by kind", "DATA_SOURCE_WORDS", "DataSource[\"kind\"]", &sources);
    let matched: Vec<(String, &str)> = MatchedBy::ALL.iter().map(|m| (m.code().to_owned(), m.describe())).collect();
    table(&mut out, "MatchedBy::describe: what a duplicate has in common", "MATCHED_BY_WORDS", "MatchedBy", &matched);
    let formats: Vec<(String, &str)> =
        [BookFormat::Vcard, BookFormat::Csv].iter().map(|f| (f.code().to_owned(), f.extension())).collect();
    table(&mut out, "BookFormat::extension", "BOOK_FORMAT_EXTENSIONS", "BookFormat", &formats);
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
        "\n/** custos_documents::JobKind: every document the app makes, its title and its file\n \
         * (title, extension, file_stem, has_language). */\n\
         export const DOCUMENT_KINDS: Readonly<\n  \
         Record<JobKind, { title: string; extension: string; stem: string; hasLanguage: boolean }>\n\
         > = {\n",
    );
    for k in custos_documents::JobKind::ALL {
        let _ = writeln!(
            out,
            "  {}: {{ title: {:?}, extension: {:?}, stem: {:?}, hasLanguage: {} }},",
            k.code(),
            k.title(),
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
        assert!(text.contains("  never_given: \"never given\","), "{text}");
        assert!(text.contains("  delete_transcripts: \"delete transcripts\","), "{text}");
        assert!(text.contains("  third_party: \"third party\","), "{text}");
        assert!(text.contains("  email: \"the same e-mail address\","), "{text}");
        assert!(text.contains("  vcard: \"vcf\","), "{text}");
        assert!(text.contains("  { code: \"pl\", name: \"polski\" },"), "{text}");
        assert!(
            text.contains("  access_export: { title: \"Portable export (Art. 20)\", extension: \"zip\","),
            "{text}"
        );
    }
}
