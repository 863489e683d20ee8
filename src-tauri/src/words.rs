//! The core's words for its codes, written for the UI as `ui/src/lib/words.ts` (by a test,
//! like the bindings; CI checks it is current), so no component keeps its own copy of what a
//! consent state, a retention action or a data source is called.

use std::fmt::Write as _;

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

/// The text of `ui/src/lib/words.ts`.
pub fn typescript() -> String {
    let mut out = String::from(
        "// Generated from custos-core's words for its codes (src-tauri/src/words.rs; cargo test writes\n\
         // it, CI checks it is current). Do not edit: change the core's describe() instead.\n\n\
         import type { ConsentState } from \"./bindings/ConsentState\";\n\
         import type { DataSource } from \"./bindings/DataSource\";\n\
         import type { RetentionAction } from \"./bindings/RetentionAction\";\n",
    );
    let states: Vec<(String, &str)> = ConsentState::ALL.iter().map(|s| (code_of(s), s.describe())).collect();
    table(&mut out, "ConsentState::describe", "CONSENT_STATE_WORDS", "ConsentState", &states);
    let actions: Vec<(String, &str)> =
        RetentionAction::ALL.iter().map(|a| (a.code().to_owned(), a.describe())).collect();
    table(&mut out, "RetentionAction::describe", "RETENTION_ACTION_WORDS", "RetentionAction", &actions);
    let sources: Vec<(String, &str)> = DataSource::KINDS.iter().map(|(k, w)| ((*k).to_owned(), *w)).collect();
    table(&mut out, "DataSource::describe, by kind", "DATA_SOURCE_WORDS", "DataSource[\"kind\"]", &sources);
    out
}

#[cfg(test)]
mod tests {
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
    }
}
