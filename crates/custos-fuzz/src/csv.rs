//! The CSV address-book reader under hostile inputs: bytes → [`inspect`] → [`parse`] with the
//! guessed mapping (and with a mapping made from the input, so that any mapping is tried).
//! Parsing is pure, so there is no vault here; what must hold:
//!
//! - nothing panics (the fuzzer reports a panic as a crash);
//! - a refusal is `import_failed` with a message and a line inside the file, and `inspect`
//!   and `parse` refuse a file the same way;
//! - what `inspect` gives fits the file: a header, 1–10 sample rows after it in order, the
//!   guessed mapping and preset of that header, and a mapping that survives JSON;
//! - every draft starts on a line inside the file, after the one before; the preview's drafts
//!   (`Mapping::draft` of the sample) are the first drafts `parse` gives; a draft has a problem
//!   exactly when it has no name; its texts are trimmed and not empty; each kind of contact
//!   point has each value once and exactly one primary; tags are trimmed, once, and none of
//!   Google's own groups;
//! - a well-formed shaped file (not "wild") in a Unicode encoding is read as written: its
//!   encoding, delimiter and header, a draft for each row that is not blank, on its line.
//!
//! [`input`] reads the fuzzer's bytes as [`crate::input`] does: a first byte that is even
//! means the file as it is (after a second byte, unused here, so the corpus seeds of
//! `cargo xtask fuzz` are the fixtures); odd means an address book with a shape
//! (`arbitrary`): the columns of a Google, Outlook, Polish, German or Bulgarian export or a
//! mix, values with Polish, German and Cyrillic letters, `:::`, `* ` labels, quotes,
//! delimiters and line breaks, any delimiter and line ending, UTF-8 (with or without a mark),
//! UTF-16 (with or without), Windows-1250/1251/1252 — and, for about one input in twelve,
//! "wild": any text, a cut, an unclosed quote or a row too long.

use arbitrary::{Arbitrary, Unstructured};
use custos_core::address_book::csv::{
    self as book, AddressPart, Delimiter, Encoding, Field, Mapping, PointKind, Preset, inspect, parse,
};
use custos_core::address_book::{ContactDraft, Label, Labelled};

use crate::{Outcome, Violation};

/// What a well-formed shaped file must read as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expected {
    pub encoding: Encoding,
    pub delimiter: Delimiter,
    pub header: Vec<String>,
    /// The line of each row that is not blank.
    pub lines: Vec<usize>,
}

/// The file an input stands for, and what it must read as when that is known.
pub fn input(data: &[u8]) -> (Vec<u8>, Option<Expected>) {
    let Some((&mode, rest)) = data.split_first() else { return (Vec::new(), None) };
    if mode & 1 == 0 {
        return (rest.get(1..).unwrap_or_default().to_vec(), None);
    }
    let book = Book::arbitrary(&mut Unstructured::new(rest)).unwrap_or_default();
    book.render(rarely(book.wild))
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

pub(crate) fn fail<T>(message: String) -> Result<T, Violation> {
    Err(Violation(message))
}

/// The lines of a file, counted generously (a line ends at `\n`, or at `\r` where there is no
/// `\n`; in UTF-16 some other bytes count too).
pub(crate) fn lines(bytes: &[u8]) -> usize {
    let count = |b: u8| bytes.iter().filter(|&&x| x == b).count();
    1 + count(b'\n').max(count(b'\r'))
}

/// A refusal must be a user's import error with a line inside the file.
pub(crate) fn refusal(e: &custos_core::Error, bytes: &[u8], what: &str) -> Result<(), Violation> {
    let last = lines(bytes);
    match e {
        custos_core::Error::Import { line, why, .. }
            if (1..=last).contains(line) && !why.to_string().trim().is_empty() =>
        {
            Ok(())
        }
        _ => fail(format!("{what} refused the file with {} (the file has {last} lines): {e}", e.code())),
    }
}

pub fn check_file(bytes: &[u8], expected: Option<&Expected>, chaos: u8) -> Result<Outcome, Violation> {
    let inspected = match inspect(bytes) {
        Ok(i) => i,
        Err(e) => {
            refusal(&e, bytes, "inspect")?;
            match parse(bytes, &Mapping::default()) {
                Err(p) if p.to_string() == e.to_string() => {}
                other => return fail(format!("inspect refused ({e}) but parse gave {other:?}")),
            }
            if let Some(x) = expected
                && !(x.lines.is_empty() && e.to_string().contains("no rows"))
            {
                return fail(format!("a well-formed file ({x:?}) was refused: {e}"));
            }
            return Ok(Outcome::Refused(e.code()));
        }
    };
    let last = lines(bytes);
    let i = &inspected;
    if i.header.is_empty() || !(1..=last).contains(&i.header_line) {
        return fail(format!("a header {:?} on line {}", i.header, i.header_line));
    }
    if i.sample.is_empty() || i.sample.len() > book::SAMPLE_ROWS {
        return fail(format!("{} sample rows", i.sample.len()));
    }
    let mut before = i.header_line;
    for row in &i.sample {
        if row.line <= before || row.line > last {
            return fail(format!("a sample row on line {} after line {before}, in {last} lines", row.line));
        }
        before = row.line;
    }
    if i.guessed != Mapping::guess(&i.header) || i.guessed.columns.len() != i.header.len() {
        return fail(format!("the guessed mapping {:?} is not the header's {:?}", i.guessed, i.header));
    }
    if i.preset != Preset::detect(&i.header) {
        return fail(format!("the preset {:?} is not the header's", i.preset));
    }
    let json = serde_json::to_string(&i.guessed).map_err(|e| Violation(format!("a mapping as JSON: {e}")))?;
    if serde_json::from_str::<Mapping>(&json).ok().as_ref() != Some(&i.guessed) {
        return fail(format!("the mapping did not survive JSON: {json}"));
    }
    if let Some(x) = expected {
        let got = (i.encoding, i.delimiter, &i.header);
        if got != (x.encoding, x.delimiter, &x.header) {
            return fail(format!("a well-formed file read as {got:?}, written as {x:?}"));
        }
    }
    let drafts = checked_drafts(bytes, i, &i.guessed, last)?;
    if let Some(x) = expected {
        let got: Vec<usize> = drafts.iter().map(|d| d.line).collect();
        if got != x.lines {
            return fail(format!("a well-formed file gave drafts on lines {got:?}, written on {:?}", x.lines));
        }
    }
    // Any mapping: the input's last byte picks a field for each column.
    let mapping = Mapping {
        columns: (0..i.header.len()).map(|c| any_field(chaos.wrapping_add(c as u8).wrapping_mul(31))).collect(),
    };
    checked_drafts(bytes, i, &mapping, last)?;
    Ok(Outcome::Imported(drafts.len() as u64))
}

/// Parses with `mapping` and checks the drafts.
fn checked_drafts(
    bytes: &[u8],
    i: &book::Inspected,
    mapping: &Mapping,
    last: usize,
) -> Result<Vec<ContactDraft>, Violation> {
    let drafts = match parse(bytes, mapping) {
        Ok(d) => d,
        Err(e) => {
            refusal(&e, bytes, "parse")?;
            // inspect read the header and the sample: what is left to refuse comes after them.
            let after = i.sample.last().map_or(i.header_line, |r| r.line);
            return match e {
                custos_core::Error::Import { line, .. } if line > after => Ok(Vec::new()),
                _ => fail(format!("parse refused what inspect read (up to line {after}): {e}")),
            };
        }
    };
    if drafts.len() < i.sample.len() {
        return fail(format!("{} drafts, {} sample rows", drafts.len(), i.sample.len()));
    }
    for (row, draft) in i.sample.iter().zip(&drafts) {
        let preview = mapping.draft(row);
        if preview != *draft {
            return fail(format!("the preview {preview:?} is not the draft {draft:?}"));
        }
    }
    let mut before = i.header_line;
    for d in &drafts {
        if d.line <= before || d.line > last {
            return fail(format!("a draft on line {} after line {before}, in {last} lines", d.line));
        }
        before = d.line;
        draft_invariants(d)?;
    }
    Ok(drafts)
}

fn draft_invariants(d: &ContactDraft) -> Result<(), Violation> {
    if d.problem.is_some() != d.name().is_none() {
        return fail(format!("a draft's problem {:?} does not fit its name {:?}", d.problem, d.name()));
    }
    for text in
        [&d.display_name, &d.given_name, &d.family_name, &d.organisation, &d.job_title, &d.notes].into_iter().flatten()
    {
        if text.is_empty() || text.trim() != text {
            return fail(format!("a draft's text {text:?} is empty or untrimmed"));
        }
    }
    for list in [&d.emails, &d.phones, &d.addresses] {
        points(list)?;
    }
    for (n, tag) in d.tags.iter().enumerate() {
        if tag.is_empty() || tag.trim() != tag || tag.starts_with('*') || d.tags[..n].contains(tag) {
            return fail(format!("the tags {:?}", d.tags));
        }
    }
    Ok(())
}

fn points(list: &[Labelled]) -> Result<(), Violation> {
    if !list.is_empty() && list.iter().filter(|l| l.primary).count() != 1 {
        return fail(format!("not one primary in {list:?}"));
    }
    for (n, l) in list.iter().enumerate() {
        let same = list[..n].iter().any(|o| o.value.to_lowercase() == l.value.to_lowercase());
        if l.value.is_empty() || l.value.trim() != l.value || same {
            return fail(format!("a contact point {:?} in {list:?}", l.value));
        }
    }
    Ok(())
}

/// Every kind of field, with labels and groups.
fn any_field(pick: u8) -> Field {
    let label = Label::ALL[usize::from(pick / 16) % Label::ALL.len()];
    let group = pick % 3;
    let part =
        [AddressPart::Street, AddressPart::PostalCode, AddressPart::City, AddressPart::Region, AddressPart::Country]
            [usize::from(pick / 3) % 5];
    let kind = [PointKind::Email, PointKind::Phone, PointKind::Address][usize::from(pick / 5) % 3];
    match pick % 14 {
        0 => Field::Ignore,
        1 => Field::DisplayName,
        2 => Field::GivenName,
        3 => Field::MiddleName,
        4 => Field::FamilyName,
        5 => Field::Organisation,
        6 => Field::JobTitle,
        7 => Field::Email { label, group },
        8 => Field::Phone { label, group },
        9 => Field::Address { label, group },
        10 => Field::AddressPart { part, label, group },
        11 => Field::LabelOf { kind, group },
        12 => Field::Tags,
        _ => Field::Notes,
    }
}

/// True for about one value in twelve.
pub(crate) fn rarely(b: u8) -> bool {
    b < 21
}

const GOOGLE: &[&str] = &[
    "First Name",
    "Middle Name",
    "Last Name",
    "Organization Name",
    "Organization Title",
    "Notes",
    "Labels",
    "E-mail 1 - Label",
    "E-mail 1 - Value",
    "E-mail 2 - Label",
    "E-mail 2 - Value",
    "Phone 1 - Label",
    "Phone 1 - Value",
    "Address 1 - Label",
    "Address 1 - Formatted",
    "Address 1 - Street",
    "Address 1 - City",
    "Address 1 - Postal Code",
    "Address 1 - Country",
    "Birthday",
];
const GOOGLE_OLD: &[&str] = &[
    "Name",
    "Given Name",
    "Additional Name",
    "Family Name",
    "Notes",
    "Group Membership",
    "E-mail 1 - Type",
    "E-mail 1 - Value",
    "Phone 1 - Type",
    "Phone 1 - Value",
    "Address 1 - Type",
    "Address 1 - Formatted",
    "Organization 1 - Name",
    "Organization 1 - Title",
];
const OUTLOOK: &[&str] = &[
    "Title",
    "First Name",
    "Middle Name",
    "Last Name",
    "Company",
    "Job Title",
    "Business Street",
    "Business City",
    "Business Postal Code",
    "Business Country/Region",
    "Home Street",
    "Home City",
    "Business Phone",
    "Home Phone",
    "Mobile Phone",
    "Primary Phone",
    "Categories",
    "E-mail Address",
    "E-mail Type",
    "E-mail Display Name",
    "E-mail 2 Address",
    "Notes",
];
const POLISH: &[&str] = &[
    "Imię",
    "Nazwisko",
    "Firma",
    "Stanowisko",
    "E-mail",
    "Telefon komórkowy",
    "Telefon służbowy",
    "Adres",
    "Kod pocztowy",
    "Miejscowość",
    "Tagi",
    "Uwagi",
];
const GERMAN: &[&str] = &[
    "Anrede",
    "Vorname",
    "Name",
    "Firma",
    "Position",
    "E-Mail-Adresse",
    "Telefon geschäftlich",
    "Handy",
    "Straße",
    "PLZ",
    "Ort",
    "Land",
    "Kategorien",
    "Notizen",
];
const BULGARIAN: &[&str] =
    &["Име", "Фамилия", "Фирма", "Длъжност", "Имейл", "Мобилен телефон", "Адрес", "Град", "Етикети", "Бележки"];
const MORE: &[&str] = &[
    "Prénom",
    "Nom",
    "Nome",
    "Cognome",
    "Nombre",
    "Apellidos",
    "Société",
    "Courriel",
    "Téléphone portable",
    "Ville",
    "Code postal",
    "Pays",
    "Презиме",
    "Display Name",
];

/// Values a cell may hold: names in many scripts, contact points the way exports write them,
/// and what a CSV reader must get right (quotes, delimiters, line breaks, ` ::: `, `* `).
const VALUES: &[&str] = &[
    "Łucja",
    "Żółkiewska",
    "Jürgen Müller",
    "Иван Петров",
    "Françoise",
    "José Muñoz",
    "Zażółć gęślą jaźń",
    "ĄĆĘŁŃÓŚŹŻ",
    "ä ö ü ß é è ç ñ",
    "lucja@zdzblo.pl",
    "a@x.pl ::: b@y.pl",
    "a@x.pl; B@y.pl, a@X.pl",
    "+48 601 234 567",
    "+49 171 2345678 ::: +49 221 1",
    "* Work",
    "Home",
    "Mobile",
    "* Mobile",
    "Work Fax",
    "* myContacts ::: Trade fair 2026",
    "Kunde, Messe 2026",
    "Targi 2026;Klient",
    "ul. Piotrkowska 120\n90-006 Łódź\nPolska",
    "Hauptstraße 5",
    "90-006",
    "Łódź ::: Łowicz",
    "Polska",
    "\"quoted\" text",
    "a;b,c\td",
    "line one\r\nline two",
    "  spaced  ",
    "*",
    "*:::*",
    ":::",
    " ::: ",
    "Müller & Söhne GmbH",
    "Щастие ЕООД",
    "",
    " ",
];

#[derive(Debug, Default, Arbitrary)]
enum Layout {
    #[default]
    Google,
    GoogleOld,
    Outlook,
    Polish,
    German,
    Bulgarian,
    /// Columns from all of them, by index.
    Mixed(Vec<u8>),
}

impl Layout {
    fn header(&self) -> Vec<&'static str> {
        let all = || GOOGLE.iter().chain(OUTLOOK).chain(POLISH).chain(GERMAN).chain(BULGARIAN).chain(MORE);
        match self {
            Layout::Google => GOOGLE.to_vec(),
            Layout::GoogleOld => GOOGLE_OLD.to_vec(),
            Layout::Outlook => OUTLOOK.to_vec(),
            Layout::Polish => POLISH.to_vec(),
            Layout::German => GERMAN.to_vec(),
            Layout::Bulgarian => BULGARIAN.to_vec(),
            Layout::Mixed(picks) => {
                let n = all().count();
                let mut header: Vec<&str> =
                    picks.iter().filter_map(|&p| all().nth(usize::from(p) % n)).copied().collect();
                // At least two columns, so that the delimiter shows.
                for extra in ["Imię", "E-mail"] {
                    if header.len() < 2 {
                        header.push(extra);
                    }
                }
                header
            }
        }
    }
}

#[derive(Debug, Arbitrary)]
enum Cell {
    Empty,
    Pick(u8),
    Pick2(u8),
    /// Any text (wild only; otherwise a pick).
    Any(String),
}

impl Cell {
    fn render(&self, wild: bool) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Pick(i) | Cell::Pick2(i) => VALUES[usize::from(*i) % VALUES.len()].to_owned(),
            Cell::Any(s) if wild => s.clone(),
            Cell::Any(s) => VALUES[s.len() % VALUES.len()].to_owned(),
        }
    }
}

#[derive(Debug, Default, Arbitrary)]
enum Bytes {
    #[default]
    Utf8,
    Utf8Bom,
    Utf16Le,
    Utf16Be,
    Utf16LeNoBom,
    Utf16BeNoBom,
    Windows1250,
    Windows1251,
    Windows1252,
}

/// What can go wrong with a file (wild only).
#[derive(Debug, Arbitrary)]
enum Damage {
    /// Cut at a byte.
    Cut(u16),
    /// A byte put in.
    Insert(u16, u8),
    /// A quote that never closes, at the end.
    OpenQuote,
    /// A last row with text past the header.
    TooLong,
}

#[derive(Debug, Default, Arbitrary)]
struct Book {
    layout: Layout,
    /// The first row: never blank unless wild (a file without rows is refused, and is tried
    /// often enough by the wild ones and the raw bytes).
    first: Vec<Cell>,
    rows: Vec<Vec<Cell>>,
    delimiter: u8,
    crlf: bool,
    bytes: Bytes,
    damage: Option<Damage>,
    wild: u8,
}

/// A field as a CSV writer writes it: in quotes when it holds the delimiter, a quote or a
/// line break (quotes doubled), else as it is.
fn field(value: &str, delimiter: char) -> String {
    if value.contains([delimiter, '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_owned()
    }
}

impl Book {
    fn render(&self, wild: bool) -> (Vec<u8>, Option<Expected>) {
        let delimiter = Delimiter::ALL[usize::from(self.delimiter) % 3];
        let sep = char::from(delimiter.byte());
        let ending = if self.crlf { "\r\n" } else { "\n" };
        let header = self.layout.header();
        let mut text: String = header.iter().map(|h| field(h, sep)).collect::<Vec<_>>().join(&sep.to_string());
        text.push_str(ending);
        let mut lines = Vec::new();
        for (n, row) in std::iter::once(&self.first).chain(&self.rows).enumerate() {
            let mut values: Vec<String> =
                (0..header.len()).map(|c| row.get(c).map(|cell| cell.render(wild)).unwrap_or_default()).collect();
            if n == 0 && !wild && values.iter().all(|v| v.trim().is_empty()) {
                values[0] = VALUES[usize::from(self.delimiter) % 9].to_owned();
            }
            if values.iter().any(|v| !v.trim().is_empty()) {
                lines.push(1 + text.matches('\n').count());
            }
            let fields: Vec<String> = values.iter().map(|v| field(v, sep)).collect();
            text.push_str(&fields.join(&sep.to_string()));
            text.push_str(ending);
        }
        let mut damaged = false;
        if wild && let Some(damage) = &self.damage {
            damaged = true;
            match damage {
                Damage::OpenQuote => text.push_str("\"open"),
                Damage::TooLong => {
                    text.push('x');
                    for _ in 0..=header.len() {
                        text.push(sep);
                    }
                    text.push_str("past the header");
                }
                Damage::Cut(_) | Damage::Insert(..) => {}
            }
        }
        let (mut bytes, encoding) = self.encode(&text);
        if wild && let Some(damage) = &self.damage {
            match *damage {
                Damage::Cut(at) => bytes.truncate(usize::from(at) % (bytes.len() + 1)),
                Damage::Insert(at, b) => bytes.insert(usize::from(at) % (bytes.len() + 1), b),
                Damage::OpenQuote | Damage::TooLong => {}
            }
        }
        let expected = match encoding {
            Some(encoding) if !wild && !damaged => {
                Some(Expected { encoding, delimiter, header: header.iter().map(|h| h.to_string()).collect(), lines })
            }
            _ => None,
        };
        (bytes, expected)
    }

    /// The bytes of `text`, and the encoding they must read as (`None` for the legacy ones,
    /// which the detector may take for another that gives the same letters).
    fn encode(&self, text: &str) -> (Vec<u8>, Option<Encoding>) {
        let utf16 = |bom: bool, big: bool| -> Vec<u8> {
            let mark: &[u8] = match (bom, big) {
                (false, _) => &[],
                (true, false) => &[0xFF, 0xFE],
                (true, true) => &[0xFE, 0xFF],
            };
            let units = text.encode_utf16().flat_map(|u| if big { u.to_be_bytes() } else { u.to_le_bytes() });
            mark.iter().copied().chain(units).collect()
        };
        let legacy = |encoding: &'static encoding_rs::Encoding| {
            let (bytes, _, unmappable) = encoding.encode(text);
            if unmappable { (text.as_bytes().to_vec(), Some(Encoding::Utf8)) } else { (bytes.into_owned(), None) }
        };
        match self.bytes {
            Bytes::Utf8 => (text.as_bytes().to_vec(), Some(Encoding::Utf8)),
            Bytes::Utf8Bom => ([b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(), Some(Encoding::Utf8)),
            Bytes::Utf16Le => (utf16(true, false), Some(Encoding::Utf16Le)),
            Bytes::Utf16Be => (utf16(true, true), Some(Encoding::Utf16Be)),
            Bytes::Utf16LeNoBom => (utf16(false, false), Some(Encoding::Utf16Le)),
            Bytes::Utf16BeNoBom => (utf16(false, true), Some(Encoding::Utf16Be)),
            Bytes::Windows1250 => legacy(encoding_rs::WINDOWS_1250),
            Bytes::Windows1251 => legacy(encoding_rs::WINDOWS_1251),
            Bytes::Windows1252 => legacy(encoding_rs::WINDOWS_1252),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_well_formed_book_is_expected_to_read_as_written() {
        let book = Book {
            layout: Layout::Polish,
            first: vec![Cell::Pick(0), Cell::Pick(1)],
            rows: vec![vec![], vec![Cell::Pick(22)]],
            delimiter: 0,
            crlf: true,
            bytes: Bytes::Utf16LeNoBom,
            damage: None,
            wild: 255,
        };
        let (bytes, expected) = book.render(false);
        let expected = expected.unwrap();
        assert_eq!(expected.lines, [2, 4]);
        assert_eq!(check_file(&bytes, Some(&expected), 7), Ok(Outcome::Imported(2)));
    }

    #[test]
    fn fields_are_quoted_when_they_must_be() {
        assert_eq!(field("a;b", ';'), "\"a;b\"");
        assert_eq!(field("a;b", ','), "a;b");
        assert_eq!(field("say \"hi\"", ','), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines", '\t'), "\"two\nlines\"");
    }
}
