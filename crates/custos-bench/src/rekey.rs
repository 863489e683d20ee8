//! `--rekey N`: times what key slots cost on the benchmark vault — unlocking (Argon2id for the
//! operator's slot, then SQLCipher in raw-key mode: no PBKDF2), against SQLCipher's own
//! PBKDF2 on a passphrase for scale — and N re-keys of the whole vault (a verified copy under
//! a new data key, with progress), as removing an operator or "a passphrase leaked" does.

use std::path::Path;
use std::time::{Duration, Instant};

use custos_core::{Passphrase, Session, Vault};

use crate::{Result, human_duration, mib};

/// Unlocks timed, after one to warm the file cache.
const UNLOCKS: usize = 9;

pub fn run(vault: &Path, passphrase: &Passphrase, rounds: usize) -> Result<()> {
    let session = || Session::new("benchmark");
    // A vault made before key slots gets them here, once (a re-key of its own).
    let first = Instant::now();
    Vault::open(vault, passphrase, session())?.lock();
    eprintln!("first unlock {}", human_duration(first.elapsed()));
    let mut unlocks = Vec::new();
    for _ in 0..UNLOCKS {
        let start = Instant::now();
        let v = Vault::open(vault, passphrase, session())?;
        unlocks.push(start.elapsed());
        v.lock();
    }
    unlocks.sort();
    let mut rekeys = Vec::new();
    let mut updates = 0usize;
    for round in 0..rounds {
        let mut v = Vault::open(vault, passphrase, session())?;
        let start = Instant::now();
        let mut last = (0, 0);
        v.rekey(|done, total| {
            updates += 1;
            last = (done, total);
        })?;
        let took = start.elapsed();
        v.lock();
        eprintln!("round {}: re-key {} ({} of {} pages at the end)", round + 1, human_duration(took), last.0, last.1);
        rekeys.push(took);
    }
    rekeys.sort();
    let bytes = std::fs::metadata(vault)?.len();
    let ms = |d: Duration| format!("{:.0}", d.as_secs_f64() * 1000.0);
    println!("- Vault: `{}`, {}; {UNLOCKS} unlocks, {rounds} re-keys\n", vault.display(), mib(bytes));
    println!("| what | median | max |\n|---|---:|---:|");
    println!(
        "| unlock (`Vault::open`: Argon2id 128 MiB × 3, raw key, schema check) | {} ms | {} ms |",
        ms(unlocks[unlocks.len() / 2]),
        ms(unlocks[unlocks.len() - 1])
    );
    println!(
        "| re-key (`Vault::rekey`: verified copy under a new data key, renamed) | {} | {} |",
        human_duration(rekeys[rekeys.len() / 2]),
        human_duration(rekeys[rekeys.len() - 1])
    );
    println!("\n- Progress: {} updates over {rounds} re-keys.", updates);
    Ok(())
}
