-- Schema 14: conversations from e-mail, Telegram, Messenger and website chats (issue 19).
--
-- A conversation may have a title (an e-mail thread's subject, a chat's name); its external
-- reference (already there) holds the thread's key, by which a later import of the same thread
-- for the same contact adds to it instead of starting another.
ALTER TABLE conversation ADD COLUMN title TEXT;
CREATE INDEX conversation_by_external_ref ON conversation (contact_id, external_ref) WHERE external_ref IS NOT NULL;

-- A message may carry the file's own id (an e-mail's Message-ID, a Telegram message id): a
-- second import of it is recognised by that, else by time, sender and text. An e-mail's other
-- addressees (To and Cc, as JSON [{"name", "address"}]) are kept with it: the access report
-- shows them redacted (they are other people's data, Art. 15(4)).
ALTER TABLE message ADD COLUMN external_id TEXT;
ALTER TABLE message ADD COLUMN recipients TEXT;
CREATE INDEX message_by_external_id ON message (conversation_id, external_id) WHERE external_id IS NOT NULL;

-- Files sent with a message: their names and sizes only, never their contents.
CREATE TABLE message_attachment (
    message_id INTEGER NOT NULL REFERENCES message (id),
    position   INTEGER NOT NULL,
    name       TEXT NOT NULL,
    size       INTEGER NOT NULL CHECK (size >= 0),
    PRIMARY KEY (message_id, position)
) WITHOUT ROWID;

-- The firm's own e-mail addresses, in lower case: a mail from one of them is the staff's.
-- None listed: the company profile's e-mail address.
CREATE TABLE staff_address (
    address TEXT PRIMARY KEY CHECK (length(address) > 0 AND address = lower(address))
) WITHOUT ROWID;

-- A conversation's origin may now be one of the new importers. The CHECK is widened in
-- place, as schema 13 did (every stored origin satisfies the new one), and written as
-- comparisons for the same reason.
PRAGMA writable_schema = ON;

UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (origin IN (''manual'', ''whatsapp'', ''json''))',
    'CHECK (origin = ''manual'' OR origin = ''whatsapp'' OR origin = ''json'' OR origin = ''email'' OR origin = ''telegram'' OR origin = ''messenger'' OR origin = ''web_chat'')')
WHERE type = 'table' AND name = 'conversation';

PRAGMA writable_schema = OFF;
