//! libFuzzer target: WhatsApp exports (`cargo xtask fuzz whatsapp`).
#![no_main]

use std::sync::Mutex;

use custos_fuzz::{Harness, Importer};

static HARNESS: Mutex<Option<Harness>> = Mutex::new(None);

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    custos_fuzz::run_one(&HARNESS, Importer::WhatsApp, data);
});
