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
//! [`Vault::calendar`](crate::Vault::calendar), which reads the firm's country and closure days.

mod calendars;
mod holidays;

pub(crate) use calendars::load;
pub use calendars::{CalendarInfo, Calendars, ClosureDay};
pub use holidays::{
    Holiday, HolidayCountry, holiday_code, holiday_codes, orthodox_easter, public_holidays, western_easter,
};

use std::borrow::Cow;
use std::collections::BTreeSet;

use chrono::{Datelike, Months, NaiveDate, Weekday};
use serde::Serialize;

/// A request is "due soon" when at most this many days are left.
pub const DUE_SOON_DAYS: i64 = 7;

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
    fn closure_days_move_the_deadline() {
        let pl = cal(HolidayCountry::Pl);
        assert_eq!(due_date(d("2026-10-11"), 1, &pl), Some(d("2026-11-12")));
        let closed = pl.clone().with_closures([d("2026-11-12"), d("2026-11-13")]);
        assert_eq!(due_date(d("2026-10-11"), 1, &closed), Some(d("2026-11-16")));
        assert!(!closed.is_working_day(d("2026-11-13")));
        assert!(pl.is_working_day(d("2026-11-13")));
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
}
