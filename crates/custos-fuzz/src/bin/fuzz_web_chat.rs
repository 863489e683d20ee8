//! libFuzzer target: website chat CSV exports (`cargo xtask fuzz web_chat`): bytes → inspect →
//! parse with the guessed mapping and with any mapping; see `custos_fuzz::web_chat`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    custos_fuzz::web_chat::run_one(data);
});
