# Import von Gesprächen aus Dateien: E-Mail (.eml, mbox), Exporte aus Telegram, Messenger
# und dem Website-Chat, den Kontakten zugeordnet (ImportConversationsDialog und seine Schritte,
# das Kontaktmenü, der Import auf einer Karte), und die eigenen E-Mail-Adressen der Firma in den
# Einstellungen (StaffAddresses).

## Einstiege

import-conversations-menu = Gespräche importieren…
import-conversations-card-hint = Auch eine E-Mail (.eml, mbox), ein Telegram- oder Messenger-Export oder die CSV-Datei eines Website-Chats: Im nächsten Schritt werden die Personen darin Ihren Kontakten zugeordnet.

## Dateiauswahl des Systems (lib/dialogs.ts)

import-conversations-dialog-files = Dateien mit Gesprächen wählen
import-conversations-dialog-folder = Ordner mit Gesprächen wählen
import-conversations-dialog-filter = Gespräche (E-Mail, Chats)
import-conversations-dialog-mail-filter = E-Mail (.eml, mbox)
import-conversations-dialog-json-filter = Telegram, Messenger oder Custos (.json)
import-conversations-dialog-all-filter = Alle Dateien

## Der Dialog

import-conversations-title = Gespräche importieren
import-conversations-steps = Schritte des Imports
import-conversations-step-files = Dateien
import-conversations-step-mapping = Spalten
import-conversations-step-preview = Vorschau
import-conversations-step-importing = Import
import-conversations-step-summary = Fertig
import-conversations-intro = E-Mails (.eml-Dateien, ein Ordner davon oder eine mbox-Datei aus Thunderbird und den meisten Mailprogrammen), ein Telegram- oder Messenger-Export oder die CSV-Datei eines Website-Chats. Mehrere Dateien auf einmal sind möglich. Nichts wird gespeichert, bevor Sie die Vorschau gesehen haben, und gar nichts, wenn eine Datei nicht gelesen werden kann.
import-conversations-paths-label = Dateien und Ordner, einer pro Zeile
import-conversations-paths-hint = Wählen Sie sie unten aus oder fügen Sie ihre Pfade ein.
import-conversations-choose-files = Dateien wählen…
import-conversations-choose-folder = Ordner wählen…
import-conversations-choose-first = Wählen Sie zuerst mindestens eine Datei oder einen Ordner.
import-conversations-no-files = Der Ordner enthält keine Dateien mit Gesprächen, die Custos lesen kann.
import-conversations-reading = Dateien werden gelesen…
import-conversations-reading-short = Wird gelesen…
import-conversations-submit = Importieren

## Das Format einer Datei, wie die Vorschau es nennt

import-conversations-format-whatsapp = WhatsApp-Chat
import-conversations-format-json = Custos-Protokoll
import-conversations-format-eml = E-Mail
import-conversations-format-mbox = Postfach (mbox)
import-conversations-format-telegram = Telegram-Export
import-conversations-format-messenger = Messenger-Export
import-conversations-format-csv = Website-Chat (CSV)
# $name: der Dateiname; $format: was die Datei ist, z. B. „Telegram-Export“.
import-conversations-file = { $name } ({ $format })

## Die Spalten der CSV-Datei eines Website-Chats (ConversationsMappingStep)

# $file: der Dateiname; $rows: ihre Zeilen.
import-conversations-mapping-intro =
    { $rows ->
        [one] { $file } hat { $rows } Zeile. Geben Sie an, was jede Spalte enthält; die ersten Zeilen stehen unter den Spalten.
       *[other] { $file } hat { $rows } Zeilen. Geben Sie an, was jede Spalte enthält; die ersten Zeilen stehen unter den Spalten.
    }
# $fields: was noch fehlt, z. B. „die Zeit und der Text“.
import-conversations-mapping-missing = Noch anzugeben: { $fields }.
import-conversations-gap-time = die Zeit
import-conversations-gap-sender = der Absender
import-conversations-gap-text = der Text
# $n: die Nummer einer Spalte ohne Namen.
import-conversations-column-n = Spalte { $n }
# $column: der Name der Spalte.
import-conversations-column-field = Inhalt der Spalte „{ $column }“
import-conversations-field-ignore = Nicht importieren
import-conversations-field-time = Datum und Uhrzeit
import-conversations-field-date = Datum
import-conversations-field-clock = Uhrzeit
import-conversations-field-sender = Name des Absenders
import-conversations-field-sender-email = E-Mail des Absenders
import-conversations-field-role = Rolle des Absenders (Besucher, Mitarbeiter)
import-conversations-field-text = Nachrichtentext
import-conversations-field-conversation = Kennung des Gesprächs
import-conversations-field-message-id = Kennung der Nachricht

## Die Vorschau (ConversationsPreviewStep)

# Die Zahlen der gelesenen Dateien. $files: Dateien; $threads: E-Mail-Verläufe und Chats;
# $messages: Nachrichten; $skipped: nicht importierte Nachrichten (Systemmeldungen, Anrufe,
# leere); $undated: E-Mails ohne Datum.
import-conversations-counts =
    { $files ->
        [one] { $files } Datei
       *[other] { $files } Dateien
    }: { $threads ->
        [one] { $threads } Verlauf
       *[other] { $threads } Verläufe
    }, { $messages ->
        [one] { $messages } Nachricht
       *[other] { $messages } Nachrichten
    }, { $skipped } übersprungen (Systemmeldungen, Anrufe, leere), { $undated } ohne Datum.
# $count: die an Nachrichten angehängten Dateien.
import-conversations-attachments =
    { $count ->
        [one] { $count } Anhang: Name und Größe werden gespeichert, der Inhalt nicht.
       *[other] { $count } Anhänge: Namen und Größen werden gespeichert, die Inhalte nicht.
    }
# $count: die Personen, die in den Dateien vorkommen.
import-conversations-people-title =
    { $count ->
        [one] { $count } Person in den Dateien
       *[other] { $count } Personen in den Dateien
    }
import-conversations-people-hint = Wählen Sie für jede Person, die nicht unter Ihren Kontakten ist: einem Kontakt zuordnen, als Interessent anlegen, als Ihre Firma markieren oder überspringen. Ohne Ihre Wahl wird nichts angelegt: Eine übersprungene Person erhält keine Karte, ihre Nachrichten bleiben nur dort, wo sie mit einem Kontakt geschrieben hat.
import-conversations-col-person = Person
import-conversations-col-messages = Nachrichten
import-conversations-col-matched = Erkannt als
import-conversations-col-choice = Ihre Wahl
# $sent: von der Person gesendet; $received: an sie gerichtet.
import-conversations-sent-received = { $sent } gesendet, { $received } empfangen
# $name: der Name des Kontakts auf der Karte.
import-conversations-known-contact-address = { $name } (über die E-Mail-Adresse)
import-conversations-known-contact-name = { $name } (über den Namen)
import-conversations-known-restricted = { $name } – eingeschränkt: der Karte wird nichts hinzugefügt
import-conversations-known-staff = Ihre Firma
import-conversations-known-unknown = Nicht unter Ihren Kontakten
# $count: Karten mit demselben Namen oder derselben Adresse.
import-conversations-known-candidates =
    { $count ->
        [one] { $count } Karte mit diesem Namen
       *[other] { $count } Karten mit diesem Namen
    }
# $name: die Person.
import-conversations-choice-label = Was mit { $name } geschehen soll
import-conversations-choice-skip = Überspringen
# $name, $id: eine Karte mit demselben Namen.
import-conversations-choice-candidate = { $name } zuordnen (#{ $id })
# $name: die Karte, der die Person zugeordnet ist.
import-conversations-choice-attached = { $name } zuordnen
import-conversations-choice-attach = Einem Kontakt zuordnen…
import-conversations-choice-lead = Als Interessent anlegen
import-conversations-choice-staff = Ihre Firma (Mitarbeiter)
import-conversations-choice-none = —
# $name: die Person.
import-conversations-attach-to = Kontakt für { $name }
# $count: Gespräche, die der Import anlegt oder ergänzt.
import-conversations-planned-title =
    { $count ->
        [one] { $count } Gespräch wird importiert
       *[other] { $count } Gespräche werden importiert
    }
import-conversations-planned-none = Es würde kein Gespräch importiert: Niemand aus den Dateien ist bisher ein Kontakt. Ordnen Sie oben Personen Kontakten zu oder legen Sie Interessenten an.
# $count: Verläufe, in denen niemand ein Kontakt ist.
import-conversations-unassigned =
    { $count ->
        [one] { $count } Verlauf betrifft niemanden aus Ihren Kontakten: Er wird nicht importiert.
       *[other] { $count } Verläufe betreffen niemanden aus Ihren Kontakten: Sie werden nicht importiert.
    }
import-conversations-col-card = Karte
import-conversations-col-title = Gespräch
import-conversations-col-new = Neue Nachrichten
import-conversations-col-already = Schon vorhanden
import-conversations-new-lead = neuer Interessent

## Import und Zusammenfassung

# $count: die importierten Dateien.
import-conversations-running =
    { $count ->
        [one] { $count } Datei wird importiert…
       *[other] { $count } Dateien werden importiert…
    }
import-conversations-progress-label = Fortschritt des Imports
# $done, $total: bisher geschriebene und alle Nachrichten; $percent: Fortschritt in Prozent.
import-conversations-progress = { $done } von { $total } Nachrichten ({ $percent } %)
# $created: neue Gespräche; $extended: Gespräche eines früheren Imports mit neuen
# Nachrichten; $messages: hinzugefügte Nachrichten.
import-conversations-summary = Importiert: { $created ->
        [one] { $created } neues Gespräch
       *[other] { $created } neue Gespräche
    }, { $extended } ergänzt, { $messages ->
        [one] { $messages } Nachricht
       *[other] { $messages } Nachrichten
    }.
# $count: Nachrichten, die schon im Tresor waren.
import-conversations-summary-duplicates =
    { $count ->
        [one] { $count } Nachricht war schon vorhanden und wurde nicht erneut hinzugefügt.
       *[other] { $count } Nachrichten waren schon vorhanden und wurden nicht erneut hinzugefügt.
    }
import-conversations-summary-skipped =
    { $count ->
        [one] { $count } Nachricht übersprungen (eine Systemmeldung, ein Anruf oder leer).
       *[other] { $count } Nachrichten übersprungen (Systemmeldungen, Anrufe oder leere).
    }
import-conversations-summary-undated =
    { $count ->
        [one] { $count } E-Mail hatte kein Datum: Sie erhielt die Zeit der Nachricht davor.
       *[other] { $count } E-Mails hatten kein Datum: Jede erhielt die Zeit der Nachricht davor.
    }
import-conversations-summary-unassigned =
    { $count ->
        [one] { $count } Verlauf betraf niemanden aus Ihren Kontakten und wurde nicht importiert.
       *[other] { $count } Verläufe betrafen niemanden aus Ihren Kontakten und wurden nicht importiert.
    }
import-conversations-summary-attachments =
    { $count ->
        [one] { $count } Anhang: Name und Größe wurden gespeichert, der Inhalt nicht.
       *[other] { $count } Anhänge: Namen und Größen wurden gespeichert, die Inhalte nicht.
    }
# $count: angelegte Interessenten; ihre Namen folgen, jeweils als Link zur Karte.
import-conversations-summary-leads =
    { $count ->
        [one] { $count } Interessent angelegt (Quelle sind die eigenen Nachrichten der Person):
       *[other] { $count } Interessenten angelegt (Quelle sind jeweils die eigenen Nachrichten der Person):
    }

## Einstellungen: die eigenen E-Mail-Adressen der Firma (StaffAddresses)

import-conversations-staff-title = E-Mail-Adressen Ihrer Firma
import-conversations-staff-intro = Beim Import von E-Mails gehört eine Mail von oder an eine dieser Adressen Ihrer Firma (Mitarbeiter), nicht einem Kontakt.
import-conversations-staff-label = Adressen, eine pro Zeile
import-conversations-staff-hint = Leer lassen, um die E-Mail-Adresse aus dem Firmenprofil zu verwenden.
# $addresses: die E-Mail-Adresse aus dem Firmenprofil.
import-conversations-staff-from-profile = Keine festgelegt: Die Adresse aus dem Firmenprofil wird verwendet ({ $addresses }).
import-conversations-staff-none = Keine festgelegt, und das Firmenprofil hat keine E-Mail-Adresse: Keine Mail gilt als Mail Ihrer Firma.
import-conversations-staff-save = Adressen speichern
