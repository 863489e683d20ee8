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
        VaultCmd::Init { recovery_kit, lang } => {
            let pass = input::new_passphrase("CUSTOS_PASSPHRASE", "New passphrase (10 characters or more)")?;
            let strength = pass.strength();
            let vault = Vault::create(path, &pass, ctx.owner())?;
            let kit = match &recovery_kit {
                Some(out) => Some(custos_documents::recovery_kit(&vault, lang, out).map_err(CliError::from)?),
                None => None,
            };
            let owner = vault.operator().to_owned();
            vault.lock();
            if ctx.json {
                return output::json(
                    &json!({ "vault": path, "owner": owner, "strength": strength, "recovery_kit": recovery_kit }),
                );
            }
            say!("Created {} with {} as its owner.", path.display(), output::safe(&owner));
            say!("Passphrase strength: {} (about {} to guess offline).", strength.label, strength.time_to_crack);
            if strength.score < 3 {
                for s in strength.warning.iter().chain(&strength.suggestions) {
                    say!("  Tip: {s}");
                }
            }
            match (&recovery_kit, kit) {
                (Some(out), Some(_)) => say!(
                    "Wrote the recovery kit to {}: print it and keep it somewhere safe, then delete the file.",
                    out.display()
                ),
                _ => say!(
                    "Print a recovery kit now (`custos vault recovery-kit --lang en --out kit.pdf`): without the \
                     passphrase and without the kit nobody, including us, can open the vault."
                ),
            }
            Ok(())
        }
        VaultCmd::Passphrase => change_passphrase(ctx),
        VaultCmd::RecoveryKit { lang, out } => {
            let vault = ctx.open()?;
            let pdf = custos_documents::recovery_kit(&vault, lang, &out).map_err(CliError::from)?;
            if ctx.json {
                return output::json(&json!({ "path": out, "language": lang.code(), "sha256": pdf.sha256() }));
            }
            say!(
                "Wrote the recovery kit to {} ({}). Print it and keep it somewhere safe, then delete the file; any \
                 older kit no longer works.",
                out.display(),
                lang.name()
            );
            Ok(())
        }
        VaultCmd::Recover => {
            if !path.exists() {
                return Err(custos_core::Error::VaultNotFound { path: path.clone() }.into());
            }
            let code = input::recovery_code()?;
            let new = input::new_passphrase("CUSTOS_NEW_PASSPHRASE", "New passphrase (10 characters or more)")?;
            let vault = Vault::recover(path, &code, &new, ctx.session())?;
            let who = vault.operator().to_owned();
            vault.lock();
            if ctx.json {
                return output::json(&json!({ "vault": path, "operator": who }));
            }
            say!(
                "The recovery code opened {}. {} has a new passphrase. The kit keeps working: print a new one \
                 (`custos vault recovery-kit`) if this one may have been seen.",
                path.display(),
                output::safe(&who)
            );
            Ok(())
        }
        VaultCmd::Rekey => {
            let mut vault = ctx.open()?;
            let progress = output::Progress::new(ctx.json, "Re-encrypting…");
            vault.rekey(|done, total| progress.step(done, total))?;
            progress.finish();
            if ctx.json {
                return output::json(&json!({ "vault": path, "rekeyed": true }));
            }
            say!(
                "Re-encrypted {} under a new data key; every operator keeps their passphrase and the recovery kit \
                 still works. Backups made before open only with the keys of then.",
                path.display()
            );
            Ok(())
        }
        VaultCmd::RevealKey => {
            let vault = ctx.open()?;
            let again = input::passphrase_again()?;
            let revealed = vault.reveal_data_key(&again)?;
            if ctx.json {
                return output::json(&revealed);
            }
            say!("The vault's data key (anyone with it and the file reads everything: keep it like the passphrase):");
            say!("  {}", revealed.key_hex);
            say!("To open the file without Custos, run");
            say!("  {}", revealed.shell);
            say!("and type first");
            say!("  {}", revealed.pragma);
            Ok(())
        }
        VaultCmd::Backup { file, auto } => {
            let vault = ctx.open()?;
            let shown = output::Progress::new(ctx.json, "Backing up…");
            let progress = |done: u64, total: u64| shown.step(done, total);
            let Some(file) = file.filter(|_| !auto) else {
                let outcome = vault.auto_backup(progress)?;
                if matches!(outcome, AutoBackup::Made { .. }) {
                    shown.finish();
                }
                if ctx.json {
                    return output::json(&outcome);
                }
                match outcome {
                    AutoBackup::NotDue { newest } => {
                        say!("Not due: the newest backup, {}, is less than a day old.", newest.path.display())
                    }
                    AutoBackup::Made(made) => {
                        say!("Backed up to {} (checked; its key file beside it).", made.backup.path.display());
                        if !made.removed.is_empty() {
                            say!("Removed {} older backup(s) the rotation no longer keeps.", made.removed.len());
                        }
                    }
                }
                return Ok(());
            };
            vault.backup_to(&file, progress)?;
            shown.finish();
            if ctx.json {
                return output::json(&json!({ "backup": file }));
            }
            say!("Backed up to {} (its key file beside it).", file.display());
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
            Vault::restore(&file, path, &pass, ctx.session_for(&file), replace)?.lock();
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

/// `custos vault passphrase` and `custos operator passphrase`: your own new passphrase.
pub(super) fn change_passphrase(ctx: &Ctx) -> CliResult {
    let mut vault = ctx.open_to_choose()?;
    let new = input::new_passphrase("CUSTOS_NEW_PASSPHRASE", "New passphrase (10 characters or more)")?;
    vault.change_passphrase(&new)?;
    let strength = new.strength();
    if ctx.json {
        return output::json(&json!({ "vault": ctx.vault_path, "strength": strength }));
    }
    say!("Passphrase changed. Strength: {}. The old passphrase no longer opens the vault.", strength.label);
    Ok(())
}
