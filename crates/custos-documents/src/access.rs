//! The subject-access report (GDPR Art. 15) and its portable export (Art. 20).
//!
//! Both are drawn from one [`AccessReport`]: the card (every field, unmasked: it is the
//! person's own data), the consent history per purpose with the wording version the person
//! saw, conversations with their messages, requests and notes — with third parties redacted
//! out of every free text among them (notes, restriction reason, consent evidence,
//! conversations, requests: [`crate::redact`], Art. 15(4)) — and, for the PDF, the purposes,
//! categories, recipients and transfers, retention, the rights, the complaint and the source.
//!
//! Generating either is an audit event (`document.access_report`) naming the contact by id,
//! the language or format, and the file's SHA-256: nothing that identifies the person.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write as _;
use std::path::Path;

use chrono::{DateTime, Datelike as _, NaiveDate, Timelike as _, Utc};
use custos_core::Vault;
use custos_core::company::CompanyProfile;
use custos_core::consents::{ConsentEventKind, ConsentMethod, ConsentState};
use custos_core::contact_points::Labelled;
use custos_core::contacts::{Contact, ContactId, DataSource, LifecycleStatus};
use custos_core::interactions::{Channel, Conversation, Origin, Sender};
use custos_core::purposes::{LegalBasis, Purpose};
use custos_core::requests::{RequestKind, RequestQuery, RequestScope, RequestStatus};
use custos_core::retention::RetentionRule;
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::error::{Error, Missing, Result};
use crate::fonts::Fonts;
use crate::i18n::{Language, Texts};
use crate::layout::{Block, Cell, Column, Furniture, Layout, PageSetup, Table};
use crate::parts::{
    Needs, basis, blank, controller_missing, purpose_retention, purposes_missing, recipients, transfers,
};
use crate::redact::{Marks, Named, Redactor, Seen};
use crate::render::{self, Info};
use crate::{DocumentKind, Pdf, write_file};

/// The identifier and version of the export's `data.json` (see
/// `schema/access-export.schema.json`).
pub const EXPORT_FORMAT: &str = "custos.access-export";
/// Version 2 (issue 17): the card lists its e-mail addresses, phone numbers and postal
/// addresses with labels, and has given and family name, job title and tags.
pub const EXPORT_VERSION: u32 = 2;

/// What the clerk adds when generating an access report or export.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(default)]
pub struct AccessOptions {
    /// More people to redact out of the report (Art. 15(4)): names the texts mention that
    /// are neither a sender nor another contact of the vault (see [`crate::redact`]).
    pub redact_names: Vec<String>,
}

/// The access report of contact `contact` in `language`, dated today (the vault's clock), and
/// recorded in the audit log. Fails with [`Error::Incomplete`] listing what to fill in first.
pub fn access_report(vault: &Vault, contact: ContactId, language: Language) -> Result<Pdf> {
    access_report_with(vault, contact, language, &AccessOptions::default())
}

/// [`access_report`] with the clerk's `options` (e.g. more names to redact).
pub fn access_report_with(
    vault: &Vault,
    contact: ContactId,
    language: Language,
    options: &AccessOptions,
) -> Result<Pdf> {
    Ok(recorded_report(vault, contact, language, options)?.0)
}

/// The audit details of a generation: the extra names are counted, never listed.
fn details(mut details: serde_json::Value, options: &AccessOptions) -> serde_json::Value {
    if !options.redact_names.is_empty() {
        details["extra_redactions"] = options.redact_names.len().into();
    }
    details
}

/// [`access_report_with`], with the id of the audit entry that records it.
pub(crate) fn recorded_report(
    vault: &Vault,
    contact: ContactId,
    language: Language,
    options: &AccessOptions,
) -> Result<(Pdf, i64)> {
    vault.may(custos_core::audit::Action::AccessReportGenerated)?;
    let report = AccessReport::from_vault_with(vault, contact, &Marks::for_language(language)?, options)?;
    let pdf = report.to_pdf(language)?;
    let entry = vault.audit().access_report(
        contact,
        details(
            serde_json::json!({ "document": "report", "language": language.code(), "sha256": pdf.sha256() }),
            options,
        ),
    )?;
    Ok((pdf, entry))
}

/// The portable copy (Art. 20) of what is held about `contact`: a ZIP with `data.json` and CSV
/// files, redacted like the report, and recorded in the audit log. It needs what the report
/// needs, so an incomplete company profile or catalogue stops it the same way.
pub fn access_export(vault: &Vault, contact: ContactId) -> Result<Export> {
    access_export_with(vault, contact, &AccessOptions::default())
}

/// [`access_export`] with the clerk's `options` (e.g. more names to redact).
pub fn access_export_with(vault: &Vault, contact: ContactId, options: &AccessOptions) -> Result<Export> {
    Ok(recorded_export(vault, contact, options)?.0)
}

/// [`access_export_with`], with the id of the audit entry that records it.
pub(crate) fn recorded_export(vault: &Vault, contact: ContactId, options: &AccessOptions) -> Result<(Export, i64)> {
    vault.may(custos_core::audit::Action::AccessReportGenerated)?;
    let report = AccessReport::from_vault_with(vault, contact, &Marks::english(), options)?;
    let export = report.to_export()?;
    let entry = vault.audit().access_report(
        contact,
        details(serde_json::json!({ "document": "export", "format": "zip", "sha256": export.sha256() }), options),
    )?;
    Ok((export, entry))
}

/// The contact's card, every field as stored.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CardData {
    pub id: ContactId,
    pub display_name: String,
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    pub organisation: Option<String>,
    pub job_title: Option<String>,
    /// E-mail addresses with their labels, the primary one first (and marked).
    pub emails: Vec<Labelled>,
    pub phones: Vec<Labelled>,
    pub addresses: Vec<Labelled>,
    pub id_number: Option<String>,
    pub notes: Option<String>,
    pub tags: Vec<String>,
    pub status: LifecycleStatus,
    pub source: DataSource,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub last_contact_at: Option<DateTime<Utc>>,
    pub restricted_since: Option<DateTime<Utc>>,
    pub restriction_reason: Option<String>,
}

/// One consent event, with the wording the person was shown.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConsentEventData {
    pub at: DateTime<Utc>,
    pub event: ConsentEventKind,
    pub method: ConsentMethod,
    pub wording_version: Option<i64>,
    pub wording_hash: Option<String>,
    pub wording_text: Option<String>,
    pub evidence_ref: Option<String>,
    pub recorded_by: String,
    pub recorded_at: DateTime<Utc>,
}

/// The consent history for one purpose.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConsentData {
    pub purpose_id: i64,
    pub purpose: String,
    pub state: ConsentState,
    pub events: Vec<ConsentEventData>,
}

/// Who wrote a message, redacted: `contact`, `staff` (named) or `third_party` (a label).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SenderData {
    pub kind: &'static str,
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MessageData {
    pub id: i64,
    pub at: DateTime<Utc>,
    pub sender: SenderData,
    /// An e-mail's other addressees (To, Cc), labelled as senders are.
    pub to: Vec<SenderData>,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConversationData {
    pub id: i64,
    pub channel: Channel,
    pub started_at: DateTime<Utc>,
    pub ended_at: Option<DateTime<Utc>>,
    pub external_ref: Option<String>,
    /// An e-mail thread's subject or a chat's name.
    pub title: Option<String>,
    pub origin: Origin,
    pub messages: Vec<MessageData>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RequestData {
    pub id: i64,
    pub kind: RequestKind,
    pub received_on: NaiveDate,
    pub requester_name: Option<String>,
    pub requester_contact: Option<String>,
    pub details: Option<String>,
    pub status: RequestStatus,
    pub due_on: NaiveDate,
    pub closed_at: Option<DateTime<Utc>>,
    pub outcome: Option<String>,
}

/// Everything held about one person, redacted: `data.json` of the export.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AccessData {
    pub format: &'static str,
    pub version: u32,
    pub generated_at: DateTime<Utc>,
    pub controller: String,
    pub contact: CardData,
    pub consents: Vec<ConsentData>,
    pub conversations: Vec<ConversationData>,
    pub requests: Vec<RequestData>,
}

/// The access report's content, checked for completeness.
#[derive(Debug, Clone)]
pub struct AccessReport {
    company: CompanyProfile,
    purposes: Vec<Purpose>,
    rules: Vec<RetentionRule>,
    data: AccessData,
    third_parties: usize,
    /// Whether redaction changed anything (a name, an address or a number taken out).
    redacted: bool,
    /// Until when the firm's backups hold what the report shows (what erasure today would
    /// leave in them); `None` when no backup does.
    backups_until: Option<NaiveDate>,
}

impl AccessReport {
    /// Reads what the vault holds about `contact`, redacting transcripts with `marks`.
    pub fn from_vault(vault: &Vault, contact: ContactId, marks: &Marks) -> Result<AccessReport> {
        AccessReport::from_vault_with(vault, contact, marks, &AccessOptions::default())
    }

    /// [`AccessReport::from_vault`] with the clerk's `options`.
    pub fn from_vault_with(
        vault: &Vault,
        contact: ContactId,
        marks: &Marks,
        options: &AccessOptions,
    ) -> Result<AccessReport> {
        let person = vault.contacts().get(contact)?;
        let company = vault.company().get()?;
        let catalogue = vault.purposes().list()?;
        let rules = vault.retention().rules()?;

        let events = vault.consents().history(contact, None)?;
        let mut consents: Vec<ConsentData> = Vec::new();
        let mut by_purpose: BTreeMap<i64, Vec<_>> = BTreeMap::new();
        for e in events {
            by_purpose.entry(e.purpose_id).or_default().push(e);
        }
        for (purpose_id, events) in by_purpose {
            let name = match catalogue.iter().find(|p| p.id == purpose_id) {
                Some(p) => p.spec.name.clone(),
                None => vault.purposes().get(purpose_id)?.spec.name,
            };
            let wordings = vault.purposes().wording_history(purpose_id)?;
            let state = ConsentState::derive(events.iter().map(|e| &e.kind));
            let events = events
                .into_iter()
                .map(|e| {
                    let wording_text = wordings
                        .iter()
                        .find(|w| Some(w.version) == e.wording_version || Some(&w.hash) == e.wording_hash.as_ref())
                        .map(|w| w.text.clone());
                    ConsentEventData {
                        at: e.at,
                        event: e.kind,
                        method: e.method,
                        wording_version: e.wording_version,
                        wording_hash: e.wording_hash,
                        wording_text,
                        evidence_ref: e.evidence_ref,
                        recorded_by: e.recorded_by,
                        recorded_at: e.recorded_at,
                    }
                })
                .collect();
            consents.push(ConsentData { purpose_id, purpose: name, state, events });
        }

        let mut conversations: Vec<Conversation> = vault
            .interactions()
            .for_contact(contact)?
            .into_iter()
            .map(|s| vault.interactions().get(s.id))
            .collect::<custos_core::Result<_>>()?;
        conversations.sort_by_key(|c| (c.summary.started_at, c.summary.id));

        let mut requests: Vec<RequestData> = vault
            .requests()
            .list(&RequestQuery { scope: RequestScope::All, contact: Some(contact) })?
            .into_iter()
            .filter(|r| r.contact_id == Some(contact))
            .map(|r| RequestData {
                id: r.id,
                kind: r.kind,
                received_on: r.received_on,
                requester_name: r.requester_name,
                requester_contact: r.requester_contact,
                details: r.details,
                status: r.status,
                due_on: r.due_on,
                closed_at: r.closed_at,
                outcome: r.outcome,
            })
            .collect();
        requests.sort_by_key(|r| (r.received_on, r.id));

        // Redaction (Art. 15(4)) of every free text the report shows, with one numbering of
        // third parties across all of it: the texts and senders in the order the report shows them.
        let mut card = card(&person);
        // An e-mail's addressees as senders, so that the others among them are third parties.
        let addressed: Vec<Vec<Vec<Sender>>> = conversations
            .iter()
            .map(|c| c.messages.iter().map(|m| m.recipients.iter().map(|a| a.as_sender()).collect()).collect())
            .collect();
        let seen = shown(&card, &consents, &conversations, &addressed, &requests);
        let texts: Vec<&str> =
            seen.iter().filter_map(|s| if let Seen::Text(t) = s { Some(*t) } else { None }).collect();
        let named = Named { given: options.redact_names.clone(), contacts: contacts_named(vault, &person, &texts)? };
        let redactor = Redactor::with_named(&person, &named, &seen, marks);
        let mut redacted = false;
        let mut redact = |text: &mut String| {
            let clean = redactor.text(text);
            if clean != *text {
                redacted = true;
                *text = clean;
            }
        };
        for text in [&mut card.restriction_reason, &mut card.notes].into_iter().flatten() {
            redact(text);
        }
        for e in consents.iter_mut().flat_map(|c| c.events.iter_mut()) {
            e.evidence_ref.iter_mut().for_each(&mut redact);
        }
        for r in &mut requests {
            for text in [&mut r.requester_name, &mut r.requester_contact, &mut r.details, &mut r.outcome] {
                text.iter_mut().for_each(&mut redact);
            }
        }
        let conversations: Vec<ConversationData> =
            conversations.into_iter().map(|c| redact_conversation(&redactor, &mut redact, c)).collect();
        let third_parties = redactor.parties();

        // The purposes the person's data serves: every one not based on consent, and those on
        // consent the person ever gave. The whole catalogue if that leaves none.
        let consented: Vec<i64> = consents.iter().map(|c| c.purpose_id).collect();
        let mut purposes: Vec<Purpose> = catalogue
            .iter()
            .filter(|p| p.spec.legal_basis != LegalBasis::Consent || consented.contains(&p.id))
            .cloned()
            .collect();
        if purposes.is_empty() {
            purposes = catalogue;
        }

        let missing = AccessReport::missing(company.as_ref(), &purposes, &rules, &person.source);
        let Some(company) = company.filter(|_| missing.is_empty()) else {
            return Err(Error::Incomplete { document: DocumentKind::AccessReport, missing });
        };
        let data = AccessData {
            format: EXPORT_FORMAT,
            version: EXPORT_VERSION,
            generated_at: vault.now(),
            controller: company.controller_name.clone(),
            contact: card,
            consents,
            conversations,
            requests,
        };
        let backups_until = vault.backups_hold_until_at_most()?.map(|until| until.date_naive());
        Ok(AccessReport { company, purposes, rules, data, third_parties, redacted, backups_until })
    }

    /// What Art. 15 needs that these parts lack; empty when the report can be drawn.
    pub fn missing(
        company: Option<&CompanyProfile>,
        purposes: &[Purpose],
        rules: &[RetentionRule],
        source: &DataSource,
    ) -> Vec<Missing> {
        let mut missing = controller_missing(company);
        if let Some(c) = company {
            if blank(&c.authority_name) {
                missing.push(Missing::SupervisoryAuthority);
            }
            if blank(&c.authority_contact) {
                missing.push(Missing::SupervisoryAuthorityContact);
            }
        }
        if let DataSource::ThirdParty { name } | DataSource::Public { name } = source
            && name.trim().is_empty()
        {
            missing.push(Missing::DataSource);
        }
        missing.extend(purposes_missing(purposes, rules, Needs { data_categories: true, data_subjects: false }));
        missing
    }

    /// The redacted data, as `data.json` holds it.
    pub fn data(&self) -> &AccessData {
        &self.data
    }

    /// How many third parties were redacted out of the report.
    pub fn third_parties(&self) -> usize {
        self.third_parties
    }

    pub fn date(&self) -> NaiveDate {
        self.data.generated_at.date_naive()
    }

    /// Draws the report: A4 portrait.
    pub fn to_pdf(&self, language: Language) -> Result<Pdf> {
        let texts = &Texts::load(language)?;
        let fonts = Fonts::get()?;
        let setup = PageSetup::a4_portrait();
        let furniture =
            Furniture { header_left: self.company.controller_name.clone(), header_right: texts.date(self.date()) };
        let blocks = self.blocks(texts);
        let pages = Layout::run(setup, fonts, &blocks, &furniture, |page, pages| {
            texts.args("page-x-of-y", &[("page", page.into()), ("pages", pages.into())])
        });
        let title = texts.get("access-title");
        let info = Info {
            title: &title,
            author: &self.company.controller_name,
            subject: DocumentKind::AccessReport.describe(),
            language: language.code(),
        };
        let bytes = render::to_pdf(&setup, &pages, &info)?;
        Ok(Pdf { kind: DocumentKind::AccessReport, language, date: self.date(), pages: pages.len(), bytes })
    }

    /// The ZIP: `data.json`, `contact.csv`, `consents.csv`, `messages.csv`, `requests.csv`.
    pub fn to_export(&self) -> Result<Export> {
        let d = &self.data;
        let json = serde_json::to_vec_pretty(d).map_err(|e| Error::Render(format!("data.json: {e}")))?;
        let files: Vec<(&str, Vec<u8>)> = vec![
            ("data.json", json),
            ("contact.csv", contact_csv(&d.contact)?),
            ("consents.csv", consents_csv(&d.consents)?),
            ("messages.csv", messages_csv(&d.conversations)?),
            ("requests.csv", requests_csv(&d.requests)?),
        ];
        let at = d.generated_at;
        let time = zip::DateTime::from_date_and_time(
            u16::try_from(at.year()).unwrap_or(1980),
            at.month() as u8,
            at.day() as u8,
            at.hour() as u8,
            at.minute() as u8,
            at.second() as u8,
        )
        .unwrap_or_default();
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .last_modified_time(time);
        let zip_err = |e: zip::result::ZipError| Error::Render(format!("zip: {e}"));
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for (name, bytes) in files {
            zip.start_file(name, options).map_err(zip_err)?;
            zip.write_all(&bytes).map_err(|e| Error::Render(format!("zip: {e}")))?;
        }
        let bytes = zip.finish().map_err(zip_err)?.into_inner();
        Ok(Export { contact: d.contact.id, date: self.date(), bytes })
    }

    fn blocks(&self, t: &Texts) -> Vec<Block> {
        let c = &self.company;
        let d = &self.data;
        let p = &d.contact;
        let date = t.date(self.date());
        let none = || t.get("value-none");
        let or_none = |v: &Option<String>| v.clone().filter(|s| !s.trim().is_empty()).unwrap_or_else(none);
        // Each point with its label in words ("anna@nowak.pl (work)"), the primary first.
        let points = |list: &[Labelled]| {
            if list.is_empty() {
                return none();
            }
            let line = |p: &Labelled| {
                t.args(
                    "point-with-label",
                    &[
                        ("value", p.value.clone().into()),
                        ("label", t.get(&format!("point-label-{}", p.label.code())).into()),
                    ],
                )
            };
            list.iter()
                .filter(|p| p.primary)
                .chain(list.iter().filter(|p| !p.primary))
                .map(line)
                .collect::<Vec<_>>()
                .join("; ")
        };
        let mut blocks = vec![
            Block::Title(t.get("access-title")),
            Block::Paragraph(
                t.args("access-subtitle", &[("name", p.display_name.clone().into()), ("date", date.clone().into())]),
            ),
            Block::Paragraph(t.args("access-confirmation", &[("controller", c.controller_name.clone().into())])),
        ];
        // Redaction reaches the card's notes, consents, conversations and requests: said once.
        if self.third_parties > 0 || self.redacted {
            blocks.push(Block::Note(t.get("access-redaction-note")));
        }
        blocks.extend([
            Block::Heading(t.get("notice-controller")),
            Block::Paragraph(t.args("notice-controller-text", &[("name", c.controller_name.clone().into())])),
        ]);
        let contact: Vec<String> = [&c.address, &c.email, &c.phone].into_iter().flatten().cloned().collect();
        blocks.push(Block::Paragraph(t.args("notice-contact", &[("contact", contact.join("; ").into())])));
        let dpo: Vec<String> = [&c.dpo_name, &c.dpo_contact].into_iter().flatten().cloned().collect();
        if !dpo.is_empty() {
            blocks.push(Block::Paragraph(t.args("notice-dpo", &[("dpo", dpo.join(", ").into())])));
        }

        // The card.
        blocks.push(Block::Heading(t.get("access-card")));
        let mut fields = vec![
            (t.get("field-display-name"), p.display_name.clone()),
            (t.get("field-given-name"), or_none(&p.given_name)),
            (t.get("field-family-name"), or_none(&p.family_name)),
            (t.get("field-email"), points(&p.emails)),
            (t.get("field-phone"), points(&p.phones)),
            (t.get("field-organisation"), or_none(&p.organisation)),
            (t.get("field-job-title"), or_none(&p.job_title)),
            (t.get("field-address"), points(&p.addresses)),
            (t.get("field-id-number"), or_none(&p.id_number)),
            (t.get("field-tags"), if p.tags.is_empty() { none() } else { p.tags.join(", ") }),
            (t.get("field-status"), t.get(&format!("contact-status-{}", p.status.code()))),
            (t.get("field-source"), source_line(t, &p.source)),
            (t.get("field-created"), t.date(p.created_at.date_naive())),
            (t.get("field-last-contact"), p.last_contact_at.map_or_else(none, |at| t.date(at.date_naive()))),
        ];
        if let Some(since) = p.restricted_since {
            fields.push((
                t.get("field-restricted"),
                t.args(
                    "restricted-since",
                    &[
                        ("date", t.date(since.date_naive()).into()),
                        ("reason", p.restriction_reason.clone().unwrap_or_default().into()),
                    ],
                ),
            ));
        }
        blocks.push(Block::Fields(fields));

        blocks.push(Block::Heading(t.get("access-notes")));
        blocks.push(Block::Paragraph(
            p.notes.clone().filter(|n| !n.trim().is_empty()).unwrap_or_else(|| t.get("notes-none")),
        ));

        // Consents.
        blocks.push(Block::Heading(t.get("access-consents")));
        if d.consents.is_empty() {
            blocks.push(Block::Paragraph(t.get("consents-none")));
        }
        for consent in &d.consents {
            blocks.push(Block::Subheading(consent.purpose.clone()));
            let state = t.get(&format!("consent-state-{}", state_code(consent.state)));
            blocks.push(Block::Paragraph(t.args("consent-current", &[("state", state.into())])));
            let rows = consent
                .events
                .iter()
                .map(|e| {
                    let wording = match (&e.wording_version, &e.wording_text) {
                        (Some(v), Some(text)) => {
                            t.args("wording-version", &[("version", (*v).into()), ("text", text.clone().into())])
                        }
                        (None, Some(text)) => text.clone(),
                        _ => none(),
                    };
                    vec![
                        Cell::text(timestamp(t, e.at)),
                        Cell::text(t.get(&format!("consent-event-{}", e.event.code()))),
                        Cell::text(t.get(&format!("method-{}", e.method.code()))),
                        Cell::text(wording),
                        Cell::text(or_none(&e.evidence_ref)),
                    ]
                })
                .collect();
            blocks.push(Block::Table(Table {
                columns: columns(
                    t,
                    &[
                        ("col-date", 1.2),
                        ("col-event", 1.0),
                        ("col-method", 1.0),
                        ("col-wording", 2.6),
                        ("col-evidence", 1.6),
                    ],
                ),
                rows,
            }));
        }

        // Conversations.
        blocks.push(Block::Heading(t.get("access-conversations")));
        if d.conversations.is_empty() {
            blocks.push(Block::Paragraph(t.get("conversations-none")));
        }
        let you = t.get("sender-you");
        for conv in &d.conversations {
            let heading = t.args(
                "conversation-heading",
                &[
                    ("channel", t.get(&format!("channel-{}", conv.channel.code())).into()),
                    ("date", t.date(conv.started_at.date_naive()).into()),
                    ("count", conv.messages.len().into()),
                ],
            );
            blocks.push(Block::Subheading(heading));
            if let Some(title) = &conv.title {
                blocks.push(Block::Note(t.args("conversation-title", &[("title", title.clone().into())])));
            }
            if let Some(r) = &conv.external_ref {
                blocks.push(Block::Note(t.args("conversation-ref", &[("ref", r.clone().into())])));
            }
            if conv.messages.is_empty() {
                continue;
            }
            let rows = conv
                .messages
                .iter()
                .map(|m| {
                    let text = if m.to.is_empty() {
                        m.text.clone()
                    } else {
                        let names: Vec<String> =
                            m.to.iter().map(|s| s.name.clone().unwrap_or_else(|| you.clone())).collect();
                        let to = t.args("message-to", &[("names", names.join(", ").into())]);
                        if m.text.is_empty() { to } else { format!("{to}\n{}", m.text) }
                    };
                    vec![
                        Cell::text(timestamp(t, m.at)),
                        Cell::text(m.sender.name.clone().unwrap_or_else(|| you.clone())),
                        Cell::text(text),
                    ]
                })
                .collect();
            blocks.push(Block::Table(Table {
                columns: columns(t, &[("col-time", 1.4), ("col-sender", 1.3), ("col-text", 5.0)]),
                rows,
            }));
        }

        // Requests.
        blocks.push(Block::Heading(t.get("access-requests")));
        if d.requests.is_empty() {
            blocks.push(Block::Paragraph(t.get("requests-none")));
        } else {
            let rows = d
                .requests
                .iter()
                .map(|r| {
                    let status = match &r.outcome {
                        Some(o) if !o.trim().is_empty() => {
                            format!("{}\n{o}", t.get(&format!("request-status-{}", r.status.code())))
                        }
                        _ => t.get(&format!("request-status-{}", r.status.code())),
                    };
                    vec![
                        Cell::text(t.date(r.received_on)),
                        Cell::text(t.get(&format!("request-kind-{}", r.kind.code()))),
                        Cell::text(or_none(&r.details)),
                        Cell::text(status),
                        Cell::text(t.date(r.due_on)),
                    ]
                })
                .collect();
            blocks.push(Block::Table(Table {
                columns: columns(
                    t,
                    &[
                        ("col-received", 1.2),
                        ("col-request", 1.5),
                        ("col-details", 2.5),
                        ("col-status", 1.5),
                        ("col-due", 1.2),
                    ],
                ),
                rows,
            }));
        }

        // How the data is processed.
        blocks.push(Block::Heading(t.get("notice-purposes")));
        for purpose in &self.purposes {
            let s = &purpose.spec;
            blocks.push(Block::Subheading(s.name.clone()));
            blocks.push(Block::Fields(vec![
                (t.get("field-purpose"), s.description.clone()),
                (t.get("field-basis"), basis(t, purpose)),
                (t.get("field-data"), s.data_categories.join(", ")),
                (t.get("field-recipients"), recipients(t, purpose)),
                (t.get("field-transfers"), transfers(t, purpose)),
                (t.get("field-retention"), purpose_retention(t, purpose, &self.rules).join("\n")),
                (t.get("field-automated"), s.automated_decisions.clone().unwrap_or_else(|| t.get("automated-none"))),
            ]));
        }

        blocks.push(Block::Heading(t.get("notice-source")));
        blocks.push(Block::Paragraph(source_line(t, &p.source)));

        blocks.push(Block::Heading(t.get("notice-rights")));
        blocks.push(Block::Bullets(
            [
                "right-rectification",
                "right-erasure",
                "right-restriction",
                "right-objection",
                "right-portability",
                "right-withdraw",
            ]
            .into_iter()
            .map(|id| t.get(id))
            .collect(),
        ));
        blocks.push(Block::Paragraph(t.get("notice-rights-how")));

        blocks.push(Block::Heading(t.get("notice-complaint")));
        let authority: Vec<String> = [&c.authority_name, &c.authority_contact].into_iter().flatten().cloned().collect();
        blocks.push(Block::Paragraph(t.args("notice-complaint-text", &[("authority", authority.join(", ").into())])));

        if let Some(until) = self.backups_until {
            blocks.push(Block::Note(t.args("access-backups-note", &[("date", t.date(until).into())])));
        }
        blocks.push(Block::Note(t.get("access-export-note")));
        blocks.push(Block::Note(t.args("access-generated", &[("date", date.into())])));
        blocks
    }
}

/// The names of the vault's other contacts whose whole name `texts` may hold: looked up by the
/// texts' folded words (those with a letter), so the vault's size hardly matters.
fn contacts_named(vault: &Vault, person: &Contact, texts: &[&str]) -> Result<Vec<String>> {
    let mut words = BTreeSet::new();
    for text in texts {
        let folded = custos_core::fold::fold(text);
        for w in custos_core::fold::words(&folded) {
            if w.chars().any(char::is_alphabetic) && !words.contains(w) {
                words.insert(w.to_owned());
            }
        }
    }
    if words.is_empty() {
        return Ok(Vec::new());
    }
    let found = vault.contacts().named_by(&words)?;
    Ok(found.into_iter().filter(|c| c.id != person.id).map(|c| c.display_name).collect())
}

fn columns(t: &Texts, spec: &[(&str, f32)]) -> Vec<Column> {
    spec.iter().map(|(id, weight)| Column { title: t.get(id), weight: *weight }).collect()
}

/// A date and a time of day (UTC), e.g. "23 November 2026, 09:05".
fn timestamp(t: &Texts, at: DateTime<Utc>) -> String {
    format!("{} {:02}:{:02}", t.date(at.date_naive()), at.hour(), at.minute())
}

fn state_code(s: ConsentState) -> &'static str {
    match s {
        ConsentState::NeverGiven => "never_given",
        ConsentState::Given => "given",
        ConsentState::Confirmed => "confirmed",
        ConsentState::Withdrawn => "withdrawn",
        ConsentState::Expired => "expired",
    }
}

fn source_line(t: &Texts, source: &DataSource) -> String {
    match source {
        DataSource::Person { via: None } => t.get("source-person"),
        DataSource::Person { via: Some(v) } => {
            t.args("source-person-via", &[("channel", v.channel.code().into()), ("date", t.date(v.on).into())])
        }
        DataSource::ThirdParty { name } => t.args("source-third_party", &[("source", name.clone().into())]),
        DataSource::Public { name } => t.args("source-public", &[("source", name.clone().into())]),
    }
}

fn card(c: &Contact) -> CardData {
    let d = &c.details;
    CardData {
        id: c.id,
        display_name: c.display_name.clone(),
        given_name: d.given_name.clone(),
        family_name: d.family_name.clone(),
        organisation: d.organisation.clone(),
        job_title: d.job_title.clone(),
        emails: d.emails.clone(),
        phones: d.phones.clone(),
        addresses: d.addresses.clone(),
        id_number: d.id_number.clone(),
        notes: d.notes.clone(),
        tags: d.tags.clone(),
        status: c.status,
        source: c.source.clone(),
        created_at: c.created_at,
        updated_at: c.updated_at,
        last_contact_at: c.last_contact_at,
        restricted_since: c.restriction.as_ref().map(|r| r.since),
        restriction_reason: c.restriction.as_ref().map(|r| r.reason.clone()),
    }
}

/// What the report shows of `card`, `consents`, `conversations` and `requests` that may name
/// other people, in the report's order: the card's restriction reason and notes, consent
/// evidence, each conversation's reference and its messages' senders and texts, and each
/// request's requester, details and outcome.
fn shown<'a>(
    card: &'a CardData,
    consents: &'a [ConsentData],
    conversations: &'a [Conversation],
    addressed: &'a [Vec<Vec<Sender>>],
    requests: &'a [RequestData],
) -> Vec<Seen<'a>> {
    let text = |t: &'a Option<String>| t.as_deref().map(Seen::Text);
    let mut seen: Vec<Seen<'a>> = [&card.restriction_reason, &card.notes].into_iter().filter_map(text).collect();
    seen.extend(consents.iter().flat_map(|c| c.events.iter().filter_map(|e| text(&e.evidence_ref))));
    for (c, addressed) in conversations.iter().zip(addressed) {
        seen.extend(text(&c.summary.title));
        seen.extend(text(&c.summary.external_ref));
        for (m, to) in c.messages.iter().zip(addressed) {
            seen.push(Seen::Sender(&m.sender));
            seen.extend(to.iter().map(Seen::Sender));
            seen.push(Seen::Text(&m.text));
        }
    }
    for r in requests {
        seen.extend([&r.requester_name, &r.requester_contact, &r.details, &r.outcome].into_iter().filter_map(text));
    }
    seen
}

/// `c` as the report shows it: senders labelled, texts passed through `redact`.
fn redact_conversation(r: &Redactor, redact: &mut impl FnMut(&mut String), c: Conversation) -> ConversationData {
    let s = c.summary;
    let mut external_ref = s.external_ref;
    external_ref.iter_mut().for_each(&mut *redact);
    let mut title = s.title;
    title.iter_mut().for_each(&mut *redact);
    let label = |sender: &Sender| SenderData {
        kind: match sender {
            Sender::Contact => "contact",
            Sender::Staff { .. } => "staff",
            Sender::Other { .. } => "third_party",
        },
        name: r.sender(sender),
    };
    ConversationData {
        id: s.id,
        channel: s.channel,
        started_at: s.started_at,
        ended_at: s.ended_at,
        external_ref,
        title,
        origin: s.origin,
        messages: c
            .messages
            .into_iter()
            .map(|m| {
                let mut text = m.text;
                redact(&mut text);
                MessageData {
                    id: m.id,
                    at: m.at,
                    sender: label(&m.sender),
                    to: m.recipients.iter().map(|a| label(&a.as_sender())).collect(),
                    text,
                }
            })
            .collect(),
    }
}

fn csv_err(e: impl std::fmt::Display) -> Error {
    Error::Render(format!("csv: {e}"))
}

fn to_csv(header: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(header).map_err(csv_err)?;
    for row in rows {
        w.write_record(&row).map_err(csv_err)?;
    }
    w.into_inner().map_err(csv_err)
}

fn opt(v: &Option<String>) -> String {
    v.clone().unwrap_or_default()
}

fn ts(at: &DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

fn contact_csv(c: &CardData) -> Result<Vec<u8>> {
    let (source, source_name) = match &c.source {
        DataSource::Person { via: None } => ("person", String::new()),
        DataSource::Person { via: Some(v) } => ("person", format!("{} {}", v.channel.code(), v.on)),
        DataSource::ThirdParty { name } => ("third_party", name.clone()),
        DataSource::Public { name } => ("public", name.clone()),
    };
    to_csv(
        &[
            "id",
            "display_name",
            "given_name",
            "family_name",
            "organisation",
            "job_title",
            "emails",
            "phones",
            "addresses",
            "id_number",
            "notes",
            "tags",
            "status",
            "source",
            "source_name",
            "created_at",
            "updated_at",
            "last_contact_at",
        ],
        [vec![
            c.id.to_string(),
            c.display_name.clone(),
            opt(&c.given_name),
            opt(&c.family_name),
            opt(&c.organisation),
            opt(&c.job_title),
            points_cell(&c.emails),
            points_cell(&c.phones),
            points_cell(&c.addresses),
            opt(&c.id_number),
            opt(&c.notes),
            c.tags.join("; "),
            c.status.code().to_owned(),
            source.to_owned(),
            source_name,
            ts(&c.created_at),
            ts(&c.updated_at),
            c.last_contact_at.as_ref().map(ts).unwrap_or_default(),
        ]],
    )
}

/// Contact points in one CSV cell: one per line, `label: value`, the primary first.
fn points_cell(list: &[Labelled]) -> String {
    let line = |p: &Labelled| format!("{}: {}", p.label.code(), p.value);
    list.iter().filter(|p| p.primary).chain(list.iter().filter(|p| !p.primary)).map(line).collect::<Vec<_>>().join("\n")
}

fn consents_csv(consents: &[ConsentData]) -> Result<Vec<u8>> {
    to_csv(
        &[
            "purpose_id",
            "purpose",
            "at",
            "event",
            "method",
            "wording_version",
            "wording_text",
            "evidence_ref",
            "recorded_by",
        ],
        consents.iter().flat_map(|c| {
            c.events.iter().map(|e| {
                vec![
                    c.purpose_id.to_string(),
                    c.purpose.clone(),
                    ts(&e.at),
                    e.event.code().to_owned(),
                    e.method.code().to_owned(),
                    e.wording_version.map(|v| v.to_string()).unwrap_or_default(),
                    opt(&e.wording_text),
                    opt(&e.evidence_ref),
                    e.recorded_by.clone(),
                ]
            })
        }),
    )
}

fn messages_csv(conversations: &[ConversationData]) -> Result<Vec<u8>> {
    to_csv(
        &["conversation_id", "channel", "message_id", "at", "sender_kind", "sender_name", "to", "text"],
        conversations.iter().flat_map(|c| {
            c.messages.iter().map(|m| {
                vec![
                    c.id.to_string(),
                    c.channel.code().to_owned(),
                    m.id.to_string(),
                    ts(&m.at),
                    m.sender.kind.to_owned(),
                    opt(&m.sender.name),
                    m.to.iter()
                        .map(|s| s.name.clone().unwrap_or_else(|| s.kind.to_owned()))
                        .collect::<Vec<_>>()
                        .join("; "),
                    m.text.clone(),
                ]
            })
        }),
    )
}

fn requests_csv(requests: &[RequestData]) -> Result<Vec<u8>> {
    to_csv(
        &["id", "kind", "received_on", "status", "due_on", "details", "outcome"],
        requests.iter().map(|r| {
            vec![
                r.id.to_string(),
                r.kind.code().to_owned(),
                r.received_on.to_string(),
                r.status.code().to_owned(),
                r.due_on.to_string(),
                opt(&r.details),
                opt(&r.outcome),
            ]
        }),
    )
}

/// The portable export: a ZIP. Nothing is written to disk until [`Export::save`].
#[derive(Clone, PartialEq, Eq)]
pub struct Export {
    contact: ContactId,
    date: NaiveDate,
    bytes: Vec<u8>,
}

impl std::fmt::Debug for Export {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Export")
            .field("contact", &self.contact)
            .field("date", &self.date)
            .field("bytes", &self.bytes.len())
            .finish()
    }
}

impl Export {
    pub fn contact(&self) -> ContactId {
        self.contact
    }

    pub fn date(&self) -> NaiveDate {
        self.date
    }

    /// The ZIP file.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }

    /// SHA-256 of the file, hex.
    pub fn sha256(&self) -> String {
        hex::encode(Sha256::digest(&self.bytes))
    }

    /// A file name such as `access-export-2026-11-23-contact-12.zip`.
    pub fn suggested_file_name(&self) -> String {
        format!("access-export-{}-contact-{}.zip", self.date, self.contact)
    }

    /// Writes the ZIP to `path`, which must not exist yet ([`Error::FileExists`] otherwise).
    pub fn save(&self, path: &Path) -> Result<()> {
        write_file(path, &self.bytes, false)
    }

    /// Writes the ZIP to `path`, replacing a file already there: for when the user confirmed.
    pub fn save_replacing(&self, path: &Path) -> Result<()> {
        write_file(path, &self.bytes, true)
    }
}
