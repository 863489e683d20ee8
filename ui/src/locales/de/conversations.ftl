# Die Gespräche einer Karte: die Liste, ein Gespräch von Hand erfassen, einen Chat-Export
# importieren, die Gesprächsprotokolle löschen.

## Auf der Karte (ContactCard, ConversationItem)

conversations-title = Gespräche
conversations-add = Gespräch hinzufügen
conversations-import = Chat-Export importieren
conversations-none = Noch keine Gespräche. Notieren Sie einen Anruf oder ein Treffen oder importieren Sie einen WhatsApp-Chat-Export – er wird bei der Karte aufbewahrt, und das Datum des letzten Kontakts wird aktualisiert.
# $count: die Nachrichten des Gesprächs; $origin: woher es stammt, z. B. „aus WhatsApp importiert“.
conversations-item-meta =
    { $count ->
        [one] { $count } Nachricht, { $origin }
       *[other] { $count } Nachrichten, { $origin }
    }
# $ref: die eingegebene Referenz, z. B. eine Ticketnummer.
conversations-item-ref = Ref. { $ref }
conversations-item-loading = Nachrichten werden geladen…
conversations-item-empty = In diesem Gespräch wurden keine Nachrichten erfasst.
# $names: die anderen Empfänger einer E-Mail (An und Cc), als Liste.
conversations-item-to = An: { $names }
conversations-item-show-quoted = Zitierten Text anzeigen
conversations-item-hide-quoted = Zitierten Text ausblenden
conversations-item-attachments = Anhänge (nur Namen: ihr Inhalt wird nicht gespeichert)
# $name: der Name der angehängten Datei; $size: ihre Größe, z. B. „47 kB“.
conversations-item-attachment = { $name } ({ $size })

## Ein Gespräch von Hand erfassen (AddConversation, conversation-form.ts)

conversations-add-title = Gespräch hinzufügen
conversations-add-channel = Kanal
# Datum und Uhrzeit des Gesprächs.
conversations-add-when = Wann
conversations-add-reference = Referenz
conversations-add-reference-placeholder = z. B. Ticket- oder E-Mail-ID
# $n: die Nummer der Nachricht im Formular (1, 2…); danach der Kontakt, „Mitarbeiter“ oder „Jemand anderes“.
conversations-add-message-from = Nachricht { $n } von
conversations-add-staff = Mitarbeiter
conversations-add-someone-else = Jemand anderes
conversations-add-name = Name
conversations-add-text = Text
conversations-add-remove = Entfernen
    .aria-label = Nachricht { $n } entfernen
conversations-add-another = Weitere Nachricht hinzufügen
conversations-add-save = Gespräch speichern
conversations-error-when = Geben Sie Datum und Uhrzeit des Gesprächs ein.
conversations-error-no-message = Schreiben Sie mindestens eine Nachricht, z. B. eine kurze Notiz zum Gesagten.
# $n: die Nummer der Nachricht im Formular.
conversations-error-unnamed = Nachricht { $n }: Geben Sie an, wer sie geschrieben hat.

## Einen Chat-Export importieren (ImportPanel)

conversations-import-title = Chat-Export importieren
# „Chat exportieren“ ist der Menüpunkt der deutschen WhatsApp-Version.
conversations-import-intro = Eine .txt-Datei aus „Chat exportieren“ in WhatsApp (ohne Medien) oder ein Custos-Gesprächsprotokoll als .json. Es wird nichts importiert, wenn eine Zeile nicht gelesen werden kann.
conversations-import-file = Exportdatei
conversations-import-choose-first = Wählen Sie zuerst die Chat-Exportdatei aus.
# $name: der Name des Kontakts.
conversations-import-sender = Name von { $name } im Chat
conversations-import-sender-ask = Geben Sie den Absender, der dem Kontakt entspricht, genau so ein, wie ihn die Meldung oben nennt, und importieren Sie erneut.
conversations-import-sender-hint = Nur nötig, wenn er vom Namen auf der Karte abweicht.
conversations-import-staff = Namen der Mitarbeiter
conversations-import-staff-hint = (durch Kommas getrennt)
conversations-import-staff-placeholder = z. B. Marta, Piotr
conversations-import-others = Andere Absender werden als Dritte gespeichert.
conversations-import-progress-label = Importfortschritt
# $done: bisher gelesene Nachrichten; $total: alle.
conversations-import-progress =
    { $total ->
        [one] { $done } von { $total } Nachricht
       *[other] { $done } von { $total } Nachrichten
    }
conversations-import-reading = Datei wird gelesen…
conversations-import-importing = Wird importiert…
conversations-import-submit = Importieren

## Die Gesprächsprotokolle eines Kontakts löschen (DeleteTranscriptsDialog)

# $name: der Name des Kontakts.
conversations-delete-title = Gesprächsprotokolle von { $name } löschen?
# $count: die Anzahl der Gespräche.
conversations-delete-warning =
    { $count ->
        [one] { $count } Gespräch und alle Nachrichten darin werden endgültig gelöscht, samt ihren Einträgen im Suchindex. Die Karte bleibt erhalten.
       *[other] { $count } Gespräche und alle Nachrichten darin werden endgültig gelöscht, samt ihren Einträgen im Suchindex. Die Karte bleibt erhalten.
    }
conversations-delete-note = Notieren Sie zuerst, was erhalten bleiben soll
conversations-delete-note-hint = (optional, wird den Notizen der Karte hinzugefügt)
conversations-delete-note-placeholder = z. B. Interesse am Excel-Kurs, 3 Plätze, Budget für Q1 genehmigt
conversations-delete-deleting = Wird gelöscht…
conversations-delete-submit = Gesprächsprotokolle löschen
