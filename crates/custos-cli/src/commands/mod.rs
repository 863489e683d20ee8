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
mod operator;
mod purpose;
mod request;
mod retention;
mod search;
mod team;
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
    /// The operator named with --operator or CUSTOS_OPERATOR.
    pub(crate) operator: Option<String>,
    /// The login name: the owner of a new vault, or of one made before operators, unless named.
    pub(crate) login: String,
}

impl Ctx {
    /// Who opens the vault at `path`: the operator named; else its only operator (the core
    /// says so when it has several); a vault made before operators gets the login name as its
    /// owner.
    pub(crate) fn session_for(&self, path: &std::path::Path) -> Session {
        let name = match &self.operator {
            Some(name) => name.clone(),
            None if !custos_core::vault::keys_path(path).exists() => self.login.clone(),
            None => String::new(),
        };
        Session::new(name)
    }

    pub(crate) fn session(&self) -> Session {
        self.session_for(&self.vault_path)
    }

    /// The first owner of a vault about to be created.
    pub(crate) fn owner(&self) -> Session {
        Session::new(self.operator.clone().unwrap_or_else(|| self.login.clone()))
    }

    pub(crate) fn open(&self) -> CliResult<Vault> {
        let vault = self.open_to_choose()?;
        if vault.must_change_passphrase() {
            return Err(crate::error::CliError::usage(format!(
                "{}, choose your own passphrase first (the one you were given was for your first unlock only): run \
                 `custos operator passphrase` with CUSTOS_NEW_PASSPHRASE set, or answer its questions.",
                vault.operator()
            )));
        }
        Ok(vault)
    }

    /// Opens the vault even for an operator who must still choose their own passphrase.
    pub(crate) fn open_to_choose(&self) -> CliResult<Vault> {
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
    let login = std::env::var("USER")
        .ok()
        .or_else(|| std::env::var("USERNAME").ok())
        .filter(|o| !o.trim().is_empty())
        .unwrap_or_else(|| "unknown operator".to_owned());
    let operator = cli.operator.filter(|o| !o.trim().is_empty());
    let ctx = Ctx { vault_path, json: cli.json, operator, login };
    match cli.command {
        Command::Vault(cmd) => vault::vault(&ctx, cmd),
        Command::Operator(cmd) => operator::operator(&ctx, cmd),
        Command::Team(cmd) => team::team(&ctx, cmd),
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
