# The address book: importing contacts (CSV, vCard), exporting them, undoing an import, and
# possible duplicates with the side-by-side comparison and merge.

## Shared

# A line of the imported file, before what the core says about it ($line: its number).
address-book-line = line { $line }
address-book-undo-import = Undo this import

## Import wizard (Import/Export → Import contacts…)

address-book-import-title = Import contacts
address-book-import-steps = Steps
address-book-import-step-file = File
address-book-import-step-mapping = Columns
address-book-import-step-options = Source and status
address-book-import-step-review = Duplicates
address-book-import-step-importing = Import
address-book-import-step-summary = Done
address-book-import-intro =
    A Google Contacts or Outlook export (.csv), a spreadsheet saved as CSV, or a vCard file (.vcf) from a phone
    or another address book. Nothing is written until you have seen who is already in Custos.
address-book-import-file-label = Address-book file
address-book-import-choose-file-first = Choose the file to import first.
# $file: the file's name; $detected: what the file is, in the core's words ("vCard file with 3 cards").
address-book-import-detected = { $file }: { $detected }.
address-book-import-source-legend = Where the data came from
address-book-import-source-hint = Every card the import creates records its source ({ -gdpr } Art. 14).
address-book-import-source-third-party = A third party
address-book-import-source-public = A public source
address-book-import-source-person = The people themselves
address-book-import-source-name-third-party = Which third party
address-book-import-source-name-public = Which public source
address-book-import-status-label = Status of the new cards
address-book-import-tag-label = Tag for this import
address-book-import-tag-placeholder = e.g. Trade fair 2026
address-book-import-tag-hint = Put on every card the import creates or merges into.
# $file: the file's name.
address-book-import-running = Importing { $file }…
address-book-import-progress-label = Import progress
# $done rows of $total imported so far; $percent: how far, 0–100.
address-book-import-progress =
    { $done } of { $total ->
        [one] { $total } row
       *[other] { $total } rows
    } ({ $percent } %)
address-book-import-cancelling-hint = Cancelling: nothing will be written.
address-book-import-running-hint = All of it is written at once at the end; Cancel leaves the vault as it was.
# What the import did. $file: the file's name; $created new cards, $merged rows merged into
# existing cards, $skipped rows skipped.
address-book-import-summary =
    Imported { $file }: { $created ->
        [one] { $created } new card
       *[other] { $created } new cards
    }, { $merged ->
        [one] { $merged } row merged into a card
       *[other] { $merged } rows merged into cards
    }, { $skipped ->
        [one] { $skipped } row
       *[other] { $skipped } rows
    } skipped.
# $what: a list of the parts below ("1 e-mail address, phone or address and 2 tags").
address-book-import-added = The merges added { $what }.
address-book-import-added-points =
    { $count ->
        [one] { $count } e-mail address, phone or address
       *[other] { $count } e-mail addresses, phones or addresses
    }
address-book-import-added-tags =
    { $count ->
        [one] { $count } tag
       *[other] { $count } tags
    }
address-book-import-added-values =
    { $count ->
        [one] { $count } value in empty fields
       *[other] { $count } values in empty fields
    }
address-book-import-problems-skipped =
    { $count ->
        [one] { $count } row that could not be imported was left out.
       *[other] { $count } rows that could not be imported were left out.
    }
address-book-import-values-left-out =
    { $count ->
        [one] { $count } value was left out of imported rows.
       *[other] { $count } values were left out of imported rows.
    }
# Followed by a list of the rows, each with why.
address-book-import-not-merged =
    { $count ->
        [one] { $count } row was not merged:
       *[other] { $count } rows were not merged:
    }
# $line: the row's line in the file; $message: why, in the core's words.
address-book-import-line-note = line { $line }: { $message }
# $count: cards the undo removed.
address-book-import-undone =
    The import was undone: { $count ->
        [one] { $count } card
       *[other] { $count } cards
    } removed.
# The same when the import had also added to existing cards.
address-book-import-undone-more =
    The import was undone: { $count ->
        [one] { $count } card
       *[other] { $count } cards
    } removed, and what it had added to other cards taken off.
address-book-import-undo-hint =
    Possible until Custos is closed, unless its cards have been worked on since (Import/Export → Undo an
    import… lists the imports of this session).
address-book-import-cancel = Cancel import
address-book-import-cancelling = Cancelling…
address-book-import-submit = Import
address-book-import-importing = Importing…
address-book-import-check = Check for duplicates
address-book-import-checking = Checking…
address-book-import-reading = Reading…

## Import wizard: the columns of a CSV file

# $detected: what the file is, in the core's words; $name: the saved mapping's name.
address-book-mapping-detected-saved = { $detected }. The mapping saved as “{ $name }” was applied.
address-book-mapping-detected-guessed = { $detected }. Each column’s field was guessed from its name: check them.
# $count: how many columns the file has.
address-book-mapping-columns-title = Columns of the file ({ $count })
address-book-mapping-column = Column
address-book-mapping-first-value = First value
address-book-mapping-imported-as = Imported as
# A column without a name in the file's header; $n: its position, from 1.
address-book-mapping-column-n = Column { $n }
# The field list's accessible name; $column: the column's name, or its position.
address-book-mapping-column-field = Field for the column { $column }
address-book-mapping-rows-title = The first rows as they will be imported
address-book-mapping-no-name = No name
address-book-mapping-reading = Reading the first rows…
address-book-mapping-save-label = Save this mapping as
address-book-mapping-save-placeholder = e.g. Office spreadsheet
address-book-mapping-save = Save mapping
# $name: the name the mapping was saved under.
address-book-mapping-saved = Saved as “{ $name }”: used again for files with these columns.

## The fields a CSV column may be imported as (the list in each column's row)

address-book-csv-field-ignore = Not imported
address-book-csv-field-display-name = Display name
address-book-csv-field-given-name = Given name
address-book-csv-field-middle-name = Middle name
address-book-csv-field-family-name = Family name
address-book-csv-field-organisation = Organisation
address-book-csv-field-job-title = Job title
address-book-csv-field-tags = Tags
address-book-csv-field-notes = Notes
# The kind of e-mail address, phone or address, in brackets after the field: "E-mail (work)".
address-book-csv-label-work = work
address-book-csv-label-home = home
address-book-csv-label-mobile = mobile
address-book-csv-label-other = other
# $group: 0 for a file with one e-mail column of each kind, else which one (Google's "E-mail 2");
# $label: one of the kinds above.
address-book-csv-email =
    { $group ->
        [0] E-mail ({ $label })
       *[other] E-mail { $group } ({ $label })
    }
address-book-csv-phone =
    { $group ->
        [0] Phone ({ $label })
       *[other] Phone { $group } ({ $label })
    }
address-book-csv-address =
    { $group ->
        [0] Address ({ $label })
       *[other] Address { $group } ({ $label })
    }
# A part of a postal address in a column of its own. $part: one of the parts below.
address-book-csv-address-part =
    { $group ->
        [0] { $part } ({ $label })
       *[other] { $part }, address { $group } ({ $label })
    }
address-book-csv-part-street = Street
address-book-csv-part-postal-code = Postal code
address-book-csv-part-city = City
address-book-csv-part-region = Region
address-book-csv-part-country = Country
# A column that gives the kinds (work, home…) of the e-mail addresses, phones or addresses.
address-book-csv-labels-email =
    { $group ->
        [0] Labels of the e-mail addresses
       *[other] Labels of e-mail { $group }
    }
address-book-csv-labels-phone =
    { $group ->
        [0] Labels of the phone numbers
       *[other] Labels of phone { $group }
    }
address-book-csv-labels-address =
    { $group ->
        [0] Labels of the postal addresses
       *[other] Labels of address { $group }
    }

## Import wizard: duplicates and rows that cannot be imported

# The bold part of address-book-review-counts: rows that become new cards.
address-book-review-new = { $count } new
# $rows: rows in the file; $fresh: address-book-review-new in bold; $duplicates and $problems: counts.
address-book-review-counts =
    { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    } in the file: { $fresh }, { $duplicates ->
        [one] { $duplicates } duplicate
       *[other] { $duplicates } duplicates
    }, { $problems } that cannot be imported.
# $count: rows of the file already in the vault.
address-book-review-duplicates-title = Already in Custos ({ $count })
address-book-review-decide-all = Set every duplicate to
address-book-review-choose = choose…
address-book-import-decision-merge = Merge into it
address-book-import-decision-skip = Skip
address-book-import-decision-new = Add as new
address-book-review-merge-hint =
    Merging adds only what the card lacks (e-mail addresses, phones, tags, empty fields) and never overwrites.
address-book-review-col-line = Line
address-book-review-col-in-file = In the file
address-book-review-col-matches = Matches
address-book-review-col-because = Because of
address-book-review-col-decision = What to do
address-book-review-restricted = restricted: cannot be merged
# A row that repeats an earlier row of the same file. $line: that row's line; $name: its name.
address-book-review-earlier-row = line { $line } of this file: { $name }
# Why a row is a duplicate, listed after each other.
address-book-review-matched-email = the same e-mail address
address-book-review-matched-phone = the same phone number
address-book-review-matched-name = the same name at the same organisation
# The decision list's accessible name. $line: the row's line; $name: its name.
address-book-review-decision-label = What to do with line { $line }, { $name }
# Only the first duplicates are listed. $shown: how many are; $rest: how many are not.
address-book-review-more-duplicates = The first { $shown } are listed; the other { $rest } take the choice for every duplicate (merge unless you choose otherwise).
# The same after the user chose a decision for every duplicate.
address-book-review-more-duplicates-chosen = The first { $shown } are listed; the other { $rest } take the choice for every duplicate.
address-book-review-no-duplicates = Nobody in the file is in Custos already.
# $count: rows that cannot be imported.
address-book-review-problems-title = Cannot be imported ({ $count })
# After a shortened list; $count: the items not listed.
address-book-review-and-more = and { $count } more.
address-book-review-skip-problems =
    { $count ->
        [one] Skip this row and import the rest
       *[other] Skip these { $count } rows and import the rest
    }
# $count: values of the file that cannot be stored.
address-book-review-warnings-title = Values left out ({ $count })
address-book-review-warnings-hint = These values cannot be stored as they are; the rest of each row is imported.

## Export (Import/Export → Export contacts…)

address-book-export-title = Export contacts
address-book-export-intro =
    Active contacts with their names, organisation, e-mail addresses, phones, postal addresses, tags and notes —
    not consents, conversations or anything else recorded about them. Restricted contacts are left out.
address-book-export-format = Format
address-book-export-format-vcard-hint = for address books and phones
address-book-export-format-csv-hint = for spreadsheets
address-book-export-status = Status
address-book-export-any-status = Any status
address-book-export-tag = Tag
address-book-export-any-tag = Any tag
# A tag in the list; $name: the tag; $count: the contacts that have it.
address-book-export-tag-option = { $name } ({ $count })
address-book-export-path = Save as
address-book-export-path-hint = An existing file is never replaced.
address-book-export-choose-path = Choose where to save the file.
# $count: contacts written; $path: the file.
address-book-export-done =
    Wrote { $count ->
        [one] { $count } contact
       *[other] { $count } contacts
    } to { $path }.
address-book-export-submit = Export
address-book-export-exporting = Exporting…

## Undo an import (Import/Export → Undo an import…)

address-book-recent-title = Undo an import
address-book-recent-intro = The address books imported since Custos was started. After a restart they stay as they are.
address-book-recent-none = No import made since Custos was started is left to undo.
# Under the import's source. $date: when it was made (date and time); $count: its cards.
address-book-recent-imported =
    imported { $date } · { $count ->
        [one] { $count } card
       *[other] { $count } cards
    }
# $date: when the import was made (date and time); $count: cards the undo removed.
address-book-recent-undone =
    The import of { $date } was undone: { $count ->
        [one] { $count } card
       *[other] { $count } cards
    } removed.

## Possible duplicates

address-book-duplicates-title = Possible duplicates
address-book-duplicates-open-hint = Cards that may be one person: compare them side by side and merge them
# Read by screen readers after the number of pairs on the button.
address-book-duplicates-pairs-unit =
    { $count ->
        [one] pair
       *[other] pairs
    }
address-book-duplicates-intro =
    Cards that share an e-mail address or a phone number, or have the same name at the same organisation. Compare a
    pair side by side and merge it if it is one person; a pair that is two people can stay as it is.
address-book-duplicates-looking = Looking for possible duplicates…
address-book-duplicates-none = No possible duplicates: no two cards share an e-mail address, a phone number, or a name at one organisation.
address-book-duplicates-count =
    { $count ->
        [one] { $count } pair to look at. Choose one to compare.
       *[other] { $count } pairs to look at. Choose one to compare.
    }
# A pair's accessible name. $first and $second: "Anna Kowalska (#4)"; $matches: what they share.
address-book-duplicates-pair-label = Compare { $first } and { $second }. { $matches }
address-book-duplicates-compare = Compare ›
# What two cards share; $value: the e-mail address or phone number.
address-book-match-email = Same e-mail address: { $value }
address-book-match-phone = Same phone number: { $value }
address-book-match-name = Same name at the same organisation
# After a merge. $merged and $kept: the two cards' names (in bold); $mergedId, $keptId: their numbers.
address-book-merged-title = Merged { $merged } (#{ $mergedId }) into { $kept } (#{ $keptId })
# $id: the kept card's number.
address-book-merged-open = Open the card (#{ $id })
address-book-merged-dismiss = Dismiss

## What a merge did (the lines under address-book-merged-title). $id: the removed card's number.

# $value: the e-mail address, phone number or postal address; $label: Work, Home, Mobile, Other.
address-book-merged-added-email = Added e-mail address { $value } ({ $label })
address-book-merged-added-phone = Added phone number { $value } ({ $label })
address-book-merged-added-address = Added postal address { $value } ({ $label })
# Another field (not expected); $field: its name within a sentence.
address-book-merged-added-field = Added { $field } { $value } ({ $label })
# $fields: the fields, separated by commas.
address-book-merged-filled = Filled in: { $fields }
address-book-merged-notes = The notes of #{ $id } were added after this card's own
# $tags: the tags, separated by commas.
address-book-merged-tags = Tags added: { $tags }
# $items: the parts below that are not zero, separated by commas.
address-book-merged-moved = Moved here: { $items }
address-book-merged-moved-conversations =
    { $count ->
        [one] { $count } conversation
       *[other] { $count } conversations
    }
address-book-merged-moved-consents =
    { $count ->
        [one] { $count } consent record
       *[other] { $count } consent records
    }
address-book-merged-moved-objections =
    { $count ->
        [one] { $count } objection
       *[other] { $count } objections
    }
address-book-merged-moved-requests =
    { $count ->
        [one] { $count } request
       *[other] { $count } requests
    }
address-book-merged-moved-hold = the retention hold
address-book-merged-objections-dropped =
    { $count ->
        [one] { $count } objection was left out: both cards had objected to the same purpose, and the earlier objection stays
       *[other] { $count } objections were left out: both cards had objected to the same purpose, and the earlier objection stays
    }
# $fields: the fields within a sentence (address-book-field-inline-*), separated by commas.
address-book-merged-not-taken = Kept this card's own { $fields }: #{ $id } had other values, which the card's History shows
address-book-merged-nothing = #{ $id } had nothing this card lacked.
# A card's fields as a sentence names them.
address-book-field-inline-display-name = name
address-book-field-inline-given-name = given name
address-book-field-inline-family-name = family name
address-book-field-inline-email = e-mail
address-book-field-inline-phone = phone
address-book-field-inline-organisation = organisation
address-book-field-inline-job-title = job title
address-book-field-inline-address = address
address-book-field-inline-id-number = ID number
address-book-field-inline-tags = tags
address-book-field-inline-notes = notes

## Compare and merge (two possible duplicates side by side)

address-book-compare-back = ‹ All possible duplicates
address-book-compare-title = Compare and merge
address-book-compare-matches = What the two cards share
address-book-compare-back-to-list = Back to the list
address-book-compare-loading = Loading both cards…
# $card: "Anna Kowalska (#4)".
address-book-compare-keep-label = Keep { $card }
address-book-compare-keep = Keep this card
address-book-compare-kept = Kept: takes what the other has
address-book-compare-removed = Merged in, then removed
address-book-compare-row-status = Status
address-book-compare-row-email = E-mail addresses
address-book-compare-row-phone = Phone numbers
address-book-compare-row-address = Postal addresses
address-book-compare-row-source = Source
address-book-compare-row-created = Added
address-book-compare-row-last-contact = Last contact
address-book-compare-row-conversations = Conversations
address-book-compare-empty-both = Empty on both
address-book-compare-empty = empty
# After an e-mail address, phone or address of a card that has several.
address-book-compare-primary = primary
address-book-compare-no-last-contact = none recorded
address-book-compare-masked = (sensitive, masked)
address-book-compare-details = More about the merge
# What Merge will do. $other: the card merged in, "Anna K. (#12)"; $keep: the card kept;
# $otherId, $keepId: their numbers; $conversations: the other card's conversations (0: not counted).
address-book-merge-summary =
    { $other } will be merged into { $keep }: #{ $otherId }'s e-mail addresses, phone numbers, postal addresses, tags, { $conversations ->
        [0] conversations
        [one] { $conversations } conversation
       *[other] { $conversations } conversations
    }, consents, objections and requests move to #{ $keepId }, and #{ $otherId } is removed.
address-book-merge-detail-takes = #{ $keepId } takes only what it lacks: an address or number it already has is not added twice, its empty fields are filled in from #{ $otherId }, and #{ $otherId }'s notes are added after its own.
address-book-merge-detail-conflicts = Where both cards have a different value, #{ $keepId }'s stays; #{ $otherId }'s is kept in #{ $keepId }'s history.
address-book-merge-detail-hold = A retention hold on #{ $otherId } moves to #{ $keepId } too. #{ $keepId } keeps its own name, status, source and restriction state.
address-book-merge-irreversible = This cannot be undone.
address-book-merge-submit = Merge #{ $otherId } into #{ $keepId }
address-book-merge-merging = Merging…
address-book-merge-swap = Keep #{ $otherId } instead
