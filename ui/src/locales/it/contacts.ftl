# La vista dei contatti: l’elenco, la scheda, il modulo del contatto, la ricerca, le etichette, la cronologia della scheda.

## La vista dei contatti accanto all’elenco (ContactsView)

contacts-view-duplicates-label = Possibili duplicati
contacts-view-card-label = Scheda del contatto
contacts-view-choose = Scegli un contatto a sinistra, oppure cerca qualsiasi persona con Ctrl+K.
# Mostrato una volta, in una nuova cassaforte senza contatti.
contacts-start-title = La cassaforte è pronta
contacts-start-encrypted = Tutto ciò che aggiungi resta cifrato in quest’unico file, su questo computer.
# $new: il nome del pulsante «Nuovo contatto», in grassetto; $import: un pulsante «Importa contatti…».
contacts-start-add = Aggiungi il primo contatto con { $new } (Ctrl+N), oppure importa una rubrica — Google Contatti, Outlook, un foglio di calcolo o il file vCard di un telefono: { $import } (Ctrl+I).
# $settings: il nome della sezione Impostazioni (contacts-start-settings-name), in grassetto.
contacts-start-settings = In { $settings }, inserisci i dati dell’azienda e le finalità per cui conservi i dati.
contacts-start-settings-name = Impostazioni
contacts-start-chats = Tieni le chat accanto alla scheda: importa un’esportazione di WhatsApp o annota una telefonata.
# Il pulsante (e il titolo della finestra) che aggiunge un contatto.
contacts-new-contact = Nuovo contatto
contacts-import-contacts = Importa contatti…

## L’elenco dei contatti (ContactList)

contacts-list-label = Elenco dei contatti
# Prima del filtro per stato: «Mostra [Tutti i contatti ▾]».
contacts-list-show = Mostra
contacts-list-all = Tutti i contatti
contacts-list-tag = Etichetta
contacts-list-tag-title = Solo i contatti con questa etichetta
contacts-list-any-tag = Qualsiasi etichetta
contacts-list-restricted = Limitati
    .title = I contatti con trattamento limitato (congelati) non compaiono nell’elenco normale
# Quanti contatti limitati mostra l’elenco (casella «Limitati» selezionata).
contacts-list-total-restricted =
    { $count ->
        [one] { $count } limitato
       *[other] { $count } limitati
    }
contacts-list-none-restricted = Nessun contatto limitato.
# $status: il nome di uno stato, ad es. «Cliente».
contacts-list-none-restricted-status = Nessun contatto limitato con lo stato «{ $status }».
contacts-list-show-all = Mostra tutti i contatti
contacts-list-none-tag = Nessun contatto con l’etichetta «{ $tag }».
contacts-list-none-yet = Ancora nessun contatto — aggiungi il primo (Ctrl+N)
contacts-list-none-yet-hint = È obbligatorio solo il nome; aggiungi altro solo quando serve.
contacts-list-none-status = Nessun contatto con lo stato «{ $status }».
# Il nome accessibile dell’elenco.
contacts-list-contacts = Contatti
contacts-list-loading = Caricamento dei contatti…
# Descrizione comando della data di una riga.
contacts-list-last-contact = Ultimo contatto
# In una riga, al posto della data dell’ultima conversazione.
contacts-list-no-contact-yet = ancora nessun contatto

## La scheda del contatto (ContactCard, ContactDetails)

contacts-card-loading = Caricamento della scheda…
contacts-card-history = Cronologia
contacts-card-access-report = Rapporto di accesso…
contacts-card-lift-restriction = Revoca la limitazione…
contacts-card-restrict = Limita il trattamento…
contacts-card-erase = Cancella…
# $source: da dove provengono i dati, ad es. «Un terzo: Jan Nowak».
contacts-card-source = Fonte: { $source }
# $date: la data dell’ultima conversazione.
contacts-card-last-contact = Ultimo contatto: { $date }
contacts-card-last-contact-none = Ultimo contatto: nessuno registrato
# $date: il giorno in cui è stata aggiunta la scheda.
contacts-card-added = Aggiunto il { $date }
contacts-card-edit-label = Modifica contatto
contacts-card-save = Salva le modifiche
# Titolo della finestra del rapporto di accesso; $name: il nome del contatto.
contacts-card-access-report-title = Rapporto di accesso per { $name }
contacts-details-only-name = È memorizzato solo un nome. Aggiungi i dettagli con Modifica quando servono.
# Un indirizzo e-mail, un numero o un indirizzo indicato come principale; $kind: ad es. «Lavoro».
contacts-details-primary = { $kind } · principale
# $field: il nome di un campo, ad es. «Telefono».
contacts-details-reveal = Mostra
    .aria-label = Mostra { $field }
contacts-details-hide = Nascondi
    .aria-label = Nascondi { $field }
contacts-details-sensitive-hint = I campi sensibili sono mascherati. La visualizzazione di un campo viene annotata nel registro delle attività, con il tuo nome.

## Il modulo del contatto (ContactFormFields, NewContactDialog, contact-form.ts)

contacts-form-add-email = Aggiungi un indirizzo e-mail
contacts-form-add-phone = Aggiungi un numero di telefono
contacts-form-add-address = Aggiungi un indirizzo
contacts-form-source-person = L’interessato stesso
contacts-form-source-third-party = Un terzo
contacts-form-source-public = Una fonte pubblica
# Una casella accanto a ogni campo; $field: il nome del campo.
contacts-form-sensitive = Sensibile
    .aria-label = Segna { $field } come sensibile (mascherato finché non viene mostrato)
# Sotto un campo mascherato, che non si può modificare.
contacts-form-masked = Mascherato.
# $reveal: il pulsante «Mostra per modificare» (contacts-form-reveal-to-edit).
contacts-form-masked-reveal = Mascherato. { $reveal } (viene annotato nel registro delle attività)
contacts-form-reveal-to-edit = Mostra per modificare
# $field: ad es. «E-mail»; $n: il numero della riga (1, 2…).
contacts-form-point-kind = Tipo: { $field } { $n }
# Indica l’indirizzo e-mail, il numero o l’indirizzo principale fra più d’uno.
contacts-form-primary = Principale
contacts-form-remove = Rimuovi
    .aria-label = Rimuovi { $field } { $n }
contacts-form-status = Stato
contacts-form-tags-placeholder = es. Fiera 2026, Newsletter
contacts-form-tags-hint = Separa le etichette con virgole.
contacts-form-source-legend = Da dove provengono i dati
contacts-form-which-third-party = Quale terzo
contacts-form-which-public-source = Quale fonte pubblica
contacts-form-third-party-placeholder = es. segnalazione di Anna Kowalska
contacts-form-public-source-placeholder = es. registro delle imprese
contacts-form-source-hint = Necessario per l’informativa sulla privacy (art. 14) e per le richieste di accesso (art. 15, par. 1, lett. g).
contacts-form-error-name = Inserisci un nome: è l’unico campo obbligatorio.
contacts-form-error-third-party = Indica il terzo da cui provengono i dati.
contacts-form-error-public = Indica la fonte pubblica dei dati.
contacts-new-hint = È obbligatorio solo il nome. Non conservare più dati del necessario (minimizzazione dei dati).
contacts-new-adding = Aggiunta in corso…
contacts-new-add = Aggiungi contatto

## Le rettifiche della scheda (ContactHistory)

contacts-history-title = Rettifiche
contacts-history-audit-link = Tutto il registro delle attività di questo contatto
contacts-history-intro = Chi ha modificato quali campi e cosa contenevano prima. I valori sensibili restano mascherati.
contacts-history-none = Nessuna modifica da quando è stata aggiunta la scheda.
# Una voce: $when è data e ora (in grassetto), $operator chi l’ha fatta.
contacts-history-entry = { $when } · { $operator }
# $fields: i nomi dei campi, ad es. «E-mail, Numero di documento».
contacts-history-changed = { $when } · { $operator } ha modificato { $fields }
# $card: la scheda unita a questa, ad es. «#12 (Anna Nowak)».
contacts-history-merged = { $when } · { $operator } ha unito { $card } a questa scheda
contacts-history-merged-taking = { $when } · { $operator } ha unito { $card } a questa scheda, riprendendo { $fields }
# Il valore di un campo prima della modifica; $field: il suo nome.
contacts-history-before = { $field } prima
contacts-history-masked = (sensibile, mascherato)

## Scegliere un contatto (ContactPicker)

# $label: cosa si sceglie, ad es. «Contatto»; $name: il nome del contatto, in grassetto; $id: il suo numero.
contacts-picker-chosen = { $label }: { $name } (#{ $id })
contacts-picker-change = Cambia
contacts-picker-placeholder = Digita un nome, un’e-mail o un telefono
contacts-picker-matches = Contatti corrispondenti
contacts-picker-none = Nessun contatto corrisponde a «{ $query }».

## Il menu Importa/Esporta (ContactsMenu)

contacts-menu-button = Importa/Esporta
    .title = Importa ed esporta contatti
contacts-menu-label = Importazione ed esportazione
contacts-menu-export = Esporta contatti…
contacts-menu-undo = Annulla un’importazione…
# La scorciatoia da tastiera accanto a «Importa contatti…».
contacts-menu-import-keys = Ctrl+I

## Le etichette sulla scheda (QuickTags)

contacts-tags-remove = Rimuovi l’etichetta
    .aria-label = Rimuovi l’etichetta { $tag }
contacts-tags-new-label = Nuove etichette, separate da virgole
contacts-tags-placeholder = Etichetta, altra etichetta
contacts-tags-add = Aggiungi
# Apre il campo per aggiungere etichette.
contacts-tags-add-button = + Etichetta

## La ricerca (SearchBox)

contacts-search-label = Cerca in contatti e conversazioni
# Due spazi prima della scorciatoia.
contacts-search-placeholder = Cerca in contatti e conversazioni  Ctrl+K
contacts-search-none = Nessun risultato per «{ $query }». Prova con l’inizio di una parola o con meno parole.
contacts-search-searching = Ricerca in corso…
contacts-search-results = Risultati della ricerca
# Al posto dell’estratto, quando le parole corrispondono a un campo sensibile (mascherato).
contacts-search-masked-match = corrispondenza in un campo mascherato

contacts-erased-name = Contatto cancellato n. { $id }
