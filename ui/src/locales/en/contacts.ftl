# The contacts view: the list, the card, the contact form, search, tags, the card's history.

## The contacts view beside the list (ContactsView)

contacts-view-duplicates-label = Possible duplicates
contacts-view-card-label = Contact card
contacts-view-choose = Choose a contact on the left, or search for anyone with Ctrl+K.
# Shown once, in a new vault with no contacts.
contacts-start-title = Your vault is ready
contacts-start-encrypted = Everything you add stays encrypted in this one file on this computer.
# $new: the name of the "New contact" button, in bold; $import: a button "Import contacts…".
contacts-start-add = Add your first contact with { $new } (Ctrl+N), or bring in an address book — Google Contacts, Outlook, a spreadsheet or a phone’s vCard file: { $import } (Ctrl+I).
# $settings: the name of the Settings section (contacts-start-settings-name), in bold.
contacts-start-settings = In { $settings }, enter your company details and the purposes you keep data for.
contacts-start-settings-name = Settings
contacts-start-chats = Keep chats next to the card: import a WhatsApp export or note a phone call.
# The button (and dialog title) that adds a contact.
contacts-new-contact = New contact
contacts-import-contacts = Import contacts…

## The contact list (ContactList)

contacts-list-label = Contact list
# Before the status filter: "Show [All contacts ▾]".
contacts-list-show = Show
contacts-list-all = All contacts
contacts-list-tag = Tag
contacts-list-tag-title = Only the contacts with this tag
contacts-list-any-tag = Any tag
contacts-list-restricted = Restricted
    .title = Restricted (frozen) contacts are left out of the normal list
# How many restricted contacts the list shows (the "Restricted" box is ticked).
contacts-list-total-restricted = { $count } restricted
contacts-list-none-restricted = No restricted contacts.
# $status: a status's name, e.g. "Customer".
contacts-list-none-restricted-status = No restricted contacts with the status “{ $status }”.
contacts-list-show-all = Show all contacts
contacts-list-none-tag = No contacts with the tag “{ $tag }”.
contacts-list-none-yet = No contacts yet — add the first one (Ctrl+N)
contacts-list-none-yet-hint = Only a name is required; add more only when you need it.
contacts-list-none-status = No contacts with the status “{ $status }”.
# The list box's accessible name.
contacts-list-contacts = Contacts
contacts-list-loading = Loading contacts…
# Tooltip of a row's date.
contacts-list-last-contact = Last contact
# In a row, in place of the date of the last conversation.
contacts-list-no-contact-yet = no contact yet

## The contact card (ContactCard, ContactDetails)

contacts-card-loading = Loading the card…
contacts-card-history = History
contacts-card-access-report = Access report…
contacts-card-lift-restriction = Lift restriction…
contacts-card-restrict = Restrict processing…
contacts-card-erase = Erase…
# $source: where the data came from, e.g. "Third party: Jan Nowak".
contacts-card-source = Source: { $source }
# $date: the date of the last conversation.
contacts-card-last-contact = Last contact: { $date }
contacts-card-last-contact-none = Last contact: none recorded
# $date: the day the card was added.
contacts-card-added = Added { $date }
contacts-card-edit-label = Edit contact
contacts-card-save = Save changes
# Title of the access report dialog; $name: the contact's name.
contacts-card-access-report-title = Access report for { $name }
contacts-details-only-name = Only a name is stored. Add details with Edit when you need them.
# An e-mail address, phone number or address marked as the main one; $kind: e.g. "Work".
contacts-details-primary = { $kind } · primary
# $field: a field's name, e.g. "Phone".
contacts-details-reveal = Reveal
    .aria-label = Reveal { $field }
contacts-details-hide = Hide
    .aria-label = Hide { $field }
contacts-details-sensitive-hint = Sensitive fields are masked. Revealing one is recorded in the audit log, with your name.

## The contact form (ContactFormFields, NewContactDialog, contact-form.ts)

contacts-form-add-email = Add an e-mail address
contacts-form-add-phone = Add a phone number
contacts-form-add-address = Add an address
contacts-form-source-person = The person themself
contacts-form-source-third-party = A third party
contacts-form-source-public = A public source
# A box beside each field; $field: the field's name.
contacts-form-sensitive = Sensitive
    .aria-label = Mark { $field } as sensitive (masked until revealed)
# Under a masked field that cannot be edited.
contacts-form-masked = Masked.
# $reveal: the button "Reveal to edit" (contacts-form-reveal-to-edit).
contacts-form-masked-reveal = Masked. { $reveal } (recorded in the audit log)
contacts-form-reveal-to-edit = Reveal to edit
# $field: e.g. "E-mail"; $n: which of its rows (1, 2…).
contacts-form-point-kind = Kind of { $field } { $n }
# Marks the main e-mail address, phone number or address of several.
contacts-form-primary = Primary
contacts-form-remove = Remove
    .aria-label = Remove { $field } { $n }
contacts-form-status = Status
contacts-form-tags-placeholder = e.g. Trade fair 2026, Newsletter
contacts-form-tags-hint = Separate tags with commas.
contacts-form-source-legend = Where the data came from
contacts-form-which-third-party = Which third party
contacts-form-which-public-source = Which public source
contacts-form-third-party-placeholder = e.g. referral from Anna Kowalska
contacts-form-public-source-placeholder = e.g. company register
contacts-form-source-hint = Needed for privacy notices (Art. 14) and access requests (Art. 15(1)(g)).
contacts-form-error-name = Enter a name: it is the only required field.
contacts-form-error-third-party = Name the third party the data came from.
contacts-form-error-public = Name the public source of the data.
contacts-new-hint = Only the name is required. Store no more than you need (data minimisation).
contacts-new-adding = Adding…
contacts-new-add = Add contact

## The card's corrections (ContactHistory)

contacts-history-title = Corrections
contacts-history-audit-link = Whole audit log of this contact
contacts-history-intro = Who changed which fields, and what they held before. Sensitive values stay masked.
contacts-history-none = No changes since the card was added.
# An entry: $when is its date and time (in bold), $operator who made it.
contacts-history-entry = { $when } · { $operator }
# $fields: the fields' names, e.g. "E-mail, ID number".
contacts-history-changed = { $when } · { $operator } changed { $fields }
# $card: the card merged into this one, e.g. "#12 (Anna Nowak)".
contacts-history-merged = { $when } · { $operator } merged { $card } into this card
contacts-history-merged-taking = { $when } · { $operator } merged { $card } into this card, taking { $fields }
# The value a field held before the change; $field: its name.
contacts-history-before = { $field } before
contacts-history-masked = (sensitive, masked)

## Picking a contact (ContactPicker)

# $label: what is picked, e.g. "Contact"; $name: the contact's name, in bold; $id: its number.
contacts-picker-chosen = { $label }: { $name } (#{ $id })
contacts-picker-change = Change
contacts-picker-placeholder = Type a name, e-mail or phone
contacts-picker-matches = Matching contacts
contacts-picker-none = No contact matches “{ $query }”.

## The Import/Export menu (ContactsMenu)

contacts-menu-button = Import/Export
    .title = Import and export contacts
contacts-menu-label = Import and export
contacts-menu-export = Export contacts…
contacts-menu-undo = Undo an import…
# The keyboard shortcut shown beside "Import contacts…".
contacts-menu-import-keys = Ctrl+I

## Tags on the card (QuickTags)

contacts-tags-remove = Remove the tag
    .aria-label = Remove the tag { $tag }
contacts-tags-new-label = New tags, separated by commas
contacts-tags-placeholder = Tag, another tag
contacts-tags-add = Add
# Opens the field to add tags.
contacts-tags-add-button = + Tag

## Search (SearchBox)

contacts-search-label = Search contacts and conversations
# Two spaces before the shortcut.
contacts-search-placeholder = Search contacts and conversations  Ctrl+K
contacts-search-none = No results for “{ $query }”. Try the start of a word, or fewer words.
contacts-search-searching = Searching…
contacts-search-results = Search results
# In place of the snippet when the words matched a sensitive (masked) field.
contacts-search-masked-match = match in a masked field

# The name an erased card is shown by (the vault keeps "Erased contact #id" in English); $id: its number.
contacts-erased-name = Erased contact #{ $id }
