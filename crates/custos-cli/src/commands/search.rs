//! `custos search`: cards and transcripts, case and diacritics ignored.

use custos_core::search::HitLocation;
use serde_json::json;

use crate::error::CliResult;
use crate::output::{self, say, when};

use super::Ctx;

pub(super) fn search(ctx: &Ctx, query: &str, limit: u32) -> CliResult {
    let hits = ctx.open()?.search(query, limit)?;
    if ctx.json {
        return output::json(&json!({ "query": query, "hits": hits }));
    }
    if hits.is_empty() {
        say!("Nothing found for '{query}'.");
    }
    for h in &hits {
        let place = match &h.location {
            HitLocation::Field { field } => format!("card · {field}"),
            HitLocation::Message { conversation_id, at, .. } => {
                format!("conversation #{conversation_id} · {}", when(*at))
            }
        };
        say!("{} (#{})  {}", h.contact_name, h.contact_id, place);
        say!("    {}", h.snippet.as_deref().unwrap_or("(sensitive field, masked)"));
    }
    Ok(())
}
