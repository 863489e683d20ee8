//! The times of a website chat export, as its tools and spreadsheets write them:
//!
//! - RFC 3339 / ISO 8601 with a zone: `2026-03-01T10:00:00Z`, `2026-03-01 10:00:00+01:00`,
//!   `2026-03-01T10:00:00.123+0100`, `2026-03-01 10:00 UTC`, `… GMT+1`;
//! - the same without a zone, `2026-03-01 10:00[:00]`: local time, at the offset the user
//!   gives;
//! - `01.03.2026 10:00` and `01-03-2026 10:00`: the day first, as wherever dots are written;
//! - `01/03/2026 10:00` or `03/01/2026 10:00 AM`: the day or the month first, decided once
//!   for the whole file as the WhatsApp importer decides it ([`crate::import::whatsapp`]): a
//!   first number above 12 means the day first, a second above 12 the month first, both in
//!   one file is refused at the line that contradicts the first; when nothing tells, a file
//!   with AM/PM times is read month first (American), another day first;
//! - two-digit years (`01.03.26`) are 2000–2099; seconds and fractions of them are optional;
//! - Unix time: 9 or 10 digits are seconds, 12 or 13 milliseconds.
//!
//! The date and the time of day may also come in two columns of their own.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Utc};

use crate::ts::{StoredTime, TimeError};

/// A date as written, before the file's order of day and month is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum WrittenDate {
    /// Year, month, day: the order is fixed.
    Iso(i32, u32, u32),
    /// Day, month, year: dots or dashes.
    DayFirst(u32, u32, i32),
    /// Two numbers and the year with slashes: the file's order decides.
    Slashed(u32, u32, i32),
}

/// A time of day as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Clock {
    hour: u32,
    minute: u32,
    second: u32,
    milli: u32,
    /// `Some(pm)` with AM/PM.
    pm: Option<bool>,
    /// The zone written after it, in seconds east of UTC.
    zone: Option<i32>,
}

/// A time as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Written {
    Unix(DateTime<Utc>),
    Local(WrittenDate, Clock),
}

/// Why a written time is not one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Fault {
    /// No such day or month ("31/02/2026", "13.13.2026").
    NoSuchDate,
    /// The hour, minute or second is not a real one, or the zone not a real offset.
    NoSuchTime,
    /// The date contradicts the file's order of day and month.
    Contradicts { day_first: bool, evidence_line: usize, evidence: String },
    /// The time cannot be stored (out of the years, an offset beyond ±18:00).
    Stored(TimeError),
}

impl Written {
    /// A date and a time of day in one text.
    pub fn parse(text: &str) -> Option<Written> {
        let t = text.trim();
        if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) {
            let n: i64 = t.parse().ok()?;
            let at = match t.len() {
                9 | 10 => DateTime::from_timestamp(n, 0)?,
                12 | 13 => DateTime::from_timestamp_millis(n)?,
                _ => return None,
            };
            return Some(Written::Unix(at));
        }
        let mut c = Cursor { s: t.as_bytes(), i: 0 };
        let date = c.date()?;
        let t_separated = c.eat(b'T') || c.eat(b't');
        if !t_separated {
            let comma = c.eat(b',');
            if c.spaces() == 0 && !comma {
                return None;
            }
            c.spaces();
        }
        let clock = c.clock()?;
        c.end().then_some(Written::Local(date, clock))
    }

    /// A date alone.
    pub fn parse_date(text: &str) -> Option<WrittenDate> {
        let mut c = Cursor { s: text.trim().as_bytes(), i: 0 };
        let date = c.date()?;
        c.end().then_some(date)
    }

    /// A time of day alone.
    pub fn parse_clock(text: &str) -> Option<Clock> {
        let mut c = Cursor { s: text.trim().as_bytes(), i: 0 };
        let clock = c.clock()?;
        c.end().then_some(clock)
    }

    /// The date, if it is written with slashes (what the file's order is decided by).
    pub fn date(&self) -> Option<WrittenDate> {
        match self {
            Written::Local(date, _) => Some(*date),
            Written::Unix(_) => None,
        }
    }

    /// Whether it is written with AM or PM.
    pub fn meridiem(&self) -> bool {
        matches!(self, Written::Local(_, c) if c.pm.is_some())
    }

    /// The time in UTC: a local time at `offset` unless it names its own zone.
    pub fn resolve(&self, order: &Order, offset: FixedOffset) -> Result<DateTime<Utc>, Fault> {
        let (date, clock) = match *self {
            Written::Unix(at) => return StoredTime::new(at).map(StoredTime::utc).map_err(Fault::Stored),
            Written::Local(date, clock) => (date, clock),
        };
        let date = order.date(date)?;
        let hour = match clock.pm {
            None if clock.hour < 24 => clock.hour,
            Some(pm) if (1..=12).contains(&clock.hour) => clock.hour % 12 + if pm { 12 } else { 0 },
            _ => return Err(Fault::NoSuchTime),
        };
        let time =
            NaiveTime::from_hms_milli_opt(hour, clock.minute, clock.second, clock.milli).ok_or(Fault::NoSuchTime)?;
        let local = NaiveDateTime::new(date, time);
        let stored = match clock.zone {
            Some(seconds) => {
                let zone = FixedOffset::east_opt(seconds).ok_or(Fault::NoSuchTime)?;
                crate::ts::check_offset(zone).map_err(Fault::Stored)?;
                let at = local.and_local_timezone(zone).single().ok_or(Fault::NoSuchTime)?;
                StoredTime::with_offset(at)
            }
            None => StoredTime::local(local, offset),
        };
        stored.map(StoredTime::utc).map_err(Fault::Stored)
    }
}

impl Clock {
    /// This time of day on `date` (from a column of its own).
    pub fn on(self, date: WrittenDate) -> Written {
        Written::Local(date, self)
    }
}

/// How the file writes dates with slashes, and from which line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Order {
    day_first: bool,
    /// The first date that tells the order, and its line.
    evidence: Option<(usize, String)>,
}

impl Order {
    /// The order of the dates `written` (line, date as written, the date), the first one
    /// that tells deciding; `meridiem` says the file writes AM/PM.
    pub fn decide<'a>(written: impl Iterator<Item = (usize, &'a str, WrittenDate)>, meridiem: bool) -> Order {
        for (line, text, date) in written {
            if let Some(day_first) = Order::tells(date) {
                return Order { day_first, evidence: Some((line, text.trim().to_owned())) };
            }
        }
        Order { day_first: !meridiem, evidence: None }
    }

    /// `Some(day_first)` when a date tells the order by a number above 12.
    fn tells(date: WrittenDate) -> Option<bool> {
        match date {
            WrittenDate::Slashed(a, b, _) if a > 12 && b <= 12 => Some(true),
            WrittenDate::Slashed(a, b, _) if b > 12 && a <= 12 => Some(false),
            _ => None,
        }
    }

    fn date(&self, date: WrittenDate) -> Result<NaiveDate, Fault> {
        let (year, month, day) = match date {
            WrittenDate::Iso(y, m, d) => (y, m, d),
            WrittenDate::DayFirst(d, m, y) => (y, m, d),
            WrittenDate::Slashed(a, b, y) => {
                if let Some(day_first) = Order::tells(date)
                    && day_first != self.day_first
                    && let Some((evidence_line, evidence)) = &self.evidence
                {
                    return Err(Fault::Contradicts {
                        day_first: self.day_first,
                        evidence_line: *evidence_line,
                        evidence: evidence.clone(),
                    });
                }
                if self.day_first { (y, b, a) } else { (y, a, b) }
            }
        };
        NaiveDate::from_ymd_opt(year, month, day).ok_or(Fault::NoSuchDate)
    }
}

/// Reads a time's parts from ASCII bytes.
struct Cursor<'a> {
    s: &'a [u8],
    i: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn eat(&mut self, b: u8) -> bool {
        let hit = self.peek() == Some(b);
        self.i += usize::from(hit);
        hit
    }

    /// Eats `word` in any case.
    fn eat_word(&mut self, word: &str) -> bool {
        let end = self.i + word.len();
        let hit = self.s.get(self.i..end).is_some_and(|w| w.eq_ignore_ascii_case(word.as_bytes()));
        if hit {
            self.i = end;
        }
        hit
    }

    fn spaces(&mut self) -> usize {
        let start = self.i;
        while self.peek() == Some(b' ') {
            self.i += 1;
        }
        self.i - start
    }

    /// `min`–`max` digits: their value and how many there were.
    fn digits(&mut self, min: usize, max: usize) -> Option<(u32, usize)> {
        let start = self.i;
        let mut value: u32 = 0;
        while self.i - start < max
            && let Some(b) = self.peek().filter(u8::is_ascii_digit)
        {
            value = value * 10 + u32::from(b - b'0');
            self.i += 1;
        }
        let n = self.i - start;
        (n >= min).then_some((value, n))
    }

    fn end(&mut self) -> bool {
        self.spaces();
        self.i == self.s.len()
    }

    fn date(&mut self) -> Option<WrittenDate> {
        let (first, first_len) = self.digits(1, 4)?;
        let sep = self.peek().filter(|b| matches!(b, b'-' | b'/' | b'.'))?;
        self.i += 1;
        let (second, _) = self.digits(1, 2)?;
        if !self.eat(sep) {
            return None;
        }
        let (third, third_len) = self.digits(1, 4)?;
        if first_len == 4 {
            let year = i32::try_from(first).ok()?;
            return (third_len <= 2).then_some(WrittenDate::Iso(year, second, third));
        }
        if first_len > 2 {
            return None;
        }
        let year = match third_len {
            2 => 2000 + i32::try_from(third).ok()?,
            4 => i32::try_from(third).ok()?,
            _ => return None,
        };
        Some(if sep == b'/' {
            WrittenDate::Slashed(first, second, year)
        } else {
            WrittenDate::DayFirst(first, second, year)
        })
    }

    fn clock(&mut self) -> Option<Clock> {
        let (hour, _) = self.digits(1, 2)?;
        if !self.eat(b':') {
            return None;
        }
        let (minute, _) = self.digits(2, 2)?;
        let (mut second, mut milli) = (0, 0);
        if self.eat(b':') {
            second = self.digits(2, 2)?.0;
            if self.eat(b'.') || self.eat(b',') {
                let (fraction, n) = self.digits(1, 9)?;
                milli = match n {
                    1 => fraction * 100,
                    2 => fraction * 10,
                    3 => fraction,
                    n => fraction / 10u32.pow(u32::try_from(n - 3).ok()?),
                };
            }
        }
        let before = self.i;
        self.spaces();
        let pm = if self.eat_word("am") || self.eat_word("a.m.") {
            Some(false)
        } else if self.eat_word("pm") || self.eat_word("p.m.") {
            Some(true)
        } else {
            self.i = before;
            None
        };
        let zone = self.zone()?;
        Some(Clock { hour, minute, second, milli, pm, zone })
    }

    /// The zone after a time: `Some(None)` when there is none, `None` when it is broken.
    fn zone(&mut self) -> Option<Option<i32>> {
        let before = self.i;
        self.spaces();
        if self.eat(b'Z') || self.eat(b'z') {
            return Some(Some(0));
        }
        let named = self.eat_word("utc") || self.eat_word("gmt");
        let sign = match self.peek() {
            Some(b'+') => 1,
            Some(b'-') => -1,
            _ if named => return Some(Some(0)),
            _ => {
                self.i = before;
                return Some(None);
            }
        };
        self.i += 1;
        let (hours, n) = self.digits(1, 4)?;
        let (hours, mut minutes) = if n > 2 { (hours / 100, hours % 100) } else { (hours, 0) };
        if n <= 2 && self.eat(b':') {
            minutes = self.digits(2, 2)?.0;
        }
        if minutes >= 60 {
            return None;
        }
        let seconds = i32::try_from(hours * 3600 + minutes * 60).ok()?;
        Some(Some(sign * seconds))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&Utc)
    }

    fn at(text: &str, offset_hours: i32) -> Result<DateTime<Utc>, Fault> {
        let w = Written::parse(text).unwrap_or_else(|| panic!("{text} not read"));
        let order = Order::decide(w.date().map(|d| (1, text, d)).into_iter(), w.meridiem());
        w.resolve(&order, FixedOffset::east_opt(offset_hours * 3600).unwrap())
    }

    #[test]
    fn times_with_a_zone_keep_it() {
        for (text, want) in [
            ("2026-03-01T10:00:00Z", "2026-03-01T10:00:00Z"),
            ("2026-03-01T10:00:00+01:00", "2026-03-01T09:00:00Z"),
            ("2026-03-01 10:00:00+01:00", "2026-03-01T09:00:00Z"),
            ("2026-03-01T10:00:00.123+0100", "2026-03-01T09:00:00.123Z"),
            ("2026-03-01T10:00:00.123456Z", "2026-03-01T10:00:00.123Z"),
            ("2026-03-01 10:00 UTC", "2026-03-01T10:00:00Z"),
            ("2026-03-01 10:00 GMT+1", "2026-03-01T09:00:00Z"),
            ("2026-03-01 10:00:00 -05", "2026-03-01T15:00:00Z"),
        ] {
            assert_eq!(at(text, 2), Ok(utc(want)), "{text}");
        }
    }

    #[test]
    fn times_without_a_zone_are_local() {
        for (text, want) in [
            ("2026-03-01 10:00", "2026-03-01T08:00:00Z"),
            ("2026-03-01T10:00:05", "2026-03-01T08:00:05Z"),
            ("01.03.2026 10:00", "2026-03-01T08:00:00Z"),
            ("1.3.2026, 10:00:30", "2026-03-01T08:00:30Z"),
            ("01.03.26 10:00", "2026-03-01T08:00:00Z"),
            ("01-03-2026 10:00", "2026-03-01T08:00:00Z"),
            ("13/03/2026 10:00", "2026-03-13T08:00:00Z"),
            ("03/13/2026 10:00 PM", "2026-03-13T20:00:00Z"),
            ("3/13/2026 12:05 a.m.", "2026-03-12T22:05:00Z"),
        ] {
            assert_eq!(at(text, 2), Ok(utc(want)), "{text}");
        }
    }

    #[test]
    fn unix_seconds_and_milliseconds() {
        assert_eq!(at("1772359200", 2), Ok(utc("2026-03-01T10:00:00Z")));
        assert_eq!(at("1772359200250", 2), Ok(utc("2026-03-01T10:00:00.250Z")));
        assert_eq!(Written::parse("12345"), None);
        assert_eq!(Written::parse("12345678901"), None);
    }

    #[test]
    fn what_is_not_a_time_is_not_read() {
        for text in [
            "",
            "yesterday",
            "2026-03-01",
            "10:00",
            "2026-03-01 10",
            "2026-03-01 10:0",
            "2026/03/01x10:00",
            "01.03.2026 10:00 xyz",
            "2026-03-01 10:00 +1:",
            "1/2/3 10:00",
            "123.3.2026 10:00",
            "2026-03-01 10:00 +01:99",
            "2026-03-01 ١٠:00",
        ] {
            assert_eq!(Written::parse(text), None, "{text}");
        }
        assert_eq!(at("2026-02-30 10:00", 0), Err(Fault::NoSuchDate));
        assert_eq!(at("13.13.2026 10:00", 0), Err(Fault::NoSuchDate));
        assert_eq!(at("2026-03-01 24:00", 0), Err(Fault::NoSuchTime));
        assert_eq!(at("2026-03-01 13:00 PM", 0), Err(Fault::NoSuchTime));
        assert_eq!(at("2026-03-01 10:60", 0), Err(Fault::NoSuchTime));
        assert!(matches!(at("1899-12-31 10:00", 0), Err(Fault::Stored(TimeError::OutOfRange { .. }))));
        assert!(matches!(at("2026-03-01 10:00 +19:00", 0), Err(Fault::Stored(TimeError::OffsetTooLarge { .. }))));
    }

    #[test]
    fn the_order_of_day_and_month_is_the_files() {
        let dates = [(2, "01/02/2026 10:00"), (3, "25/02/2026 10:00"), (4, "02/25/2026 10:00")];
        let written: Vec<(usize, &str, WrittenDate)> =
            dates.iter().map(|&(l, t)| (l, t, Written::parse(t).and_then(|w| w.date()).unwrap())).collect();
        let order = Order::decide(written.iter().copied(), false);
        assert_eq!(order, Order { day_first: true, evidence: Some((3, "25/02/2026 10:00".into())) });
        let offset = FixedOffset::east_opt(0).unwrap();
        let first = Written::parse(dates[0].1).unwrap();
        assert_eq!(first.resolve(&order, offset), Ok(utc("2026-02-01T10:00:00Z")));
        let last = Written::parse(dates[2].1).unwrap();
        assert_eq!(
            last.resolve(&order, offset),
            Err(Fault::Contradicts { day_first: true, evidence_line: 3, evidence: "25/02/2026 10:00".into() })
        );
        // Nothing tells: AM/PM means the month first.
        assert!(!Order::decide(written[..1].iter().copied(), true).day_first);
        assert!(Order::decide(written[..1].iter().copied(), false).day_first);
        // Both numbers above 12: no such date.
        let both = Written::parse("13/14/2026 10:00").unwrap();
        assert_eq!(both.resolve(&order, offset), Err(Fault::NoSuchDate));
    }

    #[test]
    fn a_date_and_a_clock_in_columns_of_their_own() {
        let date = Written::parse_date("01.03.2026").unwrap();
        let clock = Written::parse_clock("10:00:15").unwrap();
        let w = clock.on(date);
        assert_eq!(w.resolve(&Order::default(), FixedOffset::east_opt(3600).unwrap()), Ok(utc("2026-03-01T09:00:15Z")));
        assert_eq!(Written::parse_date("01.03.2026 10:00"), None);
        assert_eq!(Written::parse_clock("2026-03-01"), None);
        assert!(Written::parse_clock("9:41 PM").is_some());
    }
}
