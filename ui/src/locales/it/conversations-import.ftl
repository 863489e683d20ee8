# Importazione di conversazioni da file: e-mail (.eml, mbox), esportazioni di Telegram,
# Messenger e della chat del sito, associate ai contatti (ImportConversationsDialog e i suoi
# passaggi, il menu dei contatti, l'importazione su una scheda), e gli indirizzi e-mail
# dell'azienda nelle Impostazioni (StaffAddresses).

## Punti di accesso

import-conversations-menu = Importa conversazioni…
import-conversations-card-hint = Anche un'e-mail (.eml, mbox), un'esportazione di Telegram o Messenger o il file CSV di una chat del sito: il passaggio successivo associa le persone che contiene ai vostri contatti.

## Finestre di scelta dei file del sistema (lib/dialogs.ts)

import-conversations-dialog-files = Scegli i file delle conversazioni
import-conversations-dialog-folder = Scegli una cartella di conversazioni
import-conversations-dialog-filter = Conversazioni (e-mail, chat)
import-conversations-dialog-mail-filter = E-mail (.eml, mbox)
import-conversations-dialog-json-filter = Telegram, Messenger o Custos (.json)
import-conversations-dialog-all-filter = Tutti i file

## La finestra

import-conversations-title = Importa conversazioni
import-conversations-steps = Passaggi dell'importazione
import-conversations-step-files = File
import-conversations-step-mapping = Colonne
import-conversations-step-preview = Anteprima
import-conversations-step-importing = Importazione
import-conversations-step-summary = Fatto
import-conversations-intro = E-mail (file .eml, una cartella che li contiene o un file mbox di Thunderbird e della maggior parte dei programmi di posta), un'esportazione di Telegram o Messenger, oppure il file CSV di una chat del sito. Si possono scegliere più file insieme. Nulla viene salvato prima di aver visto l'anteprima, e nulla del tutto se un file non può essere letto.
import-conversations-paths-label = File e cartelle, uno per riga
import-conversations-paths-hint = Sceglieteli qui sotto o incollate i loro percorsi.
import-conversations-choose-files = Scegli file…
import-conversations-choose-folder = Scegli una cartella…
import-conversations-choose-first = Scegli prima almeno un file o una cartella.
import-conversations-no-files = La cartella non contiene file di conversazioni che Custos sappia leggere.
import-conversations-reading = Lettura dei file…
import-conversations-reading-short = Lettura…
import-conversations-submit = Importa

## Il formato di un file, come lo indica l'anteprima

import-conversations-format-whatsapp = chat WhatsApp
import-conversations-format-json = trascrizione Custos
import-conversations-format-eml = e-mail
import-conversations-format-mbox = casella di posta (mbox)
import-conversations-format-telegram = esportazione Telegram
import-conversations-format-messenger = esportazione Messenger
import-conversations-format-csv = chat del sito (CSV)
# $name: il nome del file; $format: che cosa è, ad es. "esportazione Telegram".
import-conversations-file = { $name } ({ $format })

## Le colonne del file CSV di una chat del sito (ConversationsMappingStep)

# $file: il nome del file; $rows: le sue righe.
import-conversations-mapping-intro =
    { $rows ->
        [one] { $file } ha { $rows } riga. Indica che cosa contiene ogni colonna; le prime righe sono mostrate sotto le colonne.
       *[other] { $file } ha { $rows } righe. Indica che cosa contiene ogni colonna; le prime righe sono mostrate sotto le colonne.
    }
# $fields: che cosa manca, ad es. "l'ora e il testo".
import-conversations-mapping-missing = Da indicare ancora: { $fields }.
import-conversations-gap-time = l'ora
import-conversations-gap-sender = il mittente
import-conversations-gap-text = il testo
# $n: il numero di una colonna senza nome.
import-conversations-column-n = Colonna { $n }
# $column: il nome della colonna.
import-conversations-column-field = Contenuto della colonna «{ $column }»
import-conversations-field-ignore = Non importata
import-conversations-field-time = Data e ora
import-conversations-field-date = Data
import-conversations-field-clock = Ora
import-conversations-field-sender = Nome del mittente
import-conversations-field-sender-email = E-mail del mittente
import-conversations-field-role = Ruolo del mittente (visitatore, operatore)
import-conversations-field-text = Testo del messaggio
import-conversations-field-conversation = Identificativo della conversazione
import-conversations-field-message-id = Identificativo del messaggio

## L'anteprima (ConversationsPreviewStep)

# I numeri dei file letti. $files: file; $threads: thread di e-mail e chat; $messages: messaggi;
# $skipped: messaggi non importati (di servizio, chiamate, vuoti); $undated: e-mail senza data.
import-conversations-counts =
    { $files ->
        [one] { $files } file
       *[other] { $files } file
    }: { $threads ->
        [one] { $threads } thread
       *[other] { $threads } thread
    }, { $messages ->
        [one] { $messages } messaggio
       *[other] { $messages } messaggi
    }, { $skipped } saltati (messaggi di servizio, chiamate, vuoti), { $undated } senza data.
# $count: i file allegati ai messaggi.
import-conversations-attachments =
    { $count ->
        [one] { $count } allegato: nome e dimensione vengono registrati, il contenuto non viene conservato.
       *[other] { $count } allegati: nomi e dimensioni vengono registrati, il contenuto non viene conservato.
    }
# $count: le persone nominate nei file.
import-conversations-people-title =
    { $count ->
        [one] { $count } persona nei file
       *[other] { $count } persone nei file
    }
import-conversations-people-hint = Per ogni persona che non è tra i vostri contatti scegli: associa a un contatto, crea un potenziale cliente, segna come della vostra azienda o salta. Nulla viene creato senza la vostra scelta: una persona saltata non riceve una scheda e i suoi messaggi restano solo dove ha scritto con un contatto.
import-conversations-col-person = Persona
import-conversations-col-messages = Messaggi
import-conversations-col-matched = Riconosciuta come
import-conversations-col-choice = La vostra scelta
# $sent: messaggi inviati dalla persona; $received: messaggi indirizzati a lei.
import-conversations-sent-received = { $sent } inviati, { $received } ricevuti
# $name: il nome del contatto sulla scheda.
import-conversations-known-contact-address = { $name } (per indirizzo e-mail)
import-conversations-known-contact-name = { $name } (per nome)
import-conversations-known-restricted = { $name } — con limitazione: alla scheda non viene aggiunto nulla
import-conversations-known-staff = La vostra azienda
import-conversations-known-unknown = Non tra i vostri contatti
# $count: schede con lo stesso nome o indirizzo.
import-conversations-known-candidates =
    { $count ->
        [one] { $count } scheda con questo nome
       *[other] { $count } schede con questo nome
    }
# $name: la persona.
import-conversations-choice-label = Che cosa fare di { $name }
import-conversations-choice-skip = Salta
# $name, $id: una scheda con lo stesso nome.
import-conversations-choice-candidate = Associa a { $name } (n. { $id })
# $name: la scheda a cui la persona è associata.
import-conversations-choice-attached = Associa a { $name }
import-conversations-choice-attach = Associa a un contatto…
import-conversations-choice-lead = Crea un potenziale cliente
import-conversations-choice-staff = La vostra azienda (personale)
import-conversations-choice-none = —
# $name: la persona.
import-conversations-attach-to = Contatto per { $name }
# $count: conversazioni che l'importazione crea o completa.
import-conversations-planned-title =
    { $count ->
        [one] { $count } conversazione da importare
       *[other] { $count } conversazioni da importare
    }
import-conversations-planned-none = Non verrebbe importata nessuna conversazione: nessuno nei file è ancora un contatto. Associa le persone a contatti o crea potenziali clienti qui sopra.
# $count: thread in cui nessuno è un contatto.
import-conversations-unassigned =
    { $count ->
        [one] { $count } thread non riguarda nessuno dei vostri contatti: non viene importato.
       *[other] { $count } thread non riguardano nessuno dei vostri contatti: non vengono importati.
    }
import-conversations-col-card = Scheda
import-conversations-col-title = Conversazione
import-conversations-col-new = Messaggi nuovi
import-conversations-col-already = Già presenti
import-conversations-new-lead = nuovo potenziale cliente

## L'importazione e il riepilogo

# $count: i file importati.
import-conversations-running =
    { $count ->
        [one] Importazione di { $count } file…
       *[other] Importazione di { $count } file…
    }
import-conversations-progress-label = Avanzamento dell'importazione
# $done, $total: messaggi scritti finora e in tutto; $percent: l'avanzamento in percentuale.
import-conversations-progress = { $done } di { $total } messaggi ({ $percent }%)
# $created: nuove conversazioni; $extended: conversazioni di un'importazione precedente
# completate; $messages: messaggi aggiunti.
import-conversations-summary = Importato: { $created ->
        [one] { $created } nuova conversazione
       *[other] { $created } nuove conversazioni
    }, { $extended } completate, { $messages ->
        [one] { $messages } messaggio
       *[other] { $messages } messaggi
    }.
# $count: messaggi che la cassaforte aveva già.
import-conversations-summary-duplicates =
    { $count ->
        [one] { $count } messaggio era già presente e non è stato aggiunto di nuovo.
       *[other] { $count } messaggi erano già presenti e non sono stati aggiunti di nuovo.
    }
import-conversations-summary-skipped =
    { $count ->
        [one] { $count } messaggio saltato (di servizio, una chiamata o vuoto).
       *[other] { $count } messaggi saltati (di servizio, chiamate o vuoti).
    }
import-conversations-summary-undated =
    { $count ->
        [one] { $count } e-mail non aveva data: ha preso l'ora del messaggio precedente.
       *[other] { $count } e-mail non avevano data: ognuna ha preso l'ora del messaggio precedente.
    }
import-conversations-summary-unassigned =
    { $count ->
        [one] { $count } thread non riguardava nessuno dei vostri contatti e non è stato importato.
       *[other] { $count } thread non riguardavano nessuno dei vostri contatti e non sono stati importati.
    }
import-conversations-summary-attachments =
    { $count ->
        [one] { $count } allegato: nome e dimensione sono stati registrati, il contenuto non è stato conservato.
       *[other] { $count } allegati: nomi e dimensioni sono stati registrati, il contenuto non è stato conservato.
    }
# $count: potenziali clienti creati; seguono i loro nomi, ciascuno un collegamento alla scheda.
import-conversations-summary-leads =
    { $count ->
        [one] { $count } potenziale cliente creato (la fonte sono i messaggi della persona stessa):
       *[other] { $count } potenziali clienti creati (la fonte sono ogni volta i messaggi della persona stessa):
    }

## Impostazioni: gli indirizzi e-mail dell'azienda (StaffAddresses)

import-conversations-staff-title = Indirizzi e-mail della vostra azienda
import-conversations-staff-intro = Quando si importano e-mail, un messaggio inviato da o verso uno di questi indirizzi è della vostra azienda (personale), non di un contatto.
import-conversations-staff-label = Indirizzi, uno per riga
import-conversations-staff-hint = Lascia vuoto per usare l'indirizzo e-mail del profilo aziendale.
# $addresses: l'indirizzo e-mail del profilo aziendale.
import-conversations-staff-from-profile = Nessuno impostato: si usa l'indirizzo del profilo aziendale ({ $addresses }).
import-conversations-staff-none = Nessuno impostato, e il profilo aziendale non ha un indirizzo e-mail: nessuna e-mail è considerata della vostra azienda.
import-conversations-staff-save = Salva indirizzi
