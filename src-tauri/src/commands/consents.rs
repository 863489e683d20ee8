//! Consents and objections on a card.

use custos_core::Vault;
use custos_core::consents::ConsentRecord;
use tauri::State;

use crate::ipc::PurposeConsent;
use crate::state::AppState;

use super::Reply;

/// Every purpose as it stands for one contact, in catalogue order.
fn purpose_consents(v: &Vault, contact: i64) -> custos_core::Result<Vec<PurposeConsent>> {
    let history = v.consents().history(contact, None)?;
    let objections = v.objections().for_contact(contact)?;
    v.purposes()
        .list()?
        .into_iter()
        .map(|purpose| {
            Ok(PurposeConsent {
                permission: v.consents().may_contact(contact, purpose.id)?,
                history: history.iter().filter(|e| e.purpose_id == purpose.id).cloned().collect(),
                objection: objections.iter().find(|o| o.purpose_id == purpose.id).cloned(),
                purpose,
            })
        })
        .collect()
}

/// One purpose as it stands for one contact, after a change.
fn purpose_consent(v: &Vault, contact: i64, purpose: i64) -> custos_core::Result<PurposeConsent> {
    Ok(PurposeConsent {
        permission: v.consents().may_contact(contact, purpose)?,
        history: v.consents().history(contact, Some(purpose))?,
        objection: v.objections().for_contact(contact)?.into_iter().find(|o| o.purpose_id == purpose),
        purpose: v.purposes().get(purpose)?,
    })
}

#[tauri::command]
pub async fn contact_consents(state: State<'_, AppState>, id: i64) -> Reply<Vec<PurposeConsent>> {
    state.with_vault(move |v| purpose_consents(v, id)).await
}

#[tauri::command]
pub async fn give_consent(
    state: State<'_, AppState>,
    contact: i64,
    purpose: i64,
    record: ConsentRecord,
) -> Reply<PurposeConsent> {
    state
        .with_vault(move |v| {
            v.consents().give(contact, purpose, record)?;
            purpose_consent(v, contact, purpose)
        })
        .await
}

#[tauri::command]
pub async fn confirm_consent(
    state: State<'_, AppState>,
    contact: i64,
    purpose: i64,
    record: ConsentRecord,
) -> Reply<PurposeConsent> {
    state
        .with_vault(move |v| {
            v.consents().confirm(contact, purpose, record)?;
            purpose_consent(v, contact, purpose)
        })
        .await
}

#[tauri::command]
pub async fn withdraw_consent(
    state: State<'_, AppState>,
    contact: i64,
    purpose: i64,
    record: ConsentRecord,
) -> Reply<PurposeConsent> {
    state
        .with_vault(move |v| {
            v.consents().withdraw(contact, purpose, record)?;
            purpose_consent(v, contact, purpose)
        })
        .await
}

#[tauri::command]
pub async fn object_to_purpose(
    state: State<'_, AppState>,
    contact: i64,
    purpose: i64,
    record: ConsentRecord,
) -> Reply<PurposeConsent> {
    state
        .with_vault(move |v| {
            v.objections().object(contact, purpose, record)?;
            purpose_consent(v, contact, purpose)
        })
        .await
}
