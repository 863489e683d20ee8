# Requests from data subjects: the Requests screen, a request's detail, the "Log a request"
# dialog, the letters to the requester, and the working-day texts of Settings.

## Types of request, each with the article of the GDPR that gives the right

requests-kind-access = Access
requests-kind-rectification = Rectification
requests-kind-erasure = Erasure
requests-kind-restriction = Restriction
requests-kind-portability = Portability
requests-kind-objection = Objection
requests-kind-automated-decisions = Automated decisions
requests-kind-consent-withdrawal = Consent withdrawal
requests-article-access = Art. 15
requests-article-rectification = Art. 16
requests-article-erasure = Art. 17
requests-article-restriction = Art. 18
requests-article-portability = Art. 20
requests-article-objection = Art. 21
requests-article-automated-decisions = Art. 22
requests-article-consent-withdrawal = Art. 7(3)
# A type of request with its article: "Erasure (Art. 17)".
requests-kind-with-article = { $kind } ({ $article })
# Tooltip on a type of request: its article (a requests-article-* message) and the right
# (a requests-right-* message), e.g. "Art. 17 GDPR: right to erasure".
requests-kind-right = { $article } { -gdpr }: { $right }
requests-right-access = { -right-of-access }
requests-right-rectification = { -right-to-rectification }
requests-right-erasure = { -right-to-erasure }
requests-right-restriction = { -right-to-restriction }
requests-right-portability = { -right-to-portability }
requests-right-objection = { -right-to-object }
requests-right-automated-decisions = right not to be subject to a decision based solely on automated processing
requests-right-consent-withdrawal = right to withdraw { -consent } at any time

## How a request arrived, where it stands, how identity was checked

requests-channel-email = E-mail
requests-channel-letter = Letter
requests-channel-phone = Phone
requests-channel-in-person = In person
requests-channel-web-form = Web form
requests-channel-other = Other
requests-status-received = Received
requests-status-identity-pending = Identity pending
requests-status-in-progress = In progress
requests-status-extended = Extended
requests-status-done = Done
requests-status-refused = Refused
requests-identity-requested = Proof asked for, not received yet
requests-identity-verified = Verified
requests-identity-failed = Failed

## Who asked, how urgent it is, how the deadline was reached

# A requester not linked to a contact card, by the name they gave.
requests-who-unmatched = { $name } (not matched to a contact)
# A request with neither a contact nor a requester's name; $id is its number.
requests-who-number = Request #{ $id }
requests-urgency-overdue =
    Overdue by { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
requests-urgency-today = Due today
requests-urgency-soon =
    Due soon: { $days ->
        [one] { $days } day left
       *[other] { $days } days left
    }
requests-urgency-left =
    { $days ->
        [one] { $days } day left
       *[other] { $days } days left
    }
# The end of the one-month period ($end) is not a working day, so the deadline is $due.
requests-deadline-moved = { $due } ({ $end } is a weekend day, public holiday or closure day, so it moves to the next working day)
# $due: the deadline, possibly with requests-deadline-moved's explanation.
requests-deadline-received = Received { $received }; one month from receipt: { $due }.
# $first: requests-deadline-received; $reason: why the request needs more time; $told: the day
# the person was told; $due: the new deadline.
requests-deadline-extended = { $first } Extended by two further months ({ $reason }; the person was told on { $told }): due { $due }.

## The action a request needs ("Edit", "Erase", "Restrict" are the contact card's buttons)

requests-step-rectification = Correct the data on the contact card ({ common-edit }).
requests-step-erasure = Erase the contact from their card (Erase).
requests-step-restriction = Restrict the contact from their card (Restrict).
requests-step-objection = Record the objection on the contact card's consents.
requests-step-consent-withdrawal = Record the withdrawal on the contact card's consents.
requests-step-access = Generate the access report (with the portable export if they want a copy to take away). It is recorded here as what was done.
requests-step-portability = Generate the portable export (ZIP with JSON and CSV), with the access report beside it if useful. It is recorded here as what was done.
requests-step-automated-decisions = Custos makes no automated decisions. Answer the person outside Custos and record what was done.

## What is wrong with a form

requests-error-who = Say who asked: pick the contact, or give the requester's name as they gave it.
requests-error-received-missing = Give the date the request arrived.
requests-error-received-future = The request cannot have arrived after today.
requests-error-identity-method = Say how identity was checked, e.g. "ID card shown at the office".
requests-error-identity-date = Give the date of the check.
requests-error-identity-future = The check cannot be after today.
requests-error-identity-before = The check cannot be before the request arrived.
requests-error-extension-reason = Say why the request needs more time: the person is told the reasons.

## Settings → Working days: what moves a deadline

requests-calendar-no-country = No country is set in the company profile: only weekends and the closure days below move a deadline. Set the country above to count its public holidays.
# $country: the company's country as a code, e.g. "CH".
requests-calendar-unsupported = Custos does not know the public holidays of { $country }: only weekends and the closure days below move a deadline. Add your public holidays as closure days.
# $country: the company's country as a code, e.g. "PL".
requests-calendar-supported = Deadlines move past weekends, the public holidays of { $country } and the closure days below.
requests-closure-day-missing = Choose the day the firm is closed.
requests-closure-day-taken = { $day } is already a closure day.

## The Requests screen

requests-title = Requests
requests-intro = Access, erasure and other requests from the people whose data you hold. Each must be answered within one month of receipt; every step is recorded in the audit log.
requests-log-button = Log a request
requests-show-closed = Show closed requests too
requests-loading = Loading requests…
requests-empty-open = No open requests.
requests-empty-all = No requests.
requests-empty-hint = When someone asks to see, correct or erase their data, or objects, choose “{ requests-log-button }”: Custos works out the due date and keeps track of what was done.
requests-table-caption = Requests, by due date
requests-column-type = Type
requests-column-who = Who
requests-column-received = Received
requests-column-due = Due
requests-column-status = Status
# Shown after logging a request; $due: its deadline.
requests-logged = Request logged: due { $due }.
requests-contact-label = Contact

## A request's detail

# $id: the request's number; $kind: its type with its article.
requests-detail-title = Request #{ $id }: { $kind }
requests-detail-contact-point = Contact point
# $date: the day received; $channel: how (a code, one variant each).
requests-detail-received-by =
    { $date } { $channel ->
        [email] by e-mail
        [letter] by letter
        [phone] by phone
        [in_person] by in person
        [web_form] by web form
       *[other] by other
    }
requests-detail-asked = Asked
# After the due date: how urgent it is (a requests-urgency-* message).
requests-detail-urgency = · { $urgency }
# $result: a requests-identity-* label; $method: how it was checked, as typed.
requests-detail-identity = Identity: { $result } on { $date } ({ $method }).
requests-detail-done-title = What was done
# $at: when; $description: what was done, as typed.
requests-detail-done-line = { $at }: { $description }
# $action: the audit entry's action; $entry: its number.
requests-detail-done-audit = ({ $action }, audit entry #{ $entry })
requests-detail-report-recorded = The report is recorded as what was done.
requests-detail-outcome-done = Closed as done on { $at }.
# $outcome: the summary typed when closing.
requests-detail-outcome-done-with = Closed as done on { $at }: { $outcome }
requests-detail-outcome-refused = Refused on { $at }.
# $outcome: the reason typed when refusing.
requests-detail-outcome-refused-with = Refused on { $at }: { $outcome }
requests-detail-action-title = The action it needs
requests-detail-generate-export = Generate the export…
requests-detail-generate-report = Generate the access report…
requests-detail-match-first = Match the request to the requester's card first (below).
requests-detail-open-card = Open { $name }'s card
requests-detail-open-card-unnamed = Open the contact's card
requests-detail-match-error = Pick the contact this requester is.
requests-detail-matched = The request is now linked to the contact.
requests-detail-match-title = Match to a contact
requests-detail-match-hint = Once matched, the action can be taken on their card and linked here.
requests-detail-match-button = Match
requests-detail-identity-recorded = The identity check is recorded.
requests-detail-identity-title = Identity check
requests-detail-identity-method = How it was checked
requests-detail-identity-method-example = e.g. ID card shown at the office
requests-detail-identity-result = Result
requests-detail-identity-date = Checked on
requests-detail-identity-button = Record the check
requests-detail-extended = The deadline is extended by two further months.
requests-detail-extend-title = Extend by two months
# $due: the end of the first month (the original deadline).
requests-detail-extend-hint = Only when the request is complex or there are many, and only if the person is told, with the reasons, within the first month (by { $due }).
requests-detail-extend-reason = Reason told to the person
requests-detail-extend-told = Told on
requests-detail-extend-button = Extend
requests-detail-action-error-entry = Choose the audit entry of what was done.
requests-detail-action-error-description = Say what was done.
requests-detail-action-recorded = The action is recorded.
requests-detail-record-title = Record what was done
requests-detail-record-match-first = Match the request to a contact first: the action is one of their audit entries.
requests-detail-no-candidates = No action on this contact since the request arrived. Take the action first (see above), then record it here.
requests-detail-record-entry = Audit entry that proves it
requests-detail-choose = Choose…
# An audit entry to pick: its number, when, and its action.
requests-detail-record-option = #{ $id } · { $at } · { $action }
requests-detail-record-description = What was done
requests-detail-record-button = Record the action
requests-detail-closed = The request is closed as done.
requests-detail-close-title = Close as done
requests-detail-close-summary = Summary (optional)
requests-detail-refuse-error = Say why the request is refused: the person must be told.
requests-detail-refused = The request is refused.
# The heading and the button.
requests-detail-refuse-title = Refuse
requests-detail-refuse-hint = Only if it is manifestly unfounded or excessive, or identity is not proven. The person is told why, and of their right to complain to the { -supervisory-authority } and to go to court.
requests-detail-refuse-reason = Reason
# Title of the document dialog; $id: the request's number.
requests-detail-export-dialog = Portable export for request #{ $id }
requests-detail-report-dialog = Access report for request #{ $id }

## Log a request

requests-new-hint = The due date follows from the date received. Every step is recorded in the audit log.
requests-new-kind = Type of request
requests-new-who = Who asked
requests-new-who-contact = A contact in Custos
requests-new-who-unmatched = Someone not (yet) matched to a contact
requests-new-name = Name, as they gave it
requests-new-contact-point = How to reach them (e-mail or address)
requests-new-received = Received on
requests-new-channel = Received by
requests-new-details = What they asked, in a few words (optional)
requests-new-submit = Log the request

## Letters to the requester

requests-letter-acknowledgement = Acknowledgement
requests-letter-extension = Extension notice
requests-letter-completion = Answer
requests-letter-refusal = Refusal
requests-letters-title = Letters to the requester
requests-letters-hint = In the language you choose, addressed to the requester, with the request's reference. Each letter is in the audit log; it does not count as what was done.
# A button opening the letter's dialog; $letter: a requests-letter-* title.
requests-letters-button = { $letter }…
# The letter's dialog title; $id: the request's number.
requests-letters-dialog = { $letter } for request #{ $id }

# In place of the requester's words cleared when the person was erased.
requests-erased-text = [erased with the person]
# The outcome of a request closed as "no personal data held"; $summary: what the clerk added (the search made).
requests-outcome-no-data = No personal data about the requester is held.
requests-outcome-no-data-with = No personal data about the requester is held. { $summary }
# A description to start from for the action an audit entry proves (by the entry's action code).
requests-describe-contact-erased = Erased the contact and their conversations
requests-describe-contact-restricted = Restricted processing of the contact's data
requests-describe-contact-updated = Corrected the contact's data
requests-describe-consent-withdrawn = Recorded the withdrawal of consent
requests-describe-objection-recorded = Recorded the objection
# What was done, as Custos recorded it when it generated the answer: $language the report's language by its own name, $pages its pages, $sha256 the start of the file's SHA-256.
requests-action-report-generated =
    Access report generated in { $language } ({ $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }, SHA-256 { $sha256 })
requests-action-export-generated = Portable export generated (ZIP, SHA-256 { $sha256 })
