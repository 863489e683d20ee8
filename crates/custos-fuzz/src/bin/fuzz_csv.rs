//! libFuzzer target: CSV address books (`cargo xtask fuzz csv`): bytes → inspect → parse with
//! the guessed mapping and with any mapping; see `custos_fuzz::csv`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    custos_fuzz::csv::run_one(data);
});
