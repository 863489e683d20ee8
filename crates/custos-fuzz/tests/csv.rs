//! The bounded run of the CSV reader's invariants in CI (`cargo xtask fuzz csv` runs the same
//! checks for as long as it is given under libFuzzer): seeded random inputs — raw bytes, the
//! address-book fixtures with bytes flipped, inserted and cut, and address books with a shape
//! — each inspected and parsed with the guessed mapping and with any mapping. Nothing
//! panics, every refusal is a user's error with a line inside the file, every draft keeps
//! its invariants, and a well-formed shaped file reads as written.

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

#[test]
fn csv_address_books_keep_their_invariants() {
    let seeds: Vec<Vec<u8>> = FIXTURES.iter().map(|f| fixture(f)).collect();
    // Inserted bytes are often what CSV is made of.
    let tally = custos_fuzz::bounded_run(custos_fuzz::csv::check, &seeds, b"\",;\t\r\n:* \0", 0x5eed_0017, CASES);
    let read = |kind: &str| tally.get(&format!("{kind}: read")).copied().unwrap_or(0);
    // The inputs get past the header: a run where nothing reads tests only the decoder.
    assert!(read("mutated") >= CASES / 3, "{tally:#?}");
    assert!(read("shaped") >= CASES / 2, "{tally:#?}");
}
