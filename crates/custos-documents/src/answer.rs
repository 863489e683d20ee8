//! Answering a request from the register with a document: the access report (Art. 15) or the
//! portable export (Art. 20) of the request's contact, generated and then recorded as what
//! was done for the request, pointing at the audit entry of the generation.
//!
//! The request is checked first (open, matched to a contact, identity not in doubt —
//! [`custos_core::requests::Requests::ready_for_action`]), so a report is never handed out
//! for a request that could not then show it.

use custos_core::Vault;
use custos_core::requests::{Request, RequestId, RequestKind};

use crate::access::{AccessOptions, Export, recorded_export, recorded_report};
use crate::error::{Refusal, Result};
use crate::{Language, Pdf};

/// The document that answers a request, and the request with it recorded as its action.
#[derive(Debug, Clone)]
pub struct Answered<D> {
    pub document: D,
    pub request: Request,
}

/// Generates the access report of request `request`'s contact in `language` and records it as
/// the request's action ("Access report generated in polski, 3 pages, SHA-256 …").
pub fn answer_with_report(vault: &Vault, request: RequestId, language: Language) -> Result<Answered<Pdf>> {
    answer_with_report_with(vault, request, language, &AccessOptions::default())
}

/// [`answer_with_report`] with the clerk's `options` (e.g. more names to redact).
pub fn answer_with_report_with(
    vault: &Vault,
    request: RequestId,
    language: Language,
    options: &AccessOptions,
) -> Result<Answered<Pdf>> {
    let contact = contact_of(vault, request)?;
    let (pdf, entry) = recorded_report(vault, contact, language, options)?;
    let pages = pdf.pages();
    let description = custos_core::requests::report_generated(
        language.name(),
        u64::try_from(pages).unwrap_or(u64::MAX),
        short(&pdf.sha256()),
    );
    let request = vault.requests().record_action(request, entry, &description)?;
    Ok(Answered { document: pdf, request })
}

/// Generates the portable export (ZIP) of request `request`'s contact and records it as the
/// request's action.
pub fn answer_with_export(vault: &Vault, request: RequestId) -> Result<Answered<Export>> {
    answer_with_export_with(vault, request, &AccessOptions::default())
}

/// [`answer_with_export`] with the clerk's `options` (e.g. more names to redact).
pub fn answer_with_export_with(vault: &Vault, request: RequestId, options: &AccessOptions) -> Result<Answered<Export>> {
    let contact = contact_of(vault, request)?;
    let (export, entry) = recorded_export(vault, contact, options)?;
    let description = custos_core::requests::export_generated(short(&export.sha256()));
    let request = vault.requests().record_action(request, entry, &description)?;
    Ok(Answered { document: export, request })
}

/// The contact of a request that may be acted on, and whose type a report answers.
fn contact_of(vault: &Vault, request: RequestId) -> Result<custos_core::contacts::ContactId> {
    let q = vault.requests().ready_for_action(request)?;
    if !matches!(q.kind, RequestKind::Access | RequestKind::Portability) {
        let article = q.kind.article().trim_start_matches("Art. ").to_owned();
        return Err(crate::Error::Refused(Refusal::NotAnAccessRequest { request, kind: q.kind, article }));
    }
    // `ready_for_action` refuses an unmatched request.
    q.contact_id.ok_or(crate::Error::Refused(Refusal::RequestWithoutContact { request }))
}

/// The first 12 hex digits of a SHA-256: enough for a person to compare, the full one is in
/// the audit entry.
fn short(sha256: &str) -> &str {
    sha256.get(..12).unwrap_or(sha256)
}
