//! E-mail as mail programs save it: one message in an `.eml` file, or many in an mbox (what
//! Thunderbird, Apple Mail, Evolution, mutt and Google Takeout export), turned into threads of
//! [`ParsedMessage`]s. Parsing is pure: bytes in, mails out; matching people to contacts and
//! writing come after.
//!
//! - [`parse_eml`] reads one message, [`parse_mbox`] a mailbox ([`mbox`] splits it), each
//!   mail read by Stalwart Labs' `mail-parser` ([`message`]): MIME multipart, quoted-printable
//!   and base64, RFC 2047 names and subjects and bodies in any European charset (ISO-8859-x,
//!   Windows-125x, KOI8-R, UTF-7…). The text is the plain-text part, else the HTML part as
//!   readable text ([`html`]); quoted earlier replies are kept. A mail with attachments and
//!   no text at all is read with an empty text.
//! - [`threads`] groups the mails into conversations ([`thread`]).
//! - [`looks_like_mbox`] and [`looks_like_eml`] tell the formats apart for detection.
//!
//! The parser is lenient where mail programs are: a mail without a `Date` (it takes the date
//! of its mbox "From " line, else none), without a `Message-ID`, with odd headers or a broken
//! MIME structure is read as far as it goes. It refuses, naming the line, only what is not
//! mail: an empty file, a file without a header block that names a sender, a date or a
//! Message-ID, an mbox that does not start with a "From " line, and a single mail over
//! [`MAX_MAIL_BYTES`].

mod html;
pub mod mbox;
mod message;
mod text;
pub mod thread;

use crate::error::Result;
use crate::import::parsed::ParsedMessage;

pub use mbox::{looks_like_mbox, parse_mbox};
pub use message::{looks_like_eml, parse_eml};
pub use thread::{normalised_subject, threads};

/// The largest single mail read, attachments included (a mail server's limit is usually 25–50
/// MB): a larger one is refused rather than decoded into memory.
pub const MAX_MAIL_BYTES: usize = 50 * 1024 * 1024;

/// One mail as read, with what threading needs besides the message itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mail {
    pub message: ParsedMessage,
    /// The decoded `Subject`, trimmed; `None` when there is none or it is blank.
    pub subject: Option<String>,
    /// The Message-IDs in `In-Reply-To`, without `<>`.
    pub in_reply_to: Vec<String>,
    /// The Message-IDs in `References`, oldest (the thread's root) first, without `<>`.
    pub references: Vec<String>,
}

/// Parses `bytes` as an mbox when they look like one, else as one `.eml` message.
pub fn parse_any(bytes: &[u8]) -> Result<Vec<Mail>> {
    if looks_like_mbox(bytes) { parse_mbox(bytes) } else { parse_eml(bytes).map(|m| vec![m]) }
}

#[cfg(test)]
mod tests;
