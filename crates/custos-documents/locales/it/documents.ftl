# Custos documents — italiano.

## Date: giorno (1º per il primo), mese, anno.
date = { $day ->
    [1] 1º
   *[other] { $day }
} { $month } { $year }
month-1 = gennaio
month-2 = febbraio
month-3 = marzo
month-4 = aprile
month-5 = maggio
month-6 = giugno
month-7 = luglio
month-8 = agosto
month-9 = settembre
month-10 = ottobre
month-11 = novembre
month-12 = dicembre

page-x-of-y = Pagina { $page } di { $pages }

basis-a = Art. 6, par. 1, lett. a) { -gdpr } – { -consent }
basis-b = Art. 6, par. 1, lett. b) { -gdpr } – esecuzione di un contratto
basis-c = Art. 6, par. 1, lett. c) { -gdpr } – obbligo legale
basis-d = Art. 6, par. 1, lett. d) { -gdpr } – interessi vitali
basis-e = Art. 6, par. 1, lett. e) { -gdpr } – compito di interesse pubblico
basis-f = Art. 6, par. 1, lett. f) { -gdpr } – { -legitimate-interests }
legitimate-interest = Legittimo interesse: { $interest }

status-lead = Potenziali clienti
status-customer = Clienti
status-former_customer = Ex clienti
status-supplier_partner = Fornitori e partner
status-other = Altri contatti

role-processor = { -processor }
role-controller = { -controller }
role-joint_controller = { -joint-controller }
role-recipient = { -recipient }

safeguard-eu_eea = all’interno dell’UE/SEE
safeguard-adequacy = decisione di adeguatezza (art. 45 { -gdpr })
safeguard-standard_contractual_clauses = clausole contrattuali standard (art. 46, par. 2, lett. c) { -gdpr })
safeguard-other = altra garanzia (art. 46 { -gdpr })

period-days = { $n ->
    [one] { $n } giorno
   *[other] { $n } giorni
}
period-months = { $n ->
    [one] { $n } mese
   *[other] { $n } mesi
}
period-years = { $n ->
    [one] { $n } anno
   *[other] { $n } anni
}

retention-delete_transcripts = { $status }: { -erasure } delle trascrizioni { $period } dopo l’ultimo contatto
retention-erase = { $status }: { -erasure } dei dati del contatto { $period } dopo l’ultimo contatto
retention-for-purpose = (necessario per «{ $purpose }»)

record-title = Registro delle attività di trattamento
record-subtitle = Tenuto dal { -controller } ai sensi dell’art. 30, par. 1, { -gdpr }. Situazione al { $date }.
record-controller = Titolare del trattamento
field-controller-name = Denominazione
field-address = Indirizzo
field-email = E-mail
field-phone = Telefono
field-country = Paese
field-dpo = Responsabile della protezione dei dati
dpo-none = Non designato
field-authority = Autorità di controllo
field-joint-controllers = Contitolari del trattamento
record-activities = Attività di trattamento
col-number = N.
col-purpose = Finalità del trattamento
col-basis = Base giuridica
col-subjects = Categorie di interessati
col-data = Categorie di { -personal-data }
col-recipients = Destinatari (anche in paesi terzi)
col-transfers = Trasferimenti verso paesi terzi e garanzie
col-erasure = Termini di { -erasure }
recipients-none = Nessun { -recipient } al di fuori del titolare
transfers-none = Nessuno: i dati restano nell’UE/SEE
recipient-line = { $name } ({ $role }, { $country })
transfer-line = { $name } ({ $country }): { $safeguard }
record-retention = Regole generali di conservazione
record-retention-intro = I contatti sono verificati in base a queste regole. Nulla viene cancellato senza la conferma dell’utente e ogni { -erasure } è annotata nel registro di audit.
retention-none = Non sono state definite regole generali di conservazione.
record-security = Misure di sicurezza tecniche e organizzative (art. 32 { -gdpr })
security-encryption = Cifratura dei dati archiviati: tutti i dati sono conservati in un unico file di database cifrato con SQLCipher (AES-256); senza la passphrase il file non è leggibile.
security-access = Controllo degli accessi: il file si apre solo con la passphrase (almeno { $min } caratteri), che non viene mai memorizzata; l’applicazione si blocca dopo un periodo di inattività stabilito.
security-audit = Responsabilizzazione: ogni modifica e ogni esportazione sono annotate con il nome dell’operatore e l’ora in un registro di audit concatenato tramite hash, la cui integrità può essere verificata.
security-deletion = Cancellazione sicura: i dati cancellati vengono sovrascritti nel file di database, nel suo registro write-ahead e nel suo indice di ricerca.
security-local = Archiviazione: i dati restano sul computer del titolare e non vengono inviati ad alcun servizio cloud; le copie di backup sono cifrate allo stesso modo.
record-generated = Generato con Custos dal catalogo delle finalità e dal profilo aziendale il { $date }.

## Informativa sulla privacy (artt. 13 e 14 GDPR)
notice-title = Informativa sul trattamento dei { -personal-data }
notice-subtitle-13 = Informazioni ai sensi dell’art. 13 { -gdpr } su come trattiamo i tuoi { -personal-data }. Situazione al { $date }.
notice-subtitle-14 = Informazioni ai sensi dell’art. 14 { -gdpr } sui { -personal-data } che non abbiamo ottenuto da te. Situazione al { $date }.
notice-controller = Chi è responsabile dei tuoi dati
notice-controller-text = Il { -controller } dei tuoi { -personal-data } è { $name }.
notice-contact = Puoi contattarci: { $contact }.
notice-dpo = Il nostro { -dpo }: { $dpo }.
notice-no-dpo = Non abbiamo designato un { -dpo }; scrivici direttamente.
notice-purposes = Perché trattiamo i tuoi dati e su quale base
field-purpose = Finalità
field-basis = Base giuridica
field-data = Categorie di dati
field-recipients = Destinatari
field-transfers = Trasferimenti fuori dall’UE/SEE
field-retention = Per quanto tempo li conserviamo
field-requirement = Sei obbligato a fornirli?
field-automated = Decisioni automatizzate
requirement-voluntary = Il conferimento dei dati è facoltativo.
requirement-statutory = Il conferimento dei dati è un obbligo di legge. Se non li fornisci: { $consequence }
requirement-contractual = Il conferimento dei dati è un obbligo contrattuale o necessario per concludere un contratto. Se non li fornisci: { $consequence }
automated-none = Non prendiamo decisioni automatizzate e non effettuiamo profilazione.
notice-source = Da dove provengono i tuoi dati
source-third_party = Abbiamo ricevuto i tuoi dati da: { $source }.
source-public = Abbiamo ottenuto i tuoi dati da una fonte accessibile al pubblico: { $source }.
notice-rights = I tuoi diritti
right-access = Accesso (art. 15 { -gdpr }): puoi chiedere se trattiamo i tuoi dati e riceverne una copia.
right-rectification = Rettifica (art. 16 { -gdpr }): puoi far correggere i dati inesatti e integrare quelli incompleti.
right-erasure = Cancellazione (art. 17 { -gdpr }): puoi chiedere la { -erasure } dei tuoi dati, salvo che siamo tenuti a conservarli.
right-restriction = Limitazione (art. 18 { -gdpr }): puoi chiedere la { -restriction }, ad esempio mentre si verifica l’esattezza dei dati.
right-portability = Portabilità (art. 20 { -gdpr }): puoi ricevere i dati che ci hai fornito in un formato leggibile da dispositivo automatico o farli trasmettere a un altro titolare.
right-objection = Opposizione (art. 21 { -gdpr }): puoi opporti in qualsiasi momento al trattamento basato sul { -legitimate-interests } e sempre al marketing diretto.
right-withdraw = Revoca del { -consent } (art. 7, par. 3, { -gdpr }): se il trattamento si basa sul tuo { -consent }, puoi revocarlo in qualsiasi momento, senza pregiudicare la liceità del trattamento precedente alla revoca.
notice-rights-how = Per esercitare un diritto, contattaci ai recapiti indicati sopra. Rispondiamo entro un mese.
notice-complaint = Diritto di proporre reclamo
notice-complaint-text = Hai il diritto di proporre reclamo a un’{ -supervisory-authority }: { $authority }.
notice-generated = Generato con Custos dal catalogo delle finalità e dal profilo aziendale il { $date }.

## Rapporto di accesso (art. 15 GDPR) e relativa esportazione (art. 20 GDPR)
access-title = Rapporto di accesso: i suoi { -personal-data }
access-subtitle = La nostra risposta ai sensi dell'art. 15 { -gdpr } a { $name }. Situazione al { $date }.
access-confirmation = Confermiamo che { $controller } tratta { -personal-data } che la riguardano. Questo rapporto è una copia di tutti i { -personal-data } che conserviamo su di lei, seguita da come e perché li trattiamo.
access-card = La sua scheda di contatto
field-display-name = Nome
field-organisation = Organizzazione
field-id-number = Numero di identificazione
field-status = Rapporto
field-source = Origine dei dati
field-created = Registrato dal
field-last-contact = Ultimo contatto
field-restricted = Trattamento limitato
restricted-since = dal { $date }: { $reason }
value-none = –
field-given-name = Nome
field-family-name = Cognome
field-job-title = Qualifica
field-tags = Etichette
# A contact point with its label, e.g. "anna@nowak.pl (work)".
point-with-label = { $value } ({ $label })
point-label-work = lavoro
point-label-home = privato
point-label-mobile = cellulare
point-label-other = altro
contact-status-lead = Potenziale cliente
contact-status-customer = Cliente
contact-status-former_customer = Ex cliente
contact-status-supplier_partner = Fornitore o partner
contact-status-other = Altro
source-person = Abbiamo ottenuto i dati da lei.
# A card an import of conversations created: $channel is email, chat, phone, meeting or other; $date the day.
source-person-via = Abbiamo ottenuto i dati da Lei: { $channel ->
    [email] la Sua e-mail
    [chat] il Suo messaggio in chat
    [phone] la Sua telefonata
   *[other] il Suo messaggio
} del { $date }.
access-notes = Note che la riguardano
notes-none = Non conserviamo note che la riguardano.
access-consents = I suoi consensi e la loro cronologia
consents-none = Non ci ha dato alcun { -consent }.
consent-current = Stato attuale: { $state }
consent-state-never_given = mai dato
consent-state-given = dato
consent-state-confirmed = dato e confermato
consent-state-withdrawn = revocato
consent-state-expired = scaduto
consent-event-given = Dato
consent-event-confirmed = Confermato
consent-event-withdrawn = Revocato
consent-event-expired = Scaduto
method-web_form = modulo web
method-email = e-mail
method-phone = telefono
method-in_person = di persona
method-chat = chat
method-paper = carta
method-system = sistema
col-date = Data
col-event = Evento
col-method = Modalità
col-wording = Testo che le è stato mostrato
col-evidence = Prova
wording-version = Versione { $version }: { $text }
access-conversations = Conversazioni con lei
conversations-none = Non conserviamo conversazioni con lei.
access-redaction-note = Nomi e recapiti di altre persone sono stati rimossi da questo rapporto per tutelarne i diritti (art. 15, paragrafo 4, { -gdpr }).
conversation-heading = { $channel }, { $date } ({ $count ->
    [one] { $count } messaggio
   *[other] { $count } messaggi
})
conversation-ref = Riferimento: { $ref }
# An e-mail thread's subject or a chat's name.
conversation-title = Oggetto: { $title }
# The other people an e-mail was sent to (To, Cc), before its text.
message-to = A: { $names }
channel-chat = Chat
channel-email = E-mail
channel-phone = Telefonata
channel-meeting = Incontro
channel-other = Conversazione
col-time = Ora (UTC)
col-sender = Da
col-text = Messaggio
sender-you = Lei
access-requests = Le sue richieste
requests-none = Non ci ha rivolto alcuna richiesta.
col-received = Ricevuta il
col-request = Richiesta
col-details = Dettagli
col-status = Stato
col-due = Scadenza
request-kind-access = Accesso (art. 15)
request-kind-rectification = Rettifica (art. 16)
request-kind-erasure = Cancellazione (art. 17)
request-kind-restriction = Limitazione (art. 18)
request-kind-portability = Portabilità (art. 20)
request-kind-objection = Opposizione (art. 21)
request-kind-automated_decisions = Decisioni automatizzate (art. 22)
request-kind-consent_withdrawal = Revoca del { -consent } (art. 7, paragrafo 3)
request-status-received = ricevuta
request-status-identity_pending = in attesa di prova dell'identità
request-status-in_progress = in corso
request-status-extended = termine prorogato
request-status-done = evasa
request-status-refused = respinta
access-backups-note = Anche i backup cifrati dei nostri archivi contengono questi dati. La { -erasure } non può raggiungere un backup già eseguito: i dati cancellati oggi vi restano al più tardi fino al { $date }, quando viene eliminato l'ultimo di essi.
access-export-note = Insieme a questo rapporto le forniamo una copia leggibile da dispositivo automatico degli stessi dati (file JSON e CSV) (art. 20 { -gdpr }).
access-generated = Generato con Custos dai nostri archivi il { $date }.
redact-party = terzo
redact-removed = rimosso

## Lettere sulla richiesta di un interessato (art. 12 GDPR)
letter-title-acknowledgement = Conferma di ricezione della Sua richiesta
letter-title-extension = Proroga del termine di risposta alla Sua richiesta
letter-title-completion = La nostra risposta alla Sua richiesta
letter-title-refusal = La nostra decisione sulla Sua richiesta
letter-reference = Richiesta n. { $id } del { $date }
field-our-reference = Nostro riferimento
field-request-type = Tipo di richiesta
field-due-by = Risposta entro il
letter-kind-access = Accesso ai Suoi { -personal-data } (art. 15 { -gdpr })
letter-kind-rectification = Rettifica dei Suoi { -personal-data } (art. 16 { -gdpr })
letter-kind-erasure = Cancellazione dei Suoi { -personal-data } (art. 17 { -gdpr })
letter-kind-restriction = Limitazione del trattamento (art. 18 { -gdpr })
letter-kind-portability = Portabilità dei dati (art. 20 { -gdpr })
letter-kind-objection = Opposizione al trattamento (art. 21 { -gdpr })
letter-kind-automated_decisions = Diritto di non essere sottoposto a una decisione basata unicamente sul trattamento automatizzato (art. 22 { -gdpr })
letter-kind-consent_withdrawal = Revoca del { -consent } (art. 7, par. 3, { -gdpr })
letter-salutation = Gentile { $name },
letter-salutation-unnamed = Gentile Signora, Gentile Signore,
letter-ack-received = La ringraziamo per la Sua richiesta, che abbiamo ricevuto il { $date }. L’abbiamo registrata e la stiamo trattando.
letter-asked = Oggetto della richiesta: { $details }
letter-ack-due = Le risponderemo entro il { $due } (art. 12, par. 3, { -gdpr }).
letter-ack-identity = Per essere certi di comunicare i { -personal-data } soltanto alla persona a cui si riferiscono, potremmo chiederLe una prova della Sua identità prima di dare seguito alla richiesta (art. 12, par. 6, { -gdpr }).
letter-ext-intro = Abbiamo ricevuto la Sua richiesta il { $date }. Per rispondere serve più tempo del mese previsto di norma dal { -gdpr }.
letter-reasons = I motivi:
letter-ext-due = Ai sensi dell’art. 12, par. 3, { -gdpr } proroghiamo quindi il termine di risposta di ulteriori due mesi. Le risponderemo entro il { $due } (anziché entro il { $original }).
letter-done-intro = Abbiamo dato seguito alla Sua richiesta, ricevuta il { $date }.
letter-done-actions = Che cosa abbiamo fatto:
letter-done-action = { $date }: { $action }
letter-done-report = predisposta la copia dei Suoi { -personal-data } (art. 15 { -gdpr })
letter-done-export = forniti i Suoi { -personal-data } in un formato strutturato, di uso comune e leggibile da dispositivo automatico (art. 20 { -gdpr })
letter-done-no-data = Abbiamo cercato nei nostri archivi { -personal-data } che La riguardano e non ne abbiamo trovati: non deteniamo alcun dato personale che La riguardi.
letter-done-enclosed = In allegato: il rapporto sui { -personal-data } che La riguardano in nostro possesso (art. 15 { -gdpr }).
letter-refusal-intro = Abbiamo ricevuto la Sua richiesta il { $date }. Dopo averla esaminata, non vi daremo seguito.
letter-refusal-rights = Ai sensi dell’art. 12, par. 4, { -gdpr } La informiamo che ha:
letter-refusal-complaint = il diritto di proporre reclamo all’{ -supervisory-authority }: { $authority };
letter-refusal-court = il diritto di proporre ricorso giurisdizionale.
letter-contact = Per qualsiasi domanda può contattarci: { $contact }.
letter-closing = Cordiali saluti

## Kit di recupero di una cassaforte
recovery-kit-title = Kit di recupero della Sua cassaforte Custos
recovery-kit-intro = Con questo foglio un proprietario della cassaforte indicata qui sotto può accedervi di nuovo e impostare una nuova passphrase, se tutte le passphrase sono state dimenticate.
recovery-kit-vault-name = Cassaforte
recovery-kit-vault-id = ID della cassaforte
recovery-kit-made-on = Creato il
recovery-kit-made-by = Creato da
recovery-kit-code = Codice di recupero
recovery-kit-code-typing = Maiuscole e minuscole sono equivalenti; O e 0 si leggono allo stesso modo, così come I, L e 1; i trattini si possono omettere.
recovery-kit-keep = Conservi questo foglio al sicuro
recovery-kit-keep-offline = Lo conservi in un luogo sicuro e offline, ad esempio in un cassetto chiuso a chiave o in un armadio blindato. Non lo fotografi, non lo scansioni e non lo salvi su un computer né online.
recovery-kit-keep-anyone = Chiunque possieda questo foglio e una copia del file della cassaforte può aprire la cassaforte.
recovery-kit-use = Come usarlo
recovery-kit-use-app = Nell’app Custos: nella schermata di sblocco scelga «Ho dimenticato la passphrase» e digiti il codice.
recovery-kit-use-cli = Dalla riga di comando: { $command }
recovery-kit-use-check = Un carattere digitato in modo errato viene rilevato grazie ai caratteri di controllo: Custos Le chiede allora di verificare il codice.
recovery-kit-use-after = Dopo l’uso, imposti una nuova passphrase e stampi un nuovo kit di recupero.
recovery-kit-replaced = Con la stampa di un nuovo kit questo smette di funzionare: in tal caso distrugga questo foglio.
recovery-kit-nobody = Senza una passphrase e senza questo kit nessuno — nemmeno gli sviluppatori di Custos — può aprire la cassaforte.
