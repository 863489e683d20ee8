status-lead = Potenziale cliente
status-customer = Cliente
status-former-customer = Ex cliente
status-supplier-partner = Fornitore/partner
status-other = Altro
field-display-name = Nome
field-given-name = Nome di battesimo
field-family-name = Cognome
field-email = E-mail
field-phone = Telefono
field-organisation = Organizzazione
field-job-title = Qualifica
field-address = Indirizzo
field-id-number = Numero di documento
field-tags = Etichette
field-notes = Note
point-work = Lavoro
point-home = Casa
point-mobile = Cellulare
point-other = Altro
channel-chat = Chat
channel-email = E-mail
channel-phone = Telefonata
channel-meeting = Incontro
channel-other = Altro
origin-manual = inserita a mano
origin-whatsapp = importata da WhatsApp
origin-json = importata da una trascrizione
origin-email = importata dalle e-mail
origin-telegram = importata da Telegram
origin-messenger = importata da Messenger
origin-web-chat = importata dalla chat del sito web
basis-a = Art. 6, par. 1, lett. a) { -gdpr } – { -consent }
basis-b = Art. 6, par. 1, lett. b) { -gdpr } – esecuzione di un contratto
basis-c = Art. 6, par. 1, lett. c) { -gdpr } – obbligo legale
basis-d = Art. 6, par. 1, lett. d) { -gdpr } – interessi vitali
basis-e = Art. 6, par. 1, lett. e) { -gdpr } – compito di interesse pubblico
basis-f = Art. 6, par. 1, lett. f) { -gdpr } – { -legitimate-interests }
role-processor = Responsabile del trattamento
role-controller = Titolare del trattamento
role-joint-controller = Contitolare del trattamento
role-recipient = Destinatario
safeguard-eu-eea = UE/SEE (nessun trasferimento)
safeguard-adequacy = Decisione di adeguatezza
safeguard-standard-contractual-clauses = Clausole contrattuali tipo
safeguard-other = Altra garanzia
source-person = L’interessato
# A card an import of conversations created: the message the person gave their data in ($channel: email, chat, phone, meeting, other; $date: the day, formatted).
source-person-via = L’interessato ({ $channel ->
    [email] e-mail
    [chat] messaggio in chat
    [phone] telefonata
   *[other] messaggio
} del { $date })
source-third-party-named = Terzi: { $name }
source-public-named = Fonte pubblica: { $name }
sender-staff = { $name } (personale)
hit-in-chat = Chat · { $date }

word-consent-state-never-given = mai dato
word-consent-state-given = dato
word-consent-state-confirmed = confermato
word-consent-state-withdrawn = revocato
word-consent-state-expired = scaduto
word-retention-action-delete-transcripts = eliminare le trascrizioni
word-retention-action-erase = cancellare
word-data-source-person = l’interessato
word-data-source-third-party = terzi
word-data-source-public = fonte pubblica
word-matched-by-email = lo stesso indirizzo e-mail
word-matched-by-phone = lo stesso numero di telefono
word-matched-by-name = lo stesso nome nella stessa organizzazione
word-job-record = Registro delle attività di trattamento (art. 30)
word-job-notice = Informativa sulla privacy (PDF)
word-job-notice-html = Informativa sulla privacy come pagina web
word-job-access-report = Rapporto di accesso (art. 15)
word-job-access-export = Esportazione portabile (art. 20)
word-job-request-letter = Lettera al richiedente
