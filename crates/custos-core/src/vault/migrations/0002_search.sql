-- Schema 2: one full-text index over contact fields and transcript messages.
-- It holds folded text (see fold.rs). rowid > 0: a message id; rowid < 0: -(contact_id * 16 + field code).
CREATE VIRTUAL TABLE search_fts USING fts5 (
    body,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
