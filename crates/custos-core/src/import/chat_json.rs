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
use crate::why::{ImportWhy, Place};

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
            _ => ImportWhy::ChatExportUnexpected { format, detail: reword(bare), column },
        }
    };
    Error::import(line, why)
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
    fn serde_errors_are_reworded() {
        assert_eq!(reword("invalid type: integer `5`, expected a string"), "expected a string but found integer \"5\"");
        assert_eq!(reword("missing field `id`"), "expected \"id\" but found none");
        assert_eq!(char_column("ąb", 1, 3), 2);
        assert_eq!(char_column("ąb", 1, 2), 1);
        assert_eq!(char_column("ąb", 1, 1), 1);
    }
}
