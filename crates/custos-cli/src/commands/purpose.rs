//! `custos purpose …`: the catalogue of purposes and who may be contacted for one.

use custos_core::purposes::{LegalBasis, PurposeSpec, Recipient, Requirement};
use serde_json::json;

use crate::args::*;
use crate::error::{CliError, CliResult};
use crate::output::{self, fields, pad, say, when};

use super::Ctx;

/// A consent wording is a paragraph or a page, never more than this.
const WORDING_FILE_LIMIT: u64 = 1_000_000;

pub(super) fn purpose_spec(a: PurposeArgs) -> CliResult<PurposeSpec> {
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

pub(super) fn purpose(ctx: &Ctx, cmd: PurposeCmd) -> CliResult {
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
