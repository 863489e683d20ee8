# Custos documents — polski.

## Daty: dzień, nazwa miesiąca (w dopełniaczu), rok.
date = { $day } { $month } { $year }
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia

page-x-of-y = Strona { $page } z { $pages }

basis-a = Art. 6 ust. 1 lit. a { -gdpr } – { -consent }
basis-b = Art. 6 ust. 1 lit. b { -gdpr } – wykonanie umowy
basis-c = Art. 6 ust. 1 lit. c { -gdpr } – obowiązek prawny
basis-d = Art. 6 ust. 1 lit. d { -gdpr } – żywotne interesy
basis-e = Art. 6 ust. 1 lit. e { -gdpr } – zadanie realizowane w interesie publicznym
basis-f = Art. 6 ust. 1 lit. f { -gdpr } – { -legitimate-interests }
legitimate-interest = Prawnie uzasadniony interes: { $interest }

status-lead = Potencjalni klienci
status-customer = Klienci
status-former_customer = Byli klienci
status-supplier_partner = Dostawcy i partnerzy
status-other = Inne kontakty

role-processor = { -processor }
role-controller = administrator
role-joint_controller = { -joint-controller }
role-recipient = { -recipient }

safeguard-eu_eea = w UE/EOG
safeguard-adequacy = decyzja stwierdzająca odpowiedni stopień ochrony (art. 45 { -gdpr })
safeguard-standard_contractual_clauses = standardowe klauzule umowne (art. 46 ust. 2 lit. c { -gdpr })
safeguard-other = inne zabezpieczenie (art. 46 { -gdpr })

period-days = { $n ->
    [one] { $n } dzień
   *[other] { $n } dni
}
period-months = { $n ->
    [one] { $n } miesiąc
    [few] { $n } miesiące
    [many] { $n } miesięcy
   *[other] { $n } miesiąca
}
period-years = { $n ->
    [one] { $n } rok
    [few] { $n } lata
    [many] { $n } lat
   *[other] { $n } roku
}

retention-delete_transcripts = { $status }: usunięcie transkrypcji rozmów – { $period } od ostatniego kontaktu
retention-erase = { $status }: { -erasure } kontaktu – { $period } od ostatniego kontaktu
retention-for-purpose = (wymagane dla celu „{ $purpose }”)

record-title = Rejestr czynności przetwarzania
record-subtitle = Prowadzony przez administratora zgodnie z art. 30 ust. 1 { -gdpr }. Stan na dzień { $date }.
record-controller = Administrator
field-controller-name = Nazwa
field-address = Adres
field-email = E-mail
field-phone = Telefon
field-country = Kraj
field-dpo = Inspektor ochrony danych
dpo-none = Nie wyznaczono
field-authority = Organ nadzorczy
field-joint-controllers = Współadministratorzy
record-activities = Czynności przetwarzania
col-number = Lp.
col-purpose = Cel przetwarzania
col-basis = Podstawa prawna
col-subjects = Kategorie osób, których dane dotyczą
col-data = Kategorie danych osobowych
col-recipients = Odbiorcy (w tym w państwach trzecich)
col-transfers = Przekazania do państw trzecich i zabezpieczenia
col-erasure = Planowane terminy usunięcia danych
recipients-none = Brak odbiorców poza administratorem
transfers-none = Brak: dane pozostają w UE/EOG
recipient-line = { $name } ({ $role }, { $country })
transfer-line = { $name } ({ $country }): { $safeguard }
record-retention = Ogólne zasady retencji
record-retention-intro = Kontakty są sprawdzane według tych zasad. Nic nie jest usuwane bez potwierdzenia użytkownika, a każde usunięcie jest zapisywane w dzienniku zdarzeń.
retention-none = Nie ustalono ogólnych zasad retencji.
record-security = Techniczne i organizacyjne środki bezpieczeństwa (art. 32 { -gdpr })
security-encryption = Szyfrowanie danych w spoczynku: wszystkie dane są przechowywane w jednym pliku bazy danych szyfrowanym przez SQLCipher (AES-256); bez hasła pliku nie można odczytać.
security-access = Kontrola dostępu: plik otwiera się tylko po podaniu hasła (co najmniej { $min } znaków), które nie jest nigdzie zapisywane; aplikacja blokuje się po ustalonym czasie bezczynności.
security-audit = Rozliczalność: każda zmiana i każdy eksport są zapisywane wraz z nazwiskiem operatora i czasem w dzienniku zdarzeń powiązanym łańcuchem skrótów, którego integralność można zweryfikować.
security-deletion = Bezpieczne usuwanie: usunięte i wymazane dane są nadpisywane w pliku bazy danych, jego dzienniku zapisu z wyprzedzeniem (WAL) i indeksie wyszukiwania.
security-local = Przechowywanie: dane pozostają na komputerze administratora i nie są wysyłane do żadnej usługi chmurowej; kopie zapasowe są szyfrowane w ten sam sposób.
record-generated = Wygenerowano w programie Custos na podstawie katalogu celów i profilu firmy w dniu { $date }.

## Klauzula informacyjna (art. 13 i 14 RODO)
notice-title = Klauzula informacyjna
notice-subtitle-13 = Informacja na podstawie art. 13 { -gdpr } o tym, jak przetwarzamy Twoje { -personal-data }. Stan na dzień { $date }.
notice-subtitle-14 = Informacja na podstawie art. 14 { -gdpr } o danych osobowych, których nie uzyskaliśmy od Ciebie. Stan na dzień { $date }.
notice-controller = Kto odpowiada za Twoje dane
notice-controller-text = Administratorem Twoich danych osobowych jest { $name }.
notice-contact = Możesz się z nami skontaktować: { $contact }.
notice-dpo = Nasz { -dpo }: { $dpo }.
notice-no-dpo = Nie wyznaczyliśmy inspektora ochrony danych; prosimy o kontakt bezpośrednio z nami.
notice-purposes = W jakim celu i na jakiej podstawie przetwarzamy Twoje dane
field-purpose = Cel
field-basis = Podstawa prawna
field-data = Kategorie danych
field-recipients = Odbiorcy
field-transfers = Przekazanie poza UE/EOG
field-retention = Jak długo przechowujemy dane
field-requirement = Czy musisz podać dane?
field-automated = Zautomatyzowane decyzje
requirement-voluntary = Podanie danych jest dobrowolne.
requirement-statutory = Podanie danych jest wymogiem ustawowym. Jeśli ich nie podasz: { $consequence }
requirement-contractual = Podanie danych jest wymogiem umownym lub warunkiem zawarcia umowy. Jeśli ich nie podasz: { $consequence }
automated-none = Nie podejmujemy zautomatyzowanych decyzji i nie profilujemy.
notice-source = Skąd pochodzą Twoje dane
source-third_party = Otrzymaliśmy Twoje dane od: { $source }.
source-public = Pozyskaliśmy Twoje dane z publicznie dostępnego źródła: { $source }.
notice-rights = Twoje prawa
right-access = Dostęp (art. 15 { -gdpr }): możesz zapytać, czy przetwarzamy Twoje dane, i otrzymać ich kopię.
right-rectification = Sprostowanie (art. 16 { -gdpr }): możesz żądać poprawienia nieprawidłowych danych i uzupełnienia niekompletnych.
right-erasure = Usunięcie (art. 17 { -gdpr }): możesz żądać usunięcia danych, chyba że mamy obowiązek je przechowywać.
right-restriction = Ograniczenie (art. 18 { -gdpr }): możesz żądać ograniczenia przetwarzania, na przykład na czas sprawdzenia prawidłowości danych.
right-portability = Przenoszenie (art. 20 { -gdpr }): możesz otrzymać dostarczone nam dane w formacie nadającym się do odczytu maszynowego lub zlecić ich przesłanie innemu administratorowi.
right-objection = Sprzeciw (art. 21 { -gdpr }): możesz w każdej chwili wnieść sprzeciw wobec przetwarzania opartego na prawnie uzasadnionym interesie, a zawsze wobec marketingu bezpośredniego.
right-withdraw = Wycofanie zgody (art. 7 ust. 3 { -gdpr }): jeśli przetwarzamy dane na podstawie zgody, możesz ją w każdej chwili wycofać; nie wpływa to na zgodność z prawem przetwarzania przed jej wycofaniem.
notice-rights-how = Aby skorzystać z praw, skontaktuj się z nami, korzystając z powyższych danych. Odpowiadamy w ciągu miesiąca.
notice-complaint = Prawo do wniesienia skargi
notice-complaint-text = Masz prawo wnieść skargę do organu nadzorczego: { $authority }.
notice-generated = Wygenerowano w programie Custos na podstawie katalogu celów i profilu firmy w dniu { $date }.

## Raport dostępu (art. 15 RODO) i jego eksport (art. 20 RODO)
access-title = Raport dostępu: Pani/Pana { -personal-data }
access-subtitle = Nasza odpowiedź na podstawie art. 15 { -gdpr } dla: { $name }. Stan na { $date }.
access-confirmation = Potwierdzamy, że { $controller } przetwarza { -personal-data }, które Pani/Pana dotyczą. Raport zawiera kopię wszystkich przechowywanych przez nas danych osobowych, a następnie informacje, jak i dlaczego je przetwarzamy.
access-card = Pani/Pana karta kontaktu
field-display-name = Imię i nazwisko
field-organisation = Organizacja
field-id-number = Numer identyfikacyjny
field-status = Relacja
field-source = Źródło danych
field-created = W rejestrze od
field-last-contact = Ostatni kontakt
field-restricted = Ograniczenie przetwarzania
restricted-since = od { $date }: { $reason }
value-none = –
field-given-name = Imię
field-family-name = Nazwisko
field-job-title = Stanowisko
field-tags = Tagi
# A contact point with its label, e.g. "anna@nowak.pl (work)".
point-with-label = { $value } ({ $label })
point-label-work = służbowy
point-label-home = prywatny
point-label-mobile = komórkowy
point-label-other = inny
contact-status-lead = Potencjalny klient
contact-status-customer = Klient
contact-status-former_customer = Były klient
contact-status-supplier_partner = Dostawca lub partner
contact-status-other = Inna relacja
source-person = Dane otrzymaliśmy od Pani/Pana.
# A card an import of conversations created: $channel is email, chat, phone, meeting or other; $date the day.
source-person-via = Dane otrzymaliśmy od Pani/Pana: { $channel ->
    [email] wiadomość e-mail
    [chat] wiadomość na czacie
    [phone] rozmowa telefoniczna
   *[other] wiadomość
} z dnia { $date }.
access-notes = Notatki dotyczące Pani/Pana
notes-none = Nie przechowujemy notatek na Pani/Pana temat.
access-consents = Pani/Pana zgody i ich historia
consents-none = Nie udzieliła Pani / nie udzielił Pan nam żadnej zgody.
consent-current = Obecny stan: { $state }
consent-state-never_given = { -consent } nigdy nie została udzielona
consent-state-given = udzielona
consent-state-confirmed = udzielona i potwierdzona
consent-state-withdrawn = wycofana
consent-state-expired = wygasła
consent-event-given = Udzielenie
consent-event-confirmed = Potwierdzenie
consent-event-withdrawn = Wycofanie
consent-event-expired = Wygaśnięcie
method-web_form = formularz internetowy
method-email = e-mail
method-phone = telefon
method-in_person = osobiście
method-chat = czat
method-paper = papier
method-system = system
col-date = Data
col-event = Zdarzenie
col-method = Sposób
col-wording = Treść, którą Pani/Pan widział(a)
col-evidence = Dowód
wording-version = Wersja { $version }: { $text }
access-conversations = Rozmowy z Panią/Panem
conversations-none = Nie przechowujemy rozmów z Panią/Panem.
access-redaction-note = Imiona, nazwiska i dane kontaktowe innych osób zostały usunięte z tego raportu w celu ochrony ich praw (art. 15 ust. 4 { -gdpr }).
conversation-heading = { $channel }, { $date } ({ $count ->
    [one] { $count } wiadomość
   *[other] { $count } wiadomości
})
conversation-ref = Sygnatura: { $ref }
# An e-mail thread's subject or a chat's name.
conversation-title = Temat: { $title }
# The other people an e-mail was sent to (To, Cc), before its text.
message-to = Do: { $names }
channel-chat = Czat
channel-email = E-mail
channel-phone = Rozmowa telefoniczna
channel-meeting = Spotkanie
channel-other = Rozmowa
col-time = Czas (UTC)
col-sender = Od
col-text = Wiadomość
sender-you = Pani/Pan
access-requests = Pani/Pana żądania
requests-none = Nie kierowała Pani / nie kierował Pan do nas żadnych żądań.
col-received = Otrzymano
col-request = Żądanie
col-details = Szczegóły
col-status = Stan
col-due = Termin
request-kind-access = Dostęp (art. 15)
request-kind-rectification = Sprostowanie (art. 16)
request-kind-erasure = Usunięcie (art. 17)
request-kind-restriction = Ograniczenie (art. 18)
request-kind-portability = Przenoszenie (art. 20)
request-kind-objection = Sprzeciw (art. 21)
request-kind-automated_decisions = Decyzje zautomatyzowane (art. 22)
request-kind-consent_withdrawal = Wycofanie zgody (art. 7 ust. 3)
request-status-received = otrzymane
request-status-identity_pending = oczekuje na potwierdzenie tożsamości
request-status-in_progress = w toku
request-status-extended = termin przedłużony
request-status-done = załatwione
request-status-refused = odmowa
access-backups-note = Zaszyfrowane kopie zapasowe naszych rejestrów również zawierają te dane. Usunięcie danych nie obejmuje kopii już wykonanych: dane usunięte dzisiaj pozostaną w kopiach zapasowych najpóźniej do { $date }, kiedy zostanie usunięta ostatnia z nich.
access-export-note = Kopię tych samych danych w formacie nadającym się do odczytu maszynowego (pliki JSON i CSV) przekazujemy wraz z tym raportem (art. 20 { -gdpr }).
access-generated = Wygenerowano programem Custos na podstawie naszej ewidencji w dniu { $date }.
redact-party = osoba trzecia
redact-removed = usunięto

## Pisma w sprawie żądania osoby, której dane dotyczą (art. 12 RODO)
letter-title-acknowledgement = Potwierdzenie otrzymania żądania
letter-title-extension = Przedłużenie terminu odpowiedzi na żądanie
letter-title-completion = Odpowiedź na żądanie
letter-title-refusal = Rozstrzygnięcie w sprawie żądania
letter-reference = Żądanie nr { $id } z dnia { $date }
field-our-reference = Nasz znak
field-request-type = Rodzaj żądania
field-due-by = Termin odpowiedzi
letter-kind-access = Dostęp do danych osobowych (art. 15 { -gdpr })
letter-kind-rectification = Sprostowanie danych osobowych (art. 16 { -gdpr })
letter-kind-erasure = Usunięcie danych osobowych (art. 17 { -gdpr })
letter-kind-restriction = Ograniczenie przetwarzania (art. 18 { -gdpr })
letter-kind-portability = Przenoszenie danych (art. 20 { -gdpr })
letter-kind-objection = Sprzeciw wobec przetwarzania (art. 21 { -gdpr })
letter-kind-automated_decisions = Prawo do niepodlegania decyzji opartej wyłącznie na zautomatyzowanym przetwarzaniu (art. 22 { -gdpr })
letter-kind-consent_withdrawal = Wycofanie zgody (art. 7 ust. 3 { -gdpr })
letter-salutation = Szanowni Państwo,
letter-salutation-unnamed = Szanowni Państwo,
letter-ack-received = dziękujemy za żądanie, które otrzymaliśmy dnia { $date }. Zarejestrowaliśmy je i zajmujemy się nim.
letter-asked = Treść żądania: { $details }
letter-ack-due = Odpowiedzi udzielimy najpóźniej do dnia { $due } (art. 12 ust. 3 { -gdpr }).
letter-ack-identity = Aby mieć pewność, że udostępniamy { -personal-data } wyłącznie osobie, której dotyczą, przed podjęciem działań możemy poprosić Państwa o potwierdzenie tożsamości (art. 12 ust. 6 { -gdpr }).
letter-ext-intro = Państwa żądanie otrzymaliśmy dnia { $date }. Udzielenie odpowiedzi wymaga więcej czasu niż miesiąc, który co do zasady przewiduje { -gdpr }.
letter-reasons = Przyczyny:
letter-ext-due = Dlatego na podstawie art. 12 ust. 3 { -gdpr } przedłużamy termin odpowiedzi o kolejne dwa miesiące. Odpowiedzi udzielimy najpóźniej do dnia { $due } (zamiast do dnia { $original }).
letter-done-intro = zrealizowaliśmy Państwa żądanie, które otrzymaliśmy dnia { $date }.
letter-done-actions = Podjęte działania:
letter-done-action = { $date }: { $action }
letter-done-report = przygotowanie kopii Państwa danych osobowych (art. 15 { -gdpr })
letter-done-export = przekazanie Państwa danych osobowych w ustrukturyzowanym, powszechnie używanym formacie nadającym się do odczytu maszynowego (art. 20 { -gdpr })
letter-done-no-data = Przeszukaliśmy nasze zasoby i nie znaleźliśmy żadnych danych osobowych dotyczących Państwa: nie przetwarzamy Państwa danych osobowych.
letter-done-enclosed = W załączeniu przesyłamy raport o przetwarzanych przez nas danych osobowych dotyczących Państwa (art. 15 { -gdpr }).
letter-refusal-intro = Państwa żądanie otrzymaliśmy dnia { $date }. Po jego rozpatrzeniu odmawiamy podjęcia żądanych działań.
letter-refusal-rights = Zgodnie z art. 12 ust. 4 { -gdpr } informujemy, że przysługuje Państwu:
letter-refusal-complaint = prawo wniesienia skargi do organu nadzorczego: { $authority };
letter-refusal-court = prawo do skorzystania ze środka ochrony prawnej przed sądem.
letter-contact = W razie pytań prosimy o kontakt: { $contact }.
letter-closing = Z poważaniem

## Zestaw odzyskiwania dostępu do sejfu
recovery-kit-title = Zestaw odzyskiwania dostępu do Państwa sejfu Custos
recovery-kit-intro = Dzięki temu arkuszowi właściciel wskazanego niżej sejfu może odzyskać do niego dostęp i ustawić nowe hasło, jeśli wszystkie hasła zostały zapomniane.
recovery-kit-vault-name = Sejf
recovery-kit-vault-id = Identyfikator sejfu
recovery-kit-made-on = Data utworzenia
recovery-kit-made-by = Utworzony przez
recovery-kit-code = Kod odzyskiwania
recovery-kit-code-typing = Wielkość liter nie ma znaczenia; O i 0 są odczytywane tak samo, podobnie jak I, L i 1; łączniki można pominąć.
recovery-kit-keep = Proszę bezpiecznie przechowywać ten arkusz
recovery-kit-keep-offline = Arkusz należy przechowywać w bezpiecznym miejscu, poza komputerem i siecią, np. w zamykanej na klucz szufladzie lub w szafie pancernej. Prosimy go nie fotografować ani nie skanować oraz nie zapisywać na komputerze ani w internecie.
recovery-kit-keep-anyone = Każdy, kto ma ten arkusz i kopię pliku sejfu, może otworzyć sejf.
recovery-kit-use = Jak z niego skorzystać
recovery-kit-use-app = W aplikacji Custos: na ekranie odblokowania proszę wybrać „Nie pamiętam hasła” i wpisać kod.
recovery-kit-use-cli = W wierszu poleceń: { $command }
recovery-kit-use-check = Błędnie wpisany znak zostanie wykryty dzięki znakom kontrolnym: Custos poprosi wtedy o sprawdzenie kodu.
recovery-kit-use-after = Po użyciu kodu należy ustawić nowe hasło i wydrukować nowy zestaw odzyskiwania.
recovery-kit-replaced = Wydrukowanie nowego zestawu sprawia, że ten przestaje działać: należy wtedy zniszczyć ten arkusz.
recovery-kit-nobody = Bez hasła i bez tego zestawu nikt — nawet twórcy Custos — nie otworzy sejfu.
