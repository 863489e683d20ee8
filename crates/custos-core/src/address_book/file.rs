//! An address-book file as both front ends open it: what it is ([`BookFile::inspect`]: a
//! vCard file, or a CSV file with its header, guessed or saved mapping and first rows) and the
//! drafts it holds once its mapping is agreed ([`BookFile::drafts`]).

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::address_book::ContactDraft;
use crate::address_book::csv::{self, Inspected, Mapping, Preset};
use crate::address_book::vcard;
use crate::error::{Error, ImportWhy, Result};

/// The kinds of address-book file, as a user names them (the command line's `--format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum BookFileFormat {
    /// Any CSV file, mapped column by column.
    Csv,
    /// Google Contacts' CSV (either layout): refused if the header is not Google's.
    Google,
    /// Outlook's CSV: refused if the header is not Outlook's.
    Outlook,
    /// vCard 2.1, 3.0 or 4.0.
    Vcard,
}

impl std::str::FromStr for BookFileFormat {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        match s.trim().to_lowercase().as_str() {
            "csv" => Ok(BookFileFormat::Csv),
            "google" => Ok(BookFileFormat::Google),
            "outlook" => Ok(BookFileFormat::Outlook),
            "vcard" | "vcf" => Ok(BookFileFormat::Vcard),
            _ => Err(Error::invalid("format", crate::why::Why::NotAFormat { text: s.to_owned() })),
        }
    }
}

crate::reasons! {
    /// What an address-book file is, and the export its cards come from, as a front end words
    /// it: `format` is [`BookFile::format_code`], `delimiter` a [`csv::Delimiter`]'s name
    /// (`comma`, `semicolon`, `tab`), `encoding` the encoding's own name (`UTF-8`).
    pub enum FileWhy {
        VcardFile = "vcard_file" { cards: usize } =>
            ("vCard file with {cards} card{}", if *cards == 1 { "" } else { "s" }),
        CsvFile = "csv_file" { format: &'static str, encoding: &'static str, delimiter: &'static str } =>
            ("{} in {encoding}, fields separated by {delimiter}s", csv_kind(format)),
        ExportOf = "export_of" { format: &'static str, day: chrono::NaiveDate } =>
            ("{} export of {day}", format_name(format)),
    }
}

/// The name of an export kind ([`BookFile::format_code`]) as people know it.
fn format_name(code: &str) -> &'static str {
    match code {
        "vcard" => "vCard",
        "google" => Preset::Google.name(),
        "google_old" => Preset::GoogleOld.name(),
        "outlook" => Preset::Outlook.name(),
        _ => "CSV",
    }
}

/// "CSV", or "Google Contacts CSV" for a known layout.
fn csv_kind(code: &str) -> String {
    if code == "csv" { "CSV".to_owned() } else { format!("{} CSV", format_name(code)) }
}

/// What an address-book file is, before its mapping is agreed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum BookFile {
    /// A vCard file: its cards need no mapping.
    Vcard { cards: usize },
    /// A CSV file: its layout, the mapping to start from (a saved one for this header if
    /// there is one, else the guess) and that mapping's name if it was saved.
    Csv { inspected: Inspected, mapping: Mapping, saved_mapping: Option<String> },
}

impl BookFile {
    /// Reads the file at `path` (a regular file of at most
    /// [`MAX_IMPORT_BYTES`](crate::files::MAX_IMPORT_BYTES)) far enough to say what it is.
    /// `format` forces a kind (`None`: a vCard if it starts like one, else CSV); `saved`
    /// finds a saved mapping for a CSV header.
    pub fn inspect(
        path: &Path,
        format: Option<BookFileFormat>,
        saved: &dyn Fn(&[String]) -> Result<Option<crate::address_book::mappings::SavedMapping>>,
    ) -> Result<(BookFile, Vec<u8>)> {
        let bytes = crate::files::read_regular(path, crate::files::MAX_IMPORT_BYTES)?;
        let format =
            format.unwrap_or(if vcard::is_vcard(&bytes) { BookFileFormat::Vcard } else { BookFileFormat::Csv });
        if format == BookFileFormat::Vcard {
            let cards = vcard::parse(&bytes)?.len();
            return Ok((BookFile::Vcard { cards }, bytes));
        }
        let inspected = csv::inspect(&bytes)?;
        let wanted = match format {
            BookFileFormat::Google => Some(&[Preset::Google, Preset::GoogleOld][..]),
            BookFileFormat::Outlook => Some(&[Preset::Outlook][..]),
            _ => None,
        };
        if let Some(wanted) = wanted
            && !inspected.preset.is_some_and(|p| wanted.contains(&p))
        {
            let expected = wanted[0].name();
            let why = match inspected.preset {
                Some(p) => ImportWhy::CsvNotThePreset { expected, found: p.name() },
                None => ImportWhy::CsvOwnLayout { expected },
            };
            return Err(Error::import(inspected.header_line, why));
        }
        let (mapping, saved_mapping) = match saved(&inspected.header)? {
            Some(s) => (s.mapping, Some(s.name)),
            None => (inspected.guessed.clone(), None),
        };
        Ok((BookFile::Csv { inspected, mapping, saved_mapping }, bytes))
    }

    /// What the file is, in words: "Google Contacts CSV in UTF-8, fields separated by commas",
    /// "CSV in Windows-1250, fields separated by semicolons", "vCard file with 3 cards".
    pub fn describe(&self) -> String {
        self.what().to_string()
    }

    /// What the file is, by code and data ([`FileWhy::VcardFile`] or [`FileWhy::CsvFile`]).
    pub fn what(&self) -> FileWhy {
        match self {
            BookFile::Vcard { cards } => FileWhy::VcardFile { cards: *cards },
            BookFile::Csv { inspected, .. } => FileWhy::CsvFile {
                format: self.format_code(),
                encoding: inspected.encoding.name(),
                delimiter: inspected.delimiter.name(),
            },
        }
    }

    /// The kind of export the file is: `vcard`, `csv`, or the known CSV layout's code
    /// (`google`, `google_old`, `outlook`).
    pub fn format_code(&self) -> &'static str {
        match self {
            BookFile::Vcard { .. } => "vcard",
            BookFile::Csv { inspected, .. } => inspected.preset.map_or("csv", Preset::code),
        }
    }

    /// The source its cards record unless the user says otherwise: the export it is, from a
    /// third party, on the day it is imported ("Google Contacts export of 2026-12-07").
    pub fn suggested_source(&self, day: chrono::NaiveDate) -> crate::contacts::DataSource {
        crate::contacts::DataSource::ThirdParty { name: self.export_of(day).to_string() }
    }

    /// The name of [`BookFile::suggested_source`] by code and data ([`FileWhy::ExportOf`]).
    pub fn export_of(&self, day: chrono::NaiveDate) -> FileWhy {
        FileWhy::ExportOf { format: self.format_code(), day }
    }

    /// The drafts of the file's `bytes`, read with `mapping` for a CSV file.
    pub fn drafts(&self, bytes: &[u8], mapping: Option<&Mapping>) -> Result<Vec<ContactDraft>> {
        match self {
            BookFile::Vcard { .. } => vcard::parse(bytes),
            BookFile::Csv { mapping: start, .. } => csv::parse(bytes, mapping.unwrap_or(start)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> std::path::PathBuf {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
    }

    #[test]
    fn files_are_told_apart_and_a_forced_format_is_checked() {
        let none = |_: &[String]| Ok(None);
        let (vcf, bytes) = BookFile::inspect(&fixture("android-2.1.vcf"), None, &none).unwrap();
        assert!(matches!(vcf, BookFile::Vcard { cards } if cards > 0));
        assert!(!vcf.drafts(&bytes, None).unwrap().is_empty());
        let (google, bytes) =
            BookFile::inspect(&fixture("contacts_google.csv"), Some(BookFileFormat::Google), &none).unwrap();
        let BookFile::Csv { inspected, saved_mapping, .. } = &google else { panic!("{google:?}") };
        assert_eq!(inspected.preset, Some(Preset::Google));
        assert_eq!(*saved_mapping, None);
        assert!(!google.drafts(&bytes, None).unwrap().is_empty());
        let err = BookFile::inspect(&fixture("contacts_google.csv"), Some(BookFileFormat::Outlook), &none).unwrap_err();
        assert_eq!(err.code(), "import_failed");
        assert!(
            err.to_string().contains("expected the header of Outlook CSV, but this is Google Contacts CSV"),
            "{err}"
        );
        assert_eq!("VCF".parse::<BookFileFormat>().unwrap(), BookFileFormat::Vcard);
        let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        assert_eq!(google.describe(), "Google Contacts CSV in UTF-8, fields separated by commas");
        let third_party = |name: &str| crate::contacts::DataSource::ThirdParty { name: name.into() };
        assert_eq!(google.suggested_source(day), third_party("Google Contacts export of 2026-12-07"));
        assert!(vcf.describe().starts_with("vCard file with "), "{}", vcf.describe());
        assert_eq!(vcf.suggested_source(day), third_party("vCard export of 2026-12-07"));
        let (outlook, _) = BookFile::inspect(&fixture("contacts_outlook_pl_1250.csv"), None, &none).unwrap();
        assert_eq!(outlook.describe(), "Outlook CSV in Windows-1250, fields separated by semicolons");
        let (plain, _) = BookFile::inspect(&fixture("contacts_pl.csv"), None, &none).unwrap();
        assert_eq!(plain.suggested_source(day), third_party("CSV export of 2026-12-07"));
        assert_eq!(BookFile::Vcard { cards: 1 }.describe(), "vCard file with 1 card");
        assert_eq!(BookFile::Vcard { cards: 3 }.describe(), "vCard file with 3 cards");
        assert_eq!(google.what().code(), "csv_file");
        assert_eq!(google.export_of(day).params()[0], ("format", crate::error::Param::Text("google".into())));
        assert_eq!("xls".parse::<BookFileFormat>().unwrap_err().code(), "invalid_input");
    }
}
