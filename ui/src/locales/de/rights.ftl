# Rechte der betroffenen Person auf der Kontaktkarte: Einschränkung der Verarbeitung (Art. 18)
# und Löschung (Art. 17), der Dialog für den Grund und die Dokumente.

## Warum sich eine Karte nicht ändern lässt

rights-frozen-erased = Gelöscht am { $date }: Es kann nichts mehr erfasst oder geändert werden.
rights-frozen-restricted = Die Verarbeitung ist seit { $date } eingeschränkt ({ $reason }). Heben Sie die Einschränkung auf, um Änderungen vorzunehmen.
rights-erase-blocked-erased = Dieser Kontakt ist bereits gelöscht.
rights-erase-blocked-restricted = Ein Kontakt mit eingeschränkter Verarbeitung kann nicht gelöscht werden: Seine Daten werden möglicherweise für Rechtsansprüche benötigt. Heben Sie zuerst die Einschränkung auf.
rights-reason-missing = Geben Sie einen Grund an: Er wird im Prüfprotokoll gespeichert.

## Was eine Löschung entfernt und was sie behält

rights-erase-removes-1 = der Name – die Karte heißt danach „Gelöschter Kontakt Nr. …“
rights-erase-removes-2 = alle Kontaktangaben (E-Mail, Telefon, Organisation, Anschrift, Ausweisnummer) und die Notizen
rights-erase-removes-3 = die Markierungen sensibler Felder
rights-erase-removes-4 = alle Unterhaltungen und Nachrichten samt ihren Einträgen im Suchindex
rights-erase-removes-5 = Verweise auf Nachweise von Einwilligung und Widerspruch (sie können die Person nennen)
rights-erase-removes-6 = die Details von Protokolleinträgen mit ihren Daten (frühere Werte von Berichtigungen, Gründe von Einschränkungen)
rights-erase-keeps-1 = die Kontaktnummer, der Lebenszyklus-Status und die Art der Datenquelle
rights-erase-keeps-2 = wann die Karte angelegt und wann zuletzt Kontakt aufgenommen wurde
rights-erase-keeps-3 = der Verlauf von Einwilligungen und Widersprüchen (was, wann, wie – ohne Nachweise)
rights-erase-keeps-4 = dass gelöscht wurde, wann und von wem (im Prüfprotokoll)
rights-list-separator = { "; " }

## Das Ergebnis einer Löschung

rights-erased-conversations =
    { $conversations ->
        [one] { $conversations } Unterhaltung
       *[other] { $conversations } Unterhaltungen
    } mit { $messages ->
        [one] { $messages } Nachricht
       *[other] { $messages } Nachrichten
    } gelöscht
rights-erased-evidence =
    { $count ->
        [one] { $count } Verweis auf einen Nachweis entfernt
       *[other] { $count } Verweise auf Nachweise entfernt
    }
rights-erased-audit =
    { $count ->
        [one] { $count } Protokolleintrag geschwärzt
       *[other] { $count } Protokolleinträge geschwärzt
    }
rights-erased-log-emptied = Write-Ahead-Log geleert: Nichts von dieser Person ist in der Datei mehr lesbar.
rights-erased-log-later = Das Write-Ahead-Log konnte jetzt nicht geleert werden (ein anderes Programm hat den Tresor geöffnet); es wird geleert, wenn der Tresor das nächste Mal gesperrt wird.

## Banner der Karte: gelöscht oder eingeschränkt

rights-tombstone-title = Gelöscht am { $date }
rights-tombstone-text = Die Daten, die die Person identifizieren, wurden aus dem Tresor entfernt. Übrig bleiben nur Geschäftsangaben ohne Personenbezug: { $kept }.
rights-erasure-done = Löschung abgeschlossen.
rights-frozen-title = Verarbeitung eingeschränkt seit { $date }
rights-frozen-reason = Grund: { $reason }
rights-frozen-hint = Diese Karte ist gesperrt: Sie kann weder bearbeitet noch gelöscht werden, und es lassen sich keine Unterhaltungen, Importe oder Einwilligungen erfassen. Sie erscheint nicht in der Kontaktliste, in der Suche und in Marketinglisten.
rights-lift-button = Einschränkung aufheben…

## Dialog Löschen

rights-erase-backups-unknown = Bisherige Sicherungen enthalten die Daten weiterhin.
rights-erase-title = { $name } endgültig löschen?
rights-erase-warning = Die Löschung (Art. 17 { -gdpr }) kann nicht rückgängig gemacht werden: Die Daten werden in der Tresordatei, ihrem Log und ihrem Suchindex überschrieben.
rights-erase-removes-title = Endgültig entfernt
rights-erase-keeps-title = Behalten, ohne etwas, das die Person identifiziert
# The word typed (in capitals) instead of the contact's name to confirm an erasure.
rights-erase-word = LÖSCHEN
rights-erase-confirm-word = Geben Sie zur Bestätigung { $word } ein
rights-erase-confirm-name = Geben Sie zur Bestätigung den Namen des Kontakts ({ $name }) oder { $word } ein
rights-erase-busy = Wird gelöscht…
rights-erase-submit = Endgültig löschen

## Verarbeitung einschränken / Einschränkung aufheben

rights-restrict-title = Verarbeitung einschränken: { $name }
rights-lift-title = Einschränkung aufheben: { $name }
rights-restrict-hint = Die Karte bleibt erhalten, wird aber gesperrt (Art. 18 { -gdpr }): Sie kann nicht bearbeitet werden, es lassen sich keine Unterhaltungen, Importe oder Einwilligungen erfassen, sie erscheint nicht in der Kontaktliste, in der Suche und in Marketinglisten, und sie kann nicht gelöscht werden, bis die Einschränkung aufgehoben ist. Nutzen Sie dies zum Beispiel, solange die Person die Richtigkeit ihrer Daten bestreitet.
rights-lift-hint = Die Verarbeitung kann wieder aufgenommen werden: Die Karte lässt sich wieder ändern und erscheint wieder in der Kontaktliste.
rights-reason-label = Grund
rights-reason-label-hint = (wird im Prüfprotokoll gespeichert)
rights-restrict-example = z. B. Richtigkeit am 3. Mai von der Person bestritten
rights-lift-example = z. B. Richtigkeit geprüft
rights-restrict-submit = Verarbeitung einschränken
rights-lift-submit = Einschränkung aufheben

## Dokumentdialog: die Dokumente nach Art

document-dialog-kind-record = Verzeichnis von Verarbeitungstätigkeiten (Art. 30)
document-dialog-kind-notice = Datenschutzhinweise (PDF)
document-dialog-kind-notice-html = Datenschutzhinweise als Webseite
document-dialog-kind-access-report = Auskunftsbericht (Art. 15)
document-dialog-kind-access-export = Portabler Export (Art. 20)
document-dialog-kind-request-letter = Schreiben an die anfragende Person

## Dokumentdialog

document-dialog-size-mb = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
document-dialog-size-kb = { $size } KB
document-dialog-saved =
    Gespeichert: { $path } ({ $pages ->
        [0] { $size }
        [one] { $pages } Seite, { $size }
       *[other] { $pages } Seiten, { $size }
    }).
document-dialog-error-path = Wählen Sie, wo das Dokument gespeichert werden soll.
document-dialog-error-third-party = Nennen Sie den Dritten, von dem die Daten stammen: Hinweise nach Art. 14 geben ihre Quelle an.
document-dialog-error-public-source = Nennen Sie die öffentliche Quelle, aus der die Daten stammen (z. B. ein Register): Hinweise nach Art. 14 geben sie an.
document-dialog-language = Sprache
document-dialog-format = Format
document-dialog-save-as = Speichern unter
document-dialog-save-as-hint = Nur dort gespeichert. Eine vorhandene Datei wird nur ersetzt, wenn Sie unten das Kästchen ankreuzen.
document-dialog-source-title = Woher die personenbezogenen Daten stammen
document-dialog-source-person = Bei der Person erhobene Daten (Art. 13)
document-dialog-source-other = Daten aus einer anderen Quelle (Art. 14)
document-dialog-source-kind = Quelle
document-dialog-source-third-party = Ein Dritter
document-dialog-source-public = Eine öffentliche Quelle
document-dialog-which-third-party = Welcher Dritte
document-dialog-which-public = Welche öffentliche Quelle
document-dialog-third-party-example = z. B. Empfehlung von Anna Schmidt
document-dialog-public-example = z. B. Handelsregister
document-dialog-source-hint = Die Hinweise nennen dann auch die Kategorien der Daten und die Quelle (Art. 14).
document-dialog-redact = Auch diese Namen schwärzen (einer pro Zeile)
document-dialog-redact-example = z. B. Max Mustermann
document-dialog-redact-hint = Andere Personen, die im Bericht genannt werden (in Unterhaltungen, Notizen, Anfragen oder Einwilligungsnachweisen), werden ohnehin geschwärzt, wenn sie in den Unterhaltungen geschrieben haben oder hier Kontakte sind. Ergänzen Sie alle weiteren genannten Personen (Angehörige, Kollegen): Wo ihr vollständiger Name vorkommt, verschwindet er aus Bericht und Export. Ein allein stehender Vor- oder Nachname bleibt stehen; tragen Sie ihn in einer eigenen Zeile ein, um auch ihn zu entfernen.
document-dialog-export-too = Auch den portablen Export speichern (ZIP mit JSON und CSV, Art. 20)
document-dialog-export-as = Export speichern unter
document-dialog-replace = Vorhandene Datei ersetzen
document-dialog-open = Öffnen
document-dialog-recorded = Bei Anfrage Nr. { $id } als erledigte Maßnahme erfasst.
document-dialog-busy = Wird erstellt…
document-dialog-submit = Erstellen und speichern

## Einstellungen → Dokumente

documents-panel-title = Dokumente
documents-panel-hint = Erstellt aus dem Unternehmensprofil, den Zwecken und den Aufbewahrungsregeln, in der gewählten Sprache. Fehlt etwas, das ein Dokument enthalten muss, listet Custos auf, was zu ergänzen ist, statt ein lückenhaftes Dokument zu erstellen.
documents-panel-notice-button = Datenschutzhinweise…
documents-panel-record-button = Verarbeitungsverzeichnis…
documents-panel-notice-dialog = Datenschutzhinweise
documents-panel-record-dialog = Verzeichnis von Verarbeitungstätigkeiten
