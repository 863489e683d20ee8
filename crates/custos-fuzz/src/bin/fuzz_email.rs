//! libFuzzer target: e-mail files, each read as an mbox and as one `.eml` message, then
//! threaded (`cargo xtask fuzz email`); see `custos_fuzz::email`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    custos_fuzz::email::run_one(data);
});
