# Words many screens share: buttons, counts, states. A screen's own words live in the file of
# its domain (app, contacts, address-book, consents, requests, audit, backups, errors, words).

common-cancel = Cancel
common-close = Close
common-save = Save
common-saving = Saving…
common-delete = Delete
common-edit = Edit
common-back = Back
common-next = Next
common-done = Done
common-retry = Try again
common-loading = Loading…
common-yes = Yes
common-no = No
common-none = None
common-optional = optional
common-required = required
common-choose-file = Choose file…
common-show = Show
common-hide = Hide

count-contacts =
    { $count ->
        [one] { $count } contact
       *[other] { $count } contacts
    }
count-messages =
    { $count ->
        [one] { $count } message
       *[other] { $count } messages
    }
count-requests =
    { $count ->
        [one] { $count } request
       *[other] { $count } requests
    }
count-days =
    { $count ->
        [one] { $count } day
       *[other] { $count } days
    }
