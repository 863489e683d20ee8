//! `custos team …`: several seats, one contact book, through a shared folder (docs/TEAM.md).

use custos_core::{Session, Vault};
use serde_json::json;

use crate::args::TeamCmd;
use crate::error::CliResult;
use crate::input;
use crate::output::{self, say};

use super::Ctx;

/// A seat's name when none is given: the computer's name, else "Seat N".
fn default_seat_name(index: i64) -> String {
    std::fs::read_to_string("/etc/hostname")
        .ok()
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .map(|n| n.trim().chars().take(custos_core::sync::join::MAX_SEAT_NAME).collect::<String>())
        .filter(|n| n.chars().any(char::is_alphanumeric))
        .unwrap_or_else(|| format!("Seat {index}"))
}

pub(super) fn team(ctx: &Ctx, cmd: TeamCmd) -> CliResult {
    match cmd {
        TeamCmd::Init { folder, name } => {
            let vault = ctx.open()?;
            let name = name.unwrap_or_else(|| default_seat_name(0));
            let team = vault.team_init(&folder, &name)?;
            if ctx.json {
                return output::json(
                    &json!({ "team": team.id, "folder": team.folder, "seat": team.seat, "name": name }),
                );
            }
            say!(
                "Made a team sharing through {}; this vault is its first seat, \"{}\". Invite the next seat with \
                 `custos team invite NAME`.",
                team.folder.display(),
                output::safe(&name)
            );
            Ok(())
        }
        TeamCmd::Invite { name } => {
            let vault = ctx.open()?;
            let invitation = vault.team_invite(&name)?;
            if ctx.json {
                return output::json(&invitation);
            }
            say!("Invitation for {} (seat {}):", output::safe(&invitation.operator), invitation.seat_index);
            say!("");
            say!("    {}", invitation.code);
            say!("");
            say!(
                "Give the code to them in person. On the new computer, once the shared folder has synced: \
                 custos team join CODE --folder DIR. It works once, until {}.",
                output::when(invitation.expires)
            );
            Ok(())
        }
        TeamCmd::Join { code, folder, name } => {
            let path = &ctx.vault_path;
            if path.exists() {
                return Err(custos_core::Error::AlreadyExists { path: path.clone() }.into());
            }
            let pass =
                input::new_passphrase("CUSTOS_PASSPHRASE", "Your passphrase for this seat (10 characters or more)")?;
            let name = name.unwrap_or_else(|| default_seat_name(1));
            // The invitation names the operator: the global --operator plays no part.
            let vault = Vault::team_join(&code, &folder, path, &name, &pass, Session::new(""))?;
            let seat = vault.seat()?;
            let operator = vault.operator().to_owned();
            vault.lock();
            if ctx.json {
                return output::json(&json!({ "vault": path, "seat": seat, "name": name, "operator": operator }));
            }
            say!(
                "Joined the team as seat {} \"{}\": {} holds the contact book, opened by {}'s passphrase. Run \
                 `custos team sync` to exchange changes.",
                seat.index,
                output::safe(&name),
                path.display(),
                output::safe(&operator)
            );
            Ok(())
        }
        TeamCmd::Sync => {
            let vault = ctx.open()?;
            let sent = vault.team_send()?;
            let received = vault.team_receive()?;
            if ctx.json {
                return output::json(&json!({
                    "sent": sent.len(),
                    "applied": received.applied.len(),
                    "problems": received.problems,
                }));
            }
            say!("Sent {} change file(s), applied {}.", sent.len(), received.applied.len());
            if received.problems > 0 {
                say!("{} change(s) could not be applied and wait for a person (Settings → Team).", received.problems);
            }
            Ok(())
        }
    }
}
