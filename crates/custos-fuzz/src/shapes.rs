//! Bytes → an export file. The first byte chooses: as it is (the rest of the bytes are the
//! file, the second byte picks the phone's offset), or with a shape: [`arbitrary`] reads the
//! rest as a description of a WhatsApp chat or a JSON transcript, which is then written out.
//!
//! A shaped export is usually one the importer should take — real dates and times (the ends
//! of the stored years and the widest offsets among them), names in any script, texts with
//! escape sequences, NUL, bidi controls and emoji, every encoding and line ending an export
//! may have — and, for about one input in twelve, "wild": any date, year, offset, name, text,
//! field or encoding, to be refused without a trace.

use arbitrary::{Arbitrary, Unstructured};
use chrono::FixedOffset;

use crate::Importer;

/// Offsets a phone may be told it was in: real ones up to the ±18:00 edge, then (wild only)
/// what lies beyond it (FixedOffset takes anything under a day).
const OFFSETS_MINUTES: [i32; 14] =
    [0, 60, 120, -300, 330, 345, 14 * 60, -12 * 60, 18 * 60, -18 * 60, 18 * 60 + 1, -18 * 60 - 1, 1439, -1439];
const REAL_OFFSETS: usize = 10;

/// Years around every edge, for wild inputs: two-digit years, the year 0, the ends of the
/// stored range and past them, the last four-digit year.
const EDGE_YEARS: [i32; 10] = [0, 1, 23, 99, 1899, 1900, 2200, 2201, 9999, 1970];

/// Names: the first ones are names, the rest are not (empty, blank, DEL, an escape).
const NAMES: [&str; 12] = [
    "Anna Nowak",
    "Ola",
    "Łucja Żółkiewska",
    "Иван Петров",
    "\u{200e}Marek",
    "Jan: Kowalski",
    "\u{202e}kcab",
    "",
    "   ",
    "\u{7f}",
    "\u{7f}\u{7f}",
    "\u{1b}[",
];
const REAL_NAMES: usize = 7;

/// Texts: the first ones have something to store, the rest are blank.
const TEXTS: [&str; 13] = [
    "hi",
    "Dzień dobry, czy szkolenie w Łodzi jest aktualne?",
    "\u{1b}[31mred\u{1b}[0m",
    "a\u{0}b",
    "<Media omitted>",
    "\u{200e}image omitted",
    "Messages and calls are end-to-end encrypted.",
    "ąćęłńóśźż ÄÖÜß Ελληνικά",
    "😀👍🏽",
    "line one\nline two",
    "\u{202e}\u{2066}x\u{2069}",
    "   ",
    "\r",
];
const REAL_TEXTS: usize = 11;

const CHANNELS: [&str; 7] = ["chat", "email", "phone", "meeting", "other", "fax", ""];
const REAL_CHANNELS: usize = 5;

/// The file and the offset an input stands for.
pub fn input(importer: Importer, data: &[u8]) -> (Vec<u8>, FixedOffset) {
    let Some((&mode, rest)) = data.split_first() else { return (Vec::new(), offset(0, true)) };
    if mode & 1 == 0 {
        let pick = rest.first().copied().unwrap_or(0);
        return (rest.get(1..).unwrap_or_default().to_vec(), offset(pick, true));
    }
    let mut u = Unstructured::new(rest);
    match importer {
        Importer::WhatsApp => {
            let chat = Chat::arbitrary(&mut u).unwrap_or_default();
            let wild = rarely(chat.wild);
            (chat.encoding.apply(chat.render(wild), wild), offset(chat.offset, wild))
        }
        Importer::Json => {
            let file = JsonFile::arbitrary(&mut u).unwrap_or_default();
            let wild = rarely(file.wild);
            (file.encoding.apply(file.render(wild), wild), offset(0, false))
        }
    }
}

/// True for about one value in twelve.
fn rarely(b: u8) -> bool {
    b < 21
}

fn offset(pick: u8, wild: bool) -> FixedOffset {
    let choices = if wild { OFFSETS_MINUTES.len() } else { REAL_OFFSETS };
    let minutes = OFFSETS_MINUTES[usize::from(pick) % choices];
    FixedOffset::east_opt(minutes * 60).unwrap_or_else(|| FixedOffset::east_opt(0).expect("UTC"))
}

/// One of the first `usual` entries of `table`, or (wild) any of them.
fn pick<'a>(table: &[&'a str], usual: usize, i: u8, wild: bool) -> &'a str {
    let n = if wild { table.len() } else { usual };
    table[usize::from(i) % n]
}

/// A piece of text: one from a table, or anything (kept only if it is usable, unless wild).
#[derive(Debug, Arbitrary)]
enum Text {
    Pick(u8),
    Pick2(u8),
    Any(String),
}

impl Text {
    fn render(&self, table: &[&str], usual: usize, wild: bool, usable: fn(&str) -> bool) -> String {
        match self {
            Text::Pick(i) | Text::Pick2(i) => pick(table, usual, *i, wild).to_owned(),
            Text::Any(s) if wild || usable(s) => s.clone(),
            Text::Any(s) => pick(table, usual, s.len() as u8, false).to_owned(),
        }
    }

    fn name(&self, wild: bool) -> String {
        self.render(&NAMES, REAL_NAMES, wild, |s| {
            custos_core::names::is_name(s) && !s.contains([':', '\n', '\r']) && s.trim() == s
        })
    }

    fn message(&self, wild: bool) -> String {
        self.render(&TEXTS, REAL_TEXTS, wild, |s| !s.trim().is_empty() && !s.contains(['\n', '\r']))
    }
}

#[derive(Debug, Arbitrary)]
struct Year {
    value: u16,
    edge: u8,
}

impl Year {
    fn value(&self, wild: bool) -> i32 {
        if wild {
            return if self.edge.is_multiple_of(2) {
                EDGE_YEARS[usize::from(self.edge / 2) % EDGE_YEARS.len()]
            } else {
                i32::from(self.value % 10_000)
            };
        }
        // Inside the stored years with a day to spare for the widest offset.
        1901 + i32::from(self.value % 299)
    }
}

/// A WhatsApp timestamp.
#[derive(Debug, Arbitrary)]
struct Stamp {
    day: u8,
    month: u8,
    year: Year,
    two_digit_year: bool,
    hour: u8,
    minute: u8,
    second: Option<u8>,
    dotted: bool,
}

impl Stamp {
    fn date(&self, iso: bool, wild: bool) -> String {
        let year = self.year.value(wild);
        // Two-digit years are read as 20xx: usable only for this century.
        let two = self.two_digit_year && !iso && (wild || (2000..2100).contains(&year));
        let y = if two { format!("{:02}", year % 100) } else { format!("{year:04}") };
        // Day and month both at most 12 read either way round, so a file never contradicts itself.
        let (d, m) = if wild { (self.day % 40, self.month % 16) } else { (1 + self.day % 12, 1 + self.month % 12) };
        if iso {
            format!("{y}-{m:02}-{d:02}")
        } else {
            let sep = if self.dotted { '.' } else { '/' };
            format!("{d:02}{sep}{m:02}{sep}{y}")
        }
    }

    fn time(&self, wild: bool) -> String {
        let (h, m) = if wild { (self.hour % 30, self.minute % 64) } else { (self.hour % 24, self.minute % 60) };
        let mut t = format!("{h}:{m:02}");
        if let Some(s) = self.second {
            t.push_str(&format!(":{:02}", s % 60));
        }
        t
    }
}

#[derive(Debug, Arbitrary)]
enum Layout {
    Android,
    Ios,
    Iso,
}

#[derive(Debug, Arbitrary)]
enum Line {
    Message { stamp: Stamp, author: Text, text: Text },
    Message2 { stamp: Stamp, author: Text, text: Text },
    System { stamp: Stamp },
    Continuation(Text),
    Blank,
    Any(String),
}

#[derive(Debug, Default, Arbitrary)]
struct Chat {
    first: Option<(Stamp, Text, Text)>,
    lines: Vec<Line>,
    layout: Option<Layout>,
    ending: Ending,
    encoding: Encoding,
    offset: u8,
    wild: u8,
}

impl Chat {
    fn render(&self, wild: bool) -> String {
        let layout = self.layout.as_ref().unwrap_or(&Layout::Android);
        let head = |stamp: &Stamp| match layout {
            Layout::Android => format!("{}, {} - ", stamp.date(false, wild), stamp.time(wild)),
            Layout::Ios => format!("[{}, {}] ", stamp.date(false, wild), stamp.time(wild)),
            Layout::Iso => format!("{}, {} - ", stamp.date(true, wild), stamp.time(wild)),
        };
        let mut lines: Vec<String> = Vec::new();
        if let Some((stamp, author, text)) = &self.first {
            lines.push(format!("{}{}: {}", head(stamp), author.name(wild), text.message(wild)));
        }
        for l in &self.lines {
            match l {
                Line::Message { stamp, author, text } | Line::Message2 { stamp, author, text } => {
                    lines.push(format!("{}{}: {}", head(stamp), author.name(wild), text.message(wild)));
                }
                Line::System { stamp } => lines.push(format!("{}Ola created group \"Szkolenia\"", head(stamp))),
                Line::Continuation(text) if !lines.is_empty() || wild => lines.push(text.message(wild)),
                Line::Blank => lines.push(String::new()),
                Line::Any(s) if wild => lines.push(s.clone()),
                Line::Continuation(_) | Line::Any(_) => {}
            }
        }
        let ending = self.ending.as_str();
        lines.iter().map(|l| format!("{l}{ending}")).collect()
    }
}

#[derive(Debug, Default, Arbitrary)]
enum Ending {
    #[default]
    Lf,
    CrLf,
    Cr,
}

impl Ending {
    fn as_str(&self) -> &'static str {
        match self {
            Ending::Lf => "\n",
            Ending::CrLf => "\r\n",
            Ending::Cr => "\r",
        }
    }
}

#[derive(Debug, Default, Arbitrary)]
enum Encoding {
    #[default]
    Utf8,
    Utf8Bom,
    Utf16Le,
    Utf16Be,
    Utf16LeNoBom,
    /// A byte that is no UTF-8 at some place (wild only).
    BrokenUtf8(u16, u8),
    /// A lone surrogate in UTF-16 (wild only).
    BrokenUtf16(u16),
}

impl Encoding {
    fn apply(&self, text: String, wild: bool) -> Vec<u8> {
        let utf16 = |bom: Option<[u8; 2]>, big: bool| {
            let mut out: Vec<u8> = bom.map(|b| b.to_vec()).unwrap_or_default();
            for unit in text.encode_utf16() {
                out.extend(if big { unit.to_be_bytes() } else { unit.to_le_bytes() });
            }
            out
        };
        match *self {
            Encoding::Utf8Bom => [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
            Encoding::Utf16Le => utf16(Some([0xFF, 0xFE]), false),
            Encoding::Utf16Be => utf16(Some([0xFE, 0xFF]), true),
            // Without a mark, UTF-16 is recognised by a plain first character only.
            Encoding::Utf16LeNoBom if text.starts_with(|c: char| c.is_ascii() && c != '\0') => utf16(None, false),
            Encoding::BrokenUtf8(at, byte) if wild => {
                let mut bytes = text.into_bytes();
                let at = usize::from(at) % (bytes.len() + 1);
                bytes.insert(at, byte | 0x80);
                bytes
            }
            Encoding::BrokenUtf16(at) if wild => {
                let mut bytes = utf16(Some([0xFF, 0xFE]), false);
                let at = 2 + 2 * (usize::from(at) % (bytes.len() / 2));
                let at = at.min(bytes.len());
                bytes.splice(at..at, 0xDC00u16.to_le_bytes());
                bytes
            }
            _ => text.into_bytes(),
        }
    }
}

/// A time in a JSON transcript: RFC 3339 with any year and offset (or, wild, anything).
#[derive(Debug, Arbitrary)]
struct JsonTime {
    year: Year,
    month: u8,
    day: u8,
    hour: u8,
    minute: u8,
    second: u8,
    millis: Option<u16>,
    offset_minutes: i16,
    any: Option<String>,
}

impl JsonTime {
    fn render(&self, wild: bool) -> String {
        if wild && let Some(any) = &self.any {
            return any.clone();
        }
        let limit: i16 = if wild { 24 * 60 } else { 18 * 60 + 1 };
        let zone = match self.offset_minutes % limit {
            0 => "Z".to_owned(),
            o => format!("{}{:02}:{:02}", if o < 0 { '-' } else { '+' }, o.unsigned_abs() / 60, o.unsigned_abs() % 60),
        };
        let frac = self.millis.map(|m| format!(".{:03}", m % 1000)).unwrap_or_default();
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{frac}{zone}",
            self.year.value(wild),
            1 + self.month % 12,
            1 + self.day % 28,
            self.hour % 24,
            self.minute % 60,
            self.second % 60
        )
    }
}

#[derive(Debug, Arbitrary)]
enum JsonSender {
    Contact,
    Staff(Text),
    Other(Text),
    NoName(bool),
    Kind(String),
}

#[derive(Debug, Arbitrary)]
struct JsonMessage {
    at: JsonTime,
    sender: JsonSender,
    text: Text,
}

#[derive(Debug, Default, Arbitrary)]
struct JsonFile {
    /// Wild: a format name, version, unknown field or cut that the importer refuses.
    damage: u8,
    cut: u16,
    version_one_point_zero: bool,
    channel: Option<Text>,
    started_at: Option<JsonTime>,
    ended_at: Option<JsonTime>,
    external_ref: Option<String>,
    first: Option<JsonMessage>,
    messages: Vec<JsonMessage>,
    encoding: Encoding,
    wild: u8,
}

impl JsonFile {
    fn render(&self, wild: bool) -> String {
        use std::fmt::Write as _;
        let q = |s: &str| serde_json::to_string(s).unwrap_or_default();
        let damage = if wild { self.damage % 6 } else { 0 };
        let mut out = String::from("{\n");
        let format = if damage == 1 { "slack-export" } else { "custos-transcript" };
        let _ = writeln!(out, "  \"format\": {},", q(format));
        let version = match damage {
            2 => ["2", "\"1\"", "-1", "1.5"][usize::from(self.cut % 4)],
            _ if self.version_one_point_zero => "1.0",
            _ => "1",
        };
        let _ = writeln!(out, "  \"version\": {version},");
        if let Some(c) = &self.channel {
            let _ = writeln!(out, "  \"channel\": {},", q(&c.render(&CHANNELS, REAL_CHANNELS, wild, |_| false)));
        }
        // A start or end that is not the conversation's own can be refused: wild only.
        if wild {
            for (key, t) in [("started_at", &self.started_at), ("ended_at", &self.ended_at)] {
                if let Some(t) = t {
                    let _ = writeln!(out, "  \"{key}\": {},", q(&t.render(wild)));
                }
            }
        }
        if let Some(r) = &self.external_ref {
            let _ = writeln!(out, "  \"external_ref\": {},", q(r));
        }
        if damage == 3 {
            out.push_str("  \"surprise\": true,\n");
        }
        out.push_str("  \"messages\": [\n");
        let messages: Vec<&JsonMessage> = self.first.iter().chain(&self.messages).collect();
        for (i, m) in messages.iter().enumerate() {
            let sender = match &m.sender {
                JsonSender::Staff(n) => format!("{{\"kind\": \"staff\", \"name\": {}}}", q(&n.name(wild))),
                JsonSender::Other(n) => format!("{{\"kind\": \"other\", \"name\": {}}}", q(&n.name(wild))),
                JsonSender::NoName(staff) if wild => {
                    format!("{{\"kind\": \"{}\"}}", if *staff { "staff" } else { "other" })
                }
                JsonSender::Kind(k) if wild => format!("{{\"kind\": {}}}", q(k)),
                _ => "{\"kind\": \"contact\"}".to_owned(),
            };
            let comma = if i + 1 < messages.len() { "," } else { "" };
            let _ = writeln!(
                out,
                "    {{\"at\": {}, \"sender\": {sender}, \"text\": {}}}{comma}",
                q(&m.at.render(wild)),
                q(&m.text.render(&TEXTS, REAL_TEXTS, wild, |s| !s.trim().is_empty()))
            );
        }
        out.push_str("  ]\n}\n");
        if damage == 4 {
            let mut at = usize::from(self.cut) % (out.len() + 1);
            while !out.is_char_boundary(at) {
                at -= 1;
            }
            out.truncate(at);
        }
        out
    }
}
