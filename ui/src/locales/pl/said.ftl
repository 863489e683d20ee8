## Zdania, które rdzeń przesyła kodem obok angielskiego tekstu (said-<domena>-<kod>).

said-purpose-problem = { $problem }.

## Czy wolno kontaktować się z osobą w danym celu (na karcie kontaktu).

said-permission-erased = kontakt { $contact } został usunięty { $date }
said-permission-restricted = przetwarzanie danych osoby { $name } jest ograniczone od { $since } ({ $reason }): dozwolone jest tylko przechowywanie
said-permission-objected = osoba { $name } wniosła sprzeciw wobec celu „{ $purpose }” { $date }
said-permission-not-consent = cel „{ $purpose }” opiera się na { $basis ->
        [b] art. 6 ust. 1 lit. b (umowa)
        [c] art. 6 ust. 1 lit. c (obowiązek prawny)
        [d] art. 6 ust. 1 lit. d (żywotne interesy)
        [e] art. 6 ust. 1 lit. e (zadanie realizowane w interesie publicznym)
        [f] art. 6 ust. 1 lit. f (prawnie uzasadnione interesy)
       *[a] art. 6 ust. 1 lit. a (zgoda)
    }
said-permission-consent = zgoda osoby { $name } na cel „{ $purpose }”: { $state ->
        [never_given] nigdy nie udzielono
        [given] udzielona
        [confirmed] potwierdzona
        [withdrawn] wycofana
       *[expired] wygasła
    }
said-permission-awaits-confirmation = zgoda osoby { $name } na cel „{ $purpose }” czeka na potwierdzenie (double opt-in)

## Plik książki adresowej i źródło danych importowanych kontaktów.

said-file-vcard-file = plik vCard { $cards ->
        [one] z { $cards } wizytówką
       *[other] z { $cards } wizytówkami
    }
said-file-csv-file = { $format ->
        [google] CSV z Kontaktów Google
        [google_old] CSV z Kontaktów Google (starszy układ)
        [outlook] CSV z Outlooka
       *[csv] CSV
    } w kodowaniu { $encoding }, pola rozdzielone { $delimiter ->
        [semicolon] średnikami
        [tab] tabulatorami
       *[comma] przecinkami
    }
said-file-export-of = Eksport { $format ->
        [vcard] vCard
        [google] z Kontaktów Google
        [google_old] z Kontaktów Google (starszy układ)
        [outlook] z Outlooka
       *[csv] CSV
    } z { $day }

## Wiersz książki adresowej.

said-row-no-name = brak imienia i nazwiska, organizacji lub adresu e-mail, po którym można pokazać ten kontakt
said-row-vcard-no-name = brak nazwy: wizytówka vCard nie ma pól FN, N, ORG ani EMAIL, po których można nazwać kontakt
said-row-vcard-group = grupa kontaktów (KIND:group), a nie osoba ani organizacja
said-row-not-a-name = „{ $name }” nie może być nazwą karty: nazwa musi zawierać co najmniej jedną literę lub cyfrę
said-row-card-refused = { $reason }
said-row-email-left-out = „{ $value }” nie jest adresem e-mail (brak @): pominięto
said-row-phone-left-out = „{ $value }” nie zawiera cyfr: pominięto
said-row-tag-left-out = „{ $tag }” ma więcej niż { $max ->
        [one] { $max } znak
        [few] { $max } znaki
       *[many] { $max } znaków
    }: pominięto
said-row-left-out = { $reason }: pominięto
said-row-not-merged-erased = nie scalono z kartą nr { $card }: kontakt { $id } został usunięty { $date }: nie można już niczego o tej osobie zapisać ani zmienić.
said-row-not-merged-restricted = nie scalono z kartą nr { $card }: przetwarzanie danych osoby { $name } jest ograniczone (zamrożone) od { $since }: „{ $reason }”. Dane można odczytać, ale nie można ich zmieniać. Znieś ograniczenie, podając powód, gdy przetwarzanie może zostać wznowione.
said-row-not-merged = nie scalono z kartą nr { $card }: { $reason }

## Czego brakuje dokumentowi (po „Uzupełnij:”).

said-missing-company-profile = profil firmy (nazwa i dane kontaktowe administratora danych)
said-missing-controller-name = pełna nazwa prawna administratora danych (profil firmy)
said-missing-controller-address = adres pocztowy administratora danych (profil firmy)
said-missing-controller-contact = adres e-mail lub numer telefonu administratora danych (profil firmy)
said-missing-dpo-contact = sposób kontaktu z inspektorem ochrony danych (profil firmy)
said-missing-supervisory-authority = organ nadzorczy, do którego można wnieść skargę (profil firmy)
said-missing-supervisory-authority-contact = dane kontaktowe organu nadzorczego (profil firmy)
said-missing-purposes = co najmniej jeden cel w katalogu celów przetwarzania
said-missing-data-source = źródło, z którego pochodzą dane (nazwa podmiotu trzeciego lub źródła publicznego)
said-missing-purpose-description = opis celu „{ $purpose }”
said-missing-purpose-data-categories = kategorie danych osobowych przetwarzanych w celu „{ $purpose }”
said-missing-purpose-data-subjects = kategorie osób, których dane dotyczą, dla celu „{ $purpose }” (np. klienci, kandydaci do pracy)
said-missing-purpose-retention = okres przechowywania dla celu „{ $purpose }” (w celu lub w regule przechowywania, która go wskazuje)
said-missing-purpose-legitimate-interest = prawnie uzasadniony interes realizowany w celu „{ $purpose }” (art. 6 ust. 1 lit. f)
said-missing-transfer-safeguard = zabezpieczenie przekazania danych odbiorcy „{ $recipient }” w celu „{ $purpose }” (poza UE/EOG)
