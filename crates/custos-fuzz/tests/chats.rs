//! The bounded run of the Telegram and Messenger parsers' invariants in CI (`cargo xtask fuzz
//! telegram` and `… messenger` run the same checks for as long as they are given under
//! libFuzzer): seeded random inputs — raw bytes, the fixtures with bytes flipped, inserted and
//! cut, and exports with a shape — each parsed. Nothing panics, every refusal is a user's
//! error with a line inside the file, every accepted export keeps the invariants of
//! `import::parsed`, and a well-formed generated export reads as written.

use std::collections::BTreeMap;

use custos_fuzz::Outcome;

/// Inputs per kind: parsing is pure, so a few thousand take a few seconds in a debug build.
const CASES: usize = 2000;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/../custos-core/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// `seed` with a few random bytes flipped, inserted (often what JSON is made of) or cut away.
fn mutate(rng: &mut fastrand::Rng, seed: &[u8]) -> Vec<u8> {
    let mut bytes = seed.to_vec();
    for _ in 0..rng.usize(1..4) {
        let at = rng.usize(0..=bytes.len());
        match rng.u8(0..5) {
            0 if at < bytes.len() => bytes[at] ^= 1 << rng.u8(0..8),
            1 => bytes.insert(at, rng.u8(..)),
            2 if rng.u8(0..4) == 0 => bytes.truncate(at),
            _ if at < bytes.len() && bytes[at].is_ascii_digit() => bytes[at] = b'0' + rng.u8(0..10),
            _ => {
                let json = b"{}[],:\"\\ 0123456789-.eu";
                bytes.insert(at, json[rng.usize(0..json.len())]);
            }
        }
    }
    bytes
}

fn run(
    seeds: &[Vec<u8>],
    rng_seed: u64,
    check: fn(&[u8]) -> Result<Outcome, custos_fuzz::Violation>,
) -> BTreeMap<String, usize> {
    let mut rng = fastrand::Rng::with_seed(rng_seed);
    let mut tally: BTreeMap<String, usize> = BTreeMap::new();
    let mut record = |kind: &str, data: &[u8]| {
        let outcome =
            check(data).unwrap_or_else(|v| panic!("{kind} input broke an invariant: {v}\ninput bytes: {data:?}"));
        let key = match outcome {
            Outcome::Imported(n) => {
                *tally.entry(format!("{kind}: messages read")).or_default() += n as usize;
                format!("{kind}: read")
            }
            Outcome::Refused(code) => format!("{kind}: refused ({code})"),
        };
        *tally.entry(key).or_default() += 1;
    };
    for seed in seeds {
        // Each seed as it is reads.
        let data: Vec<u8> = [0, 0].into_iter().chain(seed.iter().copied()).collect();
        assert!(matches!(check(&data), Ok(Outcome::Imported(n)) if n > 0), "{:?}", check(&data));
    }
    for _ in 0..CASES {
        let len = rng.usize(0..300);
        let raw: Vec<u8> = [0, rng.u8(..)].into_iter().chain((0..len).map(|_| rng.u8(..))).collect();
        record("raw", &raw);
        let seed = &seeds[rng.usize(0..seeds.len())];
        let mutated: Vec<u8> = [0, rng.u8(..)].into_iter().chain(mutate(&mut rng, seed)).collect();
        record("mutated", &mutated);
        let len = rng.usize(16..500);
        let shaped: Vec<u8> = [1].into_iter().chain((0..len).map(|_| rng.u8(..))).collect();
        record("shaped", &shaped);
    }
    eprintln!("{tally:#?}");
    tally
}

fn count(tally: &BTreeMap<String, usize>, key: &str) -> usize {
    tally.get(key).copied().unwrap_or(0)
}

#[test]
fn telegram_exports_keep_their_invariants() {
    let seeds = [fixture("telegram_chat.json"), fixture("telegram_result.json")];
    let tally = run(&seeds, 0x5eed_0019, custos_fuzz::telegram::check);
    // Mutants both read and are refused; generated exports read (all but the wild ones).
    assert!(count(&tally, "mutated: read") >= CASES / 8, "{tally:#?}");
    assert!(tally.keys().filter(|k| k.starts_with("mutated: refused")).map(|k| tally[k]).sum::<usize>() >= CASES / 10);
    assert!(count(&tally, "shaped: read") >= CASES * 3 / 4, "{tally:#?}");
    // Generated exports hold messages, not just empty chats.
    assert!(count(&tally, "shaped: messages read") >= CASES * 2, "{tally:#?}");
}

#[test]
fn messenger_exports_keep_their_invariants() {
    // The fixture's two files, as one input each and together (split at a NUL byte).
    let (one, two) = (fixture("messenger/message_1.json"), fixture("messenger/message_2.json"));
    let both: Vec<u8> = one.iter().copied().chain([0]).chain(two.iter().copied()).collect();
    let tally = run(&[one, two, both], 0x5eed_001a, custos_fuzz::messenger::check);
    assert!(count(&tally, "mutated: read") >= CASES / 8, "{tally:#?}");
    assert!(tally.keys().filter(|k| k.starts_with("mutated: refused")).map(|k| tally[k]).sum::<usize>() >= CASES / 10);
    assert!(count(&tally, "shaped: read") >= CASES * 3 / 4, "{tally:#?}");
    // Generated exports hold messages, not just empty chats.
    assert!(count(&tally, "shaped: messages read") >= CASES * 2, "{tally:#?}");
}
