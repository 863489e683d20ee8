//! `custos transcript …`: conversations recorded by hand or imported from chat exports.

use custos_core::import::WhatsAppOptions;
use custos_core::import::sources::{self, ConversationFormat};
use custos_core::interactions::{Channel, NewConversation, NewMessage, Sender};

use crate::args::*;
use crate::error::CliResult;
use crate::input::{self, parse_time};
use crate::output::{self, pad, say, when};

use super::Ctx;

pub(super) fn transcript(ctx: &Ctx, cmd: TranscriptCmd) -> CliResult {
    match cmd {
        TranscriptCmd::Add { contact, channel, at, ended, external_ref, messages } => {
            let channel: Channel = channel.parse()?;
            let at = at.as_deref().map(parse_time).transpose()?;
            let ended_at = ended.as_deref().map(parse_time).transpose()?;
            let parsed = messages.iter().map(|m| input::parse_message(m)).collect::<CliResult<Vec<_>>>()?;
            let vault = ctx.open()?;
            let time = at.unwrap_or_else(|| vault.now());
            let conv = NewConversation {
                channel,
                started_at: Some(time),
                ended_at,
                external_ref,
                messages: parsed.into_iter().map(|(sender, text)| NewMessage { at: time, sender, text }).collect(),
            };
            let summary = vault.interactions().add(contact, conv)?;
            if ctx.json {
                return output::json(&summary);
            }
            say!("Recorded conversation {} with {} message(s).", summary.id, summary.message_count);
            Ok(())
        }
        TranscriptCmd::Import { contact, file, format, contact_sender, staff, utc_offset } => {
            let format = match format.as_deref() {
                Some(f) => f.parse::<ConversationFormat>()?,
                None => sources::detect(&file, &sources::head(&file)?),
            };
            if format.matches_people() {
                let request = super::conversations::Request {
                    files: vec![file],
                    format: Some(format.code().to_owned()),
                    map: Vec::new(),
                    utc_offset,
                    attach: Vec::new(),
                    lead: Vec::new(),
                    staff: Vec::new(),
                    dry_run: false,
                };
                return super::conversations::import(ctx, request, Some(contact));
            }
            let text = custos_core::import::read_export(&file)?;
            let options = WhatsAppOptions {
                utc_offset: utc_offset
                    .as_deref()
                    .map(input::parse_offset)
                    .transpose()?
                    .unwrap_or_else(input::local_offset),
                contact_sender,
                staff_senders: staff,
            };
            let vault = ctx.open()?;
            let summary = vault.import_transcript(contact, &text, &options)?;
            if ctx.json {
                return output::json(&summary);
            }
            say!(
                "Imported {} message(s) from {} as conversation {}.",
                summary.message_count,
                file.display(),
                summary.id
            );
            Ok(())
        }
        TranscriptCmd::List { contact } => {
            let list = ctx.open()?.interactions().for_contact(contact)?;
            if ctx.json {
                return output::json(&list);
            }
            if list.is_empty() {
                say!(
                    "No conversations. Add one with `custos transcript add {contact} -m \"contact: …\"` or import a chat export."
                );
            }
            for v in &list {
                say!(
                    "#{}  {}  {}  {} messages  {}",
                    v.id,
                    when(v.started_at),
                    pad(v.channel.code(), 8),
                    v.message_count,
                    v.external_ref.as_deref().unwrap_or("")
                );
            }
            Ok(())
        }
        TranscriptCmd::Show { id } => {
            let conv = ctx.open()?.interactions().get(id)?;
            if ctx.json {
                return output::json(&conv);
            }
            say!("Conversation #{} ({}), {}", conv.summary.id, conv.summary.channel, when(conv.summary.started_at));
            for m in &conv.messages {
                let who = match &m.sender {
                    Sender::Contact => "contact".to_owned(),
                    Sender::Staff { name } => format!("{name} (staff)"),
                    Sender::Other { name } => name.clone(),
                };
                say!("[{}] {who}: {}", when(m.at), m.text);
            }
            Ok(())
        }
    }
}
