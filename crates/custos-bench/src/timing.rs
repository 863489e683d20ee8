//! What the import benchmarks share: the two kinds of vault timed side by side, and the three
//! clocks each phase is read on.

use std::fs;
use std::time::{Duration, Instant};

/// The vault an import round runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// SQLCipher, as every real vault is.
    Encrypted,
    /// Plain SQLite: what the encryption costs is the difference.
    Plain,
}

impl Kind {
    /// "enc" or "plain", for file names.
    pub fn short(self) -> &'static str {
        match self {
            Kind::Encrypted => "enc",
            Kind::Plain => "plain",
        }
    }
}

/// One phase's time on three clocks: wall-clock, the CPU time of the calling thread (what a
/// busy machine does not inflate as much), and the CPU time of the whole process (an import
/// may make rows ready on a second thread).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Timed {
    pub wall: Duration,
    pub cpu: Duration,
    pub cpu_all: Duration,
}

impl Timed {
    /// Runs `f`, returning what it gave and how long it took.
    pub fn of<T, E>(f: impl FnOnce() -> Result<T, E>) -> Result<(T, Timed), E> {
        let (wall, cpu, cpu_all) = (Instant::now(), thread_cpu(), process_cpu());
        let out = f()?;
        let timed = Timed {
            wall: wall.elapsed(),
            cpu: thread_cpu().saturating_sub(cpu),
            cpu_all: process_cpu().saturating_sub(cpu_all),
        };
        Ok((out, timed))
    }
}

/// The CPU time of every thread of this process, ended ones included (Linux:
/// `/proc/self/stat`, in the kernel's 10 ms ticks; zero elsewhere).
pub fn process_cpu() -> Duration {
    let ticks = fs::read_to_string("/proc/self/stat").ok().and_then(|s| {
        // The fields after the command name (which may hold spaces) in parentheses: utime and
        // stime are the 12th and 13th.
        let rest = &s[s.rfind(')')? + 1..];
        let fields: Vec<&str> = rest.split_whitespace().collect();
        Some(fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?)
    });
    Duration::from_millis(ticks.unwrap_or_default() * 10)
}

/// The CPU time this thread has had (Linux: `/proc/thread-self/schedstat`; zero elsewhere).
pub fn thread_cpu() -> Duration {
    fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next().and_then(|ns| ns.parse::<u64>().ok()))
        .map(Duration::from_nanos)
        .unwrap_or_default()
}

/// The load average over the last 1, 5 and 15 minutes (Linux: `/proc/loadavg`), as
/// "0.52, 1.10, 1.31"; "?" elsewhere. Other programs running make every figure slower: the
/// reports say how busy the machine was.
pub fn load_average() -> String {
    fs::read_to_string("/proc/loadavg")
        .ok()
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(", "))
        .unwrap_or_else(|| "?".into())
}

/// The median of `values` (the upper one of an even count); zero for none.
pub fn median(mut values: Vec<Duration>) -> Duration {
    values.sort();
    values.get(values.len() / 2).copied().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians_and_clocks() {
        let ms = Duration::from_millis;
        assert_eq!(median(vec![ms(5), ms(1), ms(3)]), ms(3));
        assert_eq!(median(vec![ms(4), ms(1)]), ms(4));
        assert_eq!(median(Vec::new()), Duration::ZERO);
        let ((), t) = Timed::of(|| {
            let start = Instant::now();
            while start.elapsed() < ms(30) {
                std::hint::black_box(0u64);
            }
            Ok::<_, ()>(())
        })
        .unwrap();
        assert!(t.wall >= ms(30));
        if cfg!(target_os = "linux") {
            assert!(t.cpu >= ms(10), "{t:?}");
            assert!(load_average().split(", ").count() == 3);
        }
    }
}
