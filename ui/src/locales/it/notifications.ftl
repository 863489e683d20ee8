notify-contacts-title =
    { $new ->
        [one] { $new } contatto richiede attenzione
       *[other] { $new } contatti richiedono attenzione
    }
notify-requests-title =
    { $new ->
        [one] { $new } richiesta è in scadenza o scaduta
       *[other] { $new } richieste sono in scadenza o scadute
    }
notify-both-title = { $contacts }; { $requests }
notify-contacts-body = Il loro periodo di conservazione è terminato ({ $total } in tutto). Apri «Da gestire» in Custos per eliminare le trascrizioni, cancellare i dati o conservarli indicando un motivo.
notify-requests-body = Apri «Richieste» in Custos per vedere le scadenze ({ $total } in scadenza o scadute in tutto).
notify-both-body = { $contacts } { $requests }
