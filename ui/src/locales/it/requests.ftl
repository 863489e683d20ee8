# Richieste degli interessati: la schermata Richieste, il dettaglio di una richiesta, la
# registrazione, le lettere al richiedente e i testi dei giorni lavorativi nelle Impostazioni.

## Tipi di richiesta e articolo del GDPR che dà il diritto

requests-kind-access = Accesso
requests-kind-rectification = Rettifica
requests-kind-erasure = Cancellazione
requests-kind-restriction = Limitazione del trattamento
requests-kind-portability = Portabilità
requests-kind-objection = Opposizione
requests-kind-automated-decisions = Decisioni automatizzate
requests-kind-consent-withdrawal = Revoca del consenso
requests-article-access = art. 15
requests-article-rectification = art. 16
requests-article-erasure = art. 17
requests-article-restriction = art. 18
requests-article-portability = art. 20
requests-article-objection = art. 21
requests-article-automated-decisions = art. 22
requests-article-consent-withdrawal = art. 7, par. 3
requests-kind-with-article = { $kind } ({ $article })
requests-kind-right = { -gdpr }, { $article }: { $right }
requests-right-access = { -right-of-access }
requests-right-rectification = { -right-to-rectification }
requests-right-erasure = { -right-to-erasure }
requests-right-restriction = { -right-to-restriction }
requests-right-portability = { -right-to-portability }
requests-right-objection = { -right-to-object }
requests-right-automated-decisions = diritto di non essere sottoposto a una decisione basata unicamente sul trattamento automatizzato
requests-right-consent-withdrawal = diritto di revocare il { -consent } in qualsiasi momento

## Canale, stato, verifica dell’identità

requests-channel-email = E-mail
requests-channel-letter = Lettera
requests-channel-phone = Telefono
requests-channel-in-person = Di persona
requests-channel-web-form = Modulo web
requests-channel-other = Altro
requests-status-received = Ricevuta
requests-status-identity-pending = Identità da verificare
requests-status-in-progress = In corso
requests-status-extended = Prorogata
requests-status-done = Evasa
requests-status-refused = Respinta
requests-identity-requested = Prova richiesta, non ancora ricevuta
requests-identity-verified = Verificata
requests-identity-failed = Non verificata

## Chi, quanto è urgente, come si arriva alla scadenza

requests-who-unmatched = { $name } (non associato a un contatto)
requests-who-number = Richiesta n. { $id }
requests-urgency-overdue =
    In ritardo di { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    }
requests-urgency-today = Scade oggi
requests-urgency-soon =
    Scade a breve: { $days ->
        [one] manca { $days } giorno
       *[other] mancano { $days } giorni
    }
requests-urgency-left =
    { $days ->
        [one] Manca { $days } giorno
       *[other] Mancano { $days } giorni
    }
requests-deadline-moved = { $due } ({ $end } cade nel fine settimana, in un giorno festivo o di chiusura, quindi la scadenza passa al primo giorno lavorativo successivo)
requests-deadline-received = Ricevuta il { $received }; un mese dal ricevimento: { $due }.
requests-deadline-extended = { $first } Prorogata di altri due mesi ({ $reason }; la persona è stata informata il { $told }): scadenza { $due }.

## L’azione richiesta

requests-step-rectification = Correggi i dati nella scheda del contatto ({ common-edit }).
requests-step-erasure = Cancella il contatto dalla sua scheda (Cancella).
requests-step-restriction = Limita il trattamento dalla scheda del contatto (Limita il trattamento).
requests-step-objection = Registra l’opposizione nei consensi della scheda del contatto.
requests-step-consent-withdrawal = Registra la revoca nei consensi della scheda del contatto.
requests-step-access = Genera il rapporto di accesso (con l’esportazione portabile se la persona vuole una copia da portare con sé). Viene registrato qui come azione svolta.
requests-step-portability = Genera l’esportazione portabile (ZIP con JSON e CSV), se utile insieme al rapporto di accesso. Viene registrata qui come azione svolta.
requests-step-automated-decisions = Custos non prende decisioni automatizzate. Rispondi alla persona al di fuori di Custos e registra ciò che è stato fatto.

## Errori nei moduli

requests-error-who = Indica chi ha fatto la richiesta: scegli il contatto oppure inserisci il nome del richiedente così come l’ha fornito.
requests-error-received-missing = Indica la data in cui è arrivata la richiesta.
requests-error-received-future = La richiesta non può essere arrivata dopo oggi.
requests-error-identity-method = Indica come è stata verificata l’identità, ad es. «carta d’identità mostrata in ufficio».
requests-error-identity-date = Indica la data della verifica.
requests-error-identity-future = La verifica non può essere successiva a oggi.
requests-error-identity-before = La verifica non può essere precedente all’arrivo della richiesta.
requests-error-extension-reason = Indica perché la richiesta ha bisogno di più tempo: la persona viene informata dei motivi.

## Impostazioni → Giorni lavorativi

requests-calendar-no-country = Nel profilo aziendale non è impostato alcun paese: solo i fine settimana e i giorni di chiusura qui sotto spostano una scadenza. Imposta il paese qui sopra per tenere conto delle sue festività.
requests-calendar-unsupported = Custos non conosce le festività di questo paese ({ $country }): solo i fine settimana e i giorni di chiusura qui sotto spostano una scadenza. Aggiungi le tue festività come giorni di chiusura.
requests-calendar-supported = Le scadenze slittano oltre i fine settimana, le festività del paese ({ $country }) e i giorni di chiusura qui sotto.
requests-closure-day-missing = Scegli il giorno in cui l’azienda è chiusa.
requests-closure-day-taken = { $day } è già un giorno di chiusura.

## La schermata Richieste

requests-title = Richieste
requests-intro = Richieste di accesso, di cancellazione e di altro tipo da parte delle persone di cui tratti i dati. A ciascuna va data risposta entro un mese dal ricevimento; ogni passaggio viene annotato nel registro delle attività.
requests-log-button = Registra una richiesta
requests-show-closed = Mostra anche le richieste chiuse
requests-loading = Caricamento delle richieste…
requests-empty-open = Nessuna richiesta aperta.
requests-empty-all = Nessuna richiesta.
requests-empty-hint = Quando qualcuno chiede di vedere, correggere o cancellare i propri dati, oppure si oppone, scegli «{ requests-log-button }»: Custos calcola la scadenza e tiene traccia di ciò che è stato fatto.
requests-table-caption = Richieste, per scadenza
requests-column-type = Tipo
requests-column-who = Chi
requests-column-received = Ricevuta
requests-column-due = Scadenza
requests-column-status = Stato
requests-logged = Richiesta registrata: scadenza { $due }.
requests-contact-label = Contatto

## Dettaglio di una richiesta

requests-detail-title = Richiesta n. { $id }: { $kind }
requests-detail-contact-point = Recapito
requests-detail-received-by =
    { $date } { $channel ->
        [email] via e-mail
        [letter] per lettera
        [phone] per telefono
        [in_person] di persona
        [web_form] tramite modulo web
       *[other] in altro modo
    }
requests-detail-asked = Oggetto
requests-detail-urgency = · { $urgency }
requests-detail-identity = Identità: { $result } il { $date } ({ $method }).
requests-detail-done-title = Cosa è stato fatto
requests-detail-done-line = { $at }: { $description }
requests-detail-done-audit = ({ $action }, voce di audit n. { $entry })
requests-detail-report-recorded = Il rapporto è registrato come azione svolta.
requests-detail-outcome-done = Chiusa come evasa il { $at }.
requests-detail-outcome-done-with = Chiusa come evasa il { $at }: { $outcome }
requests-detail-outcome-refused = Respinta il { $at }.
requests-detail-outcome-refused-with = Respinta il { $at }: { $outcome }
requests-detail-action-title = L’azione richiesta
requests-detail-generate-export = Genera l’esportazione…
requests-detail-generate-report = Genera il rapporto di accesso…
requests-detail-match-first = Prima associa la richiesta alla scheda del richiedente (qui sotto).
requests-detail-open-card = Apri la scheda di { $name }
requests-detail-open-card-unnamed = Apri la scheda del contatto
requests-detail-match-error = Scegli il contatto che corrisponde a questo richiedente.
requests-detail-matched = La richiesta è ora collegata al contatto.
requests-detail-match-title = Associa a un contatto
requests-detail-match-hint = Una volta associata la richiesta, l’azione si può svolgere sulla scheda del contatto e collegare qui.
requests-detail-match-button = Associa
requests-detail-identity-recorded = La verifica dell’identità è registrata.
requests-detail-identity-title = Verifica dell’identità
requests-detail-identity-method = Come è stata verificata
requests-detail-identity-method-example = ad es. carta d’identità mostrata in ufficio
requests-detail-identity-result = Esito
requests-detail-identity-date = Verificata il
requests-detail-identity-button = Registra la verifica
requests-detail-extended = La scadenza è prorogata di altri due mesi.
requests-detail-extend-title = Proroga di due mesi
requests-detail-extend-hint = Solo se la richiesta è complessa o le richieste sono numerose, e solo se la persona ne viene informata, con i motivi, entro il primo mese (entro il { $due }).
requests-detail-extend-reason = Motivo comunicato alla persona
requests-detail-extend-told = Comunicato il
requests-detail-extend-button = Proroga
requests-detail-action-error-entry = Scegli la voce di audit di ciò che è stato fatto.
requests-detail-action-error-description = Indica cosa è stato fatto.
requests-detail-action-recorded = L’azione è registrata.
requests-detail-record-title = Registra cosa è stato fatto
requests-detail-record-match-first = Prima associa la richiesta a un contatto: l’azione è una delle sue voci di audit.
requests-detail-no-candidates = Nessuna azione su questo contatto da quando è arrivata la richiesta. Svolgi prima l’azione (vedi sopra), poi registrala qui.
requests-detail-record-entry = Voce di audit che lo dimostra
requests-detail-choose = Scegli…
requests-detail-record-option = #{ $id } · { $at } · { $action }
requests-detail-record-description = Cosa è stato fatto
requests-detail-record-button = Registra l’azione
requests-detail-closed = La richiesta è chiusa come evasa.
requests-detail-close-title = Chiudi come evasa
requests-detail-close-summary = Riepilogo (facoltativo)
requests-detail-refuse-error = Indica perché la richiesta è respinta: la persona deve esserne informata.
requests-detail-refused = La richiesta è respinta.
requests-detail-refuse-title = Respingi
requests-detail-refuse-hint = Solo se è manifestamente infondata o eccessiva, oppure se l’identità non è provata. La persona viene informata dei motivi e del suo diritto di proporre reclamo all’{ -supervisory-authority } e ricorso giurisdizionale.
requests-detail-refuse-reason = Motivo
requests-detail-export-dialog = Esportazione portabile per la richiesta n. { $id }
requests-detail-report-dialog = Rapporto di accesso per la richiesta n. { $id }

## Registrare una richiesta

requests-new-hint = La scadenza deriva dalla data di ricevimento. Ogni passaggio viene annotato nel registro delle attività.
requests-new-kind = Tipo di richiesta
requests-new-who = Chi ha fatto la richiesta
requests-new-who-contact = Un contatto in Custos
requests-new-who-unmatched = Una persona non (ancora) associata a un contatto
requests-new-name = Nome, come indicato dalla persona
requests-new-contact-point = Come contattarla (e-mail o indirizzo)
requests-new-received = Ricevuta il
requests-new-channel = Ricevuta tramite
requests-new-details = Cosa ha chiesto, in poche parole (facoltativo)
requests-new-submit = Registra la richiesta

## Lettere al richiedente

requests-letter-acknowledgement = Conferma di ricezione
requests-letter-extension = Comunicazione di proroga
requests-letter-completion = Risposta
requests-letter-refusal = Rifiuto
requests-letters-title = Lettere al richiedente
requests-letters-hint = Nella lingua che scegli, indirizzate al richiedente, con il riferimento della richiesta. Ogni lettera è annotata nel registro delle attività; non conta come azione svolta.
requests-letters-button = { $letter }…
requests-letters-dialog = { $letter } per la richiesta n. { $id }

requests-erased-text = [cancellato con la persona]
requests-outcome-no-data = Non sono conservati dati personali del richiedente.
requests-outcome-no-data-with = Non sono conservati dati personali del richiedente. { $summary }
requests-describe-contact-erased = Cancellati il contatto e le sue conversazioni
requests-describe-contact-restricted = Limitato il trattamento dei dati del contatto
requests-describe-contact-updated = Rettificati i dati del contatto
requests-describe-consent-withdrawn = Registrata la revoca del consenso
requests-describe-objection-recorded = Registrata l’opposizione
requests-action-report-generated =
    Rapporto di accesso generato, lingua: { $language } ({ $pages ->
        [one] { $pages } pagina
       *[other] { $pages } pagine
    }, SHA-256 { $sha256 })
requests-action-export-generated = Esportazione portabile generata (ZIP, SHA-256 { $sha256 })
