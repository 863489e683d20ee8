notify-contacts-title =
    { $new ->
        [one] { $new } kontakt wymaga uwagi
        [few] { $new } kontakty wymagają uwagi
       *[many] { $new } kontaktów wymaga uwagi
    }
notify-requests-title =
    { $new ->
        [one] { $new } żądanie ma wkrótce termin lub jest po terminie
        [few] { $new } żądania mają wkrótce termin lub są po terminie
       *[many] { $new } żądań ma wkrótce termin lub jest po terminie
    }
notify-both-title = { $contacts }; { $requests }
notify-contacts-body = Ich okres przechowywania minął (łącznie: { $total }). Otwórz „Wymaga uwagi” w Custos, aby usunąć zapisy rozmów, usunąć dane albo zachować je z podaniem powodu.
notify-requests-body = Otwórz „Żądania” w Custos, aby zobaczyć terminy (łącznie z bliskim lub minionym terminem: { $total }).
notify-both-body = { $contacts } { $requests }
