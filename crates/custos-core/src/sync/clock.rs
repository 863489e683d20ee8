//! The hybrid logical clock (docs/TEAM.md, "Words"): `(wall ms, counter, seat index)`,
//! compared in that order. It follows the vault's injected clock ([`crate::Clock`]) but never
//! runs backwards, even when that clock does or another seat's clock is ahead: every change
//! a seat makes is later than every change it has seen.

use std::fmt;
use std::sync::Arc;

use chrono::{DateTime, Utc};

use crate::clock::Clock;
use crate::error::{Error, Result};

/// One moment of the hybrid logical clock. The derived order is the clock's: wall time, then
/// counter, then seat index (so two seats never make equal moments).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Hlc {
    /// Milliseconds since 1970 (never below 0).
    pub wall_ms: i64,
    /// Orders moments within one millisecond.
    pub counter: u32,
    /// The seat that made the moment.
    pub seat: i64,
}

impl Hlc {
    /// The clock's value before any change: below every moment a seat makes.
    pub const ZERO: Hlc = Hlc { wall_ms: 0, counter: 0, seat: 0 };

    /// Text that sorts as the clock does (fixed width: `wall-counter-seat`), as stored in
    /// `vault_meta`, `field_clock` and change files' headers.
    pub fn encode(&self) -> String {
        self.to_string()
    }

    /// Reads [`encode`](Self::encode)'s text.
    pub fn parse(text: &str) -> Result<Hlc> {
        let bad = || Error::Internal(format!("not a hybrid clock value: {text:?}"));
        let mut parts = text.split('-');
        let (Some(wall), Some(counter), Some(seat), None) = (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(bad());
        };
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(wall, 15) || !digits(counter, 10) || !digits(seat, 4) {
            return Err(bad());
        }
        Ok(Hlc {
            wall_ms: wall.parse().map_err(|_| bad())?,
            counter: counter.parse().map_err(|_| bad())?,
            seat: seat.parse().map_err(|_| bad())?,
        })
    }
}

impl fmt::Display for Hlc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:015}-{:010}-{:04}", self.wall_ms, self.counter, self.seat)
    }
}

/// A seat's hybrid logical clock: the last moment it made or saw, and the wall clock it follows.
#[derive(Debug, Clone)]
pub struct HybridClock {
    last: Hlc,
    seat: i64,
    clock: Arc<dyn Clock>,
}

impl HybridClock {
    /// The clock of seat `seat` that last stood at `last` (from `vault_meta`), reading `clock`.
    pub fn new(last: Hlc, seat: i64, clock: Arc<dyn Clock>) -> Self {
        HybridClock { last, seat, clock }
    }

    /// The last moment made or seen (what is stored between writes).
    pub fn last(&self) -> Hlc {
        self.last
    }

    /// The moment of a local change: the wall clock's, or just after the last one if that is
    /// not earlier.
    pub fn tick(&mut self) -> Result<Hlc> {
        let now = wall_ms(self.clock.now());
        let next = if now > self.last.wall_ms {
            Hlc { wall_ms: now, counter: 0, seat: self.seat }
        } else {
            Hlc { wall_ms: self.last.wall_ms, counter: next_counter(self.last.counter)?, seat: self.seat }
        };
        self.last = next;
        Ok(next)
    }

    /// Takes in another seat's moment (a change file applied here): this clock moves past it,
    /// so the next local change is later than the change seen.
    pub fn observe(&mut self, remote: Hlc) -> Result<Hlc> {
        let now = wall_ms(self.clock.now());
        let wall = now.max(self.last.wall_ms).max(remote.wall_ms);
        let counter = if wall == self.last.wall_ms && wall == remote.wall_ms {
            next_counter(self.last.counter.max(remote.counter))?
        } else if wall == self.last.wall_ms {
            next_counter(self.last.counter)?
        } else if wall == remote.wall_ms {
            next_counter(remote.counter)?
        } else {
            0
        };
        self.last = Hlc { wall_ms: wall, counter, seat: self.seat };
        Ok(self.last)
    }
}

fn wall_ms(t: DateTime<Utc>) -> i64 {
    t.timestamp_millis().max(0)
}

fn next_counter(c: u32) -> Result<u32> {
    c.checked_add(1).ok_or_else(|| Error::Internal("the hybrid clock's counter ran out within one millisecond".into()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::FixedClock;
    use chrono::{Duration, TimeZone};

    fn start() -> FixedClock {
        FixedClock::new(Utc.with_ymd_and_hms(2026, 12, 7, 9, 0, 0).unwrap())
    }

    #[test]
    fn ticks_follow_the_wall_clock_and_never_repeat() {
        let wall = start();
        let mut hlc = HybridClock::new(Hlc::ZERO, 1, Arc::new(wall.clone()));
        let a = hlc.tick().unwrap();
        let b = hlc.tick().unwrap();
        assert_eq!((a.wall_ms, a.counter, a.seat), (wall.now().timestamp_millis(), 0, 1));
        assert_eq!((b.wall_ms, b.counter), (a.wall_ms, 1));
        wall.advance(Duration::milliseconds(5));
        let c = hlc.tick().unwrap();
        assert_eq!((c.wall_ms, c.counter), (a.wall_ms + 5, 0));
        assert!(a < b && b < c);
    }

    #[test]
    fn a_clock_that_goes_backwards_does_not_take_the_moments_back() {
        let wall = start();
        let mut hlc = HybridClock::new(Hlc::ZERO, 0, Arc::new(wall.clone()));
        let a = hlc.tick().unwrap();
        wall.advance(Duration::hours(-2));
        let b = hlc.tick().unwrap();
        let c = hlc.tick().unwrap();
        assert!(a < b && b < c);
        assert_eq!((b.wall_ms, b.counter, c.counter), (a.wall_ms, 1, 2));
        // Once the wall clock passes the last moment again, it leads again.
        wall.advance(Duration::hours(2) + Duration::milliseconds(1));
        assert_eq!(hlc.tick().unwrap(), Hlc { wall_ms: a.wall_ms + 1, counter: 0, seat: 0 });
    }

    #[test]
    fn observing_a_seat_ahead_moves_past_it() {
        let wall = start();
        let mut hlc = HybridClock::new(Hlc::ZERO, 2, Arc::new(wall.clone()));
        let mine = hlc.tick().unwrap();
        let remote = Hlc { wall_ms: mine.wall_ms + 60_000, counter: 7, seat: 1 };
        let seen = hlc.observe(remote).unwrap();
        assert_eq!(seen, Hlc { wall_ms: remote.wall_ms, counter: 8, seat: 2 });
        let next = hlc.tick().unwrap();
        assert!(remote < seen && seen < next);
        // A moment from the past changes nothing but the counter.
        let old = Hlc { wall_ms: mine.wall_ms - 1, counter: 3, seat: 0 };
        assert_eq!(hlc.observe(old).unwrap(), Hlc { wall_ms: next.wall_ms, counter: next.counter + 1, seat: 2 });
        // Equal walls: past both counters.
        let mut fresh = HybridClock::new(
            Hlc { wall_ms: 10, counter: 4, seat: 0 },
            0,
            Arc::new(FixedClock::new(Utc.timestamp_millis_opt(5).unwrap())),
        );
        assert_eq!(fresh.observe(Hlc { wall_ms: 10, counter: 9, seat: 3 }).unwrap().counter, 10);
    }

    #[test]
    fn moments_order_by_wall_then_counter_then_seat_and_their_text_sorts_the_same() {
        let m = |wall_ms, counter, seat| Hlc { wall_ms, counter, seat };
        let mut moments = vec![m(5, 0, 3), m(4, 9, 0), m(5, 0, 1), m(5, 1, 0), m(1_765_000_000_000, 0, 4095)];
        let mut texts: Vec<String> = moments.iter().map(Hlc::encode).collect();
        moments.sort();
        texts.sort();
        assert_eq!(moments, [m(4, 9, 0), m(5, 0, 1), m(5, 0, 3), m(5, 1, 0), m(1_765_000_000_000, 0, 4095)]);
        assert_eq!(texts, moments.iter().map(Hlc::encode).collect::<Vec<_>>());
        for moment in &moments {
            assert_eq!(Hlc::parse(&moment.encode()).unwrap(), *moment);
        }
        assert_eq!(m(5, 0, 3).encode(), "000000000000005-0000000000-0003");
        for bad in ["", "1-2-3", "000000000000005-0000000000-0003-1", "00000000000000x-0000000000-0003"] {
            assert!(Hlc::parse(bad).is_err(), "{bad}");
        }
    }
}
