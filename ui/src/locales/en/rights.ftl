# The data subject's rights on the contact card: restriction (freeze, Art. 18) and erasure
# (Art. 17), the reason dialog, and the documents (dialog, Settings → Documents).

## Why a card cannot change

rights-frozen-erased = Erased on { $date }: nothing can be recorded or changed.
# $reason: the restriction's reason, as typed.
rights-frozen-restricted = Processing is restricted since { $date } ({ $reason }). Lift the restriction to make changes.
rights-erase-blocked-erased = This contact is already erased.
rights-erase-blocked-restricted = A restricted contact cannot be erased: their data may be needed for a legal claim. Lift the restriction first.
rights-reason-missing = Say why: the reason is kept in the audit log.

## What an erasure removes and keeps (list items, lower case, no full stop)

# "Erased contact #id": the name the card is shown by afterwards (contacts-erased-name).
rights-erase-removes-1 = the name — the card becomes “Erased contact #id”
rights-erase-removes-2 = every contact point (e-mail, phone, organisation, address, ID number) and the notes
rights-erase-removes-3 = the sensitive-field marks
rights-erase-removes-4 = every conversation and message, and their search-index entries
rights-erase-removes-5 = { -consent } and objection evidence references (they can name the person)
rights-erase-removes-6 = the details of audit entries that held their data (previous values of corrections, restriction reasons)
rights-erase-keeps-1 = the contact number, lifecycle status and kind of data source
rights-erase-keeps-2 = when the card was created and last contacted
rights-erase-keeps-3 = the { -consent } and objection history (what, when, how — without evidence)
rights-erase-keeps-4 = that the erasure happened, when and by whom (in the audit log)
# Between the items of a list inside a sentence (the tombstone's kept facts).
rights-list-separator = { "; " }

## The result of an erasure, one line each

rights-erased-conversations =
    { $conversations ->
        [one] { $conversations } conversation
       *[other] { $conversations } conversations
    } with { $messages ->
        [one] { $messages } message
       *[other] { $messages } messages
    } deleted
rights-erased-evidence =
    { $count ->
        [one] { $count } evidence reference cleared
       *[other] { $count } evidence references cleared
    }
rights-erased-audit =
    { $count ->
        [one] { $count } audit entry redacted
       *[other] { $count } audit entries redacted
    }
rights-erased-log-emptied = Write-ahead log emptied: nothing of theirs remains readable in the file.
rights-erased-log-later = The write-ahead log could not be emptied now (another program has the vault open); it is emptied when the vault is next locked.

## The card's banner: erased or restricted

rights-tombstone-title = Erased on { $date }
# $kept: the rights-erase-keeps-* items, joined with rights-list-separator.
rights-tombstone-text = The person's identifying data was removed from the vault. What remains are non-identifying business facts: { $kept }.
rights-erasure-done = Erasure done.
rights-frozen-title = Processing restricted since { $date }
# $reason: the restriction's reason, as typed (shown apart).
rights-frozen-reason = Reason: { $reason }
rights-frozen-hint = This card is frozen: it cannot be edited or erased, and no conversation, import or consent can be recorded. It is left out of the contact list, search and marketing lists.
rights-lift-button = Lift restriction…

## Erase dialog

rights-erase-backups-unknown = Backups made before now still hold it.
# $name: the contact's name as the card shows it.
rights-erase-title = Erase { $name }?
rights-erase-warning = Erasure ({ -gdpr } Art. 17) cannot be undone: the data is overwritten in the vault file, its log and its search index.
rights-erase-removes-title = Removed for good
rights-erase-keeps-title = Kept, without anything that identifies them
# $word: the word to type, ERASE (the same in every language).
# The word typed (in capitals) instead of the contact's name to confirm an erasure.
rights-erase-word = ERASE
rights-erase-confirm-word = Type { $word } to confirm
# $name: the contact's name in bold; $word: ERASE.
rights-erase-confirm-name = Type the contact's name ({ $name }) or { $word } to confirm
rights-erase-busy = Erasing…
rights-erase-submit = Erase for good

## Restrict processing / lift the restriction

rights-restrict-title = Restrict processing of { $name }
rights-lift-title = Lift the restriction on { $name }
rights-restrict-hint = The card is kept but frozen ({ -gdpr } Art. 18): it cannot be edited, no conversation, import or consent can be recorded, it is left out of the contact list, search and every marketing list, and it cannot be erased until the restriction is lifted. Use it, for example, while the person contests the accuracy of their data.
rights-lift-hint = Processing may resume: the card can be changed again and returns to the contact list.
rights-reason-label = Reason
rights-reason-label-hint = (kept in the audit log)
rights-restrict-example = e.g. Accuracy contested by the person on 3 May
rights-lift-example = e.g. Accuracy verified
rights-restrict-submit = Restrict processing
rights-lift-submit = Lift restriction

## Document dialog: the documents by kind (custos_documents::JobKind)

document-dialog-kind-record = Record of processing activities (Art. 30)
document-dialog-kind-notice = Privacy notice (PDF)
document-dialog-kind-notice-html = Privacy notice as a web page
document-dialog-kind-access-report = Access report (Art. 15)
document-dialog-kind-access-export = Portable export (Art. 20)
document-dialog-kind-request-letter = Letter to the requester

## Document dialog

# A file's size in megabytes, one decimal.
document-dialog-size-mb = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
# A file's size in kilobytes.
document-dialog-size-kb = { $size } KB
# $path: where it was saved; $pages: pages of a PDF (0 for a web page or ZIP); $size: a
# document-dialog-size-* text.
document-dialog-saved =
    Saved { $path } ({ $pages ->
        [0] { $size }
        [one] { $pages } page, { $size }
       *[other] { $pages } pages, { $size }
    }).
document-dialog-error-path = Choose where to save the document.
document-dialog-error-third-party = Name the third party the data comes from: an Art. 14 notice states its source.
document-dialog-error-public-source = Name the public source the data comes from (e.g. a register): an Art. 14 notice states it.
document-dialog-language = Language
document-dialog-format = Format
document-dialog-save-as = Save as
document-dialog-save-as-hint = Written only there. An existing file is not replaced unless you tick the box below.
document-dialog-source-title = Where the { -personal-data } comes from
document-dialog-source-person = Data collected from the person (Art. 13)
document-dialog-source-other = Data from another source (Art. 14)
document-dialog-source-kind = Source
document-dialog-source-third-party = A third party
document-dialog-source-public = A public source
document-dialog-which-third-party = Which third party
document-dialog-which-public = Which public source
document-dialog-third-party-example = e.g. referral from Anna Kowalska
document-dialog-public-example = e.g. company register
document-dialog-source-hint = The notice then also lists the categories of data and names the source (Art. 14).
document-dialog-redact = Also redact these names (one per line)
document-dialog-redact-example = e.g. Jan Kowalski
document-dialog-redact-hint = Other people the report names (in conversations, notes, requests or consent evidence) are redacted anyway when they wrote in the conversations or are contacts here. Add anyone else it names (a relative, a colleague): wherever their whole name appears, it goes from the report and the export. A first or family name used alone stays; add it on a line of its own to remove it too.
document-dialog-export-too = Also save the portable export (ZIP with JSON and CSV, Art. 20)
document-dialog-export-as = Save the export as
document-dialog-replace = Replace an existing file
document-dialog-open = Open
# $id: the request's number.
document-dialog-recorded = Recorded on request #{ $id } as what was done.
document-dialog-busy = Generating…
document-dialog-submit = Generate and save

## Settings → Documents

documents-panel-title = Documents
documents-panel-hint = Written from the company profile, the purposes and the retention rules, in the language you choose. If something a document must contain is missing, Custos lists what to fill in instead of writing a document with gaps.
documents-panel-notice-button = Privacy notice…
documents-panel-record-button = Record of processing…
documents-panel-notice-dialog = Privacy notice
documents-panel-record-dialog = Record of processing activities
