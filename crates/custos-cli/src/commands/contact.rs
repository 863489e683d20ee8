//! `custos contact …`: add, edit, list, show, reveal, restrict, erase contacts; their history;
//! possible duplicates and merging; tags.

use std::collections::BTreeSet;

use custos_core::audit::AuditEntry;
use custos_core::contacts::{ContactDetails, ContactPatch, ContactQuery, NewContact};
use serde_json::json;

use crate::args::*;
use crate::error::{CliError, CliResult};
use crate::input::{self};
use crate::output::{self, fields, pad, say, when};

use super::Ctx;

pub(super) fn details(f: &ContactFields) -> ContactDetails {
    ContactDetails {
        given_name: f.given_name.clone(),
        family_name: f.family_name.clone(),
        organisation: f.organisation.clone(),
        job_title: f.job_title.clone(),
        emails: input::parse_points(&f.email),
        phones: input::parse_points(&f.phone),
        addresses: input::parse_points(&f.address),
        id_number: f.id_number.clone(),
        notes: f.notes.clone(),
        tags: f.tag.clone(),
    }
}

/// Contact points for `show`: "anna@nowak.pl (work, primary); …".
fn points(list: &[custos_core::contact_points::Labelled]) -> Option<String> {
    let line = |p: &custos_core::contact_points::Labelled| {
        format!("{} ({}{})", p.value, p.label, if p.primary { ", primary" } else { "" })
    };
    (!list.is_empty()).then(|| list.iter().map(line).collect::<Vec<_>>().join("; "))
}

pub(super) fn contact(ctx: &Ctx, cmd: ContactCmd) -> CliResult {
    match cmd {
        ContactCmd::Add { name, fields: f } => {
            let new = NewContact {
                display_name: name,
                details: details(&f),
                status: f.status.as_deref().map(str::parse).transpose()?,
                source: f.source.as_deref().map(input::parse_source).transpose()?.unwrap_or_default(),
                sensitive: input::parse_fields(f.sensitive.as_deref().unwrap_or_default())?.into_iter().collect(),
            };
            let vault = ctx.open()?;
            let c = vault.contacts().add(new)?;
            if ctx.json {
                return output::json(&c.masked());
            }
            say!("Added contact {} ({}, {}).", c.id, c.display_name, c.status);
            Ok(())
        }
        ContactCmd::Edit { id, name, fields: f, clear } => {
            let mut patch = ContactPatch { display_name: name, ..Default::default() };
            let d = details(&f);
            for field in custos_core::contacts::ContactField::ALL {
                if let Some(value) = d.get(*field) {
                    patch.set(*field, Some(value.to_owned()));
                }
            }
            // Lists given are replaced whole.
            let list = |l: &Vec<_>| (!l.is_empty()).then(|| l.clone());
            patch.emails = list(&d.emails);
            patch.phones = list(&d.phones);
            patch.addresses = list(&d.addresses);
            patch.tags = (!d.tags.is_empty()).then(|| d.tags.clone());
            for field in input::parse_fields(&clear)? {
                if field == custos_core::contacts::ContactField::DisplayName {
                    return Err(CliError::usage(
                        "The name cannot be cleared: every contact needs one. Use --name to change it.",
                    ));
                }
                patch.set(field, None);
            }
            patch.status = f.status.as_deref().map(str::parse).transpose()?;
            patch.source = f.source.as_deref().map(input::parse_source).transpose()?;
            patch.sensitive = f
                .sensitive
                .as_deref()
                .map(input::parse_fields)
                .transpose()?
                .map(|v| v.into_iter().collect::<BTreeSet<_>>());
            let vault = ctx.open()?;
            let c = vault.contacts().edit(id, patch)?;
            if ctx.json {
                return output::json(&c.masked());
            }
            say!("Updated contact {} ({}).", c.id, c.display_name);
            Ok(())
        }
        ContactCmd::List { status, tag, restricted, limit, offset } => {
            let query =
                ContactQuery { status: status.as_deref().map(str::parse).transpose()?, tag, limit, offset, restricted };
            let vault = ctx.open()?;
            let page = vault.contacts().list(&query)?;
            if ctx.json {
                return output::json(&page);
            }
            // Restricted contacts are left out of the normal list: say so, not silently.
            let frozen = if restricted {
                0
            } else {
                vault
                    .contacts()
                    .list(&ContactQuery { restricted: true, limit: 1, offset: 0, tag: None, ..query })?
                    .total
            };
            let frozen_note = || {
                if frozen > 0 {
                    say!(
                        "{frozen} restricted contact(s) not listed: see them with `custos contact list --restricted`."
                    );
                }
            };
            if page.items.is_empty() {
                if restricted {
                    say!("No restricted contacts.");
                } else if page.total > 0 {
                    say!("No contacts on this page ({} in all): try a smaller --offset.", page.total);
                } else {
                    say!("No contacts yet. Add one with: custos contact add \"Name\"");
                }
                frozen_note();
                return Ok(());
            }
            if restricted {
                say!("Restricted (frozen) contacts: read-only until the restriction is lifted.");
            }
            say!("{}  {}  {}  LAST CONTACT", pad("ID", 7), pad("NAME", 32), pad("STATUS", 16));
            for c in &page.items {
                say!(
                    "{}  {}  {}  {}",
                    pad(&c.id.to_string(), 7),
                    pad(&c.display_name, 32),
                    pad(c.status.code(), 16),
                    c.last_contact_at.map(when).unwrap_or_else(|| "—".into())
                );
            }
            let shown_to = offset as u64 + page.items.len() as u64;
            if shown_to < page.total {
                say!("{}–{} of {}. Next page: --offset {}", offset + 1, shown_to, page.total, shown_to);
            }
            frozen_note();
            Ok(())
        }
        ContactCmd::Show { id, reveal } => {
            let vault = ctx.open()?;
            let c = vault.contacts().get(id)?;
            let c = if reveal { vault.contacts().reveal(id)? } else { c.masked() };
            let conversations = vault.interactions().for_contact(id)?;
            if ctx.json {
                return output::json(&json!({ "contact": c, "conversations": conversations }));
            }
            let source = c.source.describe();
            let sensitive: Vec<&str> = c.sensitive.iter().map(|f| f.code()).collect();
            let erased = c.erased_at.map(|at| {
                format!(
                    "{} — the name, contact details, notes and conversations were removed for good; \
                     the id, status, dates and consent history (without evidence) are kept",
                    when(at)
                )
            });
            let restricted = c.restriction.as_ref().map(|r| {
                format!(
                    "since {}: \"{}\" (read-only; lift with `custos contact unrestrict {} --reason …`)",
                    when(r.since),
                    r.reason,
                    c.id
                )
            });
            fields(&[
                ("Contact", Some(format!("{} (#{})", c.display_name, c.id))),
                ("Erased", erased),
                ("Restricted", restricted),
                ("Status", Some(c.status.code().to_owned())),
                ("Given name", c.details.given_name.clone()),
                ("Family name", c.details.family_name.clone()),
                ("E-mail", points(&c.details.emails)),
                ("Phone", points(&c.details.phones)),
                ("Organisation", c.details.organisation.clone()),
                ("Job title", c.details.job_title.clone()),
                ("Address", points(&c.details.addresses)),
                ("Tags", (!c.details.tags.is_empty()).then(|| c.details.tags.join(", "))),
                ("ID number", c.details.id_number.clone()),
                ("Notes", c.details.notes.clone()),
                ("Source", Some(source)),
                (
                    "Sensitive",
                    (!sensitive.is_empty())
                        .then(|| sensitive.join(", ") + if reveal { "" } else { " (masked; --reveal to show)" }),
                ),
                ("Last contact", c.last_contact_at.map(when)),
                ("Added", Some(when(c.created_at))),
            ]);
            if !conversations.is_empty() {
                say!("\nConversations:");
                for v in &conversations {
                    say!(
                        "  #{}  {}  {}  {} messages",
                        v.id,
                        when(v.started_at),
                        pad(v.channel.code(), 8),
                        v.message_count
                    );
                }
            }
            Ok(())
        }
        ContactCmd::Duplicates => {
            let pairs = ctx.open()?.contacts().possible_duplicates()?;
            if ctx.json {
                return output::json(&pairs);
            }
            if pairs.is_empty() {
                say!("No possible duplicates.");
                return Ok(());
            }
            for p in &pairs {
                let on: Vec<String> = p.matches.iter().map(|m| format!("{} {}", m.on, m.value)).collect();
                say!(
                    "#{} {}  and  #{} {}  — same {}",
                    p.first.id,
                    p.first.display_name,
                    p.second.id,
                    p.second.display_name,
                    on.join(", ")
                );
            }
            say!("Merge a pair with: custos contact merge KEEP OTHER");
            Ok(())
        }
        ContactCmd::Merge { keep, other, yes } => {
            let vault = ctx.open()?;
            if !yes {
                let (k, o) = (vault.contacts().get(keep)?.masked(), vault.contacts().get(other)?.masked());
                let confirmed = input::confirm_by_typing(
                    &format!(
                        "This merges {} (#{other}) into {} (#{keep}): #{keep} takes its contact details, conversations,                          consents, objections and requests, and #{other} is removed. It cannot be undone.",
                        o.display_name, k.display_name
                    ),
                    &format!("Type the id of the contact to remove ({other}) to confirm: "),
                    &other.to_string(),
                    &format!("There is no terminal to confirm on: add --yes to merge #{other} into #{keep}."),
                )?;
                if !confirmed {
                    return Err(CliError::Cancelled(format!("Nothing was merged: the id {other} was not typed.")));
                }
            }
            let m = vault.contacts().merge(keep, other)?;
            if ctx.json {
                return output::json(&json!({ "kept": m.kept.masked(), "merged_id": m.merged_id,
                    "filled": m.filled, "points_added": m.points_added.len(), "tags_added": m.tags_added,
                    "not_taken": m.not_taken, "conversations": m.conversations, "consent_events": m.consent_events,
                    "objections": m.objections, "requests": m.requests }));
            }
            say!(
                "Merged #{} ({}) into #{} ({}): {} contact point(s), {} tag(s), {} conversation(s), {} consent event(s),                  {} objection(s) and {} request(s) moved.",
                m.merged_id,
                m.merged_name,
                m.kept.id,
                m.kept.masked().display_name,
                m.points_added.len(),
                m.tags_added.len(),
                m.conversations,
                m.consent_events,
                m.objections,
                m.requests
            );
            if !m.not_taken.is_empty() {
                let fields: Vec<&str> = m.not_taken.iter().map(|f| f.code()).collect();
                say!(
                    "Kept #{}'s own {} (#{} had other values: see `custos contact history {}`).",
                    m.kept.id,
                    fields.join(", "),
                    m.merged_id,
                    m.kept.id
                );
            }
            Ok(())
        }
        ContactCmd::Tag { id, tags } => {
            let c = ctx.open()?.contacts().tag(id, &tags)?.masked();
            if ctx.json {
                return output::json(&c);
            }
            say!("{} (#{}) is tagged: {}.", c.display_name, c.id, c.details.tags.join(", "));
            Ok(())
        }
        ContactCmd::Untag { id, tags } => {
            let c = ctx.open()?.contacts().untag(id, &tags)?.masked();
            if ctx.json {
                return output::json(&c);
            }
            let now = if c.details.tags.is_empty() { "no tags".to_owned() } else { c.details.tags.join(", ") };
            say!("{} (#{}) now has {now}.", c.display_name, c.id);
            Ok(())
        }
        ContactCmd::Restrict { id, reason } => {
            let c = ctx.open()?.restrictions().restrict(id, &reason)?.masked();
            if ctx.json {
                return output::json(&c);
            }
            let since = c.restriction.as_ref().map(|r| when(r.since)).unwrap_or_default();
            say!("Restricted {} (#{}) since {since}.", c.display_name, c.id);
            say!(
                "The card can be read but not changed, and is left out of lists, audiences and exports. \
                 Lift it with: custos contact unrestrict {} --reason \"…\"",
                c.id
            );
            Ok(())
        }
        ContactCmd::Unrestrict { id, reason } => {
            let c = ctx.open()?.restrictions().lift(id, &reason)?.masked();
            if ctx.json {
                return output::json(&c);
            }
            say!("Lifted the restriction on {} (#{}): processing may resume.", c.display_name, c.id);
            Ok(())
        }
        ContactCmd::Erase { id, yes } => {
            let vault = ctx.open()?;
            let c = vault.contacts().get(id)?;
            // Refuse before asking, not after: a restricted or erased contact cannot be erased.
            c.ensure_changeable()?;
            if !yes {
                let conversations = vault.interactions().for_contact(id)?;
                let messages: u64 = conversations.iter().map(|v| v.message_count).sum();
                let warning = format!(
                    "This erases {} (#{id}) for good: the name, contact details, notes, {} conversation(s) \
                     with {messages} message(s), and consent evidence references. It cannot be undone.",
                    c.masked().display_name,
                    conversations.len()
                );
                let confirmed = input::confirm_by_typing(
                    &warning,
                    &format!("Type the contact id ({id}) to confirm: "),
                    &id.to_string(),
                    &format!(
                        "Erasing contact {id} cannot be undone and there is no terminal to confirm it on: \
                         add --yes to erase without asking."
                    ),
                )?;
                if !confirmed {
                    return Err(CliError::Cancelled(format!("Nothing was erased: the contact id {id} was not typed.")));
                }
            }
            let e = vault.erase(id)?;
            if ctx.json {
                return output::json(&e);
            }
            say!("Erased contact #{} ({}).", e.contact_id, when(e.erased_at));
            say!("Removed: the name, contact details and notes from the card;");
            say!(
                "         {} conversation(s) with {} message(s), and their search entries;",
                e.conversations,
                e.messages
            );
            say!("         {} consent or objection evidence reference(s);", e.evidence_cleared);
            say!("         the details of {} audit entry(ies) that held their data.", e.audit_entries_redacted);
            say!("Kept: the id, status, dates and consent history, as \"Erased contact #{}\".", e.contact_id);
            if e.log_emptied {
                say!("The write-ahead log was emptied: nothing of theirs remains readable in the vault file.");
            } else {
                say!(
                    "The write-ahead log could not be emptied now (another program has the vault open); \
                     it is emptied when the vault is next closed."
                );
            }
            match e.backups_hold_until {
                Some(until) => say!(
                    "Backups made before now still hold their data until {}, when the last of them rotates out.",
                    when(until)
                ),
                None => say!("No backup in the backup folder holds their data."),
            }
            Ok(())
        }
        ContactCmd::History { id } => {
            let vault = ctx.open()?;
            let c = vault.contacts().get(id)?.masked();
            let entries = vault.audit().card_history(id, 1000)?;
            if ctx.json {
                return output::json(&entries);
            }
            if entries.is_empty() {
                say!("{} (#{id}) was never changed since it was added ({}).", c.display_name, when(c.created_at));
                return Ok(());
            }
            say!("Changes to {} (#{id}), newest first:", c.display_name);
            for e in &entries {
                print_change(e);
            }
            Ok(())
        }
    }
}

/// One rectification from the audit: when, who, which fields, and what they were before.
pub(super) fn print_change(e: &AuditEntry) {
    let d = &e.details;
    let list = |key: &str| -> Vec<String> {
        d.get(key)
            .and_then(|v| v.as_array())
            .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect())
            .unwrap_or_default()
    };
    if e.redacted {
        say!("{}  by {}  [redacted: the person was erased]", when(e.at), e.operator);
        return;
    }
    let changed = list("fields");
    if e.action == "contact.merged" {
        let name = d.get("merged_name").and_then(|n| n.as_str()).unwrap_or_default();
        let merged = d.get("merged").map(|m| m.to_string()).unwrap_or_default();
        say!("{}  by {}  merged #{merged} ({name}) into this card", when(e.at), e.operator);
        if !changed.is_empty() {
            say!("    took {}", changed.join(", "));
        }
    } else {
        say!("{}  by {}  changed {}", when(e.at), e.operator, changed.join(", "));
    }
    let masked = list("masked");
    if let Some(previous) = d.get("previous").and_then(|p| p.as_object()) {
        for field in &changed {
            let Some(old) = previous.get(field) else { continue };
            let text = |v: &serde_json::Value| match v {
                serde_json::Value::String(s) => format!("\"{s}\""),
                // A contact point: its value and label.
                serde_json::Value::Object(p) => match (p.get("value"), p.get("label")) {
                    (Some(serde_json::Value::String(v)), Some(serde_json::Value::String(l))) => {
                        format!("\"{v}\" ({l})")
                    }
                    _ => v.to_string(),
                },
                other => other.to_string(),
            };
            let shown = match old {
                serde_json::Value::Null => "(empty)".to_owned(),
                serde_json::Value::Array(items) if items.is_empty() => "(empty)".to_owned(),
                serde_json::Value::Array(items) => items.iter().map(text).collect::<Vec<_>>().join(", "),
                other => text(other),
            };
            let note = if masked.contains(field) { " (sensitive, masked)" } else { "" };
            say!("    {}  was {shown}{note}", pad(field, 14));
        }
    }
}
