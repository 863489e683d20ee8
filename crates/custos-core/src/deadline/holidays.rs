//! The national public holidays of each supported country (see the module documentation of
//! [`deadline`](super) for what each country's table holds), and Easter, which most of them
//! hang from.

use std::borrow::Cow;
use std::collections::BTreeMap;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::Serialize;

use super::is_weekend;

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
    /// Its English name.
    pub name: String,
    /// Its name as a stable code ("new-years-day"), for a front end that names it in another
    /// language ([`holiday_code`]; every one is in [`holiday_codes`]).
    pub code: String,
}

/// The code of a holiday's English name: its letters and digits in lower case, the rest as
/// single hyphens ("St Patrick's Day" → "st-patricks-day").
pub fn holiday_code(name: &str) -> String {
    let mut code = String::new();
    for c in name.chars().filter(|&c| c != '\'') {
        if c.is_ascii_alphanumeric() {
            code.push(c.to_ascii_lowercase());
        } else if !code.ends_with('-') {
            code.push('-');
        }
    }
    code.trim_matches('-').to_owned()
}

/// Every holiday code a country of [`HolidayCountry::ALL`] has had or will have from 1950 to
/// 2100 (the rules change by year: new holidays, renamed ones).
pub fn holiday_codes() -> std::collections::BTreeSet<String> {
    HolidayCountry::ALL
        .iter()
        .flat_map(|&country| (1950..=2100).flat_map(move |year| public_holidays(country, year).into_values()))
        .map(|name| holiday_code(&name))
        .collect()
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

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {

    #[test]
    fn a_holidays_code_is_its_english_name_in_lower_case_with_hyphens() {
        assert_eq!(super::holiday_code("St Patrick's Day (taken on a weekday)"), "st-patricks-day-taken-on-a-weekday");
        assert_eq!(super::holiday_code("New Year's Day"), "new-years-day");
        let codes = super::holiday_codes();
        assert!(codes.contains("christmas-eve") && codes.contains("reformation-day"), "{codes:?}");
        assert!(codes.iter().all(|c| !c.is_empty() && !c.contains("--")), "{codes:?}");
    }

    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
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
    fn king_s_day_moves_to_saturday_when_27_april_is_a_sunday() {
        let name = |c, day: &str| public_holidays(c, d(day).year()).get(&d(day)).map(|n| n.to_string());
        assert_eq!(name(HolidayCountry::Nl, "2025-04-26").as_deref(), Some("King's Day"));
        assert!(!public_holidays(HolidayCountry::Nl, 2025).contains_key(&d("2025-04-27")));
        assert_eq!(name(HolidayCountry::Nl, "2026-04-27").as_deref(), Some("King's Day"));
        assert_eq!(name(HolidayCountry::Bg, "2027-05-04").as_deref(), Some("Labour Day (moved from the weekend)"));
        assert_eq!(name(HolidayCountry::Ie, "2024-03-18").as_deref(), Some("St Patrick's Day (taken on a weekday)"));
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
    fn country_codes() {
        assert_eq!(HolidayCountry::from_code("pl"), Some(HolidayCountry::Pl));
        assert_eq!(HolidayCountry::from_code("GB"), None);
    }
}
