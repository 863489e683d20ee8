//! Which character separates the fields: `,` `;` or tab, told from the header and the first
//! rows. Each candidate splits the first records as the `csv` crate would (RFC 4180 quotes:
//! a `;` inside a quoted field is no separator, a quoted field may span lines); the one whose
//! header has more than one field and whose rows most often have as many fields as the
//! header wins, then the one with more columns, then `;` (what Excel writes across the EU),
//! `,`, tab.
//!
//! Records end at `\n` (as `records` reads them: a `\r` alone is text). The same scan finds a
//! quoted field that is never closed, which the `csv` crate reads
//! leniently to the end of the file (it would swallow every row after it).

use serde::{Deserialize, Serialize};

/// The character between the fields of a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, rename = "CsvDelimiter"))]
pub enum Delimiter {
    Comma,
    Semicolon,
    Tab,
}

impl Delimiter {
    pub const ALL: [Delimiter; 3] = [Delimiter::Semicolon, Delimiter::Comma, Delimiter::Tab];

    /// The character in words: "comma", "semicolon", "tab".
    pub fn name(self) -> &'static str {
        match self {
            Delimiter::Comma => "comma",
            Delimiter::Semicolon => "semicolon",
            Delimiter::Tab => "tab",
        }
    }

    pub fn byte(self) -> u8 {
        match self {
            Delimiter::Comma => b',',
            Delimiter::Semicolon => b';',
            Delimiter::Tab => b'\t',
        }
    }
}

/// How many records the guess reads.
const SNIFF_RECORDS: usize = 50;

/// The delimiter of `text` (decoded, lines ending in `\n`, `\r\n` or `\r`).
pub fn sniff(text: &str) -> Delimiter {
    let mut best = (Delimiter::Semicolon, (false, 0, 0));
    for d in Delimiter::ALL {
        let scan = scan(text, d.byte(), SNIFF_RECORDS);
        let header = scan.fields.first().copied().unwrap_or(0);
        let consistent = scan.fields.iter().skip(1).filter(|&&n| n == header).count();
        let score = (header > 1, consistent, header);
        if score > best.1 {
            best = (d, score);
        }
    }
    best.0
}

/// The line (1-based) of a quoted field that is still open at the end of `text`.
pub fn unclosed_quote(text: &str, delimiter: Delimiter) -> Option<usize> {
    scan(text, delimiter.byte(), 0).unclosed
}

/// What a scan found: the field count of each of the first records (blank lines skipped, as
/// the `csv` crate does) and an unclosed quote.
#[derive(Debug, PartialEq)]
struct Scan {
    fields: Vec<usize>,
    unclosed: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    StartRecord,
    StartField,
    InField,
    InQuotes,
    /// A quote inside a quoted field: the end of it, or the first of `""`.
    QuoteInQuotes,
}

/// Splits `text` into records as csv-core does, counting the fields of the first `keep`
/// records; with `keep` 0 it reads to the end (for the unclosed quote), else it stops after them.
fn scan(text: &str, delimiter: u8, keep: usize) -> Scan {
    let mut fields = Vec::new();
    let mut state = State::StartRecord;
    let mut count = 0;
    let mut line = 1;
    let mut quote_line = 1;
    for &b in text.as_bytes() {
        let terminator = b == b'\n';
        if state == State::StartRecord {
            if terminator {
                line += 1;
                continue;
            }
            state = State::StartField;
            count = 1;
        }
        let mut ended = false;
        state = match state {
            State::StartField | State::StartRecord if b == b'"' => {
                quote_line = line;
                State::InQuotes
            }
            State::StartField | State::StartRecord | State::InField => {
                if b == delimiter {
                    count += 1;
                    State::StartField
                } else if terminator {
                    ended = true;
                    State::StartRecord
                } else {
                    State::InField
                }
            }
            State::InQuotes if b == b'"' => State::QuoteInQuotes,
            State::InQuotes => State::InQuotes,
            State::QuoteInQuotes if b == b'"' => State::InQuotes,
            State::QuoteInQuotes if b == delimiter => {
                count += 1;
                State::StartField
            }
            State::QuoteInQuotes if terminator => {
                ended = true;
                State::StartRecord
            }
            State::QuoteInQuotes => State::InField,
        };
        if ended {
            fields.push(count);
            if keep > 0 && fields.len() >= keep {
                return Scan { fields, unclosed: None };
            }
        }
        line += usize::from(b == b'\n');
    }
    let unclosed = (state == State::InQuotes).then_some(quote_line);
    if state != State::StartRecord {
        fields.push(count);
    }
    Scan { fields, unclosed }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_delimiter_is_told_from_the_header_and_rows() {
        assert_eq!(sniff("Imię;Nazwisko;Adres\nJan;Kowalski;ul. Długa 5, 00-001 Warszawa\n"), Delimiter::Semicolon);
        assert_eq!(sniff("First Name,Last Name,Notes\nAnna,Nowak,\"a; b; c\"\n"), Delimiter::Comma);
        assert_eq!(sniff("Name\tE-mail\tAdresse\nJürgen\tj@m.de\tHauptstraße 5, Köln; 2. OG\n"), Delimiter::Tab);
        // Quotes respected: the semicolons inside quoted fields do not count.
        let commas = "Name,Notes,Tags\n\"Nowak; Anna\",\"x;y;z;w\",\"a;b\"\n\"Kowal; Jan\",\"q;r;s;t\",c\n";
        assert_eq!(sniff(commas), Delimiter::Comma);
        // A quoted field spanning lines is one record.
        let multiline = "Name;Address\n\"Anna\";\"ul. Długa 5\n00-001 Warszawa, Polska\"\nJan;\"a,b,c\nd,e\"\n";
        assert_eq!(sniff(multiline), Delimiter::Semicolon);
        // A comma in a header name does not outvote the semicolon the rows agree on.
        let comma_in_header = "Name, Vorname;Straße;Ort\nMüller, Jürgen;Hauptstraße 5, 2. OG;Köln\nA;B, C, D;E\n";
        assert_eq!(sniff(comma_in_header), Delimiter::Semicolon);
        // Only a header: the one that splits it into most columns.
        assert_eq!(sniff("a,b;c,d,e\n"), Delimiter::Comma);
        // Nothing to go by.
        assert_eq!(sniff("Name\nAnna\n"), Delimiter::Semicolon);
        assert_eq!(sniff(""), Delimiter::Semicolon);
    }

    #[test]
    fn records_are_split_as_the_csv_crate_splits_them() {
        let text = "\n\na;b\r\n\"x\ny\";\"q\"\"r\"\r\n\r\nlast;\"open\n";
        let scan = scan(text, b';', 0);
        assert_eq!(scan, Scan { fields: vec![2, 2, 1, 2], unclosed: Some(7) });
        // The same records by the csv crate (which reads the open quote to the end).
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(b';')
            .terminator(csv::Terminator::Any(b'\n'))
            .from_reader(text.as_bytes());
        let counts: Vec<usize> = reader.records().map(|r| r.unwrap().len()).collect();
        assert_eq!(counts, scan.fields);
        assert_eq!(super::scan(text, b';', 2).fields, [2, 2]);
        // A carriage return alone is text.
        assert_eq!(super::scan("a;b\r;c\nd\re;f\n", b';', 0).fields, [3, 2]);
    }

    #[test]
    fn an_unclosed_quote_is_found_at_the_line_it_opens() {
        assert_eq!(unclosed_quote("a;b\n1;\"2\n3;4\n", Delimiter::Semicolon), Some(2));
        assert_eq!(unclosed_quote("a;b\n1;\"2\n3\";4\n", Delimiter::Semicolon), None);
        assert_eq!(
            unclosed_quote("a;b\n1;\"2\"\"\n", Delimiter::Semicolon),
            Some(2),
            "an escaped quote closes nothing"
        );
        assert_eq!(unclosed_quote("a;b\n1;x\"2\n", Delimiter::Semicolon), None, "a quote inside a field is a letter");
        assert_eq!(unclosed_quote("a;b\n1;\"2\"x\"\n", Delimiter::Semicolon), None);
        assert_eq!(unclosed_quote("\"", Delimiter::Comma), Some(1));
    }
}
