//! Interactions: conversations with a contact (chat, e-mail, phone or meeting notes) and
//! their messages. Recording one moves the contact's `last_contact_at` forward.

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::audit::{Action, Target};
use crate::contacts::{ContactId, string_enum};
use crate::error::{Error, Result, Why};
use crate::ts::{self, StoredTime, Ts};
use crate::vault::Vault;

pub type ConversationId = i64;
pub type MessageId = i64;

string_enum!(
    /// How a conversation happened.
    Channel ("channel") {
        Chat = "chat",
        Email = "email",
        Phone = "phone",
        Meeting = "meeting",
        Other = "other",
    }
);

string_enum!(
    /// How a conversation reached the vault.
    Origin ("origin") {
        Manual = "manual",
        WhatsApp = "whatsapp",
        Json = "json",
        Email = "email",
        Telegram = "telegram",
        Messenger = "messenger",
        WebChat = "web_chat",
    }
);

/// Who wrote a message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum Sender {
    /// The contact the conversation belongs to.
    Contact,
    /// Someone at the firm.
    Staff { name: String },
    /// Another named party (a third person: their data is theirs, Art. 15(4)).
    Other { name: String },
}

impl Sender {
    pub(crate) fn to_columns(&self) -> (&'static str, Option<&str>) {
        match self {
            Sender::Contact => ("contact", None),
            Sender::Staff { name } => ("staff", Some(name)),
            Sender::Other { name } => ("other", Some(name)),
        }
    }

    fn from_columns(kind: &str, name: Option<String>) -> Sender {
        match kind {
            "staff" => Sender::Staff { name: name.unwrap_or_default() },
            "other" => Sender::Other { name: name.unwrap_or_default() },
            _ => Sender::Contact,
        }
    }
}

/// A message to record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct NewMessage {
    pub at: DateTime<Utc>,
    pub sender: Sender,
    pub text: String,
}

/// A conversation to record. Start and end default to the first and last message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct NewConversation {
    pub channel: Channel,
    pub started_at: Option<DateTime<Utc>>,
    pub ended_at: Option<DateTime<Utc>>,
    pub external_ref: Option<String>,
    pub messages: Vec<NewMessage>,
}

/// A conversation as stored, without its messages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ConversationSummary {
    pub id: ConversationId,
    pub contact_id: ContactId,
    pub channel: Channel,
    pub started_at: DateTime<Utc>,
    pub ended_at: Option<DateTime<Utc>>,
    pub external_ref: Option<String>,
    /// An e-mail thread's subject or a chat's name, when the file gave one.
    pub title: Option<String>,
    pub origin: Origin,
    pub message_count: u64,
}

/// A stored message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Message {
    pub id: MessageId,
    pub at: DateTime<Utc>,
    pub sender: Sender,
    pub text: String,
    /// An e-mail's other addressees (To and Cc); empty for chats and conversations by hand.
    pub recipients: Vec<Addressee>,
    /// Files sent with it: names and sizes only (their contents are never stored).
    pub attachments: Vec<Attachment>,
}

string_enum!(
    /// Who an addressee of an e-mail is, in the conversation it is kept in: the contact it
    /// belongs to, someone at the firm, or another person (their data is theirs, Art. 15(4)).
    AddresseeRole ("addressee role") {
        Contact = "contact",
        Staff = "staff",
        Other = "other",
    }
);

/// Someone an e-mail was addressed to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Addressee {
    pub name: Option<String>,
    pub address: Option<String>,
    pub role: AddresseeRole,
}

impl Addressee {
    /// The addressee as a message's sender would be named: the contact, staff or another party
    /// (named by their name, else their address).
    pub fn as_sender(&self) -> Sender {
        let name = self.name.clone().or_else(|| self.address.clone()).unwrap_or_default();
        match self.role {
            AddresseeRole::Contact => Sender::Contact,
            AddresseeRole::Staff => Sender::Staff { name },
            AddresseeRole::Other => Sender::Other { name },
        }
    }
}

pub use crate::import::parsed::Attachment;

/// A message as it is written: what [`NewMessage`] has, and what an imported one brings besides.
pub(crate) struct StoredMessage<'a> {
    pub at: DateTime<Utc>,
    pub sender: &'a Sender,
    pub text: &'a str,
    pub external_id: Option<&'a str>,
    pub recipients: &'a [Addressee],
    pub attachments: &'a [Attachment],
}

/// Writes one message of conversation `conversation` with its attachments and its search-index
/// entry. Returns its id.
pub(crate) fn insert_message(
    tx: &rusqlite::Connection,
    conversation: ConversationId,
    m: &StoredMessage<'_>,
) -> Result<MessageId> {
    let (kind, name) = m.sender.to_columns();
    let recipients = if m.recipients.is_empty() { None } else { Some(serde_json::to_string(m.recipients)?) };
    let id = crate::sync::ids::next_id(tx, crate::sync::ids::Table::Message)?;
    let mut insert = tx.prepare_cached(
        "INSERT INTO message (id, conversation_id, sent_at, sender_kind, sender_name, body, external_id, recipients)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    insert.execute(params![id, conversation, Ts(m.at), kind, name, m.text, m.external_id, recipients])?;
    if !m.attachments.is_empty() {
        let mut attach = tx.prepare_cached(
            "INSERT INTO message_attachment (message_id, position, name, size) VALUES (?1, ?2, ?3, ?4)",
        )?;
        for (position, a) in m.attachments.iter().enumerate() {
            attach.execute(params![id, position as i64, a.name, i64::try_from(a.size).unwrap_or(i64::MAX)])?;
        }
    }
    if !m.text.trim().is_empty() {
        crate::search::index_message(tx, id, m.text)?;
    }
    Ok(id)
}

/// A conversation with its messages, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Conversation {
    #[serde(flatten)]
    pub summary: ConversationSummary,
    pub messages: Vec<Message>,
}

/// The conversations of a vault.
#[derive(Debug, Clone, Copy)]
pub struct Interactions<'v> {
    vault: &'v Vault,
}

impl Vault {
    pub fn interactions(&self) -> Interactions<'_> {
        Interactions { vault: self }
    }
}

fn validate(conv: &NewConversation) -> Result<()> {
    for (i, m) in conv.messages.iter().enumerate() {
        if m.text.trim().is_empty() {
            return Err(Error::invalid("messages", Why::MessageWithoutText { number: i + 1 }));
        }
        if let Sender::Staff { name } | Sender::Other { name } = &m.sender
            && !crate::names::is_name(name)
        {
            return Err(Error::invalid("messages", Why::MessageWithoutSender { number: i + 1 }));
        }
    }
    if conv.messages.is_empty() && conv.started_at.is_none() {
        return Err(Error::invalid("conversation", Why::ConversationEmpty {}));
    }
    for (field, t) in [("started_at", conv.started_at), ("ended_at", conv.ended_at)] {
        if let Some(t) = t {
            StoredTime::new(t).map_err(|e| e.for_field(field))?;
        }
    }
    for (i, m) in conv.messages.iter().enumerate() {
        StoredTime::new(m.at).map_err(|e| Error::invalid("messages", Why::message_time(i + 1, e)))?;
    }
    Ok(())
}

/// The conversation's start and end as stored: given, or else the first and last message (the
/// start, without either, now). Refused when it would end before it starts.
fn span(conv: &NewConversation, now: DateTime<Utc>) -> Result<(DateTime<Utc>, Option<DateTime<Utc>>)> {
    let first = conv.messages.iter().map(|m| m.at).min();
    let last = conv.messages.iter().map(|m| m.at).max();
    let started_at = conv.started_at.or(first).unwrap_or(now);
    let ended_at = conv.ended_at.or(last);
    if let Some(end) = ended_at
        && end < started_at
    {
        let field = if conv.ended_at.is_some() { "ended_at" } else { "started_at" };
        return Err(Error::invalid(
            field,
            Why::EndsBeforeStart { end: crate::ts::format(end), start: crate::ts::format(started_at) },
        ));
    }
    Ok((started_at, ended_at))
}

impl Interactions<'_> {
    /// Records a conversation by hand.
    pub fn add(&self, contact: ContactId, conv: NewConversation) -> Result<ConversationSummary> {
        self.record(contact, conv, Origin::Manual)
    }

    /// Records a conversation and its messages in one transaction: all or nothing.
    pub fn record(&self, contact: ContactId, conv: NewConversation, origin: Origin) -> Result<ConversationSummary> {
        self.record_with_progress(contact, conv, origin, &mut |_, _| {})
    }

    /// As [`Interactions::record`], calling `progress(messages_saved, total)` as it goes.
    pub fn record_with_progress(
        &self,
        contact: ContactId,
        conv: NewConversation,
        origin: Origin,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<ConversationSummary> {
        validate(&conv)?;
        let (started_at, ended_at) = span(&conv, self.vault.now())?;
        self.vault.write(|w| {
            crate::contacts::load_for_change(&w.tx, contact)?;
            let id = w.next_id(crate::sync::ids::Table::Conversation)?;
            w.tx.execute(
                "INSERT INTO conversation (id, contact_id, channel, started_at, ended_at, external_ref, origin, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![id, contact, conv.channel, Ts(started_at), ended_at.map(Ts), conv.external_ref, origin, w.now_ts()],
            )?;
            let total = conv.messages.len();
            for (i, m) in conv.messages.iter().enumerate() {
                let stored = StoredMessage {
                    at: m.at,
                    sender: &m.sender,
                    text: &m.text,
                    external_id: None,
                    recipients: &[],
                    attachments: &[],
                };
                insert_message(&w.tx, id, &stored)?;
                if (i + 1) % 100 == 0 || i + 1 == total {
                    progress(i + 1, total);
                }
            }
            crate::contacts::touch(w, contact, ended_at.unwrap_or(started_at).max(started_at))?;
            let action = if origin == Origin::Manual { Action::ConversationAdded } else { Action::TranscriptImported };
            w.audit(
                action,
                Target::Conversation(id),
                serde_json::json!({ "contact": contact, "messages": conv.messages.len(), "origin": origin }),
            )?;
            Ok(ConversationSummary {
                id,
                contact_id: contact,
                channel: conv.channel,
                started_at,
                ended_at,
                external_ref: conv.external_ref.clone(),
                title: None,
                origin,
                message_count: conv.messages.len() as u64,
            })
        })
    }

    /// A contact's conversations, newest first.
    pub fn for_contact(&self, contact: ContactId) -> Result<Vec<ConversationSummary>> {
        self.vault.read(|c| {
            crate::contacts::ensure_exists(c, contact)?;
            let mut stmt = c.prepare_cached(&format!(
                "{SUMMARY_SELECT} WHERE v.contact_id = ?1 ORDER BY v.started_at DESC, v.id DESC"
            ))?;
            crate::vault::rows(stmt.query_map([contact], summary_from_row)?)
        })
    }

    /// One conversation with all its messages.
    pub fn get(&self, id: ConversationId) -> Result<Conversation> {
        self.vault.read(|c| {
            let summary =
                c.query_row(&format!("{SUMMARY_SELECT} WHERE v.id = ?1"), [id], summary_from_row).optional()?;
            let Some(summary) = summary else { return Ok(Err(Error::not_found("conversation", id))) };
            let mut stmt = c.prepare_cached(
                "SELECT id, sent_at, sender_kind, sender_name, body, recipients,
                        EXISTS (SELECT 1 FROM message_attachment a WHERE a.message_id = message.id)
                 FROM message WHERE conversation_id = ?1 ORDER BY sent_at, id",
            )?;
            let mut attachments =
                c.prepare_cached("SELECT name, size FROM message_attachment WHERE message_id = ?1 ORDER BY position")?;
            let mut messages = Vec::new();
            let mut rows = stmt.query([id])?;
            while let Some(r) = rows.next()? {
                let id: MessageId = r.get(0)?;
                let recipients = match r.get::<_, Option<String>>(5)? {
                    Some(json) => serde_json::from_str(&json)?,
                    None => Vec::new(),
                };
                let attached = if r.get::<_, bool>(6)? {
                    attachments
                        .query_map([id], |a| {
                            Ok(Attachment { name: a.get(0)?, size: a.get::<_, i64>(1)?.max(0) as u64 })
                        })?
                        .collect::<rusqlite::Result<_>>()?
                } else {
                    Vec::new()
                };
                messages.push(Message {
                    id,
                    at: r.get::<_, Ts>(1)?.0,
                    sender: Sender::from_columns(&r.get::<_, String>(2)?, r.get(3)?),
                    text: r.get(4)?,
                    recipients,
                    attachments: attached,
                });
            }
            Ok(Ok(Conversation { summary, messages }))
        })?
    }
}

pub(crate) const SUMMARY_SELECT: &str =
    "SELECT v.id, v.contact_id, v.channel, v.started_at, v.ended_at, v.external_ref, v.origin,
        (SELECT count(*) FROM message m WHERE m.conversation_id = v.id), v.title
     FROM conversation v";

pub(crate) fn summary_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ConversationSummary> {
    Ok(ConversationSummary {
        id: r.get(0)?,
        contact_id: r.get(1)?,
        channel: r.get(2)?,
        started_at: r.get::<_, Ts>(3)?.0,
        ended_at: ts::opt(r.get(4)?),
        external_ref: r.get(5)?,
        title: r.get(8)?,
        origin: r.get(6)?,
        message_count: r.get::<_, i64>(7)? as u64,
    })
}
