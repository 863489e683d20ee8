//! vCard files — 2.1 as Android and older phones export them, 3.0 (RFC 2426) as iOS and
//! macOS do, 4.0 (RFC 6350) — turned into [`ContactDraft`]s, one per `BEGIN:VCARD` …
//! `END:VCARD`.
//!
//! Read: `FN`, `N` (family and given name), `ORG`, `TITLE`, `NOTE`, `EMAIL`, `TEL`, `ADR` (its
//! seven parts joined into one text, empty ones left out), `CATEGORIES` (tags) and `KIND` (a
//! `group`, also Apple's `X-ADDRESSBOOKSERVER-KIND:group`, is kept with a problem). `TYPE=`
//! values (3.0, 4.0, also quoted lists) and bare 2.1 types (`TEL;CELL;PREF`) give the
//! [`Label`]: `cell`/`mobile`/`iphone` → mobile, else `work`, else `home`, else other. `PREF=n`
//! (4.0; lowest wins), `TYPE=pref` and a bare `PREF` mark the preferred one of each kind, which
//! becomes primary (else the first). Group prefixes (`item1.EMAIL`) are dropped; every other
//! property (`PHOTO`, `UID`, `X-…`) is skipped without its value being read, so a broken
//! photo never stops an import.
//!
//! The file is UTF-8 (with or without a byte-order mark) or UTF-16 (read by
//! [`crate::import::decode`], as chat exports are). A property's `CHARSET` applies to its
//! quoted-printable bytes, and to 8-bit bytes that are not UTF-8 (a value already in UTF-8
//! is taken as it is, whatever `CHARSET` it names).
//! Errors are [`Error::Import`] with the line and what was expected; a record without any
//! name (no `FN`, `N`, `ORG` or `EMAIL`) is no error but a draft with a
//! [`problem`](ContactDraft::problem), for the preview to offer skipping.
//!
//! **Why no vCard crate.** Those looked at: `vcard4` reads only 4.0 and refuses a `CHARSET`
//! other than UTF-8; `vcard` (magiclen) and `vcard_parser` read only 4.0; `ical` has no
//! quoted-printable; `calcard` (Stalwart, well kept) reads 2.1 quoted-printable, but takes
//! `&str` (no 8-bit Latin-2 values), says nothing of where in the file a problem is (an
//! `InvalidLine(String)` entry), and brings iCalendar, JSContact, `chrono-tz` and
//! `mail-parser` with it; `vcard-rs` (pimalaya, 2.1–4.0 with quoted-printable and charsets)
//! is young (0.2 to 0.5 within months), forgiving by design (nested cards, cards without an
//! envelope) and its errors carry no line. Custos must name the line of every refusal and the
//! `BEGIN` of every record, so the line structure (unfolding, soft line breaks, parameters:
//! [`lines`]) is read here in about 150 lines, and the decoding is left to two well-kept
//! crates: `quoted_printable` (RFC 2045 decoding, strict mode) and `encoding_rs` (Mozilla's
//! WHATWG Encoding Standard: every `CHARSET` label a phone writes, no table of our own).

mod lines;
mod value;

#[cfg(test)]
mod tests;

use std::borrow::Cow;

use self::lines::{ContentLine, Malformed, Reader, shown};
use self::value::{split, unescape};
use super::draft::{ContactDraft, Label, Labelled};
use crate::error::{Error, ImportWhy, Result};
use crate::why::Place;

/// The problem of a record without any name.
pub const NO_NAME: &str = "no name: the vCard has no FN, N, ORG or EMAIL to name the contact by";

/// The problem of a group card (`KIND:group`).
pub const GROUP: &str = "a group of contacts (KIND:group), not a person or an organisation";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Version {
    V21,
    V30,
    V40,
}

/// True when `bytes` look like a vCard file: the first line that is not blank is
/// `BEGIN:VCARD`. For choosing the importer; [`parse`] says what is wrong with a file.
pub fn is_vcard(bytes: &[u8]) -> bool {
    let Ok(text) = file_text(bytes) else { return false };
    let mut reader = Reader::new(&text);
    matches!(reader.next_line(false), Some(Ok(l)) if l.name == "BEGIN" && l.value.trim_ascii().eq_ignore_ascii_case(b"VCARD"))
}

/// Reads the vCard file at `path` (a regular file of at most
/// [`MAX_IMPORT_BYTES`](crate::files::MAX_IMPORT_BYTES)) as [`parse`] does.
pub fn read(path: &std::path::Path) -> Result<Vec<ContactDraft>> {
    parse(&crate::files::read_regular(path, crate::files::MAX_IMPORT_BYTES)?)
}

/// Reads a vCard file's bytes: one draft per record, in the file's order.
pub fn parse(bytes: &[u8]) -> Result<Vec<ContactDraft>> {
    let text = file_text(bytes)?;
    let mut reader = Reader::new(&text);
    let mut drafts = Vec::new();
    let mut open: Option<Record> = None;
    let mut last_end: Option<usize> = None;
    // Outside a vCard: what was expected.
    let stray = |line: usize, text: &[u8], last_end: Option<usize>| {
        let why = match last_end {
            None => ImportWhy::VcardNotFound { found: shown(text) },
            Some(end) => ImportWhy::VcardOutsideCard { end: Place(end), found: shown(text) },
        };
        Error::import(line, why)
    };
    while let Some(line) = reader.next_line(open.as_ref().is_some_and(|r| r.version == Some(Version::V21))) {
        let line = match line {
            Ok(line) => line,
            Err(Malformed { line, text }) if open.is_none() => return Err(stray(line, &text, last_end)),
            Err(Malformed { line, text }) => {
                return Err(Error::import(line, ImportWhy::VcardNotAProperty { found: shown(&text) }));
            }
        };
        let error = |why: ImportWhy| Error::import(line.line, why);
        let is = |name: &str, value: &[u8]| line.name == name && line.value.trim_ascii().eq_ignore_ascii_case(value);
        match open.as_mut() {
            None if is("BEGIN", b"VCARD") => open = Some(Record::new(line.line)),
            None => return Err(stray(line.line, &[&line.head[..], b":", &line.value].concat(), last_end)),
            Some(record) if line.name == "BEGIN" => {
                return Err(error(ImportWhy::VcardBeginInCard { begin: Place(record.begin) }));
            }
            Some(record) if line.name == "END" => {
                if !is("END", b"VCARD") {
                    return Err(error(ImportWhy::VcardWrongEnd {
                        begin: Place(record.begin),
                        found: shown(&line.value),
                    }));
                }
                let record = open.take();
                if let Some(record) = record {
                    drafts.push(record.draft()?);
                }
                last_end = Some(line.line);
            }
            Some(record) if line.name == "VERSION" => {
                record.version = Some(match line.value.trim_ascii() {
                    b"2.1" => Version::V21,
                    b"3.0" => Version::V30,
                    b"4.0" => Version::V40,
                    other => {
                        return Err(error(ImportWhy::VcardUnsupportedVersion { version: shown(other) }));
                    }
                });
            }
            Some(record) => record.lines.push(line),
        }
    }
    if let Some(record) = open {
        return Err(Error::import(record.begin, ImportWhy::VcardNoEnd { last: Place(reader.last_line()) }));
    }
    if drafts.is_empty() {
        return Err(Error::import(1, ImportWhy::VcardEmpty {}));
    }
    Ok(drafts)
}

/// The file's text as UTF-8 bytes: UTF-16 decoded, a UTF-8 byte-order mark dropped. UTF-8 is
/// checked value by value, since a vCard 2.1 value may be in the charset it names.
fn file_text(bytes: &[u8]) -> Result<Cow<'_, [u8]>> {
    if crate::import::is_utf16(bytes) {
        return Ok(Cow::Owned(crate::import::decode(bytes.to_vec())?.into_bytes()));
    }
    Ok(Cow::Borrowed(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)))
}

/// One `BEGIN:VCARD` … `END:VCARD` as read so far.
#[derive(Debug)]
struct Record {
    begin: usize,
    version: Option<Version>,
    lines: Vec<ContentLine>,
}

/// An e-mail address, phone number or address with how preferred it is.
type Ranked = (Labelled, Option<u32>);

impl Record {
    fn new(begin: usize) -> Self {
        Record { begin, version: None, lines: Vec::new() }
    }

    /// The draft of the record. Without a VERSION it is read as 3.0/4.0.
    fn draft(self) -> Result<ContactDraft> {
        let v21 = self.version == Some(Version::V21);
        // Commas separate list items only from 3.0 on; in 2.1 they are text.
        let list = if v21 { None } else { Some(',') };
        let mut d = ContactDraft { line: self.begin, ..Default::default() };
        let (mut emails, mut phones, mut addresses): (Vec<Ranked>, Vec<Ranked>, Vec<Ranked>) = Default::default();
        let mut notes: Vec<String> = Vec::new();
        let mut group = false;
        for line in &self.lines {
            let text = || value::text(line);
            let one = |s: &str| Some(unescape(s, !v21).trim().to_owned()).filter(|s| !s.is_empty());
            // The parts of a structured value (N, ORG, ADR), each trimmed; list items joined.
            let parts = |s: &str, join: &str| -> Vec<String> {
                split(s, ';')
                    .into_iter()
                    .map(|part| {
                        let items = match list {
                            Some(sep) => split(part, sep),
                            None => vec![part],
                        };
                        let items: Vec<String> = items.iter().map(|i| unescape(i, !v21).trim().to_owned()).collect();
                        let items: Vec<&str> = items.iter().map(String::as_str).filter(|i| !i.is_empty()).collect();
                        items.join(join)
                    })
                    .collect()
            };
            match line.name.as_str() {
                "FN" if d.display_name.is_none() => d.display_name = one(&text()?),
                "N" if d.family_name.is_none() && d.given_name.is_none() => {
                    let mut n = parts(&text()?, " ").into_iter().map(|p| Some(p).filter(|p| !p.is_empty()));
                    d.family_name = n.next().flatten();
                    d.given_name = n.next().flatten();
                }
                "ORG" if d.organisation.is_none() => {
                    d.organisation = Some(joined(parts(&text()?, ", "))).filter(|o| !o.is_empty());
                }
                "TITLE" if d.job_title.is_none() => d.job_title = one(&text()?),
                "NOTE" => notes.extend(one(&text()?)),
                "EMAIL" => emails.extend(ranked(one(&text()?), line)),
                "TEL" => {
                    let tel = one(&text()?).map(|t| match t.get(..4) {
                        Some(scheme) if scheme.eq_ignore_ascii_case("tel:") => t[4..].trim().to_owned(),
                        _ => t,
                    });
                    phones.extend(ranked(tel.filter(|t| !t.is_empty()), line));
                }
                "ADR" => {
                    // Lines inside a part (a street on two lines) are parts too.
                    let lines: Vec<String> =
                        parts(&text()?, ", ").iter().flat_map(|p| p.lines().map(str::to_owned)).collect();
                    addresses.extend(ranked(Some(joined(lines)).filter(|a| !a.is_empty()), line));
                }
                "CATEGORIES" => {
                    for tag in split(&text()?, ',') {
                        d.add_tag(&unescape(tag, !v21));
                    }
                }
                // Apple's 3.0 groups say it with their own property.
                "KIND" | "X-ADDRESSBOOKSERVER-KIND" => {
                    group |= unescape(&text()?, !v21).trim().eq_ignore_ascii_case("group")
                }
                _ => {}
            }
        }
        d.emails = with_primary(emails);
        d.phones = with_primary(phones);
        d.addresses = with_primary(addresses);
        d.notes = Some(notes.join("\n")).filter(|n| !n.is_empty());
        if group {
            d.problem = Some(GROUP.to_owned());
        } else if d.name().is_none() {
            d.problem = Some(NO_NAME.to_owned());
        }
        Ok(d)
    }
}

/// The parts that are not empty, trimmed, joined with ", ".
fn joined(parts: Vec<String>) -> String {
    let parts: Vec<&str> = parts.iter().map(|p| p.trim()).filter(|p| !p.is_empty()).collect();
    parts.join(", ")
}

/// A value with the label its types give and its preference.
fn ranked(value: Option<String>, line: &ContentLine) -> Option<Ranked> {
    let has = |names: &[&str]| line.params.types.iter().any(|t| names.contains(&t.as_str()));
    let label = if has(&["cell", "mobile", "iphone"]) {
        Label::Mobile
    } else if has(&["work"]) {
        Label::Work
    } else if has(&["home"]) {
        Label::Home
    } else {
        Label::Other
    };
    value.map(|v| (Labelled::new(v, label), line.params.pref))
}

/// The values with the most preferred one (lowest rank; the first of equals) marked primary,
/// else the first.
fn with_primary(values: Vec<Ranked>) -> Vec<Labelled> {
    let best = values.iter().enumerate().filter_map(|(i, (_, pref))| pref.map(|p| (p, i))).min().map_or(0, |(_, i)| i);
    values
        .into_iter()
        .enumerate()
        .map(|(i, (mut l, _))| {
            l.primary = i == best;
            l
        })
        .collect()
}
