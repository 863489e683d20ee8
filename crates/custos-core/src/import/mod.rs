//! Chat exports turned into conversations: WhatsApp's "Export chat" text and Custos's own
//! JSON transcript format (docs/formats/transcript-json.md). Parsing is pure; the result is
//! recorded in one transaction, so a broken file imports nothing.

mod chat_json;
pub mod conversations;
pub mod email;
pub mod json;
pub mod messenger;
pub mod parsed;
pub mod people;
pub mod sources;
pub mod telegram;
pub mod web_chat;
pub mod whatsapp;

use chrono::{FixedOffset, Offset, Utc};

use crate::contacts::ContactId;
use crate::error::{Error, Result};
use crate::fold::fold;
use crate::interactions::{Channel, ConversationSummary, NewConversation, NewMessage, Origin, Sender};
use crate::vault::Vault;
use crate::why::{Byte, ImportWhy, Place};

/// Reads a chat export from `path`: a regular file of at most [`crate::files::MAX_IMPORT_BYTES`],
/// decoded by [`decode`].
pub fn read_export(path: &std::path::Path) -> Result<String> {
    decode(crate::files::read_regular(path, crate::files::MAX_IMPORT_BYTES)?)
}

/// The text of an export: UTF-8, with or without a byte-order mark, or UTF-16 (little or big
/// endian) with its byte-order mark or, without one, when the first character is plain ASCII.
/// Bytes that are not text in that encoding are refused with the line and byte they are at.
pub fn decode(bytes: Vec<u8>) -> Result<String> {
    match decode_unicode(bytes)? {
        Unicode::Text { text, .. } => Ok(text),
        Unicode::NotUtf8(bytes) => Err(not_utf8(&bytes, 0)),
    }
}

/// What [`decode_unicode`] made of some bytes.
#[derive(Debug)]
pub(crate) enum Unicode {
    /// The text, and whether it was UTF-16 (`Some(big_endian)`) or UTF-8.
    Text { text: String, utf16: Option<bool> },
    /// No byte-order mark and not UTF-8: the bytes, given back whole, for a reader that knows
    /// other encodings (the CSV importer) or to be refused (`decode`).
    NotUtf8(Vec<u8>),
}

/// [`decode`]'s rules, except that bytes without a byte-order mark that are not UTF-8 are given
/// back rather than refused. Text with a UTF-8 mark that is not UTF-8, and UTF-16 that breaks
/// off, are refused.
pub(crate) fn decode_unicode(mut bytes: Vec<u8>) -> Result<Unicode> {
    if let Some((big_endian, skipped)) = utf16_layout(&bytes) {
        let text = decode_utf16(&bytes, big_endian, skipped)?;
        return Ok(Unicode::Text { text, utf16: Some(big_endian) });
    }
    // Decoded in place: an export may be large, and is not copied.
    let bom = if bytes.starts_with(b"\xEF\xBB\xBF") { 3 } else { 0 };
    bytes.drain(..bom);
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Unicode::Text { text, utf16: None }),
        Err(e) if bom > 0 => Err(not_utf8(e.as_bytes(), bom)),
        Err(e) => Ok(Unicode::NotUtf8(e.into_bytes())),
    }
}

/// True when [`decode`] reads `bytes` as UTF-16 (a byte-order mark, or a plain first
/// character with a zero byte); otherwise they must be UTF-8. For parsers that read UTF-8
/// bytes themselves (a vCard's values may name their own character set).
pub fn is_utf16(bytes: &[u8]) -> bool {
    utf16_layout(bytes).is_some()
}

/// Whether `bytes` are UTF-16 and how: big endian, and the length of the byte-order mark.
fn utf16_layout(bytes: &[u8]) -> Option<(bool, usize)> {
    match bytes {
        [0xFF, 0xFE, ..] => Some((false, 2)),
        [0xFE, 0xFF, ..] => Some((true, 2)),
        [a, 0, ..] if a.is_ascii() && *a != 0 => Some((false, 0)),
        [0, b, ..] if b.is_ascii() && *b != 0 => Some((true, 0)),
        _ => None,
    }
}

/// The refusal of `body` (what follows a mark of `bom` bytes) as not UTF-8.
fn not_utf8(body: &[u8], bom: usize) -> Error {
    let at = std::str::from_utf8(body).err().map_or(body.len(), |e| e.valid_up_to());
    let line = 1 + body[..at].iter().filter(|&&b| b == b'\n').count();
    let byte = body.get(at).copied().unwrap_or(0);
    Error::import(line, ImportWhy::NotUtf8 { byte: Byte(byte), at: Place(bom + at + 1) })
}

/// The text of UTF-16 `bytes` after a mark of `skipped` bytes. A lone surrogate or a last
/// byte without its pair is refused with its line and place.
pub(crate) fn decode_utf16(bytes: &[u8], big_endian: bool, skipped: usize) -> Result<String> {
    let units = bytes.get(skipped..).unwrap_or_default();
    let name = if big_endian { "UTF-16BE" } else { "UTF-16LE" };
    let pairs = units.chunks_exact(2);
    let odd = !pairs.remainder().is_empty();
    let code_units =
        pairs.map(|p| if big_endian { u16::from_be_bytes([p[0], p[1]]) } else { u16::from_le_bytes([p[0], p[1]]) });
    let mut text = String::with_capacity(units.len() / 2);
    let mut line = 1;
    let mut unit = 0usize;
    for c in char::decode_utf16(code_units) {
        match c {
            Ok(c) => {
                if c == '\n' {
                    line += 1;
                }
                unit += c.len_utf16();
                text.push(c);
            }
            Err(e) => {
                let unit = ImportWhy::LoneSurrogate {
                    encoding: name,
                    unit: format!("0x{:04X}", e.unpaired_surrogate()),
                    at: Place(skipped + unit * 2 + 1),
                };
                return Err(Error::import(line, unit));
            }
        }
    }
    if odd {
        return Err(Error::import(line, ImportWhy::EndsInCharacter { encoding: name }));
    }
    Ok(text)
}

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
                crate::ts::check_offset(options.utc_offset).map_err(|e| e.for_field("utc_offset"))?;
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
                    crate::why::Why::SenderNotInChat { name: name.clone(), senders: authors.join(", ") },
                ));
            }
            Some(name.clone())
        }
        None => authors.iter().find(|a| fold(a) == fold(display_name)).cloned(),
    };
    let Some(contact_name) = contact_name else {
        return Err(Error::invalid(
            "contact_sender",
            crate::why::Why::ContactNotAmongSenders { senders: authors.join(", "), contact: display_name.to_owned() },
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

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
        let mut out = Vec::new();
        if bom {
            out.extend(if big_endian { [0xFE, 0xFF] } else { [0xFF, 0xFE] });
        }
        for u in text.encode_utf16() {
            out.extend(if big_endian { u.to_be_bytes() } else { u.to_le_bytes() });
        }
        out
    }

    #[test]
    fn exports_decode_from_utf8_and_utf16() {
        let chat = "01.03.2026, 10:00 - Łucja: ąćęłńóśźż\n";
        assert_eq!(decode(chat.as_bytes().to_vec()).unwrap(), chat);
        assert_eq!(decode([b"\xEF\xBB\xBF".as_slice(), chat.as_bytes()].concat()).unwrap(), chat);
        for (big_endian, bom) in [(false, true), (true, true), (false, false), (true, false)] {
            assert_eq!(decode(utf16(chat, big_endian, bom)).unwrap(), chat, "{big_endian} {bom}");
        }
    }

    #[test]
    fn bytes_that_are_not_text_are_refused_with_their_line_and_place() {
        // "é" in Windows-1252 on line 2.
        let err = decode(b"first line\nCaf\xE9\n".to_vec()).unwrap_err();
        assert_eq!(err.code(), "import_failed");
        let text = err.to_string();
        assert!(text.starts_with("Line 2: expected text in UTF-8"), "{text}");
        assert!(text.contains("0xE9 at byte 15"), "{text}");
        let mut lone = utf16("a\nb", false, true);
        lone.extend(0xD800u16.to_le_bytes());
        let text = decode(lone).unwrap_err().to_string();
        assert!(text.starts_with("Line 2: expected text in UTF-16LE"), "{text}");
        assert!(text.contains("at byte 9"), "{text}");
        let mut odd = utf16("ab", true, true);
        odd.push(0);
        assert!(decode(odd).unwrap_err().to_string().contains("ends in the middle of a character"));
    }
}
