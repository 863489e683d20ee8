//! `cargo xtask fuzz [TARGET] [--time SECONDS] [--runs N]`: the importers under libFuzzer.
//!
//! The targets live in `crates/custos-fuzz/src/bin` and check the invariants of
//! `custos_fuzz::Harness` (a refused import writes nothing and says why as a user's error; an
//! imported one reads back in full) or, for the vCard parser, of `custos_fuzz::vcard` (no
//! panic; drafts on the file's lines without empty text, or a refusal naming a line; a
//! generated card read as written), and likewise for the CSV and e-mail parsers
//! (`custos_fuzz::csv`, `custos_fuzz::email`). They are built in release with the coverage
//! instrumentation libFuzzer needs, as cargo-fuzz does with `--sanitizer none` (no nightly
//! compiler needed), into `target/fuzz` so the normal build keeps its own artifacts. Each
//! target keeps its corpus in `target/fuzz/corpus/<target>` (seeded from the test
//! fixtures) and writes an input that breaks an invariant to `target/fuzz/artifacts/<target>`.

use std::path::Path;
use std::process::Command;

use crate::exec::{self, Failure, Result};

/// A fuzz target: its name on the command line, its binary, the fixtures that seed it.
pub struct Target {
    pub name: &'static str,
    pub bin: &'static str,
    pub seeds: &'static [&'static str],
}

pub const TARGETS: &[Target] = &[
    Target {
        name: "whatsapp",
        bin: "fuzz_whatsapp",
        seeds: &["whatsapp_android_eu.txt", "whatsapp_ios_us.txt", "whatsapp_broken.txt"],
    },
    Target { name: "json", bin: "fuzz_json", seeds: &["transcript.json"] },
    Target {
        name: "vcard",
        bin: "fuzz_vcard",
        seeds: &[
            "android-2.1.vcf",
            "nokia-2.1-cp1250.vcf",
            "ios-3.0.vcf",
            "rfc6350-4.0.vcf",
            "bulgarian-3.0.vcf",
            "utf16-le.vcf",
        ],
    },
    Target {
        name: "csv",
        bin: "fuzz_csv",
        seeds: &[
            "contacts_google.csv",
            "contacts_google_old.csv",
            "contacts_outlook_pl_1250.csv",
            "contacts_excel_de_1252.csv",
            "contacts_utf16le_tab.txt",
            "contacts_pl.csv",
        ],
    },
    Target { name: "telegram", bin: "fuzz_telegram", seeds: &["telegram_chat.json", "telegram_result.json"] },
    Target {
        name: "messenger",
        bin: "fuzz_messenger",
        seeds: &["messenger/message_1.json", "messenger/message_2.json"],
    },
    Target { name: "email", bin: "fuzz_email", seeds: &["mail_thunderbird.mbox", "mail_single.eml"] },
    Target {
        name: "web_chat",
        bin: "fuzz_web_chat",
        seeds: &["webchat_livechat.csv", "webchat_tawkto.csv", "webchat_excel_pl.csv"],
    },
];

/// The instrumentation cargo-fuzz adds for libFuzzer (sanitizer `none`: stable Rust).
const RUSTFLAGS: &str = "-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
    -Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
    -Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing -Cdebug-assertions -Coverflow-checks";

/// What to fuzz and for how long.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Plan {
    /// One target, or every one in turn.
    pub target: Option<String>,
    /// Stop each target after this many seconds.
    pub seconds: Option<u64>,
    /// Stop each target after this many inputs.
    pub runs: Option<u64>,
}

/// Without a limit a target runs this long.
const DEFAULT_SECONDS: u64 = 60;

pub fn fuzz(root: &Path, plan: &Plan) -> Result {
    let targets: Vec<&Target> = match &plan.target {
        None => TARGETS.iter().collect(),
        Some(name) => vec![TARGETS.iter().find(|t| t.name == name).ok_or_else(|| {
            let names: Vec<&str> = TARGETS.iter().map(|t| t.name).collect();
            Failure::new(format!("no fuzz target `{name}`: choose one of {}", names.join(", ")))
        })?],
    };
    let triple = host_triple()?;
    let target_dir = root.join("target/fuzz");
    let mut build = Command::new(exec::cargo());
    build
        .args(["build", "--release", "--locked", "-p", "custos-fuzz", "--features", "libfuzzer", "--bins"])
        .args(["--target", &triple])
        .env("CARGO_TARGET_DIR", &target_dir)
        // With --target the flags reach the fuzzed code only, not build scripts and macros.
        .env("RUSTFLAGS", RUSTFLAGS)
        .current_dir(root);
    exec::run(&mut build)?;

    for t in targets {
        let corpus = target_dir.join("corpus").join(t.name);
        let artifacts = target_dir.join("artifacts").join(t.name);
        for dir in [&corpus, &artifacts] {
            std::fs::create_dir_all(dir).map_err(|e| Failure::new(format!("{}: {e}", dir.display())))?;
        }
        seed(root, t, &corpus)?;
        let mut run = Command::new(target_dir.join(&triple).join("release").join(t.bin));
        run.arg(&corpus).arg(format!("-artifact_prefix={}/", artifacts.display())).args([
            "-print_final_stats=1",
            "-rss_limit_mb=4096",
            "-max_len=16384",
            "-timeout=60",
        ]);
        match (plan.seconds, plan.runs) {
            (None, None) => {
                run.arg(format!("-max_total_time={DEFAULT_SECONDS}"));
            }
            (seconds, runs) => {
                if let Some(s) = seconds {
                    run.arg(format!("-max_total_time={s}"));
                }
                if let Some(n) = runs {
                    run.arg(format!("-runs={n}"));
                }
            }
        }
        println!("==> fuzz {}", t.name);
        exec::run(&mut run).map_err(|e| {
            Failure::with_code(
                format!("fuzz {}: an input broke an invariant (saved in {}): {e}", t.name, artifacts.display()),
                e.code,
            )
        })?;
    }
    Ok(())
}

/// Puts the target's fixtures into an empty corpus, as the harness reads them: a first byte
/// 0 ("the file as it is") and an offset choice, then the file.
fn seed(root: &Path, t: &Target, corpus: &Path) -> Result {
    let empty = std::fs::read_dir(corpus).map(|mut d| d.next().is_none()).unwrap_or(true);
    if !empty {
        return Ok(());
    }
    for name in t.seeds {
        let path = root.join("crates/custos-core/tests/fixtures").join(name);
        let bytes = std::fs::read(&path).map_err(|e| Failure::new(format!("{}: {e}", path.display())))?;
        let input: Vec<u8> = [0u8, 1].into_iter().chain(bytes).collect();
        // A fixture in a folder (messenger/message_1.json) is one file of the corpus.
        let dest = corpus.join(format!("seed-{}", name.replace('/', "-")));
        std::fs::write(&dest, input).map_err(|e| Failure::new(format!("{}: {e}", dest.display())))?;
    }
    Ok(())
}

fn host_triple() -> Result<String> {
    let out = Command::new("rustc").arg("-vV").output().map_err(|e| Failure::new(format!("running rustc -vV: {e}")))?;
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("host: ").map(str::to_owned))
        .ok_or_else(|| Failure::new("rustc -vV named no host"))
}

/// Parses `[TARGET] [--time SECONDS] [--runs N]`.
pub fn parse(args: &[String]) -> std::result::Result<Plan, String> {
    let mut plan = Plan::default();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut number = |flag: &str| -> std::result::Result<u64, String> {
            it.next()
                .and_then(|v| v.parse().ok())
                .ok_or_else(|| format!("{flag} needs a whole number, e.g. {flag} 600"))
        };
        match a.as_str() {
            "--time" => plan.seconds = Some(number("--time")?),
            "--runs" => plan.runs = Some(number("--runs")?),
            name if !name.starts_with('-') && plan.target.is_none() => plan.target = Some(name.to_owned()),
            other => return Err(format!("unexpected argument `{other}` for `fuzz`")),
        }
    }
    Ok(plan)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(args: &[&str]) -> std::result::Result<Plan, String> {
        parse(&args.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn targets_times_and_runs_parse() {
        assert_eq!(p(&[]), Ok(Plan::default()));
        assert_eq!(
            p(&["whatsapp", "--time", "600"]),
            Ok(Plan { target: Some("whatsapp".into()), seconds: Some(600), runs: None })
        );
        assert_eq!(p(&["--runs", "1000000"]), Ok(Plan { target: None, seconds: None, runs: Some(1_000_000) }));
        assert!(p(&["--time"]).is_err());
        assert!(p(&["--time", "soon"]).is_err());
        assert!(p(&["json", "whatsapp"]).is_err());
        assert_eq!(
            p(&["vcard", "--runs", "300000"]),
            Ok(Plan { target: Some("vcard".into()), seconds: None, runs: Some(300_000) })
        );
        assert_eq!(
            p(&["csv", "--runs", "300000"]),
            Ok(Plan { target: Some("csv".into()), seconds: None, runs: Some(300_000) })
        );
    }

    #[test]
    fn the_vcard_target_is_known_and_an_unknown_one_is_refused() {
        let names: Vec<&str> = TARGETS.iter().map(|t| t.name).collect();
        assert_eq!(names, ["whatsapp", "json", "vcard", "csv", "telegram", "messenger", "email", "web_chat"]);
        let vcard = TARGETS.iter().find(|t| t.name == "vcard").map(|t| (t.bin, t.seeds.len()));
        assert_eq!(vcard, Some(("fuzz_vcard", 6)));
        let plan = Plan { target: Some("vcf".into()), ..Plan::default() };
        let err = fuzz(Path::new("/nonexistent"), &plan).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(
            err.contains(
                "no fuzz target `vcf`: choose one of whatsapp, json, vcard, csv, telegram, messenger, email, web_chat"
            ),
            "{err}"
        );
    }

    #[test]
    fn the_csv_target_is_seeded_with_the_address_books() {
        let csv = TARGETS.iter().find(|t| t.name == "csv").expect("a csv target");
        assert_eq!(csv.bin, "fuzz_csv");
        assert!(csv.seeds.iter().all(|s| s.starts_with("contacts_")), "{:?}", csv.seeds);
        assert!(csv.seeds.contains(&"contacts_outlook_pl_1250.csv"));
    }

    #[test]
    fn every_target_has_a_binary_and_seeds() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        for t in TARGETS {
            assert!(root.join(format!("crates/custos-fuzz/src/bin/{}.rs", t.bin)).is_file(), "{}", t.bin);
            for s in t.seeds {
                assert!(root.join("crates/custos-core/tests/fixtures").join(s).is_file(), "{s}");
            }
        }
    }
}
