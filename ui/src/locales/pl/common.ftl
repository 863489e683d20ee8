common-cancel = Anuluj
common-close = Zamknij
common-save = Zapisz
common-saving = Zapisywanie…
common-delete = Usuń
common-edit = Edytuj
common-back = Wstecz
common-next = Dalej
common-done = Gotowe
common-retry = Spróbuj ponownie
common-loading = Wczytywanie…
common-yes = Tak
common-no = Nie
common-none = Brak
common-optional = opcjonalnie
common-required = wymagane
common-choose-file = Wybierz plik…
common-show = Pokaż
common-hide = Ukryj

count-contacts =
    { $count ->
        [one] { $count } kontakt
        [few] { $count } kontakty
       *[many] { $count } kontaktów
    }
count-messages =
    { $count ->
        [one] { $count } wiadomość
        [few] { $count } wiadomości
       *[many] { $count } wiadomości
    }
count-requests =
    { $count ->
        [one] { $count } żądanie
        [few] { $count } żądania
       *[many] { $count } żądań
    }
count-days =
    { $count ->
        [one] { $count } dzień
       *[other] { $count } dni
    }
