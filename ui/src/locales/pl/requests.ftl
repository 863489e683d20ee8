# Żądania osób, których dane dotyczą: ekran Żądania, szczegóły żądania, okno rejestracji,
# pisma do osoby składającej żądanie i teksty dni roboczych w Ustawieniach.

## Rodzaje żądań i artykuły RODO

requests-kind-access = Dostęp do danych
requests-kind-rectification = Sprostowanie danych
requests-kind-erasure = Usunięcie danych
requests-kind-restriction = Ograniczenie przetwarzania
requests-kind-portability = Przenoszenie danych
requests-kind-objection = Sprzeciw
requests-kind-automated-decisions = Zautomatyzowane decyzje
requests-kind-consent-withdrawal = Wycofanie zgody
requests-article-access = art. 15
requests-article-rectification = art. 16
requests-article-erasure = art. 17
requests-article-restriction = art. 18
requests-article-portability = art. 20
requests-article-objection = art. 21
requests-article-automated-decisions = art. 22
requests-article-consent-withdrawal = art. 7 ust. 3
requests-kind-with-article = { $kind } ({ $article })
requests-kind-right = { -gdpr }, { $article }: { $right }
requests-right-access = { -right-of-access }
requests-right-rectification = { -right-to-rectification }
requests-right-erasure = { -right-to-erasure }
requests-right-restriction = { -right-to-restriction }
requests-right-portability = { -right-to-portability }
requests-right-objection = { -right-to-object }
requests-right-automated-decisions = prawo do niepodlegania decyzji opartej wyłącznie na zautomatyzowanym przetwarzaniu
requests-right-consent-withdrawal = prawo do wycofania zgody w dowolnym momencie

## Sposób wpłynięcia, status, weryfikacja tożsamości

requests-channel-email = E-mail
requests-channel-letter = List
requests-channel-phone = Telefon
requests-channel-in-person = Osobiście
requests-channel-web-form = Formularz internetowy
requests-channel-other = Inny sposób
requests-status-received = Otrzymane
requests-status-identity-pending = Weryfikacja tożsamości
requests-status-in-progress = W toku
requests-status-extended = Przedłużone
requests-status-done = Zrealizowane
requests-status-refused = Odmowa
requests-identity-requested = Poproszono o dowód, jeszcze nie otrzymano
requests-identity-verified = Potwierdzona
requests-identity-failed = Niepotwierdzona

## Kto, jak pilne, jak wyliczono termin

requests-who-unmatched = { $name } (bez powiązania z kontaktem)
requests-who-number = Żądanie nr { $id }
requests-urgency-overdue =
    Po terminie o { $days ->
        [one] { $days } dzień
        [few] { $days } dni
       *[many] { $days } dni
    }
requests-urgency-today = Termin mija dziś
requests-urgency-soon =
    Termin wkrótce: { $days ->
        [one] został { $days } dzień
        [few] zostały { $days } dni
       *[many] zostało { $days } dni
    }
requests-urgency-left =
    { $days ->
        [one] Został { $days } dzień
        [few] Zostały { $days } dni
       *[many] Zostało { $days } dni
    }
requests-deadline-moved = { $due } ({ $end } przypada w weekend, święto lub dzień, w którym firma jest zamknięta, więc termin przesuwa się na najbliższy dzień roboczy)
requests-deadline-received = Otrzymano { $received }; miesiąc od otrzymania: { $due }.
requests-deadline-extended = { $first } Przedłużono o kolejne dwa miesiące ({ $reason }; osobę poinformowano { $told }): termin { $due }.

## Wymagane działanie

requests-step-rectification = Popraw dane na karcie kontaktu ({ common-edit }).
requests-step-erasure = Usuń dane kontaktu na jego karcie (Usuń).
requests-step-restriction = Ogranicz przetwarzanie na karcie kontaktu (Ogranicz przetwarzanie).
requests-step-objection = Odnotuj sprzeciw w zgodach na karcie kontaktu.
requests-step-consent-withdrawal = Odnotuj wycofanie zgody w zgodach na karcie kontaktu.
requests-step-access = Wygeneruj raport dostępu (wraz z eksportem przenośnym, jeśli osoba chce otrzymać kopię danych). Zostanie tu odnotowany jako wykonane działanie.
requests-step-portability = Wygeneruj eksport przenośny (ZIP z plikami JSON i CSV), w razie potrzeby razem z raportem dostępu. Zostanie tu odnotowany jako wykonane działanie.
requests-step-automated-decisions = Custos nie podejmuje zautomatyzowanych decyzji. Odpowiedz osobie poza programem Custos i odnotuj, co zrobiono.

## Błędy w formularzach

requests-error-who = Wskaż, kto złożył żądanie: wybierz kontakt albo podaj imię i nazwisko w brzmieniu podanym przez tę osobę.
requests-error-received-missing = Podaj datę otrzymania żądania.
requests-error-received-future = Data otrzymania żądania nie może być późniejsza niż dzisiejsza.
requests-error-identity-method = Opisz, jak sprawdzono tożsamość, np. „dowód osobisty okazany w biurze”.
requests-error-identity-date = Podaj datę weryfikacji.
requests-error-identity-future = Data weryfikacji nie może być późniejsza niż dzisiejsza.
requests-error-identity-before = Weryfikacja nie może być wcześniejsza niż otrzymanie żądania.
requests-error-extension-reason = Podaj, dlaczego żądanie wymaga więcej czasu: osoba zostanie poinformowana o przyczynach.

## Ustawienia → Dni robocze

requests-calendar-no-country = W profilu firmy nie ustawiono kraju: termin przesuwają tylko weekendy i podane niżej dni zamknięcia firmy. Ustaw kraj powyżej, aby uwzględniać jego święta.
requests-calendar-unsupported = Custos nie zna świąt państwowych kraju { $country }: termin przesuwają tylko weekendy i podane niżej dni zamknięcia firmy. Dodaj swoje święta jako dni zamknięcia.
requests-calendar-supported = Terminy przesuwają się z pominięciem weekendów, świąt państwowych (kraj: { $country }) i podanych niżej dni zamknięcia firmy.
requests-closure-day-missing = Wybierz dzień, w którym firma jest zamknięta.
requests-closure-day-taken = { $day } jest już dniem zamknięcia firmy.

## Ekran Żądania

requests-title = Żądania
requests-intro = Żądania dostępu, usunięcia danych i inne żądania osób, których dane przechowujesz. Na każde trzeba odpowiedzieć w ciągu miesiąca od otrzymania; każdy krok jest zapisywany w dzienniku audytu.
requests-log-button = Zarejestruj żądanie
requests-show-closed = Pokaż też zamknięte żądania
requests-loading = Wczytywanie żądań…
requests-empty-open = Brak otwartych żądań.
requests-empty-all = Brak żądań.
requests-empty-hint = Gdy ktoś chce zobaczyć, poprawić lub usunąć swoje dane albo wnosi sprzeciw, wybierz „{ requests-log-button }”: Custos wyliczy termin i będzie pilnować, co zostało zrobione.
requests-table-caption = Żądania według terminu
requests-column-type = Rodzaj
requests-column-who = Kto
requests-column-received = Otrzymano
requests-column-due = Termin
requests-column-status = Status
requests-logged = Zarejestrowano żądanie: termin { $due }.
requests-contact-label = Kontakt

## Szczegóły żądania

requests-detail-title = Żądanie nr { $id }: { $kind }
requests-detail-contact-point = Dane kontaktowe
requests-detail-received-by =
    { $date } { $channel ->
        [email] e-mailem
        [letter] listownie
        [phone] telefonicznie
        [in_person] osobiście
        [web_form] przez formularz internetowy
       *[other] w inny sposób
    }
requests-detail-asked = Treść żądania
requests-detail-urgency = · { $urgency }
requests-detail-identity = Tożsamość: { $result }, { $date } ({ $method }).
requests-detail-done-title = Co zrobiono
requests-detail-done-line = { $at }: { $description }
requests-detail-done-audit = ({ $action }, wpis dziennika audytu nr { $entry })
requests-detail-report-recorded = Raport odnotowano jako wykonane działanie.
requests-detail-outcome-done = Zamknięto jako zrealizowane { $at }.
requests-detail-outcome-done-with = Zamknięto jako zrealizowane { $at }: { $outcome }
requests-detail-outcome-refused = Odmówiono realizacji { $at }.
requests-detail-outcome-refused-with = Odmówiono realizacji { $at }: { $outcome }
requests-detail-action-title = Wymagane działanie
requests-detail-generate-export = Wygeneruj eksport…
requests-detail-generate-report = Wygeneruj raport dostępu…
requests-detail-match-first = Najpierw przypisz żądanie do karty osoby, która je złożyła (poniżej).
requests-detail-open-card = Otwórz kartę: { $name }
requests-detail-open-card-unnamed = Otwórz kartę kontaktu
requests-detail-match-error = Wybierz kontakt odpowiadający osobie, która złożyła żądanie.
requests-detail-matched = Żądanie jest teraz powiązane z kontaktem.
requests-detail-match-title = Przypisz do kontaktu
requests-detail-match-hint = Po przypisaniu działanie można wykonać na karcie kontaktu i powiązać je tutaj.
requests-detail-match-button = Przypisz
requests-detail-identity-recorded = Weryfikację tożsamości zapisano.
requests-detail-identity-title = Weryfikacja tożsamości
requests-detail-identity-method = Sposób weryfikacji
requests-detail-identity-method-example = np. dowód osobisty okazany w biurze
requests-detail-identity-result = Wynik
requests-detail-identity-date = Data weryfikacji
requests-detail-identity-button = Zapisz weryfikację
requests-detail-extended = Termin przedłużono o kolejne dwa miesiące.
requests-detail-extend-title = Przedłuż o dwa miesiące
requests-detail-extend-hint = Tylko gdy żądanie jest skomplikowane lub żądań jest dużo, i tylko jeśli osoba zostanie o tym poinformowana wraz z przyczynami w ciągu pierwszego miesiąca (do { $due }).
requests-detail-extend-reason = Przyczyna podana osobie
requests-detail-extend-told = Data poinformowania
requests-detail-extend-button = Przedłuż
requests-detail-action-error-entry = Wybierz wpis dziennika audytu dotyczący wykonanego działania.
requests-detail-action-error-description = Opisz, co zrobiono.
requests-detail-action-recorded = Działanie zapisano.
requests-detail-record-title = Zapisz, co zrobiono
requests-detail-record-match-first = Najpierw przypisz żądanie do kontaktu: działanie to jeden z wpisów dziennika audytu tego kontaktu.
requests-detail-no-candidates = Od otrzymania żądania nie wykonano żadnego działania na tym kontakcie. Najpierw wykonaj działanie (patrz wyżej), a potem zapisz je tutaj.
requests-detail-record-entry = Wpis dziennika audytu potwierdzający działanie
requests-detail-choose = Wybierz…
requests-detail-record-option = #{ $id } · { $at } · { $action }
requests-detail-record-description = Co zrobiono
requests-detail-record-button = Zapisz działanie
requests-detail-closed = Żądanie zamknięto jako zrealizowane.
requests-detail-close-title = Zamknij jako zrealizowane
requests-detail-close-summary = Podsumowanie (opcjonalnie)
requests-detail-refuse-error = Podaj przyczynę odmowy: osoba musi ją poznać.
requests-detail-refused = Odmówiono realizacji żądania.
requests-detail-refuse-title = Odmów
requests-detail-refuse-hint = Tylko gdy żądanie jest ewidentnie nieuzasadnione lub nadmierne albo tożsamość nie została potwierdzona. Osoba zostanie poinformowana o przyczynach oraz o prawie do wniesienia skargi do organu nadzorczego i do sądu.
requests-detail-refuse-reason = Przyczyna
requests-detail-export-dialog = Eksport przenośny do żądania nr { $id }
requests-detail-report-dialog = Raport dostępu do żądania nr { $id }

## Rejestracja żądania

requests-new-hint = Termin wynika z daty otrzymania. Każdy krok jest zapisywany w dzienniku audytu.
requests-new-kind = Rodzaj żądania
requests-new-who = Kto złożył żądanie
requests-new-who-contact = Kontakt zapisany w Custos
requests-new-who-unmatched = Osoba (jeszcze) nieprzypisana do kontaktu
requests-new-name = Imię i nazwisko, jak podała osoba
requests-new-contact-point = Jak się z nią skontaktować (e-mail lub adres)
requests-new-received = Data otrzymania
requests-new-channel = Sposób złożenia
requests-new-details = Czego dotyczy żądanie, w kilku słowach (opcjonalnie)
requests-new-submit = Zarejestruj żądanie

## Pisma do osoby składającej żądanie

requests-letter-acknowledgement = Potwierdzenie otrzymania
requests-letter-extension = Zawiadomienie o przedłużeniu
requests-letter-completion = Odpowiedź
requests-letter-refusal = Odmowa
requests-letters-title = Pisma do osoby składającej żądanie
requests-letters-hint = W wybranym języku, zaadresowane do osoby składającej żądanie, z numerem żądania. Każde pismo trafia do dziennika audytu; nie jest liczone jako wykonane działanie.
requests-letters-button = { $letter }…
requests-letters-dialog = { $letter } – żądanie nr { $id }

requests-erased-text = [usunięto wraz z osobą]
requests-outcome-no-data = Nie przechowujemy danych osobowych wnioskodawcy.
requests-outcome-no-data-with = Nie przechowujemy danych osobowych wnioskodawcy. { $summary }
requests-describe-contact-erased = Usunięto kontakt i jego rozmowy
requests-describe-contact-restricted = Ograniczono przetwarzanie danych kontaktu
requests-describe-contact-updated = Sprostowano dane kontaktu
requests-describe-consent-withdrawn = Zarejestrowano wycofanie zgody
requests-describe-objection-recorded = Zarejestrowano sprzeciw
requests-action-report-generated =
    Wygenerowano raport dostępu do danych, język: { $language } ({ $pages ->
        [one] { $pages } strona
        [few] { $pages } strony
       *[many] { $pages } stron
    }, SHA-256 { $sha256 })
requests-action-export-generated = Wygenerowano eksport do przeniesienia danych (ZIP, SHA-256 { $sha256 })
