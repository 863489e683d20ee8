common-cancel = Annulla
common-close = Chiudi
common-save = Salva
common-saving = Salvataggio…
common-delete = Elimina
common-edit = Modifica
common-back = Indietro
common-next = Avanti
common-done = Fatto
common-retry = Riprova
common-loading = Caricamento…
common-yes = Sì
common-no = No
common-none = Nessuno
common-optional = facoltativo
common-required = obbligatorio
common-choose-file = Scegli file…
common-show = Mostra
common-hide = Nascondi

count-contacts =
    { $count ->
        [one] { $count } contatto
       *[other] { $count } contatti
    }
count-messages =
    { $count ->
        [one] { $count } messaggio
       *[other] { $count } messaggi
    }
count-requests =
    { $count ->
        [one] { $count } richiesta
       *[other] { $count } richieste
    }
count-days =
    { $count ->
        [one] { $count } giorno
       *[other] { $count } giorni
    }
