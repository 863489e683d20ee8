//! Ids that never collide between seats (docs/TEAM.md, "Identity"): every row of a synced
//! table with an integer id gets it from its seat's range, `seat index × 2⁴⁰ + n`. A vault
//! that is not in a team is seat 0, so its ids are what they always were (`max(id) + 1`).

use rusqlite::{Connection, OptionalExtension};

use crate::error::{Error, Result};

/// Bits of `n` in `seat index × 2^RANGE_BITS + n`: 2⁴⁰ ids per table per seat.
pub const RANGE_BITS: u32 = 40;
/// The most seats a team can have: keeps every id below 2⁵³, exact in JavaScript.
pub const MAX_SEATS: i64 = 1 << 12;

/// A synced table whose rows have an integer id of their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Table {
    Contact,
    ContactPoint,
    Tag,
    Conversation,
    Message,
    Purpose,
    PurposeRecipient,
    ConsentEvent,
    Objection,
    Request,
    RequestAction,
    RetentionRule,
    Operator,
    AuditEntry,
    ContactImport,
}

impl Table {
    /// The highest id of the table in `[?1, ?2)` (one probe of the primary key).
    fn max_in_range(self) -> &'static str {
        match self {
            Table::Contact => {
                // A card merged away keeps its id in contact_merge (the audit still names
                // it), so it is never given again.
                "SELECT max(coalesce((SELECT max(id) FROM contact WHERE id >= ?1 AND id < ?2), 0),
                            coalesce((SELECT max(merged_id) FROM contact_merge WHERE merged_id >= ?1 AND merged_id < ?2), 0))"
            }
            Table::ContactPoint => "SELECT max(id) FROM contact_point WHERE id >= ?1 AND id < ?2",
            Table::Tag => "SELECT max(id) FROM tag WHERE id >= ?1 AND id < ?2",
            Table::Conversation => "SELECT max(id) FROM conversation WHERE id >= ?1 AND id < ?2",
            Table::Message => "SELECT max(id) FROM message WHERE id >= ?1 AND id < ?2",
            Table::Purpose => "SELECT max(id) FROM purpose WHERE id >= ?1 AND id < ?2",
            Table::PurposeRecipient => "SELECT max(id) FROM purpose_recipient WHERE id >= ?1 AND id < ?2",
            Table::ConsentEvent => "SELECT max(id) FROM consent_event WHERE id >= ?1 AND id < ?2",
            Table::Objection => "SELECT max(id) FROM objection WHERE id >= ?1 AND id < ?2",
            Table::Request => "SELECT max(id) FROM request WHERE id >= ?1 AND id < ?2",
            Table::RequestAction => "SELECT max(id) FROM request_action WHERE id >= ?1 AND id < ?2",
            Table::RetentionRule => "SELECT max(id) FROM retention_rule WHERE id >= ?1 AND id < ?2",
            Table::Operator => "SELECT max(id) FROM operator WHERE id >= ?1 AND id < ?2",
            Table::AuditEntry => "SELECT max(id) FROM audit_entry WHERE id >= ?1 AND id < ?2",
            Table::ContactImport => "SELECT max(id) FROM contact_import WHERE id >= ?1 AND id < ?2",
        }
    }
}

/// The first id of seat `index`'s range minus one: its ids are `base + 1 ..= base + 2⁴⁰ - 1`.
pub fn range_base(index: i64) -> i64 {
    index << RANGE_BITS
}

/// The seat whose range holds `id`.
pub fn seat_of(id: i64) -> i64 {
    id >> RANGE_BITS
}

/// This vault's seat index (0 when it is not in a team).
pub(crate) fn seat_index(c: &Connection) -> Result<i64> {
    let value: Option<String> = c
        .prepare_cached("SELECT value FROM vault_meta WHERE key = 'seat_index'")?
        .query_row([], |r| r.get(0))
        .optional()?;
    match value {
        None => Ok(0),
        Some(v) => v
            .parse::<i64>()
            .ok()
            .filter(|i| (0..MAX_SEATS).contains(i))
            .ok_or_else(|| Error::Internal(format!("the vault's seat index is not a number of a seat: {v:?}"))),
    }
}

/// The highest id of `table` in this seat's range, if any (e.g. the audit chain's last entry).
pub(crate) fn last_id(c: &Connection, table: Table) -> Result<Option<i64>> {
    let base = range_base(seat_index(c)?);
    let max: Option<i64> =
        c.prepare_cached(table.max_in_range())?.query_row([base, base + (1 << RANGE_BITS)], |r| r.get(0))?;
    Ok(max.filter(|&m| m > base))
}

/// The id the next row of `table` takes: one above the highest in this seat's range.
pub(crate) fn next_id(c: &Connection, table: Table) -> Result<i64> {
    let base = range_base(seat_index(c)?);
    let next = last_id(c, table)?.unwrap_or(base) + 1;
    if next >= base + (1 << RANGE_BITS) {
        return Err(Error::Internal(format!("seat's id range of {table:?} is used up")));
    }
    Ok(next)
}

/// Ids for many rows of one table written by one transaction (a card's points, an import's
/// cards): the highest id of the seat's range read once, then counted up. Only for rows that
/// all take their id from it while it lives: an insert through [`next_id`] in between would
/// be given an id this hands out again.
#[derive(Debug)]
pub(crate) struct IdSequence {
    table: Table,
    next: i64,
    end: i64,
}

impl IdSequence {
    pub fn new(c: &Connection, table: Table) -> Result<IdSequence> {
        let base = range_base(seat_index(c)?);
        let next = last_id(c, table)?.unwrap_or(base) + 1;
        Ok(IdSequence { table, next, end: base + (1 << RANGE_BITS) })
    }

    /// The next id.
    pub fn take(&mut self) -> Result<i64> {
        if self.next >= self.end {
            return Err(Error::Internal(format!("seat's id range of {:?} is used up", self.table)));
        }
        self.next += 1;
        Ok(self.next - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn db(seat: i64) -> Connection {
        let c = Connection::open_in_memory().unwrap();
        c.execute_batch(
            "CREATE TABLE vault_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
             CREATE TABLE tag (id INTEGER PRIMARY KEY, name TEXT);
             CREATE TABLE contact (id INTEGER PRIMARY KEY);
             CREATE TABLE contact_merge (merged_id INTEGER PRIMARY KEY, kept_id INTEGER);",
        )
        .unwrap();
        c.execute("INSERT INTO vault_meta VALUES ('seat_index', ?1)", [seat.to_string()]).unwrap();
        c
    }

    #[test]
    fn a_sequence_counts_on_from_the_highest_id_of_the_seat() {
        let c = db(2);
        c.execute("INSERT INTO tag VALUES (?1, 'a')", [range_base(2) + 41]).unwrap();
        c.execute("INSERT INTO tag VALUES (?1, 'b')", [range_base(3) + 99]).unwrap();
        let mut ids = IdSequence::new(&c, Table::Tag).unwrap();
        assert_eq!(ids.take().unwrap(), range_base(2) + 42);
        assert_eq!(ids.take().unwrap(), range_base(2) + 43);
        let mut full = IdSequence { table: Table::Tag, next: range_base(3) - 1, end: range_base(3) };
        assert_eq!(full.take().unwrap(), range_base(3) - 1);
        assert!(full.take().is_err(), "the range's end is never handed out");
    }

    #[test]
    fn seat_zero_counts_as_before() {
        let c = db(0);
        assert_eq!(next_id(&c, Table::Tag).unwrap(), 1);
        c.execute("INSERT INTO tag VALUES (7, 'a')", []).unwrap();
        assert_eq!(next_id(&c, Table::Tag).unwrap(), 8);
        // Another seat's rows do not move this seat's counter.
        c.execute("INSERT INTO tag VALUES (?1, 'b')", [range_base(3) + 5]).unwrap();
        assert_eq!(next_id(&c, Table::Tag).unwrap(), 8);
    }

    #[test]
    fn each_seat_counts_in_its_own_range() {
        let c = db(2);
        c.execute("INSERT INTO tag VALUES (7, 'a')", []).unwrap();
        assert_eq!(next_id(&c, Table::Tag).unwrap(), range_base(2) + 1);
        c.execute("INSERT INTO tag VALUES (?1, 'b')", [range_base(2) + 1]).unwrap();
        assert_eq!(next_id(&c, Table::Tag).unwrap(), range_base(2) + 2);
        assert_eq!(seat_of(range_base(2) + 2), 2);
        assert!(range_base(MAX_SEATS) <= 1 << 53);
    }

    #[test]
    fn a_merged_card_keeps_its_id() {
        let c = db(1);
        c.execute("INSERT INTO contact VALUES (?1)", [range_base(1) + 1]).unwrap();
        c.execute("INSERT INTO contact_merge VALUES (?1, ?2)", [range_base(1) + 4, range_base(1) + 1]).unwrap();
        assert_eq!(next_id(&c, Table::Contact).unwrap(), range_base(1) + 5);
    }

    #[test]
    fn a_seat_index_out_of_range_is_an_error() {
        let c = db(0);
        c.execute("UPDATE vault_meta SET value = '4096' WHERE key = 'seat_index'", []).unwrap();
        assert!(next_id(&c, Table::Tag).is_err());
    }
}
