//! `custos`: the command line over custos-core. Every rule lives in the core; this file
//! reads arguments, asks for the passphrase, calls the core and prints the result.
//!
//! Exit codes: 0 ok; 1 a problem the user can fix (the message says how); 2 an internal fault.

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
            let _ = e.print();
            std::process::exit(code);
        }
    };
    let json = cli.json;
    if let Err(e) = commands::run(cli) {
        if json {
            let mut body = serde_json::json!({ "error": { "code": e.code(), "message": e.to_string() } });
            if !e.missing().is_empty() {
                body["error"]["missing"] = serde_json::json!(e.missing());
            }
            println!("{body}");
        }
        eprintln!("custos: {e}");
        std::process::exit(e.exit_code());
    }
}
