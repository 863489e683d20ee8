# Consensi e opposizioni sulla scheda di un contatto, le finalità nelle Impostazioni (elenco e
# modulo) e chi può essere contattato per una finalità (elenco con esportazione CSV).

## Stato di un consenso (codici del nucleo) ed eventi della sua cronologia

consent-state-never-given = Mai prestato
consent-state-given = Prestato
consent-state-confirmed = Confermato
consent-state-withdrawn = Revocato
consent-state-expired = Scaduto
consent-state-given-awaiting = Prestato, in attesa di conferma
consent-event-given = Prestazione
consent-event-confirmed = Conferma
consent-event-withdrawn = Revoca
consent-event-expired = Scadenza

## Come la persona ha prestato, confermato o revocato il consenso, o si è opposta

consent-method-web-form = Modulo web
consent-method-email = E-mail
consent-method-phone = Telefono
consent-method-in-person = Di persona
consent-method-chat = Chat
consent-method-paper = Cartaceo

## I consensi sulla scheda

consents-title = Consensi e possibilità di contatto
consents-loading = Caricamento dei consensi…
consents-no-purposes = Nessuna finalità per ora. Aggiungi i motivi per cui conservi i dati di contatto in Impostazioni → Finalità; i consensi si registrano qui per ciascuna di esse.
consents-may-contact = Contatto consentito
consents-may-not-contact = Contatto non consentito
consents-objected = Opposizione del { $date } ({ $method }), registrata da { $who }.
consents-objected-ref = Opposizione del { $date } ({ $method }, rif. { $ref }), registrata da { $who }.
consents-give = Registra consenso…
consents-give-again = Registra di nuovo…
consents-confirm = Conferma…
consents-withdraw = Revoca
consents-withdrawing = Revoca in corso…
consents-object = Opposizione…
consents-withdraw-method = Come { $name } ha revocato il consenso per { $purpose }
consents-history-show = Cronologia ({ $count })
consents-history-hide = Nascondi cronologia
consents-history-caption = Cronologia del consenso per { $purpose }
consents-history-when = Quando
consents-history-event = Evento
consents-history-method = Modalità
consents-history-wording = Testo
consents-history-evidence = Prova
consents-history-recorded-by = Registrato da
consents-history-recorded = { $who }, { $when }
consents-version = Versione { $version }
consents-done-give = { $name }: consenso registrato.
consents-done-confirm = { $name }: conferma registrata.
consents-done-withdraw = { $name }: consenso revocato.
consents-done-object = { $name }: opposizione registrata.

## Il modulo di un consenso, di una conferma o di un'opposizione

consent-form-title-give = Registra il consenso
consent-form-title-confirm = Registra la conferma
consent-form-title-object = Registra un'opposizione
consent-form-submit-give = Registra consenso
consent-form-submit-confirm = Registra conferma
consent-form-submit-object = Registra opposizione
consent-form-recording = Registrazione…
consent-form-object-hint = { $name } si oppone a «{ $purpose }» (art. 21 { -gdpr }). Da quel momento i suoi dati non possono più essere usati per questa finalità, qualunque sia la base giuridica.
consent-form-confirm-hint = Double opt-in: quando e come { $name } ha confermato, ad es. facendo clic sul link nell'e-mail.
consent-form-method = Modalità
consent-form-when = Quando
consent-form-confirmed-at = Confermato il
consent-form-when-hint = (vuoto per adesso)
consent-form-evidence-ref = Riferimento della prova
consent-form-confirmation-ref = Riferimento della conferma
consent-form-evidence-placeholder = ID del modulo, ID del messaggio e-mail, documento cartaceo scansionato…
consent-form-wording = Testo mostrato
consent-form-version-dated = Versione { $version } — { $date }
consent-form-version-current-dated = Versione { $version } (attuale) — { $date }
consent-form-version-current = Versione { $version } (attuale)
consent-form-versions-error = Impossibile caricare le versioni precedenti: { $error }
consent-form-error-time = Indica data e ora, oppure lascia il campo vuoto per adesso.

## Impostazioni → Finalità

purposes-title = Finalità
purposes-add = Aggiungi finalità
purposes-intro = Perché conservi dati personali e su quale base giuridica. Informative sulla privacy, report di accesso e registro dei trattamenti vengono tutti redatti a partire da questo elenco.
purposes-empty = Nessuna finalità per ora. Aggiungi i motivi per cui conservi i dati di contatto — ad esempio «Risposta alle richieste» (contratto) o «Newsletter» (consenso).
purposes-loading = Caricamento delle finalità…
purposes-audience = Chi può essere contattato
purposes-audience-for = Chi può essere contattato per { $purpose }
purposes-edit-named = Modifica { $purpose }

## Il modulo di una finalità

purpose-form-title-new = Nuova finalità
purpose-form-title-edit = Modifica «{ $purpose }»
purpose-form-name = Nome
purpose-form-name-placeholder = ad es. Risposta alle richieste
purpose-form-basis = Base giuridica
purpose-form-description = Descrizione
purpose-form-interest = Legittimo interesse perseguito
purpose-form-interest-hint = Obbligatorio per l'art. 6, par. 1, lett. f): indica qual è l'interesse, ad es. «seguito dei preventivi inviati».
purpose-form-wording = Testo del consenso
purpose-form-wording-hint = Il testo esatto a cui le persone acconsentono. Modificarlo crea una nuova versione; i consensi già prestati mantengono la versione vista dalla persona.
purpose-form-wording-new-version = Salvando verrà creata una nuova versione.
purpose-form-double-opt-in = Double opt-in: il consenso vale solo dopo la conferma della persona
purpose-form-subjects = Categorie di interessati
purpose-form-subjects-hint = A chi si riferiscono i dati, una categoria per riga, ad es. «clienti», «candidati». Il registro dei trattamenti le elenca.
purpose-form-categories = Categorie di dati
purpose-form-categories-hint = Una per riga, ad es. «dati di contatto».
purpose-form-retention = Per quanto tempo sono conservati i dati
purpose-form-retention-hint = Un periodo o i criteri, ad es. «2 anni dall'ultimo contatto».
purpose-form-requirement = La persona deve fornire i dati?
purpose-form-requirement-voluntary = No, è facoltativo
purpose-form-requirement-statutory = Sì, è un obbligo di legge
purpose-form-requirement-contractual = Sì, è un obbligo contrattuale
purpose-form-consequence = Conseguenze della mancata comunicazione
purpose-form-automated = Esiste un processo decisionale automatizzato o una profilazione
purpose-form-automated-logic = La logica utilizzata e le conseguenze per la persona
purpose-form-recipients = Destinatari e responsabili del trattamento
purpose-form-recipients-none = Nessuno. Aggiungi gli strumenti e le aziende che ricevono questi dati, ad es. il tuo provider di posta elettronica.
purpose-form-recipient-name = Nome
purpose-form-recipient-role = Ruolo
purpose-form-recipient-country = Paese
purpose-form-recipient-country-placeholder = IT
purpose-form-recipient-safeguard = Garanzia per il trasferimento
purpose-form-recipient-safeguard-detail = Dettagli della garanzia
purpose-form-recipient-safeguard-placeholder = ad es. la decisione di adeguatezza o la versione delle SCC
purpose-form-recipient-remove = Rimuovi
purpose-form-recipient-remove-named = Rimuovi il destinatario { $number }
purpose-form-recipient-add = Aggiungi destinatario
purpose-form-save = Salva finalità
purpose-form-error-automated = Descrivi il processo decisionale automatizzato o la profilazione, con la logica utilizzata.
purpose-problem = { $field }: { $problem }.
purpose-problem-recipient = Destinatario { $number }
purpose-problem-field-name = Nome
purpose-problem-field-description = Descrizione
purpose-problem-field-legitimate-interest = Legittimo interesse
purpose-problem-field-consent-wording = Testo del consenso
purpose-problem-field-requirement = Se la persona non fornisce i dati

## Chi può essere contattato per una finalità

consents-audience-title = Chi può essere contattato per «{ $purpose }»
consents-audience-total =
    { $count ->
        [one] { $count } persona
       *[other] { $count } persone
    }
consents-audience-hint-confirmed = Tutti coloro il cui { -consent } è confermato (double opt-in). Le persone con trattamento limitato, quelle cancellate e quelle che si sono opposte non compaiono mai.
consents-audience-hint-consent = Tutti coloro il cui { -consent } è in vigore. Le persone con trattamento limitato, quelle cancellate e quelle che si sono opposte non compaiono mai.
consents-audience-hint-other = Tutti i contatti dell'elenco: questa finalità non si basa sul { -consent }. Le persone con trattamento limitato, quelle cancellate e quelle che si sono opposte non compaiono mai.
consents-audience-method-withdrawals = Revoche registrate come
consents-audience-method-objections = Opposizioni registrate come
consents-audience-export = Esporta CSV…
consents-audience-export-form = Esporta in CSV
consents-audience-export-path = Salva come
consents-audience-export-hint = Un file CSV (UTF-8, separato da virgole) con nome, e-mail, telefono, base giuridica e consenso. Un file esistente non viene mai sovrascritto.
consents-audience-export-no-path = Scegli dove salvare il file CSV.
consents-audience-export-submit = Esporta
consents-audience-exporting = Esportazione…
consents-audience-exported =
    { $count ->
        [one] { $count } persona scritta in { $path }.
       *[other] { $count } persone scritte in { $path }.
    }
consents-audience-file = { $purpose }-contattabili-{ $date }
consents-audience-file-fallback = finalita
consents-audience-empty = Al momento nessuno può essere contattato per «{ $purpose }».
consents-audience-list = Persone che possono essere contattate
consents-audience-open-card = Apri la scheda
consents-audience-no-reach = nessuna e-mail o telefono
consents-audience-since = { $state } dal { $date }
consents-audience-withdraw-named = Revoca il consenso di { $name }
consents-audience-object-named = Registra l'opposizione di { $name }
consents-audience-objected = Opposizione
