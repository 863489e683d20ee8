//! The GDPR documents, written where the user chose, and opened in the system viewer.

use std::path::PathBuf;

use custos_core::contacts::DataSource;
use tauri::{AppHandle, Runtime, State};

use crate::ipc::{DocumentRequest, IpcError, SavedDocument};
use crate::state::AppState;

use super::Reply;

/// A generated document, before it is saved.
enum Generated {
    Pdf(custos_documents::Pdf),
    Html(custos_documents::Html),
    Zip(custos_documents::Export),
}

impl Generated {
    fn save(&self, path: &std::path::Path, replace: bool) -> custos_documents::Result<()> {
        match (self, replace) {
            (Generated::Pdf(d), false) => d.save(path),
            (Generated::Pdf(d), true) => d.save_replacing(path),
            (Generated::Html(d), false) => d.save(path),
            (Generated::Html(d), true) => d.save_replacing(path),
            (Generated::Zip(d), false) => d.save(path),
            (Generated::Zip(d), true) => d.save_replacing(path),
        }
    }

    fn saved(&self, path: &std::path::Path) -> SavedDocument {
        let (pages, bytes, sha256) = match self {
            Generated::Pdf(d) => (d.pages() as u32, d.bytes().len(), d.sha256()),
            Generated::Html(d) => (0, d.text().len(), d.sha256()),
            Generated::Zip(d) => (0, d.bytes().len(), d.sha256()),
        };
        SavedDocument { path: path.display().to_string(), pages, bytes: bytes as u64, sha256 }
    }
}

/// Generates a document from the vault and writes it where the user chose (never over an
/// existing file unless `replace`). Nothing is written anywhere else.
#[tauri::command]
pub async fn generate_document(state: State<'_, AppState>, request: DocumentRequest) -> Reply<SavedDocument> {
    use custos_documents as docs;
    let path = PathBuf::from(request.path.trim());
    if path.as_os_str().is_empty() {
        return Err(IpcError { code: "invalid_input".into(), message: "Choose where to save the document.".into() });
    }
    let language: docs::Language =
        request.language.parse().map_err(|message| IpcError { code: "invalid_input".into(), message })?;
    let needs_contact = || {
        request.contact.ok_or_else(|| IpcError {
            code: "invalid_input".into(),
            message: "Open a contact's card to generate their access report.".into(),
        })
    };
    let (kind, replace, target, answers) = (request.kind.clone(), request.replace, path.clone(), request.request);
    if !replace && path.exists() {
        // Checked before generating too: generating is audited (and, for a request, recorded as
        // its action), so a name the user must change should stop it before it happens.
        return Err(custos_documents::Error::FileExists { path }.into());
    }
    let letter = match kind.as_str() {
        "request_letter" => Some(letter_of(&request)?),
        _ => None,
    };
    let contact = match kind.as_str() {
        "access_report" | "access_export" if answers.is_some() => None,
        "access_report" | "access_export" => Some(needs_contact()?),
        "record" | "notice" | "notice_html" | "request_letter" => None,
        other => {
            return Err(IpcError { code: "invalid_input".into(), message: format!("Unknown document '{other}'.") });
        }
    };
    let collected = notice_source(&kind, request.source.clone())?;
    let options = redaction(&kind, &request.redact_names)?;
    let saved = state
        .with_vault_documents(move |v| {
            let id = contact.unwrap_or_default();
            let generated = match kind.as_str() {
                "record" => Generated::Pdf(docs::record_of_processing(v, language)?),
                "notice" => Generated::Pdf(docs::privacy_notice(v, collected, language)?),
                "notice_html" => Generated::Html(docs::privacy_notice_html(v, collected, language)?),
                "request_letter" => {
                    // Both were checked before the vault was touched.
                    let (Some(q), Some(letter)) = (answers, letter) else {
                        return Err(custos_core::Error::Internal("a request letter without its request".into()).into());
                    };
                    Generated::Pdf(docs::request_letter(v, q, letter, language)?)
                }
                "access_report" => match answers {
                    Some(q) => Generated::Pdf(docs::answer_with_report_with(v, q, language, &options)?.document),
                    None => Generated::Pdf(docs::access_report_with(v, id, language, &options)?),
                },
                _ => match answers {
                    Some(q) => Generated::Zip(docs::answer_with_export_with(v, q, &options)?.document),
                    None => Generated::Zip(docs::access_export_with(v, id, &options)?),
                },
            };
            generated.save(&target, replace)?;
            Ok(generated.saved(&target))
        })
        .await?;
    state.remember_saved(&path);
    Ok(saved)
}

/// Which letter about which request: a `request_letter` needs both.
fn letter_of(request: &DocumentRequest) -> Reply<custos_documents::LetterKind> {
    let invalid = |message: String| IpcError { code: "invalid_input".into(), message };
    if request.request.is_none() {
        return Err(invalid("Open a request to write a letter about it.".into()));
    }
    let letter = request
        .letter
        .as_deref()
        .ok_or_else(|| invalid("Say which letter: acknowledgement, extension, completion or refusal.".into()))?;
    letter.parse().map_err(invalid)
}

/// Where a notice's data came from: the person (Art. 13) unless a third party or public
/// source is given (Art. 14); a source only for a notice. Whether the source is named is the
/// notice's own check (`Missing::DataSource`).
fn notice_source(kind: &str, source: Option<DataSource>) -> Reply<custos_documents::Collected> {
    use custos_documents::Collected;
    match source {
        None | Some(DataSource::Person) => Ok(Collected::FromThePerson),
        Some(_) if !matches!(kind, "notice" | "notice_html") => Err(IpcError {
            code: "invalid_input".into(),
            message: "A data source belongs only to a privacy notice.".into(),
        }),
        Some(source) => Ok(Collected::FromSource(source)),
    }
}

/// The names the clerk wants redacted (blank lines dropped); only for an access report or export.
fn redaction(kind: &str, names: &[String]) -> Reply<custos_documents::AccessOptions> {
    let redact_names: Vec<String> =
        names.iter().map(|n| n.trim()).filter(|n| !n.is_empty()).map(str::to_owned).collect();
    if !redact_names.is_empty() && !matches!(kind, "access_report" | "access_export") {
        return Err(IpcError {
            code: "invalid_input".into(),
            message: "Names to redact belong only to an access report or its export.".into(),
        });
    }
    Ok(custos_documents::AccessOptions { redact_names })
}

/// Opens a document this app saved in this session in the system's viewer.
#[tauri::command]
pub async fn open_document<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, path: String) -> Reply<()> {
    use tauri_plugin_opener::OpenerExt;
    let path = PathBuf::from(path.trim());
    if !state.was_saved(&path) {
        return Err(IpcError {
            code: "refused".into(),
            message: "Only a document Custos has just saved can be opened from here.".into(),
        });
    }
    app.opener().open_path(path.display().to_string(), None::<&str>).map_err(|e| IpcError {
        code: "io".into(),
        message: format!("Could not open {} in the system viewer: {e}. Open the file from its folder.", path.display()),
    })
}
