//! The vCard parser under hostile input. It is pure (the drafts reach a vault in a later
//! step), so its invariants are its own:
//!
//! - it never panics;
//! - a file it reads gives at least one draft, each starting on a line of the file and after
//!   the one before, with no empty or untrimmed text, exactly one primary e-mail address,
//!   phone number and address where there are any, and a problem when it has no name; the
//!   file is then recognised as a vCard (`is_vcard`);
//! - a file it refuses gets an `import_failed` error with a message and a line of the file;
//! - a vCard made by [`input`]'s generator (not "wild") is read, and read as written: every
//!   draft equals the one the generator describes.
//!
//! Bytes → a file as [`crate::input`] does it: the first byte chooses the file as it is (an
//! even byte; the second byte is skipped so that the fuzz corpus seeds serve every target),
//! or (odd) a vCard file with a shape, through `arbitrary`: 2.1, 3.0 and 4.0 cards with names,
//! organisations, notes, e-mail addresses, phone numbers, addresses and categories in any
//! script, with every escape, `TYPE`s, `PREF`s and group prefixes, values in quoted-printable
//! (with soft line breaks) and 8-bit in their `CHARSET` (UTF-8, ISO-8859-1/2, Windows-1250/1,
//! KOI8-R), folded lines (also inside a UTF-8 character), photos in base64, properties Custos
//! skips, blank lines, LF/CRLF/CR, UTF-8 with and without a mark, UTF-16 either way round.
//! About one input in twelve is "wild": any text, and a line dropped, added, repeated or cut.

use arbitrary::{Arbitrary, Unstructured};
use custos_core::address_book::vcard;
use custos_core::address_book::{ContactDraft, Label, Labelled};

use crate::Violation;

/// What became of one vCard input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Read {
    /// Read: this many drafts.
    Drafts(usize),
    /// Refused with an `import_failed` error.
    Refused,
}

/// The file an input stands for, and (for a vCard the generator made, not wild) the drafts it
/// must give.
pub fn input(data: &[u8]) -> (Vec<u8>, Option<Vec<ContactDraft>>) {
    let Some((&mode, rest)) = data.split_first() else { return (Vec::new(), None) };
    if mode & 1 == 0 {
        return (rest.get(1..).unwrap_or_default().to_vec(), None);
    }
    let mut u = Unstructured::new(rest);
    let file = File::arbitrary(&mut u).unwrap_or_default();
    let (bytes, drafts) = file.render();
    (bytes, if file.wild() { None } else { Some(drafts) })
}

/// Parses one input (`data` as [`input`] reads it) and checks every invariant.
pub fn check(data: &[u8]) -> Result<Read, Violation> {
    let (bytes, expected) = input(data);
    check_file(&bytes, expected.as_deref())
}

/// Parses the file `bytes` and checks every invariant; `expected`: the drafts it must give.
pub fn check_file(bytes: &[u8], expected: Option<&[ContactDraft]>) -> Result<Read, Violation> {
    let parsed = std::panic::catch_unwind(|| vcard::parse(bytes))
        .map_err(|p| Violation(format!("the parser panicked: {}", panic_message(&p))))?;
    let last_line = lines(bytes);
    let drafts = match parsed {
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
            if let Some(expected) = expected {
                return Err(Violation(format!("a generated vCard was refused: {e}\nexpected {expected:#?}")));
            }
            return Ok(Read::Refused);
        }
        Ok(drafts) => drafts,
    };
    if drafts.is_empty() {
        return Err(Violation("read without a draft".into()));
    }
    if !vcard::is_vcard(bytes) {
        return Err(Violation("read, but not recognised as a vCard".into()));
    }
    let mut previous = 0;
    for d in &drafts {
        if d.line <= previous || d.line > last_line {
            return Err(Violation(format!("a draft at line {} (after {previous}, of {last_line})", d.line)));
        }
        previous = d.line;
        well_formed(d)?;
    }
    if let Some(expected) = expected
        && drafts != expected
    {
        return Err(Violation(format!("read as {drafts:#?}\nwritten as {expected:#?}")));
    }
    Ok(Read::Drafts(drafts.len()))
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

/// How many lines the file has at most: its line breaks (LF, CR LF, CR) and one. For UTF-16,
/// every 0x0A or 0x0D byte counts (more than the lines: a bound is all the check needs).
fn lines(bytes: &[u8]) -> usize {
    if custos_core::import::is_utf16(bytes) {
        return 1 + bytes.iter().filter(|&&b| b == b'\n' || b == b'\r').count();
    }
    let crlf = bytes.windows(2).filter(|w| w == b"\r\n").count();
    1 + bytes.iter().filter(|&&b| b == b'\n' || b == b'\r').count() - crlf
}

fn well_formed(d: &ContactDraft) -> Result<(), Violation> {
    let bad = |s: &str| s.is_empty() || s.trim() != s;
    let texts = [&d.display_name, &d.given_name, &d.family_name, &d.organisation, &d.job_title, &d.notes, &d.problem];
    if let Some(t) = texts.iter().copied().flatten().find(|t| bad(t)) {
        return Err(Violation(format!("an empty or untrimmed text {t:?} at line {}", d.line)));
    }
    if let Some(t) = d.tags.iter().find(|t| bad(t)) {
        return Err(Violation(format!("an empty or untrimmed tag {t:?} at line {}", d.line)));
    }
    for (kind, values) in [("e-mail", &d.emails), ("phone", &d.phones), ("address", &d.addresses)] {
        if let Some(v) = values.iter().find(|v| bad(&v.value)) {
            return Err(Violation(format!("an empty or untrimmed {kind} {:?} at line {}", v.value, d.line)));
        }
        let primary = values.iter().filter(|v| v.primary).count();
        if primary != usize::from(!values.is_empty()) {
            return Err(Violation(format!("{primary} primary {kind}s of {} at line {}", values.len(), d.line)));
        }
    }
    if d.name().is_none() && d.problem.is_none() {
        return Err(Violation(format!("a draft without a name and without a problem at line {}", d.line)));
    }
    Ok(())
}

/// True for about one value in twelve.
fn rarely(b: u8) -> bool {
    b < 21
}

/// Texts: every one is something a card may hold (trimmed, not empty, no CR).
const TEXTS: [&str; 18] = [
    "Łucja Żółkiewska",
    "Zażółć gęślą jaźń",
    "Иван Петров",
    "Jürgen Groß",
    "Ελένη",
    "O'Brien, Mary",
    "a;b",
    "back\\slash\\n",
    "two\nlines",
    "colon: yes",
    "\"quoted\"",
    "😀 emoji",
    "=C5=81 not quoted-printable",
    "tab\there",
    "a\u{0}b",
    "x",
    "BEGIN:VCARD",
    "END:VCARD",
];

const PHONES: [&str; 5] = ["+48 601 234 567", "58 555 01 02", "+49-30-7654321;ext=12", "(0) 22 111", "123"];

const EMAILS: [&str; 4] = ["anna@example.pl", "łucja@zdźbło.pl", "x@y", "a,b@c"];

/// Properties Custos skips, whatever they hold.
const SKIPPED: [&str; 10] = [
    "UID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1",
    "X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Grześ;1;;;",
    "REV:2026-01-01T00:00:00Z",
    "PRODID:-//Apple Inc.//iPhone OS 17.4//EN",
    "item1.X-ABLabel:_$!<Other>!$_",
    "BDAY:1990-01-01",
    "URL:https\\://example.invalid",
    "X-FOO;CHARSET=X-UNKNOWN:abc",
    "LABEL;ENCODING=QUOTED-PRINTABLE:=ZZ",
    "X-EMPTY:",
];

/// Lines a wild file may gain.
const WILD_LINES: [&str; 12] = [
    "BEGIN:VCARD",
    "END:VCARD",
    "VERSION:9.9",
    "FN;CHARSET=X-KLINGON:a",
    "N;ENCODING=QUOTED-PRINTABLE:=Z",
    "no property",
    "",
    " folded",
    "=",
    "\u{0}",
    "NOTE;ENCODING=QUOTED-PRINTABLE:a=",
    "BEGIN:VCALENDAR",
];

/// Character sets a value may be written in (labels as phones write them).
const CHARSETS: [&str; 7] = ["UTF-8", "ISO-8859-2", "WINDOWS-1250", "windows-1251", "KOI8-R", "ISO-8859-1", "utf8"];

#[derive(Debug, Arbitrary)]
enum Text {
    Pick(u8),
    Pick2(u8),
    Any(String),
}

impl Text {
    fn render(&self, table: &[&str], wild: bool) -> String {
        match self {
            Text::Pick(i) | Text::Pick2(i) => table[usize::from(*i) % table.len()].to_owned(),
            Text::Any(s) if wild || (!s.is_empty() && s.trim() == s && !s.contains('\r')) => s.clone(),
            Text::Any(s) => table[s.len() % table.len()].to_owned(),
        }
    }
}

#[derive(Debug, Default, Clone, Copy, Arbitrary)]
enum Version {
    V21,
    #[default]
    V30,
    V40,
}

/// How a value is written.
#[derive(Debug, Default, Arbitrary)]
struct Style {
    charset: u8,
    /// Name the charset even when it is UTF-8.
    name_charset: bool,
    quoted_printable: bool,
    /// 2.1: `;QUOTED-PRINTABLE` rather than `;ENCODING=QUOTED-PRINTABLE`.
    bare: bool,
    eight_bit: bool,
}

#[derive(Debug, Default, Arbitrary)]
struct Types {
    work: bool,
    home: bool,
    cell: bool,
    voice: bool,
    pref: Option<u8>,
    group: Option<u8>,
}

impl Types {
    fn label(&self) -> Label {
        match (self.cell, self.work, self.home) {
            (true, _, _) => Label::Mobile,
            (_, true, _) => Label::Work,
            (_, _, true) => Label::Home,
            _ => Label::Other,
        }
    }

    fn rank(&self, version: Version) -> Option<u32> {
        self.pref.map(|p| match version {
            Version::V40 => 1 + u32::from(p % 100),
            _ => 1,
        })
    }

    /// The parameters, as each version writes them.
    fn params(&self, version: Version) -> String {
        let names: Vec<&str> = [(self.work, "work"), (self.home, "home"), (self.cell, "cell"), (self.voice, "voice")]
            .into_iter()
            .filter_map(|(on, name)| on.then_some(name))
            .collect();
        let mut out = String::new();
        match version {
            Version::V21 => {
                for n in &names {
                    out.push(';');
                    out.push_str(&n.to_uppercase());
                }
                if self.pref.is_some() {
                    out.push_str(";PREF");
                }
            }
            Version::V30 => {
                for n in &names {
                    out.push_str(";type=");
                    out.push_str(&n.to_uppercase());
                }
                if self.pref.is_some() {
                    out.push_str(";type=pref");
                }
            }
            Version::V40 => {
                if !names.is_empty() {
                    out.push_str(&format!(";TYPE=\"{}\"", names.join(",")));
                }
                if let Some(rank) = self.rank(version) {
                    out.push_str(&format!(";PREF={rank}"));
                }
            }
        }
        out
    }
}

#[derive(Debug, Arbitrary)]
enum Prop {
    Fn(Text, Style),
    N(Text, Text, Style),
    Org(Text, Option<Text>, Style),
    Title(Text, Style),
    Note(Text, Style),
    Email(Text, Types, Style),
    Tel(u8, Types, Style),
    Adr(Text, Text, Option<Text>, Types, Style),
    Categories(Vec<Text>, Style),
    Photo(u16, bool),
    Skipped(u8),
}

#[derive(Debug, Default, Arbitrary)]
struct Card {
    version: Version,
    first: Option<Prop>,
    props: Vec<Prop>,
    /// Fold lines at this width (plus 8); 0: no folding.
    fold: u8,
    lower_case: bool,
    blank_before: bool,
}

#[derive(Debug, Default, Arbitrary)]
enum Ending {
    #[default]
    CrLf,
    Lf,
    Cr,
}

#[derive(Debug, Default, Arbitrary)]
enum FileEncoding {
    #[default]
    Utf8,
    Utf8Bom,
    Utf16Le,
    Utf16Be,
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
    first: Card,
    cards: Vec<Card>,
    ending: Ending,
    encoding: FileEncoding,
    damage: Option<Damage>,
    wild: u8,
}

/// Escapes text for a value (`\\`, `;`, `,` and, from 3.0 on, line breaks).
fn escape(text: &str, version: Version) -> String {
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '\\' | ';' | ',' => {
                out.push('\\');
                out.push(c);
            }
            '\n' if !matches!(version, Version::V21) => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// Quoted-printable with soft line breaks every `width` characters.
fn quoted_printable(bytes: &[u8], width: usize) -> Vec<Vec<u8>> {
    let mut lines = vec![Vec::new()];
    for (i, &b) in bytes.iter().enumerate() {
        let literal = ((b'!'..=b'~').contains(&b) && b != b'=') || (b == b' ' && i + 1 < bytes.len());
        let token = if literal { vec![b] } else { format!("={b:02X}").into_bytes() };
        if let Some(line) = lines.last_mut()
            && !line.is_empty()
            && line.len() + token.len() > width
        {
            line.push(b'=');
            lines.push(Vec::new());
        }
        if let Some(line) = lines.last_mut() {
            line.extend(token);
        }
    }
    lines
}

/// One card's physical lines.
struct Writer {
    version: Version,
    fold: Option<usize>,
    /// May a fold split a UTF-8 character (not when the file becomes UTF-16).
    split_chars: bool,
    /// May a value be 8-bit in its charset (not in a UTF-16 file).
    eight_bit: bool,
    lower_case: bool,
    lines: Vec<Vec<u8>>,
}

impl Writer {
    fn name(&self, name: &str) -> String {
        if self.lower_case { name.to_lowercase() } else { name.to_owned() }
    }

    /// Writes `head:value` with the value (already escaped) in its style.
    fn property(&mut self, head: &str, value: &str, style: &Style) {
        let label = CHARSETS[usize::from(style.charset) % CHARSETS.len()];
        let encoding = encoding_rs::Encoding::for_label(label.as_bytes()).unwrap_or(encoding_rs::UTF_8);
        let (encoded, _, unmappable) = encoding.encode(value);
        let (label, bytes) =
            if unmappable { ("UTF-8", value.as_bytes().to_vec()) } else { (label, encoded.into_owned()) };
        let utf8 = bytes == value.as_bytes();
        let v21 = matches!(self.version, Version::V21);
        let must_quote = v21 && value.contains('\n');
        let mut head = self.name(head);
        let eight_bit = v21 && self.eight_bit && style.eight_bit;
        if style.quoted_printable || must_quote || !(utf8 || eight_bit) {
            if style.name_charset || !utf8 {
                head.push_str(&format!(";CHARSET={label}"));
            }
            head.push_str(if style.bare && v21 { ";QUOTED-PRINTABLE:" } else { ";ENCODING=QUOTED-PRINTABLE:" });
            let width = self.fold.unwrap_or(76).max(4);
            for (i, mut line) in quoted_printable(&bytes, width).into_iter().enumerate() {
                if i == 0 {
                    line.splice(0..0, head.bytes());
                }
                self.lines.push(line);
            }
            return;
        }
        let bytes = if utf8 || std::str::from_utf8(&bytes).is_ok() { value.as_bytes().to_vec() } else { bytes };
        if style.name_charset || bytes != value.as_bytes() {
            let label = if bytes == value.as_bytes() { "UTF-8" } else { label };
            head.push_str(&format!(";CHARSET={label}"));
        }
        head.push(':');
        let line = [head.as_bytes(), &bytes].concat();
        self.push_folded(line);
    }

    /// A line, folded (3.0, 4.0) at the card's width.
    fn push_folded(&mut self, line: Vec<u8>) {
        let Some(width) = self.fold.filter(|_| !matches!(self.version, Version::V21)) else {
            self.lines.push(line);
            return;
        };
        let mut rest = &line[..];
        let mut first = true;
        while !rest.is_empty() {
            let mut at = width.min(rest.len());
            while !self.split_chars && at < rest.len() && (rest[at] & 0xC0) == 0x80 {
                at += 1;
            }
            let piece = if first { rest[..at].to_vec() } else { [&b" "[..], &rest[..at]].concat() };
            self.lines.push(piece);
            rest = &rest[at..];
            first = false;
        }
    }
}

impl Card {
    /// The card's lines, and the draft it must give (its line to be set).
    fn render(&self, split_chars: bool, eight_bit: bool, wild: bool) -> (Vec<Vec<u8>>, ContactDraft) {
        let version = self.version;
        let mut w = Writer {
            version,
            fold: (self.fold > 0).then_some(8 + usize::from(self.fold % 70)),
            split_chars,
            eight_bit,
            lower_case: self.lower_case,
            lines: Vec::new(),
        };
        w.lines.push(w.name("BEGIN:VCARD").into_bytes());
        let number = match version {
            Version::V21 => "2.1",
            Version::V30 => "3.0",
            Version::V40 => "4.0",
        };
        w.lines.push(format!("{}:{number}", w.name("VERSION")).into_bytes());
        let mut d = ContactDraft::default();
        let (mut emails, mut phones, mut addresses) = (Vec::new(), Vec::new(), Vec::new());
        let mut notes: Vec<String> = Vec::new();
        let text = |t: &Text| t.render(&TEXTS, wild);
        let group = |types: &Types, name: &str| match types.group {
            Some(g) => format!("item{}.{name}", g % 10),
            None => name.to_owned(),
        };
        for prop in self.first.iter().chain(&self.props) {
            match prop {
                Prop::Fn(t, style) => {
                    let t = text(t);
                    w.property("FN", &escape(&t, version), style);
                    d.display_name.get_or_insert(t);
                }
                Prop::N(family, given, style) => {
                    let (family, given) = (text(family), text(given));
                    w.property("N", &format!("{};{};;;", escape(&family, version), escape(&given, version)), style);
                    if d.family_name.is_none() && d.given_name.is_none() {
                        (d.family_name, d.given_name) = (Some(family), Some(given));
                    }
                }
                Prop::Org(name, unit, style) => {
                    let parts: Vec<String> = [Some(name), unit.as_ref()].into_iter().flatten().map(text).collect();
                    let escaped: Vec<String> = parts.iter().map(|p| escape(p, version)).collect();
                    w.property("ORG", &escaped.join(";"), style);
                    d.organisation.get_or_insert(parts.join(", "));
                }
                Prop::Title(t, style) => {
                    let t = text(t);
                    w.property("TITLE", &escape(&t, version), style);
                    d.job_title.get_or_insert(t);
                }
                Prop::Note(t, style) => {
                    let t = text(t);
                    w.property("NOTE", &escape(&t, version), style);
                    notes.push(t);
                }
                Prop::Email(t, types, style) => {
                    let t = Text::render(t, &EMAILS, wild);
                    let head = format!("{}{}", group(types, "EMAIL"), types.params(version));
                    w.property(&head, &escape(&t, version), style);
                    emails.push((Labelled::new(t, types.label()), types.rank(version)));
                }
                Prop::Tel(pick, types, style) => {
                    let t = PHONES[usize::from(*pick) % PHONES.len()];
                    let head = format!("{}{}", group(types, "TEL"), types.params(version));
                    w.property(&head, &escape(t, version), style);
                    phones.push((Labelled::new(t, types.label()), types.rank(version)));
                }
                Prop::Adr(street, town, country, types, style) => {
                    let parts: Vec<String> = [Some(street), Some(town), country.as_ref()]
                        .into_iter()
                        .map(|p| p.map(text).unwrap_or_default())
                        .collect();
                    let e: Vec<String> = parts.iter().map(|p| escape(p, version)).collect();
                    let head = format!("{}{}", group(types, "ADR"), types.params(version));
                    w.property(&head, &format!(";;{};{};;;{}", e[0], e[1], e[2]), style);
                    let lines: Vec<&str> =
                        parts.iter().flat_map(|p| p.lines()).map(str::trim).filter(|l| !l.is_empty()).collect();
                    addresses.push((Labelled::new(lines.join(", "), types.label()), types.rank(version)));
                }
                Prop::Categories(tags, style) if !tags.is_empty() => {
                    let tags: Vec<String> = tags.iter().map(text).collect();
                    let escaped: Vec<String> = tags.iter().map(|t| escape(t, version)).collect();
                    w.property("CATEGORIES", &escaped.join(","), style);
                    for t in &tags {
                        d.add_tag(t);
                    }
                }
                Prop::Categories(..) => {}
                Prop::Photo(len, indent) => {
                    let data: String =
                        (0..usize::from(*len % 2000) + 4).map(|i| b"ABCDEFGHabcdefgh0123+/"[i % 22] as char).collect();
                    match version {
                        Version::V21 => {
                            w.lines.push(format!("PHOTO;ENCODING=BASE64;JPEG:{}", &data[..4]).into_bytes());
                            for chunk in data.as_bytes()[4..].chunks(76) {
                                let prefix: &[u8] = if *indent { b" " } else { b"" };
                                w.lines.push([prefix, chunk].concat());
                            }
                            w.lines.push(Vec::new());
                        }
                        Version::V30 => w.push_folded(format!("PHOTO;ENCODING=b;TYPE=JPEG:{data}").into_bytes()),
                        Version::V40 => w.push_folded(format!("PHOTO:data:image/jpeg;base64,{data}").into_bytes()),
                    }
                }
                Prop::Skipped(i) => w.lines.push(SKIPPED[usize::from(*i) % SKIPPED.len()].as_bytes().to_vec()),
            }
        }
        w.lines.push(w.name("END:VCARD").into_bytes());
        d.emails = primary(emails);
        d.phones = primary(phones);
        d.addresses = primary(addresses);
        d.notes = (!notes.is_empty()).then(|| notes.join("\n"));
        if d.name().is_none() {
            d.problem = Some(vcard::NO_NAME.to_owned());
        }
        (w.lines, d)
    }
}

/// The most preferred (lowest rank, first of equals), else the first, is primary.
fn primary(values: Vec<(Labelled, Option<u32>)>) -> Vec<Labelled> {
    let best = values.iter().enumerate().filter_map(|(i, (_, r))| r.map(|r| (r, i))).min().map_or(0, |(_, i)| i);
    values
        .into_iter()
        .enumerate()
        .map(|(i, (mut l, _))| {
            l.primary = i == best;
            l
        })
        .collect()
}

impl File {
    fn wild(&self) -> bool {
        rarely(self.wild)
    }

    fn render(&self) -> (Vec<u8>, Vec<ContactDraft>) {
        let wild = self.wild();
        let utf16 = matches!(self.encoding, FileEncoding::Utf16Le | FileEncoding::Utf16Be);
        let mut lines: Vec<Vec<u8>> = Vec::new();
        let mut drafts = Vec::new();
        for card in std::iter::once(&self.first).chain(&self.cards) {
            if card.blank_before {
                lines.push(Vec::new());
            }
            let (card_lines, mut draft) = card.render(!utf16, !utf16, wild);
            draft.line = lines.len() + 1;
            lines.extend(card_lines);
            drafts.push(draft);
        }
        if wild && let Some(damage) = &self.damage {
            let at = |i: u16| usize::from(i) % lines.len().max(1);
            match *damage {
                Damage::Drop(i) if !lines.is_empty() => {
                    lines.remove(at(i));
                }
                Damage::Insert(i, pick) => lines.insert(at(i), WILD_LINES[usize::from(pick) % 12].as_bytes().to_vec()),
                Damage::Repeat(i) if !lines.is_empty() => {
                    let line = lines[at(i)].clone();
                    lines.insert(at(i), line);
                }
                Damage::Cut(i) => lines.truncate(at(i)),
                _ => {}
            }
        }
        let ending: &[u8] = match self.ending {
            Ending::CrLf => b"\r\n",
            Ending::Lf => b"\n",
            Ending::Cr => b"\r",
        };
        let text = lines.join(ending);
        let bytes = match self.encoding {
            FileEncoding::Utf8 => text,
            FileEncoding::Utf8Bom => [&b"\xEF\xBB\xBF"[..], &text].concat(),
            FileEncoding::Utf16Le | FileEncoding::Utf16Be => {
                let big = matches!(self.encoding, FileEncoding::Utf16Be);
                let mut out: Vec<u8> = if big { vec![0xFE, 0xFF] } else { vec![0xFF, 0xFE] };
                for unit in String::from_utf8_lossy(&text).encode_utf16() {
                    out.extend(if big { unit.to_be_bytes() } else { unit.to_le_bytes() });
                }
                out
            }
        };
        (bytes, drafts)
    }
}
