//! The bounded run of the e-mail parser's invariants in CI (`cargo xtask fuzz email` runs the
//! same checks for as long as it is given under libFuzzer): seeded random inputs — raw bytes,
//! the mail fixtures with bytes flipped, inserted and cut, and mailboxes with a shape — each
//! read as an mbox and as one message, then threaded. Nothing panics, every refusal is an
//! `import_failed` error with a line inside the file, every mail keeps its invariants, and a
//! well-formed shaped mailbox reads as written.

use std::collections::BTreeMap;

use custos_fuzz::Outcome;

/// Inputs per kind: a few seconds in a debug build (parsing is pure; no vault).
const CASES: usize = 1500;

const FIXTURES: [&str; 2] = ["mail_thunderbird.mbox", "mail_single.eml"];

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/../custos-core/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// `seed` with a few random bytes flipped, inserted or cut away; the inserted ones are often
/// what mail is made of.
fn mutate(rng: &mut fastrand::Rng, seed: &[u8]) -> Vec<u8> {
    let mut bytes = seed.to_vec();
    for _ in 0..rng.usize(1..4) {
        let at = rng.usize(0..=bytes.len());
        match rng.u8(0..4) {
            0 if at < bytes.len() => bytes[at] ^= 1 << rng.u8(0..8),
            1 => bytes.insert(at, rng.u8(..)),
            2 => bytes.truncate(at),
            _ => {
                let mail = b"=?:<>\"-\r\n \0";
                bytes.insert(at, mail[rng.usize(0..mail.len())]);
            }
        }
    }
    bytes
}

#[test]
fn mails_keep_their_invariants() {
    let seeds: Vec<Vec<u8>> = FIXTURES.iter().map(|f| fixture(f)).collect();
    let mut rng = fastrand::Rng::with_seed(0x5eed_0019);
    let mut tally: BTreeMap<String, usize> = BTreeMap::new();
    let mut record = |kind: &str, data: &[u8]| {
        let outcome = custos_fuzz::email::check(data)
            .unwrap_or_else(|v| panic!("{kind} input broke an invariant: {v}\ninput bytes: {data:?}"));
        let key = match outcome {
            Outcome::Imported(_) => format!("{kind}: read"),
            Outcome::Refused(code) => format!("{kind}: refused ({code})"),
        };
        *tally.entry(key).or_default() += 1;
    };
    for _ in 0..CASES {
        let len = rng.usize(0..400);
        let raw: Vec<u8> = [0, rng.u8(..)].into_iter().chain((0..len).map(|_| rng.u8(..))).collect();
        record("raw", &raw);
        let seed = &seeds[rng.usize(0..seeds.len())];
        let mutated: Vec<u8> = [0, rng.u8(..)].into_iter().chain(mutate(&mut rng, seed)).collect();
        record("mutated", &mutated);
        let len = rng.usize(16..800);
        let shaped: Vec<u8> = [1].into_iter().chain((0..len).map(|_| rng.u8(..))).collect();
        record("shaped", &shaped);
    }
    eprintln!("{tally:#?}");
    let read = |kind: &str| tally.get(&format!("{kind}: read")).copied().unwrap_or(0);
    // The inputs get past the first line: a run where nothing reads tests only the refusals.
    assert!(read("mutated") >= CASES / 2, "{tally:#?}");
    assert!(read("shaped") >= CASES * 3 / 4, "{tally:#?}");
}

#[test]
fn the_fixtures_read_as_they_are() {
    for name in FIXTURES {
        let data: Vec<u8> = [0, 0].into_iter().chain(fixture(name)).collect();
        let outcome = custos_fuzz::email::check(&data).unwrap_or_else(|v| panic!("{name}: {v}"));
        assert!(matches!(outcome, Outcome::Imported(n) if n >= 1), "{name}: {outcome:?}");
    }
}
