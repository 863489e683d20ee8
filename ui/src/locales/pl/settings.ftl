# Ustawienia: preferencje, profil firmy, dni robocze (święta i dni wolne firmy) oraz sprawdzenie
# spójności sejfu.

settings-title = Ustawienia
settings-saved = Zapisano.

## Preferencje

settings-preferences-title = Preferencje
settings-auto-lock = Blokada po tylu minutach bezczynności
settings-auto-lock-hint = Od 1 do 240. Sejf blokuje się sam i czyści ekran.
settings-auto-lock-invalid = Automatyczna blokada wymaga pełnej liczby minut od 1 do 240.
settings-operator-hint = Podawane w dzienniku audytu od następnego odblokowania.
settings-operator-missing = Wpisz imię i nazwisko: są zapisywane przy każdej zmianie.
settings-preferences-save = Zapisz preferencje

## Profil firmy

settings-company-title = Profil firmy
settings-company-intro = Kto odpowiada za dane ({ -controller }). Od tych danych zaczynają się klauzule informacyjne i raporty.
settings-company-name = Nazwa firmy ({ -controller })
settings-company-country = Kraj
settings-company-country-hint = Dwuliterowy kod, np. PL
settings-company-address = Adres
settings-company-email = E-mail
settings-company-phone = Telefon
settings-company-dpo-name = Inspektor ochrony danych
settings-company-dpo-name-hint = Jeśli został wyznaczony
settings-company-dpo-contact = Kontakt do IOD
settings-company-authority-name = Organ nadzorczy
settings-company-authority-name-hint = Potrzebne do klauzul informacyjnych, np. UODO
settings-company-authority-contact = Kontakt do organu
settings-company-authority-contact-hint = Potrzebne do klauzul informacyjnych: adres lub strona internetowa
settings-company-name-missing = Wpisz nazwę firmy: to { -controller } wskazany w każdym dokumencie.
settings-company-save = Zapisz profil firmy

## Dni robocze

settings-working-days-title = Dni robocze
settings-holidays = Święta ustawowe
settings-year = Rok
settings-holidays-none = Brak uwzględnionych świąt.
settings-closure-days = Dni wolne firmy
settings-closure-days-none = Nie dodano dni wolnych.
settings-closure-remove = Usuń
settings-closure-keep = Zostaw
settings-closure-remove-ask = Usuń…
settings-closure-remove-label = Usuń { $day }
settings-closure-day = Dzień wolny
settings-closure-reason = Powód (opcjonalnie)
settings-closure-reason-placeholder = np. między świętami a Nowym Rokiem
settings-closure-add = Dodaj dzień wolny

## Spójność sejfu

settings-integrity-title = Spójność sejfu
settings-integrity-intro = Odczytuje cały sejf i sprawdza, czy nic nie jest uszkodzone. Uruchom po przywróceniu kopii zapasowej.
settings-integrity-checking = Sprawdzanie…
settings-integrity-check = Sprawdź spójność sejfu
settings-integrity-ok = Nie znaleziono problemów.
settings-integrity-problems =
    { $count ->
        [one] Znaleziono { $count } problem
        [few] Znaleziono { $count } problemy
       *[many] Znaleziono { $count } problemów
    }. Przywróć sejf z kopii zapasowej, zanim cokolwiek zmienisz.

settings-integrity-page-mac = Strona { $page } nie zgadza się ze swoją sumą kontrolną: została zmieniona na dysku lub błędnie zapisana.
settings-integrity-page-damaged = Strona { $page } jest uszkodzona.
settings-integrity-page-never-used = Strona { $page } nie jest przez nic używana.
settings-integrity-page-used-twice = Strona { $page } jest używana dwukrotnie.
settings-integrity-row-missing-from-index = Wiersza { $row } brakuje w indeksie { $index }.
settings-integrity-index-entry-count = Indeks { $index } ma nieprawidłową liczbę wpisów.
settings-integrity-index-not-unique = Indeks { $index } zawiera ten sam wpis dwukrotnie.
settings-integrity-freelist-size =
    Lista wolnych stron podaje { $found ->
        [one] { $found } stronę
        [few] { $found } strony
       *[many] { $found } stron
    }, a zawiera { $expected }.
settings-integrity-freelist-damaged = Lista wolnych stron jest uszkodzona.
settings-integrity-technical = Szczegóły techniczne dla pomocy technicznej
