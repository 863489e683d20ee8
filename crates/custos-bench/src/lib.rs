//! What other benchmark programs need to find and open the benchmark vault.

use std::path::{Path, PathBuf};

/// The benchmark vault's passphrase: fixed, so a cached vault opens in the next run.
pub const PASSPHRASE: &str = "custos benchmark vault — Łódź, Göteborg, Пловдив — not a secret";

/// The default sizes: 100,000 contacts, 1,000,000 messages, 200,000 consent events.
pub const DEFAULT_SIZES: (u64, u64, u64) = (100_000, 1_000_000, 200_000);

/// The file name stem of a benchmark vault of the given sizes, e.g. `bench-100000-1000000-200000`.
pub fn vault_stem(contacts: u64, messages: u64, consents: u64) -> String {
    format!("bench-{contacts}-{messages}-{consents}")
}

/// Where `cargo xtask bench` keeps the default-size vault under `dir` (default `target/bench`).
pub fn default_vault(dir: &Path) -> PathBuf {
    let (contacts, messages, consents) = DEFAULT_SIZES;
    dir.join(format!("{}.custos", vault_stem(contacts, messages, consents)))
}
