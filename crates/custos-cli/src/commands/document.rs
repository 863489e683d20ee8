//! `custos document …`: the GDPR documents, written where the user says. Every command is one
//! job for the documents crate's pipeline (`custos_documents::generate`): checked, generated,
//! audited (and for `answer` recorded as the request's action), written.

use std::path::PathBuf;

use serde_json::json;

use custos_documents::{AccessOptions, DocumentSpec, Invalid, Job, Language, Saved, Subject};

use crate::args::*;
use crate::error::{CliError, CliResult};
use crate::output::{self, say};

use super::Ctx;

/// What a `document` command wrote, as printed.
#[derive(serde::Serialize)]
struct Written {
    path: PathBuf,
    kind: &'static str,
    language: Option<&'static str>,
    pages: Option<usize>,
    sha256: String,
}

impl From<&Saved> for Written {
    fn from(saved: &Saved) -> Written {
        Written {
            path: saved.path.clone(),
            kind: saved.kind,
            language: saved.language.map(Language::code),
            pages: saved.pages,
            sha256: saved.sha256.clone(),
        }
    }
}

impl Written {
    /// "Wrote FILE (N pages, language)".
    fn say(&self, language: Language) {
        match self.pages {
            Some(1) => say!("Wrote {} (1 page, {}).", self.path.display(), language.name()),
            Some(n) => say!("Wrote {} ({n} pages, {}).", self.path.display(), language.name()),
            None => say!("Wrote {} ({}).", self.path.display(), language.name()),
        }
    }
}

pub(super) fn document(ctx: &Ctx, cmd: DocumentCmd) -> CliResult {
    let job = job_of(cmd)?;
    // The targets are checked before the passphrase is asked for; `generate` checks again.
    job.check().map_err(cli_error)?;
    let vault = ctx.open()?;
    let saved = custos_documents::generate(&vault, &job).map_err(cli_error)?;
    finish(ctx, &saved, job.language)
}

/// The job a command describes.
fn job_of(cmd: DocumentCmd) -> CliResult<Job> {
    use custos_core::contacts::DataSource;
    use custos_documents::Collected;
    let job = |document: DocumentSpec, out: DocumentOut| Job {
        document,
        language: out.lang,
        path: out.out,
        replace: out.replace,
    };
    let access = |subject: Subject, export: Option<PathBuf>, redact: Vec<String>| DocumentSpec::AccessReport {
        subject,
        options: AccessOptions { redact_names: redact },
        export,
    };
    Ok(match cmd {
        DocumentCmd::Record { out } => job(DocumentSpec::Record, out),
        DocumentCmd::Notice { out, html, source, source_name } => {
            let collected = match (source, source_name) {
                (Some(SourceKind::ThirdParty), Some(name)) => Collected::FromSource(DataSource::ThirdParty { name }),
                (Some(SourceKind::Public), Some(name)) => Collected::FromSource(DataSource::Public { name }),
                (None, None) => Collected::FromThePerson,
                _ => return Err(CliError::usage("--source and --source-name go together")),
            };
            let document =
                if html { DocumentSpec::NoticeHtml { collected } } else { DocumentSpec::Notice { collected } };
            job(document, out)
        }
        DocumentCmd::AccessReport { contact, out, export, redact } => {
            job(access(Subject::Contact(contact), export, redact), out)
        }
        DocumentCmd::Answer { request, out, export, redact } => {
            job(access(Subject::Request(request), export, redact), out)
        }
        DocumentCmd::Letter { request, kind, out } => job(DocumentSpec::RequestLetter { request, letter: kind }, out),
    })
}

/// The documents crate's error, in the words of this command's options where a problem is
/// about one of them.
fn cli_error(e: custos_documents::Error) -> CliError {
    match e.invalid() {
        Some(Invalid::BlankRedaction) => CliError::usage("--redact needs a name"),
        Some(Invalid::SameTarget { .. }) => CliError::usage("--export needs a file other than --out"),
        _ => e.into(),
    }
}

/// Prints what was written: `{"path", "kind", "language", "pages", "sha256"}` for the first
/// document, with `"export": {"path", "sha256"}` for a second and `"request"` (as it stands
/// now) for one that answered a request; as text a line each.
fn finish(ctx: &Ctx, saved: &[Saved], language: Language) -> CliResult {
    let answered = saved.iter().rev().find_map(|s| s.request.as_ref());
    if ctx.json {
        let mut items = saved.iter();
        let Some(first) = items.next() else { return Ok(()) };
        let mut body = serde_json::to_value(Written::from(first))
            .map_err(|e| custos_core::Error::Internal(format!("JSON output failed: {e}")))?;
        if let Some(export) = items.next() {
            body["export"] = json!({ "path": export.path, "sha256": export.sha256 });
        }
        if let Some(request) = answered {
            body["request"] = serde_json::to_value(request)
                .map_err(|e| custos_core::Error::Internal(format!("JSON output failed: {e}")))?;
        }
        return output::json(&body);
    }
    for s in saved {
        let w = Written::from(s);
        if w.kind == "access_export" {
            say!("Wrote {} (export: JSON and CSV files in a ZIP).", w.path.display());
        } else {
            w.say(language);
        }
    }
    if let Some(request) = answered {
        let recorded = &request.actions[request.actions.len().saturating_sub(saved.len())..];
        for action in recorded {
            say!("Recorded as an action of request #{}: {}.", request.id, action.description);
        }
    }
    Ok(())
}
