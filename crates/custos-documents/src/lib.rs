//! Custos documents: what the GDPR asks a firm to write down, generated from the vault as
//! PDFs in seven languages. No UI, no Tauri.
//!
//! ```no_run
//! # fn demo(vault: &custos_core::Vault) -> custos_documents::Result<()> {
//! use custos_documents::{Language, record_of_processing};
//! let pdf = record_of_processing(vault, Language::Pl)?; // or Error::Incomplete with the list
//! pdf.save(std::path::Path::new("rejestr.pdf"))?; // never replaces an existing file
//! # Ok(()) }
//! ```
//!
//! - [`layout`] — the layout engine: A4 pages, header and "page X of Y", headings,
//!   paragraphs wrapped by glyph widths, lists, tables that break across pages.
//! - [`RecordOfProcessing`] — the Art. 30(1) record, from the purpose catalogue, the
//!   company profile and the retention rules.
//! - [`access_report`] / [`access_export`] — the Art. 15 report for one contact and its
//!   portable ZIP (JSON + CSV, Art. 20), third parties redacted out of transcripts
//!   ([`redact`], Art. 15(4)); both are audit events. [`access_report_with`] /
//!   [`access_export_with`] take [`AccessOptions`]: more names the clerk wants redacted.
//! - [`answer_with_report`] / [`answer_with_export`] — answer an access or portability request
//!   from the register: the document, recorded as the request's action.
//! - [`request_letter`] — letters to a data subject about their request (Art. 12): the
//!   acknowledgement, the extension notice, the answer, the refusal; each an audit event.
//! - [`generate`] — one [`Job`] (what to generate, in which language, where) checked,
//!   generated, audited and written: the pipeline both front ends use. [`DocumentRequest`] is
//!   a job as the desktop's UI sends it.
//! - [`RecoveryKit`] — the one-page recovery kit of a vault: its recovery code and what to do
//!   with it, for an owner who forgot every passphrase. Needs no company profile.
//! - [`Language`] — the languages; their words live in `locales/<code>/documents.ftl`.
//!
//! A document is checked before it is drawn: anything the law requires that the vault does
//! not hold yet stops generation with [`Error::Incomplete`] and the list of [`Missing`] items.

mod access;
mod answer;
mod error;
mod fonts;
mod html;
mod i18n;
pub mod layout;
mod letters;
mod notice;
mod parts;
mod pipeline;
mod record;
mod recovery_kit;
pub mod redact;
mod render;

use std::path::Path;

use chrono::NaiveDate;
use serde::Serialize;
use sha2::{Digest, Sha256};

pub use access::{
    AccessData, AccessOptions, AccessReport, CardData, ConsentData, ConsentEventData, ConversationData, EXPORT_FORMAT,
    EXPORT_VERSION, Export, MessageData, RequestData, SenderData, access_export, access_export_with, access_report,
    access_report_with,
};
pub use answer::{Answered, answer_with_export, answer_with_export_with, answer_with_report, answer_with_report_with};
pub use error::{Error, Invalid, Missing, Result};
pub use i18n::Language;
pub use letters::{LetterKind, RequestLetter, request_letter};
pub use notice::{Collected, PrivacyNotice, privacy_notice, privacy_notice_html};
pub use pipeline::{DocumentRequest, DocumentSpec, Job, JobKind, Saved, Subject, generate};
pub use record::{RecordOfProcessing, record_of_processing};
pub use recovery_kit::{RecoveryKit, recovery_kit};

/// Which document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    /// The record of processing activities, GDPR Art. 30(1).
    RecordOfProcessing,
    /// The privacy notice, GDPR Art. 13 (data from the person) or Art. 14 (from elsewhere).
    PrivacyNotice,
    /// The subject-access report, GDPR Art. 15 (with its portable export, Art. 20).
    AccessReport,
    /// A letter acknowledging a data subject's request (Art. 12).
    RequestAcknowledgement,
    /// A letter extending the time to answer a request, with the reasons (Art. 12(3)).
    RequestExtension,
    /// A letter answering a request: what was done, or that no personal data is held.
    RequestCompletion,
    /// A letter refusing a request, with the right to complain and to go to court (Art. 12(4)).
    RequestRefusal,
    /// The recovery kit of a vault: its recovery code and how to use it (not a GDPR document).
    RecoveryKit,
}

impl DocumentKind {
    /// The stable code, e.g. for an audit entry: `record_of_processing`.
    pub fn code(self) -> &'static str {
        match self {
            DocumentKind::RecordOfProcessing => "record_of_processing",
            DocumentKind::PrivacyNotice => "privacy_notice",
            DocumentKind::AccessReport => "access_report",
            DocumentKind::RequestAcknowledgement => "request_acknowledgement",
            DocumentKind::RequestExtension => "request_extension",
            DocumentKind::RequestCompletion => "request_completion",
            DocumentKind::RequestRefusal => "request_refusal",
            DocumentKind::RecoveryKit => "recovery_kit",
        }
    }

    /// Its name in English.
    pub fn describe(self) -> &'static str {
        match self {
            DocumentKind::RecordOfProcessing => "record of processing activities (Art. 30(1) GDPR)",
            DocumentKind::PrivacyNotice => "privacy notice (Art. 13/14 GDPR)",
            DocumentKind::AccessReport => "subject-access report (Art. 15 GDPR)",
            DocumentKind::RequestAcknowledgement => "letter acknowledging a data subject's request (Art. 12 GDPR)",
            DocumentKind::RequestExtension => "letter extending the time to answer a request (Art. 12(3) GDPR)",
            DocumentKind::RequestCompletion => "letter answering a data subject's request (Art. 12 GDPR)",
            DocumentKind::RequestRefusal => "letter refusing a data subject's request (Art. 12(4) GDPR)",
            DocumentKind::RecoveryKit => "recovery kit of a Custos vault",
        }
    }
}

/// A generated PDF and what it is. Nothing is written to disk until [`Pdf::save`].
#[derive(Clone, PartialEq, Eq)]
pub struct Pdf {
    kind: DocumentKind,
    language: Language,
    date: NaiveDate,
    pages: usize,
    bytes: Vec<u8>,
}

impl std::fmt::Debug for Pdf {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pdf")
            .field("kind", &self.kind)
            .field("language", &self.language)
            .field("date", &self.date)
            .field("pages", &self.pages)
            .field("bytes", &self.bytes.len())
            .finish()
    }
}

impl Pdf {
    pub fn kind(&self) -> DocumentKind {
        self.kind
    }

    pub fn language(&self) -> Language {
        self.language
    }

    /// The date the document states.
    pub fn date(&self) -> NaiveDate {
        self.date
    }

    pub fn pages(&self) -> usize {
        self.pages
    }

    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }

    /// SHA-256 of the file, hex: lets an audit entry name exactly what was handed out.
    pub fn sha256(&self) -> String {
        hex::encode(Sha256::digest(&self.bytes))
    }

    /// A file name such as `record-of-processing-2026-11-23-pl.pdf`.
    pub fn suggested_file_name(&self) -> String {
        format!("{}-{}-{}.pdf", self.kind.code().replace('_', "-"), self.date, self.language.code())
    }

    /// Writes the PDF to `path`, which must not exist yet ([`Error::FileExists`] otherwise).
    /// The file appears whole or not at all.
    pub fn save(&self, path: &Path) -> Result<()> {
        self.write(path, false)
    }

    /// Writes the PDF to `path`, replacing a file already there: for when the user confirmed.
    pub fn save_replacing(&self, path: &Path) -> Result<()> {
        self.write(path, true)
    }

    fn write(&self, path: &Path, replace: bool) -> Result<()> {
        write_file(path, &self.bytes, replace)
    }
}

/// Writes `bytes` to `path` through a temporary file beside it, owner-only (the core's
/// [`custos_core::files::write_private`]); refuses to replace a file unless `replace`.
fn write_file(path: &Path, bytes: &[u8], replace: bool) -> Result<()> {
    custos_core::files::write_private(path, bytes, replace).map_err(|e| match e {
        custos_core::Error::AlreadyExists { path } => Error::FileExists { path },
        custos_core::Error::Io { path, source } => Error::Write { path, source },
        other => Error::Core(other),
    })
}

/// A document as one HTML page (for a website). Nothing is written until [`Html::save`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Html {
    kind: DocumentKind,
    language: Language,
    date: NaiveDate,
    text: String,
}

impl Html {
    pub fn kind(&self) -> DocumentKind {
        self.kind
    }

    pub fn language(&self) -> Language {
        self.language
    }

    pub fn date(&self) -> NaiveDate {
        self.date
    }

    /// The page's source.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// SHA-256 of the page as saved (UTF-8), hex.
    pub fn sha256(&self) -> String {
        hex::encode(Sha256::digest(self.text.as_bytes()))
    }

    /// A file name such as `privacy-notice-2026-11-23-pl.html`.
    pub fn suggested_file_name(&self) -> String {
        format!("{}-{}-{}.html", self.kind.code().replace('_', "-"), self.date, self.language.code())
    }

    /// Writes the page to `path`, which must not exist yet ([`Error::FileExists`] otherwise).
    pub fn save(&self, path: &Path) -> Result<()> {
        write_file(path, self.text.as_bytes(), false)
    }

    /// Writes the page to `path`, replacing a file already there.
    pub fn save_replacing(&self, path: &Path) -> Result<()> {
        write_file(path, self.text.as_bytes(), true)
    }
}
