# Écrans de démarrage (accueil, création, déverrouillage), robustesse de la phrase secrète, cadre
# de l’application (navigation, barre supérieure, barre d’état), fichier ouvert depuis l’extérieur
# et fenêtres de fichiers du système.

app-starting = Démarrage de Custos…

## Accueil

app-welcome-title = Bienvenue dans Custos
app-welcome-intro = Vos contacts, conversations et consentements dans un seul fichier chiffré sur cet ordinateur. Aucun cloud ne le voit jamais.
app-welcome-create = Créer un coffre-fort
app-welcome-create-hint = Partir de zéro. Vous choisissez une phrase secrète ; sans elle, le fichier est illisible.
app-welcome-open = Ouvrir un coffre-fort existant
app-welcome-open-hint = Déverrouiller un fichier .custos que vous avez déjà, par exemple restauré depuis une sauvegarde.
app-welcome-join = Rejoindre une équipe
app-welcome-join-hint = Un autre ordinateur de l’entreprise a invité celui-ci : saisissez le code qu’il affiche, et le carnet d’adresses arrive ici.

## Création

app-create-title = Créer un coffre-fort
app-create-intro = Tout ce que vous enregistrez dans Custos est chiffré avec votre phrase secrète. Si vous l’oubliez, personne ne peut récupérer les données — pas même nous.
app-vault-file = Fichier du coffre-fort
app-vault-file-choose = Choisir le fichier du coffre-fort…
app-create-path-hint = Conservez une sauvegarde de ce fichier en lieu sûr, par exemple sur une clé USB chiffrée.
app-your-name = Votre nom
app-create-operator-hint = Enregistré avec chacune de vos modifications, comme l’exige le principe de responsabilité du { -gdpr }.
app-passphrase = Phrase secrète
app-create-repeat = Répétez la phrase secrète
app-create-mismatch = Ne correspond pas encore à la phrase secrète.
app-create-busy = Création…
app-create-submit = Créer le coffre-fort
app-create-instead = Ouvrir plutôt un coffre-fort existant

## Déverrouillage

app-unlock-title = Déverrouiller votre coffre-fort
app-unlock-busy = Déverrouillage…
app-unlock-submit = Déverrouiller
app-unlock-instead = Créer plutôt un coffre-fort

## Robustesse de la phrase secrète

app-strength-too-short =
    { $length ->
        [0] Utilisez au moins { $min ->
            [one] { $min } caractère
           *[other] { $min } caractères
        }. Quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner.
       *[other] Utilisez au moins { $min ->
            [one] { $min } caractère
           *[other] { $min } caractères
        }{ "\u00A0" }({ $length } pour l’instant). Quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner.
    }
app-strength-failed = La robustesse n’a pas pu être estimée : { $error }
app-strength-label =
    Robustesse : { $score ->
        [0] très faible
        [1] faible
        [2] moyenne
        [3] bonne
       *[4] très bonne
    }
# $time : la durée dans les mots de l’estimateur (en anglais, p. ex. "3 centuries").
app-strength-time = — environ { $time } pour la deviner
app-strength-checking = Vérification de la robustesse…

## Champ de chemin

app-path-choose = Choisir…
app-path-choose-label = { $label } : choisir…
app-path-dialog-failed = La fenêtre de sélection de fichier n’a pas pu s’ouvrir : { $error } Saisissez plutôt le chemin.

## Fichier de coffre-fort reçu de l’extérieur

app-open-request-title-lock-first = Ouvrir un autre coffre-fort ?
app-open-request-title-refused = Ce fichier ne peut pas être ouvert
app-open-request-asked = Custos doit ouvrir
app-open-request-unlocked = Le coffre-fort { $vault } est déverrouillé. Verrouillez-le pour déverrouiller l’autre avec sa phrase secrète, ou continuez à travailler dans celui-ci.
app-open-request-lock-and-open = Verrouiller et ouvrir
app-open-request-keep-working = Continuer à travailler
app-open-request-ok = OK

## Cadre de l’application

app-nav-label = Principal
app-nav-contacts = Contacts
app-nav-attention = À traiter
app-nav-requests = Demandes
app-nav-audit = Journal d’audit
app-nav-settings = Paramètres
app-nav-to-deal-with = à traiter
app-new-contact = Nouveau contact
app-shortcut-new-contact = Ctrl+N
app-lock = Verrouiller
app-shortcut-lock = Ctrl+L
app-working-as = Connecté en tant que { $operator }
app-dismiss = Masquer
app-locks-after = Verrouillage après { $minutes } min d’inactivité
app-locked-idle =
    Verrouillé après { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } d’inactivité.
app-lock-failed = Le verrouillage a peut-être échoué : { $error } Fermez Custos pour en être sûr.

## Clôture d’une demande : aucune donnée détenue

app-no-data-title = Clôturer — aucune donnée détenue
app-no-data-hint = Lorsque le demandeur ne figure pas parmi vos contacts et qu’une recherche dans les fiches et les transcriptions n’a rien trouvé à son sujet, la réponse est qu’aucune donnée personnelle le concernant n’est détenue. La clôture est définitive ; le courrier de réponse l’indique alors.
app-no-data-summary = Comment vous avez cherché (facultatif)
app-no-data-summary-placeholder = p. ex. recherche sur le nom et l’adresse e-mail
app-no-data-closed = La demande est clôturée : aucune donnée personnelle concernant le demandeur n’est détenue.

## Fenêtres de fichiers du système

app-dialog-create-vault = Créer un coffre-fort Custos
app-dialog-open-vault = Ouvrir un coffre-fort Custos
app-dialog-vault-filter = Coffre-fort Custos
app-dialog-transcript = Choisir un export de discussion
app-dialog-whatsapp-filter = Export WhatsApp
app-dialog-transcript-filter = Transcription Custos
app-dialog-csv-export = Exporter vers un fichier CSV
app-dialog-csv-filter = CSV (séparé par des virgules)
app-dialog-save-document = Enregistrer le document
app-dialog-pdf-filter = Document PDF
app-dialog-html-filter = Page web
app-dialog-zip-filter = Archive ZIP
app-dialog-backup-folder = Emplacement des sauvegardes
app-dialog-shared-folder = Le dossier partagé par les ordinateurs de l’équipe
app-dialog-address-book = Choisir un fichier de carnet d’adresses
app-dialog-address-book-filter = Carnet d’adresses (CSV, vCard)
app-dialog-csv-sources-filter = CSV (Google, Outlook, tableur)
app-dialog-vcard-filter = vCard
app-dialog-export-contacts = Exporter les contacts

## Erreurs

error-fallback = Une erreur s’est produite. Veuillez réessayer.
