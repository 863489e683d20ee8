//! `custos operator …`: the people who work in the vault, their roles and passphrases.

use custos_core::operators::Role;
use serde_json::json;

use crate::args::OperatorCmd;
use crate::error::{CliError, CliResult};
use crate::input;
use crate::output::{self, say};

use super::Ctx;

pub(super) fn operator(ctx: &Ctx, cmd: OperatorCmd) -> CliResult {
    match cmd {
        OperatorCmd::List => {
            let vault = ctx.open()?;
            let operators = vault.operators()?;
            if ctx.json {
                return output::json(&json!({ "operators": operators }));
            }
            for o in &operators {
                let mut notes = Vec::new();
                if o.is_me {
                    notes.push("you".to_owned());
                }
                if o.must_change_passphrase {
                    notes.push("must choose a passphrase".to_owned());
                }
                let notes = if notes.is_empty() { String::new() } else { format!("  ({})", notes.join(", ")) };
                say!("  {}  {}{notes}", output::safe(&o.name), o.role);
            }
            Ok(())
        }
        OperatorCmd::Add { name, role } => {
            let role: Role = role.parse()?;
            let vault = ctx.open()?;
            // Refused before a passphrase is asked for, when the role may not.
            vault.may(custos_core::audit::Action::OperatorAdded)?;
            let first = input::new_passphrase("CUSTOS_NEW_PASSPHRASE", &format!("First passphrase for {name}"))?;
            let added = vault.add_operator(&name, role, &first)?;
            if ctx.json {
                return output::json(&added);
            }
            say!(
                "Added {} as {}. Give them the first passphrase in person: they choose their own when they first unlock.",
                output::safe(&added.name),
                added.role
            );
            Ok(())
        }
        OperatorCmd::Role { name, role } => {
            let role: Role = role.parse()?;
            let mut vault = ctx.open()?;
            let id = vault.find_operator(&name)?.id;
            vault.set_operator_role(id, role)?;
            if ctx.json {
                return output::json(&json!({ "operator": name, "role": role }));
            }
            say!("{} is now {}.", output::safe(&name), role);
            Ok(())
        }
        OperatorCmd::Remove { name, yes } => {
            let mut vault = ctx.open()?;
            let id = vault.find_operator(&name)?.id;
            vault.may(custos_core::audit::Action::OperatorRemoved)?;
            if !yes {
                return Err(CliError::usage(format!(
                    "Removing {name} re-encrypts the whole vault so that their passphrase no longer opens it (backups \
                     made before still open with it). Confirm with --yes."
                )));
            }
            let progress = output::Progress::new(ctx.json, "Re-encrypting…");
            vault.remove_operator(id, |done, total| progress.step(done, total))?;
            progress.finish();
            if ctx.json {
                return output::json(&json!({ "removed": name }));
            }
            say!(
                "Removed {}. The vault was re-encrypted: their passphrase no longer opens it. Backups made before \
                 still open with the passphrases of then.",
                output::safe(&name)
            );
            Ok(())
        }
        OperatorCmd::Passphrase { name: None } => super::vault::change_passphrase(ctx),
        OperatorCmd::Passphrase { name: Some(name) } => {
            let vault = ctx.open()?;
            let id = vault.find_operator(&name)?.id;
            vault.may(custos_core::audit::Action::OperatorReset)?;
            let first = input::new_passphrase("CUSTOS_NEW_PASSPHRASE", &format!("New first passphrase for {name}"))?;
            vault.reset_operator(id, &first)?;
            if ctx.json {
                return output::json(&json!({ "operator": name, "must_change_passphrase": true }));
            }
            say!("{} has a new first passphrase: they choose their own when they next unlock.", output::safe(&name));
            Ok(())
        }
    }
}
