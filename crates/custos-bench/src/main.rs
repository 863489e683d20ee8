//! `custos-bench`: builds (or reuses) a large synthetic vault, then times unlocking, listing,
//! opening a contact, searching and the consent check, on the encrypted vault and on an
//! unencrypted copy, and prints a Markdown table.

mod address_book;
mod backups;
mod chat;
mod conversations;
mod generate;
mod lang;
mod mail;
mod measure;
mod people;
mod rekey;
mod rng;
mod team;
mod text;
mod timing;

use std::error::Error;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use custos_core::{Passphrase, Session, Vault};

use crate::generate::{Generated, SEED, Sizes};
use crate::measure::{LIST_STATUS, Measured, QUERIES, SEARCH_LIMIT, UNLOCKS, percentile};

type Result<T, E = Box<dyn Error>> = std::result::Result<T, E>;

use custos_bench::{DEFAULT_SIZES, PASSPHRASE, vault_stem};

const USAGE: &str = "\
custos-bench: build a synthetic Custos vault and time everyday operations on it,
encrypted (SQLCipher) and on an unencrypted copy.

Usage: custos-bench [OPTIONS]

Options:
  --contacts N   contacts to generate             (default 100000)
  --messages N   messages to generate, ~10 per conversation (default 1000000)
  --consents N   consent events to generate       (default 200000)
  --dir PATH     where the vaults are kept        (default target/bench)
  --fresh        rebuild the vault even if one of the same sizes is cached
  --samples N    timed runs per operation         (default 200)
  --backups N    time N rounds of backup, check and restore instead of the operations
  --import-contacts N
                 time importing an address book of N CSV rows (new vault, encrypted and
                 plain; into an empty vault, against N cards, again) instead
  --import-mail [N]
                 time reading, previewing and importing an mbox of N mails (default 20000,
                 about 200 MB) into a vault with cards for 80 % of its people, then the same
                 file again; encrypted and plain interleaved
  --import-chat [N]
                 the same with a Telegram Desktop export of N messages (default 200000)
  --rekey N      time unlocking and N re-keys of the whole vault instead of the operations
  --team         time a team's sync instead: 1,000 changes on one seat applied by another,
                 and a new seat joining the vault (an invitation, then joining), on copies
  --rounds N     rounds of --import-contacts, --import-mail, --import-chat, --team (default 3)
  -h, --help     show this text
";

#[derive(Debug, Clone, PartialEq, Eq)]
struct Args {
    sizes: Sizes,
    dir: PathBuf,
    fresh: bool,
    samples: usize,
    /// Rounds of backup, check and restore to time instead of the operations.
    backups: Option<usize>,
    /// Re-keys of the whole vault to time (with unlocking) instead of the operations.
    rekey: Option<usize>,
    /// Rows of an address book to time importing instead of the operations.
    import_contacts: Option<usize>,
    /// Mails of an mbox to time importing instead of the operations.
    import_mail: Option<usize>,
    /// Messages of a Telegram export to time importing instead of the operations.
    import_chat: Option<usize>,
    /// Time a team's sync and a new seat joining instead of the operations.
    team: bool,
    /// Rounds of the import timing.
    rounds: usize,
}

impl Default for Args {
    fn default() -> Self {
        Args {
            sizes: Sizes { contacts: DEFAULT_SIZES.0, messages: DEFAULT_SIZES.1, consents: DEFAULT_SIZES.2 },
            dir: PathBuf::from("target/bench"),
            fresh: false,
            samples: 200,
            backups: None,
            rekey: None,
            import_contacts: None,
            import_mail: None,
            import_chat: None,
            team: false,
            rounds: 3,
        }
    }
}

/// `None` means: help was asked for.
fn parse_args(args: &[String]) -> Result<Option<Args>, String> {
    let mut out = Args::default();
    let mut it = args.iter().peekable();
    while let Some(arg) = it.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_owned())),
            _ => (arg.as_str(), None),
        };
        let mut value =
            |name: &str| inline.clone().or_else(|| it.next().cloned()).ok_or_else(|| format!("{name} needs a value"));
        let number = |name: &str, v: String| {
            v.replace('_', "").parse::<u64>().map_err(|_| format!("{name}: '{v}' is not a whole number"))
        };
        match flag {
            "-h" | "--help" => return Ok(None),
            "--contacts" => out.sizes.contacts = number(flag, value(flag)?)?,
            "--messages" => out.sizes.messages = number(flag, value(flag)?)?,
            "--consents" => out.sizes.consents = number(flag, value(flag)?)?,
            "--samples" => out.samples = number(flag, value(flag)?)? as usize,
            "--dir" => out.dir = PathBuf::from(value(flag)?),
            "--fresh" if inline.is_none() => out.fresh = true,
            "--team" if inline.is_none() => out.team = true,
            "--backups" => out.backups = Some(number(flag, value(flag)?)?.max(1) as usize),
            "--rekey" => out.rekey = Some(number(flag, value(flag)?)?.max(1) as usize),
            "--import-contacts" => out.import_contacts = Some(number(flag, value(flag)?)?.max(2) as usize),
            "--import-mail" | "--import-chat" => {
                // The count may be left out: the sizes.
                let given = match inline.clone() {
                    Some(v) => Some(v),
                    None => it.next_if(|v| !v.starts_with("--")).cloned(),
                };
                let (default, slot) = if flag == "--import-mail" {
                    (20_000, &mut out.import_mail)
                } else {
                    (200_000, &mut out.import_chat)
                };
                *slot = Some(match given {
                    Some(v) => number(flag, v)?.max(10) as usize,
                    None => default,
                });
            }
            "--rounds" => out.rounds = number(flag, value(flag)?)?.max(1) as usize,
            other => return Err(format!("unknown argument '{other}' (try --help)")),
        }
    }
    if out.sizes.contacts == 0 {
        return Err("--contacts must be at least 1".into());
    }
    if out.samples == 0 {
        return Err("--samples must be at least 1".into());
    }
    Ok(Some(out))
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(suffix);
    path.with_file_name(name)
}

/// Removes a database file and its SQLite sidecars, if any.
fn remove_db(path: &Path) -> Result<()> {
    for p in [
        path.to_owned(),
        with_suffix(path, "-wal"),
        with_suffix(path, "-shm"),
        with_suffix(path, "-journal"),
        with_suffix(path, "-keys"),
    ] {
        match fs::remove_file(&p) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(format!("cannot remove {}: {e}", p.display()).into()),
        }
    }
    Ok(())
}

fn ms(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64() * 1000.0)
}

fn human_duration(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s < 60.0 { format!("{s:.1} s") } else { format!("{} min {:.0} s", (s / 60.0).floor(), s % 60.0) }
}

fn mib(bytes: u64) -> String {
    format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
}

/// "2 CPUs (model), 23.4 GiB RAM, linux x86_64".
fn machine() -> String {
    let cpus = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let model = fs::read_to_string("/proc/cpuinfo").ok().and_then(|info| {
        info.lines()
            .find(|l| l.starts_with("model name"))
            .and_then(|l| l.split_once(':'))
            .map(|(_, v)| v.trim().to_owned())
    });
    let memory = fs::read_to_string("/proc/meminfo").ok().and_then(|info| {
        info.lines()
            .find(|l| l.starts_with("MemTotal:"))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kib| kib.parse::<u64>().ok())
    });
    let mut out = format!("{cpus} CPUs available");
    if let Some(model) = model {
        out.push_str(&format!(" ({model})"));
    }
    if let Some(kib) = memory {
        out.push_str(&format!(", {:.1} GiB RAM", kib as f64 / (1024.0 * 1024.0)));
    }
    out.push_str(&format!(", {} {}", std::env::consts::OS, std::env::consts::ARCH));
    out
}

fn row(name: &str, enc: &[Duration], plain: &[Duration]) -> String {
    let (e50, p50) = (percentile(enc, 0.5), percentile(plain, 0.5));
    let ratio =
        if p50.is_zero() { "—".to_owned() } else { format!("{:.2}×", e50.as_secs_f64() / p50.as_secs_f64()) };
    format!(
        "| {name} | {} | {} | {} | {} | {ratio} |",
        ms(e50),
        ms(percentile(enc, 0.95)),
        ms(p50),
        ms(percentile(plain, 0.95))
    )
}

struct Report<'a> {
    args: &'a Args,
    generated: Option<Generated>,
    exported: Option<Duration>,
    encrypted_path: &'a Path,
    plain_path: &'a Path,
    enc: &'a Measured,
    plain: &'a Measured,
}

fn print_report(r: &Report<'_>) {
    let a = r.args;
    let size = |p: &Path| fs::metadata(p).map(|m| mib(m.len())).unwrap_or_else(|_| "?".into());
    let mean_hits = r.enc.hits_by_query.iter().sum::<usize>() as f64 / QUERIES.len() as f64;
    println!("## Custos benchmark\n");
    println!(
        "- Vault: {} contacts, {} messages, {} consent events, 5 purposes (seed {SEED:#x})",
        a.sizes.contacts, a.sizes.messages, a.sizes.consents
    );
    println!("- Machine: {}", machine());
    println!(
        "- Files: encrypted {} (`{}`), plaintext copy {}",
        size(r.encrypted_path),
        r.encrypted_path.display(),
        size(r.plain_path)
    );
    match &r.generated {
        Some(g) => println!(
            "- Generated in this run: {} (contacts {}, {} conversations / {} messages {}, {} consent events {})",
            human_duration(g.total),
            human_duration(g.contacts),
            g.conversation_count,
            g.message_count,
            human_duration(g.conversations),
            g.event_count,
            human_duration(g.consents)
        ),
        None => println!("- Generation: reused the cached vault (pass --fresh to rebuild)"),
    }
    if let Some(d) = r.exported {
        println!("- Plaintext copy exported in this run: {}", human_duration(d));
    }
    println!(
        "- Samples: {} per operation after a warm-up, encrypted and plaintext interleaved sample by sample (unlock: median of {UNLOCKS}); search: {} queries, limit {SEARCH_LIMIT}, mean {mean_hits:.1} hits",
        a.samples,
        QUERIES.len()
    );
    println!();
    println!(
        "| operation | encrypted p50 (ms) | encrypted p95 (ms) | plaintext p50 (ms) | plaintext p95 (ms) | ratio (p50) |"
    );
    println!("|---|---:|---:|---:|---:|---:|");
    println!("{}", row("unlock (`Vault::open`)", &r.enc.unlock, &r.plain.unlock));
    println!("{}", row("first list page (50)", &r.enc.list, &r.plain.list));
    println!(
        "{}",
        row(
            &format!("first list page (50), status = {}", LIST_STATUS.code()),
            &r.enc.list_status,
            &r.plain.list_status
        )
    );
    println!("{}", row("list page (50) from the middle", &r.enc.list_far, &r.plain.list_far));
    println!("{}", row("open contact (card + conversations)", &r.enc.open_contact, &r.plain.open_contact));
    println!("{}", row("purpose audience, first page (50)", &r.enc.audience, &r.plain.audience));
    println!("{}", row(&format!("all retention warnings ({})", r.enc.warnings), &r.enc.retention, &r.plain.retention));
    println!("{}", row("search", &r.enc.search, &r.plain.search));
    println!("{}", row("may I contact (`may_contact`)", &r.enc.may_contact, &r.plain.may_contact));
    println!();
    println!("Search by query:\n");
    println!("| query | hits | encrypted p50 (ms) | encrypted max (ms) | plaintext p50 (ms) | plaintext max (ms) |");
    println!("|---|---:|---:|---:|---:|---:|");
    for (i, q) in QUERIES.iter().enumerate() {
        let (e, p) = (&r.enc.search_by_query[i], &r.plain.search_by_query[i]);
        println!(
            "| {q} | {} | {} | {} | {} | {} |",
            r.enc.hits_by_query[i],
            ms(percentile(e, 0.5)),
            ms(percentile(e, 1.0)),
            ms(percentile(p, 0.5)),
            ms(percentile(p, 1.0))
        );
    }
}

fn run(args: &Args) -> Result<()> {
    if let Some(rows) = args.import_contacts {
        return address_book::run(rows, args.rounds, &args.dir);
    }
    if let Some(n) = args.import_mail {
        eprintln!("generating an mbox of {n} mails…");
        conversations::run(&mail::workload(n), args.rounds, &args.dir)?;
    }
    if let Some(n) = args.import_chat {
        eprintln!("generating a Telegram export of {n} messages…");
        conversations::run(&chat::workload(n), args.rounds, &args.dir)?;
    }
    if args.import_mail.is_some() || args.import_chat.is_some() {
        return Ok(());
    }
    fs::create_dir_all(&args.dir).map_err(|e| format!("cannot create {}: {e}", args.dir.display()))?;
    let s = args.sizes;
    let stem = vault_stem(s.contacts, s.messages, s.consents);
    let encrypted = args.dir.join(format!("{stem}.custos"));
    let plain = args.dir.join(format!("{stem}.plain.sqlite"));
    let passphrase = Passphrase::new(PASSPHRASE);
    let session = || Session::new("benchmark");

    if args.fresh {
        remove_db(&encrypted)?;
        remove_db(&plain)?;
    }
    let generated = if encrypted.exists() {
        eprintln!("reusing {}", encrypted.display());
        None
    } else {
        // Built under another name and renamed when complete, so an interrupted run is
        // never mistaken for a cached vault.
        let partial = with_suffix(&encrypted, ".partial");
        remove_db(&partial)?;
        eprintln!("generating {} …", encrypted.display());
        let g = generate::generate(&partial, &passphrase, s)?;
        fs::rename(&partial, &encrypted).map_err(|e| format!("cannot rename {}: {e}", partial.display()))?;
        let keys = custos_core::vault::keys_path(&partial);
        fs::rename(&keys, custos_core::vault::keys_path(&encrypted))
            .map_err(|e| format!("cannot rename {}: {e}", keys.display()))?;
        remove_db(&partial)?;
        eprintln!("generated in {}", human_duration(g.total));
        Some(g)
    };
    if let Some(rounds) = args.backups {
        return backups::run(&encrypted, &passphrase, rounds, &args.dir);
    }
    if let Some(rounds) = args.rekey {
        return rekey::run(&encrypted, &passphrase, rounds);
    }
    if args.team {
        return team::run(&encrypted, &passphrase, args.rounds, &args.dir);
    }
    let exported = if plain.exists() {
        None
    } else {
        let partial = with_suffix(&plain, ".partial");
        remove_db(&partial)?;
        eprintln!("exporting the plaintext copy {} …", plain.display());
        let start = Instant::now();
        let vault = Vault::open(&encrypted, &passphrase, session())?;
        // The core creates the (empty) file itself: ATTACH cannot, with the vault's flags.
        vault.export_plaintext_for_benchmark(&partial)?;
        vault.lock();
        fs::rename(&partial, &plain).map_err(|e| format!("cannot rename {}: {e}", partial.display()))?;
        remove_db(&partial)?;
        Some(start.elapsed())
    };

    let (enc, plaintext) = measure::measure_pair(
        &|| Vault::open(&encrypted, &passphrase, session()),
        &|| Vault::open_plaintext_for_benchmark(&plain, session()),
        args.samples,
        SEED,
    )?;
    if enc.contacts != plaintext.contacts || enc.hits_by_query != plaintext.hits_by_query {
        return Err("the plaintext copy does not match the encrypted vault: rerun with --fresh".into());
    }
    print_report(&Report {
        args,
        generated,
        exported,
        encrypted_path: &encrypted,
        plain_path: &plain,
        enc: &enc,
        plain: &plaintext,
    });
    Ok(())
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let args = match parse_args(&argv) {
        Ok(Some(args)) => args,
        Ok(None) => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("custos-bench: {e}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("custos-bench: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Option<Args>, String> {
        parse_args(&args.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>())
    }

    #[test]
    fn defaults_and_flags() {
        assert_eq!(parse(&[]).unwrap(), Some(Args::default()));
        let a = parse(&[
            "--contacts",
            "2000",
            "--messages=20_000",
            "--consents",
            "4000",
            "--dir",
            "/tmp/b",
            "--fresh",
            "--samples",
            "7",
        ])
        .unwrap()
        .unwrap();
        assert_eq!(a.sizes, Sizes { contacts: 2000, messages: 20_000, consents: 4000 });
        assert_eq!(a.dir, PathBuf::from("/tmp/b"));
        assert!(a.fresh);
        assert_eq!(a.samples, 7);
        assert_eq!(parse(&["--help"]).unwrap(), None);
        let import = parse(&["--import-contacts", "100_000", "--rounds=5"]).unwrap().unwrap();
        assert_eq!((import.import_contacts, import.rounds), (Some(100_000), 5));
        let mail = parse(&["--import-mail", "--rounds", "1"]).unwrap().unwrap();
        assert_eq!((mail.import_mail, mail.import_chat, mail.rounds), (Some(20_000), None, 1));
        let chat = parse(&["--import-chat=5_000", "--import-mail", "300"]).unwrap().unwrap();
        assert_eq!((chat.import_mail, chat.import_chat), (Some(300), Some(5_000)));
        assert_eq!(parse(&["--import-chat"]).unwrap().unwrap().import_chat, Some(200_000));
        let team = parse(&["--team", "--rounds", "2"]).unwrap().unwrap();
        assert_eq!((team.team, team.rounds), (true, 2));
        assert!(parse(&["--team=yes"]).unwrap_err().contains("unknown argument"));
    }

    #[test]
    fn bad_arguments_are_refused() {
        assert!(parse(&["--contacts"]).unwrap_err().contains("needs a value"));
        assert!(parse(&["--contacts", "many"]).unwrap_err().contains("not a whole number"));
        assert!(parse(&["--contacts", "0"]).is_err());
        assert!(parse(&["--frobnicate"]).unwrap_err().contains("unknown argument"));
    }

    #[test]
    fn passphrase_is_accepted_for_a_new_vault() {
        assert!(Passphrase::new(PASSPHRASE).check_new().is_ok());
    }
}
