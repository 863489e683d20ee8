//! Times the everyday operations on an open vault. The encrypted and the plaintext vault see
//! exactly the same sequence of ids, queries and pairs.

use std::error::Error;
use std::hint::black_box;
use std::time::{Duration, Instant};

use custos_core::Vault;
use custos_core::contacts::{ContactQuery, LifecycleStatus};

use crate::rng::Rng;

/// What the search box is typed with: surnames without diacritics, Cyrillic and Greek,
/// prefixes, words from messages and two-word queries.
pub const QUERIES: &[&str] = &[
    "zolkiewska",
    "sorensen",
    "петров",
    "kow",
    "mül",
    "lodz",
    "szkolenie",
    "invoice",
    "anna now",
    "krakow",
    "munchen",
    "goteborg",
    "пловдив",
    "dvorakova",
    "yilmaz",
    "παπαδοπ",
    "garcia lopez",
    "horvat",
    "faktury",
    "termin",
];

/// Hits asked for per search, as a results page would.
pub const SEARCH_LIMIT: u32 = 50;
/// How often the vault is unlocked for the median.
pub const UNLOCKS: usize = 5;
/// The status of the filtered list page.
pub const LIST_STATUS: LifecycleStatus = LifecycleStatus::Customer;

/// Raw timings of one vault.
#[derive(Debug, Default)]
pub struct Measured {
    pub unlock: Vec<Duration>,
    pub list: Vec<Duration>,
    pub list_status: Vec<Duration>,
    /// A page from the middle of the list (scrolling far).
    pub list_far: Vec<Duration>,
    /// The first page of a purpose's "may be contacted" list.
    pub audience: Vec<Duration>,
    /// Every retention warning of the vault.
    pub retention: Vec<Duration>,
    /// How many warnings there were.
    pub warnings: usize,
    pub open_contact: Vec<Duration>,
    pub search: Vec<Duration>,
    /// Per entry of [`QUERIES`].
    pub search_by_query: Vec<Vec<Duration>>,
    /// Hits per entry of [`QUERIES`].
    pub hits_by_query: Vec<usize>,
    pub may_contact: Vec<Duration>,
    pub contacts: u64,
}

/// Nearest-rank percentile (`p` in 0..=1) of unsorted samples.
pub fn percentile(samples: &[Duration], p: f64) -> Duration {
    if samples.is_empty() {
        return Duration::ZERO;
    }
    let mut sorted = samples.to_vec();
    sorted.sort_unstable();
    let rank = (p * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn timed<T>(f: impl FnOnce() -> custos_core::Result<T>) -> custos_core::Result<Duration> {
    let start = Instant::now();
    black_box(f()?);
    Ok(start.elapsed())
}

/// Opens the vault with `open` and times every operation `samples` times (unlock: 5 times).
pub fn measure(
    label: &str,
    open: &dyn Fn() -> custos_core::Result<Vault>,
    samples: usize,
    seed: u64,
) -> Result<Measured, Box<dyn Error>> {
    let mut m = Measured::default();
    eprintln!("measuring the {label} vault…");
    for _ in 0..UNLOCKS {
        let start = Instant::now();
        let vault = open()?;
        m.unlock.push(start.elapsed());
        drop(vault);
    }
    let vault = open()?;
    let contacts = vault.contacts();
    m.contacts = contacts.list(&ContactQuery { limit: 1, ..Default::default() })?.total;
    if m.contacts == 0 {
        return Err("the vault has no contacts".into());
    }
    let purposes: Vec<i64> = vault.purposes().list()?.iter().map(|p| p.id).collect();
    if purposes.is_empty() {
        return Err("the vault has no purposes".into());
    }
    let warm_up = samples.clamp(1, 20);

    let page = ContactQuery { limit: 50, ..Default::default() };
    let filtered = ContactQuery { status: Some(LIST_STATUS), limit: 50, ..Default::default() };
    let far = ContactQuery { offset: (m.contacts / 2) as u32, limit: 50, ..Default::default() };
    for (query, out) in [(&page, &mut m.list), (&filtered, &mut m.list_status), (&far, &mut m.list_far)] {
        for _ in 0..warm_up {
            black_box(contacts.list(query)?);
        }
        for _ in 0..samples {
            out.push(timed(|| contacts.list(query))?);
        }
    }

    let open_contact = |id: i64| {
        timed(|| {
            let card = contacts.get(id)?;
            let conversations = vault.interactions().for_contact(id)?;
            Ok((card, conversations))
        })
    };
    let mut warm = Rng::new(seed ^ 0x5741_524D);
    for _ in 0..warm_up {
        open_contact(1 + warm.below(m.contacts) as i64)?;
    }
    let mut rng = Rng::new(seed);
    for _ in 0..samples {
        m.open_contact.push(open_contact(1 + rng.below(m.contacts) as i64)?);
    }

    m.search_by_query = vec![Vec::new(); QUERIES.len()];
    m.hits_by_query = vec![0; QUERIES.len()];
    for (i, query) in QUERIES.iter().enumerate() {
        m.hits_by_query[i] = vault.search(query, SEARCH_LIMIT)?.len();
    }
    for i in 0..samples {
        let q = i % QUERIES.len();
        let d = timed(|| vault.search(QUERIES[q], SEARCH_LIMIT))?;
        m.search.push(d);
        m.search_by_query[q].push(d);
    }

    let consents = vault.consents();
    // A whole audience is worked out per call: fewer samples than the point lookups.
    let (audience_warm, audience_samples) = (2, samples.clamp(1, 50));
    for i in 0..audience_warm + audience_samples {
        let p = purposes[i % purposes.len()];
        let d = timed(|| consents.audience(p, 0, 50))?;
        if i >= audience_warm {
            m.audience.push(d);
        }
    }
    m.warnings = vault.retention().warnings()?.len();
    for i in 0..audience_warm + audience_samples {
        let d = timed(|| vault.retention().warnings())?;
        if i >= audience_warm {
            m.retention.push(d);
        }
    }
    let pick_pair = |rng: &mut Rng| (1 + rng.below(m.contacts) as i64, *rng.pick(&purposes));
    for _ in 0..warm_up {
        let (c, p) = pick_pair(&mut warm);
        black_box(consents.may_contact(c, p)?);
    }
    for _ in 0..samples {
        let (c, p) = pick_pair(&mut rng);
        m.may_contact.push(timed(|| consents.may_contact(c, p))?);
    }
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_percentiles() {
        let ms = |n: u64| Duration::from_millis(n);
        let v: Vec<Duration> = (1..=100).rev().map(ms).collect();
        assert_eq!(percentile(&v, 0.5), ms(50));
        assert_eq!(percentile(&v, 0.95), ms(95));
        assert_eq!(percentile(&v, 1.0), ms(100));
        assert_eq!(percentile(&[ms(3), ms(1), ms(2), ms(5), ms(4)], 0.5), ms(3));
        assert_eq!(percentile(&[], 0.5), Duration::ZERO);
    }
}
