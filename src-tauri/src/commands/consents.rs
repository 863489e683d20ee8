//! Consents and objections on a card.

use custos_core::consents::{ConsentRecord, PurposeConsent};
use tauri::State;

use crate::state::AppState;

use super::Reply;

/// Every purpose as it stands for one contact, in catalogue order, with the actions open on each.
#[tauri::command]
pub async fn contact_consents(state: State<'_, AppState>, id: i64) -> Reply<Vec<PurposeConsent>> {
    state.with_vault(move |v| v.consents().for_contact(id)).await
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
            v.consents().of(contact, purpose)
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
            v.consents().of(contact, purpose)
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
            v.consents().of(contact, purpose)
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
            v.consents().of(contact, purpose)
        })
        .await
}
