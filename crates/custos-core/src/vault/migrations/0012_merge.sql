-- Schema 12: two cards of one person merged into one (issue 17). The card merged away is
-- deleted; this table remembers where it went, so that
--  * its consent events may move to the card kept (otherwise they stay append-only),
--  * erasing the kept person also blanks the audit entries written about the merged card,
--  * its id is never given to a new card (the audit still names it).
-- It holds ids and a time only, nothing about the person.
CREATE TABLE contact_merge (
    merged_id INTEGER PRIMARY KEY,                       -- the card merged away (no longer a contact)
    kept_id   INTEGER NOT NULL REFERENCES contact (id),  -- where it went; a later merge moves it on
    merged_at TEXT NOT NULL
);
CREATE INDEX contact_merge_by_kept ON contact_merge (kept_id);

-- Consent events stay append-only. Erasure may clear an evidence reference (schema 3); a
-- merge may move an event, unchanged, to the card its card was merged into.
DROP TRIGGER consent_event_no_update;
CREATE TRIGGER consent_event_no_update BEFORE UPDATE ON consent_event
WHEN NOT (NEW.id = OLD.id AND NEW.purpose_id = OLD.purpose_id AND NEW.kind = OLD.kind AND NEW.at = OLD.at
          AND NEW.method = OLD.method AND NEW.wording_hash IS OLD.wording_hash
          AND NEW.recorded_by = OLD.recorded_by AND NEW.recorded_at = OLD.recorded_at
          AND ((NEW.contact_id = OLD.contact_id AND NEW.evidence_ref IS NULL)
               OR (NEW.evidence_ref IS OLD.evidence_ref
                   AND NEW.contact_id IN (SELECT kept_id FROM contact_merge WHERE merged_id = OLD.contact_id))))
BEGIN SELECT RAISE(ABORT, 'consent events are append-only'); END;

-- A new card takes an id above every merged one (contacts.rs chooses it); this is the guard.
CREATE TRIGGER contact_id_not_reused AFTER INSERT ON contact
WHEN EXISTS (SELECT 1 FROM contact_merge WHERE merged_id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'the id of a merged card is not given to a new card'); END;
