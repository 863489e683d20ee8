# Custos documents — English.
# Every message exists in every language (a test checks it). Arguments: $name style.

## Dates: day, month name (as used inside a date), year.
date = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Page furniture
page-x-of-y = Page { $page } of { $pages }

## Legal bases, GDPR Art. 6(1)
basis-a = Art. 6(1)(a) { -gdpr } – { -consent }
basis-b = Art. 6(1)(b) { -gdpr } – performance of a contract
basis-c = Art. 6(1)(c) { -gdpr } – legal obligation
basis-d = Art. 6(1)(d) { -gdpr } – vital interests
basis-e = Art. 6(1)(e) { -gdpr } – task in the public interest
basis-f = Art. 6(1)(f) { -gdpr } – { -legitimate-interests }
legitimate-interest = Legitimate interest: { $interest }

## Contact statuses, as groups of people
status-lead = Leads (prospective customers)
status-customer = Customers
status-former_customer = Former customers
status-supplier_partner = Suppliers and partners
status-other = Other contacts

## Recipient roles
role-processor = { -processor }
role-controller = { -controller }
role-joint_controller = { -joint-controller }
role-recipient = { -recipient }

## Transfer safeguards
safeguard-eu_eea = within the EU/EEA
safeguard-adequacy = adequacy decision (Art. 45 { -gdpr })
safeguard-standard_contractual_clauses = standard contractual clauses (Art. 46(2)(c) { -gdpr })
safeguard-other = other safeguard (Art. 46 { -gdpr })

## Periods
period-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
period-months = { $n ->
    [one] { $n } month
   *[other] { $n } months
}
period-years = { $n ->
    [one] { $n } year
   *[other] { $n } years
}

## Retention rules
retention-delete_transcripts = { $status }: chat transcripts deleted { $period } after the last contact
retention-erase = { $status }: contact data erased { $period } after the last contact
retention-for-purpose = (required for “{ $purpose }”)

## Record of processing activities (Art. 30(1) GDPR)
record-title = Record of processing activities
record-subtitle = Kept by the { -controller } under Art. 30(1) { -gdpr }. Status as of { $date }.
record-controller = Controller
field-controller-name = Name
field-address = Address
field-email = E-mail
field-phone = Phone
field-country = Country
field-dpo = Data protection officer
dpo-none = None appointed
field-authority = Supervisory authority
field-joint-controllers = Joint controllers
record-activities = Processing activities
col-number = No.
col-purpose = Purpose of processing
col-basis = Legal basis
col-subjects = Categories of data subjects
col-data = Categories of { -personal-data }
col-recipients = Recipients (incl. third countries)
col-transfers = Transfers to third countries and safeguards
col-erasure = Time limits for { -erasure }
recipients-none = No recipients outside the { -controller }
transfers-none = None: the data stays within the EU/EEA
recipient-line = { $name } ({ $role }, { $country })
transfer-line = { $name } ({ $country }): { $safeguard }
record-retention = General retention rules
record-retention-intro = Contacts are checked against these rules. Nothing is deleted without the user's confirmation, and every deletion is recorded in the audit log.
retention-none = No general retention rules are set.
record-security = Technical and organisational security measures (Art. 32 { -gdpr })
security-encryption = Encryption at rest: all data is held in a single database file encrypted with SQLCipher (AES-256); without the passphrase the file cannot be read.
security-access = Access control: the file opens only with the passphrase (at least { $min } characters), which is never stored; the application locks itself after a set time without use.
security-audit = Accountability: every change and every export is recorded with the operator's name and the time in a hash-chained audit log whose integrity can be verified.
security-deletion = Secure deletion: deleted and erased data is overwritten in the database file, its write-ahead log and its search index.
security-local = Storage: the data stays on the { -controller }'s own computer and is not sent to any cloud service; backups are encrypted in the same way.
record-generated = Generated with Custos from the purpose catalogue and the company profile on { $date }.

## Privacy notice (Art. 13 and 14 GDPR)
notice-title = Privacy notice
notice-subtitle-13 = Information under Art. 13 { -gdpr } on how we process your { -personal-data }. Status as of { $date }.
notice-subtitle-14 = Information under Art. 14 { -gdpr } on { -personal-data } about you that we did not obtain from you. Status as of { $date }.
notice-controller = Who is responsible for your data
notice-controller-text = The { -controller } of your { -personal-data } is { $name }.
notice-contact = You can reach us at: { $contact }.
notice-dpo = Our { -dpo }: { $dpo }.
notice-no-dpo = We have not appointed a { -dpo }; please write to us directly.
notice-purposes = Why we process your data, and on what basis
field-purpose = Purpose
field-basis = Legal basis
field-data = Categories of data
field-recipients = Recipients
field-transfers = Transfers outside the EU/EEA
field-retention = How long we keep it
field-requirement = Must you provide it?
field-automated = Automated decisions
requirement-voluntary = Providing the data is voluntary.
requirement-statutory = Providing the data is a statutory requirement. If you do not provide it: { $consequence }
requirement-contractual = Providing the data is a contractual requirement or necessary to enter into a contract. If you do not provide it: { $consequence }
automated-none = We make no automated decisions and do no profiling.
notice-source = Where your data comes from
source-third_party = We received your data from { $source }.
source-public = We obtained your data from a publicly accessible source: { $source }.
notice-rights = Your rights
right-access = Access (Art. 15 { -gdpr }): you may ask whether we process your data and receive a copy of it.
right-rectification = Rectification (Art. 16 { -gdpr }): you may have inaccurate data corrected and incomplete data completed.
right-erasure = Erasure (Art. 17 { -gdpr }): you may ask us to erase your data unless we are obliged to keep it.
right-restriction = Restriction (Art. 18 { -gdpr }): you may ask us to restrict the processing, for example while the accuracy of the data is checked.
right-portability = Portability (Art. 20 { -gdpr }): you may receive the data you provided in a machine-readable format, or have it sent to another { -controller }.
right-objection = Objection (Art. 21 { -gdpr }): you may object at any time to processing based on { -legitimate-interests }, and always to direct marketing.
right-withdraw = Withdrawal of { -consent } (Art. 7(3) { -gdpr }): where we rely on your { -consent }, you may withdraw it at any time; this does not affect the lawfulness of the processing before the withdrawal.
notice-rights-how = To exercise a right, contact us using the details above. We answer within one month.
notice-complaint = Right to lodge a complaint
notice-complaint-text = You have the right to lodge a complaint with a { -supervisory-authority }: { $authority }.
notice-generated = Generated with Custos from the purpose catalogue and the company profile on { $date }.

## Subject-access report (Art. 15 GDPR) and its export (Art. 20 GDPR)
access-title = Access report: your { -personal-data }
access-subtitle = Our answer under Art. 15 { -gdpr } to { $name }. Status as of { $date }.
access-confirmation = We confirm that { $controller } processes { -personal-data } about you. This report is a copy of all the { -personal-data } we hold about you, followed by how and why we process it.
access-card = Your contact card
field-display-name = Name
field-organisation = Organisation
field-id-number = Identification number
field-status = Relationship
field-source = Source of the data
field-created = Recorded since
field-last-contact = Last contact
field-restricted = Processing restricted
restricted-since = since { $date }: { $reason }
value-none = –
field-given-name = Given name
field-family-name = Family name
field-job-title = Job title
field-tags = Tags
# A contact point with its label, e.g. "anna@nowak.pl (work)".
point-with-label = { $value } ({ $label })
point-label-work = work
point-label-home = home
point-label-mobile = mobile
point-label-other = other
contact-status-lead = Prospective customer
contact-status-customer = Customer
contact-status-former_customer = Former customer
contact-status-supplier_partner = Supplier or partner
contact-status-other = Other
source-person = We obtained the data from you.
# A card an import of conversations created: $channel is email, chat, phone, meeting or other; $date the day.
source-person-via = We obtained the data from you: { $channel ->
    [email] your e-mail
    [chat] your chat message
    [phone] your phone call
   *[other] your message
} received on { $date }.
access-notes = Notes about you
notes-none = We hold no notes about you.
access-consents = Your consents and their history
consents-none = You have not given us any { -consent }.
consent-current = Current state: { $state }
consent-state-never_given = never given
consent-state-given = given
consent-state-confirmed = given and confirmed
consent-state-withdrawn = withdrawn
consent-state-expired = expired
consent-event-given = Given
consent-event-confirmed = Confirmed
consent-event-withdrawn = Withdrawn
consent-event-expired = Expired
method-web_form = web form
method-email = e-mail
method-phone = phone
method-in_person = in person
method-chat = chat
method-paper = paper
method-system = system
col-date = Date
col-event = Event
col-method = How
col-wording = Wording you were shown
col-evidence = Evidence
wording-version = Version { $version }: { $text }
access-conversations = Conversations with you
conversations-none = We hold no conversations with you.
access-redaction-note = Names and contact details of other people have been removed from this report to protect their rights (Art. 15(4) { -gdpr }).
conversation-heading = { $channel }, { $date } ({ $count ->
    [one] { $count } message
   *[other] { $count } messages
})
conversation-ref = Reference: { $ref }
# An e-mail thread's subject or a chat's name.
conversation-title = Subject: { $title }
# The other people an e-mail was sent to (To, Cc), before its text.
message-to = To: { $names }
channel-chat = Chat
channel-email = E-mail
channel-phone = Phone call
channel-meeting = Meeting
channel-other = Conversation
col-time = Time (UTC)
col-sender = From
col-text = Message
sender-you = You
access-requests = Your requests to us
requests-none = You have made no requests to us.
col-received = Received
col-request = Request
col-details = Details
col-status = Status
col-due = Due by
request-kind-access = Access (Art. 15)
request-kind-rectification = Rectification (Art. 16)
request-kind-erasure = Erasure (Art. 17)
request-kind-restriction = Restriction (Art. 18)
request-kind-portability = Portability (Art. 20)
request-kind-objection = Objection (Art. 21)
request-kind-automated_decisions = Automated decisions (Art. 22)
request-kind-consent_withdrawal = Withdrawal of { -consent } (Art. 7(3))
request-status-received = received
request-status-identity_pending = awaiting proof of identity
request-status-in_progress = in progress
request-status-extended = extended
request-status-done = done
request-status-refused = refused
access-backups-note = Encrypted backups of our records also hold these data. Erasure cannot reach into a backup already made: data erased today remain in our backups until { $date } at the latest, when the last of them is deleted.
access-export-note = A machine-readable copy of the same data (JSON and CSV files) is provided alongside this report (Art. 20 { -gdpr }).
access-generated = Generated with Custos from our records on { $date }.
redact-party = third party
redact-removed = removed

## Letters about a data subject's request (Art. 12 GDPR)
letter-title-acknowledgement = Confirmation that we received your request
letter-title-extension = More time to answer your request
letter-title-completion = Our answer to your request
letter-title-refusal = Our decision on your request
letter-reference = Request #{ $id } of { $date }
field-our-reference = Our reference
field-request-type = Type of request
field-due-by = Answer due by
letter-kind-access = Access to your { -personal-data } (Art. 15 { -gdpr })
letter-kind-rectification = Rectification of your { -personal-data } (Art. 16 { -gdpr })
letter-kind-erasure = Erasure of your { -personal-data } (Art. 17 { -gdpr })
letter-kind-restriction = Restriction of processing (Art. 18 { -gdpr })
letter-kind-portability = Data portability (Art. 20 { -gdpr })
letter-kind-objection = Objection to processing (Art. 21 { -gdpr })
letter-kind-automated_decisions = Not to be subject to a decision based solely on automated processing (Art. 22 { -gdpr })
letter-kind-consent_withdrawal = Withdrawal of { -consent } (Art. 7(3) { -gdpr })
letter-salutation = Dear { $name },
letter-salutation-unnamed = Dear Sir or Madam,
letter-ack-received = Thank you for your request, which we received on { $date }. We have registered it and are dealing with it.
letter-asked = You asked: { $details }
letter-ack-due = We will answer by { $due } at the latest (Art. 12(3) { -gdpr }).
letter-ack-identity = To make sure that we disclose { -personal-data } only to the person it concerns, we may ask you for proof of your identity before we act on your request (Art. 12(6) { -gdpr }).
letter-ext-intro = We received your request on { $date }. Answering it needs more time than the one month the { -gdpr } normally allows.
letter-reasons = Our reasons:
letter-ext-due = Under Art. 12(3) { -gdpr } we therefore extend the time to answer by two further months. We will answer by { $due } at the latest, instead of { $original }.
letter-done-intro = We have dealt with your request, which we received on { $date }.
letter-done-actions = What we did:
letter-done-action = { $date }: { $action }
letter-done-report = copy of the { -personal-data } we hold about you prepared (Art. 15 { -gdpr })
letter-done-export = your { -personal-data } provided in a structured, commonly used and machine-readable format (Art. 20 { -gdpr })
letter-done-no-data = We searched our records for { -personal-data } about you and found none: we hold no { -personal-data } about you.
letter-done-enclosed = Enclosed: the report on the { -personal-data } we hold about you (Art. 15 { -gdpr }).
letter-refusal-intro = We received your request on { $date }. Having examined it, we will not act on it.
letter-refusal-rights = Under Art. 12(4) { -gdpr } we inform you that you have:
letter-refusal-complaint = the right to lodge a complaint with the { -supervisory-authority }: { $authority };
letter-refusal-court = the right to seek a judicial remedy before a court.
letter-contact = If you have any questions, you can reach us at: { $contact }.
letter-closing = Yours sincerely,

## Recovery kit of a vault: one page kept offline, the way back in when every passphrase is forgotten
# The vault's name, its id, the day and the person are shown as fields after these labels; the
# code is printed on its own line under recovery-kit-code.
recovery-kit-title = Recovery kit for your Custos vault
recovery-kit-intro = With this sheet, an owner of the vault below can get back into it and set a new passphrase if every passphrase has been forgotten.
recovery-kit-vault-name = Vault
recovery-kit-vault-id = Vault ID
recovery-kit-made-on = Made on
recovery-kit-made-by = Made by
recovery-kit-code = Recovery code
recovery-kit-code-typing = Capital and small letters are the same; O and 0 are read alike, as are I, L and 1; the hyphens may be left out.
recovery-kit-keep = Keep this sheet safe
recovery-kit-keep-offline = Keep it somewhere safe and offline, for example in a locked drawer or a safe. Do not photograph or scan it, and do not store it on a computer or online.
recovery-kit-keep-anyone = Anyone who holds this sheet and a copy of the vault file can open the vault.
recovery-kit-use = How to use it
recovery-kit-use-app = In the Custos app: on the unlock screen, choose “I forgot my passphrase” and type the code.
# $command: the command as typed (custos vault recover), the same in every language.
recovery-kit-use-cli = On the command line: { $command }
recovery-kit-use-check = A mistyped character is caught by the check characters: Custos then asks you to check the code.
recovery-kit-use-after = After using it, set a new passphrase and print a new recovery kit.
recovery-kit-replaced = Printing a new kit makes this one stop working: then destroy this sheet.
recovery-kit-nobody = Without a passphrase and without this kit, nobody — not even the makers of Custos — can open the vault.
