//! `custos`: the command line over custos-core. Every rule lives in the core; this file
//! reads arguments, asks for the passphrase, calls the core and prints the result.
//!
//! Exit codes: 0 ok; 1 a problem the user can fix (the message says how); 2 an internal fault.
//! With `--json` every failure prints exactly one JSON object, `{"error": {"code", "message"}}`,
//! on standard output (the message also goes to standard error).

mod args;
mod commands;
mod error;
mod input;
mod output;

use clap::Parser;
use clap::error::ErrorKind;

fn main() {
    std::panic::set_hook(Box::new(|info| {
        eprintln!("custos: internal error ({info}). Please report this; no change was saved.");
        std::process::exit(2);
    }));
    let cli = match args::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = match e.kind() {
                ErrorKind::DisplayHelp
                | ErrorKind::DisplayVersion
                | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => 0,
                _ => 1,
            };
            if code != 0 && json_asked(std::env::args_os().skip(1)) {
                print_json_error("usage", &usage_message(&e), None);
            }
            let _ = e.print();
            std::process::exit(code);
        }
    };
    let json = cli.json;
    if let Err(e) = commands::run(cli) {
        if json {
            let missing = (!e.missing().is_empty()).then(|| serde_json::json!(e.missing()));
            let extra = missing.map(|m| ("missing", m)).or_else(|| e.details());
            print_json_error(e.code(), &e.to_string(), extra);
        }
        eprintln!("custos: {}", output::safe(&e.to_string()));
        std::process::exit(e.exit_code());
    }
}

/// Whether `--json` was given among the options (before a `--` that ends them), for errors
/// found before the command line could be read.
fn json_asked(args: impl IntoIterator<Item = std::ffi::OsString>) -> bool {
    args.into_iter().take_while(|a| a != "--").any(|a| a == "--json")
}

/// clap's message without its "error: " prefix and the usage lines after it.
fn usage_message(e: &clap::Error) -> String {
    let text = e.render().to_string();
    let first = text.lines().next().unwrap_or_default();
    let message = first.strip_prefix("error: ").unwrap_or(first).trim();
    format!("{message} (see --help)")
}

/// The one JSON object of a failure: `{"error": {"code", "message", …}}`.
fn print_json_error(code: &str, message: &str, extra: Option<(&str, serde_json::Value)>) {
    let mut body = serde_json::json!({ "error": { "code": code, "message": message } });
    if let Some((key, value)) = extra {
        body["error"][key] = value;
    }
    println!("{body}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_is_asked_for_only_among_the_options() {
        let args = |a: &[&str]| a.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert!(json_asked(args(&["--json", "contact", "lisst"])));
        assert!(json_asked(args(&["contact", "list", "--json", "--bogus"])));
        assert!(!json_asked(args(&["search", "--", "--json"])));
        assert!(!json_asked(args(&["contact", "list"])));
    }
}
