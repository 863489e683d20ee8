common-cancel = Abbrechen
common-close = Schließen
common-save = Speichern
common-saving = Wird gespeichert…
common-delete = Löschen
common-edit = Bearbeiten
common-back = Zurück
common-next = Weiter
common-done = Fertig
common-retry = Erneut versuchen
common-loading = Wird geladen…
common-yes = Ja
common-no = Nein
common-none = Keine
common-optional = optional
common-required = erforderlich
common-choose-file = Datei wählen…
common-show = Anzeigen
common-hide = Ausblenden

count-contacts =
    { $count ->
        [one] { $count } Kontakt
       *[other] { $count } Kontakte
    }
count-messages =
    { $count ->
        [one] { $count } Nachricht
       *[other] { $count } Nachrichten
    }
count-requests =
    { $count ->
        [one] { $count } Anfrage
       *[other] { $count } Anfragen
    }
count-days =
    { $count ->
        [one] { $count } Tag
       *[other] { $count } Tage
    }
