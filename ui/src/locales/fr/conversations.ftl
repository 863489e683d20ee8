# Les conversations d’une fiche : la liste, l’ajout à la main, l’import d’un export de discussion,
# la suppression des transcriptions.

## Sur la fiche (ContactCard, ConversationItem)

conversations-title = Conversations
conversations-add = Ajouter une conversation
conversations-import = Importer un export de discussion
conversations-none = Aucune conversation pour l’instant. Notez un appel ou un rendez-vous, ou importez un export de discussion WhatsApp — il est conservé avec la fiche, et son enregistrement met à jour la date du dernier contact.
# $count : les messages de la conversation ; $origin : sa provenance, p. ex. « importée de WhatsApp ».
conversations-item-meta =
    { $count ->
        [one] { $count } message, { $origin }
       *[other] { $count } messages, { $origin }
    }
# $ref : la référence saisie, p. ex. un numéro de ticket.
conversations-item-ref = Réf. { $ref }
conversations-item-loading = Chargement des messages…
conversations-item-empty = Aucun message n’a été enregistré dans cette conversation.
# $names : les autres destinataires d’un e-mail (À et Cc), en liste.
conversations-item-to = À : { $names }
conversations-item-show-quoted = Afficher le texte cité
conversations-item-hide-quoted = Masquer le texte cité
conversations-item-attachments = Pièces jointes (noms seulement : leur contenu n’est pas conservé)
# $name : le nom du fichier joint ; $size : sa taille, p. ex. « 47 ko ».
conversations-item-attachment = { $name } ({ $size })

## Ajouter une conversation à la main (AddConversation, conversation-form.ts)

conversations-add-title = Ajouter une conversation
conversations-add-channel = Canal
# La date et l’heure de la conversation.
conversations-add-when = Date et heure
conversations-add-reference = Référence
conversations-add-reference-placeholder = p. ex. numéro de ticket ou identifiant d’e-mail
# $n : le numéro du message dans le formulaire (1, 2…) ; suivi du contact, de « Personnel » ou de « Quelqu’un d’autre ».
conversations-add-message-from = Message { $n } de
conversations-add-staff = Personnel
conversations-add-someone-else = Quelqu’un d’autre
conversations-add-name = Nom
conversations-add-text = Texte
conversations-add-remove = Supprimer
    .aria-label = Supprimer le message { $n }
conversations-add-another = Ajouter un autre message
conversations-add-save = Enregistrer la conversation
conversations-error-when = Saisissez la date et l’heure de la conversation.
conversations-error-no-message = Écrivez au moins un message, par exemple une courte note de ce qui a été dit.
# $n : le numéro du message dans le formulaire.
conversations-error-unnamed = Message { $n } : indiquez qui l’a écrit.

## Importer un export de discussion (ImportPanel)

conversations-import-title = Importer un export de discussion
# « Exporter la discussion » est l’option de menu de WhatsApp en français.
conversations-import-intro = Un fichier .txt créé par « Exporter la discussion » dans WhatsApp (sans médias), ou une transcription Custos au format .json. Rien n’est importé si une ligne ne peut pas être lue.
conversations-import-file = Fichier d’export
conversations-import-choose-first = Choisissez d’abord le fichier d’export de la discussion.
# $name : le nom du contact.
conversations-import-sender = Nom de { $name } dans la discussion
conversations-import-sender-ask = Saisissez l’expéditeur qui correspond au contact, exactement comme l’indique le message ci-dessus, puis relancez l’importation.
conversations-import-sender-hint = Nécessaire uniquement s’il diffère du nom indiqué sur la fiche.
conversations-import-staff = Noms du personnel
conversations-import-staff-hint = (séparés par des virgules)
conversations-import-staff-placeholder = p. ex. Marta, Piotr
conversations-import-others = Les autres expéditeurs sont enregistrés comme des tiers.
conversations-import-progress-label = Progression de l’importation
# $done : messages lus jusqu’ici ; $total : tous les messages.
conversations-import-progress =
    { $done ->
        [one] { $done } message sur { $total }
       *[other] { $done } messages sur { $total }
    }
conversations-import-reading = Lecture du fichier…
conversations-import-importing = Importation…
conversations-import-submit = Importer

## Supprimer les transcriptions d’un contact (DeleteTranscriptsDialog)

# $name : le nom du contact.
conversations-delete-title = Supprimer les transcriptions de { $name } ?
# $count : le nombre de conversations.
conversations-delete-warning =
    { $count ->
        [one] { $count } conversation et tous ses messages seront supprimés définitivement, avec leurs entrées dans l’index de recherche. La fiche est conservée.
       *[other] { $count } conversations et tous leurs messages seront supprimés définitivement, avec leurs entrées dans l’index de recherche. La fiche est conservée.
    }
conversations-delete-note = D’abord, notez ce qu’il faut garder
conversations-delete-note-hint = (facultatif, ajouté aux notes de la fiche)
conversations-delete-note-placeholder = p. ex. Intéressée par la formation Excel, 3 places, budget approuvé pour le T1
conversations-delete-deleting = Suppression…
conversations-delete-submit = Supprimer les transcriptions
