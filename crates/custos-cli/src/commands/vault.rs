//! `custos vault …`: create, re-key, back up, restore, check the vault.

use custos_core::Vault;
use custos_core::backups::AutoBackup;
use serde_json::json;

use crate::args::*;
use crate::error::{CliError, CliResult};
use crate::input::{self};
use crate::output::{self, say};

use super::Ctx;

pub(super) fn vault(ctx: &Ctx, cmd: VaultCmd) -> CliResult {
    let path = &ctx.vault_path;
    match cmd {
        VaultCmd::Init => {
            let pass = input::new_passphrase("CUSTOS_PASSPHRASE", "New passphrase (10 characters or more)")?;
            let strength = pass.strength();
            Vault::create(path, &pass, ctx.session())?.lock();
            if ctx.json {
                return output::json(&json!({ "vault": path, "strength": strength }));
            }
            say!("Created {}.", path.display());
            say!("Passphrase strength: {} (about {} to guess offline).", strength.label, strength.time_to_crack);
            if strength.score < 3 {
                for s in strength.warning.iter().chain(&strength.suggestions) {
                    say!("  Tip: {s}");
                }
            }
            say!("Keep the passphrase safe: without it the vault cannot be opened by anyone, you included.");
            Ok(())
        }
        VaultCmd::Passphrase => {
            let mut vault = ctx.open()?;
            let new = input::new_passphrase("CUSTOS_NEW_PASSPHRASE", "New passphrase (10 characters or more)")?;
            vault.change_passphrase(&new)?;
            let strength = new.strength();
            if ctx.json {
                return output::json(&json!({ "vault": path, "strength": strength }));
            }
            say!("Passphrase changed. Strength: {}. The old passphrase no longer opens the vault.", strength.label);
            Ok(())
        }
        VaultCmd::Backup { file, auto } => {
            let vault = ctx.open()?;
            let show = !ctx.json && std::io::IsTerminal::is_terminal(&std::io::stderr());
            let progress = |done: u64, total: u64| {
                if show && total > 0 {
                    eprint!("\rBacking up… {}%", done * 100 / total);
                }
            };
            let Some(file) = file.filter(|_| !auto) else {
                let outcome = vault.auto_backup(progress)?;
                if show && matches!(outcome, AutoBackup::Made { .. }) {
                    eprintln!();
                }
                if ctx.json {
                    return output::json(&outcome);
                }
                match outcome {
                    AutoBackup::NotDue { newest } => {
                        say!("Not due: the newest backup, {}, is less than a day old.", newest.path.display())
                    }
                    AutoBackup::Made(made) => {
                        say!("Backed up to {} (same passphrase, checked).", made.backup.path.display());
                        if !made.removed.is_empty() {
                            say!("Removed {} older backup(s) the rotation no longer keeps.", made.removed.len());
                        }
                    }
                }
                return Ok(());
            };
            vault.backup_to(&file, progress)?;
            if show {
                eprintln!();
            }
            if ctx.json {
                return output::json(&json!({ "backup": file }));
            }
            say!("Backed up to {} (same passphrase).", file.display());
            Ok(())
        }
        VaultCmd::Backups => {
            let vault = ctx.open()?;
            let folder = vault.backup_folder()?;
            let backups = vault.backups()?;
            if ctx.json {
                return output::json(&json!({ "folder": folder, "backups": backups }));
            }
            if backups.is_empty() {
                say!("No backups in {} yet.", folder.display());
                return Ok(());
            }
            say!("Backups in {}, newest first:", folder.display());
            for b in &backups {
                let held = match (b.contacts, b.messages) {
                    (Some(c), Some(m)) => format!(", {c} contacts, {m} messages"),
                    _ => String::new(),
                };
                say!("  {}  {}  {} KB{held}", output::when(b.made_at), b.path.display(), b.bytes.div_ceil(1024));
            }
            Ok(())
        }
        VaultCmd::Restore { file, replace } => {
            let pass = input::passphrase(&format!("Passphrase of the backup {}: ", file.display()))?;
            Vault::restore(&file, path, &pass, ctx.session(), replace)?.lock();
            if ctx.json {
                return output::json(&json!({ "restored_from": file, "vault": path }));
            }
            say!("Restored {} from {}.", path.display(), file.display());
            Ok(())
        }
        VaultCmd::Check => {
            let report = ctx.open()?.check()?;
            if report.ok {
                if ctx.json {
                    return output::json(&report);
                }
                say!("{}: every page reads and checks out.", path.display());
                return Ok(());
            }
            if !ctx.json {
                say!("{} has problems:", path.display());
                for p in &report.problems {
                    say!("  {p}");
                }
            }
            // With --json the problems travel in the one error object.
            Err(CliError::Damaged {
                error: custos_core::Error::Damaged {
                    location: path.display().to_string(),
                    reason: "the integrity check failed".into(),
                },
                problems: report.problems,
            })
        }
        VaultCmd::Path => {
            if ctx.json {
                return output::json(&json!({ "vault": path, "exists": path.exists() }));
            }
            say!("{}", path.display());
            Ok(())
        }
    }
}
