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
basis-a = Art. 6(1)(a) GDPR – consent
basis-b = Art. 6(1)(b) GDPR – performance of a contract
basis-c = Art. 6(1)(c) GDPR – legal obligation
basis-d = Art. 6(1)(d) GDPR – vital interests
basis-e = Art. 6(1)(e) GDPR – task in the public interest
basis-f = Art. 6(1)(f) GDPR – legitimate interests
legitimate-interest = Legitimate interest: { $interest }

## Contact statuses, as groups of people
status-lead = Leads (prospective customers)
status-customer = Customers
status-former_customer = Former customers
status-supplier_partner = Suppliers and partners
status-other = Other contacts

## Recipient roles
role-processor = processor
role-controller = controller
role-joint_controller = joint controller
role-recipient = recipient

## Transfer safeguards
safeguard-eu_eea = within the EU/EEA
safeguard-adequacy = adequacy decision (Art. 45 GDPR)
safeguard-standard_contractual_clauses = standard contractual clauses (Art. 46(2)(c) GDPR)
safeguard-other = other safeguard (Art. 46 GDPR)

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
record-subtitle = Kept by the controller under Art. 30(1) GDPR. Status as of { $date }.
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
col-data = Categories of personal data
col-recipients = Recipients (incl. third countries)
col-transfers = Transfers to third countries and safeguards
col-erasure = Time limits for erasure
subjects-all = All contacts: leads, customers, former customers, suppliers and partners
recipients-none = No recipients outside the controller
transfers-none = None: the data stays within the EU/EEA
recipient-line = { $name } ({ $role }, { $country })
transfer-line = { $name } ({ $country }): { $safeguard }
record-retention = General retention rules
record-retention-intro = Contacts are checked against these rules. Nothing is deleted without the user's confirmation, and every deletion is recorded in the audit log.
retention-none = No general retention rules are set.
record-security = Technical and organisational security measures (Art. 32 GDPR)
security-encryption = Encryption at rest: all data is held in a single database file encrypted with SQLCipher (AES-256); without the passphrase the file cannot be read.
security-access = Access control: the file opens only with the passphrase (at least { $min } characters), which is never stored; the application locks itself after a set time without use.
security-audit = Accountability: every change and every export is recorded with the operator's name and the time in a hash-chained audit log whose integrity can be verified.
security-deletion = Secure deletion: deleted and erased data is overwritten in the database file, its write-ahead log and its search index.
security-local = Storage: the data stays on the controller's own computer and is not sent to any cloud service; backups are encrypted in the same way.
record-generated = Generated with Custos from the purpose catalogue and the company profile on { $date }.
