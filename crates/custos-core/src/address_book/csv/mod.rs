//! CSV address books: a spreadsheet's contact list, a Google Contacts or an Outlook export.
//!
//! [`inspect`] reads what the mapping step shows: the encoding ([`decode`](decode::decode)),
//! the delimiter ([`sniff`](sniff::sniff)), the header, a [`Mapping`] guessed from it (and the
//! [`Preset`] it is, if any) and the first rows; [`Mapping::draft`] turns one of those rows
//! into a draft for the live preview. [`parse`] reads the whole file with a mapping the user
//! has agreed to into [`ContactDraft`]s, each with the line its row starts on.
//!
//! A file that cannot be read is refused as a whole with [`Error::Import`] naming the line
//! and what was expected: bytes that are not text in a supported encoding, an empty file, a
//! header without rows, a quoted field never closed, a row with text past the header's
//! fields. A row that can be read but has no name, organisation or e-mail address is a draft
//! with a [`problem`](ContactDraft::problem). Blank rows are skipped.
//!
//! One concept per file: `decode` (bytes → text and encoding), `sniff` (delimiter, and the
//! quote that never closes), `records` (rows and their lines), `mapping` (fields and the
//! guess from column names), `field_code` (a field as text: `email:work:2`), `preset` (Google and
//! Outlook layouts), `build` (row → draft).

mod build;
pub mod decode;
mod field_code;
pub mod mapping;
pub mod preset;
pub(crate) mod records;
pub mod sniff;

use serde::{Deserialize, Serialize};

use crate::address_book::draft::ContactDraft;
use crate::error::{Error, ImportWhy, Result};

pub use build::NO_NAME;
pub use decode::Encoding;
pub use field_code::FIELD_CODES;
pub use mapping::{AddressPart, Field, Mapping, PointKind};
pub use preset::Preset;
pub use records::Row;
pub use sniff::Delimiter;

/// How many rows [`inspect`] reads for the preview.
pub const SAMPLE_ROWS: usize = 10;

/// What the mapping step shows of a file before anything is imported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, rename = "CsvInspected"))]
pub struct Inspected {
    pub encoding: Encoding,
    pub delimiter: Delimiter,
    /// The column names (trimmed), in order.
    pub header: Vec<String>,
    /// The line the header is on.
    pub header_line: usize,
    /// The export the header is of, if it is a known one.
    pub preset: Option<Preset>,
    /// A field for each column, from its name.
    pub guessed: Mapping,
    /// The first rows (at most [`SAMPLE_ROWS`]), blank ones skipped.
    pub sample: Vec<Row>,
}

/// Reads the header and the first rows of a CSV file, and guesses its mapping.
pub fn inspect(bytes: &[u8]) -> Result<Inspected> {
    let source = Source::read(bytes)?;
    let mut records = source.records();
    let header = records.header()?;
    let mut sample = Vec::new();
    while sample.len() < SAMPLE_ROWS {
        match records.row()? {
            Some(row) => sample.push(row),
            None => break,
        }
    }
    if sample.is_empty() {
        return Err(records.no_rows());
    }
    let names: Vec<String> = header.fields.iter().map(|h| h.trim().to_owned()).collect();
    Ok(Inspected {
        encoding: source.encoding,
        delimiter: source.delimiter,
        preset: Preset::detect(&names),
        guessed: Mapping::guess(&names),
        header: names,
        header_line: header.line,
        sample,
    })
}

/// Reads every row of a CSV file into a draft, with `mapping`.
pub fn parse(bytes: &[u8], mapping: &Mapping) -> Result<Vec<ContactDraft>> {
    let source = Source::read(bytes)?;
    let mut records = source.records();
    records.header()?;
    let plan = build::Plan::new(mapping);
    let mut drafts = Vec::new();
    while let Some(row) = records.row()? {
        drafts.push(plan.draft(&row));
    }
    if drafts.is_empty() {
        return Err(records.no_rows());
    }
    Ok(drafts)
}

impl Mapping {
    /// The draft this mapping makes of `row` (one of [`Inspected::sample`]): what [`parse`]
    /// would make of it.
    pub fn draft(&self, row: &Row) -> ContactDraft {
        build::Plan::new(self).draft(row)
    }
}

/// A file's text, and how it is written: what every CSV importer reads first (the address
/// books here, the website chats of [`crate::import::web_chat`]).
pub(crate) struct Source {
    pub text: String,
    pub encoding: Encoding,
    pub delimiter: Delimiter,
}

impl Source {
    /// Decodes `bytes`, finds the delimiter, and refuses a quote that never closes.
    pub fn read(bytes: &[u8]) -> Result<Source> {
        let (mut text, encoding) = decode::decode(bytes)?;
        // Lines ended by a carriage return alone (old Mac programs): the csv crate splits
        // records there but counts lines by `\n` only.
        if text.contains('\r') && !text.contains('\n') {
            text = text.replace('\r', "\n");
        }
        let delimiter = sniff::sniff(&text);
        if let Some(line) = sniff::unclosed_quote(&text, delimiter) {
            return Err(Error::import(line, ImportWhy::CsvUnclosedQuote {}));
        }
        Ok(Source { text, encoding, delimiter })
    }

    /// The records of the text.
    pub fn records(&self) -> records::Records<'_> {
        records::Records::new(&self.text, self.delimiter)
    }
}

#[cfg(test)]
mod tests;
