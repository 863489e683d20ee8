//! What the readers of chat exports written as JSON (Telegram Desktop, Messenger) share: the
//! limits of what they read, serde_json's errors turned into import errors that name the line
//! and column with a reason code, refusals placed on the value that breaks a rule, and message
//! text made plain.
//!
//! A check that runs while serde_json reads (a time that is not a time, a text too long) is
//! refused through [`refuse`]: serde_json places the error on the value (its line and column)
//! but carries only English, so the reason travels beside it in a thread-local and is used
//! when serde_json reports exactly that error.

use std::cell::RefCell;

use serde::de;

use crate::error::Error;
use crate::why::{ImportWhy, JsonKind, JsonWhat, Place};

/// The most text one import reads, all files together: 500 MB.
pub const MAX_EXPORT_BYTES: usize = 500 * 1000 * 1000;
/// The longest message text read: 1 MB (Telegram allows 4,096 characters, Messenger 20,000).
pub const MAX_TEXT_BYTES: usize = 1000 * 1000;

/// Why a value is refused, once serde_json has placed it (the column).
type Refusal = Box<dyn Fn(Place) -> ImportWhy>;

thread_local! {
    /// The reason of the last refusal on this thread, with the English serde_json carries for it.
    static REFUSAL: RefCell<Option<(String, Refusal)>> = const { RefCell::new(None) };
}

/// Forgets a refusal left over from an earlier read (called before each read).
pub(crate) fn start() {
    REFUSAL.take();
}

/// The serde error that refuses a value for `why` (given the column once it is known).
pub(crate) fn refuse<E: de::Error>(why: impl Fn(Place) -> ImportWhy + 'static) -> E {
    let english = why(Place(0)).to_string();
    REFUSAL.set(Some((english.clone(), Box::new(why))));
    E::custom(english)
}

/// A serde_json error of reading `text`, an export of `format`, as an import error.
pub(crate) fn to_import_error(text: &str, e: &serde_json::Error, format: &'static str) -> Error {
    let line = e.line().max(1);
    let refusal = REFUSAL.take();
    let column = Place(char_column(text, e.line(), e.column()));
    let why = if e.is_eof() {
        ImportWhy::ChatExportCutOff { format }
    } else if e.is_syntax() {
        ImportWhy::ChatExportNotJson { format, column }
    } else {
        let full = e.to_string();
        let suffix = format!(" at line {} column {}", e.line(), e.column());
        let bare = full.strip_suffix(&suffix).unwrap_or(&full);
        match refusal {
            Some((english, why)) if english == bare => why(column),
            _ => {
                let p = classify(bare);
                ImportWhy::ChatExportUnexpected {
                    format,
                    what: p.what,
                    name: p.name,
                    found_kind: p.found_kind,
                    expected_kind: p.expected_kind,
                    detail: p.detail,
                    column,
                }
            }
        }
    };
    Error::import(line, why)
}

/// What serde_json said of a value (its message without the position), typed for a front end
/// to word, and in English (`detail`, see [`reword`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct JsonProblem {
    pub what: JsonWhat,
    /// The field or the word found, for a field missing, unknown or twice, or a word not allowed.
    pub name: String,
    pub found_kind: JsonKind,
    pub expected_kind: JsonKind,
    pub detail: String,
}

/// Classifies serde's data errors by their fixed shapes ("invalid type: …, expected …",
/// "missing field `x`", "unknown variant `x`, expected …"); a syntax error is one whatever it says.
pub(crate) fn classify_error(e: &serde_json::Error, bare: &str) -> JsonProblem {
    let mut p = classify(bare);
    if e.is_syntax() {
        p.what = JsonWhat::Syntax;
    }
    p
}

/// See [`classify_error`]: the message alone (a data error's).
pub(crate) fn classify(message: &str) -> JsonProblem {
    let detail = reword(message);
    let problem = |what, name: &str, found_kind, expected_kind| JsonProblem {
        what,
        name: name.to_owned(),
        found_kind,
        expected_kind,
        detail: detail.clone(),
    };
    let quoted = |rest: &str| -> Option<String> {
        let rest = rest.strip_prefix('`')?;
        rest.split_once('`').map(|(name, _)| name.to_owned())
    };
    for (prefix, what) in [("invalid type: ", JsonWhat::WrongType), ("invalid value: ", JsonWhat::WrongValue)] {
        if let Some((found, expected)) = message.strip_prefix(prefix).and_then(|rest| rest.split_once(", expected ")) {
            return problem(what, "", found_kind(found), expected_kind(expected));
        }
    }
    if let Some((_, expected)) = message.strip_prefix("invalid length ").and_then(|rest| rest.split_once(", expected "))
    {
        return problem(JsonWhat::WrongLength, "", JsonKind::List, expected_kind(expected));
    }
    for (prefix, what) in [
        ("missing field ", JsonWhat::MissingField),
        ("unknown field ", JsonWhat::UnknownField),
        ("duplicate field ", JsonWhat::DuplicateField),
        ("unknown variant ", JsonWhat::UnknownValue),
    ] {
        if let Some(name) = message.strip_prefix(prefix).and_then(quoted) {
            return problem(what, &name, JsonKind::Other, JsonKind::Other);
        }
    }
    problem(JsonWhat::Other, "", JsonKind::Other, JsonKind::Other)
}

/// The kind of value serde names as found ("integer `5`", "string \"x\"", "sequence", "null").
fn found_kind(found: &str) -> JsonKind {
    let first = found.split([' ', '`', '"']).next().unwrap_or_default();
    match first {
        "string" | "character" => JsonKind::Text,
        "integer" | "floating" => JsonKind::Number,
        "boolean" => JsonKind::Boolean,
        "null" | "unit" => JsonKind::Null,
        "sequence" => JsonKind::List,
        "map" => JsonKind::Object,
        _ => JsonKind::Other,
    }
}

/// The kind of value a reader expects, from how it says it (serde's own words, "a string",
/// "struct Message", "u64", or a reader's own, "an RFC 3339 time", "a message (an object)").
fn expected_kind(expected: &str) -> JsonKind {
    let words: Vec<String> =
        expected.split(|c: char| !c.is_ascii_alphanumeric()).map(str::to_ascii_lowercase).collect();
    let has = |any: &[&str]| words.iter().any(|w| any.contains(&w.as_str()));
    if has(&["object", "map", "struct"]) {
        JsonKind::Object
    } else if has(&["sequence", "list", "array", "tuple"]) {
        JsonKind::List
    } else if has(&["string", "text", "time", "name", "identifier", "variant", "char"]) {
        JsonKind::Text
    } else if has(&["integer", "number", "version", "u8", "u16", "u32", "u64", "i8", "i16", "i32", "i64", "f32", "f64"])
    {
        JsonKind::Number
    } else if has(&["boolean", "bool"]) {
        JsonKind::Boolean
    } else {
        JsonKind::Other
    }
}

/// serde's "invalid type: X, expected Y" as "expected Y but found X"; "missing field `x`" as
/// "expected \"x\" but found none".
pub(super) fn reword(message: &str) -> String {
    let message = message.replace('`', "\"");
    for prefix in ["invalid type: ", "invalid value: ", "invalid length "] {
        if let Some(rest) = message.strip_prefix(prefix)
            && let Some((found, expected)) = rest.split_once(", expected ")
        {
            let found = match found {
                "sequence" => "a list",
                "map" => "an object",
                "unit" => "null",
                other => other,
            };
            return format!("expected {expected} but found {found}");
        }
    }
    if let Some(field) = message.strip_prefix("missing field ") {
        return format!("expected {field} but found none");
    }
    message
}

/// serde_json counts columns in bytes; people count characters.
pub(super) fn char_column(text: &str, line: usize, byte_column: usize) -> usize {
    let Some(l) = text.split('\n').nth(line.saturating_sub(1)) else { return byte_column };
    let mut end = byte_column.min(l.len());
    while !l.is_char_boundary(end) {
        end -= 1;
    }
    let chars = l[..end].chars().count();
    // A column in the middle of a character points at that character.
    if end < byte_column.min(l.len()) { chars + 1 } else { chars }
}

/// A value read from a JSON object, then checked as a whole.
pub(crate) trait Checked<'de>: de::Deserialize<'de> {
    type Out;
    /// The value, or a refusal ([`refuse`]).
    fn check<E: de::Error>(self) -> Result<Self::Out, E>;
}

/// Reads a `T` from an object and checks it before serde_json leaves the object, so that a
/// refusal is placed on the object's closing brace (rather than on whatever follows it).
pub(crate) fn read_checked<'de, D: de::Deserializer<'de>, T: Checked<'de>>(d: D) -> Result<T::Out, D::Error> {
    struct V<T>(std::marker::PhantomData<T>);
    impl<'de, T: Checked<'de>> de::Visitor<'de> for V<T> {
        type Value = T::Out;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a message (an object)")
        }
        fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<T::Out, A::Error> {
            T::deserialize(de::value::MapAccessDeserializer::new(map))?.check()
        }
    }
    d.deserialize_map(V::<T>(std::marker::PhantomData))
}

/// Refuses an export larger than [`MAX_EXPORT_BYTES`].
pub(crate) fn check_size(bytes: usize, format: &'static str) -> crate::error::Result<()> {
    if bytes > MAX_EXPORT_BYTES {
        return Err(Error::import(
            1,
            ImportWhy::ChatExportTooLarge { format, megabytes: MAX_EXPORT_BYTES / 1_000_000 },
        ));
    }
    Ok(())
}

/// Refuses a message text longer than [`MAX_TEXT_BYTES`], placed on the text.
pub(crate) fn check_text<E: de::Error>(text: &str, format: &'static str) -> Result<(), E> {
    if text.len() > MAX_TEXT_BYTES {
        let megabytes = MAX_TEXT_BYTES / 1_000_000;
        return Err(refuse(move |column| ImportWhy::ChatExportTextTooLong { format, megabytes, column }));
    }
    Ok(())
}

/// Text as a person reads it: line breaks as `\n`, no other control characters (a NUL, an
/// escape), no blank space around it.
pub(crate) fn plain(text: &str) -> String {
    let clean = |c: char| c == '\n' || c == '\t' || !c.is_control();
    if text.chars().all(clean) && text.trim() == text {
        return text.to_owned();
    }
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let kept: String = text.chars().filter(|&c| clean(c)).collect();
    kept.trim().to_owned()
}

/// A person's name as a file gives it, trimmed and plain; `None` when nothing is left.
pub(crate) fn name(text: &str) -> Option<String> {
    let name: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    (!name.is_empty()).then_some(name)
}

/// The file name at the end of a path in an export (`photos/photo_1@01-03-2024.jpg`).
pub(crate) fn file_name(path: &str) -> Option<String> {
    let last = path.rsplit(['/', '\\']).next().unwrap_or(path);
    name(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_plain_and_names_are_single_spaced() {
        assert_eq!(plain("  Dzień dobry\r\nżółć\u{0}\u{1b}[1m "), "Dzień dobry\nżółć[1m");
        assert_eq!(plain("Zażółć gęślą jaźń"), "Zażółć gęślą jaźń");
        assert_eq!(name("  Łucja \n Wiśniewska "), Some("Łucja Wiśniewska".into()));
        assert_eq!(name(" \u{7} "), None);
        assert_eq!(file_name("files/Umowa_ż.pdf"), Some("Umowa_ż.pdf".into()));
        assert_eq!(file_name("photo.jpg"), Some("photo.jpg".into()));
        assert_eq!(file_name("photos/"), None);
    }

    #[test]
    fn serde_errors_are_classified_for_a_front_end_to_word() {
        let p = classify("invalid type: integer `5`, expected a string");
        assert_eq!((p.what, p.found_kind, p.expected_kind), (JsonWhat::WrongType, JsonKind::Number, JsonKind::Text));
        assert_eq!(p.detail, "expected a string but found integer \"5\"");
        let p = classify("invalid type: sequence, expected struct Message");
        assert_eq!((p.found_kind, p.expected_kind), (JsonKind::List, JsonKind::Object));
        let p = classify("invalid type: null, expected u64");
        assert_eq!((p.found_kind, p.expected_kind), (JsonKind::Null, JsonKind::Number));
        let p = classify("missing field `id`");
        assert_eq!((p.what, p.name.as_str()), (JsonWhat::MissingField, "id"));
        let p = classify("unknown field `x`, expected one of `format`, `version`");
        assert_eq!((p.what, p.name.as_str()), (JsonWhat::UnknownField, "x"));
        let p = classify("unknown variant `boss`, expected one of `contact`, `staff`, `other`");
        assert_eq!((p.what, p.name.as_str()), (JsonWhat::UnknownValue, "boss"));
        let p = classify("duplicate field `text`");
        assert_eq!((p.what, p.name.as_str()), (JsonWhat::DuplicateField, "text"));
        let p = classify("invalid length 3, expected a tuple of size 2");
        assert_eq!(p.what, JsonWhat::WrongLength);
        let p = classify("something serde_json never said");
        assert_eq!((p.what, p.detail.as_str()), (JsonWhat::Other, "something serde_json never said"));
        let syntax = serde_json::from_str::<serde_json::Value>("[1,]").unwrap_err();
        assert_eq!(classify_error(&syntax, "trailing comma").what, JsonWhat::Syntax);
    }

    #[test]
    fn serde_errors_are_reworded() {
        assert_eq!(reword("invalid type: integer `5`, expected a string"), "expected a string but found integer \"5\"");
        assert_eq!(reword("missing field `id`"), "expected \"id\" but found none");
        assert_eq!(char_column("ąb", 1, 3), 2);
        assert_eq!(char_column("ąb", 1, 2), 1);
        assert_eq!(char_column("ąb", 1, 1), 1);
    }
}
