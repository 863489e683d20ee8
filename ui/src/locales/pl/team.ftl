# Settings → Team, the status bar's word on it, and "Join a team" (docs/TEAM.md). A "seat" is
# one computer's copy of the contact book; the UI says "computer".

team-title = Zespół
team-intro = Udostępnij tę książkę kontaktów pozostałym komputerom firmy bez korzystania z chmury. Każdy komputer ma własną zaszyfrowaną kopię; zmiany przechodzą przez folder, który Syncthing lub firmowy serwer NAS utrzymuje w jednakowej postaci na każdym komputerze, a w tym folderze są wyłącznie zaszyfrowane pliki.
team-loading = Wczytywanie danych zespołu…
team-folder = Folder współdzielony
team-folder-choose = Wybierz folder współdzielony…
team-folder-hint = Folder, który Syncthing udostępnia między komputerami, albo folder na firmowym serwerze NAS.
team-folder-is = Folder współdzielony: { $folder }
team-seat-name = Nazwa tego komputera
team-seat-name-hint = Pod tą nazwą zobaczą go pozostałe komputery, na przykład „Komputer w biurze”.
team-create = Udostępnij tę książkę kontaktów
team-owner-only = Tylko właściciel może udostępnić książkę kontaktów innym komputerom.

team-status-in-sync = Zsynchronizowano
team-status-waiting =
    { $changes ->
        [one] { $changes } zmiana czeka
        [few] { $changes } zmiany czekają
        [many] { $changes } zmian czeka
       *[other] { $changes } zmiany czeka
    }
team-status-offline = { $seat }: offline od { $since }
team-status-offline-never = { $seat }: jeszcze bez synchronizacji
team-status-problems =
    { $count ->
        [one] { $count } zmiana z innego komputera wymaga sprawdzenia
        [few] { $count } zmiany z innych komputerów wymagają sprawdzenia
        [many] { $count } zmian z innych komputerów wymaga sprawdzenia
       *[other] { $count } zmiany z innych komputerów wymaga sprawdzenia
    }
team-status-unreachable = Nie udało się zsynchronizować: { $error }
team-sync-now = Synchronizuj teraz
team-synced-at = Ostatnia synchronizacja: { $time }

team-seats = Komputery
team-seat-unnamed = Komputer { $index }
team-seat-this = ten komputer
team-seat-removed = usunięty z zespołu
team-seat-remove = Usuń
# $seat: nazwa komputera.
team-seat-remove-title = Usunąć { $seat } z zespołu?
team-seat-remove-intro = Pozostałe komputery dostaną nowy klucz zespołu: { $seat } nie odczyta niczego, co zespół zapisze od teraz, a jego zmiany jeszcze tu niezastosowane nie zostaną zastosowane nigdzie.
team-seat-remove-keeps = To, co { $seat } już ma, zostaje na nim: usunięcie nie kasuje jego kopii książki kontaktów.
team-seat-remove-confirm = Usuń z zespołu
team-seat-removed-notice = { $seat } usunięto z zespołu; pozostałe komputery przyjmą nowy klucz przy najbliższej synchronizacji.
team-seat-lag =
    { $changes ->
        [0] na bieżąco
        [one] { $changes } zmiana czeka tu na zastosowanie
        [few] { $changes } zmiany czekają tu na zastosowanie
        [many] { $changes } zmian czeka tu na zastosowanie
       *[other] { $changes } zmiany czeka tu na zastosowanie
    }
team-last-seen = ostatnia aktywność: { $time }
team-never-seen = jeszcze bez aktywności

team-erasures = Usunięcia danych, które nie dotarły jeszcze do wszystkich komputerów
team-erasure = Kontakt nr { $contact }, usunięty { $since } — czeka na: { $seats }

team-problems = Odłożone zmiany
team-problems-intro = Tych zmian z innych komputerów nie udało się zastosować w postaci, w jakiej dotarły. Nic nie przepadło: sprawdź kontakt, wprowadź zmianę ręcznie, jeśli nadal jest potrzebna, a potem zamknij wpis.
team-problem-constraint = Zmiana w tabeli { $table } (wiersz { $row }) z komputera { $seat }, plik { $sequence }, narusza regułę książki kontaktów (np. wymóg unikalnej nazwy).
team-problem-conflict = Zmiana w tabeli { $table } (wiersz { $row }) z komputera { $seat }, plik { $sequence }, natrafia na inny wiersz o tym samym kluczu.
team-problem-foreign-key = Plik { $sequence } z komputera { $seat } odwołuje się do rekordu, którego nie ma na tym komputerze: odłożono cały plik.
team-problem-unknown = Nie udało się zastosować zmiany w tabeli { $table } (wiersz { $row }) z komputera { $seat }, plik { $sequence }.
team-problem-dismiss = Zamknij

team-invite = Zaproś komputer
team-invite-operator = Kto będzie na nim pracować
team-invite-create = Utwórz zaproszenie
team-invite-code = Na drugim komputerze wybierz „Dołącz do zespołu” i wpisz ten kod. Jest przeznaczony dla: { $operator }, działa tylko raz i wygasa { $expires }.
team-invite-qr = Kod zaproszenia w postaci kodu QR

team-join-title = Dołącz do zespołu
team-join-intro = Wpisz kod, który zapraszający komputer wyświetla w Ustawienia → Zespół. Książka kontaktów dotrze zaszyfrowana przez folder współdzielony i stanie się na tym komputerze sejfem, który otworzy tylko wybrane tutaj hasło.
team-join-code = Kod zaproszenia
team-join-folder-hint = Kopia folderu współdzielonego na tym komputerze (folder Syncthing lub udział na serwerze NAS), gdy dotrze już do niej zaproszenie.
team-join-submit = Dołącz
team-join-busy = Dołączanie…
team-join-back = Wstecz
