# Gli operatori e l’apertura della cassaforte: «Chi è Lei?», il kit di recupero, la propria
# passphrase, Impostazioni → Operatori e Impostazioni → La Sua passphrase. Le parole del kit
# sono quelle del kit stampato (recovery-kit-* in custos-documents).

## La schermata di sblocco

operators-who-are-you = Chi è Lei?
operators-first-owner-hint = Questa cassaforte è stata creata prima che gli operatori avessero una passphrase propria: il nome digitato diventa quello del suo proprietario.
operators-forgot = Ho dimenticato la passphrase

## «Ho dimenticato la passphrase»

operators-recover-title = Rientrare con il kit di recupero
operators-recover-intro = Un proprietario di { $path } digita il codice di recupero stampato sul kit di recupero e sceglie una nuova passphrase.
operators-recover-code = Codice di recupero
operators-recover-code-hint = Come stampato sul kit: maiuscole e minuscole sono uguali; O e 0 si leggono allo stesso modo, come I, L e 1; i trattini si possono omettere.
operators-recover-submit = Imposti la nuova passphrase e sblocchi
operators-recover-back = Torna allo sblocco

## La propria passphrase (dopo lo sblocco con una passphrase iniziale)

operators-choose-title = Scelga la Sua passphrase
operators-choose-intro = { $name }, la passphrase ricevuta valeva solo per il primo sblocco. Scelga la Sua prima di continuare: solo Lei dovrebbe conoscerla.
operators-choose-new = Nuova passphrase
operators-choose-submit = Salva e continua
operators-choose-lock = Blocca

## Il kit di recupero

operators-kit-step-title = Stampi il Suo kit di recupero
operators-kit-step-intro = Il kit di recupero è una pagina stampata con un codice di recupero. Con esso un proprietario che ha dimenticato la passphrase può impostarne una nuova.
operators-kit-nobody = Senza la passphrase e senza il kit di recupero nessuno — nemmeno gli sviluppatori di Custos — può aprire la cassaforte.
operators-kit-language = Lingua del kit
operators-kit-save = Salva il kit di recupero
operators-kit-continue = Continua
operators-kit-skip = Salta per ora (lo stampi più tardi in Impostazioni → Operatori)
operators-kit-title = Kit di recupero
operators-kit-made = Per questa cassaforte è stato stampato un kit di recupero.
operators-kit-none = Nessun kit di recupero ancora: ne stampi uno e lo conservi in un luogo sicuro, non in rete.
operators-kit-print = Stampa un kit di recupero
operators-kit-replaces = Un nuovo kit sostituisce il precedente: il codice del vecchio kit smette di funzionare. Distrugga poi il vecchio foglio.

## Impostazioni → Operatori

operators-title = Operatori
operators-intro = Ogni persona che lavora in questa cassaforte ha una passphrase propria e un ruolo. Un proprietario può fare tutto; un impiegato lavora con contatti, conversazioni, consensi e richieste, ma non può esportare in blocco né modificare le impostazioni dell’azienda; la sola lettura consente di consultare e cercare.
operators-col-name = Nome
operators-col-role = Ruolo
operators-col-added = Aggiunto
operators-col-actions = Azioni
operators-you = Lei
operators-must-choose = deve scegliere una passphrase
operators-role-of = Ruolo di { $name }
operators-role-owner = Proprietario
operators-role-clerk = Impiegato
operators-role-read-only = Sola lettura
operators-role-changed = Il ruolo di { $name } ora è: { $role }.
operators-add-title = Aggiungi un operatore
operators-add-name = Nome
operators-first-passphrase = Passphrase iniziale
operators-first-passphrase-hint = La consegni di persona. Al primo sblocco l’operatore deve scegliere una passphrase propria.
operators-add-submit = Aggiungi l’operatore
operators-added = { $name } è stato aggiunto: sblocca con la passphrase iniziale e poi sceglie la propria.
operators-reset = Nuova passphrase…
operators-reset-title = Nuova passphrase iniziale per { $name }
operators-reset-intro = Per un operatore che ha dimenticato la passphrase: sblocca con questa e poi deve sceglierne una propria. La sua vecchia passphrase smette di funzionare.
operators-reset-submit = Imposta la passphrase iniziale
operators-reset-done = { $name } ora sblocca con la nuova passphrase iniziale e poi deve sceglierne una propria.
operators-remove = Rimuovi…
operators-remove-title = Rimuovere { $name }?
operators-remove-intro = { $name } non potrà più aprire la cassaforte: Custos ricifra l’intera cassaforte con una nuova chiave, il che per una cassaforte grande richiede un po’ di tempo. Ciò che questa persona ha fatto resta nel registro di audit.
operators-remove-backups = I backup fatti prima della rimozione si aprono ancora con le passphrase che contenevano, compresa quella di questo operatore.
operators-remove-confirm = Rimuovi e ricifra
operators-removed = { $name } è stato rimosso e la cassaforte ricifrata.
operators-rekey-progress = Ricifratura della cassaforte: { $percent } %
operators-rekey-busy = Ricifratura…
operators-safety-title = Chiavi
operators-leaked = Temo che una passphrase sia trapelata
operators-leaked-title = Ricifrare la cassaforte?
operators-leaked-intro = Custos ricifra l’intera cassaforte con una nuova chiave e la protegge con la passphrase di ogni operatore e con il kit di recupero. Poi cambi la passphrase che potrebbe essere stata vista, o dia a quell’operatore una nuova passphrase iniziale.
operators-leaked-backups = I backup precedenti conservano la loro chiave: si aprono ancora con le passphrase di allora.
operators-leaked-confirm = Ricifra la cassaforte
operators-rekeyed = La cassaforte è stata ricifrata.
operators-key-open = Mostra la chiave dei dati
operators-key-title = La chiave dei dati della cassaforte
operators-key-intro = Con questa chiave il file della cassaforte si apre senza Custos, nella shell sqlcipher: non resta mai bloccato. Chi ha la chiave e il file può leggere tutto. La visualizzazione viene registrata nel registro di audit.
operators-key-passphrase = La Sua passphrase
operators-key-show = Mostra la chiave
operators-key-key = Chiave dei dati
operators-key-shell = Apra il file con
operators-key-pragma = Poi digiti
operators-key-copy = Copia
operators-key-copied = Copiato
operators-key-keep = Non conservi la chiave accanto alla cassaforte e non la invii per e-mail. Dopo una ricifratura questa chiave smette di funzionare.
operators-settings-owner-only = Il profilo aziendale, le finalità, le regole di conservazione, il calendario, i backup e gli operatori sono gestiti da un proprietario.

## Impostazioni → La Sua passphrase

operators-mine-title = La Sua passphrase
operators-mine-intro = { $name }, qui può cambiare la passphrase con cui sblocca. I backup precedenti si aprono con la passphrase usata allora.
operators-mine-submit = Cambia la mia passphrase
operators-mine-done = La Sua passphrase è stata cambiata.
