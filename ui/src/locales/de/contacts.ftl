# Die Kontaktansicht: Liste, Karte, Kontaktformular, Suche, Schlagwörter, Verlauf der Karte.

## Die Kontaktansicht neben der Liste (ContactsView)

contacts-view-duplicates-label = Mögliche Dubletten
contacts-view-card-label = Kontaktkarte
contacts-view-choose = Wählen Sie links einen Kontakt aus oder suchen Sie mit Strg+K nach einer beliebigen Person.
# Einmal angezeigt, in einem neuen Tresor ohne Kontakte.
contacts-start-title = Ihr Tresor ist bereit
contacts-start-encrypted = Alles, was Sie hinzufügen, bleibt verschlüsselt in dieser einen Datei auf diesem Computer.
# $new: der Name der Schaltfläche „Neuer Kontakt“, fett; $import: eine Schaltfläche „Kontakte importieren…“.
contacts-start-add = Legen Sie Ihren ersten Kontakt mit { $new } (Strg+N) an oder übernehmen Sie ein Adressbuch – Google Kontakte, Outlook, eine Tabelle oder die vCard-Datei eines Telefons: { $import } (Strg+I).
# $settings: der Name des Bereichs Einstellungen (contacts-start-settings-name), fett.
contacts-start-settings = Geben Sie unter { $settings } Ihre Firmendaten und die Zwecke ein, für die Sie Daten speichern.
contacts-start-settings-name = Einstellungen
contacts-start-chats = Bewahren Sie Chats bei der Karte auf: Importieren Sie einen WhatsApp-Export oder notieren Sie ein Telefonat.
# Die Schaltfläche (und der Dialogtitel), mit der ein Kontakt angelegt wird.
contacts-new-contact = Neuer Kontakt
contacts-import-contacts = Kontakte importieren…

## Die Kontaktliste (ContactList)

contacts-list-label = Kontaktliste
# Vor dem Statusfilter: „Anzeigen [Alle Kontakte ▾]“.
contacts-list-show = Anzeigen
contacts-list-all = Alle Kontakte
contacts-list-tag = Schlagwort
contacts-list-tag-title = Nur die Kontakte mit diesem Schlagwort
contacts-list-any-tag = Alle Schlagwörter
contacts-list-restricted = Eingeschränkt
    .title = Kontakte mit eingeschränkter Verarbeitung (gesperrt) erscheinen nicht in der normalen Liste
# Anzahl der eingeschränkten Kontakte in der Liste (Feld „Eingeschränkt“ angekreuzt).
contacts-list-total-restricted = { $count } eingeschränkt
contacts-list-none-restricted = Keine eingeschränkten Kontakte.
# $status: der Name eines Status, z. B. „Kunde“.
contacts-list-none-restricted-status = Keine eingeschränkten Kontakte mit dem Status „{ $status }“.
contacts-list-show-all = Alle Kontakte anzeigen
contacts-list-none-tag = Keine Kontakte mit dem Schlagwort „{ $tag }“.
contacts-list-none-yet = Noch keine Kontakte – legen Sie den ersten an (Strg+N)
contacts-list-none-yet-hint = Nur ein Name ist erforderlich; alles Weitere erst, wenn Sie es brauchen.
contacts-list-none-status = Keine Kontakte mit dem Status „{ $status }“.
# Der zugängliche Name der Liste.
contacts-list-contacts = Kontakte
contacts-list-loading = Kontakte werden geladen…
# Tooltip des Datums in einer Zeile.
contacts-list-last-contact = Letzter Kontakt
# In einer Zeile anstelle des Datums des letzten Gesprächs.
contacts-list-no-contact-yet = noch kein Kontakt

## Die Kontaktkarte (ContactCard, ContactDetails)

contacts-card-loading = Karte wird geladen…
contacts-card-history = Verlauf
contacts-card-access-report = Auskunftsbericht…
contacts-card-lift-restriction = Einschränkung aufheben…
contacts-card-restrict = Verarbeitung einschränken…
contacts-card-erase = Löschen…
# $source: Herkunft der Daten, z. B. „Von Dritten: Jan Nowak“.
contacts-card-source = Herkunft: { $source }
# $date: Datum des letzten Gesprächs.
contacts-card-last-contact = Letzter Kontakt: { $date }
contacts-card-last-contact-none = Letzter Kontakt: keiner erfasst
# $date: der Tag, an dem die Karte angelegt wurde.
contacts-card-added = Angelegt am { $date }
contacts-card-edit-label = Kontakt bearbeiten
contacts-card-save = Änderungen speichern
# Titel des Dialogs für den Auskunftsbericht; $name: der Name des Kontakts.
contacts-card-access-report-title = Auskunftsbericht für { $name }
contacts-details-only-name = Nur ein Name ist gespeichert. Weitere Angaben ergänzen Sie bei Bedarf mit „Bearbeiten“.
# Eine als bevorzugt markierte E-Mail-Adresse, Telefonnummer oder Adresse; $kind: z. B. „Geschäftlich“.
contacts-details-primary = { $kind } · bevorzugt
# $field: der Name eines Feldes, z. B. „Telefon“.
contacts-details-reveal = Einblenden
    .aria-label = { $field } einblenden
contacts-details-hide = Ausblenden
    .aria-label = { $field } ausblenden
contacts-details-sensitive-hint = Sensible Felder sind maskiert. Das Einblenden wird mit Ihrem Namen im Audit-Protokoll festgehalten.

## Das Kontaktformular (ContactFormFields, NewContactDialog, contact-form.ts)

contacts-form-add-email = E-Mail-Adresse hinzufügen
contacts-form-add-phone = Telefonnummer hinzufügen
contacts-form-add-address = Adresse hinzufügen
contacts-form-source-person = Die betroffene Person selbst
contacts-form-source-third-party = Ein Dritter
contacts-form-source-public = Eine öffentliche Quelle
# Ein Kästchen neben jedem Feld; $field: der Name des Feldes.
contacts-form-sensitive = Sensibel
    .aria-label = { $field } als sensibel markieren (maskiert, bis es eingeblendet wird)
# Unter einem maskierten Feld, das nicht bearbeitet werden kann.
contacts-form-masked = Maskiert.
# $reveal: die Schaltfläche „Zum Bearbeiten einblenden“ (contacts-form-reveal-to-edit).
contacts-form-masked-reveal = Maskiert. { $reveal } (wird im Audit-Protokoll festgehalten)
contacts-form-reveal-to-edit = Zum Bearbeiten einblenden
# $field: z. B. „E-Mail“; $n: die wievielte Zeile (1, 2…).
contacts-form-point-kind = Art: { $field } { $n }
# Kennzeichnet die bevorzugte von mehreren E-Mail-Adressen, Telefonnummern oder Adressen.
contacts-form-primary = Bevorzugt
contacts-form-remove = Entfernen
    .aria-label = { $field } { $n } entfernen
contacts-form-status = Status
contacts-form-tags-placeholder = z. B. Messe 2026, Newsletter
contacts-form-tags-hint = Schlagwörter durch Kommas trennen.
contacts-form-source-legend = Herkunft der Daten
contacts-form-which-third-party = Welcher Dritte
contacts-form-which-public-source = Welche öffentliche Quelle
contacts-form-third-party-placeholder = z. B. Empfehlung von Anna Kowalska
contacts-form-public-source-placeholder = z. B. Handelsregister
contacts-form-source-hint = Erforderlich für Datenschutzhinweise (Art. 14) und Auskunftsersuchen (Art. 15 Abs. 1 lit. g).
contacts-form-error-name = Geben Sie einen Namen ein: Er ist das einzige Pflichtfeld.
contacts-form-error-third-party = Geben Sie den Dritten an, von dem die Daten stammen.
contacts-form-error-public = Geben Sie die öffentliche Quelle der Daten an.
contacts-new-hint = Nur der Name ist erforderlich. Speichern Sie nicht mehr als nötig (Datenminimierung).
contacts-new-adding = Wird angelegt…
contacts-new-add = Kontakt anlegen

## Die Berichtigungen der Karte (ContactHistory)

contacts-history-title = Berichtigungen
contacts-history-audit-link = Gesamtes Audit-Protokoll dieses Kontakts
contacts-history-intro = Wer welche Felder geändert hat und was sie vorher enthielten. Sensible Werte bleiben maskiert.
contacts-history-none = Keine Änderungen seit dem Anlegen der Karte.
# Ein Eintrag: $when ist Datum und Uhrzeit (fett), $operator die Person, die ihn vorgenommen hat.
contacts-history-entry = { $when } · { $operator }
# $fields: die Namen der Felder, z. B. „E-Mail, Ausweisnummer“.
contacts-history-changed = { $when } · { $operator } hat { $fields } geändert
# $card: die mit dieser zusammengeführte Karte, z. B. „#12 (Anna Nowak)“.
contacts-history-merged = { $when } · { $operator } hat { $card } mit dieser Karte zusammengeführt
contacts-history-merged-taking = { $when } · { $operator } hat { $card } mit dieser Karte zusammengeführt und { $fields } übernommen
# Der Wert eines Feldes vor der Änderung; $field: sein Name.
contacts-history-before = { $field } vorher
contacts-history-masked = (sensibel, maskiert)

## Einen Kontakt auswählen (ContactPicker)

# $label: was ausgewählt wird, z. B. „Kontakt“; $name: der Name des Kontakts, fett; $id: seine Nummer.
contacts-picker-chosen = { $label }: { $name } (#{ $id })
contacts-picker-change = Ändern
contacts-picker-placeholder = Name, E-Mail oder Telefon eingeben
contacts-picker-matches = Passende Kontakte
contacts-picker-none = Kein Kontakt passt zu „{ $query }“.

## Das Menü Import/Export (ContactsMenu)

contacts-menu-button = Import/Export
    .title = Kontakte importieren und exportieren
contacts-menu-label = Import und Export
contacts-menu-export = Kontakte exportieren…
contacts-menu-undo = Import rückgängig machen…
# Das Tastenkürzel neben „Kontakte importieren…“ (deutsche Tastatur: Strg).
contacts-menu-import-keys = Strg+I

## Schlagwörter auf der Karte (QuickTags)

contacts-tags-remove = Schlagwort entfernen
    .aria-label = Schlagwort { $tag } entfernen
contacts-tags-new-label = Neue Schlagwörter, durch Kommas getrennt
contacts-tags-placeholder = Schlagwort, weiteres Schlagwort
contacts-tags-add = Hinzufügen
# Öffnet das Feld zum Hinzufügen von Schlagwörtern.
contacts-tags-add-button = + Schlagwort

## Suche (SearchBox)

contacts-search-label = Kontakte und Gespräche durchsuchen
# Zwei Leerzeichen vor dem Tastenkürzel.
contacts-search-placeholder = Kontakte und Gespräche durchsuchen  Strg+K
contacts-search-none = Keine Ergebnisse für „{ $query }“. Versuchen Sie es mit dem Wortanfang oder mit weniger Wörtern.
contacts-search-searching = Suche läuft…
contacts-search-results = Suchergebnisse
# Anstelle des Ausschnitts, wenn die Wörter in einem sensiblen (maskierten) Feld gefunden wurden.
contacts-search-masked-match = Treffer in einem maskierten Feld

contacts-erased-name = Gelöschter Kontakt Nr. { $id }
