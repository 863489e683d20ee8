//! Acting on retention warnings: deleting a contact's transcripts, and the clean-up of the
//! contacts the user confirmed (transcripts deleted, or erasure).

use rusqlite::params;
use serde::Serialize;

use super::{Retention, RetentionAction};
use crate::audit::{Action, Target};
use crate::contacts::ContactId;
use crate::error::{Error, Result, Why};

/// What deleting a contact's transcripts removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct TranscriptsDeleted {
    pub contact_id: ContactId,
    pub conversations: u64,
    pub messages: u64,
    pub note_kept: bool,
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
    /// The error's code ([`Error::code`]).
    pub code: String,
    /// Its reason and data ([`Error::reason`], [`Error::params`]), for a front end to word
    /// the failure in its language as it words the error.
    pub reason: Option<String>,
    pub params: std::collections::BTreeMap<String, crate::error::Param>,
    /// In English.
    pub message: String,
}

impl Retention<'_> {
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
                return Err(Error::refused(Why::NoTranscriptsToDelete { name: card.display_name.clone() }));
            }
            crate::erasure::delete_conversations(&w.tx, contact)?;
            if let Some(note) = note {
                let notes = match card.details.notes.as_deref() {
                    Some(old) => format!("{old}\n{note}"),
                    None => note.to_owned(),
                };
                w.tx.execute("UPDATE contact SET notes = ?2, updated_at = ?3 WHERE id = ?1", params![contact, notes, w.now_ts()])?;
                // The notes are now the firm's: undoing an import that filled them leaves them.
                w.tx.execute("DELETE FROM contact_import_fill WHERE contact_id = ?1 AND field = 'notes'", [contact])?;
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
                        reason: e.reason().map(str::to_owned),
                        params: e.params().into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
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
