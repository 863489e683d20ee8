//! Telegram Desktop's "Export chat history" as JSON: one chat (`{name, type, id, messages}`)
//! or the full export (`result.json`: `personal_information`, `chats.list`, `left_chats.list`).
//!
//! Each chat becomes a [`Thread`] keyed `telegram:<chat id>`, titled with the chat's name, of
//! channel chat; each message keeps its id as `<chat id>:<message id>`. What the file holds and
//! what becomes of it:
//!
//! - **Time**: `date_unixtime` (seconds since 1970, as a string), else `date`, a wall-clock time
//!   without a zone (exports before 2021), read at the `utc_offset` the caller gives.
//! - **Text**: a string, or a list of strings and entity objects (`{"type": "bold", "text": …}`,
//!   `text_link` with its `href`, mentions, code…): their texts joined, the markup dropped (a
//!   `text_link` keeps its text, not its address). Control characters other than line breaks and
//!   tabs are dropped and the text is trimmed.
//! - **Sender**: `from` (the name as the exporting account saw it) and `from_id` (`user123`,
//!   `channel123`, or a bare number in early exports). The firm's side is the account that made
//!   the export: `personal_information.user_id` in a full export; in a one-chat export of a
//!   personal chat, whoever is not the chat's peer (a personal chat's id is the peer's user id).
//!   A deleted account is written as `"from": null`: its messages are kept with a sender
//!   without a name (the matching step asks who it was), never an invented one.
//! - **Media**: a photo (`photo`, `photo_file_size`) or a file (`file`, `file_name`, `file_size`,
//!   with `media_type` voice_message, video_file…) is an attachment named by `file_name`, else the
//!   path's file name, else (a file the export left out, "(File not included…)") its media
//!   type; its size, or 0. A message of only media has empty text and its attachment.
//! - **Described as text**, as the app shows them: a sticker as its emoji, a poll as its
//!   question and answers (one a line), a location as "latitude, longitude" after the place's
//!   name and address, a shared contact as its name and phone number.
//! - **Skipped and counted**: service messages (joined, pinned, calls, title changes…),
//!   messages the export marks "unsupported", and messages with nothing left to record (a
//!   sticker without an emoji, a game).
//!
//! A file that is not such an export, or breaks a rule, is refused with its line and column;
//! nothing is returned. Every string is borrowed from the text where JSON allows, so that a
//! chat of 200,000 messages reads in well under a second (see the `speed` test).

use std::borrow::Cow;
use std::cell::Cell;
use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDateTime, Offset, Utc};
use serde::Deserialize;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::chat_json::{self, refuse};
use super::parsed::{Attachment, ParsedExport, ParsedMessage, Party, Thread};
use crate::error::{Error, Result};
use crate::interactions::Channel;
use crate::ts::StoredTime;
use crate::why::ImportWhy;

/// The program's name in errors.
pub const FORMAT: &str = "Telegram Desktop";

thread_local! {
    /// The zone of times without one (`date`) while this thread reads an export.
    static OFFSET: Cell<FixedOffset> = Cell::new(Utc.fix());
}

/// Parses a Telegram Desktop JSON export, reading times without a zone at `utc_offset`.
/// Nothing is returned unless the whole file is read.
pub fn parse(text: &str, utc_offset: FixedOffset) -> Result<ParsedExport> {
    chat_json::check_size(text.len(), FORMAT)?;
    crate::ts::check_offset(utc_offset).map_err(|e| e.for_field("utc_offset"))?;
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    chat_json::start();
    OFFSET.set(utc_offset);
    let root: Root = serde_json::from_str(body).map_err(|e| chat_json::to_import_error(body, &e, FORMAT))?;
    let me = root.personal_information.map(|p| format!("user{}", p.user_id));
    let mut chats: Vec<Chat> = Vec::new();
    match (root.chats, root.left_chats, root.messages) {
        (None, None, None) => return Err(Error::import(1, ImportWhy::TelegramNotAnExport {})),
        (chats_list, left, None) => {
            chats.extend(chats_list.into_iter().chain(left).flat_map(|l| l.list));
        }
        (_, _, Some(messages)) => {
            let Some(id) = root.id else { return Err(Error::import(1, ImportWhy::TelegramNotAnExport {})) };
            chats.push(Chat { name: root.name, kind: root.kind, id, messages });
        }
    }
    let mut export = ParsedExport::default();
    for chat in chats {
        // Without personal_information (a one-chat export), a personal chat's other side is
        // the chat's peer, whose user id is the chat's id.
        let peer = format!("user{}", chat.id);
        let personal = chat.kind.as_ref().is_some_and(|k| k.0 == "personal_chat");
        let is_staff = |from_id: Option<&str>| match (&me, from_id) {
            (Some(me), Some(id)) => id == me,
            (None, Some(id)) if personal => id != peer,
            _ => false,
        };
        let mut messages = Vec::new();
        for (i, m) in chat.messages.into_iter().enumerate() {
            let Message::Kept(m) = m else {
                export.skipped += 1;
                continue;
            };
            messages.push(ParsedMessage {
                id: Some(format!("{}:{}", chat.id, m.id)),
                at: Some(m.at),
                from: Party { name: m.from, address: None, staff: is_staff(m.from_id.as_deref()) },
                to: Vec::new(),
                text: m.text,
                attachments: m.attachments,
                line: i + 1,
            });
        }
        if messages.is_empty() {
            continue;
        }
        export.threads.push(Thread {
            key: format!("telegram:{}", chat.id),
            title: chat.name.and_then(|n| chat_json::name(&n.0)),
            channel: Channel::Chat,
            messages,
        });
    }
    Ok(export)
}

/// The top of the file: a full export or a single chat (both read with one shape).
#[derive(Deserialize)]
#[serde(expecting = "a Telegram Desktop export (a JSON object)")]
struct Root<'a> {
    #[serde(default)]
    personal_information: Option<Personal>,
    #[serde(default, borrow)]
    chats: Option<ChatList<'a>>,
    #[serde(default, borrow)]
    left_chats: Option<ChatList<'a>>,
    #[serde(default, borrow)]
    name: Option<Str<'a>>,
    #[serde(default, borrow, rename = "type")]
    kind: Option<Str<'a>>,
    #[serde(default)]
    id: Option<i64>,
    #[serde(default, borrow)]
    messages: Option<Vec<Message<'a>>>,
}

#[derive(Deserialize)]
#[serde(expecting = "the exporting account's \"personal_information\" (an object)")]
struct Personal {
    user_id: i64,
}

#[derive(Deserialize)]
#[serde(expecting = "a list of chats (an object with \"list\")")]
struct ChatList<'a> {
    #[serde(default, borrow)]
    list: Vec<Chat<'a>>,
}

#[derive(Deserialize)]
#[serde(expecting = "a chat (an object with \"id\" and \"messages\")")]
struct Chat<'a> {
    #[serde(default, borrow)]
    name: Option<Str<'a>>,
    #[serde(default, borrow, rename = "type")]
    kind: Option<Str<'a>>,
    id: i64,
    #[serde(default, borrow)]
    messages: Vec<Message<'a>>,
}

/// A message as read: kept, or skipped (a service message, nothing to record).
enum Message<'a> {
    Skipped,
    Kept(Kept<'a>),
}

struct Kept<'a> {
    id: i64,
    at: DateTime<Utc>,
    from: Option<String>,
    from_id: Option<Cow<'a, str>>,
    text: String,
    attachments: Vec<Attachment>,
}

#[derive(Deserialize)]
#[serde(expecting = "a message (an object)")]
struct RawMessage<'a> {
    id: i64,
    #[serde(default, borrow, rename = "type")]
    kind: Option<Str<'a>>,
    #[serde(default)]
    date_unixtime: Option<UnixTime>,
    #[serde(default)]
    date: Option<LocalTime>,
    #[serde(default, borrow)]
    from: Option<Str<'a>>,
    #[serde(default, borrow)]
    from_id: Option<PeerId<'a>>,
    #[serde(default, borrow)]
    text: Option<Text<'a>>,
    #[serde(default, borrow)]
    photo: Option<Str<'a>>,
    #[serde(default)]
    photo_file_size: Option<u64>,
    #[serde(default, borrow)]
    file: Option<Str<'a>>,
    #[serde(default, borrow)]
    file_name: Option<Str<'a>>,
    #[serde(default)]
    file_size: Option<u64>,
    #[serde(default, borrow)]
    media_type: Option<Str<'a>>,
    #[serde(default, borrow)]
    sticker_emoji: Option<Str<'a>>,
    #[serde(default, borrow)]
    poll: Option<Poll<'a>>,
    #[serde(default)]
    location_information: Option<Location>,
    #[serde(default, borrow)]
    place_name: Option<Str<'a>>,
    #[serde(default, borrow)]
    address: Option<Str<'a>>,
    #[serde(default, borrow)]
    contact_information: Option<Contact<'a>>,
}

#[derive(Deserialize)]
#[serde(expecting = "a poll (an object with \"question\" and \"answers\")")]
struct Poll<'a> {
    #[serde(default, borrow)]
    question: Option<Str<'a>>,
    #[serde(default, borrow)]
    answers: Vec<Answer<'a>>,
}

#[derive(Deserialize)]
#[serde(expecting = "a poll's answer (an object with \"text\")")]
struct Answer<'a> {
    #[serde(default, borrow)]
    text: Option<Str<'a>>,
}

#[derive(Deserialize)]
#[serde(expecting = "a location (an object with \"latitude\" and \"longitude\")")]
struct Location {
    latitude: f64,
    longitude: f64,
}

#[derive(Deserialize)]
#[serde(expecting = "a shared contact (an object)")]
struct Contact<'a> {
    #[serde(default, borrow)]
    first_name: Option<Str<'a>>,
    #[serde(default, borrow)]
    last_name: Option<Str<'a>>,
    #[serde(default, borrow)]
    phone_number: Option<Str<'a>>,
}

impl<'de: 'a, 'a> Deserialize<'de> for Message<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        chat_json::read_checked::<D, RawMessage<'a>>(d)
    }
}

impl<'de: 'a, 'a> chat_json::Checked<'de> for RawMessage<'a> {
    type Out = Message<'a>;

    fn check<E: de::Error>(self) -> std::result::Result<Message<'a>, E> {
        let raw = self;
        // Anything but a message (service, unsupported, a kind added later) is skipped.
        if raw.kind.as_ref().is_some_and(|k| k.0 != "message") {
            return Ok(Message::Skipped);
        }
        let at = match (raw.date_unixtime, raw.date) {
            (Some(UnixTime(at)), _) => at,
            (None, Some(LocalTime(t))) => match StoredTime::local(t, OFFSET.get()) {
                Ok(at) => at.utc(),
                Err(e) => return Err(refuse(move |_| ImportWhy::time(e.clone()))),
            },
            (None, None) => {
                let id = raw.id.to_string();
                return Err(refuse(move |_| ImportWhy::TelegramNoTime { id: id.clone() }));
            }
        };
        let mut text = raw.text.map(|t| chat_json::plain(&t.0)).unwrap_or_default();
        let mut described = Vec::new();
        let sticker = raw.media_type.as_ref().is_some_and(|t| t.0 == "sticker");
        if sticker && let Some(emoji) = &raw.sticker_emoji {
            described.push(emoji.0.to_string());
        }
        if let Some(poll) = &raw.poll {
            described.extend(poll.question.iter().map(|q| q.0.to_string()));
            described.extend(poll.answers.iter().filter_map(|a| a.text.as_ref()).map(|a| a.0.to_string()));
        }
        let place: Vec<&str> = [&raw.place_name, &raw.address].into_iter().flatten().map(|s| &*s.0).collect();
        if !place.is_empty() {
            described.push(place.join(", "));
        }
        if let Some(l) = &raw.location_information {
            described.push(format!("{}, {}", l.latitude, l.longitude));
        }
        if let Some(c) = &raw.contact_information {
            let parts: Vec<&str> = [&c.first_name, &c.last_name].into_iter().flatten().map(|s| &*s.0).collect();
            let name = parts.join(" ");
            let phone = c.phone_number.as_ref().map(|p| &*p.0).unwrap_or("");
            described
                .push([name.trim(), phone.trim()].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(", "));
        }
        let described = chat_json::plain(&described.join("\n"));
        if !described.is_empty() {
            text = if text.is_empty() { described } else { format!("{text}\n{described}") };
        }
        let mut attachments = Vec::new();
        if let Some(photo) = &raw.photo {
            let name = included(&photo.0).and_then(chat_json::file_name).unwrap_or_else(|| "photo".to_owned());
            attachments.push(Attachment { name, size: raw.photo_file_size.unwrap_or(0) });
        }
        if let Some(file) = raw.file.as_ref().filter(|_| !sticker) {
            let name = raw
                .file_name
                .as_ref()
                .and_then(|n| chat_json::name(&n.0))
                .or_else(|| included(&file.0).and_then(chat_json::file_name))
                .or_else(|| raw.media_type.as_ref().and_then(|t| chat_json::name(&t.0)))
                .unwrap_or_else(|| "file".to_owned());
            attachments.push(Attachment { name, size: raw.file_size.unwrap_or(0) });
        }
        if text.is_empty() && attachments.is_empty() {
            return Ok(Message::Skipped);
        }
        Ok(Message::Kept(Kept {
            id: raw.id,
            at,
            from: raw.from.and_then(|f| chat_json::name(&f.0)),
            from_id: raw.from_id.map(|p| p.0),
            text,
            attachments,
        }))
    }
}

/// The path of a file the export holds; `None` for the note written in place of one it left
/// out ("(File not included. Change data exporting settings to download.)").
fn included(path: &str) -> Option<&str> {
    (!path.starts_with('(')).then_some(path)
}

/// A string, borrowed from the file unless it holds escapes.
struct Str<'a>(Cow<'a, str>);

impl<'de: 'a, 'a> Deserialize<'de> for Str<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for V<'a> {
            type Value = Str<'a>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> std::result::Result<Str<'a>, E> {
                Ok(Str(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<Str<'a>, E> {
                Ok(Str(Cow::Owned(v.to_owned())))
            }
        }
        d.deserialize_str(V(std::marker::PhantomData))
    }
}

/// `from_id`: `"user123"`, `"channel123"`, or a bare number (early exports: a user).
struct PeerId<'a>(Cow<'a, str>);

impl<'de: 'a, 'a> Deserialize<'de> for PeerId<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for V<'a> {
            type Value = PeerId<'a>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a sender's id such as \"user123\"")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> std::result::Result<PeerId<'a>, E> {
                Ok(PeerId(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<PeerId<'a>, E> {
                Ok(PeerId(Cow::Owned(v.to_owned())))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> std::result::Result<PeerId<'a>, E> {
                Ok(PeerId(Cow::Owned(format!("user{v}"))))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> std::result::Result<PeerId<'a>, E> {
                Ok(PeerId(Cow::Owned(format!("user{v}"))))
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

/// `date_unixtime`: whole seconds since 1970 as a string, a time Custos can store.
struct UnixTime(DateTime<Utc>);

impl<'de> Deserialize<'de> for UnixTime {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = UnixTime;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a time in seconds such as \"1709280000\"")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<UnixTime, E> {
                let Some(at) = v.parse::<i64>().ok().and_then(|s| DateTime::from_timestamp(s, 0)) else {
                    return Err(not_a_time(v));
                };
                StoredTime::new(at).map(|t| UnixTime(t.utc())).map_err(|e| refuse(move |_| ImportWhy::time(e.clone())))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> std::result::Result<UnixTime, E> {
                self.visit_str(&v.to_string())
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> std::result::Result<UnixTime, E> {
                self.visit_str(&v.to_string())
            }
        }
        d.deserialize_any(V)
    }
}

/// `date`: a wall-clock time without a zone, `2024-03-01T09:00:00`.
struct LocalTime(NaiveDateTime);

impl<'de> Deserialize<'de> for LocalTime {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = LocalTime;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a time such as \"2024-03-01T09:00:00\"")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<LocalTime, E> {
                NaiveDateTime::parse_from_str(v, "%Y-%m-%dT%H:%M:%S").map(LocalTime).map_err(|_| not_a_time(v))
            }
        }
        d.deserialize_str(V)
    }
}

fn not_a_time<E: de::Error>(found: &str) -> E {
    let found: String = found.chars().take(40).collect();
    refuse(move |column| ImportWhy::TelegramNotATime { found: found.clone(), column })
}

/// A message's `text`: a string, or a list of strings and entity objects, joined.
struct Text<'a>(Cow<'a, str>);

impl<'de: 'a, 'a> Deserialize<'de> for Text<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for V<'a> {
            type Value = Text<'a>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a message text (a string, or a list of strings and entities)")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> std::result::Result<Text<'a>, E> {
                chat_json::check_text(v, FORMAT)?;
                Ok(Text(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<Text<'a>, E> {
                chat_json::check_text(v, FORMAT)?;
                Ok(Text(Cow::Owned(v.to_owned())))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<Text<'a>, A::Error> {
                let mut text = String::new();
                while let Some(part) = seq.next_element::<Part<'a>>()? {
                    text.push_str(&part.0);
                    chat_json::check_text(&text, FORMAT)?;
                }
                Ok(Text(Cow::Owned(text)))
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

/// One part of a text given as a list: a string, or an entity object whose `text` is kept.
struct Part<'a>(Cow<'a, str>);

impl<'de: 'a, 'a> Deserialize<'de> for Part<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for V<'a> {
            type Value = Part<'a>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a part of a text (a string, or an object with \"type\" and \"text\")")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> std::result::Result<Part<'a>, E> {
                Ok(Part(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<Part<'a>, E> {
                Ok(Part(Cow::Owned(v.to_owned())))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<Part<'a>, A::Error> {
                let mut text = None;
                while let Some(key) = map.next_key::<Str<'de>>()? {
                    if key.0 == "text" {
                        text = Some(map.next_value::<Str<'a>>()?.0);
                    } else {
                        map.next_value::<IgnoredAny>()?;
                    }
                }
                Ok(Part(text.unwrap_or_default()))
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> String {
        let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    fn warsaw() -> FixedOffset {
        FixedOffset::east_opt(3600).unwrap()
    }

    fn err(text: &str) -> (usize, String, &'static str) {
        match parse(text, warsaw()) {
            Err(Error::Import { line, why, .. }) => (line, why.to_string(), why.code()),
            other => panic!("expected an import error, got {:?}", other.map(|_| ())),
        }
    }

    #[test]
    fn a_single_chat_reads_with_every_letter_right() {
        let export = parse(&fixture("telegram_chat.json"), Utc.fix()).unwrap();
        // Skipped: the call and the pin.
        assert_eq!(export.skipped, 2);
        assert_eq!(export.threads.len(), 1);
        let t = &export.threads[0];
        assert_eq!(t.key, "telegram:5012345678");
        assert_eq!(t.title.as_deref(), Some("Łucja Wiśniewska"));
        assert_eq!(t.channel, Channel::Chat);
        let texts: Vec<&str> = t.messages.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Dzień dobry! Czy mogę przesunąć wizytę na czwartek? Zażółć gęślą jaźń.",
                "Oczywiście, czwartek 14:00 pasuje. Cennik: nasz cennik, pytania: @gabinet_zdrowie",
                "Zdjęcie skierowania od lekarza",
                "",
                "👍",
                "Dziękuję, do zobaczenia w czwartek!\nPozdrawiam serdecznie — Łucja",
            ]
        );
        let ids: Vec<&str> = t.messages.iter().map(|m| m.id.as_deref().unwrap()).collect();
        assert_eq!(
            ids,
            [
                "5012345678:1202",
                "5012345678:1203",
                "5012345678:1204",
                "5012345678:1205",
                "5012345678:1207",
                "5012345678:1208"
            ]
        );
        let lines: Vec<usize> = t.messages.iter().map(|m| m.line).collect();
        assert_eq!(lines, [2, 3, 4, 5, 7, 8]);
        // The chat's peer is the contact's side; the other, the account that exported, is staff.
        let who: Vec<(&str, bool)> = t.messages.iter().map(|m| (m.from.label(), m.from.staff)).collect();
        assert_eq!(who[0], ("Łucja Wiśniewska", false));
        assert_eq!(who[1], ("Gabinet Zdrowie", true));
        assert_eq!(who[3], ("Gabinet Zdrowie", true));
        assert!(t.messages.iter().all(|m| m.from.address.is_none() && m.to.is_empty()));
        // date_unixtime, whatever the offset given for times without a zone.
        assert_eq!(t.messages[0].at.unwrap().to_rfc3339(), "2024-03-01T09:02:40+00:00");
        assert_eq!(
            t.messages[2].attachments,
            [Attachment { name: "photo_3@01-03-2024_10-05-11.jpg".into(), size: 184213 }]
        );
        assert_eq!(t.messages[3].attachments, [Attachment { name: "Umowa — zgłoszenie.pdf".into(), size: 73408 }]);
        // A sticker is its emoji, not a file.
        assert!(t.messages[4].attachments.is_empty());
    }

    #[test]
    fn a_full_export_reads_every_chat_with_the_exporter_as_staff() {
        let export = parse(&fixture("telegram_result.json"), warsaw()).unwrap();
        assert_eq!(export.skipped, 3);
        let keys: Vec<&str> = export.threads.iter().map(|t| t.key.as_str()).collect();
        assert_eq!(keys, ["telegram:7023456789", "telegram:1987654321", "telegram:1712345678"]);
        let titles: Vec<&str> = export.threads.iter().map(|t| t.title.as_deref().unwrap()).collect();
        assert_eq!(titles, ["Драган Петров", "Rehabilitacja — grupa wsparcia", "Fizjoterapeuci Mazowsze"]);
        let personal = &export.threads[0].messages;
        assert_eq!(personal[0].text, "Здравейте! Имам въпрос за рехабилитацията — свободни ли сте в петък?");
        assert_eq!((personal[0].from.label(), personal[0].from.staff), ("Драган Петров", false));
        assert_eq!(personal[1].text, "Dzień dobry, tak, piątek 9:30. Adres: https://gabinet-zdrowie.example.pl");
        assert!(personal[1].from.staff);
        assert_eq!(personal[2].text, "52.2297, 21.0122");
        let group = &export.threads[1].messages;
        assert_eq!(group[0].text, "Grüß Gott! Größe der Gruppe: fünf Personen.");
        assert_eq!(group[0].from.label(), "Jürgen Größe");
        // A deleted account: no name, as the file has none.
        assert_eq!(group[1].from, Party { name: None, address: None, staff: false });
        assert_eq!(group[1].text, "Ćwiczenia o 18:00?");
        assert_eq!(group[2].text, "Który termin pasuje?\nwtorek 18:00\nśroda 17:30");
        assert!(group[2].from.staff);
        // A photo the export left out: named by its kind, size unknown.
        assert_eq!(group[3].attachments, [Attachment { name: "photo".into(), size: 0 }]);
        assert_eq!(group[3].text, "");
        assert_eq!(export.threads[2].messages[0].text, "Szkolenie w Łodzi: sobota 10:00.");
        assert_eq!(export.threads[2].messages[0].from.label(), "Zofia Kałuża");
    }

    #[test]
    fn early_exports_give_local_times_and_numeric_senders() {
        let text = r#"{"name": "Anna", "type": "personal_chat", "id": 42, "messages": [
            {"id": 7, "type": "message", "date": "2019-06-01T12:30:00", "from": "Anna", "from_id": 42, "text": "Cześć"},
            {"id": 8, "type": "message", "date": "2019-06-01T12:31:00", "from": "Firma", "from_id": 99, "text": ["a", {"type": "code", "text": "b\u0000"}]}
        ]}"#;
        let export = parse(text, FixedOffset::east_opt(2 * 3600).unwrap()).unwrap();
        let m = &export.threads[0].messages;
        assert_eq!(m[0].at.unwrap().to_rfc3339(), "2019-06-01T10:30:00+00:00");
        assert!(!m[0].from.staff && m[1].from.staff);
        assert_eq!(m[1].text, "ab");
    }

    #[test]
    fn what_is_not_an_export_is_refused_with_its_line_and_column() {
        let (line, text, code) = err("{\"about\": \"x\"}");
        assert_eq!((line, code), (1, "telegram_not_an_export"));
        assert!(text.contains("but found neither"), "{text}");
        let (line, text, code) =
            err("{\n\"id\": 1,\n\"messages\": [\n{\"id\": 2, \"type\": \"message\", \"date_unixtime\": \"jutro\"}]}");
        assert_eq!((line, code), (4, "telegram_not_a_time"));
        assert!(text.contains("found \"jutro\" (column 53)"), "{text}");
        let (line, text, code) = err("{\"id\": 1, \"messages\": [\n{\"id\": 2, \"date\": \"2024-03-01 10:00\"}]}");
        assert_eq!((line, code), (2, "telegram_not_a_time"));
        assert!(text.contains("\"2024-03-01 10:00\""), "{text}");
        // Placed where the message ends (as Telegram writes them, on the line of its "},").
        let (line, text, code) = err("{\"id\": 1, \"messages\": [\n{\"id\": 2, \"text\": \"a\"},\n{\"id\": 3}\n]}");
        assert_eq!((line, code), (2, "telegram_no_time"));
        assert!(text.contains("message 2"), "{text}");
        let (_, _, code) = err("{\"id\": 1, \"messages\": [{\"id\": 2, \"date_unixtime\": \"99999999999\"}]}");
        assert_eq!(code, "import_time_out_of_range");
        let (line, text, code) = err("{\"id\": 1, \"messages\": [\n{\"id\": \"dwa\"}]}");
        assert_eq!((line, code), (2, "chat_export_unexpected"));
        assert!(text.starts_with("expected i64 but found string \"dwa\""), "{text}");
        assert_eq!(err("{\"chats\": {\"list\": [").2, "chat_export_cut_off");
        assert_eq!(err("ą{}").2, "chat_export_not_json");
        assert_eq!(err("\"Telegram\"").2, "chat_export_unexpected");
        let long = format!(
            "{{\"id\": 1, \"messages\": [{{\"id\": 2, \"text\": [\"{}\", \"{}\"]}}]}}",
            "a".repeat(600_000),
            "b".repeat(600_000)
        );
        assert_eq!(err(&long).2, "chat_export_text_too_long");
        // An offset beyond ±18:00 is the caller's mistake.
        let e = parse("{}", FixedOffset::east_opt(20 * 3600).unwrap()).unwrap_err();
        assert_eq!(e.code(), "invalid_input");
    }

    /// Generates a chat export of `n` messages as Telegram Desktop writes it.
    pub(crate) fn generated(n: usize) -> String {
        let mut out = String::from(
            "{\n \"name\": \"Łucja Wiśniewska\",\n \"type\": \"personal_chat\",\n \"id\": 5012345678,\n \"messages\": [",
        );
        for i in 0..n {
            let (from, id) = if i % 2 == 0 {
                ("Łucja Wiśniewska", "user5012345678")
            } else {
                ("Gabinet Zdrowie", "user6098765432")
            };
            let t = 1_709_283_760 + i;
            if i > 0 {
                out.push(',');
            }
            out.push_str(&format!(
                "\n  {{\n   \"id\": {i},\n   \"type\": \"message\",\n   \"date\": \"2024-03-01T10:02:40\",\n   \"date_unixtime\": \"{t}\",\n   \"from\": \"{from}\",\n   \"from_id\": \"{id}\",\n   \"text\": [\n    \"Zażółć gęślą jaźń, wiadomość {i} \",\n    {{\n     \"type\": \"bold\",\n     \"text\": \"ważne\"\n    }}\n   ],\n   \"text_entities\": [\n    {{\n     \"type\": \"plain\",\n     \"text\": \"Zażółć gęślą jaźń, wiadomość {i} \"\n    }},\n    {{\n     \"type\": \"bold\",\n     \"text\": \"ważne\"\n    }}\n   ]\n  }}"
            ));
        }
        out.push_str("\n ]\n}");
        out
    }

    #[test]
    fn speed_200k_messages() {
        // A smaller export in a debug build; `cargo test --release -- --ignored speed` measures 200,000.
        let text = generated(2_000);
        let export = parse(&text, Utc.fix()).unwrap();
        assert_eq!(export.threads[0].messages.len(), 2_000);
        assert_eq!(export.threads[0].messages[1999].text, "Zażółć gęślą jaźń, wiadomość 1999 ważne");
    }

    #[test]
    #[ignore = "a measurement: run in release"]
    fn speed_of_200k_messages_in_release() {
        let text = generated(200_000);
        let started = std::time::Instant::now();
        let export = parse(&text, Utc.fix()).unwrap();
        let took = started.elapsed();
        eprintln!("parsed {} MB, 200,000 messages, in {took:?}", text.len() / 1_000_000);
        assert_eq!(export.threads[0].messages.len(), 200_000);
        assert!(took.as_secs_f64() < 5.0, "{took:?}");
    }
}
