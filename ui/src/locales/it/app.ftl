# Schermate iniziali (benvenuto, creazione, sblocco), robustezza della passphrase, cornice
# dell’app (navigazione, barra superiore, barra di stato), file aperto dall’esterno e finestre
# dei file del sistema.

app-starting = Avvio di Custos…

## Benvenuto

app-welcome-title = Benvenuto in Custos
app-welcome-intro = Contatti, conversazioni e consensi in un unico file cifrato su questo computer. Nessun cloud lo vede mai.
app-welcome-create = Crea una nuova cassaforte
app-welcome-create-hint = Parti da zero. Scegli una passphrase: senza di essa il file è illeggibile.
app-welcome-open = Apri una cassaforte esistente
app-welcome-open-hint = Sblocca un file .custos che hai già, ad esempio uno ripristinato da un backup.
app-welcome-join = Unisciti a un team
app-welcome-join-hint = Un altro computer dell’azienda ha invitato questo: basta digitare il codice che mostra e la rubrica arriva qui.

## Creazione

app-create-title = Crea una nuova cassaforte
app-create-intro = Tutto ciò che conservi in Custos è cifrato con la passphrase. Se la dimentichi, nessuno può recuperare i dati, nemmeno noi.
app-vault-file = File della cassaforte
app-vault-file-choose = Scegli il file della cassaforte…
app-create-path-hint = Conserva un backup di questo file in un luogo sicuro, ad es. su una chiavetta USB cifrata.
app-your-name = Il tuo nome
app-create-operator-hint = Registrato a ogni modifica, come richiede il principio di responsabilizzazione del { -gdpr }.
app-passphrase = Passphrase
app-create-repeat = Ripeti la passphrase
app-create-mismatch = Non corrisponde ancora alla passphrase.
app-create-busy = Creazione…
app-create-submit = Crea cassaforte
app-create-instead = Apri invece una cassaforte esistente

## Sblocco

app-unlock-title = Sblocca la cassaforte
app-unlock-busy = Sblocco…
app-unlock-submit = Sblocca
app-unlock-instead = Crea invece una nuova cassaforte

## Robustezza della passphrase

app-strength-too-short =
    { $length ->
        [0] Usa almeno { $min ->
            [one] { $min } carattere
           *[other] { $min } caratteri
        }. Alcune parole senza relazione tra loro sono facili da ricordare e difficili da indovinare.
       *[other] Usa almeno { $min ->
            [one] { $min } carattere
           *[other] { $min } caratteri
        }{ "\u00A0" }({ $length } finora). Alcune parole senza relazione tra loro sono facili da ricordare e difficili da indovinare.
    }
app-strength-failed = Non è stato possibile stimare la robustezza: { $error }
app-strength-label =
    Robustezza: { $score ->
        [0] molto debole
        [1] debole
        [2] discreta
        [3] buona
       *[4] ottima
    }
# $time: la durata nelle parole dello stimatore (in inglese, ad es. "3 centuries").
app-strength-time = — circa { $time } per indovinarla
app-strength-checking = Verifica della robustezza…

## Campo del percorso

app-path-choose = Scegli…
app-path-choose-label = { $label }: scegli…
app-path-dialog-failed = Impossibile aprire la finestra di selezione file: { $error } Digita invece il percorso.

## File di cassaforte ricevuto dall’esterno

app-open-request-title-lock-first = Aprire un’altra cassaforte?
app-open-request-title-refused = Impossibile aprire questo file
app-open-request-asked = A Custos è stato chiesto di aprire
app-open-request-unlocked = La cassaforte { $vault } è sbloccata. Bloccala per sbloccare l’altra con la sua passphrase, oppure continua a lavorare in questa.
app-open-request-lock-and-open = Blocca e apri
app-open-request-keep-working = Continua a lavorare
app-open-request-ok = OK

## Cornice dell’app

app-nav-label = Principale
app-nav-contacts = Contatti
app-nav-attention = Da gestire
app-nav-requests = Richieste
app-nav-audit = Registro delle attività
app-nav-settings = Impostazioni
app-nav-to-deal-with = da gestire
app-new-contact = Nuovo contatto
app-shortcut-new-contact = Ctrl+N
app-lock = Blocca
app-shortcut-lock = Ctrl+L
app-working-as = Operatore: { $operator }
app-dismiss = Chiudi
app-locks-after = Blocco dopo { $minutes } min di inattività
app-locked-idle =
    Bloccata dopo { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    } di inattività.
app-lock-failed = Il blocco potrebbe non essere riuscito: { $error } Chiudi Custos per sicurezza.

## Chiusura di una richiesta: nessun dato conservato

app-no-data-title = Chiudi — nessun dato conservato
app-no-data-hint = Se il richiedente non è tra i tuoi contatti e una ricerca nelle schede e nelle trascrizioni non ha trovato nulla su di lui, la risposta è che non si conservano dati personali che lo riguardano. La chiusura è definitiva; la lettera di risposta lo indica.
app-no-data-summary = Come hai cercato (facoltativo)
app-no-data-summary-placeholder = ad es. cercato per nome e indirizzo e-mail
app-no-data-closed = La richiesta è chiusa: non si conservano dati personali del richiedente.

## Finestre dei file del sistema

app-dialog-create-vault = Crea una cassaforte Custos
app-dialog-open-vault = Apri una cassaforte Custos
app-dialog-vault-filter = Cassaforte Custos
app-dialog-transcript = Scegli un’esportazione della chat
app-dialog-whatsapp-filter = Esportazione WhatsApp
app-dialog-transcript-filter = Trascrizione Custos
app-dialog-csv-export = Esporta in un file CSV
app-dialog-csv-filter = CSV (separato da virgole)
app-dialog-save-document = Salva il documento
app-dialog-pdf-filter = Documento PDF
app-dialog-html-filter = Pagina web
app-dialog-zip-filter = Archivio ZIP
app-dialog-backup-folder = Dove salvare i backup
app-dialog-shared-folder = La cartella condivisa dai computer del team
app-dialog-address-book = Scegli un file di rubrica
app-dialog-address-book-filter = Rubrica (CSV, vCard)
app-dialog-csv-sources-filter = CSV (Google, Outlook, foglio di calcolo)
app-dialog-vcard-filter = vCard
app-dialog-export-contacts = Esporta i contatti

## Errori

error-fallback = Si è verificato un errore. Riprova.
