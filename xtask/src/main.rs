//! Developer tasks for the Custos workspace (`cargo xtask …`, see `.cargo/config.toml`).
//!
//! No dependencies beyond std, so it builds on a fresh machine before anything else.

mod bundle;
mod exec;
mod fuzz;
mod package_test;
mod setup;
mod tasks;

use std::process::ExitCode;

const USAGE: &str = "\
Usage: cargo xtask <COMMAND> [ARGS…]

Commands:
  setup                     Install what is missing (Debian/Ubuntu packages, Rust components,
                            cargo tools, ui/ npm packages); quick when everything is present
  test [--no-setup]         Set up, then run every check in order, stopping at the first failure:
                            cargo fmt --check, clippy -D warnings, cargo test, ui/ npm check and
                            test (if ui/ exists), desktop E2E under xvfb (if src-tauri/ exists),
                            the packages of that build: made, inspected, installed and purged
  bundle [--debug] [--no-setup]
                            The .deb and .rpm (Tauri bundler) in target/packages/<profile>/: a
                            release build, or with --debug the binaries `test` builds (as CI)
  package-test [--debug] [inspect|install]
                            Check the packages `bundle` made: dpkg-deb, lintian, rpm -qlp; then
                            install with apt-get (into /usr; root or sudo), run them, purge
  run [--no-setup] [-- ARGS…]
                            Set up, then run the desktop app (if src-tauri/ exists) or the CLI
                            `custos ARGS…` (default: --help)
  bench [ARGS…]             cargo run --release -p custos-bench -- ARGS…
  bench --desktop [ROUNDS]  time the desktop app on that vault (Xvfb): start, unlock, search, scroll
  fuzz [TARGET] [--time S] [--runs N]
                            libFuzzer on the importers (whatsapp, json; default: each for 60 s);
                            a crash is an input that broke an invariant, saved in target/fuzz
  help                      Show this text

Examples:
  cargo xtask test --no-setup
  cargo xtask bundle
  cargo xtask run -- contact list
  cargo xtask bench -- --help
  cargo xtask fuzz whatsapp --runs 1000000
";

/// A parsed command line.
#[derive(Debug, PartialEq, Eq)]
enum Cmd {
    Help,
    Setup,
    Test { setup: bool },
    Run { setup: bool, args: Vec<String> },
    Bench { args: Vec<String> },
    Fuzz(fuzz::Plan),
    Bundle(bundle::Options),
    PackageTest(package_test::Options),
}

/// Why the command line was rejected.
#[derive(Debug, PartialEq, Eq)]
enum ArgError {
    UnknownCommand(String),
    UnexpectedArg { command: &'static str, arg: String },
    Invalid(String),
}

impl std::fmt::Display for ArgError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::UnknownCommand(c) => write!(f, "unknown command `{c}`"),
            Self::UnexpectedArg { command, arg } => {
                write!(f, "unexpected argument `{arg}` for `{command}`")
            }
            Self::Invalid(message) => f.write_str(message),
        }
    }
}

fn is_help(arg: &str) -> bool {
    matches!(arg, "-h" | "--help" | "help")
}

/// Parses the arguments after `cargo xtask`.
fn parse(args: &[String]) -> Result<Cmd, ArgError> {
    let Some((command, rest)) = args.split_first() else {
        return Ok(Cmd::Help);
    };
    match command.as_str() {
        "help" | "-h" | "--help" => Ok(Cmd::Help),
        "setup" => match rest.first() {
            None => Ok(Cmd::Setup),
            Some(a) if is_help(a) => Ok(Cmd::Help),
            Some(a) => Err(ArgError::UnexpectedArg { command: "setup", arg: a.clone() }),
        },
        "test" => {
            let mut setup = true;
            for a in rest {
                match a.as_str() {
                    "--no-setup" => setup = false,
                    a if is_help(a) => return Ok(Cmd::Help),
                    _ => {
                        return Err(ArgError::UnexpectedArg { command: "test", arg: a.clone() });
                    }
                }
            }
            Ok(Cmd::Test { setup })
        }
        "run" => {
            // Leading xtask options, then an optional `--`, then the program's arguments.
            let mut setup = true;
            let mut rest = rest;
            while let Some((first, tail)) = rest.split_first() {
                match first.as_str() {
                    "--no-setup" => setup = false,
                    "--" => {
                        rest = tail;
                        break;
                    }
                    _ => break,
                }
                rest = tail;
            }
            Ok(Cmd::Run { setup, args: rest.to_vec() })
        }
        "bench" => {
            let rest = match rest.split_first() {
                Some((first, tail)) if first == "--" => tail,
                _ => rest,
            };
            Ok(Cmd::Bench { args: rest.to_vec() })
        }
        "fuzz" => {
            if rest.first().is_some_and(|a| is_help(a)) {
                return Ok(Cmd::Help);
            }
            fuzz::parse(rest).map(Cmd::Fuzz).map_err(ArgError::Invalid)
        }
        "bundle" => {
            if rest.iter().any(|a| is_help(a)) {
                return Ok(Cmd::Help);
            }
            bundle::parse(rest).map(Cmd::Bundle).map_err(ArgError::Invalid)
        }
        "package-test" => {
            if rest.iter().any(|a| is_help(a)) {
                return Ok(Cmd::Help);
            }
            package_test::parse(rest).map(Cmd::PackageTest).map_err(ArgError::Invalid)
        }
        other => Err(ArgError::UnknownCommand(other.to_owned())),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let cmd = match parse(&args) {
        Ok(cmd) => cmd,
        Err(e) => {
            eprintln!("xtask: {e}\n");
            eprint!("{USAGE}");
            return ExitCode::FAILURE;
        }
    };
    let outcome = exec::workspace_root().and_then(|root| match cmd {
        Cmd::Help => {
            print!("{USAGE}");
            Ok(())
        }
        Cmd::Setup => setup::setup(&root),
        Cmd::Test { setup } => tasks::test(&root, setup),
        Cmd::Run { setup, args } => tasks::run(&root, setup, &args),
        Cmd::Bench { args } => tasks::bench(&root, &args),
        Cmd::Fuzz(plan) => fuzz::fuzz(&root, &plan),
        Cmd::Bundle(options) => bundle::bundle(&root, options).map(|_| ()),
        Cmd::PackageTest(options) => package_test::package_test(&root, options),
    });
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let message = e.to_string();
            if message.starts_with("xtask") {
                eprintln!("{message}");
            } else {
                eprintln!("xtask: {message}");
            }
            ExitCode::from(u8::try_from(e.code).ok().filter(|&c| c != 0).unwrap_or(1))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(args: &[&str]) -> Result<Cmd, ArgError> {
        parse(&args.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    fn strings(args: &[&str]) -> Vec<String> {
        args.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn help_forms() {
        for args in [&[][..], &["help"], &["-h"], &["--help"], &["test", "--help"], &["setup", "-h"]] {
            assert_eq!(p(args), Ok(Cmd::Help), "{args:?}");
        }
    }

    #[test]
    fn unknown_command_and_arguments_are_errors() {
        assert_eq!(p(&["deploy"]), Err(ArgError::UnknownCommand("deploy".into())));
        assert_eq!(p(&["test", "--fast"]), Err(ArgError::UnexpectedArg { command: "test", arg: "--fast".into() }));
        assert!(p(&["setup", "now"]).is_err());
    }

    #[test]
    fn setup_and_test() {
        assert_eq!(p(&["setup"]), Ok(Cmd::Setup));
        assert_eq!(p(&["test"]), Ok(Cmd::Test { setup: true }));
        assert_eq!(p(&["test", "--no-setup"]), Ok(Cmd::Test { setup: false }));
    }

    #[test]
    fn run_passes_arguments_through() {
        assert_eq!(p(&["run"]), Ok(Cmd::Run { setup: true, args: vec![] }));
        assert_eq!(
            p(&["run", "--", "contact", "list"]),
            Ok(Cmd::Run { setup: true, args: strings(&["contact", "list"]) })
        );
        assert_eq!(
            p(&["run", "contact", "list", "--", "--no-setup"]),
            Ok(Cmd::Run { setup: true, args: strings(&["contact", "list", "--", "--no-setup"]) })
        );
        assert_eq!(
            p(&["run", "--no-setup", "--", "--help"]),
            Ok(Cmd::Run { setup: false, args: strings(&["--help"]) })
        );
        assert_eq!(p(&["run", "--", "--", "x"]), Ok(Cmd::Run { setup: true, args: strings(&["--", "x"]) }));
    }

    #[test]
    fn bundle_and_package_test() {
        use bundle::Profile;
        assert_eq!(p(&["bundle"]), Ok(Cmd::Bundle(bundle::Options { profile: Profile::Release, setup: true })));
        assert_eq!(
            p(&["bundle", "--debug", "--no-setup"]),
            Ok(Cmd::Bundle(bundle::Options { profile: Profile::Debug, setup: false }))
        );
        assert_eq!(p(&["bundle", "--help"]), Ok(Cmd::Help));
        assert!(matches!(p(&["bundle", "--appimage"]), Err(ArgError::Invalid(_))));
        assert_eq!(
            p(&["package-test", "--debug", "inspect"]),
            Ok(Cmd::PackageTest(package_test::Options { profile: Profile::Debug, part: package_test::Part::Inspect }))
        );
    }

    #[test]
    fn bench_passes_arguments_through() {
        assert_eq!(p(&["bench"]), Ok(Cmd::Bench { args: vec![] }));
        assert_eq!(
            p(&["bench", "--", "--contacts", "10000"]),
            Ok(Cmd::Bench { args: strings(&["--contacts", "10000"]) })
        );
        assert_eq!(p(&["bench", "--help"]), Ok(Cmd::Bench { args: strings(&["--help"]) }));
    }
}
