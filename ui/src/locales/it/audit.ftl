# Registro delle attività: la schermata, il filtro, le voci leggibili e la verifica della catena.

audit-title = Registro delle attività
audit-verify = Verifica la catena
audit-verifying = Verifica…
audit-intro = Ogni modifica ed esportazione, dalla più recente, con chi l’ha eseguita. Le voci sono concatenate tramite i loro hash: «Verifica la catena» mostra se qualcuna è stata modificata o rimossa dopo essere stata scritta.
audit-chain-ok =
    Catena integra: { $count ->
        [one] { $count } voce verificata
       *[other] { $count } voci verificate
    }, nessuna modificata o mancante.
audit-chain-broken =
    La catena è interrotta ({ $count ->
        [one] { $count } voce verificata
       *[other] { $count } voci verificate
    }, { $problems ->
        [one] { $problems } problema
       *[other] { $problems } problemi
    }). Il registro è stato modificato fuori da Custos: conserva questa cassaforte come prova e ripristina un backup per continuare a lavorare.
audit-chain-edited = La voce #{ $entry } è stata modificata dopo essere stata scritta.
audit-chain-missing = Mancano le voci tra #{ $after } e #{ $before }.
audit-chain-broken-link = La voce #{ $entry } non è collegata alla voce precedente.
audit-chain-tail-missing = Le voci più recenti sono sparite: il registro dovrebbe terminare a #{ $expected } ma termina a #{ $found }.

## Filtro

audit-filter-label = Filtra il registro delle attività
audit-contact-number = Numero del contatto
audit-contact-any = qualsiasi
audit-current-card = Scheda aperta
audit-current-card-numbered = Scheda aperta #{ $id }
audit-current-card-none = Apri prima la scheda di un contatto
audit-current-card-title = Mostra le voci sul contatto #{ $id }
audit-action = Azione
audit-all-actions = Tutte le azioni
audit-from = Dal
audit-to = Al
audit-clear = Azzera
audit-error-contact = Il contatto si indica con il suo numero, ad es. 12 (mostrato come #12).
audit-error-from = Inserisci il primo giorno come data, ad es. 2026-03-01.
audit-error-to = Inserisci l’ultimo giorno come data, ad es. 2026-03-31.
audit-error-order = Il primo giorno viene dopo l’ultimo.

## Voci

audit-loading = Caricamento del registro…
audit-empty = Nessuna voce corrisponde a questo filtro.
audit-col-time = Ora
audit-col-operator = Operatore
audit-col-action = Azione
audit-col-target = Oggetto
audit-col-details = Dettagli
audit-entry-title = Voce #{ $id }
audit-erased-note = (la persona è stata cancellata)
audit-count =
    { $count ->
        [one] { $count } voce
       *[other] { $count } voci
    }, dalla più recente.
audit-show-older = Mostra voci meno recenti

## Oggetto di una voce

audit-target-vault = Cassaforte
audit-target-contact = Contatto
audit-target-conversation = Conversazione
audit-target-purpose = Finalità
audit-target-company = Profilo aziendale
audit-target-request = Richiesta
audit-target-numbered = { $kind } #{ $id }

## Dettagli di una voce, su una riga

audit-redacted = [oscurato]
audit-empty-value = (vuoto)
audit-none = nessuno
audit-quoted = «{ $value }»
audit-point = «{ $value }» ({ $label })
audit-changed = Modificato: { $fields }
audit-changed-before = Modificato: { $fields } — prima: { $before }
audit-nothing = niente
audit-field-value = { $field } { $value }
audit-key-value = { $key }: { $value }
audit-true = sì
audit-false = no

## Action names (the core's action codes: `contact.restriction_lifted` is audit-action-contact-restriction-lifted)

audit-action-vault-created = Cassaforte creata
audit-action-vault-passphrase-changed = Passphrase della cassaforte modificata
audit-action-vault-backup-created = Backup della cassaforte creato
audit-action-vault-restored = Cassaforte ripristinata da un backup
audit-action-contact-created = Contatto creato
audit-action-contact-updated = Contatto modificato
audit-action-contact-sensitive-revealed = Dati nascosti del contatto mostrati
audit-action-conversation-added = Conversazione aggiunta
audit-action-conversation-imported = Conversazione importata
audit-action-purpose-created = Finalità creata
audit-action-purpose-updated = Finalità modificata
audit-action-consent-given = Consenso prestato
audit-action-consent-confirmed = Consenso confermato
audit-action-consent-withdrawn = Consenso revocato
audit-action-consent-expired = Consenso scaduto
audit-action-company-profile-updated = Profilo aziendale modificato
audit-action-contact-restricted = Trattamento dei dati del contatto limitato
audit-action-contact-restriction-lifted = Limitazione del trattamento revocata
audit-action-objection-recorded = Opposizione registrata
audit-action-contact-erased = Dati del contatto cancellati
audit-action-purpose-audience-exported = Elenco dei destinatari della finalità esportato
audit-action-retention-rule-set = Regola di conservazione impostata
audit-action-retention-rule-removed = Regola di conservazione rimossa
audit-action-retention-kept = Dati conservati nonostante il periodo di conservazione scaduto
audit-action-retention-transcripts-deleted = Trascrizioni eliminate alla scadenza del periodo di conservazione
audit-action-request-opened = Richiesta registrata
audit-action-request-matched = Richiesta associata a un contatto
audit-action-request-identity-checked = Identità del richiedente verificata
audit-action-request-extended = Termine di risposta alla richiesta prorogato
audit-action-request-action-recorded = Azione sulla richiesta registrata
audit-action-request-closed = Richiesta chiusa
audit-action-request-refused = Richiesta respinta
audit-action-calendar-closure-day-added = Giorno di chiusura aggiunto
audit-action-calendar-closure-day-removed = Giorno di chiusura rimosso
audit-action-document-access-report = Report di accesso ai dati generato
audit-action-document-request-letter = Lettera relativa alla richiesta generata
audit-action-vault-backups-rotated = Backup vecchi rimossi (rotazione)
audit-action-vault-backup-folder-chosen = Cartella dei backup scelta
audit-action-contact-imported = Contatti importati
audit-action-contact-import-undone = Importazione di contatti annullata
audit-action-contact-merged = Contatti uniti
audit-action-contact-exported = Contatti esportati
audit-action-vault-key-slots-created = Create passphrase proprie degli operatori
audit-action-operator-added = Operatore aggiunto
audit-action-operator-role-changed = Ruolo dell’operatore modificato
audit-action-operator-reset = Nuova passphrase iniziale data all’operatore
audit-action-operator-removed = Operatore rimosso
audit-action-vault-rekeyed = Cassaforte ricifrata
audit-action-vault-recovery-kit-made = Kit di recupero stampato
audit-action-vault-recovery-used = Kit di recupero usato
audit-action-vault-data-key-revealed = Chiave dei dati mostrata
audit-action-vault-team-created = Team creato (cartella condivisa)
audit-action-vault-team-invited = Postazione invitata (invito)
audit-action-vault-team-joined = Postazione entrata nel team
audit-action-vault-team-problem-dismissed = Problema di sincronizzazione del team archiviato

## Names of the details an entry records (the keys of its details: `redacted_entries` is audit-key-redacted-entries)

audit-key-reason = Motivo
audit-key-status = Stato
audit-key-name = Nome
audit-key-messages = Messaggi
audit-key-kind = Tipo
audit-key-file = File
audit-key-fields = Campi
audit-key-at = Data
audit-key-text = Testo
audit-key-sender = Mittente
audit-key-purpose = Finalità
audit-key-previous = Prima
audit-key-masked = Nascosti
audit-key-from = Da
audit-key-to = A
audit-key-conversations = Conversazioni
audit-key-tags = Etichette
audit-key-tags-added = Etichette aggiunte
audit-key-tags-removed = Etichette rimosse
audit-key-summary = Riepilogo
audit-key-source = Fonte
audit-key-rule = Regola
audit-key-points-added = Recapiti aggiunti
audit-key-points-removed = Recapiti rimossi
audit-key-objection = Opposizione
audit-key-method = Metodo
audit-key-merged = Unito
audit-key-import = Importazione
audit-key-format = Formato
audit-key-due-on = Scadenza
audit-key-describe = Descrizione
audit-key-description = Descrizione
audit-key-day = Giorno
audit-key-contacts = Contatti
audit-key-contact = Contatto
audit-key-channel = Canale
audit-key-actions = Azioni
audit-key-removed = Rimossi
audit-key-redacted-entries = Voci oscurate
audit-key-folder = Cartella
audit-key-request = Richiesta
audit-key-rows = Righe
audit-key-skipped = Saltati
audit-key-origin = Origine
audit-key-people = Persone
audit-key-language = Lingua

audit-rule = Regola n. { $id }: { $rule }

audit-key-operator = Operatore
audit-key-role = Ruolo
audit-key-owner = Proprietario
audit-key-why = Motivo
audit-key-replaced = Kit precedente sostituito
audit-key-note-kept = Nota conservata
audit-key-review-on = Riesame il
audit-key-action = Azione
audit-key-period = Periodo
audit-key-received-on = Ricevuta il
audit-key-result = Esito
audit-key-checked-on = Verificata il
audit-key-notified-on = Comunicata il
audit-key-audit-entry = Voce del registro delle attività
audit-key-no-data = Nessun dato personale conservato
audit-key-before = Backup dello stato precedente
audit-key-before-upgrade-from-schema = Prima dell’aggiornamento dallo schema
audit-key-merged-name = Nome della scheda unita
audit-key-filled = Campi compilati
audit-key-notes-appended = Note aggiunte
audit-key-sensitive-added = Campi sensibili aggiunti
audit-key-not-taken = Valori non ripresi
audit-key-moved = Spostato
audit-key-consent-events = Eventi di consenso
audit-key-objections = Opposizioni
audit-key-requests = Richieste
audit-key-retention-hold = Conservazione prolungata
audit-key-objections-dropped = Opposizioni eliminate
audit-key-created-at = Creata il
audit-key-last-contact-at = Ultimo contatto
audit-key-card = Scheda
audit-key-evidence-ref = Prova
audit-key-recorded-by = Registrata da
audit-key-recorded-at = Registrata il
audit-key-staff-addresses = Indirizzi del personale
audit-key-event = Evento
audit-key-added-to-earlier = Aggiunta a una conversazione precedente
audit-key-tag = Etichetta
audit-key-cards-removed = Schede rimosse
audit-key-fields-cleared = Campi svuotati
audit-key-tagged = Etichettate
audit-key-created = Create
audit-key-not-merged = Non unite
audit-key-problems-skipped = Righe con problemi saltate
audit-key-values-left-out = Valori tralasciati
audit-key-fields-filled = Campi compilati
audit-key-backups-hold-until = I backup conservano i dati fino al
audit-key-data-subject-categories = Categorie di interessati
audit-key-from-conversations = Creata da conversazioni
audit-key-document = Documento
audit-key-sha256 = SHA-256
audit-key-letter = Lettera
audit-key-extra-redactions = Nomi anche oscurati

audit-value-why-asked = Su richiesta di un proprietario
audit-value-why-operator-removed = Un operatore è stato rimosso
audit-value-source-person = Dall’interessato
audit-value-source-third-party = Da terzi
audit-value-source-public = Da fonte pubblica
audit-value-document-report = Rapporto di accesso
audit-value-document-export = Esportazione portabile
audit-value-format-csv = CSV
audit-value-format-vcard = vCard
audit-value-format-google = Google Contacts (CSV)
audit-value-format-outlook = Outlook (CSV)
audit-value-format-zip = ZIP
