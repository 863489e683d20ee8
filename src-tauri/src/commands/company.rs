//! The controller's profile and the firm's working-day calendar.

use chrono::NaiveDate;
use custos_core::company::{CompanyProfile, StaffAddresses};
use custos_core::deadline::{CalendarInfo, ClosureDay};
use tauri::State;

use crate::state::AppState;

use super::Reply;

#[tauri::command]
pub async fn get_company(state: State<'_, AppState>) -> Reply<Option<CompanyProfile>> {
    state.with_vault(|v| v.company().get()).await
}

#[tauri::command]
pub async fn set_company(state: State<'_, AppState>, profile: CompanyProfile) -> Reply<CompanyProfile> {
    state.with_vault(move |v| v.company().set(profile)).await
}

/// The firm's own e-mail addresses (a mail from one of them is the staff's), or the profile's.
#[tauri::command]
pub async fn get_staff_addresses(state: State<'_, AppState>) -> Reply<StaffAddresses> {
    state.with_vault(|v| v.company().staff_addresses()).await
}

/// Sets the firm's own e-mail addresses; none: the profile's address again.
#[tauri::command]
pub async fn set_staff_addresses(state: State<'_, AppState>, addresses: Vec<String>) -> Reply<StaffAddresses> {
    state.with_vault(move |v| v.company().set_staff_addresses(&addresses)).await
}

/// The firm's working-day calendar for `year`: country, its public holidays, closure days.
#[tauri::command]
pub async fn calendar_info(state: State<'_, AppState>, year: i32) -> Reply<CalendarInfo> {
    state.with_vault(move |v| v.calendar().info(year)).await
}

/// Adds a day the firm is closed; open requests' due dates move past it.
#[tauri::command]
pub async fn add_closure_day(state: State<'_, AppState>, day: NaiveDate, reason: Option<String>) -> Reply<ClosureDay> {
    state.with_vault(move |v| v.calendar().add_closure_day(day, reason.as_deref())).await
}

#[tauri::command]
pub async fn remove_closure_day(state: State<'_, AppState>, day: NaiveDate) -> Reply<()> {
    state.with_vault(move |v| v.calendar().remove_closure_day(day)).await
}
