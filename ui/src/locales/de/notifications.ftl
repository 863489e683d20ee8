notify-contacts-title =
    { $new ->
        [one] { $new } Kontakt erfordert Aufmerksamkeit
       *[other] { $new } Kontakte erfordern Aufmerksamkeit
    }
notify-requests-title =
    { $new ->
        [one] { $new } Anfrage ist bald fällig oder überfällig
       *[other] { $new } Anfragen sind bald fällig oder überfällig
    }
notify-both-title = { $contacts }; { $requests }
notify-contacts-body = Ihre Speicherdauer ist abgelaufen (insgesamt { $total }). Öffnen Sie „Handlungsbedarf“ in Custos, um Gesprächsverläufe zu löschen, Kontakte zu löschen oder sie mit Begründung aufzubewahren.
notify-requests-body = Öffnen Sie „Anfragen“ in Custos, um die Fristen zu sehen (insgesamt { $total } bald fällig oder überfällig).
notify-both-body = { $contacts } { $requests }
