//! Objections (GDPR Art. 21): a person objects to one purpose, and from then on that purpose
//! may not be used for them, whatever its legal basis. Recorded like a consent withdrawal:
//! when, how, and the evidence.

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use crate::audit::{Action, Target};
use crate::contacts::ContactId;
use crate::error::{Error, Result};
use crate::evidence::ConsentRecord;
use crate::purposes::PurposeId;
use crate::ts::{StoredTime, Ts};
use crate::vault::Vault;

/// A recorded objection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Objection {
    pub id: i64,
    pub contact_id: ContactId,
    pub purpose_id: PurposeId,
    pub at: DateTime<Utc>,
    pub method: crate::consents::ConsentMethod,
    pub evidence_ref: Option<String>,
    pub recorded_by: String,
    pub recorded_at: DateTime<Utc>,
}

/// The objections of a vault.
#[derive(Debug, Clone, Copy)]
pub struct Objections<'v> {
    vault: &'v Vault,
}

impl Vault {
    pub fn objections(&self) -> Objections<'_> {
        Objections { vault: self }
    }
}

const SELECT: &str =
    "SELECT id, contact_id, purpose_id, at, method, evidence_ref, recorded_by, recorded_at FROM objection";

fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Objection> {
    Ok(Objection {
        id: r.get(0)?,
        contact_id: r.get(1)?,
        purpose_id: r.get(2)?,
        at: r.get::<_, Ts>(3)?.0,
        method: r.get(4)?,
        evidence_ref: r.get(5)?,
        recorded_by: r.get(6)?,
        recorded_at: r.get::<_, Ts>(7)?.0,
    })
}

/// The objection of a contact to a purpose, if any.
pub(crate) fn find(c: &rusqlite::Connection, contact: ContactId, purpose: PurposeId) -> Result<Option<Objection>> {
    let mut stmt = c.prepare_cached(&format!("{SELECT} WHERE contact_id = ?1 AND purpose_id = ?2"))?;
    Ok(stmt.query_row([contact, purpose], from_row).optional()?)
}

impl Objections<'_> {
    /// Records that the person objects to `purpose`; it is blocked for them at once. Allowed
    /// for a restricted contact too: an objection only narrows what may be done.
    pub fn object(&self, contact: ContactId, purpose: PurposeId, record: ConsentRecord) -> Result<Objection> {
        self.vault.write(|w| {
            let person = crate::contacts::load(&w.tx, contact)?;
            if let Some(at) = person.erased_at {
                return Err(Error::Erased { id: contact, at: at.format("%Y-%m-%d").to_string() });
            }
            let p = crate::purposes::load(&w.tx, purpose)?;
            if let Some(o) = find(&w.tx, contact, purpose)? {
                return Err(Error::refused(crate::why::Why::AlreadyObjected {
                    name: person.display_name.clone(),
                    purpose: p.spec.name.clone(),
                    date: o.at.date_naive(),
                }));
            }
            let at = record
                .at
                .map(StoredTime::new)
                .transpose()
                .map_err(|e| e.for_field("at"))?
                .map_or(w.now, StoredTime::utc);
            if at > w.now {
                return Err(Error::invalid("at", crate::why::Why::ObjectionInFuture {}));
            }
            let evidence = record.evidence_ref.as_deref().map(str::trim).filter(|e| !e.is_empty());
            let id = w.next_id(crate::sync::ids::Table::Objection)?;
            w.tx.execute(
                "INSERT INTO objection (id, contact_id, purpose_id, at, method, evidence_ref, recorded_by, recorded_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![id, contact, purpose, Ts(at), record.method, evidence, w.operator, w.now_ts()],
            )?;
            w.audit(
                Action::ObjectionRecorded,
                Target::Contact(contact),
                serde_json::json!({ "purpose": purpose, "objection": id }),
            )?;
            let mut stmt = w.tx.prepare_cached(&format!("{SELECT} WHERE id = ?1"))?;
            Ok(stmt.query_row([id], from_row)?)
        })
    }

    /// A contact's objections, oldest first.
    pub fn for_contact(&self, contact: ContactId) -> Result<Vec<Objection>> {
        self.vault.read(|c| {
            let mut stmt = c.prepare_cached(&format!("{SELECT} WHERE contact_id = ?1 ORDER BY at, id"))?;
            crate::vault::rows(stmt.query_map([contact], from_row)?)
        })
    }
}
