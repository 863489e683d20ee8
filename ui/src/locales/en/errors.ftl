# The core's error messages as the UI shows them: `error-<code>` for each error code, and
# `error-reason-<reason>` for each reason of an invalid input, a refusal or a file that cannot be
# imported (ui/src/lib/errors.ts lists both, generated from Rust). The English is the core's own (what the command line says).
# Variables: $field is the field (a contact field by its label, others by their code); dates
# come formatted; $path, $name, $purpose, $value… are shown as they are; ids ($id, $request,
# $entry, $import, $contact) are text; counts are numbers.

## Error codes

error-already-exists = { $path } already exists. Choose another file name, or remove the existing file first.
# $date: the day the contact was erased.
error-contact-erased = Contact { $id } was erased on { $date }: nothing about them can be recorded or changed.
# $since: when the restriction began; $reason: the reason the user gave.
error-contact-restricted = { $name } is restricted (frozen) since { $since }: "{ $reason }". Their data can be read but not changed. Lift the restriction, with a reason, when processing may resume.
# $reason: the database's own technical message.
error-database = Internal database error: { $reason }. Please report this; your data has not been changed.
error-disk-full = There is no free space left on the disk that holds { $path }. Free some space and try again; nothing was changed.
# $document: which document (a code); $missing: what to fill in (in English, from the vault).
error-document-incomplete = The { $document ->
        [record_of_processing] record of processing activities (Art. 30(1) { -gdpr })
        [privacy_notice] privacy notice (Art. 13/14 { -gdpr })
        [access_report] subject-access report (Art. 15 { -gdpr })
        [request_acknowledgement] letter acknowledging a data subject's request (Art. 12 { -gdpr })
        [request_extension] letter extending the time to answer a request (Art. 12(3) { -gdpr })
        [request_completion] letter answering a data subject's request (Art. 12 { -gdpr })
       *[request_refusal] letter refusing a data subject's request (Art. 12(4) { -gdpr })
    } cannot be generated yet. Fill in: { $missing }.
error-file-exists = { $path } already exists: choose another name, or confirm that it should be replaced.
# $size, $limit: megabytes.
error-file-too-large = { $path } is { $size } MB, more than the { $limit } MB Custos reads at once. Export a shorter period, or split the file.
# Only for a rejection without a reason (the core gives one: `error-reason-<reason>` below, under
# "Files that cannot be imported"). $line: the line of the file; $message: what is wrong there.
error-import-failed = Line { $line }: { $message }. Nothing was imported.
error-internal = Internal error: { $reason }. Please report this.
error-invalid-input = { $field }: this cannot be accepted.
# $reason: the operating system's message.
error-io =
    { $io ->
        [not_found] { $path } does not exist. Check the path.
        [permission_denied] Custos may not read or write { $path }. Ask for access to it, or choose another place.
        [already_exists] { $path } already exists. Choose another name.
        [read_only] { $path } is on a disk that can only be read. Choose another place.
        [is_a_directory] { $path } is a folder. Choose a file.
        [not_a_directory] A part of { $path } is a file, not a folder. Check the path.
       *[other] Could not access { $path }: { $reason }
    }
# $letter: which letter; $status: the request's status (a code).
error-letter-not-applicable = { $letter ->
        [acknowledgement] Request #{ $request } cannot be acknowledged.
        [extension] Request #{ $request } is not extended: an extension letter tells the person the reasons and the new due date. Extend the request first (with the reasons and the day the person is told).
        [completion] Request #{ $request } is { $status }, not done: the completion letter says what was done. Record what was done and close the request as done first (or, for a requester about whom nothing is held, close it as "no personal data held").
       *[refusal] Request #{ $request } is { $status }, not refused: a refusal letter gives the reasons the request was refused. Refuse the request first, with the reason, or write the letter that fits its state.
    }
error-locked = The vault is locked. Unlock it to continue.
# $kind: what the path is instead of a file.
error-not-a-file = { $path } is { $kind ->
        [folder] a folder
        [fifo] a named pipe (FIFO)
        [socket] a socket
        [device] a device
       *[other] not a regular file
    }, not a file. Choose the file itself.
# $why: why it is not a vault (a code); $kind: what it is, when it is no regular file (as in error-not-a-file).
error-not-a-vault =
    { $path } is not a Custos vault ({ $why ->
        [not_a_file] it is { $kind ->
            [folder] a folder
            [fifo] a named pipe (FIFO)
            [socket] a socket
            [device] a device
           *[other] not a regular file
        }
        [empty] the file is empty
        [unencrypted_sqlite] it is an unencrypted SQLite database
        [not_encrypted] its content is not encrypted data
        [other_program] it is an encrypted database of another program
       *[metadata_missing] its Custos metadata is missing
    }). Choose the vault file you created with Custos.
# $what: what was looked for.
error-not-found = No { $what ->
        [contact] contact
        [conversation] conversation
        [import] import
        [purpose] purpose
        [request] request
        [retention_rule] retention rule
        [audit_entry] audit entry
        [closure_day] closure day
       *[other] { $what }
    } with id { $id }.
error-passphrase-empty = No passphrase was given. Type the vault's passphrase.
error-passphrase-mismatch = The two passphrases do not match. Type the same passphrase twice.
error-passphrase-too-short = The passphrase is too short: use at least { $min } characters (it has { $actual }).
error-refused = This cannot be done now.
error-render-failed = The document could not be rendered: { $reason }
# $found, $supported: schema versions.
error-schema-too-new = { $path } was written by a newer Custos (schema { $found }, this build knows up to { $supported }). Update Custos to open it.
# $characters: the characters; $text: the text they are in.
error-unsupported-characters = These characters cannot be printed with the document font: { $characters } (in "{ $text }"). Change that text and generate again.
# $holder: the program writing to the vault; $seconds: how long Custos waited.
error-vault-busy = { $path } is busy: { $holder } is writing to it, and it did not finish within { $seconds } seconds. Wait until it has finished (or close it) and try again; nothing was changed.
# $reason: what is damaged (technical, in English).
error-vault-damaged = { $path } is damaged ({ $reason }). Restore it from a backup with `custos vault restore`.
error-vault-not-found = No vault at { $path }. Check the path, or create a new vault.
error-write-failed = Could not write { $path }: { $reason }
error-wrong-passphrase = Wrong passphrase for { $path }. Check it and try again (if you are sure it is right, the start of the file may be damaged: restore from a backup).

## Messages of a shape of their own

error-reason-busy-unknown-holder = { $path } is busy: another program is writing to it, and it did not finish within { $seconds } seconds. Wait until it has finished (or close it) and try again; nothing was changed.
error-reason-disk-full-unknown-disk = There is no free space left on the disk. Free some space and try again; nothing was changed.
error-reason-vault-damaged-unknown-file = The vault is damaged ({ $reason }). Restore it from a backup with `custos vault restore`.

## Reasons of the core: contacts

error-reason-display-name-missing = { $field }: a contact needs a name to show, with at least one letter or digit (it can be a nickname)
error-reason-source-unnamed = { $field }: name the third party or public source the data came from
# $value: the address as typed; $number: its place in the card's list (1 for the first).
error-reason-not-an-email = { $field }: '{ $value }'{ $number ->
        [1] {""}
       *[other] {" "}(e-mail address { $number })
    } is not an e-mail address (no @)
error-reason-no-digits = { $field }: '{ $value }'{ $number ->
        [1] {""}
       *[other] {" "}(phone number { $number })
    } has no digits
error-reason-tag-too-long = { $field }: '{ $tag }' is longer than { $max } characters
# $choices: the codes that may be given.
error-reason-not-one-of = { $field }: '{ $value }' is not valid; use one of { $choices }
error-reason-merge-with-itself = { $field }: a card cannot be merged with itself: choose two different cards
error-reason-restriction-reason-missing = { $field }: say why the contact is restricted (it is kept in the audit)
error-reason-lift-reason-missing = { $field }: say why the contact is no longer restricted (it is kept in the audit)
error-reason-not-restricted = { $name } is not restricted: there is nothing to lift.

## Times and days

# $utc: the time in UTC; $earliest, $latest: years.
error-reason-time-out-of-range = { $field }: { $utc } UTC is outside the years { $earliest }–{ $latest } that Custos stores
# $offset: the offset as given; $hours: the largest offset.
error-reason-time-offset-too-large = { $field }: the UTC offset { $offset } is not a real time zone (use one between -{ $hours }:00 and +{ $hours }:00)
error-reason-not-a-time = { $field }: "{ $text }" is not a time (write it as 2026-03-01T09:00:00Z or 2026-03-01T10:00:00+01:00)
error-reason-day-out-of-range = { $field }: { $day } is outside the years { $earliest }–{ $latest } that Custos stores: check the date
error-reason-from-after-to = { $field }: the first day comes after the last day

## Conversations and chat imports

# $number: the message's place in the conversation, from 1.
error-reason-message-without-text = { $field }: message { $number } has no text
error-reason-message-without-sender = { $field }: message { $number }: name who wrote it (with at least one letter or digit)
error-reason-message-time-out-of-range = { $field }: message { $number }: the time { $utc } UTC is outside the years { $earliest }–{ $latest } that Custos stores
error-reason-message-time-offset-too-large = { $field }: message { $number }: the time the UTC offset { $offset } is not a real time zone (use one between -{ $hours }:00 and +{ $hours }:00)
error-reason-message-not-a-time = { $field }: message { $number }: the time "{ $text }" is not a time (write it as 2026-03-01T09:00:00Z or 2026-03-01T10:00:00+01:00)
error-reason-conversation-empty = { $field }: give a start time or at least one message
error-reason-ends-before-start = { $field }: the conversation would end ({ $end }) before it starts ({ $start })
# $senders: the names of the chat's senders, listed.
error-reason-sender-not-in-chat = { $field }: '{ $name }' wrote nothing in this chat; the senders are: { $senders }
error-reason-contact-not-among-senders = { $field }: none of the senders ({ $senders }) is named like the contact '{ $contact }': say which one is the contact
error-reason-no-conversation-files = { $field }: no file of conversations found: choose e-mails (.eml or an mbox), a Telegram or Messenger export (.json) or a website chat's .csv file
error-reason-conversation-needs-card = { $field }: { $file } is a { $format } transcript of one conversation: import it on the contact's card
error-reason-no-transcripts-to-delete = { $name } has no transcripts to delete.

## The vault, its operator and its backups

error-reason-operator-missing = { $field }: say who is working (your name): the audit log records it
error-reason-passphrase-too-long = { $field }: is too long
error-reason-vault-never-pauses = The vault is being written to without a pause: try the backup again in a moment.
error-reason-restore-target-exists = { $path } already exists. Restoring replaces everything in it: confirm with --replace.
error-reason-backup-folder-not-absolute = { $field }: choose a folder by its full path
error-reason-backup-folder-not-a-folder = { $field }: choose a folder, not a file
error-reason-audit-verification-failed = Audit verification failed: entries were edited or deleted (see above). Restore from a backup and find out who changed the file.

## The company profile

error-reason-controller-name-missing = { $field }: give the firm's legal name
error-reason-country-code = { $field }: use the two-letter country code, e.g. PL or DE
error-reason-already-closure-day = { $day } is already a closure day.

## Purposes

error-reason-not-a-legal-basis = { $field }: '{ $text }' is not a legal basis: use a–f, or consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests
error-reason-purpose-name-missing = { $field }: a purpose needs a name, with at least one letter or digit
error-reason-purpose-description-missing = { $field }: say what the data is used for
error-reason-legitimate-interest-missing = { $field }: Art. 6(1)(f) needs the legitimate interest stated
error-reason-consent-wording-missing = { $field }: a consent purpose needs the exact wording people are shown
error-reason-consequence-missing = { $field }: say what happens if the person does not provide the data
error-reason-recipient-name-missing = { $field }: a recipient needs a name
error-reason-recipient-country = { $field }: { $recipient }: give the country as a two-letter code such as PL or US
# $country: a two-letter country code.
error-reason-recipient-outside-eea = { $field }: { $recipient } is in { $country }, outside the EU/EEA: name the safeguard (adequacy, standard contractual clauses, other)
error-reason-safeguard-detail-missing = { $field }: { $recipient }: describe the 'other' safeguard
error-reason-purpose-exists = A purpose named '{ $name }' already exists: edit it instead.
error-reason-purpose-name-taken = Another purpose is already named '{ $name }'.

## Consents and objections

# $basis: the purpose's legal basis, a letter of Art. 6(1).
error-reason-not-a-consent-purpose = '{ $purpose }' relies on { $basis ->
        [b] Art. 6(1)(b) contract
        [c] Art. 6(1)(c) legal obligation
        [d] Art. 6(1)(d) vital interests
        [e] Art. 6(1)(e) public task
        [f] Art. 6(1)(f) legitimate interests
       *[a] Art. 6(1)(a) consent
    }, not consent: there is no consent to record.
error-reason-event-in-future = { $field }: the event cannot be in the future
# $last: the time of the last event recorded.
error-reason-events-out-of-order = { $field }: the last event for this consent was at { $last }: record events in order
# $event: what was to be recorded; $state: the consent's state now.
error-reason-consent-cannot-change = { $name } has no consent for '{ $purpose }' that can be { $event } (it is { $state ->
        [never_given] never given
        [given] given
        [confirmed] confirmed
        [withdrawn] withdrawn
       *[expired] expired
    }).
error-reason-no-consent-wording = '{ $purpose }' has no consent wording: add one first.
error-reason-no-wording-version = { $field }: '{ $purpose }' has no wording version { $version }
error-reason-already-objected = { $name } already objected to '{ $purpose }' on { $date }.
error-reason-objection-in-future = { $field }: the objection cannot be in the future

## Retention

# $unit: days, months or years.
error-reason-period-out-of-range = { $field }: use { $min } to { $max } { $unit }
error-reason-not-a-period = { $field }: '{ $text }' is not a period: write e.g. 60 days, 12 months or 5 years
error-reason-kept-reason-missing = { $field }: say why the contact is kept (it goes into the audit)
error-reason-review-date-not-after-today = { $field }: the review date must be after today

## Data-subject requests

error-reason-requester-missing = { $field }: say who asked: pick the contact, or give the requester's name as they gave it
error-reason-identity-method-missing = { $field }: say how identity was checked, e.g. "ID card shown"
error-reason-extension-reason-missing = { $field }: say why the request needs more time (it is complex, or there are many): the person is told the reasons
error-reason-action-description-missing = { $field }: say what was done, e.g. "sent the access report"
error-reason-refusal-reason-missing = { $field }: say why the request is refused: the person must be told, with their right to complain and to go to court
error-reason-day-in-future = { $field }: { $day } is in the future (today is { $today })
error-reason-day-before-receipt = { $field }: { $day } is before the request was received ({ $received })
# $status: how the request was closed (a code); $date: when (may be empty).
error-reason-request-closed = Request #{ $id } was closed as { $status } on { $date }: a closed request is final. Log a new request if the person asks again.
# $result: the identity check's result (a code); $date: the day of the check.
error-reason-identity-not-confirmed = The requester's identity is not confirmed (check { $result } on { $date }). Record a verified identity check before acting on request #{ $id }, or refuse it.
error-reason-request-already-matched = Request #{ $id } is already matched to contact { $contact }: it cannot move to another person.
error-reason-request-already-extended = Request #{ $id } was already extended on { $date } (now due { $due }): the { -gdpr } allows one extension, by two further months.
error-reason-extension-not-notified = Request #{ $id } can be extended only if the person is told, with the reasons, within the first month (by { $by }). Tell them first, then give the date they were told.
error-reason-extension-notified-late = Request #{ $id } cannot be extended: the person was told on { $date }, after the first month ended on { $ended }. An extension must be notified within the first month (Art. 12(3)); answer the request now.
error-reason-request-not-matched = Request #{ $id } is not matched to a contact yet. Match it to the requester's card first; if nothing is held about them, close it as "no data held".
# $entry: an audit entry's number; $action: its action code (e.g. contact.erased).
error-reason-entry-is-bookkeeping = Audit entry #{ $entry } ({ $action }) is the register's own bookkeeping, not an action taken for the request. Point at the entry of what was done (e.g. contact.erased).
# $target: what the entry is about (a kind code and an id).
error-reason-entry-about-other-contact = Audit entry #{ $entry } ({ $action }) is about { $target }, not about contact { $contact }.
error-reason-entry-about-other-request = Audit entry #{ $entry } ({ $action }) is about { $target }, not about this request (it is not matched to a contact yet: match it first).
error-reason-entry-before-request = Audit entry #{ $entry } ({ $action }) was written on { $date }, before the request arrived on { $received }: it cannot be what was done for it.
error-reason-entry-already-recorded = Audit entry #{ $entry } is already recorded for request #{ $id }.
error-reason-close-without-action = Request #{ $id } cannot be closed as done: no action is recorded. Record what was done, with the audit entry that proves it (e.g. the erasure or the report generated), then close it.
error-reason-close-unmatched-without-action = Request #{ $id } cannot be closed as done: no action is recorded. Record what was done, with the audit entry that proves it (e.g. the erasure or the report generated), then close it. If the requester is no contact of yours and a search found no data about them, close it as "no personal data held" instead.
error-reason-no-data-but-matched = Request #{ $id } is matched to contact { $contact }, so personal data about the requester is held: it cannot be closed as "no personal data held". Answer it on the contact's card, record what was done with the audit entry that proves it, then close it as done.
error-reason-no-data-but-actions = Request #{ $id } has { $count } recorded action(s): close it as done, not as "no personal data held".

## Address books

error-reason-not-a-format = { $field }: '{ $text }' is not a format; use csv, google, outlook or vcard
# $fields: the field codes that may be given.
error-reason-not-a-field = { $field }: '{ $text }' is not a field; use one of { $fields }
error-reason-mapping-name-missing = { $field }: give the mapping a name to find it by, e.g. "Office spreadsheet"
error-reason-no-such-mapping = no mapping is saved as '{ $name }'
error-reason-no-card-with-tag = no card has the tag '{ $tag }': nothing to export
error-reason-nothing-to-export = no active contact matches: nothing to export
error-reason-import-cancelled = The import was cancelled: nothing was imported.
# $lines: the first lines that cannot be imported, each with what is wrong (error-problem-row, listed);
# $more: how many more there are.
error-reason-problem-rows = { $count ->
        [one] 1 row cannot be imported as it is: { $lines }{ $more ->
            [0] {""}
           *[other] , and { $more } more
        }. Agree to skip it, or correct the file and import it again. Nothing was imported.
       *[other] { $count } rows cannot be imported as they are: { $lines }{ $more ->
            [0] {""}
           *[other] , and { $more } more
        }. Agree to skip them, or correct the file and import it again. Nothing was imported.
    }
# One row of error-reason-problem-rows: $line its line, $problem why it cannot be imported.
error-problem-row = line { $line } ({ $problem })
# $date: when the import was undone.
error-reason-import-already-undone = Import #{ $import } was already undone on { $date }: there is nothing left of it to remove.
# $kept: the cards and what the firm recorded on them.
error-reason-import-kept-data = Import #{ $import } cannot be undone: { $count ->
        [one] a card it created has
       *[other] { $count } cards it created have
    } since gained data the firm recorded: { $kept }. Undoing it would delete that too, so the import stays (erase single cards that should go instead). Nothing was changed.
# $names: the restricted cards named; $more: how many more there are.
error-reason-import-frozen-cards = Import #{ $import } cannot be undone now: it added data to cards that have since been restricted (frozen): { $names }{ $more ->
        [0] {""}
       *[other] {" "}and { $more } more
    }. Their data may not change; lift the restrictions first, or keep the import. Nothing was changed.

# Website chat CSV: the mapping.
error-reason-web-chat-mapping-no-time = { $field }: choose the column that holds when each message was sent (or one for the date and one for the time of day)
error-reason-web-chat-mapping-no-text = { $field }: choose the column that holds the text of the messages
error-reason-web-chat-mapping-no-sender = { $field }: choose the column that says who wrote each message: their name, e-mail address or role (visitor or agent)

## Files that cannot be imported: the line of the file and what is wrong there

# $line: the line of the file (text); $byte: a byte as hexadecimal ("0xE9"); $at: its place in the file, from 1.
error-reason-import-not-utf8 = Line { $line }: expected text in UTF-8 (or UTF-16) but found the byte { $byte } at byte { $at } of the file, which is not UTF-8: save the export as UTF-8 text. Nothing was imported.
# $encoding: UTF-16LE or UTF-16BE; $unit: the code unit as hexadecimal ("0xD800").
error-reason-import-lone-surrogate = Line { $line }: expected text in { $encoding } but found the lone surrogate { $unit } at byte { $at } of the file: save the export as UTF-8 or UTF-16 text. Nothing was imported.
error-reason-import-ends-in-character = Line { $line }: expected text in { $encoding } but the file ends in the middle of a character. Nothing was imported.
# $utc: the time in UTC as written in the file's data.
error-reason-import-time-out-of-range = Line { $line }: the time { $utc } UTC is outside the years { $earliest }–{ $latest } that Custos stores: check the date and the time zone. Nothing was imported.
error-reason-import-time-offset-too-large = Line { $line }: the UTC offset { $offset } is not a real time zone (use one between -{ $hours }:00 and +{ $hours }:00). Nothing was imported.
error-reason-import-not-a-time = Line { $line }: "{ $text }" is not a time (write it as 2026-03-01T09:00:00Z or 2026-03-01T10:00:00+01:00). Nothing was imported.
# A WhatsApp export. $found: the start of the line as it is in the file.
error-reason-chat-line-not-a-message = Line { $line }: expected a message starting with a date such as "31/12/2023, 21:41 - " but found "{ $found }". Nothing was imported.
error-reason-chat-sender-missing = Line { $line }: expected the sender's name before ": " but found none in "{ $found }". Nothing was imported.
# $author: the sender's name as in the chat.
error-reason-chat-message-empty = Line { $line }: expected the text of { $author }'s message but found nothing after the name. Nothing was imported.
error-reason-chat-no-messages = Line { $line }: no messages found: expected WhatsApp's 'Export chat' text. Nothing was imported.
# $time: the time as written in the chat.
error-reason-chat-not-a-time = Line { $line }: expected a time such as "21:41" but found "{ $time }", which is not a real time. Nothing was imported.
# The chat's dates put the day first up to here. $evidence_line, $evidence: the line (and its date) that shows it; $date: the date on this line.
error-reason-chat-dates-day-first = Line { $line }: expected dates with the day first, as on line { $evidence_line } ("{ $evidence }"), but found "{ $date }", which puts the month first. Nothing was imported.
error-reason-chat-dates-month-first = Line { $line }: expected dates with the month first, as on line { $evidence_line } ("{ $evidence }"), but found "{ $date }", which puts the day first. Nothing was imported.
# $first, $second: the first two numbers of the date.
error-reason-chat-date-no-month = Line { $line }: expected a real date but found "{ $date }": neither { $first } nor { $second } can be a month. Nothing was imported.
error-reason-chat-date-no-such-month = Line { $line }: expected a real date but found "{ $date }": there is no month { $month }. Nothing was imported.
# $month: 1–12; $day: the day of the month that does not exist.
error-reason-chat-date-no-such-day = Line { $line }: expected a real date but found "{ $date }": { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year } has no day { $day }. Nothing was imported.
# A Custos transcript (JSON).
error-reason-transcript-no-messages = Line { $line }: expected at least one message in "messages" but found none. Nothing was imported.
# $start, $end: the times of the file.
error-reason-transcript-ends-before-start = Line { $line }: expected "ended_at" to be no earlier than "started_at" ({ $start }) but found { $end }. Nothing was imported.
error-reason-transcript-cut-off = Line { $line }: expected the rest of the JSON but the file ends. Nothing was imported.
# $what: what is wrong (syntax, wrong_type, missing_field…); $name: the field or word found;
# $expected_kind, $found_kind: the kinds of value expected and found; $column: the place in the line.
error-reason-transcript-not-readable =
    Line { $line }: { $what ->
        [syntax] the text is not valid JSON here
        [wrong_type] expected { $expected_kind ->
                [text] a text
                [number] a number
                [boolean] true or false
                [null] null
                [list] a list
                [object] an object
               *[other] a value of another kind
            } but found { $found_kind ->
                [text] a text
                [number] a number
                [boolean] true or false
                [null] null
                [list] a list
                [object] an object
               *[other] a value of another kind
            }
        [wrong_value] expected { $expected_kind ->
                [text] a text
                [number] a number
                [boolean] true or false
                [null] null
                [list] a list
                [object] an object
               *[other] a value of another kind
            } but found another value
        [wrong_length] expected a list with another number of items
        [missing_field] expected "{ $name }" but found none
        [unknown_field] found "{ $name }", a field this file does not have
        [duplicate_field] found "{ $name }" twice
        [unknown_value] found "{ $name }", which is not one of the values allowed here
       *[other] found a value this file does not have here
    } (column { $column }). Nothing was imported.
# $found: the value as in the file; $column: the place in the line, in characters.
error-reason-transcript-wrong-format = Line { $line }: expected "format": "custos-transcript" but found "{ $found }" (column { $column }). Nothing was imported.
# $supported: the versions this Custos reads.
error-reason-transcript-unsupported-version = Line { $line }: unsupported version { $found }: expected "version": { $supported } (the versions this Custos reads) (column { $column }). Nothing was imported.
# $choices: the channel codes, listed.
error-reason-transcript-unknown-channel = Line { $line }: expected a channel ({ $choices }) but found "{ $found }" (column { $column }). Nothing was imported.
error-reason-transcript-not-a-time = Line { $line }: expected an RFC 3339 time with a zone, such as "2026-03-01T09:00:00Z", but found "{ $found }" (column { $column }). Nothing was imported.
error-reason-transcript-time-out-of-range = Line { $line }: expected a time Custos can store, but "{ $found }": { $utc } UTC is outside the years { $earliest }–{ $latest } that Custos stores (column { $column }). Nothing was imported.
error-reason-transcript-time-offset-too-large = Line { $line }: expected a time Custos can store, but "{ $found }": the UTC offset { $offset } is not a real time zone (use one between -{ $hours }:00 and +{ $hours }:00) (column { $column }). Nothing was imported.
error-reason-transcript-text-empty = Line { $line }: expected the message text but found "{ $found }" (column { $column }). Nothing was imported.
# $kind: the sender's kind in the file, staff or other.
error-reason-transcript-sender-name-empty = Line { $line }: expected the { $kind } sender's "name" but found an empty one (column { $column }). Nothing was imported.
# $name: the name as given, what is not printable escaped.
error-reason-transcript-sender-name-no-letter = Line { $line }: expected the { $kind } sender's "name" with a letter or digit but found "{ $name }" (column { $column }). Nothing was imported.
error-reason-transcript-sender-name-missing = Line { $line }: expected a "name" for the { $kind } sender but found none (column { $column }). Nothing was imported.
# A CSV address book. $expected, $found: the program whose export it is (Google, Outlook).
error-reason-csv-not-the-preset = Line { $line }: expected the header of { $expected } CSV, but this is { $found } CSV: choose the format csv to map its columns. Nothing was imported.
error-reason-csv-own-layout = Line { $line }: expected the header of { $expected } CSV, but this is a CSV file of its own layout: choose the format csv to map its columns. Nothing was imported.
# $encoding: the encoding the file seems to be in.
error-reason-csv-unknown-encoding = Line { $line }: expected text in UTF-8, UTF-16, Windows-1250, Windows-1251 or Windows-1252, but the byte { $byte } at byte { $at } is not UTF-8 and the file reads like { $encoding }, which Custos does not read: save the file as UTF-8 (in Excel: "CSV UTF-8"). Nothing was imported.
error-reason-csv-control-character = Line { $line }: expected text in UTF-8, UTF-16, Windows-1250, Windows-1251 or Windows-1252, but the byte { $byte } at byte { $at } is a control character, not text: save the file as UTF-8 (in Excel: "CSV UTF-8"). Nothing was imported.
error-reason-csv-no-letter = Line { $line }: expected text in UTF-8, UTF-16, Windows-1250, Windows-1251 or Windows-1252, but the byte { $byte } at byte { $at } is no letter in any of them: save the file as UTF-8 (in Excel: "CSV UTF-8"). Nothing was imported.
error-reason-csv-empty = Line { $line }: the file is empty: expected a header naming the columns (such as "First Name;Last Name;E-mail") and a row for each contact. Nothing was imported.
# $width: the header's fields; $found: this line's; $field: the first field past the header's with text in it (from 1); $nth: the English ordinal's ending of $field (one: 1st, two: 2nd, few: 3rd; other languages need not choose by it).
error-reason-csv-too-many-fields = Line { $line }: expected at most { $width } fields, as the header (line { $header_line }) has, but found { $found }, the { $field }{ $nth ->
        [one] st
        [two] nd
        [few] rd
       *[other] th
    } with text in it (a field that holds the delimiter needs quotes around it). Nothing was imported.
error-reason-csv-no-rows = Line { $line }: the file has a header but no rows: expected a row for each contact after the header. Nothing was imported.
# (The CSV reader's own English, $detail, is for the command line only.)
error-reason-csv-not-text = Line { $line }: expected CSV text, but this line cannot be read as CSV: save the file again as CSV (in Excel: "CSV UTF-8"). Nothing was imported.
error-reason-csv-unclosed-quote = Line { $line }: a field opens with a quote (") here that is never closed: expected a closing " before the end of the file (a quote inside a quoted field is written twice: ""). Nothing was imported.
# A vCard file. $charset: the character set the value names (CHARSET=).
error-reason-vcard-unknown-charset = Line { $line }: unknown character set `{ $charset }` (CHARSET=): expected one such as UTF-8, ISO-8859-2 or Windows-1250. Nothing was imported.
# $property: the vCard property (FN, N, EMAIL…); $encoding: the encoding it names (ENCODING=).
error-reason-vcard-unknown-encoding = Line { $line }: { $property } is text, but its value is encoded as `{ $encoding }`: expected ENCODING=QUOTED-PRINTABLE or 8BIT, or none. Nothing was imported.
error-reason-vcard-not-quoted-printable = Line { $line }: the value is not quoted-printable (ENCODING=QUOTED-PRINTABLE): expected only printable ASCII characters, spaces and `=XX` escapes. Nothing was imported.
error-reason-vcard-bad-escape = Line { $line }: the value is not quoted-printable (ENCODING=QUOTED-PRINTABLE): expected `=` to be followed by two hexadecimal digits (as in `=C5=81`) or to end the line. Nothing was imported.
error-reason-vcard-not-utf8 = Line { $line }: expected text in UTF-8 but it is not: the byte { $byte } is not UTF-8; save the file as UTF-8, or name the value's character set (CHARSET=). Nothing was imported.
error-reason-vcard-quoted-not-utf8 = Line { $line }: expected text in UTF-8 but its quoted-printable bytes are not: the byte { $byte } is not UTF-8; save the file as UTF-8, or name the value's character set (CHARSET=). Nothing was imported.
error-reason-vcard-not-in-charset = Line { $line }: expected text in { $charset } (CHARSET=) but the value of { $property } is not. Nothing was imported.
# $found: the line as it is in the file.
error-reason-vcard-not-found = Line { $line }: no vCard found: expected BEGIN:VCARD but found `{ $found }`. Nothing was imported.
# $end: the line where the last vCard ends.
error-reason-vcard-outside-card = Line { $line }: expected BEGIN:VCARD or the end of the file after the vCard that ends on line { $end }, but found `{ $found }`: every property belongs between a BEGIN:VCARD and its END:VCARD. Nothing was imported.
error-reason-vcard-not-a-property = Line { $line }: expected a vCard property — a name, a colon and a value, such as `FN:Anna Nowak` — but found `{ $found }`. Nothing was imported.
# $begin: the line where the open vCard begins.
error-reason-vcard-begin-in-card = Line { $line }: expected END:VCARD to close the vCard that begins on line { $begin } before another BEGIN. Nothing was imported.
error-reason-vcard-wrong-end = Line { $line }: expected END:VCARD to close the vCard that begins on line { $begin }, but found `END:{ $found }`. Nothing was imported.
error-reason-vcard-unsupported-version = Line { $line }: unsupported vCard version `{ $version }`: expected 2.1, 3.0 or 4.0. Nothing was imported.
# $last: the file's last line.
error-reason-vcard-no-end = Line { $line }: the vCard that begins here has no END:VCARD: expected END:VCARD before the end of the file (line { $last }). Nothing was imported.
error-reason-vcard-empty = Line { $line }: no vCard found: expected BEGIN:VCARD, but the file is empty. Nothing was imported.
error-reason-chat-export-cut-off = Line { $line }: expected the rest of the { $format } export but the file ends. Nothing was imported.
error-reason-chat-export-not-json = Line { $line }: expected the JSON of a { $format } export but found text that is not JSON (column { $column }). Nothing was imported.
# $what: what is wrong (syntax, wrong_type, missing_field…); $name: the field or word found;
# $expected_kind, $found_kind: the kinds of value expected and found; $column: the place in the line.
error-reason-chat-export-unexpected =
    Line { $line }: { $what ->
        [syntax] the text is not valid JSON here
        [wrong_type] expected { $expected_kind ->
                [text] a text
                [number] a number
                [boolean] true or false
                [null] null
                [list] a list
                [object] an object
               *[other] a value of another kind
            } but found { $found_kind ->
                [text] a text
                [number] a number
                [boolean] true or false
                [null] null
                [list] a list
                [object] an object
               *[other] a value of another kind
            }
        [wrong_value] expected { $expected_kind ->
                [text] a text
                [number] a number
                [boolean] true or false
                [null] null
                [list] a list
                [object] an object
               *[other] a value of another kind
            } but found another value
        [wrong_length] expected a list with another number of items
        [missing_field] expected "{ $name }" but found none
        [unknown_field] found "{ $name }", a field this file does not have
        [duplicate_field] found "{ $name }" twice
        [unknown_value] found "{ $name }", which is not one of the values allowed here
       *[other] found a value this file does not have here
    }, where a { $format } export has something else (column { $column }). Nothing was imported.
error-reason-chat-export-too-large = Line { $line }: the { $format } export is larger than { $megabytes } MB, more than Custos reads at once: export fewer chats or a shorter period. Nothing was imported.
error-reason-chat-export-text-too-long = Line { $line }: expected a message text of at most { $megabytes } MB, as { $format } writes them, but found a longer one (column { $column }). Nothing was imported.
error-reason-telegram-not-an-export = Line { $line }: expected a Telegram Desktop export ("Export chat history" as JSON): a chat with its "messages", or a full export (result.json) with its "chats", but found neither. Nothing was imported.
error-reason-telegram-not-a-time = Line { $line }: expected a message time such as "1709280000" ("date_unixtime") or "2024-03-01T09:00:00" ("date") but found "{ $found }" (column { $column }). Nothing was imported.
error-reason-telegram-no-time = Line { $line }: expected the time of message { $id } ("date_unixtime" or "date") but found neither. Nothing was imported.
error-reason-messenger-not-an-export = Line { $line }: expected a Messenger export (a message_1.json from Facebook's "Download your information", as JSON) with "participants", "messages" and "thread_path", but found no "{ $missing }". Nothing was imported.
error-reason-mail-empty = Line { $line }: the file is empty: expected an e-mail (.eml) or a mailbox (mbox). Nothing was imported.
error-reason-mail-not-a-mail = Line { $line }: expected an e-mail — header lines such as "From: …", "Date: …" or "Message-ID: …", then a blank line and the text — but found "{ $found }". Nothing was imported.
error-reason-mail-too-large = Line { $line }: the e-mail that starts here is { $megabytes } MB: Custos reads e-mails of at most { $limit } MB, attachments included. Nothing was imported.
error-reason-mbox-no-from-line = Line { $line }: expected a mailbox (mbox) starting with a "From " line, as mail programs export it, but found "{ $found }". Nothing was imported.

# Website chat CSV. $column: the column's name in the file's header.
error-reason-web-chat-empty = Line { $line }: the file is empty: expected a header naming the columns (such as "Time,Sender,Message") and a row for each message. Nothing was imported.
error-reason-web-chat-no-rows = Line { $line }: the file has a header but no rows: expected a row for each message after the header. Nothing was imported.
error-reason-web-chat-not-a-time = Line { $line }: column "{ $column }": expected a time such as 2026-03-01 10:00 but found "{ $found }". Nothing was imported.
error-reason-web-chat-not-a-date = Line { $line }: column "{ $column }": expected a date such as 2026-03-01 but found "{ $found }". Nothing was imported.
error-reason-web-chat-not-a-clock = Line { $line }: column "{ $column }": expected a time of day such as 10:00 but found "{ $found }". Nothing was imported.
error-reason-web-chat-no-such-date = Line { $line }: column "{ $column }": expected a real date but found "{ $found }", which has no such month or day. Nothing was imported.
error-reason-web-chat-dates-day-first = Line { $line }: column "{ $column }": expected dates with the day first, as on line { $evidence_line } ("{ $evidence }"), but found "{ $found }", which puts the month first. Nothing was imported.
error-reason-web-chat-dates-month-first = Line { $line }: column "{ $column }": expected dates with the month first, as on line { $evidence_line } ("{ $evidence }"), but found "{ $found }", which puts the day first. Nothing was imported.
error-reason-web-chat-text-empty = Line { $line }: column "{ $column }": expected the text of the message but found nothing. Nothing was imported.
error-reason-web-chat-sender-missing = Line { $line }: column "{ $column }": expected who wrote the message (a name, an e-mail address or a role) but found nothing. Nothing was imported.
error-reason-web-chat-not-an-email = Line { $line }: column "{ $column }": expected an e-mail address but found "{ $found }". Nothing was imported.
error-reason-web-chat-unknown-role = Line { $line }: column "{ $column }": expected a role such as visitor, agent or bot but found "{ $found }". Nothing was imported.
error-reason-web-chat-same-id = Line { $line }: column "{ $column }": expected a different id for each message but found "{ $id }" again, as on line { $first_line } (is this column the message's id?). Nothing was imported.
error-reason-web-chat-no-messages = Line { $line }: expected at least one message but found only { $skipped } from a bot or the system. Nothing was imported.

## Documents

error-reason-no-path = Choose where to save the document.
error-reason-same-target = { $path } is chosen for two files: choose another name for one of them.
error-reason-unknown-document = Unknown document '{ $value }'.
error-reason-unknown-language = '{ $value }' is not a document language: use one of en, pl, de, fr, it, es, bg
error-reason-no-contact = Open a contact's card to generate their access report.
error-reason-letter-without-request = Open a request to write a letter about it.
error-reason-no-letter = Say which letter: acknowledgement, extension, completion or refusal.
error-reason-unknown-letter = '{ $value }' is not a letter about a request: use one of acknowledgement, extension, completion, refusal
error-reason-source-not-applicable = A data source belongs only to a privacy notice.
error-reason-redaction-not-applicable = Names to redact belong only to an access report or its export.
error-reason-blank-redaction = A name to redact is blank: give the person's name, or leave it out.
# $kind: the request's type (a code); $article: its article of the GDPR (a number).
error-reason-not-an-access-request = Request #{ $request } is a request for { $kind } (Art. { $article }): an access report does not answer it. Take the action it needs on the contact's card and record that.
error-reason-request-without-contact = Request #{ $request } is not matched to a contact.

## The app itself

error-reason-import-closed = This import was closed (or the vault locked): choose the file again.
error-reason-preview-first = Preview the import first: nothing was imported.
error-reason-vcard-needs-no-mapping = A vCard file needs no mapping.
error-reason-undo-only-this-session = Only an import made since Custos was started can be undone here.
error-reason-backup-running = A backup is being made right now. Wait until it has finished.
error-reason-only-just-saved = Only a document Custos has just saved can be opened from here.
error-reason-not-a-file-name = '{ $name }' is not a file name: leave out any folder.
error-reason-viewer-failed = Could not open { $path } in the system viewer: { $reason }. Open the file from its folder.
error-reason-no-file-at = There is no file at { $path }. Check the file's name and folder, then open it again.

# An import's error in one of several files read together: $file is the file's name, $message the error.
error-in-file = { $file }: { $message }

## Operators, roles, key slots and the recovery kit

# $role, $needs: the operator's role and the least role that may (owner, clerk, read_only);
# $on_request: "yes" for an erasure a clerk may make only for an open erasure request;
# $action: the audit action's code (not shown).
error-not-permitted = { $on_request ->
        [yes] You work as { $role ->
            [owner] owner
            [clerk] clerk
           *[other] read-only
        }: you may erase a contact only for an open erasure request. Open (or match) the person's erasure request first, or ask an owner.
       *[other] You work as { $role ->
            [owner] owner
            [clerk] clerk
           *[other] read-only
        }, and only { $needs ->
            [owner] an owner
           *[other] a clerk or an owner
        } may do this. Ask { $needs ->
            [owner] an owner
           *[other] a clerk or an owner
        }.
    }
# $operators: the vault's operators, listed.
error-reason-operator-not-named = This vault has several operators ({ $operators }): say who you are.
error-reason-operator-unknown = No operator of this vault is called '{ $name }'. Its operators are: { $operators }.
error-reason-operator-exists = There is already an operator called '{ $name }': choose another name.
error-reason-operator-not-in-vault = { $name }'s key slot opens the vault, but the vault has no such operator (it was restored from a backup made before they were added). Ask an owner to add them again.
error-reason-last-owner = { $name } is the only owner: make another operator an owner first, so that someone can always manage the vault.
error-reason-not-yourself = You cannot remove yourself or reset your own passphrase here: change your passphrase instead, or ask another owner.
error-reason-passphrase-must-change = { $name }, choose your own passphrase first: the one you were given was for your first unlock only.
error-reason-keys-missing = The passphrase does not open { $path }, and its key file ({ $path }-keys) is not beside it. A vault made by this Custos needs both files: bring the key file back from where the vault came from (every backup has one beside it). If the vault is older, check the passphrase.
# $reason: what is wrong with the file (technical, in English).
error-reason-keys-damaged = The vault's key file is damaged ({ $reason }). Restore it from a backup: the key file beside any backup made since the last re-key works.
error-reason-keys-not-this-vault = The key file beside the vault does not open it: it belongs to another vault or an older copy. Put back the key file that came with this vault (a backup's key file sits beside it).
# $field: the recovery code field; $found, $expected: characters typed and needed.
error-reason-recovery-code-length = The recovery code has { $found } characters where a recovery code has { $expected } (without the hyphens): check that you typed all of it.
# $character: the character that is not in a recovery code.
error-reason-recovery-code-character = '{ $character }' is not in a recovery code: it has only the digits 0–9 and letters A–Z without I, L, O and U.
# $group: the group (1–7) with the mistyped character.
error-reason-recovery-code-typo = Group { $group } of the recovery code does not check out: a character in it is mistyped. Compare group { $group } with the printed kit.
error-reason-recovery-code-wrong = This recovery code does not open the vault: it is from an older kit (printing a new kit makes the old one stop working) or from another vault.
error-reason-no-recovery-kit = This vault has no recovery kit yet: an owner can print one (Settings → Operators).
error-reason-vault-in-use = The vault is open in another window or command. Close it there and try again: re-keying needs the vault to itself.
error-reason-not-in-team = This vault is not in a team yet: an owner makes one in Settings → Team.
error-reason-already-in-team = This vault is already in a team: it shares its contact book through the team's folder.
error-reason-team-problem-unknown = There is no open team problem number { $id }: it was dismissed already, or the list is out of date. Open Settings → Team again.
# $seat: the seat's name or id as typed.
error-reason-team-seat-unknown = There is no seat “{ $seat }” in the team (or it was removed already): use a seat's name or id as the team's status shows it.
error-reason-team-seat-self = A seat cannot remove itself: remove it from another seat of the team, as an owner.
# $seat: the seat's name.
error-reason-team-seat-no-key = The seat { $seat } has not published its key yet (it was made before this version of Custos): let it sync once, sync here, then remove the seat again.
error-reason-team-seat-removed = This seat was removed from the team: it cannot read what the team writes now, and the other seats no longer apply its changes. Its contact book stays as it was. To take part again, ask an owner for a new invitation.
# $file: the team key file in the shared folder.
error-reason-team-key-file-damaged = The team key file { $file } does not pass its check: it was changed, cut short or not made by a seat of the team. Nothing was sent or applied. Let the folder finish syncing; if it stays so, ask the owner who removed a seat to check the shared folder.
# $file: the change file in the shared folder.
error-reason-team-key-missing = The file { $file } is sealed with a newer team key than this seat has: the key file has not arrived yet. Let the folder finish syncing.
# $file: the change file in the shared folder.
error-reason-change-file-damaged = The change file { $file } does not pass its check: it was changed or cut short on its way. Nothing of it was applied, and that seat's later files wait for it. Let the folder finish syncing; if it stays so, ask that seat to send its changes again.
# $file: the change file in the shared folder.
error-reason-change-file-foreign = The change file { $file } belongs to another team, or was moved from the place its seat wrote it to. Nothing of it was applied. Remove it from the shared folder.
# $max: the most characters a seat name may have.
error-reason-seat-name = Give the seat a name people recognise (e.g. Office PC), with a letter or digit and at most { $max } characters.
# $found, $expected: characters typed and needed.
error-reason-invitation-code-length = The invitation code has { $found } characters where it should have { $expected } (without the hyphens): check that you typed all of it.
# $character: the character that is not in an invitation code.
error-reason-invitation-code-character = '{ $character }' is not in an invitation code: it has only the digits 0–9 and letters A–Z without I, L, O and U.
# $group: the group of the code (from 1) whose check character does not fit.
error-reason-invitation-code-typo = Group { $group } of the invitation code does not check out: a character in it is mistyped. Compare group { $group } with the code the owner gave you.
# $folder: the shared folder searched.
error-reason-invitation-unknown = There is no invitation for this code in { $folder }: check that this is the team's shared folder and that it has finished syncing, or ask the owner for a new invitation.
error-reason-invitation-used = This invitation has been used already: an invitation makes one seat only. Ask the owner for a new one.
# $expires: when the invitation expired.
error-reason-invitation-expired = This invitation expired at { $expires }. Ask the owner for a new one.
# $file: the invitation file in the shared folder.
error-reason-invitation-damaged = The invitation file { $file } does not pass its check: it was changed or cut short on its way. Let the folder finish syncing, or ask the owner for a new invitation.
