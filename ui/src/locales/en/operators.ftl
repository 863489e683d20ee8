# Operators and how the vault is opened: "Who are you?", the recovery kit, choosing one's own
# passphrase, Settings → Operators and Settings → Your passphrase. The recovery kit's words
# match the printed kit's (custos-documents' recovery-kit-*).

## The unlock screen

operators-who-are-you = Who are you?
operators-first-owner-hint = This vault was made before operators had their own passphrases: the name you type becomes its owner's.
operators-forgot = I forgot my passphrase

## "I forgot my passphrase"

# $path: the vault file.
operators-recover-title = Get back in with the recovery kit
operators-recover-intro = An owner of { $path } types the recovery code printed on the vault's recovery kit and chooses a new passphrase.
operators-recover-code = Recovery code
operators-recover-code-hint = As printed on the kit: capital and small letters are the same; O and 0 are read alike, as are I, L and 1; the hyphens may be left out.
operators-recover-submit = Set the new passphrase and unlock
operators-recover-back = Back to unlocking

## Choosing one's own passphrase (after unlocking with a first passphrase)

operators-choose-title = Choose your own passphrase
# $name: the operator.
operators-choose-intro = { $name }, the passphrase you were given was for your first unlock only. Choose your own before you continue: only you should know it.
operators-choose-new = New passphrase
operators-choose-submit = Save and continue
operators-choose-lock = Lock

## The recovery kit

operators-kit-step-title = Print your recovery kit
operators-kit-step-intro = The recovery kit is one printed page with a recovery code. With it, an owner who forgot the passphrase can set a new one.
operators-kit-nobody = Without the passphrase and without the recovery kit, nobody — not even the makers of Custos — can open the vault.
operators-kit-language = Language of the kit
operators-kit-save = Save the recovery kit
operators-kit-continue = Continue
operators-kit-skip = Skip for now (print it later in Settings → Operators)
operators-kit-title = Recovery kit
operators-kit-made = A recovery kit was printed for this vault.
operators-kit-none = No recovery kit yet: print one and keep it somewhere safe and offline.
operators-kit-print = Print a recovery kit
operators-kit-replaces = A new kit replaces the old one: the old kit's code stops working. Then destroy the old sheet.

## Settings → Operators

operators-title = Operators
operators-intro = Everyone who works in this vault has their own passphrase and a role. An owner may do everything; a clerk works with contacts, conversations, consents and requests, but may not export in bulk or change the firm's settings; read-only may look up and search.
operators-col-name = Name
operators-col-role = Role
operators-col-added = Added
operators-col-actions = Actions
operators-you = you
operators-must-choose = must choose a passphrase
# $name: the operator.
operators-role-of = Role of { $name }
operators-role-owner = Owner
operators-role-clerk = Clerk
operators-role-read-only = Read-only
# $name: the operator; $role: one of the operators-role-* words.
operators-role-changed = { $name }'s role is now: { $role }.
operators-add-title = Add an operator
operators-add-name = Name
operators-first-passphrase = First passphrase
operators-first-passphrase-hint = Hand it over in person. They must choose their own passphrase when they first unlock.
operators-add-submit = Add the operator
# $name: the operator added.
operators-added = { $name } was added. They unlock with the first passphrase, then choose their own.
operators-reset = New passphrase…
# $name: the operator.
operators-reset-title = A new first passphrase for { $name }
operators-reset-intro = For an operator who forgot their passphrase: they unlock with this one and must then choose their own. Their old passphrase stops working.
operators-reset-submit = Set the first passphrase
# $name: the operator.
operators-reset-done = { $name } now unlocks with the new first passphrase and must then choose their own.
operators-remove = Remove…
# $name: the operator.
operators-remove-title = Remove { $name }?
# $name: the operator.
operators-remove-intro = { $name } will no longer open the vault: Custos re-encrypts the whole vault under a new key, which takes a while for a large vault. What they did stays in the audit log.
operators-remove-backups = Backups made before the removal still open with the passphrases they carried, including this operator's.
operators-remove-confirm = Remove and re-key
# $name: the operator removed.
operators-removed = { $name } was removed, and the vault was re-keyed.
# $percent: how much is done, 0–100.
operators-rekey-progress = Re-encrypting the vault: { $percent } %
operators-rekey-busy = Re-keying…
operators-safety-title = Keys
operators-leaked = I think a passphrase leaked
operators-leaked-title = Re-key the vault?
operators-leaked-intro = Custos re-encrypts the whole vault under a new key and seals it to every operator's passphrase and to the recovery kit. Then change the passphrase that may have been seen, or give that operator a new first passphrase.
operators-leaked-backups = Backups made before keep the key they were made with: they still open with the passphrases of that time.
operators-leaked-confirm = Re-key the vault
operators-rekeyed = The vault was re-keyed.
operators-key-open = Show the data key
operators-key-title = The vault's data key
operators-key-intro = With this key the vault file opens without Custos, in the sqlcipher shell: you are never locked in. Anyone with the key and the file can read everything. Showing it is recorded in the audit log.
operators-key-passphrase = Your passphrase
operators-key-show = Show the key
operators-key-key = Data key
operators-key-shell = Open the file with
operators-key-pragma = Then type
operators-key-copy = Copy
operators-key-copied = Copied
operators-key-keep = Do not keep the key beside the vault or send it by e-mail. Re-keying the vault makes this key stop working.
operators-settings-owner-only = The company profile, purposes, retention rules, the calendar, backups and operators are managed by an owner.

## Settings → Your passphrase

operators-mine-title = Your passphrase
# $name: the operator working now.
operators-mine-intro = { $name }, change the passphrase you unlock with. Backups made before open with the passphrase used then.
operators-mine-submit = Change my passphrase
operators-mine-done = Your passphrase was changed.
