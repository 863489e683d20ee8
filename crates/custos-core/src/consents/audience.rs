//! A purpose's audience: who may be contacted for it, on screen and as a CSV export.

use chrono::{DateTime, Utc};
use rusqlite::params;
use serde::Serialize;

use super::{ConsentEventKind, ConsentState, Consents, describe_state};
use crate::audit::{Action, Target};
use crate::contacts::ContactId;
use crate::error::{Error, Result};
use crate::purposes::{LegalBasis, PurposeId};
use crate::ts::Ts;

impl Consents<'_> {
    /// Who may be contacted for a purpose, sorted by name: a page of them and the total. The
    /// same rule as [`Consents::may_contact`]: active consent (confirmed where the purpose
    /// needs double opt-in) for consent purposes, everyone for other bases; never a
    /// restricted or erased contact, nor one who objected. Sensitive fields come masked.
    pub fn audience(&self, purpose: PurposeId, offset: u32, limit: u32) -> Result<Audience> {
        let limit = if limit == 0 { 100 } else { limit } as usize;
        self.vault.read(|c| {
            let p = crate::purposes::load(c, purpose)?;
            if p.spec.legal_basis != LegalBasis::Consent {
                // Everyone active who did not object: page in SQL rather than list 100,000 ids.
                let total: i64 = c.query_row(
                    "SELECT (SELECT count(*) FROM contact WHERE standing = 'active')
                          - (SELECT count(*) FROM objection o JOIN contact ct ON ct.id = o.contact_id
                             WHERE o.purpose_id = ?1 AND ct.standing = 'active')",
                    [purpose],
                    |r| r.get(0),
                )?;
                let mut stmt = c.prepare_cached(&format!("{EVERYONE_BUT_OBJECTORS} LIMIT ?2 OFFSET ?3"))?;
                let ids: Vec<ContactId> =
                    crate::vault::rows(stmt.query_map(params![purpose, limit as i64, offset], |r| r.get(0))?)?;
                let members = ids.into_iter().map(|id| member(c, id, None, None)).collect::<Result<_>>()?;
                return Ok(Audience {
                    purpose_id: purpose,
                    legal_basis: p.spec.legal_basis,
                    total: total as u64,
                    members,
                });
            }
            let everyone = audience_of(c, &p)?;
            let total = everyone.len() as u64;
            let members = everyone
                .into_iter()
                .skip(offset as usize)
                .take(limit)
                .map(|(id, consent, since)| member(c, id, consent, since))
                .collect::<Result<_>>()?;
            Ok(Audience { purpose_id: purpose, legal_basis: p.spec.legal_basis, total, members })
        })
    }

    /// Writes everyone who may be contacted for a purpose to `dest` as CSV (UTF-8, header
    /// row, comma-separated), and audits the export. Returns how many people were written.
    /// Refuses to overwrite an existing file.
    pub fn export_audience(&self, purpose: PurposeId, dest: &std::path::Path) -> Result<u64> {
        self.vault.may(crate::audit::Action::AudienceExported)?;
        let mut file_written = false;
        let exported = self.vault.write(|w| {
            let p = crate::purposes::load(&w.tx, purpose)?;
            let everyone = audience_of(&w.tx, &p)?;
            // The list is personal data: written owner-only, whole or not at all.
            let csv_err = |e: csv::Error| Error::Internal(format!("writing CSV: {e}"));
            let mut out = csv::Writer::from_writer(Vec::new());
            out.write_record(["contact_id", "name", "email", "phone", "basis", "consent", "since"]).map_err(csv_err)?;
            for (id, consent, since) in &everyone {
                let m = member(&w.tx, *id, *consent, *since)?;
                out.write_record([
                    m.contact_id.to_string(),
                    m.display_name,
                    m.email.unwrap_or_default(),
                    m.phone.unwrap_or_default(),
                    p.spec.legal_basis.code().to_owned(),
                    m.consent.map(|s| describe_state(s).to_owned()).unwrap_or_default(),
                    m.since.map(crate::ts::format).unwrap_or_default(),
                ])
                .map_err(csv_err)?;
            }
            let bytes = out.into_inner().map_err(|e| Error::Internal(format!("writing CSV: {e}")))?;
            crate::files::write_private(dest, &bytes, false)?;
            file_written = true;
            let written = everyone.len() as u64;
            w.audit(
                Action::AudienceExported,
                Target::Purpose(purpose),
                serde_json::json!({ "people": written, "file": dest.display().to_string() }),
            )?;
            Ok(written)
        });
        if exported.is_err() && file_written {
            // Not recorded, so not handed out: leave no list behind.
            let _ = std::fs::remove_file(dest);
        }
        exported
    }
}

/// One person in a purpose's audience.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct AudienceMember {
    pub contact_id: ContactId,
    pub display_name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// The consent state, for consent purposes.
    pub consent: Option<ConsentState>,
    /// Since when the consent is in force (the last given or confirmed event).
    pub since: Option<DateTime<Utc>>,
}

/// A page of the people who may be contacted for a purpose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Audience {
    pub purpose_id: PurposeId,
    pub legal_basis: LegalBasis,
    pub total: u64,
    pub members: Vec<AudienceMember>,
}

/// Active contacts who did not object to purpose ?1, by name.
const EVERYONE_BUT_OBJECTORS: &str = "SELECT id FROM contact INDEXED BY contact_by_name WHERE standing = 'active'
       AND NOT EXISTS (SELECT 1 FROM objection o WHERE o.contact_id = contact.id AND o.purpose_id = ?1)
     ORDER BY sort_key, id";

type AudienceRow = (ContactId, Option<ConsentState>, Option<DateTime<Utc>>);

/// Everyone who may be contacted for `p`, by name.
fn audience_of(c: &rusqlite::Connection, p: &crate::purposes::Purpose) -> Result<Vec<AudienceRow>> {
    if p.spec.legal_basis != LegalBasis::Consent {
        let mut stmt = c.prepare_cached(EVERYONE_BUT_OBJECTORS)?;
        return crate::vault::rows(stmt.query_map([p.id], |r| Ok((r.get(0)?, None, None)))?);
    }
    let mut stmt = c.prepare_cached(
        "SELECT contact_id, kind, at FROM consent_event INDEXED BY consent_event_by_purpose_history
         WHERE purpose_id = ?1 ORDER BY contact_id, at, id",
    )?;
    let mut rows = stmt.query([p.id])?;
    let mut active: Vec<(ContactId, ConsentState, Option<DateTime<Utc>>)> = Vec::new();
    let mut current: Option<(ContactId, ConsentState, Option<DateTime<Utc>>)> = None;
    let mut keep = |entry: Option<(ContactId, ConsentState, Option<DateTime<Utc>>)>| {
        if let Some(entry) = entry
            && entry.1.is_active(p.spec.requires_confirmation)
        {
            active.push(entry);
        }
    };
    while let Some(r) = rows.next()? {
        let (id, kind, at): (ContactId, ConsentEventKind, Ts) = (r.get(0)?, r.get(1)?, r.get(2)?);
        if current.as_ref().is_none_or(|cur| cur.0 != id) {
            keep(current.take());
            current = Some((id, ConsentState::NeverGiven, None));
        }
        if let Some(cur) = current.as_mut() {
            let next = cur.1.then(kind);
            if next != cur.1 && matches!(kind, ConsentEventKind::Given | ConsentEventKind::Confirmed) {
                cur.2 = Some(at.0);
            }
            cur.1 = next;
        }
    }
    keep(current.take());
    drop(rows);
    // Walk the name index once (it holds only active contacts' names in order) and keep the
    // people whose consent is in force and who did not object: no per-person lookups, no sort.
    let active: std::collections::HashMap<ContactId, (ConsentState, Option<DateTime<Utc>>)> =
        active.into_iter().map(|(id, state, since)| (id, (state, since))).collect();
    let mut objectors = c.prepare_cached("SELECT contact_id FROM objection WHERE purpose_id = ?1")?;
    let objectors: std::collections::HashSet<ContactId> =
        crate::vault::rows(objectors.query_map([p.id], |r| r.get(0))?)?.into_iter().collect();
    let mut names = c.prepare_cached(
        "SELECT id FROM contact INDEXED BY contact_by_name WHERE standing = 'active' ORDER BY sort_key, id",
    )?;
    let mut rows = names.query([])?;
    let mut found = Vec::with_capacity(active.len());
    while let Some(r) = rows.next()? {
        let id: ContactId = r.get(0)?;
        if let Some((state, since)) = active.get(&id)
            && !objectors.contains(&id)
        {
            found.push((id, Some(*state), *since));
        }
    }
    Ok(found)
}

fn member(
    c: &rusqlite::Connection,
    id: ContactId,
    consent: Option<ConsentState>,
    since: Option<DateTime<Utc>>,
) -> Result<AudienceMember> {
    let card = crate::contacts::load(c, id)?.masked();
    Ok(AudienceMember {
        contact_id: id,
        display_name: card.display_name,
        email: card.details.primary(crate::contacts::ContactField::Email).map(str::to_owned),
        phone: card.details.primary(crate::contacts::ContactField::Phone).map(str::to_owned),
        consent,
        since,
    })
}
