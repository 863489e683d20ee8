//! The Telegram Desktop parser under hostile input. It is pure, so its invariants are its own
//! and those of every conversation parser ([`crate::chats`]): no panic; a refusal names a
//! line of the file; an accepted export keeps the invariants of `import::parsed`, and each
//! message's id is `<chat id>:<message id>` of its thread's chat.
//!
//! Bytes → a file as [`crate::input`] does it: an even first byte means the file as it is
//! (after a second byte, unused, so that the fixtures seed every target); odd means an export
//! with a shape, through `arbitrary`: a single chat or a full export (with the exporting
//! account, left chats), personal chats and groups, messages whose text is a string or a list
//! of strings and entities (bold, links with their address, mentions, code) in Polish, German,
//! Bulgarian and emoji, times as `date_unixtime` or only `date`, service messages, photos and
//! files (left out of the export or not), stickers, polls, locations, deleted accounts. A
//! generated export is read as written: its chats, texts, senders, staff and skipped count.
//! About one input in twelve is "wild": the JSON cut, or a character put in or taken out.

use arbitrary::{Arbitrary, Unstructured};
use chrono::{FixedOffset, Offset, Utc};
use custos_core::import::telegram;
use serde_json::{Value, json};

use crate::chats::{check_export, check_refusal, lines, panic_message};
use crate::{Outcome, Violation};

/// A thread as it must read: its key, and each message's text, sender's name and whether the sender is staff.
pub type ExpectedThread = (String, Vec<(String, Option<String>, bool)>);

/// What a generated export must read as: per chat with messages, its key and each message's
/// text, sender and whether it is staff; and the skipped count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expected {
    pub threads: Vec<ExpectedThread>,
    pub skipped: usize,
}

/// The file an input stands for, the offset for times without a zone, and what it must read
/// as when that is known.
pub fn input(data: &[u8]) -> (Vec<u8>, FixedOffset, Option<Expected>) {
    let Some((&mode, rest)) = data.split_first() else { return (Vec::new(), Utc.fix(), None) };
    if mode & 1 == 0 {
        return (rest.get(1..).unwrap_or_default().to_vec(), offset(rest.first().copied().unwrap_or(0)), None);
    }
    let mut u = Unstructured::new(rest);
    let mut export = Export::arbitrary(&mut u).unwrap_or_default();
    // The rest of the bytes are messages, as many as they make.
    while !u.is_empty()
        && let Ok(m) = <(u8, Message)>::arbitrary(&mut u)
    {
        export.messages.push(m);
    }
    export.deal();
    let (bytes, expected) = export.render();
    (bytes, offset(export.offset), expected)
}

/// An offset between -12:00 and +14:00 in quarter hours.
fn offset(b: u8) -> FixedOffset {
    FixedOffset::east_opt((i32::from(b % 105) - 48) * 900).unwrap_or(Utc.fix())
}

/// Checks one input (`data` as [`input`] reads it).
pub fn check(data: &[u8]) -> Result<Outcome, Violation> {
    let (bytes, offset, expected) = input(data);
    check_file(&bytes, offset, expected.as_ref())
}

/// Parses `bytes` (times without a zone at `offset`) and checks every invariant.
pub fn check_file(bytes: &[u8], offset: FixedOffset, expected: Option<&Expected>) -> Result<Outcome, Violation> {
    let text = match custos_core::import::decode(bytes.to_vec()) {
        Ok(text) => text,
        Err(e) => {
            check_refusal(&e, lines(&String::from_utf8_lossy(bytes)))?;
            return Ok(Outcome::Refused(e.code()));
        }
    };
    let parsed = std::panic::catch_unwind(|| telegram::parse(&text, offset))
        .map_err(|p| Violation(format!("the parser panicked: {}", panic_message(&p))))?;
    let export = match parsed {
        Err(e) => {
            check_refusal(&e, lines(&text))?;
            if let Some(expected) = expected {
                return Err(Violation(format!("a generated export was refused: {e}\nexpected {expected:#?}")));
            }
            return Ok(Outcome::Refused(e.code()));
        }
        Ok(export) => export,
    };
    check_export(&export, "telegram:")?;
    for t in &export.threads {
        let chat = t.key.trim_start_matches("telegram:");
        if let Some(m) =
            t.messages.iter().find(|m| !m.id.as_deref().is_some_and(|id| id.starts_with(&format!("{chat}:"))))
        {
            return Err(Violation(format!("message id {:?} in chat {chat}", m.id)));
        }
    }
    if let Some(expected) = expected {
        let got = Expected {
            threads: export
                .threads
                .iter()
                .map(|t| {
                    let messages = t.messages.iter().map(|m| (m.text.clone(), m.from.name.clone(), m.from.staff));
                    (t.key.clone(), messages.collect())
                })
                .collect(),
            skipped: export.skipped,
        };
        if &got != expected {
            return Err(Violation(format!("read as {got:#?}\nwritten as {expected:#?}")));
        }
    }
    Ok(Outcome::Imported(export.threads.iter().map(|t| t.messages.len() as u64).sum()))
}

/// One fuzzer input; a broken invariant is a crash for the fuzzer.
pub fn run_one(data: &[u8]) {
    if let Err(v) = check(data) {
        let (bytes, offset, _) = input(data);
        panic!("invariant broken: {v}\noffset {offset}, file {:?}", String::from_utf8_lossy(&bytes));
    }
}

/// Texts as people write them; none has blank space at its ends.
const TEXTS: [&str; 10] = [
    "Dzień dobry",
    "Zażółć gęślą jaźń",
    "Grüß Gott, Größe",
    "Здравейте, как сте?",
    "👍🏽 ok",
    "czwartek 14:00",
    "line one\nline two",
    "\"quoted\" \\ back",
    "Łódź",
    "https://example.pl/a?b=c",
];
const NAMES: [&str; 5] = ["Łucja Wiśniewska", "Jürgen Größe", "Драган Петров", "Anna Nowak", "Gabinet Zdrowie"];
const SERVICES: [&str; 5] = ["phone_call", "pin_message", "invite_members", "joined_telegram", "create_group"];
const ENTITIES: [&str; 7] = ["bold", "italic", "text_link", "mention", "code", "link", "custom_emoji"];

/// About one byte in twelve.
fn rarely(b: u8) -> bool {
    b < 21
}

fn pick(list: &[&'static str], i: u8) -> &'static str {
    list[usize::from(i) % list.len()]
}

#[derive(Debug, Arbitrary)]
enum Part {
    Plain(u8),
    Entity(u8, u8),
}

#[derive(Debug, Arbitrary)]
enum Body {
    Text(Vec<Part>, bool),
    Service(u8),
    Photo(Option<u8>, bool, Option<u32>),
    File(Option<u8>, bool, bool),
    Sticker(Option<u8>),
    Poll(u8, Vec<u8>),
    Location(i16, i16),
}

#[derive(Debug, Arbitrary)]
struct Message {
    /// The sender: one of [`NAMES`], or (None) a deleted account.
    from: Option<u8>,
    /// Seconds after 2024-01-01.
    time: u32,
    unixtime: bool,
    body: Body,
}

#[derive(Debug, Arbitrary)]
struct Chat {
    name: Option<u8>,
    personal: bool,
    /// The peer of a personal chat: one of [`NAMES`].
    peer: u8,
    id: u16,
    /// Dealt from [`Export::messages`].
    #[arbitrary(default)]
    messages: Vec<Message>,
}

#[derive(Debug, Default, Arbitrary)]
struct Export {
    full: bool,
    /// The exporting account in a full export: one of [`NAMES`].
    me: u8,
    #[arbitrary(with = at_most_3)]
    chats: Vec<Chat>,
    #[arbitrary(with = at_most_3)]
    left: Vec<Chat>,
    offset: u8,
    wild: u8,
    damage: (u16, u8, bool),
    /// Every message, each dealt to the chat it names (read from the rest of the bytes).
    #[arbitrary(default)]
    messages: Vec<(u8, Message)>,
}

/// One to three chats.
fn at_most_3(u: &mut Unstructured) -> arbitrary::Result<Vec<Chat>> {
    let n = u.int_in_range(1..=3)?;
    (0..n).map(|_| Chat::arbitrary(u)).collect()
}

/// The user id of name `i`.
fn user(i: u8) -> u64 {
    5_000_000_000 + u64::from(i) % NAMES.len() as u64
}

impl Chat {
    /// The chat's JSON, and what it must read as given the exporting account.
    fn render(&self, full: bool, me: Option<u8>, chat_index: usize) -> (Value, Option<ExpectedThread>, usize) {
        // Distinct ids: a personal chat's is its peer's user id (one chat per peer).
        let id: u64 =
            if self.personal { user(self.peer) } else { 1_000_000 + chat_index as u64 * 100_000 + u64::from(self.id) };
        let peer = format!("user{}", user(self.peer));
        let me_id = me.map(|m| format!("user{}", user(m)));
        let mut skipped = 0;
        let mut messages = Vec::new();
        let mut kept = Vec::new();
        for (n, m) in self.messages.iter().enumerate() {
            let seconds = 1_704_067_200 + i64::from(m.time % 300_000_000);
            let at = chrono::DateTime::from_timestamp(seconds, 0).unwrap_or_default();
            let mut v = json!({"id": n + 1, "type": "message", "date": at.format("%Y-%m-%dT%H:%M:%S").to_string()});
            if m.unixtime {
                v["date_unixtime"] = json!(seconds.to_string());
            }
            let (name, from_id) = match m.from {
                Some(i) => (Some(pick(&NAMES, i).to_owned()), format!("user{}", user(i))),
                None => (None, "user4999999999".to_owned()),
            };
            v["from"] = json!(name);
            v["from_id"] = json!(from_id);
            let staff = match &me_id {
                Some(me) => *me == from_id,
                None => self.personal && from_id != peer,
            };
            let mut text = String::new();
            let mut attachment = false;
            match &m.body {
                Body::Text(parts, as_string) => {
                    let mut list = Vec::new();
                    for p in parts {
                        match p {
                            Part::Plain(i) => {
                                list.push(json!(pick(&TEXTS, *i)));
                                text.push_str(pick(&TEXTS, *i));
                            }
                            Part::Entity(k, i) => {
                                let kind = pick(&ENTITIES, *k);
                                let mut e = json!({"type": kind, "text": pick(&TEXTS, *i)});
                                if kind == "text_link" {
                                    e["href"] = json!("https://example.pl/x");
                                }
                                list.push(e);
                                text.push_str(pick(&TEXTS, *i));
                            }
                        }
                        text.push(' ');
                        list.push(json!(" "));
                    }
                    v["text"] = if *as_string { json!(text) } else { Value::Array(list) };
                }
                Body::Service(i) => {
                    v["type"] = json!("service");
                    v["action"] = json!(pick(&SERVICES, *i));
                    v["text"] = json!("");
                }
                Body::Photo(caption, included, size) => {
                    v["photo"] = json!(if *included {
                        "photos/photo_1@01-03-2024_10-05-11.jpg"
                    } else {
                        "(File not included. Change data exporting settings to download.)"
                    });
                    if let Some(s) = size {
                        v["photo_file_size"] = json!(s);
                    }
                    text = caption.map(|c| pick(&TEXTS, c).to_owned()).unwrap_or_default();
                    v["text"] = json!(text);
                    attachment = true;
                }
                Body::File(caption, included, named) => {
                    v["file"] = json!(if *included {
                        "files/Umowa zgłoszenie.pdf"
                    } else {
                        "(File exceeds maximum size. Change data exporting settings to download.)"
                    });
                    if *named {
                        v["file_name"] = json!("Umowa — zgłoszenie.pdf");
                    }
                    v["media_type"] = json!("voice_message");
                    text = caption.map(|c| pick(&TEXTS, c).to_owned()).unwrap_or_default();
                    v["text"] = json!(text);
                    attachment = true;
                }
                Body::Sticker(emoji) => {
                    v["file"] = json!("stickers/sticker.webp");
                    v["media_type"] = json!("sticker");
                    if let Some(e) = emoji {
                        v["sticker_emoji"] = json!(["👍", "😀", "❤"][usize::from(*e) % 3]);
                        text = v["sticker_emoji"].as_str().unwrap_or("").to_owned();
                    }
                    v["text"] = json!("");
                }
                Body::Poll(q, answers) => {
                    let answers: Vec<&str> = answers.iter().map(|a| pick(&TEXTS, *a)).collect();
                    v["poll"] = json!({"question": pick(&TEXTS, *q), "closed": false, "total_voters": 0,
                        "answers": answers.iter().map(|a| json!({"text": a, "voters": 0, "chosen": false})).collect::<Vec<_>>()});
                    text = std::iter::once(pick(&TEXTS, *q)).chain(answers).collect::<Vec<_>>().join("\n");
                    v["text"] = json!("");
                }
                Body::Location(lat, lon) => {
                    let (lat, lon) = (f64::from(*lat) / 400.0, f64::from(*lon) / 200.0);
                    v["location_information"] = json!({"latitude": lat, "longitude": lon});
                    text = format!("{lat}, {lon}");
                    v["text"] = json!("");
                }
            }
            let text = text.trim().to_owned();
            messages.push(v);
            if matches!(m.body, Body::Service(_)) || (text.is_empty() && !attachment) {
                skipped += 1;
            } else {
                kept.push((text, name, staff));
            }
        }
        let mut chat = json!({"type": if self.personal { "personal_chat" } else { "private_supergroup" }, "id": id, "messages": messages});
        let name = self.name.map(|i| pick(&NAMES, i));
        if full || name.is_some() {
            chat["name"] = json!(name);
        }
        let thread = (!kept.is_empty()).then(|| (format!("telegram:{id}"), kept));
        (chat, thread, skipped)
    }
}

impl Export {
    /// Deals the messages to the chats (and left chats) they name.
    fn deal(&mut self) {
        let chats = self.chats.len() + self.left.len();
        for (to, m) in std::mem::take(&mut self.messages) {
            let i = usize::from(to) % chats.max(1);
            match (self.chats.len(), i) {
                (0, _) if self.left.is_empty() => {}
                (n, i) if i < n => self.chats[i].messages.push(m),
                (n, i) => self.left[i - n].messages.push(m),
            }
        }
    }

    fn render(&self) -> (Vec<u8>, Option<Expected>) {
        let mut expected = Expected { threads: Vec::new(), skipped: 0 };
        let mut add = |(chat, thread, skipped): (Value, Option<_>, usize)| {
            expected.threads.extend(thread);
            expected.skipped += skipped;
            chat
        };
        let doc = if self.full {
            let me = Some(self.me);
            // One chat per personal peer: the others are left out.
            let mut peers = Vec::new();
            let mut list = |chats: &[Chat], from: usize| -> Vec<Value> {
                chats
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| {
                        !c.personal || {
                            let new = !peers.contains(&user(c.peer));
                            peers.push(user(c.peer));
                            new
                        }
                    })
                    .map(|(i, c)| add(c.render(true, me, from + i)))
                    .collect()
            };
            let chats = list(&self.chats, 0);
            let left = list(&self.left, self.chats.len());
            json!({
                "about": "Here is the data you requested.",
                "personal_information": {"user_id": user(self.me), "first_name": pick(&NAMES, self.me), "last_name": "", "phone_number": "+48 22 123 4567"},
                "chats": {"about": "This page lists all chats from this export.", "list": chats},
                "left_chats": {"about": "This page lists all supergroups and channels from this export that you've left.", "list": left},
            })
        } else {
            let empty = Chat { name: None, personal: true, peer: 0, id: 0, messages: Vec::new() };
            let chat = self.chats.first().unwrap_or(&empty);
            add(chat.render(false, None, 0))
        };
        let mut text = serde_json::to_string_pretty(&doc).unwrap_or_default();
        if rarely(self.wild) {
            let (at, byte, cut) = self.damage;
            let mut at = usize::from(at) % text.len().max(1);
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            if cut {
                text.truncate(at);
            } else {
                const DAMAGE: &[u8] = b"{}[],:\"0a \\";
                text.insert(at, char::from(DAMAGE[usize::from(byte) % DAMAGE.len()]));
            }
            return (text.into_bytes(), None);
        }
        (text.into_bytes(), Some(expected))
    }
}
