//! The legal deadline of a request (GDPR Art. 12(3)) and the working-day calendar it needs.
//!
//! A period in months ends on the same date of the month it lands in; if that date does not
//! exist, on that month's last day; if the day is a Saturday, a Sunday, a public holiday of
//! the firm's country or a closure day the firm added, on the next working day (Regulation
//! (EEC, Euratom) No 1182/71, as the EDPB access guidelines 01/2022 apply it). Received on
//! 31 January 2026 → 28 February 2026, a Saturday → due Monday 2 March 2026.
//!
//! Public holidays are the *national* ones of each supported country ([`HolidayCountry`]):
//! - PL: the statutory days (ustawa o dniach wolnych od pracy), with 24 December from 2025.
//! - DE: only the nationwide days (no Land holiday such as Epiphany or Corpus Christi);
//!   Reformation Day counts in 2017 only, when it was nationwide.
//! - FR: the eleven jours fériés of the Code du travail (no Alsace-Moselle extras).
//! - IT: the national days, with St Francis (4 October) from 2026.
//! - ES: the days common to the whole country (no regional day, Maundy Thursday included, and
//!   no regional substitute Mondays).
//! - BG: Labour Code art. 154 with *Orthodox* Easter (Good Friday to Easter Monday); a fixed
//!   holiday on a Saturday or Sunday moves the rest to the next working day(s), as the Code says.
//! - IE: the public holidays of the Organisation of Working Time Act, St Brigid's Day from 2023
//!   (first Monday of February, or 1 February when that is a Friday); New Year's, St Patrick's
//!   and the Christmas days falling at a weekend are also taken on the next weekday, as banks
//!   and public offices do.
//! - AT: the days of the Feiertagsruhegesetz (no Good Friday since 2019).
//! - NL: the days of the Algemene termijnenwet, which governs time limits: with King's Day
//!   (26 April when 27 April is a Sunday; Queen's Day 30 April before 2014) and 5 May.
//!
//! Easter comes from the `computus` crate (Gregorian for the western churches, Julian converted
//! to the Gregorian calendar for Bulgaria). Everything here is pure: the vault part is
//! [`Vault::calendar`], which reads the firm's country and closure days.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Datelike, Days, Months, NaiveDate, Utc, Weekday};
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use crate::audit::{Action, Target};
use crate::error::{Error, Result};
use crate::ts::Ts;
use crate::vault::Vault;

/// A request is "due soon" when at most this many days are left.
pub const DUE_SOON_DAYS: i64 = 7;

/// Dates the calendar understands (the range the Easter computation covers).
const FIRST_YEAR: i32 = 1583;
const LAST_YEAR: i32 = 9999;

/// A country whose public holidays Custos knows (ISO 3166-1 alpha-2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[serde(rename_all = "UPPERCASE")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, rename_all = "UPPERCASE"))]
pub enum HolidayCountry {
    At,
    Bg,
    De,
    Es,
    Fr,
    Ie,
    It,
    Nl,
    Pl,
}

impl HolidayCountry {
    pub const ALL: &'static [HolidayCountry] = &[
        HolidayCountry::At,
        HolidayCountry::Bg,
        HolidayCountry::De,
        HolidayCountry::Es,
        HolidayCountry::Fr,
        HolidayCountry::Ie,
        HolidayCountry::It,
        HolidayCountry::Nl,
        HolidayCountry::Pl,
    ];

    /// The ISO code, e.g. "PL".
    pub fn code(self) -> &'static str {
        match self {
            HolidayCountry::At => "AT",
            HolidayCountry::Bg => "BG",
            HolidayCountry::De => "DE",
            HolidayCountry::Es => "ES",
            HolidayCountry::Fr => "FR",
            HolidayCountry::Ie => "IE",
            HolidayCountry::It => "IT",
            HolidayCountry::Nl => "NL",
            HolidayCountry::Pl => "PL",
        }
    }

    /// The supported country for an ISO code ("pl" or "PL"), or `None` if Custos has no
    /// holidays for it.
    pub fn from_code(code: &str) -> Option<HolidayCountry> {
        let code = code.trim().to_uppercase();
        HolidayCountry::ALL.iter().copied().find(|c| c.code() == code)
    }
}

/// A day off: a public holiday or one of the firm's closure days.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Holiday {
    pub date: NaiveDate,
    pub name: String,
}

/// The days that do not count as working days: weekends, the public holidays of `country`
/// (none if the firm's country is unknown or unsupported) and the firm's closure days.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Calendar {
    pub country: Option<HolidayCountry>,
    pub closures: BTreeSet<NaiveDate>,
}

impl Calendar {
    /// Weekends and the holidays of `country` only.
    pub fn of(country: Option<HolidayCountry>) -> Calendar {
        Calendar { country, closures: BTreeSet::new() }
    }

    /// Adds closure days of the firm.
    pub fn with_closures(mut self, days: impl IntoIterator<Item = NaiveDate>) -> Calendar {
        self.closures.extend(days);
        self
    }

    /// The public holiday on `day`, if any (closure days not included).
    pub fn holiday(&self, day: NaiveDate) -> Option<Cow<'static, str>> {
        let country = self.country?;
        public_holidays(country, day.year()).remove(&day)
    }

    /// True for Monday to Friday that is neither a public holiday nor a closure day.
    pub fn is_working_day(&self, day: NaiveDate) -> bool {
        !is_weekend(day) && !self.closures.contains(&day) && self.holiday(day).is_none()
    }

    /// `day` itself if it is a working day, otherwise the next working day.
    pub fn next_working_day(&self, day: NaiveDate) -> NaiveDate {
        // Holidays are computed once per year, not once per day looked at.
        let mut year = day.year();
        let mut holidays = self.country.map(|c| public_holidays(c, year)).unwrap_or_default();
        let mut d = day;
        loop {
            if d.year() != year {
                year = d.year();
                holidays = self.country.map(|c| public_holidays(c, year)).unwrap_or_default();
            }
            if !is_weekend(d) && !self.closures.contains(&d) && !holidays.contains_key(&d) {
                return d;
            }
            match d.succ_opt() {
                Some(next) => d = next,
                None => return d,
            }
        }
    }
}

fn is_weekend(day: NaiveDate) -> bool {
    matches!(day.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The same date `months` later; the last day of that month when the date does not exist
/// there (31 January + 1 month = 28 or 29 February).
pub fn add_months(start: NaiveDate, months: u32) -> Option<NaiveDate> {
    start.checked_add_months(Months::new(months))
}

/// The day a period of `months` from `received` ends: [`add_months`], then moved to the next
/// working day of `calendar` if it is not one. `None` only for dates past the year 9999.
pub fn due_date(received: NaiveDate, months: u32, calendar: &Calendar) -> Option<NaiveDate> {
    add_months(received, months).map(|end| calendar.next_working_day(end))
}

/// How urgent an open request is on `today`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Urgency {
    /// Days until the due date: 0 on the day, negative once it has passed.
    pub days_left: i64,
    /// Due today or within [`DUE_SOON_DAYS`] days.
    pub due_soon: bool,
    /// The due date has passed.
    pub overdue: bool,
}

/// Classifies a due date against today: overdue the day after it, due soon from
/// [`DUE_SOON_DAYS`] days before it up to the day itself.
pub fn urgency(due: NaiveDate, today: NaiveDate) -> Urgency {
    let days_left = (due - today).num_days();
    Urgency { days_left, due_soon: (0..=DUE_SOON_DAYS).contains(&days_left), overdue: days_left < 0 }
}

/// Easter Sunday of the western churches (Gregorian computus).
pub fn western_easter(year: i32) -> Option<NaiveDate> {
    let e = computus::gregorian(year).ok()?;
    NaiveDate::from_ymd_opt(e.year, e.month, e.day)
}

/// Orthodox Easter Sunday (Julian computus), as a Gregorian date.
pub fn orthodox_easter(year: i32) -> Option<NaiveDate> {
    let e = computus::julian(year).ok()?;
    // Easter falls in March-May, so the Julian-to-Gregorian gap is that of the year itself
    // (13 days from 1900 to 2099).
    let gap = u64::try_from(year / 100 - year / 400 - 2).ok()?;
    NaiveDate::from_ymd_opt(e.year, e.month, e.day)?.checked_add_days(Days::new(gap))
}

/// The public holidays of `country` in `year`, by date, with their English names.
pub fn public_holidays(country: HolidayCountry, year: i32) -> BTreeMap<NaiveDate, Cow<'static, str>> {
    let mut days = BTreeMap::new();
    if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
        return days;
    }
    let mut fixed = |month: u32, day: u32, name: &'static str| {
        if let Some(d) = NaiveDate::from_ymd_opt(year, month, day) {
            days.entry(d).or_insert(Cow::Borrowed(name));
        }
    };
    use HolidayCountry as C;
    match country {
        C::Pl => {
            fixed(1, 1, "New Year's Day");
            fixed(1, 6, "Epiphany");
            fixed(5, 1, "Labour Day");
            fixed(5, 3, "Constitution Day");
            fixed(8, 15, "Assumption Day");
            fixed(11, 1, "All Saints' Day");
            fixed(11, 11, "Independence Day");
            if year >= 2025 {
                fixed(12, 24, "Christmas Eve");
            }
            fixed(12, 25, "Christmas Day");
            fixed(12, 26, "Second Day of Christmas");
        }
        C::De => {
            fixed(1, 1, "New Year's Day");
            fixed(5, 1, "Labour Day");
            fixed(10, 3, "Day of German Unity");
            if year == 2017 {
                fixed(10, 31, "Reformation Day");
            }
            fixed(12, 25, "Christmas Day");
            fixed(12, 26, "Second Day of Christmas");
        }
        C::Fr => {
            fixed(1, 1, "New Year's Day");
            fixed(5, 1, "Labour Day");
            fixed(5, 8, "Victory in Europe Day");
            fixed(7, 14, "Bastille Day");
            fixed(8, 15, "Assumption Day");
            fixed(11, 1, "All Saints' Day");
            fixed(11, 11, "Armistice Day");
            fixed(12, 25, "Christmas Day");
        }
        C::It => {
            fixed(1, 1, "New Year's Day");
            fixed(1, 6, "Epiphany");
            fixed(4, 25, "Liberation Day");
            fixed(5, 1, "Labour Day");
            fixed(6, 2, "Republic Day");
            fixed(8, 15, "Assumption Day");
            if year >= 2026 {
                fixed(10, 4, "St Francis of Assisi");
            }
            fixed(11, 1, "All Saints' Day");
            fixed(12, 8, "Immaculate Conception");
            fixed(12, 25, "Christmas Day");
            fixed(12, 26, "St Stephen's Day");
        }
        C::Es => {
            fixed(1, 1, "New Year's Day");
            fixed(1, 6, "Epiphany");
            fixed(5, 1, "Labour Day");
            fixed(8, 15, "Assumption Day");
            fixed(10, 12, "National Day of Spain");
            fixed(11, 1, "All Saints' Day");
            fixed(12, 6, "Constitution Day");
            fixed(12, 8, "Immaculate Conception");
            fixed(12, 25, "Christmas Day");
        }
        C::Bg => {
            fixed(1, 1, "New Year's Day");
            fixed(3, 3, "Liberation Day");
            fixed(5, 1, "Labour Day");
            fixed(5, 6, "St George's Day");
            fixed(5, 24, "Day of Slavonic Alphabet and Culture");
            fixed(9, 6, "Unification Day");
            fixed(9, 22, "Independence Day");
            fixed(12, 24, "Christmas Eve");
            fixed(12, 25, "Christmas Day");
            fixed(12, 26, "Second Day of Christmas");
        }
        C::Ie => {
            fixed(1, 1, "New Year's Day");
            fixed(3, 17, "St Patrick's Day");
            fixed(12, 25, "Christmas Day");
            fixed(12, 26, "St Stephen's Day");
        }
        C::At => {
            fixed(1, 1, "New Year's Day");
            fixed(1, 6, "Epiphany");
            fixed(5, 1, "Labour Day");
            fixed(8, 15, "Assumption Day");
            fixed(10, 26, "National Day");
            fixed(11, 1, "All Saints' Day");
            fixed(12, 8, "Immaculate Conception");
            fixed(12, 25, "Christmas Day");
            fixed(12, 26, "St Stephen's Day");
        }
        C::Nl => {
            fixed(1, 1, "New Year's Day");
            if year >= 2014 {
                let kings = if NaiveDate::from_ymd_opt(year, 4, 27).is_some_and(|d| d.weekday() == Weekday::Sun) {
                    26
                } else {
                    27
                };
                fixed(4, kings, "King's Day");
            } else {
                let queens = if NaiveDate::from_ymd_opt(year, 4, 30).is_some_and(|d| d.weekday() == Weekday::Sun) {
                    29
                } else {
                    30
                };
                fixed(4, queens, "Queen's Day");
            }
            fixed(5, 5, "Liberation Day");
            fixed(12, 25, "Christmas Day");
            fixed(12, 26, "Second Day of Christmas");
        }
    }

    // Fixed days taken on the next working day when they fall at a weekend (after the
    // moveable days are in, so a carried day skips Easter Monday).
    let carried: Vec<NaiveDate> = match country {
        C::Bg => days.keys().copied().collect(),
        C::Ie => days.keys().copied().filter(|d| !(d.month() == 12 && d.day() == 24)).collect(),
        _ => Vec::new(),
    };
    // Moveable days, relative to Easter Sunday.
    let easter = match country {
        C::Bg => orthodox_easter(year),
        _ => western_easter(year),
    };
    if let Some(easter) = easter {
        let mut rel = |offset: i64, name: &'static str| {
            if let Some(d) = easter.checked_add_signed(chrono::Duration::days(offset)) {
                days.entry(d).or_insert(Cow::Borrowed(name));
            }
        };
        match country {
            C::Pl => {
                rel(0, "Easter Sunday");
                rel(1, "Easter Monday");
                rel(49, "Pentecost Sunday");
                rel(60, "Corpus Christi");
            }
            C::De => {
                rel(-2, "Good Friday");
                rel(1, "Easter Monday");
                rel(39, "Ascension Day");
                rel(50, "Whit Monday");
            }
            C::Fr => {
                rel(1, "Easter Monday");
                rel(39, "Ascension Day");
                rel(50, "Whit Monday");
            }
            C::It => {
                rel(0, "Easter Sunday");
                rel(1, "Easter Monday");
            }
            C::Es => rel(-2, "Good Friday"),
            C::Bg => {
                rel(-2, "Orthodox Good Friday");
                rel(-1, "Orthodox Holy Saturday");
                rel(0, "Orthodox Easter Sunday");
                rel(1, "Orthodox Easter Monday");
            }
            C::Ie => rel(1, "Easter Monday"),
            C::At => {
                rel(1, "Easter Monday");
                rel(39, "Ascension Day");
                rel(50, "Whit Monday");
                rel(60, "Corpus Christi");
            }
            C::Nl => {
                rel(0, "Easter Sunday");
                rel(1, "Easter Monday");
                rel(39, "Ascension Day");
                rel(49, "Whit Sunday");
                rel(50, "Whit Monday");
            }
        }
    }

    if country == C::Ie {
        let mut monday = |month: u32, nth: u8, name: &'static str| {
            if let Some(d) = NaiveDate::from_weekday_of_month_opt(year, month, Weekday::Mon, nth) {
                days.entry(d).or_insert(Cow::Borrowed(name));
            }
        };
        monday(5, 1, "May Day");
        monday(6, 1, "June Bank Holiday");
        monday(8, 1, "August Bank Holiday");
        if let Some(last) = last_weekday_of_month(year, 10, Weekday::Mon) {
            days.entry(last).or_insert(Cow::Borrowed("October Bank Holiday"));
        }
        if year >= 2023
            && let Some(first) = NaiveDate::from_ymd_opt(year, 2, 1)
        {
            let brigid = if first.weekday() == Weekday::Fri {
                Some(first)
            } else {
                NaiveDate::from_weekday_of_month_opt(year, 2, Weekday::Mon, 1)
            };
            if let Some(d) = brigid {
                days.entry(d).or_insert(Cow::Borrowed("St Brigid's Day"));
            }
        }
    }
    for day in carried.into_iter().filter(|d| is_weekend(*d)) {
        let mut next = day;
        while let Some(n) = next.succ_opt() {
            next = n;
            if !is_weekend(next) && !days.contains_key(&next) {
                break;
            }
        }
        if next.year() == year {
            let original = days.get(&day).cloned().unwrap_or_default();
            let how = if country == C::Bg { "moved from the weekend" } else { "taken on a weekday" };
            days.insert(next, Cow::Owned(format!("{original} ({how})")));
        }
    }
    days
}

fn last_weekday_of_month(year: i32, month: u32, weekday: Weekday) -> Option<NaiveDate> {
    let first_next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?
    };
    let mut d = first_next.pred_opt()?;
    while d.weekday() != weekday {
        d = d.pred_opt()?;
    }
    Some(d)
}

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
            .map(|(date, name)| Holiday { date, name: name.into_owned() })
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
        crate::ts::check_day("day", day)?;
        let reason = reason.map(str::trim).filter(|r| !r.is_empty()).map(str::to_owned);
        self.vault.write(|w| {
            let exists: Option<i64> =
                w.tx.query_row("SELECT 1 FROM closure_day WHERE day = ?1", [day], |r| r.get(0)).optional()?;
            if exists.is_some() {
                return Err(Error::refused(format!("{day} is already a closure day.")));
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
        self.vault.write(|w| {
            if w.tx.execute("DELETE FROM closure_day WHERE day = ?1", [day])? == 0 {
                return Err(Error::not_found("closure day", day));
            }
            w.audit(Action::ClosureDayRemoved, Target::Company, serde_json::json!({ "day": day }))
        })
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn cal(country: HolidayCountry) -> Calendar {
        Calendar::of(Some(country))
    }

    #[test]
    fn easter_dates() {
        for (year, western, orthodox) in [
            (2008, "2008-03-23", "2008-04-27"),
            (2019, "2019-04-21", "2019-04-28"),
            (2023, "2023-04-09", "2023-04-16"),
            (2024, "2024-03-31", "2024-05-05"),
            (2025, "2025-04-20", "2025-04-20"),
            (2026, "2026-04-05", "2026-04-12"),
            (2027, "2027-03-28", "2027-05-02"),
            (2038, "2038-04-25", "2038-04-25"),
        ] {
            assert_eq!(western_easter(year), Some(d(western)), "western {year}");
            assert_eq!(orthodox_easter(year), Some(d(orthodox)), "orthodox {year}");
        }
    }

    #[test]
    fn months_end_on_the_same_date_or_the_months_last_day() {
        for (from, months, to) in [
            ("2026-01-15", 1, "2026-02-15"),
            ("2026-01-31", 1, "2026-02-28"),
            ("2028-01-31", 1, "2028-02-29"),
            ("2028-02-29", 1, "2028-03-29"),
            ("2027-02-28", 1, "2027-03-28"),
            ("2026-03-31", 1, "2026-04-30"),
            ("2026-12-31", 1, "2027-01-31"),
            ("2026-11-30", 3, "2027-02-28"),
            ("2027-11-30", 3, "2028-02-29"),
            ("2028-02-29", 12, "2029-02-28"),
        ] {
            assert_eq!(add_months(d(from), months), Some(d(to)), "{from} + {months}");
        }
    }

    /// (country, received, months, due)
    const TABLE: &[(Option<HolidayCountry>, &str, u32, &str)] = {
        use HolidayCountry::*;
        &[
            // SPEC example: 28 February 2026 is a Saturday.
            (None, "2026-01-31", 1, "2026-03-02"),
            (Some(Pl), "2026-01-31", 1, "2026-03-02"),
            // Plain weekday, no holiday.
            (Some(Pl), "2026-03-10", 1, "2026-04-10"),
            // Leap years: 29 February exists in 2028, not in 2027 (28 Feb 2027 is a Sunday).
            (None, "2028-01-31", 1, "2028-02-29"),
            (None, "2027-01-31", 1, "2027-03-01"),
            (None, "2028-01-29", 1, "2028-02-29"),
            (None, "2028-02-29", 1, "2028-03-29"),
            // Month ends.
            (None, "2026-03-31", 1, "2026-04-30"),
            (None, "2026-05-31", 1, "2026-06-30"),
            (None, "2026-08-31", 1, "2026-09-30"),
            // Weekend: Sunday 2026-03-15 → Monday.
            (None, "2026-02-15", 1, "2026-03-16"),
            // Year ends: PL 24 Dec (from 2025), 25, 26 Dec; DE 25, 26 Dec.
            (Some(Pl), "2026-11-30", 1, "2026-12-30"),
            (Some(Pl), "2026-11-24", 1, "2026-12-28"),
            (Some(De), "2026-11-24", 1, "2026-12-24"),
            (Some(De), "2026-11-25", 1, "2026-12-28"),
            (Some(Pl), "2026-12-01", 1, "2027-01-04"),
            (Some(Pl), "2026-12-06", 1, "2027-01-07"),
            (Some(De), "2026-12-01", 1, "2027-01-04"),
            (Some(De), "2026-12-06", 1, "2027-01-06"),
            (Some(Pl), "2024-11-24", 1, "2024-12-24"),
            (Some(Pl), "2025-11-24", 1, "2025-12-29"),
            // Easter-based, PL: Easter Monday 2026-04-06, Corpus Christi 2026-06-04.
            (Some(Pl), "2026-03-06", 1, "2026-04-07"),
            (Some(Pl), "2026-05-04", 1, "2026-06-05"),
            // Fixed, PL: 3 May 2027 (Mon), 11 Nov 2026 (Wed), 6 Jan 2027 (Wed), 15 Aug 2025 (Fri).
            (Some(Pl), "2027-04-03", 1, "2027-05-04"),
            (Some(Pl), "2026-10-11", 1, "2026-11-12"),
            (Some(Pl), "2025-07-15", 1, "2025-08-18"),
            // DE: Good Friday 2026-04-03 → Easter Monday → Tuesday; Ascension 2026-05-14; 3 Oct 2025 (Fri).
            (Some(De), "2026-03-03", 1, "2026-04-07"),
            (Some(De), "2026-04-14", 1, "2026-05-15"),
            (Some(De), "2025-09-03", 1, "2025-10-06"),
            // DE has no nationwide Corpus Christi; PL and AT do (2026-06-04).
            (Some(De), "2026-05-04", 1, "2026-06-04"),
            (Some(At), "2026-05-04", 1, "2026-06-05"),
            // AT: 26 Oct 2026 (Mon), 8 Dec 2026 (Tue), no Good Friday (2026-04-03).
            (Some(At), "2026-09-26", 1, "2026-10-27"),
            (Some(At), "2026-11-08", 1, "2026-12-09"),
            (Some(At), "2026-03-03", 1, "2026-04-03"),
            // FR: Whit Monday 2026-05-25, 14 July 2026 (Tue), 8 May 2026 (Fri), 11 Nov.
            (Some(Fr), "2026-04-25", 1, "2026-05-26"),
            (Some(Fr), "2026-06-14", 1, "2026-07-15"),
            (Some(Fr), "2026-04-08", 1, "2026-05-11"),
            (Some(Fr), "2026-10-11", 1, "2026-11-12"),
            // IT: 25 April 2025 (Fri), 2 June 2026 (Tue), 4 October from 2026 (2027: Mon), Easter Monday.
            (Some(It), "2025-03-25", 1, "2025-04-28"),
            (Some(It), "2026-05-02", 1, "2026-06-03"),
            (Some(It), "2027-09-04", 1, "2027-10-05"),
            (Some(It), "2025-09-06", 1, "2025-10-06"),
            (Some(It), "2026-03-06", 1, "2026-04-07"),
            // ES: Good Friday 2026-04-03, 12 Oct 2026 (Mon), 6 and 8 Dec 2027 (Mon, Wed).
            (Some(Es), "2026-03-03", 1, "2026-04-06"),
            (Some(Es), "2026-09-12", 1, "2026-10-13"),
            (Some(Es), "2027-11-06", 1, "2027-12-07"),
            (Some(Es), "2027-11-08", 1, "2027-12-09"),
            // BG: Orthodox Easter 2026-04-12: Good Friday 10th to Monday 13th. 2027: Good Friday
            // 30 April, 1 May (Sat) carried past Easter Monday 3 May to the 4th.
            (Some(Bg), "2026-03-10", 1, "2026-04-14"),
            (Some(Bg), "2026-03-05", 1, "2026-04-06"),
            (Some(Bg), "2027-03-30", 1, "2027-05-05"),
            // BG: 3 March 2024 fell on a Sunday → Monday 4 March off too.
            (Some(Bg), "2024-02-03", 1, "2024-03-05"),
            // BG: 6 May 2027 (Thu), 24 May 2026 (Sun) → 25th off; 22 Sep 2026 (Tue).
            (Some(Bg), "2027-04-06", 1, "2027-05-07"),
            (Some(Bg), "2026-04-24", 1, "2026-05-26"),
            (Some(Bg), "2026-08-22", 1, "2026-09-23"),
            // IE: St Brigid's: Mon 2 Feb 2026; 1 Feb 2030 is a Friday. Not before 2023.
            (Some(Ie), "2026-01-02", 1, "2026-02-03"),
            (Some(Ie), "2029-12-31", 1, "2030-01-31"),
            (Some(Ie), "2030-01-01", 1, "2030-02-04"),
            (Some(Ie), "2022-01-07", 1, "2022-02-07"),
            // IE: first Mondays of May, June, August; last Monday of October 2026 (26th).
            (Some(Ie), "2026-04-04", 1, "2026-05-05"),
            (Some(Ie), "2026-05-01", 1, "2026-06-02"),
            (Some(Ie), "2026-07-03", 1, "2026-08-04"),
            (Some(Ie), "2026-09-26", 1, "2026-10-27"),
            // IE: St Patrick's Day on Sunday 17 March 2024 → Monday 18 off; Good Friday is not a holiday.
            (Some(Ie), "2024-02-17", 1, "2024-03-19"),
            (Some(Ie), "2026-03-03", 1, "2026-04-03"),
            // NL: King's Day 27 April 2025 was a Sunday → Saturday 26th; 2026: Monday 27th.
            (Some(Nl), "2026-03-27", 1, "2026-04-28"),
            (Some(Nl), "2026-04-05", 1, "2026-05-06"),
            (Some(Nl), "2026-04-14", 1, "2026-05-15"),
            (Some(Nl), "2026-04-25", 1, "2026-05-26"),
            // Extension: three months from receipt, same rule.
            (Some(Pl), "2026-01-31", 3, "2026-04-30"),
            (Some(Pl), "2026-02-06", 3, "2026-05-06"),
            (Some(Pl), "2026-03-03", 3, "2026-06-03"),
            (Some(Pl), "2026-03-04", 3, "2026-06-05"),
            (Some(De), "2026-09-30", 3, "2026-12-30"),
            (Some(Pl), "2026-09-24", 3, "2026-12-28"),
        ]
    };

    #[test]
    fn due_dates_table() {
        let mut wrong = Vec::new();
        for (country, received, months, due) in TABLE {
            let got = due_date(d(received), *months, &Calendar::of(*country));
            if got != Some(d(due)) {
                wrong.push(format!("{country:?} {received} +{months}: expected {due}, got {got:?}"));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn king_s_day_moves_to_saturday_when_27_april_is_a_sunday() {
        let name = |c, day: &str| public_holidays(c, d(day).year()).get(&d(day)).map(|n| n.to_string());
        assert_eq!(name(HolidayCountry::Nl, "2025-04-26").as_deref(), Some("King's Day"));
        assert!(!public_holidays(HolidayCountry::Nl, 2025).contains_key(&d("2025-04-27")));
        assert_eq!(name(HolidayCountry::Nl, "2026-04-27").as_deref(), Some("King's Day"));
        assert_eq!(name(HolidayCountry::Bg, "2027-05-04").as_deref(), Some("Labour Day (moved from the weekend)"));
        assert_eq!(name(HolidayCountry::Ie, "2024-03-18").as_deref(), Some("St Patrick's Day (taken on a weekday)"));
    }

    #[test]
    fn closure_days_move_the_deadline() {
        let pl = cal(HolidayCountry::Pl);
        assert_eq!(due_date(d("2026-10-11"), 1, &pl), Some(d("2026-11-12")));
        let closed = pl.clone().with_closures([d("2026-11-12"), d("2026-11-13")]);
        assert_eq!(due_date(d("2026-10-11"), 1, &closed), Some(d("2026-11-16")));
        assert!(!closed.is_working_day(d("2026-11-13")));
        assert!(pl.is_working_day(d("2026-11-13")));
    }

    #[test]
    fn holiday_counts_per_country() {
        use HolidayCountry::*;
        for (country, year, count) in [
            (Pl, 2026, 14),
            (De, 2026, 9),
            (Fr, 2026, 11),
            (It, 2026, 13),
            (Es, 2026, 10),
            (At, 2026, 13),
            (Nl, 2026, 10),
            (Bg, 2026, 17),
            (Ie, 2026, 11),
        ] {
            assert_eq!(public_holidays(country, year).len(), count, "{country:?} {year}");
        }
        assert_eq!(public_holidays(Pl, 2024).len(), 13, "no Christmas Eve before 2025");
        assert!(public_holidays(Pl, 1000).is_empty());
    }

    #[test]
    fn urgency_relative_to_today() {
        let due = d("2026-03-02");
        for (today, days_left, soon, overdue) in [
            ("2026-02-20", 10, false, false),
            ("2026-02-22", 8, false, false),
            ("2026-02-23", 7, true, false),
            ("2026-03-01", 1, true, false),
            ("2026-03-02", 0, true, false),
            ("2026-03-03", -1, false, true),
            ("2026-04-03", -32, false, true),
        ] {
            assert_eq!(urgency(due, d(today)), Urgency { days_left, due_soon: soon, overdue }, "today {today}");
        }
    }

    #[test]
    fn country_codes() {
        assert_eq!(HolidayCountry::from_code("pl"), Some(HolidayCountry::Pl));
        assert_eq!(HolidayCountry::from_code("GB"), None);
    }
}
