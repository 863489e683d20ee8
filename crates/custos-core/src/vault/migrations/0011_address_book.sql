-- Schema 11: richer cards for the address book (issue 17). A contact may have any number of
-- e-mail addresses, phone numbers and postal addresses, each with a label and one primary of
-- each kind; given and family name, job title; and tags. Today's single e-mail, phone and
-- address move into contact points (primary, labelled "other": the old card did not say);
-- their duplicate-check keys are filled in by the migration's Rust step.

-- Imports: what each one added, so that "Undo this import" removes exactly that.
CREATE TABLE contact_import (
    id         INTEGER PRIMARY KEY,
    source     TEXT NOT NULL,
    created_at TEXT NOT NULL,
    undone_at  TEXT
);
ALTER TABLE contact ADD COLUMN import_id INTEGER REFERENCES contact_import (id);
-- Fields of existing cards an import filled in (they were empty), cleared again by its undo.
CREATE TABLE contact_import_fill (
    import_id  INTEGER NOT NULL REFERENCES contact_import (id),
    contact_id INTEGER NOT NULL REFERENCES contact (id),
    field      TEXT NOT NULL,
    PRIMARY KEY (import_id, contact_id, field)
) WITHOUT ROWID;

ALTER TABLE contact ADD COLUMN given_name TEXT;
ALTER TABLE contact ADD COLUMN family_name TEXT;
ALTER TABLE contact ADD COLUMN job_title TEXT;

CREATE TABLE contact_point (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id),
    kind       TEXT NOT NULL CHECK (kind IN ('email', 'phone', 'address')),
    label      TEXT NOT NULL CHECK (label IN ('work', 'home', 'mobile', 'other')),
    value      TEXT NOT NULL CHECK (length(trim(value)) > 0),
    is_primary INTEGER NOT NULL CHECK (is_primary IN (0, 1)),
    position   INTEGER NOT NULL,
    -- What makes two cards one person (lower-case e-mail, E.164 phone); NULL for addresses.
    match_key  TEXT,
    -- The import that added it to an existing card (NULL: typed, or came with its card).
    import_id  INTEGER REFERENCES contact_import (id)
);
CREATE INDEX contact_point_of_contact ON contact_point (contact_id, kind, position);
CREATE INDEX contact_point_by_key ON contact_point (kind, match_key) WHERE match_key IS NOT NULL;

INSERT INTO contact_point (contact_id, kind, label, value, is_primary, position)
    SELECT id, 'email', 'other', trim(email), 1, 0 FROM contact WHERE length(trim(email)) > 0;
INSERT INTO contact_point (contact_id, kind, label, value, is_primary, position)
    SELECT id, 'phone', 'other', trim(phone), 1, 0 FROM contact WHERE length(trim(phone)) > 0;
INSERT INTO contact_point (contact_id, kind, label, value, is_primary, position)
    SELECT id, 'address', 'other', trim(address), 1, 0 FROM contact WHERE length(trim(address)) > 0;

ALTER TABLE contact DROP COLUMN email;
ALTER TABLE contact DROP COLUMN phone;
ALTER TABLE contact DROP COLUMN address;

-- Tags: the firm's labels ("Trade fair 2026"), one row per tag, compared folded.
CREATE TABLE tag (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL CHECK (length(trim(name)) > 0),
    fold_key TEXT NOT NULL UNIQUE
);
CREATE TABLE contact_tag (
    contact_id INTEGER NOT NULL REFERENCES contact (id),
    tag_id     INTEGER NOT NULL REFERENCES tag (id),
    import_id  INTEGER REFERENCES contact_import (id),
    PRIMARY KEY (contact_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX contact_tag_by_tag ON contact_tag (tag_id, contact_id);

-- What an import added, found without reading every row: its cards (for its undo), the
-- points and tags it added to existing cards, and the fields it filled in of a card (which
-- erasing the card, editing the field and deleting the card look up by the card).
CREATE INDEX contact_by_import ON contact (import_id) WHERE import_id IS NOT NULL;
CREATE INDEX contact_point_by_import ON contact_point (import_id) WHERE import_id IS NOT NULL;
CREATE INDEX contact_tag_by_import ON contact_tag (import_id) WHERE import_id IS NOT NULL;
CREATE INDEX contact_import_fill_by_contact ON contact_import_fill (contact_id);

-- Column mappings of CSV address books the user saved, to reuse with the next file of the same
-- layout (found by its header) or by name.
CREATE TABLE csv_mapping (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_key   TEXT NOT NULL UNIQUE,
    -- The file's column names, trimmed and lower-cased, as a JSON array.
    header     TEXT NOT NULL,
    -- The mapping, as JSON (one field per column).
    mapping    TEXT NOT NULL,
    saved_at   TEXT NOT NULL
);
CREATE INDEX csv_mapping_by_header ON csv_mapping (header);
