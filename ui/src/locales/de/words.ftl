status-lead = Interessent
status-customer = Kunde
status-former-customer = Ehemaliger Kunde
status-supplier-partner = Lieferant/Partner
status-other = Sonstige
field-display-name = Name
field-given-name = Vorname
field-family-name = Nachname
field-email = E-Mail
field-phone = Telefon
field-organisation = Organisation
field-job-title = Position
field-address = Adresse
field-id-number = Ausweisnummer
field-tags = Schlagwörter
field-notes = Notizen
point-work = Geschäftlich
point-home = Privat
point-mobile = Mobil
point-other = Sonstige
channel-chat = Chat
channel-email = E-Mail
channel-phone = Telefonat
channel-meeting = Treffen
channel-other = Sonstige
origin-manual = von Hand eingegeben
origin-whatsapp = aus WhatsApp importiert
origin-json = aus einem Gesprächsprotokoll importiert
origin-email = aus E-Mails importiert
origin-telegram = aus Telegram importiert
origin-messenger = aus dem Messenger importiert
origin-web-chat = aus einem Website-Chat importiert
basis-a = Art. 6 Abs. 1 lit. a { -gdpr } – { -consent }
basis-b = Art. 6 Abs. 1 lit. b { -gdpr } – Vertragserfüllung
basis-c = Art. 6 Abs. 1 lit. c { -gdpr } – rechtliche Verpflichtung
basis-d = Art. 6 Abs. 1 lit. d { -gdpr } – lebenswichtige Interessen
basis-e = Art. 6 Abs. 1 lit. e { -gdpr } – Aufgabe im öffentlichen Interesse
basis-f = Art. 6 Abs. 1 lit. f { -gdpr } – { -legitimate-interests }
role-processor = Auftragsverarbeiter
role-controller = Verantwortlicher
role-joint-controller = Gemeinsam Verantwortlicher
role-recipient = Empfänger
safeguard-eu-eea = EU/EWR (keine Übermittlung)
safeguard-adequacy = Angemessenheitsbeschluss
safeguard-standard-contractual-clauses = Standardvertragsklauseln
safeguard-other = Andere Garantie
source-person = Von der betroffenen Person
# A card an import of conversations created: the message the person gave their data in ($channel: email, chat, phone, meeting, other; $date: the day, formatted).
source-person-via = Von der betroffenen Person ({ $channel ->
    [email] E-Mail
    [chat] Chatnachricht
    [phone] Anruf
   *[other] Nachricht
} vom { $date })
source-third-party-named = Von Dritten: { $name }
source-public-named = Öffentliche Quelle: { $name }
sender-staff = { $name } (Mitarbeiter)
hit-in-chat = Chat · { $date }

word-consent-state-never-given = nie erteilt
word-consent-state-given = erteilt
word-consent-state-confirmed = bestätigt
word-consent-state-withdrawn = widerrufen
word-consent-state-expired = abgelaufen
word-retention-action-delete-transcripts = Gesprächsverläufe löschen
word-retention-action-erase = löschen
word-data-source-person = die betroffene Person
word-data-source-third-party = Dritte
word-data-source-public = öffentliche Quelle
word-matched-by-email = dieselbe E-Mail-Adresse
word-matched-by-phone = dieselbe Telefonnummer
word-matched-by-name = derselbe Name bei derselben Organisation
word-job-record = Verzeichnis von Verarbeitungstätigkeiten (Art. 30)
word-job-notice = Datenschutzhinweise (PDF)
word-job-notice-html = Datenschutzhinweise als Webseite
word-job-access-report = Auskunftsbericht (Art. 15)
word-job-access-export = Export zur Datenübertragbarkeit (Art. 20)
word-job-request-letter = Schreiben an die anfragende Person
