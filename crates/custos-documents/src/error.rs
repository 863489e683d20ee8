//! Errors: each has a stable machine code ([`Error::code`]) and a message in English for
//! people. A document that lacks something the law requires is refused with the list of
//! what to fill in ([`Missing`]), never rendered with blanks.

use std::path::PathBuf;

use custos_core::error::{Param, ToParam};
use custos_core::requests::RequestStatus;
use serde::Serialize;

use crate::DocumentKind;
use crate::letters::{LetterDocument as _, LetterKind};

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Something a document needs that the vault does not hold yet. Each has a stable code
/// (`item`), the purpose it concerns where there is one, and an English description; front
/// ends may translate by code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "item", rename_all = "snake_case")]
pub enum Missing {
    /// The company profile was never filled in.
    CompanyProfile,
    ControllerName,
    ControllerAddress,
    /// Neither an e-mail address nor a phone number.
    ControllerContact,
    /// A data protection officer is named without a way to reach them.
    DpoContact,
    /// The supervisory authority people may complain to.
    SupervisoryAuthority,
    SupervisoryAuthorityContact,
    /// The purpose catalogue is empty.
    Purposes,
    /// For an Art. 14 notice: who or what the data came from.
    DataSource,
    PurposeDescription {
        purpose: String,
    },
    PurposeDataCategories {
        purpose: String,
    },
    /// For the Art. 30 record: whom the purpose's data is about (customers, job applicants…).
    PurposeDataSubjects {
        purpose: String,
    },
    /// Neither a retention period on the purpose nor a retention rule naming it.
    PurposeRetention {
        purpose: String,
    },
    PurposeLegitimateInterest {
        purpose: String,
    },
    /// A recipient outside the EU/EEA without a lawful transfer safeguard.
    TransferSafeguard {
        purpose: String,
        recipient: String,
    },
}

impl Missing {
    /// The stable code, e.g. `purpose_retention`.
    pub fn code(&self) -> &'static str {
        match self {
            Missing::CompanyProfile => "company_profile",
            Missing::ControllerName => "controller_name",
            Missing::ControllerAddress => "controller_address",
            Missing::ControllerContact => "controller_contact",
            Missing::DpoContact => "dpo_contact",
            Missing::SupervisoryAuthority => "supervisory_authority",
            Missing::SupervisoryAuthorityContact => "supervisory_authority_contact",
            Missing::Purposes => "purposes",
            Missing::DataSource => "data_source",
            Missing::PurposeDescription { .. } => "purpose_description",
            Missing::PurposeDataCategories { .. } => "purpose_data_categories",
            Missing::PurposeDataSubjects { .. } => "purpose_data_subjects",
            Missing::PurposeRetention { .. } => "purpose_retention",
            Missing::PurposeLegitimateInterest { .. } => "purpose_legitimate_interest",
            Missing::TransferSafeguard { .. } => "transfer_safeguard",
        }
    }

    /// Every item's code, in the order of the variants.
    pub const CODES: &'static [&'static str] = &[
        "company_profile",
        "controller_name",
        "controller_address",
        "controller_contact",
        "dpo_contact",
        "supervisory_authority",
        "supervisory_authority_contact",
        "purposes",
        "data_source",
        "purpose_description",
        "purpose_data_categories",
        "purpose_data_subjects",
        "purpose_retention",
        "purpose_legitimate_interest",
        "transfer_safeguard",
    ];

    /// The item by code and data (the purpose and the recipient it concerns), for a front
    /// end to word in its language.
    pub fn said(&self) -> custos_core::error::Said {
        let params = match self {
            Missing::PurposeDescription { purpose }
            | Missing::PurposeDataCategories { purpose }
            | Missing::PurposeDataSubjects { purpose }
            | Missing::PurposeRetention { purpose }
            | Missing::PurposeLegitimateInterest { purpose } => vec![("purpose", purpose.to_param())],
            Missing::TransferSafeguard { purpose, recipient } => {
                vec![("purpose", purpose.to_param()), ("recipient", recipient.to_param())]
            }
            _ => vec![],
        };
        custos_core::error::Said::new(self.code(), params)
    }

    /// What to fill in, in English.
    pub fn describe(&self) -> String {
        match self {
            Missing::CompanyProfile => "the company profile (the controller's name and contact details)".into(),
            Missing::ControllerName => "the controller's legal name (company profile)".into(),
            Missing::ControllerAddress => "the controller's postal address (company profile)".into(),
            Missing::ControllerContact => {
                "an e-mail address or phone number for the controller (company profile)".into()
            }
            Missing::DpoContact => "how to reach the data protection officer (company profile)".into(),
            Missing::SupervisoryAuthority => {
                "the supervisory authority people may complain to (company profile)".into()
            }
            Missing::SupervisoryAuthorityContact => {
                "the supervisory authority's contact details (company profile)".into()
            }
            Missing::Purposes => "at least one purpose in the purpose catalogue".into(),
            Missing::DataSource => "the source the data came from (the third party or public source, by name)".into(),
            Missing::PurposeDescription { purpose } => format!("a description of purpose '{purpose}'"),
            Missing::PurposeDataCategories { purpose } => {
                format!("the categories of personal data used for purpose '{purpose}'")
            }
            Missing::PurposeDataSubjects { purpose } => {
                format!(
                    "the categories of data subjects of purpose '{purpose}' (whom the data is about, e.g. customers, job applicants)"
                )
            }
            Missing::PurposeRetention { purpose } => {
                format!("a retention period for purpose '{purpose}' (on the purpose, or a retention rule naming it)")
            }
            Missing::PurposeLegitimateInterest { purpose } => {
                format!("the legitimate interest pursued by purpose '{purpose}' (Art. 6(1)(f))")
            }
            Missing::TransferSafeguard { purpose, recipient } => {
                format!(
                    "the transfer safeguard for recipient '{recipient}' of purpose '{purpose}' (outside the EU/EEA)"
                )
            }
        }
    }
}

impl std::fmt::Display for Missing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe())
    }
}

impl From<Invalid> for Error {
    fn from(invalid: Invalid) -> Self {
        Error::Invalid(invalid)
    }
}

fn list(missing: &[Missing]) -> String {
    missing.iter().map(Missing::describe).collect::<Vec<_>>().join("; ")
}

/// What is wrong with a description of a document to generate ([`crate::Job`] or the
/// [`crate::DocumentRequest`] a front end sends): each has a stable code ([`Invalid::code`])
/// and an English message saying what to do. Found before anything is generated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum Invalid {
    /// No file was chosen (a blank path).
    NoPath,
    /// The same file was chosen for two documents of one job (the report and its export).
    SameTarget { path: PathBuf },
    /// A document kind this crate does not make.
    UnknownDocument { kind: String },
    /// Not one of the document languages; the message lists them.
    UnknownLanguage { message: String },
    /// An access report or export without the contact (or the request) it is for.
    NoContact,
    /// A letter without the request it is about.
    LetterWithoutRequest,
    /// A letter without saying which one.
    NoLetter,
    /// Not one of the letters; the message lists them.
    UnknownLetter { message: String },
    /// A data source for a document other than the privacy notice.
    SourceNotApplicable,
    /// Names to redact for a document other than the access report or its export.
    RedactionNotApplicable,
    /// A name to redact that is blank.
    BlankRedaction,
}

impl Invalid {
    /// Every code of [`Invalid::code`].
    pub const CODES: &'static [&'static str] = &[
        "no_path",
        "same_target",
        "unknown_document",
        "unknown_language",
        "no_contact",
        "letter_without_request",
        "no_letter",
        "unknown_letter",
        "source_not_applicable",
        "redaction_not_applicable",
        "blank_redaction",
    ];

    /// The data of the message by name: the path chosen twice, the kind or the language or
    /// letter asked for (the text between quotes of the parser's message).
    pub fn params(&self) -> Vec<(&'static str, Param)> {
        match self {
            Invalid::SameTarget { path } => vec![("path", path.to_param())],
            Invalid::UnknownDocument { kind } => vec![("value", kind.to_param())],
            Invalid::UnknownLanguage { message } | Invalid::UnknownLetter { message } => {
                let quoted = message.split('\'').nth(1).unwrap_or_default();
                vec![("value", quoted.to_param())]
            }
            _ => Vec::new(),
        }
    }

    /// The stable code, e.g. `no_path`.
    pub fn code(&self) -> &'static str {
        match self {
            Invalid::NoPath => "no_path",
            Invalid::SameTarget { .. } => "same_target",
            Invalid::UnknownDocument { .. } => "unknown_document",
            Invalid::UnknownLanguage { .. } => "unknown_language",
            Invalid::NoContact => "no_contact",
            Invalid::LetterWithoutRequest => "letter_without_request",
            Invalid::NoLetter => "no_letter",
            Invalid::UnknownLetter { .. } => "unknown_letter",
            Invalid::SourceNotApplicable => "source_not_applicable",
            Invalid::RedactionNotApplicable => "redaction_not_applicable",
            Invalid::BlankRedaction => "blank_redaction",
        }
    }

    /// What to do, in English.
    pub fn describe(&self) -> String {
        match self {
            Invalid::NoPath => "Choose where to save the document.".into(),
            Invalid::SameTarget { path } => {
                format!("{} is chosen for two files: choose another name for one of them.", path.display())
            }
            Invalid::UnknownDocument { kind } => format!("Unknown document '{kind}'."),
            Invalid::UnknownLanguage { message } | Invalid::UnknownLetter { message } => message.clone(),
            Invalid::NoContact => "Open a contact's card to generate their access report.".into(),
            Invalid::LetterWithoutRequest => "Open a request to write a letter about it.".into(),
            Invalid::NoLetter => "Say which letter: acknowledgement, extension, completion or refusal.".into(),
            Invalid::SourceNotApplicable => "A data source belongs only to a privacy notice.".into(),
            Invalid::RedactionNotApplicable => "Names to redact belong only to an access report or its export.".into(),
            Invalid::BlankRedaction => "A name to redact is blank: give the person's name, or leave it out.".into(),
        }
    }
}

impl std::fmt::Display for Invalid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe())
    }
}

custos_core::reasons! {
    /// Why this crate refuses to answer a request with a document (code `refused`, as the
    /// core's refusals): the English text says what to do instead.
    pub enum Refusal {
        NotAnAccessRequest = "not_an_access_request" { request: i64, kind: custos_core::requests::RequestKind, article: String } =>
            ("Request #{request} is a request for {kind} (Art. {article}): an access report does not answer it. Take the action it \
              needs on the contact's card and record that."),
        RequestWithoutContact = "request_without_contact" { request: i64 } =>
            ("Request #{request} is not matched to a contact."),
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Code `invalid_input`: the description of the document is not one that can be made
    /// (no file chosen, an unknown kind, a letter without its request…); `Invalid` says which,
    /// with its own code. Nothing was generated.
    #[error("{0}")]
    Invalid(Invalid),

    /// Code `document_incomplete`: generation stopped; `missing` says what to fill in.
    #[error("The {} cannot be generated yet. Fill in: {}.", document.describe(), list(missing))]
    Incomplete { document: DocumentKind, missing: Vec<Missing> },

    /// Code `letter_not_applicable`: the request is not in the state the letter tells of
    /// (an extension letter for a request not extended, an answer for one not done, a refusal
    /// for one not refused); the message says what to do first.
    #[error("{}", letter.not_applicable(*request, *status))]
    LetterNotApplicable { letter: LetterKind, request: i64, status: RequestStatus },

    /// Code `file_exists`: saving would replace a file the user did not ask to replace.
    #[error("{} already exists: choose another name, or confirm that it should be replaced.", path.display())]
    FileExists { path: PathBuf },

    /// Code `write_failed`.
    #[error("Could not write {}: {source}", path.display())]
    Write { path: PathBuf, source: std::io::Error },

    /// Code `unsupported_characters`: the text holds characters the embedded font cannot
    /// draw (e.g. CJK or emoji); they would vanish from the PDF, so it is not made.
    #[error(
        "These characters cannot be printed with the document font: {characters} (in \"{text}\"). Change that text and generate again."
    )]
    UnsupportedCharacters { characters: String, text: String },

    /// Code `render_failed`: a fault in this crate or its font, not in the user's data.
    #[error("The document could not be rendered: {0}")]
    Render(String),

    /// Code `refused`: the document cannot answer the request (`Refusal` says why).
    #[error("{0}")]
    Refused(Refusal),

    /// The vault refused (its own code).
    #[error(transparent)]
    Core(#[from] custos_core::Error),
}

impl Error {
    /// Every code of custos-documents' own errors (a vault's refusal keeps the core's code).
    pub const CODES: &'static [&'static str] = &[
        "document_incomplete",
        "letter_not_applicable",
        "file_exists",
        "write_failed",
        "unsupported_characters",
        "render_failed",
        "invalid_input",
        "refused",
    ];

    /// The stable machine code: one of [`Error::CODES`], or the core's.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Invalid(_) => Self::CODES[6],
            Error::Incomplete { .. } => Self::CODES[0],
            Error::LetterNotApplicable { .. } => Self::CODES[1],
            Error::FileExists { .. } => Self::CODES[2],
            Error::Write { .. } => Self::CODES[3],
            Error::UnsupportedCharacters { .. } => Self::CODES[4],
            Error::Render(_) => Self::CODES[5],
            Error::Refused(_) => Self::CODES[7],
            Error::Core(e) => e.code(),
        }
    }

    /// Every reason code of this crate's errors: what is wrong with a description
    /// ([`Invalid::code`]) and why a request is not answered ([`Refusal`]).
    pub fn reason_codes() -> Vec<&'static str> {
        let mut codes = Invalid::CODES.to_vec();
        codes.extend(Refusal::CODES);
        codes
    }

    /// The finer code beside [`Error::code`], as the core's [`custos_core::Error::reason`].
    pub fn reason(&self) -> Option<&'static str> {
        match self {
            Error::Invalid(invalid) => Some(invalid.code()),
            Error::Refused(why) => Some(why.code()),
            Error::Core(e) => e.reason(),
            _ => None,
        }
    }

    /// The data of the message by name, as the core's [`custos_core::Error::params`]: paths,
    /// names, codes and ids as text, counts as numbers.
    pub fn params(&self) -> Vec<(&'static str, Param)> {
        let text = |s: &str| Param::Text(s.to_owned());
        match self {
            Error::Invalid(invalid) => invalid.params(),
            Error::Incomplete { document, missing } => vec![
                ("document", text(document.code())),
                ("missing", text(&list(missing))),
                ("count", missing.len().to_param()),
            ],
            Error::LetterNotApplicable { letter, request, status } => {
                vec![("letter", letter.to_param()), ("request", request.to_param()), ("status", status.to_param())]
            }
            Error::FileExists { path } => vec![("path", path.to_param())],
            Error::Write { path, source } => vec![("path", path.to_param()), ("reason", text(&source.to_string()))],
            Error::UnsupportedCharacters { characters, text: t } => {
                vec![("characters", text(characters)), ("text", text(t))]
            }
            Error::Render(what) => vec![("reason", text(what))],
            Error::Refused(why) => why.params(),
            Error::Core(e) => e.params(),
        }
    }

    /// What is wrong with the description, for `invalid_input` found by this crate.
    pub fn invalid(&self) -> Option<&Invalid> {
        match self {
            Error::Invalid(invalid) => Some(invalid),
            _ => None,
        }
    }

    /// What is missing, for `document_incomplete`; empty otherwise.
    pub fn missing(&self) -> &[Missing] {
        match self {
            Error::Incomplete { missing, .. } => missing,
            _ => &[],
        }
    }
}
