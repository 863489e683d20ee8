# Settings: preferences, the company profile, working days (public holidays and closure days)
# and the vault integrity check.

settings-title = Settings
# Shown under a form after it was saved.
settings-saved = Saved.

## Preferences

settings-preferences-title = Preferences
settings-auto-lock = Lock after this many minutes without activity
settings-auto-lock-hint = From 1 to 240. The vault locks itself and clears the screen.
settings-auto-lock-invalid = Auto-lock takes a whole number of minutes from 1 to 240.
settings-operator-hint = Named in the audit log from the next unlock on.
settings-operator-missing = Enter your name: it is recorded with every change.
settings-preferences-save = Save preferences

## Company profile (the controller named in privacy notices and reports)

settings-company-title = Company profile
settings-company-intro = Who is responsible for the data (the { -controller }). Privacy notices and reports start with this.
settings-company-name = Company name ({ -controller })
settings-company-country = Country
# The example is the language's own country code.
settings-company-country-hint = 2-letter code, e.g. PL
settings-company-address = Address
settings-company-email = E-mail
settings-company-phone = Phone
settings-company-dpo-name = Data protection officer
settings-company-dpo-name-hint = If you appointed one
# How to reach the data protection officer.
settings-company-dpo-contact = DPO contact
settings-company-authority-name = Supervisory authority
# The example is the data protection authority of the language's country.
settings-company-authority-name-hint = Needed for privacy notices, e.g. UODO
settings-company-authority-contact = Authority contact
settings-company-authority-contact-hint = Needed for privacy notices: address or website
settings-company-name-missing = Enter the company name: it is the { -controller } named in every document.
settings-company-save = Save company profile

## Working days: public holidays and the firm's closure days (they move request deadlines)

settings-working-days-title = Working days
settings-holidays = Public holidays
settings-year = Year
settings-holidays-none = None counted.
settings-closure-days = Closure days
settings-closure-days-none = No closure days added.
# Confirms removing a closure day.
settings-closure-remove = Remove
# Cancels removing a closure day.
settings-closure-keep = Keep
settings-closure-remove-ask = Remove…
# Accessible name of the Remove… button; $day: the closure day, written out.
settings-closure-remove-label = Remove { $day }
settings-closure-day = Closed on
settings-closure-reason = Why (optional)
settings-closure-reason-placeholder = e.g. between Christmas and New Year
settings-closure-add = Add closure day

## Vault integrity

settings-integrity-title = Vault integrity
settings-integrity-intro = Reads the whole vault and checks that nothing is damaged. Run it after restoring a backup.
settings-integrity-checking = Checking…
settings-integrity-check = Check vault integrity
settings-integrity-ok = No problems found.
# $count: how many problems were found (they are listed below).
settings-integrity-problems =
    { $count ->
        [one] { $count } problem found
       *[other] { $count } problems found
    }. Restore the vault from a backup before you change anything.

## What a check of the vault or of a backup found (SQLite's findings, classified by the core)

# $page, $row: numbers in the file; $index: the index's name as the database has it.
settings-integrity-page-mac = Page { $page } does not match its checksum: it was changed on disk or written wrongly.
settings-integrity-page-damaged = Page { $page } is damaged.
settings-integrity-page-never-used = Page { $page } is used by nothing.
settings-integrity-page-used-twice = Page { $page } is used twice.
settings-integrity-row-missing-from-index = Row { $row } is missing from the index { $index }.
settings-integrity-index-entry-count = The index { $index } has a wrong number of entries.
settings-integrity-index-not-unique = The index { $index } has the same entry twice.
# $found: how many pages the list says it holds; $expected: how many it holds.
settings-integrity-freelist-size =
    The list of free pages says it holds { $found ->
        [one] { $found } page
       *[other] { $found } pages
    } but holds { $expected }.
settings-integrity-freelist-damaged = The list of free pages is damaged.
# A collapsed section with the check's own lines, as SQLite wrote them (in English).
settings-integrity-technical = Technical details for support
