# Komunikaty o błędach rdzenia, tak jak pokazuje je interfejs (zob. en/errors.ftl).

## Error codes

error-already-exists = { $path } już istnieje. Wybierz inną nazwę pliku albo najpierw usuń istniejący plik.
error-contact-erased = Kontakt { $id } został usunięty { $date }: nie można już niczego o tej osobie zapisać ani zmienić.
error-contact-restricted = Przetwarzanie danych osoby { $name } jest ograniczone (zamrożone) od { $since }: „{ $reason }”. Dane można odczytać, ale nie można ich zmieniać. Znieś ograniczenie, podając powód, gdy przetwarzanie może zostać wznowione.
error-database = Wewnętrzny błąd bazy danych: { $reason }. Zgłoś ten błąd; dane nie zostały zmienione.
error-disk-full = Na dysku, na którym znajduje się { $path }, nie ma już wolnego miejsca. Zwolnij miejsce i spróbuj ponownie; nic nie zostało zmienione.
error-document-incomplete = { $document ->
        [record_of_processing] Rejestru czynności przetwarzania (art. 30 ust. 1 { -gdpr })
        [privacy_notice] Klauzuli informacyjnej (art. 13/14 { -gdpr })
        [access_report] Informacji dla osoby, której dane dotyczą (art. 15 { -gdpr })
        [request_acknowledgement] Potwierdzenia otrzymania żądania osoby, której dane dotyczą (art. 12 { -gdpr })
        [request_extension] Pisma o przedłużeniu terminu odpowiedzi na żądanie (art. 12 ust. 3 { -gdpr })
        [request_completion] Odpowiedzi na żądanie osoby, której dane dotyczą (art. 12 { -gdpr })
       *[request_refusal] Odmowy realizacji żądania osoby, której dane dotyczą (art. 12 ust. 4 { -gdpr })
    } nie można jeszcze utworzyć. Uzupełnij: { $missing }.
error-file-exists = { $path } już istnieje: wybierz inną nazwę albo potwierdź, że plik ma zostać zastąpiony.
error-file-too-large = { $path } ma { $size } MB, więcej niż { $limit } MB, które Custos odczytuje naraz. Wyeksportuj krótszy okres albo podziel plik.
error-import-failed = Wiersz { $line }: { $message }. Nic nie zostało zaimportowane.
error-internal = Błąd wewnętrzny: { $reason }. Zgłoś ten błąd.
error-invalid-input = { $field }: tej wartości nie można przyjąć.
error-io =
    { $io ->
        [not_found] { $path } nie istnieje. Należy sprawdzić ścieżkę.
        [permission_denied] Custos nie ma uprawnień do odczytu lub zapisu { $path }. Należy uzyskać dostęp albo wybrać inne miejsce.
        [already_exists] { $path } już istnieje. Należy wybrać inną nazwę.
        [read_only] { $path } znajduje się na dysku tylko do odczytu. Należy wybrać inne miejsce.
        [is_a_directory] { $path } jest folderem. Należy wybrać plik.
        [not_a_directory] Część ścieżki { $path } jest plikiem, a nie folderem. Należy sprawdzić ścieżkę.
       *[other] Brak dostępu do { $path }: { $reason }
    }
error-letter-not-applicable = { $letter ->
        [acknowledgement] Nie można potwierdzić otrzymania żądania nr { $request }.
        [extension] Żądanie nr { $request } nie zostało przedłużone: pismo o przedłużeniu podaje osobie przyczyny i nowy termin. Najpierw przedłuż termin żądania (podając przyczyny i dzień poinformowania osoby).
        [completion] Żądanie nr { $request } ma status { $status }, a nie „zrealizowane”: odpowiedź informuje, co zostało zrobione. Najpierw zapisz, co zrobiono, i zamknij żądanie jako zrealizowane (a jeśli o wnioskodawcy nic nie jest przechowywane, zamknij je jako „brak danych osobowych”).
       *[refusal] Żądanie nr { $request } ma status { $status }, a nie „odmowa”: pismo o odmowie podaje przyczyny odmowy. Najpierw odmów realizacji żądania, podając przyczynę, albo przygotuj pismo odpowiednie do jego stanu.
    }
error-locked = Sejf jest zablokowany. Odblokuj go, aby kontynuować.
error-not-a-file = { $path } to { $kind ->
        [folder] folder
        [fifo] potok nazwany (FIFO)
        [socket] gniazdo
        [device] urządzenie
       *[other] nie zwykły plik
    }, a nie plik. Wybierz sam plik.
error-not-a-vault =
    { $path } nie jest sejfem Custos ({ $why ->
        [not_a_file] to { $kind ->
            [folder] folder
            [fifo] potok nazwany (FIFO)
            [socket] gniazdo
            [device] urządzenie
           *[other] nie zwykły plik
        }
        [empty] plik jest pusty
        [unencrypted_sqlite] to niezaszyfrowana baza danych SQLite
        [not_encrypted] jego zawartość nie jest zaszyfrowanymi danymi
        [other_program] to zaszyfrowana baza danych innego programu
       *[metadata_missing] brakuje w nim metadanych Custos
    }). Wybierz plik sejfu utworzony w Custos.
error-not-found = Nie znaleziono { $what ->
        [contact] kontaktu
        [conversation] rozmowy
        [import] importu
        [purpose] celu
        [request] żądania
        [retention_rule] reguły przechowywania
        [audit_entry] wpisu dziennika
        [closure_day] dnia wolnego
       *[other] elementu ({ $what })
    } o identyfikatorze { $id }.
error-passphrase-empty = Nie podano hasła. Należy wpisać hasło sejfu.
error-passphrase-mismatch = Hasła nie są takie same. Wpisz dwa razy to samo hasło.
error-passphrase-too-short = Hasło jest za krótkie: musi mieć co najmniej { $min } { $min ->
        [one] znak
        [few] znaki
       *[other] znaków
    } (ma { $actual }).
error-refused = Tego nie można teraz zrobić.
error-render-failed = Nie udało się utworzyć dokumentu: { $reason }
error-schema-too-new = { $path } został zapisany przez nowszą wersję Custos (schemat { $found }, ta wersja zna schematy do { $supported }). Zaktualizuj Custos, aby go otworzyć.
error-unsupported-characters = Tych znaków nie można wydrukować czcionką dokumentu: { $characters } (w „{ $text }”). Zmień ten tekst i utwórz dokument ponownie.
error-vault-busy = { $path } jest zajęty: { $holder } zapisuje w nim dane i nie skończył w ciągu { $seconds } s. Poczekaj, aż skończy (albo go zamknij), i spróbuj ponownie; nic nie zostało zmienione.
error-vault-damaged = { $path } jest uszkodzony ({ $reason }). Przywróć go z kopii zapasowej (`custos vault restore`).
error-vault-not-found = Pod ścieżką { $path } nie ma sejfu. Należy sprawdzić ścieżkę albo utworzyć nowy sejf.
error-write-failed = Nie udało się zapisać { $path }: { $reason }
error-wrong-passphrase = Nieprawidłowe hasło do { $path }. Sprawdź je i spróbuj ponownie (jeśli masz pewność, że jest poprawne, początek pliku może być uszkodzony: przywróć go z kopii zapasowej).

## Messages of a shape of their own

error-reason-busy-unknown-holder = { $path } jest zajęty: inny program zapisuje w nim dane i nie skończył w ciągu { $seconds } s. Poczekaj, aż skończy (albo go zamknij), i spróbuj ponownie; nic nie zostało zmienione.
error-reason-disk-full-unknown-disk = Na dysku nie ma już wolnego miejsca. Zwolnij miejsce i spróbuj ponownie; nic nie zostało zmienione.
error-reason-vault-damaged-unknown-file = Sejf jest uszkodzony ({ $reason }). Przywróć go z kopii zapasowej (`custos vault restore`).

## Reasons of the core: contacts

error-reason-display-name-missing = { $field }: kontakt musi mieć wyświetlaną nazwę z co najmniej jedną literą lub cyfrą (może to być pseudonim)
error-reason-source-unnamed = { $field }: podaj osobę trzecią lub publiczne źródło, z którego pochodzą dane
error-reason-not-an-email = { $field }: „{ $value }”{ $number ->
        [1] {""}
       *[other] {" "}(adres e-mail nr { $number })
    } nie jest adresem e-mail (brak @)
error-reason-no-digits = { $field }: „{ $value }”{ $number ->
        [1] {""}
       *[other] {" "}(numer telefonu nr { $number })
    } nie zawiera cyfr
error-reason-tag-too-long = { $field }: „{ $tag }” jest dłuższy niż { $max } { $max ->
        [one] znak
        [few] znaki
       *[other] znaków
    }
error-reason-not-one-of = { $field }: „{ $value }” jest niedozwolone; użyj jednej z wartości: { $choices }
error-reason-merge-with-itself = { $field }: nie można scalić karty z nią samą: wybierz dwie różne karty
error-reason-restriction-reason-missing = { $field }: podaj, dlaczego przetwarzanie danych kontaktu jest ograniczane (powód zostaje zapisany w dzienniku)
error-reason-lift-reason-missing = { $field }: podaj, dlaczego ograniczenie przetwarzania danych kontaktu jest znoszone (powód zostaje zapisany w dzienniku)
error-reason-not-restricted = Przetwarzanie danych osoby { $name } nie jest ograniczone: nie ma czego znosić.

## Times and days

error-reason-time-out-of-range = { $field }: { $utc } UTC wykracza poza lata { $earliest }–{ $latest }, które przechowuje Custos
error-reason-time-offset-too-large = { $field }: przesunięcie względem UTC { $offset } nie jest rzeczywistą strefą czasową (użyj wartości od -{ $hours }:00 do +{ $hours }:00)
error-reason-not-a-time = { $field }: „{ $text }” nie jest godziną (zapisz ją jako 2026-03-01T09:00:00Z lub 2026-03-01T10:00:00+01:00)
error-reason-day-out-of-range = { $field }: { $day } wykracza poza lata { $earliest }–{ $latest }, które przechowuje Custos: sprawdź datę
error-reason-from-after-to = { $field }: pierwszy dzień przypada po ostatnim

## Conversations and chat imports

error-reason-message-without-text = { $field }: wiadomość { $number } nie ma treści
error-reason-message-without-sender = { $field }: wiadomość { $number }: podaj, kto ją napisał (co najmniej jedna litera lub cyfra)
error-reason-message-time-out-of-range = { $field }: wiadomość { $number }: czas { $utc } UTC wykracza poza lata { $earliest }–{ $latest }, które przechowuje Custos
error-reason-message-time-offset-too-large = { $field }: wiadomość { $number }: przesunięcie względem UTC { $offset } nie jest rzeczywistą strefą czasową (użyj wartości od -{ $hours }:00 do +{ $hours }:00)
error-reason-message-not-a-time = { $field }: wiadomość { $number }: „{ $text }” nie jest godziną (zapisz ją jako 2026-03-01T09:00:00Z lub 2026-03-01T10:00:00+01:00)
error-reason-conversation-empty = { $field }: podaj godzinę rozpoczęcia albo co najmniej jedną wiadomość
error-reason-ends-before-start = { $field }: rozmowa kończyłaby się ({ $end }) przed rozpoczęciem ({ $start })
error-reason-sender-not-in-chat = { $field }: „{ $name }” nic nie napisał(a) w tym czacie; nadawcy to: { $senders }
error-reason-contact-not-among-senders = { $field }: żaden z nadawców ({ $senders }) nie nazywa się tak jak kontakt „{ $contact }”: wskaż, który z nich jest tym kontaktem
error-reason-no-conversation-files = { $field }: nie znaleziono pliku z rozmowami: wybierz wiadomości e-mail (.eml lub mbox), eksport z Telegrama lub Messengera (.json) albo plik .csv z czatu na stronie internetowej
error-reason-conversation-needs-card = { $field }: { $file } to zapis jednej rozmowy w formacie { $format }: zaimportuj go na karcie kontaktu
error-reason-no-transcripts-to-delete = { $name }: brak zapisów rozmów do usunięcia.

## The vault, its operator and its backups

error-reason-operator-missing = { $field }: podaj, kto pracuje (swoje imię i nazwisko): zapisuje to dziennik zdarzeń
error-reason-passphrase-too-long = { $field }: jest za długie
error-reason-vault-never-pauses = Dane są zapisywane w sejfie bez przerwy: spróbuj wykonać kopię zapasową za chwilę.
error-reason-restore-target-exists = { $path } już istnieje. Przywracanie zastępuje całą jego zawartość: potwierdź opcją --replace.
error-reason-backup-folder-not-absolute = { $field }: wybierz folder, podając pełną ścieżkę
error-reason-backup-folder-not-a-folder = { $field }: wybierz folder, a nie plik
error-reason-audit-verification-failed = Weryfikacja dziennika nie powiodła się: wpisy zostały zmienione lub usunięte (zob. wyżej). Przywróć dane z kopii zapasowej i ustal, kto zmienił plik.

## The company profile

error-reason-controller-name-missing = { $field }: podaj pełną nazwę firmy
error-reason-country-code = { $field }: użyj dwuliterowego kodu kraju, np. PL lub DE
error-reason-already-closure-day = { $day } jest już dniem wolnym.

## Purposes

error-reason-not-a-legal-basis = { $field }: „{ $text }” nie jest podstawą prawną: użyj a–f albo consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests
error-reason-purpose-name-missing = { $field }: cel musi mieć nazwę z co najmniej jedną literą lub cyfrą
error-reason-purpose-description-missing = { $field }: opisz, do czego są wykorzystywane dane
error-reason-legitimate-interest-missing = { $field }: art. 6 ust. 1 lit. f wymaga wskazania prawnie uzasadnionego interesu
error-reason-consent-wording-missing = { $field }: cel oparty na zgodzie wymaga dokładnej treści zgody, którą widzą osoby
error-reason-consequence-missing = { $field }: podaj, co się stanie, jeśli osoba nie poda danych
error-reason-recipient-name-missing = { $field }: odbiorca musi mieć nazwę
error-reason-recipient-country = { $field }: { $recipient }: podaj kraj jako dwuliterowy kod, np. PL lub US
error-reason-recipient-outside-eea = { $field }: { $recipient } ma siedzibę w { $country }, poza UE/EOG: wskaż zabezpieczenie (decyzja stwierdzająca odpowiedni stopień ochrony, standardowe klauzule umowne, inne)
error-reason-safeguard-detail-missing = { $field }: { $recipient }: opisz „inne” zabezpieczenie
error-reason-purpose-exists = Cel o nazwie „{ $name }” już istnieje: zamiast tego go edytuj.
error-reason-purpose-name-taken = Inny cel ma już nazwę „{ $name }”.

## Consents and objections

error-reason-not-a-consent-purpose = „{ $purpose }” opiera się na { $basis ->
        [b] art. 6 ust. 1 lit. b (umowa)
        [c] art. 6 ust. 1 lit. c (obowiązek prawny)
        [d] art. 6 ust. 1 lit. d (żywotne interesy)
        [e] art. 6 ust. 1 lit. e (zadanie realizowane w interesie publicznym)
        [f] art. 6 ust. 1 lit. f (prawnie uzasadnione interesy)
       *[a] art. 6 ust. 1 lit. a (zgoda)
    }, a nie na zgodzie: nie ma zgody do zapisania.
error-reason-event-in-future = { $field }: zdarzenie nie może być w przyszłości
error-reason-events-out-of-order = { $field }: ostatnie zdarzenie dotyczące tej zgody miało miejsce { $last }: zapisuj zdarzenia w kolejności
error-reason-consent-cannot-change = { $name } nie ma zgody na „{ $purpose }”, którą można oznaczyć jako { $event ->
        [given] udzieloną
        [confirmed] potwierdzoną
        [withdrawn] wycofaną
       *[expired] wygasłą
    } (jej stan: { $state ->
        [never_given] nigdy nie udzielono
        [given] udzielona
        [confirmed] potwierdzona
        [withdrawn] wycofana
       *[expired] wygasła
    }).
error-reason-no-consent-wording = „{ $purpose }” nie ma treści zgody: najpierw ją dodaj.
error-reason-no-wording-version = { $field }: „{ $purpose }” nie ma wersji treści { $version }
error-reason-already-objected = { $name } wniósł(-a) już sprzeciw wobec „{ $purpose }” { $date }.
error-reason-objection-in-future = { $field }: sprzeciw nie może być w przyszłości

## Retention

error-reason-period-out-of-range = { $field }: użyj od { $min } do { $max } { $unit ->
        [days] dni
        [months] miesięcy
       *[years] lat
    }
error-reason-not-a-period = { $field }: „{ $text }” nie jest okresem: napisz np. 60 days, 12 months lub 5 years
error-reason-kept-reason-missing = { $field }: podaj, dlaczego kontakt jest zachowywany (powód trafia do dziennika)
error-reason-review-date-not-after-today = { $field }: data przeglądu musi przypadać po dniu dzisiejszym

## Data-subject requests

error-reason-requester-missing = { $field }: podaj, kto złożył żądanie: wybierz kontakt albo wpisz imię i nazwisko wnioskodawcy w podanej przez niego formie
error-reason-identity-method-missing = { $field }: podaj, jak sprawdzono tożsamość, np. „okazano dowód osobisty”
error-reason-extension-reason-missing = { $field }: podaj, dlaczego żądanie wymaga więcej czasu (jest złożone lub żądań jest wiele): osoba zostaje poinformowana o przyczynach
error-reason-action-description-missing = { $field }: podaj, co zrobiono, np. „wysłano informację o danych”
error-reason-refusal-reason-missing = { $field }: podaj, dlaczego odmawiasz realizacji żądania: osoba musi się o tym dowiedzieć wraz z informacją o prawie do skargi i do sądu
error-reason-day-in-future = { $field }: { $day } to data z przyszłości (dziś jest { $today })
error-reason-day-before-receipt = { $field }: { $day } to data sprzed otrzymania żądania ({ $received })
error-reason-request-closed = Żądanie nr { $id } zostało zamknięte ze statusem { $status } { $date }: zamknięte żądanie jest ostateczne. Jeśli osoba ponownie o to poprosi, zarejestruj nowe żądanie.
error-reason-identity-not-confirmed = Tożsamość wnioskodawcy nie została potwierdzona (weryfikacja: { $result }, { $date }). Zapisz pozytywną weryfikację tożsamości przed podjęciem działań w sprawie żądania nr { $id } albo odmów jego realizacji.
error-reason-request-already-matched = Żądanie nr { $id } jest już przypisane do kontaktu { $contact }: nie można go przenieść na inną osobę.
error-reason-request-already-extended = Termin żądania nr { $id } został już przedłużony { $date } (nowy termin: { $due }): { -gdpr } pozwala na jedno przedłużenie o kolejne dwa miesiące.
error-reason-extension-not-notified = Termin żądania nr { $id } można przedłużyć tylko wtedy, gdy osoba zostanie o tym poinformowana wraz z przyczynami w ciągu pierwszego miesiąca (do { $by }). Najpierw ją poinformuj, a potem podaj datę poinformowania.
error-reason-extension-notified-late = Terminu żądania nr { $id } nie można przedłużyć: osobę poinformowano { $date }, po upływie pierwszego miesiąca ({ $ended }). O przedłużeniu trzeba poinformować w ciągu pierwszego miesiąca (art. 12 ust. 3); odpowiedz teraz na żądanie.
error-reason-request-not-matched = Żądanie nr { $id } nie jest jeszcze przypisane do kontaktu. Najpierw przypisz je do karty wnioskodawcy; jeśli nic o nim nie jest przechowywane, zamknij je jako „brak danych”.
error-reason-entry-is-bookkeeping = Wpis dziennika nr { $entry } ({ $action }) to wewnętrzny zapis rejestru, a nie działanie podjęte w sprawie żądania. Wskaż wpis dotyczący tego, co zrobiono (np. contact.erased).
error-reason-entry-about-other-contact = Wpis dziennika nr { $entry } ({ $action }) dotyczy { $target }, a nie kontaktu { $contact }.
error-reason-entry-about-other-request = Wpis dziennika nr { $entry } ({ $action }) dotyczy { $target }, a nie tego żądania (nie jest ono jeszcze przypisane do kontaktu: najpierw je przypisz).
error-reason-entry-before-request = Wpis dziennika nr { $entry } ({ $action }) został zapisany { $date }, przed otrzymaniem żądania { $received }: nie może dotyczyć działań w jego sprawie.
error-reason-entry-already-recorded = Wpis dziennika nr { $entry } jest już zapisany dla żądania nr { $id }.
error-reason-close-without-action = Żądania nr { $id } nie można zamknąć jako zrealizowanego: nie zapisano żadnego działania. Zapisz, co zrobiono, wraz z wpisem dziennika, który to potwierdza (np. usunięcie danych lub utworzona informacja), a następnie je zamknij.
error-reason-close-unmatched-without-action = Żądania nr { $id } nie można zamknąć jako zrealizowanego: nie zapisano żadnego działania. Zapisz, co zrobiono, wraz z wpisem dziennika, który to potwierdza (np. usunięcie danych lub utworzona informacja), a następnie je zamknij. Jeśli wnioskodawca nie jest Twoim kontaktem, a wyszukiwanie nie znalazło o nim danych, zamknij je zamiast tego jako „brak danych osobowych”.
error-reason-no-data-but-matched = Żądanie nr { $id } jest przypisane do kontaktu { $contact }, więc dane osobowe wnioskodawcy są przechowywane: nie można go zamknąć jako „brak danych osobowych”. Odpowiedz na nie na karcie kontaktu, zapisz, co zrobiono, wraz z potwierdzającym to wpisem dziennika, a następnie zamknij je jako zrealizowane.
error-reason-no-data-but-actions = Dla żądania nr { $id } zapisano { $count } { $count ->
        [one] działanie
        [few] działania
       *[other] działań
    }: zamknij je jako zrealizowane, a nie jako „brak danych osobowych”.

## Address books

error-reason-not-a-format = { $field }: „{ $text }” nie jest formatem; użyj csv, google, outlook lub vcard
error-reason-not-a-field = { $field }: „{ $text }” nie jest polem; użyj jednego z: { $fields }
error-reason-mapping-name-missing = { $field }: nadaj mapowaniu nazwę, po której je znajdziesz, np. „Arkusz biura”
error-reason-no-such-mapping = Nie zapisano mapowania o nazwie „{ $name }”
error-reason-no-card-with-tag = Żadna karta nie ma etykiety „{ $tag }”: nie ma czego eksportować
error-reason-nothing-to-export = Żaden aktywny kontakt nie pasuje: nie ma czego eksportować
error-reason-import-cancelled = Import został anulowany: nic nie zostało zaimportowane.
error-reason-problem-rows = { $count ->
        [one] { $count } wiersza nie można zaimportować w obecnej postaci: { $lines }{ $more ->
            [0] {""}
           *[other] {" "}i jeszcze { $more }
        }. Zgódź się go pominąć albo popraw plik i zaimportuj go ponownie. Nic nie zostało zaimportowane.
       *[other] { $count } wierszy nie można zaimportować w obecnej postaci: { $lines }{ $more ->
            [0] {""}
           *[other] {" "}i jeszcze { $more }
        }. Zgódź się je pominąć albo popraw plik i zaimportuj go ponownie. Nic nie zostało zaimportowane.
    }
error-problem-row = wiersz { $line } ({ $problem })
error-reason-import-already-undone = Import nr { $import } został już cofnięty { $date }: nic z niego nie zostało do usunięcia.
error-reason-import-kept-data = Importu nr { $import } nie można cofnąć: { $count ->
        [one] utworzona przez niego karta zawiera
        [few] { $count } utworzone przez niego karty zawierają
       *[other] { $count } utworzonych przez niego kart zawiera
    } od tego czasu dane zapisane przez firmę: { $kept }. Cofnięcie usunęłoby również je, dlatego import pozostaje (zamiast tego usuń pojedyncze karty, które mają zniknąć). Nic nie zostało zmienione.
error-reason-import-frozen-cards = Importu nr { $import } nie można teraz cofnąć: dodał dane do kart, których przetwarzanie zostało od tego czasu ograniczone (zamrożone): { $names }{ $more ->
        [0] {""}
       *[other] {" "}i { $more } innych
    }. Ich dane nie mogą się zmieniać; najpierw znieś ograniczenia albo zachowaj import. Nic nie zostało zmienione.

# Website chat CSV: the mapping.
error-reason-web-chat-mapping-no-time = { $field }: wybierz kolumnę z czasem wysłania każdej wiadomości (albo jedną z datą i jedną z godziną)
error-reason-web-chat-mapping-no-text = { $field }: wybierz kolumnę z treścią wiadomości
error-reason-web-chat-mapping-no-sender = { $field }: wybierz kolumnę, która mówi, kto napisał każdą wiadomość: imię i nazwisko, adres e-mail albo rolę (odwiedzający lub konsultant)

## Files that cannot be imported: the line of the file and what is wrong there

error-reason-import-not-utf8 = Wiersz { $line }: oczekiwano tekstu w UTF-8 (lub UTF-16), a znaleziono bajt { $byte } na pozycji { $at } pliku, który nie jest poprawnym znakiem UTF-8: zapisz eksport jako tekst UTF-8. Nic nie zostało zaimportowane.
error-reason-import-lone-surrogate = Wiersz { $line }: oczekiwano tekstu w { $encoding }, a znaleziono niesparowany surogat { $unit } na pozycji { $at } pliku: zapisz eksport jako tekst UTF-8 lub UTF-16. Nic nie zostało zaimportowane.
error-reason-import-ends-in-character = Wiersz { $line }: oczekiwano tekstu w { $encoding }, ale plik kończy się w środku znaku. Nic nie zostało zaimportowane.
error-reason-import-time-out-of-range = Wiersz { $line }: czas { $utc } UTC wykracza poza lata { $earliest }–{ $latest }, które przechowuje Custos: sprawdź datę i strefę czasową. Nic nie zostało zaimportowane.
error-reason-import-time-offset-too-large = Wiersz { $line }: przesunięcie względem UTC { $offset } nie jest rzeczywistą strefą czasową (użyj wartości od -{ $hours }:00 do +{ $hours }:00). Nic nie zostało zaimportowane.
error-reason-import-not-a-time = Wiersz { $line }: „{ $text }” nie jest godziną (zapisz ją jako 2026-03-01T09:00:00Z lub 2026-03-01T10:00:00+01:00). Nic nie zostało zaimportowane.
error-reason-chat-line-not-a-message = Wiersz { $line }: oczekiwano wiadomości zaczynającej się od daty, np. „31/12/2023, 21:41 - ”, a znaleziono „{ $found }”. Nic nie zostało zaimportowane.
error-reason-chat-sender-missing = Wiersz { $line }: oczekiwano nazwy nadawcy przed „: ”, ale w „{ $found }” jej nie ma. Nic nie zostało zaimportowane.
error-reason-chat-message-empty = Wiersz { $line }: oczekiwano treści wiadomości od { $author }, ale po nazwie nadawcy nic nie ma. Nic nie zostało zaimportowane.
error-reason-chat-no-messages = Wiersz { $line }: nie znaleziono żadnych wiadomości: oczekiwano tekstu z funkcji „Eksportuj czat” WhatsAppa. Nic nie zostało zaimportowane.
error-reason-chat-not-a-time = Wiersz { $line }: oczekiwano godziny, np. „21:41”, a znaleziono „{ $time }”, co nie jest prawidłową godziną. Nic nie zostało zaimportowane.
error-reason-chat-dates-day-first = Wiersz { $line }: oczekiwano dat z dniem na początku, jak w wierszu { $evidence_line } („{ $evidence }”), a znaleziono „{ $date }”, gdzie na początku jest miesiąc. Nic nie zostało zaimportowane.
error-reason-chat-dates-month-first = Wiersz { $line }: oczekiwano dat z miesiącem na początku, jak w wierszu { $evidence_line } („{ $evidence }”), a znaleziono „{ $date }”, gdzie na początku jest dzień. Nic nie zostało zaimportowane.
error-reason-chat-date-no-month = Wiersz { $line }: oczekiwano prawidłowej daty, a znaleziono „{ $date }”: ani { $first }, ani { $second } nie może być miesiącem. Nic nie zostało zaimportowane.
error-reason-chat-date-no-such-month = Wiersz { $line }: oczekiwano prawidłowej daty, a znaleziono „{ $date }”: nie ma miesiąca { $month }. Nic nie zostało zaimportowane.
error-reason-chat-date-no-such-day = Wiersz { $line }: oczekiwano prawidłowej daty, a znaleziono „{ $date }”: dzień { $day } { $month ->
        [1] stycznia
        [2] lutego
        [3] marca
        [4] kwietnia
        [5] maja
        [6] czerwca
        [7] lipca
        [8] sierpnia
        [9] września
        [10] października
        [11] listopada
       *[12] grudnia
    } { $year } r. nie istnieje. Nic nie zostało zaimportowane.
error-reason-transcript-no-messages = Wiersz { $line }: oczekiwano co najmniej jednej wiadomości w „messages”, ale nie ma żadnej. Nic nie zostało zaimportowane.
error-reason-transcript-ends-before-start = Wiersz { $line }: „ended_at” nie może być wcześniej niż „started_at” ({ $start }), a jest { $end }. Nic nie zostało zaimportowane.
error-reason-transcript-cut-off = Wiersz { $line }: oczekiwano dalszej części JSON, ale plik się kończy. Nic nie zostało zaimportowane.
error-reason-transcript-not-readable =
    Wiersz { $line }: { $what ->
        [syntax] tekst nie jest w tym miejscu poprawnym JSON
        [wrong_type] oczekiwano: { $expected_kind ->
                [text] tekst
                [number] liczba
                [boolean] true lub false
                [null] null
                [list] lista
                [object] obiekt
               *[other] wartość innego rodzaju
            }; znaleziono: { $found_kind ->
                [text] tekst
                [number] liczba
                [boolean] true lub false
                [null] null
                [list] lista
                [object] obiekt
               *[other] wartość innego rodzaju
            }
        [wrong_value] oczekiwano: { $expected_kind ->
                [text] tekst
                [number] liczba
                [boolean] true lub false
                [null] null
                [list] lista
                [object] obiekt
               *[other] wartość innego rodzaju
            }; znaleziono inną wartość
        [wrong_length] oczekiwano listy o innej liczbie elementów
        [missing_field] oczekiwano pola „{ $name }”, ale go nie znaleziono
        [unknown_field] znaleziono pole „{ $name }”, którego ten plik nie ma
        [duplicate_field] pole „{ $name }” występuje dwukrotnie
        [unknown_value] znaleziono „{ $name }”, co nie jest jedną z dozwolonych tu wartości
       *[other] znaleziono wartość, której ten plik w tym miejscu nie ma
    } (kolumna { $column }). Nic nie zostało zaimportowane.
error-reason-transcript-wrong-format = Wiersz { $line }: oczekiwano „format”: „custos-transcript”, a znaleziono „{ $found }” (kolumna { $column }). Nic nie zostało zaimportowane.
error-reason-transcript-unsupported-version = Wiersz { $line }: nieobsługiwana wersja { $found }: oczekiwano „version”: { $supported } (wersje, które odczytuje ta wersja Custos) (kolumna { $column }). Nic nie zostało zaimportowane.
error-reason-transcript-unknown-channel = Wiersz { $line }: oczekiwano kanału ({ $choices }), a znaleziono „{ $found }” (kolumna { $column }). Nic nie zostało zaimportowane.
error-reason-transcript-not-a-time = Wiersz { $line }: oczekiwano czasu RFC 3339 ze strefą, np. „2026-03-01T09:00:00Z”, a znaleziono „{ $found }” (kolumna { $column }). Nic nie zostało zaimportowane.
error-reason-transcript-time-out-of-range = Wiersz { $line }: oczekiwano czasu, który Custos może przechować, a „{ $found }”: { $utc } UTC wykracza poza lata { $earliest }–{ $latest }, które przechowuje Custos (kolumna { $column }). Nic nie zostało zaimportowane.
error-reason-transcript-time-offset-too-large = Wiersz { $line }: oczekiwano czasu, który Custos może przechować, a „{ $found }”: przesunięcie względem UTC { $offset } nie jest rzeczywistą strefą czasową (użyj wartości od -{ $hours }:00 do +{ $hours }:00) (kolumna { $column }). Nic nie zostało zaimportowane.
error-reason-transcript-text-empty = Wiersz { $line }: oczekiwano treści wiadomości, a znaleziono „{ $found }” (kolumna { $column }). Nic nie zostało zaimportowane.
error-reason-transcript-sender-name-empty = Wiersz { $line }: oczekiwano „name” nadawcy { $kind ->
        [staff] z zespołu
       *[other] spoza firmy
    }, ale jest puste (kolumna { $column }). Nic nie zostało zaimportowane.
error-reason-transcript-sender-name-no-letter = Wiersz { $line }: oczekiwano „name” nadawcy { $kind ->
        [staff] z zespołu
       *[other] spoza firmy
    } z co najmniej jedną literą lub cyfrą, a znaleziono „{ $name }” (kolumna { $column }). Nic nie zostało zaimportowane.
error-reason-transcript-sender-name-missing = Wiersz { $line }: oczekiwano „name” dla nadawcy { $kind ->
        [staff] z zespołu
       *[other] spoza firmy
    }, ale go nie ma (kolumna { $column }). Nic nie zostało zaimportowane.
error-reason-csv-not-the-preset = Wiersz { $line }: oczekiwano nagłówka pliku CSV z { $expected }, a to jest plik CSV z { $found }: wybierz format csv, aby przypisać jego kolumny. Nic nie zostało zaimportowane.
error-reason-csv-own-layout = Wiersz { $line }: oczekiwano nagłówka pliku CSV z { $expected }, a to jest plik CSV o własnym układzie: wybierz format csv, aby przypisać jego kolumny. Nic nie zostało zaimportowane.
error-reason-csv-unknown-encoding = Wiersz { $line }: oczekiwano tekstu w UTF-8, UTF-16, Windows-1250, Windows-1251 lub Windows-1252, ale bajt { $byte } na pozycji { $at } nie jest znakiem UTF-8, a plik wygląda na zapisany w { $encoding }, którego Custos nie odczytuje: zapisz plik jako UTF-8 (w Excelu: „CSV UTF-8”). Nic nie zostało zaimportowane.
error-reason-csv-control-character = Wiersz { $line }: oczekiwano tekstu w UTF-8, UTF-16, Windows-1250, Windows-1251 lub Windows-1252, ale bajt { $byte } na pozycji { $at } jest znakiem sterującym, a nie tekstem: zapisz plik jako UTF-8 (w Excelu: „CSV UTF-8”). Nic nie zostało zaimportowane.
error-reason-csv-no-letter = Wiersz { $line }: oczekiwano tekstu w UTF-8, UTF-16, Windows-1250, Windows-1251 lub Windows-1252, ale bajt { $byte } na pozycji { $at } nie jest literą w żadnym z tych kodowań: zapisz plik jako UTF-8 (w Excelu: „CSV UTF-8”). Nic nie zostało zaimportowane.
error-reason-csv-empty = Wiersz { $line }: plik jest pusty: oczekiwano nagłówka z nazwami kolumn (np. „First Name;Last Name;E-mail”) i wiersza dla każdego kontaktu. Nic nie zostało zaimportowane.
error-reason-csv-too-many-fields = Wiersz { $line }: oczekiwano najwyżej { $width } { $width ->
        [one] pola
       *[other] pól
    }, tyle ile ma nagłówek (wiersz { $header_line }), a znaleziono { $found }; pole nr { $nth ->
       *[other] { $field }
    } zawiera tekst (pole, które zawiera separator, musi być ujęte w cudzysłów). Nic nie zostało zaimportowane.
error-reason-csv-no-rows = Wiersz { $line }: plik ma nagłówek, ale nie ma wierszy: oczekiwano wiersza dla każdego kontaktu pod nagłówkiem. Nic nie zostało zaimportowane.
error-reason-csv-not-text = Wiersz { $line }: oczekiwano tekstu CSV, ale tego wiersza nie można odczytać jako CSV: zapisz plik ponownie jako CSV (w Excelu: „CSV UTF-8”). Nic nie zostało zaimportowane.
error-reason-csv-unclosed-quote = Wiersz { $line }: pole zaczyna się tu cudzysłowem ("), który nie jest zamknięty: oczekiwano zamykającego " przed końcem pliku (cudzysłów wewnątrz pola w cudzysłowie zapisuje się dwa razy: ""). Nic nie zostało zaimportowane.
error-reason-vcard-unknown-charset = Wiersz { $line }: nieznany zestaw znaków `{ $charset }` (CHARSET=): oczekiwano np. UTF-8, ISO-8859-2 lub Windows-1250. Nic nie zostało zaimportowane.
error-reason-vcard-unknown-encoding = Wiersz { $line }: { $property } jest tekstem, ale jego wartość jest zakodowana jako `{ $encoding }`: oczekiwano ENCODING=QUOTED-PRINTABLE, 8BIT lub braku kodowania. Nic nie zostało zaimportowane.
error-reason-vcard-not-quoted-printable = Wiersz { $line }: wartość nie jest w formacie quoted-printable (ENCODING=QUOTED-PRINTABLE): oczekiwano wyłącznie drukowalnych znaków ASCII, spacji i sekwencji `=XX`. Nic nie zostało zaimportowane.
error-reason-vcard-bad-escape = Wiersz { $line }: wartość nie jest w formacie quoted-printable (ENCODING=QUOTED-PRINTABLE): po `=` powinny następować dwie cyfry szesnastkowe (jak w `=C5=81`) albo koniec wiersza. Nic nie zostało zaimportowane.
error-reason-vcard-not-utf8 = Wiersz { $line }: oczekiwano tekstu w UTF-8, ale wartość nie jest w UTF-8: bajt { $byte } nie jest znakiem UTF-8; zapisz plik jako UTF-8 albo podaj zestaw znaków wartości (CHARSET=). Nic nie zostało zaimportowane.
error-reason-vcard-quoted-not-utf8 = Wiersz { $line }: oczekiwano tekstu w UTF-8, ale bajty quoted-printable nie są w UTF-8: bajt { $byte } nie jest znakiem UTF-8; zapisz plik jako UTF-8 albo podaj zestaw znaków wartości (CHARSET=). Nic nie zostało zaimportowane.
error-reason-vcard-not-in-charset = Wiersz { $line }: oczekiwano tekstu w { $charset } (CHARSET=), ale wartość { $property } nie jest w tym kodowaniu. Nic nie zostało zaimportowane.
error-reason-vcard-not-found = Wiersz { $line }: nie znaleziono wizytówki vCard: oczekiwano BEGIN:VCARD, a znaleziono `{ $found }`. Nic nie zostało zaimportowane.
error-reason-vcard-outside-card = Wiersz { $line }: po wizytówce vCard kończącej się w wierszu { $end } oczekiwano BEGIN:VCARD albo końca pliku, a znaleziono `{ $found }`: każda właściwość musi stać między BEGIN:VCARD a jego END:VCARD. Nic nie zostało zaimportowane.
error-reason-vcard-not-a-property = Wiersz { $line }: oczekiwano właściwości vCard — nazwy, dwukropka i wartości, np. `FN:Anna Nowak` — a znaleziono `{ $found }`. Nic nie zostało zaimportowane.
error-reason-vcard-begin-in-card = Wiersz { $line }: oczekiwano END:VCARD zamykającego wizytówkę vCard rozpoczętą w wierszu { $begin } przed kolejnym BEGIN. Nic nie zostało zaimportowane.
error-reason-vcard-wrong-end = Wiersz { $line }: oczekiwano END:VCARD zamykającego wizytówkę vCard rozpoczętą w wierszu { $begin }, a znaleziono `END:{ $found }`. Nic nie zostało zaimportowane.
error-reason-vcard-unsupported-version = Wiersz { $line }: nieobsługiwana wersja vCard `{ $version }`: oczekiwano 2.1, 3.0 lub 4.0. Nic nie zostało zaimportowane.
error-reason-vcard-no-end = Wiersz { $line }: wizytówka vCard rozpoczęta w tym wierszu nie ma END:VCARD: oczekiwano END:VCARD przed końcem pliku (wiersz { $last }). Nic nie zostało zaimportowane.
error-reason-vcard-empty = Wiersz { $line }: nie znaleziono wizytówki vCard: oczekiwano BEGIN:VCARD, ale plik jest pusty. Nic nie zostało zaimportowane.
error-reason-chat-export-cut-off = Wiersz { $line }: oczekiwano dalszej części eksportu { $format }, ale plik się kończy. Nic nie zostało zaimportowane.
error-reason-chat-export-not-json = Wiersz { $line }: oczekiwano JSON eksportu { $format }, a znaleziono tekst, który nie jest JSON (kolumna { $column }). Nic nie zostało zaimportowane.
error-reason-chat-export-unexpected =
    Wiersz { $line }: { $what ->
        [syntax] tekst nie jest w tym miejscu poprawnym JSON
        [wrong_type] oczekiwano: { $expected_kind ->
                [text] tekst
                [number] liczba
                [boolean] true lub false
                [null] null
                [list] lista
                [object] obiekt
               *[other] wartość innego rodzaju
            }; znaleziono: { $found_kind ->
                [text] tekst
                [number] liczba
                [boolean] true lub false
                [null] null
                [list] lista
                [object] obiekt
               *[other] wartość innego rodzaju
            }
        [wrong_value] oczekiwano: { $expected_kind ->
                [text] tekst
                [number] liczba
                [boolean] true lub false
                [null] null
                [list] lista
                [object] obiekt
               *[other] wartość innego rodzaju
            }; znaleziono inną wartość
        [wrong_length] oczekiwano listy o innej liczbie elementów
        [missing_field] oczekiwano pola „{ $name }”, ale go nie znaleziono
        [unknown_field] znaleziono pole „{ $name }”, którego ten plik nie ma
        [duplicate_field] pole „{ $name }” występuje dwukrotnie
        [unknown_value] znaleziono „{ $name }”, co nie jest jedną z dozwolonych tu wartości
       *[other] znaleziono wartość, której ten plik w tym miejscu nie ma
    }, w miejscu, w którym eksport { $format } ma coś innego (kolumna { $column }). Nic nie zostało zaimportowane.
error-reason-chat-export-too-large = Wiersz { $line }: eksport { $format } jest większy niż { $megabytes } MB, więcej, niż Custos wczytuje naraz: proszę wyeksportować mniej czatów lub krótszy okres. Nic nie zostało zaimportowane.
error-reason-chat-export-text-too-long = Wiersz { $line }: oczekiwano tekstu wiadomości o długości najwyżej { $megabytes } MB, jak zapisuje je { $format }, a znaleziono dłuższy (kolumna { $column }). Nic nie zostało zaimportowane.
error-reason-telegram-not-an-export = Wiersz { $line }: oczekiwano eksportu Telegram Desktop („Eksportuj historię czatu” jako JSON): czatu z jego „messages” albo pełnego eksportu (result.json) z jego „chats”, ale nie znaleziono żadnego z nich. Nic nie zostało zaimportowane.
error-reason-telegram-not-a-time = Wiersz { $line }: oczekiwano czasu wiadomości, np. „1709280000” („date_unixtime”) lub „2024-03-01T09:00:00” („date”), a znaleziono „{ $found }” (kolumna { $column }). Nic nie zostało zaimportowane.
error-reason-telegram-no-time = Wiersz { $line }: oczekiwano czasu wiadomości { $id } („date_unixtime” lub „date”), ale nie znaleziono żadnego z nich. Nic nie zostało zaimportowane.
error-reason-messenger-not-an-export = Wiersz { $line }: oczekiwano eksportu z Messengera (pliku message_1.json z funkcji Facebooka „Pobierz swoje informacje”, w formacie JSON) z polami „participants”, „messages” i „thread_path”, ale brak pola „{ $missing }”. Nic nie zostało zaimportowane.
error-reason-mail-empty = Wiersz { $line }: plik jest pusty: oczekiwano wiadomości e-mail (.eml) lub skrzynki pocztowej (mbox). Nic nie zostało zaimportowane.
error-reason-mail-not-a-mail = Wiersz { $line }: oczekiwano wiadomości e-mail — wierszy nagłówka, takich jak „From: …”, „Date: …” lub „Message-ID: …”, potem pustego wiersza i treści — a znaleziono „{ $found }”. Nic nie zostało zaimportowane.
error-reason-mail-too-large = Wiersz { $line }: wiadomość e-mail, która zaczyna się w tym miejscu, ma { $megabytes } MB: Custos wczytuje wiadomości o rozmiarze najwyżej { $limit } MB łącznie z załącznikami. Nic nie zostało zaimportowane.
error-reason-mbox-no-from-line = Wiersz { $line }: oczekiwano skrzynki pocztowej (mbox) zaczynającej się od wiersza „From ”, tak jak eksportują ją programy pocztowe, a znaleziono „{ $found }”. Nic nie zostało zaimportowane.

# Website chat CSV. $column: the column's name in the file's header.
error-reason-web-chat-empty = Wiersz { $line }: plik jest pusty: oczekiwano nagłówka z nazwami kolumn (np. „Time,Sender,Message”) i wiersza dla każdej wiadomości. Nic nie zostało zaimportowane.
error-reason-web-chat-no-rows = Wiersz { $line }: plik ma nagłówek, ale nie ma wierszy: oczekiwano wiersza dla każdej wiadomości po nagłówku. Nic nie zostało zaimportowane.
error-reason-web-chat-not-a-time = Wiersz { $line }: kolumna „{ $column }”: oczekiwano czasu, np. 2026-03-01 10:00, a znaleziono „{ $found }”. Nic nie zostało zaimportowane.
error-reason-web-chat-not-a-date = Wiersz { $line }: kolumna „{ $column }”: oczekiwano daty, np. 2026-03-01, a znaleziono „{ $found }”. Nic nie zostało zaimportowane.
error-reason-web-chat-not-a-clock = Wiersz { $line }: kolumna „{ $column }”: oczekiwano godziny, np. 10:00, a znaleziono „{ $found }”. Nic nie zostało zaimportowane.
error-reason-web-chat-no-such-date = Wiersz { $line }: kolumna „{ $column }”: oczekiwano prawdziwej daty, a znaleziono „{ $found }”, gdzie nie ma takiego miesiąca lub dnia. Nic nie zostało zaimportowane.
error-reason-web-chat-dates-day-first = Wiersz { $line }: kolumna „{ $column }”: oczekiwano dat z dniem na początku, jak w wierszu { $evidence_line } („{ $evidence }”), a znaleziono „{ $found }”, gdzie na początku jest miesiąc. Nic nie zostało zaimportowane.
error-reason-web-chat-dates-month-first = Wiersz { $line }: kolumna „{ $column }”: oczekiwano dat z miesiącem na początku, jak w wierszu { $evidence_line } („{ $evidence }”), a znaleziono „{ $found }”, gdzie na początku jest dzień. Nic nie zostało zaimportowane.
error-reason-web-chat-text-empty = Wiersz { $line }: kolumna „{ $column }”: oczekiwano treści wiadomości, ale pole jest puste. Nic nie zostało zaimportowane.
error-reason-web-chat-sender-missing = Wiersz { $line }: kolumna „{ $column }”: oczekiwano autora wiadomości (imienia i nazwiska, adresu e-mail lub roli), ale pole jest puste. Nic nie zostało zaimportowane.
error-reason-web-chat-not-an-email = Wiersz { $line }: kolumna „{ $column }”: oczekiwano adresu e-mail, a znaleziono „{ $found }”. Nic nie zostało zaimportowane.
error-reason-web-chat-unknown-role = Wiersz { $line }: kolumna „{ $column }”: oczekiwano roli, np. visitor, agent lub bot, a znaleziono „{ $found }”. Nic nie zostało zaimportowane.
error-reason-web-chat-same-id = Wiersz { $line }: kolumna „{ $column }”: oczekiwano innego identyfikatora dla każdej wiadomości, a „{ $id }” występuje ponownie, jak w wierszu { $first_line } (czy ta kolumna to na pewno identyfikator wiadomości?). Nic nie zostało zaimportowane.
error-reason-web-chat-no-messages = Wiersz { $line }: oczekiwano co najmniej jednej wiadomości, a znaleziono tylko wiadomości od bota lub systemu ({ $skipped }). Nic nie zostało zaimportowane.

## Documents

error-reason-no-path = Wybierz, gdzie zapisać dokument.
error-reason-same-target = { $path } wybrano dla dwóch plików: wybierz inną nazwę dla jednego z nich.
error-reason-unknown-document = Nieznany dokument „{ $value }”.
error-reason-unknown-language = „{ $value }” nie jest językiem dokumentów: użyj en, pl, de, fr, it, es lub bg
error-reason-no-contact = Otwórz kartę kontaktu, aby utworzyć informację o jego danych.
error-reason-letter-without-request = Otwórz żądanie, aby napisać w jego sprawie pismo.
error-reason-no-letter = Wskaż pismo: potwierdzenie, przedłużenie, odpowiedź lub odmowa.
error-reason-unknown-letter = „{ $value }” nie jest pismem w sprawie żądania: użyj acknowledgement, extension, completion lub refusal
error-reason-source-not-applicable = Źródło danych dotyczy tylko klauzuli informacyjnej.
error-reason-redaction-not-applicable = Nazwiska do zaczernienia dotyczą tylko informacji o danych lub jej eksportu.
error-reason-blank-redaction = Nazwisko do zaczernienia jest puste: podaj imię i nazwisko osoby albo je pomiń.
error-reason-not-an-access-request = Żądanie nr { $request } to żądanie typu { $kind } (art. { $article }): informacja o danych nie stanowi na nie odpowiedzi. Podejmij wymagane działanie na karcie kontaktu i je zapisz.
error-reason-request-without-contact = Żądanie nr { $request } nie jest przypisane do kontaktu.

## The app itself

error-reason-import-closed = Ten import został zamknięty (lub sejf zablokowany): wybierz plik ponownie.
error-reason-preview-first = Najpierw wyświetl podgląd importu: nic nie zostało zaimportowane.
error-reason-vcard-needs-no-mapping = Plik vCard nie wymaga mapowania.
error-reason-undo-only-this-session = Tutaj można cofnąć tylko import wykonany od uruchomienia Custos.
error-reason-backup-running = Właśnie trwa tworzenie kopii zapasowej. Poczekaj, aż się zakończy.
error-reason-only-just-saved = Stąd można otworzyć tylko dokument, który Custos właśnie zapisał.
error-reason-not-a-file-name = „{ $name }” nie jest nazwą pliku: pomiń folder.
error-reason-viewer-failed = Nie udało się otworzyć { $path } w przeglądarce systemowej: { $reason }. Otwórz plik z jego folderu.
error-reason-no-file-at = Pod ścieżką { $path } nie ma pliku. Sprawdź nazwę pliku i folder, a następnie otwórz go ponownie.

# An import's error in one of several files read together: $file is the file's name, $message the error.
error-in-file = { $file }: { $message }

## Operators, roles, key slots and the recovery kit

error-not-permitted = { $on_request ->
        [yes] Pracują Państwo w roli: { $role ->
            [owner] właściciel
            [clerk] pracownik
           *[other] tylko odczyt
        }; kontakt można usunąć tylko w ramach otwartego żądania usunięcia danych. Proszę najpierw otworzyć (lub dopasować) żądanie usunięcia tej osoby albo poprosić właściciela.
       *[other] Pracują Państwo w roli: { $role ->
            [owner] właściciel
            [clerk] pracownik
           *[other] tylko odczyt
        }, a to może zrobić tylko { $needs ->
            [owner] właściciel
           *[other] pracownik lub właściciel
        }. Proszę poprosić o to osobę z tą rolą.
    }
error-reason-operator-not-named = Ten sejf ma kilku operatorów ({ $operators }): proszę wskazać, kim Państwo są.
error-reason-operator-unknown = Żaden operator tego sejfu nie nazywa się „{ $name }”. Jego operatorzy to: { $operators }.
error-reason-operator-exists = Operator o nazwie „{ $name }” już istnieje: proszę wybrać inną nazwę.
error-reason-operator-not-in-vault = Klucz operatora { $name } otwiera sejf, ale sejf nie ma takiego operatora (przywrócono go z kopii zapasowej sprzed jego dodania). Proszę poprosić właściciela o ponowne dodanie tej osoby.
error-reason-last-owner = { $name } to jedyny właściciel: proszę najpierw nadać rolę właściciela innemu operatorowi, aby zawsze ktoś mógł zarządzać sejfem.
error-reason-not-yourself = Nie można tu usunąć siebie ani zresetować własnego hasła: proszę zamiast tego zmienić hasło albo poprosić innego właściciela.
error-reason-passphrase-must-change = { $name }, proszę najpierw wybrać własne hasło: otrzymane hasło służyło tylko do pierwszego odblokowania.
error-reason-keys-missing = Hasło nie otwiera { $path }, a jego pliku kluczy ({ $path }-keys) nie ma obok. Sejf utworzony przez tę wersję Custos potrzebuje obu plików: proszę przywrócić plik kluczy z miejsca, skąd pochodzi sejf (każda kopia zapasowa ma go obok siebie). Jeśli sejf jest starszy, proszę sprawdzić hasło.
error-reason-keys-damaged = Plik kluczy sejfu jest uszkodzony ({ $reason }). Proszę przywrócić go z kopii zapasowej: działa plik kluczy obok każdej kopii wykonanej od ostatniej zmiany klucza.
error-reason-keys-not-this-vault = Plik kluczy obok sejfu go nie otwiera: należy do innego sejfu lub starszej kopii. Proszę przywrócić plik kluczy, który był z tym sejfem (plik kluczy kopii zapasowej leży obok niej).
error-reason-recovery-code-length = Kod odzyskiwania ma { $found } znaków, a powinien mieć { $expected } (bez łączników): proszę sprawdzić, czy wpisano go w całości.
error-reason-recovery-code-character = „{ $character }” nie występuje w kodzie odzyskiwania: zawiera on tylko cyfry 0–9 i litery A–Z bez I, L, O i U.
error-reason-recovery-code-typo = Grupa { $group } kodu odzyskiwania się nie zgadza: jeden jej znak jest wpisany błędnie. Proszę porównać grupę { $group } z wydrukowanym zestawem.
error-reason-recovery-code-wrong = Ten kod odzyskiwania nie otwiera sejfu: pochodzi ze starszego zestawu (wydrukowanie nowego zestawu unieważnia stary) albo z innego sejfu.
error-reason-no-recovery-kit = Ten sejf nie ma jeszcze zestawu odzyskiwania: właściciel może go wydrukować (Ustawienia → Operatorzy).
error-reason-vault-in-use = Sejf jest otwarty w innym oknie lub poleceniu. Proszę go tam zamknąć i spróbować ponownie: zmiana klucza wymaga wyłącznego dostępu do sejfu.
error-reason-not-in-team = Ten sejf nie należy jeszcze do zespołu: właściciel może go utworzyć w Ustawienia → Zespół.
error-reason-already-in-team = Ten sejf należy już do zespołu: udostępnia swoją książkę kontaktów przez folder zespołu.
error-reason-team-problem-unknown = Nie ma otwartego problemu zespołu o numerze { $id }: został już odrzucony albo lista jest nieaktualna. Proszę ponownie otworzyć Ustawienia → Zespół.
# $seat: nazwa lub identyfikator stanowiska, jak wpisano.
error-reason-team-seat-unknown = W zespole nie ma stanowiska „{ $seat }” (albo zostało już usunięte): proszę podać nazwę lub identyfikator stanowiska, jak pokazuje stan zespołu.
error-reason-team-seat-self = Stanowisko nie może usunąć samego siebie: proszę usunąć je z innego stanowiska zespołu, jako właściciel.
# $seat: nazwa stanowiska.
error-reason-team-seat-no-key = Stanowisko { $seat } nie opublikowało jeszcze swojego klucza (powstało przed tą wersją Custos): proszę je raz zsynchronizować, zsynchronizować tutaj i ponownie usunąć stanowisko.
error-reason-team-seat-removed = To stanowisko zostało usunięte z zespołu: nie może odczytać tego, co zespół teraz zapisuje, a pozostałe stanowiska nie stosują już jego zmian. Jego książka kontaktów zostaje taka, jaka była. Aby znów dołączyć, proszę poprosić właściciela o nowe zaproszenie.
# $file: plik klucza zespołu w folderze współdzielonym.
error-reason-team-key-file-damaged = Plik klucza zespołu { $file } nie przechodzi kontroli: został zmieniony, obcięty albo nie utworzyło go stanowisko zespołu. Nic nie wysłano ani nie zastosowano. Proszę poczekać, aż folder się zsynchronizuje; jeśli to nie pomoże, proszę poprosić właściciela, który usunął stanowisko, o sprawdzenie folderu współdzielonego.
# $file: plik zmian w folderze współdzielonym.
error-reason-team-key-missing = Plik { $file } jest zaszyfrowany nowszym kluczem zespołu, niż ma to stanowisko: plik klucza jeszcze nie dotarł. Proszę poczekać, aż folder się zsynchronizuje.
# $file: plik zmian w folderze współdzielonym.
error-reason-change-file-damaged = Plik zmian { $file } nie przechodzi kontroli: został zmieniony lub obcięty po drodze. Nic z niego nie zastosowano, a późniejsze pliki tego stanowiska czekają na niego. Proszę poczekać, aż folder się zsynchronizuje; jeśli to nie pomoże, proszę poprosić to stanowisko o ponowne wysłanie zmian.
# $file: plik zmian w folderze współdzielonym.
error-reason-change-file-foreign = Plik zmian { $file } należy do innego zespołu albo został przeniesiony z miejsca, w którym zapisało go jego stanowisko. Nic z niego nie zastosowano. Proszę usunąć go z folderu współdzielonego.
# $max: najwięcej znaków nazwy stanowiska.
error-reason-seat-name = Proszę nadać stanowisku nazwę zrozumiałą dla ludzi (np. Komputer w biurze), z literą lub cyfrą i najwyżej { $max } znakami.
# $found, $expected: wpisane i wymagane znaki.
error-reason-invitation-code-length = Kod zaproszenia ma { $found } znaków, a powinien mieć { $expected } (bez łączników): proszę sprawdzić, czy wpisano go w całości.
# $character: znak, którego nie ma w kodzie zaproszenia.
error-reason-invitation-code-character = „{ $character }” nie występuje w kodzie zaproszenia: zawiera on tylko cyfry 0–9 i litery A–Z bez I, L, O i U.
# $group: grupa kodu (od 1), której znak kontrolny się nie zgadza.
error-reason-invitation-code-typo = Grupa { $group } kodu zaproszenia się nie zgadza: jeden jej znak jest wpisany błędnie. Proszę porównać grupę { $group } z kodem otrzymanym od właściciela.
# $folder: przeszukany folder współdzielony.
error-reason-invitation-unknown = W { $folder } nie ma zaproszenia dla tego kodu: proszę sprawdzić, czy to folder współdzielony zespołu i czy zakończył synchronizację, albo poprosić właściciela o nowe zaproszenie.
error-reason-invitation-used = To zaproszenie zostało już użyte: jedno zaproszenie tworzy tylko jedno stanowisko. Proszę poprosić właściciela o nowe.
# $expires: kiedy zaproszenie wygasło.
error-reason-invitation-expired = To zaproszenie wygasło { $expires }. Proszę poprosić właściciela o nowe.
# $file: plik zaproszenia w folderze współdzielonym.
error-reason-invitation-damaged = Plik zaproszenia { $file } nie przechodzi kontroli: został zmieniony lub ucięty po drodze. Proszę poczekać, aż folder zakończy synchronizację, albo poprosić właściciela o nowe zaproszenie.
