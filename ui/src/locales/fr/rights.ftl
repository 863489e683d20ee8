# Droits de la personne concernée sur la fiche du contact : limitation du traitement (art. 18)
# et effacement (art. 17), la fenêtre du motif et les documents.

## Pourquoi une fiche ne peut pas être modifiée

rights-frozen-erased = Effacé le { $date } : plus rien ne peut être enregistré ni modifié.
rights-frozen-restricted = Le traitement est limité depuis le { $date } ({ $reason }). Levez la limitation pour apporter des modifications.
rights-erase-blocked-erased = Ce contact est déjà effacé.
rights-erase-blocked-restricted = Un contact dont le traitement est limité ne peut pas être effacé : ses données peuvent être nécessaires à la défense de droits en justice. Levez d’abord la limitation.
rights-reason-missing = Indiquez le motif : il est conservé dans le journal d’audit.

## Ce que l’effacement supprime et ce qu’il conserve

rights-erase-removes-1 = le nom — la fiche devient « Contact effacé nº … »
rights-erase-removes-2 = toutes les coordonnées (e-mail, téléphone, organisation, adresse, numéro de pièce d’identité) et les notes
rights-erase-removes-3 = les marques de champs sensibles
rights-erase-removes-4 = toutes les conversations et tous les messages, ainsi que leurs entrées dans l’index de recherche
rights-erase-removes-5 = les références aux preuves de { -consent } et d’opposition (elles peuvent nommer la personne)
rights-erase-removes-6 = le détail des entrées du journal d’audit contenant ses données (anciennes valeurs des corrections, motifs de limitation)
rights-erase-keeps-1 = le numéro du contact, son statut dans le cycle de vie et le type de source des données
rights-erase-keeps-2 = les dates de création de la fiche et du dernier contact
rights-erase-keeps-3 = l’historique des consentements et des oppositions (quoi, quand, comment — sans preuves)
rights-erase-keeps-4 = le fait que l’effacement a eu lieu, quand et par qui (dans le journal d’audit)
rights-list-separator = { " ; " }

## Le résultat d’un effacement

rights-erased-conversations =
    { $conversations ->
        [one] { $conversations } conversation supprimée
       *[other] { $conversations } conversations supprimées
    }, avec { $messages ->
        [one] { $messages } message
       *[other] { $messages } messages
    }
rights-erased-evidence =
    { $count ->
        [one] { $count } référence de preuve effacée
       *[other] { $count } références de preuve effacées
    }
rights-erased-audit =
    { $count ->
        [one] { $count } entrée du journal d’audit caviardée
       *[other] { $count } entrées du journal d’audit caviardées
    }
rights-erased-log-emptied = Journal d’écriture anticipée (WAL) vidé : plus rien de ses données n’est lisible dans le fichier.
rights-erased-log-later = Le journal d’écriture anticipée (WAL) n’a pas pu être vidé maintenant (un autre programme a ouvert le coffre-fort) ; il le sera au prochain verrouillage du coffre-fort.

## Le bandeau de la fiche : effacée ou limitée

rights-tombstone-title = Effacé le { $date }
rights-tombstone-text = Les données identifiant la personne ont été supprimées du coffre-fort. Il ne reste que des informations commerciales non identifiantes : { $kept }.
rights-erasure-done = Effacement effectué.
rights-frozen-title = Traitement limité depuis le { $date }
rights-frozen-reason = Motif : { $reason }
rights-frozen-hint = Cette fiche est gelée : elle ne peut être ni modifiée ni effacée, et aucune conversation, importation ou consentement ne peut être enregistré. Elle n’apparaît ni dans la liste des contacts, ni dans la recherche, ni dans les listes marketing.
rights-lift-button = Lever la limitation…

## Fenêtre d’effacement

rights-erase-backups-unknown = Les sauvegardes antérieures les contiennent encore.
rights-erase-title = Effacer { $name } ?
rights-erase-warning = L’effacement (art. 17 du { -gdpr }) est irréversible : les données sont écrasées dans le fichier du coffre-fort, son journal et son index de recherche.
rights-erase-removes-title = Supprimé définitivement
rights-erase-keeps-title = Conservé, sans rien qui identifie la personne
# The word typed (in capitals) instead of the contact's name to confirm an erasure.
rights-erase-word = EFFACER
rights-erase-confirm-word = Saisissez { $word } pour confirmer
rights-erase-confirm-name = Saisissez le nom du contact ({ $name }) ou { $word } pour confirmer
rights-erase-busy = Effacement…
rights-erase-submit = Effacer définitivement

## Limiter le traitement / lever la limitation

rights-restrict-title = Limiter le traitement : { $name }
rights-lift-title = Lever la limitation : { $name }
rights-restrict-hint = La fiche est conservée mais gelée (art. 18 du { -gdpr }) : elle ne peut pas être modifiée, aucune conversation, importation ou consentement ne peut être enregistré, elle n’apparaît ni dans la liste des contacts, ni dans la recherche, ni dans aucune liste marketing, et elle ne peut pas être effacée tant que la limitation n’est pas levée. Utilisez-la par exemple pendant que la personne conteste l’exactitude de ses données.
rights-lift-hint = Le traitement peut reprendre : la fiche peut de nouveau être modifiée et réapparaît dans la liste des contacts.
rights-reason-label = Motif
rights-reason-label-hint = (conservé dans le journal d’audit)
rights-restrict-example = par ex. Exactitude contestée par la personne le 3 mai
rights-lift-example = par ex. Exactitude vérifiée
rights-restrict-submit = Limiter le traitement
rights-lift-submit = Lever la limitation

## Fenêtre de document : les documents par type

document-dialog-kind-record = Registre des activités de traitement (art. 30)
document-dialog-kind-notice = Mentions d’information (PDF)
document-dialog-kind-notice-html = Mentions d’information en page web
document-dialog-kind-access-report = Rapport d’accès (art. 15)
document-dialog-kind-access-export = Export portable (art. 20)
document-dialog-kind-request-letter = Courrier au demandeur

## Fenêtre de document

document-dialog-size-mb = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } Mo
document-dialog-size-kb = { $size } Ko
document-dialog-saved =
    Enregistré : { $path } ({ $pages ->
        [0] { $size }
        [one] { $pages } page, { $size }
       *[other] { $pages } pages, { $size }
    }).
document-dialog-error-path = Choisissez où enregistrer le document.
document-dialog-error-third-party = Nommez le tiers dont proviennent les données : des mentions relevant de l’art. 14 indiquent leur source.
document-dialog-error-public-source = Nommez la source publique dont proviennent les données (par ex. un registre) : des mentions relevant de l’art. 14 l’indiquent.
document-dialog-language = Langue
document-dialog-format = Format
document-dialog-save-as = Enregistrer sous
document-dialog-save-as-hint = Écrit uniquement à cet endroit. Un fichier existant n’est remplacé que si vous cochez la case ci-dessous.
document-dialog-source-title = D’où proviennent les { -personal-data }
document-dialog-source-person = Données collectées auprès de la personne (art. 13)
document-dialog-source-other = Données provenant d’une autre source (art. 14)
document-dialog-source-kind = Source
document-dialog-source-third-party = Un tiers
document-dialog-source-public = Une source publique
document-dialog-which-third-party = Quel tiers
document-dialog-which-public = Quelle source publique
document-dialog-third-party-example = par ex. recommandation de Marie Dupont
document-dialog-public-example = par ex. registre du commerce et des sociétés
document-dialog-source-hint = Les mentions indiquent alors aussi les catégories de données et nomment la source (art. 14).
document-dialog-redact = Masquer aussi ces noms (un par ligne)
document-dialog-redact-example = par ex. Jean Dupont
document-dialog-redact-hint = Les autres personnes nommées dans le rapport (conversations, notes, demandes ou preuves de consentement) sont masquées de toute façon si elles ont écrit dans les conversations ou sont des contacts ici. Ajoutez toute autre personne nommée (un proche, un collègue) : partout où son nom complet apparaît, il disparaît du rapport et de l’export. Un prénom ou un nom de famille employé seul reste ; ajoutez-le sur une ligne à part pour le masquer aussi.
document-dialog-export-too = Enregistrer aussi l’export portable (ZIP avec JSON et CSV, art. 20)
document-dialog-export-as = Enregistrer l’export sous
document-dialog-replace = Remplacer un fichier existant
document-dialog-open = Ouvrir
document-dialog-recorded = Enregistré sur la demande n° { $id } comme action réalisée.
document-dialog-busy = Génération…
document-dialog-submit = Générer et enregistrer

## Paramètres → Documents

documents-panel-title = Documents
documents-panel-hint = Rédigés à partir du profil de l’entreprise, des finalités et des règles de conservation, dans la langue de votre choix. S’il manque un élément qu’un document doit contenir, Custos indique ce qu’il faut compléter au lieu de rédiger un document lacunaire.
documents-panel-notice-button = Mentions d’information…
documents-panel-record-button = Registre des traitements…
documents-panel-notice-dialog = Mentions d’information
documents-panel-record-dialog = Registre des activités de traitement
