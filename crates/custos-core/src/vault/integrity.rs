//! What a check of a vault file found, classified: SQLite's `integrity_check` and SQLCipher's
//! `cipher_integrity_check` write their findings as English lines of their own. Each line of a
//! shape they always use (a page's MAC, a row missing from an index, the freelist's size…)
//! becomes a typed finding with its numbers, for a front end to word in its language; any
//! other line is kept as it was written ([`IntegrityFinding::Other`]).

use serde::Serialize;

/// One thing a check found wrong. `text` is always the line as SQLite (or SQLCipher) wrote it,
/// for support.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum IntegrityFinding {
    /// A page's checksum (MAC) does not match: it was changed on disk, or written wrongly.
    PageMac { page: u64, text: String },
    /// A page of a table or an index is damaged (what is wrong with it: `text`).
    PageDamaged { page: u64, text: String },
    /// A page is used by nothing.
    PageNeverUsed { page: u64, text: String },
    /// A page is used twice.
    PageUsedTwice { page: u64, text: String },
    /// A row of a table is missing from one of its indexes.
    RowMissingFromIndex { row: i64, index: String, text: String },
    /// An index has more or fewer entries than its table has rows.
    IndexEntryCount { index: String, text: String },
    /// A unique index has an entry twice.
    IndexNotUnique { index: String, text: String },
    /// The list of free pages says it has `found` pages but has `expected`.
    FreelistSize { found: u64, expected: u64, text: String },
    /// The list of free pages is damaged otherwise.
    FreelistDamaged { text: String },
    /// A line of no shape known here, as it was written.
    Other { text: String },
}

impl IntegrityFinding {
    /// The line as SQLite (or SQLCipher) wrote it.
    pub fn text(&self) -> &str {
        match self {
            IntegrityFinding::PageMac { text, .. }
            | IntegrityFinding::PageDamaged { text, .. }
            | IntegrityFinding::PageNeverUsed { text, .. }
            | IntegrityFinding::PageUsedTwice { text, .. }
            | IntegrityFinding::RowMissingFromIndex { text, .. }
            | IntegrityFinding::IndexEntryCount { text, .. }
            | IntegrityFinding::IndexNotUnique { text, .. }
            | IntegrityFinding::FreelistSize { text, .. }
            | IntegrityFinding::FreelistDamaged { text }
            | IntegrityFinding::Other { text } => text,
        }
    }

    /// Classifies one line of a check's output.
    pub fn classify(line: &str) -> IntegrityFinding {
        let text = line.to_owned();
        // Several databases checked at once: SQLite names the database on its first line.
        let body = match line.strip_prefix("*** in database ") {
            Some(rest) => rest.split_once("***").map_or(rest, |(_, after)| after).trim_start(),
            None => line.trim(),
        };
        if let Some((row, index)) = body.strip_prefix("row ").and_then(|r| r.split_once(" missing from index "))
            && let Ok(row) = row.parse()
        {
            return IntegrityFinding::RowMissingFromIndex { row, index: index.trim().to_owned(), text };
        }
        if let Some(index) = body.strip_prefix("wrong # of entries in index ") {
            return IntegrityFinding::IndexEntryCount { index: index.trim().to_owned(), text };
        }
        if let Some(index) = body.strip_prefix("non-unique entry in index ") {
            return IntegrityFinding::IndexNotUnique { index: index.trim().to_owned(), text };
        }
        if let Some(rest) = body.strip_prefix("Freelist: ") {
            if let Some((found, expected)) = rest.strip_prefix("size is ").and_then(|r| r.split_once(" but should be "))
                && let (Ok(found), Ok(expected)) = (found.trim().parse(), expected.trim().parse())
            {
                return IntegrityFinding::FreelistSize { found, expected, text };
            }
            return IntegrityFinding::FreelistDamaged { text };
        }
        if let Some(page) = body.strip_prefix("HMAC verification failed for page ").and_then(number) {
            return IntegrityFinding::PageMac { page, text };
        }
        if let Some(page) = body.split_once("2nd reference to page ").and_then(|(_, after)| number(after)) {
            return IntegrityFinding::PageUsedTwice { page, text };
        }
        if let Some(page) = page_named(body) {
            if body.ends_with("never used") {
                return IntegrityFinding::PageNeverUsed { page, text };
            }
            return IntegrityFinding::PageDamaged { page, text };
        }
        IntegrityFinding::Other { text }
    }
}

/// The number a text starts with.
fn number(text: &str) -> Option<u64> {
    let digits: String = text.trim_start().chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// The page a line is about, as SQLite puts it first: "Page 5: …", "Page 5 is never used",
/// "Tree 2 page 5 cell 0: …", "On tree page 5 cell 2: …".
fn page_named(body: &str) -> Option<u64> {
    if let Some(rest) = body.strip_prefix("Page ") {
        return number(rest);
    }
    if let Some(rest) = body.strip_prefix("On tree page ") {
        return number(rest);
    }
    let rest = body.strip_prefix("Tree ")?;
    let (_, after) = rest.split_once(" page ")?;
    number(after)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(line: &str) -> IntegrityFinding {
        IntegrityFinding::classify(line)
    }

    #[test]
    fn sqlites_lines_of_known_shape_become_typed_findings_with_their_numbers() {
        let text = |s: &str| s.to_owned();
        assert_eq!(
            kind("row 12 missing from index contact_by_name"),
            IntegrityFinding::RowMissingFromIndex {
                row: 12,
                index: text("contact_by_name"),
                text: text("row 12 missing from index contact_by_name")
            }
        );
        assert_eq!(
            kind("wrong # of entries in index contact_by_status"),
            IntegrityFinding::IndexEntryCount {
                index: text("contact_by_status"),
                text: text("wrong # of entries in index contact_by_status")
            }
        );
        assert!(
            matches!(kind("non-unique entry in index sqlite_autoindex_tag_1"), IntegrityFinding::IndexNotUnique { index, .. } if index == "sqlite_autoindex_tag_1")
        );
        assert!(matches!(
            kind("Freelist: size is 4 but should be 7"),
            IntegrityFinding::FreelistSize { found: 4, expected: 7, .. }
        ));
        assert!(matches!(kind("Freelist: invalid page number 999"), IntegrityFinding::FreelistDamaged { .. }));
        assert!(matches!(kind("HMAC verification failed for page 17"), IntegrityFinding::PageMac { page: 17, .. }));
        assert!(matches!(kind("Page 9 is never used"), IntegrityFinding::PageNeverUsed { page: 9, .. }));
        assert!(matches!(kind("Page 9: never used"), IntegrityFinding::PageNeverUsed { page: 9, .. }));
        assert!(matches!(
            kind("Tree 2 page 5 cell 0: 2nd reference to page 31"),
            IntegrityFinding::PageUsedTwice { page: 31, .. }
        ));
        assert!(matches!(
            kind("Tree 2 page 5 cell 3: Rowid 8 out of order"),
            IntegrityFinding::PageDamaged { page: 5, .. }
        ));
        assert!(matches!(
            kind("On tree page 6 cell 1: Rowid 8 out of order"),
            IntegrityFinding::PageDamaged { page: 6, .. }
        ));
        assert!(matches!(
            kind("Page 4: btreeInitPage() returns error code 11"),
            IntegrityFinding::PageDamaged { page: 4, .. }
        ));
        assert!(matches!(
            kind("*** in database main ***\nrow 3 missing from index i"),
            IntegrityFinding::RowMissingFromIndex { row: 3, .. }
        ));
    }

    #[test]
    fn any_other_line_is_kept_as_it_was_written() {
        for line in [
            "database disk image is malformed",
            "NULL value in contact.display_name",
            "row x missing from index i",
            "Page: ?",
        ] {
            assert_eq!(kind(line), IntegrityFinding::Other { text: line.to_owned() }, "{line}");
        }
        assert_eq!(kind("Freelist: size is 4 but should be 7").text(), "Freelist: size is 4 but should be 7");
    }
}
