//! Restriction (GDPR Art. 18): a frozen contact is kept but not processed. The core refuses
//! every change to them, lists and exports leave them out (the access report is the one
//! exception), and "may I contact?" answers no. Restricting and lifting both need a reason,
//! and both are audited.

use rusqlite::params;

use crate::audit::{Action, Target};
use crate::contacts::{Contact, ContactId};
use crate::error::{Error, Result};
use crate::vault::Vault;

/// Restricting and lifting restrictions.
#[derive(Debug, Clone, Copy)]
pub struct Restrictions<'v> {
    vault: &'v Vault,
}

impl Vault {
    pub fn restrictions(&self) -> Restrictions<'_> {
        Restrictions { vault: self }
    }
}

fn reason(text: &str, missing: crate::why::Why) -> Result<String> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Error::invalid("reason", missing));
    }
    Ok(text.to_owned())
}

impl Restrictions<'_> {
    /// Freezes a contact, e.g. while the accuracy of their data is contested.
    pub fn restrict(&self, id: ContactId, why: &str) -> Result<Contact> {
        let why = reason(why, crate::why::Why::RestrictionReasonMissing {})?;
        self.vault.write(|w| {
            let contact = crate::contacts::load_for_change(&w.tx, id)?;
            w.tx.execute(
                "UPDATE contact SET standing = 'restricted', restricted_at = ?2, restriction_reason = ?3 WHERE id = ?1",
                params![contact.id, w.now_ts(), why],
            )?;
            w.audit(Action::ContactRestricted, Target::Contact(id), serde_json::json!({ "reason": why }))?;
            crate::contacts::load(&w.tx, id)
        })
    }

    /// Lifts a restriction; processing may resume.
    pub fn lift(&self, id: ContactId, why: &str) -> Result<Contact> {
        let why = reason(why, crate::why::Why::LiftReasonMissing {})?;
        self.vault.write(|w| {
            let contact = crate::contacts::load(&w.tx, id)?;
            if contact.restriction.is_none() {
                return Err(Error::refused(crate::why::Why::NotRestricted { name: contact.display_name.clone() }));
            }
            w.tx.execute(
                "UPDATE contact SET standing = 'active', restricted_at = NULL, restriction_reason = NULL WHERE id = ?1",
                [id],
            )?;
            w.audit(Action::RestrictionLifted, Target::Contact(id), serde_json::json!({ "reason": why }))?;
            crate::contacts::load(&w.tx, id)
        })
    }
}
