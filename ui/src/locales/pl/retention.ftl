# Przechowywanie danych: reguły w Ustawienia → Okresy przechowywania, widok „Wymaga uwagi”
# (kontakty, których okres przechowywania upłynął), porządkowanie wielu kontaktów naraz
# i zachowanie kontaktu z podaniem powodu.

## Czynność, którą wyznacza reguła (kody z rdzenia)

retention-action-erase = Usunięcie
retention-action-delete-transcripts = Usunięcie transkrypcji

## Okresy

retention-unit-days = dni
retention-unit-months = miesiące
retention-unit-years = lata
retention-count-months =
    { $count ->
        [one] { $count } miesiąc
        [few] { $count } miesiące
       *[many] { $count } miesięcy
    }
retention-count-years =
    { $count ->
        [one] { $count } rok
        [few] { $count } lata
       *[many] { $count } lat
    }
retention-period-error =
    Podaj liczbę całkowitą { $unit ->
        [days] dni
        [months] miesięcy
       *[years] lat
    }.

## Reguła w jednym zdaniu

retention-rule-erase = { $status }: usunięcie { $period } po ostatnim kontakcie
retention-rule-erase-kept = { $status }: usunięcie { $period } po ostatnim kontakcie (przechowywane ze względu na cel „{ $purpose }”)
retention-rule-delete-transcripts = { $status }: usunięcie transkrypcji { $period } po ostatnim kontakcie
retention-rule-delete-transcripts-kept = { $status }: usunięcie transkrypcji { $period } po ostatnim kontakcie (przechowywane ze względu na cel „{ $purpose }”)

## Ustawienia → Okresy przechowywania

retention-title = Okresy przechowywania
retention-add-rule = Dodaj regułę
retention-intro = Jak długo kontakty i ich transkrypcje są przechowywane po ostatnim kontakcie. Po upływie okresu kontakt pojawia się w sekcji Wymaga uwagi. Reguła wskazująca cel (np. prawny obowiązek przechowywania faktur) może wydłużyć ten okres: obowiązuje najdłuższa reguła dla danego statusu.
retention-form-status = Kontakty o statusie
retention-form-action = Czynność
retention-form-period = Po upływie od ostatniego kontaktu
retention-form-unit = Jednostka
retention-form-purpose = Ze względu na cel
retention-form-no-purpose = — ogólna reguła dla statusu —
retention-save-rule = Zapisz regułę
retention-empty = Brak reguł przechowywania: nic nie zostanie oznaczone. Dodaj regułę, np. usunięcie potencjalnych klientów 12 miesięcy po ostatnim kontakcie.
retention-column-status = Status
retention-column-action = Czynność
retention-column-period = Po upływie
retention-column-purpose = Ze względu na
retention-column-actions = Akcje
retention-remove-question = Usunąć tę regułę?
retention-remove = Usuń
retention-remove-keep = Zachowaj
retention-remove-ask = Usuń…
retention-change-period = Zmień okres
retention-preview-erase =
    Okres { $period }: dziś do usunięcia { $contacts ->
        [one] { $contacts } kontakt
        [few] { $contacts } kontakty
       *[many] { $contacts } kontaktów
    } z { $transcripts ->
        [one] { $transcripts } transkrypcją
       *[other] { $transcripts } transkrypcjami
    } ({ $status }) — obecnie { $currentContacts ->
        [one] { $currentContacts } kontakt
        [few] { $currentContacts } kontakty
       *[many] { $currentContacts } kontaktów
    } z { $currentTranscripts ->
        [one] { $currentTranscripts } transkrypcją
       *[other] { $currentTranscripts } transkrypcjami
    }.
retention-preview-delete-transcripts =
    Okres { $period }: dziś do usunięcia transkrypcji { $contacts ->
        [one] { $contacts } kontakt
        [few] { $contacts } kontakty
       *[many] { $contacts } kontaktów
    } z { $transcripts ->
        [one] { $transcripts } transkrypcją
       *[other] { $transcripts } transkrypcjami
    } ({ $status }) — obecnie { $currentContacts ->
        [one] { $currentContacts } kontakt
        [few] { $currentContacts } kontakty
       *[many] { $currentContacts } kontaktów
    } z { $currentTranscripts ->
        [one] { $currentTranscripts } transkrypcją
       *[other] { $currentTranscripts } transkrypcjami
    }.

## Wymaga uwagi

attention-title = Wymaga uwagi
attention-intro = Kontakty, których { -retention-period } upłynął, według reguł w sekcji Ustawienia → Okresy przechowywania. Nic nie jest usuwane bez potwierdzenia; każdy krok trafia do dziennika audytu.
attention-loading = Sprawdzanie okresów przechowywania…
attention-empty = Nic nie wymaga uwagi.
attention-empty-hint = Gdy kontakt milczy dłużej, niż pozwala reguła przechowywania, pojawia się tutaj wraz z informacją, co zrobić. Reguły znajdują się w sekcji { $settings }.
attention-empty-settings = Ustawienia
retention-group-erase-title = Do usunięcia
retention-group-erase-hint = Cały { -retention-period } upłynął: usuń te kontakty albo zachowaj je z podaniem powodu do daty przeglądu.
retention-group-delete-transcripts-title = Transkrypcje do usunięcia
retention-group-delete-transcripts-hint = Czaty są przechowywane dłużej, niż to konieczne. Zanotuj na karcie to, co ważne, a potem usuń transkrypcje.
attention-select-all = Zaznacz wszystkie widoczne
attention-bulk-erase =
    { $count ->
        [one] Usuń { $count } zaznaczony…
        [few] Usuń { $count } zaznaczone…
       *[many] Usuń { $count } zaznaczonych…
    }
attention-bulk-delete-transcripts =
    { $count ->
        [one] Usuń transkrypcje { $count } zaznaczonego…
       *[other] Usuń transkrypcje { $count } zaznaczonych…
    }
attention-select = Zaznacz: { $name }
retention-due-today = termin dziś
retention-overdue =
    { $days ->
        [one] { $days } dzień po terminie
       *[other] { $days } dni po terminie
    }
attention-no-contact-since = Brak kontaktu od { $date }
attention-never-contacted = Dodano { $date }, bez kontaktu
attention-conversations =
    { $count ->
        [one] { $count } rozmowa
        [few] { $count } rozmowy
       *[many] { $count } rozmów
    }
attention-delete-transcripts = Usuń transkrypcje…
attention-erase = Usuń…
attention-keep = Zachowaj…
attention-show-more = Pokaż więcej (niewyświetlone: { $count })
attention-done-delete-transcripts =
    { $count ->
        [one] { $name }: usunięto { $count } rozmowę.
        [few] { $name }: usunięto { $count } rozmowy.
       *[many] { $name }: usunięto { $count } rozmów.
    }
attention-done-delete-transcripts-note =
    { $count ->
        [one] { $name }: usunięto { $count } rozmowę; notatka jest na karcie.
        [few] { $name }: usunięto { $count } rozmowy; notatka jest na karcie.
       *[many] { $name }: usunięto { $count } rozmów; notatka jest na karcie.
    }
attention-done-erase = Usunięto: { $name }.
attention-done-keep = Zachowano: { $name }, do { $date }.
attention-done-cleanup = Porządkowanie zakończone: każdy krok jest opisany w dzienniku audytu.

## Porządkowanie wielu kontaktów naraz

retention-cleanup-question-erase =
    Trwale usunąć { $contacts ->
        [one] { $contacts } kontakt
        [few] { $contacts } kontakty
       *[many] { $contacts } kontaktów
    } wraz z { $conversations ->
        [one] { $conversations } rozmową
       *[other] { $conversations } rozmowami
    }?
retention-cleanup-question-delete-transcripts =
    Usunąć { $conversations ->
        [one] { $conversations } rozmowę
        [few] { $conversations } rozmowy
       *[many] { $conversations } rozmów
    } { $contacts ->
        [one] { $contacts } kontaktu
       *[other] { $contacts } kontaktów
    } wraz ze wszystkimi wiadomościami?
retention-cleanup-warning-erase = Każdy z poniższych kontaktów zostanie trwale usunięty (art. 17 { -gdpr }): imię i nazwisko, dane kontaktowe, notatki i wszystkie rozmowy. Każdy krok trafia do dziennika audytu.
retention-cleanup-warning-delete-transcripts = Wszystkie rozmowy każdego z poniższych kontaktów zostaną trwale usunięte wraz ze wszystkimi wiadomościami. Karty pozostaną. Każdy krok trafia do dziennika audytu.
retention-cleanup-list = Co zostanie usunięte
retention-cleanup-column-contact = Kontakt
retention-cleanup-column-status = Status
retention-cleanup-column-conversations = Rozmowy
retention-cleanup-type =
    { $count ->
        [one] Wpisz { $word }, aby usunąć ten kontakt
        [few] Wpisz { $word }, aby usunąć te { $count } kontakty
       *[many] Wpisz { $word }, aby usunąć tych { $count } kontaktów
    }
retention-cleanup-progress = Wykonano { $done } z { $total }…
retention-cleanup-working = Trwa wykonywanie…
retention-cleanup-submit-erase =
    { $count ->
        [one] Usuń { $count } kontakt
        [few] Usuń { $count } kontakty
       *[many] Usuń { $count } kontaktów
    }
retention-cleanup-submit-delete-transcripts = Usuń ich transkrypcje
retention-cleanup-result-erase =
    Usunięto { $contacts ->
        [one] { $contacts } kontakt
        [few] { $contacts } kontakty
       *[many] { $contacts } kontaktów
    } i { $messages ->
        [one] { $messages } wiadomość
       *[other] { $messages } wiadomości
    }{ $failed ->
        [0] {""}
       *[other] ; nie udało się: { $failed } (lista poniżej)
    }{ $skipped ->
        [0] {""}
       *[other] ; pominięto: { $skipped }
    }.
retention-cleanup-result-delete-transcripts =
    Usunięto { $conversations ->
        [one] { $conversations } rozmowę
        [few] { $conversations } rozmowy
       *[many] { $conversations } rozmów
    } { $contacts ->
        [one] { $contacts } kontaktu
       *[other] { $contacts } kontaktów
    } i { $messages ->
        [one] { $messages } wiadomość
       *[other] { $messages } wiadomości
    }{ $failed ->
        [0] {""}
       *[other] ; nie udało się: { $failed } (lista poniżej)
    }{ $skipped ->
        [0] {""}
       *[other] ; pominięto: { $skipped }
    }.

## Zachowanie kontaktu z podaniem powodu

retention-keep-title = Zachowaj: { $name }
retention-keep-hint = Ostrzeżenie znika do daty przeglądu, a wtedy wraca. Powód i data trafiają do dziennika audytu.
retention-keep-reason = Dlaczego ten kontakt jest zachowywany?
retention-keep-reason-placeholder = np. Prośba o telefon w sprawie wiosennego kursu
retention-keep-review = Data ponownego przeglądu
retention-keep-submit = Zachowaj do daty przeglądu
retention-keep-error-reason = Podaj powód zachowania kontaktu: trafi on do dziennika audytu.
retention-keep-error-date = Wybierz datę ponownego przeglądu tego kontaktu.
retention-keep-error-past = Data przeglądu musi być późniejsza niż dzisiejsza.
