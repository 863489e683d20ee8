# Prawa osoby, której dane dotyczą, na karcie kontaktu: ograniczenie przetwarzania (art. 18)
# i usunięcie danych (art. 17), okno przyczyny oraz dokumenty.

## Dlaczego karty nie można zmienić

rights-frozen-erased = Dane usunięto { $date }: niczego nie można już zapisać ani zmienić.
rights-frozen-restricted = Przetwarzanie jest ograniczone od { $date } ({ $reason }). Aby wprowadzać zmiany, znieś ograniczenie.
rights-erase-blocked-erased = Dane tego kontaktu zostały już usunięte.
rights-erase-blocked-restricted = Danych kontaktu z ograniczonym przetwarzaniem nie można usunąć: mogą być potrzebne do dochodzenia roszczeń. Najpierw znieś ograniczenie.
rights-reason-missing = Podaj przyczynę: zostanie zapisana w dzienniku audytu.

## Co usunięcie danych usuwa, a co zachowuje

rights-erase-removes-1 = imię i nazwisko — karta otrzymuje nazwę „Usunięty kontakt nr …”
rights-erase-removes-2 = wszystkie dane kontaktowe (e-mail, telefon, organizacja, adres, numer dokumentu) i notatki
rights-erase-removes-3 = oznaczenia pól wrażliwych
rights-erase-removes-4 = wszystkie rozmowy i wiadomości wraz z ich wpisami w indeksie wyszukiwania
rights-erase-removes-5 = odwołania do dowodów zgody i sprzeciwu (mogą wskazywać osobę)
rights-erase-removes-6 = szczegóły wpisów dziennika audytu zawierających jej dane (poprzednie wartości poprawek, przyczyny ograniczeń)
rights-erase-keeps-1 = numer kontaktu, status w cyklu życia i rodzaj źródła danych
rights-erase-keeps-2 = daty utworzenia karty i ostatniego kontaktu
rights-erase-keeps-3 = historię zgód i sprzeciwów (co, kiedy, jak — bez dowodów)
rights-erase-keeps-4 = informację, że dane usunięto, kiedy i kto to zrobił (w dzienniku audytu)
rights-list-separator = { "; " }

## Wynik usunięcia danych

rights-erased-conversations =
    Usunięto { $conversations ->
        [one] { $conversations } rozmowę
        [few] { $conversations } rozmowy
       *[many] { $conversations } rozmów
    } z { $messages ->
        [one] { $messages } wiadomością
       *[other] { $messages } wiadomościami
    }
rights-erased-evidence =
    { $count ->
        [one] Wyczyszczono { $count } odwołanie do dowodu
        [few] Wyczyszczono { $count } odwołania do dowodów
       *[many] Wyczyszczono { $count } odwołań do dowodów
    }
rights-erased-audit =
    { $count ->
        [one] Zanonimizowano { $count } wpis dziennika audytu
        [few] Zanonimizowano { $count } wpisy dziennika audytu
       *[many] Zanonimizowano { $count } wpisów dziennika audytu
    }
rights-erased-log-emptied = Dziennik zapisu z wyprzedzeniem (WAL) opróżniony: w pliku nie da się już odczytać żadnych danych tej osoby.
rights-erased-log-later = Nie udało się teraz opróżnić dziennika zapisu z wyprzedzeniem (WAL), bo inny program ma otwarty sejf; zostanie opróżniony przy najbliższym zablokowaniu sejfu.

## Baner na karcie: dane usunięte lub przetwarzanie ograniczone

rights-tombstone-title = Dane usunięto { $date }
rights-tombstone-text = Dane identyfikujące osobę usunięto z sejfu. Pozostały tylko informacje biznesowe, które jej nie identyfikują: { $kept }.
rights-erasure-done = Dane usunięto.
rights-frozen-title = Przetwarzanie ograniczone od { $date }
rights-frozen-reason = Przyczyna: { $reason }
rights-frozen-hint = Ta karta jest zamrożona: nie można jej edytować ani usunąć danych, nie można też zapisać żadnej rozmowy, importu ani zgody. Nie pojawia się na liście kontaktów, w wyszukiwaniu ani na listach marketingowych.
rights-lift-button = Znieś ograniczenie…

## Okno usuwania danych

rights-erase-backups-unknown = Wcześniejsze kopie zapasowe nadal zawierają te dane.
rights-erase-title = Usunąć dane: { $name }?
rights-erase-warning = Usunięcia danych (art. 17 { -gdpr }) nie można cofnąć: dane zostają nadpisane w pliku sejfu, jego dzienniku i indeksie wyszukiwania.
rights-erase-removes-title = Usuwane na zawsze
rights-erase-keeps-title = Zachowywane, bez niczego, co identyfikuje osobę
# The word typed (in capitals) instead of the contact's name to confirm an erasure.
rights-erase-word = USUŃ
rights-erase-confirm-word = Wpisz { $word }, aby potwierdzić
rights-erase-confirm-name = Wpisz nazwę kontaktu ({ $name }) lub { $word }, aby potwierdzić
rights-erase-busy = Usuwanie…
rights-erase-submit = Usuń na zawsze

## Ograniczenie przetwarzania i jego zniesienie

rights-restrict-title = Ogranicz przetwarzanie: { $name }
rights-lift-title = Znieś ograniczenie: { $name }
rights-restrict-hint = Karta zostaje zachowana, ale zamrożona (art. 18 { -gdpr }): nie można jej edytować ani zapisać żadnej rozmowy, importu czy zgody, nie pojawia się na liście kontaktów, w wyszukiwaniu ani na żadnej liście marketingowej, a jej danych nie można usunąć, dopóki ograniczenie nie zostanie zniesione. Stosuj je na przykład wtedy, gdy osoba kwestionuje prawidłowość swoich danych.
rights-lift-hint = Przetwarzanie może zostać wznowione: kartę znów można zmieniać i wraca ona na listę kontaktów.
rights-reason-label = Przyczyna
rights-reason-label-hint = (zapisywana w dzienniku audytu)
rights-restrict-example = np. Osoba zakwestionowała prawidłowość danych 3 maja
rights-lift-example = np. Prawidłowość danych potwierdzona
rights-restrict-submit = Ogranicz przetwarzanie
rights-lift-submit = Znieś ograniczenie

## Okno dokumentu: rodzaje dokumentów

document-dialog-kind-record = Rejestr czynności przetwarzania (art. 30)
document-dialog-kind-notice = Klauzula informacyjna (PDF)
document-dialog-kind-notice-html = Klauzula informacyjna jako strona internetowa
document-dialog-kind-access-report = Raport dostępu (art. 15)
document-dialog-kind-access-export = Eksport przenośny (art. 20)
document-dialog-kind-request-letter = Pismo do osoby składającej żądanie

## Okno dokumentu

document-dialog-size-mb = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
document-dialog-size-kb = { $size } KB
document-dialog-saved =
    Zapisano { $path } ({ $pages ->
        [0] { $size }
        [one] { $pages } strona, { $size }
        [few] { $pages } strony, { $size }
       *[many] { $pages } stron, { $size }
    }).
document-dialog-error-path = Wybierz, gdzie zapisać dokument.
document-dialog-error-third-party = Podaj podmiot trzeci, od którego pochodzą dane: klauzula z art. 14 wskazuje ich źródło.
document-dialog-error-public-source = Podaj publiczne źródło, z którego pochodzą dane (np. rejestr): klauzula z art. 14 je wskazuje.
document-dialog-language = Język
document-dialog-format = Format
document-dialog-save-as = Zapisz jako
document-dialog-save-as-hint = Plik jest zapisywany tylko tam. Istniejący plik zostanie zastąpiony tylko po zaznaczeniu pola poniżej.
document-dialog-source-title = Skąd pochodzą { -personal-data }
document-dialog-source-person = Dane zebrane od osoby (art. 13)
document-dialog-source-other = Dane z innego źródła (art. 14)
document-dialog-source-kind = Źródło
document-dialog-source-third-party = Podmiot trzeci
document-dialog-source-public = Źródło publiczne
document-dialog-which-third-party = Jaki podmiot trzeci
document-dialog-which-public = Jakie źródło publiczne
document-dialog-third-party-example = np. polecenie od Anny Kowalskiej
document-dialog-public-example = np. Krajowy Rejestr Sądowy
document-dialog-source-hint = Klauzula informacyjna wymienia wtedy również kategorie danych i wskazuje źródło (art. 14).
document-dialog-redact = Ukryj też te nazwiska (po jednym w wierszu)
document-dialog-redact-example = np. Jan Kowalski
document-dialog-redact-hint = Inne osoby wymienione w raporcie (w rozmowach, notatkach, żądaniach lub dowodach zgody) są ukrywane i tak, jeśli pisały w rozmowach lub są tu kontaktami. Dodaj każdego innego, kogo wymieniono (krewnego, współpracownika): wszędzie, gdzie pojawia się jego pełne imię i nazwisko, znika ono z raportu i eksportu. Samo imię lub samo nazwisko pozostaje; aby je też usunąć, dodaj je w osobnym wierszu.
document-dialog-export-too = Zapisz też eksport przenośny (ZIP z plikami JSON i CSV, art. 20)
document-dialog-export-as = Zapisz eksport jako
document-dialog-replace = Zastąp istniejący plik
document-dialog-open = Otwórz
document-dialog-recorded = Odnotowano przy żądaniu nr { $id } jako wykonane działanie.
document-dialog-busy = Generowanie…
document-dialog-submit = Wygeneruj i zapisz

## Ustawienia → Dokumenty

documents-panel-title = Dokumenty
documents-panel-hint = Tworzone na podstawie profilu firmy, celów przetwarzania i zasad przechowywania, w wybranym języku. Jeśli brakuje czegoś, co dokument musi zawierać, Custos wskaże, co uzupełnić, zamiast tworzyć dokument z lukami.
documents-panel-notice-button = Klauzula informacyjna…
documents-panel-record-button = Rejestr czynności przetwarzania…
documents-panel-notice-dialog = Klauzula informacyjna
documents-panel-record-dialog = Rejestr czynności przetwarzania
