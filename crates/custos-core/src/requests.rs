//! Requests from data subjects (GDPR Art. 12 and 15–22): the register, and its deadlines.
//!
//! A request is of one [`RequestKind`], from a contact or from a requester not yet matched
//! to one, received on a calendar date through a [`RequestChannel`]. It moves
//! received → identity pending → in progress → extended → done | refused. The identity check
//! (how, with what result, when) is recorded when identity is in doubt (Art. 12(6)). What was
//! done is a list of actions, each pointing at the audit entry that proves it (an erasure, a
//! restriction, a report generated…): closing as done needs at least one, refusing needs a
//! reason (Art. 12(4)). A requester matched to no contact, about whom a search found nothing,
//! is answered by closing as done with "no personal data held" ([`Requests::close_no_data`]).
//!
//! The due date is one month from receipt by the rule in [`crate::deadline`], with the firm's
//! calendar (company country, closure days); an extension makes it three months from receipt,
//! and is allowed only with a reason and only when the person was told within the first month.
//! Erasing the contact clears the requester's own words (name, contact point, free text) and
//! redacts the request's audit details, but keeps that the request existed and what became of it.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::audit::{Action, AuditEntry, AuditFilter, Target};
use crate::contacts::{ContactId, string_enum};
use crate::deadline::{self, Calendar};
use crate::error::{Error, Result, Why};
use crate::ts::Ts;
use crate::vault::Vault;

pub type RequestId = i64;

string_enum!(
    /// What the person asks for (the GDPR article in [`RequestKind::article`]).
    RequestKind ("request type") {
        Access = "access",
        Rectification = "rectification",
        Erasure = "erasure",
        Restriction = "restriction",
        Portability = "portability",
        Objection = "objection",
        AutomatedDecisions = "automated_decisions",
        ConsentWithdrawal = "consent_withdrawal",
    }
);

impl RequestKind {
    /// The article of the GDPR that gives the right.
    pub fn article(self) -> &'static str {
        match self {
            RequestKind::Access => "Art. 15",
            RequestKind::Rectification => "Art. 16",
            RequestKind::Erasure => "Art. 17",
            RequestKind::Restriction => "Art. 18",
            RequestKind::Portability => "Art. 20",
            RequestKind::Objection => "Art. 21",
            RequestKind::AutomatedDecisions => "Art. 22",
            RequestKind::ConsentWithdrawal => "Art. 7(3)",
        }
    }
}

string_enum!(
    /// How the request arrived.
    RequestChannel ("channel") {
        Email = "email",
        Letter = "letter",
        Phone = "phone",
        InPerson = "in_person",
        WebForm = "web_form",
        Other = "other",
    }
);

string_enum!(
    /// Where a request stands.
    RequestStatus ("request status") {
        Received = "received",
        IdentityPending = "identity_pending",
        InProgress = "in_progress",
        Extended = "extended",
        Done = "done",
        Refused = "refused",
    }
);

impl RequestStatus {
    pub fn is_closed(self) -> bool {
        matches!(self, RequestStatus::Done | RequestStatus::Refused)
    }
}

string_enum!(
    /// The outcome of an identity check: proof asked for and not come yet (requested),
    /// verified, or failed.
    IdentityResult ("identity result") {
        Requested = "requested",
        Verified = "verified",
        Failed = "failed",
    }
);

string_enum!(
    /// Which requests to list.
    RequestScope ("requests") {
        Open = "open",
        Closed = "closed",
        All = "all",
    }
);

/// A request to log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct NewRequest {
    pub kind: RequestKind,
    /// The contact, when the requester is known; otherwise give `requester_name`.
    pub contact_id: Option<ContactId>,
    /// The requester as they gave themselves, until matched to a contact.
    pub requester_name: Option<String>,
    /// How to reach them (e-mail, postal address), as they gave it.
    pub requester_contact: Option<String>,
    pub received_on: NaiveDate,
    pub channel: RequestChannel,
    /// What they asked, in a few words.
    pub details: Option<String>,
}

/// How identity was checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct IdentityCheck {
    /// How, e.g. "ID card shown at the office" or "reply from the e-mail address on file".
    pub method: String,
    pub result: IdentityResult,
    pub checked_on: NaiveDate,
}

/// An extension by two further months.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ExtensionRequest {
    /// Why (the request is complex, or there are many): told to the person.
    pub reason: String,
    /// When the person was told; it must be within the first month.
    pub notified_on: Option<NaiveDate>,
}

/// A recorded extension.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Extension {
    pub reason: String,
    pub notified_on: NaiveDate,
    pub extended_at: DateTime<Utc>,
}

/// Something done for a request, proved by an audit entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct RequestAction {
    pub id: i64,
    pub audit_entry_id: i64,
    /// The audit entry's action code, e.g. "contact.erased".
    pub audit_action: String,
    /// When the audit entry was written: when it was done.
    pub done_at: DateTime<Utc>,
    pub description: String,
    pub recorded_by: String,
    pub recorded_at: DateTime<Utc>,
    /// The description when it is not a person's words but written by Custos (cleared with
    /// the person; a report or export generated as the answer), for a front end to word.
    pub said: Option<ActionSaid>,
}

/// A description of an action Custos wrote itself ([`RequestAction::said`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum ActionSaid {
    /// Cleared when the person was erased.
    Cleared,
    /// [`report_generated`]: the access report, in `language` (its own name), of `pages`.
    ReportGenerated { language: String, pages: u64, sha256: String },
    /// [`export_generated`]: the portable export.
    ExportGenerated { sha256: String },
}

/// The description of an access report generated as a request's answer ("Access report
/// generated in polski (3 pages, SHA-256 …)"): `language` is the report's language by its own
/// name, `sha256` the start of the file's digest.
pub fn report_generated(language: &str, pages: u64, sha256: &str) -> String {
    let unit = if pages == 1 { "page" } else { "pages" };
    format!("Access report generated in {language} ({pages} {unit}, SHA-256 {sha256})")
}

/// The description of a portable export generated as a request's answer.
pub fn export_generated(sha256: &str) -> String {
    format!("Portable export generated (ZIP, SHA-256 {sha256})")
}

/// What Custos wrote as an action's description, read back: [`report_generated`]'s and
/// [`export_generated`]'s words.
fn generated(description: &str) -> Option<ActionSaid> {
    if let Some(rest) = description.strip_prefix("Portable export generated (ZIP, SHA-256 ") {
        let sha256 = rest.strip_suffix(')')?;
        return sha256
            .chars()
            .all(|c| c.is_ascii_hexdigit())
            .then(|| ActionSaid::ExportGenerated { sha256: sha256.into() });
    }
    let rest = description.strip_prefix("Access report generated in ")?.strip_suffix(')')?;
    let (language, inside) = rest.split_once(" (")?;
    let (count, sha256) = inside.split_once(", SHA-256 ")?;
    let (pages, unit) = count.split_once(' ')?;
    let pages: u64 = pages.parse().ok()?;
    let said = ActionSaid::ReportGenerated { language: language.into(), pages, sha256: sha256.into() };
    (report_generated(language, pages, sha256) == description && matches!(unit, "page" | "pages")).then_some(said)
}

/// A text of a request cleared when the person was erased ([`Request::cleared`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum ClearedText {
    IdentityMethod,
    ExtensionReason,
}

/// An outcome the core wrote itself ([`Request::outcome_said`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum OutcomeSaid {
    /// Closed by [`Requests::close_no_data`]: [`NO_DATA_OUTCOME`], then the summary given.
    NoDataHeld { summary: Option<String> },
    /// Cleared when the person was erased.
    Cleared,
}

/// A request, with its due date as of the vault clock's today.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Request {
    pub id: RequestId,
    pub kind: RequestKind,
    pub contact_id: Option<ContactId>,
    /// The matched contact's name (masked if marked sensitive).
    pub contact_name: Option<String>,
    pub requester_name: Option<String>,
    pub requester_contact: Option<String>,
    pub received_on: NaiveDate,
    pub channel: RequestChannel,
    pub details: Option<String>,
    pub status: RequestStatus,
    pub identity: Option<IdentityCheck>,
    pub extension: Option<Extension>,
    /// One month from receipt, before a weekend, public holiday or closure day moves it.
    pub original_period_end: NaiveDate,
    /// One month from receipt: the first deadline.
    pub original_due_on: NaiveDate,
    /// The end of the period in force (one month, or three once extended), before moving.
    pub period_end: NaiveDate,
    /// The deadline in force: the original one, or three months from receipt once extended.
    pub due_on: NaiveDate,
    /// Days until `due_on` (negative once passed); 0 for a closed request.
    pub days_left: i64,
    /// Open and due within 7 days.
    pub due_soon: bool,
    /// Open and past its due date.
    pub overdue: bool,
    pub closed_at: Option<DateTime<Utc>>,
    /// What was done (done) or why not (refused).
    pub outcome: Option<String>,
    pub opened_by: String,
    pub opened_at: DateTime<Utc>,
    /// The person was erased: their own words were cleared from the request.
    pub erased: bool,
    /// The texts of the request that hold no one's words but the mark of words cleared when
    /// the person was erased (`[erased with the person]` in the vault), for a front end to word.
    pub cleared: Vec<ClearedText>,
    /// The outcome when the core wrote it rather than a person: closed as "no personal data
    /// held" (with the summary given, if any), or cleared with the person. `None`: `outcome`
    /// holds only what a person wrote.
    pub outcome_said: Option<OutcomeSaid>,
    pub actions: Vec<RequestAction>,
    /// The letters to the requester that fit the request now ([`LetterKind::applies_to`]).
    pub letters: Vec<LetterKind>,
    /// Whether [`Requests::close_no_data`] would accept it: open, matched to no contact, no
    /// action recorded.
    pub may_close_no_data: bool,
}

impl Request {
    /// Why the request may not be closed as "no personal data held" (besides being closed
    /// already), or `None` when it may: it is matched to a contact, or actions are recorded.
    fn no_data_refusal(&self) -> Option<Why> {
        let id = self.id;
        if let Some(contact) = self.contact_id {
            return Some(Why::NoDataButMatched { id, contact });
        }
        if !self.actions.is_empty() {
            return Some(Why::NoDataButActions { id, count: self.actions.len() });
        }
        None
    }

    /// Closed as done by [`Requests::close_no_data`]: nothing about the requester is held.
    /// (Closing as done otherwise needs a recorded action, so a done request without one is
    /// exactly such a request.)
    pub fn closed_no_data(&self) -> bool {
        self.status == RequestStatus::Done && self.actions.is_empty()
    }

    /// Who asked: the contact's name, else the requester's.
    pub fn who(&self) -> String {
        self.contact_name
            .clone()
            .or_else(|| self.requester_name.clone())
            .unwrap_or_else(|| format!("request #{}", self.id))
    }
}

/// Which letter about a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum LetterKind {
    /// We received the request; the due date; we may ask for proof of identity.
    Acknowledgement,
    /// The time to answer is extended by two months, with the reasons (Art. 12(3)).
    Extension,
    /// What was done, or that no personal data is held.
    Completion,
    /// Why we will not act, and the right to complain and to go to court (Art. 12(4)).
    Refusal,
}

impl LetterKind {
    pub const ALL: [LetterKind; 4] =
        [LetterKind::Acknowledgement, LetterKind::Extension, LetterKind::Completion, LetterKind::Refusal];

    /// The stable code: `acknowledgement`, `extension`, `completion` or `refusal`.
    pub fn code(self) -> &'static str {
        match self {
            LetterKind::Acknowledgement => "acknowledgement",
            LetterKind::Extension => "extension",
            LetterKind::Completion => "completion",
            LetterKind::Refusal => "refusal",
        }
    }

    /// Whether the letter tells of `request`'s state: an acknowledgement always; an extension
    /// notice once extended; the answer once done; the refusal once refused.
    pub fn applies_to(self, request: &Request) -> bool {
        match self {
            LetterKind::Acknowledgement => true,
            LetterKind::Extension => request.extension.is_some(),
            LetterKind::Completion => request.status == RequestStatus::Done,
            LetterKind::Refusal => request.status == RequestStatus::Refused,
        }
    }
}

/// A reason's data: the code.
impl crate::error::ToParam for LetterKind {
    fn to_param(&self) -> crate::error::Param {
        crate::error::Param::Text(self.code().to_owned())
    }
}

impl std::fmt::Display for LetterKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for LetterKind {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<LetterKind, String> {
        let t = s.trim().to_lowercase();
        LetterKind::ALL.into_iter().find(|k| k.code() == t).ok_or_else(|| {
            format!("'{s}' is not a letter about a request: use one of acknowledgement, extension, completion, refusal")
        })
    }
}

/// Which requests to list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct RequestQuery {
    pub scope: RequestScope,
    pub contact: Option<ContactId>,
}

impl Default for RequestQuery {
    fn default() -> Self {
        RequestQuery { scope: RequestScope::Open, contact: None }
    }
}

/// The requests register of a vault.
#[derive(Debug, Clone, Copy)]
pub struct Requests<'v> {
    vault: &'v Vault,
}

impl Vault {
    pub fn requests(&self) -> Requests<'_> {
        Requests { vault: self }
    }
}

/// The register's own entries: they record the request, not something done for it.
///
/// A letter to the requester (`document.request_letter`) is here too: an acknowledgement or
/// an extension notice tells the person about the request but does not answer it, so it
/// cannot be the action that closes it. (A completion or refusal letter is written only for
/// a closed request, which takes no more actions anyway.) Other documents about the person,
/// such as the access report, remain actions.
const BOOKKEEPING: &[Action] = &[
    Action::RequestOpened,
    Action::RequestMatched,
    Action::RequestIdentityChecked,
    Action::RequestExtended,
    Action::RequestActionRecorded,
    Action::RequestClosed,
    Action::RequestRefused,
    Action::RequestLetterGenerated,
];

/// An audit entry offered as proof of what was done for a request.
struct Proof<'a> {
    id: i64,
    action: &'a str,
    kind: &'a str,
    target_id: Option<&'a str>,
    at: DateTime<Utc>,
    details: &'a serde_json::Value,
}

impl Proof<'_> {
    /// Whether the entry may be recorded as an action of `q`, or why not: not the register's
    /// own bookkeeping, about the request or its contact, written once the request arrived,
    /// not recorded already. [`Requests::record_action`] and [`Requests::action_candidates`]
    /// both ask this.
    fn fits(&self, q: &Request) -> std::result::Result<(), Why> {
        let (entry, action) = (self.id, self.action);
        if BOOKKEEPING.iter().any(|a| a.code() == action) {
            return Err(Why::EntryIsBookkeeping { entry, action: action.to_owned() });
        }
        let about_contact = |c: ContactId| match self.kind {
            "contact" => self.target_id == Some(c.to_string().as_str()),
            "conversation" => self.details.get("contact").and_then(|v| v.as_i64()) == Some(c),
            _ => false,
        };
        let about_request = self.kind == "request" && self.target_id == Some(q.id.to_string().as_str());
        if !about_request && !q.contact_id.is_some_and(about_contact) {
            let target = self.target_id.map_or_else(|| self.kind.to_owned(), |t| format!("{} {t}", self.kind));
            let action = action.to_owned();
            return Err(match q.contact_id {
                Some(contact) => Why::EntryAboutOtherContact { entry, action, target, contact },
                None => Why::EntryAboutOtherRequest { entry, action, target },
            });
        }
        if self.at.date_naive() < q.received_on {
            return Err(Why::EntryBeforeRequest {
                entry,
                action: action.to_owned(),
                date: self.at.date_naive(),
                received: q.received_on,
            });
        }
        if q.actions.iter().any(|a| a.audit_entry_id == entry) {
            return Err(Why::EntryAlreadyRecorded { entry, id: q.id });
        }
        Ok(())
    }
}

/// An audit entry that may be recorded as what was done for a request, with a description
/// to start from.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ActionCandidate {
    pub entry: AuditEntry,
    /// What was done, in words, for the entry's action ("" when there is no obvious wording).
    pub description: String,
}

/// How many candidates [`Requests::action_candidates`] offers at most.
pub const ACTION_CANDIDATES: usize = 100;

/// A description to start from for an action proved by an audit entry with `action`.
pub fn describe_action(action: &str) -> &'static str {
    match action {
        "contact.erased" => "Erased the contact and their conversations",
        "contact.restricted" => "Restricted processing of the contact's data",
        "contact.updated" => "Corrected the contact's data",
        "consent.withdrawn" => "Recorded the withdrawal of consent",
        "objection.recorded" => "Recorded the objection",
        _ => "",
    }
}

/// The outcome of a request closed by [`Requests::close_no_data`], before any summary.
pub const NO_DATA_OUTCOME: &str = "No personal data about the requester is held.";

/// What replaces the requester's free text when they are erased.
const ERASED_TEXT: &str = "[erased with the person]";

const SELECT: &str =
    "SELECT id, kind, contact_id, requester_name, requester_contact, received_on, channel, details, status,
    identity_method, identity_result, identity_on, extension_reason, notified_on, extended_at, closed_at, outcome,
    opened_by, opened_at, erased FROM request";

fn text(value: Option<&str>) -> Option<String> {
    value.map(str::trim).filter(|v| !v.is_empty()).map(str::to_owned)
}

fn required(value: &str, field: &'static str, why: Why) -> Result<String> {
    text(Some(value)).ok_or(Error::invalid(field, why))
}

/// The period in months from receipt to the deadline.
fn due(received: NaiveDate, months: u32, calendar: &Calendar) -> NaiveDate {
    deadline::due_date(received, months, calendar).unwrap_or(received)
}

fn load_one(c: &rusqlite::Connection, id: RequestId, calendar: &Calendar, today: NaiveDate) -> Result<Request> {
    let mut stmt = c.prepare_cached(&format!("{SELECT} WHERE id = ?1"))?;
    let row = stmt.query_row([id], from_row).optional()?.ok_or_else(|| Error::not_found("request", id))?;
    complete(c, row, calendar, today)
}

/// A request row before the due date, the contact's name and the actions are added.
struct Row(Request);

fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Row> {
    let received_on: NaiveDate = r.get(5)?;
    let identity = match (r.get::<_, Option<String>>(9)?, r.get::<_, Option<IdentityResult>>(10)?, r.get(11)?) {
        (Some(method), Some(result), Some(checked_on)) => Some(IdentityCheck { method, result, checked_on }),
        _ => None,
    };
    let extension = match (r.get::<_, Option<String>>(12)?, r.get(13)?, r.get::<_, Option<Ts>>(14)?) {
        (Some(reason), Some(notified_on), Some(at)) => Some(Extension { reason, notified_on, extended_at: at.0 }),
        _ => None,
    };
    Ok(Row(Request {
        id: r.get(0)?,
        kind: r.get(1)?,
        contact_id: r.get(2)?,
        contact_name: None,
        requester_name: r.get(3)?,
        requester_contact: r.get(4)?,
        received_on,
        channel: r.get(6)?,
        details: r.get(7)?,
        status: r.get(8)?,
        identity,
        extension,
        original_period_end: received_on,
        original_due_on: received_on,
        period_end: received_on,
        due_on: received_on,
        days_left: 0,
        due_soon: false,
        overdue: false,
        closed_at: crate::ts::opt(r.get(15)?),
        outcome: r.get(16)?,
        opened_by: r.get(17)?,
        opened_at: r.get::<_, Ts>(18)?.0,
        erased: r.get(19)?,
        cleared: Vec::new(),
        outcome_said: None,
        actions: Vec::new(),
        letters: Vec::new(),
        may_close_no_data: false,
    }))
}

fn complete(c: &rusqlite::Connection, Row(mut q): Row, calendar: &Calendar, today: NaiveDate) -> Result<Request> {
    let months = if q.extension.is_some() { 3 } else { 1 };
    let period_end = |months| deadline::add_months(q.received_on, months).unwrap_or(q.received_on);
    (q.original_period_end, q.period_end) = (period_end(1), period_end(months));
    q.original_due_on = due(q.received_on, 1, calendar);
    q.due_on = due(q.received_on, months, calendar);
    if !q.status.is_closed() {
        let u = deadline::urgency(q.due_on, today);
        (q.days_left, q.due_soon, q.overdue) = (u.days_left, u.due_soon, u.overdue);
    }
    if let Some(contact) = q.contact_id {
        q.contact_name = Some(crate::contacts::load(c, contact)?.masked().display_name);
    }
    let mut stmt = c.prepare_cached(
        "SELECT a.id, a.audit_entry_id, e.action, e.at, a.description, a.recorded_by, a.recorded_at
         FROM request_action a JOIN audit_entry e ON e.id = a.audit_entry_id
         WHERE a.request_id = ?1 ORDER BY e.id",
    )?;
    q.actions = crate::vault::rows(stmt.query_map([q.id], |r| {
        Ok(RequestAction {
            id: r.get(0)?,
            audit_entry_id: r.get(1)?,
            audit_action: r.get(2)?,
            done_at: r.get::<_, Ts>(3)?.0,
            description: r.get(4)?,
            recorded_by: r.get(5)?,
            recorded_at: r.get::<_, Ts>(6)?.0,
            said: None,
        })
    })?)?;
    said_by_the_core(&mut q);
    q.letters = LetterKind::ALL.into_iter().filter(|l| l.applies_to(&q)).collect();
    q.may_close_no_data = !q.status.is_closed() && q.no_data_refusal().is_none();
    Ok(q)
}

/// Marks the texts the core wrote itself: those cleared with the person, and the outcome of a
/// request closed as "no personal data held".
fn said_by_the_core(q: &mut Request) {
    let cleared = |text: &str| q.erased && text == ERASED_TEXT;
    let mut texts = Vec::new();
    if q.identity.as_ref().is_some_and(|i| cleared(&i.method)) {
        texts.push(ClearedText::IdentityMethod);
    }
    if q.extension.as_ref().is_some_and(|e| cleared(&e.reason)) {
        texts.push(ClearedText::ExtensionReason);
    }
    q.outcome_said = match q.outcome.as_deref() {
        Some(o) if cleared(o) => Some(OutcomeSaid::Cleared),
        Some(o) if q.status == RequestStatus::Done => o.strip_prefix(NO_DATA_OUTCOME).map(|rest| {
            let rest = rest.trim();
            OutcomeSaid::NoDataHeld { summary: (!rest.is_empty()).then(|| rest.to_owned()) }
        }),
        _ => None,
    };
    let erased = q.erased;
    for action in &mut q.actions {
        action.said = if erased && action.description == ERASED_TEXT {
            Some(ActionSaid::Cleared)
        } else {
            generated(&action.description)
        };
    }
    q.cleared = texts;
}

/// Where a request's audit entries go: the contact once known, else the request itself.
fn target(q: &Request) -> Target {
    q.contact_id.map(Target::Contact).unwrap_or(Target::Request(q.id))
}

/// A request that may still change; closed ones are final.
fn open_for_change(w: &crate::vault::Write<'_>, id: RequestId) -> Result<Request> {
    let calendar = deadline::load(&w.tx)?;
    let q = load_one(&w.tx, id, &calendar, w.now.date_naive())?;
    still_open(&q)?;
    Ok(q)
}

/// Refuses any change to a closed request: it is final.
fn still_open(q: &Request) -> Result<()> {
    if q.status.is_closed() {
        let date = q.closed_at.map(|t| t.format("%Y-%m-%d").to_string()).unwrap_or_default();
        return Err(Error::refused(Why::RequestClosed { id: q.id, status: q.status, date }));
    }
    Ok(())
}

/// Refuses acting on a request whose requester's identity was checked and not verified.
fn identity_allows_action(q: &Request) -> Result<()> {
    if let Some(check) = q.identity.as_ref().filter(|c| c.result != IdentityResult::Verified) {
        return Err(Error::refused(Why::IdentityNotConfirmed {
            id: q.id,
            result: check.result,
            date: check.checked_on,
        }));
    }
    Ok(())
}

fn check_day(day: NaiveDate, field: &'static str, received: NaiveDate, today: NaiveDate) -> Result<()> {
    if day > today {
        return Err(Error::invalid(field, Why::DayInFuture { day, today }));
    }
    if day < received {
        return Err(Error::invalid(field, Why::DayBeforeReceipt { day, received }));
    }
    Ok(())
}

impl Requests<'_> {
    fn today(&self) -> NaiveDate {
        self.vault.now().date_naive()
    }

    /// Logs a request. Its due date follows at once.
    pub fn open(&self, new: NewRequest) -> Result<Request> {
        let requester_name = text(new.requester_name.as_deref()).filter(|n| crate::names::is_name(n));
        let requester_contact = text(new.requester_contact.as_deref());
        let details = text(new.details.as_deref());
        if new.contact_id.is_none() && requester_name.is_none() {
            return Err(Error::invalid("requester_name", Why::RequesterMissing {}));
        }
        crate::ts::check_day("received_on", new.received_on)?;
        self.vault.write(|w| {
            let today = w.now.date_naive();
            if new.received_on > today {
                return Err(Error::invalid("received_on", Why::DayInFuture { day: new.received_on, today }));
            }
            if let Some(contact) = new.contact_id {
                let person = crate::contacts::load(&w.tx, contact)?;
                if let Some(at) = person.erased_at {
                    return Err(Error::Erased { id: contact, at: at.format("%Y-%m-%d").to_string() });
                }
            }
            let id = w.next_id(crate::sync::ids::Table::Request)?;
            w.tx.execute(
                "INSERT INTO request (kind, contact_id, requester_name, requester_contact, received_on, channel, details,
                    status, opened_by, opened_at, id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'received', ?8, ?9, ?10)",
                params![
                    new.kind,
                    new.contact_id,
                    requester_name,
                    requester_contact,
                    new.received_on,
                    new.channel,
                    details,
                    w.operator,
                    w.now_ts(),
                    id
                ],
            )?;
            let calendar = deadline::load(&w.tx)?;
            let q = load_one(&w.tx, id, &calendar, today)?;
            w.audit(
                Action::RequestOpened,
                target(&q),
                serde_json::json!({
                    "request": id, "kind": q.kind, "channel": q.channel,
                    "received_on": q.received_on, "due_on": q.due_on,
                }),
            )?;
            Ok(q)
        })
    }

    /// One request, with its actions.
    pub fn get(&self, id: RequestId) -> Result<Request> {
        let today = self.today();
        self.vault.read(|c| {
            let calendar = deadline::load(c)?;
            load_one(c, id, &calendar, today)
        })
    }

    /// Requests sorted by due date (earliest first), open ones by default.
    pub fn list(&self, query: &RequestQuery) -> Result<Vec<Request>> {
        let today = self.today();
        let mut list = self.vault.read(|c| {
            let calendar = deadline::load(c)?;
            let closed = match query.scope {
                RequestScope::Open => Some(false),
                RequestScope::Closed => Some(true),
                RequestScope::All => None,
            };
            let mut stmt = c.prepare_cached(&format!(
                "{SELECT} WHERE (?1 IS NULL OR (closed_at IS NOT NULL) = ?1) AND (?2 IS NULL OR contact_id = ?2)"
            ))?;
            let rows = crate::vault::rows(stmt.query_map(params![closed, query.contact], from_row)?)?;
            rows.into_iter().map(|r| complete(c, r, &calendar, today)).collect::<Result<Vec<_>>>()
        })?;
        list.sort_by_key(|q| (q.due_on, q.id));
        Ok(list)
    }

    /// Open requests due within 7 days or overdue: the number a navigation badge shows.
    pub fn count_attention(&self) -> Result<u64> {
        Ok(self.needing_attention()?.len() as u64)
    }

    /// The open requests due within 7 days or overdue, by due date: what the badge counts and
    /// the desktop announces.
    pub fn needing_attention(&self) -> Result<Vec<Request>> {
        Ok(self.list(&RequestQuery::default())?.into_iter().filter(|q| q.due_soon || q.overdue).collect())
    }

    /// Links a request from a requester not yet known to their contact card.
    pub fn match_contact(&self, id: RequestId, contact: ContactId) -> Result<Request> {
        self.vault.write(|w| {
            let q = open_for_change(w, id)?;
            if let Some(existing) = q.contact_id {
                return Err(Error::refused(Why::RequestAlreadyMatched { id, contact: existing }));
            }
            let person = crate::contacts::load(&w.tx, contact)?;
            if let Some(at) = person.erased_at {
                return Err(Error::Erased { id: contact, at: at.format("%Y-%m-%d").to_string() });
            }
            w.tx.execute("UPDATE request SET contact_id = ?2 WHERE id = ?1", [id, contact])?;
            w.audit(Action::RequestMatched, Target::Contact(contact), serde_json::json!({ "request": id }))?;
            let calendar = deadline::load(&w.tx)?;
            load_one(&w.tx, id, &calendar, w.now.date_naive())
        })
    }

    /// Records an identity check: asked for (identity pending), verified (work may start) or failed.
    pub fn identity(&self, id: RequestId, check: IdentityCheck) -> Result<Request> {
        let method = required(&check.method, "method", Why::IdentityMethodMissing {})?;
        self.vault.write(|w| {
            let q = open_for_change(w, id)?;
            check_day(check.checked_on, "checked_on", q.received_on, w.now.date_naive())?;
            let status = match (q.status, check.result) {
                (RequestStatus::Extended, _) => RequestStatus::Extended,
                (_, IdentityResult::Verified) => match q.status {
                    RequestStatus::Received | RequestStatus::IdentityPending => RequestStatus::InProgress,
                    s => s,
                },
                (_, IdentityResult::Requested | IdentityResult::Failed) => RequestStatus::IdentityPending,
            };
            w.tx.execute(
                "UPDATE request SET identity_method = ?2, identity_result = ?3, identity_on = ?4, status = ?5 WHERE id = ?1",
                params![id, method, check.result, check.checked_on, status],
            )?;
            w.audit(
                Action::RequestIdentityChecked,
                target(&q),
                serde_json::json!({
                    "request": id, "method": method, "result": check.result, "checked_on": check.checked_on,
                }),
            )?;
            let calendar = deadline::load(&w.tx)?;
            load_one(&w.tx, id, &calendar, w.now.date_naive())
        })
    }

    /// Extends the deadline by two further months (three months from receipt). Refused
    /// without a reason, without the date the person was told, or when they were told after
    /// the first month.
    pub fn extend(&self, id: RequestId, ext: ExtensionRequest) -> Result<Request> {
        let reason = required(&ext.reason, "reason", Why::ExtensionReasonMissing {})?;
        self.vault.write(|w| {
            let q = open_for_change(w, id)?;
            if let Some(e) = &q.extension {
                return Err(Error::refused(Why::RequestAlreadyExtended {
                    id,
                    date: e.extended_at.date_naive(),
                    due: q.due_on,
                }));
            }
            let Some(notified_on) = ext.notified_on else {
                return Err(Error::refused(Why::ExtensionNotNotified { id, by: q.original_due_on }));
            };
            check_day(notified_on, "notified_on", q.received_on, w.now.date_naive())?;
            if notified_on > q.original_due_on {
                return Err(Error::refused(Why::ExtensionNotifiedLate {
                    id,
                    date: notified_on,
                    ended: q.original_due_on,
                }));
            }
            w.tx.execute(
                "UPDATE request SET extension_reason = ?2, notified_on = ?3, extended_at = ?4, status = 'extended'
                 WHERE id = ?1",
                params![id, reason, notified_on, w.now_ts()],
            )?;
            let calendar = deadline::load(&w.tx)?;
            let q = load_one(&w.tx, id, &calendar, w.now.date_naive())?;
            w.audit(
                Action::RequestExtended,
                target(&q),
                serde_json::json!({ "request": id, "reason": reason, "notified_on": notified_on, "due_on": q.due_on }),
            )?;
            Ok(q)
        })
    }

    /// The request, if something may be done for it now and recorded: it is open, matched to a
    /// contact, and no identity check of the requester failed or is pending. A front end asks
    /// before it generates a report for the request, so nothing is handed out that could not
    /// then be recorded as its action.
    pub fn ready_for_action(&self, id: RequestId) -> Result<Request> {
        let q = self.get(id)?;
        still_open(&q)?;
        identity_allows_action(&q)?;
        if q.contact_id.is_none() {
            return Err(Error::refused(Why::RequestNotMatched { id }));
        }
        Ok(q)
    }

    /// Records what was done for the request, pointing at the audit entry that proves it (the
    /// erasure, the restriction, the report generated…). The entry must be about the
    /// request's person (or the request itself) and written after the request arrived.
    pub fn record_action(&self, id: RequestId, audit_entry_id: i64, description: &str) -> Result<Request> {
        let description = required(description, "description", Why::ActionDescriptionMissing {})?;
        self.vault.write(|w| {
            let q = open_for_change(w, id)?;
            identity_allows_action(&q)?;
            let entry: Option<(String, String, Option<String>, Ts, String)> =
                w.tx.query_row(
                    "SELECT action, target_kind, target_id, at, details FROM audit_entry WHERE id = ?1",
                    [audit_entry_id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
                )
                .optional()?;
            let (action, kind, target_id, at, details) =
                entry.ok_or_else(|| Error::not_found("audit entry", audit_entry_id))?;
            let details = serde_json::from_str(&details).unwrap_or(serde_json::Value::Null);
            let entry = Proof {
                id: audit_entry_id,
                action: &action,
                kind: &kind,
                target_id: target_id.as_deref(),
                at: at.0,
                details: &details,
            };
            entry.fits(&q).map_err(Error::refused)?;
            if q.actions.iter().any(|a| a.audit_entry_id == audit_entry_id) {
                return Err(Error::refused(Why::EntryAlreadyRecorded { entry: audit_entry_id, id }));
            }
            w.tx.execute(
                "INSERT INTO request_action (id, request_id, audit_entry_id, description, recorded_by, recorded_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    w.next_id(crate::sync::ids::Table::RequestAction)?,
                    id,
                    audit_entry_id,
                    description,
                    w.operator,
                    w.now_ts()
                ],
            )?;
            if q.status == RequestStatus::Received {
                w.tx.execute("UPDATE request SET status = 'in_progress' WHERE id = ?1", [id])?;
            }
            w.audit(
                Action::RequestActionRecorded,
                target(&q),
                serde_json::json!({ "request": id, "audit_entry": audit_entry_id, "description": description }),
            )?;
            let calendar = deadline::load(&w.tx)?;
            load_one(&w.tx, id, &calendar, w.now.date_naive())
        })
    }

    /// The audit entries that may be recorded as what was done for request `id`, newest
    /// first (at most [`ACTION_CANDIDATES`]): entries about its contact or about the request,
    /// written since it arrived, that [`Requests::record_action`] would accept. None once the
    /// request is closed.
    pub fn action_candidates(&self, id: RequestId) -> Result<Vec<ActionCandidate>> {
        let q = self.get(id)?;
        if q.status.is_closed() {
            return Ok(Vec::new());
        }
        let audit = self.vault.audit();
        let since = |filter: AuditFilter| AuditFilter { from: Some(q.received_on), ..filter };
        let mut entries = audit.list(&since(AuditFilter {
            target_kind: Some("request".into()),
            target_id: Some(id.to_string()),
            ..Default::default()
        }))?;
        if let Some(contact) = q.contact_id {
            entries.extend(audit.list(&since(AuditFilter { contact: Some(contact), ..Default::default() }))?);
        }
        entries.sort_by_key(|e| std::cmp::Reverse(e.id));
        entries.dedup_by_key(|e| e.id);
        Ok(entries
            .into_iter()
            .filter(|e| {
                let proof = Proof {
                    id: e.id,
                    action: &e.action,
                    kind: &e.target_kind,
                    target_id: e.target_id.as_deref(),
                    at: e.at,
                    details: &e.details,
                };
                proof.fits(&q).is_ok()
            })
            .take(ACTION_CANDIDATES)
            .map(|entry| ActionCandidate { description: describe_action(&entry.action).to_owned(), entry })
            .collect())
    }

    /// Closes the request as done. Refused until at least one action is recorded.
    pub fn close(&self, id: RequestId, summary: Option<&str>) -> Result<Request> {
        let summary = text(summary);
        self.vault.write(|w| {
            let q = open_for_change(w, id)?;
            if q.actions.is_empty() {
                return Err(Error::refused(match q.contact_id {
                    None => Why::CloseUnmatchedWithoutAction { id },
                    Some(_) => Why::CloseWithoutAction { id },
                }));
            }
            w.tx.execute(
                "UPDATE request SET status = 'done', closed_at = ?2, outcome = ?3 WHERE id = ?1",
                params![id, w.now_ts(), summary],
            )?;
            w.audit(
                Action::RequestClosed,
                target(&q),
                serde_json::json!({ "request": id, "actions": q.actions.len(), "summary": summary }),
            )?;
            let calendar = deadline::load(&w.tx)?;
            load_one(&w.tx, id, &calendar, w.now.date_naive())
        })
    }

    /// Closes a request from a requester matched to no contact as done, because a search
    /// found no personal data about them: the answer is that none is held. Refused once the
    /// request is matched to a contact (then record what was done and [`Requests::close`] it)
    /// and when actions are recorded (close it as done instead). `summary` may say how the
    /// search was done; it follows [`NO_DATA_OUTCOME`] in the outcome.
    pub fn close_no_data(&self, id: RequestId, summary: Option<&str>) -> Result<Request> {
        let summary = text(summary);
        self.vault.write(|w| {
            let q = open_for_change(w, id)?;
            if let Some(why) = q.no_data_refusal() {
                return Err(Error::refused(why));
            }
            let outcome = match &summary {
                Some(s) => format!("{NO_DATA_OUTCOME} {s}"),
                None => NO_DATA_OUTCOME.to_owned(),
            };
            w.tx.execute(
                "UPDATE request SET status = 'done', closed_at = ?2, outcome = ?3 WHERE id = ?1",
                params![id, w.now_ts(), outcome],
            )?;
            w.audit(
                Action::RequestClosed,
                target(&q),
                serde_json::json!({ "request": id, "no_data": true, "actions": 0, "summary": summary }),
            )?;
            let calendar = deadline::load(&w.tx)?;
            load_one(&w.tx, id, &calendar, w.now.date_naive())
        })
    }

    /// Refuses the request (manifestly unfounded or excessive, or identity not proven), with
    /// the reason the person is given.
    pub fn refuse(&self, id: RequestId, reason: &str) -> Result<Request> {
        let reason = required(reason, "reason", Why::RefusalReasonMissing {})?;
        self.vault.write(|w| {
            let q = open_for_change(w, id)?;
            w.tx.execute(
                "UPDATE request SET status = 'refused', closed_at = ?2, outcome = ?3 WHERE id = ?1",
                params![id, w.now_ts(), reason],
            )?;
            w.audit(Action::RequestRefused, target(&q), serde_json::json!({ "request": id, "reason": reason }))?;
            let calendar = deadline::load(&w.tx)?;
            load_one(&w.tx, id, &calendar, w.now.date_naive())
        })
    }
}

/// Clears the requester's own words from `contact`'s requests, inside the erasure's
/// transaction: name, contact point, free text, reasons and action descriptions. Kept: that
/// each request existed, its type, dates, status and the audit entries of what was done.
pub(crate) fn erase_for_contact(tx: &rusqlite::Transaction<'_>, contact: ContactId) -> Result<u64> {
    let cleared = tx.execute(
        "UPDATE request SET requester_name = NULL, requester_contact = NULL, details = NULL,
            identity_method = CASE WHEN identity_method IS NULL THEN NULL ELSE ?2 END,
            extension_reason = CASE WHEN extension_reason IS NULL THEN NULL ELSE ?2 END,
            outcome = CASE WHEN outcome IS NULL THEN NULL ELSE ?2 END,
            erased = 1
         WHERE contact_id = ?1",
        params![contact, ERASED_TEXT],
    )?;
    tx.execute(
        "UPDATE request_action SET description = ?2
         WHERE request_id IN (SELECT id FROM request WHERE contact_id = ?1)",
        params![contact, ERASED_TEXT],
    )?;
    Ok(cleared as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_descriptions_custos_writes_read_back_as_typed_data_and_a_persons_do_not() {
        let report = report_generated("polski", 3, "abcdef012345");
        assert_eq!(report, "Access report generated in polski (3 pages, SHA-256 abcdef012345)");
        assert_eq!(
            generated(&report),
            Some(ActionSaid::ReportGenerated { language: "polski".into(), pages: 3, sha256: "abcdef012345".into() })
        );
        let one = generated(&report_generated("English", 1, "ab"));
        assert!(matches!(one, Some(ActionSaid::ReportGenerated { pages: 1, .. })), "{one:?}");
        assert_eq!(
            generated(&export_generated("abc123")),
            Some(ActionSaid::ExportGenerated { sha256: "abc123".into() })
        );
        for written in [
            "Access report generated in polski",
            "Access report generated in polski (3 page, SHA-256 ab)",
            "sent the report by post",
            "Portable export generated (ZIP, SHA-256 xyz)",
        ] {
            assert_eq!(generated(written), None, "{written}");
        }
    }
}
