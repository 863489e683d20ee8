//! Tags: the firm's own labels on cards ("Trade fair 2026", "Newsletter"). A tag is one row,
//! compared folded (case and accents ignored: "targi" is "Targi"), written as first typed.
//! The list can be filtered by a tag, exports can take one tag's cards, and an import can tag
//! everything it brings in.

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

use crate::audit::{Action, Target};
use crate::contacts::{Contact, ContactField, ContactId};
use crate::error::{Error, Result};
use crate::fold::fold;
use crate::vault::{Vault, Write};

/// The longest a tag may be, in characters.
pub const MAX_TAG_CHARS: usize = 80;

/// A tag with the number of active cards that carry it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct TagCount {
    pub name: String,
    pub contacts: u64,
}

/// Tags as given, checked: trimmed, inner runs of spaces made one, each once (folded), none
/// empty or longer than [`MAX_TAG_CHARS`].
pub fn normalise<S: AsRef<str>>(tags: &[S]) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::with_capacity(tags.len());
    for tag in tags {
        let tag = tag.as_ref().split_whitespace().collect::<Vec<_>>().join(" ");
        if tag.is_empty() {
            continue;
        }
        if tag.chars().count() > MAX_TAG_CHARS {
            return Err(Error::invalid("tags", crate::why::Why::TagTooLong { tag, max: MAX_TAG_CHARS }));
        }
        if !out.iter().any(|t| fold(t) == fold(&tag)) {
            out.push(tag);
        }
    }
    Ok(out)
}

/// A card's tags, sorted as the list sorts names (folded).
pub(crate) fn load(c: &Connection, contact: ContactId) -> Result<Vec<String>> {
    let mut stmt = c.prepare_cached(
        "SELECT t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = ?1 ORDER BY t.fold_key",
    )?;
    let tags = stmt.query_map([contact], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok(tags)
}

/// The id of a tag, made when it is new.
fn id_of(c: &Connection, name: &str) -> Result<i64> {
    let key = fold(name);
    let found: Option<i64> =
        c.prepare_cached("SELECT id FROM tag WHERE fold_key = ?1")?.query_row([&key], |r| r.get(0)).optional()?;
    if let Some(id) = found {
        return Ok(id);
    }
    let id = crate::sync::ids::next_id(c, crate::sync::ids::Table::Tag)?;
    c.prepare_cached("INSERT INTO tag (id, name, fold_key) VALUES (?1, ?2, ?3)")?.execute(params![id, name, key])?;
    Ok(id)
}

/// The id of an existing tag, by name (folded); `None` when no card ever had it.
pub(crate) fn find(c: &Connection, name: &str) -> Result<Option<i64>> {
    let id = c
        .prepare_cached("SELECT id FROM tag WHERE fold_key = ?1")?
        .query_row([fold(name.trim())], |r| r.get(0))
        .optional()?;
    Ok(id)
}

/// Gives a card a tag (already [`normalise`]d); false when it had it. `import`: the import
/// adding it to an existing card, so that its undo takes it off again.
pub(crate) fn add(c: &Connection, contact: ContactId, tag: &str, import: Option<i64>) -> Result<bool> {
    let id = id_of(c, tag)?;
    let added = c
        .prepare_cached("INSERT OR IGNORE INTO contact_tag (contact_id, tag_id, import_id) VALUES (?1, ?2, ?3)")?
        .execute(params![contact, id, import])?;
    Ok(added > 0)
}

/// Replaces a card's tags (already [`normalise`]d).
pub(crate) fn set(c: &Connection, contact: ContactId, tags: &[String]) -> Result<()> {
    c.prepare_cached("DELETE FROM contact_tag WHERE contact_id = ?1")?.execute([contact])?;
    for tag in tags {
        add(c, contact, tag, None)?;
    }
    Ok(())
}

/// The tags of a vault.
#[derive(Debug, Clone, Copy)]
pub struct Tags<'v> {
    vault: &'v Vault,
}

impl Vault {
    pub fn tags(&self) -> Tags<'_> {
        Tags { vault: self }
    }
}

impl Tags<'_> {
    /// Every tag some active card carries, with how many, sorted by name (folded).
    pub fn list(&self) -> Result<Vec<TagCount>> {
        self.vault.read(|c| {
            let mut stmt = c.prepare_cached(
                "SELECT t.name, count(*) FROM tag t
                 JOIN contact_tag ct ON ct.tag_id = t.id
                 JOIN contact k ON k.id = ct.contact_id AND k.standing = 'active'
                 GROUP BY t.id ORDER BY t.fold_key",
            )?;
            let tags = stmt
                .query_map([], |r| Ok(TagCount { name: r.get(0)?, contacts: r.get::<_, i64>(1)? as u64 }))?
                .collect::<rusqlite::Result<_>>()?;
            Ok(tags)
        })
    }
}

impl crate::contacts::Contacts<'_> {
    /// Gives a card tags ([`normalise`]d; those it has, compared folded, are left as they
    /// are). Audited as a rectification (`contact.updated`, field `tags`, with the previous
    /// tags), so it shows in the card's history. Refused for a restricted or erased contact.
    pub fn tag<S: AsRef<str>>(&self, id: ContactId, tags: &[S]) -> Result<Contact> {
        let tags = normalise(tags)?;
        self.vault.write(|w| {
            let before = crate::contacts::load_for_change(&w.tx, id)?;
            let mut changed = false;
            for tag in tags.iter().filter(|t| !before.details.tags.iter().any(|had| fold(had) == fold(t))) {
                changed |= add(&w.tx, id, tag, None)?;
            }
            retagged(w, before, changed)
        })
    }

    /// Takes tags off a card (compared folded; tags it does not have are ignored). Audited and
    /// refused like [`Contacts::tag`](crate::contacts::Contacts::tag).
    pub fn untag<S: AsRef<str>>(&self, id: ContactId, tags: &[S]) -> Result<Contact> {
        let tags = normalise(tags)?;
        self.vault.write(|w| {
            let before = crate::contacts::load_for_change(&w.tx, id)?;
            let mut changed = false;
            let mut remove = w.tx.prepare_cached("DELETE FROM contact_tag WHERE contact_id = ?1 AND tag_id = ?2")?;
            for tag in &tags {
                if let Some(tag_id) = find(&w.tx, tag)? {
                    changed |= remove.execute(params![id, tag_id])? > 0;
                }
            }
            drop(remove);
            retagged(w, before, changed)
        })
    }
}

/// After a card's tags changed: its time of change, its index entry and the audit entry with
/// the previous tags (masked in the log when the card marks its tags sensitive).
fn retagged(w: &Write<'_>, before: Contact, changed: bool) -> Result<Contact> {
    if !changed {
        return Ok(before);
    }
    w.tx.execute("UPDATE contact SET updated_at = ?2 WHERE id = ?1", params![before.id, w.now_ts()])?;
    let after = crate::contacts::load(&w.tx, before.id)?;
    crate::search::index_contact(&w.tx, &after)?;
    let masked: Vec<&str> = before.sensitive.contains(&ContactField::Tags).then_some("tags").into_iter().collect();
    w.audit(
        Action::ContactUpdated,
        Target::Contact(before.id),
        serde_json::json!({ "fields": ["tags"], "previous": { "tags": before.details.tags }, "masked": masked }),
    )?;
    Ok(after)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_trimmed_once_each_and_bounded() {
        let tags = normalise(&["  Targi   2026 ", "targi 2026", "", "VIP", "Źródło"]).unwrap();
        assert_eq!(tags, ["Targi 2026", "VIP", "Źródło"]);
        let long = "x".repeat(MAX_TAG_CHARS + 1);
        let err = normalise(&[long]).unwrap_err();
        assert_eq!(err.code(), "invalid_input");
        assert!(err.to_string().contains("longer than 80 characters"), "{err}");
    }
}
