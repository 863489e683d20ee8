-- Schema 13: the CHECK constraints of contact and contact_point that list the allowed values
-- (`status IN ('lead', 'customer', …)`) written as comparisons (`status = 'lead' OR …`)
-- (issue 17: importing an address book). SQLite checks an IN list of more than two values by
-- building a temporary b-tree of the list, with a pager of its own, for every row written:
-- for a card or a contact point that was about a quarter of the time of inserting it. The
-- comparisons accept and refuse exactly the same values (a NULL passes both; NOT NULL
-- refuses it), so nothing stored changes and every row already there satisfies them.
--
-- A CHECK's text is changed in place, as SQLite's documentation describes for changes that
-- touch nothing stored ("ALTER TABLE", section "Making Other Kinds Of Table Schema Changes"):
-- the table's definition in sqlite_schema is rewritten. The Rust step after this SQL checks
-- that each constraint was rewritten exactly once, moves the schema version on (other
-- connections then read the schema again) and reloads and checks the schema.
PRAGMA writable_schema = ON;

UPDATE sqlite_schema SET sql = replace(replace(replace(sql,
    'CHECK (status IN (''lead'', ''customer'', ''former_customer'', ''supplier_partner'', ''other''))',
    'CHECK (status = ''lead'' OR status = ''customer'' OR status = ''former_customer'' OR status = ''supplier_partner'' OR status = ''other'')'),
    'CHECK (source_kind IN (''person'', ''third_party'', ''public''))',
    'CHECK (source_kind = ''person'' OR source_kind = ''third_party'' OR source_kind = ''public'')'),
    'CHECK (standing IN (''active'', ''restricted'', ''erased''))',
    'CHECK (standing = ''active'' OR standing = ''restricted'' OR standing = ''erased'')')
WHERE type = 'table' AND name = 'contact';

UPDATE sqlite_schema SET sql = replace(replace(sql,
    'CHECK (kind IN (''email'', ''phone'', ''address''))',
    'CHECK (kind = ''email'' OR kind = ''phone'' OR kind = ''address'')'),
    'CHECK (label IN (''work'', ''home'', ''mobile'', ''other''))',
    'CHECK (label = ''work'' OR label = ''home'' OR label = ''mobile'' OR label = ''other'')')
WHERE type = 'table' AND name = 'contact_point';

PRAGMA writable_schema = OFF;
