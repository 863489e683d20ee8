//! WhatsApp's "Export chat" (without media) text: one message per timestamped line, later
//! lines without a timestamp continuing the message above.
//!
//! Recognised layouts (seconds optional everywhere; U+200E/U+200F, U+202A–U+202E and a BOM
//! are removed first):
//!
//! - Android: `31/12/2023, 21:41 - Anna Nowak: text`, `31/12/23, 21:41 - …`,
//!   `12/31/23, 9:41 PM - …`, dotted `31.12.23, 21:41 - …`, ISO `2023-12-31, 21:41 - …`;
//! - iOS: `[31/12/2023, 21:41:05] Anna Nowak: text`, `[12/31/23, 9:41:05 PM] …`,
//!   `[31.12.23, 21:41:05] …`.
//!
//! Whether the day or the month comes first is decided once per file: a first number above
//! 12 means day first, a second number above 12 means month first, both in one file is an
//! error; when nothing tells, files with AM/PM times are read month first, others day first.
//! Times are the phone's local time; the caller says which offset that was.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Utc};

use crate::error::{Error, Result};
use crate::ts::StoredTime;
use crate::why::{ImportWhy, Place, Year};

/// A parsed chat: its messages in file order, and how many system lines were skipped.
#[derive(Debug, Clone, PartialEq)]
pub struct Chat {
    pub messages: Vec<ChatMessage>,
    pub system_lines: usize,
}

/// One message of a chat.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatMessage {
    /// The 1-based line where the message starts.
    pub line: usize,
    pub at: DateTime<Utc>,
    pub author: String,
    pub text: String,
}

impl Chat {
    /// Who wrote, each name once, in order of first appearance.
    pub fn authors(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for m in &self.messages {
            if !out.contains(&m.author) {
                out.push(m.author.clone());
            }
        }
        out
    }
}

/// Parses an export. `offset` is the zone the phone was in; times become UTC.
pub fn parse(text: &str, offset: FixedOffset) -> Result<Chat> {
    let raw_lines: Vec<&str> = lines(text).collect();
    let clean_lines: Vec<String> = raw_lines.iter().map(|l| strip_marks(l)).collect();
    let headers: Vec<Option<Header<'_>>> = clean_lines.iter().map(|l| Header::parse(l)).collect();
    let order = decide_order(&headers);

    let mut chat = Chat { messages: Vec::new(), system_lines: 0 };
    // What continuation lines belong to: a message (index), a skipped system line, or nothing yet.
    let mut current: Option<Option<usize>> = None;
    for (i, (clean, header)) in clean_lines.iter().zip(&headers).enumerate() {
        let line = i + 1;
        let Some(h) = header else {
            match current {
                Some(Some(idx)) => {
                    if let Some(m) = chat.messages.get_mut(idx) {
                        // Text that starts on the line after the name starts there, not with a newline.
                        if !m.text.is_empty() {
                            m.text.push('\n');
                        }
                        m.text.push_str(clean);
                    }
                }
                Some(None) => {}
                None if clean.trim().is_empty() => {}
                None => {
                    return Err(import_error(line, ImportWhy::ChatLineNotAMessage { found: excerpt(clean) }));
                }
            }
            continue;
        };
        let at = h.datetime(line, &order, offset)?;
        let raw_text_marked = raw_lines.get(i).is_some_and(|r| r.contains(": \u{200e}"));
        match h.body(raw_text_marked) {
            Body::System => {
                chat.system_lines += 1;
                current = Some(None);
            }
            Body::Message { author, text } => {
                let author = author.trim();
                if !crate::names::is_name(author) {
                    return Err(import_error(line, ImportWhy::ChatSenderMissing { found: excerpt(clean) }));
                }
                chat.messages.push(ChatMessage { line, at, author: author.to_string(), text: text.to_string() });
                current = Some(Some(chat.messages.len() - 1));
            }
        }
    }

    for m in &mut chat.messages {
        let trimmed = m.text.trim_end().len();
        m.text.truncate(trimmed);
    }
    if let Some(m) = chat.messages.iter().find(|m| m.text.trim().is_empty()) {
        return Err(import_error(m.line, ImportWhy::ChatMessageEmpty { author: m.author.clone() }));
    }
    if chat.messages.is_empty() {
        return Err(import_error(1, ImportWhy::ChatNoMessages {}));
    }
    Ok(chat)
}

fn import_error(line: usize, why: ImportWhy) -> Error {
    Error::import(line, why)
}

/// Invisible direction marks and the byte-order mark, which exports sprinkle around.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{feff}')
}

fn strip_marks(line: &str) -> String {
    line.chars().filter(|c| !is_mark(*c)).collect()
}

/// The start of a line for messages, at most 60 characters (also what the website chat
/// importer quotes of a field).
pub(crate) fn excerpt(line: &str) -> String {
    const MAX: usize = 60;
    let mut out: String = line.chars().take(MAX).collect();
    if line.chars().count() > MAX {
        out.push('…');
    }
    out
}

/// Spaces that may separate the parts of a timestamp.
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// A line's timestamp as written, before its numbers are checked.
#[derive(Debug, Clone)]
struct Header<'a> {
    /// The date as written, e.g. "31/12/2023".
    date_text: &'a str,
    /// The time as written, e.g. "9:41 PM".
    time_text: &'a str,
    /// First and second number of a day/month date (for ISO dates: month and day).
    first: u32,
    second: u32,
    year: i32,
    /// `yyyy-mm-dd`: the order is fixed.
    iso: bool,
    hour: u32,
    minute: u32,
    second_of_minute: u32,
    /// `Some(true)` for PM, `Some(false)` for AM, `None` for a 24-hour time.
    pm: Option<bool>,
    /// Everything after the timestamp and its separator.
    rest: &'a str,
}

enum Body<'a> {
    System,
    Message { author: &'a str, text: &'a str },
}

struct Cursor<'a> {
    s: &'a str,
    i: usize,
}

impl<'a> Cursor<'a> {
    fn peek(&self) -> Option<char> {
        self.s[self.i..].chars().next()
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.i += c.len_utf8();
            true
        } else {
            false
        }
    }

    fn spaces(&mut self) -> usize {
        let mut n = 0;
        while let Some(c) = self.peek().filter(|c| is_space(*c)) {
            self.i += c.len_utf8();
            n += 1;
        }
        n
    }

    /// Between `min` and `max` ASCII digits: their value and how many there were.
    fn digits(&mut self, min: usize, max: usize) -> Option<(u32, usize)> {
        let bytes = self.s.as_bytes();
        let start = self.i;
        let mut end = start;
        while end < bytes.len() && end - start < max && bytes[end].is_ascii_digit() {
            end += 1;
        }
        let count = end - start;
        if count < min || end < bytes.len() && bytes[end].is_ascii_digit() {
            return None;
        }
        let value = self.s[start..end].parse().ok()?;
        self.i = end;
        Some((value, count))
    }

    /// A case-insensitive AM/PM marker: "AM", "pm", "a.m.", "p. m.".
    fn meridiem(&mut self) -> Option<bool> {
        let rest = &self.s[self.i..];
        let mut chars = rest.char_indices();
        let pm = match chars.next()?.1.to_ascii_lowercase() {
            'a' => false,
            'p' => true,
            _ => return None,
        };
        let mut end;
        let mut next = chars.next();
        let dotted = next.is_some_and(|(_, c)| c == '.');
        if dotted {
            next = chars.next();
            while next.is_some_and(|(_, c)| is_space(c)) {
                next = chars.next();
            }
        }
        match next {
            Some((i, c)) if c.eq_ignore_ascii_case(&'m') => end = i + c.len_utf8(),
            _ => return None,
        }
        if dotted && rest[end..].starts_with('.') {
            end += 1;
        }
        // The marker must end here, not be the start of a word.
        if rest[end..].chars().next().is_some_and(char::is_alphanumeric) {
            return None;
        }
        self.i += end;
        Some(pm)
    }
}

impl<'a> Header<'a> {
    /// Reads the timestamp at the start of `line`, if it has the shape of one.
    fn parse(line: &'a str) -> Option<Header<'a>> {
        let mut c = Cursor { s: line, i: 0 };
        let bracketed = c.eat('[');
        let date_start = c.i;
        let (n1, n1_len) = c.digits(1, 4)?;
        let sep = c.peek().filter(|s| matches!(s, '/' | '.' | '-'))?;
        c.eat(sep);
        let (n2, _) = c.digits(1, 2)?;
        if !c.eat(sep) {
            return None;
        }
        let (n3, n3_len) = c.digits(1, 4)?;
        let (first, second, year, iso) = match (n1_len, n3_len) {
            (4, 1 | 2) => (n2, n3, i32::try_from(n1).ok()?, true),
            (1 | 2, 2) => (n1, n2, 2000 + i32::try_from(n3).ok()?, false),
            (1 | 2, 4) => (n1, n2, i32::try_from(n3).ok()?, false),
            _ => return None,
        };
        let date_text = &line[date_start..c.i];
        let comma = c.eat(',');
        if c.spaces() == 0 && !comma {
            return None;
        }
        let time_start = c.i;
        let (hour, _) = c.digits(1, 2)?;
        if !c.eat(':') {
            return None;
        }
        let (minute, _) = c.digits(2, 2)?;
        let second_of_minute = if c.eat(':') { c.digits(2, 2)?.0 } else { 0 };
        let before_marker = c.i;
        c.spaces();
        let pm = c.meridiem();
        if pm.is_none() {
            c.i = before_marker;
        }
        let time_text = &line[time_start..c.i];
        if bracketed {
            if !c.eat(']') {
                return None;
            }
            c.spaces();
        } else {
            if c.spaces() == 0 || !(c.eat('-') || c.eat('–')) {
                return None;
            }
            if c.spaces() == 0 && c.i < line.len() {
                return None;
            }
        }
        Some(Header {
            date_text,
            time_text,
            first,
            second,
            year,
            iso,
            hour,
            minute,
            second_of_minute,
            pm,
            rest: &line[c.i..],
        })
    }

    /// The local time converted to UTC, or an error naming what is impossible.
    fn datetime(&self, line: usize, order: &Order, offset: FixedOffset) -> Result<DateTime<Utc>> {
        let date = self.date(line, order)?;
        let bad_time = || import_error(line, ImportWhy::ChatNotATime { time: self.time_text.to_string() });
        let hour = match self.pm {
            None if self.hour < 24 => self.hour,
            Some(pm) if (1..=12).contains(&self.hour) => self.hour % 12 + if pm { 12 } else { 0 },
            _ => return Err(bad_time()),
        };
        let time = NaiveTime::from_hms_opt(hour, self.minute, self.second_of_minute).ok_or_else(bad_time)?;
        let local = NaiveDateTime::new(date, time);
        StoredTime::local(local, offset).map(StoredTime::utc).map_err(|e| e.on_line(line))
    }

    fn date(&self, line: usize, order: &Order) -> Result<NaiveDate> {
        let (day, month) = if self.iso {
            (self.second, self.first)
        } else {
            if let Some(c) = &order.contradiction
                && c.line == line
            {
                let (evidence_line, evidence, date) =
                    (Place(c.evidence_line), c.evidence_text.to_string(), self.date_text.to_string());
                let why = if c.day_first {
                    ImportWhy::ChatDatesDayFirst { evidence_line, evidence, date }
                } else {
                    ImportWhy::ChatDatesMonthFirst { evidence_line, evidence, date }
                };
                return Err(import_error(line, why));
            }
            if self.first > 12 && self.second > 12 {
                return Err(import_error(
                    line,
                    ImportWhy::ChatDateNoMonth {
                        date: self.date_text.to_string(),
                        first: self.first,
                        second: self.second,
                    },
                ));
            }
            if order.day_first { (self.first, self.second) } else { (self.second, self.first) }
        };
        if !(1..=12).contains(&month) {
            return Err(import_error(line, ImportWhy::ChatDateNoSuchMonth { date: self.date_text.to_string(), month }));
        }
        NaiveDate::from_ymd_opt(self.year, month, day).ok_or_else(|| {
            import_error(
                line,
                ImportWhy::ChatDateNoSuchDay { date: self.date_text.to_string(), year: Year(self.year), month, day },
            )
        })
    }

    /// Splits the text after the timestamp into sender and text, or recognises a system line.
    /// `marked` says the raw line had a direction mark right after a ": " (iOS puts one in
    /// front of system notices and attachments).
    fn body(&self, marked: bool) -> Body<'a> {
        let Some((author, text)) = self.rest.split_once(": ").or_else(|| self.rest.strip_suffix(':').map(|a| (a, "")))
        else {
            return Body::System;
        };
        if has_system_phrase(author) || (marked && has_system_phrase(text)) {
            return Body::System;
        }
        Body::Message { author, text }
    }
}

/// The lines of a file whose lines end in LF, CR LF or (as old Mac tools write) CR alone.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let current = rest?;
        match current.find(['\n', '\r']) {
            None => {
                rest = None;
                (!current.is_empty()).then_some(current)
            }
            Some(i) => {
                let ending = if current[i..].starts_with("\r\n") { 2 } else { 1 };
                rest = Some(&current[i + ending..]);
                Some(&current[..i])
            }
        }
    })
}

/// Phrases of WhatsApp's own notices, which may contain a colon (a group subject, say).
const SYSTEM_PHRASES: [&str; 12] = [
    "end-to-end encrypted",
    "end-to-end encryption",
    "created group",
    "added",
    "left",
    "removed",
    "changed the subject",
    "changed this group's",
    "changed the group",
    "security code changed",
    "security code with",
    "joined using this group's invite link",
];

/// True when `text` contains one of [`SYSTEM_PHRASES`] as whole words, after at least one
/// other word (a notice names who did something: "Anna added Piotr", "You left").
fn has_system_phrase(text: &str) -> bool {
    let lower = text.to_lowercase();
    SYSTEM_PHRASES.iter().any(|phrase| {
        lower.match_indices(phrase).any(|(i, _)| {
            let before = lower[..i].chars().next_back();
            let after = lower[i + phrase.len()..].chars().next();
            i > 0 && before.is_some_and(char::is_whitespace) && !after.is_some_and(char::is_alphanumeric)
        })
    })
}

/// How a file writes its dates, and where it contradicts itself, if it does.
#[derive(Debug)]
struct Order {
    day_first: bool,
    contradiction: Option<Contradiction>,
}

#[derive(Debug)]
struct Contradiction {
    /// The line whose date goes against the order established before it.
    line: usize,
    /// Whether the established order is day first.
    day_first: bool,
    /// The line and date that established the order.
    evidence_line: usize,
    evidence_text: String,
}

fn decide_order(headers: &[Option<Header<'_>>]) -> Order {
    let mut day_first_at: Option<(usize, &str)> = None;
    let mut month_first_at: Option<(usize, &str)> = None;
    let mut uses_meridiem = false;
    for (i, h) in headers.iter().enumerate() {
        let Some(h) = h.as_ref().filter(|h| !h.iso) else { continue };
        uses_meridiem |= h.pm.is_some();
        if h.first > 12 && h.second <= 12 && day_first_at.is_none() {
            day_first_at = Some((i + 1, h.date_text));
        }
        if h.second > 12 && h.first <= 12 && month_first_at.is_none() {
            month_first_at = Some((i + 1, h.date_text));
        }
    }
    match (day_first_at, month_first_at) {
        (Some(d), Some(m)) => {
            let (established, later, day_first) = if d.0 < m.0 { (d, m, true) } else { (m, d, false) };
            Order {
                day_first,
                contradiction: Some(Contradiction {
                    line: later.0,
                    day_first,
                    evidence_line: established.0,
                    evidence_text: established.1.to_string(),
                }),
            }
        }
        (Some(_), None) => Order { day_first: true, contradiction: None },
        (None, Some(_)) => Order { day_first: false, contradiction: None },
        (None, None) => Order { day_first: !uses_meridiem, contradiction: None },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Offset;

    fn utc() -> FixedOffset {
        Utc.fix()
    }

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn err(text: &str) -> (usize, String) {
        match parse(text, utc()) {
            Err(Error::Import { line, why, .. }) => (line, why.to_string()),
            other => panic!("expected an import error, got {other:?}"),
        }
    }

    fn msg(line: usize, when: &str, author: &str, text: &str) -> ChatMessage {
        ChatMessage { line, at: at(when), author: author.into(), text: text.into() }
    }

    #[test]
    fn lines_end_in_lf_crlf_or_cr_alone() {
        let all = |t| lines(t).collect::<Vec<_>>();
        assert_eq!(all("a\nb\r\nc\rd"), ["a", "b", "c", "d"]);
        assert_eq!(all("a\n\nb\n"), ["a", "", "b"]);
        assert_eq!(all("\r\r"), ["", ""]);
        assert!(all("").is_empty());
        // A file from a tool that ends lines in CR alone reads as its messages, not as one line.
        let chat = parse("31.12.23, 21:41 - Anna: one\r31.12.23, 21:42 - Ola: two\rmore\r", utc()).unwrap();
        assert_eq!(chat.messages.len(), 2);
        assert_eq!(chat.messages[1].text, "two\nmore");
    }

    #[test]
    fn android_day_first_four_digit_year() {
        let chat = parse(
            "31/12/2023, 21:40 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.\n\
             31/12/2023, 21:41 - Anna Nowak: Dzień dobry\n\
             01/01/2024, 09:05 - Marek: Szczęśliwego Nowego Roku!\n",
            utc(),
        )
        .unwrap();
        assert_eq!(chat.system_lines, 1);
        assert_eq!(
            chat.messages,
            vec![
                msg(2, "2023-12-31T21:41:00Z", "Anna Nowak", "Dzień dobry"),
                msg(3, "2024-01-01T09:05:00Z", "Marek", "Szczęśliwego Nowego Roku!"),
            ]
        );
        assert_eq!(chat.authors(), vec!["Anna Nowak".to_string(), "Marek".to_string()]);
    }

    #[test]
    fn android_two_digit_year() {
        let chat = parse("31/12/23, 21:41 - Anna: hi\n1/1/24, 7:05 - Ben: yo", utc()).unwrap();
        assert_eq!(chat.messages[0].at, at("2023-12-31T21:41:00Z"));
        assert_eq!(chat.messages[1].at, at("2024-01-01T07:05:00Z"));
    }

    #[test]
    fn android_us_with_meridiem_variants() {
        let text = "12/31/23, 9:41 PM - Sam: one\n\
                    12/31/23, 9:42\u{202f}PM - Sam: two\n\
                    12/31/23, 9:43\u{a0}pm - Sam: three\n\
                    1/1/24, 12:05 a.m. - Sam: four\n\
                    1/1/24, 12:10 p. m. - Sam: five\n\
                    1/1/24, 1:00 AM - Sam: six";
        let chat = parse(text, utc()).unwrap();
        let times: Vec<_> = chat.messages.iter().map(|m| m.at).collect();
        assert_eq!(
            times,
            vec![
                at("2023-12-31T21:41:00Z"),
                at("2023-12-31T21:42:00Z"),
                at("2023-12-31T21:43:00Z"),
                at("2024-01-01T00:05:00Z"),
                at("2024-01-01T12:10:00Z"),
                at("2024-01-01T01:00:00Z"),
            ]
        );
        assert_eq!(chat.messages[4].text, "five");
    }

    #[test]
    fn dotted_dates() {
        let chat =
            parse("31.12.23, 21:41 - Иван: привет\n01.01.2024, 08:00 - Jörg: Hallo: wie geht's?", utc()).unwrap();
        assert_eq!(chat.messages[0].at, at("2023-12-31T21:41:00Z"));
        assert_eq!(chat.messages[0].author, "Иван");
        assert_eq!(chat.messages[1].at, at("2024-01-01T08:00:00Z"));
        assert_eq!(chat.messages[1].text, "Hallo: wie geht's?");
    }

    #[test]
    fn ios_bracketed_with_marks() {
        let text = "\u{200e}[31/12/2023, 21:40:00] Anna: \u{200e}Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.\n\
                    [31/12/2023, 21:41:05] Anna: Cześć\n\
                    \u{200e}[31/12/2023, 21:42:10] Ola: \u{200e}image omitted\n\
                    [31.12.23, 21:43:00] \u{202a}+48 600 100 200\u{202c}: ok";
        let chat = parse(text, utc()).unwrap();
        assert_eq!(chat.system_lines, 1);
        assert_eq!(
            chat.messages,
            vec![
                msg(2, "2023-12-31T21:41:05Z", "Anna", "Cześć"),
                msg(3, "2023-12-31T21:42:10Z", "Ola", "image omitted"),
                msg(4, "2023-12-31T21:43:00Z", "+48 600 100 200", "ok"),
            ]
        );
    }

    #[test]
    fn ios_us_meridiem() {
        let chat = parse("[12/31/23, 9:41:05\u{202f}PM] Sven: Hej\n[1/2/24, 10:00:00 AM] Anna: Hi", utc()).unwrap();
        assert_eq!(chat.messages[0].at, at("2023-12-31T21:41:05Z"));
        // AM/PM with nothing else to tell: month first.
        assert_eq!(chat.messages[1].at, at("2024-01-02T10:00:00Z"));
    }

    #[test]
    fn iso_dates() {
        let chat = parse("2023-12-31, 21:41 - Anna: hi\n2024-01-02 08:00 - Anna: again", utc()).unwrap();
        assert_eq!(chat.messages[0].at, at("2023-12-31T21:41:00Z"));
        assert_eq!(chat.messages[1].at, at("2024-01-02T08:00:00Z"));
    }

    #[test]
    fn leading_bom_is_fine() {
        let chat = parse("\u{feff}31/12/2023, 21:41 - Anna: hi", utc()).unwrap();
        assert_eq!(chat.messages[0].author, "Anna");
    }

    #[test]
    fn multi_line_messages_keep_inner_blank_lines() {
        let text = "31/12/2023, 21:41 - Anna: first line\n\
                    \n\
                    third line\n\
                    \n\
                    \n\
                    31/12/2023, 21:42 - Ola: <Media omitted>\n\
                    31/12/2023, 21:43 - Ola: a\n\
                    b\n\
                    \n";
        let chat = parse(text, utc()).unwrap();
        assert_eq!(chat.messages[0].text, "first line\n\nthird line");
        assert_eq!(chat.messages[0].line, 1);
        assert_eq!(chat.messages[1].text, "<Media omitted>");
        assert_eq!(chat.messages[1].line, 6);
        assert_eq!(chat.messages[2].text, "a\nb");
    }

    #[test]
    fn message_text_may_start_on_the_next_line() {
        let chat = parse("31/12/2023, 21:41 - Anna:\nthe list:\n- milk", utc()).unwrap();
        assert_eq!(chat.messages[0].text, "the list:\n- milk");
    }

    #[test]
    fn system_lines_are_counted_and_skipped() {
        let text = "31/12/2023, 21:40 - Messages and calls are end-to-end encrypted.\n\
                    31/12/2023, 21:40 - Anna Nowak created group \"Plan: 2024\"\n\
                    31/12/2023, 21:40 - You added Piotr\n\
                    31/12/2023, 21:40 - Anna Nowak changed the subject from \"A\" to \"B: C\"\n\
                    31/12/2023, 21:41 - Piotr left\n\
                    31/12/2023, 21:42 - Anna Nowak: I added the file: see above\n\
                    31/12/2023, 21:43 - Left Side: a name starting with a phrase is a name";
        let chat = parse(text, utc()).unwrap();
        assert_eq!(chat.system_lines, 5);
        assert_eq!(chat.messages.len(), 2);
        assert_eq!(chat.messages[0].text, "I added the file: see above");
        assert_eq!(chat.messages[1].author, "Left Side");
    }

    #[test]
    fn continuation_of_a_system_line_is_skipped() {
        let chat = parse("31/12/2023, 21:40 - Notice\nmore notice\n31/12/2023, 21:41 - Anna: hi", utc()).unwrap();
        assert_eq!(chat.system_lines, 1);
        assert_eq!(chat.messages.len(), 1);
    }

    #[test]
    fn ambiguous_dates_are_day_first_without_meridiem() {
        let chat = parse("03/04/2024, 10:00 - Anna: hi", utc()).unwrap();
        assert_eq!(chat.messages[0].at, at("2024-04-03T10:00:00Z"));
    }

    #[test]
    fn ambiguous_dates_are_month_first_with_meridiem() {
        let chat = parse("03/04/2024, 10:00 AM - Anna: hi", utc()).unwrap();
        assert_eq!(chat.messages[0].at, at("2024-03-04T10:00:00Z"));
    }

    #[test]
    fn a_later_date_decides_the_order_for_the_whole_file() {
        // Day first despite AM/PM (India, Australia), decided by line 2.
        let chat = parse("03/04/2024, 10:00 am - Anna: hi\n13/04/2024, 10:00 am - Anna: again", utc()).unwrap();
        assert_eq!(chat.messages[0].at, at("2024-04-03T10:00:00Z"));
        // Month first without AM/PM, decided by line 2.
        let chat = parse("03/04/2024, 10:00 - Anna: hi\n03/14/2024, 10:00 - Anna: again", utc()).unwrap();
        assert_eq!(chat.messages[0].at, at("2024-03-04T10:00:00Z"));
        assert_eq!(chat.messages[1].at, at("2024-03-14T10:00:00Z"));
    }

    #[test]
    fn offset_converts_local_time_to_utc() {
        let warsaw = FixedOffset::east_opt(3600).unwrap();
        let chat = parse("01/01/2024, 00:30 - Anna: hi", warsaw).unwrap();
        assert_eq!(chat.messages[0].at, at("2023-12-31T23:30:00Z"));
        let new_york = FixedOffset::west_opt(5 * 3600).unwrap();
        let chat = parse("12/31/23, 9:41 PM - Anna: hi", new_york).unwrap();
        assert_eq!(chat.messages[0].at, at("2024-01-01T02:41:00Z"));
    }

    #[test]
    fn non_whatsapp_first_line_is_rejected() {
        let (line, message) = err("hello there\n31/12/2023, 21:41 - Anna: hi");
        assert_eq!(line, 1);
        assert_eq!(
            message,
            "expected a message starting with a date such as \"31/12/2023, 21:41 - \" but found \"hello there\""
        );
        let (line, _) = err("\n\nName,Email\nAnna,a@example.com");
        assert_eq!(line, 3);
    }

    #[test]
    fn impossible_dates_are_rejected_with_their_line() {
        let (line, message) = err("01/01/2024, 10:00 - Anna: a\n45/13/2023, 10:00 - Anna: x");
        assert_eq!(line, 2);
        assert_eq!(message, "expected a real date but found \"45/13/2023\": neither 45 nor 13 can be a month");

        let (line, message) = err("01/01/2024, 10:00 - Anna: a\n\n32/01/2024, 10:00 - Anna: x");
        assert_eq!(line, 3);
        assert_eq!(message, "expected a real date but found \"32/01/2024\": January 2024 has no day 32");

        let (line, message) = err("31/02/2023, 10:00 - Anna: x");
        assert_eq!(line, 1);
        assert_eq!(message, "expected a real date but found \"31/02/2023\": February 2023 has no day 31");

        let (line, message) = err("2023-13-01, 10:00 - Anna: x");
        assert_eq!(line, 1);
        assert_eq!(message, "expected a real date but found \"2023-13-01\": there is no month 13");
    }

    #[test]
    fn impossible_times_are_rejected_with_their_line() {
        let (line, message) = err("01/01/2024, 10:00 - Anna: a\n01/01/2024, 25:00 - Anna: x");
        assert_eq!(line, 2);
        assert_eq!(message, "expected a time such as \"21:41\" but found \"25:00\", which is not a real time");
        let (line, _) = err("01/01/2024, 10:61 - Anna: a");
        assert_eq!(line, 1);
        let (line, message) = err("1/1/24, 13:05 PM - Anna: a");
        assert_eq!(line, 1);
        assert!(message.contains("\"13:05 PM\""), "{message}");
    }

    #[test]
    fn contradicting_day_month_order_is_rejected_at_the_contradicting_line() {
        let (line, message) =
            err("13/01/2024, 10:00 - Anna: a\n01/01/2024, 10:00 - Anna: b\n01/13/2024, 10:00 - Anna: c");
        assert_eq!(line, 3);
        assert_eq!(
            message,
            "expected dates with the day first, as on line 1 (\"13/01/2024\"), but found \"01/13/2024\", which puts the month first"
        );
        let (line, message) = err("01/13/2024, 10:00 - Anna: a\n13/01/2024, 10:00 - Anna: b");
        assert_eq!(line, 2);
        assert!(message.starts_with("expected dates with the month first, as on line 1"), "{message}");
    }

    #[test]
    fn no_messages_is_an_error_on_line_1() {
        let expected = (1, "no messages found: expected WhatsApp's 'Export chat' text".to_string());
        assert_eq!(err(""), expected);
        assert_eq!(err("\u{feff}\n\n"), expected);
        assert_eq!(err("31/12/2023, 21:40 - Messages and calls are end-to-end encrypted."), expected);
    }

    #[test]
    fn empty_author_is_an_error() {
        let (line, message) = err("31/12/2023, 21:40 - Anna: a\n31/12/2023, 21:41 - : hi");
        assert_eq!(line, 2);
        assert!(message.starts_with("expected the sender's name before \": \" but found none"), "{message}");
    }

    #[test]
    fn empty_text_is_an_error() {
        let (line, message) = err("31/12/2023, 21:40 - Anna: a\n31/12/2023, 21:41 - Ola: \n\n");
        assert_eq!(line, 2);
        assert_eq!(message, "expected the text of Ola's message but found nothing after the name");
    }

    #[test]
    fn lines_that_merely_start_with_numbers_continue_the_message() {
        let chat = parse("31/12/2023, 21:41 - Anna: plan\n12/31 is the deadline\n1.5.2024 maybe", utc()).unwrap();
        assert_eq!(chat.messages[0].text, "plan\n12/31 is the deadline\n1.5.2024 maybe");
    }

    #[test]
    fn crlf_line_endings() {
        let chat = parse("31/12/2023, 21:41 - Anna: a\r\nb\r\n31/12/2023, 21:42 - Ola: c\r\n", utc()).unwrap();
        assert_eq!(chat.messages[0].text, "a\nb");
        assert_eq!(chat.messages[1].text, "c");
    }
    #[test]
    fn fixture_android_eu() {
        let chat = parse(include_str!("../../tests/fixtures/whatsapp_android_eu.txt"), utc()).unwrap();
        assert_eq!(chat.system_lines, 1);
        assert_eq!(chat.messages.len(), 9);
        assert_eq!(chat.authors(), vec!["Łucja Żółkiewska".to_string(), "Marek (Custos Szkolenia)".to_string()]);
        assert_eq!(chat.messages[2].line, 4);
        assert_eq!(
            chat.messages[2].text,
            "Program szkolenia:\n1. Podstawy RODO\n2. Prawa osób, których dane dotyczą\n\n3. Zgody i ich wycofywanie"
        );
        assert_eq!(chat.messages[3].text, "<Media omitted>");
        assert_eq!(chat.messages[0].at, at("2024-03-14T09:12:00Z"));
    }

    #[test]
    fn fixture_ios_us() {
        let chat = parse(include_str!("../../tests/fixtures/whatsapp_ios_us.txt"), utc()).unwrap();
        assert_eq!(chat.system_lines, 1);
        assert_eq!(chat.messages.len(), 8);
        assert_eq!(chat.authors(), vec!["Sven Sørensen".to_string(), "Anna".to_string()]);
        assert_eq!(chat.messages[0].at, at("2024-03-14T09:02:11Z"));
        assert_eq!(chat.messages[3].text, "image omitted");
        assert_eq!(chat.messages[4].text, "That's last year's invoice – same billing details, please.\nThanks!");
        assert_eq!(chat.messages[5].at, at("2024-03-14T13:15:03Z"));
        assert_eq!(chat.messages[6].text, "Confirmation_4812.pdf • 1 page document omitted");
    }

    #[test]
    fn fixture_broken() {
        let (line, message) = err(include_str!("../../tests/fixtures/whatsapp_broken.txt"));
        assert_eq!(line, 6);
        assert_eq!(message, "expected a real date but found \"45/13/2023\": neither 45 nor 13 can be a month");
    }
}
