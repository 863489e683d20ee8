//! `custos export …`: the address book out to a file.

use custos_core::address_book::export::{BookExport, BookFormat};
use serde_json::json;

use crate::args::*;
use crate::error::CliResult;
use crate::output::{self, say};

use super::Ctx;

pub(super) fn export(ctx: &Ctx, cmd: ExportCmd) -> CliResult {
    match cmd {
        ExportCmd::Contacts { format, out, status, tag } => {
            let format = match format {
                BookFormatArg::Vcard => BookFormat::Vcard,
                BookFormatArg::Csv => BookFormat::Csv,
            };
            let export = BookExport { format, status: status.as_deref().map(str::parse).transpose()?, tag };
            let vault = ctx.open()?;
            let written = vault.export_contacts(&export, &out)?;
            if ctx.json {
                return output::json(&json!({ "contacts": written, "format": format.code(), "file": out }));
            }
            say!(
                "Wrote {written} {} to {} ({}).",
                if written == 1 { "contact" } else { "contacts" },
                out.display(),
                if format == BookFormat::Vcard { "vCard 4.0" } else { "CSV, UTF-8" }
            );
            say!("The file holds personal data: keep it safe and delete it when it is no longer needed.");
            Ok(())
        }
    }
}
