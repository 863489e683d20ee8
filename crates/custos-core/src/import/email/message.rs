//! One mail: its header block checked, then read by `mail-parser` into a [`Mail`].

use std::borrow::Cow;

use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone, Utc};
use mail_parser::{Addr, Address, HeaderValue, Message, MessageParser, MimeHeaders, PartType};

use super::{MAX_MAIL_BYTES, Mail, html, text};
use crate::error::{Error, Result};
use crate::import::parsed::{Attachment, ParsedMessage, Party};
use crate::ts::StoredTime;
use crate::why::ImportWhy;

/// How much of a file [`looks_like_eml`] reads: a header block is rarely longer.
const DETECT_BYTES: usize = 64 * 1024;

/// Parses one message file (`.eml`, as a mail program saves or drags out a message). A first
/// line `From …` (the mbox separator some programs keep) is skipped.
pub fn parse_eml(bytes: &[u8]) -> Result<Mail> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::import(1, ImportWhy::MailEmpty {}));
    }
    let (bytes, line) = match bytes.strip_prefix(b"From ") {
        Some(_) => {
            let end = bytes.iter().position(|&b| b == b'\n').map_or(bytes.len(), |e| e + 1);
            (&bytes[end..], 2)
        }
        None => (bytes, 1),
    };
    // Deleted mails are skipped only in an mbox: here `None` does not come back.
    read_mail(bytes, line, None, false)?
        .ok_or_else(|| Error::import(line, ImportWhy::MailNotAMail { found: shown_line(bytes) }))
}

/// Whether `bytes` start like a message file: a header line (`Name: value`) first, and among
/// the first header lines one naming the sender, the date or the Message-ID. Not an mbox.
pub fn looks_like_eml(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let head = &bytes[..bytes.len().min(DETECT_BYTES)];
    !head.starts_with(b"From ") && matches!(header_block(head), Block::Mail)
}

/// What the header block at the start of a mail is.
#[derive(Debug, PartialEq, Eq)]
enum Block {
    /// Header lines, among them `From`, `Sender`, `Date` or `Message-ID`.
    Mail,
    /// The first line is no header line, or no header names a sender, date or Message-ID.
    NotAMail,
}

/// Reads the header lines up to the first blank line.
fn header_block(bytes: &[u8]) -> Block {
    let mut lines = bytes.split(|&b| b == b'\n').map(|l| l.strip_suffix(b"\r").unwrap_or(l));
    let Some(first) = lines.next() else { return Block::NotAMail };
    if header_name(first).is_none() {
        return Block::NotAMail;
    }
    for line in std::iter::once(first).chain(lines) {
        if line.is_empty() {
            break;
        }
        if let Some(name) = header_name(line)
            && [&b"from"[..], b"sender", b"date", b"message-id"].iter().any(|n| name.eq_ignore_ascii_case(n))
        {
            return Block::Mail;
        }
    }
    Block::NotAMail
}

/// The name of a header line (`Name:` with printable ASCII and no space before the colon),
/// else `None`.
fn header_name(line: &[u8]) -> Option<&[u8]> {
    let colon = line.iter().position(|&b| b == b':')?;
    let name = &line[..colon];
    let printable = name.iter().all(|&b| (b'!'..=b'~').contains(&b));
    (!name.is_empty() && printable).then_some(name)
}

/// The first line of `bytes` as a message may show it: at most 60 characters, controls
/// escaped.
pub(super) fn shown_line(bytes: &[u8]) -> String {
    let end = bytes.iter().position(|&b| b == b'\n').unwrap_or(bytes.len()).min(240);
    let line = String::from_utf8_lossy(&bytes[..end]);
    let line = line.trim_end_matches('\r');
    let mut out: String = line.chars().take(60).collect::<String>().escape_debug().collect();
    if line.chars().nth(60).is_some() {
        out.push('…');
    }
    out
}

/// Reads one mail that starts on `line` of its file. `envelope`: the date of its mbox "From "
/// line, for a mail without a usable `Date`. With `skip_expunged`, a mail Thunderbird marked
/// as deleted (`X-Mozilla-Status` with the expunged flag; Thunderbird keeps it in the file
/// until the folder is compacted) gives `None`.
pub(super) fn read_mail(
    bytes: &[u8],
    line: usize,
    envelope: Option<DateTime<Utc>>,
    skip_expunged: bool,
) -> Result<Option<Mail>> {
    if bytes.len() > MAX_MAIL_BYTES {
        let mb = |n: usize| n.div_ceil(1024 * 1024);
        return Err(Error::import(
            line,
            ImportWhy::MailTooLarge { megabytes: mb(bytes.len()), limit: MAX_MAIL_BYTES / (1024 * 1024) },
        ));
    }
    let not_a_mail = || Error::import(line, ImportWhy::MailNotAMail { found: shown_line(bytes) });
    if header_block(bytes) != Block::Mail {
        return Err(not_a_mail());
    }
    let message = MessageParser::new().parse(bytes).ok_or_else(not_a_mail)?;
    if skip_expunged && expunged(&message) {
        return Ok(None);
    }
    let at = message.date().and_then(utc).or(envelope);
    let from = message.from().or_else(|| message.sender()).and_then(|a| a.first()).and_then(party);
    let mut to: Vec<Party> = Vec::new();
    for party in [message.to(), message.cc()].into_iter().flatten().flat_map(Address::iter).filter_map(party) {
        let same = |p: &Party| match (&p.address, &party.address) {
            (Some(a), Some(b)) => a == b,
            (None, None) => p.name == party.name,
            _ => false,
        };
        if !to.iter().any(same) {
            to.push(party);
        }
    }
    let subject = message.subject().map(one_line).filter(|s| !s.is_empty());
    let mail = Mail {
        message: ParsedMessage {
            id: message.message_id().map(bare_id).filter(|id| !id.is_empty()),
            at,
            from: from.unwrap_or_default(),
            to,
            text: body_text(&message),
            attachments: attachments(&message),
            line,
        },
        subject,
        in_reply_to: ids(message.in_reply_to()),
        references: ids(message.references()),
    };
    Ok(Some(mail))
}

/// Thunderbird's "expunged" flag (0x0008) in `X-Mozilla-Status`.
fn expunged(message: &Message<'_>) -> bool {
    let status = message.header("X-Mozilla-Status").and_then(HeaderValue::as_text).unwrap_or_default();
    u32::from_str_radix(status.trim(), 16).is_ok_and(|flags| flags & 0x0008 != 0)
}

/// A `Date` as UTC, when it is a real time the vault can store.
fn utc(d: &mail_parser::DateTime) -> Option<DateTime<Utc>> {
    let local = NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))?.and_hms_opt(
        u32::from(d.hour),
        u32::from(d.minute),
        u32::from(d.second),
    )?;
    let seconds = (i32::from(d.tz_hour) * 60 + i32::from(d.tz_minute)) * 60;
    let offset = FixedOffset::east_opt(if d.tz_before_gmt { -seconds } else { seconds })?;
    let at = offset.from_local_datetime(&local).single()?;
    StoredTime::with_offset(at).ok().map(StoredTime::utc)
}

/// A person as a header names them: the name trimmed (none when it only repeats the
/// address), the address in lower case.
fn party(addr: &Addr<'_>) -> Option<Party> {
    let address = addr.address().map(|a| a.trim().to_lowercase()).filter(|a| !a.is_empty());
    let name = addr
        .name()
        .map(one_line)
        .map(|n| n.trim_matches(|c: char| c == '"' || c == '\'' || c.is_whitespace()).to_owned())
        .filter(|n| !n.is_empty() && address.as_deref().is_none_or(|a| !n.eq_ignore_ascii_case(a)));
    (name.is_some() || address.is_some()).then_some(Party { name, address, staff: false })
}

/// A header's text on one line: controls and runs of spaces become one space.
fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split(|c: char| c.is_whitespace() || c.is_control()).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// A Message-ID without its `<>` and spaces.
fn bare_id(id: &str) -> String {
    id.trim().trim_start_matches('<').trim_end_matches('>').trim().to_owned()
}

/// The Message-IDs of `In-Reply-To` or `References`.
fn ids(value: &HeaderValue<'_>) -> Vec<String> {
    let list: Vec<&str> = match value {
        HeaderValue::Text(id) => vec![id.as_ref()],
        HeaderValue::TextList(ids) => ids.iter().map(Cow::as_ref).collect(),
        _ => Vec::new(),
    };
    let mut out: Vec<String> = Vec::with_capacity(list.len());
    for id in list.into_iter().map(bare_id).filter(|id| !id.is_empty()) {
        if !out.contains(&id) {
            out.push(id);
        }
    }
    out
}

/// The text a person reads: the plain-text body parts (in a `multipart/alternative`, the
/// plain one), else the HTML ones as text; normalised.
fn body_text(message: &Message<'_>) -> String {
    let mut pieces: Vec<String> = Vec::new();
    for part in message.text_bodies() {
        match &part.body {
            PartType::Text(t) => {
                let flowed = part.content_type().and_then(|ct| ct.attribute("format"));
                if flowed.is_some_and(|f| f.eq_ignore_ascii_case("flowed")) {
                    let delsp = part.content_type().and_then(|ct| ct.attribute("delsp"));
                    pieces.push(text::unflow(t, delsp.is_some_and(|d| d.eq_ignore_ascii_case("yes"))));
                } else {
                    pieces.push(t.to_string());
                }
            }
            PartType::Html(h) => pieces.push(html::to_text(h)),
            _ => {}
        }
    }
    let mut text = text::normalise(&pieces.join("\n\n"));
    if text.is_empty() {
        // Only an HTML part, or a plain part left empty beside it: read the HTML.
        let html: Vec<String> = message
            .html_bodies()
            .filter_map(|p| match &p.body {
                PartType::Html(h) => Some(html::to_text(h)),
                _ => None,
            })
            .collect();
        text = text::normalise(&html.join("\n\n"));
    }
    text
}

/// Each attachment by name and decoded size: files, inline images, forwarded mails.
fn attachments(message: &Message<'_>) -> Vec<Attachment> {
    message
        .attachments()
        .filter(|p| !matches!(p.body, PartType::Multipart(_)))
        .map(|part| {
            let nested = part.message().and_then(|m| m.subject()).map(|s| format!("{}.eml", one_line(s)));
            let name =
                part.attachment_name().map(one_line).filter(|n| !n.is_empty()).or(nested).unwrap_or_else(|| match part
                    .content_type()
                {
                    Some(ct) => format!("unnamed ({}/{})", ct.ctype(), ct.subtype().unwrap_or("octet-stream")),
                    None => "unnamed".to_owned(),
                });
            let name: String = name.chars().filter(|c| !c.is_control()).collect();
            Attachment { name, size: part.len() as u64 }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eml(text: &str) -> Mail {
        parse_eml(text.as_bytes()).unwrap()
    }

    #[test]
    fn an_encoded_plain_mail_is_read_letter_by_letter() {
        let m = eml("Return-Path: <lucja.wrobel@poczta.example.pl>\r\n\
             From: =?ISO-8859-2?Q?=A3ucja_Wr=F3bel?= <Lucja.Wrobel@Poczta.Example.PL>\r\n\
             To: \"Biuro\" <biuro@firma.example>, =?UTF-8?B?SmFuIEtvd2Fsc2tp?= <jan@firma.example>\r\n\
             Cc: biuro@firma.example, anna@example.pl\r\n\
             Bcc: szef@firma.example\r\n\
             Subject: =?ISO-8859-2?Q?Zam=F3wienie_=B3=F3d=BC?=\r\n\
             Date: Mon, 2 Mar 2026 10:15:00 +0100\r\n\
             Message-ID: <abc@poczta.example.pl>\r\n\
             In-Reply-To: <root@firma.example>\r\n\
             References: <root@firma.example>\r\n  <second@poczta.example.pl>\r\n\
             MIME-Version: 1.0\r\n\
             Content-Type: text/plain; charset=utf-8\r\n\
             Content-Transfer-Encoding: base64\r\n\r\n\
             xIUgxIcgxJkgxYIgxYQgw7MgxZsgxbogxbwK\r\n");
        let p = &m.message;
        assert_eq!(p.id.as_deref(), Some("abc@poczta.example.pl"));
        assert_eq!(p.at.map(|t| t.to_rfc3339()), Some("2026-03-02T09:15:00+00:00".into()));
        assert_eq!(p.from.name.as_deref(), Some("Łucja Wróbel"));
        assert_eq!(p.from.address.as_deref(), Some("lucja.wrobel@poczta.example.pl"));
        let to: Vec<&str> = p.to.iter().map(Party::label).collect();
        assert_eq!(to, ["Biuro", "Jan Kowalski", "anna@example.pl"]);
        assert_eq!(m.subject.as_deref(), Some("Zamówienie łódź"));
        assert_eq!(p.text, "ą ć ę ł ń ó ś ź ż");
        assert_eq!(m.in_reply_to, ["root@firma.example"]);
        assert_eq!(m.references, ["root@firma.example", "second@poczta.example.pl"]);
        assert!(p.attachments.is_empty());
    }

    #[test]
    fn what_is_not_a_mail_is_refused_with_its_line() {
        let err = parse_eml(b"").unwrap_err();
        assert_eq!(
            err.to_string(),
            "Line 1: the file is empty: expected an e-mail (.eml) or a mailbox (mbox). Nothing was imported."
        );
        let err = parse_eml("Dzień dobry,\nto nie jest e-mail.".as_bytes()).unwrap_err();
        assert_eq!(err.code(), "import_failed");
        assert!(err.to_string().starts_with("Line 1: expected an e-mail"), "{err}");
        assert!(err.to_string().contains("\"Dzień dobry,\""), "{err}");
        // Header lines, but none names a sender, a date or a Message-ID.
        assert!(parse_eml(b"BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n").is_err());
        assert!(parse_eml(b"Subject: hi\n\ntext").is_err());
        // A Message-ID alone is enough: e-mails in the wild are messy.
        let m = eml("Message-ID: <x@y>\n\nDzień dobry");
        assert_eq!(
            (m.message.at, m.message.from.clone(), m.message.text.as_str()),
            (None, Party::default(), "Dzień dobry")
        );
    }

    #[test]
    fn a_mail_over_the_cap_is_refused() {
        let mut big = b"From: a@b.example\r\n\r\n".to_vec();
        big.resize(MAX_MAIL_BYTES + 1, b'x');
        let err = parse_eml(&big).unwrap_err();
        assert!(err.to_string().contains("is 51 MB: Custos reads e-mails of at most 50 MB"), "{err}");
    }

    #[test]
    fn detection_tells_mail_from_other_files() {
        assert!(looks_like_eml(b"Received: from mx.example (mx.example [192.0.2.1])\r\n\tby mail; Mon, 2 Mar 2026\r\nFrom: a@b.example\r\n\r\nx"));
        assert!(looks_like_eml(b"MIME-Version: 1.0\nDate: Mon, 2 Mar 2026 10:00:00 +0000\n\n"));
        assert!(!looks_like_eml(b"From a@b.example Mon Mar  2 10:00:00 2026\nFrom: a@b.example\n\n"));
        assert!(!looks_like_eml(b"BEGIN:VCARD\r\nVERSION:3.0\r\n"));
        assert!(!looks_like_eml(b"31/12/2023, 21:41 - Anna: From: me"));
        assert!(!looks_like_eml(b"{\"format\": \"custos-transcript\"}"));
        assert!(!looks_like_eml(b""));
    }

    #[test]
    fn an_undated_or_misdated_mail_has_no_time() {
        assert_eq!(eml("From: a@b.example\nDate: yesterday\n\nx").message.at, None);
        assert_eq!(eml("From: a@b.example\nDate: Mon, 2 Mar 1850 10:00:00 +0000\n\nx").message.at, None);
        assert_eq!(
            eml("From: a@b.example\nDate: 2 Mar 2026 10:00 -0500\n\nx").message.at.map(|t| t.to_rfc3339()),
            Some("2026-03-02T15:00:00+00:00".into())
        );
    }

    #[test]
    fn a_leading_envelope_line_is_skipped() {
        let m = eml("From x@y Mon Mar  2 10:00:00 2026\nFrom: a@b.example\n\nHallo");
        assert_eq!((m.message.line, m.message.text.as_str()), (2, "Hallo"));
    }
}
