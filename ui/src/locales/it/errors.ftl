# Messaggi di errore del nucleo, come li mostra l’interfaccia (vedi en/errors.ftl).

## Error codes

error-already-exists = { $path } esiste già. Scegli un altro nome di file oppure rimuovi prima il file esistente.
error-contact-erased = Il contatto { $id } è stato cancellato il { $date }: non è più possibile registrare o modificare nulla che lo riguardi.
error-contact-restricted = Il trattamento dei dati di { $name } è limitato (bloccato) dal { $since }: «{ $reason }». I dati possono essere consultati ma non modificati. Revoca la limitazione, indicando il motivo, quando il trattamento può riprendere.
error-database = Errore interno del database: { $reason }. Segnala il problema; i tuoi dati non sono stati modificati.
error-disk-full = Non c’è più spazio libero sul disco che contiene { $path }. Libera spazio e riprova; non è stato modificato nulla.
error-document-incomplete = { $document ->
        [record_of_processing] Il registro delle attività di trattamento (art. 30, par. 1, { -gdpr })
        [privacy_notice] L’informativa privacy (artt. 13/14 { -gdpr })
        [access_report] Il riscontro alla richiesta di accesso (art. 15 { -gdpr })
        [request_acknowledgement] La lettera di conferma di ricezione di una richiesta dell’interessato (art. 12 { -gdpr })
        [request_extension] La lettera di proroga del termine di risposta (art. 12, par. 3, { -gdpr })
        [request_completion] La lettera di risposta a una richiesta dell’interessato (art. 12 { -gdpr })
       *[request_refusal] La lettera di rifiuto di una richiesta dell’interessato (art. 12, par. 4, { -gdpr })
    } non può ancora essere generato. Completa: { $missing }.
error-file-exists = { $path } esiste già: scegli un altro nome oppure conferma che deve essere sostituito.
error-file-too-large = { $path } è di { $size } MB, più dei { $limit } MB che Custos legge in una volta. Esporta un periodo più breve oppure dividi il file.
error-import-failed = Riga { $line }: { $message }. Non è stato importato nulla.
error-internal = Errore interno: { $reason }. Segnala il problema.
error-invalid-input = { $field }: questo valore non può essere accettato.
error-io =
    { $io ->
        [not_found] { $path } non esiste. Verifichi il percorso.
        [permission_denied] Custos non ha il permesso di leggere o scrivere { $path }. Chieda l’accesso oppure scelga un’altra posizione.
        [already_exists] { $path } esiste già. Scelga un altro nome.
        [read_only] { $path } si trova su un disco di sola lettura. Scelga un’altra posizione.
        [is_a_directory] { $path } è una cartella. Scelga un file.
        [not_a_directory] Una parte di { $path } è un file, non una cartella. Verifichi il percorso.
       *[other] Impossibile accedere a { $path }: { $reason }
    }
error-letter-not-applicable = { $letter ->
        [acknowledgement] Non è possibile confermare la ricezione della richiesta n. { $request }.
        [extension] La richiesta n. { $request } non è prorogata: una lettera di proroga comunica alla persona i motivi e il nuovo termine. Proroga prima la richiesta (con i motivi e il giorno in cui la persona viene informata).
        [completion] La richiesta n. { $request } è nello stato { $status }, non «evasa»: la lettera di risposta indica ciò che è stato fatto. Registra prima ciò che è stato fatto e chiudi la richiesta come evasa (oppure, se non si conserva nulla sul richiedente, chiudila come «nessun dato personale conservato»).
       *[refusal] La richiesta n. { $request } è nello stato { $status }, non «rifiutata»: una lettera di rifiuto indica i motivi del rifiuto. Rifiuta prima la richiesta, indicando il motivo, oppure scrivi la lettera adatta al suo stato.
    }
error-locked = La cassaforte è bloccata. Sbloccala per continuare.
error-not-a-file = { $path } è { $kind ->
        [folder] una cartella
        [fifo] una pipe con nome (FIFO)
        [socket] un socket
        [device] un dispositivo
       *[other] qualcosa di diverso da un file normale
    }, non un file. Scegli il file stesso.
error-not-a-vault =
    { $path } non è una cassaforte Custos ({ $why ->
        [not_a_file] è { $kind ->
            [folder] una cartella
            [fifo] una pipe con nome (FIFO)
            [socket] un socket
            [device] un dispositivo
           *[other] qualcosa di diverso da un file normale
        }
        [empty] il file è vuoto
        [unencrypted_sqlite] è un database SQLite non cifrato
        [not_encrypted] il suo contenuto non è costituito da dati cifrati
        [other_program] è un database cifrato di un altro programma
       *[metadata_missing] mancano i metadati di Custos
    }). Scegli il file della cassaforte creato con Custos.
error-not-found = { $what ->
        [contact] Nessun contatto
        [conversation] Nessuna conversazione
        [import] Nessuna importazione
        [purpose] Nessuna finalità
        [request] Nessuna richiesta
        [retention_rule] Nessuna regola di conservazione
        [audit_entry] Nessuna voce del registro
        [closure_day] Nessun giorno di chiusura
       *[other] Nessun elemento ({ $what })
    } con ID { $id }.
error-passphrase-empty = Non è stata inserita alcuna passphrase. Digiti la passphrase della cassaforte.
error-passphrase-mismatch = Le due passphrase non coincidono. Digita due volte la stessa passphrase.
error-passphrase-too-short = La passphrase è troppo corta: usa almeno { $min } caratteri (ne ha { $actual }).
error-refused = Al momento non è possibile farlo.
error-render-failed = Non è stato possibile generare il documento: { $reason }
error-schema-too-new = { $path } è stato scritto da una versione più recente di Custos (schema { $found }, questa versione conosce fino allo schema { $supported }). Aggiorna Custos per aprirlo.
error-unsupported-characters = Questi caratteri non possono essere stampati con il carattere del documento: { $characters } (in «{ $text }»). Modifica quel testo e genera di nuovo il documento.
error-vault-busy = { $path } è occupato: { $holder } ci sta scrivendo e non ha terminato entro { $seconds } secondi. Attendi che abbia finito (o chiudilo) e riprova; non è stato modificato nulla.
error-vault-damaged = { $path } è danneggiato ({ $reason }). Ripristinalo da un backup (`custos vault restore`).
error-vault-not-found = Nessuna cassaforte in { $path }. Verifichi il percorso oppure crei una nuova cassaforte.
error-write-failed = Impossibile scrivere { $path }: { $reason }
error-wrong-passphrase = Passphrase errata per { $path }. Controllala e riprova (se sei sicuro che sia corretta, l’inizio del file potrebbe essere danneggiato: ripristinalo da un backup).

## Messages of a shape of their own

error-reason-busy-unknown-holder = { $path } è occupato: un altro programma ci sta scrivendo e non ha terminato entro { $seconds } secondi. Attendi che abbia finito (o chiudilo) e riprova; non è stato modificato nulla.
error-reason-disk-full-unknown-disk = Non c’è più spazio libero sul disco. Libera spazio e riprova; non è stato modificato nulla.
error-reason-vault-damaged-unknown-file = La cassaforte è danneggiata ({ $reason }). Ripristinala da un backup (`custos vault restore`).

## Reasons of the core: contacts

error-reason-display-name-missing = { $field }: un contatto deve avere un nome visualizzato con almeno una lettera o una cifra (può essere un soprannome)
error-reason-source-unnamed = { $field }: indica il terzo o la fonte pubblica da cui provengono i dati
error-reason-not-an-email = { $field }: «{ $value }»{ $number ->
        [1] {""}
       *[other] {" "}(indirizzo e-mail { $number })
    } non è un indirizzo e-mail (manca la @)
error-reason-no-digits = { $field }: «{ $value }»{ $number ->
        [1] {""}
       *[other] {" "}(numero di telefono { $number })
    } non contiene cifre
error-reason-tag-too-long = { $field }: «{ $tag }» supera i { $max } caratteri
error-reason-not-one-of = { $field }: «{ $value }» non è valido; usa uno di questi valori: { $choices }
error-reason-merge-with-itself = { $field }: una scheda non può essere unita con sé stessa: scegli due schede diverse
error-reason-restriction-reason-missing = { $field }: indica perché il trattamento dei dati del contatto viene limitato (il motivo resta nel registro)
error-reason-lift-reason-missing = { $field }: indica perché la limitazione del contatto viene revocata (il motivo resta nel registro)
error-reason-not-restricted = Il trattamento dei dati di { $name } non è limitato: non c’è nulla da revocare.

## Times and days

error-reason-time-out-of-range = { $field }: { $utc } UTC non rientra negli anni { $earliest }–{ $latest } che Custos memorizza
error-reason-time-offset-too-large = { $field }: lo scostamento UTC { $offset } non corrisponde a un fuso orario reale (usa un valore tra -{ $hours }:00 e +{ $hours }:00)
error-reason-not-a-time = { $field }: «{ $text }» non è un orario (scrivilo come 2026-03-01T09:00:00Z o 2026-03-01T10:00:00+01:00)
error-reason-day-out-of-range = { $field }: { $day } non rientra negli anni { $earliest }–{ $latest } che Custos memorizza: controlla la data
error-reason-from-after-to = { $field }: il primo giorno è successivo all’ultimo

## Conversations and chat imports

error-reason-message-without-text = { $field }: il messaggio { $number } non ha testo
error-reason-message-without-sender = { $field }: messaggio { $number }: indica chi lo ha scritto (con almeno una lettera o una cifra)
error-reason-message-time-out-of-range = { $field }: messaggio { $number }: l’orario { $utc } UTC non rientra negli anni { $earliest }–{ $latest } che Custos memorizza
error-reason-message-time-offset-too-large = { $field }: messaggio { $number }: lo scostamento UTC { $offset } non corrisponde a un fuso orario reale (usa un valore tra -{ $hours }:00 e +{ $hours }:00)
error-reason-message-not-a-time = { $field }: messaggio { $number }: «{ $text }» non è un orario (scrivilo come 2026-03-01T09:00:00Z o 2026-03-01T10:00:00+01:00)
error-reason-conversation-empty = { $field }: indica un orario di inizio o almeno un messaggio
error-reason-ends-before-start = { $field }: la conversazione terminerebbe ({ $end }) prima di iniziare ({ $start })
error-reason-sender-not-in-chat = { $field }: «{ $name }» non ha scritto nulla in questa chat; i mittenti sono: { $senders }
error-reason-contact-not-among-senders = { $field }: nessuno dei mittenti ({ $senders }) ha il nome del contatto «{ $contact }»: indica quale è il contatto
error-reason-no-conversation-files = { $field }: nessun file di conversazioni trovato: scegli e-mail (.eml o un file mbox), un'esportazione di Telegram o Messenger (.json) o il file .csv di una chat del sito web
error-reason-conversation-needs-card = { $field }: { $file } è la trascrizione { $format } di una sola conversazione: importala nella scheda del contatto
error-reason-no-transcripts-to-delete = Non ci sono trascrizioni da eliminare per { $name }.

## The vault, its operator and its backups

error-reason-operator-missing = { $field }: indica chi sta lavorando (il tuo nome): il registro lo annota
error-reason-passphrase-too-long = { $field }: è troppo lunga
error-reason-vault-never-pauses = La cassaforte viene scritta senza pause: riprova il backup tra un momento.
error-reason-restore-target-exists = { $path } esiste già. Il ripristino ne sostituisce tutto il contenuto: conferma con --replace.
error-reason-backup-folder-not-absolute = { $field }: scegli una cartella indicandone il percorso completo
error-reason-backup-folder-not-a-folder = { $field }: scegli una cartella, non un file
error-reason-audit-verification-failed = Verifica del registro non riuscita: alcune voci sono state modificate o eliminate (vedi sopra). Ripristina un backup e scopri chi ha modificato il file.

## The company profile

error-reason-controller-name-missing = { $field }: indica la ragione sociale dell’azienda
error-reason-country-code = { $field }: usa il codice paese di due lettere, ad es. PL o DE
error-reason-already-closure-day = Il { $day } è già un giorno di chiusura.

## Purposes

error-reason-not-a-legal-basis = { $field }: «{ $text }» non è una base giuridica: usa a–f oppure consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests
error-reason-purpose-name-missing = { $field }: una finalità deve avere un nome con almeno una lettera o una cifra
error-reason-purpose-description-missing = { $field }: indica a cosa servono i dati
error-reason-legitimate-interest-missing = { $field }: l’art. 6, par. 1, lett. f) richiede che sia indicato il legittimo interesse
error-reason-consent-wording-missing = { $field }: una finalità basata sul { -consent } richiede il testo esatto mostrato alle persone
error-reason-consequence-missing = { $field }: indica cosa succede se la persona non fornisce i dati
error-reason-recipient-name-missing = { $field }: un destinatario deve avere un nome
error-reason-recipient-country = { $field }: { $recipient }: indica il paese con un codice di due lettere, ad es. PL o US
error-reason-recipient-outside-eea = { $field }: { $recipient } si trova in { $country }, fuori dall’UE/SEE: indica la garanzia (decisione di adeguatezza, clausole contrattuali tipo, altro)
error-reason-safeguard-detail-missing = { $field }: { $recipient }: descrivi l’«altra» garanzia
error-reason-purpose-exists = Esiste già una finalità denominata «{ $name }»: modifica quella.
error-reason-purpose-name-taken = Un’altra finalità si chiama già «{ $name }».

## Consents and objections

error-reason-not-a-consent-purpose = «{ $purpose }» si basa su { $basis ->
        [b] art. 6, par. 1, lett. b) (contratto)
        [c] art. 6, par. 1, lett. c) (obbligo legale)
        [d] art. 6, par. 1, lett. d) (interessi vitali)
        [e] art. 6, par. 1, lett. e) (compito di interesse pubblico)
        [f] art. 6, par. 1, lett. f) (legittimi interessi)
       *[a] art. 6, par. 1, lett. a) (consenso)
    }, non sul consenso: non c’è alcun consenso da registrare.
error-reason-event-in-future = { $field }: l’evento non può essere nel futuro
error-reason-events-out-of-order = { $field }: l’ultimo evento di questo consenso risale al { $last }: registra gli eventi in ordine
error-reason-consent-cannot-change = { $name } non ha alcun consenso per «{ $purpose }» che possa essere { $event ->
        [given] dato
        [confirmed] confermato
        [withdrawn] revocato
       *[expired] scaduto
    } (è { $state ->
        [never_given] mai dato
        [given] dato
        [confirmed] confermato
        [withdrawn] revocato
       *[expired] scaduto
    }).
error-reason-no-consent-wording = «{ $purpose }» non ha un testo di consenso: aggiungine prima uno.
error-reason-no-wording-version = { $field }: «{ $purpose }» non ha la versione del testo { $version }
error-reason-already-objected = { $name } si è già opposto/a a «{ $purpose }» il { $date }.
error-reason-objection-in-future = { $field }: l’opposizione non può essere nel futuro

## Retention

error-reason-period-out-of-range = { $field }: usa da { $min } a { $max } { $unit ->
        [days] giorni
        [months] mesi
       *[years] anni
    }
error-reason-not-a-period = { $field }: «{ $text }» non è un periodo: scrivi ad es. 60 days, 12 months o 5 years
error-reason-kept-reason-missing = { $field }: indica perché il contatto viene conservato (il motivo va nel registro)
error-reason-review-date-not-after-today = { $field }: la data di revisione deve essere successiva a oggi

## Data-subject requests

error-reason-requester-missing = { $field }: indica chi ha fatto la richiesta: scegli il contatto oppure inserisci il nome del richiedente come lo ha fornito
error-reason-identity-method-missing = { $field }: indica come è stata verificata l’identità, ad es. «carta d’identità esibita»
error-reason-extension-reason-missing = { $field }: indica perché la richiesta richiede più tempo (è complessa o le richieste sono numerose): la persona viene informata dei motivi
error-reason-action-description-missing = { $field }: indica cosa è stato fatto, ad es. «inviato il riscontro alla richiesta di accesso»
error-reason-refusal-reason-missing = { $field }: indica perché la richiesta viene rifiutata: la persona deve esserne informata, insieme al suo diritto di proporre reclamo e ricorso giurisdizionale
error-reason-day-in-future = { $field }: il { $day } è nel futuro (oggi è il { $today })
error-reason-day-before-receipt = { $field }: il { $day } è precedente alla ricezione della richiesta ({ $received })
error-reason-request-closed = La richiesta n. { $id } è stata chiusa come { $status } il { $date }: una richiesta chiusa è definitiva. Registra una nuova richiesta se la persona la ripresenta.
error-reason-identity-not-confirmed = L’identità del richiedente non è confermata (verifica { $result } del { $date }). Registra una verifica dell’identità riuscita prima di dare seguito alla richiesta n. { $id }, oppure rifiutala.
error-reason-request-already-matched = La richiesta n. { $id } è già associata al contatto { $contact }: non può essere spostata su un’altra persona.
error-reason-request-already-extended = La richiesta n. { $id } è già stata prorogata il { $date } (nuova scadenza { $due }): il { -gdpr } consente una sola proroga, di ulteriori due mesi.
error-reason-extension-not-notified = La richiesta n. { $id } può essere prorogata solo se la persona ne è informata, con i motivi, entro il primo mese (entro il { $by }). Informala prima, poi indica la data in cui è stata informata.
error-reason-extension-notified-late = La richiesta n. { $id } non può essere prorogata: la persona è stata informata il { $date }, dopo la fine del primo mese il { $ended }. La proroga deve essere comunicata entro il primo mese (art. 12, par. 3); rispondi ora alla richiesta.
error-reason-request-not-matched = La richiesta n. { $id } non è ancora associata a un contatto. Associala prima alla scheda del richiedente; se non si conserva nulla su di lui, chiudila come «nessun dato conservato».
error-reason-entry-is-bookkeeping = La voce n. { $entry } del registro ({ $action }) è una registrazione interna del registro stesso, non un’azione svolta per la richiesta. Indica la voce di ciò che è stato fatto (ad es. contact.erased).
error-reason-entry-about-other-contact = La voce n. { $entry } del registro ({ $action }) riguarda { $target }, non il contatto { $contact }.
error-reason-entry-about-other-request = La voce n. { $entry } del registro ({ $action }) riguarda { $target }, non questa richiesta (non è ancora associata a un contatto: associala prima).
error-reason-entry-before-request = La voce n. { $entry } del registro ({ $action }) è stata scritta il { $date }, prima che la richiesta arrivasse il { $received }: non può essere ciò che è stato fatto per essa.
error-reason-entry-already-recorded = La voce n. { $entry } del registro è già registrata per la richiesta n. { $id }.
error-reason-close-without-action = La richiesta n. { $id } non può essere chiusa come evasa: non è registrata alcuna azione. Registra ciò che è stato fatto, con la voce del registro che lo prova (ad es. la cancellazione o il riscontro generato), poi chiudila.
error-reason-close-unmatched-without-action = La richiesta n. { $id } non può essere chiusa come evasa: non è registrata alcuna azione. Registra ciò che è stato fatto, con la voce del registro che lo prova (ad es. la cancellazione o il riscontro generato), poi chiudila. Se il richiedente non è tra i tuoi contatti e una ricerca non ha trovato dati che lo riguardano, chiudila invece come «nessun dato personale conservato».
error-reason-no-data-but-matched = La richiesta n. { $id } è associata al contatto { $contact }, quindi si conservano dati personali del richiedente: non può essere chiusa come «nessun dato personale conservato». Rispondi dalla scheda del contatto, registra ciò che è stato fatto con la voce del registro che lo prova, poi chiudila come evasa.
error-reason-no-data-but-actions = La richiesta n. { $id } ha { $count } { $count ->
        [one] azione registrata
       *[other] azioni registrate
    }: chiudila come evasa, non come «nessun dato personale conservato».

## Address books

error-reason-not-a-format = { $field }: «{ $text }» non è un formato; usa csv, google, outlook o vcard
error-reason-not-a-field = { $field }: «{ $text }» non è un campo; usa uno di questi: { $fields }
error-reason-mapping-name-missing = { $field }: dai alla mappatura un nome con cui ritrovarla, ad es. «Foglio dell’ufficio»
error-reason-no-such-mapping = Nessuna mappatura salvata con il nome «{ $name }»
error-reason-no-card-with-tag = Nessuna scheda ha l’etichetta «{ $tag }»: non c’è nulla da esportare
error-reason-nothing-to-export = Nessun contatto attivo corrisponde: non c’è nulla da esportare
error-reason-import-cancelled = L’importazione è stata annullata: non è stato importato nulla.
error-reason-problem-rows = { $count ->
        [one] { $count } riga non può essere importata così com’è: { $lines }{ $more ->
            [0] {""}
           *[other] {" "}e altre { $more }
        }. Accetta di saltarla oppure correggi il file e importalo di nuovo. Non è stato importato nulla.
       *[other] { $count } righe non possono essere importate così come sono: { $lines }{ $more ->
            [0] {""}
           *[other] {" "}e altre { $more }
        }. Accetta di saltarle oppure correggi il file e importalo di nuovo. Non è stato importato nulla.
    }
error-problem-row = riga { $line } ({ $problem })
error-reason-import-already-undone = L’importazione n. { $import } è già stata annullata il { $date }: non ne resta nulla da rimuovere.
error-reason-import-kept-data = L’importazione n. { $import } non può essere annullata: { $count ->
        [one] una scheda creata da essa contiene
       *[other] { $count } schede create da essa contengono
    } nel frattempo dati registrati dall’azienda: { $kept }. L’annullamento eliminerebbe anche questi, perciò l’importazione resta (cancella invece le singole schede da rimuovere). Non è stato modificato nulla.
error-reason-import-frozen-cards = L’importazione n. { $import } non può essere annullata ora: ha aggiunto dati a schede il cui trattamento è stato nel frattempo limitato (bloccato): { $names }{ $more ->
        [0] {""}
       *[other] {" "}e altre { $more }
    }. I loro dati non possono cambiare; revoca prima le limitazioni oppure mantieni l’importazione. Non è stato modificato nulla.

# Website chat CSV: the mapping.
error-reason-web-chat-mapping-no-time = { $field }: scegli la colonna che indica quando è stato inviato ogni messaggio (oppure una per la data e una per l’ora)
error-reason-web-chat-mapping-no-text = { $field }: scegli la colonna con il testo dei messaggi
error-reason-web-chat-mapping-no-sender = { $field }: scegli la colonna che indica chi ha scritto ogni messaggio: nome, indirizzo e-mail o ruolo (visitatore o operatore)

## Files that cannot be imported: the line of the file and what is wrong there

error-reason-import-not-utf8 = Riga { $line }: era previsto testo in UTF-8 (o UTF-16), ma il byte { $byte } in posizione { $at } del file non è UTF-8: salva l’esportazione come testo UTF-8. Non è stato importato nulla.
error-reason-import-lone-surrogate = Riga { $line }: era previsto testo in { $encoding }, ma il file contiene il surrogato isolato { $unit } in posizione { $at }: salva l’esportazione come testo UTF-8 o UTF-16. Non è stato importato nulla.
error-reason-import-ends-in-character = Riga { $line }: era previsto testo in { $encoding }, ma il file termina a metà di un carattere. Non è stato importato nulla.
error-reason-import-time-out-of-range = Riga { $line }: l’orario { $utc } UTC non rientra negli anni { $earliest }–{ $latest } che Custos memorizza: controlla la data e il fuso orario. Non è stato importato nulla.
error-reason-import-time-offset-too-large = Riga { $line }: lo scostamento UTC { $offset } non corrisponde a un fuso orario reale (usa un valore tra -{ $hours }:00 e +{ $hours }:00). Non è stato importato nulla.
error-reason-import-not-a-time = Riga { $line }: «{ $text }» non è un orario (scrivilo come 2026-03-01T09:00:00Z o 2026-03-01T10:00:00+01:00). Non è stato importato nulla.
error-reason-chat-line-not-a-message = Riga { $line }: era previsto un messaggio che inizia con una data come «31/12/2023, 21:41 - », ma la riga contiene «{ $found }». Non è stato importato nulla.
error-reason-chat-sender-missing = Riga { $line }: era previsto il nome del mittente prima di «: », ma in «{ $found }» non c’è. Non è stato importato nulla.
error-reason-chat-message-empty = Riga { $line }: era previsto il testo del messaggio di { $author }, ma dopo il nome non c’è nulla. Non è stato importato nulla.
error-reason-chat-no-messages = Riga { $line }: nessun messaggio trovato: era previsto il testo della funzione «Esporta chat» di WhatsApp. Non è stato importato nulla.
error-reason-chat-not-a-time = Riga { $line }: era previsto un orario come «21:41», ma «{ $time }» non è un orario valido. Non è stato importato nulla.
error-reason-chat-dates-day-first = Riga { $line }: erano previste date con il giorno per primo, come alla riga { $evidence_line } («{ $evidence }»), ma «{ $date }» mette per primo il mese. Non è stato importato nulla.
error-reason-chat-dates-month-first = Riga { $line }: erano previste date con il mese per primo, come alla riga { $evidence_line } («{ $evidence }»), ma «{ $date }» mette per primo il giorno. Non è stato importato nulla.
error-reason-chat-date-no-month = Riga { $line }: era prevista una data valida, ma in «{ $date }» né { $first } né { $second } può essere un mese. Non è stato importato nulla.
error-reason-chat-date-no-such-month = Riga { $line }: era prevista una data valida, ma in «{ $date }» il mese { $month } non esiste. Non è stato importato nulla.
error-reason-chat-date-no-such-day = Riga { $line }: era prevista una data valida, ma «{ $date }» non esiste: il { $day } { $month ->
        [1] gennaio
        [2] febbraio
        [3] marzo
        [4] aprile
        [5] maggio
        [6] giugno
        [7] luglio
        [8] agosto
        [9] settembre
        [10] ottobre
        [11] novembre
       *[12] dicembre
    } { $year } non esiste. Non è stato importato nulla.
error-reason-transcript-no-messages = Riga { $line }: era previsto almeno un messaggio in «messages», ma non ce n’è nessuno. Non è stato importato nulla.
error-reason-transcript-ends-before-start = Riga { $line }: «ended_at» non può essere precedente a «started_at» ({ $start }), ma vale { $end }. Non è stato importato nulla.
error-reason-transcript-cut-off = Riga { $line }: era previsto il resto del JSON, ma il file termina. Non è stato importato nulla.
error-reason-transcript-not-readable =
    Riga { $line }: { $what ->
        [syntax] il testo non è JSON valido in questo punto
        [wrong_type] previsto: { $expected_kind ->
                [text] testo
                [number] numero
                [boolean] true o false
                [null] null
                [list] lista
                [object] oggetto
               *[other] valore di altro tipo
            }; trovato: { $found_kind ->
                [text] testo
                [number] numero
                [boolean] true o false
                [null] null
                [list] lista
                [object] oggetto
               *[other] valore di altro tipo
            }
        [wrong_value] previsto: { $expected_kind ->
                [text] testo
                [number] numero
                [boolean] true o false
                [null] null
                [list] lista
                [object] oggetto
               *[other] valore di altro tipo
            }; è stato trovato un altro valore
        [wrong_length] era prevista una lista con un altro numero di elementi
        [missing_field] era previsto il campo «{ $name }», ma manca
        [unknown_field] è stato trovato il campo «{ $name }», che questo file non prevede
        [duplicate_field] il campo «{ $name }» compare due volte
        [unknown_value] è stato trovato «{ $name }», che non è uno dei valori ammessi qui
       *[other] è stato trovato un valore che questo file non prevede in questo punto
    } (colonna { $column }). Non è stato importato nulla.
error-reason-transcript-wrong-format = Riga { $line }: era previsto «format»: «custos-transcript», ma il valore è «{ $found }» (colonna { $column }). Non è stato importato nulla.
error-reason-transcript-unsupported-version = Riga { $line }: versione { $found } non supportata: era previsto «version»: { $supported } (le versioni che questo Custos legge) (colonna { $column }). Non è stato importato nulla.
error-reason-transcript-unknown-channel = Riga { $line }: era previsto un canale ({ $choices }), ma il valore è «{ $found }» (colonna { $column }). Non è stato importato nulla.
error-reason-transcript-not-a-time = Riga { $line }: era previsto un orario RFC 3339 con fuso orario, come «2026-03-01T09:00:00Z», ma il valore è «{ $found }» (colonna { $column }). Non è stato importato nulla.
error-reason-transcript-time-out-of-range = Riga { $line }: era previsto un orario che Custos può memorizzare, ma «{ $found }»: { $utc } UTC non rientra negli anni { $earliest }–{ $latest } che Custos memorizza (colonna { $column }). Non è stato importato nulla.
error-reason-transcript-time-offset-too-large = Riga { $line }: era previsto un orario che Custos può memorizzare, ma «{ $found }»: lo scostamento UTC { $offset } non corrisponde a un fuso orario reale (usa un valore tra -{ $hours }:00 e +{ $hours }:00) (colonna { $column }). Non è stato importato nulla.
error-reason-transcript-text-empty = Riga { $line }: era previsto il testo del messaggio, ma il valore è «{ $found }» (colonna { $column }). Non è stato importato nulla.
error-reason-transcript-sender-name-empty = Riga { $line }: era previsto il «name» del mittente { $kind ->
        [staff] interno
       *[other] esterno
    }, ma è vuoto (colonna { $column }). Non è stato importato nulla.
error-reason-transcript-sender-name-no-letter = Riga { $line }: era previsto un «name» con almeno una lettera o una cifra per il mittente { $kind ->
        [staff] interno
       *[other] esterno
    }, ma il valore è «{ $name }» (colonna { $column }). Non è stato importato nulla.
error-reason-transcript-sender-name-missing = Riga { $line }: era previsto un «name» per il mittente { $kind ->
        [staff] interno
       *[other] esterno
    }, ma manca (colonna { $column }). Non è stato importato nulla.
error-reason-csv-not-the-preset = Riga { $line }: era prevista l’intestazione di un CSV di { $expected }, ma questo è un CSV di { $found }: scegli il formato csv per associarne le colonne. Non è stato importato nulla.
error-reason-csv-own-layout = Riga { $line }: era prevista l’intestazione di un CSV di { $expected }, ma questo è un file CSV con una struttura propria: scegli il formato csv per associarne le colonne. Non è stato importato nulla.
error-reason-csv-unknown-encoding = Riga { $line }: era previsto testo in UTF-8, UTF-16, Windows-1250, Windows-1251 o Windows-1252, ma il byte { $byte } in posizione { $at } non è UTF-8 e il file sembra in { $encoding }, che Custos non legge: salva il file come UTF-8 (in Excel: «CSV UTF-8»). Non è stato importato nulla.
error-reason-csv-control-character = Riga { $line }: era previsto testo in UTF-8, UTF-16, Windows-1250, Windows-1251 o Windows-1252, ma il byte { $byte } in posizione { $at } è un carattere di controllo, non testo: salva il file come UTF-8 (in Excel: «CSV UTF-8»). Non è stato importato nulla.
error-reason-csv-no-letter = Riga { $line }: era previsto testo in UTF-8, UTF-16, Windows-1250, Windows-1251 o Windows-1252, ma il byte { $byte } in posizione { $at } non è una lettera in nessuna di queste codifiche: salva il file come UTF-8 (in Excel: «CSV UTF-8»). Non è stato importato nulla.
error-reason-csv-empty = Riga { $line }: il file è vuoto: erano previste un’intestazione con i nomi delle colonne (ad esempio «First Name;Last Name;E-mail») e una riga per ogni contatto. Non è stato importato nulla.
error-reason-csv-too-many-fields = Riga { $line }: { $width ->
        [one] era previsto al massimo { $width } campo
       *[other] erano previsti al massimo { $width } campi
    }, come nell’intestazione (riga { $header_line }), ma la riga ne ha { $found }; il campo n. { $nth ->
       *[other] { $field }
    } contiene testo (un campo che contiene il separatore va racchiuso tra virgolette). Non è stato importato nulla.
error-reason-csv-no-rows = Riga { $line }: il file ha un’intestazione ma nessuna riga: era prevista una riga per ogni contatto dopo l’intestazione. Non è stato importato nulla.
error-reason-csv-not-text = Riga { $line }: era previsto testo CSV, ma questa riga non può essere letta come CSV: salva di nuovo il file come CSV (in Excel: «CSV UTF-8»). Non è stato importato nulla.
error-reason-csv-unclosed-quote = Riga { $line }: qui un campo si apre con una virgoletta (") che non viene mai chiusa: era prevista una " di chiusura prima della fine del file (una virgoletta dentro un campo tra virgolette si scrive due volte: ""). Non è stato importato nulla.
error-reason-vcard-unknown-charset = Riga { $line }: set di caratteri sconosciuto `{ $charset }` (CHARSET=): era previsto ad esempio UTF-8, ISO-8859-2 o Windows-1250. Non è stato importato nulla.
error-reason-vcard-unknown-encoding = Riga { $line }: { $property } è testo, ma il suo valore è codificato come `{ $encoding }`: era previsto ENCODING=QUOTED-PRINTABLE o 8BIT, oppure nessuna codifica. Non è stato importato nulla.
error-reason-vcard-not-quoted-printable = Riga { $line }: il valore non è quoted-printable (ENCODING=QUOTED-PRINTABLE): erano previsti solo caratteri ASCII stampabili, spazi e sequenze `=XX`. Non è stato importato nulla.
error-reason-vcard-bad-escape = Riga { $line }: il valore non è quoted-printable (ENCODING=QUOTED-PRINTABLE): `=` deve essere seguito da due cifre esadecimali (come in `=C5=81`) o chiudere la riga. Non è stato importato nulla.
error-reason-vcard-not-utf8 = Riga { $line }: era previsto testo in UTF-8, ma il valore non lo è: il byte { $byte } non è UTF-8; salva il file come UTF-8 oppure indica il set di caratteri del valore (CHARSET=). Non è stato importato nulla.
error-reason-vcard-quoted-not-utf8 = Riga { $line }: era previsto testo in UTF-8, ma i byte quoted-printable non lo sono: il byte { $byte } non è UTF-8; salva il file come UTF-8 oppure indica il set di caratteri del valore (CHARSET=). Non è stato importato nulla.
error-reason-vcard-not-in-charset = Riga { $line }: era previsto testo in { $charset } (CHARSET=), ma il valore di { $property } non lo è. Non è stato importato nulla.
error-reason-vcard-not-found = Riga { $line }: nessuna vCard trovata: era previsto BEGIN:VCARD, ma la riga contiene `{ $found }`. Non è stato importato nulla.
error-reason-vcard-outside-card = Riga { $line }: dopo la vCard che termina alla riga { $end } era previsto BEGIN:VCARD o la fine del file, ma la riga contiene `{ $found }`: ogni proprietà deve stare tra un BEGIN:VCARD e il suo END:VCARD. Non è stato importato nulla.
error-reason-vcard-not-a-property = Riga { $line }: era prevista una proprietà vCard — un nome, i due punti e un valore, come `FN:Anna Nowak` — ma la riga contiene `{ $found }`. Non è stato importato nulla.
error-reason-vcard-begin-in-card = Riga { $line }: era previsto END:VCARD per chiudere la vCard iniziata alla riga { $begin } prima di un altro BEGIN. Non è stato importato nulla.
error-reason-vcard-wrong-end = Riga { $line }: era previsto END:VCARD per chiudere la vCard iniziata alla riga { $begin }, ma la riga contiene `END:{ $found }`. Non è stato importato nulla.
error-reason-vcard-unsupported-version = Riga { $line }: versione vCard non supportata `{ $version }`: era prevista la 2.1, la 3.0 o la 4.0. Non è stato importato nulla.
error-reason-vcard-no-end = Riga { $line }: la vCard che inizia qui non ha END:VCARD: era previsto END:VCARD prima della fine del file (riga { $last }). Non è stato importato nulla.
error-reason-vcard-empty = Riga { $line }: nessuna vCard trovata: era previsto BEGIN:VCARD, ma il file è vuoto. Non è stato importato nulla.
error-reason-chat-export-cut-off = Riga { $line }: era previsto il resto dell’esportazione di { $format }, ma il file termina. Non è stato importato nulla.
error-reason-chat-export-not-json = Riga { $line }: era previsto il JSON di un’esportazione di { $format }, ma il testo trovato non è JSON (colonna { $column }). Non è stato importato nulla.
error-reason-chat-export-unexpected =
    Riga { $line }: { $what ->
        [syntax] il testo non è JSON valido in questo punto
        [wrong_type] previsto: { $expected_kind ->
                [text] testo
                [number] numero
                [boolean] true o false
                [null] null
                [list] lista
                [object] oggetto
               *[other] valore di altro tipo
            }; trovato: { $found_kind ->
                [text] testo
                [number] numero
                [boolean] true o false
                [null] null
                [list] lista
                [object] oggetto
               *[other] valore di altro tipo
            }
        [wrong_value] previsto: { $expected_kind ->
                [text] testo
                [number] numero
                [boolean] true o false
                [null] null
                [list] lista
                [object] oggetto
               *[other] valore di altro tipo
            }; è stato trovato un altro valore
        [wrong_length] era prevista una lista con un altro numero di elementi
        [missing_field] era previsto il campo «{ $name }», ma manca
        [unknown_field] è stato trovato il campo «{ $name }», che questo file non prevede
        [duplicate_field] il campo «{ $name }» compare due volte
        [unknown_value] è stato trovato «{ $name }», che non è uno dei valori ammessi qui
       *[other] è stato trovato un valore che questo file non prevede in questo punto
    }, dove un’esportazione di { $format } contiene altro (colonna { $column }). Non è stato importato nulla.
error-reason-chat-export-too-large = Riga { $line }: l’esportazione di { $format } supera { $megabytes } MB, più di quanto Custos legga in una volta: esporti meno chat o un periodo più breve. Non è stato importato nulla.
error-reason-chat-export-text-too-long = Riga { $line }: era previsto un testo del messaggio di al massimo { $megabytes } MB, come li scrive { $format }, ma ne è stato trovato uno più lungo (colonna { $column }). Non è stato importato nulla.
error-reason-telegram-not-an-export = Riga { $line }: era prevista un’esportazione di Telegram Desktop («Esporta cronologia chat» in JSON): una chat con i suoi «messages» o un’esportazione completa (result.json) con le sue «chats», ma non è stata trovata nessuna delle due. Non è stato importato nulla.
error-reason-telegram-not-a-time = Riga { $line }: era previsto un orario del messaggio come «1709280000» («date_unixtime») o «2024-03-01T09:00:00» («date»), ma il valore è «{ $found }» (colonna { $column }). Non è stato importato nulla.
error-reason-telegram-no-time = Riga { $line }: era previsto l’orario del messaggio { $id } («date_unixtime» o «date»), ma non è stato trovato nessuno dei due. Non è stato importato nulla.
error-reason-messenger-not-an-export = Riga { $line }: era prevista un’esportazione di Messenger (un message_1.json da «Scarica le tue informazioni» di Facebook, in JSON) con «participants», «messages» e «thread_path», ma manca «{ $missing }». Non è stato importato nulla.
error-reason-mail-empty = Riga { $line }: il file è vuoto: era prevista un’e-mail (.eml) o una casella di posta (mbox). Non è stato importato nulla.
error-reason-mail-not-a-mail = Riga { $line }: era prevista un’e-mail — righe di intestazione come «From: …», «Date: …» o «Message-ID: …», poi una riga vuota e il testo — ma la riga contiene «{ $found }». Non è stato importato nulla.
error-reason-mail-too-large = Riga { $line }: l’e-mail che inizia qui è di { $megabytes } MB: Custos legge e-mail di { $limit } MB al massimo, allegati compresi. Non è stato importato nulla.
error-reason-mbox-no-from-line = Riga { $line }: era prevista una casella di posta (mbox) che inizia con una riga «From », come la esportano i programmi di posta, ma la riga contiene «{ $found }». Non è stato importato nulla.

# Website chat CSV. $column: the column's name in the file's header.
error-reason-web-chat-empty = Riga { $line }: il file è vuoto: erano previste un’intestazione con i nomi delle colonne (ad esempio «Time,Sender,Message») e una riga per ogni messaggio. Non è stato importato nulla.
error-reason-web-chat-no-rows = Riga { $line }: il file ha un’intestazione ma nessuna riga: era prevista una riga per ogni messaggio dopo l’intestazione. Non è stato importato nulla.
error-reason-web-chat-not-a-time = Riga { $line }: colonna «{ $column }»: era prevista una data e ora come 2026-03-01 10:00, ma è stato trovato «{ $found }». Non è stato importato nulla.
error-reason-web-chat-not-a-date = Riga { $line }: colonna «{ $column }»: era prevista una data come 2026-03-01, ma è stato trovato «{ $found }». Non è stato importato nulla.
error-reason-web-chat-not-a-clock = Riga { $line }: colonna «{ $column }»: era previsto un orario come 10:00, ma è stato trovato «{ $found }». Non è stato importato nulla.
error-reason-web-chat-no-such-date = Riga { $line }: colonna «{ $column }»: era prevista una data reale, ma «{ $found }» indica un mese o un giorno che non esiste. Non è stato importato nulla.
error-reason-web-chat-dates-day-first = Riga { $line }: colonna «{ $column }»: erano previste date con il giorno per primo, come alla riga { $evidence_line } («{ $evidence }»), ma «{ $found }» mette per primo il mese. Non è stato importato nulla.
error-reason-web-chat-dates-month-first = Riga { $line }: colonna «{ $column }»: erano previste date con il mese per primo, come alla riga { $evidence_line } («{ $evidence }»), ma «{ $found }» mette per primo il giorno. Non è stato importato nulla.
error-reason-web-chat-text-empty = Riga { $line }: colonna «{ $column }»: era previsto il testo del messaggio, ma il campo è vuoto. Non è stato importato nulla.
error-reason-web-chat-sender-missing = Riga { $line }: colonna «{ $column }»: era previsto l’autore del messaggio (un nome, un indirizzo e-mail o un ruolo), ma il campo è vuoto. Non è stato importato nulla.
error-reason-web-chat-not-an-email = Riga { $line }: colonna «{ $column }»: era previsto un indirizzo e-mail, ma è stato trovato «{ $found }». Non è stato importato nulla.
error-reason-web-chat-unknown-role = Riga { $line }: colonna «{ $column }»: era previsto un ruolo come visitor, agent o bot, ma è stato trovato «{ $found }». Non è stato importato nulla.
error-reason-web-chat-same-id = Riga { $line }: colonna «{ $column }»: era previsto un identificativo diverso per ogni messaggio, ma «{ $id }» compare di nuovo, come alla riga { $first_line } (questa colonna contiene davvero l’identificativo del messaggio?). Non è stato importato nulla.
error-reason-web-chat-no-messages = Riga { $line }: era previsto almeno un messaggio, ma sono stati trovati solo messaggi di un bot o del sistema ({ $skipped }). Non è stato importato nulla.

## Documents

error-reason-no-path = Scegli dove salvare il documento.
error-reason-same-target = { $path } è scelto per due file: scegli un altro nome per uno dei due.
error-reason-unknown-document = Documento sconosciuto «{ $value }».
error-reason-unknown-language = «{ $value }» non è una lingua dei documenti: usa en, pl, de, fr, it, es o bg
error-reason-no-contact = Apri la scheda di un contatto per generarne il riscontro alla richiesta di accesso.
error-reason-letter-without-request = Apri una richiesta per scrivere una lettera che la riguardi.
error-reason-no-letter = Indica quale lettera: conferma di ricezione, proroga, risposta o rifiuto.
error-reason-unknown-letter = «{ $value }» non è una lettera relativa a una richiesta: usa acknowledgement, extension, completion o refusal
error-reason-source-not-applicable = Una fonte dei dati riguarda solo l’informativa privacy.
error-reason-redaction-not-applicable = I nomi da oscurare riguardano solo il riscontro alla richiesta di accesso o la sua esportazione.
error-reason-blank-redaction = Un nome da oscurare è vuoto: indica il nome della persona oppure toglilo.
error-reason-not-an-access-request = La richiesta n. { $request } è una richiesta di tipo { $kind } (art. { $article }): un riscontro alla richiesta di accesso non vi risponde. Esegui l’azione necessaria dalla scheda del contatto e registrala.
error-reason-request-without-contact = La richiesta n. { $request } non è associata a un contatto.

## The app itself

error-reason-import-closed = Questa importazione è stata chiusa (o la cassaforte bloccata): scegli di nuovo il file.
error-reason-preview-first = Visualizza prima l’anteprima dell’importazione: non è stato importato nulla.
error-reason-vcard-needs-no-mapping = Un file vCard non richiede alcuna mappatura.
error-reason-undo-only-this-session = Qui si può annullare solo un’importazione fatta dall’avvio di Custos.
error-reason-backup-running = È in corso un backup. Attendi che sia terminato.
error-reason-only-just-saved = Da qui si può aprire solo un documento che Custos ha appena salvato.
error-reason-not-a-file-name = «{ $name }» non è un nome di file: ometti la cartella.
error-reason-viewer-failed = Impossibile aprire { $path } nel visualizzatore di sistema: { $reason }. Apri il file dalla sua cartella.
error-reason-no-file-at = Non c’è nessun file in { $path }. Controlla il nome e la cartella del file, poi aprilo di nuovo.

# An import's error in one of several files read together: $file is the file's name, $message the error.
error-in-file = { $file }: { $message }

## Operators, roles, key slots and the recovery kit

error-not-permitted = { $on_request ->
        [yes] Lei lavora come { $role ->
            [owner] proprietario
            [clerk] impiegato
           *[other] sola lettura
        }: può cancellare un contatto solo per una richiesta di cancellazione aperta. Apra (o abbini) prima la richiesta di cancellazione della persona, oppure chieda a un proprietario.
       *[other] Lei lavora come { $role ->
            [owner] proprietario
            [clerk] impiegato
           *[other] sola lettura
        }, e solo { $needs ->
            [owner] un proprietario
           *[other] un impiegato o un proprietario
        } può farlo. Lo chieda a una persona con questo ruolo.
    }
error-reason-operator-not-named = Questa cassaforte ha più operatori ({ $operators }): indichi chi è.
error-reason-operator-unknown = Nessun operatore di questa cassaforte si chiama «{ $name }». I suoi operatori sono: { $operators }.
error-reason-operator-exists = Esiste già un operatore di nome «{ $name }»: scelga un altro nome.
error-reason-operator-not-in-vault = La chiave di { $name } apre la cassaforte, ma la cassaforte non ha questo operatore (è stata ripristinata da un backup precedente alla sua aggiunta). Chieda a un proprietario di aggiungerlo di nuovo.
error-reason-last-owner = { $name } è l’unico proprietario: renda prima proprietario un altro operatore, così che qualcuno possa sempre gestire la cassaforte.
error-reason-not-yourself = Qui non può rimuovere sé stesso né reimpostare la propria passphrase: cambi invece la Sua passphrase, oppure chieda a un altro proprietario.
error-reason-passphrase-must-change = { $name }, scelga prima la Sua passphrase: quella ricevuta valeva solo per il primo sblocco.
error-reason-keys-missing = La passphrase non apre { $path } e il suo file delle chiavi ({ $path }-keys) non si trova accanto. Una cassaforte creata da questa versione di Custos ha bisogno di entrambi i file: recuperi il file delle chiavi da dove proviene la cassaforte (ogni backup ne ha uno accanto). Se la cassaforte è più vecchia, controlli la passphrase.
error-reason-keys-damaged = Il file delle chiavi della cassaforte è danneggiato ({ $reason }). Lo ripristini da un backup: funziona il file delle chiavi accanto a qualsiasi backup fatto dopo l’ultima ricifratura.
error-reason-keys-not-this-vault = Il file delle chiavi accanto alla cassaforte non la apre: appartiene a un’altra cassaforte o a una copia più vecchia. Rimetta il file delle chiavi che accompagnava questa cassaforte (quello di un backup si trova accanto al backup).
error-reason-recovery-code-length = Il codice di recupero ha { $found } caratteri, mentre un codice di recupero ne ha { $expected } (senza i trattini): controlli di averlo digitato per intero.
error-reason-recovery-code-character = «{ $character }» non compare in un codice di recupero: contiene solo le cifre 0–9 e le lettere A–Z senza I, L, O e U.
error-reason-recovery-code-typo = Il gruppo { $group } del codice di recupero non torna: un suo carattere è digitato male. Confronti il gruppo { $group } con il kit stampato.
error-reason-recovery-code-wrong = Questo codice di recupero non apre la cassaforte: proviene da un kit più vecchio (stampare un nuovo kit rende inutilizzabile il vecchio) o da un’altra cassaforte.
error-reason-no-recovery-kit = Questa cassaforte non ha ancora un kit di recupero: un proprietario può stamparne uno (Impostazioni → Operatori).
error-reason-vault-in-use = La cassaforte è aperta in un’altra finestra o in un altro comando. La chiuda lì e riprovi: la ricifratura richiede la cassaforte tutta per sé.
error-reason-not-in-team = Questa cassaforte non fa ancora parte di un team: un proprietario ne crea uno in Impostazioni → Team.
error-reason-already-in-team = Questa cassaforte fa già parte di un team: condivide la sua rubrica attraverso la cartella del team.
error-reason-team-problem-unknown = Non esiste un problema del team aperto con il numero { $id }: è già stato archiviato oppure l'elenco non è aggiornato. Riapra Impostazioni → Team.
# $seat: il nome o l'identificativo della postazione, come digitato.
error-reason-team-seat-unknown = Nel team non c'è nessuna postazione «{ $seat }» (o è già stata rimossa): usi il nome o l'identificativo della postazione come lo mostra lo stato del team.
error-reason-team-seat-self = Una postazione non può rimuovere sé stessa: la rimuova da un'altra postazione del team, come proprietario.
# $seat: il nome della postazione.
error-reason-team-seat-no-key = La postazione { $seat } non ha ancora pubblicato la sua chiave (risale a una versione precedente di Custos): la lasci sincronizzare una volta, sincronizzi qui, poi rimuova di nuovo la postazione.
error-reason-team-seat-removed = Questa postazione è stata rimossa dal team: non può leggere ciò che il team scrive ora, e le altre postazioni non applicano più le sue modifiche. La sua rubrica resta com'era. Per partecipare di nuovo, chieda a un proprietario un nuovo invito.
# $file: il file della chiave del team nella cartella condivisa.
error-reason-team-key-file-damaged = Il file della chiave del team { $file } non supera il controllo: è stato modificato, troncato o non creato da una postazione del team. Nulla è stato inviato né applicato. Lasci che la cartella finisca di sincronizzarsi; se resta così, chieda al proprietario che ha rimosso una postazione di controllare la cartella condivisa.
# $file: il file delle modifiche nella cartella condivisa.
error-reason-team-key-missing = Il file { $file } è sigillato con una chiave del team più recente di quella di questa postazione: il file della chiave non è ancora arrivato. Lasci che la cartella finisca di sincronizzarsi.
# $file: il file delle modifiche nella cartella condivisa.
error-reason-change-file-damaged = Il file delle modifiche { $file } non supera il controllo: è stato modificato o troncato lungo il percorso. Non ne è stato applicato nulla, e i file successivi di quella postazione lo attendono. Lasci che la cartella finisca di sincronizzarsi; se resta così, chieda a quella postazione di inviare di nuovo le sue modifiche.
# $file: il file delle modifiche nella cartella condivisa.
error-reason-change-file-foreign = Il file delle modifiche { $file } appartiene a un altro team, o è stato spostato dal punto in cui la sua postazione lo ha scritto. Non ne è stato applicato nulla. Lo rimuova dalla cartella condivisa.
# $max: il massimo di caratteri del nome di una postazione.
error-reason-seat-name = Dia alla postazione un nome riconoscibile (ad es. PC dell'ufficio), con una lettera o una cifra e al massimo { $max } caratteri.
# $found, $expected: caratteri digitati e richiesti.
error-reason-invitation-code-length = Il codice d'invito ha { $found } caratteri, ma dovrebbe averne { $expected } (senza trattini): verifichi di averlo digitato per intero.
# $character: il carattere che non compare in un codice d'invito.
error-reason-invitation-code-character = '{ $character }' non compare in un codice d'invito: contiene solo le cifre 0–9 e le lettere A–Z senza I, L, O e U.
# $group: il gruppo del codice (da 1) il cui carattere di controllo non corrisponde.
error-reason-invitation-code-typo = Il gruppo { $group } del codice d'invito non torna: un suo carattere è digitato male. Confronti il gruppo { $group } con il codice ricevuto dal titolare.
# $folder: la cartella condivisa in cui si è cercato.
error-reason-invitation-unknown = In { $folder } non c'è alcun invito per questo codice: verifichi che sia la cartella condivisa del team e che abbia finito di sincronizzarsi, oppure chieda al titolare un nuovo invito.
error-reason-invitation-used = Questo invito è già stato usato: un invito crea una sola postazione. Chieda al titolare un nuovo invito.
# $expires: quando l'invito è scaduto.
error-reason-invitation-expired = Questo invito è scaduto il { $expires }. Chieda al titolare un nuovo invito.
# $file: il file d'invito nella cartella condivisa.
error-reason-invitation-damaged = Il file d'invito { $file } non supera il controllo: è stato modificato o troncato lungo il percorso. Attenda che la cartella finisca di sincronizzarsi, oppure chieda al titolare un nuovo invito.
