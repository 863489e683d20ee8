//! Retention: how long contacts and their transcripts are kept after the last contact, and
//! the warnings when that time is up (SPEC §3 Retention).
//!
//! A [`RetentionRule`] says: contacts of this status, this long after their last contact
//! (or, if there was none, after the card was created), are due this action — delete their
//! transcripts, or erase them. A rule may name the purpose that needs the period (e.g. a
//! legal obligation to keep invoices). For the same status and action the longest period
//! wins, and the warning names the rule that applied. Nothing is deleted by a warning: the
//! user deletes transcripts, erases, or keeps the contact with a reason until a review date.

use chrono::{DateTime, Months, NaiveDate, Utc};
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::audit::{Action, Target};
use crate::contacts::{ContactId, LifecycleStatus, string_enum};
use crate::error::{Error, Result};
use crate::purposes::PurposeId;
use crate::ts::Ts;
use crate::vault::Vault;

string_enum!(
    /// What is due when a retention period is over.
    RetentionAction ("retention action") {
        DeleteTranscripts = "delete_transcripts",
        Erase = "erase",
    }
);

string_enum!(
    /// The unit of a retention period.
    PeriodUnit ("period unit") {
        Days = "days",
        Months = "months",
        Years = "years",
    }
);

/// A length of time: 60 days, 12 months, 5 years.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Period {
    pub amount: u32,
    pub unit: PeriodUnit,
}

impl Period {
    pub fn days(amount: u32) -> Self {
        Period { amount, unit: PeriodUnit::Days }
    }

    pub fn months(amount: u32) -> Self {
        Period { amount, unit: PeriodUnit::Months }
    }

    pub fn years(amount: u32) -> Self {
        Period { amount, unit: PeriodUnit::Years }
    }

    /// The moment this period after `start` ends. Months and years follow the calendar: a
    /// month after 31 January is the last day of February.
    pub fn after(self, start: DateTime<Utc>) -> DateTime<Utc> {
        let months = |n: u32| start.checked_add_months(Months::new(n)).unwrap_or(DateTime::<Utc>::MAX_UTC);
        match self.unit {
            PeriodUnit::Days => start + chrono::Duration::days(i64::from(self.amount)),
            PeriodUnit::Months => months(self.amount),
            PeriodUnit::Years => months(self.amount.saturating_mul(12)),
        }
    }

    /// The start from which this period ends at `end` (the latest start that is already due).
    fn before(self, end: DateTime<Utc>) -> DateTime<Utc> {
        let months = |n: u32| end.checked_sub_months(Months::new(n)).unwrap_or(DateTime::<Utc>::MIN_UTC);
        match self.unit {
            PeriodUnit::Days => end - chrono::Duration::days(i64::from(self.amount)),
            PeriodUnit::Months => months(self.amount),
            PeriodUnit::Years => months(self.amount.saturating_mul(12)),
        }
    }

    /// In words: "60 days", "1 month", "5 years".
    pub fn describe(self) -> String {
        let unit = match (self.unit, self.amount) {
            (PeriodUnit::Days, 1) => "day",
            (PeriodUnit::Months, 1) => "month",
            (PeriodUnit::Years, 1) => "year",
            (unit, _) => unit.code(),
        };
        format!("{} {unit}", self.amount)
    }

    fn validate(self) -> Result<()> {
        let max = match self.unit {
            PeriodUnit::Days => 36_500,
            PeriodUnit::Months => 1_200,
            PeriodUnit::Years => 100,
        };
        if self.amount == 0 || self.amount > max {
            return Err(Error::invalid("period", format!("use 1 to {max} {}", self.unit.code())));
        }
        Ok(())
    }
}

impl std::str::FromStr for Period {
    type Err = Error;

    /// "60 days", "12 months", "5 years" (singular too), or short: "60d", "12m", "5y".
    fn from_str(text: &str) -> Result<Period> {
        let t = text.trim().to_lowercase();
        let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
        let (number, unit) = t.split_at(split);
        let bad =
            || Error::invalid("period", format!("'{text}' is not a period: write e.g. 60 days, 12 months or 5 years"));
        let amount: u32 = number.parse().map_err(|_| bad())?;
        let unit = match unit.trim() {
            "d" | "day" | "days" => PeriodUnit::Days,
            "m" | "month" | "months" => PeriodUnit::Months,
            "y" | "year" | "years" => PeriodUnit::Years,
            _ => return Err(bad()),
        };
        let period = Period { amount, unit };
        period.validate()?;
        Ok(period)
    }
}

/// A stored retention rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct RetentionRule {
    pub id: i64,
    pub status: LifecycleStatus,
    pub action: RetentionAction,
    pub period: Period,
    /// The purpose that needs this period, if any (e.g. a legal obligation).
    pub purpose_id: Option<PurposeId>,
    pub purpose_name: Option<String>,
}

impl RetentionRule {
    /// "leads: delete transcripts 60 days after the last contact (default rule)".
    pub fn describe(&self) -> String {
        let what = match self.action {
            RetentionAction::DeleteTranscripts => "delete transcripts",
            RetentionAction::Erase => "erase",
        };
        let why = match &self.purpose_name {
            Some(p) => format!("kept for '{p}'"),
            None => "rule for the status".to_owned(),
        };
        format!("{}: {what} {} after the last contact ({why})", self.status.code(), self.period.describe())
    }
}

/// A rule to add or change: one per status, action and purpose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct RuleSpec {
    pub status: LifecycleStatus,
    pub action: RetentionAction,
    pub period: Period,
    pub purpose_id: Option<PurposeId>,
}

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

/// What deleting a contact's transcripts removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct TranscriptsDeleted {
    pub contact_id: ContactId,
    pub conversations: u64,
    pub messages: u64,
    pub note_kept: bool,
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

/// What a rule would flag if saved, beside what the rules flag today (same status and action).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct RulePreview {
    pub status: LifecycleStatus,
    pub action: RetentionAction,
    pub period: Period,
    /// Contacts that would be due the action.
    pub contacts: u64,
    /// Conversations those contacts hold.
    pub conversations: u64,
    pub current_contacts: u64,
    pub current_conversations: u64,
}

/// What a clean-up of several contacts did: who was done, who was not and why.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct CleanUp {
    pub done: Vec<ContactId>,
    pub failed: Vec<CleanUpFailure>,
    pub conversations: u64,
    pub messages: u64,
    /// Contacts left untouched because the vault failed part-way (see `failed`).
    pub not_attempted: u64,
}

/// A contact a clean-up could not act on, with the core's message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct CleanUpFailure {
    pub contact_id: ContactId,
    pub code: String,
    pub message: String,
}

/// The retention rules and warnings of a vault.
#[derive(Debug, Clone, Copy)]
pub struct Retention<'v> {
    vault: &'v Vault,
}

impl Vault {
    pub fn retention(&self) -> Retention<'_> {
        Retention { vault: self }
    }
}

fn load_rules(c: &rusqlite::Connection) -> Result<Vec<RetentionRule>> {
    let mut stmt = c.prepare_cached(
        "SELECT r.id, r.status, r.action, r.amount, r.unit, r.purpose_id, p.name
         FROM retention_rule r LEFT JOIN purpose p ON p.id = r.purpose_id ORDER BY r.status, r.action, r.id",
    )?;
    crate::vault::rows(stmt.query_map([], |r| {
        Ok(RetentionRule {
            id: r.get(0)?,
            status: r.get(1)?,
            action: r.get(2)?,
            period: Period { amount: r.get(3)?, unit: r.get(4)? },
            purpose_id: r.get(5)?,
            purpose_name: r.get(6)?,
        })
    })?)
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
fn compute_warnings(
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
    /// Every rule, by status and action.
    pub fn rules(&self) -> Result<Vec<RetentionRule>> {
        self.vault.read(load_rules)
    }

    /// Adds a rule, or changes the period of the rule for the same status, action and purpose.
    pub fn set_rule(&self, spec: RuleSpec) -> Result<RetentionRule> {
        spec.period.validate()?;
        self.vault.write(|w| {
            if let Some(p) = spec.purpose_id {
                crate::purposes::load(&w.tx, p)?;
            }
            let existing: Option<i64> = w
                .tx
                .query_row(
                    "SELECT id FROM retention_rule WHERE status = ?1 AND action = ?2 AND purpose_id IS ?3",
                    params![spec.status, spec.action, spec.purpose_id],
                    |r| r.get(0),
                )
                .optional()?;
            let id = match existing {
                Some(id) => {
                    w.tx.execute(
                        "UPDATE retention_rule SET amount = ?2, unit = ?3 WHERE id = ?1",
                        params![id, spec.period.amount, spec.period.unit],
                    )?;
                    id
                }
                None => {
                    w.tx.execute(
                        "INSERT INTO retention_rule (status, action, amount, unit, purpose_id) VALUES (?1, ?2, ?3, ?4, ?5)",
                        params![spec.status, spec.action, spec.period.amount, spec.period.unit, spec.purpose_id],
                    )?;
                    w.tx.last_insert_rowid()
                }
            };
            let rule = load_rules(&w.tx)?.into_iter().find(|r| r.id == id).ok_or_else(|| Error::not_found("retention rule", id))?;
            w.audit(Action::RetentionRuleSet, Target::Vault, serde_json::json!({ "rule": id, "describe": rule.describe() }))?;
            Ok(rule)
        })
    }

    /// Removes a rule.
    pub fn remove_rule(&self, id: i64) -> Result<()> {
        self.vault.write(|w| {
            let rule = load_rules(&w.tx)?
                .into_iter()
                .find(|r| r.id == id)
                .ok_or_else(|| Error::not_found("retention rule", id))?;
            w.tx.execute("DELETE FROM retention_rule WHERE id = ?1", [id])?;
            w.audit(
                Action::RetentionRuleRemoved,
                Target::Vault,
                serde_json::json!({ "rule": id, "describe": rule.describe() }),
            )
        })
    }

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

    /// What a rule would flag if it were saved: how many contacts of its status would be due
    /// its action, and how many conversations they hold, beside the same figures today.
    /// Nothing is changed.
    pub fn preview(&self, spec: &RuleSpec) -> Result<RulePreview> {
        spec.period.validate()?;
        let now = self.vault.now();
        self.vault.read(|c| {
            let current = load_rules(c)?;
            let mut proposed: Vec<RetentionRule> = current
                .iter()
                .filter(|r| !(r.status == spec.status && r.action == spec.action && r.purpose_id == spec.purpose_id))
                .cloned()
                .collect();
            proposed.push(RetentionRule {
                id: 0,
                status: spec.status,
                action: spec.action,
                period: spec.period,
                purpose_id: spec.purpose_id,
                purpose_name: None,
            });
            let count = |rules: &[RetentionRule]| -> Result<(u64, u64)> {
                let flagged = compute_warnings(c, rules, now, &[spec.status])?;
                Ok(flagged
                    .iter()
                    .filter(|w| w.action == spec.action)
                    .fold((0, 0), |(n, conv), w| (n + 1, conv + w.conversations)))
            };
            let (contacts, conversations) = count(&proposed)?;
            let (current_contacts, current_conversations) = count(&current)?;
            Ok(RulePreview {
                status: spec.status,
                action: spec.action,
                period: spec.period,
                contacts,
                conversations,
                current_contacts,
                current_conversations,
            })
        })
    }

    /// Keeps a contact despite a warning, with a reason, until `review_on` (after today):
    /// the warning returns on that day.
    pub fn keep(&self, contact: ContactId, reason: &str, review_on: NaiveDate) -> Result<RetentionHold> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(Error::invalid("reason", "say why the contact is kept (it goes into the audit)"));
        }
        self.vault.write(|w| {
            crate::contacts::load_for_change(&w.tx, contact)?;
            crate::ts::check_day("review_on", review_on)?;
            if review_on <= w.now.date_naive() {
                return Err(Error::invalid("review_on", "the review date must be after today"));
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

    /// Deletes every conversation of a contact (messages and their index entries too),
    /// first adding `note` — what to keep — to the card's notes. Audited; the freed space is
    /// zeroed and the write-ahead log emptied, as for an erasure.
    pub fn delete_transcripts(&self, contact: ContactId, note: Option<&str>) -> Result<TranscriptsDeleted> {
        let note = note.map(str::trim).filter(|n| !n.is_empty());
        let done = self.vault.write(|w| {
            let card = crate::contacts::load_for_change(&w.tx, contact)?;
            let (conversations, messages): (i64, i64) = w.tx.query_row(
                "SELECT count(DISTINCT v.id), count(m.id) FROM conversation v LEFT JOIN message m ON m.conversation_id = v.id
                 WHERE v.contact_id = ?1",
                [contact],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            if conversations == 0 {
                return Err(Error::refused(format!("{} has no transcripts to delete.", card.display_name)));
            }
            crate::erasure::delete_conversations(&w.tx, contact)?;
            if let Some(note) = note {
                let notes = match card.details.notes.as_deref() {
                    Some(old) => format!("{old}\n{note}"),
                    None => note.to_owned(),
                };
                w.tx.execute("UPDATE contact SET notes = ?2, updated_at = ?3 WHERE id = ?1", params![contact, notes, w.now_ts()])?;
                crate::search::index_contact(&w.tx, &crate::contacts::load(&w.tx, contact)?)?;
            }
            w.audit(
                Action::TranscriptsDeleted,
                Target::Contact(contact),
                serde_json::json!({ "conversations": conversations, "messages": messages, "note_kept": note.is_some() }),
            )?;
            Ok(TranscriptsDeleted {
                contact_id: contact,
                conversations: conversations as u64,
                messages: messages as u64,
                note_kept: note.is_some(),
            })
        })?;
        self.vault.empty_write_ahead_log()?;
        Ok(done)
    }

    /// Applies `action` to each of `contacts` — the list the user confirmed once: deletes
    /// their transcripts, or erases them. Each contact is its own audited step; one that
    /// cannot be done (restricted meanwhile, no transcripts left…) is reported and the rest
    /// go on. `progress` hears (done, total) after each contact.
    pub fn clean_up(
        &self,
        contacts: &[ContactId],
        action: RetentionAction,
        mut progress: impl FnMut(usize, usize),
    ) -> Result<CleanUp> {
        let mut report = CleanUp::default();
        for (i, &id) in contacts.iter().enumerate() {
            let step = match action {
                RetentionAction::DeleteTranscripts => {
                    self.delete_transcripts(id, None).map(|d| (d.conversations, d.messages))
                }
                RetentionAction::Erase => self.vault.erase(id).map(|e| (e.conversations, e.messages)),
            };
            match step {
                Ok((conversations, messages)) => {
                    report.done.push(id);
                    report.conversations += conversations;
                    report.messages += messages;
                }
                Err(e) => {
                    // A fault of the vault itself stops the clean-up: the rest would fail alike.
                    let fault =
                        matches!(e, Error::Io { .. } | Error::Database(_) | Error::Damaged { .. } | Error::Internal(_));
                    if fault && report.done.is_empty() {
                        return Err(e);
                    }
                    report.failed.push(CleanUpFailure {
                        contact_id: id,
                        code: e.code().to_owned(),
                        message: e.to_string(),
                    });
                    if fault {
                        report.not_attempted = (contacts.len() - i - 1) as u64;
                        break;
                    }
                }
            }
            progress(i + 1, contacts.len());
        }
        Ok(report)
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

    #[test]
    fn periods_follow_the_calendar() {
        let jan31 = Utc.with_ymd_and_hms(2026, 1, 31, 12, 0, 0).unwrap();
        assert_eq!(Period::months(1).after(jan31), Utc.with_ymd_and_hms(2026, 2, 28, 12, 0, 0).unwrap());
        assert_eq!(Period::years(1).after(jan31), Utc.with_ymd_and_hms(2027, 1, 31, 12, 0, 0).unwrap());
        assert_eq!(Period::days(60).after(jan31), Utc.with_ymd_and_hms(2026, 4, 1, 12, 0, 0).unwrap());
        let mar1 = Utc.with_ymd_and_hms(2026, 3, 1, 0, 0, 0).unwrap();
        assert!(Period::months(12).after(Period::months(12).before(mar1)) <= mar1);
        assert_eq!(Period::days(1).describe(), "1 day");
        assert_eq!(Period::years(5).describe(), "5 years");
        assert!(Period::days(0).validate().is_err());
        assert!(Period::years(101).validate().is_err());
        assert_eq!("60 days".parse::<Period>().unwrap(), Period::days(60));
        assert_eq!(" 1 Year".parse::<Period>().unwrap(), Period::years(1));
        assert_eq!("12m".parse::<Period>().unwrap(), Period::months(12));
        assert_eq!("0 days".parse::<Period>().unwrap_err().code(), "invalid_input");
        assert_eq!("soon".parse::<Period>().unwrap_err().code(), "invalid_input");
        assert_eq!("5 fortnights".parse::<Period>().unwrap_err().code(), "invalid_input");
    }
}
