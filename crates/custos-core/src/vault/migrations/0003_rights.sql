-- Schema 3: data-subject rights. Restriction (freeze) and erasure are a contact's standing;
-- objections are per purpose; audit details become redactable without breaking the chain.

ALTER TABLE contact ADD COLUMN standing TEXT NOT NULL DEFAULT 'active'
    CHECK (standing IN ('active', 'restricted', 'erased'));
ALTER TABLE contact ADD COLUMN restricted_at TEXT;
ALTER TABLE contact ADD COLUMN restriction_reason TEXT;
ALTER TABLE contact ADD COLUMN erased_at TEXT;

-- Lists show active contacts (or only restricted ones): the standing leads every list index.
DROP INDEX contact_by_name;
DROP INDEX contact_by_status;
CREATE INDEX contact_by_name ON contact (standing, sort_key, id);
CREATE INDEX contact_by_status ON contact (standing, status, sort_key, id);

-- Art. 21: an objection blocks one purpose for one person.
CREATE TABLE objection (
    id           INTEGER PRIMARY KEY,
    contact_id   INTEGER NOT NULL REFERENCES contact (id),
    purpose_id   INTEGER NOT NULL REFERENCES purpose (id),
    at           TEXT NOT NULL,
    method       TEXT NOT NULL CHECK (method IN ('web_form', 'email', 'phone', 'in_person', 'chat', 'paper', 'system')),
    evidence_ref TEXT,
    recorded_by  TEXT NOT NULL,
    recorded_at  TEXT NOT NULL,
    UNIQUE (contact_id, purpose_id)
);
CREATE INDEX objection_by_purpose ON objection (purpose_id, contact_id);

-- Consent events stay append-only; erasure alone may clear an evidence reference (it can
-- name the person), and nothing else about an event may change.
DROP TRIGGER consent_event_no_update;
CREATE TRIGGER consent_event_no_update BEFORE UPDATE ON consent_event
WHEN NOT (NEW.evidence_ref IS NULL AND NEW.id = OLD.id AND NEW.contact_id = OLD.contact_id
          AND NEW.purpose_id = OLD.purpose_id AND NEW.kind = OLD.kind AND NEW.at = OLD.at
          AND NEW.method = OLD.method AND NEW.wording_hash IS OLD.wording_hash
          AND NEW.recorded_by = OLD.recorded_by AND NEW.recorded_at = OLD.recorded_at)
BEGIN SELECT RAISE(ABORT, 'consent events are append-only'); END;

-- From schema 3 an entry's hash covers the SHA-256 of its details (details_digest), so an
-- erasure can blank the details (redacted = 1) and the chain still verifies. Entries written
-- before schema 3 have no digest: their hash covers the details themselves.
ALTER TABLE audit_entry ADD COLUMN details_digest TEXT;
ALTER TABLE audit_entry ADD COLUMN redacted INTEGER NOT NULL DEFAULT 0;
CREATE INDEX audit_by_action ON audit_entry (action, id);

-- Deleting from the search index removes the words at once instead of leaving them in old
-- index segments until a merge: erased text must not stay readable in the file.
INSERT INTO search_fts (search_fts, rank) VALUES ('secure-delete', 1);
