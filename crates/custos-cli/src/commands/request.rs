//! `custos request …`: the register of data subjects' requests and their deadlines.

use serde_json::json;

use crate::args::*;
use crate::error::CliResult;
use crate::input::{self};
use crate::output::{self, fields, pad, say, when};

use super::Ctx;

/// "2026-03-02 (Mon)".
pub(super) fn day(d: chrono::NaiveDate) -> String {
    d.format("%Y-%m-%d (%a)").to_string()
}

/// The due date and how it stands today: "due 2026-03-02 (Mon), 3 days left".
pub(super) fn due_text(q: &custos_core::requests::Request) -> String {
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

pub(super) fn print_request(q: &custos_core::requests::Request) {
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

pub(super) fn request(ctx: &Ctx, cmd: RequestCmd) -> CliResult {
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
