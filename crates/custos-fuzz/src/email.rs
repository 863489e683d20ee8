//! The e-mail parser (`.eml` and mbox) under hostile input. It is pure (threads reach a
//! vault in a later step), so its invariants are its own:
//!
//! - it never panics, on a file as one message nor as a mailbox;
//! - a file it refuses gets an `import_failed` error with a message and a line of the file;
//! - a file it reads gives mails that start on lines of the file (an mbox's in order, after
//!   one another), whose times are inside the years the vault stores, whose texts, names and
//!   subjects are trimmed and hold no NUL, no CR and no other control character but `\n` and
//!   `\t`, whose addresses are in lower case and ids without `<>`; an mbox it reads is
//!   recognised as one (`looks_like_mbox`);
//! - threading keeps every mail exactly once (a Message-ID seen twice once), in threads that
//!   are not empty, have a key and keep their dated messages in time order;
//! - a mailbox made by [`input`]'s generator (not "wild") is read as written: every mail's
//!   sender, addressees, subject, time, text, attachments and line equal what the generator
//!   describes, and an HTML-only mail's text has no markup.
//!
//! Bytes → a file as [`crate::input`] does it: the first byte chooses the file as it is (an
//! even byte; the second byte is skipped so that the fuzz corpus seeds serve every target), or
//! (odd) a mailbox with a shape, through `arbitrary`: mails with names, subjects and bodies in
//! Polish, German, Bulgarian and French, in UTF-8, ISO-8859-2, Windows-1250/1251/1252 or
//! KOI8-R, headers raw or RFC 2047 Q or B encoded, bodies 8-bit, quoted-printable or base64;
//! plain, HTML-only, `multipart/alternative` and `multipart/mixed` with an attachment (named
//! plainly or by RFC 2231); with or without `Date`, `Message-ID`, `Cc`, `In-Reply-To`; body
//! lines starting `From ` (quoted `>From ` in the mbox); LF or CRLF; written as an mbox or,
//! for one mail, as an `.eml`. About one input in twelve is "wild": a line dropped, added,
//! repeated or cut.

use arbitrary::{Arbitrary, Unstructured};
use chrono::{DateTime, Datelike, FixedOffset, TimeZone, Utc};
use custos_core::import::email::{self, Mail};
use custos_core::import::parsed::{Attachment, Party};
use custos_core::ts::{EARLIEST_YEAR, LATEST_YEAR};

use crate::{Outcome, Violation};

/// The mails a generated file must give, and whether it is an mbox.
#[derive(Debug, Clone)]
pub struct Expected {
    pub mbox: bool,
    pub mails: Vec<ExpectedMail>,
}

/// What the parser must read from one generated mail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpectedMail {
    pub line: usize,
    pub id: Option<String>,
    pub at: Option<DateTime<Utc>>,
    pub from: Party,
    pub to: Vec<Party>,
    pub subject: Option<String>,
    pub text: String,
    pub attachments: Vec<Attachment>,
    pub html_only: bool,
}

/// The file an input stands for, and (for a mailbox the generator made, not wild) what it
/// must give.
pub fn input(data: &[u8]) -> (Vec<u8>, Option<Expected>) {
    let Some((&mode, rest)) = data.split_first() else { return (Vec::new(), None) };
    if mode & 1 == 0 {
        return (rest.get(1..).unwrap_or_default().to_vec(), None);
    }
    let mut u = Unstructured::new(rest);
    let file = File::arbitrary(&mut u).unwrap_or_default();
    let (bytes, expected) = file.render();
    (bytes, if rarely(file.wild) { None } else { Some(expected) })
}

/// Parses one input (`data` as [`input`] reads it) and checks every invariant.
pub fn check(data: &[u8]) -> Result<Outcome, Violation> {
    let (bytes, expected) = input(data);
    check_file(&bytes, expected.as_ref())
}

/// Parses `bytes` as an mbox and as one message, and checks every invariant; `expected`: what
/// a generated file must give. The outcome is the mbox reading's for an mbox, else the
/// message's.
pub fn check_file(bytes: &[u8], expected: Option<&Expected>) -> Result<Outcome, Violation> {
    let last_line = lines(bytes);
    let as_mbox = parse(|| email::parse_mbox(bytes), last_line)?;
    let as_eml = parse(|| email::parse_eml(bytes).map(|m| vec![m]), last_line)?;
    if as_mbox.is_some() && !email::looks_like_mbox(bytes) {
        return Err(Violation("read as an mbox, but not recognised as one".into()));
    }
    if let Some(mails) = &as_mbox {
        let mut previous = 0;
        for m in mails {
            if m.message.line <= previous {
                return Err(Violation(format!("an mbox mail on line {} after one on line {previous}", m.message.line)));
            }
            previous = m.message.line;
        }
    }
    for mails in as_mbox.iter().chain(&as_eml) {
        check_threads(mails)?;
    }
    let outcome = |read: &Option<Vec<Mail>>| match read {
        Some(mails) => Outcome::Imported(mails.len() as u64),
        None => Outcome::Refused("import_failed"),
    };
    let Some(expected) = expected else {
        return Ok(outcome(if email::looks_like_mbox(bytes) { &as_mbox } else { &as_eml }));
    };
    let read = if expected.mbox { &as_mbox } else { &as_eml };
    let Some(mails) = read else {
        let err = if expected.mbox { email::parse_mbox(bytes).err() } else { email::parse_eml(bytes).err() };
        let err = err.map(|e| e.to_string()).unwrap_or_default();
        return Err(Violation(format!("a generated file was refused: {err}\nexpected {expected:#?}")));
    };
    let got: Vec<ExpectedMail> = mails
        .iter()
        .zip(&expected.mails)
        .map(|(m, e)| ExpectedMail {
            line: m.message.line,
            id: m.message.id.clone(),
            at: m.message.at,
            from: m.message.from.clone(),
            to: m.message.to.clone(),
            subject: m.subject.clone(),
            text: m.message.text.clone(),
            attachments: m.message.attachments.clone(),
            html_only: e.html_only,
        })
        .collect();
    if mails.len() != expected.mails.len() || got != expected.mails {
        return Err(Violation(format!("read as {got:#?}\nwritten as {:#?}", expected.mails)));
    }
    for m in mails.iter().zip(&expected.mails).filter(|(_, e)| e.html_only).map(|(m, _)| m) {
        if m.message.text.contains(['<', '>']) {
            return Err(Violation(format!("markup left in an HTML mail's text: {:?}", m.message.text)));
        }
    }
    Ok(outcome(read))
}

/// Runs one parse: no panic; a refusal is an `import_failed` error with a message and a line
/// of the file; every mail read keeps its invariants.
fn parse(
    run: impl FnOnce() -> custos_core::Result<Vec<Mail>> + std::panic::UnwindSafe,
    last_line: usize,
) -> Result<Option<Vec<Mail>>, Violation> {
    let parsed =
        std::panic::catch_unwind(run).map_err(|p| Violation(format!("the parser panicked: {}", panic_message(&p))))?;
    match parsed {
        Err(e) => {
            let custos_core::Error::Import { line, why, .. } = &e else {
                return Err(Violation(format!("refused with {} instead of import_failed: {e}", e.code())));
            };
            if !(1..=last_line).contains(line) {
                return Err(Violation(format!("refused at line {line} of a file of {last_line} lines: {e}")));
            }
            if why.to_string().trim().is_empty() {
                return Err(Violation("refused without a message".into()));
            }
            Ok(None)
        }
        Ok(mails) => {
            for m in &mails {
                well_formed(m, last_line)?;
            }
            Ok(Some(mails))
        }
    }
}

/// One mail's invariants.
fn well_formed(m: &Mail, last_line: usize) -> Result<(), Violation> {
    let p = &m.message;
    if !(1..=last_line).contains(&p.line) {
        return Err(Violation(format!("a mail on line {} of a file of {last_line} lines", p.line)));
    }
    if let Some(at) = p.at
        && !(EARLIEST_YEAR..=LATEST_YEAR).contains(&at.year())
    {
        return Err(Violation(format!("a mail at {at}, outside the years the vault stores")));
    }
    clean("text", &p.text, true)?;
    for s in m.subject.iter() {
        clean("subject", s, false)?;
        if s.is_empty() {
            return Err(Violation("an empty subject instead of none".into()));
        }
    }
    for party in std::iter::once(&p.from).chain(&p.to) {
        for name in party.name.iter() {
            clean("name", name, false)?;
            if name.is_empty() {
                return Err(Violation("an empty name instead of none".into()));
            }
        }
        if let Some(address) = &party.address
            && (address.is_empty() || *address != address.to_lowercase() || address.trim() != address)
        {
            return Err(Violation(format!("an address not trimmed in lower case: {address:?}")));
        }
    }
    for party in &p.to {
        if party.name.is_none() && party.address.is_none() {
            return Err(Violation("an addressee without name or address".into()));
        }
    }
    for id in p.id.iter().chain(&m.in_reply_to).chain(&m.references) {
        if id.is_empty() || id.starts_with('<') || id.ends_with('>') || id.trim() != id {
            return Err(Violation(format!("a Message-ID not bare: {id:?}")));
        }
    }
    for a in &p.attachments {
        clean("attachment name", &a.name, false)?;
        if a.name.is_empty() {
            return Err(Violation("an attachment without a name".into()));
        }
    }
    Ok(())
}

/// Trimmed text with no control character but `\n` and `\t` (those only in a mail's text).
fn clean(what: &str, text: &str, multiline: bool) -> Result<(), Violation> {
    if text.trim() != text {
        return Err(Violation(format!("the {what} is not trimmed: {text:?}")));
    }
    if text.chars().any(|c| c.is_control() && !(multiline && (c == '\n' || c == '\t'))) {
        return Err(Violation(format!("the {what} holds a control character: {text:?}")));
    }
    Ok(())
}

/// Threading keeps each mail once (a repeated Message-ID once), in ordered, keyed threads.
fn check_threads(mails: &[Mail]) -> Result<(), Violation> {
    let mut ids = std::collections::HashSet::new();
    let unique = mails.iter().filter(|m| m.message.id.as_ref().is_none_or(|id| ids.insert(id.clone()))).count();
    let export = email::threads(mails.to_vec());
    let kept: usize = export.threads.iter().map(|t| t.messages.len()).sum();
    if kept != unique {
        return Err(Violation(format!("{unique} distinct mails became {kept} messages in threads")));
    }
    for t in &export.threads {
        if t.messages.is_empty() || t.key.is_empty() {
            return Err(Violation(format!("a thread without messages or key: {t:?}")));
        }
        let times: Vec<DateTime<Utc>> = t.messages.iter().filter_map(|m| m.at).collect();
        if times.windows(2).any(|w| w[0] > w[1]) {
            return Err(Violation(format!("a thread's dated messages out of order: {times:?}")));
        }
    }
    Ok(())
}

/// One fuzzer input; a broken invariant is a crash for the fuzzer.
pub fn run_one(data: &[u8]) {
    if let Err(v) = check(data) {
        let (bytes, _) = input(data);
        panic!("invariant broken: {v}\nfile {:?}", String::from_utf8_lossy(&bytes));
    }
}

fn panic_message(p: &Box<dyn std::any::Any + Send>) -> String {
    p.downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| p.downcast_ref::<String>().cloned()).unwrap_or_default()
}

/// How many lines the file has at most: one more than its line feeds (an empty file has one,
/// empty line, where a refusal may point).
fn lines(bytes: &[u8]) -> usize {
    1 + bytes.iter().filter(|&&b| b == b'\n').count()
}

fn rarely(b: u8) -> bool {
    b < 21
}

/// Words the generated texts are made of: every script Custos's users write, and what
/// encodings must escape (`=`, `?`, `_`, `%`).
const WORDS: [&str; 24] = [
    "Dzień",
    "dobry",
    "Łódź",
    "zażółć",
    "gęślą",
    "jaźń",
    "ą ć ę ł ń ó ś ź ż",
    "Größe",
    "Grüße",
    "Straße",
    "Здравейте",
    "благодарим",
    "Поздрави",
    "café",
    "offre",
    "price=100%",
    "a_b?",
    "Re:",
    "Fwd:",
    "oferta",
    "2026",
    "(tel.",
    "+48",
    "601)",
];

const NAMES: [&str; 8] = [
    "Łucja Wróbel",
    "Jürgen Weiß",
    "Мария Петрова",
    "Anna Nowak",
    "François Dupont",
    "Zoë O'Brien",
    "Biuro",
    "J. Smith",
];

const ADDRESSES: [&str; 6] = [
    "lucja.wrobel@poczta.example.pl",
    "J.Weiss@Grosshandel.example.de",
    "maria@example.bg",
    "biuro@firma.example",
    "f.dupont@example.fr",
    "zoe+crm@example.ie",
];

const ATTACHMENTS: [&str; 4] = ["oferta.pdf", "Größe der Räume.xlsx", "Оферта.docx", "zdjęcie 1.jpg"];

/// Charsets and the labels mails name them by.
const CHARSETS: [&str; 6] = ["UTF-8", "ISO-8859-2", "windows-1250", "windows-1251", "windows-1252", "KOI8-R"];

#[derive(Debug, Arbitrary)]
struct Text {
    first: [u8; 6],
    paragraphs: Vec<Vec<Vec<u8>>>,
    /// The first line of the first paragraph starts with "From " (quoted `>From ` in an mbox).
    from_line: bool,
}

impl Text {
    /// Paragraphs of lines of words; never empty.
    fn render(&self) -> Vec<Vec<String>> {
        let first = vec![self.first.to_vec()];
        let mut out: Vec<Vec<String>> = std::iter::once(&first)
            .chain(&self.paragraphs)
            .take(4)
            .map(|p| {
                p.iter()
                    .take(4)
                    .map(|line| {
                        let words: Vec<&str> =
                            line.iter().take(8).map(|&w| WORDS[usize::from(w) % WORDS.len()]).collect();
                        words.join(" ")
                    })
                    .filter(|l| !l.is_empty())
                    .collect::<Vec<String>>()
            })
            .filter(|p| !p.is_empty())
            .collect();
        if out.is_empty() {
            out.push(vec!["Dzień dobry".to_owned()]);
        }
        if self.from_line
            && let Some(first) = out.first_mut().and_then(|p| p.first_mut())
        {
            first.insert_str(0, "From ");
        }
        out
    }
}

#[derive(Debug, Arbitrary)]
enum Structure {
    Plain,
    HtmlOnly,
    Alternative,
    Mixed { name: u8, size: u16, rfc2231: bool },
}

#[derive(Debug, Arbitrary)]
enum HeaderStyle {
    Raw,
    Q,
    B,
}

#[derive(Debug, Arbitrary)]
enum Transfer {
    EightBit,
    QuotedPrintable,
    Base64,
}

#[derive(Debug, Arbitrary)]
struct Who {
    name: Option<u8>,
    address: u8,
}

#[derive(Debug, Arbitrary)]
struct GenMail {
    from: Who,
    to: Vec<Who>,
    cc: Option<Who>,
    subject: Option<Vec<u8>>,
    /// Day of March 2026 and minute of the day; the zone's offset in quarter hours.
    date: Option<(u8, u16, i8)>,
    id: bool,
    reply_to_previous: bool,
    charset: u8,
    header_style: HeaderStyle,
    transfer: Transfer,
    structure: Structure,
    text: Text,
}

impl Default for GenMail {
    fn default() -> Self {
        GenMail {
            from: Who { name: Some(0), address: 0 },
            to: Vec::new(),
            cc: None,
            subject: None,
            date: None,
            id: true,
            reply_to_previous: false,
            charset: 0,
            header_style: HeaderStyle::Q,
            transfer: Transfer::QuotedPrintable,
            structure: Structure::Plain,
            text: Text { first: [0; 6], paragraphs: Vec::new(), from_line: false },
        }
    }
}

#[derive(Debug, Arbitrary)]
enum Damage {
    Drop(u16),
    Insert(u16, u8),
    Repeat(u16),
    Cut(u16),
}

#[derive(Debug, Default, Arbitrary)]
struct File {
    first: GenMail,
    mails: Vec<GenMail>,
    /// One mail written as an `.eml` (without a "From " line) rather than an mbox.
    eml: bool,
    crlf: bool,
    damage: Option<Damage>,
    wild: u8,
}

const WILD_LINES: [&str; 8] = [
    "From - Mon Mar 02 10:15:00 2026",
    ">From here",
    "",
    "Content-Type: multipart/mixed; boundary=\"x\"",
    "--x",
    "=?UTF-8?B?////?=",
    "Date: 31 Feb 2026 25:61:00 +9999",
    "From: <>",
];

fn encoding(label: &str) -> &'static encoding_rs::Encoding {
    encoding_rs::Encoding::for_label(label.as_bytes()).unwrap_or(encoding_rs::UTF_8)
}

/// `text` in `label`, or in UTF-8 when that charset has no letter for it.
fn encode(text: &str, label: &'static str) -> (&'static str, Vec<u8>) {
    let (bytes, _, unmappable) = encoding(label).encode(text);
    if unmappable { ("UTF-8", text.as_bytes().to_vec()) } else { (label, bytes.into_owned()) }
}

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// An RFC 2047 encoded word (or the text as it is, when raw and ASCII).
fn header_text(text: &str, charset: &'static str, style: &HeaderStyle) -> String {
    let (label, bytes) = encode(text, charset);
    match style {
        HeaderStyle::Raw if text.is_ascii() => text.to_owned(),
        HeaderStyle::B => format!("=?{label}?B?{}?=", base64(&bytes)),
        _ => {
            let mut q = String::new();
            for &b in &bytes {
                match b {
                    b' ' => q.push('_'),
                    b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'!' | b'*' | b'+' | b'-' | b'/' => q.push(b as char),
                    _ => q.push_str(&format!("={b:02X}")),
                }
            }
            format!("=?{label}?Q?{q}?=")
        }
    }
}

/// Quoted-printable lines (soft breaks at 76), hard line breaks kept.
fn quoted_printable(bytes: &[u8]) -> Vec<String> {
    let mut out = Vec::new();
    for line in bytes.split(|&b| b == b'\n') {
        let mut current = String::new();
        for (i, &b) in line.iter().enumerate() {
            let literal = ((b'!'..=b'~').contains(&b) && b != b'=') || (b == b' ' && i + 1 < line.len());
            let token = if literal { (b as char).to_string() } else { format!("={b:02X}") };
            if current.len() + token.len() > 75 {
                current.push('=');
                out.push(std::mem::take(&mut current));
            }
            current.push_str(&token);
        }
        out.push(current);
    }
    out
}

/// A body part: its headers and lines, in `charset` with `transfer`.
fn part(content_type: &str, text: &str, charset: &'static str, transfer: &Transfer) -> Vec<String> {
    let (label, bytes) = encode(text, charset);
    let mut lines = vec![format!("Content-Type: {content_type}; charset={label}")];
    match transfer {
        // 8-bit bodies are written in UTF-8 here: the whole generated file is text.
        Transfer::EightBit => {
            lines[0] = format!("Content-Type: {content_type}; charset=UTF-8");
            lines.push("Content-Transfer-Encoding: 8bit".into());
            lines.push(String::new());
            lines.extend(text.split('\n').map(str::to_owned));
        }
        Transfer::QuotedPrintable => {
            lines.push("Content-Transfer-Encoding: quoted-printable".into());
            lines.push(String::new());
            lines.extend(quoted_printable(&bytes));
        }
        Transfer::Base64 => {
            lines.push("Content-Transfer-Encoding: base64".into());
            lines.push(String::new());
            let encoded = base64(&bytes);
            lines.extend(encoded.as_bytes().chunks(76).map(|c| String::from_utf8_lossy(c).into_owned()));
        }
    }
    lines
}

fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

fn who(w: &Who) -> (String, Party) {
    let address = ADDRESSES[usize::from(w.address) % ADDRESSES.len()];
    let name = w.name.map(|n| NAMES[usize::from(n) % NAMES.len()]);
    let party = Party { name: name.map(str::to_owned), address: Some(address.to_lowercase()), staff: false };
    (address.to_owned(), party)
}

impl GenMail {
    /// The mail's lines (without the mbox separator) and what it must give.
    fn render(&self, index: usize, previous_id: Option<&str>) -> (Vec<String>, ExpectedMail) {
        let charset = CHARSETS[usize::from(self.charset) % CHARSETS.len()];
        let mut h: Vec<String> = Vec::new();
        let mut address_header = |name: &str, list: &[&Who]| -> Vec<Party> {
            let mut parties: Vec<Party> = Vec::new();
            let mut shown = Vec::new();
            for w in list {
                let (address, party) = who(w);
                match &party.name {
                    Some(n) if n.is_ascii() && matches!(self.header_style, HeaderStyle::Raw) => {
                        shown.push(format!("\"{}\" <{address}>", n.replace('"', "")));
                    }
                    Some(n) => shown.push(format!("{} <{address}>", header_text(n, charset, &self.header_style))),
                    None => shown.push(address.clone()),
                }
                if !parties.iter().any(|p| p.address == party.address) {
                    parties.push(party);
                }
            }
            if !list.is_empty() {
                h.push(format!("{name}: {}", shown.join(", ")));
            }
            parties
        };
        let from = address_header("From", &[&self.from]).into_iter().next().unwrap_or_default();
        let to_list: Vec<&Who> = self.to.iter().take(3).collect();
        let mut to = address_header("To", &to_list);
        for p in address_header("Cc", &self.cc.iter().collect::<Vec<_>>()) {
            if !to.iter().any(|t| t.address == p.address) {
                to.push(p);
            }
        }
        let subject = self.subject.as_ref().map(|words| {
            words.iter().take(6).map(|&w| WORDS[usize::from(w) % WORDS.len()]).collect::<Vec<_>>().join(" ")
        });
        if let Some(s) = &subject {
            h.push(format!("Subject: {}", header_text(s, charset, &self.header_style)));
        }
        let at = self.date.and_then(|(day, minute, quarters)| {
            let offset = FixedOffset::east_opt(i32::from(quarters % 56) * 15 * 60)?;
            let local = offset
                .with_ymd_and_hms(
                    2026,
                    3,
                    1 + u32::from(day % 28),
                    u32::from(minute / 60 % 24),
                    u32::from(minute % 60),
                    0,
                )
                .single()?;
            h.push(format!("Date: {}", local.format("%-d %b %Y %H:%M:%S %z")));
            Some(local.with_timezone(&Utc))
        });
        let id = self.id.then(|| format!("gen{index}.{}@example.test", self.charset));
        if let Some(id) = &id {
            h.push(format!("Message-ID: <{id}>"));
        }
        if self.reply_to_previous
            && let Some(parent) = previous_id
        {
            h.push(format!("In-Reply-To: <{parent}>"));
            h.push(format!("References: <{parent}>"));
        }
        h.push("MIME-Version: 1.0".into());
        let paragraphs = self.text.render();
        let plain = paragraphs.iter().map(|p| p.join("\n")).collect::<Vec<_>>().join("\n\n");
        let html = format!(
            "<html><head><style>p {{ margin: 0 }}</style></head><body>{}</body></html>",
            paragraphs
                .iter()
                .map(|p| format!("<p>{}</p>", p.iter().map(|l| html_escape(l)).collect::<Vec<_>>().join("<br>\n")))
                .collect::<String>()
        );
        let mut attachments = Vec::new();
        match &self.structure {
            Structure::Plain => h.extend(part("text/plain", &plain, charset, &self.transfer)),
            Structure::HtmlOnly => h.extend(part("text/html", &html, charset, &self.transfer)),
            Structure::Alternative => {
                h.push("Content-Type: multipart/alternative; boundary=\"alt-boundary\"".into());
                h.push(String::new());
                h.push("--alt-boundary".into());
                h.extend(part("text/plain", &plain, charset, &self.transfer));
                h.push("--alt-boundary".into());
                h.extend(part("text/html", &html, charset, &self.transfer));
                h.push("--alt-boundary--".into());
            }
            Structure::Mixed { name, size, rfc2231 } => {
                let name = ATTACHMENTS[usize::from(*name) % ATTACHMENTS.len()];
                let data: Vec<u8> = (0..usize::from(*size % 3000)).map(|i| (i * 7 % 256) as u8).collect();
                h.push("Content-Type: multipart/mixed; boundary=\"mixed-boundary\"".into());
                h.push(String::new());
                h.push("This is a multi-part message in MIME format.".into());
                h.push("--mixed-boundary".into());
                h.extend(part("text/plain", &plain, charset, &self.transfer));
                h.push("--mixed-boundary".into());
                h.push("Content-Type: application/octet-stream".into());
                if *rfc2231 || !name.is_ascii() {
                    let encoded: String = name
                        .bytes()
                        .map(|b| {
                            if b.is_ascii_alphanumeric() || b == b'.' {
                                (b as char).to_string()
                            } else {
                                format!("%{b:02X}")
                            }
                        })
                        .collect();
                    h.push(format!("Content-Disposition: attachment; filename*=UTF-8''{encoded}"));
                } else {
                    h.push(format!("Content-Disposition: attachment; filename=\"{name}\""));
                }
                h.push("Content-Transfer-Encoding: base64".into());
                h.push(String::new());
                let encoded = base64(&data);
                h.extend(encoded.as_bytes().chunks(76).map(|c| String::from_utf8_lossy(c).into_owned()));
                h.push("--mixed-boundary--".into());
                attachments.push(Attachment { name: name.to_owned(), size: data.len() as u64 });
            }
        }
        let expected = ExpectedMail {
            line: 0,
            id,
            at,
            from,
            to,
            subject: subject.filter(|s| !s.is_empty()),
            text: plain,
            attachments,
            html_only: matches!(self.structure, Structure::HtmlOnly),
        };
        (h, expected)
    }
}

impl File {
    fn render(&self) -> (Vec<u8>, Expected) {
        let wild = rarely(self.wild);
        let mbox = !(self.eml && self.mails.is_empty());
        let mut lines: Vec<String> = Vec::new();
        let mut mails = Vec::new();
        let mut previous_id: Option<String> = None;
        let list: Vec<&GenMail> = std::iter::once(&self.first).chain(&self.mails).take(6).collect();
        for (i, m) in list.into_iter().enumerate() {
            let (mail_lines, mut expected) = m.render(i, previous_id.as_deref());
            let separator = format!("From - Mon Mar 02 {:02}:15:00 2026", i % 24);
            if mbox {
                lines.push(separator.clone());
                expected.line = lines.len();
                if expected.at.is_none() {
                    expected.at = Utc.with_ymd_and_hms(2026, 3, 2, (i % 24) as u32, 15, 0).single();
                }
            } else {
                expected.line = 1;
            }
            if expected.id.is_some() {
                previous_id.clone_from(&expected.id);
            }
            for l in mail_lines {
                let quoted = mbox && l.trim_start_matches('>').starts_with("From ");
                lines.push(if quoted { format!(">{l}") } else { l });
            }
            if mbox {
                lines.push(String::new());
            }
            mails.push(expected);
        }
        if wild && let Some(damage) = &self.damage {
            let at = |i: u16| usize::from(i) % lines.len().max(1);
            match *damage {
                Damage::Drop(i) if !lines.is_empty() => {
                    lines.remove(at(i));
                }
                Damage::Insert(i, pick) => {
                    lines.insert(at(i), WILD_LINES[usize::from(pick) % WILD_LINES.len()].to_owned());
                }
                Damage::Repeat(i) if !lines.is_empty() => {
                    let line = lines[at(i)].clone();
                    lines.insert(at(i), line);
                }
                Damage::Cut(i) => lines.truncate(at(i)),
                _ => {}
            }
        }
        let ending = if self.crlf { "\r\n" } else { "\n" };
        let mut text = lines.join(ending);
        text.push_str(ending);
        (text.into_bytes(), Expected { mbox, mails })
    }
}
