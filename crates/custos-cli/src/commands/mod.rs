//! One function per command group; each opens the vault, calls the core and prints.

mod audit;
mod calendar;
mod company;
mod consent;
mod contact;
mod conversations;
mod document;
mod export;
mod import;
mod purpose;
mod request;
mod retention;
mod search;
mod transcript;
mod vault;

use std::path::PathBuf;

use custos_core::{Session, Vault};

use crate::args::*;
use crate::error::CliResult;
use crate::input::{self};

pub(crate) struct Ctx {
    pub(crate) vault_path: PathBuf,
    pub(crate) json: bool,
    pub(crate) operator: String,
}

impl Ctx {
    pub(crate) fn session(&self) -> Session {
        Session::new(self.operator.clone())
    }

    pub(crate) fn open(&self) -> CliResult<Vault> {
        if !self.vault_path.exists() {
            return Err(custos_core::Error::VaultNotFound { path: self.vault_path.clone() }.into());
        }
        let pass = input::passphrase(&format!("Passphrase for {}: ", self.vault_path.display()))?;
        Ok(Vault::open(&self.vault_path, &pass, self.session())?)
    }
}

pub fn run(cli: Cli) -> CliResult {
    let vault_path = match cli.vault {
        Some(p) => p,
        None => custos_core::vault::default_path()?,
    };
    let operator = cli
        .operator
        .or_else(|| std::env::var("USER").ok())
        .or_else(|| std::env::var("USERNAME").ok())
        .filter(|o| !o.trim().is_empty())
        .unwrap_or_else(|| "unknown operator".to_owned());
    let ctx = Ctx { vault_path, json: cli.json, operator };
    match cli.command {
        Command::Vault(cmd) => vault::vault(&ctx, cmd),
        Command::Contact(cmd) => contact::contact(&ctx, cmd),
        Command::Transcript(cmd) => transcript::transcript(&ctx, cmd),
        Command::Purpose(cmd) => purpose::purpose(&ctx, cmd),
        Command::Consent(cmd) => consent::consent(&ctx, cmd),
        Command::Company(cmd) => company::company(&ctx, cmd),
        Command::Search { query, limit } => search::search(&ctx, &query, limit),
        Command::Audit(cmd) => audit::audit(&ctx, cmd),
        Command::Retention(cmd) => retention::retention(&ctx, cmd),
        Command::Request(cmd) => request::request(&ctx, cmd),
        Command::Document(cmd) => document::document(&ctx, cmd),
        Command::Export(cmd) => export::export(&ctx, cmd),
        Command::Import(cmd) => import::import(&ctx, cmd),
    }
}
