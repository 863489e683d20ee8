-- Schema 1: the domain. Times are UTC text, 'YYYY-MM-DDTHH:MM:SS.sssZ'.

CREATE TABLE vault_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE contact (
    id              INTEGER PRIMARY KEY,
    display_name    TEXT NOT NULL CHECK (length(trim(display_name)) > 0),
    sort_key        TEXT NOT NULL,
    email           TEXT,
    phone           TEXT,
    organisation    TEXT,
    address         TEXT,
    id_number       TEXT,
    notes           TEXT,
    status          TEXT NOT NULL CHECK (status IN ('lead', 'customer', 'former_customer', 'supplier_partner', 'other')),
    source_kind     TEXT NOT NULL CHECK (source_kind IN ('person', 'third_party', 'public')),
    source_detail   TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    last_contact_at TEXT
);
CREATE INDEX contact_by_name ON contact (sort_key, id);
CREATE INDEX contact_by_status ON contact (status, sort_key, id);

CREATE TABLE contact_sensitive_field (
    contact_id INTEGER NOT NULL REFERENCES contact (id),
    field      TEXT NOT NULL,
    PRIMARY KEY (contact_id, field)
) WITHOUT ROWID;

CREATE TABLE conversation (
    id           INTEGER PRIMARY KEY,
    contact_id   INTEGER NOT NULL REFERENCES contact (id),
    channel      TEXT NOT NULL CHECK (channel IN ('chat', 'email', 'phone', 'meeting', 'other')),
    started_at   TEXT NOT NULL,
    ended_at     TEXT,
    external_ref TEXT,
    origin       TEXT NOT NULL CHECK (origin IN ('manual', 'whatsapp', 'json')),
    created_at   TEXT NOT NULL
);
CREATE INDEX conversation_by_contact ON conversation (contact_id, started_at);

CREATE TABLE message (
    id              INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversation (id),
    sent_at         TEXT NOT NULL,
    sender_kind     TEXT NOT NULL CHECK (sender_kind IN ('contact', 'staff', 'other')),
    sender_name     TEXT,
    body            TEXT NOT NULL
);
CREATE INDEX message_by_conversation ON message (conversation_id, sent_at, id);

CREATE TABLE purpose (
    id                      INTEGER PRIMARY KEY,
    name                    TEXT NOT NULL UNIQUE,
    description             TEXT NOT NULL,
    legal_basis             TEXT NOT NULL CHECK (legal_basis IN ('a', 'b', 'c', 'd', 'e', 'f')),
    legitimate_interest     TEXT,
    data_categories         TEXT NOT NULL, -- JSON array of strings
    retention_rule          TEXT,
    requirement             TEXT NOT NULL CHECK (requirement IN ('none', 'statutory', 'contractual')),
    requirement_consequence TEXT,
    automated_decisions     TEXT,
    requires_confirmation   INTEGER NOT NULL DEFAULT 0,
    created_at              TEXT NOT NULL,
    updated_at              TEXT NOT NULL,
    CHECK (legal_basis <> 'f' OR legitimate_interest IS NOT NULL)
);

CREATE TABLE purpose_recipient (
    id               INTEGER PRIMARY KEY,
    purpose_id       INTEGER NOT NULL REFERENCES purpose (id),
    position         INTEGER NOT NULL,
    name             TEXT NOT NULL,
    role             TEXT NOT NULL CHECK (role IN ('processor', 'controller', 'joint_controller', 'recipient')),
    country          TEXT NOT NULL,
    safeguard        TEXT NOT NULL CHECK (safeguard IN ('eu_eea', 'adequacy', 'standard_contractual_clauses', 'other')),
    safeguard_detail TEXT
);
CREATE INDEX purpose_recipient_by_purpose ON purpose_recipient (purpose_id, position);

-- The exact text shown to a person, stored once, referenced by its SHA-256.
CREATE TABLE consent_wording (
    hash TEXT PRIMARY KEY,
    text TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE purpose_wording_version (
    purpose_id   INTEGER NOT NULL REFERENCES purpose (id),
    version      INTEGER NOT NULL,
    wording_hash TEXT NOT NULL REFERENCES consent_wording (hash),
    created_at   TEXT NOT NULL,
    PRIMARY KEY (purpose_id, version)
) WITHOUT ROWID;

CREATE TABLE consent_event (
    id           INTEGER PRIMARY KEY,
    contact_id   INTEGER NOT NULL REFERENCES contact (id),
    purpose_id   INTEGER NOT NULL REFERENCES purpose (id),
    kind         TEXT NOT NULL CHECK (kind IN ('given', 'confirmed', 'withdrawn', 'expired')),
    at           TEXT NOT NULL,
    method       TEXT NOT NULL CHECK (method IN ('web_form', 'email', 'phone', 'in_person', 'chat', 'paper', 'system')),
    wording_hash TEXT REFERENCES consent_wording (hash),
    evidence_ref TEXT,
    recorded_by  TEXT NOT NULL,
    recorded_at  TEXT NOT NULL
);
CREATE INDEX consent_event_by_pair ON consent_event (contact_id, purpose_id, at, id);
CREATE INDEX consent_event_by_purpose ON consent_event (purpose_id, contact_id);
CREATE TRIGGER consent_event_no_update BEFORE UPDATE ON consent_event
BEGIN SELECT RAISE(ABORT, 'consent events are append-only'); END;
CREATE TRIGGER consent_event_no_delete BEFORE DELETE ON consent_event
BEGIN SELECT RAISE(ABORT, 'consent events are append-only'); END;

CREATE TABLE company_profile (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    controller_name   TEXT NOT NULL,
    address           TEXT,
    email             TEXT,
    phone             TEXT,
    country           TEXT,
    dpo_name          TEXT,
    dpo_contact       TEXT,
    authority_name    TEXT,
    authority_contact TEXT,
    updated_at        TEXT NOT NULL
);

-- Hash-chained: hash = SHA-256(prev_hash, id, at, operator, action, target, details).
CREATE TABLE audit_entry (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT NOT NULL,
    operator    TEXT NOT NULL,
    action      TEXT NOT NULL,
    target_kind TEXT NOT NULL,
    target_id   TEXT,
    details     TEXT NOT NULL,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX audit_by_target ON audit_entry (target_kind, target_id, id);
