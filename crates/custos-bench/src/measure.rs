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

/// Two vaults measured side by side: every sample of an operation is taken on the encrypted
/// vault and then, with the same input, on the plaintext one (A, B, A, B, …), so that a burst
/// of other load on the machine lands on both and cancels in their ratio.
pub struct Pair<'v> {
    pub a: &'v Vault,
    pub b: &'v Vault,
}

impl Pair<'_> {
    /// `samples` of `f(vault, i)` on each vault in turn, after `warm_up` untimed rounds.
    fn alternate(
        &self,
        warm_up: usize,
        samples: usize,
        out: (&mut Vec<Duration>, &mut Vec<Duration>),
        f: &dyn Fn(&Vault, usize) -> custos_core::Result<()>,
    ) -> custos_core::Result<()> {
        for i in 0..warm_up {
            f(self.a, usize::MAX - i)?;
            f(self.b, usize::MAX - i)?;
        }
        for i in 0..samples {
            out.0.push(timed(|| f(self.a, i))?);
            out.1.push(timed(|| f(self.b, i))?);
        }
        Ok(())
    }
}

/// Unlocks each vault [`UNLOCKS`] times, alternating, then times every operation `samples`
/// times on both, alternating (see [`Pair`]). Returns the encrypted vault's figures and the
/// plaintext one's.
pub fn measure_pair(
    open_a: &dyn Fn() -> custos_core::Result<Vault>,
    open_b: &dyn Fn() -> custos_core::Result<Vault>,
    samples: usize,
    seed: u64,
) -> Result<(Measured, Measured), Box<dyn Error>> {
    let (mut a, mut b) = (Measured::default(), Measured::default());
    eprintln!("measuring the encrypted and the plaintext vault, sample by sample…");
    for _ in 0..UNLOCKS {
        for (open, m) in [(open_a, &mut a), (open_b, &mut b)] {
            let start = Instant::now();
            let vault = open()?;
            m.unlock.push(start.elapsed());
            drop(vault);
        }
    }
    let (va, vb) = (open_a()?, open_b()?);
    let pair = Pair { a: &va, b: &vb };
    for (vault, m) in [(&va, &mut a), (&vb, &mut b)] {
        m.contacts = vault.contacts().list(&ContactQuery { limit: 1, ..Default::default() })?.total;
    }
    let contacts = a.contacts;
    if contacts == 0 || contacts != b.contacts {
        return Err("the vaults are empty or differ: rerun with --fresh".into());
    }
    let purposes: Vec<i64> = va.purposes().list()?.iter().map(|p| p.id).collect();
    if purposes.is_empty() {
        return Err("the vault has no purposes".into());
    }
    let warm_up = samples.clamp(1, 20);

    let page = ContactQuery { limit: 50, ..Default::default() };
    let filtered = ContactQuery { status: Some(LIST_STATUS), limit: 50, ..Default::default() };
    let far = ContactQuery { offset: (contacts / 2) as u32, limit: 50, ..Default::default() };
    for (query, a_out, b_out) in [
        (&page, &mut a.list, &mut b.list),
        (&filtered, &mut a.list_status, &mut b.list_status),
        (&far, &mut a.list_far, &mut b.list_far),
    ] {
        let list = |v: &Vault, _: usize| v.contacts().list(query).map(|r| drop(black_box(r)));
        pair.alternate(warm_up, samples, (a_out, b_out), &list)?;
    }

    // The same random ids on both: drawn once, before.
    let mut rng = Rng::new(seed);
    let ids: Vec<i64> = (0..samples).map(|_| 1 + rng.below(contacts) as i64).collect();
    let mut warm = Rng::new(seed ^ 0x5741_524D);
    let warm_ids: Vec<i64> = (0..warm_up).map(|_| 1 + warm.below(contacts) as i64).collect();
    let open_contact = |v: &Vault, i: usize| {
        let id = if i >= usize::MAX / 2 { warm_ids[usize::MAX - i] } else { ids[i] };
        black_box(v.contacts().get(id)?);
        black_box(v.interactions().for_contact(id)?);
        Ok(())
    };
    pair.alternate(warm_up, samples, (&mut a.open_contact, &mut b.open_contact), &open_contact)?;

    for (vault, m) in [(&va, &mut a), (&vb, &mut b)] {
        m.hits_by_query =
            QUERIES.iter().map(|q| vault.search(q, SEARCH_LIMIT).map(|h| h.len())).collect::<Result<_, _>>()?;
        m.search_by_query = vec![Vec::new(); QUERIES.len()];
    }
    for i in 0..samples {
        let q = i % QUERIES.len();
        for (vault, m) in [(&va, &mut a), (&vb, &mut b)] {
            let d = timed(|| vault.search(QUERIES[q], SEARCH_LIMIT))?;
            m.search.push(d);
            m.search_by_query[q].push(d);
        }
    }

    // A whole audience is worked out per call: fewer samples than the point lookups.
    let (few_warm, few) = (2, samples.clamp(1, 50));
    let audience = |v: &Vault, i: usize| {
        let p = purposes[i % purposes.len()];
        v.consents().audience(p, 0, 50).map(|r| drop(black_box(r)))
    };
    pair.alternate(few_warm, few, (&mut a.audience, &mut b.audience), &audience)?;
    a.warnings = va.retention().warnings()?.len();
    b.warnings = vb.retention().warnings()?.len();
    let warnings = |v: &Vault, _: usize| v.retention().warnings().map(|r| drop(black_box(r)));
    pair.alternate(few_warm, few, (&mut a.retention, &mut b.retention), &warnings)?;

    let pairs: Vec<(i64, i64)> = (0..samples).map(|_| (1 + rng.below(contacts) as i64, *rng.pick(&purposes))).collect();
    let warm_pairs: Vec<(i64, i64)> =
        (0..warm_up).map(|_| (1 + warm.below(contacts) as i64, *warm.pick(&purposes))).collect();
    let may_contact = |v: &Vault, i: usize| {
        let (c, p) = if i >= usize::MAX / 2 { warm_pairs[usize::MAX - i] } else { pairs[i] };
        v.consents().may_contact(c, p).map(|r| drop(black_box(r)))
    };
    pair.alternate(warm_up, samples, (&mut a.may_contact, &mut b.may_contact), &may_contact)?;
    Ok((a, b))
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
