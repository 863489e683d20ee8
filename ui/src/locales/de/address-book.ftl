# The address book: importing contacts (CSV, vCard), exporting them, undoing an import, and
# possible duplicates with the side-by-side comparison and merge.

## Shared

# A line of the imported file, before what the core says about it ($line: its number).
address-book-line = Zeile { $line }
address-book-undo-import = Diesen Import rückgängig machen

## Import wizard (Import/Export → Import contacts…)

address-book-import-title = Kontakte importieren
address-book-import-steps = Schritte
address-book-import-step-file = Datei
address-book-import-step-mapping = Spalten
address-book-import-step-options = Herkunft und Status
address-book-import-step-review = Duplikate
address-book-import-step-importing = Import
address-book-import-step-summary = Fertig
address-book-import-intro =
    Ein Export aus Google Kontakte oder Outlook (.csv), eine als CSV gespeicherte Tabelle oder eine vCard-Datei (.vcf)
    von einem Telefon oder aus einem anderen Adressbuch. Es wird nichts geschrieben, bevor Sie gesehen haben, wer schon in Custos ist.
address-book-import-file-label = Adressbuch-Datei
address-book-import-choose-file-first = Wählen Sie zuerst die zu importierende Datei.
# $file: the file's name; $detected: what the file is, in the core's words ("vCard file with 3 cards").
address-book-import-detected = { $file }: { $detected }.
address-book-import-source-legend = Woher die Daten stammen
address-book-import-source-hint = Jede Karte, die der Import anlegt, hält ihre Herkunft fest (Art. 14 { -gdpr }).
address-book-import-source-third-party = Von Dritten
address-book-import-source-public = Aus einer öffentlichen Quelle
address-book-import-source-person = Von den betroffenen Personen selbst
address-book-import-source-name-third-party = Welche dritte Stelle
address-book-import-source-name-public = Welche öffentliche Quelle
address-book-import-status-label = Status der neuen Karten
address-book-import-tag-label = Schlagwort für diesen Import
address-book-import-tag-placeholder = z. B. Messe 2026
address-book-import-tag-hint = Wird jeder Karte gegeben, die der Import anlegt oder in die er zusammenführt.
# $file: the file's name.
address-book-import-running = { $file } wird importiert…
address-book-import-progress-label = Importfortschritt
# $done rows of $total imported so far; $percent: how far, 0–100.
address-book-import-progress =
    { $done } von { $total ->
        [one] { $total } Zeile
       *[other] { $total } Zeilen
    } ({ $percent } %)
address-book-import-cancelling-hint = Wird abgebrochen: Es wird nichts geschrieben.
address-book-import-running-hint = Alles wird am Ende auf einmal geschrieben; Abbrechen lässt den Tresor unverändert.
# What the import did. $file: the file's name; $created new cards, $merged rows merged into
# existing cards, $skipped rows skipped.
address-book-import-summary =
    { $file } importiert: { $created ->
        [one] { $created } neue Karte
       *[other] { $created } neue Karten
    }, { $merged ->
        [one] { $merged } Zeile in eine Karte zusammengeführt
       *[other] { $merged } Zeilen in Karten zusammengeführt
    }, { $skipped ->
        [one] { $skipped } Zeile
       *[other] { $skipped } Zeilen
    } übersprungen.
# $what: a list of the parts below ("1 e-mail address, phone or address and 2 tags").
address-book-import-added = Die Zusammenführungen haben { $what } hinzugefügt.
address-book-import-added-points =
    { $count ->
        [one] { $count } E-Mail-Adresse, Telefonnummer oder Adresse
       *[other] { $count } E-Mail-Adressen, Telefonnummern oder Adressen
    }
address-book-import-added-tags =
    { $count ->
        [one] { $count } Schlagwort
       *[other] { $count } Schlagwörter
    }
address-book-import-added-values =
    { $count ->
        [one] { $count } Wert in leeren Feldern
       *[other] { $count } Werte in leeren Feldern
    }
address-book-import-problems-skipped =
    { $count ->
        [one] { $count } Zeile, die nicht importiert werden konnte, wurde ausgelassen.
       *[other] { $count } Zeilen, die nicht importiert werden konnten, wurden ausgelassen.
    }
address-book-import-values-left-out =
    { $count ->
        [one] { $count } Wert wurde in importierten Zeilen ausgelassen.
       *[other] { $count } Werte wurden in importierten Zeilen ausgelassen.
    }
# Followed by a list of the rows, each with why.
address-book-import-not-merged =
    { $count ->
        [one] { $count } Zeile wurde nicht zusammengeführt:
       *[other] { $count } Zeilen wurden nicht zusammengeführt:
    }
# $line: the row's line in the file; $message: why, in the core's words.
address-book-import-line-note = Zeile { $line }: { $message }
# $count: cards the undo removed.
address-book-import-undone =
    Der Import wurde rückgängig gemacht: { $count ->
        [one] { $count } Karte
       *[other] { $count } Karten
    } entfernt.
# The same when the import had also added to existing cards.
address-book-import-undone-more =
    Der Import wurde rückgängig gemacht: { $count ->
        [one] { $count } Karte
       *[other] { $count } Karten
    } entfernt und was er anderen Karten hinzugefügt hatte, wieder entfernt.
address-book-import-undo-hint =
    Möglich, bis Custos geschlossen wird, sofern seine Karten seither nicht bearbeitet wurden (Import/Export →
    Import rückgängig machen… listet die Importe dieser Sitzung).
address-book-import-cancel = Import abbrechen
address-book-import-cancelling = Wird abgebrochen…
address-book-import-submit = Importieren
address-book-import-importing = Wird importiert…
address-book-import-check = Auf Duplikate prüfen
address-book-import-checking = Wird geprüft…
address-book-import-reading = Wird gelesen…

## Import wizard: the columns of a CSV file

# $detected: what the file is, in the core's words; $name: the saved mapping's name.
address-book-mapping-detected-saved = { $detected }. Die als „{ $name }“ gespeicherte Zuordnung wurde angewendet.
address-book-mapping-detected-guessed = { $detected }. Das Feld jeder Spalte wurde aus ihrem Namen erraten: Bitte prüfen Sie es.
# $count: how many columns the file has.
address-book-mapping-columns-title = Spalten der Datei ({ $count })
address-book-mapping-column = Spalte
address-book-mapping-first-value = Erster Wert
address-book-mapping-imported-as = Importiert als
# A column without a name in the file's header; $n: its position, from 1.
address-book-mapping-column-n = Spalte { $n }
# The field list's accessible name; $column: the column's name, or its position.
address-book-mapping-column-field = Feld für die Spalte { $column }
address-book-mapping-rows-title = Die ersten Zeilen, wie sie importiert werden
address-book-mapping-no-name = Kein Name
address-book-mapping-reading = Die ersten Zeilen werden gelesen…
address-book-mapping-save-label = Diese Zuordnung speichern als
address-book-mapping-save-placeholder = z. B. Büro-Tabelle
address-book-mapping-save = Zuordnung speichern
# $name: the name the mapping was saved under.
address-book-mapping-saved = Als „{ $name }“ gespeichert: wird für Dateien mit diesen Spalten wieder verwendet.

## The fields a CSV column may be imported as (the list in each column's row)

address-book-csv-field-ignore = Nicht importiert
address-book-csv-field-display-name = Anzeigename
address-book-csv-field-given-name = Vorname
address-book-csv-field-middle-name = Zweiter Vorname
address-book-csv-field-family-name = Nachname
address-book-csv-field-organisation = Organisation
address-book-csv-field-job-title = Position
address-book-csv-field-tags = Schlagwörter
address-book-csv-field-notes = Notizen
# The kind of e-mail address, phone or address, in brackets after the field: "E-mail (work)".
address-book-csv-label-work = geschäftlich
address-book-csv-label-home = privat
address-book-csv-label-mobile = mobil
address-book-csv-label-other = sonstige
# $group: 0 for a file with one e-mail column of each kind, else which one (Google's "E-mail 2");
# $label: one of the kinds above.
address-book-csv-email =
    { $group ->
        [0] E-Mail ({ $label })
       *[other] E-Mail { $group } ({ $label })
    }
address-book-csv-phone =
    { $group ->
        [0] Telefon ({ $label })
       *[other] Telefon { $group } ({ $label })
    }
address-book-csv-address =
    { $group ->
        [0] Adresse ({ $label })
       *[other] Adresse { $group } ({ $label })
    }
# A part of a postal address in a column of its own. $part: one of the parts below.
address-book-csv-address-part =
    { $group ->
        [0] { $part } ({ $label })
       *[other] { $part }, Adresse { $group } ({ $label })
    }
address-book-csv-part-street = Straße
address-book-csv-part-postal-code = Postleitzahl
address-book-csv-part-city = Ort
address-book-csv-part-region = Bundesland/Region
address-book-csv-part-country = Land
# A column that gives the kinds (work, home…) of the e-mail addresses, phones or addresses.
address-book-csv-labels-email =
    { $group ->
        [0] Art der E-Mail-Adressen
       *[other] Art von E-Mail { $group }
    }
address-book-csv-labels-phone =
    { $group ->
        [0] Art der Telefonnummern
       *[other] Art von Telefon { $group }
    }
address-book-csv-labels-address =
    { $group ->
        [0] Art der Postanschriften
       *[other] Art von Adresse { $group }
    }

## Import wizard: duplicates and rows that cannot be imported

# The bold part of address-book-review-counts: rows that become new cards.
address-book-review-new = { $count } neu
# $rows: rows in the file; $fresh: address-book-review-new in bold; $duplicates and $problems: counts.
address-book-review-counts =
    { $rows ->
        [one] { $rows } Zeile
       *[other] { $rows } Zeilen
    } in der Datei: { $fresh }, { $duplicates ->
        [one] { $duplicates } Duplikat
       *[other] { $duplicates } Duplikate
    }, { $problems } nicht importierbar.
# $count: rows of the file already in the vault.
address-book-review-duplicates-title = Schon in Custos ({ $count })
address-book-review-decide-all = Für alle Duplikate festlegen:
address-book-review-choose = auswählen…
address-book-import-decision-merge = In die Karte zusammenführen
address-book-import-decision-skip = Überspringen
address-book-import-decision-new = Als neu hinzufügen
address-book-review-merge-hint =
    Beim Zusammenführen wird nur ergänzt, was der Karte fehlt (E-Mail-Adressen, Telefonnummern, Schlagwörter, leere Felder); nichts wird überschrieben.
address-book-review-col-line = Zeile
address-book-review-col-in-file = In der Datei
address-book-review-col-matches = Entspricht
address-book-review-col-because = Wegen
address-book-review-col-decision = Vorgehen
address-book-review-restricted = eingeschränkt: kann nicht zusammengeführt werden
# A row that repeats an earlier row of the same file. $line: that row's line; $name: its name.
address-book-review-earlier-row = Zeile { $line } dieser Datei: { $name }
# Why a row is a duplicate, listed after each other.
address-book-review-matched-email = dieselbe E-Mail-Adresse
address-book-review-matched-phone = dieselbe Telefonnummer
address-book-review-matched-name = derselbe Name bei derselben Organisation
# The decision list's accessible name. $line: the row's line; $name: its name.
address-book-review-decision-label = Vorgehen für Zeile { $line }, { $name }
# Only the first duplicates are listed. $shown: how many are; $rest: how many are not.
address-book-review-more-duplicates = Die ersten { $shown } sind aufgeführt; für die übrigen { $rest } gilt die Auswahl für alle Duplikate (Zusammenführen, sofern Sie nichts anderes wählen).
# The same after the user chose a decision for every duplicate.
address-book-review-more-duplicates-chosen = Die ersten { $shown } sind aufgeführt; für die übrigen { $rest } gilt die Auswahl für alle Duplikate.
address-book-review-no-duplicates = Niemand aus der Datei ist schon in Custos.
# $count: rows that cannot be imported.
address-book-review-problems-title = Nicht importierbar ({ $count })
# After a shortened list; $count: the items not listed.
address-book-review-and-more = und { $count } weitere.
address-book-review-skip-problems =
    { $count ->
        [one] Diese Zeile überspringen und den Rest importieren
       *[other] Diese { $count } Zeilen überspringen und den Rest importieren
    }
# $count: values of the file that cannot be stored.
address-book-review-warnings-title = Ausgelassene Werte ({ $count })
address-book-review-warnings-hint = Diese Werte können so nicht gespeichert werden; der Rest jeder Zeile wird importiert.

## Export (Import/Export → Export contacts…)

address-book-export-title = Kontakte exportieren
address-book-export-intro =
    Aktive Kontakte mit Namen, Organisation, E-Mail-Adressen, Telefonnummern, Postanschriften, Schlagwörtern und Notizen —
    ohne Einwilligungen, Unterhaltungen oder sonst etwas, das über sie erfasst ist. Eingeschränkte Kontakte werden ausgelassen.
address-book-export-format = Format
address-book-export-format-vcard-hint = für Adressbücher und Telefone
address-book-export-format-csv-hint = für Tabellenkalkulationen
address-book-export-status = Status
address-book-export-any-status = Jeder Status
address-book-export-tag = Schlagwort
address-book-export-any-tag = Jedes Schlagwort
# A tag in the list; $name: the tag; $count: the contacts that have it.
address-book-export-tag-option = { $name } ({ $count })
address-book-export-path = Speichern unter
address-book-export-path-hint = Eine vorhandene Datei wird nie ersetzt.
address-book-export-choose-path = Wählen Sie, wo die Datei gespeichert werden soll.
# $count: contacts written; $path: the file.
address-book-export-done =
    { $count ->
        [one] { $count } Kontakt
       *[other] { $count } Kontakte
    } in { $path } geschrieben.
address-book-export-submit = Exportieren
address-book-export-exporting = Wird exportiert…

## Undo an import (Import/Export → Undo an import…)

address-book-recent-title = Import rückgängig machen
address-book-recent-intro = Die seit dem Start von Custos importierten Adressbücher. Nach einem Neustart bleiben sie, wie sie sind.
address-book-recent-none = Seit dem Start von Custos gibt es keinen Import, der sich rückgängig machen lässt.
# Under the import's source. $date: when it was made (date and time); $count: its cards.
address-book-recent-imported =
    importiert am { $date } · { $count ->
        [one] { $count } Karte
       *[other] { $count } Karten
    }
# $date: when the import was made (date and time); $count: cards the undo removed.
address-book-recent-undone =
    Der Import vom { $date } wurde rückgängig gemacht: { $count ->
        [one] { $count } Karte
       *[other] { $count } Karten
    } entfernt.

## Possible duplicates

address-book-duplicates-title = Mögliche Duplikate
address-book-duplicates-open-hint = Karten, die eine Person sein können: nebeneinander vergleichen und zusammenführen
# Read by screen readers after the number of pairs on the button.
address-book-duplicates-pairs-unit =
    { $count ->
        [one] Paar
       *[other] Paare
    }
address-book-duplicates-intro =
    Karten mit gemeinsamer E-Mail-Adresse oder Telefonnummer oder mit demselben Namen bei derselben Organisation. Vergleichen
    Sie ein Paar nebeneinander und führen Sie es zusammen, wenn es eine Person ist; ein Paar aus zwei Personen kann bleiben, wie es ist.
address-book-duplicates-looking = Mögliche Duplikate werden gesucht…
address-book-duplicates-none = Keine möglichen Duplikate: Keine zwei Karten haben eine gemeinsame E-Mail-Adresse, Telefonnummer oder denselben Namen bei einer Organisation.
address-book-duplicates-count =
    { $count ->
        [one] { $count } Paar zu prüfen. Wählen Sie eines zum Vergleichen.
       *[other] { $count } Paare zu prüfen. Wählen Sie eines zum Vergleichen.
    }
# A pair's accessible name. $first and $second: "Anna Kowalska (#4)"; $matches: what they share.
address-book-duplicates-pair-label = { $first } und { $second } vergleichen. { $matches }
address-book-duplicates-compare = Vergleichen ›
# What two cards share; $value: the e-mail address or phone number.
address-book-match-email = Gleiche E-Mail-Adresse: { $value }
address-book-match-phone = Gleiche Telefonnummer: { $value }
address-book-match-name = Gleicher Name bei derselben Organisation
# After a merge. $merged and $kept: the two cards' names (in bold); $mergedId, $keptId: their numbers.
address-book-merged-title = { $merged } (#{ $mergedId }) in { $kept } (#{ $keptId }) zusammengeführt
# $id: the kept card's number.
address-book-merged-open = Karte öffnen (#{ $id })
address-book-merged-dismiss = Ausblenden

## What a merge did (the lines under address-book-merged-title). $id: the removed card's number.

# $value: the e-mail address, phone number or postal address; $label: Work, Home, Mobile, Other.
address-book-merged-added-email = E-Mail-Adresse { $value } ({ $label }) hinzugefügt
address-book-merged-added-phone = Telefonnummer { $value } ({ $label }) hinzugefügt
address-book-merged-added-address = Postanschrift { $value } ({ $label }) hinzugefügt
# Another field (not expected); $field: its name within a sentence.
address-book-merged-added-field = { $field } { $value } ({ $label }) hinzugefügt
# $fields: the fields, separated by commas.
address-book-merged-filled = Ergänzt: { $fields }
address-book-merged-notes = Die Notizen von #{ $id } wurden an die eigenen dieser Karte angefügt
# $tags: the tags, separated by commas.
address-book-merged-tags = Hinzugefügte Schlagwörter: { $tags }
# $items: the parts below that are not zero, separated by commas.
address-book-merged-moved = Hierher übertragen: { $items }
address-book-merged-moved-conversations =
    { $count ->
        [one] { $count } Unterhaltung
       *[other] { $count } Unterhaltungen
    }
address-book-merged-moved-consents =
    { $count ->
        [one] { $count } Einwilligungseintrag
       *[other] { $count } Einwilligungseinträge
    }
address-book-merged-moved-objections =
    { $count ->
        [one] { $count } Widerspruch
       *[other] { $count } Widersprüche
    }
address-book-merged-moved-requests =
    { $count ->
        [one] { $count } Anfrage
       *[other] { $count } Anfragen
    }
address-book-merged-moved-hold = die begründete Aufbewahrung
address-book-merged-objections-dropped =
    { $count ->
        [one] { $count } Widerspruch wurde ausgelassen: Beide Karten hatten demselben Zweck widersprochen, der frühere Widerspruch bleibt
       *[other] { $count } Widersprüche wurden ausgelassen: Beide Karten hatten demselben Zweck widersprochen, der frühere Widerspruch bleibt
    }
# $fields: the fields within a sentence (address-book-field-inline-*), separated by commas.
address-book-merged-not-taken = Eigene Angaben dieser Karte behalten ({ $fields }): #{ $id } hatte andere Werte, die der Verlauf der Karte zeigt
address-book-merged-nothing = #{ $id } hatte nichts, was dieser Karte fehlte.
# A card's fields as a sentence names them.
address-book-field-inline-display-name = Name
address-book-field-inline-given-name = Vorname
address-book-field-inline-family-name = Nachname
address-book-field-inline-email = E-Mail
address-book-field-inline-phone = Telefon
address-book-field-inline-organisation = Organisation
address-book-field-inline-job-title = Position
address-book-field-inline-address = Adresse
address-book-field-inline-id-number = Ausweisnummer
address-book-field-inline-tags = Schlagwörter
address-book-field-inline-notes = Notizen

## Compare and merge (two possible duplicates side by side)

address-book-compare-back = ‹ Alle möglichen Duplikate
address-book-compare-title = Vergleichen und zusammenführen
address-book-compare-matches = Was die beiden Karten gemeinsam haben
address-book-compare-back-to-list = Zurück zur Liste
address-book-compare-loading = Beide Karten werden geladen…
# $card: "Anna Kowalska (#4)".
address-book-compare-keep-label = { $card } behalten
address-book-compare-keep = Diese Karte behalten
address-book-compare-kept = Bleibt: übernimmt, was die andere hat
address-book-compare-removed = Wird übernommen, dann entfernt
address-book-compare-row-status = Status
address-book-compare-row-email = E-Mail-Adressen
address-book-compare-row-phone = Telefonnummern
address-book-compare-row-address = Postanschriften
address-book-compare-row-source = Herkunft
address-book-compare-row-created = Angelegt
address-book-compare-row-last-contact = Letzter Kontakt
address-book-compare-row-conversations = Unterhaltungen
address-book-compare-empty-both = Bei beiden leer
address-book-compare-empty = leer
# After an e-mail address, phone or address of a card that has several.
address-book-compare-primary = bevorzugt
address-book-compare-no-last-contact = keiner erfasst
address-book-compare-masked = (vertraulich, maskiert)
address-book-compare-details = Mehr zur Zusammenführung
# What Merge will do. $other: the card merged in, "Anna K. (#12)"; $keep: the card kept;
# $otherId, $keepId: their numbers; $conversations: the other card's conversations (0: not counted).
address-book-merge-summary =
    { $other } wird in { $keep } zusammengeführt: Die E-Mail-Adressen, Telefonnummern, Postanschriften, Schlagwörter, { $conversations ->
        [0] Unterhaltungen
        [one] { $conversations } Unterhaltung
       *[other] { $conversations } Unterhaltungen
    }, Einwilligungen, Widersprüche und Anfragen von #{ $otherId } gehen auf #{ $keepId } über, und #{ $otherId } wird entfernt.
address-book-merge-detail-takes = #{ $keepId } übernimmt nur, was ihr fehlt: Eine Adresse oder Nummer, die sie schon hat, wird nicht doppelt hinzugefügt, ihre leeren Felder werden aus #{ $otherId } gefüllt, und die Notizen von #{ $otherId } werden an ihre eigenen angefügt.
address-book-merge-detail-conflicts = Haben beide Karten verschiedene Werte, bleibt der von #{ $keepId }; der von #{ $otherId } wird im Verlauf von #{ $keepId } festgehalten.
address-book-merge-detail-hold = Eine begründete Aufbewahrung von #{ $otherId } geht ebenfalls auf #{ $keepId } über. #{ $keepId } behält den eigenen Namen, Status, die Herkunft und den Stand der Einschränkung.
address-book-merge-irreversible = Das kann nicht rückgängig gemacht werden.
address-book-merge-submit = #{ $otherId } in #{ $keepId } zusammenführen
address-book-merge-merging = Wird zusammengeführt…
address-book-merge-swap = Stattdessen #{ $otherId } behalten
