# Kopie zapasowe: Ustawienia → Kopie zapasowe, okno przywracania, informacja na pasku stanu oraz
# to, co okno usuwania danych mówi o kopiach zapasowych.

backups-title = Kopie zapasowe
backups-intro = Custos sam tworzy kopię zapasową sejfu raz dziennie i przed aktualizacją, zaszyfrowaną hasłem sejfu i sprawdzaną strona po stronie. Zachowuje po jednej kopii dziennie przez tydzień, jednej tygodniowo przez miesiąc i jednej miesięcznie przez rok.
backups-back-up-now = Utwórz kopię teraz
backups-progress = Tworzenie kopii zapasowej… { $percent } %
backups-backed-up-to = Utworzono kopię zapasową { $path } i sprawdzono ją.
backups-rotation-removed =
    Rotacja usunęła { $count ->
        [one] { $count } starszą kopię
        [few] { $count } starsze kopie
       *[many] { $count } starszych kopii
    }.
backups-folder-set = Od teraz kopie zapasowe trafiają do { $folder }.
backups-where = Gdzie trafiają kopie zapasowe
backups-folder = Folder
backups-folder-choose = Wybierz folder…
backups-use-folder = Użyj tego folderu
backups-default-folder = Wróć do folderu domyślnego
backups-external-drives = Kopia na innym dysku przetrwa utratę tego komputera. Podłączone teraz:
backups-drive-folder = Custos – kopie zapasowe
backups-keep-elsewhere = Przechowuj kopie zapasowe także na dysku zewnętrznym lub w folderze sieciowym: kopia obok sejfu przepadnie razem z komputerem.
backups-in-folder = Kopie zapasowe w tym folderze
backups-none = Brak kopii zapasowych.
backups-held = { $contacts }, { $messages }
backups-size-gb = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } GB
backups-size-mb = { $size } MB
backups-size-kb = { $size } KB
backups-before-passphrase-change = Utworzona przed zmianą hasła: otwiera się hasłem używanym wtedy.
backups-check = Sprawdź
backups-checking = Sprawdzanie…
backups-check-ok = Sprawdzono: każda strona daje się odczytać, a struktura jest poprawna.
backups-check-damaged =
    Uszkodzona: { $count ->
        [one] znaleziono { $count } problem
        [few] znaleziono { $count } problemy
       *[many] znaleziono { $count } problemów
    }. Nie przywracaj z tej kopii.
backups-restore-ask = Przywróć…
backups-restored = Przywrócono kopię zapasową z { $date }. Sejf w poprzednim stanie zachowano jako { $path }.

## Pasek stanu

backups-backed-up-at = Kopia zapasowa: { $date }
backups-failed = Kopia zapasowa nie powiodła się: { $error }
backups-unknown-error = nieznany błąd
backups-settings-link = Ustawienia → Kopie zapasowe

## Usuwanie danych osoby: co jeszcze zawierają kopie zapasowe

backups-held-until-none = Żadna kopia zapasowa nie zawiera jeszcze danych tej osoby.
backups-held-until = Kopie zapasowe wykonane do tej pory zawierają je nadal do { $date }, kiedy ostatnia z nich zostanie usunięta w ramach rotacji. Usunięcie danych nie obejmuje kopii zapasowych.

## Okno przywracania

backups-restore-title = Przywrócić kopię zapasową z { $date }?
backups-restore-warning = Cała zawartość sejfu zostanie zastąpiona zawartością kopii; to, co dodano lub zmieniono od tamtej pory, zniknie z sejfu. Najpierw zostanie wykonana kopia obecnego stanu sejfu, więc można to cofnąć.
backups-restore-old-passphrase = Ta kopia powstała przed ostatnią zmianą hasła: wpisz hasło używane wtedy. Po przywróceniu sejf będzie się otwierał tym hasłem.
backups-restore-same-passphrase = Po przywróceniu sejf otwiera się hasłem z kopii zapasowej.
backups-restore-passphrase = Hasło kopii zapasowej
backups-restoring = Przywracanie…
backups-restore = Przywróć
