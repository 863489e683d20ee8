common-cancel = Annuler
common-close = Fermer
common-save = Enregistrer
common-saving = Enregistrement…
common-delete = Supprimer
common-edit = Modifier
common-back = Retour
common-next = Suivant
common-done = Terminé
common-retry = Réessayer
common-loading = Chargement…
common-yes = Oui
common-no = Non
common-none = Aucun
common-optional = facultatif
common-required = obligatoire
common-choose-file = Choisir un fichier…
common-show = Afficher
common-hide = Masquer

count-contacts =
    { $count ->
        [one] { $count } contact
       *[other] { $count } contacts
    }
count-messages =
    { $count ->
        [one] { $count } message
       *[other] { $count } messages
    }
count-requests =
    { $count ->
        [one] { $count } demande
       *[other] { $count } demandes
    }
count-days =
    { $count ->
        [one] { $count } jour
       *[other] { $count } jours
    }
