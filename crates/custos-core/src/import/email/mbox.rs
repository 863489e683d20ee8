//! mbox mailboxes: mails one after another, each after a separator line `From <sender>
//! <date>` (Thunderbird writes `From - Mon Mar 02 10:15:00 2026`, Google Takeout
//! `From 1234@xxx Mon Mar 02 10:15:00 +0000 2026`). A body line that would read as a separator
//! was written with a `>` before it; reading takes one `>` off every `>From `, `>>From `…
//! line, which is right for both mboxrd and mboxo (where only `From ` was quoted).
//!
//! A line starting `From ` separates mails when it carries a date, or when it follows a blank
//! line and a header line follows it: a program that forgot to quote a paragraph starting
//! "From the …" does not cut a mail in two. The file is read in place: a mail is copied only
//! when it has a quoted line to unquote.

use std::borrow::Cow;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};

use super::message::{read_mail, shown_line};
use super::{MAX_MAIL_BYTES, Mail};
use crate::error::{Error, Result};
use crate::ts::StoredTime;
use crate::why::ImportWhy;

/// Whether `bytes` are an mbox: after blank lines, the first line starts with `From `.
pub fn looks_like_mbox(bytes: &[u8]) -> bool {
    let (rest, _) = skip_blank_lines(strip_bom(bytes));
    rest.starts_with(b"From ")
}

/// Reads every mail of an mbox, in the file's order. Each mail's `line` is the line of its
/// "From " separator; a mail without a usable `Date` takes the separator's date. Mails that
/// Thunderbird has deleted but not yet compacted away are left out.
pub fn parse_mbox(bytes: &[u8]) -> Result<Vec<Mail>> {
    let bytes = strip_bom(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::import(1, ImportWhy::MailEmpty {}));
    }
    let (rest, skipped) = skip_blank_lines(bytes);
    if !rest.starts_with(b"From ") {
        return Err(Error::import(1 + skipped, ImportWhy::MboxNoFromLine { found: shown_line(rest) }));
    }
    let mut mails = Vec::new();
    for raw in split(rest, 1 + skipped) {
        if raw.body.len() > MAX_MAIL_BYTES {
            // Refused before it is copied to be unquoted.
            return read_mail(raw.body, raw.line, None, true).map(|_| Vec::new());
        }
        let body: Cow<'_, [u8]> = if raw.quoted { Cow::Owned(unquote(raw.body)) } else { Cow::Borrowed(raw.body) };
        if let Some(mail) = read_mail(&body, raw.line, envelope_date(raw.separator), true)? {
            mails.push(mail);
        }
    }
    Ok(mails)
}

/// One mail of the file, before it is read.
#[derive(Debug, PartialEq, Eq)]
struct Raw<'a> {
    /// The line of its separator, from 1.
    line: usize,
    /// The separator line, without its line end.
    separator: &'a [u8],
    /// The mail, without the line end that comes before the next separator.
    body: &'a [u8],
    /// A line of the mail starts with `>From `, `>>From `…
    quoted: bool,
}

/// Splits an mbox that starts with its first separator on line `first_line`.
fn split(bytes: &[u8], first_line: usize) -> Vec<Raw<'_>> {
    let mut out: Vec<Raw<'_>> = Vec::new();
    let mut pos = 0;
    let mut line_no = first_line;
    let mut previous_blank = true;
    // The mail being read: its separator's line, the separator, where its body starts.
    let mut current: Option<(usize, &[u8], usize)> = None;
    let mut quoted = false;
    while pos < bytes.len() {
        let end = bytes[pos..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |e| pos + e);
        let line = bytes[pos..end].strip_suffix(b"\r").unwrap_or(&bytes[pos..end]);
        let next = (end + 1).min(bytes.len());
        if line.starts_with(b"From ") && (current.is_none() || is_separator(line, previous_blank, &bytes[next..])) {
            if let Some((at, separator, start)) = current.take() {
                out.push(Raw { line: at, separator, body: without_last_line_end(&bytes[start..pos]), quoted });
            }
            current = Some((line_no, line, next));
            quoted = false;
        } else if line.first() == Some(&b'>') && line.iter().skip_while(|&&b| b == b'>').take(5).eq(b"From ") {
            quoted = true;
        }
        previous_blank = line.is_empty();
        pos = next;
        line_no += 1;
    }
    if let Some((at, separator, start)) = current {
        out.push(Raw { line: at, separator, body: without_last_line_end(&bytes[start..]), quoted });
    }
    out
}

/// Whether a line starting `From ` inside the file separates two mails (see the module's
/// documentation). `after`: the rest of the file after it.
fn is_separator(line: &[u8], previous_blank: bool, after: &[u8]) -> bool {
    if envelope_date(line).is_some() {
        return true;
    }
    let next = after.split(|&b| b == b'\n').next().unwrap_or_default();
    previous_blank
        && next
            .iter()
            .position(|&b| b == b':')
            .is_some_and(|c| c > 0 && next[..c].iter().all(|&b| (b'!'..=b'~').contains(&b)))
}

/// The blank line mbox writers put before a separator belongs to no mail.
fn without_last_line_end(body: &[u8]) -> &[u8] {
    let body = body.strip_suffix(b"\n").unwrap_or(body);
    body.strip_suffix(b"\r").unwrap_or(body)
}

/// The mail with one `>` taken off each `>From `, `>>From `… line.
fn unquote(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len());
    for (i, line) in body.split(|&b| b == b'\n').enumerate() {
        if i > 0 {
            out.push(b'\n');
        }
        let quoted = line.first() == Some(&b'>') && line.iter().skip_while(|&&b| b == b'>').take(5).eq(b"From ");
        out.extend_from_slice(if quoted { &line[1..] } else { line });
    }
    out
}

fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

/// The bytes after the blank lines they start with, and how many lines were skipped.
fn skip_blank_lines(mut bytes: &[u8]) -> (&[u8], usize) {
    let mut skipped = 0;
    loop {
        let end = bytes.iter().position(|&b| b == b'\n');
        match end {
            Some(e) if bytes[..e].iter().all(|&b| b == b'\r' || b == b' ' || b == b'\t') => {
                bytes = &bytes[e + 1..];
                skipped += 1;
            }
            _ => return (bytes, skipped),
        }
    }
}

const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/// The date of a separator line, `From <sender> [Www] Mmm dd hh:mm[:ss] [±zzzz] yyyy [±zzzz]`,
/// in UTC (the writer's zone when it names one, else UTC, as mail servers write it), when it
/// has one the vault can store.
pub(super) fn envelope_date(line: &[u8]) -> Option<DateTime<Utc>> {
    let text = std::str::from_utf8(line.get(5..)?).ok()?;
    let tokens: Vec<&str> = text.split_ascii_whitespace().take(12).collect();
    // The sender comes first; the date is the rest.
    let month_at = (1..tokens.len()).find(|&i| month(tokens[i]).is_some())?;
    let month = month(tokens[month_at])?;
    let day: u32 = tokens.get(month_at + 1)?.parse().ok()?;
    let time = tokens.get(month_at + 2)?;
    let time =
        NaiveTime::parse_from_str(time, "%H:%M:%S").or_else(|_| NaiveTime::parse_from_str(time, "%H:%M")).ok()?;
    let mut year = None;
    let mut offset_minutes = 0i32;
    for token in tokens.iter().skip(month_at + 3).take(2) {
        if token.len() == 4 && token.bytes().all(|b| b.is_ascii_digit()) {
            year = token.parse::<i32>().ok();
        } else if let Some(minutes) = zone(token) {
            offset_minutes = minutes;
        }
    }
    let local = NaiveDate::from_ymd_opt(year?, month, day)?.and_time(time);
    let offset = crate::ts::offset_from_minutes(offset_minutes).ok()?;
    StoredTime::local(local, offset).ok().map(StoredTime::utc)
}

fn month(token: &str) -> Option<u32> {
    let lower = token.get(..3)?.to_ascii_lowercase();
    (token.len() == 3).then_some(())?;
    MONTHS.iter().position(|m| *m == lower).map(|i| i as u32 + 1)
}

/// `+0100`, `-0500` as minutes east of UTC.
fn zone(token: &str) -> Option<i32> {
    let (sign, digits) = match token.as_bytes().first()? {
        b'+' => (1, &token[1..]),
        b'-' => (-1, &token[1..]),
        _ => return None,
    };
    if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let hours: i32 = digits[..2].parse().ok()?;
    let minutes: i32 = digits[2..].parse().ok()?;
    Some(sign * (hours * 60 + minutes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separator_dates_in_the_forms_programs_write() {
        let at = |l: &str| envelope_date(l.as_bytes()).map(|t| t.to_rfc3339());
        assert_eq!(at("From - Mon Mar 02 10:15:00 2026"), Some("2026-03-02T10:15:00+00:00".into()));
        assert_eq!(at("From MAILER-DAEMON Fri Jul  8 12:08:34 2011"), Some("2011-07-08T12:08:34+00:00".into()));
        assert_eq!(at("From 1234@xxx Mon Mar 02 10:15:00 +0100 2026"), Some("2026-03-02T09:15:00+00:00".into()));
        assert_eq!(at("From a@b.example Mon Mar  2 10:15 2026 -0500"), Some("2026-03-02T15:15:00+00:00".into()));
        assert_eq!(at("From the desk of our director"), None);
        assert_eq!(at("From a@b Mon Feb 30 10:15:00 2026"), None);
        assert_eq!(at("From a@b Mon Feb 3 10:15:00 1850"), None);
        assert_eq!(at("From "), None);
    }

    #[test]
    fn mails_are_split_at_separators_and_unquoted() {
        let mbox = b"From a@b Mon Mar  2 10:15:00 2026\nFrom: a@b\n\nFirst\n>From here on\n>>From there\n\n\
                     From the start: not a separator\n\nFrom b@c Tue Mar  3 10:15:00 2026\r\nFrom: b@c\r\n\r\nSecond\r\n";
        let raws = split(mbox, 1);
        assert_eq!(raws.len(), 2);
        assert_eq!((raws[0].line, raws[0].quoted), (1, true));
        assert_eq!(raws[1].line, 10);
        assert_eq!(raws[1].separator, b"From b@c Tue Mar  3 10:15:00 2026");
        assert_eq!(raws[1].body, b"From: b@c\r\n\r\nSecond");
        assert_eq!(
            unquote(raws[0].body),
            b"From: a@b\n\nFirst\nFrom here on\n>From there\n\nFrom the start: not a separator\n".to_vec()
        );
        // Without a date, a separator needs a blank line before it and a header line after.
        let raws = split(b"From x\nFrom: a@b\n\nText\n\nFrom me\nSubject: x\n\ny\n", 1);
        assert_eq!(raws.iter().map(|r| r.line).collect::<Vec<_>>(), [1, 6]);
    }

    #[test]
    fn detection_and_refusals() {
        assert!(looks_like_mbox(b"\r\n\nFrom - Mon Mar 02 10:15:00 2026\n"));
        assert!(!looks_like_mbox(b"From: a@b\n\n"));
        let err = parse_mbox(b"\n\nSubject: x\nFrom: a@b\n\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "Line 3: expected a mailbox (mbox) starting with a \"From \" line, as mail programs export it, but found \"Subject: x\". Nothing was imported."
        );
        let err =
            parse_mbox(b"From - Mon Mar 02 10:15:00 2026\nFrom: a@b\n\nx\n\nFrom - Mon Mar 02 10:15:00 2026\nhello\n")
                .unwrap_err();
        assert!(err.to_string().starts_with("Line 6: expected an e-mail"), "{err}");
        assert_eq!(parse_mbox(b" \n").unwrap_err().reason(), Some("mail_empty"));
    }

    #[test]
    fn an_undated_mail_takes_its_separators_date_and_deleted_mails_are_left_out() {
        let mbox = b"From - Mon Mar 02 10:15:00 2026\nFrom: a@b\nX-Mozilla-Status: 0009\n\ngone\n\n\
                     From - Tue Mar 03 11:00:00 2026\nFrom: a@b\nX-Mozilla-Status: 0001\n\nkept\n\n\
                     From nobody\nFrom: a@b\n\nno date\n";
        let mails = parse_mbox(mbox).unwrap();
        let seen: Vec<(&str, usize, Option<String>)> = mails
            .iter()
            .map(|m| (m.message.text.as_str(), m.message.line, m.message.at.map(|t| t.to_rfc3339())))
            .collect();
        assert_eq!(seen, [("kept", 7, Some("2026-03-03T11:00:00+00:00".into())), ("no date", 13, None)]);
    }
}
