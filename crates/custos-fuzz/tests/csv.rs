//! The bounded run of the CSV reader's invariants in CI (`cargo xtask fuzz csv` runs the same
//! checks for as long as it is given under libFuzzer): seeded random inputs — raw bytes, the
//! address-book fixtures with bytes flipped, inserted and cut, and address books with a shape
//! — each inspected and parsed with the guessed mapping and with any mapping. Nothing
//! panics, every refusal is a user's error with a line inside the file, every draft keeps
//! its invariants, and a well-formed shaped file reads as written.

use std::collections::BTreeMap;

use custos_fuzz::Outcome;

/// Inputs per kind: about three seconds in a debug build (parsing is pure; no vault).
const CASES: usize = 3000;

const FIXTURES: [&str; 6] = [
    "contacts_google.csv",
    "contacts_google_old.csv",
    "contacts_outlook_pl_1250.csv",
    "contacts_excel_de_1252.csv",
    "contacts_utf16le_tab.txt",
    "contacts_pl.csv",
];

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/../custos-core/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// `seed` with a few random bytes flipped, inserted or cut away; the inserted ones are often
/// what CSV is made of.
fn mutate(rng: &mut fastrand::Rng, seed: &[u8]) -> Vec<u8> {
    let mut bytes = seed.to_vec();
    for _ in 0..rng.usize(1..4) {
        let at = rng.usize(0..=bytes.len());
        match rng.u8(0..4) {
            0 if at < bytes.len() => bytes[at] ^= 1 << rng.u8(0..8),
            1 => bytes.insert(at, rng.u8(..)),
            2 => bytes.truncate(at),
            _ => {
                let csv = b"\",;\t\r\n:* \0";
                bytes.insert(at, csv[rng.usize(0..csv.len())]);
            }
        }
    }
    bytes
}

#[test]
fn csv_address_books_keep_their_invariants() {
    let seeds: Vec<Vec<u8>> = FIXTURES.iter().map(|f| fixture(f)).collect();
    let mut rng = fastrand::Rng::with_seed(0x5eed_0017);
    let mut tally: BTreeMap<String, usize> = BTreeMap::new();
    let mut record = |kind: &str, data: &[u8]| {
        let outcome = custos_fuzz::csv::check(data)
            .unwrap_or_else(|v| panic!("{kind} input broke an invariant: {v}\ninput bytes: {data:?}"));
        let key = match outcome {
            Outcome::Imported(_) => format!("{kind}: read"),
            Outcome::Refused(code) => format!("{kind}: refused ({code})"),
        };
        *tally.entry(key).or_default() += 1;
    };
    for seed in &seeds {
        // Each fixture as it is reads.
        let data: Vec<u8> = [0, 0].into_iter().chain(seed.iter().copied()).collect();
        assert!(matches!(custos_fuzz::csv::check(&data), Ok(Outcome::Imported(n)) if n > 0));
    }
    for _ in 0..CASES {
        let len = rng.usize(0..400);
        let raw: Vec<u8> = [0, 0].into_iter().chain((0..len).map(|_| rng.u8(..))).collect();
        record("raw", &raw);
        let seed = &seeds[rng.usize(0..seeds.len())];
        let mutated: Vec<u8> = [0, 0].into_iter().chain(mutate(&mut rng, seed)).collect();
        record("mutated", &mutated);
        let len = rng.usize(16..800);
        let shaped: Vec<u8> = [1].into_iter().chain((0..len).map(|_| rng.u8(..))).collect();
        record("shaped", &shaped);
    }
    eprintln!("{tally:#?}");
    let read = |kind: &str| tally.get(&format!("{kind}: read")).copied().unwrap_or(0);
    // The inputs get past the header: a run where nothing reads tests only the decoder.
    assert!(read("mutated") >= CASES / 3, "{tally:#?}");
    assert!(read("shaped") >= CASES / 2, "{tally:#?}");
}
