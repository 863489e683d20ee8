# Settings → Team, the status bar's word on it, and "Join a team" (docs/TEAM.md). A "seat" is
# one computer's copy of the contact book; the UI says "computer".

team-title = Team
team-intro = Share this contact book with the firm's other computers without a cloud provider. Each computer keeps its own encrypted copy; the changes travel through a folder that Syncthing or the office NAS keeps equal on every computer, and that folder holds only encrypted files.
team-loading = Reading the team…
team-folder = Shared folder
team-folder-choose = Choose the shared folder…
team-folder-hint = A folder Syncthing shares between the computers, or a folder on the office NAS.
team-folder-is = Shared folder: { $folder }
team-seat-name = This computer's name
team-seat-name-hint = How the other computers will call it, for example "Office PC".
team-create = Share this contact book
team-owner-only = Only an owner can share the contact book with other computers.

team-status-in-sync = In sync
team-status-waiting =
    { $changes ->
        [one] 1 change waiting
       *[other] { $changes } changes waiting
    }
team-status-offline = { $seat } offline since { $since }
team-status-offline-never = { $seat } has not synced yet
team-status-problems =
    { $count ->
        [one] 1 change from another computer needs a look
       *[other] { $count } changes from other computers need a look
    }
team-status-unreachable = Could not sync: { $error }
team-sync-now = Sync now
team-synced-at = Last synced at { $time }

team-seats = Computers
team-seat-unnamed = Computer { $index }
team-seat-this = this computer
team-seat-removed = removed from the team
team-seat-remove = Remove
# $seat: the computer's name.
team-seat-remove-title = Remove { $seat } from the team?
team-seat-remove-intro = The other computers get a new team key: { $seat } will read nothing the team writes from now on, and its changes not yet applied here will be applied nowhere.
team-seat-remove-keeps = What { $seat } already has stays there: removing it does not erase its copy of the contact book.
team-seat-remove-confirm = Remove from the team
team-seat-removed-notice = { $seat } was removed from the team; the other computers take the new key at their next sync.
team-seat-lag =
    { $changes ->
        [0] up to date
        [one] 1 change not applied here yet
       *[other] { $changes } changes not applied here yet
    }
team-last-seen = last seen { $time }
team-never-seen = not seen yet

team-erasures = Erasures not yet on every computer
team-erasure = Contact no. { $contact }, erased { $since }: waiting for { $seats }

team-problems = Changes kept aside
team-problems-intro = These changes from other computers could not be applied as they came. Nothing was dropped: look at the contact, make the change by hand if it is still wanted, then dismiss it.
team-problem-constraint = A change to { $table } (row { $row }) from { $seat }, file { $sequence }, breaks a rule of the book (for example a name that must be unique).
team-problem-conflict = A change to { $table } (row { $row }) from { $seat }, file { $sequence }, meets a different row with the same key.
team-problem-foreign-key = File { $sequence } from { $seat } refers to a record this computer does not have: the whole file was kept aside.
team-problem-unknown = A change to { $table } (row { $row }) from { $seat }, file { $sequence }, could not be applied.
team-problem-dismiss = Dismiss

team-invite = Invite a computer
team-invite-operator = Who will work there
team-invite-create = Create an invitation
team-invite-code = On the other computer, choose "Join a team" and type this code. It is for { $operator }, works once, and expires at { $expires }.
team-invite-qr = The invitation code as a QR code

team-join-title = Join a team
team-join-intro = Type the code the inviting computer shows under Settings → Team. The contact book arrives through the shared folder, encrypted, and becomes a vault on this computer that only your passphrase opens.
team-join-code = Invitation code
team-join-folder-hint = This computer's copy of the shared folder (Syncthing's folder, or the NAS share), once the invitation has arrived in it.
team-join-submit = Join
team-join-busy = Joining…
team-join-back = Back
