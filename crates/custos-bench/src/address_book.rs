//! `--import-contacts N`: times importing an address book of N rows (a CSV file of Polish
//! names with diacritics, read by `address_book::csv::parse`) into a new vault, encrypted and
//! plain SQLite, the two interleaved round by round (encrypted, plain, encrypted, plain…) so
//! that a slower stretch of the machine does not fall on one of them:
//!
//! - A: the N rows into an empty vault — nothing to find duplicates of (every row a new card:
//!   the file's namesakes are taken for different people, `on_duplicate = new`);
//! - B: N other rows into the vault of A — every row checked against N cards by e-mail,
//!   phone and name, none found: B against A is what the duplicate check costs;
//! - C: N rows overlapping both (the second half of A's, the first half of B's) with the
//!   defaults — every row a duplicate, merged, nothing added: re-importing a file;
//!
//! and the preview of C (what the user waits for before deciding), then undoing C (its tags
//! come off N cards) and B (its N cards go).

use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use custos_core::address_book::{ContactDraft, Decision, ImportChoices, ImportOptions, ImportSummary, csv};
use custos_core::company::CompanyProfile;
use custos_core::contacts::DataSource;
use custos_core::{Passphrase, Session, Vault};

use crate::lang::{LANGS, Lang};
use crate::people::{ascii_handle, person};
use crate::rng::Rng;
use crate::timing::{Kind, process_cpu, thread_cpu};
use crate::{Result, human_duration, machine, remove_db};

/// The seed of the generated address book.
const SEED: u64 = 0x1717_2026;

/// What is timed, in order.
const PHASES: [&str; 6] = [
    "A: into an empty vault",
    "B: new rows, each checked against the vault's cards",
    "C: the same rows again (all duplicates, merged)",
    "preview of C",
    "undo C (its tags off the cards)",
    "undo B (its cards removed)",
];

/// One round's figures, for one kind of vault: each phase's wall-clock time, the CPU time
/// the calling thread spent on it (what a busy machine does not inflate as much), and the
/// CPU time of the whole process (an import makes its rows ready on a second thread).
#[derive(Debug, Clone, Default)]
struct Round {
    wall: [Duration; PHASES.len()],
    cpu: [Duration; PHASES.len()],
    cpu_all: [Duration; PHASES.len()],
}

impl Round {
    /// Runs `f` as phase `i`.
    fn time<T>(&mut self, i: usize, f: impl FnOnce() -> Result<T>) -> Result<T> {
        let (wall, cpu, cpu_all) = (Instant::now(), thread_cpu(), process_cpu());
        let out = f()?;
        self.wall[i] = wall.elapsed();
        self.cpu[i] = thread_cpu().saturating_sub(cpu);
        self.cpu_all[i] = process_cpu().saturating_sub(cpu_all);
        Ok(out)
    }
}

/// Runs `rounds` rounds with `n` rows and prints a Markdown table.
pub fn run(n: usize, rounds: usize, dir: &Path) -> Result<()> {
    fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let start = Instant::now();
    let file = csv_file(0, 2 * n);
    let generated = start.elapsed();
    let start = Instant::now();
    let inspected = csv::inspect(&file)?;
    let all = csv::parse(&file, &inspected.guessed)?;
    let parsed = start.elapsed();
    if all.len() != 2 * n || all.iter().any(|d| d.problem.is_some()) {
        return Err(format!("the generated file read as {} rows, not {}", all.len(), 2 * n).into());
    }
    let a = &all[..n];
    let b = &all[n..];
    let c = &all[n / 2..n / 2 + n];

    let mut enc = Vec::new();
    let mut plain = Vec::new();
    let mut counts = None;
    for round in 0..rounds {
        for kind in [Kind::Encrypted, Kind::Plain] {
            let path = dir.join(format!("import-{}-{round}.custos", kind.short()));
            remove_db(&path)?;
            let measured = one_round(kind, &path, a, b, c);
            remove_db(&path)?;
            let (r, summaries) = measured?;
            let figures: Vec<String> = PHASES
                .iter()
                .zip(r.wall.iter().zip(&r.cpu))
                .zip(&r.cpu_all)
                .map(|((name, (w, c)), a)| {
                    format!(
                        "{}: {:.2} s ({:.2} s CPU, {:.2} s all threads)",
                        &name[..name.find(':').unwrap_or(name.len()).min(12)],
                        w.as_secs_f64(),
                        c.as_secs_f64(),
                        a.as_secs_f64()
                    )
                })
                .collect();
            eprintln!("round {} {kind:?}: {}", round + 1, figures.join(" · "));
            counts.get_or_insert(summaries);
            if kind == Kind::Encrypted { enc.push(r) } else { plain.push(r) }
        }
    }
    let Some([sa, sb, sc]) = counts else { return Err("no rounds were run".into()) };

    println!("## Address-book import\n");
    println!("- Machine: {}", machine());
    println!(
        "- File: {} CSV rows of Polish names (seed {SEED:#x}), {:.1} MiB; generated in {}, parsed (`csv::inspect` + `csv::parse`) in {}",
        2 * n,
        file.len() as f64 / (1024.0 * 1024.0),
        human_duration(generated),
        human_duration(parsed)
    );
    println!("- {rounds} rounds, encrypted and plain interleaved; each round a new vault of each kind");
    println!("- A: {n} rows into an empty vault: {} created", sa.created);
    println!(
        "- B: {n} other rows into the vault of A ({n} cards): {} created, {} duplicates",
        sb.created,
        sb.merged + sb.skipped
    );
    println!(
        "- C: {n} rows of A and B again, defaults: {} merged ({} points, {} tags, {} fields added), {} created",
        sc.merged, sc.points_added, sc.tags_added, sc.fields_filled, sc.created
    );
    println!();
    println!(
        "| | encrypted median (s) | encrypted CPU (s) | encrypted CPU, all threads (s) | plain median (s) | plain CPU (s) | plain CPU, all threads (s) | encrypted / plain (CPU) |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|");
    for (i, name) in PHASES.iter().enumerate() {
        let (e, p) = (median(&enc, |r| r.wall[i]), median(&plain, |r| r.wall[i]));
        let (ec, pc) = (median(&enc, |r| r.cpu[i]), median(&plain, |r| r.cpu[i]));
        let (ea, pa) = (median(&enc, |r| r.cpu_all[i]), median(&plain, |r| r.cpu_all[i]));
        println!(
            "| {name} | {:.2} | {:.2} | {:.2} | {:.2} | {:.2} | {:.2} | {:.2}× |",
            e.as_secs_f64(),
            ec.as_secs_f64(),
            ea.as_secs_f64(),
            p.as_secs_f64(),
            pc.as_secs_f64(),
            pa.as_secs_f64(),
            ec.as_secs_f64() / pc.as_secs_f64().max(1e-9)
        );
    }
    println!();
    let overhead = |rounds: &[Round], f: fn(&Round, usize) -> Duration| {
        let (a, b) = (median(rounds, |r| f(r, 0)), median(rounds, |r| f(r, 1)));
        100.0 * (b.as_secs_f64() / a.as_secs_f64().max(1e-9) - 1.0)
    };
    println!(
        "The duplicate check (B against A) adds {:+.0} % encrypted ({:+.0} % CPU), {:+.0} % plain ({:+.0} % CPU).",
        overhead(&enc, |r, i| r.wall[i]),
        overhead(&enc, |r, i| r.cpu[i]),
        overhead(&plain, |r, i| r.wall[i]),
        overhead(&plain, |r, i| r.cpu[i])
    );
    Ok(())
}

fn median(rounds: &[Round], f: impl Fn(&Round) -> Duration) -> Duration {
    let mut v: Vec<Duration> = rounds.iter().map(f).collect();
    v.sort();
    v.get(v.len() / 2).copied().unwrap_or_default()
}

/// A new vault of `kind` at `path` in a Polish firm (phone numbers are read as Polish).
fn new_vault(kind: Kind, path: &Path) -> Result<Vault> {
    let session = Session::new("benchmark");
    let vault = match kind {
        Kind::Encrypted => Vault::create(path, &Passphrase::new(custos_bench::PASSPHRASE), session)?,
        Kind::Plain => {
            fs::File::create_new(path).map_err(|e| format!("cannot create {}: {e}", path.display()))?;
            Vault::open_plaintext_for_benchmark(path, session)?
        }
    };
    polish_firm(&vault)?;
    Ok(vault)
}

/// Makes `vault` a Polish firm's (phone numbers are then read as Polish).
pub(crate) fn polish_firm(vault: &Vault) -> Result<()> {
    let firm = CompanyProfile {
        controller_name: "Pracownia Źdźbło sp. z o.o.".into(),
        country: Some("PL".into()),
        ..Default::default()
    };
    vault.company().set(firm)?;
    Ok(())
}

fn one_round(
    kind: Kind,
    path: &Path,
    a: &[ContactDraft],
    b: &[ContactDraft],
    c: &[ContactDraft],
) -> Result<(Round, [ImportSummary; 3])> {
    let vault = new_vault(kind, path)?;
    let book = vault.address_book();
    let source = DataSource::ThirdParty { name: "Targi Poznań 2026, lista wystawców".into() };
    let every_row = ImportOptions { on_duplicate: Decision::New, ..ImportOptions::new(source.clone()) };
    let defaults = ImportOptions { tag: Some("Targi 2026".into()), ..ImportOptions::new(source) };
    let choices = ImportChoices::default();
    let mut round = Round::default();
    let import = |drafts: &[ContactDraft], options: &ImportOptions| -> Result<ImportSummary> {
        Ok(book.import(drafts, options, &choices, &mut |_, _| true)?)
    };
    let fresh = round.time(0, || import(a, &every_row))?;
    let checked = round.time(1, || import(b, &every_row))?;
    let preview = round.time(3, || Ok(book.preview(c, &defaults)?))?;
    if !preview.new.is_empty() {
        return Err(format!("{} rows of the third import were not found as duplicates", preview.new.len()).into());
    }
    let again = round.time(2, || import(c, &defaults))?;
    if again.created != 0 {
        return Err("re-importing created cards".into());
    }
    round.time(4, || Ok(book.undo_import(again.import_id)?))?;
    let undone = round.time(5, || Ok(book.undo_import(checked.import_id)?))?;
    if undone.cards_removed != checked.created {
        return Err(format!("undo removed {} cards, not {}", undone.cards_removed, checked.created).into());
    }
    vault.lock();
    Ok((round, [fresh, checked, again]))
}

/// Rows `from..to` of the generated address book as a CSV file (semicolons, as a Polish
/// spreadsheet writes it; UTF-8): the same row number is always the same person.
pub fn csv_file(from: usize, to: usize) -> Vec<u8> {
    let polish = LANGS.iter().position(|l| l.lang == Lang::Polish).unwrap_or(0);
    let data = &LANGS[polish];
    let mut out = String::from("Imię;Nazwisko;Firma;Stanowisko;E-mail;Telefon komórkowy;Adres;Tagi;Uwagi\n");
    for i in from..to {
        let mut rng = Rng::new(SEED ^ (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let p = person(&mut rng, polish);
        let organisation = rng.chance(0.3).then(|| (*rng.pick(data.organisations)).to_owned());
        let title = rng.chance(0.2).then(|| {
            (*rng.pick(&["Właścicielka", "Główny księgowy", "Kierownik zmiany", "Prezes zarządu"])).to_owned()
        });
        let domain = rng.pick(data.email_domains);
        let email = format!("{}.{}.{i}@{domain}", ascii_handle(&p.first), ascii_handle(&p.last));
        // Every number its own; half written with the country code, half the national way.
        let national = format!("6{:02} {:03} {:03}", (i / 1_000_000) % 100, (i / 1000) % 1000, i % 1000);
        let phone = rng.chance(0.7).then(|| if i % 2 == 0 { format!("+48 {national}") } else { national });
        let address = rng.chance(0.2).then(|| {
            format!(
                "{} {}, {:02}-{:03} {}",
                rng.pick(data.streets),
                rng.range(1, 180),
                rng.below(100),
                rng.below(1000),
                rng.pick(data.places)
            )
        });
        let tags = rng.chance(0.3).then(|| "Targi 2026, Klient".to_owned());
        let notes = rng.chance(0.1).then(|| (*rng.pick(data.notes)).to_owned());
        let fields = [Some(p.first), Some(p.last), organisation, title, Some(email), phone, address, tags, notes];
        let cells: Vec<String> = fields.into_iter().map(|f| quoted(&f.unwrap_or_default())).collect();
        out.push_str(&cells.join(";"));
        out.push('\n');
    }
    out.into_bytes()
}

/// A CSV field, quoted when it must be.
fn quoted(field: &str) -> String {
    if field.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_generated_file_reads_back_as_polish_people() {
        let file = csv_file(0, 300);
        let drafts = csv::parse(&file, &csv::inspect(&file).unwrap().guessed).unwrap();
        assert_eq!(drafts.len(), 300);
        assert!(drafts.iter().all(|d| d.problem.is_none() && d.emails.len() == 1));
        let text: String = drafts.iter().filter_map(|d| d.name()).collect();
        assert!(text.chars().any(|c| "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ".contains(c)), "{text}");
        assert_eq!(csv_file(10, 20), {
            let whole = String::from_utf8(csv_file(0, 20)).unwrap();
            let mut lines: Vec<&str> = whole.lines().collect();
            lines.drain(1..11);
            format!("{}\n", lines.join("\n")).into_bytes()
        });
    }
}
