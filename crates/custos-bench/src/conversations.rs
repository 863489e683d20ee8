//! `--import-mail N` and `--import-chat N`: times importing a file of conversations (an mbox
//! of N mails, a Telegram Desktop export of N messages) into a vault that already has cards
//! for most of the people in it, encrypted and plain SQLite interleaved round by round
//! (encrypted, plain, encrypted, plain…) so that a slower stretch of the machine does not fall
//! on one of them. Each round, on a new vault of each kind:
//!
//! - set-up (not part of the import): the firm's staff addresses, and the cards of the people
//!   who have one, created by an address-book import (one transaction);
//! - read + parse: `import::sources::read` on the file, as the app does when it is dropped;
//! - preview: people matched to cards, threads planned, duplicates counted;
//! - import: the same, written in one transaction;
//! - the same file again: its preview and its import, every message a duplicate, nothing added.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::FixedOffset;
use custos_core::address_book::{ContactDraft, Decision, ImportChoices, ImportOptions};
use custos_core::company::CompanyProfile;
use custos_core::contacts::DataSource;
use custos_core::import::conversations::{ConversationsImported, ConversationsPreview};
use custos_core::import::sources::{self, ReadOptions};
use custos_core::{Passphrase, Session, Vault};

use crate::timing::{Kind, Timed, load_average, median};
use crate::{Result, human_duration, machine, remove_db};

/// What is timed, in order.
pub const PHASES: [&str; 6] = [
    "set-up: the cards (address-book import), not part of the import",
    "read + parse (`sources::read`)",
    "preview",
    "import",
    "preview of the same file again (all duplicates)",
    "import of the same file again (nothing added)",
];

/// The phases a person waits for when importing the file: read + parse, preview, import.
const WAITED: [usize; 3] = [1, 2, 3];

/// A file to import, and the vault it is imported into.
pub struct Workload {
    /// The section's title: "E-mail import (mbox)".
    pub title: &'static str,
    /// The file's name in the benchmark folder.
    pub file_name: &'static str,
    pub file: Vec<u8>,
    /// What the file holds, in words.
    pub described: String,
    /// How long generating it took.
    pub generated: Duration,
    /// The cards to create before the import.
    pub cards: Vec<ContactDraft>,
    /// What the cards hold that the import matches people by: "their e-mail addresses".
    pub matched_by: &'static str,
    /// The firm's own e-mail addresses.
    pub staff: Vec<String>,
    /// The time the import must take at most (read + parse, preview, import).
    pub target: Duration,
}

/// One round on one kind of vault: each phase's figures, and what the import said.
struct Round {
    phases: [Timed; PHASES.len()],
    preview: ConversationsPreview,
    imported: ConversationsImported,
    again: ConversationsImported,
}

/// Runs `rounds` rounds of `work` in `dir` and prints a Markdown section.
pub fn run(work: &Workload, rounds: usize, dir: &Path) -> Result<()> {
    fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let file = dir.join(work.file_name);
    fs::write(&file, &work.file).map_err(|e| format!("cannot write {}: {e}", file.display()))?;
    let load_before = load_average();
    let mut enc = Vec::new();
    let mut plain = Vec::new();
    for round in 0..rounds {
        for kind in [Kind::Encrypted, Kind::Plain] {
            let path = dir.join(format!("conversations-{}-{round}.custos", kind.short()));
            remove_db(&path)?;
            let measured = one_round(kind, &path, &file, work);
            remove_db(&path)?;
            let r = measured?;
            let figures: Vec<String> = r
                .phases
                .iter()
                .zip(["set-up", "read", "preview", "import", "preview again", "import again"])
                .map(|(t, name)| format!("{name} {:.2} s ({:.2} s CPU)", t.wall.as_secs_f64(), t.cpu.as_secs_f64()))
                .collect();
            eprintln!("round {} {kind:?}: {}", round + 1, figures.join(" · "));
            if kind == Kind::Encrypted { enc.push(r) } else { plain.push(r) }
        }
    }
    let load_after = load_average();
    let Some(first) = enc.first() else { return Err("no rounds were run".into()) };

    println!("## {}\n", work.title);
    println!("- Machine: {}", machine());
    println!("- Load average (1, 5, 15 min): {load_before} before, {load_after} after");
    println!(
        "- File: {}, {:.1} MiB; generated in {}",
        work.described,
        work.file.len() as f64 / (1024.0 * 1024.0),
        human_duration(work.generated)
    );
    println!(
        "- Vault before the import: {} cards (with {}); the firm's staff addresses: {}",
        work.cards.len(),
        work.matched_by,
        work.staff.join(", ")
    );
    let (p, i, a) = (&first.preview, &first.imported, &first.again);
    println!(
        "- Preview: {} threads, {} messages, {} people ({} matched to cards, {} staff), {} conversations, {} threads with no card, {} skipped, {} attachments",
        p.threads,
        p.messages,
        p.people.len(),
        p.people.iter().filter(|p| matches!(p.known, custos_core::import::people::Known::Contact { .. })).count(),
        p.people.iter().filter(|p| matches!(p.known, custos_core::import::people::Known::Staff)).count(),
        p.conversations.len(),
        p.unassigned_threads,
        p.skipped,
        p.attachments
    );
    println!(
        "- Import: {} messages written into {} conversations of {} cards ({} attachments named); again: {} added, {} duplicates",
        i.messages,
        i.conversations_created,
        i.contacts.len(),
        i.attachments,
        a.messages,
        a.duplicates
    );
    println!("- {rounds} rounds, encrypted and plain interleaved; each round a new vault of each kind; medians");
    println!();
    println!(
        "| | encrypted (s) | encrypted CPU (s) | encrypted CPU, all threads (s) | plain (s) | plain CPU (s) | plain CPU, all threads (s) | encrypted / plain (CPU) |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|");
    let phase = |rounds: &[Round], i: usize, f: fn(&Timed) -> Duration| {
        median(rounds.iter().map(|r| f(&r.phases[i])).collect())
    };
    let waited = |rounds: &[Round], f: fn(&Timed) -> Duration| {
        median(rounds.iter().map(|r| WAITED.iter().map(|&i| f(&r.phases[i])).sum()).collect())
    };
    let line = |name: &str, e: [Duration; 3], p: [Duration; 3]| {
        println!(
            "| {name} | {:.2} | {:.2} | {:.2} | {:.2} | {:.2} | {:.2} | {:.2}× |",
            e[0].as_secs_f64(),
            e[1].as_secs_f64(),
            e[2].as_secs_f64(),
            p[0].as_secs_f64(),
            p[1].as_secs_f64(),
            p[2].as_secs_f64(),
            e[1].as_secs_f64() / p[1].as_secs_f64().max(1e-9)
        );
    };
    let clocks: [fn(&Timed) -> Duration; 3] = [|t| t.wall, |t| t.cpu, |t| t.cpu_all];
    for (i, name) in PHASES.iter().enumerate() {
        line(name, clocks.map(|f| phase(&enc, i, f)), clocks.map(|f| phase(&plain, i, f)));
    }
    let total_enc = clocks.map(|f| waited(&enc, f));
    line("**read + parse, preview, import**", total_enc, clocks.map(|f| waited(&plain, f)));
    println!();
    let met = if total_enc[0] <= work.target { "met" } else { "missed" };
    println!(
        "Target: read + parse, preview and import in ≤ {} s (encrypted): {:.2} s, {met}.",
        work.target.as_secs(),
        total_enc[0].as_secs_f64()
    );
    Ok(())
}

/// A new vault of `kind` at `path`, of a Polish firm with these staff addresses.
fn new_vault(kind: Kind, path: &Path, staff: &[String]) -> Result<Vault> {
    let session = Session::new("benchmark");
    let vault = match kind {
        Kind::Encrypted => Vault::create(path, &Passphrase::new(custos_bench::PASSPHRASE), session)?,
        Kind::Plain => {
            fs::File::create_new(path).map_err(|e| format!("cannot create {}: {e}", path.display()))?;
            Vault::open_plaintext_for_benchmark(path, session)?
        }
    };
    let firm = CompanyProfile {
        controller_name: crate::mail::FIRM.into(),
        country: Some("PL".into()),
        email: staff.first().cloned(),
        ..Default::default()
    };
    vault.company().set(firm)?;
    vault.company().set_staff_addresses(staff)?;
    Ok(vault)
}

fn one_round(kind: Kind, path: &Path, file: &Path, work: &Workload) -> Result<Round> {
    let vault = new_vault(kind, path, &work.staff)?;
    let mut phases = [Timed::default(); PHASES.len()];
    let source = DataSource::ThirdParty { name: "Benchmark address book".into() };
    let options = ImportOptions { on_duplicate: Decision::New, ..ImportOptions::new(source) };
    let (made, t) =
        Timed::of(|| vault.address_book().import(&work.cards, &options, &ImportChoices::default(), &mut |_, _| true))?;
    phases[0] = t;
    if made.created as usize != work.cards.len() {
        return Err(format!("the set-up made {} cards, not {}", made.created, work.cards.len()).into());
    }
    let read = ReadOptions { utc_offset: FixedOffset::east_opt(0).ok_or("no UTC")?, mapping: None, format: None };
    let files: Vec<PathBuf> = vec![file.to_owned()];
    let (sourced, t) = Timed::of(|| sources::read(&files, &read))?;
    phases[1] = t;
    let (preview, t) = Timed::of(|| vault.preview_conversations(&sourced.parts, &[]))?;
    phases[2] = t;
    let (imported, t) = Timed::of(|| vault.import_conversations(&sourced.parts, &[], &mut |_, _| {}))?;
    phases[3] = t;
    let planned: u32 = preview.conversations.iter().map(|c| c.messages).sum();
    if imported.messages != planned || imported.messages == 0 {
        return Err(format!("the import wrote {} messages, the preview said {planned}", imported.messages).into());
    }
    let (repeated, t) = Timed::of(|| vault.preview_conversations(&sourced.parts, &[]))?;
    phases[4] = t;
    if repeated.conversations.iter().any(|c| c.messages > 0) {
        return Err("the preview of the same file again would add messages".into());
    }
    let (again, t) = Timed::of(|| vault.import_conversations(&sourced.parts, &[], &mut |_, _| {}))?;
    phases[5] = t;
    if again.messages != 0 || again.duplicates != imported.messages + imported.duplicates {
        return Err(format!(
            "the same file again added {} messages and found {} duplicates, not 0 and {}",
            again.messages,
            again.duplicates,
            imported.messages + imported.duplicates
        )
        .into());
    }
    vault.lock();
    Ok(Round { phases, preview, imported, again })
}
