-- Schema 5: retention. A rule says how long after the last contact a contact of some status
-- is kept before an action is due; a rule may name the purpose that needs the period (e.g. a
-- legal obligation). Where rules for the same status and action differ, the longest wins.
CREATE TABLE retention_rule (
    id         INTEGER PRIMARY KEY,
    status     TEXT NOT NULL CHECK (status IN ('lead', 'customer', 'former_customer', 'supplier_partner', 'other')),
    action     TEXT NOT NULL CHECK (action IN ('delete_transcripts', 'erase')),
    amount     INTEGER NOT NULL CHECK (amount > 0),
    unit       TEXT NOT NULL CHECK (unit IN ('days', 'months', 'years')),
    purpose_id INTEGER REFERENCES purpose (id),
    UNIQUE (status, action, purpose_id)
);

-- SPEC §3 defaults: a lead's transcripts after 60 days without contact, the lead after 12
-- months; a former customer after the statutory period the firm sets (5 years to start).
INSERT INTO retention_rule (status, action, amount, unit) VALUES
    ('lead', 'delete_transcripts', 60, 'days'),
    ('lead', 'erase', 12, 'months'),
    ('former_customer', 'erase', 5, 'years');

-- "Keep, with a reason": silences a contact's warnings until the review date.
CREATE TABLE retention_hold (
    contact_id INTEGER PRIMARY KEY REFERENCES contact (id),
    reason     TEXT NOT NULL,
    review_on  TEXT NOT NULL, -- YYYY-MM-DD (UTC)
    held_by    TEXT NOT NULL,
    held_at    TEXT NOT NULL
);

CREATE INDEX contact_by_status_last_contact ON contact (standing, status, coalesce(last_contact_at, created_at));
