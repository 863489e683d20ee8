//! The bounded run of the importers' invariants in CI (`cargo xtask fuzz` runs the same
//! checks for millions of inputs under libFuzzer): seeded random inputs — raw bytes, the
//! fixtures with bytes flipped, inserted and cut, and exports with a shape — each imported
//! into a real vault. Every one is refused with a user's error and writes nothing, or is
//! imported and reads back in full.

use std::collections::BTreeMap;

use custos_fuzz::{Harness, Importer, Outcome};

/// Inputs per importer and kind: a few seconds in a debug build.
const CASES: usize = 400;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/../custos-core/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// `seed` with a few random bytes flipped, inserted or cut away.
fn mutate(rng: &mut fastrand::Rng, seed: &[u8]) -> Vec<u8> {
    let mut bytes = seed.to_vec();
    for _ in 0..rng.usize(1..4) {
        let at = rng.usize(0..=bytes.len());
        match rng.u8(0..4) {
            0 if at < bytes.len() => bytes[at] ^= 1 << rng.u8(0..8),
            1 => bytes.insert(at, rng.u8(..)),
            2 => bytes.truncate(at),
            _ => {
                let digit = b"0123456789:./,[]- \r\n"[rng.usize(0..20)];
                bytes.insert(at, digit);
            }
        }
    }
    bytes
}

fn run(importer: Importer, seeds: &[Vec<u8>], rng_seed: u64) -> BTreeMap<String, usize> {
    let mut rng = fastrand::Rng::with_seed(rng_seed);
    let mut harness = Harness::new();
    let mut tally: BTreeMap<String, usize> = BTreeMap::new();
    let mut record = |kind: &str, data: &[u8], harness: &mut Harness| {
        let outcome = harness
            .check(importer, data)
            .unwrap_or_else(|v| panic!("{importer:?} {kind} input broke an invariant: {v}\ninput bytes: {data:?}"));
        let key = match outcome {
            Outcome::Imported(_) => format!("{kind}: imported"),
            Outcome::Refused(code) => format!("{kind}: refused ({code})"),
        };
        *tally.entry(key).or_default() += 1;
    };
    for _ in 0..CASES {
        // As it is (an even first byte): random bytes, then a fixture mutated.
        let len = rng.usize(0..400);
        let raw: Vec<u8> = [0, rng.u8(..)].into_iter().chain((0..len).map(|_| rng.u8(..))).collect();
        record("raw", &raw, &mut harness);
        let seed = &seeds[rng.usize(0..seeds.len())];
        let mutated: Vec<u8> = [0, rng.u8(..)].into_iter().chain(mutate(&mut rng, seed)).collect();
        record("mutated", &mutated, &mut harness);
        // With a shape (an odd first byte).
        let len = rng.usize(16..600);
        let shaped: Vec<u8> = [1].into_iter().chain((0..len).map(|_| rng.u8(..))).collect();
        record("shaped", &shaped, &mut harness);
    }
    tally
}

fn imported(tally: &BTreeMap<String, usize>, kind: &str) -> usize {
    tally.get(&format!("{kind}: imported")).copied().unwrap_or(0)
}

#[test]
fn whatsapp_imports_are_all_or_nothing_and_read_back() {
    let seeds = [fixture("whatsapp_android_eu.txt"), fixture("whatsapp_ios_us.txt"), fixture("whatsapp_broken.txt")];
    let tally = run(Importer::WhatsApp, &seeds, 0x5eed_0001);
    eprintln!("{tally:#?}");
    // The inputs reach the vault: a run where nothing imports tests only the parser.
    assert!(imported(&tally, "mutated") >= CASES / 10, "{tally:#?}");
    assert!(imported(&tally, "shaped") >= CASES / 4, "{tally:#?}");
}

#[test]
fn json_imports_are_all_or_nothing_and_read_back() {
    let tally = run(Importer::Json, &[fixture("transcript.json")], 0x5eed_0002);
    eprintln!("{tally:#?}");
    // A byte changed in JSON mostly breaks its syntax: few mutants import.
    assert!(imported(&tally, "mutated") >= CASES / 50, "{tally:#?}");
    assert!(imported(&tally, "shaped") >= CASES / 4, "{tally:#?}");
}
