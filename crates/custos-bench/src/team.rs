//! `--team [--rounds N]`: times the two speed targets of issue 21 (docs/TEAM.md), on copies in
//! a folder of its own under the benchmark directory (the benchmark vault itself is only read,
//! by a file copy):
//!
//! - **A: 1,000 changes reach another seat.** Two seats of one team — seat A a new vault of
//!   1,000 cards (the address-book benchmark's Polish rows), seat B joined with a real
//!   invitation. Each round makes 1,000 changes on A in three ways, sends them
//!   (`team_send`), and times what seat B does once the files are in the shared folder:
//!   `team_receive` (read, authenticate, decrypt and apply them: the changes are in B's vault
//!   when it returns), then the `team_sync` after it (B's acknowledgement). The three ways:
//!   1,000 new cards in one write (an address-book import), 1,000 cards each given a tag in
//!   one write (the same rows imported again with a tag: merged), and 1,000 separate edits of
//!   1,000 cards (1,000 writes, 1,000 change files).
//! - **B: a new seat joins the 100k-contact book.** A copy of the benchmark vault made a
//!   team; each round the owner invites (`team_invite`: a checked copy of the book under a
//!   fresh key, encrypted into the invitation file) and a new seat joins
//!   (`Vault::team_join`: decrypted, put in order, re-keyed, opened), each timed, with the
//!   process's peak resident memory during each (Linux: `VmHWM`, reset before each step
//!   through `/proc/self/clear_refs`).

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use custos_core::address_book::{ContactDraft, Decision, ImportChoices, ImportOptions, ImportSummary, csv};
use custos_core::contacts::{ContactId, ContactPatch, ContactQuery, DataSource};
use custos_core::operators::Role;
use custos_core::{Passphrase, Session, Vault};

use crate::address_book::{csv_file, polish_firm};
use crate::timing::{load_average, thread_cpu};
use crate::{Result, human_duration, machine, mib, remove_db};

/// The cards of seat A in part A, and the changes each round makes.
const CARDS: usize = 1_000;
/// The operator each new seat is for, their first passphrase (an owner's), and the one they
/// choose when joining.
const OPERATOR: &str = "Biuro";
const FIRST_PASSPHRASE: &str = "pierwsze hasło dla biura — zmień je, proszę 2026";
const JOINER_PASSPHRASE: &str = "własne hasło biura, dłuższe niż pierwsze — 7 kotów";

/// The three ways of making 1,000 changes on seat A.
const WAYS: [&str; 3] = [
    "1,000 new cards, one write (address-book import)",
    "1,000 cards tagged, one write (the rows imported again with a tag, merged)",
    "1,000 edits of 1,000 cards, 1,000 writes (`contacts().edit`, job title)",
];

/// One way's figures in one round.
#[derive(Debug, Clone, Default)]
struct Change {
    /// Seat A: making the changes, and writing them to the shared folder.
    write: Duration,
    send: Duration,
    files: usize,
    bytes: u64,
    /// Seat B: applying them (`team_receive`), then the sync after (the acknowledgement).
    receive: Duration,
    ack: Duration,
    /// CPU time of this thread during the send and the receive (the machine is shared: wall
    /// time includes waiting for a core).
    send_cpu: Duration,
    receive_cpu: Duration,
}

/// One round of joining.
#[derive(Debug, Clone, Default)]
struct Join {
    invite: Duration,
    join: Duration,
    invitation_bytes: u64,
    /// Resident memory before each step and the peak during it, in bytes (0: not known).
    rss_before_invite: u64,
    peak_invite: u64,
    rss_before_join: u64,
    peak_join: u64,
}

/// Runs both parts, `rounds` rounds each, on `book` (the benchmark vault, opened by
/// `passphrase`), in a folder `team` under `scratch` that is removed after; prints Markdown.
pub fn run(book: &Path, passphrase: &Passphrase, rounds: usize, scratch: &Path) -> Result<()> {
    let dir = std::path::absolute(scratch.join("team"))?;
    if dir.exists() {
        fs::remove_dir_all(&dir)?;
    }
    fs::create_dir_all(&dir)?;
    println!("## Team sync\n");
    println!("- Machine: {}; load average at the start {}", machine(), load_average());
    // The second part runs even if the first failed: each stands alone.
    let first = changes(&dir.join("changes"), passphrase, rounds);
    if let Err(e) = &first {
        eprintln!("custos-bench: 1,000 changes: {e}");
    }
    let second = joins(book, passphrase, rounds, &dir);
    println!("\n- Load average at the end: {}", load_average());
    fs::remove_dir_all(&dir)?;
    first.and(second)
}

/// A new encrypted vault at `path` in a Polish firm (phone numbers are read as Polish).
fn new_vault(path: &Path, passphrase: &Passphrase) -> Result<Vault> {
    let vault = Vault::create(path, passphrase, Session::new("benchmark"))?;
    polish_firm(&vault)?;
    Ok(vault)
}

/// Rows `from..to` of the address-book benchmark's file, read.
fn drafts(from: usize, to: usize) -> Result<Vec<ContactDraft>> {
    let file = csv_file(from, to);
    let inspected = csv::inspect(&file)?;
    let rows = csv::parse(&file, &inspected.guessed)?;
    if rows.len() != to - from || rows.iter().any(|d| d.problem.is_some()) {
        return Err(format!("the generated file read as {} rows, not {}", rows.len(), to - from).into());
    }
    Ok(rows)
}

fn import(vault: &Vault, rows: &[ContactDraft], tag: Option<String>, on_duplicate: Decision) -> Result<ImportSummary> {
    let source = DataSource::ThirdParty { name: "Targi Poznań 2026, lista wystawców".into() };
    let options = ImportOptions { tag, on_duplicate, ..ImportOptions::new(source) };
    Ok(vault.address_book().import(rows, &options, &ImportChoices::default(), &mut |_, _| true)?)
}

fn total(vault: &Vault) -> Result<u64> {
    Ok(vault.contacts().list(&ContactQuery { limit: 1, ..Default::default() })?.total)
}

fn bytes_of(files: &[PathBuf]) -> Result<u64> {
    let mut sum = 0;
    for f in files {
        sum += fs::metadata(f).map_err(|e| format!("cannot read {}: {e}", f.display()))?.len();
    }
    Ok(sum)
}

/// Part A: two seats, 1,000 changes on A in three ways per round, timed on B.
fn changes(dir: &Path, passphrase: &Passphrase, rounds: usize) -> Result<()> {
    fs::create_dir_all(dir)?;
    let folder = dir.join("shared");
    let a = new_vault(&dir.join("seat-a.custos"), passphrase)?;
    let base = drafts(0, CARDS)?;
    import(&a, &base, None, Decision::New)?;
    a.team_init(&folder, "Laptop")?;
    a.add_operator(OPERATOR, Role::Clerk, &Passphrase::new(FIRST_PASSPHRASE))?;
    let invitation = a.team_invite(OPERATOR)?;
    let b = Vault::team_join(
        &invitation.code,
        &folder,
        &dir.join("seat-b.custos"),
        "Office PC",
        &Passphrase::new(JOINER_PASSPHRASE),
        Session::new("benchmark"),
    )?;
    // Both seats in step before the first round: what A wrote up to the invitation is in B's
    // copy already; B's joining travels to A.
    a.team_sync()?;
    b.team_sync()?;
    a.team_sync()?;
    let ids: Vec<ContactId> = a
        .contacts()
        .list(&ContactQuery { limit: CARDS as u32, ..Default::default() })?
        .items
        .into_iter()
        .map(|c| c.id)
        .collect();
    if ids.len() != CARDS || total(&b)? != CARDS as u64 {
        return Err(format!("seat B has {} cards after joining, not {CARDS}", total(&b)?).into());
    }

    let mut all: Vec<[Change; 3]> = Vec::new();
    for round in 0..rounds {
        let mut figures: [Change; 3] = Default::default();
        // 1: new cards, one import.
        let new_rows = drafts(CARDS * (round + 1), CARDS * (round + 2))?;
        let before = total(&b)?;
        figures[0] = exchange(&a, &b, || {
            let s = import(&a, &new_rows, None, Decision::New)?;
            if s.created != CARDS as u64 {
                return Err(format!("the import made {} cards, not {CARDS}", s.created).into());
            }
            Ok(())
        })?;
        if total(&b)? != before + CARDS as u64 {
            return Err(format!("seat B has {} cards, not {}", total(&b)?, before + CARDS as u64).into());
        }
        // 2: the first cards tagged, one import of their rows again.
        let tag = format!("Runda {}", round + 1);
        figures[1] = exchange(&a, &b, || {
            let s = import(&a, &base, Some(tag.clone()), Decision::Merge)?;
            if s.merged != CARDS as u64 {
                return Err(format!("the import merged {} rows, not {CARDS}", s.merged).into());
            }
            Ok(())
        })?;
        let tagged = b.tags().list()?.into_iter().find(|t| t.name == tag).map(|t| t.contacts);
        if tagged != Some(CARDS as u64) {
            return Err(format!("seat B has {tagged:?} cards tagged {tag}, not {CARDS}").into());
        }
        // 3: 1,000 separate edits.
        let title = |i: usize| format!("Runda {} — stanowisko {i}", round + 1);
        figures[2] = exchange(&a, &b, || {
            for (i, id) in ids.iter().enumerate() {
                let patch = ContactPatch { job_title: Some(Some(title(i))), ..Default::default() };
                a.contacts().edit(*id, patch)?;
            }
            Ok(())
        })?;
        for (i, id) in ids.iter().enumerate().step_by(97) {
            let got = b.contacts().get(*id)?.details.job_title;
            if got.as_deref() != Some(title(i).as_str()) {
                return Err(format!("card {id} on seat B has job title {got:?}, not {:?}", title(i)).into());
            }
        }
        let line: Vec<String> = figures
            .iter()
            .enumerate()
            .map(|(i, c)| {
                format!(
                    "{}: {} files {} write {:.2} s, send {:.2} s (CPU {:.2} s), B applies in {:.3} s (CPU {:.3} s; + ack {:.3} s)",
                    i + 1,
                    c.files,
                    mib(c.bytes),
                    c.write.as_secs_f64(),
                    c.send.as_secs_f64(),
                    c.send_cpu.as_secs_f64(),
                    c.receive.as_secs_f64(),
                    c.receive_cpu.as_secs_f64(),
                    c.ack.as_secs_f64()
                )
            })
            .collect();
        eprintln!("changes, round {}: {}", round + 1, line.join(" · "));
        all.push(figures);
    }
    a.lock();
    b.lock();

    println!(
        "\n### 1,000 changes reach another seat (target ≤ 1 s)\n\n- Seats: A a new encrypted vault of {CARDS} cards made a team, B joined with an invitation; {rounds} rounds, each making the three kinds of change below on A, `team_send`, then on B `team_receive` timed (the files already in the shared folder: from there to the changes in B's vault), then B's `team_sync` (its acknowledgement).\n"
    );
    println!(
        "| changes on seat A | change files | bytes | A: make (s, median) | A: `team_send` (s, median; CPU) | **B: `team_receive`, median (s)** | min (s) | max (s) | B: `team_receive` CPU (s, median) | B: `team_sync` after (s, median) |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (i, name) in WAYS.iter().enumerate() {
        let pick = |f: fn(&Change) -> Duration| -> Vec<Duration> { all.iter().map(|r| f(&r[i])).collect() };
        let receive = pick(|c| c.receive);
        let files = all.first().map(|r| r[i].files).unwrap_or_default();
        let bytes = median_u64(all.iter().map(|r| r[i].bytes).collect());
        println!(
            "| {name} | {files} | {} ({bytes} B) | {:.2} | {:.2}; {:.2} | **{:.3}** | {:.3} | {:.3} | {:.3} | {:.3} |",
            mib(bytes),
            secs(pick(|c| c.write)),
            secs(pick(|c| c.send)),
            secs(pick(|c| c.send_cpu)),
            secs(receive.clone()),
            receive.iter().min().copied().unwrap_or_default().as_secs_f64(),
            receive.iter().max().copied().unwrap_or_default().as_secs_f64(),
            secs(pick(|c| c.receive_cpu)),
            secs(pick(|c| c.ack)),
        );
    }
    Ok(())
}

fn secs(values: Vec<Duration>) -> f64 {
    crate::timing::median(values).as_secs_f64()
}

/// The median of `values` (the upper one of an even count); zero for none.
fn median_u64(mut values: Vec<u64>) -> u64 {
    values.sort_unstable();
    values.get(values.len() / 2).copied().unwrap_or_default()
}

/// Makes changes on `a` with `make`, sends them, and times B's receive and sync.
fn exchange(a: &Vault, b: &Vault, make: impl FnOnce() -> Result<()>) -> Result<Change> {
    let start = Instant::now();
    make()?;
    let write = start.elapsed();
    let (start, cpu) = (Instant::now(), thread_cpu());
    let sent = a.team_send()?;
    let (send, send_cpu) = (start.elapsed(), thread_cpu().saturating_sub(cpu));
    let (start, cpu) = (Instant::now(), thread_cpu());
    let received = b.team_receive()?;
    let (receive, receive_cpu) = (start.elapsed(), thread_cpu().saturating_sub(cpu));
    let start = Instant::now();
    let synced = b.team_sync()?;
    let ack = start.elapsed();
    if received.applied.len() != sent.len() || received.problems != 0 || synced.applied != 0 {
        return Err(format!(
            "seat B applied {} files ({} problems, then {} more), seat A sent {}",
            received.applied.len(),
            received.problems,
            synced.applied,
            sent.len()
        )
        .into());
    }
    // A reads B's acknowledgement (and drops what B has applied from its outbox), untimed.
    a.team_sync()?;
    Ok(Change { write, send, files: sent.len(), bytes: bytes_of(&sent)?, receive, ack, send_cpu, receive_cpu })
}

/// A line of `/proc/self/status` in bytes ("VmHWM", "VmRSS"); 0 where there is none.
fn status_bytes(key: &str) -> u64 {
    fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(key) && l[key.len()..].starts_with(':'))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kib| kib.parse::<u64>().ok())
        })
        .map(|kib| kib * 1024)
        .unwrap_or_default()
}

/// Resets the process's peak resident memory to what it holds now (Linux ≥ 4.0); false where
/// it cannot, when the peak is the process's since it started.
fn reset_peak() -> bool {
    fs::write("/proc/self/clear_refs", "5").is_ok()
}

/// Copies a vault with its key file (and its write-ahead log, if any) to `to`.
fn copy_vault(from: &Path, to: &Path) -> Result<()> {
    remove_db(to)?;
    let keys = custos_core::vault::keys_path(from);
    fs::copy(from, to).map_err(|e| format!("cannot copy {}: {e}", from.display()))?;
    fs::copy(&keys, custos_core::vault::keys_path(to)).map_err(|e| format!("cannot copy {}: {e}", keys.display()))?;
    let wal = crate::with_suffix(from, "-wal");
    if wal.exists() {
        fs::copy(&wal, crate::with_suffix(to, "-wal"))?;
    }
    Ok(())
}

/// Part B: the benchmark book's copy made a team; each round an invitation and a joining.
fn joins(book: &Path, passphrase: &Passphrase, rounds: usize, dir: &Path) -> Result<()> {
    if !book.exists() {
        return Err(format!("no benchmark vault at {} (cargo xtask bench makes it)", book.display()).into());
    }
    let owner_path = dir.join("book.custos");
    let start = Instant::now();
    copy_vault(book, &owner_path)?;
    let copied = start.elapsed();
    let start = Instant::now();
    let owner = Vault::open(&owner_path, passphrase, Session::new("benchmark"))?;
    let opened = start.elapsed();
    let cards = total(&owner)?;
    let folder = dir.join("shared");
    owner.team_init(&folder, "Laptop")?;
    owner.add_operator(OPERATOR, Role::Clerk, &Passphrase::new(FIRST_PASSPHRASE))?;
    let book_bytes = fs::metadata(&owner_path)?.len();
    eprintln!(
        "joining: the book copied in {} ({}), opened in {}, {cards} cards",
        human_duration(copied),
        mib(book_bytes),
        human_duration(opened)
    );
    let mut peaks_known = true;
    let mut all = Vec::new();
    for round in 0..rounds {
        let mut r = Join::default();
        peaks_known &= reset_peak();
        r.rss_before_invite = status_bytes("VmRSS");
        let start = Instant::now();
        let invitation = owner.team_invite(OPERATOR)?;
        r.invite = start.elapsed();
        r.peak_invite = status_bytes("VmHWM");
        for entry in fs::read_dir(folder.join("invitations"))? {
            let entry = entry?;
            if entry.file_name().to_string_lossy().ends_with(".custos-invite") {
                r.invitation_bytes += entry.metadata()?.len();
            }
        }
        let joined_path = dir.join(format!("joined-{round}.custos"));
        peaks_known &= reset_peak();
        r.rss_before_join = status_bytes("VmRSS");
        let start = Instant::now();
        let joined = Vault::team_join(
            &invitation.code,
            &folder,
            &joined_path,
            &format!("Stanowisko {}", round + 2),
            &Passphrase::new(JOINER_PASSPHRASE),
            Session::new("benchmark"),
        )?;
        r.join = start.elapsed();
        r.peak_join = status_bytes("VmHWM");
        let got = total(&joined)?;
        joined.lock();
        remove_db(&joined_path)?;
        if got != cards {
            return Err(format!("the new seat has {got} cards, not {cards}").into());
        }
        eprintln!(
            "joining, round {}: invite {} (peak {}), join {} (peak {}), invitation {}",
            round + 1,
            human_duration(r.invite),
            mib(r.peak_invite),
            human_duration(r.join),
            mib(r.peak_join),
            mib(r.invitation_bytes)
        );
        all.push(r);
    }
    owner.lock();

    println!(
        "\n### A new seat joins the 100k-contact book (target ≤ 60 s)\n\n- Book: a copy of `{}`, {} cards, {}; copied in {} (`fs::copy`, for scale), unlocked in {}; made a team, then {rounds} rounds of an invitation (`team_invite`, the owner's side) and a joining (`Vault::team_join`, the new seat's side, to a vault that opens)",
        book.display(),
        cards,
        mib(book_bytes),
        human_duration(copied),
        human_duration(opened)
    );
    println!("- Invitation file: {} (median)", mib(median_u64(all.iter().map(|r| r.invitation_bytes).collect())));
    let peak_note = if peaks_known {
        "peak resident memory of the process during the step (`VmHWM`, reset before it)"
    } else {
        "peak resident memory of the process since it started (`VmHWM`; it could not be reset)"
    };
    println!("- Memory: resident before the step (`VmRSS`) and {peak_note}\n");
    println!("| step | median (s) | min (s) | max (s) | resident before (median) | peak during (median) |");
    println!("|---|---:|---:|---:|---:|---:|");
    let bytes_median = |f: fn(&Join) -> u64| mib(median_u64(all.iter().map(f).collect()));
    let times = |f: fn(&Join) -> Duration| -> (f64, f64, f64) {
        let v: Vec<Duration> = all.iter().map(f).collect();
        (
            secs(v.clone()),
            v.iter().min().copied().unwrap_or_default().as_secs_f64(),
            v.iter().max().copied().unwrap_or_default().as_secs_f64(),
        )
    };
    let (m, lo, hi) = times(|r| r.invite);
    println!(
        "| owner: `team_invite` (checked copy under a fresh key, read, encrypted, written) | {m:.2} | {lo:.2} | {hi:.2} | {} | {} |",
        bytes_median(|r| r.rss_before_invite),
        bytes_median(|r| r.peak_invite)
    );
    let (m, lo, hi) = times(|r| r.join);
    println!(
        "| new seat: `Vault::team_join` (read, decrypted, put in order, re-keyed copy, key slot, opened) | {m:.2} | {lo:.2} | {hi:.2} | {} | {} |",
        bytes_median(|r| r.rss_before_join),
        bytes_median(|r| r.peak_join)
    );
    let (m, lo, hi) = times(|r| r.invite + r.join);
    println!("| **together** | **{m:.2}** | {lo:.2} | {hi:.2} | | |");
    Ok(())
}
