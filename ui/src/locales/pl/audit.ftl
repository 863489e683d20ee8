# Dziennik audytu: ekran, filtr, czytelne wpisy i sprawdzanie łańcucha.

audit-title = Dziennik audytu
audit-verify = Sprawdź łańcuch
audit-verifying = Sprawdzanie…
audit-intro = Każda zmiana i każdy eksport, od najnowszych, wraz z osobą, która je wykonała. Wpisy są powiązane łańcuchem skrótów: „Sprawdź łańcuch” pokazuje, czy któryś został zmieniony lub usunięty od chwili zapisania.
audit-chain-ok =
    Łańcuch poprawny: sprawdzono { $count ->
        [one] { $count } wpis
        [few] { $count } wpisy
       *[many] { $count } wpisów
    }, żaden nie został zmieniony ani nie zniknął.
audit-chain-broken =
    Łańcuch jest przerwany (sprawdzono { $count ->
        [one] { $count } wpis
        [few] { $count } wpisy
       *[many] { $count } wpisów
    }, { $problems ->
        [one] { $problems } problem
        [few] { $problems } problemy
       *[many] { $problems } problemów
    }). Dziennik zmieniono poza Custos: zachowaj ten sejf jako dowód i przywróć kopię zapasową, aby dalej pracować.
audit-chain-edited = Wpis #{ $entry } został zmieniony po zapisaniu.
audit-chain-missing = Brakuje wpisów między #{ $after } a #{ $before }.
audit-chain-broken-link = Wpis #{ $entry } nie łączy się z poprzednim wpisem.
audit-chain-tail-missing = Zniknęły najnowsze wpisy: dziennik powinien kończyć się na #{ $expected }, a kończy się na #{ $found }.

## Filtr

audit-filter-label = Filtruj dziennik audytu
audit-contact-number = Numer kontaktu
audit-contact-any = dowolny
audit-current-card = Bieżąca karta
audit-current-card-numbered = Bieżąca karta #{ $id }
audit-current-card-none = Najpierw otwórz kartę kontaktu
audit-current-card-title = Pokaż wpisy dotyczące kontaktu #{ $id }
audit-action = Działanie
audit-all-actions = Wszystkie działania
audit-from = Od
audit-to = Do
audit-clear = Wyczyść
audit-error-contact = Kontakt podaje się numerem, np. 12 (wyświetlany jako #12).
audit-error-from = Wpisz pierwszy dzień jako datę, np. 2026-03-01.
audit-error-to = Wpisz ostatni dzień jako datę, np. 2026-03-31.
audit-error-order = Pierwszy dzień przypada po ostatnim.

## Wpisy

audit-loading = Wczytywanie dziennika…
audit-empty = Żaden wpis nie pasuje do filtra.
audit-col-time = Czas
audit-col-operator = Osoba
audit-col-action = Działanie
audit-col-target = Dotyczy
audit-col-details = Szczegóły
audit-entry-title = Wpis #{ $id }
audit-erased-note = (dane osoby usunięto)
audit-count =
    { $count ->
        [one] { $count } wpis
        [few] { $count } wpisy
       *[many] { $count } wpisów
    }, od najnowszych.
audit-show-older = Pokaż starsze wpisy

## Czego dotyczy wpis

audit-target-vault = Sejf
audit-target-contact = Kontakt
audit-target-conversation = Rozmowa
audit-target-purpose = Cel przetwarzania
audit-target-company = Profil firmy
audit-target-request = Żądanie
audit-target-numbered = { $kind } #{ $id }

## Szczegóły wpisu w jednym wierszu

audit-redacted = [usunięto]
audit-empty-value = (puste)
audit-none = brak
audit-quoted = „{ $value }”
audit-point = „{ $value }” ({ $label })
audit-changed = Zmieniono: { $fields }
audit-changed-before = Zmieniono: { $fields } — wcześniej: { $before }
audit-nothing = nic
audit-field-value = { $field } { $value }
audit-key-value = { $key }: { $value }
audit-true = tak
audit-false = nie

## Action names (the core's action codes: `contact.restriction_lifted` is audit-action-contact-restriction-lifted)

audit-action-vault-created = Utworzono sejf
audit-action-vault-passphrase-changed = Zmieniono hasło sejfu
audit-action-vault-backup-created = Utworzono kopię zapasową sejfu
audit-action-vault-restored = Przywrócono sejf z kopii zapasowej
audit-action-contact-created = Utworzono kontakt
audit-action-contact-updated = Zmieniono kontakt
audit-action-contact-sensitive-revealed = Odsłonięto ukryte dane kontaktu
audit-action-conversation-added = Dodano rozmowę
audit-action-conversation-imported = Zaimportowano rozmowę
audit-action-purpose-created = Utworzono cel przetwarzania
audit-action-purpose-updated = Zmieniono cel przetwarzania
audit-action-consent-given = Udzielono zgody
audit-action-consent-confirmed = Potwierdzono zgodę
audit-action-consent-withdrawn = Wycofano zgodę
audit-action-consent-expired = Zgoda wygasła
audit-action-company-profile-updated = Zmieniono profil firmy
audit-action-contact-restricted = Ograniczono przetwarzanie danych kontaktu
audit-action-contact-restriction-lifted = Zniesiono ograniczenie przetwarzania
audit-action-objection-recorded = Zarejestrowano sprzeciw
audit-action-contact-erased = Usunięto dane kontaktu
audit-action-purpose-audience-exported = Wyeksportowano listę odbiorców celu
audit-action-retention-rule-set = Ustawiono regułę przechowywania
audit-action-retention-rule-removed = Usunięto regułę przechowywania
audit-action-retention-kept = Zachowano dane mimo upływu okresu przechowywania
audit-action-retention-transcripts-deleted = Usunięto zapisy rozmów po okresie przechowywania
audit-action-request-opened = Zarejestrowano żądanie
audit-action-request-matched = Powiązano żądanie z kontaktem
audit-action-request-identity-checked = Sprawdzono tożsamość wnioskodawcy
audit-action-request-extended = Przedłużono termin odpowiedzi na żądanie
audit-action-request-action-recorded = Zapisano działanie w sprawie żądania
audit-action-request-closed = Zamknięto żądanie
audit-action-request-refused = Odmówiono realizacji żądania
audit-action-calendar-closure-day-added = Dodano dzień wolny firmy
audit-action-calendar-closure-day-removed = Usunięto dzień wolny firmy
audit-action-document-access-report = Wygenerowano raport dostępu do danych
audit-action-document-request-letter = Wygenerowano pismo w sprawie żądania
audit-action-vault-backups-rotated = Usunięto stare kopie zapasowe (rotacja)
audit-action-vault-backup-folder-chosen = Wybrano folder kopii zapasowych
audit-action-contact-imported = Zaimportowano kontakty
audit-action-contact-import-undone = Cofnięto import kontaktów
audit-action-contact-merged = Scalono kontakty
audit-action-contact-exported = Wyeksportowano kontakty
audit-action-vault-key-slots-created = Utworzono osobne hasła operatorów
audit-action-operator-added = Dodano operatora
audit-action-operator-role-changed = Zmieniono rolę operatora
audit-action-operator-reset = Nadano operatorowi nowe hasło początkowe
audit-action-operator-removed = Usunięto operatora
audit-action-vault-rekeyed = Zmieniono klucz sejfu
audit-action-vault-recovery-kit-made = Wydrukowano zestaw odzyskiwania
audit-action-vault-recovery-used = Użyto zestawu odzyskiwania
audit-action-vault-data-key-revealed = Wyświetlono klucz danych
audit-action-vault-team-created = Utworzono zespół (folder współdzielony)
audit-action-vault-team-invited = Zaproszono stanowisko (zaproszenie)
audit-action-vault-team-joined = Stanowisko dołączyło do zespołu
audit-action-vault-team-problem-dismissed = Odrzucono problem synchronizacji zespołu

## Names of the details an entry records (the keys of its details: `redacted_entries` is audit-key-redacted-entries)

audit-key-reason = Powód
audit-key-status = Status
audit-key-name = Nazwa
audit-key-messages = Wiadomości
audit-key-kind = Rodzaj
audit-key-file = Plik
audit-key-fields = Pola
audit-key-at = Kiedy
audit-key-text = Tekst
audit-key-sender = Nadawca
audit-key-purpose = Cel
audit-key-previous = Poprzednio
audit-key-masked = Ukryte
audit-key-from = Od
audit-key-to = Do
audit-key-conversations = Rozmowy
audit-key-tags = Etykiety
audit-key-tags-added = Dodane etykiety
audit-key-tags-removed = Usunięte etykiety
audit-key-summary = Podsumowanie
audit-key-source = Źródło
audit-key-rule = Reguła
audit-key-points-added = Dodane dane kontaktowe
audit-key-points-removed = Usunięte dane kontaktowe
audit-key-objection = Sprzeciw
audit-key-method = Sposób
audit-key-merged = Scalono
audit-key-import = Import
audit-key-format = Format
audit-key-due-on = Termin
audit-key-describe = Opis
audit-key-description = Opis
audit-key-day = Dzień
audit-key-contacts = Kontakty
audit-key-contact = Kontakt
audit-key-channel = Kanał
audit-key-actions = Działania
audit-key-removed = Usunięte
audit-key-redacted-entries = Zanonimizowane wpisy
audit-key-folder = Folder
audit-key-request = Żądanie
audit-key-rows = Wiersze
audit-key-skipped = Pominięte
audit-key-origin = Pochodzenie
audit-key-people = Osoby
audit-key-language = Język

audit-rule = Reguła nr { $id }: { $rule }

audit-key-operator = Operator
audit-key-role = Rola
audit-key-owner = Właściciel
audit-key-why = Powód
audit-key-replaced = Zastąpiono wcześniejszy zestaw
audit-key-note-kept = Notatka zachowana
audit-key-review-on = Przegląd w dniu
audit-key-action = Działanie
audit-key-period = Okres
audit-key-received-on = Data otrzymania
audit-key-result = Wynik
audit-key-checked-on = Data sprawdzenia
audit-key-notified-on = Data powiadomienia
audit-key-audit-entry = Wpis w dzienniku audytu
audit-key-no-data = Brak przechowywanych danych osobowych
audit-key-before = Kopia zapasowa stanu sprzed
audit-key-before-upgrade-from-schema = Przed aktualizacją ze schematu
audit-key-merged-name = Nazwa scalonej karty
audit-key-filled = Uzupełnione pola
audit-key-notes-appended = Dołączone notatki
audit-key-sensitive-added = Dodane pola wrażliwe
audit-key-not-taken = Nieprzejęte wartości
audit-key-moved = Przeniesiono
audit-key-consent-events = Zdarzenia zgody
audit-key-objections = Sprzeciwy
audit-key-requests = Żądania
audit-key-retention-hold = Wstrzymanie usunięcia
audit-key-objections-dropped = Pominięte sprzeciwy
audit-key-created-at = Utworzono
audit-key-last-contact-at = Ostatni kontakt
audit-key-card = Karta
audit-key-evidence-ref = Dowód
audit-key-recorded-by = Zarejestrował(a)
audit-key-recorded-at = Zarejestrowano
audit-key-staff-addresses = Adresy pracowników
audit-key-event = Zdarzenie
audit-key-added-to-earlier = Dodano do wcześniejszej rozmowy
audit-key-tag = Etykieta
audit-key-cards-removed = Usunięte karty
audit-key-fields-cleared = Wyczyszczone pola
audit-key-tagged = Oznaczono etykietą
audit-key-created = Utworzono
audit-key-not-merged = Nie scalono
audit-key-problems-skipped = Pominięte wiersze z problemami
audit-key-values-left-out = Pominięte wartości
audit-key-fields-filled = Uzupełnione pola
audit-key-backups-hold-until = Kopie zapasowe przechowują dane do
audit-key-data-subject-categories = Kategorie osób, których dane dotyczą
audit-key-from-conversations = Utworzono z rozmów
audit-key-document = Dokument
audit-key-sha256 = SHA-256
audit-key-letter = Pismo
audit-key-extra-redactions = Dodatkowo zaczernione nazwy

audit-value-why-asked = Na żądanie właściciela
audit-value-why-operator-removed = Usunięto operatora
audit-value-source-person = Od osoby, której dane dotyczą
audit-value-source-third-party = Od osoby trzeciej
audit-value-source-public = Ze źródła publicznego
audit-value-document-report = Raport z dostępu do danych
audit-value-document-export = Eksport do przeniesienia
audit-value-format-csv = CSV
audit-value-format-vcard = vCard
audit-value-format-google = Google Contacts (CSV)
audit-value-format-outlook = Outlook (CSV)
audit-value-format-zip = ZIP
