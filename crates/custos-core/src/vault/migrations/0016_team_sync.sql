-- Team sync (issue 21, docs/TEAM.md). The seat's identity lives in vault_meta, written by
-- the migration's Rust part (a random seat id): seat_id (16 random bytes, hex), seat_index
-- (0 until the vault joins a team: ids stay as they were), hlc (the hybrid logical clock's
-- last value, sync::clock) and next_sequence (the next change file's number).

-- Changes captured by local writes while the vault is in a team, waiting to be written to
-- the shared folder as change files (then `written` is set; the row stays until every seat
-- has acknowledged it).
CREATE TABLE sync_outbox (
    sequence  INTEGER PRIMARY KEY,
    hlc       TEXT NOT NULL,
    changeset BLOB NOT NULL,
    written   INTEGER NOT NULL DEFAULT 0 CHECK (written IN (0, 1))
);

-- The change files of other seats applied here, each once.
CREATE TABLE sync_applied (
    seat       TEXT NOT NULL,
    sequence   INTEGER NOT NULL,
    hlc        TEXT NOT NULL,
    applied_at TEXT NOT NULL,
    PRIMARY KEY (seat, sequence)
) WITHOUT ROWID;

-- Changes that could not be applied (a constraint failure): kept for a person to decide,
-- never dropped silently.
CREATE TABLE sync_problem (
    id         INTEGER PRIMARY KEY,
    seat       TEXT NOT NULL,
    sequence   INTEGER NOT NULL,
    table_name TEXT NOT NULL,
    conflict   TEXT NOT NULL,
    changeset  BLOB NOT NULL,
    found_at   TEXT NOT NULL,
    resolved_at TEXT
);

-- Who wrote each field of a synced row last (by HLC): the same field changed on two seats
-- keeps the later change.
CREATE TABLE field_clock (
    table_name TEXT NOT NULL,
    row_key    TEXT NOT NULL,
    column_no  INTEGER NOT NULL,
    hlc        TEXT NOT NULL,
    PRIMARY KEY (table_name, row_key, column_no)
) WITHOUT ROWID;
