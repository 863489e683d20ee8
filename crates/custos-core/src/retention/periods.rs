//! Retention periods: a length of time in days, months or years, its bounds, and the
//! calendar arithmetic the warnings need.

use chrono::{DateTime, Months, Utc};
use serde::{Deserialize, Serialize};

use crate::contacts::string_enum;
use crate::error::{Error, Result, Why};

string_enum!(
    /// The unit of a retention period.
    PeriodUnit ("period unit") {
        Days = "days",
        Months = "months",
        Years = "years",
    }
);

impl PeriodUnit {
    /// The longest period of this unit a rule may have: 36,500 days, 1,200 months or
    /// 100 years (a century). The desktop UI's policy editor checks the same bounds.
    pub const fn max_amount(self) -> u32 {
        match self {
            PeriodUnit::Days => 36_500,
            PeriodUnit::Months => 1_200,
            PeriodUnit::Years => 100,
        }
    }
}

/// A length of time: 60 days, 12 months, 5 years.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Period {
    pub amount: u32,
    pub unit: PeriodUnit,
}

impl Period {
    /// The shortest period of any unit: one day, month or year.
    pub const MIN_AMOUNT: u32 = 1;

    pub fn days(amount: u32) -> Self {
        Period { amount, unit: PeriodUnit::Days }
    }

    pub fn months(amount: u32) -> Self {
        Period { amount, unit: PeriodUnit::Months }
    }

    pub fn years(amount: u32) -> Self {
        Period { amount, unit: PeriodUnit::Years }
    }

    /// The moment this period after `start` ends. Months and years follow the calendar: a
    /// month after 31 January is the last day of February.
    pub fn after(self, start: DateTime<Utc>) -> DateTime<Utc> {
        let months = |n: u32| start.checked_add_months(Months::new(n)).unwrap_or(DateTime::<Utc>::MAX_UTC);
        match self.unit {
            PeriodUnit::Days => start + chrono::Duration::days(i64::from(self.amount)),
            PeriodUnit::Months => months(self.amount),
            PeriodUnit::Years => months(self.amount.saturating_mul(12)),
        }
    }

    /// The start from which this period ends at `end` (the latest start that is already due).
    pub(super) fn before(self, end: DateTime<Utc>) -> DateTime<Utc> {
        let months = |n: u32| end.checked_sub_months(Months::new(n)).unwrap_or(DateTime::<Utc>::MIN_UTC);
        match self.unit {
            PeriodUnit::Days => end - chrono::Duration::days(i64::from(self.amount)),
            PeriodUnit::Months => months(self.amount),
            PeriodUnit::Years => months(self.amount.saturating_mul(12)),
        }
    }

    /// In words: "60 days", "1 month", "5 years".
    pub fn describe(self) -> String {
        let unit = match (self.unit, self.amount) {
            (PeriodUnit::Days, 1) => "day",
            (PeriodUnit::Months, 1) => "month",
            (PeriodUnit::Years, 1) => "year",
            (unit, _) => unit.code(),
        };
        format!("{} {unit}", self.amount)
    }

    /// Checks the amount is within [`Period::MIN_AMOUNT`] and [`PeriodUnit::max_amount`].
    pub(super) fn validate(self) -> Result<()> {
        let (min, max) = (Period::MIN_AMOUNT, self.unit.max_amount());
        if self.amount < min || self.amount > max {
            return Err(Error::invalid("period", Why::PeriodOutOfRange { min, max, unit: self.unit }));
        }
        Ok(())
    }
}

impl std::str::FromStr for Period {
    type Err = Error;

    /// "60 days", "12 months", "5 years" (singular too), or short: "60d", "12m", "5y".
    fn from_str(text: &str) -> Result<Period> {
        let t = text.trim().to_lowercase();
        let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
        let (number, unit) = t.split_at(split);
        let bad = || Error::invalid("period", Why::NotAPeriod { text: text.to_owned() });
        let amount: u32 = number.parse().map_err(|_| bad())?;
        let unit = match unit.trim() {
            "d" | "day" | "days" => PeriodUnit::Days,
            "m" | "month" | "months" => PeriodUnit::Months,
            "y" | "year" | "years" => PeriodUnit::Years,
            _ => return Err(bad()),
        };
        let period = Period { amount, unit };
        period.validate()?;
        Ok(period)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn periods_follow_the_calendar() {
        let jan31 = Utc.with_ymd_and_hms(2026, 1, 31, 12, 0, 0).unwrap();
        assert_eq!(Period::months(1).after(jan31), Utc.with_ymd_and_hms(2026, 2, 28, 12, 0, 0).unwrap());
        assert_eq!(Period::years(1).after(jan31), Utc.with_ymd_and_hms(2027, 1, 31, 12, 0, 0).unwrap());
        assert_eq!(Period::days(60).after(jan31), Utc.with_ymd_and_hms(2026, 4, 1, 12, 0, 0).unwrap());
        let mar1 = Utc.with_ymd_and_hms(2026, 3, 1, 0, 0, 0).unwrap();
        assert!(Period::months(12).after(Period::months(12).before(mar1)) <= mar1);
        assert_eq!(Period::days(1).describe(), "1 day");
        assert_eq!(Period::years(5).describe(), "5 years");
        assert!(Period::days(0).validate().is_err());
        assert!(Period::years(101).validate().is_err());
        assert_eq!("60 days".parse::<Period>().unwrap(), Period::days(60));
        assert_eq!(" 1 Year".parse::<Period>().unwrap(), Period::years(1));
        assert_eq!("12m".parse::<Period>().unwrap(), Period::months(12));
        assert_eq!("0 days".parse::<Period>().unwrap_err().code(), "invalid_input");
        assert_eq!("soon".parse::<Period>().unwrap_err().code(), "invalid_input");
        assert_eq!("5 fortnights".parse::<Period>().unwrap_err().code(), "invalid_input");
    }

    #[test]
    fn periods_are_bounded_by_the_unit() {
        assert_eq!(Period::MIN_AMOUNT, 1);
        assert_eq!(PeriodUnit::Days.max_amount(), 36_500);
        assert_eq!(PeriodUnit::Months.max_amount(), 1_200);
        assert_eq!(PeriodUnit::Years.max_amount(), 100);
        for &unit in PeriodUnit::ALL {
            let max = unit.max_amount();
            assert!(Period { amount: Period::MIN_AMOUNT, unit }.validate().is_ok(), "{unit} min");
            assert!(Period { amount: max, unit }.validate().is_ok(), "{unit} max");
            assert!(Period { amount: Period::MIN_AMOUNT - 1, unit }.validate().is_err(), "{unit} below min");
            assert!(Period { amount: max + 1, unit }.validate().is_err(), "{unit} above max");
            assert_eq!(format!("{max} {unit}").parse::<Period>().unwrap(), Period { amount: max, unit });
            let err = format!("{} {unit}", max + 1).parse::<Period>().unwrap_err();
            assert_eq!(err.code(), "invalid_input");
            assert!(err.to_string().contains(&format!("use 1 to {max} {unit}")), "{err}");
        }
    }
}
