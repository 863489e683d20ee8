# Widok kontaktów: lista, karta, formularz kontaktu, wyszukiwanie, etykiety, historia karty.

## Widok kontaktów obok listy (ContactsView)

contacts-view-duplicates-label = Możliwe duplikaty
contacts-view-card-label = Karta kontaktu
contacts-view-choose = Wybierz kontakt z listy po lewej albo wyszukaj dowolną osobę skrótem Ctrl+K.
# Pokazywane raz, w nowym sejfie bez kontaktów.
contacts-start-title = Sejf jest gotowy
contacts-start-encrypted = Wszystko, co zostanie dodane, pozostaje zaszyfrowane w tym jednym pliku na tym komputerze.
# $new: nazwa przycisku „Nowy kontakt”, pogrubiona; $import: przycisk „Importuj kontakty…”.
contacts-start-add = Dodaj pierwszy kontakt przyciskiem { $new } (Ctrl+N) albo wczytaj książkę adresową — Kontakty Google, Outlook, arkusz kalkulacyjny lub plik vCard z telefonu: { $import } (Ctrl+I).
# $settings: nazwa sekcji Ustawienia (contacts-start-settings-name), pogrubiona.
contacts-start-settings = W sekcji { $settings } wprowadź dane firmy i cele, w jakich przechowujesz dane.
contacts-start-settings-name = Ustawienia
contacts-start-chats = Przechowuj rozmowy przy karcie: zaimportuj eksport z WhatsAppa albo zanotuj rozmowę telefoniczną.
# Przycisk (i tytuł okna), który dodaje kontakt.
contacts-new-contact = Nowy kontakt
contacts-import-contacts = Importuj kontakty…

## Lista kontaktów (ContactList)

contacts-list-label = Lista kontaktów
# Przed filtrem statusu: „Pokaż [Wszystkie kontakty ▾]”.
contacts-list-show = Pokaż
contacts-list-all = Wszystkie kontakty
contacts-list-tag = Etykieta
contacts-list-tag-title = Tylko kontakty z tą etykietą
contacts-list-any-tag = Dowolna etykieta
contacts-list-restricted = Ograniczone
    .title = Kontakty z ograniczonym przetwarzaniem (zamrożone) nie są pokazywane na zwykłej liście
# Liczba kontaktów z ograniczonym przetwarzaniem na liście (pole „Ograniczone” zaznaczone).
contacts-list-total-restricted =
    { $count ->
        [one] { $count } ograniczony
        [few] { $count } ograniczone
       *[many] { $count } ograniczonych
    }
contacts-list-none-restricted = Brak kontaktów z ograniczonym przetwarzaniem.
# $status: nazwa statusu, np. „Klient”.
contacts-list-none-restricted-status = Brak kontaktów z ograniczonym przetwarzaniem o statusie „{ $status }”.
contacts-list-show-all = Pokaż wszystkie kontakty
contacts-list-none-tag = Brak kontaktów z etykietą „{ $tag }”.
contacts-list-none-yet = Brak kontaktów — dodaj pierwszy (Ctrl+N)
contacts-list-none-yet-hint = Wymagana jest tylko nazwa; resztę dodaj dopiero wtedy, gdy będzie potrzebna.
contacts-list-none-status = Brak kontaktów o statusie „{ $status }”.
# Dostępna nazwa listy.
contacts-list-contacts = Kontakty
contacts-list-loading = Wczytywanie kontaktów…
# Podpowiedź do daty w wierszu.
contacts-list-last-contact = Ostatni kontakt
# W wierszu, zamiast daty ostatniej rozmowy.
contacts-list-no-contact-yet = jeszcze bez kontaktu

## Karta kontaktu (ContactCard, ContactDetails)

contacts-card-loading = Wczytywanie karty…
contacts-card-history = Historia
contacts-card-access-report = Raport dostępu…
contacts-card-lift-restriction = Znieś ograniczenie…
contacts-card-restrict = Ogranicz przetwarzanie…
contacts-card-erase = Usuń dane…
# $source: skąd pochodzą dane, np. „Od osoby trzeciej: Jan Nowak”.
contacts-card-source = Źródło danych: { $source }
# $date: data ostatniej rozmowy.
contacts-card-last-contact = Ostatni kontakt: { $date }
contacts-card-last-contact-none = Ostatni kontakt: brak
# $date: dzień dodania karty.
contacts-card-added = Dodano { $date }
contacts-card-edit-label = Edycja kontaktu
contacts-card-save = Zapisz zmiany
# Tytuł okna raportu dostępu; $name: nazwa kontaktu.
contacts-card-access-report-title = Raport dostępu: { $name }
contacts-details-only-name = Zapisano tylko nazwę. Szczegóły można dodać przyciskiem Edytuj, gdy będą potrzebne.
# Adres e-mail, numer telefonu lub adres oznaczony jako główny; $kind: np. „Służbowy”.
contacts-details-primary = { $kind } · główny
# $field: nazwa pola, np. „Telefon”.
contacts-details-reveal = Odkryj
    .aria-label = Odkryj: { $field }
contacts-details-hide = Ukryj
    .aria-label = Ukryj: { $field }
contacts-details-sensitive-hint = Pola wrażliwe są maskowane. Odkrycie pola zostaje zapisane w dzienniku audytu wraz z nazwiskiem osoby, która je odkryła.

## Formularz kontaktu (ContactFormFields, NewContactDialog, contact-form.ts)

contacts-form-add-email = Dodaj adres e-mail
contacts-form-add-phone = Dodaj numer telefonu
contacts-form-add-address = Dodaj adres
contacts-form-source-person = Osoba, której dane dotyczą
contacts-form-source-third-party = Osoba trzecia
contacts-form-source-public = Źródło publiczne
# Pole wyboru przy każdym polu; $field: nazwa pola.
contacts-form-sensitive = Wrażliwe
    .aria-label = Oznacz pole „{ $field }” jako wrażliwe (maskowane do czasu odkrycia)
# Pod zamaskowanym polem, którego nie można edytować.
contacts-form-masked = Zamaskowane.
# $reveal: przycisk „Odkryj, aby edytować” (contacts-form-reveal-to-edit).
contacts-form-masked-reveal = Zamaskowane. { $reveal } (zostanie zapisane w dzienniku audytu)
contacts-form-reveal-to-edit = Odkryj, aby edytować
# $field: np. „E-mail”; $n: który to wiersz (1, 2…).
contacts-form-point-kind = Rodzaj: { $field } { $n }
# Oznacza główny adres e-mail, numer telefonu lub adres spośród kilku.
contacts-form-primary = Główny
contacts-form-remove = Usuń
    .aria-label = Usuń: { $field } { $n }
contacts-form-status = Status
contacts-form-tags-placeholder = np. Targi 2026, Newsletter
contacts-form-tags-hint = Etykiety oddziel przecinkami.
contacts-form-source-legend = Skąd pochodzą dane
contacts-form-which-third-party = Jaka osoba trzecia
contacts-form-which-public-source = Jakie źródło publiczne
contacts-form-third-party-placeholder = np. polecenie od Anny Kowalskiej
contacts-form-public-source-placeholder = np. rejestr przedsiębiorców
contacts-form-source-hint = Potrzebne do klauzul informacyjnych (art. 14) i odpowiedzi na żądania dostępu do danych (art. 15 ust. 1 lit. g).
contacts-form-error-name = Wpisz nazwę: to jedyne wymagane pole.
contacts-form-error-third-party = Podaj osobę trzecią, od której pochodzą dane.
contacts-form-error-public = Podaj publiczne źródło danych.
contacts-new-hint = Wymagana jest tylko nazwa. Nie przechowuj więcej danych, niż potrzeba (minimalizacja danych).
contacts-new-adding = Dodawanie…
contacts-new-add = Dodaj kontakt

## Poprawki na karcie (ContactHistory)

contacts-history-title = Poprawki
contacts-history-audit-link = Cały dziennik audytu tego kontaktu
contacts-history-intro = Kto zmienił które pola i co zawierały wcześniej. Wartości wrażliwe pozostają zamaskowane.
contacts-history-none = Brak zmian od dodania karty.
# Wpis: $when to data i godzina (pogrubione), $operator — kto go dokonał.
contacts-history-entry = { $when } · { $operator }
# $fields: nazwy pól, np. „E-mail, Numer dokumentu”.
contacts-history-changed = { $when } · { $operator } — zmienione pola: { $fields }
# $card: karta scalona z tą, np. „#12 (Anna Nowak)”.
contacts-history-merged = { $when } · { $operator } — scalono { $card } z tą kartą
contacts-history-merged-taking = { $when } · { $operator } — scalono { $card } z tą kartą, przejęto: { $fields }
# Wartość pola sprzed zmiany; $field: nazwa pola.
contacts-history-before = { $field } — wcześniej
contacts-history-masked = (wrażliwe, zamaskowane)

## Wybór kontaktu (ContactPicker)

# $label: co jest wybierane, np. „Kontakt”; $name: nazwa kontaktu, pogrubiona; $id: jego numer.
contacts-picker-chosen = { $label }: { $name } (#{ $id })
contacts-picker-change = Zmień
contacts-picker-placeholder = Wpisz nazwę, e-mail lub telefon
contacts-picker-matches = Pasujące kontakty
contacts-picker-none = Żaden kontakt nie pasuje do „{ $query }”.

## Menu Import/eksport (ContactsMenu)

contacts-menu-button = Import/eksport
    .title = Importuj i eksportuj kontakty
contacts-menu-label = Import i eksport
contacts-menu-export = Eksportuj kontakty…
contacts-menu-undo = Cofnij import…
# Skrót klawiszowy obok „Importuj kontakty…”.
contacts-menu-import-keys = Ctrl+I

## Etykiety na karcie (QuickTags)

contacts-tags-remove = Usuń etykietę
    .aria-label = Usuń etykietę { $tag }
contacts-tags-new-label = Nowe etykiety, oddzielone przecinkami
contacts-tags-placeholder = Etykieta, kolejna etykieta
contacts-tags-add = Dodaj
# Otwiera pole dodawania etykiet.
contacts-tags-add-button = + Etykieta

## Wyszukiwanie (SearchBox)

contacts-search-label = Szukaj w kontaktach i rozmowach
# Dwie spacje przed skrótem.
contacts-search-placeholder = Szukaj w kontaktach i rozmowach  Ctrl+K
contacts-search-none = Brak wyników dla „{ $query }”. Spróbuj wpisać początek słowa albo mniej słów.
contacts-search-searching = Wyszukiwanie…
contacts-search-results = Wyniki wyszukiwania
# Zamiast fragmentu, gdy słowa pasują do pola wrażliwego (zamaskowanego).
contacts-search-masked-match = trafienie w zamaskowanym polu

contacts-erased-name = Usunięty kontakt nr { $id }
