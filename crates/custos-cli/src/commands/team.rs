//! `custos team …`: several seats, one contact book, through a shared folder (docs/TEAM.md).

use custos_core::{Session, Vault};
use serde_json::json;

use crate::args::TeamCmd;
use crate::error::{CliError, CliResult};
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
            let synced = vault.team_sync()?;
            if ctx.json {
                return output::json(&synced);
            }
            say!("Sent {} change file(s), applied {}.", synced.sent, synced.applied);
            if synced.problems_added > 0 {
                say!(
                    "{} change(s) could not be applied and wait for a person: `custos team status`.",
                    synced.problems_added
                );
            }
            for refused in &synced.refused {
                say!("Refused {} ({}): nothing of it was applied.", output::safe(&refused.file), refused.reason);
            }
            if synced.removed > 0 {
                say!("Deleted {} file(s) of this seat that held a person erased since.", synced.removed);
            }
            Ok(())
        }
        TeamCmd::Status => {
            let vault = ctx.open()?;
            let status = vault.team_status()?;
            if ctx.json {
                return output::json(&status);
            }
            let name = |id: &str| {
                let seat = status.seats.iter().find(|s| s.id == id);
                seat.and_then(|s| s.name.clone()).unwrap_or_else(|| id.chars().take(8).collect())
            };
            say!("{}", summary_line(&status, &name));
            for seat in &status.seats {
                let seen = seat.last_seen.map_or_else(|| "never".to_owned(), output::when);
                let mine = match (seat.this_seat, seat.removed) {
                    (true, _) => " (this seat)",
                    (false, true) => " (removed)",
                    _ => "",
                };
                say!(
                    "  seat {} \"{}\"{mine}: last seen {seen}, {} of its change file(s) not applied here",
                    seat.index.map_or_else(|| "?".to_owned(), |i| i.to_string()),
                    output::safe(&name(&seat.id)),
                    seat.lag_changes
                );
            }
            for erasure in &status.pending_erasures {
                let seats: Vec<String> = erasure.seats.iter().map(|s| name(s)).collect();
                say!(
                    "  erasure of contact {} ({}) not yet applied by: {}",
                    erasure.contact,
                    erasure.since,
                    output::safe(&seats.join(", "))
                );
            }
            for problem in &status.problems {
                say!(
                    "  problem {}: {} in {} row {} from \"{}\" file {} (dismiss with `custos team dismiss {}`)",
                    problem.id,
                    problem.kind,
                    problem.table,
                    output::safe(&problem.row),
                    output::safe(&name(&problem.seat)),
                    problem.sequence,
                    problem.id
                );
            }
            Ok(())
        }
        TeamCmd::Dismiss { id } => {
            let vault = ctx.open()?;
            vault.team_problem_dismiss(id)?;
            if ctx.json {
                return output::json(&json!({ "dismissed": id }));
            }
            say!("Dismissed problem {id}; its change stays unapplied.");
            Ok(())
        }
        TeamCmd::Remove { seat, yes } => {
            let vault = ctx.open()?;
            vault.may(custos_core::audit::Action::TeamSeatRemoved)?;
            if !yes {
                return Err(CliError::usage(format!(
                    "Removing seat {seat} gives every other seat a new team key: it will read nothing written from \
                     now on, and its changes not yet applied here are applied nowhere (what it has, it keeps). \
                     Confirm with --yes."
                )));
            }
            let id = vault.team_remove_seat(&seat)?;
            // The removal's entry goes out at once, under the new key.
            let sent = vault.team_send()?.len();
            if ctx.json {
                return output::json(&json!({ "removed": id, "sent": sent }));
            }
            say!(
                "Removed seat {} from the team; the other seats take the new team key at their next sync.",
                output::safe(&seat)
            );
            Ok(())
        }
    }
}

/// The core's summary in one English line.
fn summary_line(status: &custos_core::sync::TeamStatus, name: &dyn Fn(&str) -> String) -> String {
    use custos_core::sync::TeamSummary;
    match &status.summary {
        TeamSummary::InSync => "In sync.".to_owned(),
        TeamSummary::Waiting { changes } => format!("{changes} change(s) of this seat not yet applied everywhere."),
        TeamSummary::Offline { seat, since: Some(since) } => {
            format!("Seat \"{}\" offline since {}.", output::safe(&name(seat)), output::when(*since))
        }
        TeamSummary::Offline { seat, since: None } => {
            format!("Seat \"{}\" has not synced yet.", output::safe(&name(seat)))
        }
        TeamSummary::Problems { count } => format!("{count} change(s) from other seats kept aside for a person."),
    }
}
