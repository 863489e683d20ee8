# The address book: importing contacts (CSV, vCard), exporting them, undoing an import, and
# possible duplicates with the side-by-side comparison and merge.

## Shared

# A line of the imported file, before what the core says about it ($line: its number).
address-book-line = wiersz { $line }
address-book-undo-import = Cofnij ten import

## Import wizard (Import/Export → Import contacts…)

address-book-import-title = Importuj kontakty
address-book-import-steps = Kroki
address-book-import-step-file = Plik
address-book-import-step-mapping = Kolumny
address-book-import-step-options = Źródło i status
address-book-import-step-review = Duplikaty
address-book-import-step-importing = Import
address-book-import-step-summary = Gotowe
address-book-import-intro =
    Eksport z Kontaktów Google lub z Outlooka (.csv), arkusz zapisany jako CSV albo plik vCard (.vcf) z telefonu
    lub innej książki adresowej. Nic nie zostanie zapisane przed sprawdzeniem, kto już jest w Custos.
address-book-import-file-label = Plik książki adresowej
address-book-import-choose-file-first = Najpierw wybierz plik do zaimportowania.
# $file: the file's name; $detected: what the file is, in the core's words ("vCard file with 3 cards").
address-book-import-detected = { $file }: { $detected }.
address-book-import-source-legend = Skąd pochodzą dane
address-book-import-source-hint = Każda karta utworzona przez import ma zapisane źródło danych (art. 14 { -gdpr }).
address-book-import-source-third-party = Od osoby trzeciej
address-book-import-source-public = Ze źródła publicznego
address-book-import-source-person = Od samych osób, których dane dotyczą
address-book-import-source-name-third-party = Jaka osoba trzecia
address-book-import-source-name-public = Jakie źródło publiczne
address-book-import-status-label = Status nowych kart
address-book-import-tag-label = Etykieta dla tego importu
address-book-import-tag-placeholder = np. Targi 2026
address-book-import-tag-hint = Dodawana do każdej karty, którą import tworzy lub uzupełnia przez scalenie.
# $file: the file's name.
address-book-import-running = Importowanie pliku { $file }…
address-book-import-progress-label = Postęp importu
# $done rows of $total imported so far; $percent: how far, 0–100.
address-book-import-progress =
    { $done } z { $total ->
        [one] { $total } wiersza
        [few] { $total } wierszy
       *[many] { $total } wierszy
    } ({ $percent } %)
address-book-import-cancelling-hint = Anulowanie: nic nie zostanie zapisane.
address-book-import-running-hint = Wszystko zostanie zapisane naraz na końcu; anulowanie pozostawi sejf bez zmian.
# What the import did. $file: the file's name; $created new cards, $merged rows merged into
# existing cards, $skipped rows skipped.
address-book-import-summary =
    Zaimportowano { $file }: { $created ->
        [one] { $created } nowa karta
        [few] { $created } nowe karty
       *[many] { $created } nowych kart
    }, { $merged ->
        [one] { $merged } wiersz scalony z kartą
        [few] { $merged } wiersze scalone z kartami
       *[many] { $merged } wierszy scalonych z kartami
    }, pominięto { $skipped ->
        [one] { $skipped } wiersz
        [few] { $skipped } wiersze
       *[many] { $skipped } wierszy
    }.
# $what: a list of the parts below ("1 e-mail address, phone or address and 2 tags").
address-book-import-added = Scalenia dodały: { $what }.
address-book-import-added-points =
    { $count ->
        [one] { $count } adres e-mail, telefon lub adres
        [few] { $count } adresy e-mail, telefony lub adresy
       *[many] { $count } adresów e-mail, telefonów lub adresów
    }
address-book-import-added-tags =
    { $count ->
        [one] { $count } etykieta
        [few] { $count } etykiety
       *[many] { $count } etykiet
    }
address-book-import-added-values =
    { $count ->
        [one] { $count } wartość w pustych polach
        [few] { $count } wartości w pustych polach
       *[many] { $count } wartości w pustych polach
    }
address-book-import-problems-skipped =
    { $count ->
        [one] Pominięto { $count } wiersz, którego nie dało się zaimportować.
        [few] Pominięto { $count } wiersze, których nie dało się zaimportować.
       *[many] Pominięto { $count } wierszy, których nie dało się zaimportować.
    }
address-book-import-values-left-out =
    { $count ->
        [one] W zaimportowanych wierszach pominięto { $count } wartość.
        [few] W zaimportowanych wierszach pominięto { $count } wartości.
       *[many] W zaimportowanych wierszach pominięto { $count } wartości.
    }
# Followed by a list of the rows, each with why.
address-book-import-not-merged =
    { $count ->
        [one] Nie scalono { $count } wiersza:
        [few] Nie scalono { $count } wierszy:
       *[many] Nie scalono { $count } wierszy:
    }
# $line: the row's line in the file; $message: why, in the core's words.
address-book-import-line-note = wiersz { $line }: { $message }
# $count: cards the undo removed.
address-book-import-undone =
    Import cofnięto: usunięto { $count ->
        [one] { $count } kartę
        [few] { $count } karty
       *[many] { $count } kart
    }.
# The same when the import had also added to existing cards.
address-book-import-undone-more =
    Import cofnięto: usunięto { $count ->
        [one] { $count } kartę
        [few] { $count } karty
       *[many] { $count } kart
    } oraz to, co import dodał do innych kart.
address-book-import-undo-hint =
    Możliwe do czasu zamknięcia Custos, o ile karty z tego importu nie zostały w międzyczasie zmienione (Import/eksport →
    Cofnij import… pokazuje importy z tej sesji).
address-book-import-cancel = Anuluj import
address-book-import-cancelling = Anulowanie…
address-book-import-submit = Importuj
address-book-import-importing = Importowanie…
address-book-import-check = Sprawdź duplikaty
address-book-import-checking = Sprawdzanie…
address-book-import-reading = Wczytywanie…

## Import wizard: the columns of a CSV file

# $detected: what the file is, in the core's words; $name: the saved mapping's name.
address-book-mapping-detected-saved = { $detected }. Zastosowano mapowanie zapisane jako „{ $name }”.
address-book-mapping-detected-guessed = { $detected }. Pole każdej kolumny odgadnięto z jej nazwy: sprawdź je.
# $count: how many columns the file has.
address-book-mapping-columns-title = Kolumny pliku ({ $count })
address-book-mapping-column = Kolumna
address-book-mapping-first-value = Pierwsza wartość
address-book-mapping-imported-as = Importowana jako
# A column without a name in the file's header; $n: its position, from 1.
address-book-mapping-column-n = Kolumna { $n }
# The field list's accessible name; $column: the column's name, or its position.
address-book-mapping-column-field = Pole dla kolumny { $column }
address-book-mapping-rows-title = Pierwsze wiersze w postaci, w jakiej zostaną zaimportowane
address-book-mapping-no-name = Bez nazwy
address-book-mapping-reading = Wczytywanie pierwszych wierszy…
address-book-mapping-save-label = Zapisz to mapowanie jako
address-book-mapping-save-placeholder = np. Arkusz biurowy
address-book-mapping-save = Zapisz mapowanie
# $name: the name the mapping was saved under.
address-book-mapping-saved = Zapisano jako „{ $name }”: zostanie użyte ponownie dla plików z tymi kolumnami.

## The fields a CSV column may be imported as (the list in each column's row)

address-book-csv-field-ignore = Nie importować
address-book-csv-field-display-name = Nazwa wyświetlana
address-book-csv-field-given-name = Imię
address-book-csv-field-middle-name = Drugie imię
address-book-csv-field-family-name = Nazwisko
address-book-csv-field-organisation = Organizacja
address-book-csv-field-job-title = Stanowisko
address-book-csv-field-tags = Etykiety
address-book-csv-field-notes = Notatki
# The kind of e-mail address, phone or address, in brackets after the field: "E-mail (work)".
address-book-csv-label-work = praca
address-book-csv-label-home = dom
address-book-csv-label-mobile = komórka
address-book-csv-label-other = inne
# $group: 0 for a file with one e-mail column of each kind, else which one (Google's "E-mail 2");
# $label: one of the kinds above.
address-book-csv-email =
    { $group ->
        [0] E-mail ({ $label })
       *[other] E-mail { $group } ({ $label })
    }
address-book-csv-phone =
    { $group ->
        [0] Telefon ({ $label })
       *[other] Telefon { $group } ({ $label })
    }
address-book-csv-address =
    { $group ->
        [0] Adres ({ $label })
       *[other] Adres { $group } ({ $label })
    }
# A part of a postal address in a column of its own. $part: one of the parts below.
address-book-csv-address-part =
    { $group ->
        [0] { $part } ({ $label })
       *[other] { $part }, adres { $group } ({ $label })
    }
address-book-csv-part-street = Ulica
address-book-csv-part-postal-code = Kod pocztowy
address-book-csv-part-city = Miejscowość
address-book-csv-part-region = Województwo/region
address-book-csv-part-country = Kraj
# A column that gives the kinds (work, home…) of the e-mail addresses, phones or addresses.
address-book-csv-labels-email =
    { $group ->
        [0] Rodzaje adresów e-mail
       *[other] Rodzaj adresu e-mail { $group }
    }
address-book-csv-labels-phone =
    { $group ->
        [0] Rodzaje numerów telefonu
       *[other] Rodzaj telefonu { $group }
    }
address-book-csv-labels-address =
    { $group ->
        [0] Rodzaje adresów pocztowych
       *[other] Rodzaj adresu { $group }
    }

## Import wizard: duplicates and rows that cannot be imported

# The bold part of address-book-review-counts: rows that become new cards.
address-book-review-new =
    { $count ->
        [one] { $count } nowy
        [few] { $count } nowe
       *[many] { $count } nowych
    }
# $rows: rows in the file; $fresh: address-book-review-new in bold; $duplicates and $problems: counts.
address-book-review-counts =
    { $rows ->
        [one] { $rows } wiersz
        [few] { $rows } wiersze
       *[many] { $rows } wierszy
    } w pliku: { $fresh }, { $duplicates ->
        [one] { $duplicates } duplikat
        [few] { $duplicates } duplikaty
       *[many] { $duplicates } duplikatów
    }, { $problems ->
        [one] { $problems } niemożliwy do zaimportowania
        [few] { $problems } niemożliwe do zaimportowania
       *[many] { $problems } niemożliwych do zaimportowania
    }.
# $count: rows of the file already in the vault.
address-book-review-duplicates-title = Już w Custos ({ $count })
address-book-review-decide-all = Dla wszystkich duplikatów ustaw
address-book-review-choose = wybierz…
address-book-import-decision-merge = Scal z kartą
address-book-import-decision-skip = Pomiń
address-book-import-decision-new = Dodaj jako nową
address-book-review-merge-hint =
    Scalenie dodaje tylko to, czego brakuje na karcie (adresy e-mail, telefony, etykiety, puste pola), i niczego nie nadpisuje.
address-book-review-col-line = Wiersz
address-book-review-col-in-file = W pliku
address-book-review-col-matches = Pasuje do
address-book-review-col-because = Powód
address-book-review-col-decision = Co zrobić
address-book-review-restricted = przetwarzanie ograniczone: nie można scalić
# A row that repeats an earlier row of the same file. $line: that row's line; $name: its name.
address-book-review-earlier-row = wiersz { $line } tego pliku: { $name }
# Why a row is a duplicate, listed after each other.
address-book-review-matched-email = ten sam adres e-mail
address-book-review-matched-phone = ten sam numer telefonu
address-book-review-matched-name = to samo imię i nazwisko w tej samej organizacji
# The decision list's accessible name. $line: the row's line; $name: its name.
address-book-review-decision-label = Co zrobić z wierszem { $line }, { $name }
# Only the first duplicates are listed. $shown: how many are; $rest: how many are not.
address-book-review-more-duplicates = Wyświetlono pierwsze { $shown }; pozostałe ({ $rest }) otrzymają wybór ustawiony dla wszystkich duplikatów (scalenie, o ile nie wybrano inaczej).
# The same after the user chose a decision for every duplicate.
address-book-review-more-duplicates-chosen = Wyświetlono pierwsze { $shown }; pozostałe ({ $rest }) otrzymają wybór ustawiony dla wszystkich duplikatów.
address-book-review-no-duplicates = Nikogo z pliku nie ma jeszcze w Custos.
# $count: rows that cannot be imported.
address-book-review-problems-title = Nie można zaimportować ({ $count })
# After a shortened list; $count: the items not listed.
address-book-review-and-more = i jeszcze { $count }.
address-book-review-skip-problems =
    { $count ->
        [one] Pomiń ten wiersz i zaimportuj pozostałe
        [few] Pomiń te { $count } wiersze i zaimportuj pozostałe
       *[many] Pomiń tych { $count } wierszy i zaimportuj pozostałe
    }
# $count: values of the file that cannot be stored.
address-book-review-warnings-title = Pominięte wartości ({ $count })
address-book-review-warnings-hint = Tych wartości nie można zapisać w obecnej postaci; reszta każdego wiersza zostanie zaimportowana.

## Export (Import/Export → Export contacts…)

address-book-export-title = Eksportuj kontakty
address-book-export-intro =
    Aktywne kontakty z imionami i nazwiskami, organizacją, adresami e-mail, telefonami, adresami pocztowymi, etykietami
    i notatkami — bez zgód, rozmów i innych zapisanych o nich informacji. Kontakty z ograniczonym przetwarzaniem są pomijane.
address-book-export-format = Format
address-book-export-format-vcard-hint = do książek adresowych i telefonów
address-book-export-format-csv-hint = do arkuszy kalkulacyjnych
address-book-export-status = Status
address-book-export-any-status = Dowolny status
address-book-export-tag = Etykieta
address-book-export-any-tag = Dowolna etykieta
# A tag in the list; $name: the tag; $count: the contacts that have it.
address-book-export-tag-option = { $name } ({ $count })
address-book-export-path = Zapisz jako
address-book-export-path-hint = Istniejący plik nigdy nie zostanie zastąpiony.
address-book-export-choose-path = Wybierz, gdzie zapisać plik.
# $count: contacts written; $path: the file.
address-book-export-done =
    Zapisano { $count ->
        [one] { $count } kontakt
        [few] { $count } kontakty
       *[many] { $count } kontaktów
    } do pliku { $path }.
address-book-export-submit = Eksportuj
address-book-export-exporting = Eksportowanie…

## Undo an import (Import/Export → Undo an import…)

address-book-recent-title = Cofnij import
address-book-recent-intro = Książki adresowe zaimportowane od uruchomienia Custos. Po ponownym uruchomieniu zostają bez zmian.
address-book-recent-none = Od uruchomienia Custos nie wykonano żadnego importu, który można cofnąć.
# Under the import's source. $date: when it was made (date and time); $count: its cards.
address-book-recent-imported =
    zaimportowano { $date } · { $count ->
        [one] { $count } karta
        [few] { $count } karty
       *[many] { $count } kart
    }
# $date: when the import was made (date and time); $count: cards the undo removed.
address-book-recent-undone =
    Import z { $date } cofnięto: usunięto { $count ->
        [one] { $count } kartę
        [few] { $count } karty
       *[many] { $count } kart
    }.

## Possible duplicates

address-book-duplicates-title = Możliwe duplikaty
address-book-duplicates-open-hint = Karty, które mogą dotyczyć jednej osoby: porównanie obok siebie i scalenie
# Read by screen readers after the number of pairs on the button.
address-book-duplicates-pairs-unit =
    { $count ->
        [one] para
        [few] pary
       *[many] par
    }
address-book-duplicates-intro =
    Karty ze wspólnym adresem e-mail lub numerem telefonu albo z tym samym imieniem i nazwiskiem w tej samej organizacji.
    Porównaj parę obok siebie i scal ją, jeśli to jedna osoba; para dwóch różnych osób może pozostać bez zmian.
address-book-duplicates-looking = Wyszukiwanie możliwych duplikatów…
address-book-duplicates-none = Brak możliwych duplikatów: żadne dwie karty nie mają wspólnego adresu e-mail, numeru telefonu ani imienia i nazwiska w jednej organizacji.
address-book-duplicates-count =
    { $count ->
        [one] { $count } para do przejrzenia. Wybierz jedną, aby porównać.
        [few] { $count } pary do przejrzenia. Wybierz jedną, aby porównać.
       *[many] { $count } par do przejrzenia. Wybierz jedną, aby porównać.
    }
# A pair's accessible name. $first and $second: "Anna Kowalska (#4)"; $matches: what they share.
address-book-duplicates-pair-label = Porównaj { $first } i { $second }. { $matches }
address-book-duplicates-compare = Porównaj ›
# What two cards share; $value: the e-mail address or phone number.
address-book-match-email = Ten sam adres e-mail: { $value }
address-book-match-phone = Ten sam numer telefonu: { $value }
address-book-match-name = To samo imię i nazwisko w tej samej organizacji
# After a merge. $merged and $kept: the two cards' names (in bold); $mergedId, $keptId: their numbers.
address-book-merged-title = Scalono: { $merged } (#{ $mergedId }) włączono do { $kept } (#{ $keptId })
# $id: the kept card's number.
address-book-merged-open = Otwórz kartę (#{ $id })
address-book-merged-dismiss = Ukryj

## What a merge did (the lines under address-book-merged-title). $id: the removed card's number.

# $value: the e-mail address, phone number or postal address; $label: Work, Home, Mobile, Other.
address-book-merged-added-email = Dodano adres e-mail { $value } ({ $label })
address-book-merged-added-phone = Dodano numer telefonu { $value } ({ $label })
address-book-merged-added-address = Dodano adres pocztowy { $value } ({ $label })
# Another field (not expected); $field: its name within a sentence.
address-book-merged-added-field = Dodano: { $field } { $value } ({ $label })
# $fields: the fields, separated by commas.
address-book-merged-filled = Uzupełniono: { $fields }
address-book-merged-notes = Notatki z karty #{ $id } dopisano po notatkach tej karty
# $tags: the tags, separated by commas.
address-book-merged-tags = Dodane etykiety: { $tags }
# $items: the parts below that are not zero, separated by commas.
address-book-merged-moved = Przeniesiono tutaj: { $items }
address-book-merged-moved-conversations =
    { $count ->
        [one] { $count } rozmowa
        [few] { $count } rozmowy
       *[many] { $count } rozmów
    }
address-book-merged-moved-consents =
    { $count ->
        [one] { $count } wpis o zgodzie
        [few] { $count } wpisy o zgodach
       *[many] { $count } wpisów o zgodach
    }
address-book-merged-moved-objections =
    { $count ->
        [one] { $count } sprzeciw
        [few] { $count } sprzeciwy
       *[many] { $count } sprzeciwów
    }
address-book-merged-moved-requests =
    { $count ->
        [one] { $count } żądanie
        [few] { $count } żądania
       *[many] { $count } żądań
    }
address-book-merged-moved-hold = wstrzymanie usunięcia
address-book-merged-objections-dropped =
    { $count ->
        [one] Pominięto { $count } sprzeciw: obie karty miały sprzeciw wobec tego samego celu, zostaje wcześniejszy
        [few] Pominięto { $count } sprzeciwy: obie karty miały sprzeciw wobec tego samego celu, zostaje wcześniejszy
       *[many] Pominięto { $count } sprzeciwów: obie karty miały sprzeciw wobec tego samego celu, zostaje wcześniejszy
    }
# $fields: the fields within a sentence (address-book-field-inline-*), separated by commas.
address-book-merged-not-taken = Zachowano własne dane tej karty ({ $fields }): karta #{ $id } miała inne wartości, widoczne w Historii karty
address-book-merged-nothing = Karta #{ $id } nie miała niczego, czego brakowałoby tej karcie.
# A card's fields as a sentence names them.
address-book-field-inline-display-name = nazwa
address-book-field-inline-given-name = imię
address-book-field-inline-family-name = nazwisko
address-book-field-inline-email = e-mail
address-book-field-inline-phone = telefon
address-book-field-inline-organisation = organizacja
address-book-field-inline-job-title = stanowisko
address-book-field-inline-address = adres
address-book-field-inline-id-number = numer dokumentu
address-book-field-inline-tags = etykiety
address-book-field-inline-notes = notatki

## Compare and merge (two possible duplicates side by side)

address-book-compare-back = ‹ Wszystkie możliwe duplikaty
address-book-compare-title = Porównaj i scal
address-book-compare-matches = Co łączy obie karty
address-book-compare-back-to-list = Wróć do listy
address-book-compare-loading = Wczytywanie obu kart…
# $card: "Anna Kowalska (#4)".
address-book-compare-keep-label = Zachowaj { $card }
address-book-compare-keep = Zachowaj tę kartę
address-book-compare-kept = Zachowana: przejmuje dane drugiej
address-book-compare-removed = Włączona, potem usunięta
address-book-compare-row-status = Status
address-book-compare-row-email = Adresy e-mail
address-book-compare-row-phone = Numery telefonu
address-book-compare-row-address = Adresy pocztowe
address-book-compare-row-source = Źródło
address-book-compare-row-created = Dodano
address-book-compare-row-last-contact = Ostatni kontakt
address-book-compare-row-conversations = Rozmowy
address-book-compare-empty-both = Puste w obu
address-book-compare-empty = puste
# After an e-mail address, phone or address of a card that has several.
address-book-compare-primary = główny
address-book-compare-no-last-contact = brak
address-book-compare-masked = (dane wrażliwe, zamaskowane)
address-book-compare-details = Więcej o scaleniu
# What Merge will do. $other: the card merged in, "Anna K. (#12)"; $keep: the card kept;
# $otherId, $keepId: their numbers; $conversations: the other card's conversations (0: not counted).
address-book-merge-summary =
    Karta { $other } zostanie włączona do { $keep }: adresy e-mail, numery telefonu, adresy pocztowe, etykiety, { $conversations ->
        [0] rozmowy
        [one] { $conversations } rozmowa
        [few] { $conversations } rozmowy
       *[many] { $conversations } rozmów
    }, zgody, sprzeciwy i żądania z karty #{ $otherId } przechodzą do #{ $keepId }, a karta #{ $otherId } zostaje usunięta.
address-book-merge-detail-takes = Karta #{ $keepId } przejmuje tylko to, czego jej brakuje: adres lub numer, który już ma, nie zostanie dodany drugi raz, jej puste pola zostaną uzupełnione z #{ $otherId }, a notatki z #{ $otherId } zostaną dopisane po jej własnych.
address-book-merge-detail-conflicts = Gdy obie karty mają różne wartości, zostaje wartość z #{ $keepId }; wartość z #{ $otherId } zostaje zapisana w historii #{ $keepId }.
address-book-merge-detail-hold = Wstrzymanie usunięcia karty #{ $otherId } również przechodzi do #{ $keepId }. Karta #{ $keepId } zachowuje własną nazwę, status, źródło i stan ograniczenia przetwarzania.
address-book-merge-irreversible = Tej operacji nie można cofnąć.
address-book-merge-submit = Włącz #{ $otherId } do #{ $keepId }
address-book-merge-merging = Scalanie…
address-book-merge-swap = Zachowaj zamiast tego #{ $otherId }
