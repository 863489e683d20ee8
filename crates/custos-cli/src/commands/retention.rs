//! `custos retention …`: who is due for clean-up, the rules, the clean-up itself.

use serde_json::json;

use crate::args::*;
use crate::error::CliResult;
use crate::input::{self};
use crate::output::{self, pad, say};

use super::Ctx;

pub(super) fn retention(ctx: &Ctx, cmd: RetentionCmd) -> CliResult {
    use custos_core::retention::RuleSpec;
    let vault = ctx.open()?;
    let retention = vault.retention();
    match cmd {
        RetentionCmd::List => {
            let warnings = retention.warnings()?;
            if ctx.json {
                return output::json(&warnings);
            }
            if warnings.is_empty() {
                say!("Nothing needs attention: no contact is past its retention period.");
            }
            for w in &warnings {
                let action = w.action.describe();
                say!(
                    "{}  {}  {}  {}",
                    pad(&w.contact_id.to_string(), 7),
                    pad(&w.display_name, 28),
                    pad(action, 18),
                    w.reason
                );
            }
            Ok(())
        }
        RetentionCmd::Rules => {
            let rules = retention.rules()?;
            if ctx.json {
                return output::json(&rules);
            }
            for r in &rules {
                say!("{}  {}", pad(&r.id.to_string(), 4), r.describe());
            }
            Ok(())
        }
        RetentionCmd::SetRule { status, action, period, purpose } => {
            let purpose_id = purpose.map(|p| vault.purposes().find(&p).map(|p| p.id)).transpose()?;
            let spec =
                RuleSpec { status: status.parse()?, action: action.parse()?, period: period.parse()?, purpose_id };
            let rule = retention.set_rule(spec)?;
            if ctx.json {
                return output::json(&rule);
            }
            say!("Rule {}: {}", rule.id, rule.describe());
            Ok(())
        }
        RetentionCmd::Keep { contact, reason, until } => {
            let hold = retention.keep(contact, &reason, input::parse_day(&until, "--until")?)?;
            if ctx.json {
                return output::json(&hold);
            }
            say!("Kept contact {contact} until {}: the warning returns that day.", hold.review_on);
            Ok(())
        }
        RetentionCmd::DeleteTranscripts { contact, note, yes } => {
            let card = vault.contacts().get(contact)?;
            card.ensure_changeable()?;
            let conversations = vault.interactions().for_contact(contact)?;
            let messages: u64 = conversations.iter().map(|c| c.message_count).sum();
            if !yes {
                if ctx.json {
                    return output::json(&json!({
                        "contact_id": contact, "conversations": conversations.len(), "messages": messages, "applied": false
                    }));
                }
                say!(
                    "Would delete {} conversation(s) with {messages} message(s) of {}{}. Nothing was deleted: add --yes to do it.",
                    conversations.len(),
                    card.masked().display_name,
                    if note.is_some() { ", after adding your note to the card" } else { "" }
                );
                return Ok(());
            }
            let done = retention.delete_transcripts(contact, note.as_deref())?;
            if ctx.json {
                return output::json(&done);
            }
            say!(
                "Deleted {} conversation(s) with {} message(s){}.",
                done.conversations,
                done.messages,
                if done.note_kept { "; your note is on the card" } else { "" }
            );
            Ok(())
        }
    }
}
