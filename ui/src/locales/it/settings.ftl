# Impostazioni: preferenze, profilo aziendale, giorni lavorativi (festività e giorni di chiusura)
# e verifica dell’integrità della cassaforte.

settings-title = Impostazioni
settings-saved = Salvato.

## Preferenze

settings-preferences-title = Preferenze
settings-auto-lock = Blocca dopo questi minuti di inattività
settings-auto-lock-hint = Da 1 a 240. La cassaforte si blocca da sola e cancella lo schermo.
settings-auto-lock-invalid = Il blocco automatico richiede un numero intero di minuti da 1 a 240.
settings-operator-hint = Indicato nel registro delle attività dal prossimo sblocco.
settings-operator-missing = Inserisci il tuo nome: viene registrato a ogni modifica.
settings-preferences-save = Salva le preferenze

## Profilo aziendale

settings-company-title = Profilo aziendale
settings-company-intro = Chi è responsabile dei dati (il { -controller }). Le informative sulla privacy e i report partono da qui.
settings-company-name = Ragione sociale ({ -controller })
settings-company-country = Paese
settings-company-country-hint = Codice di 2 lettere, ad es. IT
settings-company-address = Indirizzo
settings-company-email = E-mail
settings-company-phone = Telefono
settings-company-dpo-name = Responsabile della protezione dei dati
settings-company-dpo-name-hint = Se ne è stato designato uno
settings-company-dpo-contact = Contatto dell’RPD
settings-company-authority-name = Autorità di controllo
settings-company-authority-name-hint = Necessaria per le informative sulla privacy, ad es. Garante per la protezione dei dati personali
settings-company-authority-contact = Contatto dell’autorità
settings-company-authority-contact-hint = Necessario per le informative sulla privacy: indirizzo o sito web
settings-company-name-missing = Inserisci la ragione sociale: è il { -controller } indicato in ogni documento.
settings-company-save = Salva il profilo aziendale

## Giorni lavorativi

settings-working-days-title = Giorni lavorativi
settings-holidays = Festività
settings-year = Anno
settings-holidays-none = Nessuna considerata.
settings-closure-days = Giorni di chiusura
settings-closure-days-none = Nessun giorno di chiusura aggiunto.
settings-closure-remove = Rimuovi
settings-closure-keep = Mantieni
settings-closure-remove-ask = Rimuovi…
settings-closure-remove-label = Rimuovi { $day }
settings-closure-day = Chiuso il
settings-closure-reason = Motivo (facoltativo)
settings-closure-reason-placeholder = ad es. tra Natale e Capodanno
settings-closure-add = Aggiungi giorno di chiusura

## Integrità della cassaforte

settings-integrity-title = Integrità della cassaforte
settings-integrity-intro = Legge l’intera cassaforte e verifica che nulla sia danneggiato. Eseguila dopo aver ripristinato un backup.
settings-integrity-checking = Verifica…
settings-integrity-check = Verifica l’integrità della cassaforte
settings-integrity-ok = Nessun problema rilevato.
settings-integrity-problems =
    { $count ->
        [one] { $count } problema rilevato
       *[other] { $count } problemi rilevati
    }. Ripristina la cassaforte da un backup prima di modificare qualsiasi cosa.

settings-integrity-page-mac = La pagina { $page } non corrisponde alla sua somma di controllo: è stata modificata sul disco o scritta in modo errato.
settings-integrity-page-damaged = La pagina { $page } è danneggiata.
settings-integrity-page-never-used = La pagina { $page } non è usata da nulla.
settings-integrity-page-used-twice = La pagina { $page } è usata due volte.
settings-integrity-row-missing-from-index = La riga { $row } manca nell’indice { $index }.
settings-integrity-index-entry-count = L’indice { $index } ha un numero di voci errato.
settings-integrity-index-not-unique = L’indice { $index } contiene due volte la stessa voce.
settings-integrity-freelist-size =
    L’elenco delle pagine libere indica { $found ->
        [one] { $found } pagina
       *[other] { $found } pagine
    }, ma ne contiene { $expected }.
settings-integrity-freelist-damaged = L’elenco delle pagine libere è danneggiato.
settings-integrity-technical = Dettagli tecnici per l’assistenza
