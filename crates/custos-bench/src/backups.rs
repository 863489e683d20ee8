//! `--backups N`: times what the owner waits for when the vault copies itself — a backup
//! with its check (split at the moment the last page is copied), "Check a backup", and a
//! restore — on the benchmark vault, N rounds, each into a fresh folder that is removed after;
//! and whether the vault keeps answering meanwhile: searches on the vault's own connection
//! while an automatic-style backup job runs on another thread, against the same searches with
//! nothing else running.

use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use custos_core::{Passphrase, Session, Vault, backups};

use crate::measure::{QUERIES, SEARCH_LIMIT, percentile};
use crate::{Result, human_duration, mib, remove_db};

/// Picks one figure out of a round.
type Figure = fn(&Round) -> Duration;

/// One round's figures.
#[derive(Debug, Clone)]
struct Round {
    copy: Duration,
    check_of_copy: Duration,
    backup: Duration,
    check: Duration,
    restore: Duration,
    file_copy: Duration,
    /// Searches on the vault while nothing else ran, and while a backup job ran.
    search_idle: Vec<Duration>,
    search_during: Vec<Duration>,
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
    let idle: Vec<Duration> = all.iter().flat_map(|r| r.search_idle.iter().copied()).collect();
    let during: Vec<Duration> = all.iter().flat_map(|r| r.search_during.iter().copied()).collect();
    println!(
        "The vault keeps answering while a backup job copies it (searches of the benchmark's queries, limit {SEARCH_LIMIT}, on the vault's own connection):\n"
    );
    println!("| searches | n | p50 (ms) | p95 (ms) | max (ms) |");
    println!("|---|---:|---:|---:|---:|");
    for (name, samples) in [("with nothing else running", &idle), ("while a backup job runs", &during)] {
        let ms = |d: Duration| format!("{:.2}", d.as_secs_f64() * 1000.0);
        println!(
            "| {name} | {} | {} | {} | {} |",
            samples.len(),
            ms(percentile(samples, 0.5)),
            ms(percentile(samples, 0.95)),
            ms(percentile(samples, 1.0))
        );
    }
    println!();
    Ok(())
}

/// Searches the benchmark's queries in turn until `done()` says to stop (at least once each).
fn searches(vault: &Vault, done: impl Fn() -> bool) -> Result<Vec<Duration>> {
    let mut took = Vec::new();
    for query in QUERIES.iter().cycle() {
        let start = Instant::now();
        vault.search(query, SEARCH_LIMIT)?;
        took.push(start.elapsed());
        if took.len() >= QUERIES.len() && done() {
            break;
        }
    }
    Ok(took)
}

fn one_round(vault_path: &Path, passphrase: &Passphrase, dir: &Path) -> Result<Round> {
    let vault = Vault::open(vault_path, passphrase, Session::new("benchmark"))?;
    // Warm, then the searches alone, then the same while a job copies the vault.
    searches(&vault, || true)?;
    let search_idle = searches(&vault, || true)?;
    let folder = std::path::absolute(dir.join("auto"))?;
    vault.set_backup_folder(Some(&folder))?;
    let job = vault.backup_job()?;
    let finished = std::sync::atomic::AtomicBool::new(false);
    let (search_during, copied) = std::thread::scope(|s| {
        let copier = s.spawn(|| {
            let copied = job.run(|_, _| {});
            finished.store(true, std::sync::atomic::Ordering::SeqCst);
            copied
        });
        let during = searches(&vault, || finished.load(std::sync::atomic::Ordering::SeqCst));
        (during, copier.join())
    });
    let copied = copied.map_err(|_| "the backup job stopped")?;
    vault.finish_backup(job, copied)?;
    vault.set_backup_folder(None)?;
    let search_during = search_during?;

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
    let report = backups::check(&dest, passphrase, "")?;
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
    Ok(Round {
        copy,
        check_of_copy: backup.saturating_sub(copy),
        backup,
        check,
        restore,
        file_copy,
        search_idle,
        search_during,
    })
}
