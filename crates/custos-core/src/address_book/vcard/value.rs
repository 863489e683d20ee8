//! A content line's value → text: quoted-printable decoded (`quoted_printable`), read in the
//! property's `CHARSET` (`encoding_rs`), split into components and unescaped.

use std::borrow::Cow;

use encoding_rs::Encoding;

use super::lines::ContentLine;
use crate::error::{Error, ImportWhy, Result};
use crate::why::Byte;

/// The value of `line` as text.
///
/// A quoted-printable value is decoded, then read in its `CHARSET` (UTF-8 when it names
/// none). Any other value is UTF-8 when it is (a file converted to UTF-8 may keep its old
/// `CHARSET`), else read in its `CHARSET` (vCard 2.1 phones wrote 8-bit Latin-2); bytes that
/// are neither are refused with the line. An unknown `CHARSET` is refused even when the value
/// does not need it, so that a file is read the same whatever its values hold.
pub(super) fn text(line: &ContentLine) -> Result<String> {
    let fail = |why: ImportWhy| Error::import(line.line, why);
    let charset = match line.params.charset.as_deref() {
        None => None,
        Some(label) => Some(
            Encoding::for_label(label.trim().as_bytes())
                .ok_or_else(|| fail(ImportWhy::VcardUnknownCharset { charset: label.escape_debug().to_string() }))?,
        ),
    };
    let quoted = line.params.quoted_printable();
    let bytes: Cow<'_, [u8]> = match line.params.encoding.as_deref() {
        None | Some("8BIT" | "7BIT") => Cow::Borrowed(&line.value),
        Some("QUOTED-PRINTABLE") => Cow::Owned(quoted_printable(&line.value).map_err(&fail)?),
        Some(other) => {
            return Err(fail(ImportWhy::VcardUnknownEncoding {
                property: line.name.clone(),
                encoding: other.escape_debug().to_string(),
            }));
        }
    };
    if !quoted && let Ok(text) = std::str::from_utf8(&bytes) {
        return Ok(text.to_owned());
    }
    let encoding = charset.unwrap_or(encoding_rs::UTF_8);
    if let Some(text) = encoding.decode_without_bom_handling_and_without_replacement(&bytes) {
        return Ok(text.into_owned());
    }
    Err(fail(match (&line.params.charset, std::str::from_utf8(&bytes)) {
        (None, Err(e)) => {
            let byte = Byte(bytes.get(e.valid_up_to()).copied().unwrap_or(0));
            if quoted { ImportWhy::VcardQuotedNotUtf8 { byte } } else { ImportWhy::VcardNotUtf8 { byte } }
        }
        _ => ImportWhy::VcardNotInCharset { charset: encoding.name(), property: line.name.clone() },
    }))
}

/// Decodes a quoted-printable value (RFC 2045 §6.7: `=XX` escapes and `=` soft line breaks).
/// Lower-case hexadecimal digits are taken as upper-case ones, as the RFC suggests a decoder
/// may; anything else that is not quoted-printable is refused.
fn quoted_printable(value: &[u8]) -> std::result::Result<Vec<u8>, ImportWhy> {
    use quoted_printable::{Options, ParseMode, QuotedPrintableError as E};
    let mut value = value.to_vec();
    for i in 0..value.len().saturating_sub(2) {
        if value[i] == b'=' && value[i + 1].is_ascii_hexdigit() && value[i + 2].is_ascii_hexdigit() {
            value[i + 1].make_ascii_uppercase();
            value[i + 2].make_ascii_uppercase();
        }
    }
    let options = Options::default().parse_mode(ParseMode::Strict).line_length_limit(usize::MAX);
    quoted_printable::decode_with_options(&value, options).map_err(|e| match e {
        E::InvalidByte => ImportWhy::VcardNotQuotedPrintable {},
        E::IncompleteHexOctet | E::InvalidHexOctet | E::LowercaseHexOctet | E::LineTooLong => {
            ImportWhy::VcardBadEscape {}
        }
    })
}

/// Splits `text` at each `sep` that is not escaped by a backslash; the parts stay escaped
/// (a structured value is split into parts, then into list items, then unescaped).
pub(super) fn split(text: &str, sep: char) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut from = 0;
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == sep {
            parts.push(&text[from..i]);
            from = i + c.len_utf8();
        }
    }
    parts.push(&text[from..]);
    parts
}

/// Unescapes text: `\\` `\;` `\,` `\:` stand for the character, and with `newlines` (3.0, 4.0)
/// `\n` or `\N` for a line break. Any other backslash is kept as written.
pub(super) fn unescape(text: &str, newlines: bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(e @ ('\\' | ';' | ',' | ':')) => out.push(e),
            Some('n' | 'N') if newlines => out.push('\n'),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::lines::Params;
    use super::*;

    fn line(params: Params, value: &[u8]) -> ContentLine {
        ContentLine { line: 7, name: "FN".into(), params, head: b"FN".to_vec(), value: value.to_vec() }
    }

    fn qp(charset: Option<&str>) -> Params {
        Params { encoding: Some("QUOTED-PRINTABLE".into()), charset: charset.map(str::to_owned), ..Default::default() }
    }

    fn charset(label: &str) -> Params {
        Params { charset: Some(label.into()), ..Default::default() }
    }

    fn err(line_: &ContentLine) -> String {
        let e = text(line_).unwrap_err();
        assert!(matches!(e, Error::Import { line: 7, .. }), "{e:?}");
        e.to_string()
    }

    #[test]
    fn quoted_printable_is_decoded_in_its_charset() {
        let polish = "ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ";
        let utf8: String = polish.bytes().map(|b| if b == b' ' { " ".into() } else { format!("={b:02X}") }).collect();
        assert_eq!(text(&line(qp(Some("UTF-8")), utf8.as_bytes())).unwrap(), polish);
        assert_eq!(text(&line(qp(None), utf8.as_bytes())).unwrap(), polish, "UTF-8 when no CHARSET is named");
        let (latin2, _, lossy) = encoding_rs::ISO_8859_2.encode(polish);
        assert!(!lossy);
        let encoded: String = latin2.iter().map(|b| format!("={b:02X}")).collect();
        assert_eq!(text(&line(qp(Some("ISO-8859-2")), encoded.as_bytes())).unwrap(), polish);
        let (cp1250, _, _) = encoding_rs::WINDOWS_1250.encode(polish);
        let encoded: String = cp1250.iter().map(|b| format!("={b:02x}")).collect();
        assert_eq!(text(&line(qp(Some("windows-1250")), encoded.as_bytes())).unwrap(), polish, "lower-case hex");
        // Soft line breaks join; the trailing white space of an encoded line is padding.
        assert_eq!(text(&line(qp(None), b"Gda=C5=\r\n=84sk ")).unwrap(), "Gdańsk");
    }

    #[test]
    fn an_unencoded_value_is_utf8_or_in_its_charset() {
        assert_eq!(text(&line(charset("ISO-8859-2"), "Łódź".as_bytes())).unwrap(), "Łódź", "already UTF-8");
        assert_eq!(text(&line(charset("ISO-8859-2"), b"\xA3\xF3d\xBC")).unwrap(), "Łódź");
        assert_eq!(text(&line(charset("KOI8-R"), b"\xe9\xd7\xc1\xce")).unwrap(), "Иван");
        let message = err(&line(Params::default(), b"Caf\xE9"));
        assert!(message.contains("expected text in UTF-8") && message.contains("0xE9"), "{message}");
        let message = err(&line(charset("UTF-8"), b"Caf\xE9"));
        assert!(message.contains("expected text in UTF-8 (CHARSET=) but the value of FN is not"), "{message}");
        let message = err(&line(qp(Some("Shift_JIS")), b"=82"));
        assert!(message.contains("expected text in Shift_JIS"), "{message}");
    }

    #[test]
    fn unknown_charsets_encodings_and_bad_quoted_printable_are_refused() {
        let message = err(&line(charset("X-KLINGON"), b"abc"));
        assert!(message.starts_with("Line 7: unknown character set `X-KLINGON`"), "{message}");
        let message = err(&line(Params { encoding: Some("B".into()), ..Default::default() }, b"QUJD"));
        assert!(message.contains("encoded as `B`: expected ENCODING=QUOTED-PRINTABLE"), "{message}");
        for bad in [&b"=C"[..], b"=ZZ", b"a=G1b", "ż".as_bytes(), b"a\x00b"] {
            let message = err(&line(qp(None), bad));
            assert!(message.contains("is not quoted-printable"), "{bad:?}: {message}");
        }
    }

    #[test]
    fn values_split_at_unescaped_separators_then_unescape() {
        assert_eq!(split(r"Doe\; Jr.;John;;", ';'), [r"Doe\; Jr.", "John", "", ""]);
        assert_eq!(split(r"a\,b,c\\,d", ','), [r"a\,b", r"c\\", "d"]);
        assert_eq!(split("", ';'), [""]);
        assert_eq!(split("ż;ź", ';'), ["ż", "ź"]);
        assert_eq!(unescape(r"one\ntwo\Nthree\:\x\,\;\\", true), "one\ntwo\nthree:\\x,;\\");
        assert_eq!(unescape(r"C:\new\", false), r"C:\new\", "vCard 2.1 has no \\n");
    }
}
