//! The website chat CSV reader under hostile inputs: bytes → [`inspect`] → [`parse`] with the
//! guessed mapping (and with a mapping made from the input, so that any mapping is tried).
//! Parsing is pure, so there is no vault here; what must hold:
//!
//! - nothing panics (the fuzzer reports a panic as a crash);
//! - a refusal is `import_failed` with a message and a line inside the file, or, for a
//!   mapping without a time, a text or a writer, `invalid_input` with that reason;
//! - what `inspect` gives fits the file: the header's guessed mapping, 1–10 sample rows after
//!   the header in order, no fewer rows than the sample;
//! - an accepted file gives threads keyed `web_chat:…`, none empty, whose messages start on
//!   lines inside the file after the header, oldest first, at times Custos stores, with a
//!   trimmed text that is not empty and has no control character but line feeds and tabs,
//!   someone who wrote (a trimmed name, a lower-case address with an `@`, or a role); no more
//!   messages and skipped rows than rows; the same file parsed again gives the same;
//! - a well-formed shaped file (not "wild") in a Unicode encoding is read as written: every
//!   message that is not a bot's, with its text and its sender, and the bots' counted.
//!
//! [`input`] reads the fuzzer's bytes as [`crate::input`] does: a first byte that is even
//! means the file as it is (after a second byte, unused here, so the corpus seeds of
//! `cargo xtask fuzz` are the fixtures); odd means an export with a shape (`arbitrary`): the
//! columns of a LiveChat, tawk.to, Polish spreadsheet or Intercom export, times in each of
//! the forms read (ISO, RFC 3339, dotted, slashed day or month first, split date and time,
//! Unix), visitors, agents and bots, texts with Polish and German letters, quotes,
//! delimiters and line breaks, any delimiter and line ending, UTF-8 with or without a mark,
//! UTF-16, Windows-1250 — and, for about one input in twelve, "wild": any text, and a row
//! dropped, repeated or cut.

use arbitrary::{Arbitrary, Unstructured};
use chrono::{DateTime, Duration, FixedOffset, Offset, TimeZone, Utc};
use custos_core::import::parsed::ParsedExport;
use custos_core::import::web_chat::{WebChatField, WebChatMapping, inspect, parse};
use custos_core::ts::{EARLIEST_YEAR, LATEST_YEAR};

use crate::csv::{fail, lines, rarely, refusal};
use crate::{Outcome, Violation};

/// What a well-formed shaped file must read as: the messages' texts and sender names, in
/// the file's order, and how many bot rows are skipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expected {
    pub messages: Vec<(String, String)>,
    pub skipped: usize,
}

/// The file an input stands for, and what it must read as when that is known.
pub fn input(data: &[u8]) -> (Vec<u8>, Option<Expected>) {
    let Some((&mode, rest)) = data.split_first() else { return (Vec::new(), None) };
    if mode & 1 == 0 {
        return (rest.get(1..).unwrap_or_default().to_vec(), None);
    }
    let export = Export::arbitrary(&mut Unstructured::new(rest)).unwrap_or_default();
    export.render()
}

/// Checks one input (`data` as [`input`] reads it).
pub fn check(data: &[u8]) -> Result<Outcome, Violation> {
    let (bytes, expected) = input(data);
    let chaos = data.last().copied().unwrap_or(0);
    check_file(&bytes, expected.as_ref(), chaos)
}

/// One fuzzer input; a broken invariant is a crash for the fuzzer.
pub fn run_one(data: &[u8]) {
    crate::crash_on_violation(data, check, |d| input(d).0);
}

/// The offset the shaped files' local times are written at.
fn offset() -> FixedOffset {
    FixedOffset::east_opt(3600).unwrap_or(Utc.fix())
}

pub fn check_file(bytes: &[u8], expected: Option<&Expected>, chaos: u8) -> Result<Outcome, Violation> {
    let i = match inspect(bytes) {
        Ok(i) => i,
        Err(e) => {
            refusal(&e, bytes, "inspect")?;
            if let Some(x) = expected {
                return fail(format!("a well-formed file ({x:?}) was refused: {e}"));
            }
            return Ok(Outcome::Refused(e.code()));
        }
    };
    let last = lines(bytes);
    if i.guessed != WebChatMapping::guess(&i.headers) || i.guessed.columns.len() != i.headers.len() {
        return fail(format!("the guessed mapping {:?} is not the header's {:?}", i.guessed, i.headers));
    }
    if i.sample.is_empty() || i.sample.len() > 10 || i.rows < i.sample.len() {
        return fail(format!("{} sample rows of {}", i.sample.len(), i.rows));
    }
    let mut before = i.header_line;
    for row in &i.sample {
        if row.line <= before || row.line > last {
            return fail(format!("a sample row on line {} after line {before}, in {last} lines", row.line));
        }
        before = row.line;
    }
    let parsed = match parse(bytes, &i.guessed, offset()) {
        Ok(p) => p,
        Err(e) => {
            refused(&e, bytes)?;
            if let Some(x) = expected {
                return fail(format!("a well-formed file ({x:?}) was refused: {e}"));
            }
            return Ok(Outcome::Refused(e.code()));
        }
    };
    let count = well_formed(&parsed, i.header_line, last, i.rows)?;
    if parse(bytes, &i.guessed, offset()).ok().as_ref() != Some(&parsed) {
        return fail("the same file parsed twice gave two results".into());
    }
    if let Some(x) = expected {
        let mut got: Vec<(usize, String, String)> = parsed
            .threads
            .iter()
            .flat_map(|t| &t.messages)
            .map(|m| (m.line, m.text.clone(), m.from.label().to_owned()))
            .collect();
        got.sort();
        let got: Vec<(String, String)> = got.into_iter().map(|(_, t, s)| (t, s)).collect();
        if got != x.messages || parsed.skipped != x.skipped {
            return fail(format!("read as {got:?} (skipped {}), written as {x:?}", parsed.skipped));
        }
    }
    // Any mapping: the input's last byte picks a field for each column.
    let mapping = WebChatMapping {
        columns: (0..i.headers.len()).map(|c| any_field(chaos.wrapping_add(c as u8).wrapping_mul(31))).collect(),
    };
    match parse(bytes, &mapping, offset()) {
        Ok(p) => {
            well_formed(&p, i.header_line, last, i.rows)?;
        }
        Err(e) => refused(&e, bytes)?,
    }
    Ok(Outcome::Imported(count as u64))
}

/// A refusal of `parse`: an import error at a line, or a mapping that lacks a field.
fn refused(e: &custos_core::Error, bytes: &[u8]) -> Result<(), Violation> {
    if e.code() == "invalid_input" && e.reason().is_some_and(|r| r.starts_with("web_chat_mapping_")) {
        return Ok(());
    }
    refusal(e, bytes, "parse")
}

/// The invariants of an accepted file; the number of messages.
fn well_formed(p: &ParsedExport, header_line: usize, last: usize, rows: usize) -> Result<usize, Violation> {
    let earliest = Utc.with_ymd_and_hms(EARLIEST_YEAR, 1, 1, 0, 0, 0).single();
    let latest = Utc.with_ymd_and_hms(LATEST_YEAR + 1, 1, 1, 0, 0, 0).single();
    let mut count = 0;
    if p.threads.is_empty() {
        return fail("accepted without a thread".into());
    }
    for t in &p.threads {
        if !t.key.starts_with("web_chat:") || t.key.len() > 300 || t.messages.is_empty() {
            return fail(format!("a thread {:?} of {} messages", t.key, t.messages.len()));
        }
        let mut previous: Option<DateTime<Utc>> = None;
        for m in &t.messages {
            count += 1;
            let Some(at) = m.at else { return fail(format!("a message without a time at line {}", m.line)) };
            if earliest.is_some_and(|e| at < e) || latest.is_some_and(|l| at >= l) || previous.is_some_and(|p| at < p) {
                return fail(format!("a message at {at} (after {previous:?}) at line {}", m.line));
            }
            previous = Some(at);
            if m.line <= header_line || m.line > last {
                return fail(format!("a message at line {} (header {header_line}, {last} lines)", m.line));
            }
            let bad = m.text.chars().any(|c| c.is_control() && c != '\n' && c != '\t');
            if m.text.is_empty() || m.text.trim() != m.text || bad {
                return fail(format!("a text {:?} at line {}", m.text, m.line));
            }
            let f = &m.from;
            if f.name.as_deref().is_some_and(|n| n.is_empty() || n.trim() != n)
                || f.address.as_deref().is_some_and(|a| !a.contains('@') || a.to_lowercase() != a)
            {
                return fail(format!("a sender {f:?} at line {}", m.line));
            }
        }
    }
    if count + p.skipped > rows {
        return fail(format!("{count} messages and {} skipped of {rows} rows", p.skipped));
    }
    Ok(count)
}

fn any_field(pick: u8) -> WebChatField {
    use WebChatField::*;
    [Ignore, Time, Date, Clock, Sender, SenderEmail, Role, Text, Conversation, MessageId][usize::from(pick) % 10]
}

/// Texts: what a message may say (trimmed, not empty, no control character).
const TEXTS: [&str; 12] = [
    "Dzień dobry, czy mogę zmienić termin?",
    "Zażółć gęślą jaźń — ĄĆĘŁŃÓŚŹŻ",
    "Grüße aus Köln; Straße 5",
    "\"Quoted\", with commas",
    "two\nlines",
    "tab\there",
    "a;b,c\td",
    "=SUM(A1)",
    "😀",
    "x",
    "<b>not markup</b>",
    "Иван Петров",
];
const NAMES: [&str; 5] = ["Łucja Żółkiewska", "Jürgen Groß", "Anna", "O'Brien, Mary", "V1709731512345"];
const EMAILS: [&str; 3] = ["lucja@example.pl", "Juergen.Gross@Example.DE", "anna@firma.pl"];

#[derive(Debug, Arbitrary)]
enum Text {
    Pick(u8),
    Any(String),
}

impl Text {
    fn render(&self, wild: bool) -> String {
        match self {
            Text::Pick(i) => TEXTS[usize::from(*i) % TEXTS.len()].to_owned(),
            Text::Any(s) if wild || (!s.trim().is_empty() && s.trim() == s && !s.chars().any(char::is_control)) => {
                s.clone()
            }
            Text::Any(s) => TEXTS[s.len() % TEXTS.len()].to_owned(),
        }
    }
}

#[derive(Debug, Arbitrary)]
struct Message {
    chat: u8,
    minutes: u16,
    sender: u8,
    /// 0–5 visitor, 6–8 agent, 9 bot.
    role: u8,
    text: Text,
}

#[derive(Debug, Default, Arbitrary)]
struct Export {
    layout: u8,
    time: u8,
    first: Option<Message>,
    messages: Vec<Message>,
    delimiter: u8,
    crlf: bool,
    encoding: u8,
    wild: u8,
    damage: Option<(u16, u8)>,
}

/// The layouts: header names, and whether the date and the time of day are split.
const LAYOUTS: [(&[&str], bool); 4] = [
    (&["Chat ID", "Date", "Author name", "Author email", "Author type", "Message"], false),
    (&["Conversation ID", "Time", "Sender", "Sender Email", "Sender Type", "Message"], false),
    (&["ID rozmowy", "Data", "Godzina", "Nadawca", "E-mail", "Rola", "Wiadomość"], true),
    (&["conversation_id", "created_at", "author_name", "author_email", "author_type", "body"], false),
];

impl Export {
    fn render(&self) -> (Vec<u8>, Option<Expected>) {
        let wild = rarely(self.wild);
        let (header, split) = LAYOUTS[usize::from(self.layout) % LAYOUTS.len()];
        let delimiter = [',', ';', '\t'][usize::from(self.delimiter) % 3];
        let quote = |field: &str| {
            if field.contains([delimiter, '"', '\n', '\r']) {
                format!("\"{}\"", field.replace('"', "\"\""))
            } else {
                field.to_owned()
            }
        };
        let base = Utc.with_ymd_and_hms(2026, 3, 14, 9, 0, 0).single().unwrap_or_default();
        let style = self.time % 6;
        let mut rows: Vec<String> =
            vec![header.iter().map(|h| quote(h)).collect::<Vec<_>>().join(&delimiter.to_string())];
        let mut expected = Expected { messages: Vec::new(), skipped: 0 };
        for m in self.first.iter().chain(&self.messages) {
            let at = base + Duration::minutes(i64::from(m.minutes));
            let local = at + Duration::hours(1);
            let (date, clock) = match style {
                0 => (local.format("%Y-%m-%d").to_string(), local.format("%H:%M:%S").to_string()),
                1 => (local.format("%d.%m.%Y").to_string(), local.format("%H:%M").to_string()),
                2 => (local.format("%d/%m/%Y").to_string(), local.format("%H:%M").to_string()),
                3 => (local.format("%m/%d/%Y").to_string(), local.format("%I:%M %p").to_string()),
                4 => (at.format("%Y-%m-%dT%H:%M:%S").to_string(), "Z".to_owned()),
                _ => (at.timestamp().to_string(), String::new()),
            };
            let role = match m.role % 10 {
                0..=5 => "visitor",
                6..=8 => "agent",
                _ => "bot",
            };
            let name = NAMES[usize::from(m.sender) % NAMES.len()];
            let email = if m.sender % 7 == 0 { "" } else { EMAILS[usize::from(m.sender) % EMAILS.len()] };
            let text = m.text.render(wild);
            let mut fields = vec![format!("c{}", m.chat % 4)];
            if split {
                let clock = if clock == "Z" || clock.is_empty() { local.format("%H:%M").to_string() } else { clock };
                let date = if style >= 4 { local.format("%Y-%m-%d").to_string() } else { date };
                fields.extend([date, clock]);
            } else {
                let sep = if style == 4 { "" } else { " " };
                fields.push(format!("{date}{sep}{clock}").trim().to_owned());
            }
            fields.extend([name.to_owned(), email.to_owned(), role.to_owned(), text.clone()]);
            rows.push(fields.iter().map(|f| quote(f)).collect::<Vec<_>>().join(&delimiter.to_string()));
            if role == "bot" {
                expected.skipped += 1;
            } else {
                expected.messages.push((text, name.to_owned()));
            }
        }
        if wild && let Some((at, how)) = self.damage {
            let at = usize::from(at) % rows.len();
            match how % 3 {
                0 => drop(rows.remove(at)),
                1 => {
                    let row = rows[at].clone();
                    rows.insert(at, row);
                }
                _ => rows.truncate(at),
            }
        }
        let text = rows.join(if self.crlf { "\r\n" } else { "\n" }) + "\n";
        let (bytes, unicode) = match self.encoding % 5 {
            0 | 1 => (text.into_bytes(), true),
            2 => ([&b"\xEF\xBB\xBF"[..], text.as_bytes()].concat(), true),
            3 => {
                let mut out = vec![0xFF, 0xFE];
                for unit in text.encode_utf16() {
                    out.extend(unit.to_le_bytes());
                }
                (out, true)
            }
            _ => {
                let (encoded, _, unmappable) = encoding_rs::WINDOWS_1250.encode(&text);
                let ascii = !unmappable && encoded.is_ascii();
                (encoded.into_owned(), ascii)
            }
        };
        // Expected: a Unicode file with at least one message; rows from the file's order by
        // line, so sorted by line they are the messages in the order written.
        let known = !wild && unicode && !expected.messages.is_empty();
        (bytes, known.then_some(expected))
    }
}
