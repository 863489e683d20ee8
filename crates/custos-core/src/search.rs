//! Search: one FTS5 index over contact fields and transcript messages, kept in the same
//! transaction as the data. The index holds *folded* text (see [`crate::fold`]), so matching
//! ignores case and diacritics in every European language; every query word matches as a
//! prefix. Hits on a card come first (names, then other fields, by FTS5's bm25), then hits in
//! transcripts, newest first; transcripts keep at least a quarter of the places when they match.
//!
//! Restricted contacts are left out of the results (erased ones have nothing indexed).
//!
//! Index row ids: a message's own id (> 0), or `-(contact_id * 16 + field code)` for a field.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

use crate::contacts::{Contact, ContactDetails, ContactField, ContactId};
use crate::error::Result;
use crate::fold::{fold, words};
use crate::interactions::{ConversationId, MessageId};
use crate::ts::Ts;
use crate::vault::Vault;

/// Where a hit is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum HitLocation {
    /// A field of the contact card.
    Field { field: ContactField },
    /// A message in one of the contact's conversations.
    Message { conversation_id: ConversationId, message_id: MessageId, at: DateTime<Utc> },
}

/// One search result.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct SearchHit {
    pub contact_id: ContactId,
    pub contact_name: String,
    pub location: HitLocation,
    /// The matching text around the hit; `None` for a sensitive field (masked).
    pub snippet: Option<String>,
    /// Where in `snippet` the query's words were found, for highlighting.
    pub marks: Vec<Mark>,
    /// bm25 score: lower is better.
    pub score: f64,
}

pub(crate) fn field_rowid(contact: ContactId, field: ContactField) -> i64 {
    -(contact * 16 + field.index_code())
}

fn decode_field_rowid(rowid: i64) -> Option<(ContactId, ContactField)> {
    let n = -rowid;
    ContactField::from_index_code(n % 16).map(|f| (n / 16, f))
}

/// What is indexed for a field: its folded text, and for a phone number also its digits run
/// together from each group on, so "+48 600-123-456" is found by "48600123456" and "600123456".
fn indexed_text(field: ContactField, value: &str) -> String {
    let mut text = fold(value);
    if field == ContactField::Phone {
        let groups: Vec<&str> = value.split(|c: char| !c.is_ascii_digit()).filter(|g| !g.is_empty()).collect();
        for i in 0..groups.len().saturating_sub(1) {
            text.push(' ');
            text.push_str(&groups[i..].concat());
        }
    }
    text
}

/// (Re)indexes every field of a card.
pub(crate) fn index_contact(c: &Connection, contact: &Contact) -> Result<()> {
    index_fields(c, contact.id, ContactField::ALL, |f| contact.text(f))
}

fn index_fields(
    c: &Connection,
    id: ContactId,
    fields: &[ContactField],
    value_of: impl Fn(ContactField) -> Option<String>,
) -> Result<()> {
    let mut delete = c.prepare_cached("DELETE FROM search_fts WHERE rowid = ?1")?;
    let mut insert = c.prepare_cached("INSERT INTO search_fts (rowid, body) VALUES (?1, ?2)")?;
    // In rising rowid order (see `Batch`): the last field's row first.
    let mut fields = fields.to_vec();
    fields.sort_by_key(|f| field_rowid(id, *f));
    for field in fields {
        let rowid = field_rowid(id, field);
        delete.execute([rowid])?;
        if let Some(value) = value_of(field) {
            insert.execute(params![rowid, indexed_text(field, &value)])?;
        }
    }
    Ok(())
}

/// Removes every field of a card from the index (erasure).
pub(crate) fn unindex_contact(c: &Connection, id: ContactId) -> Result<()> {
    let mut batch = Batch::default();
    batch.remove(id);
    batch.write(c)
}

/// Above this many rows deleted at once, a [`Batch`] deletes them without FTS5's
/// `secure-delete` and then merges the whole index into one segment (`optimize`), which leaves
/// no deleted entry behind either. `secure-delete` finds each deleted term's entry by walking
/// the term's list of rows, so deleting many rows of common words ("targi", a mail domain)
/// grows with the square of their number: taking one tag off 14,000 cards took 9 s that way,
/// and 0.1 s (with the merge) this way. The merge costs with the size of the whole index, so
/// a few rows (an erasure, an edit) are still deleted in place.
const BULK_DELETES: usize = 1_000;

/// Index writes for many cards, made at once in rising rowid order.
///
/// FTS5 keeps the terms of a transaction's writes in memory and writes them out as a new
/// index segment whenever a write's rowid is not above the one before (and every megabyte).
/// A card's rowids fall as its id and field code rise, so indexing card after card — as an
/// import creates them — wrote a segment for nearly every field, and merging those segments
/// (with `secure-delete`) took most of the import's time. Gathered here and written in rowid
/// order, the same rows cost a few segments.
#[derive(Debug, Default)]
pub(crate) struct Batch {
    /// Each row: whether the index may hold it already (delete it first), and its new text.
    rows: std::collections::BTreeMap<i64, (bool, Option<String>)>,
}

/// What the index holds of a new card: each field with a value, with its indexed text. Worked
/// out apart from writing it (an import does this on another thread), see [`Batch::new_card`].
pub(crate) fn card_rows(display_name: &str, details: &ContactDetails) -> Vec<(ContactField, String)> {
    ContactField::ALL
        .iter()
        .filter_map(|field| {
            let value = match field {
                ContactField::DisplayName => Some(display_name.to_owned()),
                other => details.text(*other),
            };
            value.map(|v| (*field, indexed_text(*field, &v)))
        })
        .collect()
}

impl Batch {
    /// A card the index does not hold yet: its [`card_rows`].
    pub fn new_card(&mut self, id: ContactId, rows: Vec<(ContactField, String)>) {
        for (field, text) in rows {
            self.put(field_rowid(id, field), false, Some(text));
        }
    }

    /// Fields of a card the index may hold, as they are now.
    pub fn fields(&mut self, contact: &Contact, fields: impl IntoIterator<Item = ContactField>) {
        for field in fields {
            let text = contact.text(field).map(|value| indexed_text(field, &value));
            self.put(field_rowid(contact.id, field), true, text);
        }
    }

    /// Every field of a card out of the index.
    pub fn remove(&mut self, id: ContactId) {
        for field in ContactField::ALL {
            self.put(field_rowid(id, *field), true, None);
        }
    }

    /// A row's newest text; a row the batch already has keeps whether the index held it before.
    fn put(&mut self, rowid: i64, indexed: bool, text: Option<String>) {
        match self.rows.entry(rowid) {
            std::collections::btree_map::Entry::Occupied(mut row) => row.get_mut().1 = text,
            std::collections::btree_map::Entry::Vacant(row) => {
                row.insert((indexed, text));
            }
        }
    }

    /// Writes the rows to the index, in rowid order.
    pub fn write(self, c: &Connection) -> Result<()> {
        let mut held = c.prepare_cached("SELECT 1 FROM search_fts WHERE rowid = ?1")?;
        let mut old = BTreeSet::new();
        for (rowid, (indexed, _)) in &self.rows {
            if *indexed && held.exists([rowid])? {
                old.insert(*rowid);
            }
        }
        // Many rows out at once: see `BULK_DELETES`.
        let bulk = old.len() > BULK_DELETES;
        if bulk {
            c.execute("INSERT INTO search_fts (search_fts, rank) VALUES ('secure-delete', 0)", [])?;
        }
        let mut delete = c.prepare_cached("DELETE FROM search_fts WHERE rowid = ?1")?;
        let mut insert = c.prepare_cached("INSERT INTO search_fts (rowid, body) VALUES (?1, ?2)")?;
        for (rowid, (_, text)) in self.rows {
            if old.contains(&rowid) {
                delete.execute([rowid])?;
            }
            if let Some(text) = text {
                insert.execute(params![rowid, text])?;
            }
        }
        if bulk {
            c.execute("INSERT INTO search_fts (search_fts) VALUES ('optimize')", [])?;
            c.execute("INSERT INTO search_fts (search_fts, rank) VALUES ('secure-delete', 1)", [])?;
        }
        Ok(())
    }
}

/// Indexes one new message.
pub(crate) fn index_message(c: &Connection, id: MessageId, text: &str) -> Result<()> {
    let mut insert = c.prepare_cached("INSERT INTO search_fts (rowid, body) VALUES (?1, ?2)")?;
    insert.execute(params![id, fold(text)])?;
    Ok(())
}

/// Rebuilds the whole index from the data (used when the index is first created).
pub(crate) fn rebuild_index(tx: &rusqlite::Transaction<'_>) -> Result<()> {
    tx.execute("DELETE FROM search_fts", [])?;
    // Only the columns schema 2 has: later migrations add and move fields, and this runs
    // before them (schema 11 moved e-mail, phone and address into contact points, with the
    // same text at the same index rows).
    const SCHEMA_2: [(ContactField, &str); 7] = [
        (ContactField::DisplayName, "display_name"),
        (ContactField::Email, "email"),
        (ContactField::Phone, "phone"),
        (ContactField::Organisation, "organisation"),
        (ContactField::Address, "address"),
        (ContactField::IdNumber, "id_number"),
        (ContactField::Notes, "notes"),
    ];
    let columns: Vec<&str> = SCHEMA_2.iter().map(|(_, c)| *c).collect();
    let fields: Vec<ContactField> = SCHEMA_2.iter().map(|(f, _)| *f).collect();
    let mut cards = tx.prepare(&format!("SELECT id, {} FROM contact", columns.join(", ")))?;
    let mut rows = cards.query([])?;
    while let Some(r) = rows.next()? {
        let values: Vec<Option<String>> = (1..=fields.len()).map(|i| r.get(i)).collect::<rusqlite::Result<_>>()?;
        index_fields(tx, r.get(0)?, &fields, |f| fields.iter().position(|x| *x == f).and_then(|i| values[i].clone()))?;
    }
    drop(rows);
    let mut stmt = tx.prepare("SELECT id, body FROM message")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        index_message(tx, r.get(0)?, &r.get::<_, String>(1)?)?;
    }
    Ok(())
}

/// Turns what the user typed into an FTS5 query: every word folded, quoted and a prefix.
fn match_expression(query: &str) -> Option<(String, Vec<String>)> {
    let folded = fold(query);
    let terms: Vec<String> = words(&folded).map(str::to_owned).collect();
    if terms.is_empty() {
        return None;
    }
    let expr = terms.iter().map(|t| format!("\"{t}\"*")).collect::<Vec<_>>().join(" ");
    Some((expr, terms))
}

/// A part of a text that matches the query: `start..end` in UTF-16 code units (as JavaScript
/// indexes strings), whole characters with their combining marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Mark {
    pub start: u32,
    pub end: u32,
}

/// Where `text` matches `query` as the search does: each place a word starts with one of the
/// query's words, ignoring case and diacritics (the same [`fold`] the index uses). In order,
/// overlaps merged.
pub fn marks(text: &str, query: &str) -> Vec<Mark> {
    let folded = fold(query);
    let terms: Vec<String> = words(&folded).map(str::to_owned).collect();
    marks_of(text, &terms)
}

fn marks_of(text: &str, terms: &[String]) -> Vec<Mark> {
    if text.is_empty() || terms.is_empty() {
        return Vec::new();
    }
    // The folded text, and for each of its bytes the UTF-16 span of the character it came from.
    let mut folded = String::with_capacity(text.len());
    let mut spans: Vec<(u32, u32)> = Vec::with_capacity(text.len());
    let mut at = 0u32;
    let mut buf = [0u8; 4];
    for c in text.chars() {
        let width = c.len_utf16() as u32;
        let piece = fold(c.encode_utf8(&mut buf));
        if piece.is_empty() {
            // A combining mark: it belongs to the character before it.
            if let Some(last) = spans.last_mut() {
                last.1 = at + width;
            }
        }
        for _ in 0..piece.len() {
            spans.push((at, at + width));
        }
        folded.push_str(&piece);
        at += width;
    }
    // Marks that followed a character extend every byte of it.
    for i in (1..spans.len()).rev() {
        if spans[i - 1].0 == spans[i].0 {
            spans[i - 1].1 = spans[i].1;
        }
    }
    let mut found: Vec<(u32, u32)> = Vec::new();
    for term in terms.iter().filter(|t| !t.is_empty()) {
        for (s, _) in folded.match_indices(term.as_str()) {
            let starts_word = folded[..s].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            if starts_word {
                found.push((spans[s].0, spans[s + term.len() - 1].1));
            }
        }
    }
    found.sort_unstable();
    let mut merged: Vec<Mark> = Vec::with_capacity(found.len());
    for (start, end) in found {
        match merged.last_mut() {
            Some(last) if start <= last.end => last.end = last.end.max(end),
            _ => merged.push(Mark { start, end }),
        }
    }
    merged
}

/// A short excerpt of `text` around the first word that starts with one of `terms`.
fn snippet(text: &str, terms: &[String]) -> String {
    const BEFORE: usize = 30;
    const AFTER: usize = 70;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut start_word = None;
    let mut i = 0;
    while i < chars.len() {
        if chars[i].1.is_alphanumeric() {
            let begin = i;
            while i < chars.len() && chars[i].1.is_alphanumeric() {
                i += 1;
            }
            let end_byte = chars.get(i).map_or(text.len(), |c| c.0);
            let word = fold(&text[chars[begin].0..end_byte]);
            if terms.iter().any(|t| word.starts_with(t.as_str())) {
                start_word = Some(begin);
                break;
            }
        } else {
            i += 1;
        }
    }
    let at = start_word.unwrap_or(0);
    let from = at.saturating_sub(BEFORE);
    let to = (at + AFTER).min(chars.len());
    let mut out: String = chars[from..to].iter().map(|(_, c)| if c.is_whitespace() { ' ' } else { *c }).collect();
    out = out.trim().to_owned();
    if from > 0 {
        out.insert(0, '…');
    }
    if to < chars.len() {
        out.push('…');
    }
    out
}

impl Vault {
    /// Searches cards and transcripts. Up to `limit` hits, best first.
    pub fn search(&self, query: &str, limit: u32) -> Result<Vec<SearchHit>> {
        let Some((expr, terms)) = match_expression(query) else { return Ok(Vec::new()) };
        let limit = i64::from(limit.max(1));
        self.read(|c| {
            let mut hits = Vec::new();
            let mut fields = c.prepare_cached(
                "SELECT rowid, bm25(search_fts) FROM search_fts WHERE search_fts MATCH ?1 AND rowid < 0 ORDER BY rank LIMIT ?2",
            )?;
            let mut card = c.prepare_cached(
                "SELECT display_name, EXISTS (SELECT 1 FROM contact_sensitive_field s WHERE s.contact_id = contact.id AND s.field = ?2)
                 FROM contact WHERE id = ?1 AND standing = 'active'",
            )?;
            let field_rows: Vec<(i64, f64)> = fields.query_map(params![expr, limit], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
            for (rowid, score) in field_rows {
                let Some((contact_id, field)) = decode_field_rowid(rowid) else { continue };
                let Some((name, sensitive)) = card.query_row(params![contact_id, field], |r| Ok((r.get::<_, String>(0)?, r.get::<_, bool>(1)?))).optional()? else {
                    continue;
                };
                let value = crate::contacts::field_text(c, contact_id, field)?;
                let snippet = if sensitive { None } else { value.map(|v| snippet(&v, &terms)) };
                hits.push(SearchHit {
                    contact_id,
                    contact_name: name,
                    location: HitLocation::Field { field },
                    marks: snippet.as_deref().map(|s| marks_of(s, &terms)).unwrap_or_default(),
                    snippet,
                    score,
                });
            }
            // Names first, then other fields, each by score.
            hits.sort_by(|a, b| {
                let name_first = |h: &SearchHit| !matches!(h.location, HitLocation::Field { field: ContactField::DisplayName });
                name_first(a).cmp(&name_first(b)).then(a.score.total_cmp(&b.score))
            });
            // Newest messages first: FTS5 walks row ids backwards and stops at the limit, so a
            // word found in a million messages costs no more than a rare one.
            let mut messages = c.prepare_cached(
                "SELECT hit.rowid, hit.score, m.conversation_id, m.sent_at, m.body, v.contact_id, ct.display_name
                 FROM (SELECT rowid, bm25(search_fts) AS score FROM search_fts
                       WHERE search_fts MATCH ?1 AND rowid > 0 ORDER BY rowid DESC LIMIT ?2) AS hit
                 JOIN message m ON m.id = hit.rowid
                 JOIN conversation v ON v.id = m.conversation_id
                 JOIN contact ct ON ct.id = v.contact_id AND ct.standing = 'active'
                 ORDER BY hit.rowid DESC",
            )?;
            let message_hits = crate::vault::rows(messages.query_map(params![expr, limit], |r| {
                let body: String = r.get(4)?;
                let snippet = snippet(&body, &terms);
                Ok(SearchHit {
                    contact_id: r.get(5)?,
                    contact_name: r.get(6)?,
                    location: HitLocation::Message { conversation_id: r.get(2)?, message_id: r.get(0)?, at: r.get::<_, Ts>(3)?.0 },
                    marks: marks_of(&snippet, &terms),
                    snippet: Some(snippet),
                    score: r.get(1)?,
                })
            })?)?;
            // Card hits come first, but transcripts always keep a quarter of the places they can fill.
            let limit = limit as usize;
            let card_places = limit - message_hits.len().min(limit / 4);
            hits.truncate(card_places);
            let room = limit - hits.len();
            hits.extend(message_hits.into_iter().take(room));
            Ok(hits)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_words_are_folded_quoted_prefixes() {
        let (expr, terms) = match_expression("Łódź  \"OR\" nowak*").unwrap();
        assert_eq!(expr, r#""lodz"* "or"* "nowak"*"#);
        assert_eq!(terms, ["lodz", "or", "nowak"]);
        assert!(match_expression(" -- ").is_none());
    }

    #[test]
    fn field_rowids_round_trip() {
        for field in ContactField::ALL {
            assert_eq!(decode_field_rowid(field_rowid(123_456, *field)), Some((123_456, *field)));
        }
    }

    #[test]
    fn marks_follow_the_core_folding() {
        let cut = |text: &str, query: &str| -> Vec<String> {
            let units: Vec<u16> = text.encode_utf16().collect();
            marks(text, query)
                .iter()
                .map(|m| String::from_utf16_lossy(&units[m.start as usize..m.end as usize]))
                .collect()
        };
        assert_eq!(cut("Meeting in Łódź on Monday", "lodz"), ["Łódź"]);
        assert_eq!(cut("Anna Kowalska, Kowalski & Co", "kowal"), ["Kowal", "Kowal"]);
        // Letters the UI's copy did not fold: Þ is "th", ŋ is "n".
        assert_eq!(cut("Jón Þórsson", "thorss"), ["Þórss"]);
        assert_eq!(cut("Straße 5", "strasse"), ["Straße"]);
        // Inside a word is not a match; decomposed accents stay with their letter.
        assert!(marks("Ankowalski", "kowal").is_empty());
        assert_eq!(cut("Cafe\u{301} Noir", "cafe"), ["Cafe\u{301}"]);
        // UTF-16 offsets: an emoji before the hit counts two units.
        assert_eq!(marks("😀 Anna", "anna"), [Mark { start: 3, end: 7 }]);
        // Overlapping terms merge; nothing to look for marks nothing.
        assert_eq!(marks("Nowakowska", "nowak nowakow"), [Mark { start: 0, end: 7 }]);
        assert!(marks("Anna", " ,; ").is_empty());
    }

    #[test]
    fn snippet_centres_on_the_first_match() {
        let text =
            "Dzień dobry, chciałabym zapytać o szkolenie z RODO w Łodzi w przyszłym tygodniu, czy są jeszcze miejsca?";
        let s = snippet(text, &["lodz".to_owned()]);
        assert!(s.contains("Łodzi"), "{s}");
        assert!(s.starts_with('…'));
    }
}
