# Zgody i sprzeciwy na karcie kontaktu, cele przetwarzania w Ustawieniach (lista i formularz)
# oraz lista osób, z którymi można się kontaktować w danym celu (z eksportem CSV).

## Stan zgody (kody z rdzenia) i zdarzenia w jej historii

consent-state-never-given = Nieudzielona
consent-state-given = Udzielona
consent-state-confirmed = Potwierdzona
consent-state-withdrawn = Wycofana
consent-state-expired = Wygasła
consent-state-given-awaiting = Udzielona, czeka na potwierdzenie
consent-event-given = Udzielenie
consent-event-confirmed = Potwierdzenie
consent-event-withdrawn = Wycofanie
consent-event-expired = Wygaśnięcie

## Sposób udzielenia, potwierdzenia lub wycofania zgody albo wniesienia sprzeciwu

consent-method-web-form = Formularz internetowy
consent-method-email = E-mail
consent-method-phone = Telefon
consent-method-in-person = Osobiście
consent-method-chat = Czat
consent-method-paper = Na piśmie

## Sekcja zgód na karcie

consents-title = Zgody i możliwość kontaktu
consents-loading = Wczytywanie zgód…
consents-no-purposes = Nie ma jeszcze celów przetwarzania. Dodaj powody przechowywania danych kontaktowych w sekcji Ustawienia → Cele przetwarzania; zgody odnotowuje się tutaj dla każdego z nich.
consents-may-contact = Kontakt dozwolony
consents-may-not-contact = Kontakt niedozwolony
consents-objected = Sprzeciw wniesiony { $date } ({ $method }), odnotowany przez: { $who }.
consents-objected-ref = Sprzeciw wniesiony { $date } ({ $method }, nr ref. { $ref }), odnotowany przez: { $who }.
consents-give = Odnotuj zgodę…
consents-give-again = Odnotuj ponownie…
consents-confirm = Potwierdź…
consents-withdraw = Wycofaj
consents-withdrawing = Wycofywanie…
consents-object = Sprzeciw…
consents-withdraw-method = Sposób, w jaki { $name } wycofuje zgodę na cel { $purpose }
consents-history-show = Historia ({ $count })
consents-history-hide = Ukryj historię
consents-history-caption = Historia zgody na cel { $purpose }
consents-history-when = Kiedy
consents-history-event = Zdarzenie
consents-history-method = Sposób
consents-history-wording = Treść zgody
consents-history-evidence = Dowód
consents-history-recorded-by = Kto odnotował
consents-history-recorded = { $who }, { $when }
consents-version = Wersja { $version }
consents-done-give = { $name }: zgoda odnotowana.
consents-done-confirm = { $name }: potwierdzenie odnotowane.
consents-done-withdraw = { $name }: zgoda wycofana.
consents-done-object = { $name }: sprzeciw odnotowany.

## Formularz odnotowania zgody, potwierdzenia lub sprzeciwu

consent-form-title-give = Odnotowanie zgody
consent-form-title-confirm = Odnotowanie potwierdzenia
consent-form-title-object = Odnotowanie sprzeciwu
consent-form-submit-give = Zapisz zgodę
consent-form-submit-confirm = Zapisz potwierdzenie
consent-form-submit-object = Zapisz sprzeciw
consent-form-recording = Zapisywanie…
consent-form-object-hint = { $name } sprzeciwia się przetwarzaniu w celu „{ $purpose }” (art. 21 { -gdpr }). Od tej chwili dane tej osoby nie mogą być wykorzystywane w tym celu, niezależnie od podstawy prawnej.
consent-form-confirm-hint = Double opt-in: kiedy i w jaki sposób { $name } potwierdza zgodę, np. przez kliknięcie linku w wiadomości e-mail.
consent-form-method = Sposób
consent-form-when = Kiedy
consent-form-confirmed-at = Data potwierdzenia
consent-form-when-hint = (puste = teraz)
consent-form-evidence-ref = Odnośnik do dowodu
consent-form-confirmation-ref = Odnośnik do potwierdzenia
consent-form-evidence-placeholder = Nr formularza, identyfikator wiadomości e-mail, skan dokumentu…
consent-form-wording = Treść zgody przedstawiona osobie
consent-form-version-dated = Wersja { $version } — { $date }
consent-form-version-current-dated = Wersja { $version } (aktualna) — { $date }
consent-form-version-current = Wersja { $version } (aktualna)
consent-form-versions-error = Nie udało się wczytać starszych wersji: { $error }
consent-form-error-time = Podaj datę i godzinę albo pozostaw pole puste (teraz).

## Ustawienia → Cele przetwarzania

purposes-title = Cele przetwarzania
purposes-add = Dodaj cel
purposes-intro = Po co przechowywane są dane osobowe i na jakiej podstawie prawnej. Na podstawie tej listy powstają klauzule informacyjne, raporty dostępu i rejestr czynności przetwarzania.
purposes-empty = Nie ma jeszcze celów. Dodaj powody przechowywania danych kontaktowych — np. „Odpowiadanie na zapytania” (umowa) lub „Newsletter” (zgoda).
purposes-loading = Wczytywanie celów…
purposes-audience = Z kim można się kontaktować
purposes-audience-for = Z kim można się kontaktować w celu: { $purpose }
purposes-edit-named = Edytuj cel: { $purpose }

## Formularz celu przetwarzania

purpose-form-title-new = Nowy cel
purpose-form-title-edit = Edycja celu „{ $purpose }”
purpose-form-name = Nazwa
purpose-form-name-placeholder = np. Odpowiadanie na zapytania
purpose-form-basis = Podstawa prawna
purpose-form-description = Opis
purpose-form-interest = Realizowany prawnie uzasadniony interes
purpose-form-interest-hint = Wymagane dla art. 6 ust. 1 lit. f: opisz ten interes, np. „kontakt w sprawie wysłanych ofert”.
purpose-form-wording = Treść zgody
purpose-form-wording-hint = Dokładny tekst, na który osoby wyrażają zgodę. Jego zmiana tworzy nową wersję; udzielone już zgody zachowują wersję, którą widziała dana osoba.
purpose-form-wording-new-version = Zapisanie utworzy nową wersję.
purpose-form-double-opt-in = Double opt-in: zgoda jest ważna dopiero po jej potwierdzeniu przez osobę
purpose-form-subjects = Kategorie osób, których dane dotyczą
purpose-form-subjects-hint = Kogo dotyczą dane, po jednej kategorii w wierszu, np. „klienci”, „kandydaci do pracy”. Wymienia je rejestr czynności przetwarzania.
purpose-form-categories = Kategorie danych
purpose-form-categories-hint = Po jednej w wierszu, np. „dane kontaktowe”.
purpose-form-retention = Jak długo dane są przechowywane
purpose-form-retention-hint = Okres lub kryteria, np. „2 lata od ostatniego kontaktu”.
purpose-form-requirement = Czy podanie danych jest obowiązkowe?
purpose-form-requirement-voluntary = Nie, jest dobrowolne
purpose-form-requirement-statutory = Tak, wymaga tego przepis prawa
purpose-form-requirement-contractual = Tak, wymaga tego umowa
purpose-form-consequence = Skutki niepodania danych
purpose-form-automated = Ma miejsce zautomatyzowane podejmowanie decyzji lub profilowanie
purpose-form-automated-logic = Zasady podejmowania decyzji oraz ich znaczenie i skutki dla osoby
purpose-form-recipients = Odbiorcy i podmioty przetwarzające
purpose-form-recipients-none = Brak. Dodaj narzędzia i firmy, które otrzymują te dane, np. dostawcę poczty e-mail.
purpose-form-recipient-name = Nazwa
purpose-form-recipient-role = Rola
purpose-form-recipient-country = Kraj
purpose-form-recipient-country-placeholder = PL
purpose-form-recipient-safeguard = Zabezpieczenie przekazania
purpose-form-recipient-safeguard-detail = Szczegóły zabezpieczenia
purpose-form-recipient-safeguard-placeholder = np. decyzja stwierdzająca odpowiedni stopień ochrony lub wersja SKU
purpose-form-recipient-remove = Usuń
purpose-form-recipient-remove-named = Usuń odbiorcę { $number }
purpose-form-recipient-add = Dodaj odbiorcę
purpose-form-save = Zapisz cel
purpose-form-error-automated = Opisz zautomatyzowane podejmowanie decyzji lub profilowanie oraz zasady jego działania.
purpose-problem = { $field }: { $problem }.
purpose-problem-recipient = Odbiorca { $number }
purpose-problem-field-name = Nazwa
purpose-problem-field-description = Opis
purpose-problem-field-legitimate-interest = Prawnie uzasadniony interes
purpose-problem-field-consent-wording = Treść zgody
purpose-problem-field-requirement = Skutki niepodania danych

## Z kim można się kontaktować w danym celu

consents-audience-title = Z kim można się kontaktować w celu „{ $purpose }”
consents-audience-total =
    { $count ->
        [one] { $count } osoba
        [few] { $count } osoby
       *[many] { $count } osób
    }
consents-audience-hint-confirmed = Wszyscy, których { -consent } jest potwierdzona (double opt-in). Osoby z ograniczonym przetwarzaniem, usunięte oraz te, które wniosły sprzeciw, nigdy się tu nie pojawiają.
consents-audience-hint-consent = Wszyscy, których { -consent } obowiązuje. Osoby z ograniczonym przetwarzaniem, usunięte oraz te, które wniosły sprzeciw, nigdy się tu nie pojawiają.
consents-audience-hint-other = Wszyscy z listy kontaktów: ten cel nie opiera się na zgodzie. Osoby z ograniczonym przetwarzaniem, usunięte oraz te, które wniosły sprzeciw, nigdy się tu nie pojawiają.
consents-audience-method-withdrawals = Wycofania zgody odnotowywane jako
consents-audience-method-objections = Sprzeciwy odnotowywane jako
consents-audience-export = Eksportuj CSV…
consents-audience-export-form = Eksport do pliku CSV
consents-audience-export-path = Zapisz jako
consents-audience-export-hint = Plik CSV (UTF-8, rozdzielany przecinkami) z imieniem i nazwiskiem, e-mailem, telefonem, podstawą prawną i zgodą. Istniejący plik nigdy nie jest nadpisywany.
consents-audience-export-no-path = Wybierz, gdzie zapisać plik CSV.
consents-audience-export-submit = Eksportuj
consents-audience-exporting = Eksportowanie…
consents-audience-exported =
    { $count ->
        [one] Zapisano { $count } osobę w pliku { $path }.
        [few] Zapisano { $count } osoby w pliku { $path }.
       *[many] Zapisano { $count } osób w pliku { $path }.
    }
consents-audience-file = { $purpose }-adresaci-{ $date }
consents-audience-file-fallback = cel
consents-audience-empty = Obecnie nie można się z nikim kontaktować w celu „{ $purpose }”.
consents-audience-list = Osoby, z którymi można się kontaktować
consents-audience-open-card = Otwórz kartę
consents-audience-no-reach = brak e-maila i telefonu
consents-audience-since = { $state } od { $date }
consents-audience-withdraw-named = Wycofaj zgodę: { $name }
consents-audience-object-named = Odnotuj sprzeciw: { $name }
consents-audience-objected = Sprzeciw
