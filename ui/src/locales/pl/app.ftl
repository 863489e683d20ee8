# Ekrany startowe (powitanie, tworzenie, odblokowanie), miernik siły hasła, ramka aplikacji
# (nawigacja, pasek górny, pasek stanu), okno pliku otwieranego z zewnątrz i systemowe okna plików.

app-starting = Uruchamianie Custos…

## Ekran powitalny

app-welcome-title = Witamy w Custos
app-welcome-intro = Kontakty, rozmowy i zgody w jednym zaszyfrowanym pliku na tym komputerze. Żadna chmura go nie widzi.
app-welcome-create = Utwórz nowy sejf
app-welcome-create-hint = Zacznij od zera. Wybierz hasło; bez niego pliku nie da się odczytać.
app-welcome-open = Otwórz istniejący sejf
app-welcome-open-hint = Odblokuj posiadany już plik .custos, na przykład przywrócony z kopii zapasowej.
app-welcome-join = Dołącz do zespołu
app-welcome-join-hint = Zaproszenie z innego komputera firmy: wpisz wyświetlany tam kod, a książka kontaktów trafi na ten komputer.

## Tworzenie sejfu

app-create-title = Utwórz nowy sejf
app-create-intro = Wszystko, co przechowujesz w Custos, jest szyfrowane hasłem. Jeśli hasło zostanie zapomniane, nikt nie odzyska danych — nawet my.
app-vault-file = Plik sejfu
app-vault-file-choose = Wybierz plik sejfu…
app-create-path-hint = Przechowuj kopię tego pliku w bezpiecznym miejscu, np. na zaszyfrowanym pendrivie.
app-your-name = Imię i nazwisko
app-create-operator-hint = Zapisywane przy każdej wprowadzanej zmianie, zgodnie z zasadą rozliczalności { -gdpr }.
app-passphrase = Hasło
app-create-repeat = Powtórz hasło
app-create-mismatch = Jeszcze nie zgadza się z hasłem.
app-create-busy = Tworzenie…
app-create-submit = Utwórz sejf
app-create-instead = Zamiast tego otwórz istniejący sejf

## Odblokowanie

app-unlock-title = Odblokuj sejf
app-unlock-busy = Odblokowywanie…
app-unlock-submit = Odblokuj
app-unlock-instead = Zamiast tego utwórz nowy sejf

## Siła hasła

app-strength-too-short =
    { $length ->
        [0] Użyj co najmniej { $min ->
            [one] { $min } znaku
           *[other] { $min } znaków
        }. Kilka niezwiązanych ze sobą słów łatwo zapamiętać, a trudno odgadnąć.
       *[other] Użyj co najmniej { $min ->
            [one] { $min } znaku
           *[other] { $min } znaków
        }{ "\u00A0" }(na razie { $length }). Kilka niezwiązanych ze sobą słów łatwo zapamiętać, a trudno odgadnąć.
    }
app-strength-failed = Nie udało się ocenić siły hasła: { $error }
app-strength-label =
    Siła: { $score ->
        [0] bardzo słaba
        [1] słaba
        [2] średnia
        [3] duża
       *[4] bardzo duża
    }
# $time: czas w słowach estymatora (po angielsku, np. "3 centuries").
app-strength-time = — odgadnięcie zajęłoby ok. { $time }
app-strength-checking = Sprawdzanie siły…

## Pole ścieżki

app-path-choose = Wybierz…
app-path-choose-label = { $label }: wybierz…
app-path-dialog-failed = Nie udało się otworzyć okna wyboru pliku: { $error } Wpisz ścieżkę ręcznie.

## Plik sejfu przekazany z zewnątrz

app-open-request-title-lock-first = Otworzyć inny sejf?
app-open-request-title-refused = Nie można otworzyć tego pliku
app-open-request-asked = Custos otrzymał polecenie otwarcia pliku
app-open-request-unlocked = Sejf { $vault } jest odblokowany. Zablokuj go, aby odblokować drugi jego hasłem, albo pracuj dalej w tym.
app-open-request-lock-and-open = Zablokuj i otwórz
app-open-request-keep-working = Pracuj dalej
app-open-request-ok = OK

## Ramka aplikacji

app-nav-label = Główne
app-nav-contacts = Kontakty
app-nav-attention = Wymaga uwagi
app-nav-requests = Żądania
app-nav-audit = Dziennik audytu
app-nav-settings = Ustawienia
app-nav-to-deal-with = do załatwienia
app-new-contact = Nowy kontakt
app-shortcut-new-contact = Ctrl+N
app-lock = Zablokuj
app-shortcut-lock = Ctrl+L
app-working-as = Pracujesz jako { $operator }
app-dismiss = Zamknij
app-locks-after = Blokada po { $minutes } min bezczynności
app-locked-idle =
    Zablokowano po { $minutes ->
        [one] { $minutes } minucie
       *[other] { $minutes } minutach
    } bezczynności.
app-lock-failed = Blokowanie mogło się nie udać: { $error } Zamknij Custos, aby mieć pewność.

## Zamknięcie żądania: brak danych

app-no-data-title = Zamknij — brak danych
app-no-data-hint = Jeśli wnioskodawcy nie ma wśród kontaktów, a przeszukanie kart i zapisów rozmów nic o nim nie wykazało, odpowiedź brzmi: nie przetwarzamy jego danych osobowych. Zamknięcie jest ostateczne; pismo z odpowiedzią to potwierdzi.
app-no-data-summary = Jak szukano (opcjonalnie)
app-no-data-summary-placeholder = np. wyszukano imię i nazwisko oraz adres e-mail
app-no-data-closed = Żądanie zamknięto: nie przetwarzamy danych osobowych wnioskodawcy.

## Systemowe okna plików

app-dialog-create-vault = Utwórz sejf Custos
app-dialog-open-vault = Otwórz sejf Custos
app-dialog-vault-filter = Sejf Custos
app-dialog-transcript = Wybierz eksport czatu
app-dialog-whatsapp-filter = Eksport z WhatsApp
app-dialog-transcript-filter = Zapis rozmowy Custos
app-dialog-csv-export = Eksportuj do pliku CSV
app-dialog-csv-filter = CSV (wartości rozdzielane przecinkami)
app-dialog-save-document = Zapisz dokument
app-dialog-pdf-filter = Dokument PDF
app-dialog-html-filter = Strona internetowa
app-dialog-zip-filter = Archiwum ZIP
app-dialog-backup-folder = Gdzie zapisywać kopie zapasowe
app-dialog-shared-folder = Folder współdzielony przez komputery zespołu
app-dialog-address-book = Wybierz plik książki adresowej
app-dialog-address-book-filter = Książka adresowa (CSV, vCard)
app-dialog-csv-sources-filter = CSV (Google, Outlook, arkusz kalkulacyjny)
app-dialog-vcard-filter = vCard
app-dialog-export-contacts = Eksportuj kontakty

## Błędy

error-fallback = Coś poszło nie tak. Spróbuj ponownie.
