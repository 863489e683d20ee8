# Retention: the rules in Settings → Retention, the Needs-attention view (contacts whose retention
# period is over), its bulk clean-up and keeping a contact with a reason.

## What a rule makes due (the core's codes), as labels

retention-action-erase = Erase
retention-action-delete-transcripts = Delete transcripts

## Periods

# The units in the list beside the number of a period.
retention-unit-days = days
retention-unit-months = months
retention-unit-years = years
retention-count-months =
    { $count ->
        [one] { $count } month
       *[other] { $count } months
    }
retention-count-years =
    { $count ->
        [one] { $count } year
       *[other] { $count } years
    }
# $unit is the code of the unit typed: days, months or years.
retention-period-error =
    Give a whole number of { $unit ->
        [days] days
        [months] months
       *[years] years
    }.

## A rule in a sentence. $status: the contacts' status ("Lead"); $period: "12 months";
## $purpose: the purpose that needs the data kept longer.

retention-rule-erase = { $status }: erase { $period } after the last contact
retention-rule-erase-kept = { $status }: erase { $period } after the last contact (kept for “{ $purpose }”)
retention-rule-delete-transcripts = { $status }: delete transcripts { $period } after the last contact
retention-rule-delete-transcripts-kept = { $status }: delete transcripts { $period } after the last contact (kept for “{ $purpose }”)

## Settings → Retention

retention-title = Retention
retention-add-rule = Add rule
retention-intro = How long contacts and their transcripts are kept after the last contact. When a period is over, the contact appears in Needs attention. A rule that names a purpose (for example a legal obligation to keep invoices) can make the period longer: the longest rule for a status wins.
# The rule form reads as a sentence: "Contacts with status [Lead] / Are due [Erase] / This long after the last contact [12 months]".
retention-form-status = Contacts with status
retention-form-action = Are due
retention-form-period = This long after the last contact
retention-form-unit = Unit
retention-form-purpose = Because of the purpose
# The first choice of the purpose list: the rule is the status's own, for no purpose.
retention-form-no-purpose = — the status's own rule —
retention-save-rule = Save rule
retention-empty = No retention rules: nothing will ever be flagged. Add a rule, e.g. erase leads 12 months after the last contact.
retention-column-status = Status
retention-column-action = Due
retention-column-period = After
retention-column-purpose = Because of
retention-column-actions = Actions
retention-remove-question = Remove this rule?
retention-remove = Remove
# Keeps the rule (answers "Remove this rule?").
retention-remove-keep = Keep
retention-remove-ask = Remove…
retention-change-period = Change period
# What a new period would flag today ($contacts, $transcripts), beside what is flagged now
# ($currentContacts, $currentTranscripts). $period: "20 days"; $status: "lead".
retention-preview-erase =
    With { $period }, { $contacts ->
        [one] { $contacts } contact
       *[other] { $contacts } contacts
    } with { $transcripts ->
        [one] { $transcripts } transcript
       *[other] { $transcripts } transcripts
    } ({ $status }) would be flagged for erasure today — now { $currentContacts ->
        [one] { $currentContacts } contact
       *[other] { $currentContacts } contacts
    } with { $currentTranscripts ->
        [one] { $currentTranscripts } transcript
       *[other] { $currentTranscripts } transcripts
    }.
retention-preview-delete-transcripts =
    With { $period }, { $contacts ->
        [one] { $contacts } contact
       *[other] { $contacts } contacts
    } with { $transcripts ->
        [one] { $transcripts } transcript
       *[other] { $transcripts } transcripts
    } ({ $status }) would be flagged for transcript deletion today — now { $currentContacts ->
        [one] { $currentContacts } contact
       *[other] { $currentContacts } contacts
    } with { $currentTranscripts ->
        [one] { $currentTranscripts } transcript
       *[other] { $currentTranscripts } transcripts
    }.

## Needs attention

attention-title = Needs attention
attention-intro = Contacts whose { -retention-period } is over, by the rules in Settings → Retention. Nothing is deleted until you choose; every step is recorded in the audit log.
attention-loading = Checking retention periods…
attention-empty = Nothing needs attention.
# $settings is a link to Settings (attention-empty-settings).
attention-empty-hint = When a contact has been silent longer than a retention rule allows, it appears here with what to do. The rules are in { $settings }.
attention-empty-settings = Settings
retention-group-erase-title = Due for erasure
retention-group-erase-hint = Their whole { -retention-period } is over: erase them, or keep them with a reason until a review date.
retention-group-delete-transcripts-title = Transcripts due for deletion
retention-group-delete-transcripts-hint = Their chats are kept longer than needed. Note what matters on the card, then delete the transcripts.
attention-select-all = Select all shown
# $count: how many contacts are selected.
attention-bulk-erase = Erase { $count } selected…
attention-bulk-delete-transcripts = Delete transcripts of { $count } selected…
# The checkbox of one contact; $name: the contact.
attention-select = Select { $name }
retention-due-today = due today
retention-overdue =
    { $days ->
        [one] { $days } day overdue
       *[other] { $days } days overdue
    }
# $date: the last contact.
attention-no-contact-since = No contact since { $date }
# $date: when the contact was added.
attention-never-contacted = Added, never contacted, on { $date }
attention-conversations =
    { $count ->
        [one] { $count } conversation
       *[other] { $count } conversations
    }
attention-delete-transcripts = Delete transcripts…
attention-erase = Erase…
attention-keep = Keep…
# $count: how many contacts of the group are not loaded yet.
attention-show-more = Show more ({ $count } not shown)
# What an action did. $name: the contact; $count: conversations deleted.
attention-done-delete-transcripts =
    { $count ->
        [one] Deleted { $count } conversation of { $name }.
       *[other] Deleted { $count } conversations of { $name }.
    }
attention-done-delete-transcripts-note =
    { $count ->
        [one] Deleted { $count } conversation of { $name }; your note is on the card.
       *[other] Deleted { $count } conversations of { $name }; your note is on the card.
    }
attention-done-erase = Erased { $name }.
# $date: the review date.
attention-done-keep = Keeping { $name } until { $date }.
attention-done-cleanup = Clean-up finished: see the audit log for each step.

## Clean-up of several contacts at once

# The dialog's title. $contacts: how many contacts; $conversations: how many conversations they have.
retention-cleanup-question-erase =
    Erase { $contacts ->
        [one] { $contacts } contact
       *[other] { $contacts } contacts
    } for good, with their { $conversations ->
        [one] { $conversations } conversation
       *[other] { $conversations } conversations
    }?
retention-cleanup-question-delete-transcripts =
    Delete { $conversations ->
        [one] { $conversations } conversation
       *[other] { $conversations } conversations
    } of { $contacts ->
        [one] { $contacts } contact
       *[other] { $contacts } contacts
    }, with all their messages?
retention-cleanup-warning-erase = Each contact below is erased for good ({ -gdpr } Art. 17): name, contact points, notes and every conversation. Each step is recorded in the audit log.
retention-cleanup-warning-delete-transcripts = Every conversation of each contact below is deleted for good, with all its messages. The cards stay. Each step is recorded in the audit log.
retention-cleanup-list = What will go
retention-cleanup-column-contact = Contact
retention-cleanup-column-status = Status
retention-cleanup-column-conversations = Conversations
# $word: the word to type (ERASE), as it must be typed; $count: how many contacts.
retention-cleanup-type =
    { $count ->
        [one] Type { $word } to erase this contact
       *[other] Type { $word } to erase these { $count } contacts
    }
retention-cleanup-progress = { $done } of { $total } done…
retention-cleanup-working = Working…
retention-cleanup-submit-erase =
    { $count ->
        [one] Erase { $count } contact
       *[other] Erase { $count } contacts
    }
retention-cleanup-submit-delete-transcripts = Delete their transcripts
# What the clean-up did. $contacts: contacts done; $conversations and $messages: removed;
# $failed: contacts that could not be done (listed below the sentence); $skipped: not attempted.
retention-cleanup-result-erase =
    Erased { $contacts ->
        [one] { $contacts } contact
       *[other] { $contacts } contacts
    }, { $messages ->
        [one] { $messages } message
       *[other] { $messages } messages
    } removed{ $failed ->
        [0] {""}
       *[other] ; { $failed } could not be done (listed below)
    }{ $skipped ->
        [0] {""}
       *[other] ; { $skipped } not attempted
    }.
retention-cleanup-result-delete-transcripts =
    Deleted { $conversations ->
        [one] { $conversations } conversation
       *[other] { $conversations } conversations
    } of { $contacts ->
        [one] { $contacts } contact
       *[other] { $contacts } contacts
    }, { $messages ->
        [one] { $messages } message
       *[other] { $messages } messages
    } removed{ $failed ->
        [0] {""}
       *[other] ; { $failed } could not be done (listed below)
    }{ $skipped ->
        [0] {""}
       *[other] ; { $skipped } not attempted
    }.

## Keeping a contact with a reason

retention-keep-title = Keep { $name }
retention-keep-hint = The warning goes away until the review date and comes back then. Your reason and the date go into the audit log.
retention-keep-reason = Why is this contact kept?
retention-keep-reason-placeholder = e.g. Asked us to call back about the spring course
retention-keep-review = Review again on
retention-keep-submit = Keep until the review date
retention-keep-error-reason = Say why the contact is kept: the reason goes into the audit log.
retention-keep-error-date = Choose the date to review this contact again.
retention-keep-error-past = The review date must be after today.
