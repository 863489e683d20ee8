//! Consents: an append-only history of events per (contact, purpose). The current state is
//! derived from the events, never stored. Each event points at the exact wording the person
//! saw (stored once per version, by hash).

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::audit::{Action, Target};
use crate::contacts::{ContactId, string_enum};
use crate::error::{Error, Result};
use crate::purposes::{LegalBasis, PurposeId};
use crate::ts::{StoredTime, Ts};
use crate::vault::Vault;

string_enum!(
    /// What happened to a consent.
    ConsentEventKind ("consent event") {
        Given = "given",
        Confirmed = "confirmed",
        Withdrawn = "withdrawn",
        Expired = "expired",
    }
);

string_enum!(
    /// How the event reached the firm.
    ConsentMethod ("consent method") {
        WebForm = "web_form",
        Email = "email",
        Phone = "phone",
        InPerson = "in_person",
        Chat = "chat",
        Paper = "paper",
        System = "system",
    }
);

/// The consent state of one person for one purpose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum ConsentState {
    /// No consent was ever given.
    NeverGiven,
    /// Given, not (yet) confirmed by double opt-in.
    Given,
    /// Given and confirmed (double opt-in).
    Confirmed,
    Withdrawn,
    Expired,
}

impl ConsentState {
    /// The state after `kind` happens in this state. Events that cannot follow (a
    /// confirmation with nothing given, a withdrawal of nothing) leave the state as it was.
    pub fn then(self, kind: ConsentEventKind) -> ConsentState {
        use ConsentEventKind as K;
        use ConsentState as S;
        match (self, kind) {
            (_, K::Given) => S::Given,
            (S::Given | S::Confirmed, K::Confirmed) => S::Confirmed,
            (S::Given | S::Confirmed, K::Withdrawn) => S::Withdrawn,
            (S::Given | S::Confirmed, K::Expired) => S::Expired,
            (state, _) => state,
        }
    }

    /// Folds a history (in the order it happened) into the current state.
    pub fn derive<'a>(events: impl IntoIterator<Item = &'a ConsentEventKind>) -> ConsentState {
        events.into_iter().fold(ConsentState::NeverGiven, |s, k| s.then(*k))
    }

    /// Whether the consent is in force: given (and confirmed, if the purpose requires it).
    pub fn is_active(self, requires_confirmation: bool) -> bool {
        match self {
            ConsentState::Confirmed => true,
            ConsentState::Given => !requires_confirmation,
            _ => false,
        }
    }
}

/// One recorded event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ConsentEvent {
    pub id: i64,
    pub contact_id: ContactId,
    pub purpose_id: PurposeId,
    pub kind: ConsentEventKind,
    /// When it happened.
    pub at: DateTime<Utc>,
    pub method: ConsentMethod,
    /// The wording version shown, for given/confirmed events.
    pub wording_version: Option<i64>,
    pub wording_hash: Option<String>,
    /// Form id, e-mail message id, scanned paper reference…
    pub evidence_ref: Option<String>,
    /// The operator who recorded it, and when.
    pub recorded_by: String,
    pub recorded_at: DateTime<Utc>,
}

/// An event to record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ConsentRecord {
    pub method: ConsentMethod,
    /// When it happened; defaults to now. May not be in the future or before the last event.
    pub at: Option<DateTime<Utc>>,
    pub evidence_ref: Option<String>,
    /// For `give`: the wording version shown; defaults to the purpose's current one.
    pub wording_version: Option<i64>,
}

impl ConsentRecord {
    pub fn by(method: ConsentMethod) -> Self {
        ConsentRecord { method, at: None, evidence_ref: None, wording_version: None }
    }
}

/// The answer to "may I contact this person for purpose P?", with the reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ContactPermission {
    pub allowed: bool,
    pub legal_basis: LegalBasis,
    pub consent: Option<ConsentState>,
    pub reason: String,
}

/// The consents of a vault.
#[derive(Debug, Clone, Copy)]
pub struct Consents<'v> {
    vault: &'v Vault,
}

impl Vault {
    pub fn consents(&self) -> Consents<'_> {
        Consents { vault: self }
    }
}

const EVENT_SELECT: &str = "SELECT e.id, e.contact_id, e.purpose_id, e.kind, e.at, e.method, w.version, e.wording_hash,
        e.evidence_ref, e.recorded_by, e.recorded_at
     FROM consent_event e
     LEFT JOIN purpose_wording_version w ON w.purpose_id = e.purpose_id AND w.wording_hash = e.wording_hash";

fn event_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ConsentEvent> {
    Ok(ConsentEvent {
        id: r.get(0)?,
        contact_id: r.get(1)?,
        purpose_id: r.get(2)?,
        kind: r.get(3)?,
        at: r.get::<_, Ts>(4)?.0,
        method: r.get(5)?,
        wording_version: r.get(6)?,
        wording_hash: r.get(7)?,
        evidence_ref: r.get(8)?,
        recorded_by: r.get(9)?,
        recorded_at: r.get::<_, Ts>(10)?.0,
    })
}

fn history(c: &rusqlite::Connection, contact: ContactId, purpose: PurposeId) -> Result<Vec<ConsentEvent>> {
    let mut stmt =
        c.prepare_cached(&format!("{EVENT_SELECT} WHERE e.contact_id = ?1 AND e.purpose_id = ?2 ORDER BY e.at, e.id"))?;
    crate::vault::rows(stmt.query_map([contact, purpose], event_from_row)?)
}

fn state_of(events: &[ConsentEvent]) -> ConsentState {
    ConsentState::derive(events.iter().map(|e| &e.kind))
}

impl Consents<'_> {
    /// Records that the person gave consent, having been shown a wording version.
    pub fn give(&self, contact: ContactId, purpose: PurposeId, record: ConsentRecord) -> Result<ConsentEvent> {
        self.append(contact, purpose, ConsentEventKind::Given, record)
    }

    /// Records the double opt-in confirmation of a given consent.
    pub fn confirm(&self, contact: ContactId, purpose: PurposeId, record: ConsentRecord) -> Result<ConsentEvent> {
        self.append(contact, purpose, ConsentEventKind::Confirmed, record)
    }

    /// Records a withdrawal; it takes effect at once.
    pub fn withdraw(&self, contact: ContactId, purpose: PurposeId, record: ConsentRecord) -> Result<ConsentEvent> {
        self.append(contact, purpose, ConsentEventKind::Withdrawn, record)
    }

    /// Records that a consent lapsed.
    pub fn expire(&self, contact: ContactId, purpose: PurposeId, record: ConsentRecord) -> Result<ConsentEvent> {
        self.append(contact, purpose, ConsentEventKind::Expired, record)
    }

    fn append(
        &self,
        contact: ContactId,
        purpose: PurposeId,
        kind: ConsentEventKind,
        record: ConsentRecord,
    ) -> Result<ConsentEvent> {
        self.vault.write(|w| {
            let person = crate::contacts::load(&w.tx, contact)?;
            match kind {
                // A restricted person may still withdraw (it only narrows processing).
                ConsentEventKind::Withdrawn | ConsentEventKind::Expired => {
                    if let Some(at) = person.erased_at {
                        return Err(Error::Erased { id: contact, at: at.format("%Y-%m-%d").to_string() });
                    }
                }
                ConsentEventKind::Given | ConsentEventKind::Confirmed => person.ensure_changeable()?,
            }
            let p = crate::purposes::load(&w.tx, purpose)?;
            if p.spec.legal_basis != LegalBasis::Consent {
                return Err(Error::refused(format!(
                    "'{}' relies on {}, not consent: there is no consent to record.",
                    p.spec.name,
                    p.spec.legal_basis.describe()
                )));
            }
            let past = history(&w.tx, contact, purpose)?;
            let state = state_of(&past);
            let at = record.at.map(StoredTime::new).transpose().map_err(|e| e.for_field("at"))?.map_or(w.now, StoredTime::utc);
            if at > w.now {
                return Err(Error::invalid("at", "the event cannot be in the future"));
            }
            if let Some(last) = past.last()
                && at < last.at
            {
                return Err(Error::invalid("at", format!("the last event for this consent was at {}: record events in order", last.at)));
            }
            if state.then(kind) == state && kind != ConsentEventKind::Given {
                return Err(Error::refused(format!(
                    "{} has no consent for '{}' that can be {} (it is {}).",
                    person.display_name,
                    p.spec.name,
                    kind.code(),
                    describe_state(state)
                )));
            }
            let wording_hash: Option<String> = match kind {
                ConsentEventKind::Given | ConsentEventKind::Confirmed => {
                    let version = match (kind, record.wording_version) {
                        (_, Some(v)) => Some(v),
                        (ConsentEventKind::Confirmed, None) => {
                            past.iter().rev().find(|e| e.kind == ConsentEventKind::Given).and_then(|e| e.wording_version)
                        }
                        _ => p.wording_version,
                    };
                    let Some(version) = version else {
                        return Err(Error::refused(format!("'{}' has no consent wording: add one first.", p.spec.name)));
                    };
                    let hash = w
                        .tx
                        .query_row(
                            "SELECT wording_hash FROM purpose_wording_version WHERE purpose_id = ?1 AND version = ?2",
                            params![purpose, version],
                            |r| r.get(0),
                        )
                        .optional()?;
                    Some(hash.ok_or_else(|| Error::invalid("wording_version", format!("'{}' has no wording version {version}", p.spec.name)))?)
                }
                _ => None,
            };
            let evidence = record.evidence_ref.as_deref().map(str::trim).filter(|e| !e.is_empty());
            w.tx.execute(
                "INSERT INTO consent_event (contact_id, purpose_id, kind, at, method, wording_hash, evidence_ref, recorded_by, recorded_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![contact, purpose, kind, Ts(at), record.method, wording_hash, evidence, w.operator, w.now_ts()],
            )?;
            let id = w.tx.last_insert_rowid();
            let action = match kind {
                ConsentEventKind::Given => Action::ConsentGiven,
                ConsentEventKind::Confirmed => Action::ConsentConfirmed,
                ConsentEventKind::Withdrawn => Action::ConsentWithdrawn,
                ConsentEventKind::Expired => Action::ConsentExpired,
            };
            w.audit(action, Target::Contact(contact), serde_json::json!({ "purpose": purpose, "event": id }))?;
            let mut stmt = w.tx.prepare_cached(&format!("{EVENT_SELECT} WHERE e.id = ?1"))?;
            Ok(stmt.query_row([id], event_from_row)?)
        })
    }

    /// The full history for a contact: one purpose, or all.
    pub fn history(&self, contact: ContactId, purpose: Option<PurposeId>) -> Result<Vec<ConsentEvent>> {
        self.vault.read(|c| match purpose {
            Some(p) => history(c, contact, p),
            None => {
                let mut stmt = c.prepare_cached(&format!(
                    "{EVENT_SELECT} WHERE e.contact_id = ?1 ORDER BY e.purpose_id, e.at, e.id"
                ))?;
                crate::vault::rows(stmt.query_map([contact], event_from_row)?)
            }
        })
    }

    /// The current state for a contact and purpose, derived from the events.
    pub fn state(&self, contact: ContactId, purpose: PurposeId) -> Result<ConsentState> {
        Ok(state_of(&self.vault.read(|c| history(c, contact, purpose))?))
    }

    /// "May I contact this person for purpose P?" — one answer from erasure, restriction,
    /// objection and consent state, the least permissive winning.
    pub fn may_contact(&self, contact: ContactId, purpose: PurposeId) -> Result<ContactPermission> {
        let (person, p, events, objection) = self.vault.read(|c| {
            Ok((
                crate::contacts::load(c, contact),
                crate::purposes::load(c, purpose),
                history(c, contact, purpose)?,
                crate::objections::find(c, contact, purpose)?,
            ))
        })?;
        let (person, p) = (person?, p?);
        let basis = p.spec.legal_basis;
        let consent = (basis == LegalBasis::Consent).then(|| state_of(&events));
        let refuse = |reason: String| Ok(ContactPermission { allowed: false, legal_basis: basis, consent, reason });
        if let Some(at) = person.erased_at {
            return refuse(format!("contact {} was erased on {}", person.id, at.format("%Y-%m-%d")));
        }
        if let Some(r) = &person.restriction {
            return refuse(format!(
                "{} is restricted since {} ({}): no processing but storage",
                person.display_name,
                r.since.format("%Y-%m-%d"),
                r.reason
            ));
        }
        if let Some(o) = objection {
            return refuse(format!(
                "{} objected to '{}' on {}",
                person.display_name,
                p.spec.name,
                o.at.format("%Y-%m-%d")
            ));
        }
        if basis != LegalBasis::Consent {
            return Ok(ContactPermission {
                allowed: true,
                legal_basis: basis,
                consent: None,
                reason: format!("'{}' relies on {}", p.spec.name, basis.describe()),
            });
        }
        let state = state_of(&events);
        let allowed = state.is_active(p.spec.requires_confirmation);
        let reason = if allowed {
            format!("{} has {} consent for '{}'", person.display_name, describe_state(state), p.spec.name)
        } else if state == ConsentState::Given {
            format!("{}'s consent for '{}' awaits confirmation (double opt-in)", person.display_name, p.spec.name)
        } else {
            format!("{} has {} consent for '{}'", person.display_name, describe_state(state), p.spec.name)
        };
        Ok(ContactPermission { allowed, legal_basis: basis, consent: Some(state), reason })
    }

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
        email: card.details.email,
        phone: card.details.phone,
        consent,
        since,
    })
}

impl ConsentState {
    /// In words: "never given", "given", "confirmed", "withdrawn", "expired".
    pub fn describe(self) -> &'static str {
        describe_state(self)
    }
}

fn describe_state(state: ConsentState) -> &'static str {
    match state {
        ConsentState::NeverGiven => "never given",
        ConsentState::Given => "given",
        ConsentState::Confirmed => "confirmed",
        ConsentState::Withdrawn => "withdrawn",
        ConsentState::Expired => "expired",
    }
}

#[cfg(test)]
mod tests {
    use super::ConsentEventKind::*;
    use super::*;

    #[test]
    fn state_is_derived_from_the_sequence() {
        let cases: &[(&[ConsentEventKind], ConsentState)] = &[
            (&[], ConsentState::NeverGiven),
            (&[Given], ConsentState::Given),
            (&[Given, Confirmed], ConsentState::Confirmed),
            (&[Given, Confirmed, Withdrawn], ConsentState::Withdrawn),
            (&[Given, Withdrawn, Given], ConsentState::Given),
            (&[Given, Confirmed, Expired], ConsentState::Expired),
            (&[Given, Expired, Given, Confirmed], ConsentState::Confirmed),
            // Events that cannot follow change nothing.
            (&[Confirmed], ConsentState::NeverGiven),
            (&[Withdrawn], ConsentState::NeverGiven),
            (&[Given, Withdrawn, Confirmed], ConsentState::Withdrawn),
            (&[Given, Withdrawn, Expired], ConsentState::Withdrawn),
        ];
        for (events, want) in cases {
            assert_eq!(ConsentState::derive(events.iter()), *want, "{events:?}");
        }
    }

    #[test]
    fn double_opt_in_needs_confirmation() {
        assert!(!ConsentState::Given.is_active(true));
        assert!(ConsentState::Given.is_active(false));
        assert!(ConsentState::Confirmed.is_active(true));
        assert!(!ConsentState::Withdrawn.is_active(false));
    }
}
