# Le conversazioni di una scheda: l’elenco, l’aggiunta a mano, l’importazione di una chat
# esportata, l’eliminazione delle trascrizioni.

## Sulla scheda (ContactCard, ConversationItem)

conversations-title = Conversazioni
conversations-add = Aggiungi conversazione
conversations-import = Importa chat esportata
conversations-none = Ancora nessuna conversazione. Annota una telefonata o un incontro, oppure importa una chat esportata da WhatsApp: viene conservata accanto alla scheda e la sua registrazione aggiorna la data dell’ultimo contatto.
# $count: i messaggi della conversazione; $origin: come è arrivata, ad es. «importata da WhatsApp».
conversations-item-meta =
    { $count ->
        [one] { $count } messaggio, { $origin }
       *[other] { $count } messaggi, { $origin }
    }
# $ref: il riferimento inserito, ad es. il numero di un ticket.
conversations-item-ref = Rif. { $ref }
conversations-item-loading = Caricamento dei messaggi…
conversations-item-empty = In questa conversazione non è stato registrato alcun messaggio.
# $names: gli altri destinatari di un'e-mail (A e Cc), come elenco.
conversations-item-to = A: { $names }
conversations-item-show-quoted = Mostra il testo citato
conversations-item-hide-quoted = Nascondi il testo citato
conversations-item-attachments = Allegati (solo i nomi: il contenuto non viene conservato)
# $name: il nome del file allegato; $size: la sua dimensione, ad es. "47 kB".
conversations-item-attachment = { $name } ({ $size })

## Aggiungere una conversazione a mano (AddConversation, conversation-form.ts)

conversations-add-title = Aggiungi una conversazione
conversations-add-channel = Canale
# Data e ora della conversazione.
conversations-add-when = Quando
conversations-add-reference = Riferimento
conversations-add-reference-placeholder = es. ticket o ID dell’e-mail
# $n: il numero del messaggio nel modulo (1, 2…); segue il contatto, «Personale» o «Qualcun altro».
conversations-add-message-from = Messaggio { $n } da
conversations-add-staff = Personale
conversations-add-someone-else = Qualcun altro
conversations-add-name = Nome
conversations-add-text = Testo
conversations-add-remove = Rimuovi
    .aria-label = Rimuovi il messaggio { $n }
conversations-add-another = Aggiungi un altro messaggio
conversations-add-save = Salva conversazione
conversations-error-when = Inserisci la data e l’ora della conversazione.
conversations-error-no-message = Scrivi almeno un messaggio, ad es. una breve nota di quanto detto.
# $n: il numero del messaggio nel modulo.
conversations-error-unnamed = Messaggio { $n }: indica chi l’ha scritto.

## Importare una chat esportata (ImportPanel)

conversations-import-title = Importa una chat esportata
# «Esporta chat» è la voce di menu di WhatsApp in italiano.
conversations-import-intro = Un file .txt creato con «Esporta chat» di WhatsApp (senza media), oppure una trascrizione Custos in formato .json. Non viene importato nulla se anche una sola riga non è leggibile.
conversations-import-file = File esportato
conversations-import-choose-first = Scegli prima il file della chat esportata.
# $name: il nome del contatto.
conversations-import-sender = Nome di { $name } nella chat
conversations-import-sender-ask = Digita il mittente che corrisponde al contatto esattamente come lo riporta il messaggio qui sopra, poi importa di nuovo.
conversations-import-sender-hint = Serve solo se è diverso dal nome sulla scheda.
conversations-import-staff = Nomi del personale
conversations-import-staff-hint = (separati da virgole)
conversations-import-staff-placeholder = es. Marta, Piotr
conversations-import-others = Gli altri mittenti vengono registrati come terzi.
conversations-import-progress-label = Avanzamento dell’importazione
# $done: i messaggi letti finora; $total: tutti.
conversations-import-progress =
    { $total ->
        [one] { $done } di { $total } messaggio
       *[other] { $done } di { $total } messaggi
    }
conversations-import-reading = Lettura del file…
conversations-import-importing = Importazione…
conversations-import-submit = Importa

## Eliminare le trascrizioni di un contatto (DeleteTranscriptsDialog)

# $name: il nome del contatto.
conversations-delete-title = Eliminare le trascrizioni di { $name }?
# $count: quante conversazioni.
conversations-delete-warning =
    { $count ->
        [one] { $count } conversazione e tutti i suoi messaggi verranno eliminati definitivamente, insieme alle voci nell’indice di ricerca. La scheda resta.
       *[other] { $count } conversazioni e tutti i loro messaggi verranno eliminati definitivamente, insieme alle voci nell’indice di ricerca. La scheda resta.
    }
conversations-delete-note = Prima annota cosa conservare
conversations-delete-note-hint = (facoltativo, aggiunto alle note della scheda)
conversations-delete-note-placeholder = es. Interessata al corso di Excel, 3 posti, budget approvato per il primo trimestre
conversations-delete-deleting = Eliminazione…
conversations-delete-submit = Elimina le trascrizioni
