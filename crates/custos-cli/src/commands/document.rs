//! `custos document …`: the GDPR documents, written where the user says.

use std::path::PathBuf;

use serde_json::json;

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

impl Written {
    fn pdf(path: PathBuf, pdf: &custos_documents::Pdf) -> Written {
        Written {
            path,
            kind: pdf.kind().code(),
            language: Some(pdf.language().code()),
            pages: Some(pdf.pages()),
            sha256: pdf.sha256(),
        }
    }

    /// "Wrote FILE (N pages, language)".
    fn say(&self, language: custos_documents::Language) {
        match self.pages {
            Some(1) => say!("Wrote {} (1 page, {}).", self.path.display(), language.name()),
            Some(n) => say!("Wrote {} ({n} pages, {}).", self.path.display(), language.name()),
            None => say!("Wrote {} ({}).", self.path.display(), language.name()),
        }
    }
}

/// Refuses before anything is generated (and audited) when a file is there and --replace
/// was not given; `save` refuses again if one appears meanwhile.
pub(super) fn refuse_existing(paths: &[&std::path::Path], replace: bool) -> CliResult {
    match paths.iter().find(|p| !replace && p.exists()) {
        Some(p) => Err(custos_documents::Error::FileExists { path: p.to_path_buf() }.into()),
        None => Ok(()),
    }
}

pub(super) fn save_pdf(pdf: &custos_documents::Pdf, path: &std::path::Path, replace: bool) -> CliResult {
    if replace { pdf.save_replacing(path) } else { pdf.save(path) }.map_err(CliError::from)
}

pub(super) fn document(ctx: &Ctx, cmd: DocumentCmd) -> CliResult {
    use custos_core::contacts::DataSource;
    use custos_documents::{Collected, Language};
    let finish = |written: Vec<Written>, language: Language| -> CliResult {
        if ctx.json {
            let mut items = written.into_iter();
            let Some(first) = items.next() else { return Ok(()) };
            let mut body = serde_json::to_value(&first)
                .map_err(|e| custos_core::Error::Internal(format!("JSON output failed: {e}")))?;
            if let Some(export) = items.next() {
                body["export"] = json!({ "path": export.path, "sha256": export.sha256 });
            }
            return output::json(&body);
        }
        for w in &written {
            if w.kind == "access_export" {
                say!("Wrote {} (export: JSON and CSV files in a ZIP).", w.path.display());
            } else {
                w.say(language);
            }
        }
        Ok(())
    };
    match cmd {
        DocumentCmd::Record { out } => {
            refuse_existing(&[&out.out], out.replace)?;
            let vault = ctx.open()?;
            let pdf = custos_documents::record_of_processing(&vault, out.lang)?;
            save_pdf(&pdf, &out.out, out.replace)?;
            finish(vec![Written::pdf(out.out, &pdf)], out.lang)
        }
        DocumentCmd::Notice { out, html, source, source_name } => {
            let collected = match (source, source_name) {
                (Some(SourceKind::ThirdParty), Some(name)) => Collected::FromSource(DataSource::ThirdParty { name }),
                (Some(SourceKind::Public), Some(name)) => Collected::FromSource(DataSource::Public { name }),
                (None, None) => Collected::FromThePerson,
                _ => return Err(CliError::usage("--source and --source-name go together")),
            };
            refuse_existing(&[&out.out], out.replace)?;
            let vault = ctx.open()?;
            if html {
                let page = custos_documents::privacy_notice_html(&vault, collected, out.lang)?;
                if out.replace { page.save_replacing(&out.out) } else { page.save(&out.out) }?;
                let written = Written {
                    path: out.out,
                    kind: page.kind().code(),
                    language: Some(page.language().code()),
                    pages: None,
                    sha256: page.sha256(),
                };
                return finish(vec![written], out.lang);
            }
            let pdf = custos_documents::privacy_notice(&vault, collected, out.lang)?;
            save_pdf(&pdf, &out.out, out.replace)?;
            finish(vec![Written::pdf(out.out, &pdf)], out.lang)
        }
        DocumentCmd::AccessReport { contact, out, export, redact } => {
            if redact.iter().any(|n| n.trim().is_empty()) {
                return Err(CliError::usage("--redact needs a name"));
            }
            let options = custos_documents::AccessOptions { redact_names: redact };
            let mut paths = vec![out.out.as_path()];
            if let Some(zip) = &export {
                if zip == &out.out {
                    return Err(CliError::usage("--export needs a file other than --out"));
                }
                paths.push(zip.as_path());
            }
            refuse_existing(&paths, out.replace)?;
            let vault = ctx.open()?;
            let pdf = custos_documents::access_report_with(&vault, contact, out.lang, &options)?;
            // Both are generated before either is written: a refusal leaves no half pair.
            let zip =
                export.as_ref().map(|_| custos_documents::access_export_with(&vault, contact, &options)).transpose()?;
            save_pdf(&pdf, &out.out, out.replace)?;
            let mut written = vec![Written::pdf(out.out, &pdf)];
            if let (Some(path), Some(zip)) = (export, zip) {
                if out.replace { zip.save_replacing(&path) } else { zip.save(&path) }?;
                written.push(Written {
                    path,
                    kind: "access_export",
                    language: None,
                    pages: None,
                    sha256: zip.sha256(),
                });
            }
            finish(written, out.lang)
        }
        DocumentCmd::Letter { request, kind, out } => {
            refuse_existing(&[&out.out], out.replace)?;
            let vault = ctx.open()?;
            let pdf = custos_documents::request_letter(&vault, request, kind, out.lang)?;
            save_pdf(&pdf, &out.out, out.replace)?;
            finish(vec![Written::pdf(out.out, &pdf)], out.lang)
        }
    }
}
