-- Schema 7: each contact's number of conversations, kept by triggers. The retention warnings
-- read it from the contact row they already read, instead of looking into the conversation
-- index once per contact (tens of thousands of contacts can be overdue at once).
ALTER TABLE contact ADD COLUMN conversations INTEGER NOT NULL DEFAULT 0;

UPDATE contact SET conversations = (SELECT count(*) FROM conversation v WHERE v.contact_id = contact.id);

CREATE TRIGGER conversation_counted AFTER INSERT ON conversation BEGIN
    UPDATE contact SET conversations = conversations + 1 WHERE id = NEW.contact_id;
END;

CREATE TRIGGER conversation_uncounted AFTER DELETE ON conversation BEGIN
    UPDATE contact SET conversations = conversations - 1 WHERE id = OLD.contact_id;
END;

CREATE TRIGGER conversation_moved AFTER UPDATE OF contact_id ON conversation
WHEN OLD.contact_id IS NOT NEW.contact_id BEGIN
    UPDATE contact SET conversations = conversations - 1 WHERE id = OLD.contact_id;
    UPDATE contact SET conversations = conversations + 1 WHERE id = NEW.contact_id;
END;
