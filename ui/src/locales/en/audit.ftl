# The audit log: the screen, its filter, readable entries, and the chain check.

audit-title = Audit log
audit-verify = Verify chain
audit-verifying = Verifying…
audit-intro = Every change and export, newest first, with who did it. Entries are chained by their hashes: “Verify chain” shows whether any was changed or removed since it was written.
# $count: how many entries were checked.
audit-chain-ok =
    Chain OK: { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    } checked, none changed or missing.
# $count: how many entries were checked; $problems: how many problems were found (listed below).
audit-chain-broken =
    The chain is broken ({ $count ->
        [one] { $count } entry
       *[other] { $count } entries
    } checked, { $problems ->
        [one] { $problems } problem
       *[other] { $problems } problems
    }). The log was changed outside Custos: keep this vault as evidence and restore a backup to keep working.
audit-chain-edited = Entry #{ $entry } was changed after it was written.
audit-chain-missing = Entries between #{ $after } and #{ $before } are missing.
audit-chain-broken-link = Entry #{ $entry } does not link to the entry before it.
audit-chain-tail-missing = The newest entries are gone: the log should end at #{ $expected } but ends at #{ $found }.

## Filter

audit-filter-label = Filter the audit log
audit-contact-number = Contact number
# Placeholder of the contact number field when it is empty.
audit-contact-any = any
# Button that fills in the contact whose card is open (no card open, then with its number $id).
audit-current-card = Current card
audit-current-card-numbered = Current card #{ $id }
audit-current-card-none = Open a contact's card first
audit-current-card-title = Show entries about contact #{ $id }
audit-action = Action
audit-all-actions = All actions
# First day of the date range.
audit-from = From
# Last day of the date range.
audit-to = To
audit-clear = Clear
audit-error-contact = The contact is its number, e.g. 12 (shown as #12).
audit-error-from = Enter the first day as a date, e.g. 2026-03-01.
audit-error-to = Enter the last day as a date, e.g. 2026-03-31.
audit-error-order = The first day comes after the last day.

## Entries

audit-loading = Loading the log…
audit-empty = No entries match this filter.
audit-col-time = Time
# The person who did it.
audit-col-operator = Operator
audit-col-action = Action
# What the entry is about (a contact, the vault…).
audit-col-target = Target
audit-col-details = Details
audit-entry-title = Entry #{ $id }
# Beside an entry whose details were blanked when the person was erased.
audit-erased-note = (the person was erased)
# $count: how many entries are shown.
audit-count =
    { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    }, newest first.
audit-show-older = Show older entries

## What an entry is about

audit-target-vault = Vault
audit-target-contact = Contact
audit-target-conversation = Conversation
audit-target-purpose = Purpose
audit-target-company = Company profile
audit-target-request = Request
# $kind: one of the names above; $id: its number.
audit-target-numbered = { $kind } #{ $id }

## Details of an entry, in one line

# In place of details blanked when the person was erased.
audit-redacted = [redacted]
audit-empty-value = (empty)
# An empty list.
audit-none = none
# A text value, in the language's quotation marks.
audit-quoted = “{ $value }”
# A contact point: $value its text, $label its kind (Work, Home…).
audit-point = “{ $value }” ({ $label })
# A change of a card; $fields: the fields changed, listed.
audit-changed = Changed { $fields }
# $before: each field with the value it held before.
audit-changed-before = Changed { $fields } — before: { $before }
# In place of the fields when none changed.
audit-nothing = nothing
# A field and the value it held before, in audit-changed-before.
audit-field-value = { $field } { $value }
# A detail's name and its value.
audit-key-value = { $key }: { $value }
# A yes/no detail.
audit-true = true
audit-false = false

## Action names (the core's action codes: `contact.restriction_lifted` is audit-action-contact-restriction-lifted)

audit-action-vault-created = Vault created
audit-action-vault-passphrase-changed = Vault passphrase changed
audit-action-vault-backup-created = Vault backup created
audit-action-vault-restored = Vault restored
audit-action-contact-created = Contact created
audit-action-contact-updated = Contact updated
audit-action-contact-sensitive-revealed = Contact sensitive revealed
audit-action-conversation-added = Conversation added
audit-action-conversation-imported = Conversation imported
audit-action-purpose-created = Purpose created
audit-action-purpose-updated = Purpose updated
audit-action-consent-given = Consent given
audit-action-consent-confirmed = Consent confirmed
audit-action-consent-withdrawn = Consent withdrawn
audit-action-consent-expired = Consent expired
audit-action-company-profile-updated = Company profile updated
audit-action-contact-restricted = Contact restricted
audit-action-contact-restriction-lifted = Contact restriction lifted
audit-action-objection-recorded = Objection recorded
audit-action-contact-erased = Contact erased
audit-action-purpose-audience-exported = Purpose audience exported
audit-action-retention-rule-set = Retention rule set
audit-action-retention-rule-removed = Retention rule removed
audit-action-retention-kept = Retention kept
audit-action-retention-transcripts-deleted = Retention transcripts deleted
audit-action-request-opened = Request opened
audit-action-request-matched = Request matched
audit-action-request-identity-checked = Request identity checked
audit-action-request-extended = Request extended
audit-action-request-action-recorded = Request action recorded
audit-action-request-closed = Request closed
audit-action-request-refused = Request refused
audit-action-calendar-closure-day-added = Calendar closure day added
audit-action-calendar-closure-day-removed = Calendar closure day removed
audit-action-document-access-report = Document access report
audit-action-document-request-letter = Document request letter
audit-action-vault-backups-rotated = Vault backups rotated
audit-action-vault-backup-folder-chosen = Vault backup folder chosen
audit-action-contact-imported = Contact imported
audit-action-contact-import-undone = Contact import undone
audit-action-contact-merged = Contact merged
audit-action-contact-exported = Contact exported
audit-action-vault-key-slots-created = Key slots created (own passphrases for operators)
audit-action-operator-added = Operator added
audit-action-operator-role-changed = Operator's role changed
audit-action-operator-reset = Operator given a new first passphrase
audit-action-operator-removed = Operator removed
audit-action-vault-rekeyed = Vault re-keyed
audit-action-vault-recovery-kit-made = Recovery kit printed
audit-action-vault-recovery-used = Recovery kit used
audit-action-vault-data-key-revealed = Data key shown
audit-action-vault-team-created = Team made (shared folder)
audit-action-vault-team-invited = Seat invited (invitation)
audit-action-vault-team-joined = Seat joined the team
audit-action-vault-team-problem-dismissed = Team sync problem dismissed

## Names of the details an entry records (the keys of its details: `redacted_entries` is audit-key-redacted-entries)

audit-key-reason = Reason
audit-key-status = Status
audit-key-name = Name
audit-key-messages = Messages
audit-key-kind = Kind
audit-key-file = File
audit-key-fields = Fields
audit-key-at = At
audit-key-text = Text
audit-key-sender = Sender
audit-key-purpose = Purpose
audit-key-previous = Previous
audit-key-masked = Masked
audit-key-from = From
audit-key-to = To
audit-key-conversations = Conversations
audit-key-tags = Tags
audit-key-tags-added = Tags added
audit-key-tags-removed = Tags removed
audit-key-summary = Summary
audit-key-source = Source
audit-key-rule = Rule
audit-key-points-added = Points added
audit-key-points-removed = Points removed
audit-key-objection = Objection
audit-key-method = Method
audit-key-merged = Merged
audit-key-import = Import
audit-key-format = Format
audit-key-due-on = Due on
audit-key-describe = Describe
audit-key-description = Description
audit-key-day = Day
audit-key-contacts = Contacts
audit-key-contact = Contact
audit-key-channel = Channel
audit-key-actions = Actions
audit-key-removed = Removed
audit-key-redacted-entries = Redacted entries
audit-key-folder = Folder
audit-key-request = Request
audit-key-rows = Rows
audit-key-skipped = Skipped
audit-key-origin = Origin
audit-key-people = People
audit-key-language = Language

# A retention rule set or removed: $id its number, $rule the rule in words (as in Settings).
audit-rule = Rule #{ $id }: { $rule }

## More names of details (see audit-key-reason and the others above)

audit-key-operator = Operator
audit-key-role = Role
audit-key-owner = Owner
audit-key-why = Why
audit-key-replaced = Replaced an earlier kit
audit-key-note-kept = Note kept
audit-key-review-on = Review on
audit-key-action = Action
audit-key-period = Period
audit-key-received-on = Received on
audit-key-result = Result
audit-key-checked-on = Checked on
audit-key-notified-on = Notified on
audit-key-audit-entry = Audit entry
audit-key-no-data = No personal data held
audit-key-before = Backup of the state before
audit-key-before-upgrade-from-schema = Before the upgrade from schema
audit-key-merged-name = Merged card’s name
audit-key-filled = Fields filled
audit-key-notes-appended = Notes appended
audit-key-sensitive-added = Sensitive fields added
audit-key-not-taken = Values not taken
audit-key-moved = Moved
audit-key-consent-events = Consent events
audit-key-objections = Objections
audit-key-requests = Requests
audit-key-retention-hold = Retention hold
audit-key-objections-dropped = Objections dropped
audit-key-created-at = Created at
audit-key-last-contact-at = Last contact
audit-key-card = Card
audit-key-evidence-ref = Evidence
audit-key-recorded-by = Recorded by
audit-key-recorded-at = Recorded at
audit-key-staff-addresses = Staff addresses
audit-key-event = Event
audit-key-added-to-earlier = Added to an earlier conversation
audit-key-tag = Tag
audit-key-cards-removed = Cards removed
audit-key-fields-cleared = Fields cleared
audit-key-tagged = Tagged
audit-key-created = Created
audit-key-not-merged = Not merged
audit-key-problems-skipped = Rows with problems skipped
audit-key-values-left-out = Values left out
audit-key-fields-filled = Fields filled
audit-key-backups-hold-until = Backups hold the data until
audit-key-data-subject-categories = Categories of data subjects
audit-key-from-conversations = Created from conversations
audit-key-document = Document
audit-key-sha256 = SHA-256
audit-key-letter = Letter
audit-key-extra-redactions = Names also blacked out

## Codes a detail holds, in words (`audit-value-<key>-<code>`; statuses, kinds, channels and roles use their own labels)

audit-value-why-asked = Asked for by an owner
audit-value-why-operator-removed = An operator was removed
audit-value-source-person = From the person
audit-value-source-third-party = From a third party
audit-value-source-public = From a public source
audit-value-document-report = Access report
audit-value-document-export = Portable export
audit-value-format-csv = CSV
audit-value-format-vcard = vCard
audit-value-format-google = Google Contacts (CSV)
audit-value-format-outlook = Outlook (CSV)
audit-value-format-zip = ZIP
