//! The Messenger parser under hostile input. It is pure, so its invariants are its own and
//! those of every conversation parser ([`crate::chats`]): no panic; a refusal names a line of
//! one of the files; an accepted export keeps the invariants of `import::parsed`, its messages
//! have no id and are oldest first, and reading the files one by one and merging them gives
//! the same.
//!
//! Bytes → files: an even first byte means files as they are (after a second byte, unused, so
//! that the fixtures seed every target), split at each NUL byte (which JSON text never holds)
//! into at most four; odd means a Messenger chat (or two) with a shape, through `arbitrary`:
//! messages in Polish, German, Bulgarian and emoji with photos, files, stickers, shared links,
//! unsent messages, calls and people added, spread over `message_1.json`, `message_2.json`…
//! newest first, written with the export's encoding fault (UTF-8 bytes as `\u00XX`) or
//! without it. A generated chat is read as written: its thread, each text and sender, oldest
//! first, and the skipped count. About one input in twelve is "wild": a file cut, or a
//! character put in.

use arbitrary::{Arbitrary, Unstructured};
use custos_core::import::messenger;
use serde_json::{Value, json};

use crate::chats::{check_export, check_refusal, lines, panic_message};
use crate::{Outcome, Violation};

/// A thread as it must read: its key, and each message's text and sender's name.
pub type ExpectedThread = (String, Vec<(String, Option<String>)>);

/// What a generated chat must read as: per thread, its key and each message's text and
/// sender, oldest first; and the skipped count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expected {
    pub threads: Vec<ExpectedThread>,
    pub skipped: usize,
}

/// The files an input stands for, and what they must read as when that is known.
pub fn input(data: &[u8]) -> (Vec<Vec<u8>>, Option<Expected>) {
    let Some((&mode, rest)) = data.split_first() else { return (vec![Vec::new()], None) };
    if mode & 1 == 0 {
        let bytes = rest.get(1..).unwrap_or_default();
        return (bytes.splitn(4, |&b| b == 0).map(<[u8]>::to_vec).collect(), None);
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
    export.render()
}

/// Checks one input (`data` as [`input`] reads it).
pub fn check(data: &[u8]) -> Result<Outcome, Violation> {
    let (files, expected) = input(data);
    check_files(&files, expected.as_ref())
}

/// Parses `files` together and checks every invariant.
pub fn check_files(files: &[Vec<u8>], expected: Option<&Expected>) -> Result<Outcome, Violation> {
    let mut texts = Vec::new();
    for bytes in files {
        match custos_core::import::decode(bytes.clone()) {
            Ok(text) => texts.push(text),
            Err(e) => {
                check_refusal(&e, lines(&String::from_utf8_lossy(bytes)))?;
                return Ok(Outcome::Refused(e.code()));
            }
        }
    }
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let parsed = std::panic::catch_unwind(|| messenger::parse(&refs))
        .map_err(|p| Violation(format!("the parser panicked: {}", panic_message(&p))))?;
    let export = match parsed {
        Err(e) => {
            check_refusal(&e, refs.iter().map(|t| lines(t)).max().unwrap_or(1))?;
            if let Some(expected) = expected {
                return Err(Violation(format!("a generated export was refused: {e}\nexpected {expected:#?}")));
            }
            return Ok(Outcome::Refused(e.code()));
        }
        Ok(export) => export,
    };
    check_export(&export, "messenger:")?;
    for t in &export.threads {
        if t.messages.iter().any(|m| m.id.is_some()) || !t.messages.windows(2).all(|w| w[0].at <= w[1].at) {
            return Err(Violation(format!("thread {:?} has ids or is not oldest first", t.key)));
        }
    }
    let one_by_one: Result<Vec<_>, _> = refs.iter().map(|t| messenger::parse_file(t)).collect();
    match one_by_one.map(messenger::merge) {
        Ok(merged) if merged == export => {}
        other => return Err(Violation(format!("read one by one and merged: {other:?}\ntogether: {export:?}"))),
    }
    if let Some(expected) = expected {
        let got = Expected {
            threads: export
                .threads
                .iter()
                .map(|t| (t.key.clone(), t.messages.iter().map(|m| (m.text.clone(), m.from.name.clone())).collect()))
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
        let (files, _) = input(data);
        let files: Vec<_> = files.iter().map(|f| String::from_utf8_lossy(f).into_owned()).collect();
        panic!("invariant broken: {v}\nfiles {files:?}");
    }
}

/// Texts as people write them; none has blank space at its ends.
const TEXTS: [&str; 9] = [
    "Dzień dobry, Łódź",
    "Zażółć gęślą jaźń",
    "Grüß Gott, Größe",
    "Здравейте!",
    "👍 😀",
    "line one\nline two",
    "\"quoted\" \\ back",
    "plain ASCII",
    "café ✓",
];
const NAMES: [&str; 4] = ["Łucja Wiśniewska", "Jürgen Größe", "Драган Петров", "Gabinet Zdrowie"];

fn pick(list: &[&'static str], i: u8) -> &'static str {
    list[usize::from(i) % list.len()]
}

/// How these exports write a string: each UTF-8 byte as a character.
fn mangle(text: &str) -> String {
    text.bytes().map(char::from).collect()
}

#[derive(Debug, Arbitrary)]
enum Kind {
    Text(u8),
    Photo(Option<u8>),
    File,
    Sticker,
    Share(Option<u8>),
    Unsent,
    Call(bool),
    Subscribe,
}

#[derive(Debug, Arbitrary)]
struct Message {
    from: u8,
    /// Milliseconds after the message before (plus one).
    after: u16,
    kind: Kind,
    typed: bool,
}

#[derive(Debug, Arbitrary)]
struct Chat {
    title: Option<u8>,
    /// Dealt from [`Export::messages`].
    #[arbitrary(default)]
    messages: Vec<Message>,
    /// Messages per file (plus one).
    per_file: u8,
}

#[derive(Debug, Default, Arbitrary)]
struct Export {
    #[arbitrary(with = at_most_3)]
    chats: Vec<Chat>,
    faulty: bool,
    wild: u8,
    damage: (u8, u16, bool),
    /// Every message, each dealt to the chat it names (read from the rest of the bytes).
    #[arbitrary(default)]
    messages: Vec<(u8, Message)>,
}

/// One to three chats.
fn at_most_3(u: &mut Unstructured) -> arbitrary::Result<Vec<Chat>> {
    let n = u.int_in_range(1..=3)?;
    (0..n).map(|_| Chat::arbitrary(u)).collect()
}

impl Chat {
    /// The chat's files (message_1.json first), what it must read as, and its skipped count.
    fn render(&self, index: usize, faulty: bool) -> (Vec<String>, Option<ExpectedThread>, usize) {
        let fix = |s: &str| if faulty { mangle(s) } else { s.to_owned() };
        let path = format!("inbox/lucjawisniewska_{index}");
        let mut at: i64 = 1_709_652_000_000;
        let mut skipped = 0;
        let mut values = Vec::new();
        let mut kept = Vec::new();
        for m in &self.messages {
            at += 1 + i64::from(m.after);
            let name = pick(&NAMES, m.from);
            let mut v = json!({"sender_name": fix(name), "timestamp_ms": at, "is_unsent": false});
            let mut text = String::new();
            let mut attachment = false;
            let mut skip = false;
            match &m.kind {
                Kind::Text(i) => {
                    text = pick(&TEXTS, *i).to_owned();
                    v["content"] = json!(fix(&text));
                }
                Kind::Photo(caption) => {
                    v["photos"] = json!([{"uri": fix(&format!("messages/{path}/photos/zdjęcie_{at}.jpg")), "creation_timestamp": at / 1000}]);
                    if let Some(c) = caption {
                        text = pick(&TEXTS, *c).to_owned();
                        v["content"] = json!(fix(&text));
                    }
                    attachment = true;
                }
                Kind::File => {
                    v["files"] = json!([{"uri": fix(&format!("messages/{path}/files/Umowa_ż_{at}.pdf")), "creation_timestamp": at / 1000}]);
                    attachment = true;
                }
                Kind::Sticker => {
                    v["sticker"] = json!({"uri": "messages/stickers_used/39178562_n.png"});
                    attachment = true;
                }
                Kind::Share(content) => {
                    v["share"] = json!({"link": "https://example.pl/cennik"});
                    if let Some(c) = content {
                        text = format!("{}\n", pick(&TEXTS, *c));
                        v["content"] = json!(fix(pick(&TEXTS, *c)));
                    }
                    text.push_str("https://example.pl/cennik");
                    if m.typed {
                        v["type"] = json!("Share");
                    }
                }
                Kind::Unsent => {
                    v["is_unsent"] = json!(true);
                    skip = true;
                }
                Kind::Call(typed) => {
                    v["call_duration"] = json!(125);
                    v["content"] = json!(fix("Połączenie zakończone."));
                    if *typed {
                        v["type"] = json!("Call");
                    }
                    skip = true;
                }
                Kind::Subscribe => {
                    v["type"] = json!("Subscribe");
                    v["users"] = json!([{"name": fix(pick(&NAMES, m.from.wrapping_add(1)))}]);
                    skip = true;
                }
            }
            if m.typed && v.get("type").is_none() {
                v["type"] = json!("Generic");
            }
            values.push(v);
            if skip || (text.is_empty() && !attachment) {
                skipped += 1;
            } else {
                kept.push((text, Some(name.to_owned())));
            }
        }
        // message_1.json holds the newest; each file lists newest first.
        values.reverse();
        let per_file = usize::from(self.per_file % 8) + 1;
        let mut files = Vec::new();
        let title = self.title.map(|t| fix(pick(&NAMES, t)));
        let participants: Vec<Value> = NAMES.iter().map(|n| json!({"name": fix(n)})).collect();
        let chunks: Vec<&[Value]> = if values.is_empty() { vec![&[]] } else { values.chunks(per_file).collect() };
        for chunk in chunks {
            let mut doc = json!({"participants": participants, "messages": chunk, "is_still_participant": true, "thread_path": path, "magic_words": []});
            if let Some(t) = &title {
                doc["title"] = json!(t);
            }
            // The export escapes every character beyond ASCII, as serde_json's pretty printer does not:
            // written as it, by hand.
            files.push(ascii_json(&doc));
        }
        let thread = (!kept.is_empty()).then(|| (format!("messenger:{path}"), kept));
        (files, thread, skipped)
    }
}

/// JSON with two-space indents and every character beyond ASCII as `\uXXXX`, as Facebook writes it.
fn ascii_json(v: &Value) -> String {
    let pretty = serde_json::to_string_pretty(v).unwrap_or_default();
    let mut out = String::with_capacity(pretty.len());
    for c in pretty.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{u:04x}"));
            }
        }
    }
    out
}

impl Export {
    /// Deals the messages to the chats they name.
    fn deal(&mut self) {
        let n = self.chats.len();
        for (to, m) in std::mem::take(&mut self.messages) {
            if let Some(chat) = self.chats.get_mut(usize::from(to) % n.max(1)) {
                chat.messages.push(m);
            }
        }
    }

    fn render(&self) -> (Vec<Vec<u8>>, Option<Expected>) {
        let mut expected = Expected { threads: Vec::new(), skipped: 0 };
        let mut files = Vec::new();
        for (i, chat) in self.chats.iter().take(3).enumerate() {
            let (chat_files, thread, skipped) = chat.render(i, self.faulty);
            files.extend(chat_files);
            expected.threads.extend(thread);
            expected.skipped += skipped;
        }
        if files.is_empty() {
            let (chat_files, _, _) = Chat { title: None, messages: Vec::new(), per_file: 0 }.render(0, self.faulty);
            files.extend(chat_files);
        }
        if self.wild < 21 {
            let (which, at, cut) = self.damage;
            let n = files.len();
            let file = &mut files[usize::from(which) % n];
            let at = usize::from(at) % file.len().max(1);
            if cut {
                file.truncate(at);
            } else {
                file.insert(at, ['{', '}', ']', ',', '"', '\\', '0'][at % 7]);
            }
            return (files.into_iter().map(String::into_bytes).collect(), None);
        }
        (files.into_iter().map(String::into_bytes).collect(), Some(expected))
    }
}
