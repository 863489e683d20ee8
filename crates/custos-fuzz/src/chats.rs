//! The invariants every conversation parser keeps on any input (`import::parsed`): checked by
//! the Telegram and Messenger targets ([`crate::telegram`], [`crate::messenger`]).
//!
//! - a refusal is `import_failed`, with a message and a line inside the file;
//! - an accepted file gives threads with distinct keys of the format's prefix, each with
//!   messages; every message has a time inside the years the vault stores, a line from 1, no
//!   addressees, text that is plain (no control character but line breaks and tabs, no NUL, no
//!   blank space around it) and not empty unless the message has an attachment; a sender's
//!   name, when there is one, is trimmed, single-spaced and has no control character;
//!   attachments have a name without a folder.

use chrono::{TimeZone, Utc};
use custos_core::import::parsed::ParsedExport;
use custos_core::ts::{EARLIEST_YEAR, LATEST_YEAR};

use crate::Violation;

/// How many lines `text` has (for a refusal's line to be inside it).
pub fn lines(text: &str) -> usize {
    1 + text.bytes().filter(|&b| b == b'\n').count()
}

/// A refusal's invariants: `import_failed` with a message and a line of a file of `lines` lines.
pub fn check_refusal(e: &custos_core::Error, lines: usize) -> Result<(), Violation> {
    let custos_core::Error::Import { line, why, .. } = e else {
        return Err(Violation(format!("refused with {} instead of import_failed: {e}", e.code())));
    };
    if !(1..=lines).contains(line) {
        return Err(Violation(format!("refused at line {line} of a file of {lines} lines: {e}")));
    }
    if why.to_string().trim().is_empty() {
        return Err(Violation("refused without a message".into()));
    }
    Ok(())
}

/// The invariants of an accepted export whose thread keys start with `prefix`.
pub fn check_export(export: &ParsedExport, prefix: &str) -> Result<(), Violation> {
    let earliest = Utc.with_ymd_and_hms(EARLIEST_YEAR, 1, 1, 0, 0, 0).single();
    let latest = Utc.with_ymd_and_hms(LATEST_YEAR + 1, 1, 1, 0, 0, 0).single();
    let plain = |t: &str| t.trim() == t && t.chars().all(|c| c == '\n' || c == '\t' || !c.is_control());
    for (i, t) in export.threads.iter().enumerate() {
        if !t.key.starts_with(prefix) || export.threads[..i].iter().any(|o| o.key == t.key) {
            return Err(Violation(format!("a thread key {:?} of another format or twice", t.key)));
        }
        if t.messages.is_empty() {
            return Err(Violation(format!("thread {:?} without messages", t.key)));
        }
        if let Some(title) = &t.title
            && (title.is_empty() || !plain(title))
        {
            return Err(Violation(format!("a title that is not plain: {title:?}")));
        }
        for m in &t.messages {
            let Some(at) = m.at else { return Err(Violation("a chat message without a time".into())) };
            if earliest.is_some_and(|e| at < e) || latest.is_some_and(|l| at >= l) {
                return Err(Violation(format!("a message at {at}")));
            }
            if m.line == 0 || !m.to.is_empty() || m.from.address.is_some() {
                return Err(Violation(format!("a message at line {} with addressees or an address", m.line)));
            }
            if !plain(&m.text) || (m.text.is_empty() && m.attachments.is_empty()) {
                return Err(Violation(format!("a text that is not plain or empty: {:?}", m.text)));
            }
            if let Some(name) = &m.from.name
                && (name.is_empty() || name.split_whitespace().collect::<Vec<_>>().join(" ") != *name)
            {
                return Err(Violation(format!("a sender's name that is not trimmed: {name:?}")));
            }
            if let Some(a) = m.attachments.iter().find(|a| a.name.is_empty() || a.name.contains(['/', '\\'])) {
                return Err(Violation(format!("an attachment named {:?}", a.name)));
            }
        }
    }
    Ok(())
}

pub(crate) fn panic_message(p: &Box<dyn std::any::Any + Send>) -> String {
    p.downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| p.downcast_ref::<String>().cloned()).unwrap_or_default()
}
