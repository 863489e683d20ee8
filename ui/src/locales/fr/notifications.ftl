notify-contacts-title =
    { $new ->
        [one] { $new } contact demande votre attention
       *[other] { $new } contacts demandent votre attention
    }
notify-requests-title =
    { $new ->
        [one] { $new } demande arrive à échéance ou est en retard
       *[other] { $new } demandes arrivent à échéance ou sont en retard
    }
notify-both-title = { $contacts } ; { $requests }
notify-contacts-body = Leur durée de conservation est écoulée ({ $total } au total). Ouvrez « À traiter » dans Custos pour supprimer les transcriptions, effacer les données ou les conserver en indiquant un motif.
notify-requests-body = Ouvrez « Demandes » dans Custos pour voir les échéances ({ $total } bientôt dues ou en retard au total).
notify-both-body = { $contacts } { $requests }
