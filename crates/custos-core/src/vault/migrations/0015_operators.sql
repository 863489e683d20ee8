-- Operators (issue 20): each person who works in the vault has a key slot of their own in the
-- key file beside the vault and a record here, which says their name and role. The audit
-- names the operator a passphrase authenticated.
CREATE TABLE operator (
    id INTEGER PRIMARY KEY,
    -- The key slot's id in the key file (NULL once removed: the slot is gone).
    slot TEXT UNIQUE,
    name TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('owner', 'clerk', 'read_only')),
    -- Set when an owner gave the first passphrase (or reset it): the operator chooses their own
    -- at the next unlock before doing anything else.
    must_change_passphrase INTEGER NOT NULL DEFAULT 0 CHECK (must_change_passphrase IN (0, 1)),
    added_at TEXT NOT NULL,
    added_by TEXT,
    removed_at TEXT
);
-- Two working operators never share a name (removed ones keep theirs, for the audit's sake).
CREATE UNIQUE INDEX operator_working_name ON operator (name_folded) WHERE removed_at IS NULL;
