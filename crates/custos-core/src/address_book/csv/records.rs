//! The records of a CSV text, each with the line it starts on, read by the `csv` crate (RFC
//! 4180: fields in double quotes may hold the delimiter, line breaks and `""` for a quote).
//! A record ends at a line feed (`\r\n` or `\n`); a carriage return alone is text.
//! Blank records (no text in any field, as Excel writes `;;;;` for rows it once formatted)
//! are skipped. A row may have fewer fields than the header (the rest are empty) and empty
//! fields past it, but no text past it.

use serde::{Deserialize, Serialize};

use crate::error::{Error, ImportWhy, Result};
use crate::why::Place;

use super::sniff::Delimiter;

/// One record of the file: the line it starts on (1-based) and its fields as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, rename = "CsvRow"))]
pub struct Row {
    pub line: usize,
    pub fields: Vec<String>,
}

/// Reads the header, then the rows.
pub(crate) struct Records<'a> {
    text: &'a str,
    reader: csv::Reader<&'a [u8]>,
    record: csv::StringRecord,
    /// The header's width and line, once read.
    header: Option<(usize, usize)>,
}

impl<'a> Records<'a> {
    pub fn new(text: &'a str, delimiter: Delimiter) -> Records<'a> {
        let reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter.byte())
            // Records end at `\n` only (the `\r` of `\r\n` is taken off the last field): a
            // stray `\r` inside a line is no line break, so each record has a line of its own.
            .terminator(csv::Terminator::Any(b'\n'))
            .from_reader(text.as_bytes());
        Records { text, reader, record: csv::StringRecord::new(), header: None }
    }

    /// The header: the first record that is not blank.
    pub fn header(&mut self) -> Result<Row> {
        self.try_header()?.ok_or_else(|| Error::import(1, ImportWhy::CsvEmpty {}))
    }

    /// The header, or `None` when the file has no record that is not blank (for an importer
    /// that says so in its own words).
    pub fn try_header(&mut self) -> Result<Option<Row>> {
        let row = self.next_record()?;
        if let Some(row) = &row {
            self.header = Some((row.fields.len(), row.line));
        }
        Ok(row)
    }

    /// The line the header is on (1 before it is read).
    pub fn header_line(&self) -> usize {
        self.header.map_or(1, |(_, line)| line)
    }

    /// The next row after the header that is not blank.
    pub fn row(&mut self) -> Result<Option<Row>> {
        let Some(mut row) = self.next_record()? else { return Ok(None) };
        let (width, header_line) = self.header.unwrap_or((usize::MAX, 0));
        if row.fields.len() > width {
            if let Some(extra) = row.fields[width..].iter().position(|f| !f.trim().is_empty()) {
                let why = ImportWhy::CsvTooManyFields {
                    width,
                    header_line: Place(header_line),
                    found: row.fields.len(),
                    field: width + extra + 1,
                    nth: crate::why::english_ordinal(width + extra + 1),
                };
                return Err(Error::import(row.line, why));
            }
            row.fields.truncate(width);
        }
        Ok(Some(row))
    }

    /// After the header: the "no rows" refusal when nothing came after it.
    pub fn no_rows(&self) -> Error {
        Error::import(self.header_line(), ImportWhy::CsvNoRows {})
    }

    fn next_record(&mut self) -> Result<Option<Row>> {
        loop {
            let more = self.reader.read_record(&mut self.record).map_err(|e| {
                Error::import(
                    e.position().map_or(1, |p| p.line() as usize),
                    ImportWhy::CsvNotText { detail: e.to_string() },
                )
            })?;
            if !more {
                return Ok(None);
            }
            if self.record.iter().all(|f| f.trim().is_empty()) {
                continue;
            }
            let line = self.record.position().map_or(1, |p| self.start_line(p));
            let mut fields: Vec<String> = self.record.iter().map(str::to_owned).collect();
            if let Some(last) = fields.last_mut()
                && last.ends_with('\r')
            {
                last.pop();
            }
            return Ok(Some(Row { line, fields }));
        }
    }

    /// The line a record starts on: the csv crate gives the place after the record before,
    /// which is before the blank lines it skipped.
    fn start_line(&self, at: &csv::Position) -> usize {
        let from = usize::try_from(at.byte()).unwrap_or(usize::MAX);
        let skipped = self.text.as_bytes().get(from..).unwrap_or_default();
        let blank = skipped.iter().take_while(|&&b| b == b'\n').count();
        usize::try_from(at.line()).unwrap_or(usize::MAX).saturating_add(blank)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str, delimiter: Delimiter) -> Result<(Row, Vec<Row>)> {
        let mut records = Records::new(text, delimiter);
        let header = records.header()?;
        let mut rows = Vec::new();
        while let Some(row) = records.row()? {
            rows.push(row);
        }
        Ok((header, rows))
    }

    fn row(line: usize, fields: &[&str]) -> Row {
        Row { line, fields: fields.iter().map(|f| f.to_string()).collect() }
    }

    #[test]
    fn each_row_has_the_line_it_starts_on() {
        let text = "\r\n\r\nImię;Nazwisko;Uwagi\r\nŁucja;Żółkiewska;\"Dzwonić po 15:00;\r\nnie w piątki\"\r\n\
                    ;;\r\n\r\nJan;\"Kowalski \"\"Kowal\"\"\";\r\nZofia\r\n";
        let (header, got) = rows(text, Delimiter::Semicolon).unwrap();
        assert_eq!(header, row(3, &["Imię", "Nazwisko", "Uwagi"]));
        assert_eq!(
            got,
            [
                row(4, &["Łucja", "Żółkiewska", "Dzwonić po 15:00;\r\nnie w piątki"]),
                row(8, &["Jan", "Kowalski \"Kowal\"", ""]),
                row(9, &["Zofia"]),
            ]
        );
    }

    #[test]
    fn a_stray_carriage_return_ends_no_record() {
        let (_, got) = rows("a;b\r\nAnna;+48 42\r 636\r\nJan;\"x\r\"\r\n", Delimiter::Semicolon).unwrap();
        // The `\r` inside the quotes is text; the one before the line feed is not.
        assert_eq!(got, [row(2, &["Anna", "+48 42\r 636"]), row(3, &["Jan", "x\r"])]);
    }

    #[test]
    fn text_past_the_header_is_refused_with_how_many_fields() {
        let err = rows("a,b,c\n1,2,3\n4,5,6,7,8\n", Delimiter::Comma).unwrap_err();
        assert_eq!(err.code(), "import_failed");
        assert_eq!(
            err.to_string(),
            "Line 3: expected at most 3 fields, as the header (line 1) has, but found 5, the 4th with text in it \
             (a field that holds the delimiter needs quotes around it). Nothing was imported."
        );
        // Empty fields past the header are no harm.
        let (_, got) = rows("a,b\n1,2,,\n", Delimiter::Comma).unwrap();
        assert_eq!(got, [row(2, &["1", "2"])]);
    }

    #[test]
    fn an_empty_file_has_no_header() {
        for text in ["", "\n\n", ";;;\r\n;\r\n", "  \t "] {
            let err = rows(text, Delimiter::Semicolon).unwrap_err();
            assert!(err.to_string().starts_with("Line 1: the file is empty"), "{text:?}: {err}");
        }
    }

    #[test]
    fn ordinals() {
        let got: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(crate::why::ordinal).into();
        assert_eq!(got, ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th"]);
    }
}
