# Words for the domain's values: statuses, fields, labels, channels, legal bases, roles.
# Ids are the value's code with "_" as "-" (`labels()` in i18n.svelte.ts).


status-lead = Lead
status-customer = Customer
status-former-customer = Former customer
status-supplier-partner = Supplier/partner
status-other = Other
field-display-name = Name
field-given-name = Given name
field-family-name = Family name
field-email = E-mail
field-phone = Phone
field-organisation = Organisation
field-job-title = Job title
field-address = Address
field-id-number = ID number
field-tags = Tags
field-notes = Notes
point-work = Work
point-home = Home
point-mobile = Mobile
point-other = Other
channel-chat = Chat
channel-email = E-mail
channel-phone = Phone call
channel-meeting = Meeting
channel-other = Other
origin-manual = entered by hand
origin-whatsapp = imported from WhatsApp
origin-json = imported from a transcript
origin-email = imported from e-mail
origin-telegram = imported from Telegram
origin-messenger = imported from Messenger
origin-web-chat = imported from a website chat
basis-a = Art. 6(1)(a) { -gdpr } – { -consent }
basis-b = Art. 6(1)(b) { -gdpr } – performance of a contract
basis-c = Art. 6(1)(c) { -gdpr } – legal obligation
basis-d = Art. 6(1)(d) { -gdpr } – vital interests
basis-e = Art. 6(1)(e) { -gdpr } – task in the public interest
basis-f = Art. 6(1)(f) { -gdpr } – { -legitimate-interests }
role-processor = Processor
role-controller = Controller
role-joint-controller = Joint controller
role-recipient = Recipient
safeguard-eu-eea = EU/EEA (no transfer)
safeguard-adequacy = Adequacy decision
safeguard-standard-contractual-clauses = Standard contractual clauses
safeguard-other = Other safeguard
source-person = The person
# A card an import of conversations created: the message the person gave their data in ($channel: email, chat, phone, meeting, other; $date: the day, formatted).
source-person-via = The person ({ $channel ->
    [email] e-mail
    [chat] chat message
    [phone] phone call
   *[other] message
} of { $date })
source-third-party-named = Third party: { $name }
source-public-named = Public source: { $name }
sender-staff = { $name } (staff)
hit-in-chat = Chat · { $date }

# The core's words for its codes (src-tauri/src/words.rs checks English says what describe() says).
word-consent-state-never-given = never given
word-consent-state-given = given
word-consent-state-confirmed = confirmed
word-consent-state-withdrawn = withdrawn
word-consent-state-expired = expired
word-retention-action-delete-transcripts = delete transcripts
word-retention-action-erase = erase
word-data-source-person = the person
word-data-source-third-party = third party
word-data-source-public = public source
word-matched-by-email = the same e-mail address
word-matched-by-phone = the same phone number
word-matched-by-name = the same name at the same organisation
word-job-record = Record of processing activities (Art. 30)
word-job-notice = Privacy notice (PDF)
word-job-notice-html = Privacy notice as a web page
word-job-access-report = Access report (Art. 15)
word-job-access-export = Portable export (Art. 20)
word-job-request-letter = Letter to the requester
