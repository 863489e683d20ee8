//! Chat exports turned into conversations: WhatsApp's "Export chat" text and Custos's own
//! JSON transcript format (docs/formats/transcript-json.md). Parsing is pure; the result is
//! recorded in one transaction, so a broken file imports nothing.

pub mod json;
pub mod whatsapp;

use chrono::{FixedOffset, Offset, Utc};

use crate::contacts::ContactId;
use crate::error::{Error, Result};
use crate::fold::fold;
use crate::interactions::{Channel, ConversationSummary, NewConversation, NewMessage, Origin, Sender};
use crate::vault::Vault;

/// The format of a chat export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    WhatsApp,
    Json,
}

impl ExportFormat {
    /// Guesses the format from the first non-blank character: `{` is JSON.
    pub fn detect(text: &str) -> ExportFormat {
        match text.trim_start_matches('\u{feff}').trim_start().chars().next() {
            Some('{') => ExportFormat::Json,
            _ => ExportFormat::WhatsApp,
        }
    }
}

/// How to read a WhatsApp export, whose times carry no zone and whose senders are names.
#[derive(Debug, Clone)]
pub struct WhatsAppOptions {
    /// The zone the exporting phone was in.
    pub utc_offset: FixedOffset,
    /// The sender name that is the contact; by default the one matching the card's name.
    pub contact_sender: Option<String>,
    /// Sender names that are the firm's staff; by default, when exactly one other person
    /// wrote, that person.
    pub staff_senders: Vec<String>,
}

impl Default for WhatsAppOptions {
    fn default() -> Self {
        WhatsAppOptions { utc_offset: Utc.fix(), contact_sender: None, staff_senders: Vec::new() }
    }
}

impl Vault {
    /// Imports a chat export for `contact`. Either every message is recorded or none is.
    pub fn import_transcript(
        &self,
        contact: ContactId,
        text: &str,
        options: &WhatsAppOptions,
    ) -> Result<ConversationSummary> {
        self.import_transcript_with_progress(contact, text, options, &mut |_, _| {})
    }

    /// As [`Vault::import_transcript`], calling `progress(messages_saved, total)` as it goes.
    pub fn import_transcript_with_progress(
        &self,
        contact: ContactId,
        text: &str,
        options: &WhatsAppOptions,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<ConversationSummary> {
        match ExportFormat::detect(text) {
            ExportFormat::Json => {
                let conv = json::parse(text)?;
                self.interactions().record_with_progress(contact, conv, Origin::Json, progress)
            }
            ExportFormat::WhatsApp => {
                let chat = whatsapp::parse(text, options.utc_offset)?;
                let display_name = self.contacts().get(contact)?.display_name;
                let conv = assign_senders(chat, &display_name, options)?;
                self.interactions().record_with_progress(contact, conv, Origin::WhatsApp, progress)
            }
        }
    }
}

/// Decides who each WhatsApp author is: the contact, staff, or another named party.
fn assign_senders(chat: whatsapp::Chat, display_name: &str, options: &WhatsAppOptions) -> Result<NewConversation> {
    let authors = chat.authors();
    let contact_name = match &options.contact_sender {
        Some(name) => {
            if !authors.iter().any(|a| a == name) {
                return Err(Error::invalid(
                    "contact_sender",
                    format!("'{name}' wrote nothing in this chat; the senders are: {}", authors.join(", ")),
                ));
            }
            Some(name.clone())
        }
        None => authors.iter().find(|a| fold(a) == fold(display_name)).cloned(),
    };
    let Some(contact_name) = contact_name else {
        return Err(Error::invalid(
            "contact_sender",
            format!(
                "none of the senders ({}) is named like the contact '{display_name}': say which one is the contact",
                authors.join(", ")
            ),
        ));
    };
    let others: Vec<&String> = authors.iter().filter(|a| **a != contact_name).collect();
    let staff: Vec<String> = if options.staff_senders.is_empty() && others.len() == 1 {
        vec![others[0].clone()]
    } else {
        options.staff_senders.clone()
    };
    let messages = chat
        .messages
        .into_iter()
        .map(|m| {
            let sender = if m.author == contact_name {
                Sender::Contact
            } else if staff.contains(&m.author) {
                Sender::Staff { name: m.author }
            } else {
                Sender::Other { name: m.author }
            };
            NewMessage { at: m.at, sender, text: m.text }
        })
        .collect();
    Ok(NewConversation { channel: Channel::Chat, started_at: None, ended_at: None, external_ref: None, messages })
}
