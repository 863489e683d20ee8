//! `custos vault …`: create, re-key, back up, restore, check the vault.

use custos_core::Vault;
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
        VaultCmd::Backup { file } => {
            let vault = ctx.open()?;
            let show = !ctx.json && std::io::IsTerminal::is_terminal(&std::io::stderr());
            vault.backup_to(&file, |done, total| {
                if show && total > 0 {
                    eprint!("\rBacking up… {}%", done * 100 / total);
                }
            })?;
            if show {
                eprintln!();
            }
            if ctx.json {
                return output::json(&json!({ "backup": file }));
            }
            say!("Backed up to {} (same passphrase).", file.display());
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
