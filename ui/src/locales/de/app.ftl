# Startbildschirme (Willkommen, Anlegen, Entsperren), Passphrasen-Stärke, Rahmen der App
# (Navigation, obere Leiste, Statusleiste), Dialog für von außen geöffnete Dateien und die
# Dateidialoge des Systems.

app-starting = Custos wird gestartet…

## Willkommen

app-welcome-title = Willkommen bei Custos
app-welcome-intro = Ihre Kontakte, Gespräche und Einwilligungen in einer verschlüsselten Datei auf diesem Computer. Keine Cloud bekommt sie je zu sehen.
app-welcome-create = Neuen Tresor anlegen
app-welcome-create-hint = Neu beginnen. Sie wählen eine Passphrase; ohne sie ist die Datei unlesbar.
app-welcome-open = Vorhandenen Tresor öffnen
app-welcome-open-hint = Eine vorhandene .custos-Datei entsperren, zum Beispiel eine aus einer Sicherung wiederhergestellte.
app-welcome-join = Einem Team beitreten
app-welcome-join-hint = Ein anderer Computer der Firma hat diesen eingeladen: Geben Sie den dort angezeigten Code ein, dann kommt das Adressbuch hierher.

## Tresor anlegen

app-create-title = Neuen Tresor anlegen
app-create-intro = Alles, was Sie in Custos speichern, wird mit Ihrer Passphrase verschlüsselt. Wenn Sie sie vergessen, kann niemand die Daten wiederherstellen – auch wir nicht.
app-vault-file = Tresordatei
app-vault-file-choose = Tresordatei wählen…
app-create-path-hint = Bewahren Sie eine Sicherung dieser Datei an einem sicheren Ort auf, z. B. auf einem verschlüsselten USB-Stick.
app-your-name = Ihr Name
app-create-operator-hint = Wird bei jeder Ihrer Änderungen festgehalten, wie es die Rechenschaftspflicht der { -gdpr } verlangt.
app-passphrase = Passphrase
app-create-repeat = Passphrase wiederholen
app-create-mismatch = Stimmt noch nicht mit der Passphrase überein.
app-create-busy = Wird angelegt…
app-create-submit = Tresor anlegen
app-create-instead = Stattdessen einen vorhandenen Tresor öffnen

## Entsperren

app-unlock-title = Tresor entsperren
app-unlock-busy = Wird entsperrt…
app-unlock-submit = Entsperren
app-unlock-instead = Stattdessen einen neuen Tresor anlegen

## Stärke der Passphrase

app-strength-too-short =
    { $length ->
        [0] Verwenden Sie mindestens { $min ->
            [one] { $min } Zeichen
           *[other] { $min } Zeichen
        }. Einige zusammenhanglose Wörter sind leicht zu merken und schwer zu erraten.
       *[other] Verwenden Sie mindestens { $min ->
            [one] { $min } Zeichen
           *[other] { $min } Zeichen
        }{ "\u00A0" }(bisher { $length }). Einige zusammenhanglose Wörter sind leicht zu merken und schwer zu erraten.
    }
app-strength-failed = Die Stärke konnte nicht geschätzt werden: { $error }
app-strength-label =
    Stärke: { $score ->
        [0] sehr schwach
        [1] schwach
        [2] mittel
        [3] stark
       *[4] sehr stark
    }
# $time: die Dauer in den Worten des Schätzers (englisch, z. B. "3 centuries").
app-strength-time = – Erraten dauert etwa { $time }
app-strength-checking = Stärke wird geprüft…

## Pfadfeld

app-path-choose = Wählen…
app-path-choose-label = { $label }: wählen…
app-path-dialog-failed = Der Dateidialog konnte nicht geöffnet werden: { $error } Geben Sie den Pfad stattdessen ein.

## Von außen übergebene Tresordatei

app-open-request-title-lock-first = Anderen Tresor öffnen?
app-open-request-title-refused = Diese Datei kann nicht geöffnet werden
app-open-request-asked = Custos soll diese Datei öffnen:
app-open-request-unlocked = Der Tresor { $vault } ist entsperrt. Sperren Sie ihn, um den anderen mit seiner Passphrase zu entsperren, oder arbeiten Sie in diesem weiter.
app-open-request-lock-and-open = Sperren und öffnen
app-open-request-keep-working = Weiterarbeiten
app-open-request-ok = OK

## Rahmen der App

app-nav-label = Hauptmenü
app-nav-contacts = Kontakte
app-nav-attention = Handlungsbedarf
app-nav-requests = Anfragen
app-nav-audit = Protokoll
app-nav-settings = Einstellungen
app-nav-to-deal-with = zu erledigen
app-new-contact = Neuer Kontakt
app-shortcut-new-contact = Strg+N
app-lock = Sperren
app-shortcut-lock = Strg+L
app-working-as = Angemeldet als { $operator }
app-dismiss = Ausblenden
app-locks-after = Sperrt nach { $minutes } Min. ohne Aktivität
app-locked-idle =
    Nach { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } ohne Aktivität gesperrt.
app-lock-failed = Das Sperren ist möglicherweise fehlgeschlagen: { $error } Schließen Sie Custos, um sicherzugehen.

## Anfrage abschließen: keine Daten vorhanden

app-no-data-title = Abschließen – keine Daten vorhanden
app-no-data-hint = Ist die antragstellende Person kein Kontakt von Ihnen und hat eine Suche in Karten und Gesprächsverläufen nichts über sie ergeben, lautet die Antwort, dass keine personenbezogenen Daten über sie gespeichert sind. Der Abschluss ist endgültig; das Antwortschreiben teilt dies dann mit.
app-no-data-summary = Wie Sie gesucht haben (optional)
app-no-data-summary-placeholder = z. B. nach Name und E-Mail-Adresse gesucht
app-no-data-closed = Die Anfrage ist abgeschlossen: Über die anfragende Person sind keine personenbezogenen Daten gespeichert.

## Dateidialoge des Systems

app-dialog-create-vault = Custos-Tresor anlegen
app-dialog-open-vault = Custos-Tresor öffnen
app-dialog-vault-filter = Custos-Tresor
app-dialog-transcript = Chat-Export wählen
app-dialog-whatsapp-filter = WhatsApp-Export
app-dialog-transcript-filter = Custos-Gesprächsverlauf
app-dialog-csv-export = In eine CSV-Datei exportieren
app-dialog-csv-filter = CSV (kommagetrennt)
app-dialog-save-document = Dokument speichern
app-dialog-pdf-filter = PDF-Dokument
app-dialog-html-filter = Webseite
app-dialog-zip-filter = ZIP-Archiv
app-dialog-backup-folder = Speicherort der Sicherungen
app-dialog-shared-folder = Der gemeinsame Ordner der Computer im Team
app-dialog-address-book = Adressbuchdatei wählen
app-dialog-address-book-filter = Adressbuch (CSV, vCard)
app-dialog-csv-sources-filter = CSV (Google, Outlook, Tabellenkalkulation)
app-dialog-vcard-filter = vCard
app-dialog-export-contacts = Kontakte exportieren

## Fehler

error-fallback = Etwas ist schiefgegangen. Bitte versuchen Sie es erneut.
