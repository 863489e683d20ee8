-- Schema 6: requests from data subjects (GDPR Art. 12, 15-22) and the firm's closure days.
-- The due date is not stored: it follows from the received date, the extension and the
-- working-day calendar (company country + closure days), so it is computed when read.
CREATE TABLE request (
    id                INTEGER PRIMARY KEY,
    kind              TEXT NOT NULL CHECK (kind IN ('access', 'rectification', 'erasure', 'restriction',
                          'portability', 'objection', 'automated_decisions', 'consent_withdrawal')),
    -- The person, once known; until then the requester as they gave themselves.
    contact_id        INTEGER REFERENCES contact (id),
    requester_name    TEXT,
    requester_contact TEXT,
    received_on       TEXT NOT NULL, -- YYYY-MM-DD
    channel           TEXT NOT NULL CHECK (channel IN ('email', 'letter', 'phone', 'in_person', 'web_form', 'other')),
    details           TEXT,
    status            TEXT NOT NULL CHECK (status IN ('received', 'identity_pending', 'in_progress', 'extended',
                          'done', 'refused')),
    identity_method   TEXT,
    identity_result   TEXT CHECK (identity_result IN ('requested', 'verified', 'failed')),
    identity_on       TEXT, -- YYYY-MM-DD
    extension_reason  TEXT,
    notified_on       TEXT, -- YYYY-MM-DD: the person was told of the extension
    extended_at       TEXT,
    closed_at         TEXT,
    outcome           TEXT, -- what was done (done) or why not (refused)
    opened_by         TEXT NOT NULL,
    opened_at         TEXT NOT NULL,
    -- Erasure clears the requester's own words but keeps that the request existed.
    erased            INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX request_by_contact ON request (contact_id);
CREATE INDEX request_open ON request (closed_at, received_on);

-- What was done for a request: each action points at the audit entry that proves it.
CREATE TABLE request_action (
    id             INTEGER PRIMARY KEY,
    request_id     INTEGER NOT NULL REFERENCES request (id),
    audit_entry_id INTEGER NOT NULL REFERENCES audit_entry (id),
    description    TEXT NOT NULL,
    recorded_by    TEXT NOT NULL,
    recorded_at    TEXT NOT NULL,
    UNIQUE (request_id, audit_entry_id)
);

-- Days the firm is closed besides weekends and its country's public holidays.
CREATE TABLE closure_day (
    day      TEXT PRIMARY KEY, -- YYYY-MM-DD
    reason   TEXT,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL
);
