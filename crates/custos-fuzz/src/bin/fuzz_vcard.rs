//! libFuzzer target: vCard files (`cargo xtask fuzz vcard`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    custos_fuzz::vcard::run_one(data);
});
