# Einwilligungen und Widersprüche auf der Kontaktkarte, die Zwecke in den Einstellungen (Liste und
# Formular) und wer für einen Zweck kontaktiert werden darf (Liste mit CSV-Export).

## Stand einer Einwilligung (Codes des Kerns) und Ereignisse ihres Verlaufs

consent-state-never-given = Nie erteilt
consent-state-given = Erteilt
consent-state-confirmed = Bestätigt
consent-state-withdrawn = Widerrufen
consent-state-expired = Abgelaufen
consent-state-given-awaiting = Erteilt, Bestätigung ausstehend
consent-event-given = Erteilt
consent-event-confirmed = Bestätigt
consent-event-withdrawn = Widerrufen
consent-event-expired = Abgelaufen

## Wie die Person einwilligte, bestätigte, widerrief oder widersprach

consent-method-web-form = Webformular
consent-method-email = E-Mail
consent-method-phone = Telefon
consent-method-in-person = Persönlich
consent-method-chat = Chat
consent-method-paper = Schriftlich

## Einwilligungen auf der Karte

consents-title = Einwilligungen und Kontakterlaubnis
consents-loading = Einwilligungen werden geladen…
consents-no-purposes = Noch keine Zwecke. Legen Sie unter Einstellungen → Zwecke fest, wofür Sie Kontaktdaten speichern; Einwilligungen werden hier für diese Zwecke erfasst.
consents-may-contact = Kontakt erlaubt
consents-may-not-contact = Kontakt nicht erlaubt
consents-objected = Widerspruch am { $date } ({ $method }), erfasst von { $who }.
consents-objected-ref = Widerspruch am { $date } ({ $method }, Ref. { $ref }), erfasst von { $who }.
consents-give = Einwilligung erfassen…
consents-give-again = Erneut erfassen…
consents-confirm = Bestätigen…
consents-withdraw = Widerrufen
consents-withdrawing = Wird widerrufen…
consents-object = Widerspruch…
consents-withdraw-method = Wie { $name } die Einwilligung für { $purpose } widerrufen hat
consents-history-show = Verlauf ({ $count })
consents-history-hide = Verlauf ausblenden
consents-history-caption = Verlauf der Einwilligung für { $purpose }
consents-history-when = Wann
consents-history-event = Ereignis
consents-history-method = Art
consents-history-wording = Wortlaut
consents-history-evidence = Nachweis
consents-history-recorded-by = Erfasst von
consents-history-recorded = { $who }, { $when }
consents-version = Version { $version }
consents-done-give = { $name }: Einwilligung erfasst.
consents-done-confirm = { $name }: Bestätigung erfasst.
consents-done-withdraw = { $name }: Einwilligung widerrufen.
consents-done-object = { $name }: Widerspruch erfasst.

## Formular für Einwilligung, Bestätigung oder Widerspruch

consent-form-title-give = Einwilligung erfassen
consent-form-title-confirm = Bestätigung erfassen
consent-form-title-object = Widerspruch erfassen
consent-form-submit-give = Einwilligung erfassen
consent-form-submit-confirm = Bestätigung erfassen
consent-form-submit-object = Widerspruch erfassen
consent-form-recording = Wird erfasst…
consent-form-object-hint = { $name } widerspricht „{ $purpose }“ (Art. 21 { -gdpr }). Ab dann dürfen die Daten der Person dafür nicht mehr verwendet werden, unabhängig von der Rechtsgrundlage.
consent-form-confirm-hint = Double-Opt-in: wann und wie { $name } bestätigt hat, z. B. durch Klick auf den Link in der E-Mail.
consent-form-method = Art
consent-form-when = Wann
consent-form-confirmed-at = Bestätigt am
consent-form-when-hint = (leer für jetzt)
consent-form-evidence-ref = Nachweis-Referenz
consent-form-confirmation-ref = Bestätigungs-Referenz
consent-form-evidence-placeholder = Formular-ID, E-Mail-Nachrichten-ID, eingescanntes Schreiben…
consent-form-wording = Gezeigter Wortlaut
consent-form-version-dated = Version { $version } — { $date }
consent-form-version-current-dated = Version { $version } (aktuell) — { $date }
consent-form-version-current = Version { $version } (aktuell)
consent-form-versions-error = Ältere Versionen konnten nicht geladen werden: { $error }
consent-form-error-time = Geben Sie Datum und Uhrzeit an oder lassen Sie das Feld für jetzt leer.

## Einstellungen → Zwecke

purposes-title = Zwecke
purposes-add = Zweck hinzufügen
purposes-intro = Wofür Sie personenbezogene Daten speichern und auf welcher Rechtsgrundlage. Datenschutzhinweise, Auskunftsberichte und das Verarbeitungsverzeichnis entstehen aus dieser Liste.
purposes-empty = Noch keine Zwecke. Legen Sie fest, wofür Sie Kontaktdaten speichern — zum Beispiel „Beantwortung von Anfragen“ (Vertrag) oder „Newsletter“ (Einwilligung).
purposes-loading = Zwecke werden geladen…
purposes-audience = Wer kontaktiert werden darf
purposes-audience-for = Wer für { $purpose } kontaktiert werden darf
purposes-edit-named = { $purpose } bearbeiten

## Formular eines Zwecks

purpose-form-title-new = Neuer Zweck
purpose-form-title-edit = „{ $purpose }“ bearbeiten
purpose-form-name = Name
purpose-form-name-placeholder = z. B. Beantwortung von Anfragen
purpose-form-basis = Rechtsgrundlage
purpose-form-description = Beschreibung
purpose-form-interest = Verfolgtes berechtigtes Interesse
purpose-form-interest-hint = Erforderlich für Art. 6 Abs. 1 lit. f: Nennen Sie das Interesse, z. B. „Nachfassen zu versandten Angeboten“.
purpose-form-wording = Wortlaut der Einwilligung
purpose-form-wording-hint = Der genaue Text, dem Personen zustimmen. Eine Änderung erzeugt eine neue Version; bereits erteilte Einwilligungen behalten die Version, die die Person gesehen hat.
purpose-form-wording-new-version = Beim Speichern entsteht eine neue Version.
purpose-form-double-opt-in = Double-Opt-in: Die Einwilligung gilt erst, wenn die Person sie bestätigt
purpose-form-subjects = Kategorien betroffener Personen
purpose-form-subjects-hint = Wen die Daten betreffen, eine Kategorie pro Zeile, z. B. „Kunden“, „Bewerber“. Das Verarbeitungsverzeichnis führt sie auf.
purpose-form-categories = Datenkategorien
purpose-form-categories-hint = Eine pro Zeile, z. B. „Kontaktdaten“.
purpose-form-retention = Wie lange die Daten gespeichert werden
purpose-form-retention-hint = Eine Frist oder die Kriterien, z. B. „2 Jahre nach dem letzten Kontakt“.
purpose-form-requirement = Muss die Person die Daten bereitstellen?
purpose-form-requirement-voluntary = Nein, freiwillig
purpose-form-requirement-statutory = Ja, gesetzlich vorgeschrieben
purpose-form-requirement-contractual = Ja, vertraglich erforderlich
purpose-form-consequence = Folgen, wenn sie es nicht tut
purpose-form-automated = Es findet eine automatisierte Entscheidungsfindung oder Profiling statt
purpose-form-automated-logic = Die involvierte Logik und ihre Tragweite für die Person
purpose-form-recipients = Empfänger und Auftragsverarbeiter
purpose-form-recipients-none = Keine. Fügen Sie die Dienste und Firmen hinzu, die diese Daten erhalten, z. B. Ihren E-Mail-Anbieter.
purpose-form-recipient-name = Name
purpose-form-recipient-role = Rolle
purpose-form-recipient-country = Land
purpose-form-recipient-country-placeholder = DE
purpose-form-recipient-safeguard = Garantie für die Übermittlung
purpose-form-recipient-safeguard-detail = Einzelheiten der Garantie
purpose-form-recipient-safeguard-placeholder = z. B. der Angemessenheitsbeschluss oder die Version der SCC
purpose-form-recipient-remove = Entfernen
purpose-form-recipient-remove-named = Empfänger { $number } entfernen
purpose-form-recipient-add = Empfänger hinzufügen
purpose-form-save = Zweck speichern
purpose-form-error-automated = Beschreiben Sie die automatisierte Entscheidungsfindung oder das Profiling samt der involvierten Logik.
purpose-problem = { $field }: { $problem }.
purpose-problem-recipient = Empfänger { $number }
purpose-problem-field-name = Name
purpose-problem-field-description = Beschreibung
purpose-problem-field-legitimate-interest = Berechtigtes Interesse
purpose-problem-field-consent-wording = Wortlaut der Einwilligung
purpose-problem-field-requirement = Wenn die Person die Daten nicht bereitstellt

## Wer für einen Zweck kontaktiert werden darf

consents-audience-title = Wer für „{ $purpose }“ kontaktiert werden darf
consents-audience-total =
    { $count ->
        [one] { $count } Person
       *[other] { $count } Personen
    }
consents-audience-hint-confirmed = Alle, deren { -consent } bestätigt ist (Double-Opt-in). Eingeschränkte und gelöschte Personen sowie alle, die widersprochen haben, erscheinen nie.
consents-audience-hint-consent = Alle, deren { -consent } gilt. Eingeschränkte und gelöschte Personen sowie alle, die widersprochen haben, erscheinen nie.
consents-audience-hint-other = Alle aus der Kontaktliste: Dieser Zweck beruht nicht auf einer { -consent }. Eingeschränkte und gelöschte Personen sowie alle, die widersprochen haben, erscheinen nie.
consents-audience-method-withdrawals = Widerrufe erfassen als
consents-audience-method-objections = Widersprüche erfassen als
consents-audience-export = CSV exportieren…
consents-audience-export-form = Als CSV exportieren
consents-audience-export-path = Speichern unter
consents-audience-export-hint = Eine CSV-Datei (UTF-8, kommagetrennt) mit Name, E-Mail, Telefon, Rechtsgrundlage und Einwilligung. Eine vorhandene Datei wird nie überschrieben.
consents-audience-export-no-path = Wählen Sie, wo die CSV-Datei gespeichert werden soll.
consents-audience-export-submit = Exportieren
consents-audience-exporting = Wird exportiert…
consents-audience-exported =
    { $count ->
        [one] { $count } Person in { $path } geschrieben.
       *[other] { $count } Personen in { $path } geschrieben.
    }
consents-audience-file = { $purpose }-empfaenger-{ $date }
consents-audience-file-fallback = zweck
consents-audience-empty = Derzeit darf niemand für „{ $purpose }“ kontaktiert werden.
consents-audience-list = Personen, die kontaktiert werden dürfen
consents-audience-open-card = Karte öffnen
consents-audience-no-reach = keine E-Mail oder Telefonnummer
consents-audience-since = { $state } seit { $date }
consents-audience-withdraw-named = Einwilligung von { $name } widerrufen
consents-audience-object-named = Widerspruch von { $name } erfassen
consents-audience-objected = Widerspruch
