//! Bytes → text, and which encoding they were in.
//!
//! Spreadsheet programs write CSV in the encoding of the computer's language unless told
//! otherwise: Excel's "CSV (separated by semicolons)" on a Polish Windows is Windows-1250, on a
//! German, French, Italian or Spanish one Windows-1252, on a Bulgarian one Windows-1251; "CSV
//! UTF-8" is UTF-8 with a byte-order mark; "Unicode text" is UTF-16LE with tabs. The order:
//!
//! 1. A byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE).
//! 2. UTF-16 without a mark when the bytes clearly are: NUL bytes on one side of the byte
//!    pairs and hardly any on the other (text in any other encoding has no NUL at all), or a
//!    first character that is plain ASCII (as [`crate::import::decode`] has it).
//! 3. UTF-8, when every byte sequence is UTF-8 (text in a legacy encoding with a letter
//!    outside ASCII almost never is).
//! 4. Otherwise one of the single-byte encodings, as [`chardetng`] guesses it. Windows-1250
//!    and Windows-1252 differ in the very letters at stake (0xB3 is "ł" in one and "³" in
//!    the other, 0x9C "ś" and "œ"), so the choice needs the statistics of real text, not a
//!    table of which bytes occur: chardetng is Firefox's detector for unlabelled legacy text,
//!    scores pairs of letters against their frequency in each language's Wikipedia, and is
//!    kept by the author of [`encoding_rs`] (which decodes here). It needs no data files and
//!    no I/O. A guess outside the encodings read here (Windows-1250, -1251, -1252,
//!    ISO-8859-2) is taken only when it gives the very same text as one of them; otherwise
//!    the file is refused. When every candidate loses (chardetng then falls back on
//!    Windows-1252, as for a long run of Polish capitals), Windows-1250 is tried before the
//!    file is refused.
//!
//! A legacy decoder turns any byte into some character, so after decoding the text must look
//! like text: no control character other than tab and line breaks (a byte such as 0x81, which
//! these encodings leave undefined, comes out as one). Otherwise the file is refused with the
//! line and byte.

use std::borrow::Cow;

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use serde::{Deserialize, Serialize};

use crate::error::{Error, ImportWhy, Result};
use crate::import::{self, Unicode};
use crate::why::{Byte, Place};

/// The encoding a CSV file was read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, rename = "CsvEncoding"))]
pub enum Encoding {
    /// UTF-8, with or without a byte-order mark.
    #[serde(rename = "utf-8")]
    Utf8,
    #[serde(rename = "utf-16le")]
    Utf16Le,
    #[serde(rename = "utf-16be")]
    Utf16Be,
    /// Central European (Polish, Czech, Slovak, Hungarian, Croatian…) Windows.
    #[serde(rename = "windows-1250")]
    Windows1250,
    /// Cyrillic (Bulgarian, Russian…) Windows.
    #[serde(rename = "windows-1251")]
    Windows1251,
    /// Western European (German, French, Italian, Spanish, English…) Windows.
    #[serde(rename = "windows-1252")]
    Windows1252,
    /// Central European ISO (older Linux and Mac programs).
    #[serde(rename = "iso-8859-2")]
    Iso8859_2,
}

impl Encoding {
    /// Its name as people know it.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf16Le => "UTF-16LE",
            Encoding::Utf16Be => "UTF-16BE",
            Encoding::Windows1250 => "Windows-1250",
            Encoding::Windows1251 => "Windows-1251",
            Encoding::Windows1252 => "Windows-1252",
            Encoding::Iso8859_2 => "ISO-8859-2",
        }
    }

    /// The single-byte encodings, as encoding_rs has them, most likely first.
    const LEGACY: [(Encoding, &'static encoding_rs::Encoding); 4] = [
        (Encoding::Windows1252, encoding_rs::WINDOWS_1252),
        (Encoding::Windows1250, encoding_rs::WINDOWS_1250),
        (Encoding::Windows1251, encoding_rs::WINDOWS_1251),
        (Encoding::Iso8859_2, encoding_rs::ISO_8859_2),
    ];
}

/// What the detector reads of a large file: the first 4 MiB say which encoding it is in.
const DETECT_BYTES: usize = 4 << 20;

/// What the UTF-16 check without a mark reads.
const UTF16_SNIFF_BYTES: usize = 4096;

/// The text of a CSV file and the encoding it was in.
pub fn decode(bytes: &[u8]) -> Result<(String, Encoding)> {
    let marked =
        bytes.starts_with(b"\xEF\xBB\xBF") || bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]);
    if !marked && let Some(big_endian) = bare_utf16(bytes) {
        let text = import::decode_utf16(bytes, big_endian, 0)?;
        return Ok((text, if big_endian { Encoding::Utf16Be } else { Encoding::Utf16Le }));
    }
    match import::decode_unicode(bytes.to_vec())? {
        Unicode::Text { text, utf16: None } => Ok((text, Encoding::Utf8)),
        Unicode::Text { text, utf16: Some(big_endian) } => {
            Ok((text, if big_endian { Encoding::Utf16Be } else { Encoding::Utf16Le }))
        }
        Unicode::NotUtf8(bytes) => legacy(&bytes),
    }
}

/// `Some(big_endian)` when `bytes` are UTF-16 without a mark by their NUL bytes: at least one
/// code unit in sixteen (the delimiters and line breaks of Cyrillic text, say) has a zero byte
/// on one side, and four times fewer on the other.
fn bare_utf16(bytes: &[u8]) -> Option<bool> {
    let head = &bytes[..bytes.len().min(UTF16_SNIFF_BYTES)];
    let units = head.len() / 2;
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in head.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    if units == 0 {
        return None;
    }
    if odd * 16 >= units && even * 4 < odd {
        Some(false)
    } else if even * 16 >= units && odd * 4 < even {
        Some(true)
    } else {
        None
    }
}

/// Bytes that are not UTF-8: a single-byte encoding, as chardetng guesses it.
fn legacy(bytes: &[u8]) -> Result<(String, Encoding)> {
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    let whole = bytes.len() <= DETECT_BYTES;
    detector.feed(&bytes[..bytes.len().min(DETECT_BYTES)], whole);
    let guess = detector.guess(None, Utf8Detection::Deny);
    let ours = match Encoding::LEGACY.iter().find(|(_, e)| *e == guess) {
        Some(&ours) => Some(ours),
        None => {
            // Another encoding that reads these bytes exactly as one of ours is that one.
            let theirs = single_byte(guess, bytes);
            Encoding::LEGACY.iter().copied().find(|&(_, e)| theirs.is_some() && single_byte(e, bytes) == theirs)
        }
    };
    let Some(ours) = ours else {
        let at = std::str::from_utf8(bytes).err().map_or(0, |e| e.valid_up_to());
        let byte = Byte(bytes.get(at).copied().unwrap_or(0));
        return Err(Error::import(
            line_at(bytes, at),
            ImportWhy::CsvUnknownEncoding { byte, at: Place(at + 1), encoding: guess.name() },
        ));
    };
    // The guess, unless a byte has no letter in it (chardetng leaves such encodings out, but
    // falls back on Windows-1252 when it leaves out all, e.g. for a long run of Polish
    // capitals): then Windows-1250 or -1252, if every byte is a letter in it.
    let latin = [Encoding::LEGACY[1], Encoding::LEGACY[0]];
    let mut first_fault = None;
    for (encoding, e) in std::iter::once(ours).chain(latin.into_iter().filter(|&(o, _)| o != ours.0)) {
        let Some(text) = single_byte(e, bytes) else { continue };
        // Single-byte encodings: the n-th character is the n-th byte.
        match text.chars().enumerate().find(|&(_, c)| c.is_control() && !matches!(c, '\t' | '\n' | '\r')) {
            None => return Ok((text.into_owned(), encoding)),
            Some((at, c)) => {
                first_fault.get_or_insert((at, u32::from(c) < 0x80));
            }
        }
    }
    let (at, control) = first_fault.unwrap_or((0, true));
    let (byte, place) = (Byte(bytes.get(at).copied().unwrap_or(0)), Place(at + 1));
    let why = if control {
        ImportWhy::CsvControlCharacter { byte, at: place }
    } else {
        ImportWhy::CsvNoLetter { byte, at: place }
    };
    Err(Error::import(line_at(bytes, at), why))
}

/// `bytes` in `encoding`, or `None` where a byte has no character in it.
fn single_byte<'a>(encoding: &'static encoding_rs::Encoding, bytes: &'a [u8]) -> Option<Cow<'a, str>> {
    encoding.decode_without_bom_handling_and_without_replacement(bytes)
}

/// The line (1-based) byte `at` is on.
fn line_at(bytes: &[u8], at: usize) -> usize {
    1 + bytes[..at.min(bytes.len())].iter().filter(|&&b| b == b'\n').count()
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn encode(text: &str, encoding: &'static encoding_rs::Encoding) -> Vec<u8> {
        let (bytes, _, unmappable) = encoding.encode(text);
        assert!(!unmappable, "{text} in {}", encoding.name());
        bytes.into_owned()
    }

    fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
        let mut out = Vec::new();
        if bom {
            out.extend(if big_endian { [0xFE, 0xFF] } else { [0xFF, 0xFE] });
        }
        for u in text.encode_utf16() {
            out.extend(if big_endian { u.to_be_bytes() } else { u.to_le_bytes() });
        }
        out
    }

    const POLISH: &str = "Imię;Nazwisko;Miejscowość\r\nŁucja;Żółkiewska;Łódź\r\nŚcibor;Ćwik;Gdańsk\r\n\
                          Zażółć;gęślą jaźń;ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż\r\n";
    const GERMAN: &str = "Vorname;Nachname;Straße;Ort\r\nJürgen;Müller;Hauptstraße 5;Köln\r\n\
                          Françoise;Lefèvre;Rue de l'Église;Besançon\r\nJosé;Muñoz;Calle Mayor;Málaga\r\n\
                          Ä Ö Ü ß;é è ç ñ;ä ö ü;É È Ç Ñ\r\n";
    const BULGARIAN: &str = "Име;Фамилия;Фирма\r\nИван;Петров;Български пощи\r\nМария;Георгиева;Щастие ЕООД\r\n";

    #[test]
    fn utf8_with_and_without_a_mark() {
        assert_eq!(decode(POLISH.as_bytes()).unwrap(), (POLISH.to_owned(), Encoding::Utf8));
        let marked = [b"\xEF\xBB\xBF".as_slice(), POLISH.as_bytes()].concat();
        assert_eq!(decode(&marked).unwrap(), (POLISH.to_owned(), Encoding::Utf8));
        assert_eq!(decode(b"").unwrap(), (String::new(), Encoding::Utf8));
    }

    #[test]
    fn utf16_with_a_mark_and_without_one_when_the_bytes_clearly_are() {
        for text in [POLISH, BULGARIAN, "Фамилия\tИме\r\nПетров\tИван\r\n"] {
            for big_endian in [false, true] {
                let want = if big_endian { Encoding::Utf16Be } else { Encoding::Utf16Le };
                for bom in [true, false] {
                    let got = decode(&utf16(text, big_endian, bom)).unwrap();
                    assert_eq!(got, (text.to_owned(), want), "{text:?} big endian {big_endian}, mark {bom}");
                }
            }
        }
        // Cyrillic first, no mark, no ASCII at the start: recognised by the NUL bytes of the
        // tabs and line breaks.
        assert_eq!(bare_utf16(&utf16("Фамилия\tИме\r\n", false, false)), Some(false));
        assert_eq!(bare_utf16(POLISH.as_bytes()), None);
        assert_eq!(bare_utf16(b"a\0b\0c\0d\0\0\0\0\0"), None, "NULs on both sides are no UTF-16");
    }

    #[test]
    fn polish_excel_in_windows_1250_keeps_every_letter() {
        let (text, encoding) = decode(&encode(POLISH, encoding_rs::WINDOWS_1250)).unwrap();
        assert_eq!(encoding, Encoding::Windows1250);
        assert_eq!(text, POLISH);
        // One short row is enough.
        let short = "Imię;Nazwisko\nŁucja;Żółkiewska\n";
        assert_eq!(decode(&encode(short, encoding_rs::WINDOWS_1250)).unwrap(), (short.into(), Encoding::Windows1250));
    }

    #[test]
    fn western_excel_in_windows_1252_keeps_every_letter() {
        let (text, encoding) = decode(&encode(GERMAN, encoding_rs::WINDOWS_1252)).unwrap();
        assert_eq!(encoding, Encoding::Windows1252);
        assert_eq!(text, GERMAN);
        let short = "Name\nStraße\n";
        assert_eq!(decode(&encode(short, encoding_rs::WINDOWS_1252)).unwrap(), (short.into(), Encoding::Windows1252));
    }

    #[test]
    fn bulgarian_excel_in_windows_1251_keeps_every_letter() {
        let (text, encoding) = decode(&encode(BULGARIAN, encoding_rs::WINDOWS_1251)).unwrap();
        assert_eq!((text.as_str(), encoding), (BULGARIAN, Encoding::Windows1251));
    }

    #[test]
    fn polish_in_iso_8859_2_is_read_too() {
        let text = "Imię;Nazwisko\nŁucja;Żółkiewska\nŚcibor;Ząbkowski\nJaźń;Gęś\n";
        assert_eq!(decode(&encode(text, encoding_rs::ISO_8859_2)).unwrap(), (text.into(), Encoding::Iso8859_2));
    }

    #[test]
    fn bytes_that_are_no_text_are_refused_with_line_and_byte() {
        // 0x81 is undefined in Windows-1250 and -1252 alike.
        let err = decode(b"Name;Phone\nAnna;600\x81100\n").unwrap_err();
        assert_eq!(err.code(), "import_failed");
        let text = err.to_string();
        assert!(text.starts_with("Line 2: expected text in UTF-8, UTF-16, Windows-1250"), "{text}");
        assert!(text.contains("0x81 at byte 20 is no letter in any of them"), "{text}");
        let err = decode(b"Name\nAnna\x01\x02\x03 \xe9t\xe9\n").unwrap_err().to_string();
        assert!(err.starts_with("Line 2:") && err.contains("0x01 at byte 10 is a control character"), "{err}");
        // Text in an encoding Custos does not read (here, by chardetng, Turkish Windows-1254,
        // which differs from Windows-1252 at 0xFE).
        let err = decode(b"Name\nAnna \xff\xfe\n").unwrap_err().to_string();
        assert!(err.starts_with("Line 2:") && err.contains("0xFF at byte 11 is not UTF-8"), "{err}");
        // A UTF-8 mark followed by bytes that are not UTF-8 is refused as UTF-8.
        let err = decode(b"\xEF\xBB\xBFName\n\xE9\n").unwrap_err().to_string();
        assert!(err.starts_with("Line 2: expected text in UTF-8"), "{err}");
        // UTF-16 that breaks off.
        let mut odd = utf16("Name\n", false, true);
        odd.push(b'x');
        assert!(decode(&odd).unwrap_err().to_string().contains("ends in the middle of a character"));
    }

    #[test]
    fn encodings_serialise_as_their_whatwg_names() {
        for (e, name) in [(Encoding::Utf8, "\"utf-8\""), (Encoding::Windows1250, "\"windows-1250\"")] {
            assert_eq!(serde_json::to_string(&e).unwrap(), name);
            assert_eq!(serde_json::from_str::<Encoding>(name).unwrap(), e);
        }
        for (ours, theirs) in Encoding::LEGACY {
            assert_eq!(serde_json::to_string(&ours).unwrap(), format!("\"{}\"", theirs.name().to_lowercase()));
        }
    }
}
