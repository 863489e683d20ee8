//! Facebook Messenger's chats from "Download your information" as JSON: a folder per chat
//! (`messages/inbox/<name>_<id>/`) with `message_1.json`, `message_2.json`… each holding
//! `participants`, `messages`, `title` and `thread_path`. Messages carry no id; each file
//! lists them newest first, and `message_1.json` holds the newest.
//!
//! - **Threads**: the files of one chat (the same `thread_path`) are merged into one
//!   [`Thread`] keyed `messenger:<thread path>`, titled with `title`, of channel chat; its
//!   messages sorted oldest first (messages of the same millisecond keep the order the chat
//!   showed them in). Files of different chats give a thread each, in the order first seen.
//! - **The encoding fault**: these exports write each byte of UTF-8 as a character of its own
//!   (`\u00c5\u0081` for "Ł"), so after JSON decoding "Łódź" reads "Å\u{81}Ã³dÅº". Every string
//!   taken from the file (names, texts, title, file names) is repaired by [`repair`]: when all
//!   its characters are at most U+00FF and, as bytes, form valid UTF-8 with at least one
//!   multi-byte sequence, it is read as those bytes; otherwise it is left as it is (an export
//!   written correctly, or a text that only looks like Latin-1, such as "Größe").
//! - **Messages**: `sender_name` (repaired, trimmed; none when empty), `timestamp_ms`, `content`
//!   (plain: control characters other than line breaks and tabs dropped, trimmed). A shared
//!   link (`share.link`) not already in the text is added on a line of its own; a live
//!   location's `share_text` is the text when there is no other. Photos, videos, audio files,
//!   GIFs, files and a sticker are attachments named by their `uri`'s file name, size 0 (the
//!   export gives none).
//! - **Skipped and counted**: unsent messages (`is_unsent`), call logs (`type: "Call"` or a
//!   `call_duration`), people added to or leaving a group (`Subscribe`, `Unsubscribe`), and
//!   messages with nothing left to record. Other texts Messenger writes itself ("… reacted to
//!   your message", "… sent an attachment.") carry no mark that tells them from what a person
//!   typed, so they are kept as texts.
//! - **Staff**: the files do not say which participant made the export; no sender is marked
//!   as the firm's here (the matching step decides by the firm's names).
//!
//! [`parse`] reads several files at once; [`parse_file`] reads one (its errors name the line
//! of that file, so a caller reading a folder can say which file is broken) and [`merge`]
//! joins the results as [`parse`] does.

use std::borrow::Cow;
use std::fmt;

use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde::de::{self, Deserializer, IgnoredAny, Visitor};

use super::chat_json::{self, refuse};
use super::parsed::{Attachment, ParsedExport, ParsedMessage, Party, Thread};
use crate::error::{Error, Result};
use crate::interactions::Channel;
use crate::ts::StoredTime;
use crate::why::ImportWhy;

/// The program's name in errors.
pub const FORMAT: &str = "Messenger";

/// Parses the `message_N.json` files of one or several chats, merged per chat. Nothing is
/// returned unless every file is read.
pub fn parse(files: &[&str]) -> Result<ParsedExport> {
    chat_json::check_size(files.iter().map(|f| f.len()).fold(0, usize::saturating_add), FORMAT)?;
    let parts = files.iter().map(|f| parse_file(f)).collect::<Result<Vec<_>>>()?;
    Ok(merge(parts))
}

/// Parses one `message_N.json`: one thread, its messages oldest first.
pub fn parse_file(text: &str) -> Result<ParsedExport> {
    chat_json::check_size(text.len(), FORMAT)?;
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    chat_json::start();
    let file: File = serde_json::from_str(body).map_err(|e| chat_json::to_import_error(body, &e, FORMAT))?;
    let missing = |field| Error::import(1, ImportWhy::MessengerNotAnExport { missing: field });
    file.participants.ok_or_else(|| missing("participants"))?;
    let raw = file.messages.ok_or_else(|| missing("messages"))?;
    let path = file.thread_path.ok_or_else(|| missing("thread_path"))?;
    let mut export = ParsedExport::default();
    let mut messages = Vec::with_capacity(raw.len());
    for (i, m) in raw.into_iter().enumerate() {
        match m {
            Message::Skipped => export.skipped += 1,
            Message::Kept(mut m) => {
                m.line = i + 1;
                messages.push(m);
            }
        }
    }
    // Newest first in the file: reversed, then sorted by time (stable, so messages of the
    // same millisecond stay as the chat showed them).
    messages.reverse();
    messages.sort_by_key(|m| m.at);
    export.threads.push(Thread {
        key: format!("messenger:{}", repair(&path.0).trim()),
        title: file.title.and_then(|t| chat_json::name(&repair(&t.0))),
        channel: Channel::Chat,
        messages,
    });
    Ok(merge(vec![export]))
}

/// Joins the files of [`parse_file`]: one thread per key (titled by the first file that has a
/// title), oldest first; skipped messages added up. Threads without messages are left out.
pub fn merge(parts: Vec<ParsedExport>) -> ParsedExport {
    let mut export = ParsedExport::default();
    for part in parts {
        export.skipped += part.skipped;
        for thread in part.threads {
            match export.threads.iter_mut().find(|t| t.key == thread.key) {
                Some(t) => {
                    t.title = t.title.take().or(thread.title);
                    // A later file holds older messages: placed before, then sorted (stable).
                    let newer = std::mem::replace(&mut t.messages, thread.messages);
                    t.messages.extend(newer);
                    t.messages.sort_by_key(|m| m.at);
                }
                None => export.threads.push(thread),
            }
        }
    }
    export.threads.retain(|t| !t.messages.is_empty());
    export
}

/// Undoes the export's encoding fault: a string whose characters are all at most U+00FF and
/// whose bytes (one a character) are valid UTF-8 with at least one multi-byte sequence is
/// read as that UTF-8; any other string is returned as it is.
pub fn repair(text: &str) -> Cow<'_, str> {
    if text.is_ascii() || text.chars().any(|c| c > '\u{ff}') {
        return Cow::Borrowed(text);
    }
    // Every character is one byte of the text as it was meant; not ASCII, so if it is
    // valid UTF-8 it has a multi-byte sequence.
    let bytes: Vec<u8> = text.chars().map(|c| c as u8).collect();
    match String::from_utf8(bytes) {
        Ok(repaired) => Cow::Owned(repaired),
        Err(_) => Cow::Borrowed(text),
    }
}

#[derive(Deserialize)]
#[serde(expecting = "a Messenger export (a JSON object)")]
struct File<'a> {
    #[serde(default)]
    participants: Option<IgnoredAny>,
    #[serde(default)]
    messages: Option<Vec<Message>>,
    #[serde(default, borrow)]
    title: Option<Str<'a>>,
    #[serde(default, borrow)]
    thread_path: Option<Str<'a>>,
}

#[derive(Deserialize)]
#[serde(expecting = "a message (an object with \"sender_name\" and \"timestamp_ms\")")]
struct RawMessage<'a> {
    #[serde(default, borrow)]
    sender_name: Option<Str<'a>>,
    timestamp_ms: i64,
    #[serde(default, borrow)]
    content: Option<Content<'a>>,
    #[serde(default, borrow)]
    photos: Vec<Media<'a>>,
    #[serde(default, borrow)]
    videos: Vec<Media<'a>>,
    #[serde(default, borrow)]
    audio_files: Vec<Media<'a>>,
    #[serde(default, borrow)]
    gifs: Vec<Media<'a>>,
    #[serde(default, borrow)]
    files: Vec<Media<'a>>,
    #[serde(default, borrow)]
    sticker: Option<Media<'a>>,
    #[serde(default, borrow)]
    share: Option<Share<'a>>,
    #[serde(default)]
    is_unsent: Option<bool>,
    #[serde(default, borrow, rename = "type")]
    kind: Option<Str<'a>>,
    #[serde(default)]
    call_duration: Option<IgnoredAny>,
}

#[derive(Deserialize)]
#[serde(expecting = "a file sent (an object with \"uri\")")]
struct Media<'a> {
    #[serde(default, borrow)]
    uri: Option<Str<'a>>,
}

#[derive(Deserialize)]
#[serde(expecting = "a shared link (an object with \"link\" or \"share_text\")")]
struct Share<'a> {
    #[serde(default, borrow)]
    link: Option<Str<'a>>,
    #[serde(default, borrow)]
    share_text: Option<Content<'a>>,
}

/// A message as read: kept (as it will be returned, its line set by the file), or skipped.
enum Message {
    Skipped,
    Kept(ParsedMessage),
}

impl<'de> Deserialize<'de> for Message {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        chat_json::read_checked::<D, RawMessage<'de>>(d)
    }
}

impl<'de> chat_json::Checked<'de> for RawMessage<'de> {
    type Out = Message;

    fn check<E: de::Error>(self) -> std::result::Result<Message, E> {
        let raw = self;
        let kind = raw.kind.as_ref().map(|k| &*k.0);
        let system = matches!(kind, Some("Call" | "Subscribe" | "Unsubscribe"));
        if raw.is_unsent == Some(true) || raw.call_duration.is_some() || system {
            return Ok(Message::Skipped);
        }
        let at = DateTime::<Utc>::from_timestamp_millis(raw.timestamp_ms)
            .ok_or_else(|| crate::ts::TimeError::OutOfRange { utc: format!("{} ms", raw.timestamp_ms) })
            .and_then(StoredTime::new)
            .map_err(|e| refuse(move |_| ImportWhy::time(e.clone())))?;
        let mut text = raw.content.map(|c| chat_json::plain(&repair(&c.0))).unwrap_or_default();
        if let Some(share) = &raw.share {
            if let Some(link) = share.link.as_ref().map(|l| chat_json::plain(&repair(&l.0))).filter(|l| !l.is_empty())
                && !text.contains(&link)
            {
                text = if text.is_empty() { link } else { format!("{text}\n{link}") };
            }
            if text.is_empty()
                && let Some(share_text) = &share.share_text
            {
                text = chat_json::plain(&repair(&share_text.0));
            }
        }
        let media = [&raw.photos, &raw.videos, &raw.audio_files, &raw.gifs, &raw.files];
        let attachments: Vec<Attachment> = media
            .into_iter()
            .flatten()
            .chain(&raw.sticker)
            .map(|m| Attachment {
                name: m
                    .uri
                    .as_ref()
                    .and_then(|u| chat_json::file_name(&repair(&u.0)))
                    .unwrap_or_else(|| "attachment".to_owned()),
                size: 0,
            })
            .collect();
        if text.is_empty() && attachments.is_empty() {
            return Ok(Message::Skipped);
        }
        Ok(Message::Kept(ParsedMessage {
            id: None,
            at: Some(at.utc()),
            from: Party {
                name: raw.sender_name.and_then(|n| chat_json::name(&repair(&n.0))),
                address: None,
                staff: false,
            },
            to: Vec::new(),
            text,
            attachments,
            line: 0,
        }))
    }
}

/// A string, borrowed from the file unless it holds escapes (in these exports, any letter
/// beyond ASCII is an escape).
struct Str<'a>(Cow<'a, str>);

impl<'de: 'a, 'a> Deserialize<'de> for Str<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        d.deserialize_str(StrVisitor { text: false, marker: std::marker::PhantomData }).map(Str)
    }
}

/// A message's text: a string of at most [`chat_json::MAX_TEXT_BYTES`].
struct Content<'a>(Cow<'a, str>);

impl<'de: 'a, 'a> Deserialize<'de> for Content<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        d.deserialize_str(StrVisitor { text: true, marker: std::marker::PhantomData }).map(Content)
    }
}

struct StrVisitor<'a> {
    /// A message text, whose length is checked.
    text: bool,
    marker: std::marker::PhantomData<&'a ()>,
}

impl<'de: 'a, 'a> Visitor<'de> for StrVisitor<'a> {
    type Value = Cow<'a, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if self.text { "a message text (a string)" } else { "a string" })
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> std::result::Result<Cow<'a, str>, E> {
        if self.text {
            chat_json::check_text(v, FORMAT)?;
        }
        Ok(Cow::Borrowed(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<Cow<'a, str>, E> {
        if self.text {
            chat_json::check_text(v, FORMAT)?;
        }
        Ok(Cow::Owned(v.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> String {
        let path = format!("{}/tests/fixtures/messenger/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    /// How these exports write `text`: each UTF-8 byte as a character.
    fn mangle(text: &str) -> String {
        text.bytes().map(char::from).collect()
    }

    #[test]
    fn the_encoding_fault_is_repaired_and_good_text_is_left_alone() {
        for good in ["Łódź", "Zażółć gęślą jaźń", "Größe", "Здравейте", "👍 😀", "żółw 🐢 Ünal"]
        {
            let bad = mangle(good);
            assert_ne!(bad, good);
            assert_eq!(repair(&bad), good, "{bad:?}");
            // Text written correctly stays as it is.
            assert_eq!(repair(good), good);
        }
        assert_eq!(mangle("Łódź"), "Å\u{81}Ã³dÅº");
        // Latin-1 that is not UTF-8 as bytes, ASCII, and a mix, are kept.
        for kept in ["Größe", "café", "plain ASCII", "Ã", "Å\u{81} and Ł"] {
            assert_eq!(repair(kept), kept);
        }
    }

    #[test]
    fn a_chat_in_two_files_reads_oldest_first_with_every_letter_right() {
        let (one, two) = (fixture("message_1.json"), fixture("message_2.json"));
        let export = parse(&[&one, &two]).unwrap();
        // Skipped: the unsent message and the call.
        assert_eq!(export.skipped, 2);
        assert_eq!(export.threads.len(), 1);
        let t = &export.threads[0];
        assert_eq!(t.key, "messenger:inbox/lucjawisniewska_10158392017463521");
        assert_eq!(t.title.as_deref(), Some("Łucja Wiśniewska"));
        assert_eq!(t.channel, Channel::Chat);
        let texts: Vec<&str> = t.messages.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Zażółć gęślą jaźń — sprawdzam polskie znaki. Czy wizyta w środę jest aktualna?",
                "Przesyłam mapkę dojazdu: ul. Piotrkowska 120, Łódź.",
                "",
                "Dziękuję! Do zobaczenia w Łodzi 👍",
            ]
        );
        let senders: Vec<&str> = t.messages.iter().map(|m| m.from.label()).collect();
        assert_eq!(senders, ["Łucja Wiśniewska", "Gabinet Zdrowie", "Gabinet Zdrowie", "Łucja Wiśniewska"]);
        assert!(t.messages.iter().all(|m| m.id.is_none() && !m.from.staff && m.to.is_empty()));
        let photo = &t.messages[2].attachments;
        assert_eq!(
            photo,
            &[Attachment {
                name: "431234567_1089234567890123_4567890123456789012_n_1089234567890123.jpg".into(),
                size: 0
            }]
        );
        // 2024-03-05 16:10:09.317 in Warsaw (UTC+1).
        assert_eq!(t.messages[0].at.unwrap().to_rfc3339(), "2024-03-05T15:10:09.317+00:00");
        assert!(t.messages.windows(2).all(|w| w[0].at <= w[1].at));
        // Lines: the message's number in its file.
        let lines: Vec<usize> = t.messages.iter().map(|m| m.line).collect();
        assert_eq!(lines, [2, 3, 2, 1]);
        // The files in either order, or one at a time and merged, give the same.
        assert_eq!(parse(&[&two, &one]).unwrap(), export);
        assert_eq!(merge(vec![parse_file(&one).unwrap(), parse_file(&two).unwrap()]), export);
    }

    #[test]
    fn chats_of_different_threads_stay_apart() {
        let one = fixture("message_1.json");
        let other = one.replace("lucjawisniewska_10158392017463521", "annanowak_2222");
        let export = parse(&[&one, &other]).unwrap();
        assert_eq!(export.threads.len(), 2);
        assert_eq!(export.threads[1].key, "messenger:inbox/annanowak_2222");
        assert_eq!(export.skipped, 2);
    }

    fn err(text: &str) -> (usize, String, &'static str) {
        match parse(&[text]) {
            Err(Error::Import { line, why, .. }) => (line, why.to_string(), why.code()),
            other => panic!("expected an import error, got {other:?}"),
        }
    }

    #[test]
    fn shares_stickers_and_system_messages() {
        let text = r#"{"participants": [{"name": "A"}], "thread_path": "inbox/a_1", "messages": [
            {"sender_name": "A", "timestamp_ms": 1709652004000, "share": {"link": "https://example.pl/x"}, "content": "Zobacz", "type": "Share"},
            {"sender_name": "A", "timestamp_ms": 1709652003000, "share": {"share_text": "Lokalizacja na żywo"}, "type": "Share"},
            {"sender_name": "A", "timestamp_ms": 1709652002000, "sticker": {"uri": "messages/stickers_used/39178562_n.png"}},
            {"sender_name": "A", "timestamp_ms": 1709652001000, "type": "Subscribe", "users": [{"name": "B"}]},
            {"sender_name": "", "timestamp_ms": 1709652000000, "content": "\u0000 "}
        ]}"#;
        let export = parse(&[text]).unwrap();
        assert_eq!(export.skipped, 2);
        let m = &export.threads[0].messages;
        assert_eq!(m[0].attachments[0].name, "39178562_n.png");
        assert_eq!(m[1].text, "Lokalizacja na żywo");
        assert_eq!(m[2].text, "Zobacz\nhttps://example.pl/x");
        // No title in the file: none.
        assert_eq!(export.threads[0].title, None);
    }

    #[test]
    fn what_is_not_a_messenger_export_is_refused_with_its_line() {
        let (line, text, code) = err("{\"messages\": [], \"thread_path\": \"x\"}");
        assert_eq!((line, code), (1, "messenger_not_an_export"));
        assert!(text.contains("found no \"participants\""), "{text}");
        let (line, text, code) =
            err("{\n\"participants\": [],\n\"messages\": [\n{\"sender_name\": \"A\", \"timestamp_ms\": \"soon\"}]}");
        assert_eq!((line, code), (4, "chat_export_unexpected"));
        assert!(text.starts_with("expected i64 but found string \"soon\""), "{text}");
        let (line, _, code) = err(
            "{\n\"participants\": [],\n\"messages\": [\n{\"sender_name\": \"A\", \"timestamp_ms\": 99999999999999}]}",
        );
        assert_eq!((line, code), (4, "import_time_out_of_range"));
        let (line, text, code) = err("{\n\"participants\": [,]}");
        assert_eq!((line, code), (2, "chat_export_not_json"));
        assert!(text.ends_with("(column 18)"), "{text}");
        assert_eq!(err("{\"participants\": [").2, "chat_export_cut_off");
        assert_eq!(err("[]").2, "messenger_not_an_export");
        let long = format!(
            "{{\"participants\": [], \"thread_path\": \"x\", \"messages\": [{{\"sender_name\": \"A\", \"timestamp_ms\": 1, \"content\": \"{}\"}}]}}",
            "a".repeat(chat_json::MAX_TEXT_BYTES + 1)
        );
        assert_eq!(err(&long).2, "chat_export_text_too_long");
    }
}
