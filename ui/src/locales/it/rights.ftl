# Diritti dell’interessato sulla scheda del contatto: limitazione del trattamento (art. 18) e
# cancellazione (art. 17), la finestra del motivo e i documenti.

## Perché una scheda non si può modificare

rights-frozen-erased = Cancellato il { $date }: non si può più registrare né modificare nulla.
rights-frozen-restricted = Il trattamento è limitato dal { $date } ({ $reason }). Revoca la limitazione per apportare modifiche.
rights-erase-blocked-erased = Questo contatto è già cancellato.
rights-erase-blocked-restricted = Un contatto con trattamento limitato non può essere cancellato: i suoi dati potrebbero servire per un diritto in sede giudiziaria. Revoca prima la limitazione.
rights-reason-missing = Indica il motivo: viene conservato nel registro delle attività.

## Cosa la cancellazione elimina e cosa conserva

rights-erase-removes-1 = il nome — la scheda diventa «Contatto cancellato n. …»
rights-erase-removes-2 = tutti i recapiti (e-mail, telefono, organizzazione, indirizzo, numero del documento) e le note
rights-erase-removes-3 = i contrassegni dei campi sensibili
rights-erase-removes-4 = tutte le conversazioni e i messaggi, con le relative voci nell’indice di ricerca
rights-erase-removes-5 = i riferimenti alle prove di { -consent } e di opposizione (possono nominare la persona)
rights-erase-removes-6 = i dettagli delle voci di audit che contenevano i suoi dati (valori precedenti delle rettifiche, motivi delle limitazioni)
rights-erase-keeps-1 = il numero del contatto, lo stato nel ciclo di vita e il tipo di fonte dei dati
rights-erase-keeps-2 = quando la scheda è stata creata e quando c’è stato l’ultimo contatto
rights-erase-keeps-3 = lo storico dei consensi e delle opposizioni (cosa, quando, come — senza prove)
rights-erase-keeps-4 = il fatto che la cancellazione è avvenuta, quando e da parte di chi (nel registro delle attività)
rights-list-separator = { "; " }

## L’esito di una cancellazione

rights-erased-conversations =
    { $conversations ->
        [one] { $conversations } conversazione eliminata
       *[other] { $conversations } conversazioni eliminate
    }, con { $messages ->
        [one] { $messages } messaggio
       *[other] { $messages } messaggi
    }
rights-erased-evidence =
    { $count ->
        [one] { $count } riferimento a prove rimosso
       *[other] { $count } riferimenti a prove rimossi
    }
rights-erased-audit =
    { $count ->
        [one] { $count } voce di audit oscurata
       *[other] { $count } voci di audit oscurate
    }
rights-erased-log-emptied = Registro write-ahead (WAL) svuotato: nel file non resta leggibile nulla dei suoi dati.
rights-erased-log-later = Il registro write-ahead (WAL) non può essere svuotato ora (un altro programma ha aperto la cassaforte); verrà svuotato al prossimo blocco della cassaforte.

## Il banner della scheda: cancellata o limitata

rights-tombstone-title = Cancellato il { $date }
rights-tombstone-text = I dati che identificano la persona sono stati rimossi dalla cassaforte. Restano solo informazioni aziendali non identificative: { $kept }.
rights-erasure-done = Cancellazione eseguita.
rights-frozen-title = Trattamento limitato dal { $date }
rights-frozen-reason = Motivo: { $reason }
rights-frozen-hint = Questa scheda è bloccata: non si può modificare né cancellare, e non si possono registrare conversazioni, importazioni o consensi. È esclusa dall’elenco dei contatti, dalla ricerca e dagli elenchi di marketing.
rights-lift-button = Revoca la limitazione…

## Finestra di cancellazione

rights-erase-backups-unknown = I backup fatti finora contengono ancora i dati.
rights-erase-title = Cancellare { $name }?
rights-erase-warning = La cancellazione (art. 17 { -gdpr }) è irreversibile: i dati vengono sovrascritti nel file della cassaforte, nel suo registro e nel suo indice di ricerca.
rights-erase-removes-title = Eliminato per sempre
rights-erase-keeps-title = Conservato, senza nulla che identifichi la persona
# The word typed (in capitals) instead of the contact's name to confirm an erasure.
rights-erase-word = CANCELLA
rights-erase-confirm-word = Digita { $word } per confermare
rights-erase-confirm-name = Digita il nome del contatto ({ $name }) oppure { $word } per confermare
rights-erase-busy = Cancellazione…
rights-erase-submit = Cancella per sempre

## Limitare il trattamento / revocare la limitazione

rights-restrict-title = Limita il trattamento: { $name }
rights-lift-title = Revoca la limitazione: { $name }
rights-restrict-hint = La scheda viene conservata ma bloccata (art. 18 { -gdpr }): non si può modificare, non si possono registrare conversazioni, importazioni o consensi, è esclusa dall’elenco dei contatti, dalla ricerca e da ogni elenco di marketing, e non può essere cancellata finché la limitazione non viene revocata. Usala, ad esempio, mentre la persona contesta l’esattezza dei propri dati.
rights-lift-hint = Il trattamento può riprendere: la scheda si può di nuovo modificare e torna nell’elenco dei contatti.
rights-reason-label = Motivo
rights-reason-label-hint = (conservato nel registro delle attività)
rights-restrict-example = ad es. Esattezza contestata dalla persona il 3 maggio
rights-lift-example = ad es. Esattezza verificata
rights-restrict-submit = Limita il trattamento
rights-lift-submit = Revoca la limitazione

## Finestra del documento: i documenti per tipo

document-dialog-kind-record = Registro delle attività di trattamento (art. 30)
document-dialog-kind-notice = Informativa sulla privacy (PDF)
document-dialog-kind-notice-html = Informativa sulla privacy come pagina web
document-dialog-kind-access-report = Rapporto di accesso (art. 15)
document-dialog-kind-access-export = Esportazione portabile (art. 20)
document-dialog-kind-request-letter = Lettera al richiedente

## Finestra del documento

document-dialog-size-mb = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
document-dialog-size-kb = { $size } KB
document-dialog-saved =
    Salvato { $path } ({ $pages ->
        [0] { $size }
        [one] { $pages } pagina, { $size }
       *[other] { $pages } pagine, { $size }
    }).
document-dialog-error-path = Scegli dove salvare il documento.
document-dialog-error-third-party = Indica il terzo da cui provengono i dati: un’informativa ai sensi dell’art. 14 ne indica la fonte.
document-dialog-error-public-source = Indica la fonte pubblica da cui provengono i dati (ad es. un registro): un’informativa ai sensi dell’art. 14 la indica.
document-dialog-language = Lingua
document-dialog-format = Formato
document-dialog-save-as = Salva come
document-dialog-save-as-hint = Scritto solo lì. Un file esistente viene sostituito solo se spunti la casella qui sotto.
document-dialog-source-title = Da dove provengono i { -personal-data }
document-dialog-source-person = Dati raccolti presso la persona (art. 13)
document-dialog-source-other = Dati da un’altra fonte (art. 14)
document-dialog-source-kind = Fonte
document-dialog-source-third-party = Un terzo
document-dialog-source-public = Una fonte pubblica
document-dialog-which-third-party = Quale terzo
document-dialog-which-public = Quale fonte pubblica
document-dialog-third-party-example = ad es. segnalazione di Anna Rossi
document-dialog-public-example = ad es. registro delle imprese
document-dialog-source-hint = L’informativa elenca allora anche le categorie di dati e indica la fonte (art. 14).
document-dialog-redact = Oscura anche questi nomi (uno per riga)
document-dialog-redact-example = ad es. Mario Rossi
document-dialog-redact-hint = Le altre persone nominate nel rapporto (conversazioni, note, richieste o prove del consenso) vengono comunque oscurate se hanno scritto nelle conversazioni o sono contatti qui. Aggiungi chiunque altro venga nominato (un parente, un collega): ovunque compaia il suo nome completo, sparisce dal rapporto e dall’esportazione. Un nome o un cognome usato da solo resta; aggiungilo su una riga a parte per oscurare anche quello.
document-dialog-export-too = Salva anche l’esportazione portabile (ZIP con JSON e CSV, art. 20)
document-dialog-export-as = Salva l’esportazione come
document-dialog-replace = Sostituisci un file esistente
document-dialog-open = Apri
document-dialog-recorded = Registrato nella richiesta n. { $id } come azione svolta.
document-dialog-busy = Generazione…
document-dialog-submit = Genera e salva

## Impostazioni → Documenti

documents-panel-title = Documenti
documents-panel-hint = Redatti in base al profilo aziendale, alle finalità e alle regole di conservazione, nella lingua che scegli. Se manca qualcosa che un documento deve contenere, Custos elenca cosa completare invece di redigere un documento lacunoso.
documents-panel-notice-button = Informativa sulla privacy…
documents-panel-record-button = Registro dei trattamenti…
documents-panel-notice-dialog = Informativa sulla privacy
documents-panel-record-dialog = Registro delle attività di trattamento
