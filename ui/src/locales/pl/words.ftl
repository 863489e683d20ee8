status-lead = Potencjalny klient
status-customer = Klient
status-former-customer = Były klient
status-supplier-partner = Dostawca/partner
status-other = Inny
field-display-name = Nazwa
field-given-name = Imię
field-family-name = Nazwisko
field-email = E-mail
field-phone = Telefon
field-organisation = Organizacja
field-job-title = Stanowisko
field-address = Adres
field-id-number = Numer dokumentu
field-tags = Etykiety
field-notes = Notatki
point-work = Służbowy
point-home = Domowy
point-mobile = Komórkowy
point-other = Inny
channel-chat = Czat
channel-email = E-mail
channel-phone = Rozmowa telefoniczna
channel-meeting = Spotkanie
channel-other = Inny
origin-manual = wprowadzona ręcznie
origin-whatsapp = zaimportowana z WhatsAppa
origin-json = zaimportowana z zapisu rozmowy
origin-email = zaimportowana z poczty e-mail
origin-telegram = zaimportowana z Telegrama
origin-messenger = zaimportowana z Messengera
origin-web-chat = zaimportowana z czatu na stronie internetowej
basis-a = Art. 6 ust. 1 lit. a { -gdpr } – { -consent }
basis-b = Art. 6 ust. 1 lit. b { -gdpr } – wykonanie umowy
basis-c = Art. 6 ust. 1 lit. c { -gdpr } – obowiązek prawny
basis-d = Art. 6 ust. 1 lit. d { -gdpr } – żywotne interesy
basis-e = Art. 6 ust. 1 lit. e { -gdpr } – zadanie realizowane w interesie publicznym
basis-f = Art. 6 ust. 1 lit. f { -gdpr } – { -legitimate-interests }
role-processor = Podmiot przetwarzający
role-controller = Administrator danych
role-joint-controller = Współadministrator
role-recipient = Odbiorca
safeguard-eu-eea = UE/EOG (bez przekazywania)
safeguard-adequacy = Decyzja stwierdzająca odpowiedni stopień ochrony
safeguard-standard-contractual-clauses = Standardowe klauzule umowne
safeguard-other = Inne zabezpieczenie
source-person = Od osoby, której dane dotyczą
# A card an import of conversations created: the message the person gave their data in ($channel: email, chat, phone, meeting, other; $date: the day, formatted).
source-person-via = Od osoby, której dane dotyczą ({ $channel ->
    [email] e-mail
    [chat] wiadomość na czacie
    [phone] rozmowa telefoniczna
   *[other] wiadomość
} z dnia { $date })
source-third-party-named = Od osoby trzeciej: { $name }
source-public-named = Ze źródła publicznego: { $name }
sender-staff = { $name } (pracownik)
hit-in-chat = Czat · { $date }

word-consent-state-never-given = nigdy nie udzielona
word-consent-state-given = udzielona
word-consent-state-confirmed = potwierdzona
word-consent-state-withdrawn = wycofana
word-consent-state-expired = wygasła
word-retention-action-delete-transcripts = usunięcie zapisów rozmów
word-retention-action-erase = usunięcie danych
word-data-source-person = osoba, której dane dotyczą
word-data-source-third-party = osoba trzecia
word-data-source-public = źródło publiczne
word-matched-by-email = ten sam adres e-mail
word-matched-by-phone = ten sam numer telefonu
word-matched-by-name = ta sama nazwa w tej samej organizacji
word-job-record = Rejestr czynności przetwarzania (art. 30)
word-job-notice = Klauzula informacyjna (PDF)
word-job-notice-html = Klauzula informacyjna jako strona internetowa
word-job-access-report = Raport dostępu do danych (art. 15)
word-job-access-export = Eksport do przeniesienia danych (art. 20)
word-job-request-letter = Pismo do wnioskodawcy
