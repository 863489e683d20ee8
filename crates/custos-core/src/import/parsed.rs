//! What every conversation importer's parser gives (e-mail, Telegram, Messenger, website
//! chat): threads of messages whose people are named as the file names them, before anyone
//! is matched to a contact. Parsing is pure; matching the people (`import::people`) and
//! writing the conversations (`import::conversations`) come after, so each parser is tested
//! and fuzzed on its own.

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::interactions::Channel;

/// Everything one import read: from one file, or several files of one format.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ParsedExport {
    /// The conversations found, each a thread of messages, in the file's order.
    pub threads: Vec<Thread>,
    /// Messages the file holds that are not conversation (Telegram's "joined the group",
    /// pinned messages, calls; Messenger's unsent messages): skipped and counted.
    pub skipped: usize,
}

/// One conversation as the file has it: an e-mail thread, a chat.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Thread {
    /// What identifies the thread across imports, stored as the conversation's external
    /// reference: the first Message-ID of an e-mail thread (else `subject:<normalised
    /// subject>`), `telegram:<chat id>`, `messenger:<thread path>`, `web_chat:<conversation id>`.
    pub key: String,
    /// The e-mail thread's subject or the chat's name, when the file gives one.
    pub title: Option<String>,
    pub channel: Channel,
    /// Oldest first, as far as the file tells.
    pub messages: Vec<ParsedMessage>,
}

/// One message as the file has it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ParsedMessage {
    /// The file's own id of the message (an e-mail's Message-ID without `<>`, a Telegram
    /// message id): a second import of the same message is recognised by it. `None` when
    /// the file has none; the message is then recognised by time, sender and text.
    pub id: Option<String>,
    /// When it was sent, in UTC; `None` for an e-mail without a usable `Date`.
    pub at: Option<DateTime<Utc>>,
    pub from: Party,
    /// An e-mail's other addressees (To and Cc); empty for chats.
    pub to: Vec<Party>,
    /// The text as a person reads it: never markup; an HTML-only mail as readable text.
    /// Quoted earlier replies are kept.
    pub text: String,
    /// Files sent with the message: recorded by name and size, their contents never stored.
    pub attachments: Vec<Attachment>,
    /// Where the message is in its file (a line, or for JSON the message's number), for the
    /// preview and for errors that name it.
    pub line: usize,
}

/// A person as a file names them: by e-mail address, by name, or both.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Party {
    /// The display name (an e-mail's `"Anna Nowak" <…>`, a chat's sender name), trimmed.
    pub name: Option<String>,
    /// An e-mail address in lower case.
    pub address: Option<String>,
    /// The file itself says this is someone at the firm: a website chat's agent, the Telegram
    /// account that made the export. Otherwise the firm's own addresses decide.
    pub staff: bool,
}

impl Party {
    /// How the party is shown: their name, else their address, else "".
    pub fn label(&self) -> &str {
        self.name.as_deref().or(self.address.as_deref()).unwrap_or("")
    }
}

/// A file sent with a message. Its contents are never read into the vault.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Attachment {
    pub name: String,
    /// In bytes; 0 when the file does not say.
    pub size: u64,
}
