-- Schema 4: a purpose's audience folds every consent event of the purpose, per contact, in
-- order. This index holds all it reads, so the fold never touches the table.
CREATE INDEX consent_event_by_purpose_history ON consent_event (purpose_id, contact_id, at, id, kind);
DROP INDEX consent_event_by_purpose;
