# A card's conversations: the list, adding one by hand, importing a chat export, deleting the
# transcripts.

## On the card (ContactCard, ConversationItem)

conversations-title = Conversations
conversations-add = Add conversation
conversations-import = Import chat export
conversations-none = No conversations yet. Add a note of a call or meeting, or import a WhatsApp chat export — it is kept next to the card, and recording it moves the last contact date.
# $count: the conversation's messages; $origin: how it got here, e.g. "imported from WhatsApp".
conversations-item-meta =
    { $count ->
        [one] { $count } message, { $origin }
       *[other] { $count } messages, { $origin }
    }
# $ref: the reference typed in, e.g. a ticket number.
conversations-item-ref = Ref. { $ref }
conversations-item-loading = Loading messages…
conversations-item-empty = No messages were recorded in this conversation.
# $names: the other addressees of an e-mail (To and Cc), as a list.
conversations-item-to = To: { $names }
conversations-item-show-quoted = Show quoted text
conversations-item-hide-quoted = Hide quoted text
conversations-item-attachments = Attachments (names only: their contents are not stored)
# $name: the attached file's name; $size: its size, e.g. "47 kB".
conversations-item-attachment = { $name } ({ $size })

## Adding a conversation by hand (AddConversation, conversation-form.ts)

conversations-add-title = Add a conversation
conversations-add-channel = Channel
# The date and time of the conversation.
conversations-add-when = When
conversations-add-reference = Reference
conversations-add-reference-placeholder = e.g. ticket or e-mail id
# $n: the message's number in the form (1, 2…); the contact, "Staff" or "Someone else" follows.
conversations-add-message-from = Message { $n } from
conversations-add-staff = Staff
conversations-add-someone-else = Someone else
conversations-add-name = Name
conversations-add-text = Text
conversations-add-remove = Remove
    .aria-label = Remove message { $n }
conversations-add-another = Add another message
conversations-add-save = Save conversation
conversations-error-when = Enter the date and time of the conversation.
conversations-error-no-message = Write at least one message, e.g. a short note of what was said.
# $n: the message's number in the form.
conversations-error-unnamed = Message { $n }: name who wrote it.

## Importing a chat export (ImportPanel)

conversations-import-title = Import a chat export
# “Export chat” is WhatsApp's menu item, as WhatsApp names it in the language.
conversations-import-intro = A WhatsApp “Export chat” .txt file (without media), or a Custos transcript .json. Nothing is imported if any line cannot be read.
conversations-import-file = Export file
conversations-import-choose-first = Choose the chat export file first.
# $name: the contact's name.
conversations-import-sender = { $name }’s name in the chat
conversations-import-sender-ask = Type the sender who is the contact exactly as the message above lists it, then import again.
conversations-import-sender-hint = Only needed when it differs from the name on the card.
conversations-import-staff = Staff names
conversations-import-staff-hint = (comma-separated)
conversations-import-staff-placeholder = e.g. Marta, Piotr
conversations-import-others = Other senders are kept as third parties.
conversations-import-progress-label = Import progress
# $done: messages read so far; $total: all of them.
conversations-import-progress = { $done } of { $total } messages
conversations-import-reading = Reading the file…
conversations-import-importing = Importing…
conversations-import-submit = Import

## Deleting a contact's transcripts (DeleteTranscriptsDialog)

# $name: the contact's name.
conversations-delete-title = Delete the transcripts of { $name }?
# $count: how many conversations.
conversations-delete-warning =
    { $count ->
        [one] { $count } conversation and every message in them will be deleted for good, with their search-index entries. The card stays.
       *[other] { $count } conversations and every message in them will be deleted for good, with their search-index entries. The card stays.
    }
conversations-delete-note = First, note what to keep
conversations-delete-note-hint = (optional, added to the card's notes)
conversations-delete-note-placeholder = e.g. Interested in the Excel course, 3 seats, budget approved for Q1
conversations-delete-deleting = Deleting…
conversations-delete-submit = Delete transcripts
