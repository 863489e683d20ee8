//! Where a contact stands with each purpose, and what may be recorded next: the answer the
//! card shows, so no front end works out which consent buttons to offer.

use serde::Serialize;

use super::{ConsentEvent, ConsentEventKind, ConsentState, Consents, ContactPermission};
use crate::contacts::{Contact, ContactId, string_enum};
use crate::error::Result;
use crate::objections::Objection;
use crate::purposes::{LegalBasis, Purpose, PurposeId};

string_enum!(
    /// What may be recorded for a contact and a purpose.
    ConsentAction ("consent action") {
        Give = "give",
        Confirm = "confirm",
        Withdraw = "withdraw",
        Object = "object",
    }
);

/// One purpose as it stands for one contact: may they be contacted, the consent history, the
/// objection, and the actions that may be recorded now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct PurposeConsent {
    pub purpose: Purpose,
    pub permission: ContactPermission,
    pub history: Vec<ConsentEvent>,
    pub objection: Option<Objection>,
    /// What [`Consents::give`], [`Consents::confirm`], [`Consents::withdraw`] and
    /// [`crate::objections::Objections::object`] would accept now, in that order.
    pub actions: Vec<ConsentAction>,
}

/// The actions open for `person` on a purpose of `basis`, by the rules the recording
/// functions apply: nothing for an erased person; a restricted one may still withdraw or
/// object (that only narrows processing), never give or confirm; consent events only for a
/// consent purpose and only where the state allows them; an objection once.
pub fn open_actions(person: &Contact, basis: LegalBasis, state: ConsentState, objected: bool) -> Vec<ConsentAction> {
    if person.erased_at.is_some() {
        return Vec::new();
    }
    let restricted = person.restriction.is_some();
    let mut actions = Vec::new();
    if basis == LegalBasis::Consent {
        let events = [
            (ConsentAction::Give, ConsentEventKind::Given, !restricted),
            (ConsentAction::Confirm, ConsentEventKind::Confirmed, !restricted),
            (ConsentAction::Withdraw, ConsentEventKind::Withdrawn, true),
        ];
        actions.extend(events.into_iter().filter(|(_, kind, ok)| *ok && state.allows(*kind)).map(|(a, ..)| a));
    }
    if !objected {
        actions.push(ConsentAction::Object);
    }
    actions
}

impl Consents<'_> {
    /// Every purpose of the catalogue as it stands for `contact`, in catalogue order.
    pub fn for_contact(&self, contact: ContactId) -> Result<Vec<PurposeConsent>> {
        let person = self.vault.read(|c| crate::contacts::load(c, contact))?;
        let history = self.history(contact, None)?;
        let objections = self.vault.objections().for_contact(contact)?;
        self.vault
            .purposes()
            .list()?
            .into_iter()
            .map(|purpose| {
                let history: Vec<ConsentEvent> =
                    history.iter().filter(|e| e.purpose_id == purpose.id).cloned().collect();
                let objection = objections.iter().find(|o| o.purpose_id == purpose.id).cloned();
                self.standing(&person, purpose, history, objection)
            })
            .collect()
    }

    /// One purpose as it stands for `contact` (after a change, say).
    pub fn of(&self, contact: ContactId, purpose: PurposeId) -> Result<PurposeConsent> {
        let person = self.vault.read(|c| crate::contacts::load(c, contact))?;
        let history = self.history(contact, Some(purpose))?;
        let objection = self.vault.objections().for_contact(contact)?.into_iter().find(|o| o.purpose_id == purpose);
        self.standing(&person, self.vault.purposes().get(purpose)?, history, objection)
    }

    fn standing(
        &self,
        person: &Contact,
        purpose: Purpose,
        history: Vec<ConsentEvent>,
        objection: Option<Objection>,
    ) -> Result<PurposeConsent> {
        let state = ConsentState::derive(history.iter().map(|e| &e.kind));
        Ok(PurposeConsent {
            permission: self.may_contact(person.id, purpose.id)?,
            actions: open_actions(person, purpose.spec.legal_basis, state, objection.is_some()),
            history,
            objection,
            purpose,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::ConsentAction::*;
    use super::*;
    use crate::contacts::Restriction;

    fn person() -> Contact {
        let now = chrono::Utc::now();
        Contact {
            id: 7,
            display_name: "Anna Nowak".into(),
            details: Default::default(),
            status: crate::contacts::LifecycleStatus::Lead,
            source: Default::default(),
            sensitive: Default::default(),
            created_at: now,
            updated_at: now,
            last_contact_at: None,
            restriction: None,
            erased_at: None,
        }
    }

    #[test]
    fn consent_purposes_offer_what_the_state_allows() {
        let p = person();
        let open = |state| open_actions(&p, LegalBasis::Consent, state, false);
        assert_eq!(open(ConsentState::NeverGiven), [Give, Object]);
        assert_eq!(open(ConsentState::Given), [Give, Confirm, Withdraw, Object]);
        // Given again, e.g. for a new wording: the core accepts it, so it is offered.
        assert_eq!(open(ConsentState::Confirmed), [Give, Withdraw, Object]);
        assert_eq!(open(ConsentState::Withdrawn), [Give, Object]);
        assert_eq!(open(ConsentState::Expired), [Give, Object]);
        assert_eq!(open_actions(&p, LegalBasis::Consent, ConsentState::Given, true), [Give, Confirm, Withdraw]);
    }

    #[test]
    fn other_bases_offer_only_an_objection_once() {
        let p = person();
        assert_eq!(open_actions(&p, LegalBasis::LegitimateInterests, ConsentState::NeverGiven, false), [Object]);
        assert!(open_actions(&p, LegalBasis::Contract, ConsentState::NeverGiven, true).is_empty());
    }

    #[test]
    fn restricted_people_may_withdraw_or_object_and_erased_ones_nothing() {
        let mut p = person();
        p.restriction = Some(Restriction { since: chrono::Utc::now(), reason: "disputed accuracy".into() });
        assert_eq!(open_actions(&p, LegalBasis::Consent, ConsentState::Given, false), [Withdraw, Object]);
        assert_eq!(open_actions(&p, LegalBasis::Consent, ConsentState::NeverGiven, false), [Object]);
        let mut p = person();
        p.erased_at = Some(chrono::Utc::now());
        assert!(open_actions(&p, LegalBasis::Consent, ConsentState::Given, false).is_empty());
    }
}
