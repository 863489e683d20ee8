//! Erasure (GDPR Art. 17): a person's identifying data leaves the vault for good.
//!
//! Removed: the name (the card becomes "Erased contact #id"), given and family name, job title,
//! every contact point (e-mail addresses, phone numbers, postal addresses), tags (and a tag no
//! other card has), notes,
//! the sensitive-field marks, every conversation and message, their search-index entries,
//! consent and objection evidence references (they can name the person), the restriction
//! reason, a retention hold's reason, the requester's own words in their requests (name,
//! contact point, free text, reasons), and the details of audit entries that held their data
//! (a rectification's previous values, restriction reasons, a request's reasons and actions). Kept, as non-identifying business facts: the contact id,
//! lifecycle status, kind of source, when the card was created and last contacted, and the
//! consent and objection history (what, when, how — without evidence), and their requests
//! (type, dates, status, the audit entries of what was done).
//!
//! Nothing stays readable in the file: SQLCipher's `secure_delete` zeroes freed space and
//! pages, the search index runs in FTS5 `secure-delete` mode (no stale index segments), and
//! the write-ahead log is checkpointed and truncated right after the erasure commits. The
//! audit keeps that the erasure happened, when and by whom, and which entries it redacted.

use chrono::{DateTime, Utc};
use rusqlite::params;
use serde::Serialize;

use crate::audit::{Action, Target};
use crate::contacts::ContactId;
use crate::error::Result;
use crate::vault::Vault;

/// What an erasure removed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Erasure {
    pub contact_id: ContactId,
    pub erased_at: DateTime<Utc>,
    pub conversations: u64,
    pub messages: u64,
    pub evidence_cleared: u64,
    pub audit_entries_redacted: u64,
    /// The write-ahead log was emptied at once (false only if another program held the
    /// vault open; it is emptied when the vault is next locked).
    pub log_emptied: bool,
    /// Erasure cannot reach into backups already made: until this moment (when the last of
    /// them rotates out) older backups still hold the erased data. `None`: no backup holds it.
    pub backups_hold_until: Option<DateTime<Utc>>,
}

impl Vault {
    /// Erases a contact's identifying data. Refused while the contact is restricted (their
    /// data may be needed for a legal claim): lift the restriction first.
    pub fn erase(&self, id: ContactId) -> Result<Erasure> {
        let backups_hold_until = self.backups_hold_until_at_most()?;
        let mut erasure = self.write(|w| {
            let contact = crate::contacts::load_for_change(&w.tx, id)?;
            let (conversations, messages): (i64, i64) = w.tx.query_row(
                "SELECT count(DISTINCT v.id), count(m.id) FROM conversation v LEFT JOIN message m ON m.conversation_id = v.id
                 WHERE v.contact_id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            remove_personal_rows(&w.tx, id)?;
            let tombstone = format!("Erased contact #{id}");
            w.tx.execute(
                "UPDATE contact SET display_name = ?2, sort_key = ?3, given_name = NULL, family_name = NULL,
                    organisation = NULL, job_title = NULL, id_number = NULL, notes = NULL, source_detail = NULL, standing = 'erased',
                    restricted_at = NULL, restriction_reason = NULL, erased_at = ?4, updated_at = ?4
                 WHERE id = ?1",
                params![id, tombstone, crate::fold::fold(&tombstone), w.now_ts()],
            )?;
            let evidence = w.tx.execute(
                "UPDATE consent_event SET evidence_ref = NULL WHERE contact_id = ?1 AND evidence_ref IS NOT NULL",
                [id],
            )? + w.tx.execute(
                "UPDATE objection SET evidence_ref = NULL WHERE contact_id = ?1 AND evidence_ref IS NOT NULL",
                [id],
            )?;
            crate::requests::erase_for_contact(&w.tx, id)?;
            // In a team, a change from another seat kept aside for a person may hold them.
            crate::sync::apply::forget_problems_of_erased(&w.tx)?;
            let redacted = crate::audit::redact_contact(&w.tx, id)?;
            w.audit(
                Action::ContactErased,
                Target::Contact(id),
                serde_json::json!({
                    "status": contact.status,
                    "conversations": conversations,
                    "messages": messages,
                    "redacted_entries": redacted,
                    "backups_hold_until": backups_hold_until.map(crate::ts::format),
                }),
            )?;
            Ok(Erasure {
                contact_id: id,
                erased_at: w.now,
                conversations: conversations as u64,
                messages: messages as u64,
                evidence_cleared: evidence as u64,
                audit_entries_redacted: redacted.len() as u64,
                log_emptied: false,
                backups_hold_until,
            })
        })?;
        erasure.log_emptied = self.empty_write_ahead_log()?;
        Ok(erasure)
    }
}

/// Deletes the rows that hold a person's data beside their card: conversations and messages,
/// the search index's entries, sensitive marks, contact points, tags (and a tag no other card
/// has), import notes and retention holds. Also what a seat runs for a card erased on another
/// seat (docs/TEAM.md), before and after applying a change file.
pub(crate) fn remove_personal_rows(tx: &rusqlite::Transaction<'_>, id: ContactId) -> Result<()> {
    delete_conversations(tx, id)?;
    crate::search::unindex_contact(tx, id)?;
    tx.execute("DELETE FROM contact_sensitive_field WHERE contact_id = ?1", [id])?;
    tx.execute("DELETE FROM contact_point WHERE contact_id = ?1", [id])?;
    // A tag only this person had may say something about them: it goes too (and only such a
    // tag: a seat of a team deletes the same tags as every other seat).
    let tags: Vec<i64> = crate::vault::rows(
        tx.prepare_cached("SELECT tag_id FROM contact_tag WHERE contact_id = ?1")?.query_map([id], |r| r.get(0))?,
    )?;
    tx.execute("DELETE FROM contact_tag WHERE contact_id = ?1", [id])?;
    let mut orphan =
        tx.prepare_cached("DELETE FROM tag WHERE id = ?1 AND id NOT IN (SELECT tag_id FROM contact_tag)")?;
    for tag in tags {
        orphan.execute([tag])?;
    }
    tx.execute("DELETE FROM contact_import_fill WHERE contact_id = ?1", [id])?;
    tx.execute("DELETE FROM retention_hold WHERE contact_id = ?1", [id])?;
    Ok(())
}

/// On a card erased already (on this seat or another), takes away whatever of the person a
/// change from another seat brought back (docs/TEAM.md, "a contact erased on any seat"): the
/// rows [`remove_personal_rows`] deletes, the card's fields blanked as an erasure blanks them
/// (its erasure moment stays), evidence references, the requester's words and the audit
/// entries' details. Running it again changes nothing.
pub(crate) fn remove_residue(tx: &rusqlite::Transaction<'_>, id: ContactId) -> Result<()> {
    remove_personal_rows(tx, id)?;
    let tombstone = format!("Erased contact #{id}");
    tx.execute(
        "UPDATE contact SET display_name = ?2, sort_key = ?3, given_name = NULL, family_name = NULL,
            organisation = NULL, job_title = NULL, id_number = NULL, notes = NULL, source_detail = NULL,
            restricted_at = NULL, restriction_reason = NULL
         WHERE id = ?1 AND standing = 'erased' AND (display_name IS NOT ?2 OR sort_key IS NOT ?3 OR given_name IS NOT NULL
            OR family_name IS NOT NULL OR organisation IS NOT NULL OR job_title IS NOT NULL OR id_number IS NOT NULL
            OR notes IS NOT NULL OR source_detail IS NOT NULL OR restricted_at IS NOT NULL OR restriction_reason IS NOT NULL)",
        params![id, tombstone, crate::fold::fold(&tombstone)],
    )?;
    tx.execute(
        "UPDATE consent_event SET evidence_ref = NULL WHERE contact_id = ?1 AND evidence_ref IS NOT NULL",
        [id],
    )?;
    tx.execute("UPDATE objection SET evidence_ref = NULL WHERE contact_id = ?1 AND evidence_ref IS NOT NULL", [id])?;
    crate::requests::erase_for_contact(tx, id)?;
    crate::audit::redact_contact(tx, id)?;
    Ok(())
}

/// Deletes a contact's conversations, their messages and the messages' index entries.
pub(crate) fn delete_conversations(tx: &rusqlite::Transaction<'_>, contact: ContactId) -> Result<()> {
    tx.execute(
        "DELETE FROM search_fts WHERE rowid IN
           (SELECT m.id FROM message m JOIN conversation v ON v.id = m.conversation_id WHERE v.contact_id = ?1)",
        [contact],
    )?;
    tx.execute(
        "DELETE FROM message_attachment WHERE message_id IN
           (SELECT m.id FROM message m JOIN conversation v ON v.id = m.conversation_id WHERE v.contact_id = ?1)",
        [contact],
    )?;
    tx.execute(
        "DELETE FROM message WHERE conversation_id IN (SELECT id FROM conversation WHERE contact_id = ?1)",
        [contact],
    )?;
    tx.execute("DELETE FROM conversation WHERE contact_id = ?1", [contact])?;
    Ok(())
}
