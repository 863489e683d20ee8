# Backup: Impostazioni → Backup, la finestra di ripristino, la barra di stato e ciò che la finestra
# di cancellazione dice dei backup.

backups-title = Backup
backups-intro = Custos esegue da solo il backup della cassaforte una volta al giorno e prima di un aggiornamento, cifrato con la passphrase della cassaforte e verificato pagina per pagina. Ne conserva uno al giorno per una settimana, uno alla settimana per un mese e uno al mese per un anno.
backups-back-up-now = Esegui il backup ora
backups-progress = Backup in corso… { $percent } %
backups-backed-up-to = Backup salvato in { $path } e verificato.
backups-rotation-removed =
    La rotazione ha rimosso { $count ->
        [one] { $count } backup meno recente
       *[other] { $count } backup meno recenti
    }.
backups-folder-set = D’ora in poi i backup vanno in { $folder }.
backups-where = Dove vanno i backup
backups-folder = Cartella
backups-folder-choose = Scegli la cartella…
backups-use-folder = Usa questa cartella
backups-default-folder = Torna alla cartella predefinita
backups-external-drives = Un backup su un altro disco sopravvive alla perdita di questo computer. Collegati ora:
backups-drive-folder = Backup di Custos
backups-keep-elsewhere = Conserva i backup anche su un disco esterno o in una cartella di rete: un backup accanto alla cassaforte va perso insieme al computer.
backups-in-folder = Backup in questa cartella
backups-none = Ancora nessun backup.
backups-held = { $contacts }, { $messages }
backups-size-gb = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } GB
backups-size-mb = { $size } MB
backups-size-kb = { $size } KB
backups-before-passphrase-change = Eseguito prima del cambio di passphrase: si apre con la passphrase usata allora.
backups-check = Verifica
backups-checking = Verifica…
backups-check-ok = Verificato: ogni pagina si rilegge e la struttura è integra.
backups-check-damaged =
    Danneggiato: { $count ->
        [one] { $count } problema trovato
       *[other] { $count } problemi trovati
    }. Non eseguire il ripristino da questo backup.
backups-restore-ask = Ripristina…
backups-restored = Ripristinato il backup del { $date }. La cassaforte com’era prima è conservata come { $path }.

## Barra di stato

backups-backed-up-at = Backup eseguito il { $date }
backups-failed = Backup non riuscito: { $error }
backups-unknown-error = errore sconosciuto
backups-settings-link = Impostazioni → Backup

## Cancellazione di una persona: cosa contengono ancora i backup

backups-held-until-none = Nessun backup contiene ancora i dati di questa persona.
backups-held-until = I backup eseguiti finora li contengono ancora fino al { $date }, quando l’ultimo di essi viene eliminato dalla rotazione. La cancellazione non può raggiungere un backup.

## Finestra di ripristino

backups-restore-title = Ripristinare il backup del { $date }?
backups-restore-warning = Tutto il contenuto della cassaforte viene sostituito da quello del backup; ciò che è stato aggiunto o modificato da allora non sarà più nella cassaforte. Prima viene eseguito un backup della cassaforte nello stato attuale, quindi l’operazione si può annullare.
backups-restore-old-passphrase = Questo backup è stato eseguito prima dell’ultimo cambio di passphrase: digita la passphrase usata allora. Dopo il ripristino, la cassaforte si apre con quella passphrase.
backups-restore-same-passphrase = Dopo il ripristino, la cassaforte si apre con la passphrase del backup.
backups-restore-passphrase = Passphrase del backup
backups-restoring = Ripristino…
backups-restore = Ripristina
