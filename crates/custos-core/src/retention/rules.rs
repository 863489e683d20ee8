//! Retention rules: which status is due which action after how long, and a preview of
//! what a changed rule would flag.

use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::warnings::compute_warnings;
use super::{Period, Retention, RetentionAction};
use crate::audit::{Action, Target};
use crate::contacts::LifecycleStatus;
use crate::error::{Error, Result};
use crate::purposes::PurposeId;

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
        let what = self.action.describe();
        let why = match &self.purpose_name {
            Some(p) => format!("kept for '{p}'"),
            None => "rule for the status".to_owned(),
        };
        format!("{}: {what} {} after the last contact ({why})", self.status.code(), self.period.describe())
    }
}

/// What the audit records of a rule set or removed: its codes and numbers, for a front end to
/// word (entries written before recorded `describe`, the English of [`RetentionRule::describe`]).
fn audit_details(rule: &RetentionRule) -> serde_json::Value {
    serde_json::json!({
        "rule": rule.id,
        "status": rule.status,
        "action": rule.action,
        "period": rule.period,
        "purpose": rule.purpose_name,
    })
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

pub(super) fn load_rules(c: &rusqlite::Connection) -> Result<Vec<RetentionRule>> {
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

impl Retention<'_> {
    /// Every rule, by status and action.
    pub fn rules(&self) -> Result<Vec<RetentionRule>> {
        self.vault.read(load_rules)
    }

    /// Adds a rule, or changes the period of the rule for the same status, action and purpose.
    pub fn set_rule(&self, spec: RuleSpec) -> Result<RetentionRule> {
        self.vault.may(Action::RetentionRuleSet)?;
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
                    let id = w.next_id(crate::sync::ids::Table::RetentionRule)?;
                    w.tx.execute(
                        "INSERT INTO retention_rule (id, status, action, amount, unit, purpose_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                        params![id, spec.status, spec.action, spec.period.amount, spec.period.unit, spec.purpose_id],
                    )?;
                    id
                }
            };
            let rule = load_rules(&w.tx)?.into_iter().find(|r| r.id == id).ok_or_else(|| Error::not_found("retention rule", id))?;
            w.audit(Action::RetentionRuleSet, Target::Vault, audit_details(&rule))?;
            Ok(rule)
        })
    }

    /// Removes a rule.
    pub fn remove_rule(&self, id: i64) -> Result<()> {
        self.vault.may(Action::RetentionRuleRemoved)?;
        self.vault.write(|w| {
            let rule = load_rules(&w.tx)?
                .into_iter()
                .find(|r| r.id == id)
                .ok_or_else(|| Error::not_found("retention rule", id))?;
            w.tx.execute("DELETE FROM retention_rule WHERE id = ?1", [id])?;
            w.audit(Action::RetentionRuleRemoved, Target::Vault, audit_details(&rule))
        })
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
}
