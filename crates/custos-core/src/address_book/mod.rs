//! The firm's address book coming in and going out: parsers for the files address books are
//! exported as (CSV with a column mapping, Google Contacts and Outlook CSV, vCard 2.1/3.0/4.0)
//! turn a file into [`ContactDraft`]s; [`import`] brings them into the vault (preview,
//! duplicates, one transaction, undo) and exporting cards builds on that.
//!
//! Parsing is pure: no vault, no I/O beyond the bytes given. A file that cannot be read is
//! an [`Error::Import`](crate::error::Error::Import) naming the line (or record) and what was
//! expected; a record that can be read but not used (no name at all) is kept as a draft with
//! [`ContactDraft::problem`] set, so the preview can list it and the user can agree to skip it.

pub mod csv;
pub mod draft;
pub mod export;
pub mod file;
pub mod import;
pub mod keys;
pub mod mappings;
pub mod vcard;

pub use draft::{ContactDraft, Label, Labelled};
pub use import::{AddressBook, Decision, ImportChoices, ImportOptions, ImportPreview, ImportSummary};
