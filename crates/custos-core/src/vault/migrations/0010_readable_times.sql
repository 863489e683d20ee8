-- Schema 10: every stored time reads back. Builds before this one wrote a time outside the
-- years 0000–9999 (a chat line of the year 0 east of UTC, a JSON time at -23:59 on the last
-- day of 9999) as "-0001-…" or "+10000-…", which RFC 3339 readers refuse, so the contact,
-- its conversations and the retention list could no longer be read. Such a time becomes the
-- nearest end of the years Custos now stores (1900–2200); a contact's last contact is taken
-- again from the times of its conversations that did read.

UPDATE contact SET last_contact_at = (
    SELECT max(CASE WHEN substr(v.ended_at, 1, 1) NOT IN ('+', '-') THEN v.ended_at
                    WHEN substr(v.started_at, 1, 1) NOT IN ('+', '-') THEN v.started_at END)
    FROM conversation v WHERE v.contact_id = contact.id)
WHERE substr(last_contact_at, 1, 1) IN ('+', '-');

UPDATE message SET sent_at = CASE substr(sent_at, 1, 1)
        WHEN '-' THEN '1900-01-01T00:00:00.000Z' ELSE '2200-12-31T23:59:59.999Z' END
WHERE substr(sent_at, 1, 1) IN ('+', '-');

UPDATE conversation SET started_at = CASE substr(started_at, 1, 1)
        WHEN '-' THEN '1900-01-01T00:00:00.000Z' ELSE '2200-12-31T23:59:59.999Z' END
WHERE substr(started_at, 1, 1) IN ('+', '-');

UPDATE conversation SET ended_at = CASE substr(ended_at, 1, 1)
        WHEN '-' THEN '1900-01-01T00:00:00.000Z' ELSE '2200-12-31T23:59:59.999Z' END
WHERE substr(ended_at, 1, 1) IN ('+', '-');
