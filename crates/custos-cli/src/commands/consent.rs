//! `custos consent …`: consents, their withdrawal, objections, and "may I contact?".

use custos_core::consents::{ConsentMethod, ConsentRecord};

use crate::args::*;
use crate::error::{CliError, CliResult};
use crate::input::parse_time;
use crate::output::{self, pad, say, when};

use super::Ctx;

pub(super) fn consent(ctx: &Ctx, cmd: ConsentCmd) -> CliResult {
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
                basis.push_str(&format!("; consent: {}", state.describe()));
            }
            say!("{basis}.");
            Ok(())
        }
    }
}
