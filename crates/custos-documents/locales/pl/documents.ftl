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

basis-a = Art. 6 ust. 1 lit. a RODO – zgoda
basis-b = Art. 6 ust. 1 lit. b RODO – wykonanie umowy
basis-c = Art. 6 ust. 1 lit. c RODO – obowiązek prawny
basis-d = Art. 6 ust. 1 lit. d RODO – żywotne interesy
basis-e = Art. 6 ust. 1 lit. e RODO – zadanie realizowane w interesie publicznym
basis-f = Art. 6 ust. 1 lit. f RODO – prawnie uzasadnione interesy
legitimate-interest = Prawnie uzasadniony interes: { $interest }

status-lead = Potencjalni klienci
status-customer = Klienci
status-former_customer = Byli klienci
status-supplier_partner = Dostawcy i partnerzy
status-other = Inne kontakty

role-processor = podmiot przetwarzający
role-controller = administrator
role-joint_controller = współadministrator
role-recipient = odbiorca

safeguard-eu_eea = w UE/EOG
safeguard-adequacy = decyzja stwierdzająca odpowiedni stopień ochrony (art. 45 RODO)
safeguard-standard_contractual_clauses = standardowe klauzule umowne (art. 46 ust. 2 lit. c RODO)
safeguard-other = inne zabezpieczenie (art. 46 RODO)

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
retention-erase = { $status }: usunięcie danych kontaktu – { $period } od ostatniego kontaktu
retention-for-purpose = (wymagane dla celu „{ $purpose }”)

record-title = Rejestr czynności przetwarzania
record-subtitle = Prowadzony przez administratora zgodnie z art. 30 ust. 1 RODO. Stan na dzień { $date }.
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
subjects-all = Wszystkie kontakty: potencjalni klienci, klienci, byli klienci, dostawcy i partnerzy
recipients-none = Brak odbiorców poza administratorem
transfers-none = Brak: dane pozostają w UE/EOG
recipient-line = { $name } ({ $role }, { $country })
transfer-line = { $name } ({ $country }): { $safeguard }
record-retention = Ogólne zasady retencji
record-retention-intro = Kontakty są sprawdzane według tych zasad. Nic nie jest usuwane bez potwierdzenia użytkownika, a każde usunięcie jest zapisywane w dzienniku zdarzeń.
retention-none = Nie ustalono ogólnych zasad retencji.
record-security = Techniczne i organizacyjne środki bezpieczeństwa (art. 32 RODO)
security-encryption = Szyfrowanie danych w spoczynku: wszystkie dane są przechowywane w jednym pliku bazy danych szyfrowanym przez SQLCipher (AES-256); bez hasła pliku nie można odczytać.
security-access = Kontrola dostępu: plik otwiera się tylko po podaniu hasła (co najmniej { $min } znaków), które nie jest nigdzie zapisywane; aplikacja blokuje się po ustalonym czasie bezczynności.
security-audit = Rozliczalność: każda zmiana i każdy eksport są zapisywane wraz z nazwiskiem operatora i czasem w dzienniku zdarzeń powiązanym łańcuchem skrótów, którego integralność można zweryfikować.
security-deletion = Bezpieczne usuwanie: usunięte i wymazane dane są nadpisywane w pliku bazy danych, jego dzienniku zapisu z wyprzedzeniem (WAL) i indeksie wyszukiwania.
security-local = Przechowywanie: dane pozostają na komputerze administratora i nie są wysyłane do żadnej usługi chmurowej; kopie zapasowe są szyfrowane w ten sam sposób.
record-generated = Wygenerowano w programie Custos na podstawie katalogu celów i profilu firmy w dniu { $date }.
