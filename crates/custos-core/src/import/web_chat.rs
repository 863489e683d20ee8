//! Website chat transcripts as CSV: what LiveChat, tawk.to, Intercom, Zendesk Chat, Tidio,
//! Crisp and the like export, one row per message with a time, who wrote it and the text,
//! often with the chat it belongs to, the writer's e-mail address and role (visitor, agent,
//! bot). docs/formats/web-chat-csv.md describes what is read.
//!
//! The file is read as the contacts CSV importer reads its own
//! ([`crate::address_book::csv`]): the same encodings, delimiters and quoting, a header
//! naming the columns, rows each with the line it starts on. [`inspect`] shows the mapping
//! step what the file is (encoding, delimiter, header, a [`WebChatMapping`] guessed from it,
//! the first rows); [`parse`] reads every row with the mapping the user agreed to into a
//! [`ParsedExport`]: one thread per value of the Conversation column (a row that leaves it
//! empty continues the chat above), else one for the whole file.
//!
//! A file that cannot be read is refused as a whole, naming the line and the column of the
//! first problem ("Line 14: column "Time": expected a time such as 2026-03-01 10:00 but
//! found …"). Bot and system rows are skipped and counted, whatever else they hold.
//!
//! One concept per file: `mapping` (fields and the guess from column names), `time` (the
//! times and the file's order of day and month), `role` (visitor, agent, bot).

mod mapping;
mod role;
mod time;

use std::collections::HashMap;

use chrono::{DateTime, FixedOffset, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::address_book::csv::records::Records;
use crate::address_book::csv::{Delimiter, Encoding, Row, SAMPLE_ROWS, Source};
use crate::error::{Error, ImportWhy, Result, Why};
use crate::import::parsed::{ParsedExport, ParsedMessage, Party, Thread};
use crate::import::whatsapp::excerpt;
use crate::interactions::Channel;
use crate::why::Place;

pub use mapping::{WebChatField, WebChatMapping, guess_column};
use role::Role;
use time::{Fault, Order, Written};

/// What the mapping step shows of a website chat export before anything is imported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct WebChatInspected {
    pub encoding: Encoding,
    pub delimiter: Delimiter,
    /// The column names (trimmed), in order.
    pub headers: Vec<String>,
    /// The line the header is on.
    pub header_line: usize,
    /// A field for each column, from its name.
    pub guessed: WebChatMapping,
    /// The first rows (at most [`SAMPLE_ROWS`]), blank ones skipped, each with its line.
    pub sample: Vec<Row>,
    /// How many rows the file has (blank ones skipped).
    pub rows: usize,
}

/// Reads the header and the rows of a website chat export, and guesses its mapping.
pub fn inspect(bytes: &[u8]) -> Result<WebChatInspected> {
    let source = Source::read(bytes)?;
    let mut records = source.records();
    let headers = header(&mut records)?;
    let (mut sample, mut rows) = (Vec::new(), 0);
    while let Some(row) = records.row()? {
        rows += 1;
        if sample.len() < SAMPLE_ROWS {
            sample.push(row);
        }
    }
    if rows == 0 {
        return Err(Error::import(records.header_line(), ImportWhy::WebChatNoRows {}));
    }
    Ok(WebChatInspected {
        encoding: source.encoding,
        delimiter: source.delimiter,
        guessed: WebChatMapping::guess(&headers),
        headers,
        header_line: records.header_line(),
        sample,
        rows,
    })
}

/// Reads every row of a website chat export with `mapping`. Times without a zone are local
/// times at `utc_offset`.
pub fn parse(bytes: &[u8], mapping: &WebChatMapping, utc_offset: FixedOffset) -> Result<ParsedExport> {
    crate::ts::check_offset(utc_offset).map_err(|e| e.for_field("utc_offset"))?;
    let source = Source::read(bytes)?;
    let mut records = source.records();
    let headers = header(&mut records)?;
    let plan = Plan::new(mapping, headers)?;
    let mut rows = Vec::new();
    while let Some(row) = records.row()? {
        let when = plan.when(&row);
        rows.push((row, when));
    }
    if rows.is_empty() {
        return Err(Error::import(records.header_line(), ImportWhy::WebChatNoRows {}));
    }
    let meridiem = rows.iter().any(|(_, w)| w.as_ref().is_ok_and(Written::meridiem));
    let dates = rows.iter().filter_map(|(row, w)| {
        let date = w.as_ref().ok()?.date()?;
        Some((row.line, plan.date_text(row), date))
    });
    let order = Order::decide(dates, meridiem);
    plan.messages(&rows, &order, utc_offset)
}

/// The header's names, trimmed; the "empty file" refusal when there is none.
fn header(records: &mut Records<'_>) -> Result<Vec<String>> {
    let Some(header) = records.try_header()? else {
        return Err(Error::import(1, ImportWhy::WebChatEmpty {}));
    };
    Ok(header.fields.iter().map(|h| h.trim().to_owned()).collect())
}

/// Where a message's time is.
#[derive(Debug, Clone, Copy)]
enum When {
    /// In one column.
    One(usize),
    /// The date in one column, the time of day in another.
    Split { date: usize, clock: usize },
}

/// The columns of each part of a message, from a mapping and a header.
#[derive(Debug)]
struct Plan {
    headers: Vec<String>,
    when: When,
    sender: Option<usize>,
    email: Option<usize>,
    role: Option<usize>,
    texts: Vec<usize>,
    conversation: Option<usize>,
    id: Option<usize>,
}

/// Ids and conversation values longer than this are kept as their hash (they are stored as
/// references, and compared).
const MAX_REF_CHARS: usize = 200;

impl Plan {
    /// The plan of `mapping` for a file with `headers`; columns past the header are ignored.
    /// A mapping without a time, a text or anyone who wrote is refused.
    fn new(mapping: &WebChatMapping, headers: Vec<String>) -> Result<Plan> {
        let column = |field: WebChatField| (0..headers.len()).find(|&c| mapping.field(c) == field);
        let when = match (column(WebChatField::Time), column(WebChatField::Date), column(WebChatField::Clock)) {
            (Some(c), _, _) => When::One(c),
            (None, Some(date), Some(clock)) => When::Split { date, clock },
            _ => return Err(Error::invalid("mapping", Why::WebChatMappingNoTime {})),
        };
        let texts: Vec<usize> = (0..headers.len()).filter(|&c| mapping.field(c) == WebChatField::Text).collect();
        if texts.is_empty() {
            return Err(Error::invalid("mapping", Why::WebChatMappingNoText {}));
        }
        let (sender, email, role) =
            (column(WebChatField::Sender), column(WebChatField::SenderEmail), column(WebChatField::Role));
        if sender.is_none() && email.is_none() && role.is_none() {
            return Err(Error::invalid("mapping", Why::WebChatMappingNoSender {}));
        }
        Ok(Plan {
            when,
            sender,
            email,
            role,
            texts,
            conversation: column(WebChatField::Conversation),
            id: column(WebChatField::MessageId),
            headers,
        })
    }

    /// The name of `column` for messages: its header, else its number.
    fn name(&self, column: usize) -> String {
        match self.headers.get(column).filter(|h| !h.is_empty()) {
            Some(h) => excerpt(h),
            None => format!("#{}", column + 1),
        }
    }

    /// The trimmed text of `column` in `row`, `""` past its end.
    fn cell<'r>(&self, row: &'r Row, column: usize) -> &'r str {
        row.fields.get(column).map_or("", |f| f.trim())
    }

    /// The text of an optional column, `None` when empty.
    fn value<'r>(&self, row: &'r Row, column: Option<usize>) -> Option<&'r str> {
        column.map(|c| self.cell(row, c)).filter(|v| !v.is_empty())
    }

    /// The time as `row` writes it, or why it is none.
    fn when(&self, row: &Row) -> std::result::Result<Written, ImportWhy> {
        match self.when {
            When::One(c) => {
                let text = self.cell(row, c);
                Written::parse(text)
                    .ok_or_else(|| ImportWhy::WebChatNotATime { column: self.name(c), found: excerpt(text) })
            }
            When::Split { date, clock } => {
                let date_text = self.cell(row, date);
                let Some(d) = Written::parse_date(date_text) else {
                    return Err(ImportWhy::WebChatNotADate { column: self.name(date), found: excerpt(date_text) });
                };
                let clock_text = self.cell(row, clock);
                let Some(c) = Written::parse_clock(clock_text) else {
                    return Err(ImportWhy::WebChatNotAClock { column: self.name(clock), found: excerpt(clock_text) });
                };
                Ok(c.on(d))
            }
        }
    }

    /// The text of the date in `row` (the evidence of the order of day and month).
    fn date_text<'r>(&self, row: &'r Row) -> &'r str {
        match self.when {
            When::One(c) | When::Split { date: c, .. } => self.cell(row, c),
        }
    }

    /// Why a written time is refused at `row`.
    fn time_fault(&self, row: &Row, fault: Fault) -> Error {
        let (date_column, clock_column) = match self.when {
            When::One(c) => (c, c),
            When::Split { date, clock } => (date, clock),
        };
        let at = |c| (self.name(c), excerpt(self.cell(row, c)));
        let why = match fault {
            Fault::NoSuchDate => {
                let (column, found) = at(date_column);
                ImportWhy::WebChatNoSuchDate { column, found }
            }
            Fault::NoSuchTime => {
                let (column, found) = at(clock_column);
                match self.when {
                    When::One(_) => ImportWhy::WebChatNotATime { column, found },
                    When::Split { .. } => ImportWhy::WebChatNotAClock { column, found },
                }
            }
            Fault::Contradicts { day_first, evidence_line, evidence } => {
                let (column, found) = at(date_column);
                let evidence_line = Place(evidence_line);
                if day_first {
                    ImportWhy::WebChatDatesDayFirst { column, evidence_line, evidence: excerpt(&evidence), found }
                } else {
                    ImportWhy::WebChatDatesMonthFirst { column, evidence_line, evidence: excerpt(&evidence), found }
                }
            }
            Fault::Stored(e) => return e.on_line(row.line),
        };
        Error::import(row.line, why)
    }

    /// The conversations of the rows, in the order they first appear.
    fn messages(
        &self,
        rows: &[(Row, std::result::Result<Written, ImportWhy>)],
        order: &Order,
        offset: FixedOffset,
    ) -> Result<ParsedExport> {
        let mut threads: Vec<(Option<String>, Vec<ParsedMessage>)> = Vec::new();
        let mut thread_of: HashMap<String, usize> = HashMap::new();
        let mut roles: HashMap<&str, Role> = HashMap::new();
        let mut ids: HashMap<String, usize> = HashMap::new();
        let mut current: Option<usize> = None;
        let mut skipped = 0;
        for (row, when) in rows {
            let role_text = self.value(row, self.role);
            let role = match role_text {
                None => Role::Visitor,
                Some(text) => match roles.get(text) {
                    Some(&role) => role,
                    None => {
                        let Some(role) = Role::read(text) else {
                            let column = self.role.map(|c| self.name(c)).unwrap_or_default();
                            let why = ImportWhy::WebChatUnknownRole { column, found: excerpt(text) };
                            return Err(Error::import(row.line, why));
                        };
                        roles.insert(text, role);
                        role
                    }
                },
            };
            if role == Role::System {
                skipped += 1;
                continue;
            }
            let written = when.as_ref().map_err(|why| Error::import(row.line, why.clone()))?;
            let at = written.resolve(order, offset).map_err(|fault| self.time_fault(row, fault))?;
            let text = self.text(row)?;
            let from = self.party(row, role, role_text.is_some())?;
            let id = match self.value(row, self.id) {
                None => None,
                Some(id) => {
                    let id = reference(id);
                    if let Some(&first_line) = ids.get(&id) {
                        let column = self.id.map(|c| self.name(c)).unwrap_or_default();
                        let why = ImportWhy::WebChatSameId { column, id: excerpt(&id), first_line: Place(first_line) };
                        return Err(Error::import(row.line, why));
                    }
                    ids.insert(id.clone(), row.line);
                    Some(id)
                }
            };
            if let Some(conversation) = self.value(row, self.conversation) {
                let conversation = reference(conversation);
                let next = threads.len();
                let index = *thread_of.entry(conversation.clone()).or_insert(next);
                if index == next {
                    threads.push((Some(conversation), Vec::new()));
                }
                current = Some(index);
            }
            let index = match current {
                Some(index) => index,
                None => {
                    // Rows before any conversation value (or a file without one): the file's thread.
                    threads.push((None, Vec::new()));
                    let index = threads.len() - 1;
                    current = Some(index);
                    index
                }
            };
            let message =
                ParsedMessage { id, at: Some(at), from, to: Vec::new(), text, attachments: Vec::new(), line: row.line };
            if let Some((_, messages)) = threads.get_mut(index) {
                messages.push(message);
            }
        }
        if threads.is_empty() {
            return Err(Error::import(
                rows.first().map_or(1, |(r, _)| r.line),
                ImportWhy::WebChatNoMessages { skipped },
            ));
        }
        let threads = threads
            .into_iter()
            .map(|(conversation, mut messages)| {
                messages.sort_by_key(|m| m.at);
                let key = match conversation {
                    Some(c) => format!("web_chat:{c}"),
                    None => file_key(&messages),
                };
                Thread { key, title: None, channel: Channel::Chat, messages }
            })
            .collect();
        Ok(ParsedExport { threads, skipped })
    }

    /// The text of a message: its text columns, each trimmed, joined by line breaks.
    fn text(&self, row: &Row) -> Result<String> {
        let mut text = String::new();
        for &c in &self.texts {
            let part = clean(self.cell(row, c));
            if !part.is_empty() {
                if !text.is_empty() {
                    text.push('\n');
                }
                text.push_str(&part);
            }
        }
        if text.is_empty() {
            let column = self.texts.first().map(|&c| self.name(c)).unwrap_or_default();
            return Err(Error::import(row.line, ImportWhy::WebChatTextEmpty { column }));
        }
        Ok(text)
    }

    /// Who wrote: the name, the e-mail address (lower case) and whether the file says they
    /// are at the firm. A name that is an e-mail address is their address.
    fn party(&self, row: &Row, role: Role, has_role: bool) -> Result<Party> {
        let mut name = self.value(row, self.sender).map(str::to_owned);
        let mut address = None;
        if let Some(email) = self.value(row, self.email) {
            if !is_address(email) {
                let column = self.email.map(|c| self.name(c)).unwrap_or_default();
                return Err(Error::import(row.line, ImportWhy::WebChatNotAnEmail { column, found: excerpt(email) }));
            }
            address = Some(email.to_lowercase());
        } else if name.as_deref().is_some_and(is_address) {
            address = name.take().map(|n| n.to_lowercase());
        }
        if name.is_none() && address.is_none() && !has_role {
            let column = self.sender.or(self.email).or(self.role).map(|c| self.name(c)).unwrap_or_default();
            return Err(Error::import(row.line, ImportWhy::WebChatSenderMissing { column }));
        }
        Ok(Party { name, address, staff: role == Role::Agent })
    }
}

/// An e-mail address as a chat tool writes it: one word with an `@` inside.
fn is_address(text: &str) -> bool {
    let at = text.find('@');
    at.is_some_and(|i| i > 0 && i + 1 < text.len()) && !text.contains(char::is_whitespace)
}

/// A message's text as a person reads it: line breaks as `\n`, no control characters but
/// tabs, trimmed.
fn clean(text: &str) -> String {
    let text = text.replace("\r\n", "\n");
    text.chars()
        .map(|c| if c == '\r' { '\n' } else { c })
        .filter(|&c| !c.is_control() || matches!(c, '\n' | '\t'))
        .collect::<String>()
        .trim()
        .to_owned()
}

/// A conversation value or message id as it is kept: itself, or when very long its hash.
fn reference(value: &str) -> String {
    if value.chars().count() <= MAX_REF_CHARS {
        value.to_owned()
    } else {
        format!("sha256:{}", hex::encode(Sha256::digest(value.as_bytes())))
    }
}

/// The key of a file's one thread: its first message's time and sender, the same whenever
/// the same file (or a longer export of the same chat) is imported.
fn file_key(messages: &[ParsedMessage]) -> String {
    let Some(first) = messages.first() else { return "web_chat:".to_owned() };
    let at = first.at.map(|t: DateTime<Utc>| t.to_rfc3339_opts(SecondsFormat::Millis, true)).unwrap_or_default();
    format!("web_chat:{}", reference(&format!("{at} {}", first.from.label())))
}

#[cfg(test)]
mod tests;
