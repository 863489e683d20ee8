//! Retention warnings: the contacts whose period is over, and the holds that keep a contact
//! with a reason until a review date.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::params;
use serde::Serialize;

use super::rules::load_rules;
use super::{Retention, RetentionAction, RetentionRule};
use crate::audit::{Action, Target};
use crate::contacts::{ContactId, LifecycleStatus};
use crate::error::{Error, Result, Why};
use crate::ts::Ts;

/// A contact whose retention period is over.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct RetentionWarning {
    pub contact_id: ContactId,
    pub display_name: String,
    pub status: LifecycleStatus,
    /// The last contact, or when the card was created if there was none.
    pub last_contact_at: DateTime<Utc>,
    pub had_contact: bool,
    pub action: RetentionAction,
    /// The rule that applied (the longest for the status and action).
    pub rule: RetentionRule,
    pub due_at: DateTime<Utc>,
    /// Whole days since it became due (0 on the day).
    pub days_overdue: i64,
    pub conversations: u64,
    /// Why, in words.
    pub reason: String,
}

/// "Keep, with a reason, until a review date".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct RetentionHold {
    pub contact_id: ContactId,
    pub reason: String,
    pub review_on: NaiveDate,
    pub held_by: String,
    pub held_at: DateTime<Utc>,
}

impl RetentionWarning {
    /// Identifies this warning across checks: the same contact, action and due day. A
    /// warning that returns after a hold, or is due again under a changed rule, is new.
    pub fn key(&self) -> String {
        format!("{}:{}:{}", self.contact_id, self.action.code(), self.due_at.date_naive())
    }
}

/// How many warnings there are, by action.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct WarningSummary {
    pub total: u64,
    pub delete_transcripts: u64,
    pub erase: u64,
}

impl WarningSummary {
    pub fn of(warnings: &[RetentionWarning]) -> WarningSummary {
        let erase = warnings.iter().filter(|w| w.action == RetentionAction::Erase).count() as u64;
        let total = warnings.len() as u64;
        WarningSummary { total, delete_transcripts: total - erase, erase }
    }
}

/// A page of warnings and how many there are in all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct WarningPage {
    pub warnings: Vec<RetentionWarning>,
    pub total: u64,
}

/// For one status and action, the rule with the longest period (measured from `now`).
fn longest(
    rules: &[RetentionRule],
    status: LifecycleStatus,
    action: RetentionAction,
    now: DateTime<Utc>,
) -> Option<&RetentionRule> {
    rules.iter().filter(|r| r.status == status && r.action == action).max_by_key(|r| r.period.after(now))
}

/// The rule and the moment it became due, if it is due by `now`.
fn due(
    rule: Option<&RetentionRule>,
    last: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Option<(&RetentionRule, DateTime<Utc>)> {
    rule.map(|r| (r, r.period.after(last))).filter(|(_, at)| *at <= now)
}

/// "2026-03-01": a UTC day as the warnings write it.
fn day_text(t: DateTime<Utc>) -> String {
    use chrono::Datelike;
    let d = t.date_naive();
    let (y, m, day) = (d.year(), d.month(), d.day());
    let mut text = String::with_capacity(10);
    text.push_str(&y.to_string());
    for n in [m, day] {
        text.push('-');
        if n < 10 {
            text.push('0');
        }
        text.push_str(&n.to_string());
    }
    text
}

/// The warnings for contacts of `statuses` under `rules` at `now`, most overdue first.
pub(super) fn compute_warnings(
    c: &rusqlite::Connection,
    rules: &[RetentionRule],
    now: DateTime<Utc>,
    statuses: &[LifecycleStatus],
) -> Result<Vec<RetentionWarning>> {
    let today = now.date_naive();
    let mut out = Vec::new();
    let mut stmt = c.prepare_cached(
        "SELECT c.id, c.display_name, coalesce(c.last_contact_at, c.created_at), c.last_contact_at IS NOT NULL,
                c.conversations, h.review_on
         FROM contact c INDEXED BY contact_by_status_last_contact
         LEFT JOIN retention_hold h ON h.contact_id = c.id
         WHERE c.standing = 'active' AND c.status = ?1 AND coalesce(c.last_contact_at, c.created_at) <= ?2",
    )?;
    for status in statuses {
        let erase = longest(rules, *status, RetentionAction::Erase, now);
        let delete = longest(rules, *status, RetentionAction::DeleteTranscripts, now);
        // The earliest start that could be due for either action.
        let Some(cutoff) = [erase, delete].into_iter().flatten().map(|r| r.period.before(now)).max() else {
            continue;
        };
        // Worded once per rule, not per contact (there may be tens of thousands).
        let words = |rule: Option<&RetentionRule>| rule.map(RetentionRule::describe).unwrap_or_default();
        let (erase_words, delete_words) = (words(erase), words(delete));
        let rows = stmt.query_map(params![status, Ts(cutoff)], |r| {
            Ok((
                r.get::<_, ContactId>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Ts>(2)?.0,
                r.get::<_, bool>(3)?,
                r.get::<_, i64>(4)?,
                r.get::<_, Option<String>>(5)?,
            ))
        })?;
        for row in rows {
            let (id, name, last, had_contact, conversations, review_on) = row?;
            if review_on.and_then(|d| d.parse::<NaiveDate>().ok()).is_some_and(|d| d > today) {
                continue;
            }
            let found = due(erase, last, now).or_else(|| due(delete, last, now).filter(|_| conversations > 0));
            let Some((rule, due_at)) = found else { continue };
            let days_overdue = (now - due_at).num_days();
            let since = if had_contact { "no contact since" } else { "added, never contacted, on" };
            let rule_words = if rule.action == RetentionAction::Erase { &erase_words } else { &delete_words };
            // Built piece by piece: this runs for every overdue contact (tens of thousands).
            let mut reason = String::with_capacity(since.len() + rule_words.len() + 40);
            reason.push_str(since);
            reason.push(' ');
            reason.push_str(&day_text(last));
            reason.push_str("; ");
            reason.push_str(rule_words);
            reason.push_str(" — ");
            reason.push_str(&days_overdue.to_string());
            reason.push_str(if days_overdue == 1 { " day overdue" } else { " days overdue" });
            out.push(RetentionWarning {
                contact_id: id,
                display_name: name,
                status: *status,
                last_contact_at: last,
                had_contact,
                action: rule.action,
                rule: rule.clone(),
                due_at,
                days_overdue,
                conversations: conversations as u64,
                reason,
            });
        }
    }
    out.sort_by(|a, b| b.days_overdue.cmp(&a.days_overdue).then(a.contact_id.cmp(&b.contact_id)));
    Ok(out)
}

impl Retention<'_> {
    /// Every contact whose period is over, most overdue first. Erasure outranks deleting
    /// transcripts; transcripts are only due when there are some. Restricted and erased
    /// contacts, and contacts kept with a reason until a later review date, have none.
    pub fn warnings(&self) -> Result<Vec<RetentionWarning>> {
        let now = self.vault.now();
        self.vault.read(|c| compute_warnings(c, &load_rules(c)?, now, LifecycleStatus::ALL))
    }

    /// How many warnings there are, by action (for a badge and the group headings).
    pub fn summary(&self) -> Result<WarningSummary> {
        Ok(WarningSummary::of(&self.warnings()?))
    }

    /// One page of the warnings for one action (all actions when `None`), in the order of
    /// [`warnings`](Self::warnings), with how many there are in all.
    pub fn warnings_page(&self, action: Option<RetentionAction>, offset: usize, limit: usize) -> Result<WarningPage> {
        let all: Vec<RetentionWarning> =
            self.warnings()?.into_iter().filter(|w| action.is_none_or(|a| w.action == a)).collect();
        let total = all.len() as u64;
        Ok(WarningPage { warnings: all.into_iter().skip(offset).take(limit).collect(), total })
    }

    /// Keeps a contact despite a warning, with a reason, until `review_on` (after today):
    /// the warning returns on that day.
    pub fn keep(&self, contact: ContactId, reason: &str, review_on: NaiveDate) -> Result<RetentionHold> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(Error::invalid("reason", Why::KeptReasonMissing {}));
        }
        self.vault.write(|w| {
            crate::contacts::load_for_change(&w.tx, contact)?;
            crate::ts::check_day("review_on", review_on)?;
            if review_on <= w.now.date_naive() {
                return Err(Error::invalid("review_on", Why::ReviewDateNotAfterToday {}));
            }
            w.tx.execute(
                "INSERT INTO retention_hold (contact_id, reason, review_on, held_by, held_at) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (contact_id) DO UPDATE SET reason = excluded.reason, review_on = excluded.review_on,
                    held_by = excluded.held_by, held_at = excluded.held_at",
                params![contact, reason, review_on.to_string(), w.operator, w.now_ts()],
            )?;
            w.audit(
                Action::RetentionKept,
                Target::Contact(contact),
                serde_json::json!({ "reason": reason, "review_on": review_on.to_string() }),
            )?;
            Ok(RetentionHold {
                contact_id: contact,
                reason: reason.to_owned(),
                review_on,
                held_by: w.operator.to_owned(),
                held_at: w.now,
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn days_are_written_as_iso_dates() {
        assert_eq!(day_text(Utc.with_ymd_and_hms(2026, 3, 1, 23, 59, 0).unwrap()), "2026-03-01");
        assert_eq!(day_text(Utc.with_ymd_and_hms(2031, 12, 25, 0, 0, 0).unwrap()), "2031-12-25");
    }
}
