//! The bounded run of the website chat CSV reader's invariants in CI (`cargo xtask fuzz
//! web_chat` runs the same checks for as long as it is given under libFuzzer): seeded random
//! inputs — raw bytes, the web chat fixtures with bytes flipped, inserted and cut, and exports
//! with a shape — each inspected and parsed with the guessed mapping and with any mapping.
//! Nothing panics, every refusal is a user's error with a line inside the file, every message
//! keeps its invariants, and a well-formed shaped export reads as written.

/// Inputs per kind: about three seconds in a debug build (parsing is pure; no vault).
const CASES: usize = 2000;

const FIXTURES: [&str; 3] = ["webchat_livechat.csv", "webchat_tawkto.csv", "webchat_excel_pl.csv"];

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/../custos-core/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn website_chat_exports_keep_their_invariants() {
    let seeds: Vec<Vec<u8>> = FIXTURES.iter().map(|f| fixture(f)).collect();
    // Inserted bytes are often what CSV and times are made of.
    let alphabet = b"\",;\t\r\n:./-0123456789 ";
    let tally = custos_fuzz::bounded_run(custos_fuzz::web_chat::check, &seeds, alphabet, 0x5eed_0019, CASES);
    let read = |kind: &str| tally.get(&format!("{kind}: read")).copied().unwrap_or(0);
    // The inputs get past the header and the times: a run where nothing reads tests only the decoder.
    assert!(read("mutated") >= CASES / 4, "{tally:#?}");
    assert!(read("shaped") >= CASES / 2, "{tally:#?}");
}
