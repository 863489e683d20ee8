## Frasi che il nucleo invia per codice accanto al testo inglese (said-<ambito>-<codice>).

said-purpose-problem = { $problem }.

## Se una persona può essere contattata per una finalità (sulla scheda del contatto).

said-permission-erased = il contatto { $contact } è stato cancellato il { $date }
said-permission-restricted = il trattamento dei dati di { $name } è limitato dal { $since } ({ $reason }): solo conservazione
said-permission-objected = { $name } si è opposto/a a «{ $purpose }» il { $date }
said-permission-not-consent = «{ $purpose }» si basa su { $basis ->
        [b] art. 6, par. 1, lett. b) (contratto)
        [c] art. 6, par. 1, lett. c) (obbligo legale)
        [d] art. 6, par. 1, lett. d) (interessi vitali)
        [e] art. 6, par. 1, lett. e) (compito di interesse pubblico)
        [f] art. 6, par. 1, lett. f) (legittimi interessi)
       *[a] art. 6, par. 1, lett. a) (consenso)
    }
said-permission-consent = consenso di { $name } per «{ $purpose }»: { $state ->
        [never_given] mai dato
        [given] dato
        [confirmed] confermato
        [withdrawn] revocato
       *[expired] scaduto
    }
said-permission-awaits-confirmation = il consenso di { $name } per «{ $purpose }» attende conferma (double opt-in)

## Il file della rubrica e la fonte dei contatti importati.

said-file-vcard-file = file vCard con { $cards ->
        [one] { $cards } scheda
       *[other] { $cards } schede
    }
said-file-csv-file = { $format ->
        [google] CSV di Google Contatti
        [google_old] CSV di Google Contatti (formato precedente)
        [outlook] CSV di Outlook
       *[csv] CSV
    } in { $encoding }, campi separati da { $delimiter ->
        [semicolon] punti e virgola
        [tab] tabulazioni
       *[comma] virgole
    }
said-file-export-of = Esportazione { $format ->
        [vcard] vCard
        [google] di Google Contatti
        [google_old] di Google Contatti (formato precedente)
        [outlook] di Outlook
       *[csv] CSV
    } del { $day }

## Una riga della rubrica.

said-row-no-name = nessun nome, organizzazione o indirizzo e-mail con cui mostrare questo contatto
said-row-vcard-no-name = nessun nome: la vCard non ha FN, N, ORG né EMAIL con cui nominare il contatto
said-row-vcard-group = un gruppo di contatti (KIND:group), non una persona né un’organizzazione
said-row-not-a-name = «{ $name }» non può dare il nome a una scheda: un nome deve contenere almeno una lettera o una cifra
said-row-card-refused = { $reason }
said-row-email-left-out = «{ $value }» non è un indirizzo e-mail (manca la @): tralasciato
said-row-phone-left-out = «{ $value }» non contiene cifre: tralasciato
said-row-tag-left-out = «{ $tag }» supera { $max } caratteri: tralasciata
said-row-left-out = { $reason }: tralasciato
said-row-not-merged-erased = non unito alla scheda n. { $card }: il contatto { $id } è stato cancellato il { $date }: non è più possibile registrare o modificare nulla che lo riguardi.
said-row-not-merged-restricted = non unito alla scheda n. { $card }: il trattamento dei dati di { $name } è limitato (bloccato) dal { $since }: «{ $reason }». I dati possono essere consultati ma non modificati. Revoca la limitazione, indicando il motivo, quando il trattamento può riprendere.
said-row-not-merged = non unito alla scheda n. { $card }: { $reason }

## Ciò che manca a un documento (dopo «Compila:»).

said-missing-company-profile = il profilo aziendale (nome e recapiti del titolare del trattamento)
said-missing-controller-name = la denominazione legale del titolare del trattamento (profilo aziendale)
said-missing-controller-address = l’indirizzo postale del titolare del trattamento (profilo aziendale)
said-missing-controller-contact = un indirizzo e-mail o un numero di telefono del titolare del trattamento (profilo aziendale)
said-missing-dpo-contact = come contattare il responsabile della protezione dei dati (profilo aziendale)
said-missing-supervisory-authority = l’autorità di controllo a cui si può proporre reclamo (profilo aziendale)
said-missing-supervisory-authority-contact = i recapiti dell’autorità di controllo (profilo aziendale)
said-missing-purposes = almeno una finalità nel catalogo delle finalità
said-missing-data-source = la fonte da cui provengono i dati (il terzo o la fonte pubblica, per nome)
said-missing-purpose-description = una descrizione della finalità «{ $purpose }»
said-missing-purpose-data-categories = le categorie di dati personali trattati per la finalità «{ $purpose }»
said-missing-purpose-data-subjects = le categorie di interessati della finalità «{ $purpose }» (a chi si riferiscono i dati, ad es. clienti, candidati)
said-missing-purpose-retention = un periodo di conservazione per la finalità «{ $purpose }» (sulla finalità o in una regola di conservazione che la indica)
said-missing-purpose-legitimate-interest = il legittimo interesse perseguito dalla finalità «{ $purpose }» (art. 6, par. 1, lett. f))
said-missing-transfer-safeguard = la garanzia per il trasferimento al destinatario «{ $recipient }» della finalità «{ $purpose }» (fuori dall’UE/SEE)
