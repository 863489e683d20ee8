//! Files of conversations as a person drops them on Custos: one or several files or folders,
//! each file's format told by its content (or named), read into [`Part`]s for
//! [`Vault::preview_conversations`](crate::Vault::preview_conversations) and
//! [`Vault::import_conversations`](crate::Vault::import_conversations).
//!
//! A folder stands for the files in it that Custos reads (`.eml`, `.mbox`, `.json`, `.csv`,
//! and mbox files without an extension as Thunderbird keeps them), to a depth of four folders:
//! a folder of saved mails, a Messenger "messages/inbox/<chat>" folder, a Telegram export.
//! Files of one format are read together (Messenger's `message_1.json`, `message_2.json` … of
//! one chat; the mails of a folder thread together), each format becoming one part.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::FixedOffset;

use crate::error::{Error, Result};
use crate::import::conversations::Part;
use crate::import::parsed::ParsedExport;
use crate::import::web_chat::WebChatMapping;
use crate::import::{email, messenger, telegram, web_chat};
use crate::interactions::Origin;
use crate::why::Why;

crate::contacts::string_enum!(
    /// The format of a file of conversations.
    ConversationFormat ("format") {
        WhatsApp = "whatsapp",
        Json = "json",
        Eml = "eml",
        Mbox = "mbox",
        Telegram = "telegram",
        Messenger = "messenger",
        Csv = "csv",
    }
);

impl ConversationFormat {
    /// How conversations of this format reached the vault.
    pub fn origin(self) -> Origin {
        match self {
            ConversationFormat::WhatsApp => Origin::WhatsApp,
            ConversationFormat::Json => Origin::Json,
            ConversationFormat::Eml | ConversationFormat::Mbox => Origin::Email,
            ConversationFormat::Telegram => Origin::Telegram,
            ConversationFormat::Messenger => Origin::Messenger,
            ConversationFormat::Csv => Origin::WebChat,
        }
    }

    /// True for the formats read without a card to attach them to (their people are matched):
    /// not WhatsApp's text or Custos's own JSON, which are a conversation with one contact.
    pub fn matches_people(self) -> bool {
        !matches!(self, ConversationFormat::WhatsApp | ConversationFormat::Json)
    }
}

/// How many bytes of a file its format is told from.
const HEAD: usize = 64 * 1024;

/// The format of a file, from its first bytes (and its name: a `.mbox` or `.eml` file is read
/// as one, so that a broken one is refused as what it claims to be; a `.csv` file).
pub fn detect(path: &Path, head: &[u8]) -> ConversationFormat {
    let head = &head[..head.len().min(HEAD)];
    let extension = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    if email::looks_like_mbox(head) || extension.as_deref() == Some("mbox") {
        return ConversationFormat::Mbox;
    }
    let text = String::from_utf8_lossy(head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head));
    let start = text.trim_start();
    if start.starts_with('{') || start.starts_with('[') {
        let has = |key: &str| text.contains(&format!("\"{key}\""));
        return if has("participants") && (has("timestamp_ms") || has("thread_path")) {
            ConversationFormat::Messenger
        } else if has("date_unixtime") || (has("chats") && has("personal_information")) || has("from_id") {
            ConversationFormat::Telegram
        } else {
            ConversationFormat::Json
        };
    }
    if extension.as_deref() == Some("eml") || email::looks_like_eml(head) {
        return ConversationFormat::Eml;
    }
    if matches!(extension.as_deref(), Some("csv" | "tsv")) {
        return ConversationFormat::Csv;
    }
    ConversationFormat::WhatsApp
}

/// The first bytes of a file, to tell its format by ([`detect`]).
pub fn head(path: &Path) -> Result<Vec<u8>> {
    use std::io::Read;
    crate::files::regular(path)?;
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let mut head = Vec::with_capacity(HEAD);
    file.take(HEAD as u64).read_to_end(&mut head).map_err(|e| Error::io(path, e))?;
    Ok(head)
}

/// Whether a file in a folder is one Custos reads.
fn readable(path: &Path) -> bool {
    let extension = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    match extension.as_deref() {
        Some("eml" | "mbox" | "json" | "csv" | "tsv" | "txt") => true,
        // Thunderbird keeps each mail folder as an mbox without an extension ("Inbox").
        None => std::fs::File::open(path)
            .and_then(|mut f| {
                let mut head = [0u8; 5];
                std::io::Read::read_exact(&mut f, &mut head).map(|()| head)
            })
            .is_ok_and(|head| &head == b"From "),
        _ => false,
    }
}

/// The files `paths` stand for: each file itself, each folder's readable files (see the module
/// doc), in name order, each once.
pub fn files(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for path in paths {
        let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
        if meta.is_dir() {
            walk(path, 4, &mut out)?;
        } else {
            out.push(path.clone());
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

fn walk(dir: &Path, depth: u32, out: &mut Vec<PathBuf>) -> Result<()> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(dir, e))?;
        let path = entry.path();
        // Not followed: a link could lead out of the folder, or around in a circle.
        let kind = entry.file_type().map_err(|e| Error::io(&path, e))?;
        if kind.is_dir() && depth > 0 {
            walk(&path, depth - 1, out)?;
        } else if kind.is_file() && readable(&path) {
            out.push(path);
        }
    }
    Ok(())
}

/// How to read files whose format leaves something open.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// The zone of times written without one (Telegram's `date`, a web chat's local times).
    pub utc_offset: FixedOffset,
    /// The columns of a website chat's CSV file; guessed from its header when not given.
    pub mapping: Option<WebChatMapping>,
    /// The format of every file, when the person named it; else each file's is detected.
    pub format: Option<ConversationFormat>,
}

/// Conversations read from files, ready to preview and import.
#[derive(Debug, Clone)]
pub struct Sourced {
    /// One part per format found.
    pub parts: Vec<Part>,
    /// The files read, each with its format.
    pub files: Vec<(PathBuf, ConversationFormat)>,
}

/// Reads the conversations of `paths` (files and folders). A file of WhatsApp text or
/// Custos's JSON is refused here: those are imported on a contact's card. A broken file is
/// refused naming it and its line; then nothing is read.
pub fn read(paths: &[PathBuf], options: &ReadOptions) -> Result<Sourced> {
    let files = files(paths)?;
    if files.is_empty() {
        return Err(Error::invalid("files", Why::NoConversationFiles {}));
    }
    let mut by_format: BTreeMap<ConversationFormat, Vec<(PathBuf, Vec<u8>)>> = BTreeMap::new();
    let mut listed = Vec::with_capacity(files.len());
    for path in files {
        let bytes = crate::files::read_regular(&path, crate::files::MAX_IMPORT_BYTES)?;
        let format = options.format.unwrap_or_else(|| detect(&path, &bytes));
        if !format.matches_people() {
            let format = if format == ConversationFormat::WhatsApp { "WhatsApp" } else { "JSON" };
            return Err(Error::invalid("files", Why::ConversationNeedsCard { file: file_name(&path), format }));
        }
        listed.push((path.clone(), format));
        by_format.entry(format).or_default().push((path, bytes));
    }
    let mut parts = Vec::with_capacity(by_format.len());
    for (format, files) in by_format {
        let export = parse(format, &files, options)?;
        parts.push(Part { origin: format.origin(), export });
    }
    Ok(Sourced { parts, files: listed })
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
}

/// An error of reading `path`, naming the file.
fn in_file(path: &Path) -> impl Fn(Error) -> Error + '_ {
    move |e: Error| e.in_file(&file_name(path))
}

/// Reads the files of one format; an error names the file it is in.
fn parse(format: ConversationFormat, files: &[(PathBuf, Vec<u8>)], options: &ReadOptions) -> Result<ParsedExport> {
    match format {
        ConversationFormat::Eml | ConversationFormat::Mbox => {
            let mut mails = Vec::new();
            for (path, bytes) in files {
                if format == ConversationFormat::Mbox {
                    mails.extend(email::parse_mbox(bytes).map_err(in_file(path))?);
                } else {
                    mails.push(email::parse_eml(bytes).map_err(in_file(path))?);
                }
            }
            Ok(email::threads(mails))
        }
        ConversationFormat::Telegram => {
            let mut export = ParsedExport::default();
            for (path, bytes) in files {
                let text = crate::import::decode(bytes.clone()).map_err(in_file(path))?;
                let one = telegram::parse(&text, options.utc_offset).map_err(in_file(path))?;
                export.threads.extend(one.threads);
                export.skipped += one.skipped;
            }
            Ok(export)
        }
        ConversationFormat::Messenger => {
            // Each file read alone (so that an error names it), then a chat's files together.
            let mut read = Vec::with_capacity(files.len());
            for (path, bytes) in files {
                let text = crate::import::decode(bytes.clone()).map_err(in_file(path))?;
                read.push(messenger::parse_file(&text).map_err(in_file(path))?);
            }
            Ok(messenger::merge(read))
        }
        ConversationFormat::Csv => {
            let mut export = ParsedExport::default();
            for (path, bytes) in files {
                let mapping = match &options.mapping {
                    Some(m) => m.clone(),
                    None => web_chat::inspect(bytes).map_err(in_file(path))?.guessed,
                };
                let one = web_chat::parse(bytes, &mapping, options.utc_offset).map_err(in_file(path))?;
                export.threads.extend(one.threads);
                export.skipped += one.skipped;
            }
            Ok(export)
        }
        ConversationFormat::WhatsApp | ConversationFormat::Json => Ok(ParsedExport::default()),
    }
}
