# The start screens (welcome, create, unlock), the passphrase strength meter, the shell's frame
# (navigation, top bar, status bar), the open-request dialog and the native file dialogs.

# Shown while the app starts, before the first screen.
app-starting = Starting Custos…

## Welcome screen

app-welcome-title = Welcome to Custos
app-welcome-intro = Your contacts, conversations and consents in one encrypted file on this computer. No cloud ever sees it.
app-welcome-create = Create a new vault
app-welcome-create-hint = Start fresh. You choose a passphrase; without it the file is unreadable.
app-welcome-open = Open an existing vault
app-welcome-open-hint = Unlock a .custos file you already have, for example one restored from a backup.
app-welcome-join = Join a team
app-welcome-join-hint = Another computer of the firm invited this one: type the code it shows, and the contact book arrives here.

## Create a vault

app-create-title = Create a new vault
app-create-intro = Everything you store in Custos is encrypted with your passphrase. Nobody can recover it if you forget it — not even us.
# Label of the vault file's path field (create and unlock screens).
app-vault-file = Vault file
# Accessible name of the button beside the vault file's path that opens the file dialog.
app-vault-file-choose = Choose vault file…
app-create-path-hint = Keep a backup of this file somewhere safe, e.g. an encrypted USB stick.
# The name of the person working, recorded in the audit log.
app-your-name = Your name
app-create-operator-hint = Recorded with every change you make, as { -gdpr } accountability asks.
app-passphrase = Passphrase
app-create-repeat = Repeat the passphrase
app-create-mismatch = Does not match the passphrase yet.
app-create-busy = Creating…
app-create-submit = Create vault
app-create-instead = Open an existing vault instead

## Unlock

app-unlock-title = Unlock your vault
app-unlock-busy = Unlocking…
app-unlock-submit = Unlock
app-unlock-instead = Create a new vault instead

## Passphrase strength (under the passphrase field)

# $min: the fewest characters a passphrase may have; $length: how many are typed (0 at first).
app-strength-too-short =
    { $length ->
        [0] Use at least { $min } characters. A few unrelated words are easy to remember and hard to guess.
       *[other] Use at least { $min } characters{ "\u00A0" }({ $length } so far). A few unrelated words are easy to remember and hard to guess.
    }
# $error: why the estimate failed (a sentence).
app-strength-failed = The strength could not be estimated: { $error }
# $score: 0 (guessed at once) to 4 (very strong).
app-strength-label =
    Strength: { $score ->
        [0] very weak
        [1] weak
        [2] fair
        [3] strong
       *[4] very strong
    }
# $time: how long guessing would take, as the estimator words it (e.g. "3 centuries").
app-strength-time = — about { $time } to guess
app-strength-checking = Checking strength…

## Path field (a path typed in, or chosen in the file dialog)

app-path-choose = Choose…
# Accessible name of the Choose… button when the field gives none of its own; $label: the field's label.
app-path-choose-label = { $label }: choose…
# $error: why the dialog failed (a sentence).
app-path-dialog-failed = The file dialog could not open: { $error } Type the path instead.

## A vault file given from outside (a launch with a file, or a second launch)

app-open-request-title-lock-first = Open another vault?
app-open-request-title-refused = This file cannot be opened
# Followed by the path of the file, on its own line.
app-open-request-asked = Custos was asked to open
# $vault: the path of the vault that is open now.
app-open-request-unlocked = The vault { $vault } is unlocked. Lock it to unlock the other one with its passphrase, or keep working in this one.
app-open-request-lock-and-open = Lock and open
app-open-request-keep-working = Keep working
app-open-request-ok = OK

## The shell: navigation, top bar, status bar

# Accessible name of the main navigation.
app-nav-label = Main
app-nav-contacts = Contacts
app-nav-attention = Needs attention
app-nav-requests = Requests
app-nav-audit = Audit log
app-nav-settings = Settings
# Read by screen readers after a section's count of things needing action (e.g. "3 to deal with").
app-nav-to-deal-with = to deal with
app-new-contact = New contact
# Keyboard shortcut shown on the New contact button, as the keyboard labels the keys.
app-shortcut-new-contact = Ctrl+N
app-lock = Lock
# Keyboard shortcut shown on the Lock button, as the keyboard labels the keys.
app-shortcut-lock = Ctrl+L
# Status bar; $operator: the name of the person working (shown in bold).
app-working-as = Working as { $operator }
# Closes a note in the status bar.
app-dismiss = Dismiss
# Status bar; $minutes: the auto-lock time.
app-locks-after = Locks after { $minutes } min without activity
# On the unlock screen after the vault locked itself; $minutes: the auto-lock time.
app-locked-idle =
    Locked after { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } without activity.
# $error: the reason (a sentence).
app-lock-failed = Locking may have failed: { $error } Close Custos to be sure.

## Closing a data subject request with "no personal data held" (request detail)

app-no-data-title = Close — no data held
app-no-data-hint = When the requester is no contact of yours and a search of cards and transcripts found nothing about them, the answer is that no personal data about them is held. Closing is final; the answer letter then says so.
app-no-data-summary = How you searched (optional)
app-no-data-summary-placeholder = e.g. searched for the name and e-mail address
app-no-data-closed = The request is closed: no personal data about the requester is held.

## Native file dialogs: window titles and file type names

app-dialog-create-vault = Create a Custos vault
app-dialog-open-vault = Open a Custos vault
app-dialog-vault-filter = Custos vault
app-dialog-transcript = Choose a chat export
app-dialog-whatsapp-filter = WhatsApp export
app-dialog-transcript-filter = Custos transcript
app-dialog-csv-export = Export to a CSV file
app-dialog-csv-filter = CSV (comma-separated)
app-dialog-save-document = Save the document
app-dialog-pdf-filter = PDF document
app-dialog-html-filter = Web page
app-dialog-zip-filter = ZIP archive
app-dialog-backup-folder = Where backups go
app-dialog-shared-folder = The folder the team's computers share
app-dialog-address-book = Choose an address-book file
app-dialog-address-book-filter = Address book (CSV, vCard)
app-dialog-csv-sources-filter = CSV (Google, Outlook, spreadsheet)
app-dialog-vcard-filter = vCard
app-dialog-export-contacts = Export contacts

## Errors

# When a command failed without saying why.
error-fallback = Something went wrong. Please try again.
