# Settings → Team, the status bar's word on it, and "Join a team" (docs/TEAM.md). A "seat" is
# one computer's copy of the contact book; the UI says "computer".

team-title = Équipe
team-intro = Partagez ce carnet d’adresses avec les autres ordinateurs de l’entreprise, sans fournisseur de cloud. Chaque ordinateur garde sa propre copie chiffrée ; les modifications transitent par un dossier que Syncthing ou le NAS du bureau maintient identique sur chaque ordinateur, et ce dossier ne contient que des fichiers chiffrés.
team-loading = Chargement de l’équipe…
team-folder = Dossier partagé
team-folder-choose = Choisir le dossier partagé…
team-folder-hint = Un dossier que Syncthing partage entre les ordinateurs, ou un dossier sur le NAS du bureau.
team-folder-is = Dossier partagé : { $folder }
team-seat-name = Nom de cet ordinateur
team-seat-name-hint = Le nom sous lequel les autres ordinateurs le verront, par exemple « PC du bureau ».
team-create = Partager ce carnet d’adresses
team-owner-only = Seul un propriétaire peut partager le carnet d’adresses avec d’autres ordinateurs.

team-status-in-sync = Synchronisé
team-status-waiting =
    { $changes ->
        [one] { $changes } modification en attente
       *[other] { $changes } modifications en attente
    }
team-status-offline = { $seat } hors ligne depuis le { $since }
team-status-offline-never = { $seat } : pas encore synchronisé
team-status-problems =
    { $count ->
        [one] { $count } modification d’un autre ordinateur est à examiner
       *[other] { $count } modifications d’autres ordinateurs sont à examiner
    }
team-status-unreachable = Synchronisation impossible : { $error }
team-sync-now = Synchroniser maintenant
team-synced-at = Dernière synchronisation : { $time }

team-seats = Ordinateurs
team-seat-unnamed = Ordinateur { $index }
team-seat-this = cet ordinateur
team-seat-removed = retiré de l'équipe
team-seat-remove = Retirer
# $seat : le nom de l'ordinateur.
team-seat-remove-title = Retirer { $seat } de l'équipe ?
team-seat-remove-intro = Les autres ordinateurs reçoivent une nouvelle clé d'équipe : { $seat } ne pourra plus lire ce que l'équipe écrit à partir de maintenant, et ses modifications pas encore appliquées ici ne seront appliquées nulle part.
team-seat-remove-keeps = Ce que { $seat } possède déjà y reste : le retirer n'efface pas sa copie du carnet d'adresses.
team-seat-remove-confirm = Retirer de l'équipe
team-seat-removed-notice = { $seat } a été retiré de l'équipe ; les autres ordinateurs prennent la nouvelle clé à leur prochaine synchronisation.
team-seat-lag =
    { $changes ->
        [0] à jour
        [one] { $changes } modification pas encore appliquée ici
       *[other] { $changes } modifications pas encore appliquées ici
    }
team-last-seen = dernière activité : { $time }
team-never-seen = aucune activité pour l’instant

team-erasures = Effacements pas encore parvenus à tous les ordinateurs
team-erasure = Contact nº { $contact }, effacé le { $since } : en attente de { $seats }

team-problems = Modifications mises de côté
team-problems-intro = Ces modifications venant d’autres ordinateurs n’ont pas pu être appliquées telles qu’elles sont arrivées. Rien n’a été perdu : consultez le contact, refaites la modification à la main si elle est toujours souhaitée, puis masquez-la.
team-problem-constraint = Une modification de { $table } (ligne { $row }) venant de { $seat }, fichier { $sequence }, enfreint une règle du carnet d’adresses (par exemple un nom qui doit être unique).
team-problem-conflict = Une modification de { $table } (ligne { $row }) venant de { $seat }, fichier { $sequence }, se heurte à une autre ligne ayant la même clé.
team-problem-foreign-key = Le fichier { $sequence } venant de { $seat } fait référence à un enregistrement absent de cet ordinateur : tout le fichier a été mis de côté.
team-problem-unknown = Une modification de { $table } (ligne { $row }) venant de { $seat }, fichier { $sequence }, n’a pas pu être appliquée.
team-problem-dismiss = Masquer

team-invite = Inviter un ordinateur
team-invite-operator = Qui y travaillera
team-invite-create = Créer une invitation
team-invite-code = Sur l’autre ordinateur, choisissez « Rejoindre une équipe » et saisissez ce code. Il est destiné à { $operator }, ne sert qu’une fois et expire le { $expires }.
team-invite-qr = Le code d’invitation sous forme de QR code

team-join-title = Rejoindre une équipe
team-join-intro = Saisissez le code que l’ordinateur qui vous invite affiche dans Paramètres → Équipe. Le carnet d’adresses arrive chiffré par le dossier partagé et devient, sur cet ordinateur, un coffre-fort que seule votre phrase secrète ouvre.
team-join-code = Code d’invitation
team-join-folder-hint = La copie du dossier partagé sur cet ordinateur (le dossier Syncthing ou le partage du NAS), une fois que l’invitation y est arrivée.
team-join-submit = Rejoindre
team-join-busy = Connexion à l’équipe…
team-join-back = Retour
