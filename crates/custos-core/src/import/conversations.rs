//! Conversations from files (e-mail, Telegram, Messenger, website chats) written to the vault.
//!
//! Each thread of the file becomes one conversation per contact taking part in it: an e-mail
//! contact's conversation holds the thread's mails they sent or were addressed (To, Cc); a
//! chat's holds the whole chat. In a contact's conversation a message is theirs
//! ([`Sender::Contact`]), the staff's, or another party's (by name: a third party's data,
//! redacted in the access report).
//!
//! A second import of the same thread for the same contact adds to the conversation it made
//! (found by the thread's key, kept as the external reference), and adds no message twice: a
//! message is recognised by the file's id for it, else by its time, sender and text. A mail
//! without a date takes the time of the thread's message before it (else after it, else the
//! import's time), and the preview counts them.
//!
//! [`Vault::preview_conversations`] says what [`Vault::import_conversations`] would do, with
//! the same choices, without writing; the import is one transaction: all or nothing.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

use crate::audit::{Action, Target};
use crate::contact_points::{Label, Labelled};
use crate::contacts::{ContactDetails, ContactId, DataSource, LifecycleStatus, NewContact, Via};
use crate::error::Result;
use crate::import::parsed::{ParsedExport, ParsedMessage, Party, Thread};
use crate::import::people::{self, Choice, Known, Person, PersonChoice, party_key};
use crate::interactions::{Addressee, AddresseeRole, Channel, ConversationId, Origin, Sender, StoredMessage};
use crate::ts::Ts;
use crate::vault::{Vault, Write};

/// A conversation the import will make or add to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct PlannedConversation {
    /// The contact's card; `None` for a lead the import creates (then see `person`).
    pub contact_id: Option<ContactId>,
    /// The contact's name, or the new lead's.
    pub contact_name: String,
    /// For a new lead: the person's key ([`Person::key`]).
    pub person: Option<String>,
    pub channel: Channel,
    pub title: Option<String>,
    pub first_at: Option<DateTime<Utc>>,
    pub last_at: Option<DateTime<Utc>>,
    /// Messages it will add.
    pub messages: u32,
    /// Messages of the file the conversation already has (imported before).
    pub duplicates: u32,
    /// The conversation it adds to (the same thread imported before), if any.
    pub adds_to: Option<ConversationId>,
}

/// What an import of conversations would do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ConversationsPreview {
    /// Threads (e-mail threads, chats) in the file.
    pub threads: u32,
    /// Messages in the file.
    pub messages: u32,
    /// Messages that are not conversation (service messages, calls) or have neither text nor
    /// an attachment, or no sender: not imported.
    pub skipped: u32,
    /// Mails without a date (each takes the time of the message before it in its thread).
    pub undated: u32,
    /// Files attached to the messages: their names and sizes are recorded, their contents
    /// are not stored.
    pub attachments: u32,
    /// Everyone the file names, matched.
    pub people: Vec<Person>,
    pub conversations: Vec<PlannedConversation>,
    /// Threads in which nobody is a contact (after the choices): not imported.
    pub unassigned_threads: u32,
    /// Restricted contacts the file names: nothing is added to their cards.
    pub restricted: Vec<ContactId>,
}

/// What an import of conversations did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ConversationsImported {
    pub conversations_created: u32,
    /// Conversations of an earlier import of the same threads that got new messages.
    pub conversations_extended: u32,
    pub messages: u32,
    /// Messages the vault had already: not added again.
    pub duplicates: u32,
    pub skipped: u32,
    pub undated: u32,
    /// Attachments whose names and sizes were recorded (their contents were not stored).
    pub attachments: u32,
    /// The leads created for people chosen so.
    pub leads_created: Vec<ContactId>,
    /// The cards that got conversations.
    pub contacts: Vec<ContactId>,
    pub unassigned_threads: u32,
}

/// Conversations read from files of one format, and how they reached the vault: an import
/// may take several formats at once (an mbox, a Telegram export and a Messenger folder).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    pub origin: Origin,
    pub export: ParsedExport,
}

fn threads(parts: &[Part]) -> impl Iterator<Item = (Origin, &Thread)> {
    parts.iter().flat_map(|p| p.export.threads.iter().map(move |t| (p.origin, t)))
}

/// Who a party is for this import, after the choices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Role {
    Contact(ContactId),
    /// A lead to create: its index among the leads.
    Lead(usize),
    Staff,
    /// A third party, or a restricted contact (nothing is added to their card).
    Other,
}

/// The people, the role of each, and the leads to create (index → person).
struct Cast {
    people: Vec<Person>,
    roles: HashMap<String, Role>,
    leads: Vec<usize>,
    restricted: Vec<ContactId>,
}

fn cast(c: &Connection, parts: &[Part], choices: &[PersonChoice]) -> Result<Cast> {
    let staff = crate::company::staff_addresses(c)?;
    let people = people::match_people(c, threads(parts).map(|(_, t)| t), &staff)?;
    let chosen: HashMap<&str, &Choice> = choices.iter().map(|c| (c.key.as_str(), &c.choice)).collect();
    let mut roles = HashMap::with_capacity(people.len());
    let mut leads = Vec::new();
    let mut restricted = Vec::new();
    for (i, p) in people.iter().enumerate() {
        let role = match (chosen.get(p.key.as_str()), &p.known) {
            (Some(Choice::Attach { contact }), _) => {
                crate::contacts::load_for_change(c, *contact)?;
                Role::Contact(*contact)
            }
            // A person with a card already (a lead made by an earlier import of the same file)
            // gets no second one.
            (Some(Choice::CreateLead), Known::Contact { id, .. }) => Role::Contact(*id),
            (Some(Choice::CreateLead), Known::Restricted { id, .. }) => {
                restricted.push(*id);
                Role::Other
            }
            (Some(Choice::CreateLead), _) => {
                leads.push(i);
                Role::Lead(leads.len() - 1)
            }
            (Some(Choice::Staff), _) => Role::Staff,
            (Some(Choice::Skip), _) => Role::Other,
            (None, Known::Contact { id, .. }) => Role::Contact(*id),
            (None, Known::Staff) => Role::Staff,
            (None, Known::Restricted { id, .. }) => {
                restricted.push(*id);
                Role::Other
            }
            (None, Known::Unknown) => Role::Other,
        };
        roles.insert(p.key.clone(), role);
    }
    Ok(Cast { people, roles, leads, restricted })
}

impl Cast {
    fn role(&self, party: &Party) -> Role {
        party_key(party).and_then(|k| self.roles.get(&k).copied()).unwrap_or(Role::Other)
    }
}

/// A message ready to write into one contact's conversation.
struct Planned<'e> {
    message: &'e ParsedMessage,
    at: DateTime<Utc>,
    sender: Sender,
}

/// One conversation to make or add to: for `who` (a contact or a lead to create), of `thread`.
struct PlanConversation<'e> {
    who: Role,
    origin: Origin,
    thread: &'e Thread,
    messages: Vec<Planned<'e>>,
}

struct Plan<'e> {
    conversations: Vec<PlanConversation<'e>>,
    skipped: usize,
    undated: usize,
    attachments: usize,
    unassigned_threads: usize,
}

/// The messages' times, undated ones taking the time of the message before them in the thread
/// (else after them, else `now`).
fn times(thread: &Thread, now: DateTime<Utc>) -> Vec<DateTime<Utc>> {
    let first = thread.messages.iter().find_map(|m| m.at).unwrap_or(now);
    let mut last = first;
    thread
        .messages
        .iter()
        .map(|m| {
            if let Some(at) = m.at {
                last = at;
            }
            m.at.unwrap_or(last)
        })
        .collect()
}

fn plan<'e>(parts: &'e [Part], cast: &Cast, now: DateTime<Utc>) -> Plan<'e> {
    let skipped = parts.iter().map(|p| p.export.skipped).sum();
    let mut out = Plan { conversations: Vec::new(), skipped, undated: 0, attachments: 0, unassigned_threads: 0 };
    for (origin, thread) in threads(parts) {
        let at = times(thread, now);
        // The messages that can be imported, each with its sender's role.
        let mut usable = Vec::with_capacity(thread.messages.len());
        for (m, at) in thread.messages.iter().zip(at) {
            if m.from.label().trim().is_empty() || (m.text.trim().is_empty() && m.attachments.is_empty()) {
                out.skipped += 1;
                continue;
            }
            out.undated += usize::from(m.at.is_none());
            out.attachments += m.attachments.len();
            usable.push((m, at, cast.role(&m.from)));
        }
        // The contacts (and leads) taking part, in order of first appearance.
        let mut who: Vec<Role> = Vec::new();
        for (m, _, from) in &usable {
            for role in std::iter::once(*from).chain(m.to.iter().map(|p| cast.role(p))) {
                if matches!(role, Role::Contact(_) | Role::Lead(_)) && !who.contains(&role) {
                    who.push(role);
                }
            }
        }
        if who.is_empty() {
            out.unassigned_threads += 1;
            continue;
        }
        for w in who {
            let messages = usable
                .iter()
                .filter(|(m, _, from)| {
                    thread.channel != Channel::Email || *from == w || m.to.iter().any(|p| cast.role(p) == w)
                })
                .map(|(m, at, from)| Planned { message: m, at: *at, sender: sender(*from, w, &m.from) })
                .collect();
            out.conversations.push(PlanConversation { who: w, origin, thread, messages });
        }
    }
    out
}

/// Who wrote a message, as the conversation of `owner` says it.
fn sender(from: Role, owner: Role, party: &Party) -> Sender {
    let name = party.label().trim().to_owned();
    match from {
        _ if from == owner => Sender::Contact,
        Role::Staff => Sender::Staff { name },
        _ => Sender::Other { name },
    }
}

/// The conversation of `contact` an earlier import made of thread `key`.
fn earlier(c: &Connection, contact: ContactId, key: &str) -> Result<Option<ConversationId>> {
    Ok(c.prepare_cached("SELECT id FROM conversation WHERE contact_id = ?1 AND external_ref = ?2 ORDER BY id LIMIT 1")?
        .query_row(params![contact, key], |r| r.get(0))
        .optional()?)
}

/// Whether conversation `id` holds the message already.
fn holds(c: &Connection, id: ConversationId, p: &Planned<'_>) -> Result<bool> {
    let found = match &p.message.id {
        Some(external) => c
            .prepare_cached("SELECT 1 FROM message WHERE conversation_id = ?1 AND external_id = ?2")?
            .query_row(params![id, external], |_| Ok(()))
            .optional()?,
        None => {
            let (kind, name) = p.sender.to_columns();
            c.prepare_cached(
                "SELECT 1 FROM message WHERE conversation_id = ?1 AND sent_at = ?2 AND sender_kind = ?3
                   AND coalesce(sender_name, '') = ?4 AND body = ?5",
            )?
            .query_row(params![id, Ts(p.at), kind, name.unwrap_or(""), p.message.text], |_| Ok(()))
            .optional()?
        }
    };
    Ok(found.is_some())
}

/// What makes a message the same within one import: its id, else its time, sender and text.
fn identity(p: &Planned<'_>) -> String {
    match &p.message.id {
        Some(id) => format!("id\u{0}{id}"),
        None => {
            let (kind, name) = p.sender.to_columns();
            format!("at\u{0}{}\u{0}{kind}\u{0}{}\u{0}{}", p.at.timestamp_millis(), name.unwrap_or(""), p.message.text)
        }
    }
}

/// The messages of `conv` to write: those neither in the vault's conversation `earlier` nor
/// earlier in this import.
fn fresh<'p, 'e>(
    c: &Connection,
    earlier: Option<ConversationId>,
    conv: &'p PlanConversation<'e>,
) -> Result<Vec<&'p Planned<'e>>> {
    let mut seen = HashSet::new();
    let mut out = Vec::with_capacity(conv.messages.len());
    for p in &conv.messages {
        if !seen.insert(identity(p)) {
            continue;
        }
        if let Some(id) = earlier
            && holds(c, id, p)?
        {
            continue;
        }
        out.push(p);
    }
    Ok(out)
}

fn lead_name(person: &Person) -> String {
    person.name.clone().filter(|n| crate::names::is_name(n)).or_else(|| person.address.clone()).unwrap_or_default()
}

impl Vault {
    /// What [`Vault::import_conversations`] would do with `parts` and these choices.
    pub fn preview_conversations(&self, parts: &[Part], choices: &[PersonChoice]) -> Result<ConversationsPreview> {
        let now = self.now();
        self.read(|c| {
            let cast = cast(c, parts, choices)?;
            let plan = plan(parts, &cast, now);
            let mut conversations = Vec::with_capacity(plan.conversations.len());
            for conv in &plan.conversations {
                let (contact_id, contact_name, person) = match conv.who {
                    Role::Contact(id) => (Some(id), crate::contacts::load(c, id)?.display_name, None),
                    Role::Lead(i) => {
                        let p = &cast.people[cast.leads[i]];
                        (None, lead_name(p), Some(p.key.clone()))
                    }
                    Role::Staff | Role::Other => continue,
                };
                let adds_to = match contact_id {
                    Some(id) => earlier(c, id, &conv.thread.key)?,
                    None => None,
                };
                let fresh = fresh(c, adds_to, conv)?;
                conversations.push(PlannedConversation {
                    contact_id,
                    contact_name,
                    person,
                    channel: conv.thread.channel,
                    title: conv.thread.title.clone(),
                    first_at: fresh.iter().map(|p| p.at).min(),
                    last_at: fresh.iter().map(|p| p.at).max(),
                    messages: fresh.len() as u32,
                    duplicates: (conv.messages.len() - fresh.len()) as u32,
                    adds_to,
                });
            }
            Ok(ConversationsPreview {
                threads: threads(parts).count() as u32,
                messages: threads(parts).map(|(_, t)| t.messages.len()).sum::<usize>() as u32,
                skipped: plan.skipped as u32,
                undated: plan.undated as u32,
                attachments: plan.attachments as u32,
                people: cast.people,
                conversations,
                unassigned_threads: plan.unassigned_threads as u32,
                restricted: cast.restricted,
            })
        })
    }

    /// The preview an import starts from, and the choices it starts with: none, or on a card
    /// the one [`people::suggested_for_card`] makes.
    pub fn preview_conversations_on(
        &self,
        parts: &[Part],
        card: Option<ContactId>,
    ) -> Result<(Vec<PersonChoice>, ConversationsPreview)> {
        let first = self.preview_conversations(parts, &[])?;
        let choices = card.map(|c| people::suggested_for_card(&first.people, c)).unwrap_or_default();
        if choices.is_empty() {
            return Ok((choices, first));
        }
        let preview = self.preview_conversations(parts, &choices)?;
        Ok((choices, preview))
    }

    /// Imports the conversations of `parts` (see the module doc), with a choice for each
    /// unknown person (none: skipped). One transaction: all or nothing.
    pub fn import_conversations(
        &self,
        parts: &[Part],
        choices: &[PersonChoice],
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<ConversationsImported> {
        self.write(|w| {
            let cast = cast(&w.tx, parts, choices)?;
            let plan = plan(parts, &cast, w.now);
            let leads = create_leads(w, &cast, parts)?;
            let mut done = ConversationsImported {
                conversations_created: 0,
                conversations_extended: 0,
                messages: 0,
                duplicates: 0,
                skipped: plan.skipped as u32,
                undated: plan.undated as u32,
                attachments: 0,
                leads_created: leads.clone(),
                contacts: Vec::new(),
                unassigned_threads: plan.unassigned_threads as u32,
            };
            let total: usize = plan.conversations.iter().map(|c| c.messages.len()).sum();
            let mut written = 0;
            for conv in &plan.conversations {
                let contact = match conv.who {
                    Role::Contact(id) => id,
                    Role::Lead(i) => leads[i],
                    Role::Staff | Role::Other => continue,
                };
                let adds_to = earlier(&w.tx, contact, &conv.thread.key)?;
                let fresh = fresh(&w.tx, adds_to, conv)?;
                done.duplicates += (conv.messages.len() - fresh.len()) as u32;
                written += conv.messages.len() - fresh.len();
                let (Some(first), Some(last)) =
                    (fresh.iter().map(|p| p.at).min(), fresh.iter().map(|p| p.at).max())
                else {
                    progress(written, total);
                    continue;
                };
                let id = match adds_to {
                    Some(id) => {
                        w.tx.execute(
                            "UPDATE conversation SET started_at = min(started_at, ?2),
                                ended_at = CASE WHEN ended_at IS NULL OR ended_at < ?3 THEN ?3 ELSE ended_at END
                             WHERE id = ?1",
                            params![id, Ts(first), Ts(last)],
                        )?;
                        done.conversations_extended += 1;
                        id
                    }
                    None => {
                        crate::contacts::load_for_change(&w.tx, contact)?;
                        let id = w.next_id(crate::sync::ids::Table::Conversation)?;
                        w.tx.execute(
                            "INSERT INTO conversation (contact_id, channel, started_at, ended_at, external_ref, title, origin, created_at, id)
                             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                            params![
                                contact,
                                conv.thread.channel,
                                Ts(first),
                                Ts(last),
                                conv.thread.key,
                                conv.thread.title,
                                conv.origin,
                                w.now_ts(),
                                id
                            ],
                        )?;
                        done.conversations_created += 1;
                        id
                    }
                };
                for p in &fresh {
                    let recipients: Vec<Addressee> = p
                        .message
                        .to
                        .iter()
                        .map(|a| Addressee {
                            name: a.name.clone(),
                            address: a.address.clone(),
                            role: match cast.role(a) {
                                role if role == conv.who => AddresseeRole::Contact,
                                Role::Staff => AddresseeRole::Staff,
                                _ => AddresseeRole::Other,
                            },
                        })
                        .collect();
                    let stored = StoredMessage {
                        at: p.at,
                        sender: &p.sender,
                        text: p.message.text.trim(),
                        external_id: p.message.id.as_deref(),
                        recipients: &recipients,
                        attachments: &p.message.attachments,
                    };
                    crate::interactions::insert_message(&w.tx, id, &stored)?;
                    done.attachments += p.message.attachments.len() as u32;
                    written += 1;
                    if written % 500 == 0 {
                        progress(written, total);
                    }
                }
                progress(written, total);
                done.messages += fresh.len() as u32;
                crate::contacts::touch(w, contact, last)?;
                if !done.contacts.contains(&contact) {
                    done.contacts.push(contact);
                }
                w.audit(
                    Action::TranscriptImported,
                    Target::Conversation(id),
                    serde_json::json!({
                        "contact": contact,
                        "messages": fresh.len(),
                        "origin": conv.origin,
                        "added_to_earlier": adds_to.is_some(),
                    }),
                )?;
            }
            Ok(done)
        })
    }
}

/// The first message `key` sent: its channel and day (the source of a lead made for them),
/// an undated mail dated as the import dates it.
fn first_sent(parts: &[Part], key: &str, now: DateTime<Utc>) -> Option<Via> {
    threads(parts)
        .flat_map(|(_, t)| t.messages.iter().zip(times(t, now)).map(move |(m, at)| (t.channel, m, at)))
        .filter(|(_, m, _)| party_key(&m.from).as_deref() == Some(key))
        .min_by_key(|(_, _, at)| *at)
        .map(|(channel, _, at)| Via { channel, on: at.date_naive() })
}

/// Creates the leads chosen for unknown people: named as the file names them (else by their
/// address), with their address, from the person themself by the first message they sent (an
/// e-mail received on that day). Returns their ids in order.
fn create_leads(w: &Write<'_>, cast: &Cast, parts: &[Part]) -> Result<Vec<ContactId>> {
    let country = crate::contact_points::firm_country(&w.tx)?;
    let mut ids = Vec::with_capacity(cast.leads.len());
    for &i in &cast.leads {
        let person = &cast.people[i];
        let emails =
            person.address.iter().map(|a| Labelled { primary: true, ..Labelled::new(a.clone(), Label::Other) });
        let new = NewContact {
            display_name: lead_name(person),
            details: ContactDetails { emails: emails.collect(), ..Default::default() },
            status: Some(LifecycleStatus::Lead),
            source: DataSource::Person { via: first_sent(parts, &person.key, w.now) },
            sensitive: Default::default(),
        }
        .checked()?;
        let id = crate::contacts::insert(w, &new, country.as_deref(), None)?;
        let contact = crate::contacts::load(&w.tx, id)?;
        crate::search::index_contact(&w.tx, &contact)?;
        w.audit(
            Action::ContactCreated,
            Target::Contact(id),
            serde_json::json!({ "status": contact.status, "from_conversations": true }),
        )?;
        ids.push(id);
    }
    Ok(ids)
}
