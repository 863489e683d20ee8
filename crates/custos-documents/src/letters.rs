//! Letters to a data subject about their request (GDPR Art. 12): the acknowledgement, the
//! extension notice (Art. 12(3)), the answer once it is done, and the refusal with the right to
//! complain and to go to court (Art. 12(4)).
//!
//! Each is a letter from the firm, A4 with the firm's header, addressed to the requester (the
//! contact's name or the name they gave, and the contact point they gave or the card's postal
//! address or e-mail), with the reference "Request #N of <received date>" and the type of
//! request with its article. A letter is written only for a request in the state it tells of:
//! an extension notice for an extended request, the answer for one closed as done, the refusal
//! for a refused one ([`Error::LetterNotApplicable`]). A requester who was erased is not named:
//! the letter then starts "Dear Sir or Madam" and the address goes on the envelope.
//!
//! Generating a letter is an audit event (`document.request_letter`) about the request, with
//! the kind of letter, the language and the file's SHA-256: nothing that identifies the person.

use chrono::NaiveDate;
use custos_core::Vault;
use custos_core::audit::Action;
use custos_core::company::CompanyProfile;
use custos_core::contacts::ContactField;
use custos_core::requests::{ActionSaid, IdentityResult, Request, RequestAction, RequestId, RequestStatus};

use crate::error::{Error, Missing, Result};
use crate::fonts::Fonts;
use crate::i18n::{Language, Texts};
use crate::layout::{Block, Furniture, Layout, PageSetup};
use crate::parts::{blank, controller_missing};
use crate::render::{self, Info};
use crate::{DocumentKind, Pdf};

pub use custos_core::requests::LetterKind;

/// What custos-documents knows of a letter beyond the core's rule: the document it is, and
/// what to say when it does not fit.
pub(crate) trait LetterDocument {
    fn document_kind(self) -> DocumentKind;
    fn not_applicable(self, request: RequestId, status: RequestStatus) -> String;
}

impl LetterDocument for LetterKind {
    /// The document this letter is.
    fn document_kind(self) -> DocumentKind {
        match self {
            LetterKind::Acknowledgement => DocumentKind::RequestAcknowledgement,
            LetterKind::Extension => DocumentKind::RequestExtension,
            LetterKind::Completion => DocumentKind::RequestCompletion,
            LetterKind::Refusal => DocumentKind::RequestRefusal,
        }
    }

    /// What to do first when the letter does not fit the request's state, in English.
    fn not_applicable(self, request: RequestId, status: RequestStatus) -> String {
        match self {
            LetterKind::Acknowledgement => format!("Request #{request} cannot be acknowledged."),
            LetterKind::Extension => format!(
                "Request #{request} is not extended: an extension letter tells the person the reasons and the new due \
                 date. Extend the request first (with the reasons and the day the person is told)."
            ),
            LetterKind::Completion => format!(
                "Request #{request} is {status}, not done: the completion letter says what was done. Record what was \
                 done and close the request as done first (or, for a requester about whom nothing is held, close it \
                 as \"no personal data held\")."
            ),
            LetterKind::Refusal => format!(
                "Request #{request} is {status}, not refused: a refusal letter gives the reasons the request was \
                 refused. Refuse the request first, with the reason, or write the letter that fits its state."
            ),
        }
    }
}

/// Who the letter goes to.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Addressee {
    name: String,
    /// Where to reach them, as they gave it (or the card's postal address, else e-mail).
    reach: Option<String>,
}

/// A letter about one request, checked: the request is in the state the letter tells of, and
/// the company profile names the controller (and, for a refusal, the supervisory authority).
#[derive(Debug, Clone)]
pub struct RequestLetter {
    kind: LetterKind,
    company: CompanyProfile,
    request: Request,
    /// None once the person was erased: their name is gone.
    addressee: Option<Addressee>,
    /// An access report is among what was done: it goes with the answer.
    report_enclosed: bool,
    date: NaiveDate,
}

/// The letter `kind` about request `request` in `language`, dated today (the vault's clock), and
/// recorded in the audit log. Fails with [`Error::LetterNotApplicable`] when the request is not
/// in the state the letter tells of, and with [`Error::Incomplete`] listing what to fill in.
pub fn request_letter(vault: &Vault, request: RequestId, kind: LetterKind, language: Language) -> Result<Pdf> {
    vault.may(Action::RequestLetterGenerated)?;
    let letter = RequestLetter::from_vault(vault, request, kind)?;
    let pdf = letter.to_pdf(language)?;
    vault.audit().request_letter(
        request,
        serde_json::json!({
            "request": request, "letter": kind.code(), "language": language.code(), "sha256": pdf.sha256(),
        }),
    )?;
    Ok(pdf)
}

/// An access report (or its export) generated for the request: it goes with the answer.
/// The access report (PDF) generated for the request. The portable export is recorded under
/// the same audit action and told apart by its words.
fn is_report(action: &RequestAction) -> bool {
    action.audit_action == Action::AccessReportGenerated.code()
        && !matches!(action.said, Some(ActionSaid::ExportGenerated { .. }))
}

fn filled(v: &Option<String>) -> Option<String> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned)
}

impl RequestLetter {
    pub fn from_vault(vault: &Vault, id: RequestId, kind: LetterKind) -> Result<RequestLetter> {
        let request = vault.requests().get(id)?;
        if !kind.applies_to(&request) {
            return Err(Error::LetterNotApplicable { letter: kind, request: id, status: request.status });
        }
        let addressee = if request.erased {
            None
        } else {
            match request.contact_id {
                // The card unmasked: the letter goes to the person themself.
                Some(contact) => {
                    let card = vault.contacts().get(contact)?;
                    let d = &card.details;
                    let reach = filled(&request.requester_contact)
                        .or_else(|| d.primary(ContactField::Address).map(str::to_owned))
                        .or_else(|| d.primary(ContactField::Email).map(str::to_owned));
                    Some(Addressee { name: card.display_name, reach })
                }
                None => filled(&request.requester_name)
                    .map(|name| Addressee { name, reach: filled(&request.requester_contact) }),
            }
        };
        let company = vault.company().get()?;
        let missing = RequestLetter::missing(kind, company.as_ref());
        let Some(company) = company.filter(|_| missing.is_empty()) else {
            return Err(Error::Incomplete { document: kind.document_kind(), missing });
        };
        let report_enclosed = request.actions.iter().any(is_report);
        Ok(RequestLetter { kind, company, request, addressee, report_enclosed, date: vault.now().date_naive() })
    }

    /// What the letter needs from the company profile: the controller's name, address and a
    /// way to reach them; for a refusal also the supervisory authority and its contact.
    pub fn missing(kind: LetterKind, company: Option<&CompanyProfile>) -> Vec<Missing> {
        let mut missing = controller_missing(company);
        if let (LetterKind::Refusal, Some(c)) = (kind, company) {
            if blank(&c.authority_name) {
                missing.push(Missing::SupervisoryAuthority);
            }
            if blank(&c.authority_contact) {
                missing.push(Missing::SupervisoryAuthorityContact);
            }
        }
        missing
    }

    pub fn kind(&self) -> LetterKind {
        self.kind
    }

    pub fn date(&self) -> NaiveDate {
        self.date
    }

    /// Draws the letter: A4 portrait.
    pub fn to_pdf(&self, language: Language) -> Result<Pdf> {
        let texts = &Texts::load(language)?;
        let fonts = Fonts::get()?;
        let setup = PageSetup::a4_portrait();
        let furniture =
            Furniture { header_left: self.company.controller_name.clone(), header_right: texts.date(self.date) };
        let blocks = self.blocks(texts);
        let pages = Layout::run(setup, fonts, &blocks, &furniture, |page, pages| {
            texts.args("page-x-of-y", &[("page", page.into()), ("pages", pages.into())])
        });
        let title = texts.get(&format!("letter-title-{}", self.kind.code()));
        let document = self.kind.document_kind();
        let info = Info {
            title: &title,
            author: &self.company.controller_name,
            subject: document.describe(),
            language: language.code(),
        };
        let bytes = render::to_pdf(&setup, &pages, &info)?;
        Ok(Pdf { kind: document, language, date: self.date, pages: pages.len(), bytes })
    }

    fn blocks(&self, t: &Texts) -> Vec<Block> {
        let c = &self.company;
        let q = &self.request;
        let received = t.date(q.received_on);
        let sender: Vec<String> = std::iter::once(c.controller_name.clone())
            .chain([&c.address, &c.email, &c.phone].into_iter().flatten().cloned())
            .collect();
        let mut blocks = vec![Block::Note(sender.join(" · "))];
        if let Some(to) = &self.addressee {
            let lines: Vec<&str> = std::iter::once(to.name.as_str()).chain(to.reach.as_deref()).collect();
            blocks.push(Block::Paragraph(lines.join("\n")));
        }
        blocks.push(Block::Title(t.get(&format!("letter-title-{}", self.kind.code()))));
        let mut fields = vec![
            (
                t.get("field-our-reference"),
                t.args("letter-reference", &[("id", q.id.to_string().into()), ("date", received.clone().into())]),
            ),
            (t.get("field-request-type"), t.get(&format!("letter-kind-{}", q.kind.code()))),
        ];
        if matches!(self.kind, LetterKind::Acknowledgement | LetterKind::Extension) {
            fields.push((t.get("field-due-by"), t.date(q.due_on)));
        }
        blocks.push(Block::Fields(fields));
        blocks.push(Block::Paragraph(match &self.addressee {
            Some(to) => t.args("letter-salutation", &[("name", to.name.clone().into())]),
            None => t.get("letter-salutation-unnamed"),
        }));

        let details = filled(&q.details).filter(|_| !q.erased);
        match self.kind {
            LetterKind::Acknowledgement => {
                blocks.push(Block::Paragraph(t.args("letter-ack-received", &[("date", received.into())])));
                if let Some(details) = details {
                    blocks.push(Block::Paragraph(t.args("letter-asked", &[("details", details.into())])));
                }
                blocks.push(Block::Paragraph(t.args("letter-ack-due", &[("due", t.date(q.due_on).into())])));
                if q.identity.as_ref().is_none_or(|i| i.result != IdentityResult::Verified) {
                    blocks.push(Block::Paragraph(t.get("letter-ack-identity")));
                }
            }
            LetterKind::Extension => {
                blocks.push(Block::Paragraph(t.args("letter-ext-intro", &[("date", received.into())])));
                blocks.push(Block::Paragraph(t.get("letter-reasons")));
                let reason = q.extension.as_ref().map(|e| e.reason.clone()).unwrap_or_default();
                blocks.push(Block::Paragraph(reason));
                blocks.push(Block::Paragraph(t.args(
                    "letter-ext-due",
                    &[("due", t.date(q.due_on).into()), ("original", t.date(q.original_due_on).into())],
                )));
            }
            LetterKind::Completion => {
                blocks.push(Block::Paragraph(t.args("letter-done-intro", &[("date", received.into())])));
                if q.closed_no_data() {
                    blocks.push(Block::Paragraph(t.get("letter-done-no-data")));
                } else {
                    blocks.push(Block::Paragraph(t.get("letter-done-actions")));
                    // A report or a portable export generated for the request is said in the
                    // letter's language (its recorded description is the register's English);
                    // the same line once.
                    let mut done: Vec<String> = Vec::new();
                    for a in &q.actions {
                        let action = match &a.said {
                            Some(ActionSaid::ExportGenerated { .. }) => t.get("letter-done-export"),
                            _ if is_report(a) => t.get("letter-done-report"),
                            _ => a.description.clone(),
                        };
                        let line = t.args(
                            "letter-done-action",
                            &[("date", t.date(a.done_at.date_naive()).into()), ("action", action.into())],
                        );
                        if !done.contains(&line) {
                            done.push(line);
                        }
                    }
                    blocks.push(Block::Bullets(done));
                    if self.report_enclosed {
                        blocks.push(Block::Paragraph(t.get("letter-done-enclosed")));
                    }
                }
            }
            LetterKind::Refusal => {
                blocks.push(Block::Paragraph(t.args("letter-refusal-intro", &[("date", received.into())])));
                blocks.push(Block::Paragraph(t.get("letter-reasons")));
                blocks.push(Block::Paragraph(q.outcome.clone().unwrap_or_default()));
                blocks.push(Block::Paragraph(t.get("letter-refusal-rights")));
                let authority: Vec<String> =
                    [&c.authority_name, &c.authority_contact].into_iter().flatten().cloned().collect();
                blocks.push(Block::Bullets(vec![
                    t.args("letter-refusal-complaint", &[("authority", authority.join(", ").into())]),
                    t.get("letter-refusal-court"),
                ]));
            }
        }

        let contact: Vec<String> = [&c.address, &c.email, &c.phone].into_iter().flatten().cloned().collect();
        blocks.push(Block::Paragraph(t.args("letter-contact", &[("contact", contact.join("; ").into())])));
        let dpo: Vec<String> = [&c.dpo_name, &c.dpo_contact].into_iter().flatten().cloned().collect();
        if !dpo.is_empty() {
            blocks.push(Block::Paragraph(t.args("notice-dpo", &[("dpo", dpo.join(", ").into())])));
        }
        blocks.push(Block::Paragraph(format!("{}\n{}", t.get("letter-closing"), c.controller_name)));
        blocks
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn only_the_access_report_counts_as_the_report_not_the_export_recorded_under_its_action() {
        let at = chrono::DateTime::from_timestamp(1_796_000_000, 0).unwrap();
        let action = |said: Option<ActionSaid>| RequestAction {
            id: 1,
            audit_entry_id: 1,
            audit_action: Action::AccessReportGenerated.code().to_owned(),
            done_at: at,
            description: String::new(),
            recorded_by: "Ola".into(),
            recorded_at: at,
            said,
        };
        let report = ActionSaid::ReportGenerated { language: "polski".into(), pages: 2, sha256: "ab12".into() };
        assert!(is_report(&action(Some(report))));
        assert!(!is_report(&action(Some(ActionSaid::ExportGenerated { sha256: "ab12".into() }))));
        let mut other = action(None);
        other.audit_action = "contact.erased".into();
        assert!(!is_report(&other));
    }

    /// The letters' own messages (the shared ones are checked with the other documents).
    const MESSAGES: &[&str] = &[
        "letter-title-acknowledgement",
        "letter-title-extension",
        "letter-title-completion",
        "letter-title-refusal",
        "letter-reference",
        "field-our-reference",
        "field-request-type",
        "field-due-by",
        "letter-kind-access",
        "letter-kind-rectification",
        "letter-kind-erasure",
        "letter-kind-restriction",
        "letter-kind-portability",
        "letter-kind-objection",
        "letter-kind-automated_decisions",
        "letter-kind-consent_withdrawal",
        "letter-salutation",
        "letter-salutation-unnamed",
        "letter-ack-received",
        "letter-asked",
        "letter-ack-due",
        "letter-ack-identity",
        "letter-ext-intro",
        "letter-reasons",
        "letter-ext-due",
        "letter-done-intro",
        "letter-done-actions",
        "letter-done-report",
        "letter-done-export",
        "letter-done-no-data",
        "letter-done-enclosed",
        "letter-refusal-intro",
        "letter-refusal-rights",
        "letter-refusal-complaint",
        "letter-refusal-court",
        "letter-contact",
        "letter-closing",
    ];

    #[test]
    fn every_letter_message_is_translated_not_copied() {
        let en = Texts::load(Language::En).unwrap();
        for lang in Language::ALL.into_iter().filter(|l| *l != Language::En) {
            let texts = Texts::load(lang).unwrap();
            for id in MESSAGES {
                let (theirs, ours) = (texts.get(id), en.get(id));
                assert_ne!(theirs, *id, "{lang} lacks {id}");
                assert_ne!(theirs, ours, "{lang} copies the English {id}");
            }
        }
        for kind in LetterKind::ALL {
            assert!(MESSAGES.contains(&format!("letter-title-{}", kind.code()).as_str()));
        }
    }
}
