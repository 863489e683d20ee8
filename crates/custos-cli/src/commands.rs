//! One function per command group; each opens the vault, calls the core and prints.

use std::collections::BTreeSet;
use std::path::PathBuf;

use custos_core::audit::{AuditEntry, AuditFilter};
use custos_core::company::CompanyProfile;
use custos_core::consents::{ConsentMethod, ConsentRecord, ConsentState};
use custos_core::contacts::{ContactDetails, ContactPatch, ContactQuery, NewContact};
use custos_core::import::WhatsAppOptions;
use custos_core::interactions::{Channel, NewConversation, NewMessage, Sender};
use custos_core::purposes::{LegalBasis, PurposeSpec, Recipient, Requirement};
use custos_core::search::HitLocation;
use custos_core::{Session, Vault};
use serde_json::json;

use crate::args::*;
use crate::error::{CliError, CliResult};
use crate::input::{self, parse_time};
use crate::output::{self, fields, pad, say, when};

struct Ctx {
    vault_path: PathBuf,
    json: bool,
    operator: String,
}

impl Ctx {
    fn session(&self) -> Session {
        Session::new(self.operator.clone())
    }

    fn open(&self) -> CliResult<Vault> {
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
        Command::Vault(cmd) => vault(&ctx, cmd),
        Command::Contact(cmd) => contact(&ctx, cmd),
        Command::Transcript(cmd) => transcript(&ctx, cmd),
        Command::Purpose(cmd) => purpose(&ctx, cmd),
        Command::Consent(cmd) => consent(&ctx, cmd),
        Command::Company(cmd) => company(&ctx, cmd),
        Command::Search { query, limit } => search(&ctx, &query, limit),
        Command::Audit(cmd) => audit(&ctx, cmd),
        Command::Retention(cmd) => retention(&ctx, cmd),
        Command::Request(cmd) => request(&ctx, cmd),
        Command::Document(cmd) => document(&ctx, cmd),
    }
}

fn vault(ctx: &Ctx, cmd: VaultCmd) -> CliResult {
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

fn details(f: &ContactFields) -> ContactDetails {
    ContactDetails {
        email: f.email.clone(),
        phone: f.phone.clone(),
        organisation: f.organisation.clone(),
        address: f.address.clone(),
        id_number: f.id_number.clone(),
        notes: f.notes.clone(),
    }
}

fn contact(ctx: &Ctx, cmd: ContactCmd) -> CliResult {
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
        ContactCmd::List { status, restricted, limit, offset } => {
            let query =
                ContactQuery { status: status.as_deref().map(str::parse).transpose()?, limit, offset, restricted };
            let vault = ctx.open()?;
            let page = vault.contacts().list(&query)?;
            if ctx.json {
                return output::json(&page);
            }
            // Restricted contacts are left out of the normal list: say so, not silently.
            let frozen = if restricted {
                0
            } else {
                vault.contacts().list(&ContactQuery { restricted: true, limit: 1, offset: 0, ..query })?.total
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
            let source = match &c.source {
                custos_core::contacts::DataSource::Person => "the person".to_owned(),
                custos_core::contacts::DataSource::ThirdParty { name } => format!("third party: {name}"),
                custos_core::contacts::DataSource::Public { name } => format!("public source: {name}"),
            };
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
                ("E-mail", c.details.email.clone()),
                ("Phone", c.details.phone.clone()),
                ("Organisation", c.details.organisation.clone()),
                ("Address", c.details.address.clone()),
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
            say!("Backups made before now still hold their data: replace or destroy them.");
            Ok(())
        }
        ContactCmd::History { id } => {
            let vault = ctx.open()?;
            let c = vault.contacts().get(id)?.masked();
            let filter =
                AuditFilter { contact: Some(id), action: Some("contact.updated".to_owned()), ..Default::default() };
            let entries = vault.audit().list(&filter)?;
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
fn print_change(e: &AuditEntry) {
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
    say!("{}  by {}  changed {}", when(e.at), e.operator, changed.join(", "));
    let masked = list("masked");
    if let Some(previous) = d.get("previous").and_then(|p| p.as_object()) {
        for field in &changed {
            let Some(old) = previous.get(field) else { continue };
            let shown = match old {
                serde_json::Value::Null => "(empty)".to_owned(),
                serde_json::Value::String(s) => format!("\"{s}\""),
                other => other.to_string(),
            };
            let note = if masked.contains(field) { " (sensitive, masked)" } else { "" };
            say!("    {}  was {shown}{note}", pad(field, 14));
        }
    }
}

fn transcript(ctx: &Ctx, cmd: TranscriptCmd) -> CliResult {
    match cmd {
        TranscriptCmd::Add { contact, channel, at, ended, external_ref, messages } => {
            let channel: Channel = channel.parse()?;
            let at = at.as_deref().map(parse_time).transpose()?;
            let ended_at = ended.as_deref().map(parse_time).transpose()?;
            let parsed = messages.iter().map(|m| input::parse_message(m)).collect::<CliResult<Vec<_>>>()?;
            let vault = ctx.open()?;
            let time = at.unwrap_or_else(|| vault.now());
            let conv = NewConversation {
                channel,
                started_at: Some(time),
                ended_at,
                external_ref,
                messages: parsed.into_iter().map(|(sender, text)| NewMessage { at: time, sender, text }).collect(),
            };
            let summary = vault.interactions().add(contact, conv)?;
            if ctx.json {
                return output::json(&summary);
            }
            say!("Recorded conversation {} with {} message(s).", summary.id, summary.message_count);
            Ok(())
        }
        TranscriptCmd::Import { contact, file, contact_sender, staff, utc_offset } => {
            let text = custos_core::import::read_export(&file)?;
            let options = WhatsAppOptions {
                utc_offset: utc_offset
                    .as_deref()
                    .map(input::parse_offset)
                    .transpose()?
                    .unwrap_or_else(input::local_offset),
                contact_sender,
                staff_senders: staff,
            };
            let vault = ctx.open()?;
            let summary = vault.import_transcript(contact, &text, &options)?;
            if ctx.json {
                return output::json(&summary);
            }
            say!(
                "Imported {} message(s) from {} as conversation {}.",
                summary.message_count,
                file.display(),
                summary.id
            );
            Ok(())
        }
        TranscriptCmd::List { contact } => {
            let list = ctx.open()?.interactions().for_contact(contact)?;
            if ctx.json {
                return output::json(&list);
            }
            if list.is_empty() {
                say!(
                    "No conversations. Add one with `custos transcript add {contact} -m \"contact: …\"` or import a chat export."
                );
            }
            for v in &list {
                say!(
                    "#{}  {}  {}  {} messages  {}",
                    v.id,
                    when(v.started_at),
                    pad(v.channel.code(), 8),
                    v.message_count,
                    v.external_ref.as_deref().unwrap_or("")
                );
            }
            Ok(())
        }
        TranscriptCmd::Show { id } => {
            let conv = ctx.open()?.interactions().get(id)?;
            if ctx.json {
                return output::json(&conv);
            }
            say!("Conversation #{} ({}), {}", conv.summary.id, conv.summary.channel, when(conv.summary.started_at));
            for m in &conv.messages {
                let who = match &m.sender {
                    Sender::Contact => "contact".to_owned(),
                    Sender::Staff { name } => format!("{name} (staff)"),
                    Sender::Other { name } => name.clone(),
                };
                say!("[{}] {who}: {}", when(m.at), m.text);
            }
            Ok(())
        }
    }
}

/// A consent wording is a paragraph or a page, never more than this.
const WORDING_FILE_LIMIT: u64 = 1_000_000;

fn purpose_spec(a: PurposeArgs) -> CliResult<PurposeSpec> {
    let wording = match &a.wording_file {
        Some(path) => Some(custos_core::import::decode(custos_core::files::read_regular(path, WORDING_FILE_LIMIT)?)?),
        None => a.wording,
    };
    let requirement = match a.required.as_deref().map(str::trim) {
        None | Some("voluntary") | Some("none") => Requirement::Voluntary,
        Some("statutory") => Requirement::Statutory { consequence: a.consequence.clone().unwrap_or_default() },
        Some("contractual") => Requirement::Contractual { consequence: a.consequence.clone().unwrap_or_default() },
        Some(other) => return Err(CliError::usage(format!("--required '{other}': use statutory or contractual"))),
    };
    let recipients = a
        .recipients
        .iter()
        .map(|r| {
            let parts: Vec<&str> = r.split(';').map(str::trim).collect();
            match parts.as_slice() {
                [name, role, country, safeguard, rest @ ..] if rest.len() <= 1 => Ok(Recipient {
                    name: (*name).to_owned(),
                    role: role.parse()?,
                    country: (*country).to_owned(),
                    safeguard: safeguard.parse()?,
                    safeguard_detail: rest.first().map(|d| (*d).to_owned()),
                }),
                _ => Err(CliError::usage(format!("--recipient '{r}': write NAME;ROLE;COUNTRY;SAFEGUARD[;DETAIL]"))),
            }
        })
        .collect::<CliResult<Vec<_>>>()?;
    Ok(PurposeSpec {
        name: a.name,
        description: a.description,
        legal_basis: LegalBasis::parse_loose(&a.basis)?,
        legitimate_interest: a.interest,
        data_subject_categories: a.subjects,
        data_categories: a.categories,
        recipients,
        retention_rule: a.retention,
        requirement,
        automated_decisions: a.automated,
        requires_confirmation: a.double_opt_in,
        consent_wording: wording,
    })
}

fn purpose(ctx: &Ctx, cmd: PurposeCmd) -> CliResult {
    match cmd {
        PurposeCmd::Add(a) => {
            let spec = purpose_spec(a)?;
            let p = ctx.open()?.purposes().add(spec)?;
            if ctx.json {
                return output::json(&p);
            }
            say!("Added purpose {} ({}, {}).", p.id, p.spec.name, p.spec.legal_basis.describe());
            Ok(())
        }
        PurposeCmd::Edit { purpose, args } => {
            let spec = purpose_spec(args)?;
            let vault = ctx.open()?;
            let id = vault.purposes().find(&purpose)?.id;
            let p = vault.purposes().update(id, spec)?;
            if ctx.json {
                return output::json(&p);
            }
            say!("Updated purpose {} ({}).", p.id, p.spec.name);
            if let Some(v) = p.wording_version {
                say!("Consent wording is at version {v}.");
            }
            Ok(())
        }
        PurposeCmd::List => {
            let list = ctx.open()?.purposes().list()?;
            if ctx.json {
                return output::json(&list);
            }
            if list.is_empty() {
                say!("No purposes yet. Add one with: custos purpose add --name … --description … --basis …");
            }
            for p in &list {
                say!("{}  {}  {}", pad(&p.id.to_string(), 4), pad(&p.spec.name, 30), p.spec.legal_basis.describe());
            }
            Ok(())
        }
        PurposeCmd::Show { purpose } => {
            let vault = ctx.open()?;
            let p = vault.purposes().find(&purpose)?;
            let wordings = vault.purposes().wording_history(p.id)?;
            if ctx.json {
                return output::json(&json!({ "purpose": p, "wording_versions": wordings }));
            }
            let s = &p.spec;
            let required = match &s.requirement {
                Requirement::Voluntary => "no (voluntary)".to_owned(),
                Requirement::Statutory { consequence } => format!("by law; if not provided: {consequence}"),
                Requirement::Contractual { consequence } => format!("by contract; if not provided: {consequence}"),
            };
            fields(&[
                ("Purpose", Some(format!("{} (#{})", s.name, p.id))),
                ("Description", Some(s.description.clone())),
                ("Legal basis", Some(s.legal_basis.describe().to_owned())),
                ("Legitimate interest", s.legitimate_interest.clone()),
                (
                    "Data subjects",
                    (!s.data_subject_categories.is_empty()).then(|| s.data_subject_categories.join(", ")),
                ),
                ("Data categories", (!s.data_categories.is_empty()).then(|| s.data_categories.join(", "))),
                ("Retention", s.retention_rule.clone().or_else(|| Some("not set".into()))),
                ("Required", Some(required)),
                ("Automated decisions", Some(s.automated_decisions.clone().unwrap_or_else(|| "none".into()))),
                (
                    "Double opt-in",
                    (s.legal_basis == LegalBasis::Consent)
                        .then(|| if s.requires_confirmation { "yes" } else { "no" }.to_owned()),
                ),
            ]);
            if !s.recipients.is_empty() {
                say!("Recipients:");
                for r in &s.recipients {
                    let transfer = if r.is_third_country() {
                        format!(", transfer safeguard: {}", r.safeguard)
                    } else {
                        String::new()
                    };
                    say!(
                        "  {} ({}, {}{transfer}{})",
                        r.name,
                        r.role,
                        r.country,
                        r.safeguard_detail.as_deref().map(|d| format!(": {d}")).unwrap_or_default()
                    );
                }
            }
            for w in &wordings {
                say!("Consent wording v{} ({}): {}", w.version, when(w.created_at), w.text);
            }
            Ok(())
        }
        PurposeCmd::Audience { purpose, limit, offset, csv } => {
            let vault = ctx.open()?;
            let p = vault.purposes().find(&purpose)?;
            if let Some(file) = csv {
                let people = vault.consents().export_audience(p.id, &file)?;
                if ctx.json {
                    return output::json(&json!({ "purpose_id": p.id, "file": file, "people": people }));
                }
                say!(
                    "Wrote {people} {} who may be contacted for '{}' to {}.",
                    if people == 1 { "person" } else { "people" },
                    p.spec.name,
                    file.display()
                );
                say!("The file is not encrypted: keep it safe and delete it when it has been used.");
                return Ok(());
            }
            let audience = vault.consents().audience(p.id, offset, limit)?;
            if ctx.json {
                return output::json(&audience);
            }
            if audience.members.is_empty() {
                if audience.total > 0 {
                    say!("No one on this page ({} in all): try a smaller --offset.", audience.total);
                } else {
                    say!("No one may be contacted for '{}' now.", p.spec.name);
                }
                return Ok(());
            }
            say!(
                "May be contacted for '{}' ({}): {} {}.",
                p.spec.name,
                p.spec.legal_basis.describe(),
                audience.total,
                if audience.total == 1 { "person" } else { "people" }
            );
            say!("{}  {}  {}  {}  SINCE", pad("ID", 7), pad("NAME", 28), pad("E-MAIL", 28), pad("PHONE", 16));
            for m in &audience.members {
                say!(
                    "{}  {}  {}  {}  {}",
                    pad(&m.contact_id.to_string(), 7),
                    pad(&m.display_name, 28),
                    pad(m.email.as_deref().unwrap_or("—"), 28),
                    pad(m.phone.as_deref().unwrap_or("—"), 16),
                    m.since.map(when).unwrap_or_else(|| "—".into())
                );
            }
            let shown_to = offset as u64 + audience.members.len() as u64;
            if shown_to < audience.total {
                say!("{}–{} of {}. Next page: --offset {}", offset + 1, shown_to, audience.total, shown_to);
            }
            Ok(())
        }
    }
}

fn consent(ctx: &Ctx, cmd: ConsentCmd) -> CliResult {
    let record = |a: &ConsentArgs| -> CliResult<ConsentRecord> {
        Ok(ConsentRecord {
            method: a.method.parse::<ConsentMethod>()?,
            at: a.at.as_deref().map(parse_time).transpose()?,
            evidence_ref: a.evidence.clone(),
            wording_version: a.wording_version,
        })
    };
    let event = |a: ConsentArgs, kind: &str| -> CliResult {
        let rec = record(&a)?;
        let vault = ctx.open()?;
        let purpose = vault.purposes().find(&a.purpose)?;
        let c = vault.consents();
        let e = match kind {
            "give" => c.give(a.contact, purpose.id, rec),
            "confirm" => c.confirm(a.contact, purpose.id, rec),
            "withdraw" => c.withdraw(a.contact, purpose.id, rec),
            _ => c.expire(a.contact, purpose.id, rec),
        }?;
        if ctx.json {
            return output::json(&e);
        }
        let state = c.state(a.contact, purpose.id)?;
        say!(
            "Recorded: consent {} for '{}' ({}); it is now {}.",
            e.kind,
            purpose.spec.name,
            when(e.at),
            state.describe()
        );
        Ok(())
    };
    match cmd {
        ConsentCmd::Give(a) => event(a, "give"),
        ConsentCmd::Confirm(a) => event(a, "confirm"),
        ConsentCmd::Withdraw(a) => event(a, "withdraw"),
        ConsentCmd::Expire(a) => event(a, "expire"),
        ConsentCmd::Object(a) => {
            if a.wording_version.is_some() {
                return Err(CliError::usage(
                    "--wording-version does not apply to an objection: the person objects to the purpose itself.",
                ));
            }
            let rec = record(&a)?;
            let vault = ctx.open()?;
            let purpose = vault.purposes().find(&a.purpose)?;
            let o = vault.objections().object(a.contact, purpose.id, rec)?;
            if ctx.json {
                return output::json(&o);
            }
            say!(
                "Recorded: contact {} objects to '{}' ({}, by {}{}).",
                o.contact_id,
                purpose.spec.name,
                when(o.at),
                o.method,
                o.evidence_ref.as_deref().map(|r| format!(", evidence {r}")).unwrap_or_default()
            );
            say!("'{}' may no longer be used for them, whatever its legal basis.", purpose.spec.name);
            Ok(())
        }
        ConsentCmd::History { contact, purpose } => {
            let vault = ctx.open()?;
            let purpose_id = purpose.as_deref().map(|p| vault.purposes().find(p)).transpose()?.map(|p| p.id);
            let events = vault.consents().history(contact, purpose_id)?;
            if ctx.json {
                return output::json(&events);
            }
            if events.is_empty() {
                say!("No consent recorded for contact {contact}.");
            }
            for e in &events {
                let name = vault.purposes().get(e.purpose_id).map(|p| p.spec.name).unwrap_or_default();
                say!(
                    "{}  {}  {}  by {}{}{}  (recorded by {})",
                    when(e.at),
                    pad(&name, 20),
                    pad(e.kind.code(), 9),
                    e.method,
                    e.wording_version.map(|v| format!(", wording v{v}")).unwrap_or_default(),
                    e.evidence_ref.as_deref().map(|r| format!(", evidence {r}")).unwrap_or_default(),
                    e.recorded_by
                );
            }
            Ok(())
        }
        ConsentCmd::Check { contact, purpose } => {
            let vault = ctx.open()?;
            let p = vault.purposes().find(&purpose)?;
            let answer = vault.consents().may_contact(contact, p.id)?;
            if ctx.json {
                return output::json(&answer);
            }
            say!("{}: {}.", if answer.allowed { "Yes" } else { "No" }, answer.reason);
            let mut basis = format!("Legal basis: {}", p.spec.legal_basis.describe());
            if let Some(state) = answer.consent {
                basis.push_str(&format!("; consent: {}", consent_state(state)));
            }
            say!("{basis}.");
            Ok(())
        }
    }
}

fn consent_state(state: ConsentState) -> &'static str {
    match state {
        ConsentState::NeverGiven => "never given",
        ConsentState::Given => "given",
        ConsentState::Confirmed => "confirmed",
        ConsentState::Withdrawn => "withdrawn",
        ConsentState::Expired => "expired",
    }
}

fn company(ctx: &Ctx, cmd: CompanyCmd) -> CliResult {
    match cmd {
        CompanyCmd::Set {
            name,
            address,
            email,
            phone,
            country,
            dpo_name,
            dpo_contact,
            authority_name,
            authority_contact,
        } => {
            let vault = ctx.open()?;
            let mut p = vault.company().get()?.unwrap_or_default();
            let set = |slot: &mut Option<String>, v: Option<String>| {
                if v.is_some() {
                    *slot = v;
                }
            };
            if let Some(n) = name {
                p.controller_name = n;
            }
            set(&mut p.address, address);
            set(&mut p.email, email);
            set(&mut p.phone, phone);
            set(&mut p.country, country);
            set(&mut p.dpo_name, dpo_name);
            set(&mut p.dpo_contact, dpo_contact);
            set(&mut p.authority_name, authority_name);
            set(&mut p.authority_contact, authority_contact);
            if p.controller_name.trim().is_empty() {
                return Err(CliError::usage("Give the firm's legal name with --name."));
            }
            let saved = vault.company().set(p)?;
            if ctx.json {
                return output::json(&saved);
            }
            say!("Company profile saved.");
            Ok(())
        }
        CompanyCmd::Holidays { year } => holidays(ctx, year),
        CompanyCmd::ClosureDay(cmd) => closure_day(ctx, cmd),
        CompanyCmd::Show => {
            let p = ctx.open()?.company().get()?;
            if ctx.json {
                return output::json(&p);
            }
            let Some(p) = p else {
                say!("No company profile yet. Set one with: custos company set --name \"…\" --address \"…\"");
                return Ok(());
            };
            let CompanyProfile {
                controller_name,
                address,
                email,
                phone,
                country,
                dpo_name,
                dpo_contact,
                authority_name,
                authority_contact,
                ..
            } = p;
            fields(&[
                ("Controller", Some(controller_name)),
                ("Address", address),
                ("E-mail", email),
                ("Phone", phone),
                ("Country", country),
                ("DPO", dpo_name),
                ("DPO contact", dpo_contact),
                ("Supervisory authority", authority_name.or_else(|| Some("not set".into()))),
                ("Authority contact", authority_contact),
            ]);
            Ok(())
        }
    }
}

fn search(ctx: &Ctx, query: &str, limit: u32) -> CliResult {
    let hits = ctx.open()?.search(query, limit)?;
    if ctx.json {
        return output::json(&json!({ "query": query, "hits": hits }));
    }
    if hits.is_empty() {
        say!("Nothing found for '{query}'.");
    }
    for h in &hits {
        let place = match &h.location {
            HitLocation::Field { field } => format!("card · {field}"),
            HitLocation::Message { conversation_id, at, .. } => {
                format!("conversation #{conversation_id} · {}", when(*at))
            }
        };
        say!("{} (#{})  {}", h.contact_name, h.contact_id, place);
        say!("    {}", h.snippet.as_deref().unwrap_or("(sensitive field, masked)"));
    }
    Ok(())
}

fn audit(ctx: &Ctx, cmd: AuditCmd) -> CliResult {
    let vault = ctx.open()?;
    match cmd {
        AuditCmd::List { contact, action, from, to, limit } => {
            let filter = AuditFilter {
                contact,
                action,
                from: from.as_deref().map(|d| input::parse_day(d, "--from")).transpose()?,
                to: to.as_deref().map(|d| input::parse_day(d, "--to")).transpose()?,
                limit: Some(limit),
                ..Default::default()
            };
            let entries = vault.audit().list(&filter)?;
            if ctx.json {
                return output::json(&entries);
            }
            if entries.is_empty() {
                say!("No audit entries match.");
            }
            for e in &entries {
                let target = match &e.target_id {
                    Some(id) => format!("{} #{id}", e.target_kind),
                    None => e.target_kind.clone(),
                };
                say!(
                    "{}  {}  {}  {}  {}{}",
                    pad(&e.id.to_string(), 6),
                    when(e.at),
                    pad(&e.operator, 16),
                    pad(&e.action, 26),
                    target,
                    if e.redacted { "  [redacted]" } else { "" }
                );
            }
            Ok(())
        }
        AuditCmd::Verify => {
            let report = vault.audit().verify()?;
            if ctx.json {
                output::json(&report)?;
            } else if report.ok {
                say!("The audit log is intact: {} entries, chain unbroken.", report.entries_checked);
            } else {
                say!("The audit log was tampered with ({} entries checked):", report.entries_checked);
                for p in &report.problems {
                    say!("  {}", serde_json::to_string(p).unwrap_or_default());
                }
            }
            if report.ok {
                Ok(())
            } else {
                Err(custos_core::Error::Refused { message: "Audit verification failed: entries were edited or deleted (see above). Restore from a backup and find out who changed the file.".into() }.into())
            }
        }
    }
}

fn retention(ctx: &Ctx, cmd: RetentionCmd) -> CliResult {
    use custos_core::retention::{RetentionAction, RuleSpec};
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
                let action = match w.action {
                    RetentionAction::DeleteTranscripts => "delete transcripts",
                    RetentionAction::Erase => "erase",
                };
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

/// "2026-03-02 (Mon)".
fn day(d: chrono::NaiveDate) -> String {
    d.format("%Y-%m-%d (%a)").to_string()
}

/// The due date and how it stands today: "due 2026-03-02 (Mon), 3 days left".
fn due_text(q: &custos_core::requests::Request) -> String {
    let standing = if q.status.is_closed() {
        String::new()
    } else if q.overdue {
        format!(", OVERDUE by {} day(s)", -q.days_left)
    } else if q.days_left == 0 {
        ", due TODAY".to_owned()
    } else {
        format!(", {} day(s) left", q.days_left)
    };
    format!("due {}{standing}", day(q.due_on))
}

fn print_request(q: &custos_core::requests::Request) {
    use custos_core::requests::RequestStatus;
    let who = match (q.contact_id, &q.requester_name) {
        (Some(c), _) => format!("{} (contact {c})", q.who()),
        (None, Some(n)) => format!("{n} (not matched to a contact)"),
        (None, None) => q.who(),
    };
    let identity = q.identity.as_ref().map(|i| format!("{} on {}: {}", i.result, i.checked_on, i.method));
    let extension = q
        .extension
        .as_ref()
        .map(|e| format!("from {} (person told on {}): {}", day(q.original_due_on), e.notified_on, e.reason));
    let closed = q.closed_at.map(|t| {
        let how = if q.status == RequestStatus::Refused { "refused" } else { "done" };
        format!("{how}, {}", when(t))
    });
    fields(&[
        ("Request", Some(format!("#{} {} ({})", q.id, q.kind, q.kind.article()))),
        ("From", Some(who)),
        ("Reach at", q.requester_contact.clone()),
        ("Received", Some(format!("{} by {}", day(q.received_on), q.channel))),
        ("Asked", q.details.clone()),
        ("Status", Some(q.status.to_string())),
        ("Due", Some(due_text(q))),
        ("Extended", extension),
        ("Identity", identity),
        ("Closed", closed),
        ("Outcome", q.outcome.clone()),
        ("Opened by", Some(format!("{}, {}", q.opened_by, when(q.opened_at)))),
    ]);
    if q.actions.is_empty() {
        say!("Actions:    none recorded yet");
    } else {
        say!("Actions:");
        for a in &q.actions {
            say!("  audit #{} {} ({}): {}", a.audit_entry_id, a.audit_action, when(a.done_at), a.description);
        }
    }
}

fn request(ctx: &Ctx, cmd: RequestCmd) -> CliResult {
    use custos_core::requests::{ExtensionRequest, IdentityCheck, NewRequest, RequestQuery, RequestScope};
    let vault = ctx.open()?;
    let requests = vault.requests();
    let today = vault.now().date_naive();
    let day_or_today = |text: Option<String>, flag: &str| -> CliResult<chrono::NaiveDate> {
        text.map(|t| input::parse_day(&t, flag)).transpose().map(|d| d.unwrap_or(today))
    };
    let show = |q: &custos_core::requests::Request, said: String| -> CliResult {
        if ctx.json {
            return output::json(q);
        }
        say!("{said}");
        Ok(())
    };
    match cmd {
        RequestCmd::Open { kind, contact, name, reach, received, channel, details } => {
            let new = NewRequest {
                kind: kind.parse()?,
                contact_id: contact,
                requester_name: name,
                requester_contact: reach,
                received_on: day_or_today(received, "--received")?,
                channel: channel.parse()?,
                details,
            };
            let q = requests.open(new)?;
            show(&q, format!("Request #{} ({}) from {} logged: {}.", q.id, q.kind, q.who(), due_text(&q)))
        }
        RequestCmd::List { closed, all, contact } => {
            let scope = if all {
                RequestScope::All
            } else if closed {
                RequestScope::Closed
            } else {
                RequestScope::Open
            };
            let list = requests.list(&RequestQuery { scope, contact })?;
            if ctx.json {
                return output::json(&list);
            }
            if list.is_empty() {
                say!("No {} requests.", if scope == RequestScope::All { "" } else { scope.code() });
            }
            for q in &list {
                let flag = if q.overdue {
                    "OVERDUE"
                } else if q.due_soon {
                    "DUE SOON"
                } else {
                    ""
                };
                say!(
                    "#{}  due {}  {}  {}  {}  {}",
                    pad(&q.id.to_string(), 4),
                    day(q.due_on),
                    pad(flag, 8),
                    pad(q.kind.code(), 19),
                    pad(q.status.code(), 16),
                    q.who()
                );
            }
            Ok(())
        }
        RequestCmd::Show { id } => {
            let q = requests.get(id)?;
            if ctx.json {
                return output::json(&q);
            }
            print_request(&q);
            Ok(())
        }
        RequestCmd::Match { id, contact } => {
            let q = requests.match_contact(id, contact)?;
            show(&q, format!("Request #{id} is now {}'s (contact {contact}): {}.", q.who(), due_text(&q)))
        }
        RequestCmd::Identity { id, method, result, on } => {
            let check = IdentityCheck { method, result: result.parse()?, checked_on: day_or_today(on, "--on")? };
            let q = requests.identity(id, check)?;
            show(&q, format!("Identity check recorded; request #{id} is {}, {}.", q.status, due_text(&q)))
        }
        RequestCmd::Extend { id, reason, notified } => {
            let notified_on = notified.map(|n| input::parse_day(&n, "--notified")).transpose()?;
            let q = requests.extend(id, ExtensionRequest { reason, notified_on })?;
            show(&q, format!("Request #{id} extended: now {} (was {}).", due_text(&q), day(q.original_due_on)))
        }
        RequestCmd::Action { id, audit, description } => {
            let q = requests.record_action(id, audit, &description)?;
            show(&q, format!("Recorded on request #{id} ({} action(s) now), {}.", q.actions.len(), due_text(&q)))
        }
        RequestCmd::Close { id, summary, no_data: true, yes } => {
            let q = requests.get(id)?;
            // Matched, acted on or closed: the core refuses at once, with what to do instead.
            if !yes && q.contact_id.is_none() && q.actions.is_empty() && !q.status.is_closed() {
                if ctx.json {
                    return output::json(&json!({ "request": id, "no_data": true, "applied": false }));
                }
                say!(
                    "Would close request #{id} ({}, {}) as done: no personal data about the requester is held. A \
                     closed request is final. Nothing changed: add --yes to close it.",
                    q.kind,
                    q.who()
                );
                return Ok(());
            }
            let q = requests.close_no_data(id, summary.as_deref())?;
            show(&q, format!("Request #{id} closed as done: no personal data about the requester is held."))
        }
        RequestCmd::Close { id, summary, no_data: false, yes } => {
            let q = requests.get(id)?;
            // Without any action the core refuses at once: say so rather than preview.
            if !yes && !q.actions.is_empty() && !q.status.is_closed() {
                if ctx.json {
                    return output::json(&json!({ "request": id, "actions": q.actions.len(), "applied": false }));
                }
                say!(
                    "Would close request #{id} ({}, {}) as done with {} recorded action(s). A closed request is final. \
                     Nothing changed: add --yes to close it.",
                    q.kind,
                    q.who(),
                    q.actions.len()
                );
                return Ok(());
            }
            let q = requests.close(id, summary.as_deref())?;
            show(&q, format!("Request #{id} closed as done ({} action(s) recorded).", q.actions.len()))
        }
        RequestCmd::Refuse { id, reason, yes } => {
            let q = requests.get(id)?;
            if !yes && !reason.trim().is_empty() && !q.status.is_closed() {
                if ctx.json {
                    return output::json(&json!({ "request": id, "applied": false }));
                }
                say!(
                    "Would refuse request #{id} ({}, {}) with the reason: \"{}\". The person must be told, with their \
                     right to complain to the supervisory authority and to go to court. Nothing changed: add --yes.",
                    q.kind,
                    q.who(),
                    reason.trim()
                );
                return Ok(());
            }
            let q = requests.refuse(id, &reason)?;
            show(
                &q,
                format!(
                    "Request #{id} refused. Tell the person why, and of their right to complain and to go to court."
                ),
            )
        }
    }
}

fn holidays(ctx: &Ctx, year: Option<i32>) -> CliResult {
    use chrono::Datelike;
    let vault = ctx.open()?;
    let year = year.unwrap_or_else(|| vault.now().year());
    let info = vault.calendar().info(year)?;
    if ctx.json {
        return output::json(&info);
    }
    match (&info.country, info.supported) {
        (Some(c), true) => say!("Public holidays in {c}, {year} (national days only):"),
        (Some(c), false) => say!(
            "Custos has no public holidays for {c}: request deadlines skip weekends and closure days only. \
             Add your holidays as closure days."
        ),
        (None, _) => say!(
            "No country in the company profile: request deadlines skip weekends and closure days only. \
             Set one with: custos company set --country PL"
        ),
    }
    for h in &info.holidays {
        say!("  {}  {}", day(h.date), h.name);
    }
    let closures: Vec<_> = info.closure_days.iter().filter(|c| c.day.year() == year).collect();
    if !closures.is_empty() {
        say!("Closure days of the firm:");
        for c in closures {
            say!("  {}  {}", day(c.day), c.reason.as_deref().unwrap_or(""));
        }
    }
    Ok(())
}

fn closure_day(ctx: &Ctx, cmd: ClosureDayCmd) -> CliResult {
    let vault = ctx.open()?;
    let calendar = vault.calendar();
    match cmd {
        ClosureDayCmd::Add { day: d, reason } => {
            let added = calendar.add_closure_day(input::parse_day(&d, "the day")?, reason.as_deref())?;
            if ctx.json {
                return output::json(&added);
            }
            say!("{} is a closure day: request deadlines falling on it move to the next working day.", day(added.day));
            Ok(())
        }
        ClosureDayCmd::Remove { day: d } => {
            let d = input::parse_day(&d, "the day")?;
            calendar.remove_closure_day(d)?;
            if ctx.json {
                return output::json(&json!({ "removed": d }));
            }
            say!("{} is no longer a closure day.", day(d));
            Ok(())
        }
        ClosureDayCmd::List => {
            let days = calendar.closure_days()?;
            if ctx.json {
                return output::json(&days);
            }
            if days.is_empty() {
                say!("No closure days. Add one with: custos company closure-day add YYYY-MM-DD --reason \"…\"");
            }
            for c in &days {
                say!("{}  {}", day(c.day), c.reason.as_deref().unwrap_or(""));
            }
            Ok(())
        }
    }
}

/// What a `document` command wrote, as printed.
#[derive(serde::Serialize)]
struct Written {
    path: PathBuf,
    kind: &'static str,
    language: Option<&'static str>,
    pages: Option<usize>,
    sha256: String,
}

impl Written {
    fn pdf(path: PathBuf, pdf: &custos_documents::Pdf) -> Written {
        Written {
            path,
            kind: pdf.kind().code(),
            language: Some(pdf.language().code()),
            pages: Some(pdf.pages()),
            sha256: pdf.sha256(),
        }
    }

    /// "Wrote FILE (N pages, language)".
    fn say(&self, language: custos_documents::Language) {
        match self.pages {
            Some(1) => say!("Wrote {} (1 page, {}).", self.path.display(), language.name()),
            Some(n) => say!("Wrote {} ({n} pages, {}).", self.path.display(), language.name()),
            None => say!("Wrote {} ({}).", self.path.display(), language.name()),
        }
    }
}

/// Refuses before anything is generated (and audited) when a file is there and --replace
/// was not given; `save` refuses again if one appears meanwhile.
fn refuse_existing(paths: &[&std::path::Path], replace: bool) -> CliResult {
    match paths.iter().find(|p| !replace && p.exists()) {
        Some(p) => Err(custos_documents::Error::FileExists { path: p.to_path_buf() }.into()),
        None => Ok(()),
    }
}

fn save_pdf(pdf: &custos_documents::Pdf, path: &std::path::Path, replace: bool) -> CliResult {
    if replace { pdf.save_replacing(path) } else { pdf.save(path) }.map_err(CliError::from)
}

fn document(ctx: &Ctx, cmd: DocumentCmd) -> CliResult {
    use custos_core::contacts::DataSource;
    use custos_documents::{Collected, Language};
    let finish = |written: Vec<Written>, language: Language| -> CliResult {
        if ctx.json {
            let mut items = written.into_iter();
            let Some(first) = items.next() else { return Ok(()) };
            let mut body = serde_json::to_value(&first)
                .map_err(|e| custos_core::Error::Internal(format!("JSON output failed: {e}")))?;
            if let Some(export) = items.next() {
                body["export"] = json!({ "path": export.path, "sha256": export.sha256 });
            }
            return output::json(&body);
        }
        for w in &written {
            if w.kind == "access_export" {
                say!("Wrote {} (export: JSON and CSV files in a ZIP).", w.path.display());
            } else {
                w.say(language);
            }
        }
        Ok(())
    };
    match cmd {
        DocumentCmd::Record { out } => {
            refuse_existing(&[&out.out], out.replace)?;
            let vault = ctx.open()?;
            let pdf = custos_documents::record_of_processing(&vault, out.lang)?;
            save_pdf(&pdf, &out.out, out.replace)?;
            finish(vec![Written::pdf(out.out, &pdf)], out.lang)
        }
        DocumentCmd::Notice { out, html, source, source_name } => {
            let collected = match (source, source_name) {
                (Some(SourceKind::ThirdParty), Some(name)) => Collected::FromSource(DataSource::ThirdParty { name }),
                (Some(SourceKind::Public), Some(name)) => Collected::FromSource(DataSource::Public { name }),
                (None, None) => Collected::FromThePerson,
                _ => return Err(CliError::usage("--source and --source-name go together")),
            };
            refuse_existing(&[&out.out], out.replace)?;
            let vault = ctx.open()?;
            if html {
                let page = custos_documents::privacy_notice_html(&vault, collected, out.lang)?;
                if out.replace { page.save_replacing(&out.out) } else { page.save(&out.out) }?;
                let written = Written {
                    path: out.out,
                    kind: page.kind().code(),
                    language: Some(page.language().code()),
                    pages: None,
                    sha256: page.sha256(),
                };
                return finish(vec![written], out.lang);
            }
            let pdf = custos_documents::privacy_notice(&vault, collected, out.lang)?;
            save_pdf(&pdf, &out.out, out.replace)?;
            finish(vec![Written::pdf(out.out, &pdf)], out.lang)
        }
        DocumentCmd::AccessReport { contact, out, export, redact } => {
            if redact.iter().any(|n| n.trim().is_empty()) {
                return Err(CliError::usage("--redact needs a name"));
            }
            let options = custos_documents::AccessOptions { redact_names: redact };
            let mut paths = vec![out.out.as_path()];
            if let Some(zip) = &export {
                if zip == &out.out {
                    return Err(CliError::usage("--export needs a file other than --out"));
                }
                paths.push(zip.as_path());
            }
            refuse_existing(&paths, out.replace)?;
            let vault = ctx.open()?;
            let pdf = custos_documents::access_report_with(&vault, contact, out.lang, &options)?;
            // Both are generated before either is written: a refusal leaves no half pair.
            let zip =
                export.as_ref().map(|_| custos_documents::access_export_with(&vault, contact, &options)).transpose()?;
            save_pdf(&pdf, &out.out, out.replace)?;
            let mut written = vec![Written::pdf(out.out, &pdf)];
            if let (Some(path), Some(zip)) = (export, zip) {
                if out.replace { zip.save_replacing(&path) } else { zip.save(&path) }?;
                written.push(Written {
                    path,
                    kind: "access_export",
                    language: None,
                    pages: None,
                    sha256: zip.sha256(),
                });
            }
            finish(written, out.lang)
        }
        DocumentCmd::Letter { request, kind, out } => {
            refuse_existing(&[&out.out], out.replace)?;
            let vault = ctx.open()?;
            let pdf = custos_documents::request_letter(&vault, request, kind, out.lang)?;
            save_pdf(&pdf, &out.out, out.replace)?;
            finish(vec![Written::pdf(out.out, &pdf)], out.lang)
        }
    }
}
