//! The firm's own calendar in the vault: its country (from the company profile) and the
//! closure days it added, loaded as the [`Calendar`] deadlines are computed with.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use super::{Calendar, Holiday, HolidayCountry, public_holidays};
use crate::audit::{Action, Target};
use crate::error::{Error, Result};
use crate::ts::Ts;
use crate::vault::Vault;

/// A day the firm is closed, added by hand (e.g. between Christmas and New Year).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ClosureDay {
    pub day: NaiveDate,
    pub reason: Option<String>,
    pub added_by: String,
    pub added_at: DateTime<Utc>,
}

/// The working-day calendar as the firm sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct CalendarInfo {
    /// The company profile's country, if set.
    pub country: Option<String>,
    /// Custos knows that country's public holidays; otherwise only weekends and closure days
    /// count as days off.
    pub supported: bool,
    /// Public holidays of the year asked for.
    pub holidays: Vec<Holiday>,
    pub closure_days: Vec<ClosureDay>,
}

/// The firm's working-day calendar: its country's holidays and its own closure days.
#[derive(Debug, Clone, Copy)]
pub struct Calendars<'v> {
    vault: &'v Vault,
}

impl Vault {
    pub fn calendar(&self) -> Calendars<'_> {
        Calendars { vault: self }
    }
}

/// Reads the firm's calendar inside any read or write.
pub(crate) fn load(c: &rusqlite::Connection) -> Result<Calendar> {
    let country: Option<String> =
        c.query_row("SELECT country FROM company_profile WHERE id = 1", [], |r| r.get(0)).optional()?.flatten();
    let mut stmt = c.prepare_cached("SELECT day FROM closure_day")?;
    let days: Vec<NaiveDate> = crate::vault::rows(stmt.query_map([], |r| r.get(0))?)?;
    Ok(Calendar::of(country.as_deref().and_then(HolidayCountry::from_code)).with_closures(days))
}

impl Calendars<'_> {
    /// The calendar deadlines are computed with.
    pub fn get(&self) -> Result<Calendar> {
        self.vault.read(load)
    }

    /// The country, its public holidays in `year` and every closure day.
    pub fn info(&self, year: i32) -> Result<CalendarInfo> {
        let country: Option<String> = self.vault.read(|c| {
            Ok(c.query_row("SELECT country FROM company_profile WHERE id = 1", [], |r| r.get(0)).optional()?.flatten())
        })?;
        let known = country.as_deref().and_then(HolidayCountry::from_code);
        let holidays = known
            .map(|k| public_holidays(k, year))
            .unwrap_or_default()
            .into_iter()
            .map(|(date, name)| Holiday { date, code: super::holidays::holiday_code(&name), name: name.into_owned() })
            .collect();
        Ok(CalendarInfo { country, supported: known.is_some(), holidays, closure_days: self.closure_days()? })
    }

    /// The firm's closure days, oldest first.
    pub fn closure_days(&self) -> Result<Vec<ClosureDay>> {
        self.vault.read(|c| {
            let mut stmt = c.prepare_cached("SELECT day, reason, added_by, added_at FROM closure_day ORDER BY day")?;
            crate::vault::rows(stmt.query_map([], |r| {
                Ok(ClosureDay {
                    day: r.get(0)?,
                    reason: r.get(1)?,
                    added_by: r.get(2)?,
                    added_at: r.get::<_, Ts>(3)?.0,
                })
            })?)
        })
    }

    /// Adds a day the firm is closed: deadlines falling on it move to the next working day.
    pub fn add_closure_day(&self, day: NaiveDate, reason: Option<&str>) -> Result<ClosureDay> {
        self.vault.may(Action::ClosureDayAdded)?;
        crate::ts::check_day("day", day)?;
        let reason = reason.map(str::trim).filter(|r| !r.is_empty()).map(str::to_owned);
        self.vault.write(|w| {
            let exists: Option<i64> =
                w.tx.query_row("SELECT 1 FROM closure_day WHERE day = ?1", [day], |r| r.get(0)).optional()?;
            if exists.is_some() {
                return Err(Error::refused(crate::why::Why::AlreadyClosureDay { day }));
            }
            w.tx.execute(
                "INSERT INTO closure_day (day, reason, added_by, added_at) VALUES (?1, ?2, ?3, ?4)",
                params![day, reason, w.operator, w.now_ts()],
            )?;
            w.audit(Action::ClosureDayAdded, Target::Company, serde_json::json!({ "day": day, "reason": reason }))?;
            Ok(ClosureDay { day, reason, added_by: w.operator.to_owned(), added_at: w.now })
        })
    }

    /// Removes a closure day added by mistake.
    pub fn remove_closure_day(&self, day: NaiveDate) -> Result<()> {
        self.vault.may(Action::ClosureDayRemoved)?;
        self.vault.write(|w| {
            if w.tx.execute("DELETE FROM closure_day WHERE day = ?1", [day])? == 0 {
                return Err(Error::not_found("closure day", day));
            }
            w.audit(Action::ClosureDayRemoved, Target::Company, serde_json::json!({ "day": day }))
        })
    }
}
