//! Operators and their roles: who works in the vault and what each may do.
//!
//! Every operator has a key slot of their own (their passphrase opens the vault's data key,
//! see `vault::slots`) and a record in the vault: name, role, whether they must choose their
//! own passphrase first. The role is the rulebook's, enforced here and in every write, never
//! in a front end:
//!
//! - **owner**: everything;
//! - **clerk**: contacts, conversations, consents, requests and their documents, rights actions
//!   on a request; no bulk exports, no changes to purposes, retention rules, the company
//!   profile, the calendar or operators; erasure only of a contact a logged erasure request
//!   is open for;
//! - **read-only**: looks up and searches; every reveal is audited.
//!
//! Architecture invariant: every audited action is classified in [`Role::may`] (an exhaustive
//! match: a new action does not compile until it is), and [`crate::vault::Write::audit`] checks
//! it, so a write a role may not make is rolled back even if its method forgot to ask first.

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use crate::audit::{Action, Target};
use crate::error::{Error, Result};
use crate::vault::{Passphrase, Vault};
use crate::why::Why;

crate::contacts::string_enum!(
    /// What an operator may do.
    Role ("role") {
        Owner = "owner",
        Clerk = "clerk",
        ReadOnly = "read_only",
    }
);

impl Role {
    /// Whether this role may make a change recorded as `action`.
    /// (An erasure by a clerk also needs an open erasure request for the contact.)
    pub fn may(self, action: Action) -> bool {
        self.rank() >= Role::required_for(action).0.rank()
    }

    /// The least role that may make a change recorded as `action`, and whether a clerk needs
    /// an open erasure request for it.
    fn required_for(action: Action) -> (Role, bool) {
        use Action::*;
        let role = match action {
            // Anybody: their own passphrase, the automatic backup and its rotation (the app makes
            // them for whoever works), a reveal (audited), a new seat's first entry (whoever was
            // invited to it).
            PassphraseChanged | BackupCreated | BackupsRotated | SensitiveRevealed | TeamJoined | TeamSeatKey => {
                Role::ReadOnly
            }
            // The daily work of a clerk.
            ContactCreated
            | ContactUpdated
            | ConversationAdded
            | TranscriptImported
            | ConsentGiven
            | ConsentConfirmed
            | ConsentWithdrawn
            | ConsentExpired
            | ContactRestricted
            | RestrictionLifted
            | ObjectionRecorded
            | RetentionKept
            | RequestOpened
            | RequestMatched
            | RequestIdentityChecked
            | RequestExtended
            | RequestActionRecorded
            | RequestClosed
            | RequestRefused
            | AccessReportGenerated
            | RequestLetterGenerated
            | ContactsImported
            | ImportUndone
            | ContactsMerged => Role::Clerk,
            ContactErased => return (Role::Clerk, true),
            // The firm's settings, bulk exports, clean-ups and the vault itself.
            VaultCreated
            | Restored
            | PurposeCreated
            | PurposeUpdated
            | CompanyProfileUpdated
            | AudienceExported
            | RetentionRuleSet
            | RetentionRuleRemoved
            | TranscriptsDeleted
            | ClosureDayAdded
            | ClosureDayRemoved
            | BackupFolderChosen
            | ContactsExported
            | OperatorAdded
            | OperatorRoleChanged
            | OperatorReset
            | OperatorRemoved
            | VaultRekeyed
            | RecoveryKitMade
            | DataKeyRevealed
            | TeamCreated
            | TeamInvited
            | TeamProblemDismissed
            | TeamSeatRemoved => Role::Owner,
            // Recovery is for an owner; the conversion names the owner it makes.
            RecoveryUsed | KeySlotsCreated => Role::Owner,
        };
        (role, false)
    }

    fn rank(self) -> u8 {
        match self {
            Role::ReadOnly => 0,
            Role::Clerk => 1,
            Role::Owner => 2,
        }
    }
}

/// The authenticated operator of an open vault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Me {
    /// The operator's record (None only in a benchmark's plaintext copy).
    pub id: Option<i64>,
    pub slot: Option<String>,
    pub name: String,
    pub role: Role,
    pub must_change_passphrase: bool,
}

/// An operator as Settings → Operators lists them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Operator {
    pub id: i64,
    pub name: String,
    pub role: Role,
    /// They have not yet chosen their own passphrase (a first one, or one an owner reset).
    pub must_change_passphrase: bool,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub added_at: DateTime<Utc>,
    pub added_by: Option<String>,
    /// This is the operator working now.
    pub is_me: bool,
}

/// What the operator working now may do, for a front end that shows only what is allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Permissions {
    pub role: Role,
    /// Add, change or remove contacts, conversations, consents and requests.
    pub edit: bool,
    /// Export the address book or a purpose's audience.
    pub export: bool,
    /// Change purposes, retention rules, the company profile, the calendar, backups' folder.
    pub settings: bool,
    /// Add, change and remove operators; recovery kits; re-key; reveal the data key.
    pub operators: bool,
    /// Erase a contact with no open erasure request.
    pub erase_without_request: bool,
    /// Generate access reports and letters.
    pub documents: bool,
    /// Make a team of the vault, invite other computers, dismiss what a sync kept aside.
    pub team: bool,
}

impl Permissions {
    pub(crate) fn of(role: Role) -> Permissions {
        Permissions {
            role,
            edit: role.may(Action::ContactUpdated),
            export: role.may(Action::ContactsExported),
            settings: role.may(Action::PurposeUpdated),
            operators: role.may(Action::OperatorAdded),
            erase_without_request: role == Role::Owner,
            documents: role.may(Action::AccessReportGenerated),
            team: role.may(Action::TeamInvited),
        }
    }
}

/// Checks that `role` may make a change recorded as `action` on `target`, inside the
/// transaction `tx`: the rule every audited write passes.
pub(crate) fn check(tx: &rusqlite::Connection, role: Role, action: Action, target: &Target) -> Result<()> {
    let (needs, on_request) = Role::required_for(action);
    if role.rank() >= needs.rank() && !(on_request && role != Role::Owner) {
        return Ok(());
    }
    if on_request && role == Role::Clerk {
        if let Target::Contact(id) = target
            && has_open_erasure_request(tx, *id)?
        {
            return Ok(());
        }
        return Err(Error::NotPermitted { action: action.code(), role, needs: Role::Owner, on_request: true });
    }
    Err(Error::NotPermitted { action: action.code(), role, needs, on_request })
}

fn has_open_erasure_request(tx: &rusqlite::Connection, contact: i64) -> Result<bool> {
    Ok(tx
        .query_row(
            "SELECT 1 FROM request WHERE contact_id = ?1 AND kind = 'erasure' AND status NOT IN ('done', 'refused') LIMIT 1",
            [contact],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

/// Loads the operator whose key slot is `slot`.
pub(crate) fn me_by_slot(conn: &rusqlite::Connection, slot: &str) -> Result<Option<Me>> {
    conn.query_row(
        "SELECT id, name, role, must_change_passphrase FROM operator WHERE slot = ?1 AND removed_at IS NULL",
        [slot],
        |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, bool>(3)?)),
    )
    .optional()?
    .map(|(id, name, role, must)| -> Result<Me> {
        Ok(Me { id: Some(id), slot: Some(slot.to_owned()), name, role: role.parse()?, must_change_passphrase: must })
    })
    .transpose()
}

/// Adds an operator's record for `slot` (inside a write).
pub(crate) fn insert(
    tx: &rusqlite::Connection,
    slot: &str,
    name: &str,
    role: Role,
    must_change: bool,
    now: DateTime<Utc>,
    by: Option<&str>,
) -> Result<i64> {
    let taken: bool = tx
        .query_row(
            "SELECT 1 FROM operator WHERE name_folded = ?1 AND removed_at IS NULL",
            [crate::fold::fold(name)],
            |_| Ok(()),
        )
        .optional()?
        .is_some();
    if taken {
        return Err(Error::refused(Why::OperatorExists { name: name.to_owned() }));
    }
    let id = crate::sync::ids::next_id(tx, crate::sync::ids::Table::Operator)?;
    tx.execute(
        "INSERT INTO operator (slot, name, name_folded, role, must_change_passphrase, added_at, added_by, id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![slot, name, crate::fold::fold(name), role.code(), must_change, crate::ts::Ts(now), by, id],
    )?;
    Ok(id)
}

/// The working owners other than `except`.
pub(crate) fn other_owners(tx: &rusqlite::Connection, except: i64) -> Result<i64> {
    Ok(tx.query_row(
        "SELECT count(*) FROM operator WHERE role = 'owner' AND removed_at IS NULL AND id <> ?1",
        [except],
        |r| r.get(0),
    )?)
}

/// The one of `items` named `name`: the same name (case and accents ignored), else the only
/// one whose name starts with it as whole words ("anna" for "Anna Nowak").
pub(crate) fn pick<'a, T>(items: &'a [T], name_of: impl Fn(&T) -> &str, name: &str) -> Option<&'a T> {
    let folded = crate::fold::fold(name.trim());
    if folded.is_empty() {
        return None;
    }
    if let Some(same) = items.iter().find(|i| crate::fold::fold(name_of(i)) == folded) {
        return Some(same);
    }
    let starts = format!("{folded} ");
    let mut by_first_words = items.iter().filter(|i| crate::fold::fold(name_of(i)).starts_with(&starts));
    match (by_first_words.next(), by_first_words.next()) {
        (Some(only), None) => Some(only),
        _ => None,
    }
}

/// A name an operator may have: a person's name, at most 100 characters.
pub(crate) fn checked_name(name: &str) -> Result<String> {
    let name = name.trim();
    if !crate::names::is_name(name) || name.chars().count() > 100 {
        return Err(Error::invalid("name", Why::OperatorMissing {}));
    }
    Ok(name.to_owned())
}

impl Vault {
    /// The operators of this vault (working ones), in the order they were added.
    pub fn operators(&self) -> Result<Vec<Operator>> {
        let me = self.me().id;
        self.read(|c| {
            let mut stmt = c.prepare(
                "SELECT id, name, role, must_change_passphrase, added_at, added_by FROM operator
                 WHERE removed_at IS NULL ORDER BY id",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, bool>(3)?,
                    r.get::<_, crate::ts::Ts>(4)?,
                    r.get::<_, Option<String>>(5)?,
                ))
            })?;
            crate::vault::rows(rows)?
                .into_iter()
                .map(|(id, name, role, must, added, by)| {
                    Ok(Operator {
                        id,
                        name,
                        role: role.parse()?,
                        must_change_passphrase: must,
                        added_at: added.0,
                        added_by: by,
                        is_me: Some(id) == me,
                    })
                })
                .collect()
        })
    }

    /// The working operator named `name` (as [`pick`] matches names).
    pub fn find_operator(&self, name: &str) -> Result<Operator> {
        let operators = self.operators()?;
        pick(&operators, |o| o.name.as_str(), name).cloned().ok_or_else(|| {
            let names: Vec<&str> = operators.iter().map(|o| o.name.as_str()).collect();
            Error::refused(Why::OperatorUnknown { name: name.trim().to_owned(), operators: names.join(", ") })
        })
    }

    /// The role of the operator working now.
    pub fn role(&self) -> Role {
        self.me().role
    }

    /// What the operator working now may do.
    pub fn permissions(&self) -> Permissions {
        Permissions::of(self.role())
    }

    /// Refuses, before any work, what the operator working now may not do (an export, a
    /// document): the same rule the audit entry would be checked against.
    pub fn may(&self, action: Action) -> Result<()> {
        let (needs, on_request) = Role::required_for(action);
        let role = self.role();
        if role.rank() >= needs.rank() && !(on_request && role != Role::Owner) {
            return Ok(());
        }
        if on_request && role == Role::Clerk {
            // Decided per contact when the erasure is written.
            return Ok(());
        }
        Err(Error::NotPermitted { action: action.code(), role, needs, on_request })
    }

    /// Adds an operator with a first passphrase, which they must change at their first
    /// unlock. Owner only.
    pub fn add_operator(&self, name: &str, role: Role, first_passphrase: &Passphrase) -> Result<Operator> {
        self.may(Action::OperatorAdded)?;
        let name = checked_name(name)?;
        first_passphrase.check_new()?;
        let id = self.add_slot(&name, role, first_passphrase)?;
        self.operators()?
            .into_iter()
            .find(|o| o.id == id)
            .ok_or_else(|| Error::Internal("the operator just added is missing".into()))
    }

    /// Changes an operator's role. At least one owner always remains. Owner only.
    pub fn set_operator_role(&mut self, id: i64, role: Role) -> Result<()> {
        self.may(Action::OperatorRoleChanged)?;
        self.write(|w| {
            let (name, before): (String, String) =
                w.tx.query_row("SELECT name, role FROM operator WHERE id = ?1 AND removed_at IS NULL", [id], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })
                .optional()?
                .ok_or_else(|| Error::not_found("operator", id))?;
            if before == Role::Owner.code() && role != Role::Owner && other_owners(&w.tx, id)? == 0 {
                return Err(Error::refused(Why::LastOwner { name }));
            }
            w.tx.execute("UPDATE operator SET role = ?2 WHERE id = ?1", params![id, role.code()])?;
            w.audit(
                Action::OperatorRoleChanged,
                Target::Vault,
                serde_json::json!({ "operator": name, "from": before, "to": role.code() }),
            )
        })?;
        if self.me().id == Some(id) {
            self.set_my_role(role);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_are_ordered_and_every_action_has_one() {
        for action in crate::audit::Action::ALL {
            assert!(Role::Owner.may(*action), "{action:?}");
        }
        assert!(Role::Clerk.may(Action::ContactCreated));
        assert!(!Role::Clerk.may(Action::ContactsExported));
        assert!(!Role::Clerk.may(Action::AudienceExported));
        assert!(!Role::Clerk.may(Action::PurposeUpdated));
        assert!(!Role::Clerk.may(Action::OperatorAdded));
        assert!(Role::ReadOnly.may(Action::SensitiveRevealed));
        assert!(!Role::ReadOnly.may(Action::ContactCreated));
        assert!(!Role::ReadOnly.may(Action::AccessReportGenerated));
        assert!(Role::ReadOnly.may(Action::BackupsRotated), "automatic backups work for anybody");
    }

    #[test]
    fn a_name_picks_the_same_name_or_the_only_one_starting_with_it() {
        let names = ["Anna Nowak", "Ola (office)", "Ola Clerk", "Łucja Wróbel"];
        let pick = |n: &str| super::pick(&names, |s| s, n).copied();
        assert_eq!(pick("anna nowak"), Some("Anna Nowak"));
        assert_eq!(pick("ANNA"), Some("Anna Nowak"));
        assert_eq!(pick("lucja"), Some("Łucja Wróbel"), "accents ignored");
        assert_eq!(pick("ola"), None, "two start with it");
        assert_eq!(pick("ola clerk"), Some("Ola Clerk"));
        assert_eq!(pick("an"), None, "whole words only");
        assert_eq!(pick("  "), None);
    }
}
