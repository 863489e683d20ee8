# Consents and objections on a contact's card, the purposes in Settings (list and form), and
# who may be contacted for a purpose (the audience list and its CSV export).

## A consent's state (the core's codes) and the events of its history

consent-state-never-given = Never given
consent-state-given = Given
consent-state-confirmed = Confirmed
consent-state-withdrawn = Withdrawn
consent-state-expired = Expired
# A consent given for a purpose with double opt-in, not confirmed yet.
consent-state-given-awaiting = Given, awaiting confirmation
consent-event-given = Given
consent-event-confirmed = Confirmed
consent-event-withdrawn = Withdrawn
consent-event-expired = Expired

## How the person gave, confirmed or withdrew consent, or objected

consent-method-web-form = Web form
consent-method-email = E-mail
consent-method-phone = Phone
consent-method-in-person = In person
consent-method-chat = Chat
consent-method-paper = Paper

## The card's consents section

consents-title = Consents and permissions
consents-loading = Loading consents…
consents-no-purposes = No purposes yet. Add the reasons you keep contact data in Settings → Purposes; consents are recorded here against them.
# Bold, before the core's reason: "May contact — Anna has confirmed consent for 'Newsletter'".
consents-may-contact = May contact
consents-may-not-contact = May not contact
# $date: when the person objected; $method: how ("E-mail"); $who: the user who recorded it.
consents-objected = Objected on { $date } ({ $method }), recorded by { $who }.
# The same with $ref, the reference of the evidence (a message id, a form number).
consents-objected-ref = Objected on { $date } ({ $method }, ref. { $ref }), recorded by { $who }.
consents-give = Give consent…
consents-give-again = Give again…
consents-confirm = Confirm…
consents-withdraw = Withdraw
consents-withdrawing = Withdrawing…
consents-object = Object…
# The list beside Withdraw: how the person withdrew. $name: the contact; $purpose: the purpose's name.
consents-withdraw-method = How { $name } withdrew consent for { $purpose }
consents-history-show = History ({ $count })
consents-history-hide = Hide history
consents-history-caption = Consent history for { $purpose }
consents-history-when = When
consents-history-event = Event
consents-history-method = Method
consents-history-wording = Wording
consents-history-evidence = Evidence
consents-history-recorded-by = Recorded by
# $who: the user who recorded the event; $when: the date and time it was recorded.
consents-history-recorded = { $who }, { $when }
# The version of the consent wording the person saw.
consents-version = Version { $version }
# Read out after an action. $name: the purpose (on a card) or the person (in the audience list).
consents-done-give = { $name }: consent recorded.
consents-done-confirm = { $name }: confirmation recorded.
consents-done-withdraw = { $name }: consent withdrawn.
consents-done-object = { $name }: objection recorded.

## The form that records a consent, its confirmation or an objection

consent-form-title-give = Record consent
consent-form-title-confirm = Record the confirmation
consent-form-title-object = Record an objection
consent-form-submit-give = Record consent
consent-form-submit-confirm = Record confirmation
consent-form-submit-object = Record objection
consent-form-recording = Recording…
# $name: the contact; $purpose: the purpose's name. Art. 21: the right to object.
consent-form-object-hint = { $name } objects to “{ $purpose }” (Art. 21 { -gdpr }). From then on it may not be used for them, whatever its legal basis.
consent-form-confirm-hint = Double opt-in: when and how { $name } confirmed, e.g. the link in the e-mail was clicked.
# The label of the list of methods (e-mail, phone…).
consent-form-method = How
consent-form-when = When
consent-form-confirmed-at = Confirmed at
# Beside "When": an empty field records the present moment.
consent-form-when-hint = (empty for now)
consent-form-evidence-ref = Evidence reference
consent-form-confirmation-ref = Confirmation reference
consent-form-evidence-placeholder = Form id, e-mail message id, scanned paper…
consent-form-wording = Wording shown
# A version of the consent wording in the list; $date: when that version was written.
consent-form-version-dated = Version { $version } — { $date }
consent-form-version-current-dated = Version { $version } (current) — { $date }
consent-form-version-current = Version { $version } (current)
consent-form-versions-error = Older versions could not be loaded: { $error }
consent-form-error-time = Give the time as a date and time, or leave it empty for now.

## Settings → Purposes

purposes-title = Purposes
purposes-add = Add purpose
purposes-intro = Why you keep personal data, and on which legal basis. Privacy notices, access reports and the record of processing are all written from this list.
purposes-empty = No purposes yet. Add the reasons you keep contact data — for example “Answering enquiries” (contract) or “Newsletter” (consent).
purposes-loading = Loading purposes…
purposes-audience = Who may be contacted
purposes-audience-for = Who may be contacted for { $purpose }
purposes-edit-named = Edit { $purpose }

## The purpose form

purpose-form-title-new = New purpose
purpose-form-title-edit = Edit “{ $purpose }”
purpose-form-name = Name
purpose-form-name-placeholder = e.g. Answering enquiries
purpose-form-basis = Legal basis
purpose-form-description = Description
purpose-form-interest = Legitimate interest pursued
purpose-form-interest-hint = Required for Art. 6(1)(f): say what the interest is, e.g. “following up on quotes we sent”.
purpose-form-wording = Consent wording
purpose-form-wording-hint = The exact text people agree to. Editing it creates a new version; consents already given keep the version the person saw.
# In bold after the hint, once the wording was changed.
purpose-form-wording-new-version = Saving will create a new version.
purpose-form-double-opt-in = Double opt-in: consent counts only once the person confirms it
purpose-form-subjects = Categories of data subjects
purpose-form-subjects-hint = Whom the data is about, one per line, e.g. “customers”, “job applicants”. The record of processing lists them.
purpose-form-categories = Categories of data
purpose-form-categories-hint = One per line, e.g. “contact details”.
purpose-form-retention = How long the data is kept
purpose-form-retention-hint = A period or the criteria, e.g. “2 years after the last contact”.
purpose-form-requirement = Must the person provide the data?
purpose-form-requirement-voluntary = No, it is voluntary
purpose-form-requirement-statutory = Yes, required by law
purpose-form-requirement-contractual = Yes, required by a contract
purpose-form-consequence = What happens if they do not
purpose-form-automated = Automated decisions or profiling take place
purpose-form-automated-logic = The logic involved, and what it means for the person
purpose-form-recipients = Recipients and processors
purpose-form-recipients-none = None. Add the tools and firms that receive this data, e.g. your e-mail provider.
purpose-form-recipient-name = Name
purpose-form-recipient-role = Role
purpose-form-recipient-country = Country
# An example two-letter country code (ISO 3166), the firm's own country.
purpose-form-recipient-country-placeholder = PL
purpose-form-recipient-safeguard = Transfer safeguard
purpose-form-recipient-safeguard-detail = Safeguard details
purpose-form-recipient-safeguard-placeholder = e.g. the adequacy decision or the SCC version
purpose-form-recipient-remove = Remove
# $number: the recipient's place in the form, from 1.
purpose-form-recipient-remove-named = Remove recipient { $number }
purpose-form-recipient-add = Add recipient
purpose-form-save = Save purpose
purpose-form-error-automated = Describe the automated decisions or profiling, with the logic involved.
# A problem the core found in the form: $field names the field, $problem is the core's text.
purpose-problem = { $field }: { $problem }.
purpose-problem-recipient = Recipient { $number }
purpose-problem-field-name = Name
purpose-problem-field-description = Description
purpose-problem-field-legitimate-interest = Legitimate interest
purpose-problem-field-consent-wording = Consent wording
purpose-problem-field-requirement = If the person does not provide the data

## Who may be contacted for a purpose

consents-audience-title = Who may be contacted for “{ $purpose }”
consents-audience-total =
    { $count ->
        [one] { $count } person
       *[other] { $count } people
    }
consents-audience-hint-confirmed = Everyone whose { -consent } is confirmed (double opt-in). Restricted and erased people, and those who objected, are never listed.
consents-audience-hint-consent = Everyone whose { -consent } is in force. Restricted and erased people, and those who objected, are never listed.
consents-audience-hint-other = Everyone on the card list: this purpose does not rely on { -consent }. Restricted and erased people, and those who objected, are never listed.
# The label of the list of methods a withdrawal (or objection) from this list is recorded with.
consents-audience-method-withdrawals = Withdrawals recorded as
consents-audience-method-objections = Objections recorded as
consents-audience-export = Export CSV…
consents-audience-export-form = Export to CSV
consents-audience-export-path = Save as
consents-audience-export-hint = A CSV file (UTF-8, comma-separated) with name, e-mail, phone, basis and consent. An existing file is never overwritten.
consents-audience-export-no-path = Choose where to save the CSV file.
consents-audience-export-submit = Export
consents-audience-exporting = Exporting…
# $path: the file written.
consents-audience-exported =
    { $count ->
        [one] Wrote { $count } person to { $path }.
       *[other] Wrote { $count } people to { $path }.
    }
# The suggested file name (without ".csv"): lower case, no spaces. $purpose: the purpose's name; $date: 2026-01-31.
consents-audience-file = { $purpose }-audience-{ $date }
# The file name's first part when the purpose's name has no letters to use.
consents-audience-file-fallback = purpose
consents-audience-empty = Nobody may be contacted for “{ $purpose }” at the moment.
consents-audience-list = People who may be contacted
consents-audience-open-card = Open the card
consents-audience-no-reach = no e-mail or phone
# $state: the consent's state ("Confirmed"); $date: since when.
consents-audience-since = { $state } since { $date }
consents-audience-withdraw-named = Withdraw consent of { $name }
consents-audience-object-named = Record objection of { $name }
# The button that records an objection for a person on the list.
consents-audience-objected = Objected
