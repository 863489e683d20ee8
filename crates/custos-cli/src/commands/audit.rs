//! `custos audit …`: the audit log and its verification.

use custos_core::audit::AuditFilter;

use crate::args::*;
use crate::error::CliResult;
use crate::input::{self};
use crate::output::{self, pad, say, when};

use super::Ctx;

pub(super) fn audit(ctx: &Ctx, cmd: AuditCmd) -> CliResult {
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
                Err(custos_core::Error::Refused { why: custos_core::why::Why::AuditVerificationFailed {} }.into())
            }
        }
    }
}
