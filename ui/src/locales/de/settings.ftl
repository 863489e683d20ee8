# Einstellungen: Präferenzen, Firmenprofil, Arbeitstage (Feiertage und Betriebsschließtage) und
# die Integritätsprüfung des Tresors.

settings-title = Einstellungen
settings-saved = Gespeichert.

## Präferenzen

settings-preferences-title = Präferenzen
settings-auto-lock = Nach so vielen Minuten ohne Aktivität sperren
settings-auto-lock-hint = Von 1 bis 240. Der Tresor sperrt sich selbst und leert den Bildschirm.
settings-auto-lock-invalid = Die automatische Sperre erfordert eine ganze Zahl von Minuten zwischen 1 und 240.
settings-operator-hint = Wird ab dem nächsten Entsperren im Protokoll genannt.
settings-operator-missing = Geben Sie Ihren Namen ein: Er wird bei jeder Änderung festgehalten.
settings-preferences-save = Präferenzen speichern

## Firmenprofil

settings-company-title = Firmenprofil
settings-company-intro = Wer für die Daten verantwortlich ist (der Verantwortliche). Datenschutzhinweise und Berichte beginnen damit.
settings-company-name = Firmenname ({ -controller })
settings-company-country = Land
settings-company-country-hint = Zweistelliger Code, z. B. DE
settings-company-address = Adresse
settings-company-email = E-Mail
settings-company-phone = Telefon
settings-company-dpo-name = Datenschutzbeauftragter
settings-company-dpo-name-hint = Falls Sie einen benannt haben
settings-company-dpo-contact = Kontakt des Datenschutzbeauftragten
settings-company-authority-name = Aufsichtsbehörde
settings-company-authority-name-hint = Für Datenschutzhinweise erforderlich, z. B. der Landesdatenschutzbeauftragte
settings-company-authority-contact = Kontakt der Aufsichtsbehörde
settings-company-authority-contact-hint = Für Datenschutzhinweise erforderlich: Anschrift oder Website
settings-company-name-missing = Geben Sie den Firmennamen ein: Er ist der in jedem Dokument genannte Verantwortliche.
settings-company-save = Firmenprofil speichern

## Arbeitstage

settings-working-days-title = Arbeitstage
settings-holidays = Gesetzliche Feiertage
settings-year = Jahr
settings-holidays-none = Keine berücksichtigt.
settings-closure-days = Betriebsfreie Tage
settings-closure-days-none = Keine betriebsfreien Tage eingetragen.
settings-closure-remove = Entfernen
settings-closure-keep = Behalten
settings-closure-remove-ask = Entfernen…
settings-closure-remove-label = { $day } entfernen
settings-closure-day = Geschlossen am
settings-closure-reason = Grund (optional)
settings-closure-reason-placeholder = z. B. zwischen Weihnachten und Neujahr
settings-closure-add = Betriebsfreien Tag hinzufügen

## Integrität des Tresors

settings-integrity-title = Integrität des Tresors
settings-integrity-intro = Liest den gesamten Tresor und prüft, dass nichts beschädigt ist. Führen Sie die Prüfung nach dem Wiederherstellen einer Sicherung aus.
settings-integrity-checking = Wird geprüft…
settings-integrity-check = Integrität des Tresors prüfen
settings-integrity-ok = Keine Probleme gefunden.
settings-integrity-problems =
    { $count ->
        [one] { $count } Problem gefunden
       *[other] { $count } Probleme gefunden
    }. Stellen Sie den Tresor aus einer Sicherung wieder her, bevor Sie etwas ändern.

settings-integrity-page-mac = Seite { $page } stimmt nicht mit ihrer Prüfsumme überein: Sie wurde auf dem Datenträger geändert oder fehlerhaft geschrieben.
settings-integrity-page-damaged = Seite { $page } ist beschädigt.
settings-integrity-page-never-used = Seite { $page } wird von nichts verwendet.
settings-integrity-page-used-twice = Seite { $page } wird doppelt verwendet.
settings-integrity-row-missing-from-index = Zeile { $row } fehlt im Index { $index }.
settings-integrity-index-entry-count = Der Index { $index } hat eine falsche Anzahl von Einträgen.
settings-integrity-index-not-unique = Der Index { $index } enthält denselben Eintrag doppelt.
settings-integrity-freelist-size =
    Die Liste der freien Seiten gibt { $found ->
        [one] { $found } Seite
       *[other] { $found } Seiten
    } an, enthält aber { $expected }.
settings-integrity-freelist-damaged = Die Liste der freien Seiten ist beschädigt.
settings-integrity-technical = Technische Details für den Support
