# Rozmowy na karcie: lista, dodawanie ręczne, import eksportu czatu, usuwanie zapisów rozmów.

## Na karcie (ContactCard, ConversationItem)

conversations-title = Rozmowy
conversations-add = Dodaj rozmowę
conversations-import = Importuj eksport czatu
conversations-none = Brak rozmów. Dodaj notatkę z rozmowy telefonicznej lub spotkania albo zaimportuj eksport czatu z WhatsAppa — zostanie zapisany przy karcie, a data ostatniego kontaktu zostanie zaktualizowana.
# $count: liczba wiadomości w rozmowie; $origin: skąd pochodzi, np. „zaimportowana z WhatsAppa”.
conversations-item-meta =
    { $count ->
        [one] { $count } wiadomość, { $origin }
        [few] { $count } wiadomości, { $origin }
       *[many] { $count } wiadomości, { $origin }
    }
# $ref: wpisany numer referencyjny, np. numer zgłoszenia.
conversations-item-ref = Nr ref. { $ref }
conversations-item-loading = Wczytywanie wiadomości…
conversations-item-empty = W tej rozmowie nie zapisano żadnych wiadomości.
# $names: pozostali adresaci e-maila (Do i DW), jako lista.
conversations-item-to = Do: { $names }
conversations-item-show-quoted = Pokaż cytowany tekst
conversations-item-hide-quoted = Ukryj cytowany tekst
conversations-item-attachments = Załączniki (tylko nazwy: ich zawartość nie jest przechowywana)
# $name: nazwa załączonego pliku; $size: jego rozmiar, np. „47 kB”.
conversations-item-attachment = { $name } ({ $size })

## Ręczne dodawanie rozmowy (AddConversation, conversation-form.ts)

conversations-add-title = Dodaj rozmowę
conversations-add-channel = Kanał
# Data i godzina rozmowy.
conversations-add-when = Kiedy
conversations-add-reference = Numer referencyjny
conversations-add-reference-placeholder = np. numer zgłoszenia lub identyfikator e-maila
# $n: numer wiadomości w formularzu (1, 2…); dalej kontakt, „Pracownik” lub „Ktoś inny”.
conversations-add-message-from = Wiadomość { $n } od
conversations-add-staff = Pracownik
conversations-add-someone-else = Ktoś inny
conversations-add-name = Imię i nazwisko
conversations-add-text = Treść
conversations-add-remove = Usuń
    .aria-label = Usuń wiadomość { $n }
conversations-add-another = Dodaj kolejną wiadomość
conversations-add-save = Zapisz rozmowę
conversations-error-when = Podaj datę i godzinę rozmowy.
conversations-error-no-message = Wpisz co najmniej jedną wiadomość, np. krótką notatkę z tego, co zostało powiedziane.
# $n: numer wiadomości w formularzu.
conversations-error-unnamed = Wiadomość { $n }: podaj, kto ją napisał.

## Import eksportu czatu (ImportPanel)

conversations-import-title = Import eksportu czatu
# „Eksportuj czat” to polecenie menu WhatsAppa w jego polskiej wersji.
conversations-import-intro = Plik .txt z polecenia WhatsAppa „Eksportuj czat” (bez multimediów) albo zapis rozmowy Custos w formacie .json. Jeśli którejkolwiek linii nie da się odczytać, nic nie zostanie zaimportowane.
conversations-import-file = Plik eksportu
conversations-import-choose-first = Najpierw wybierz plik eksportu czatu.
# $name: nazwa kontaktu.
conversations-import-sender = Nazwa, pod którą { $name } występuje w czacie
conversations-import-sender-ask = Wpisz nadawcę, który jest tym kontaktem, dokładnie tak, jak podaje go komunikat powyżej, i zaimportuj ponownie.
conversations-import-sender-hint = Potrzebne tylko wtedy, gdy różni się od nazwy na karcie.
conversations-import-staff = Pracownicy
conversations-import-staff-hint = (oddzieleni przecinkami)
conversations-import-staff-placeholder = np. Marta, Piotr
conversations-import-others = Pozostali nadawcy są zapisywani jako osoby trzecie.
conversations-import-progress-label = Postęp importu
# $done: wiadomości odczytane dotąd; $total: wszystkie (po „z” zawsze dopełniacz: „z 1 wiadomości”).
conversations-import-progress = { $done } z { $total } wiadomości
conversations-import-reading = Odczytywanie pliku…
conversations-import-importing = Importowanie…
conversations-import-submit = Importuj

## Usuwanie zapisów rozmów kontaktu (DeleteTranscriptsDialog)

# $name: nazwa kontaktu.
conversations-delete-title = Usunąć zapisy rozmów kontaktu { $name }?
# $count: liczba rozmów.
conversations-delete-warning =
    { $count ->
        [one] Na zawsze zostaną usunięte: { $count } rozmowa i wszystkie jej wiadomości, wraz z wpisami w indeksie wyszukiwania. Karta pozostaje.
        [few] Na zawsze zostaną usunięte: { $count } rozmowy i wszystkie ich wiadomości, wraz z wpisami w indeksie wyszukiwania. Karta pozostaje.
       *[many] Na zawsze zostaną usunięte: { $count } rozmów i wszystkie ich wiadomości, wraz z wpisami w indeksie wyszukiwania. Karta pozostaje.
    }
conversations-delete-note = Najpierw zanotuj, co zachować
conversations-delete-note-hint = (opcjonalnie, zostanie dodane do notatek na karcie)
conversations-delete-note-placeholder = np. Zainteresowana kursem Excela, 3 miejsca, budżet zatwierdzony na I kwartał
conversations-delete-deleting = Usuwanie…
conversations-delete-submit = Usuń zapisy rozmów
