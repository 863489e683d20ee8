# Operatorzy i otwieranie sejfu: „Kto odblokowuje sejf?”, zestaw odzyskiwania, własne hasło,
# Ustawienia → Operatorzy i Ustawienia → Państwa hasło. Słowa zestawu odzyskiwania są takie
# jak na wydrukowanym zestawie (recovery-kit-* w custos-documents).

## Ekran odblokowania

operators-who-are-you = Kto odblokowuje sejf?
operators-first-owner-hint = Ten sejf powstał, zanim operatorzy mieli własne hasła: wpisane imię i nazwisko stanie się imieniem i nazwiskiem jego właściciela.
operators-forgot = Nie pamiętam hasła

## „Nie pamiętam hasła”

operators-recover-title = Odzyskiwanie dostępu zestawem odzyskiwania
operators-recover-intro = Właściciel sejfu { $path } wpisuje kod odzyskiwania wydrukowany na zestawie odzyskiwania i wybiera nowe hasło.
operators-recover-code = Kod odzyskiwania
operators-recover-code-hint = Tak jak na zestawie: wielkie i małe litery znaczą to samo; O i 0 są czytane tak samo, podobnie jak I, L i 1; łączniki można pominąć.
operators-recover-submit = Ustaw nowe hasło i odblokuj
operators-recover-back = Wróć do odblokowania

## Własne hasło (po odblokowaniu hasłem początkowym)

operators-choose-title = Proszę wybrać własne hasło
operators-choose-intro = { $name }, otrzymane hasło służyło tylko do pierwszego odblokowania. Proszę wybrać własne, zanim przejdą Państwo dalej: powinni je znać tylko Państwo.
operators-choose-new = Nowe hasło
operators-choose-submit = Zapisz i przejdź dalej
operators-choose-lock = Zablokuj

## Zestaw odzyskiwania

operators-kit-step-title = Proszę wydrukować zestaw odzyskiwania
operators-kit-step-intro = Zestaw odzyskiwania to jedna wydrukowana strona z kodem odzyskiwania. Dzięki niemu właściciel, który nie pamięta hasła, może ustawić nowe.
operators-kit-nobody = Bez hasła i bez zestawu odzyskiwania nikt — nawet twórcy Custos — nie otworzy sejfu.
operators-kit-language = Język zestawu
operators-kit-save = Zapisz zestaw odzyskiwania
operators-kit-continue = Dalej
operators-kit-skip = Pomiń na razie (można go wydrukować później w Ustawienia → Operatorzy)
operators-kit-title = Zestaw odzyskiwania
operators-kit-made = Dla tego sejfu wydrukowano zestaw odzyskiwania.
operators-kit-none = Nie ma jeszcze zestawu odzyskiwania: proszę go wydrukować i przechowywać w bezpiecznym miejscu, poza komputerem.
operators-kit-print = Wydrukuj zestaw odzyskiwania
operators-kit-replaces = Nowy zestaw zastępuje poprzedni: kod starego zestawu przestaje działać. Stary arkusz należy wtedy zniszczyć.

## Ustawienia → Operatorzy

operators-title = Operatorzy
operators-intro = Każda osoba pracująca w tym sejfie ma własne hasło i rolę. Właściciel może wszystko; pracownik obsługuje kontakty, rozmowy, zgody i żądania, ale nie może eksportować danych hurtowo ani zmieniać ustawień firmy; rola „tylko odczyt” pozwala wyszukiwać i przeglądać.
operators-col-name = Imię i nazwisko
operators-col-role = Rola
operators-col-added = Dodano
operators-col-actions = Działania
operators-you = Państwo
operators-must-choose = musi wybrać hasło
operators-role-of = Rola: { $name }
operators-role-owner = Właściciel
operators-role-clerk = Pracownik
operators-role-read-only = Tylko odczyt
operators-role-changed = Nowa rola { $name }: { $role }.
operators-add-title = Dodaj operatora
operators-add-name = Imię i nazwisko
operators-first-passphrase = Hasło początkowe
operators-first-passphrase-hint = Proszę przekazać je osobiście. Przy pierwszym odblokowaniu operator musi wybrać własne hasło.
operators-add-submit = Dodaj operatora
operators-added = Dodano: { $name }. Ta osoba odblokowuje sejf hasłem początkowym, a potem wybiera własne.
operators-reset = Nowe hasło…
operators-reset-title = Nowe hasło początkowe: { $name }
operators-reset-intro = Dla operatora, który nie pamięta hasła: odblokuje sejf tym hasłem, a potem musi wybrać własne. Jego dotychczasowe hasło przestaje działać.
operators-reset-submit = Ustaw hasło początkowe
operators-reset-done = { $name } odblokowuje teraz sejf nowym hasłem początkowym, a potem musi wybrać własne.
operators-remove = Usuń…
operators-remove-title = Usunąć operatora { $name }?
operators-remove-intro = { $name } nie otworzy już sejfu: Custos zaszyfruje cały sejf nowym kluczem, co przy dużym sejfie chwilę trwa. To, co ta osoba zrobiła, zostaje w dzienniku audytu.
operators-remove-backups = Kopie zapasowe wykonane przed usunięciem nadal otwierają się hasłami, które wtedy obowiązywały, także hasłem tego operatora.
operators-remove-confirm = Usuń i zmień klucz
operators-removed = Usunięto: { $name }; klucz sejfu został zmieniony.
operators-rekey-progress = Ponowne szyfrowanie sejfu: { $percent } %
operators-rekey-busy = Zmiana klucza…
operators-safety-title = Klucze
operators-leaked = Hasło mogło wyciec
operators-leaked-title = Zmienić klucz sejfu?
operators-leaked-intro = Custos zaszyfruje cały sejf nowym kluczem i zabezpieczy go hasłem każdego operatora oraz zestawem odzyskiwania. Następnie proszę zmienić hasło, które mogło zostać podejrzane, albo nadać temu operatorowi nowe hasło początkowe.
operators-leaked-backups = Kopie zapasowe wykonane wcześniej zachowują swój klucz: nadal otwierają się hasłami z tamtego czasu.
operators-leaked-confirm = Zmień klucz sejfu
operators-rekeyed = Klucz sejfu został zmieniony.
operators-key-open = Pokaż klucz danych
operators-key-title = Klucz danych sejfu
operators-key-intro = Tym kluczem plik sejfu można otworzyć bez Custos, w powłoce sqlcipher: nigdy nie są Państwo uzależnieni od programu. Kto ma klucz i plik, może odczytać wszystko. Wyświetlenie klucza jest zapisywane w dzienniku audytu.
operators-key-passphrase = Państwa hasło
operators-key-show = Pokaż klucz
operators-key-key = Klucz danych
operators-key-shell = Otwórz plik poleceniem
operators-key-pragma = Następnie wpisz
operators-key-copy = Kopiuj
operators-key-copied = Skopiowano
operators-key-keep = Proszę nie przechowywać klucza obok sejfu ani nie wysyłać go e-mailem. Po zmianie klucza sejfu ten klucz przestaje działać.
operators-settings-owner-only = Profilem firmy, celami, zasadami przechowywania, kalendarzem, kopiami zapasowymi i operatorami zarządza właściciel.

## Ustawienia → Państwa hasło

operators-mine-title = Państwa hasło
operators-mine-intro = { $name }, tu można zmienić hasło, którym Państwo odblokowują sejf. Kopie zapasowe wykonane wcześniej otwierają się hasłem używanym wtedy.
operators-mine-submit = Zmień moje hasło
operators-mine-done = Hasło zostało zmienione.
