//! The bounded run of the importers' invariants in CI (`cargo xtask fuzz` runs the same
//! checks for millions of inputs under libFuzzer): seeded random inputs — raw bytes, the
//! fixtures with bytes flipped, inserted and cut, and exports with a shape — each imported
//! into a real vault. Every one is refused with a user's error and writes nothing, or is
//! imported and reads back in full. The vCard parser (pure until its drafts are imported)
//! gets the same kinds of input and its own invariants (`custos_fuzz::vcard`).

use std::collections::BTreeMap;

use custos_fuzz::{Harness, Importer, Outcome, vcard};

/// Inputs per importer and kind: a few seconds in a debug build.
const CASES: usize = 400;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/../custos-core/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// `seed` with a few random bytes flipped, inserted or cut away.
fn mutate(rng: &mut fastrand::Rng, seed: &[u8]) -> Vec<u8> {
    mutate_with(rng, seed, b"0123456789:./,[]- \r\n")
}

/// `seed` with a few random bytes flipped, inserted (often one of `alphabet`) or cut away.
fn mutate_with(rng: &mut fastrand::Rng, seed: &[u8], alphabet: &[u8]) -> Vec<u8> {
    custos_fuzz::mutate(rng, seed, alphabet)
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

/// vCard inputs per kind: the parser is pure and fast, so more of them.
const VCARD_CASES: usize = 3000;

#[test]
fn vcard_files_are_read_as_written_or_refused_with_their_line() {
    let seeds = [
        fixture("android-2.1.vcf"),
        fixture("nokia-2.1-cp1250.vcf"),
        fixture("ios-3.0.vcf"),
        fixture("rfc6350-4.0.vcf"),
        fixture("bulgarian-3.0.vcf"),
        fixture("utf16-le.vcf"),
    ];
    let mut rng = fastrand::Rng::with_seed(0x5eed_0003);
    let mut tally: BTreeMap<String, usize> = BTreeMap::new();
    let mut record = |kind: &str, data: &[u8]| {
        let read = vcard::check(data)
            .unwrap_or_else(|v| panic!("vCard {kind} input broke an invariant: {v}\ninput bytes: {data:?}"));
        let key = match read {
            vcard::Read::Drafts(_) => format!("{kind}: read"),
            vcard::Read::Refused => format!("{kind}: refused"),
        };
        *tally.entry(key).or_default() += 1;
    };
    for _ in 0..VCARD_CASES {
        let len = rng.usize(0..400);
        let raw: Vec<u8> = [0, 0].into_iter().chain((0..len).map(|_| rng.u8(..))).collect();
        record("raw", &raw);
        let seed = &seeds[rng.usize(0..seeds.len())];
        let mutated = mutate_with(&mut rng, seed, b":;=,.\\ \t\r\nBEGINDVCARQUOTP0123456789ABCDEF");
        record("mutated", &[[0, 0].as_slice(), &mutated].concat());
        let len = rng.usize(16..1500);
        let shaped: Vec<u8> = [1].into_iter().chain((0..len).map(|_| rng.u8(..))).collect();
        record("shaped", &shaped);
    }
    // Every fixture as it is.
    for seed in &seeds {
        assert!(matches!(vcard::check(&[[0, 0].as_slice(), seed].concat()), Ok(vcard::Read::Drafts(_))));
    }
    eprintln!("{tally:#?}");
    let count = |key: &str| tally.get(key).copied().unwrap_or(0);
    // Mutated fixtures are read often enough to test the reading, refused often enough to test
    // the refusals; generated vCards are read unless wild (about one in twelve).
    assert!(count("mutated: read") >= VCARD_CASES / 5, "{tally:#?}");
    assert!(count("mutated: refused") >= VCARD_CASES / 10, "{tally:#?}");
    assert!(count("shaped: read") >= VCARD_CASES * 3 / 4, "{tally:#?}");
}
