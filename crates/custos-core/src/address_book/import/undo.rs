//! "Undo this import": the cards an import created go, with their points, tags, sensitive
//! marks and search entries; the points and tags it added to other cards go; the fields it
//! filled in are empty again. One transaction, one audit entry; the import stays listed,
//! marked undone.
//!
//! Refused, naming the cards, when a card the import created has since become the firm's
//! own record: a conversation, a consent event, an objection, a request, a retention hold,
//! an edit (its `updated_at` is after the import), a restriction or erasure, anything the
//! audit log records about it, or data a later import added to it (undo that one first).
//! Undoing then would destroy what the firm recorded. What the firm changed on another card
//! is not taken back: editing a list or a field the import added to makes it the card's own
//! (the edit drops the import's mark), so undo leaves it.

use std::collections::BTreeMap;

use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use crate::audit::{Action, Target};
use crate::contacts::{ContactField, ContactId};
use crate::error::{Error, Result};
use crate::ts::Ts;
use crate::vault::Write;

use super::ImportId;

/// What undoing an import removed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct UndoneImport {
    pub import_id: ImportId,
    pub cards_removed: u64,
    /// Points and tags it had added to other cards, and fields it had filled in.
    pub points_removed: u64,
    pub tags_removed: u64,
    pub fields_cleared: u64,
}

/// Why a card of the import keeps it from being undone, in words.
const KEPT_BECAUSE: [(&str, &str); 9] = [
    ("k.updated_at > ?2", "edited"),
    ("k.standing <> 'active'", "restricted or erased"),
    ("EXISTS (SELECT 1 FROM conversation v WHERE v.contact_id = k.id)", "a conversation"),
    ("EXISTS (SELECT 1 FROM consent_event e WHERE e.contact_id = k.id)", "a consent"),
    ("EXISTS (SELECT 1 FROM objection o WHERE o.contact_id = k.id)", "an objection"),
    ("EXISTS (SELECT 1 FROM request q WHERE q.contact_id = k.id)", "a request"),
    ("EXISTS (SELECT 1 FROM retention_hold h WHERE h.contact_id = k.id)", "kept with a reason"),
    (
        "EXISTS (SELECT 1 FROM audit_entry a WHERE a.target_kind = 'contact' AND a.target_id = CAST(k.id AS TEXT))",
        "recorded in the audit log",
    ),
    (
        "EXISTS (SELECT 1 FROM contact_point p WHERE p.contact_id = k.id AND p.import_id <> ?1)
         OR EXISTS (SELECT 1 FROM contact_tag t WHERE t.contact_id = k.id AND t.import_id <> ?1)
         OR EXISTS (SELECT 1 FROM contact_import_fill f WHERE f.contact_id = k.id AND f.import_id <> ?1)",
        "data from a later import (undo that one first)",
    ),
];

/// How many of the cards that keep an import are named in the refusal.
const NAMED: usize = 10;

/// Undoes import `import` in `w`.
pub(super) fn undo(w: &Write<'_>, import: ImportId) -> Result<UndoneImport> {
    let found: Option<(Ts, Option<Ts>)> =
        w.tx.query_row("SELECT created_at, undone_at FROM contact_import WHERE id = ?1", [import], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?;
    let (created_at, undone_at) = found.ok_or_else(|| Error::not_found("import", import))?;
    if let Some(at) = undone_at {
        return Err(Error::refused(crate::why::Why::ImportAlreadyUndone { import, date: at.0 }));
    }
    refuse_if_kept(w, import, &created_at)?;
    refuse_if_frozen(w, import)?;

    // The fields of other cards the import added to, to index again once its additions are
    // gone (a point's kind is its field's code).
    let added: Vec<(ContactId, ContactField)> = crate::vault::rows(
        w.tx.prepare(
            "SELECT contact_id, kind FROM contact_point INDEXED BY contact_point_by_import WHERE import_id = ?1
             UNION SELECT contact_id, 'tags' FROM contact_tag INDEXED BY contact_tag_by_import WHERE import_id = ?1
             UNION SELECT contact_id, field FROM contact_import_fill WHERE import_id = ?1",
        )?
        .query_map([import], |r| Ok((r.get(0)?, r.get(1)?)))?,
    )?;
    // The tags it put on cards, to remove those no card carries any more.
    let tags: Vec<i64> = crate::vault::rows(
        w.tx.prepare(
            "SELECT tag_id FROM contact_tag INDEXED BY contact_tag_by_import WHERE import_id = ?1
             UNION SELECT t.tag_id FROM contact k INDEXED BY contact_by_import JOIN contact_tag t ON t.contact_id = k.id
                   WHERE k.import_id = ?1",
        )?
        .query_map([import], |r| r.get(0))?,
    )?;
    let mut created: Vec<ContactId> = crate::vault::rows(
        w.tx.prepare("SELECT id FROM contact INDEXED BY contact_by_import WHERE import_id = ?1")?
            .query_map([import], |r| r.get(0))?,
    )?;
    created.sort_unstable();
    let mut touched: BTreeMap<ContactId, Vec<ContactField>> = BTreeMap::new();
    for (contact, field) in added {
        if created.binary_search(&contact).is_err() {
            touched.entry(contact).or_default().push(field);
        }
    }

    // Fields it filled in on other cards: empty again.
    let fills: Vec<(ContactId, ContactField)> = crate::vault::rows(
        w.tx.prepare("SELECT contact_id, field FROM contact_import_fill WHERE import_id = ?1")?
            .query_map([import], |r| Ok((r.get(0)?, r.get(1)?)))?,
    )?;
    let mut fields_cleared = 0;
    for (contact, field) in &fills {
        if created.binary_search(contact).is_ok() {
            continue;
        }
        let Some(column) = column(*field) else { continue };
        // The column comes from the fixed list in `column`, never from input.
        fields_cleared += w.tx.execute(&format!("UPDATE contact SET {column} = NULL WHERE id = ?1"), [contact])? as u64;
    }
    w.tx.execute("DELETE FROM contact_import_fill WHERE import_id = ?1", [import])?;
    let points_removed =
        w.tx.execute("DELETE FROM contact_point INDEXED BY contact_point_by_import WHERE import_id = ?1", [import])?;
    let tags_removed =
        w.tx.execute("DELETE FROM contact_tag INDEXED BY contact_tag_by_import WHERE import_id = ?1", [import])?;

    // Its own cards, and everything that came with them; the index in one go, in rowid order.
    let mut index = crate::search::Batch::default();
    for id in &created {
        index.remove(*id);
    }
    let of_import = "IN (SELECT id FROM contact INDEXED BY contact_by_import WHERE import_id = ?1)";
    for table in ["contact_sensitive_field", "contact_point", "contact_tag", "contact_import_fill"] {
        // Table names from the fixed list above.
        w.tx.execute(&format!("DELETE FROM {table} WHERE contact_id {of_import}"), [import])?;
    }
    let cards_removed =
        w.tx.execute("DELETE FROM contact INDEXED BY contact_by_import WHERE import_id = ?1", [import])?;
    let mut unused =
        w.tx.prepare("DELETE FROM tag WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM contact_tag WHERE tag_id = ?1)")?;
    for tag in tags {
        unused.execute([tag])?;
    }
    drop(unused);
    for (id, fields) in touched {
        index.fields(&crate::contacts::load(&w.tx, id)?, fields);
    }
    index.write(&w.tx)?;

    w.tx.execute("UPDATE contact_import SET undone_at = ?2 WHERE id = ?1", params![import, w.now_ts()])?;
    let undone = UndoneImport {
        import_id: import,
        cards_removed: cards_removed as u64,
        points_removed: points_removed as u64,
        tags_removed: tags_removed as u64,
        fields_cleared,
    };
    w.audit(
        Action::ImportUndone,
        Target::Vault,
        serde_json::json!({
            "import": import,
            "cards_removed": undone.cards_removed,
            "points_removed": undone.points_removed,
            "tags_removed": undone.tags_removed,
            "fields_cleared": undone.fields_cleared,
        }),
    )?;
    Ok(undone)
}

/// Refuses when a card the import created has become the firm's own record, naming them.
fn refuse_if_kept(w: &Write<'_>, import: ImportId, created_at: &Ts) -> Result<()> {
    let reasons: Vec<String> = KEPT_BECAUSE.iter().map(|(sql, _)| format!("({sql})")).collect();
    let sql = format!(
        "SELECT k.id, k.display_name, {} FROM contact k INDEXED BY contact_by_import
         WHERE k.import_id = ?1 AND ({}) ORDER BY k.sort_key, k.id",
        reasons.join(", "),
        reasons.join(" OR ")
    );
    let mut stmt = w.tx.prepare(&sql)?;
    let mut rows = stmt.query(params![import, created_at])?;
    let mut kept = Vec::new();
    let mut count = 0;
    while let Some(r) = rows.next()? {
        count += 1;
        if kept.len() < NAMED {
            let id: ContactId = r.get(0)?;
            let name: String = r.get(1)?;
            let mut why = Vec::new();
            for (i, (_, words)) in KEPT_BECAUSE.iter().enumerate() {
                if r.get::<_, bool>(2 + i)? {
                    why.push(*words);
                }
            }
            kept.push(format!("{name} (#{id}: {})", why.join(", ")));
        }
    }
    if count == 0 {
        return Ok(());
    }
    if count > kept.len() {
        kept.push(format!("and {} more", count - kept.len()));
    }
    Err(Error::refused(crate::why::Why::ImportKeptData { import, count, kept: kept.join("; ") }))
}

/// Refuses when a card the import added to has since been restricted (frozen): its data may
/// not change, not even to take the import's additions off.
fn refuse_if_frozen(w: &Write<'_>, import: ImportId) -> Result<()> {
    let frozen: Vec<(ContactId, String)> = crate::vault::rows(
        w.tx.prepare(
            "SELECT id, display_name FROM contact WHERE standing = 'restricted' AND id IN (
                 SELECT contact_id FROM contact_point INDEXED BY contact_point_by_import WHERE import_id = ?1
                 UNION SELECT contact_id FROM contact_tag INDEXED BY contact_tag_by_import WHERE import_id = ?1
                 UNION SELECT contact_id FROM contact_import_fill WHERE import_id = ?1)
             ORDER BY sort_key, id",
        )?
        .query_map([import], |r| Ok((r.get(0)?, r.get(1)?)))?,
    )?;
    if frozen.is_empty() {
        return Ok(());
    }
    let names: Vec<String> = frozen.iter().take(NAMED).map(|(id, name)| format!("{name} (#{id})")).collect();
    let more = frozen.len().saturating_sub(NAMED);
    Err(Error::refused(crate::why::Why::ImportFrozenCards { import, names: names.join(", "), more }))
}

/// The column of a field an import fills in.
fn column(field: ContactField) -> Option<&'static str> {
    match field {
        ContactField::GivenName => Some("given_name"),
        ContactField::FamilyName => Some("family_name"),
        ContactField::Organisation => Some("organisation"),
        ContactField::JobTitle => Some("job_title"),
        ContactField::Notes => Some("notes"),
        _ => None,
    }
}
