//! libFuzzer target: Messenger `message_N.json` files, several split at NUL bytes
//! (`cargo xtask fuzz messenger`); see `custos_fuzz::messenger`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    custos_fuzz::messenger::run_one(data);
});
