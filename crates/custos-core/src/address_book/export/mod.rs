//! Writing an address book out: vCard 4.0 (RFC 6350), what every address book and phone
//! reads, and CSV (RFC 4180, UTF-8), what spreadsheets read. What the importers read back from
//! either is what was written, but for what the format cannot say (see the round-trip tests).
//!
//! One concept per file: `book` (the vault's cards out to a file, audited), `vcard` (the vCard 4.0 writer), `csv` (the CSV writer and its
//! layout), `tests` (the round trips through the importers, and what each format changes).

mod book;
mod csv;
mod vcard;

pub use self::book::{BookExport, BookFormat, draft_of};
pub use self::csv::csv;
pub use self::vcard::vcard;

#[cfg(test)]
mod tests;
