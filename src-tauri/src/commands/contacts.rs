//! Contact cards: list, show (masked), reveal, add, edit, tag; possible duplicates and merging;
//! restriction and erasure.

use custos_core::contacts::{Contact, ContactPage, ContactPatch, ContactQuery, NewContact};
use custos_core::duplicates::DuplicatePair;
use custos_core::erasure::Erasure;
use custos_core::merge::MergeSummary;
use custos_core::tags::TagCount;
use tauri::State;

use crate::ipc::ContactCard;
use crate::state::AppState;

use super::Reply;

#[tauri::command]
pub async fn list_contacts(state: State<'_, AppState>, query: ContactQuery) -> Reply<ContactPage> {
    state.with_vault(move |v| v.contacts().list(&query)).await
}

/// Every tag some active card carries, with how many: the list's tag filter.
#[tauri::command]
pub async fn list_tags(state: State<'_, AppState>) -> Reply<Vec<TagCount>> {
    state.with_vault(move |v| v.tags().list()).await
}

#[tauri::command]
pub async fn get_contact(state: State<'_, AppState>, id: i64) -> Reply<ContactCard> {
    state
        .with_vault(move |v| {
            Ok(ContactCard {
                contact: v.contacts().get(id)?.masked(),
                conversations: v.interactions().for_contact(id)?,
            })
        })
        .await
}

#[tauri::command]
pub async fn reveal_contact(state: State<'_, AppState>, id: i64) -> Reply<Contact> {
    state.with_vault(move |v| v.contacts().reveal(id)).await
}

#[tauri::command]
pub async fn add_contact(state: State<'_, AppState>, contact: NewContact) -> Reply<Contact> {
    state.with_vault(move |v| Ok(v.contacts().add(contact)?.masked())).await
}

#[tauri::command]
pub async fn edit_contact(state: State<'_, AppState>, id: i64, patch: ContactPatch) -> Reply<Contact> {
    state.with_vault(move |v| Ok(v.contacts().edit(id, patch)?.masked())).await
}

/// Gives a card tags (those it has are left as they are); audited like an edit.
#[tauri::command]
pub async fn tag_contact(state: State<'_, AppState>, id: i64, tags: Vec<String>) -> Reply<Contact> {
    state.with_vault(move |v| Ok(v.contacts().tag(id, &tags)?.masked())).await
}

/// Takes tags off a card (tags it does not have are ignored); audited like an edit.
#[tauri::command]
pub async fn untag_contact(state: State<'_, AppState>, id: i64, tags: Vec<String>) -> Reply<Contact> {
    state.with_vault(move |v| Ok(v.contacts().untag(id, &tags)?.masked())).await
}

/// Pairs of active cards that may be one person, with what they share.
#[tauri::command]
pub async fn possible_duplicates(state: State<'_, AppState>) -> Reply<Vec<DuplicatePair>> {
    state.with_vault(move |v| v.contacts().possible_duplicates()).await
}

/// Merges card `other` into card `keep` (one audited transaction; `other` is removed). The
/// summary's cards come masked, like every card the UI receives: the kept card, and the
/// other's name as its card showed it.
#[tauri::command]
pub async fn merge_contacts(state: State<'_, AppState>, keep: i64, other: i64) -> Reply<MergeSummary> {
    state
        .with_vault(move |v| {
            let summary = v.contacts().merge(keep, other)?;
            Ok(MergeSummary { kept: summary.kept.masked(), ..summary })
        })
        .await
}

/// Freezes a contact (Art. 18): read-only until lifted. The reason is kept in the audit.
#[tauri::command]
pub async fn restrict_contact(state: State<'_, AppState>, id: i64, reason: String) -> Reply<Contact> {
    state.with_vault(move |v| Ok(v.restrictions().restrict(id, &reason)?.masked())).await
}

#[tauri::command]
pub async fn lift_restriction(state: State<'_, AppState>, id: i64, reason: String) -> Reply<Contact> {
    state.with_vault(move |v| Ok(v.restrictions().lift(id, &reason)?.masked())).await
}

/// Erases a contact's identifying data (Art. 17); the card becomes a tombstone.
#[tauri::command]
pub async fn erase_contact(state: State<'_, AppState>, id: i64) -> Reply<Erasure> {
    state.with_vault(move |v| v.erase(id)).await
}
