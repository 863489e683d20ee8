# Backups: Settings → Backups, the restore dialog, the status bar's word on backups, and what
# the erase dialog says about backups.

backups-title = Backups
backups-intro = Custos backs the vault up by itself once a day and before an upgrade, encrypted with the vault's passphrase and checked page by page. It keeps one a day for a week, one a week for a month and one a month for a year.
backups-back-up-now = Back up now
# $percent: how far the running backup got (0–100).
backups-progress = Backing up… { $percent } %
# $path: the new backup file.
backups-backed-up-to = Backed up to { $path } and checked.
# Follows backups-backed-up-to when rotation removed backups the policy no longer keeps.
backups-rotation-removed =
    Rotation removed { $count ->
        [one] { $count } older backup
       *[other] { $count } older backups
    }.
# $folder: the chosen folder.
backups-folder-set = Backups go to { $folder } from now on.
backups-where = Where backups go
backups-folder = Folder
# Accessible name of the button that opens the folder dialog.
backups-folder-choose = Choose folder…
backups-use-folder = Use this folder
backups-default-folder = Back to the default folder
# Followed by the external drives plugged in now, as links.
backups-external-drives = A backup on another drive survives the loss of this computer. Plugged in now:
# The folder proposed on an external drive.
backups-drive-folder = Custos backups
backups-keep-elsewhere = Keep backups on an external drive or a network folder too: a backup beside the vault is lost with the computer.
backups-in-folder = Backups in this folder
backups-none = No backups yet.
# What a backup holds; $contacts and $messages are counts already written out ("100,000 contacts").
backups-held = { $contacts }, { $messages }
backups-size-gb = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } GB
backups-size-mb = { $size } MB
backups-size-kb = { $size } KB
backups-before-passphrase-change = Made before the passphrase was changed: it opens with the passphrase used then.
backups-check = Check
backups-checking = Checking…
backups-check-ok = Checked: every page reads back and the structure is sound.
# $count: how many problems the check found (listed below it, in words).
backups-check-damaged =
    Damaged: { $count ->
        [one] { $count } problem found
       *[other] { $count } problems found
    }. Do not restore from this backup.
backups-restore-ask = Restore…
# After a restore; $date: when the backup was made; $path: where the vault as it was is kept.
backups-restored = Restored the backup of { $date }. The vault as it was before is kept as { $path }.

## Status bar

# $date: when the backup was made (date and time).
backups-backed-up-at = Backed up { $date }
# $error: why (a sentence).
backups-failed = Backup failed: { $error }
backups-unknown-error = unknown error
# A link to the backups part of Settings.
backups-settings-link = Settings → Backups

## Erasing a person: what the backups still hold

backups-held-until-none = No backup holds this person's data yet.
# $date: when the last backup holding the data is rotated out.
backups-held-until = Backups made before now still hold it until { $date }, when the last of them is rotated out. Erasure cannot reach into a backup.

## Restore dialog

# $date: when the backup was made (date and time).
backups-restore-title = Restore the backup of { $date }?
backups-restore-warning = Everything in the vault is replaced by what the backup holds; what was added or changed since then is no longer in the vault. The vault as it is now is backed up first, so this can be undone.
backups-restore-old-passphrase = This backup was made before the passphrase was last changed: type the passphrase used then. After the restore, the vault opens with that passphrase.
backups-restore-same-passphrase = After the restore, the vault opens with the backup's passphrase.
backups-restore-passphrase = Passphrase of the backup
backups-restoring = Restoring…
backups-restore = Restore
