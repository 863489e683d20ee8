//! Consents: an append-only history of events per (contact, purpose). The current state is
//! derived from the events, never stored. Each event points at the exact wording the person
//! saw (stored once per version, by hash).

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use crate::audit::{Action, Target};
use crate::contacts::{ContactId, string_enum};
use crate::error::{Error, Result, Why};
use crate::purposes::{LegalBasis, PurposeId};
use crate::ts::{StoredTime, Ts};
use crate::vault::Vault;

mod audience;
mod standing;

pub use crate::evidence::{ConsentMethod, ConsentRecord};
pub use audience::{Audience, AudienceMember};
pub use standing::{ConsentAction, PurposeConsent};

string_enum!(
    /// What happened to a consent.
    ConsentEventKind ("consent event") {
        Given = "given",
        Confirmed = "confirmed",
        Withdrawn = "withdrawn",
        Expired = "expired",
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
    pub const ALL: [ConsentState; 5] = [
        ConsentState::NeverGiven,
        ConsentState::Given,
        ConsentState::Confirmed,
        ConsentState::Withdrawn,
        ConsentState::Expired,
    ];

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

    /// Whether `kind` may be recorded in this state: consent may always be given (again, for a
    /// new wording or after a withdrawal); the others only when they change the state.
    pub fn allows(self, kind: ConsentEventKind) -> bool {
        kind == ConsentEventKind::Given || self.then(kind) != self
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

/// The answer to "may I contact this person for purpose P?", with the reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ContactPermission {
    pub allowed: bool,
    pub legal_basis: LegalBasis,
    pub consent: Option<ConsentState>,
    /// Why, in English (what the command line prints).
    pub reason: String,
    /// Why, by code and data ([`PermissionWhy`]), for a front end to word in its language.
    pub why: crate::error::Said,
    /// The e-mail addresses and phone numbers the answer lets the firm use, each primary one
    /// first: all of the card's when allowed, none when refused.
    pub reach: Vec<crate::contact_points::Labelled>,
}

crate::reasons! {
    /// Why a contact may or may not be contacted for a purpose ([`ContactPermission::why`]);
    /// the text is [`ContactPermission::reason`].
    pub enum PermissionWhy {
        Erased = "erased" { contact: ContactId, date: chrono::NaiveDate } => ("contact {contact} was erased on {date}"),
        Restricted = "restricted" { name: String, since: chrono::NaiveDate, reason: String } =>
            ("{name} is restricted since {since} ({reason}): no processing but storage"),
        Objected = "objected" { name: String, purpose: String, date: chrono::NaiveDate } =>
            ("{name} objected to '{purpose}' on {date}"),
        NotConsent = "not_consent" { purpose: String, basis: LegalBasis } =>
            ("'{purpose}' relies on {}", basis.describe()),
        Consent = "consent" { name: String, state: ConsentState, purpose: String } =>
            ("{name} has {} consent for '{purpose}'", describe_state(*state)),
        AwaitsConfirmation = "awaits_confirmation" { name: String, purpose: String } =>
            ("{name}'s consent for '{purpose}' awaits confirmation (double opt-in)"),
    }
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
                return Err(Error::refused(Why::NotAConsentPurpose {
                    purpose: p.spec.name.clone(),
                    basis: p.spec.legal_basis,
                }));
            }
            let past = history(&w.tx, contact, purpose)?;
            let state = state_of(&past);
            let at = record.at.map(StoredTime::new).transpose().map_err(|e| e.for_field("at"))?.map_or(w.now, StoredTime::utc);
            if at > w.now {
                return Err(Error::invalid("at", Why::EventInFuture {}));
            }
            if let Some(last) = past.last()
                && at < last.at
            {
                return Err(Error::invalid("at", Why::EventsOutOfOrder { last: last.at }));
            }
            if !state.allows(kind) {
                return Err(Error::refused(Why::ConsentCannotChange {
                    name: person.display_name.clone(),
                    purpose: p.spec.name.clone(),
                    event: kind,
                    state,
                }));
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
                        return Err(Error::refused(Why::NoConsentWording { purpose: p.spec.name.clone() }));
                    };
                    let hash = w
                        .tx
                        .query_row(
                            "SELECT wording_hash FROM purpose_wording_version WHERE purpose_id = ?1 AND version = ?2",
                            params![purpose, version],
                            |r| r.get(0),
                        )
                        .optional()?;
                    Some(hash.ok_or_else(|| Error::invalid("wording_version", Why::NoWordingVersion { purpose: p.spec.name.clone(), version }))?)
                }
                _ => None,
            };
            let evidence = record.evidence_ref.as_deref().map(str::trim).filter(|e| !e.is_empty());
            let id = w.next_id(crate::sync::ids::Table::ConsentEvent)?;
            w.tx.execute(
                "INSERT INTO consent_event (id, contact_id, purpose_id, kind, at, method, wording_hash, evidence_ref, recorded_by, recorded_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                params![id, contact, purpose, kind, Ts(at), record.method, wording_hash, evidence, w.operator, w.now_ts()],
            )?;
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
        let refuse = |why: PermissionWhy| {
            Ok(ContactPermission {
                allowed: false,
                legal_basis: basis,
                consent,
                reason: why.to_string(),
                why: why.said(),
                reach: vec![],
            })
        };
        let reach: Vec<_> = person.details.emails.iter().chain(&person.details.phones).cloned().collect();
        if let Some(at) = person.erased_at {
            return refuse(PermissionWhy::Erased { contact: person.id, date: at.date_naive() });
        }
        if let Some(r) = &person.restriction {
            return refuse(PermissionWhy::Restricted {
                name: person.display_name.clone(),
                since: r.since.date_naive(),
                reason: r.reason.clone(),
            });
        }
        if let Some(o) = objection {
            return refuse(PermissionWhy::Objected {
                name: person.display_name.clone(),
                purpose: p.spec.name.clone(),
                date: o.at.date_naive(),
            });
        }
        if basis != LegalBasis::Consent {
            let why = PermissionWhy::NotConsent { purpose: p.spec.name.clone(), basis };
            return Ok(ContactPermission {
                allowed: true,
                legal_basis: basis,
                consent: None,
                reason: why.to_string(),
                why: why.said(),
                reach,
            });
        }
        let state = state_of(&events);
        let allowed = state.is_active(p.spec.requires_confirmation);
        let (name, purpose) = (person.display_name.clone(), p.spec.name.clone());
        let why = if !allowed && state == ConsentState::Given {
            PermissionWhy::AwaitsConfirmation { name, purpose }
        } else {
            PermissionWhy::Consent { name, state, purpose }
        };
        let reach = if allowed { reach } else { vec![] };
        let (reason, why) = (why.to_string(), why.said());
        Ok(ContactPermission { allowed, legal_basis: basis, consent: Some(state), reason, why, reach })
    }
}

impl ConsentState {
    /// In words: "never given", "given", "confirmed", "withdrawn", "expired".
    pub fn describe(self) -> &'static str {
        describe_state(self)
    }
}

pub(crate) fn describe_state(state: ConsentState) -> &'static str {
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
