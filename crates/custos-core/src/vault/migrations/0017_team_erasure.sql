-- Team sync, erasure and acknowledgements (issue 21, docs/TEAM.md "Erasure reaches every seat
-- and every file", "Status").

-- Which contacts' personal data each captured change holds, and which contacts it erases
-- (JSON arrays of contact ids): they go into the change file's header.
ALTER TABLE sync_outbox ADD COLUMN contacts TEXT NOT NULL DEFAULT '[]';
ALTER TABLE sync_outbox ADD COLUMN erases TEXT NOT NULL DEFAULT '[]';

-- The erasures this seat knows of, made here or applied from another seat's file: which file
-- carried it (its seat and sequence), so the status can tell which seats have not applied
-- it yet, by their acknowledgements.
CREATE TABLE sync_erasure (
    contact_id INTEGER PRIMARY KEY,
    seat       TEXT NOT NULL,
    sequence   INTEGER NOT NULL,
    erased_at  TEXT NOT NULL
);

-- The row a problem is about (its key as text), for the person who looks at it.
ALTER TABLE sync_problem ADD COLUMN row_key TEXT NOT NULL DEFAULT '';
