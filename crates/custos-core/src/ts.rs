//! Times at the storage boundary.
//!
//! The vault stores a time as UTC text with milliseconds, `2026-11-23T10:15:00.000Z`, so it
//! sorts as text and reads plainly in any SQLite tool. [`StoredTime`] is the one type a time
//! from outside (an import, a typed `--at`, the desktop form) becomes before it is written: it
//! accepts exactly the times the vault can write and read back, the years
//! [`EARLIEST_YEAR`]–[`LATEST_YEAR`] in UTC, given with an offset of at most ±18:00
//! ([`MAX_OFFSET_HOURS`]). Days (a request's received date, a review date) are checked
//! against the same years by [`check_day`].

use std::fmt;

use crate::error::{Error, Result};
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, SecondsFormat, SubsecRound, TimeZone, Utc};
use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

/// The first year a stored time or day may fall in.
pub const EARLIEST_YEAR: i32 = 1900;
/// The last year a stored time or day may fall in.
pub const LATEST_YEAR: i32 = 2200;
/// The largest UTC offset accepted, in hours either way (the widest ISO 8601 allows).
pub const MAX_OFFSET_HOURS: i32 = 18;

/// Why a time cannot be stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TimeError {
    /// The time, in UTC, falls outside the years Custos stores.
    OutOfRange { utc: String },
    /// The offset from UTC is beyond ±18:00.
    OffsetTooLarge { offset: String },
    /// The text is not a time at all.
    NotATime { text: String },
}

impl fmt::Display for TimeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TimeError::OutOfRange { utc } => {
                write!(f, "{utc} UTC is outside the years {EARLIEST_YEAR}–{LATEST_YEAR} that Custos stores")
            }
            TimeError::OffsetTooLarge { offset } => write!(
                f,
                "the UTC offset {offset} is not a real time zone (use one between -{MAX_OFFSET_HOURS}:00 and \
                 +{MAX_OFFSET_HOURS}:00)"
            ),
            TimeError::NotATime { text } => {
                write!(f, "\"{text}\" is not a time (write it as 2026-03-01T09:00:00Z or 2026-03-01T10:00:00+01:00)")
            }
        }
    }
}

impl std::error::Error for TimeError {}

impl TimeError {
    /// The error as the core reports it for a field.
    pub fn for_field(self, field: &'static str) -> Error {
        Error::invalid(field, crate::why::Why::time(self))
    }

    /// The error as an import reports it for a line of the file.
    pub fn on_line(self, line: usize) -> Error {
        Error::import(line, crate::why::ImportWhy::time(self))
    }
}

/// A time the vault can store and read back: UTC, to the millisecond (what is stored), within
/// the years [`EARLIEST_YEAR`]–[`LATEST_YEAR`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct StoredTime(DateTime<Utc>);

impl StoredTime {
    /// Checks a UTC time.
    pub fn new(t: DateTime<Utc>) -> Result<StoredTime, TimeError> {
        let year = t.year();
        if !(EARLIEST_YEAR..=LATEST_YEAR).contains(&year) {
            return Err(TimeError::OutOfRange { utc: describe(t) });
        }
        Ok(StoredTime(t.trunc_subsecs(3)))
    }

    /// Checks a time given with its offset from UTC (an RFC 3339 text, a phone's local time).
    pub fn with_offset(t: DateTime<FixedOffset>) -> Result<StoredTime, TimeError> {
        check_offset(*t.offset())?;
        StoredTime::new(t.with_timezone(&Utc))
    }

    /// A wall-clock time at a fixed offset from UTC.
    pub fn local(t: NaiveDateTime, offset: FixedOffset) -> Result<StoredTime, TimeError> {
        check_offset(offset)?;
        // A fixed offset has no gaps or folds: one answer, unless it leaves chrono's range.
        let at = offset.from_local_datetime(&t).single().ok_or(TimeError::OutOfRange { utc: t.to_string() })?;
        StoredTime::new(at.with_timezone(&Utc))
    }

    /// Parses RFC 3339 text (`2026-03-01T10:00:00+01:00`, `2026-03-01T09:00:00Z`).
    pub fn parse(text: &str) -> Result<StoredTime, TimeError> {
        let t = text.trim();
        let parsed = DateTime::parse_from_rfc3339(t).map_err(|_| TimeError::NotATime { text: excerpt(t) })?;
        StoredTime::with_offset(parsed)
    }

    /// The time in UTC.
    pub fn utc(self) -> DateTime<Utc> {
        self.0
    }
}

impl From<StoredTime> for DateTime<Utc> {
    fn from(t: StoredTime) -> Self {
        t.0
    }
}

impl TryFrom<DateTime<Utc>> for StoredTime {
    type Error = TimeError;

    fn try_from(t: DateTime<Utc>) -> Result<Self, TimeError> {
        StoredTime::new(t)
    }
}

/// Checks a UTC offset: at most ±18:00.
pub fn check_offset(offset: FixedOffset) -> Result<FixedOffset, TimeError> {
    if offset.local_minus_utc().abs() > MAX_OFFSET_HOURS * 3600 {
        return Err(TimeError::OffsetTooLarge { offset: offset.to_string() });
    }
    Ok(offset)
}

/// A UTC offset given in minutes (the desktop sends the phone's zone so).
pub fn offset_from_minutes(minutes: i32) -> Result<FixedOffset, TimeError> {
    let bad = || TimeError::OffsetTooLarge { offset: format!("{minutes} minutes") };
    let offset = minutes.checked_mul(60).and_then(FixedOffset::east_opt).ok_or_else(bad)?;
    check_offset(offset)
}

/// Checks a day that will be stored: the same years as a time.
pub fn check_day(field: &'static str, day: NaiveDate) -> Result<NaiveDate> {
    if !(EARLIEST_YEAR..=LATEST_YEAR).contains(&day.year()) {
        return Err(Error::invalid(
            field,
            crate::why::Why::DayOutOfRange {
                day,
                earliest: crate::why::Year(EARLIEST_YEAR),
                latest: crate::why::Year(LATEST_YEAR),
            },
        ));
    }
    Ok(day)
}

fn describe(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%d %H:%M").to_string()
}

fn excerpt(text: &str) -> String {
    let mut out: String = text.chars().take(40).collect();
    if text.chars().count() > 40 {
        out.push('…');
    }
    out
}

/// How every time is bound to and read from SQL: the stored text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Ts(pub DateTime<Utc>);

impl From<StoredTime> for Ts {
    fn from(t: StoredTime) -> Self {
        Ts(t.0)
    }
}

pub(crate) fn format(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

impl ToSql for Ts {
    /// Refuses a time the reader would refuse: RFC 3339 has four-digit years only. Inputs are
    /// checked far narrower before this ([`StoredTime`]); this is the last guard.
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        if !(0..=9999).contains(&self.0.year()) {
            return Err(rusqlite::Error::ToSqlConversionFailure(Box::new(TimeError::OutOfRange {
                utc: describe(self.0),
            })));
        }
        Ok(ToSqlOutput::from(format(self.0)))
    }
}

impl FromSql for Ts {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let text = value.as_str()?;
        DateTime::parse_from_rfc3339(text)
            .map(|t| Ts(t.with_timezone(&Utc)))
            .map_err(|e| FromSqlError::Other(Box::new(e)))
    }
}

/// Reads an optional stored time.
pub(crate) fn opt(t: Option<Ts>) -> Option<DateTime<Utc>> {
    t.map(|t| t.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, min, 0).single().unwrap()
    }

    #[test]
    fn the_range_ends_are_stored_and_read_back() {
        for t in [utc(1900, 1, 1, 0, 0), utc(2200, 12, 31, 23, 59), utc(2026, 3, 1, 9, 0)] {
            let stored = StoredTime::new(t).unwrap();
            let text = format(stored.utc());
            assert_eq!(DateTime::parse_from_rfc3339(&text).unwrap().with_timezone(&Utc), t, "{text}");
        }
        assert!(matches!(StoredTime::new(utc(1899, 12, 31, 23, 59)), Err(TimeError::OutOfRange { .. })));
        assert!(matches!(StoredTime::new(utc(2201, 1, 1, 0, 0)), Err(TimeError::OutOfRange { .. })));
    }

    #[test]
    fn the_reported_times_are_refused_with_a_reason() {
        // The three reproductions: a WhatsApp line of the year 0 at +01:00, a JSON time at
        // -23:59, and `--at 0000-01-01T00:30:00+01:00`.
        let wa = NaiveDate::from_ymd_opt(0, 1, 1).unwrap().and_hms_opt(0, 30, 0).unwrap();
        let err = StoredTime::local(wa, FixedOffset::east_opt(3600).unwrap()).unwrap_err();
        assert!(err.to_string().contains("outside the years 1900–2200"), "{err}");
        let err = StoredTime::parse("9999-12-31T23:59:59-23:59").unwrap_err();
        assert_eq!(err, TimeError::OffsetTooLarge { offset: "-23:59".into() });
        assert!(err.to_string().contains("between -18:00 and +18:00"), "{err}");
        assert!(matches!(StoredTime::parse("0000-01-01T00:30:00+01:00"), Err(TimeError::OutOfRange { .. })));
        assert!(matches!(StoredTime::parse("yesterday"), Err(TimeError::NotATime { .. })));
        // The widest real offsets pass.
        assert!(StoredTime::parse("2026-03-01T10:00:00+14:00").is_ok());
        assert!(StoredTime::parse("2026-03-01T10:00:00-18:00").is_ok());
        assert!(StoredTime::parse("2026-03-01T10:00:00+18:01").is_err());
    }

    #[test]
    fn offsets_in_minutes_are_checked() {
        assert_eq!(offset_from_minutes(60).unwrap().local_minus_utc(), 3600);
        assert_eq!(offset_from_minutes(-18 * 60).unwrap().local_minus_utc(), -18 * 3600);
        assert!(offset_from_minutes(18 * 60 + 1).is_err());
        assert!(offset_from_minutes(i32::MAX).is_err());
    }

    #[test]
    fn the_sql_binding_refuses_what_it_could_not_read_back() {
        let far = utc(9999, 12, 31, 23, 59) + chrono::Duration::days(2);
        assert!(Ts(far).to_sql().is_err());
        assert!(Ts(utc(2026, 1, 1, 0, 0)).to_sql().is_ok());
    }

    #[test]
    fn days_outside_the_range_are_refused() {
        assert!(check_day("review_on", NaiveDate::from_ymd_opt(2200, 12, 31).unwrap()).is_ok());
        let err = check_day("review_on", NaiveDate::from_ymd_opt(2201, 1, 1).unwrap()).unwrap_err();
        assert_eq!(err.code(), "invalid_input");
    }
}
