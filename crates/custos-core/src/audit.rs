//! The audit log: every change and every export, with operator, time, action and target.
//!
//! Entries are hash-chained: each stores the SHA-256 of its own fields and of the previous
//! entry's hash, and the vault's metadata remembers the newest entry. [`Audit::verify`] finds
//! an edited entry (its hash no longer matches), a deleted one (a gap, or a broken link) and
//! a cut-off tail (the newest entry is not the one remembered). This is tamper *evidence*
//! against edits with ordinary tools; someone holding the passphrase and rewriting the whole
//! chain is outside what it can show.
//!
//! From schema 3 the hash covers the SHA-256 of an entry's details rather than the details
//! themselves, so erasing a person can blank details that held their data (a rectification's
//! previous values, a restriction's reason) and the chain still verifies: the erasure entry
//! lists the entries it redacted, and a redacted entry not listed there counts as edited.

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, Transaction, params};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::error::Result;
use crate::ts::Ts;
use crate::vault::Vault;

/// What was done. The string codes are stable: they are stored and shown in `--json`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    VaultCreated,
    PassphraseChanged,
    BackupCreated,
    Restored,
    ContactCreated,
    ContactUpdated,
    SensitiveRevealed,
    ConversationAdded,
    TranscriptImported,
    PurposeCreated,
    PurposeUpdated,
    ConsentGiven,
    ConsentConfirmed,
    ConsentWithdrawn,
    ConsentExpired,
    CompanyProfileUpdated,
    ContactRestricted,
    RestrictionLifted,
    ObjectionRecorded,
    ContactErased,
    AudienceExported,
    RetentionRuleSet,
    RetentionRuleRemoved,
    RetentionKept,
    TranscriptsDeleted,
    RequestOpened,
    RequestMatched,
    RequestIdentityChecked,
    RequestExtended,
    RequestActionRecorded,
    RequestClosed,
    RequestRefused,
    ClosureDayAdded,
    ClosureDayRemoved,
    /// An access report (Art. 15) or its portable export (Art. 20) was generated for a contact.
    AccessReportGenerated,
    /// A letter to the requester about a request (acknowledgement, extension, completion or
    /// refusal) was generated.
    RequestLetterGenerated,
    /// Rotation removed automatic backups the policy no longer keeps (the files are listed).
    BackupsRotated,
    /// The folder automatic backups go to was chosen (or set back to the default).
    BackupFolderChosen,
    /// An address-book file was imported (what came in, from where, what was skipped).
    ContactsImported,
    /// An import was undone: the cards and points it added were removed.
    ImportUndone,
    /// Two cards were merged into the kept one (the other's id and what moved).
    ContactsMerged,
    /// The address book (or a filtered part) was exported as vCard or CSV.
    ContactsExported,
    /// A vault made before key slots got them: its passphrase became its first owner's.
    KeySlotsCreated,
    /// An owner added an operator (name, role).
    OperatorAdded,
    /// An owner changed an operator's role.
    OperatorRoleChanged,
    /// An owner gave an operator a new first passphrase.
    OperatorReset,
    /// An owner removed an operator; the vault was re-keyed.
    OperatorRemoved,
    /// The vault was re-encrypted under a new data key (an operator removed, or a passphrase
    /// thought to have leaked).
    VaultRekeyed,
    /// A recovery kit was made; any older one stopped working.
    RecoveryKitMade,
    /// The recovery code opened the vault and an owner set a new passphrase.
    RecoveryUsed,
    /// An owner was shown the raw data key.
    DataKeyRevealed,
    /// An owner made a team of the vault: a team key, a shared folder (docs/TEAM.md).
    TeamCreated,
    /// An owner invited an operator to a new seat of the team (an invitation file).
    TeamInvited,
    /// This seat joined a team with an invitation (its first entry).
    TeamJoined,
    /// A person looked at a change another seat sent that could not be applied here and
    /// cleared it from the team's problems (docs/TEAM.md, "Status").
    TeamProblemDismissed,
    /// A seat of a team made before seat keys published its public key (docs/TEAM.md,
    /// "Removing a seat").
    TeamSeatKey,
    /// An owner removed a seat from the team; the team key was rotated.
    TeamSeatRemoved,
}

impl Action {
    pub fn code(self) -> &'static str {
        match self {
            Action::VaultCreated => "vault.created",
            Action::PassphraseChanged => "vault.passphrase_changed",
            Action::BackupCreated => "vault.backup_created",
            Action::Restored => "vault.restored",
            Action::ContactCreated => "contact.created",
            Action::ContactUpdated => "contact.updated",
            Action::SensitiveRevealed => "contact.sensitive_revealed",
            Action::ConversationAdded => "conversation.added",
            Action::TranscriptImported => "conversation.imported",
            Action::PurposeCreated => "purpose.created",
            Action::PurposeUpdated => "purpose.updated",
            Action::ConsentGiven => "consent.given",
            Action::ConsentConfirmed => "consent.confirmed",
            Action::ConsentWithdrawn => "consent.withdrawn",
            Action::ConsentExpired => "consent.expired",
            Action::CompanyProfileUpdated => "company_profile.updated",
            Action::ContactRestricted => "contact.restricted",
            Action::RestrictionLifted => "contact.restriction_lifted",
            Action::ObjectionRecorded => "objection.recorded",
            Action::ContactErased => "contact.erased",
            Action::AudienceExported => "purpose.audience_exported",
            Action::RetentionRuleSet => "retention.rule_set",
            Action::RetentionRuleRemoved => "retention.rule_removed",
            Action::RetentionKept => "retention.kept",
            Action::TranscriptsDeleted => "retention.transcripts_deleted",
            Action::RequestOpened => "request.opened",
            Action::RequestMatched => "request.matched",
            Action::RequestIdentityChecked => "request.identity_checked",
            Action::RequestExtended => "request.extended",
            Action::RequestActionRecorded => "request.action_recorded",
            Action::RequestClosed => "request.closed",
            Action::RequestRefused => "request.refused",
            Action::ClosureDayAdded => "calendar.closure_day_added",
            Action::ClosureDayRemoved => "calendar.closure_day_removed",
            Action::AccessReportGenerated => "document.access_report",
            Action::RequestLetterGenerated => "document.request_letter",
            Action::BackupsRotated => "vault.backups_rotated",
            Action::BackupFolderChosen => "vault.backup_folder_chosen",
            Action::ContactsImported => "contact.imported",
            Action::ImportUndone => "contact.import_undone",
            Action::ContactsMerged => "contact.merged",
            Action::ContactsExported => "contact.exported",
            Action::KeySlotsCreated => "vault.key_slots_created",
            Action::OperatorAdded => "operator.added",
            Action::OperatorRoleChanged => "operator.role_changed",
            Action::OperatorReset => "operator.reset",
            Action::OperatorRemoved => "operator.removed",
            Action::VaultRekeyed => "vault.rekeyed",
            Action::RecoveryKitMade => "vault.recovery_kit_made",
            Action::RecoveryUsed => "vault.recovery_used",
            Action::DataKeyRevealed => "vault.data_key_revealed",
            Action::TeamCreated => "vault.team_created",
            Action::TeamInvited => "vault.team_invited",
            Action::TeamJoined => "vault.team_joined",
            Action::TeamProblemDismissed => "vault.team_problem_dismissed",
            Action::TeamSeatKey => "vault.team_seat_key",
            Action::TeamSeatRemoved => "vault.team_seat_removed",
        }
    }

    /// Every action, for filters in front ends.
    pub const ALL: &'static [Action] = &[
        Action::VaultCreated,
        Action::PassphraseChanged,
        Action::BackupCreated,
        Action::Restored,
        Action::ContactCreated,
        Action::ContactUpdated,
        Action::SensitiveRevealed,
        Action::ConversationAdded,
        Action::TranscriptImported,
        Action::PurposeCreated,
        Action::PurposeUpdated,
        Action::ConsentGiven,
        Action::ConsentConfirmed,
        Action::ConsentWithdrawn,
        Action::ConsentExpired,
        Action::CompanyProfileUpdated,
        Action::ContactRestricted,
        Action::RestrictionLifted,
        Action::ObjectionRecorded,
        Action::ContactErased,
        Action::AudienceExported,
        Action::RetentionRuleSet,
        Action::RetentionRuleRemoved,
        Action::RetentionKept,
        Action::TranscriptsDeleted,
        Action::RequestOpened,
        Action::RequestMatched,
        Action::RequestIdentityChecked,
        Action::RequestExtended,
        Action::RequestActionRecorded,
        Action::RequestClosed,
        Action::RequestRefused,
        Action::ClosureDayAdded,
        Action::ClosureDayRemoved,
        Action::AccessReportGenerated,
        Action::RequestLetterGenerated,
        Action::BackupsRotated,
        Action::BackupFolderChosen,
        Action::ContactsImported,
        Action::ImportUndone,
        Action::ContactsMerged,
        Action::ContactsExported,
        Action::KeySlotsCreated,
        Action::OperatorAdded,
        Action::OperatorRoleChanged,
        Action::OperatorReset,
        Action::OperatorRemoved,
        Action::VaultRekeyed,
        Action::RecoveryKitMade,
        Action::RecoveryUsed,
        Action::DataKeyRevealed,
        Action::TeamCreated,
        Action::TeamInvited,
        Action::TeamJoined,
        Action::TeamProblemDismissed,
        Action::TeamSeatKey,
        Action::TeamSeatRemoved,
    ];

    /// Entries whose details may hold a person's data (previous values, free-text reasons):
    /// erasing the person redacts them. A request's entries hold free text (identity check,
    /// reasons, what was done) that may name the requester. An access report's entry is not
    /// here: it names the contact by id only, with the language and the file's SHA-256.
    pub(crate) const HOLDING_PERSONAL_DATA: &'static [Action] = &[
        Action::ContactUpdated,
        Action::ContactsMerged,
        Action::ContactRestricted,
        Action::RestrictionLifted,
        Action::RetentionKept,
        Action::RequestIdentityChecked,
        Action::RequestExtended,
        Action::RequestActionRecorded,
        Action::RequestClosed,
        Action::RequestRefused,
    ];
}

/// What an action was done to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Vault,
    Contact(i64),
    Conversation(i64),
    Purpose(i64),
    Company,
    /// A data subject's request not (yet) matched to a contact.
    Request(i64),
}

impl Target {
    fn kind(self) -> &'static str {
        match self {
            Target::Vault => "vault",
            Target::Contact(_) => "contact",
            Target::Conversation(_) => "conversation",
            Target::Purpose(_) => "purpose",
            Target::Company => "company",
            Target::Request(_) => "request",
        }
    }

    fn id(self) -> Option<String> {
        match self {
            Target::Contact(id) | Target::Conversation(id) | Target::Purpose(id) | Target::Request(id) => {
                Some(id.to_string())
            }
            Target::Vault | Target::Company => None,
        }
    }
}

/// One audit entry as stored.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct AuditEntry {
    pub id: i64,
    pub at: DateTime<Utc>,
    pub operator: String,
    pub action: String,
    pub target_kind: String,
    pub target_id: Option<String>,
    pub details: serde_json::Value,
    /// The details were blanked when the person they were about was erased.
    pub redacted: bool,
}

/// Which entries to list. Every filter is optional; they combine with AND.
#[derive(Debug, Clone, Default, Serialize, serde::Deserialize)]
#[serde(default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct AuditFilter {
    pub target_kind: Option<String>,
    pub target_id: Option<String>,
    /// Everything about one contact: their card, consents and conversations.
    pub contact: Option<i64>,
    pub action: Option<String>,
    /// First day included (UTC).
    pub from: Option<chrono::NaiveDate>,
    /// Last day included (UTC).
    pub to: Option<chrono::NaiveDate>,
    pub limit: Option<u32>,
}

/// What went wrong in the chain, and where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum ChainProblem {
    /// The entry's content no longer matches its hash.
    Edited { entry: i64 },
    /// Entries between `after` and `before` are missing.
    Missing { after: i64, before: i64 },
    /// The entry does not point at its predecessor's hash.
    BrokenLink { entry: i64 },
    /// The newest entries are gone: the log should end at `expected`.
    TailMissing { expected: i64, found: i64 },
}

/// The result of `verify`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ChainReport {
    pub ok: bool,
    pub entries_checked: u64,
    pub problems: Vec<ChainProblem>,
}

const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The stored fields of an entry that its hash covers.
struct Hashed<'a> {
    prev_hash: &'a str,
    id: i64,
    at: &'a str,
    operator: &'a str,
    action: &'a str,
    target_kind: &'a str,
    target_id: Option<&'a str>,
    /// The details themselves (entries before schema 3) or their digest.
    details: &'a str,
}

/// The SHA-256 of an entry's details, as stored in `details_digest`.
fn digest(details: &str) -> String {
    hex::encode(Sha256::digest(details.as_bytes()))
}

impl Hashed<'_> {
    /// SHA-256 over every field, each prefixed with its length so no two entries collide.
    fn hash(&self) -> String {
        let mut h = Sha256::new();
        let id = self.id.to_string();
        let fields = [
            self.prev_hash,
            &id,
            self.at,
            self.operator,
            self.action,
            self.target_kind,
            self.target_id.unwrap_or("\u{0}"),
            self.details,
        ];
        for part in fields {
            h.update((part.len() as u64).to_be_bytes());
            h.update(part.as_bytes());
        }
        hex::encode(h.finalize())
    }
}

/// Appends one entry inside the caller's transaction and moves the remembered head.
pub(crate) fn append(
    tx: &Transaction<'_>,
    now: DateTime<Utc>,
    operator: &str,
    action: Action,
    target: Target,
    details: serde_json::Value,
) -> Result<()> {
    // Each seat's chain runs through its own id range (docs/TEAM.md, "Audit").
    let id = crate::sync::ids::next_id(tx, crate::sync::ids::Table::AuditEntry)?;
    let prev_hash = match crate::sync::ids::last_id(tx, crate::sync::ids::Table::AuditEntry)? {
        Some(prev) => tx.query_row("SELECT hash FROM audit_entry WHERE id = ?1", [prev], |r| r.get(0))?,
        None => GENESIS.to_owned(),
    };
    let at = crate::ts::format(now);
    let details = details.to_string();
    let details_digest = digest(&details);
    let target_id = target.id();
    let hash = Hashed {
        prev_hash: &prev_hash,
        id,
        at: &at,
        operator,
        action: action.code(),
        target_kind: target.kind(),
        target_id: target_id.as_deref(),
        details: &details_digest,
    }
    .hash();
    tx.execute(
        "INSERT INTO audit_entry (id, at, operator, action, target_kind, target_id, details, details_digest, prev_hash, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![id, at, operator, action.code(), target.kind(), target_id, details, details_digest, prev_hash, hash],
    )?;
    tx.execute(
        "INSERT INTO vault_meta (key, value) VALUES ('audit_head', ?1)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [format!("{id}:{hash}")],
    )?;
    Ok(())
}

/// Blanks the details of `contact`'s entries that may hold their data; returns the ids blanked.
/// Runs inside the erasure's transaction, which then lists them in its own entry. Covers the
/// entries of their requests written before the request was matched to them, and the entries
/// about cards merged into theirs (the same person's data, under the merged card's id).
pub(crate) fn redact_contact(tx: &Transaction<'_>, contact: i64) -> Result<Vec<i64>> {
    let mut ids = Vec::new();
    let mut stmt = tx.prepare_cached(
        "SELECT id, details_digest FROM audit_entry INDEXED BY audit_by_target
         WHERE target_kind = ?3 AND target_id = ?1 AND action = ?2 AND redacted = 0",
    )?;
    let requests: Vec<i64> = crate::vault::rows(
        tx.prepare_cached("SELECT id FROM request WHERE contact_id = ?1")?.query_map([contact], |r| r.get(0))?,
    )?;
    let merged: Vec<i64> = crate::vault::rows(
        tx.prepare_cached("SELECT merged_id FROM contact_merge WHERE kept_id = ?1")?
            .query_map([contact], |r| r.get(0))?,
    )?;
    let targets = std::iter::once(Target::Contact(contact))
        .chain(merged.into_iter().map(Target::Contact))
        .chain(requests.into_iter().map(Target::Request));
    for target in targets {
        for action in Action::HOLDING_PERSONAL_DATA {
            let rows: Vec<(i64, Option<String>)> = crate::vault::rows(
                stmt.query_map(params![target.id(), action.code(), target.kind()], |r| Ok((r.get(0)?, r.get(1)?)))?,
            )?;
            for (id, digest) in rows {
                // Entries from before schema 3 cannot be blanked without breaking the chain; they
                // never held personal data (previous values and reasons arrived with schema 3).
                if digest.is_some() {
                    ids.push(id);
                }
            }
        }
    }
    ids.sort_unstable();
    let mut blank = tx.prepare_cached("UPDATE audit_entry SET details = ?2, redacted = 1 WHERE id = ?1")?;
    for id in &ids {
        blank.execute(params![id, REDACTED])?;
    }
    Ok(ids)
}

/// The actions that make up a card's history of changes.
const CARD_HISTORY: [Action; 2] = [Action::ContactUpdated, Action::ContactsMerged];

/// What a redacted entry's details read.
const REDACTED: &str = r#"{"redacted":"the person was erased"}"#;

/// Masks the previous values of sensitive fields in a rectification's details.
fn mask_previous(details: &mut serde_json::Value) {
    let masked: Vec<String> = details
        .get("masked")
        .and_then(|m| m.as_array())
        .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect())
        .unwrap_or_default();
    if let Some(previous) = details.get_mut("previous").and_then(|p| p.as_object_mut()) {
        for field in masked {
            match previous.get_mut(&field) {
                Some(serde_json::Value::String(v)) => *v = crate::contacts::mask(v),
                // A list: tags (text) or contact points (objects with a value).
                Some(serde_json::Value::Array(items)) => {
                    for item in items {
                        let value = match item {
                            serde_json::Value::Object(point) => point.get_mut("value"),
                            other => Some(other),
                        };
                        if let Some(serde_json::Value::String(v)) = value {
                            *v = crate::contacts::mask(v);
                        }
                    }
                }
                _ => {}
            }
        }
    }
}

/// The audit log of a vault.
#[derive(Debug, Clone, Copy)]
pub struct Audit<'v> {
    vault: &'v Vault,
}

impl Vault {
    pub fn audit(&self) -> Audit<'_> {
        Audit { vault: self }
    }
}

impl Audit<'_> {
    /// Records that an access report (Art. 15) or its portable export (Art. 20) about `contact`
    /// was generated. `details` must name nothing that identifies the person (the language,
    /// the format, the file's SHA-256): the entry is kept when the person is erased. Returns
    /// the entry's id, which a request's action can cite. An unknown contact is `not_found`.
    pub fn access_report(&self, contact: i64, details: serde_json::Value) -> Result<i64> {
        self.vault.write(|w| {
            crate::contacts::load(&w.tx, contact)?;
            w.audit(Action::AccessReportGenerated, Target::Contact(contact), details)?;
            Ok(w.tx.query_row("SELECT max(id) FROM audit_entry", [], |r| r.get(0))?)
        })
    }

    /// Records that a letter about request `request` was generated for the requester. The
    /// entry is about the request (target kind "request"); `details` must name nothing that
    /// identifies the person (the request's id, the kind of letter, the language, the file's
    /// SHA-256): the entry is kept when the person is erased. Returns the entry's id. An
    /// unknown request is `not_found`.
    pub fn request_letter(&self, request: i64, details: serde_json::Value) -> Result<i64> {
        self.vault.write(|w| {
            let known: Option<i64> =
                w.tx.query_row("SELECT id FROM request WHERE id = ?1", [request], |r| r.get(0)).optional()?;
            known.ok_or_else(|| crate::error::Error::not_found("request", request))?;
            w.audit(Action::RequestLetterGenerated, Target::Request(request), details)?;
            Ok(w.tx.query_row("SELECT max(id) FROM audit_entry", [], |r| r.get(0))?)
        })
    }

    /// A card's history of changes, newest first: its rectifications (`contact.updated`) and
    /// the cards merged into it (`contact.merged`), previous values of sensitive fields masked.
    pub fn card_history(&self, contact: i64, limit: u32) -> Result<Vec<AuditEntry>> {
        let mut entries = Vec::new();
        for action in CARD_HISTORY {
            let filter = AuditFilter {
                contact: Some(contact),
                action: Some(action.code().to_owned()),
                limit: Some(limit),
                ..Default::default()
            };
            entries.extend(self.list(&filter)?.into_iter().filter(|e| e.target_kind == "contact"));
        }
        entries.sort_by_key(|e| std::cmp::Reverse(e.id));
        entries.truncate(limit as usize);
        Ok(entries)
    }

    /// Newest first. Previous values of sensitive fields come masked.
    pub fn list(&self, filter: &AuditFilter) -> Result<Vec<AuditEntry>> {
        if let (Some(from), Some(to)) = (filter.from, filter.to)
            && from > to
        {
            return Err(crate::error::Error::invalid("from", crate::why::Why::FromAfterTo {}));
        }
        let from = filter.from.map(|d| crate::ts::format(d.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc()));
        let to = filter
            .to
            .and_then(|d| d.succ_opt())
            .map(|d| crate::ts::format(d.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc()));
        self.vault.read(|c| {
            let mut stmt = c.prepare_cached(
                "SELECT id, at, operator, action, target_kind, target_id, details, redacted FROM audit_entry
                 WHERE (?1 IS NULL OR target_kind = ?1) AND (?2 IS NULL OR target_id = ?2)
                   AND (?3 IS NULL OR action = ?3)
                   AND (?5 IS NULL OR at >= ?5) AND (?6 IS NULL OR at < ?6)
                   AND (?7 IS NULL OR (target_kind = 'contact' AND target_id = CAST(?7 AS TEXT))
                        OR (target_kind = 'conversation' AND json_extract(details, '$.contact') = ?7)
                        OR (target_kind = 'request'
                            AND target_id IN (SELECT CAST(id AS TEXT) FROM request WHERE contact_id = ?7)))
                 ORDER BY id DESC LIMIT ?4",
            )?;
            let limit = filter.limit.map(i64::from).unwrap_or(-1);
            let rows = stmt.query_map(
                params![filter.target_kind, filter.target_id, filter.action, limit, from, to, filter.contact],
                |r| {
                    let details: String = r.get(6)?;
                    let mut details = serde_json::from_str(&details).unwrap_or(serde_json::Value::String(details));
                    mask_previous(&mut details);
                    Ok(AuditEntry {
                        id: r.get(0)?,
                        at: r.get::<_, Ts>(1)?.0,
                        operator: r.get(2)?,
                        action: r.get(3)?,
                        target_kind: r.get(4)?,
                        target_id: r.get(5)?,
                        details,
                        redacted: r.get(7)?,
                    })
                },
            )?;
            crate::vault::rows(rows)
        })
    }

    /// Walks the whole chain and reports every edited, missing or unlinked entry.
    pub fn verify(&self) -> Result<ChainReport> {
        self.vault.read(|c| {
            let mut problems = Vec::new();
            let mut stmt = c.prepare(
                "SELECT id, at, operator, action, target_kind, target_id, details, prev_hash, hash,
                        details_digest, redacted
                 FROM audit_entry ORDER BY id",
            )?;
            // Redacted entries must be listed by a later erasure entry.
            let (mut redacted, mut listed) = (Vec::new(), std::collections::HashSet::new());
            let mut rows = stmt.query([])?;
            let (mut last_id, mut last_hash) = (0i64, GENESIS.to_owned());
            // Each seat's chain runs through its own id range (docs/TEAM.md, "Audit"); the
            // head in vault_meta is this seat's.
            use crate::sync::ids::{range_base, seat_of};
            let own_seat = crate::sync::ids::seat_index(c)?;
            let (mut own_id, mut own_hash) = (range_base(own_seat), GENESIS.to_owned());
            let mut checked = 0u64;
            while let Some(r) = rows.next()? {
                let id: i64 = r.get(0)?;
                if seat_of(id) != seat_of(last_id) {
                    (last_id, last_hash) = (range_base(seat_of(id)), GENESIS.to_owned());
                }
                let (at, operator, action, kind): (String, String, String, String) =
                    (r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?);
                let (target, details, prev_hash, hash): (Option<String>, String, String, String) =
                    (r.get(5)?, r.get(6)?, r.get(7)?, r.get(8)?);
                if id != last_id + 1 {
                    problems.push(ChainProblem::Missing { after: last_id, before: id });
                } else if prev_hash != last_hash {
                    problems.push(ChainProblem::BrokenLink { entry: id });
                }
                let (details_digest, is_redacted): (Option<String>, bool) = (r.get(9)?, r.get(10)?);
                let stored = Hashed {
                    prev_hash: &prev_hash,
                    id,
                    at: &at,
                    operator: &operator,
                    action: &action,
                    target_kind: &kind,
                    target_id: target.as_deref(),
                    details: details_digest.as_deref().unwrap_or(&details),
                };
                let details_match = match &details_digest {
                    Some(d) if !is_redacted => digest(&details) == *d,
                    Some(_) => {
                        redacted.push(id);
                        true
                    }
                    None => !is_redacted,
                };
                if stored.hash() != hash || !details_match {
                    problems.push(ChainProblem::Edited { entry: id });
                }
                if action == Action::ContactErased.code()
                    && let Ok(v) = serde_json::from_str::<serde_json::Value>(&details)
                    && let Some(ids) = v.get("redacted_entries").and_then(|a| a.as_array())
                {
                    listed.extend(ids.iter().filter_map(|i| i.as_i64()));
                }
                checked += 1;
                if seat_of(id) == own_seat {
                    (own_id, own_hash) = (id, hash.clone());
                }
                last_id = id;
                last_hash = hash;
            }
            // In a team, a seat that applies an erasure from another seat, or an entry about
            // a person erased already, redacts entries no erasure entry lists (docs/TEAM.md,
            // "Audit"): those are in order when they are about a person erased here.
            let about_erased: std::collections::HashSet<i64> = crate::vault::rows(
                c.prepare(
                    "SELECT a.id FROM audit_entry a WHERE a.redacted = 1 AND (
                       (a.target_kind = 'contact' AND (
                          CAST(a.target_id AS INTEGER) IN (SELECT id FROM contact WHERE standing = 'erased')
                          OR CAST(a.target_id AS INTEGER) IN (SELECT m.merged_id FROM contact_merge m
                               JOIN contact k ON k.id = m.kept_id WHERE k.standing = 'erased')))
                       OR (a.target_kind = 'request' AND CAST(a.target_id AS INTEGER) IN (SELECT r.id FROM request r
                               JOIN contact k ON k.id = r.contact_id WHERE k.standing = 'erased')))",
                )?
                .query_map([], |r| r.get(0))?,
            )?
            .into_iter()
            .collect();
            for id in redacted.into_iter().filter(|id| !listed.contains(id) && !about_erased.contains(id)) {
                problems.push(ChainProblem::Edited { entry: id });
            }
            let head: Option<String> =
                c.query_row("SELECT value FROM vault_meta WHERE key = 'audit_head'", [], |r| r.get(0)).optional()?;
            if let Some(head) = head.filter(|h| *h != format!("{own_id}:{own_hash}")) {
                let expected = head.split(':').next().and_then(|n| n.parse::<i64>().ok()).unwrap_or(0);
                let problem = if expected > own_id {
                    ChainProblem::TailMissing { expected, found: own_id }
                } else {
                    ChainProblem::Edited { entry: own_id }
                };
                if !problems.contains(&problem) {
                    problems.push(problem);
                }
            }
            Ok(ChainReport { ok: problems.is_empty(), entries_checked: checked, problems })
        })
    }
}
