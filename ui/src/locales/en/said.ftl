## Sentences the core sends by code beside their English (a `Said`): message
## said-<domain>-<code>, the domains and codes generated into lib/words.ts (SAID_CODES).
## Dates arrive already formatted; codes ($basis, $state, $format, $delimiter) select words.

# A problem with a purpose as entered, after its field: $problem is the whole sentence
# ("Name: a purpose needs a name…"), worded as the error saving would give.
said-purpose-problem = { $problem }.

## Why a contact may or may not be contacted for a purpose (on the contact's card, after
## "May contact —" / "May not contact —"). $name: the contact; $purpose: the purpose's name.

# $contact: the contact's number; $date: the day of the erasure.
said-permission-erased = contact { $contact } was erased on { $date }
# $since: the day the restriction began; $reason: the reason the user gave.
said-permission-restricted = { $name } is restricted since { $since } ({ $reason }): no processing but storage
said-permission-objected = { $name } objected to '{ $purpose }' on { $date }
# $basis: the purpose's legal basis (a letter of Art. 6(1)).
said-permission-not-consent = '{ $purpose }' relies on { $basis ->
        [b] Art. 6(1)(b) contract
        [c] Art. 6(1)(c) legal obligation
        [d] Art. 6(1)(d) vital interests
        [e] Art. 6(1)(e) public task
        [f] Art. 6(1)(f) legitimate interests
       *[a] Art. 6(1)(a) consent
    }
# $state: the consent's state.
said-permission-consent = { $name } has { $state ->
        [never_given] never given
        [given] given
        [confirmed] confirmed
        [withdrawn] withdrawn
       *[expired] expired
    } consent for '{ $purpose }'
said-permission-awaits-confirmation = { $name }'s consent for '{ $purpose }' awaits confirmation (double opt-in)

## What an address-book file is (the import's first steps) and the source its cards record.

# $cards: how many contacts the vCard file holds.
said-file-vcard-file = vCard file with { $cards ->
        [one] { $cards } card
       *[other] { $cards } cards
    }
# $format: the export (csv: any other CSV); $encoding: e.g. UTF-8; $delimiter: the separator.
said-file-csv-file = { $format ->
        [google] Google Contacts CSV
        [google_old] Google Contacts (older layout) CSV
        [outlook] Outlook CSV
       *[csv] CSV
    } in { $encoding }, fields separated by { $delimiter ->
        [semicolon] semicolons
        [tab] tabs
       *[comma] commas
    }
# The name of the source the imported cards record (the user may change it); $day: the day
# of the import, as 2026-12-07.
said-file-export-of = { $format ->
        [vcard] vCard
        [google] Google Contacts
        [google_old] Google Contacts (older layout)
        [outlook] Outlook
       *[csv] CSV
    } export of { $day }

## A row of an address book: why it cannot be imported, what was left out, why it was not
## merged (after "line 4").

said-row-no-name = no name, organisation or e-mail address to show this contact by
said-row-vcard-no-name = no name: the vCard has no FN, N, ORG or EMAIL to name the contact by
said-row-vcard-group = a group of contacts (KIND:group), not a person or an organisation
# $name: what the row gives as the name.
said-row-not-a-name = "{ $name }" cannot name a card: a name needs at least one letter or digit
# $reason: the core's English words (a fault that should not happen).
said-row-card-refused = { $reason }
said-row-email-left-out = '{ $value }' is not an e-mail address (no @): left out
said-row-phone-left-out = '{ $value }' has no digits: left out
# $max: the longest a tag may be, in characters.
said-row-tag-left-out = '{ $tag }' is longer than { $max } characters: left out
said-row-left-out = { $reason }: left out
# $card: the number of the card the row matched; $id: the erased contact's number.
said-row-not-merged-erased = not merged into card #{ $card }: Contact { $id } was erased on { $date }: nothing about them can be recorded or changed.
said-row-not-merged-restricted = not merged into card #{ $card }: { $name } is restricted (frozen) since { $since }: "{ $reason }". Their data can be read but not changed. Lift the restriction, with a reason, when processing may resume.
said-row-not-merged = not merged into card #{ $card }: { $reason }

## What a document lacks (listed after "Fill in:", joined by "; "). $purpose: a purpose's
## name; $recipient: a recipient's name.

said-missing-company-profile = the company profile (the controller's name and contact details)
said-missing-controller-name = the controller's legal name (company profile)
said-missing-controller-address = the controller's postal address (company profile)
said-missing-controller-contact = an e-mail address or phone number for the controller (company profile)
said-missing-dpo-contact = how to reach the data protection officer (company profile)
said-missing-supervisory-authority = the supervisory authority people may complain to (company profile)
said-missing-supervisory-authority-contact = the supervisory authority's contact details (company profile)
said-missing-purposes = at least one purpose in the purpose catalogue
said-missing-data-source = the source the data came from (the third party or public source, by name)
said-missing-purpose-description = a description of purpose '{ $purpose }'
said-missing-purpose-data-categories = the categories of personal data used for purpose '{ $purpose }'
said-missing-purpose-data-subjects = the categories of data subjects of purpose '{ $purpose }' (whom the data is about, e.g. customers, job applicants)
said-missing-purpose-retention = a retention period for purpose '{ $purpose }' (on the purpose, or a retention rule naming it)
said-missing-purpose-legitimate-interest = the legitimate interest pursued by purpose '{ $purpose }' (Art. 6(1)(f))
said-missing-transfer-safeguard = the transfer safeguard for recipient '{ $recipient }' of purpose '{ $purpose }' (outside the EU/EEA)
