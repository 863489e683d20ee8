//! `--backups N`: times what the owner waits for when the vault copies itself — a backup
//! with its check (split at the moment the last page is copied), "Check a backup", and a
//! restore — on the benchmark vault, N rounds, each into a fresh folder that is removed after.

use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use custos_core::{Passphrase, Session, Vault, backups};

use crate::{Result, human_duration, mib, remove_db};

/// Picks one figure out of a round.
type Figure = fn(&Round) -> Duration;

/// One round's figures.
#[derive(Debug, Clone, Copy)]
struct Round {
    copy: Duration,
    check_of_copy: Duration,
    backup: Duration,
    check: Duration,
    restore: Duration,
    file_copy: Duration,
}

/// Runs `rounds` rounds on the vault at `vault` and prints a Markdown table.
pub fn run(vault: &Path, passphrase: &Passphrase, rounds: usize, scratch: &Path) -> Result<()> {
    let bytes = fs::metadata(vault)?.len();
    let mut all = Vec::new();
    for round in 0..rounds {
        let dir = scratch.join(format!("backups-{round}"));
        if dir.exists() {
            fs::remove_dir_all(&dir)?;
        }
        fs::create_dir_all(&dir)?;
        let measured = one_round(vault, passphrase, &dir);
        fs::remove_dir_all(&dir)?;
        let r = measured?;
        eprintln!(
            "round {}: backup {} (copy {}, check {})",
            round + 1,
            human_duration(r.backup),
            human_duration(r.copy),
            human_duration(r.check_of_copy)
        );
        all.push(r);
    }
    let median = |f: Figure| {
        let mut v: Vec<Duration> = all.iter().map(f).collect();
        v.sort();
        v.get(v.len() / 2).copied().unwrap_or_default()
    };
    let max = |f: Figure| all.iter().map(f).max().unwrap_or_default();
    println!("## Backups\n");
    println!("- Vault: `{}`, {}; {rounds} rounds", vault.display(), mib(bytes));
    println!();
    println!("| what | median (s) | max (s) |");
    println!("|---|---:|---:|");
    let rows: [(&str, Figure); 6] = [
        ("backup with its check (`BackupJob::run`)", |r| r.backup),
        ("… of which copying (online backup, re-encrypting each page)", |r| r.copy),
        ("… of which checking the copy (page MACs + `integrity_check`) and syncing", |r| r.check_of_copy),
        ("Check a backup (`backups::check`)", |r| r.check),
        ("restore into a new file, checked (`Vault::restore`)", |r| r.restore),
        ("for scale: copying the file's bytes (`fs::copy`)", |r| r.file_copy),
    ];
    for (name, f) in rows {
        println!("| {name} | {:.2} | {:.2} |", median(f).as_secs_f64(), max(f).as_secs_f64());
    }
    println!();
    Ok(())
}

fn one_round(vault_path: &Path, passphrase: &Passphrase, dir: &Path) -> Result<Round> {
    let vault = Vault::open(vault_path, passphrase, Session::new("benchmark"))?;
    let dest = dir.join("backup.custos");
    let start = Instant::now();
    let mut copied_at = None;
    vault.backup_to(&dest, |done, total| {
        if done == total && copied_at.is_none() {
            copied_at = Some(start.elapsed());
        }
    })?;
    let backup = start.elapsed();
    let copy = copied_at.unwrap_or(backup);
    vault.lock();

    let start = Instant::now();
    let report = backups::check(&dest, passphrase)?;
    let check = start.elapsed();
    if !report.ok {
        return Err(format!("the backup did not pass its check: {:?}", report.problems).into());
    }

    let target = dir.join("restored.custos");
    let start = Instant::now();
    Vault::restore(&dest, &target, passphrase, Session::new("benchmark"), false)?.lock();
    let restore = start.elapsed();
    remove_db(&target)?;

    let start = Instant::now();
    fs::copy(vault_path, dir.join("bytes.custos"))?;
    let file_copy = start.elapsed();
    Ok(Round { copy, check_of_copy: backup.saturating_sub(copy), backup, check, restore, file_copy })
}
