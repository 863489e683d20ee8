# Protokoll: die Ansicht, ihr Filter, lesbare Einträge und die Prüfung der Kette.

audit-title = Protokoll
audit-verify = Kette prüfen
audit-verifying = Wird geprüft…
audit-intro = Jede Änderung und jeder Export, neueste zuerst, mit der Person, die sie vorgenommen hat. Die Einträge sind über ihre Hashwerte verkettet: „Kette prüfen“ zeigt, ob einer seit dem Schreiben geändert oder entfernt wurde.
audit-chain-ok =
    Kette in Ordnung: { $count ->
        [one] { $count } Eintrag
       *[other] { $count } Einträge
    } geprüft, keiner geändert oder fehlend.
audit-chain-broken =
    Die Kette ist unterbrochen ({ $count ->
        [one] { $count } Eintrag
       *[other] { $count } Einträge
    } geprüft, { $problems ->
        [one] { $problems } Problem
       *[other] { $problems } Probleme
    }). Das Protokoll wurde außerhalb von Custos geändert: Bewahren Sie diesen Tresor als Beweis auf und stellen Sie eine Sicherung wieder her, um weiterzuarbeiten.
audit-chain-edited = Eintrag #{ $entry } wurde nach dem Schreiben geändert.
audit-chain-missing = Die Einträge zwischen #{ $after } und #{ $before } fehlen.
audit-chain-broken-link = Eintrag #{ $entry } ist nicht mit dem vorherigen Eintrag verknüpft.
audit-chain-tail-missing = Die neuesten Einträge fehlen: Das Protokoll sollte bei #{ $expected } enden, endet aber bei #{ $found }.

## Filter

audit-filter-label = Protokoll filtern
audit-contact-number = Kontaktnummer
audit-contact-any = beliebig
audit-current-card = Aktuelle Karte
audit-current-card-numbered = Aktuelle Karte #{ $id }
audit-current-card-none = Öffnen Sie zuerst die Karte eines Kontakts
audit-current-card-title = Einträge zu Kontakt #{ $id } anzeigen
audit-action = Aktion
audit-all-actions = Alle Aktionen
audit-from = Von
audit-to = Bis
audit-clear = Zurücksetzen
audit-error-contact = Der Kontakt wird mit seiner Nummer angegeben, z. B. 12 (angezeigt als #12).
audit-error-from = Geben Sie den ersten Tag als Datum ein, z. B. 2026-03-01.
audit-error-to = Geben Sie den letzten Tag als Datum ein, z. B. 2026-03-31.
audit-error-order = Der erste Tag liegt nach dem letzten Tag.

## Einträge

audit-loading = Protokoll wird geladen…
audit-empty = Keine Einträge entsprechen diesem Filter.
audit-col-time = Zeit
audit-col-operator = Person
audit-col-action = Aktion
audit-col-target = Betrifft
audit-col-details = Details
audit-entry-title = Eintrag #{ $id }
audit-erased-note = (die Person wurde gelöscht)
audit-count =
    { $count ->
        [one] { $count } Eintrag
       *[other] { $count } Einträge
    }, neueste zuerst.
audit-show-older = Ältere Einträge anzeigen

## Worum es in einem Eintrag geht

audit-target-vault = Tresor
audit-target-contact = Kontakt
audit-target-conversation = Gespräch
audit-target-purpose = Zweck
audit-target-company = Firmenprofil
audit-target-request = Anfrage
audit-target-numbered = { $kind } #{ $id }

## Details eines Eintrags in einer Zeile

audit-redacted = [geschwärzt]
audit-empty-value = (leer)
audit-none = keine
audit-quoted = „{ $value }“
audit-point = „{ $value }“ ({ $label })
audit-changed = Geändert: { $fields }
audit-changed-before = Geändert: { $fields } – vorher: { $before }
audit-nothing = nichts
audit-field-value = { $field } { $value }
audit-key-value = { $key }: { $value }
audit-true = ja
audit-false = nein

## Action names (the core's action codes: `contact.restriction_lifted` is audit-action-contact-restriction-lifted)

audit-action-vault-created = Tresor erstellt
audit-action-vault-passphrase-changed = Passphrase des Tresors geändert
audit-action-vault-backup-created = Sicherung des Tresors erstellt
audit-action-vault-restored = Tresor aus Sicherung wiederhergestellt
audit-action-contact-created = Kontakt erstellt
audit-action-contact-updated = Kontakt geändert
audit-action-contact-sensitive-revealed = Verborgene Daten des Kontakts angezeigt
audit-action-conversation-added = Gespräch hinzugefügt
audit-action-conversation-imported = Gespräch importiert
audit-action-purpose-created = Verarbeitungszweck erstellt
audit-action-purpose-updated = Verarbeitungszweck geändert
audit-action-consent-given = Einwilligung erteilt
audit-action-consent-confirmed = Einwilligung bestätigt
audit-action-consent-withdrawn = Einwilligung widerrufen
audit-action-consent-expired = Einwilligung abgelaufen
audit-action-company-profile-updated = Firmenprofil geändert
audit-action-contact-restricted = Verarbeitung der Daten des Kontakts eingeschränkt
audit-action-contact-restriction-lifted = Einschränkung der Verarbeitung aufgehoben
audit-action-objection-recorded = Widerspruch erfasst
audit-action-contact-erased = Daten des Kontakts gelöscht
audit-action-purpose-audience-exported = Empfängerliste zum Zweck exportiert
audit-action-retention-rule-set = Aufbewahrungsregel festgelegt
audit-action-retention-rule-removed = Aufbewahrungsregel entfernt
audit-action-retention-kept = Daten trotz abgelaufener Speicherdauer behalten
audit-action-retention-transcripts-deleted = Gesprächsverläufe nach Ablauf der Speicherdauer gelöscht
audit-action-request-opened = Anfrage erfasst
audit-action-request-matched = Anfrage einem Kontakt zugeordnet
audit-action-request-identity-checked = Identität der antragstellenden Person geprüft
audit-action-request-extended = Antwortfrist der Anfrage verlängert
audit-action-request-action-recorded = Maßnahme zum Anfrage erfasst
audit-action-request-closed = Anfrage abgeschlossen
audit-action-request-refused = Anfrage abgelehnt
audit-action-calendar-closure-day-added = Betriebsfreien Tag hinzugefügt
audit-action-calendar-closure-day-removed = Betriebsfreien Tag entfernt
audit-action-document-access-report = Auskunftsbericht erstellt
audit-action-document-request-letter = Schreiben zur Anfrage erstellt
audit-action-vault-backups-rotated = Alte Sicherungen entfernt (Rotation)
audit-action-vault-backup-folder-chosen = Sicherungsordner gewählt
audit-action-contact-imported = Kontakte importiert
audit-action-contact-import-undone = Kontaktimport rückgängig gemacht
audit-action-contact-merged = Kontakte zusammengeführt
audit-action-contact-exported = Kontakte exportiert
audit-action-vault-key-slots-created = Eigene Passphrasen der Bearbeiter eingerichtet
audit-action-operator-added = Bearbeiter hinzugefügt
audit-action-operator-role-changed = Rolle eines Bearbeiters geändert
audit-action-operator-reset = Bearbeiter erhielt eine neue Erst-Passphrase
audit-action-operator-removed = Bearbeiter entfernt
audit-action-vault-rekeyed = Tresor neu verschlüsselt
audit-action-vault-recovery-kit-made = Wiederherstellungs-Kit gedruckt
audit-action-vault-recovery-used = Wiederherstellungs-Kit verwendet
audit-action-vault-data-key-revealed = Datenschlüssel angezeigt
audit-action-vault-team-created = Team eingerichtet (gemeinsamer Ordner)
audit-action-vault-team-invited = Arbeitsplatz eingeladen (Einladung)
audit-action-vault-team-joined = Arbeitsplatz dem Team beigetreten
audit-action-vault-team-problem-dismissed = Problem der Team-Synchronisierung verworfen

## Names of the details an entry records (the keys of its details: `redacted_entries` is audit-key-redacted-entries)

audit-key-reason = Grund
audit-key-status = Status
audit-key-name = Name
audit-key-messages = Nachrichten
audit-key-kind = Art
audit-key-file = Datei
audit-key-fields = Felder
audit-key-at = Zeitpunkt
audit-key-text = Text
audit-key-sender = Absender
audit-key-purpose = Zweck
audit-key-previous = Vorher
audit-key-masked = Verborgen
audit-key-from = Von
audit-key-to = Bis
audit-key-conversations = Gespräche
audit-key-tags = Schlagwörter
audit-key-tags-added = Hinzugefügte Schlagwörter
audit-key-tags-removed = Entfernte Schlagwörter
audit-key-summary = Zusammenfassung
audit-key-source = Quelle
audit-key-rule = Regel
audit-key-points-added = Hinzugefügte Kontaktangaben
audit-key-points-removed = Entfernte Kontaktangaben
audit-key-objection = Widerspruch
audit-key-method = Methode
audit-key-merged = Zusammengeführt
audit-key-import = Import
audit-key-format = Format
audit-key-due-on = Fällig am
audit-key-describe = Beschreibung
audit-key-description = Beschreibung
audit-key-day = Tag
audit-key-contacts = Kontakte
audit-key-contact = Kontakt
audit-key-channel = Kanal
audit-key-actions = Maßnahmen
audit-key-removed = Entfernt
audit-key-redacted-entries = Geschwärzte Einträge
audit-key-folder = Ordner
audit-key-request = Anfrage
audit-key-rows = Zeilen
audit-key-skipped = Übersprungen
audit-key-origin = Herkunft
audit-key-people = Personen
audit-key-language = Sprache

audit-rule = Regel Nr. { $id }: { $rule }

audit-key-operator = Bearbeiter
audit-key-role = Rolle
audit-key-owner = Eigentümer
audit-key-why = Grund
audit-key-replaced = Früheres Set ersetzt
audit-key-note-kept = Notiz behalten
audit-key-review-on = Überprüfung am
audit-key-action = Aktion
audit-key-period = Zeitraum
audit-key-received-on = Eingegangen am
audit-key-result = Ergebnis
audit-key-checked-on = Geprüft am
audit-key-notified-on = Mitgeteilt am
audit-key-audit-entry = Protokolleintrag
audit-key-no-data = Keine personenbezogenen Daten gespeichert
audit-key-before = Sicherung des vorherigen Stands
audit-key-before-upgrade-from-schema = Vor der Aktualisierung von Schema
audit-key-merged-name = Name der zusammengeführten Karte
audit-key-filled = Ausgefüllte Felder
audit-key-notes-appended = Notizen angefügt
audit-key-sensitive-added = Hinzugefügte sensible Felder
audit-key-not-taken = Nicht übernommene Werte
audit-key-moved = Verschoben
audit-key-consent-events = Einwilligungsereignisse
audit-key-objections = Widersprüche
audit-key-requests = Anfragen
audit-key-retention-hold = Aufbewahrungssperre
audit-key-objections-dropped = Entfallene Widersprüche
audit-key-created-at = Erstellt am
audit-key-last-contact-at = Letzter Kontakt
audit-key-card = Karte
audit-key-evidence-ref = Nachweis
audit-key-recorded-by = Erfasst von
audit-key-recorded-at = Erfasst am
audit-key-staff-addresses = Mitarbeiteradressen
audit-key-event = Ereignis
audit-key-added-to-earlier = Zu einem früheren Gespräch hinzugefügt
audit-key-tag = Schlagwort
audit-key-cards-removed = Entfernte Karten
audit-key-fields-cleared = Geleerte Felder
audit-key-tagged = Verschlagwortet
audit-key-created = Erstellt
audit-key-not-merged = Nicht zusammengeführt
audit-key-problems-skipped = Übersprungene fehlerhafte Zeilen
audit-key-values-left-out = Ausgelassene Werte
audit-key-fields-filled = Ausgefüllte Felder
audit-key-backups-hold-until = Sicherungen enthalten die Daten bis
audit-key-data-subject-categories = Kategorien betroffener Personen
audit-key-from-conversations = Aus Gesprächen erstellt
audit-key-document = Dokument
audit-key-sha256 = SHA-256
audit-key-letter = Schreiben
audit-key-extra-redactions = Zusätzlich geschwärzte Namen

audit-value-why-asked = Von einem Eigentümer veranlasst
audit-value-why-operator-removed = Ein Bearbeiter wurde entfernt
audit-value-source-person = Von der betroffenen Person
audit-value-source-third-party = Von Dritten
audit-value-source-public = Aus öffentlicher Quelle
audit-value-document-report = Auskunftsbericht
audit-value-document-export = Übertragbarer Export
audit-value-format-csv = CSV
audit-value-format-vcard = vCard
audit-value-format-google = Google Contacts (CSV)
audit-value-format-outlook = Outlook (CSV)
audit-value-format-zip = ZIP
