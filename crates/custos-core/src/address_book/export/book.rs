//! The vault's address book out to a file: every active card (or those of one status or tag)
//! as vCard 4.0 or CSV, for another address book, a phone or a spreadsheet.
//!
//! Restricted and erased cards are left out (a restricted card may only be stored). What goes
//! out is what the writers carry: names, organisation and job title, every e-mail address,
//! phone number and postal address with its kind, tags and notes — not the id number, the
//! status, the source or anything the firm recorded about the person (consents, conversations,
//! requests: those are in the access report). The file is written owner-only, whole or not at
//! all, never over an existing one, and the export is audited.

use std::path::Path;

use rusqlite::params;
use serde::{Deserialize, Serialize};

use crate::address_book::ContactDraft;
use crate::audit::{Action, Target};
use crate::contacts::{Contact, LifecycleStatus};
use crate::error::Result;
use crate::vault::Vault;

/// The file format of an address-book export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum BookFormat {
    /// vCard 4.0 (RFC 6350): address books and phones.
    Vcard,
    /// CSV (RFC 4180, UTF-8): spreadsheets, and the CSV importer.
    Csv,
}

impl BookFormat {
    pub fn code(self) -> &'static str {
        match self {
            BookFormat::Vcard => "vcard",
            BookFormat::Csv => "csv",
        }
    }

    /// The file name extension: "vcf" or "csv".
    pub fn extension(self) -> &'static str {
        match self {
            BookFormat::Vcard => "vcf",
            BookFormat::Csv => "csv",
        }
    }
}

/// Which cards to export, and how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct BookExport {
    pub format: BookFormat,
    /// Only the cards of this status.
    #[serde(default)]
    pub status: Option<LifecycleStatus>,
    /// Only the cards with this tag (compared folded).
    #[serde(default)]
    pub tag: Option<String>,
}

/// A card as the writers take it.
pub fn draft_of(contact: &Contact) -> ContactDraft {
    let d = &contact.details;
    ContactDraft {
        line: 0,
        display_name: Some(contact.display_name.clone()),
        given_name: d.given_name.clone(),
        family_name: d.family_name.clone(),
        organisation: d.organisation.clone(),
        job_title: d.job_title.clone(),
        emails: d.emails.clone(),
        phones: d.phones.clone(),
        addresses: d.addresses.clone(),
        tags: d.tags.clone(),
        notes: d.notes.clone(),
        problem: None,
    }
}

impl Vault {
    /// Writes the active cards that `export` selects to `dest` (refused if it exists), sorted
    /// by name, and audits it. Returns how many cards were written; a selection with none is
    /// refused, so that no empty file is handed out as the address book.
    pub fn export_contacts(&self, export: &BookExport, dest: &Path) -> Result<u64> {
        self.may(crate::audit::Action::ContactsExported)?;
        let mut file_written = false;
        let exported = self.write(|w| {
            let tag = match &export.tag {
                Some(name) => match crate::tags::find(&w.tx, name)? {
                    Some(id) => Some(id),
                    None => {
                        return Err(crate::Error::refused(crate::why::Why::NoCardWithTag {
                            tag: name.trim().to_owned(),
                        }));
                    }
                },
                None => None,
            };
            let mut ids = w.tx.prepare(
                "SELECT id FROM contact k
                 WHERE standing = 'active' AND (?1 IS NULL OR status = ?1)
                   AND (?2 IS NULL OR EXISTS (SELECT 1 FROM contact_tag t WHERE t.contact_id = k.id AND t.tag_id = ?2))
                 ORDER BY sort_key, id",
            )?;
            let ids: Vec<i64> = crate::vault::rows(ids.query_map(params![export.status, tag], |r| r.get(0))?)?;
            if ids.is_empty() {
                return Err(crate::Error::refused(crate::why::Why::NothingToExport {}));
            }
            let mut drafts = Vec::with_capacity(ids.len());
            for id in &ids {
                drafts.push(draft_of(&crate::contacts::load(&w.tx, *id)?));
            }
            let bytes = match export.format {
                BookFormat::Vcard => super::vcard(&drafts).into_bytes(),
                BookFormat::Csv => super::csv(&drafts)?,
            };
            crate::files::write_private(dest, &bytes, false)?;
            file_written = true;
            w.audit(
                Action::ContactsExported,
                Target::Vault,
                serde_json::json!({
                    "contacts": ids.len(),
                    "format": export.format.code(),
                    "status": export.status,
                    "tag": export.tag,
                    "file": dest.display().to_string(),
                }),
            )?;
            Ok(ids.len() as u64)
        });
        if exported.is_err() && file_written {
            // Not recorded, so not handed out: leave no address book behind.
            let _ = std::fs::remove_file(dest);
        }
        exported
    }
}
