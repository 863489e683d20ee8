//! libFuzzer target: Telegram Desktop JSON exports (`cargo xtask fuzz telegram`); see
//! `custos_fuzz::telegram`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    custos_fuzz::telegram::run_one(data);
});
