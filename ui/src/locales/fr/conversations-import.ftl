# Import de conversations depuis des fichiers : e-mail (.eml, mbox), exports Telegram, Messenger
# et du chat du site web, rattachés aux contacts (ImportConversationsDialog et ses étapes, le
# menu des contacts, l'import sur une fiche), et les adresses e-mail de l'entreprise dans les
# Paramètres (StaffAddresses).

## Points d'entrée

import-conversations-menu = Importer des conversations…
import-conversations-card-hint = Aussi un e-mail (.eml, mbox), un export Telegram ou Messenger, ou le fichier CSV d'un chat de site web : l'étape suivante rattache les personnes qu'il contient à vos contacts.

## Boîtes de dialogue de fichiers du système (lib/dialogs.ts)

import-conversations-dialog-files = Choisir des fichiers de conversations
import-conversations-dialog-folder = Choisir un dossier de conversations
import-conversations-dialog-filter = Conversations (e-mail, chats)
import-conversations-dialog-mail-filter = E-mail (.eml, mbox)
import-conversations-dialog-json-filter = Telegram, Messenger ou Custos (.json)
import-conversations-dialog-all-filter = Tous les fichiers

## La boîte de dialogue

import-conversations-title = Importer des conversations
import-conversations-steps = Étapes de l'import
import-conversations-step-files = Fichiers
import-conversations-step-mapping = Colonnes
import-conversations-step-preview = Aperçu
import-conversations-step-importing = Import
import-conversations-step-summary = Terminé
import-conversations-intro = Des e-mails (fichiers .eml, un dossier de ceux-ci ou un fichier mbox de Thunderbird et de la plupart des logiciels de messagerie), un export Telegram ou Messenger, ou le fichier CSV d'un chat de site web. Plusieurs fichiers à la fois sont possibles. Rien n'est enregistré avant que vous ayez vu l'aperçu, et rien du tout si un fichier ne peut pas être lu.
import-conversations-paths-label = Fichiers et dossiers, un par ligne
import-conversations-paths-hint = Choisissez-les ci-dessous ou collez leurs chemins.
import-conversations-choose-files = Choisir des fichiers…
import-conversations-choose-folder = Choisir un dossier…
import-conversations-choose-first = Choisissez d'abord au moins un fichier ou un dossier.
import-conversations-no-files = Le dossier ne contient aucun fichier de conversations que Custos sait lire.
import-conversations-reading = Lecture des fichiers…
import-conversations-reading-short = Lecture…
import-conversations-submit = Importer

## Le format d'un fichier, tel que l'aperçu le nomme

import-conversations-format-whatsapp = chat WhatsApp
import-conversations-format-json = transcription Custos
import-conversations-format-eml = e-mail
import-conversations-format-mbox = boîte aux lettres (mbox)
import-conversations-format-telegram = export Telegram
import-conversations-format-messenger = export Messenger
import-conversations-format-csv = chat du site web (CSV)
# $name : le nom du fichier ; $format : ce qu'il est, p. ex. « export Telegram ».
import-conversations-file = { $name } ({ $format })

## Les colonnes du fichier CSV d'un chat de site web (ConversationsMappingStep)

# $file : le nom du fichier ; $rows : ses lignes.
import-conversations-mapping-intro =
    { $rows ->
        [one] { $file } compte { $rows } ligne. Indiquez ce que contient chaque colonne ; les premières lignes figurent sous les colonnes.
        [many] { $file } compte { $rows } lignes. Indiquez ce que contient chaque colonne ; les premières lignes figurent sous les colonnes.
       *[other] { $file } compte { $rows } lignes. Indiquez ce que contient chaque colonne ; les premières lignes figurent sous les colonnes.
    }
# $fields : ce qui manque, p. ex. « l'heure et le texte ».
import-conversations-mapping-missing = Reste à indiquer : { $fields }.
import-conversations-gap-time = l'heure
import-conversations-gap-sender = l'expéditeur
import-conversations-gap-text = le texte
# $n : le numéro d'une colonne sans nom.
import-conversations-column-n = Colonne { $n }
# $column : le nom de la colonne.
import-conversations-column-field = Contenu de la colonne « { $column } »
import-conversations-field-ignore = Non importée
import-conversations-field-time = Date et heure
import-conversations-field-date = Date
import-conversations-field-clock = Heure
import-conversations-field-sender = Nom de l'expéditeur
import-conversations-field-sender-email = E-mail de l'expéditeur
import-conversations-field-role = Rôle de l'expéditeur (visiteur, agent)
import-conversations-field-text = Texte du message
import-conversations-field-conversation = Identifiant de la conversation
import-conversations-field-message-id = Identifiant du message

## L'aperçu (ConversationsPreviewStep)

# Les nombres des fichiers lus. $files : fichiers ; $threads : fils d'e-mails et chats ;
# $messages : messages ; $skipped : messages non importés (messages système, appels, vides) ;
# $undated : e-mails sans date.
import-conversations-counts =
    { $files ->
        [one] { $files } fichier
        [many] { $files } fichiers
       *[other] { $files } fichiers
    } : { $threads ->
        [one] { $threads } fil
        [many] { $threads } fils
       *[other] { $threads } fils
    }, { $messages ->
        [one] { $messages } message
        [many] { $messages } messages
       *[other] { $messages } messages
    }, { $skipped } ignorés (messages système, appels, vides), { $undated } sans date.
# $count : les fichiers joints aux messages.
import-conversations-attachments =
    { $count ->
        [one] { $count } pièce jointe : son nom et sa taille sont enregistrés, son contenu n'est pas conservé.
        [many] { $count } pièces jointes : leurs noms et tailles sont enregistrés, leur contenu n'est pas conservé.
       *[other] { $count } pièces jointes : leurs noms et tailles sont enregistrés, leur contenu n'est pas conservé.
    }
# $count : les personnes nommées dans les fichiers.
import-conversations-people-title =
    { $count ->
        [one] { $count } personne dans les fichiers
        [many] { $count } personnes dans les fichiers
       *[other] { $count } personnes dans les fichiers
    }
import-conversations-people-hint = Pour chaque personne absente de vos contacts, choisissez : rattacher à un contact, créer un prospect, marquer comme membre de votre entreprise ou ignorer. Rien n'est créé sans votre choix : une personne ignorée n'a pas de fiche, et ses messages ne sont conservés que là où elle a écrit avec un contact.
import-conversations-col-person = Personne
import-conversations-col-messages = Messages
import-conversations-col-matched = Reconnue comme
import-conversations-col-choice = Votre choix
# $sent : messages envoyés par la personne ; $received : messages qui lui sont adressés.
import-conversations-sent-received = { $sent } envoyés, { $received } reçus
# $name : le nom du contact sur la fiche.
import-conversations-known-contact-address = { $name } (par l'adresse e-mail)
import-conversations-known-contact-name = { $name } (par le nom)
import-conversations-known-restricted = { $name } — limité : rien n'est ajouté à la fiche
import-conversations-known-staff = Votre entreprise
import-conversations-known-unknown = Absente de vos contacts
# $count : fiches portant le même nom ou la même adresse.
import-conversations-known-candidates =
    { $count ->
        [one] { $count } fiche portant ce nom
        [many] { $count } fiches portant ce nom
       *[other] { $count } fiches portant ce nom
    }
# $name : la personne.
import-conversations-choice-label = Que faire de { $name }
import-conversations-choice-skip = Ignorer
# $name, $id : une fiche portant le même nom.
import-conversations-choice-candidate = Rattacher à { $name } (n° { $id })
# $name : la fiche à laquelle la personne est rattachée.
import-conversations-choice-attached = Rattacher à { $name }
import-conversations-choice-attach = Rattacher à un contact…
import-conversations-choice-lead = Créer un prospect
import-conversations-choice-staff = Votre entreprise (personnel)
import-conversations-choice-none = —
# $name : la personne.
import-conversations-attach-to = Contact pour { $name }
# $count : conversations que l'import crée ou complète.
import-conversations-planned-title =
    { $count ->
        [one] { $count } conversation à importer
        [many] { $count } conversations à importer
       *[other] { $count } conversations à importer
    }
import-conversations-planned-none = Aucune conversation ne serait importée : personne dans les fichiers n'est encore un contact. Rattachez des personnes à des contacts ou créez des prospects ci-dessus.
# $count : fils dans lesquels personne n'est un contact.
import-conversations-unassigned =
    { $count ->
        [one] { $count } fil ne concerne aucun de vos contacts : il n'est pas importé.
        [many] { $count } fils ne concernent aucun de vos contacts : ils ne sont pas importés.
       *[other] { $count } fils ne concernent aucun de vos contacts : ils ne sont pas importés.
    }
import-conversations-col-card = Fiche
import-conversations-col-title = Conversation
import-conversations-col-new = Nouveaux messages
import-conversations-col-already = Déjà présents
import-conversations-new-lead = nouveau prospect

## L'import et le résumé

# $count : les fichiers importés.
import-conversations-running =
    { $count ->
        [one] Import de { $count } fichier…
        [many] Import de { $count } fichiers…
       *[other] Import de { $count } fichiers…
    }
import-conversations-progress-label = Progression de l'import
# $done, $total : messages écrits jusqu'ici et au total ; $percent : la progression en pour cent.
import-conversations-progress = { $done } messages sur { $total } ({ $percent } %)
# $created : nouvelles conversations ; $extended : conversations d'un import antérieur
# complétées ; $messages : messages ajoutés.
import-conversations-summary = Importé : { $created ->
        [one] { $created } nouvelle conversation
        [many] { $created } nouvelles conversations
       *[other] { $created } nouvelles conversations
    }, { $extended } complétées, { $messages ->
        [one] { $messages } message
        [many] { $messages } messages
       *[other] { $messages } messages
    }.
# $count : messages que le coffre-fort contenait déjà.
import-conversations-summary-duplicates =
    { $count ->
        [one] { $count } message était déjà présent et n'a pas été ajouté à nouveau.
        [many] { $count } messages étaient déjà présents et n'ont pas été ajoutés à nouveau.
       *[other] { $count } messages étaient déjà présents et n'ont pas été ajoutés à nouveau.
    }
import-conversations-summary-skipped =
    { $count ->
        [one] { $count } message ignoré (message système, appel ou message vide).
        [many] { $count } messages ignorés (messages système, appels ou messages vides).
       *[other] { $count } messages ignorés (messages système, appels ou messages vides).
    }
import-conversations-summary-undated =
    { $count ->
        [one] { $count } e-mail n'avait pas de date : il a pris l'heure du message précédent.
        [many] { $count } e-mails n'avaient pas de date : chacun a pris l'heure du message précédent.
       *[other] { $count } e-mails n'avaient pas de date : chacun a pris l'heure du message précédent.
    }
import-conversations-summary-unassigned =
    { $count ->
        [one] { $count } fil ne concernait aucun de vos contacts et n'a pas été importé.
        [many] { $count } fils ne concernaient aucun de vos contacts et n'ont pas été importés.
       *[other] { $count } fils ne concernaient aucun de vos contacts et n'ont pas été importés.
    }
import-conversations-summary-attachments =
    { $count ->
        [one] { $count } pièce jointe : son nom et sa taille ont été enregistrés, son contenu n'a pas été conservé.
        [many] { $count } pièces jointes : leurs noms et tailles ont été enregistrés, leur contenu n'a pas été conservé.
       *[other] { $count } pièces jointes : leurs noms et tailles ont été enregistrés, leur contenu n'a pas été conservé.
    }
# $count : prospects créés ; leurs noms suivent, chacun un lien vers la fiche.
import-conversations-summary-leads =
    { $count ->
        [one] { $count } prospect créé (la source est les propres messages de la personne) :
        [many] { $count } prospects créés (la source est chaque fois les propres messages de la personne) :
       *[other] { $count } prospects créés (la source est chaque fois les propres messages de la personne) :
    }

## Paramètres : les adresses e-mail de l'entreprise (StaffAddresses)

import-conversations-staff-title = Adresses e-mail de votre entreprise
import-conversations-staff-intro = Lors de l'import d'e-mails, un message envoyé depuis ou vers l'une de ces adresses appartient à votre entreprise (personnel), et non à un contact.
import-conversations-staff-label = Adresses, une par ligne
import-conversations-staff-hint = Laissez vide pour utiliser l'adresse e-mail du profil de l'entreprise.
# $addresses : l'adresse e-mail du profil de l'entreprise.
import-conversations-staff-from-profile = Aucune définie : l'adresse du profil de l'entreprise est utilisée ({ $addresses }).
import-conversations-staff-none = Aucune définie, et le profil de l'entreprise n'a pas d'adresse e-mail : aucun e-mail n'est considéré comme celui de votre entreprise.
import-conversations-staff-save = Enregistrer les adresses
