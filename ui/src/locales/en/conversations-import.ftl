# Importing conversations from files: e-mail (.eml, mbox), Telegram, Messenger and website-chat
# exports, matched to the contacts (ImportConversationsDialog and its steps, the contacts menu,
# a card's import panel), and the firm's own e-mail addresses in Settings (StaffAddresses).

## Entry points

import-conversations-menu = Import conversations…
import-conversations-card-hint = Also an e-mail (.eml, mbox), a Telegram or Messenger export or a website chat's CSV: the next step matches the people in it to your contacts.

## Native file dialogs (lib/dialogs.ts)

import-conversations-dialog-files = Choose files of conversations
import-conversations-dialog-folder = Choose a folder of conversations
import-conversations-dialog-filter = Conversations (e-mail, chats)
import-conversations-dialog-mail-filter = E-mail (.eml, mbox)
import-conversations-dialog-json-filter = Telegram, Messenger or Custos (.json)
import-conversations-dialog-all-filter = All files

## The dialog

import-conversations-title = Import conversations
import-conversations-steps = Steps of the import
import-conversations-step-files = Files
import-conversations-step-mapping = Columns
import-conversations-step-preview = Preview
import-conversations-step-importing = Import
import-conversations-step-summary = Done
import-conversations-intro = E-mails (.eml files, a folder of them, or an mbox file from Thunderbird and most mail programs), a Telegram or Messenger export, or a website chat's CSV file. Several files at once are fine. Nothing is written before you have seen the preview, and nothing at all if one file cannot be read.
import-conversations-paths-label = Files and folders, one per line
import-conversations-paths-hint = Choose them below, or paste their paths.
import-conversations-choose-files = Choose files…
import-conversations-choose-folder = Choose a folder…
import-conversations-choose-first = Choose at least one file or folder first.
import-conversations-no-files = The folder holds no files of conversations Custos can read.
import-conversations-reading = Reading the files…
import-conversations-reading-short = Reading…
import-conversations-submit = Import

## The format of a file, as the preview lists them

import-conversations-format-whatsapp = WhatsApp chat
import-conversations-format-json = Custos transcript
import-conversations-format-eml = e-mail
import-conversations-format-mbox = mailbox (mbox)
import-conversations-format-telegram = Telegram export
import-conversations-format-messenger = Messenger export
import-conversations-format-csv = website chat (CSV)
# $name: the file's name; $format: what it is, e.g. "Telegram export".
import-conversations-file = { $name } ({ $format })

## The columns of a website chat's CSV file (ConversationsMappingStep)

# $file: the file's name; $rows: its rows.
import-conversations-mapping-intro =
    { $rows ->
        [one] { $file } has { $rows } row. Say what each column holds; the first rows are shown under the columns.
       *[other] { $file } has { $rows } rows. Say what each column holds; the first rows are shown under the columns.
    }
# $fields: a list of what is missing, e.g. "the time and the text".
import-conversations-mapping-missing = Still to choose: { $fields }.
import-conversations-gap-time = the time
import-conversations-gap-sender = the sender
import-conversations-gap-text = the text
# $n: the column's number, for a column without a name.
import-conversations-column-n = Column { $n }
# $column: the column's name.
import-conversations-column-field = What the column “{ $column }” holds
import-conversations-field-ignore = Not imported
import-conversations-field-time = Date and time
import-conversations-field-date = Date
import-conversations-field-clock = Time of day
import-conversations-field-sender = Sender's name
import-conversations-field-sender-email = Sender's e-mail
import-conversations-field-role = Sender's role (visitor, agent)
import-conversations-field-text = Message text
import-conversations-field-conversation = Conversation id
import-conversations-field-message-id = Message id

## The preview (ConversationsPreviewStep)

# The counts of the files read. $files: files; $threads: e-mail threads and chats; $messages:
# messages; $skipped: messages not imported (service messages, calls, empty); $undated: mails
# without a date.
import-conversations-counts =
    { $files ->
        [one] { $files } file
       *[other] { $files } files
    }: { $threads ->
        [one] { $threads } thread
       *[other] { $threads } threads
    }, { $messages ->
        [one] { $messages } message
       *[other] { $messages } messages
    }, { $skipped } skipped (service messages, calls, empty), { $undated } without a date.
# $count: the files attached to the messages.
import-conversations-attachments =
    { $count ->
        [one] { $count } attachment: its name and size are recorded, its contents are not stored.
       *[other] { $count } attachments: their names and sizes are recorded, their contents are not stored.
    }
# $count: the people the files name.
import-conversations-people-title =
    { $count ->
        [one] { $count } person in the files
       *[other] { $count } people in the files
    }
import-conversations-people-hint = For each person who is not in your contacts, choose: attach to a contact, create a lead, mark as your firm's, or skip. Nothing is created without your choice: a person skipped gets no card, and their messages are kept only where they wrote to a contact.
import-conversations-col-person = Person
import-conversations-col-messages = Messages
import-conversations-col-matched = Found as
import-conversations-col-choice = Your choice
# $sent: messages they sent; $received: messages addressed to them.
import-conversations-sent-received = { $sent } sent, { $received } received
# $name: the contact's name on the card.
import-conversations-known-contact-address = { $name } (by e-mail address)
import-conversations-known-contact-name = { $name } (by name)
import-conversations-known-restricted = { $name } — restricted: nothing is added to the card
import-conversations-known-staff = Your firm
import-conversations-known-unknown = Not in your contacts
# $count: cards with the same name or address.
import-conversations-known-candidates = { $count } cards with this name
# $name: the person.
import-conversations-choice-label = What to do with { $name }
import-conversations-choice-skip = Skip
# $name, $id: a card that shares the person's name.
import-conversations-choice-candidate = Attach to { $name } (#{ $id })
# $name: the card the person is attached to.
import-conversations-choice-attached = Attach to { $name }
import-conversations-choice-attach = Attach to a contact…
import-conversations-choice-lead = Create a lead
import-conversations-choice-staff = Your firm (staff)
import-conversations-choice-none = —
# $name: the person.
import-conversations-attach-to = Contact for { $name }
# $count: conversations the import makes or adds to.
import-conversations-planned-title =
    { $count ->
        [one] { $count } conversation to import
       *[other] { $count } conversations to import
    }
import-conversations-planned-none = No conversation would be imported: nobody in the files is a contact yet. Attach people to contacts or create leads above.
# $count: threads in which nobody is a contact.
import-conversations-unassigned =
    { $count ->
        [one] { $count } thread names nobody in your contacts: it is not imported.
       *[other] { $count } threads name nobody in your contacts: they are not imported.
    }
import-conversations-col-card = Card
import-conversations-col-title = Conversation
import-conversations-col-new = New messages
import-conversations-col-already = Already there
import-conversations-new-lead = new lead

## Importing and the summary

# $count: the files being imported.
import-conversations-running =
    { $count ->
        [one] Importing { $count } file…
       *[other] Importing { $count } files…
    }
import-conversations-progress-label = Import progress
# $done, $total: messages written so far and in all; $percent: done, in per cent.
import-conversations-progress = { $done } of { $total } messages ({ $percent } %)
# $created: new conversations; $extended: conversations of an earlier import that got new
# messages; $messages: messages added.
import-conversations-summary = Imported: { $created ->
        [one] { $created } new conversation
       *[other] { $created } new conversations
    }, { $extended ->
        [one] { $extended } extended
       *[other] { $extended } extended
    }, { $messages ->
        [one] { $messages } message
       *[other] { $messages } messages
    }.
# $count: messages the vault had already.
import-conversations-summary-duplicates =
    { $count ->
        [one] { $count } message was already there and was not added again.
       *[other] { $count } messages were already there and were not added again.
    }
import-conversations-summary-skipped =
    { $count ->
        [one] { $count } message skipped (a service message, a call or an empty one).
       *[other] { $count } messages skipped (service messages, calls or empty ones).
    }
import-conversations-summary-undated =
    { $count ->
        [one] { $count } mail had no date: it took the time of the message before it.
       *[other] { $count } mails had no date: each took the time of the message before it.
    }
import-conversations-summary-unassigned =
    { $count ->
        [one] { $count } thread named nobody in your contacts and was not imported.
       *[other] { $count } threads named nobody in your contacts and were not imported.
    }
import-conversations-summary-attachments =
    { $count ->
        [one] { $count } attachment: its name and size were recorded, its contents were not stored.
       *[other] { $count } attachments: their names and sizes were recorded, their contents were not stored.
    }
# $count: leads created; their names follow, each a link to the card.
import-conversations-summary-leads =
    { $count ->
        [one] { $count } lead created (the person's own messages are its source):
       *[other] { $count } leads created (each person's own messages are the source):
    }

## Settings: the firm's own e-mail addresses (StaffAddresses)

import-conversations-staff-title = Your firm's e-mail addresses
import-conversations-staff-intro = When e-mails are imported, a mail from or to one of these addresses is your firm's (staff), not a contact's.
import-conversations-staff-label = Addresses, one per line
import-conversations-staff-hint = Leave empty to use the company profile's e-mail address.
# $addresses: the company profile's e-mail address.
import-conversations-staff-from-profile = None set: the company profile's address is used ({ $addresses }).
import-conversations-staff-none = None set, and the company profile has no e-mail address: no mail is taken as your firm's.
import-conversations-staff-save = Save addresses
