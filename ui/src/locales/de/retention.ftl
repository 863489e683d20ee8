# Aufbewahrung: die Regeln unter Einstellungen → Aufbewahrung, die Ansicht „Handlungsbedarf“
# (Kontakte, deren Speicherdauer abgelaufen ist), das Bereinigen mehrerer Kontakte und das
# Behalten eines Kontakts mit Begründung.

## Was eine Regel fällig macht (Codes des Kerns)

retention-action-erase = Löschen
retention-action-delete-transcripts = Transkripte löschen

## Fristen

retention-unit-days = Tage
retention-unit-months = Monate
retention-unit-years = Jahre
retention-count-months =
    { $count ->
        [one] { $count } Monat
       *[other] { $count } Monate
    }
retention-count-years =
    { $count ->
        [one] { $count } Jahr
       *[other] { $count } Jahre
    }
retention-period-error =
    Geben Sie eine ganze Zahl von { $unit ->
        [days] Tagen
        [months] Monaten
       *[years] Jahren
    } an.

## Eine Regel in einem Satz

retention-rule-erase = { $status }: { $period } nach dem letzten Kontakt löschen
retention-rule-erase-kept = { $status }: { $period } nach dem letzten Kontakt löschen (aufbewahrt für „{ $purpose }“)
retention-rule-delete-transcripts = { $status }: Transkripte { $period } nach dem letzten Kontakt löschen
retention-rule-delete-transcripts-kept = { $status }: Transkripte { $period } nach dem letzten Kontakt löschen (aufbewahrt für „{ $purpose }“)

## Einstellungen → Aufbewahrung

retention-title = Aufbewahrung
retention-add-rule = Regel hinzufügen
retention-intro = Wie lange Kontakte und ihre Transkripte nach dem letzten Kontakt aufbewahrt werden. Ist eine Frist abgelaufen, erscheint der Kontakt unter Handlungsbedarf. Eine Regel, die einen Zweck nennt (etwa die gesetzliche Pflicht, Rechnungen aufzubewahren), kann die Frist verlängern: Es gilt die längste Regel für einen Status.
retention-form-status = Kontakte mit Status
retention-form-action = Fällig ist
retention-form-period = So lange nach dem letzten Kontakt
retention-form-unit = Einheit
retention-form-purpose = Wegen des Zwecks
retention-form-no-purpose = — die eigene Regel des Status —
retention-save-rule = Regel speichern
retention-empty = Keine Aufbewahrungsregeln: Es wird nie etwas markiert. Fügen Sie eine Regel hinzu, z. B. Interessenten 12 Monate nach dem letzten Kontakt löschen.
retention-column-status = Status
retention-column-action = Fällig
retention-column-period = Nach
retention-column-purpose = Wegen
retention-column-actions = Aktionen
retention-remove-question = Diese Regel entfernen?
retention-remove = Entfernen
retention-remove-keep = Behalten
retention-remove-ask = Entfernen…
retention-change-period = Frist ändern
retention-preview-erase =
    Frist { $period } – heute zum Löschen fällig: { $contacts ->
        [one] { $contacts } Kontakt
       *[other] { $contacts } Kontakte
    } mit { $transcripts ->
        [one] { $transcripts } Transkript
       *[other] { $transcripts } Transkripten
    } ({ $status }); jetzt { $currentContacts ->
        [one] { $currentContacts } Kontakt
       *[other] { $currentContacts } Kontakte
    } mit { $currentTranscripts ->
        [one] { $currentTranscripts } Transkript
       *[other] { $currentTranscripts } Transkripten
    }.
retention-preview-delete-transcripts =
    Frist { $period } – heute zum Löschen der Transkripte fällig: { $contacts ->
        [one] { $contacts } Kontakt
       *[other] { $contacts } Kontakte
    } mit { $transcripts ->
        [one] { $transcripts } Transkript
       *[other] { $transcripts } Transkripten
    } ({ $status }); jetzt { $currentContacts ->
        [one] { $currentContacts } Kontakt
       *[other] { $currentContacts } Kontakte
    } mit { $currentTranscripts ->
        [one] { $currentTranscripts } Transkript
       *[other] { $currentTranscripts } Transkripten
    }.

## Handlungsbedarf

attention-title = Handlungsbedarf
attention-intro = Kontakte, deren { -retention-period } abgelaufen ist, nach den Regeln unter Einstellungen → Aufbewahrung. Nichts wird gelöscht, bevor Sie es wählen; jeder Schritt wird im Audit-Protokoll festgehalten.
attention-loading = Speicherfristen werden geprüft…
attention-empty = Kein Handlungsbedarf.
attention-empty-hint = Wenn ein Kontakt länger still ist, als eine Aufbewahrungsregel erlaubt, erscheint er hier mit dem, was zu tun ist. Die Regeln finden Sie in den { $settings }.
attention-empty-settings = Einstellungen
retention-group-erase-title = Zur Löschung fällig
retention-group-erase-hint = Die gesamte { -retention-period } dieser Kontakte ist abgelaufen: Löschen Sie sie oder behalten Sie sie mit Begründung bis zu einem Prüfdatum.
retention-group-delete-transcripts-title = Transkripte zur Löschung fällig
retention-group-delete-transcripts-hint = Die Chats dieser Kontakte werden länger als nötig aufbewahrt. Notieren Sie das Wichtige auf der Karte und löschen Sie dann die Transkripte.
attention-select-all = Alle angezeigten auswählen
attention-bulk-erase =
    { $count ->
        [one] { $count } ausgewählten Kontakt löschen…
       *[other] { $count } ausgewählte Kontakte löschen…
    }
attention-bulk-delete-transcripts =
    { $count ->
        [one] Transkripte von { $count } ausgewählten Kontakt löschen…
       *[other] Transkripte von { $count } ausgewählten Kontakten löschen…
    }
attention-select = { $name } auswählen
retention-due-today = heute fällig
retention-overdue =
    { $days ->
        [one] { $days } Tag überfällig
       *[other] { $days } Tage überfällig
    }
attention-no-contact-since = Kein Kontakt seit { $date }
attention-never-contacted = Hinzugefügt am { $date }, nie kontaktiert
attention-conversations =
    { $count ->
        [one] { $count } Unterhaltung
       *[other] { $count } Unterhaltungen
    }
attention-delete-transcripts = Transkripte löschen…
attention-erase = Löschen…
attention-keep = Behalten…
attention-show-more = Mehr anzeigen ({ $count } nicht angezeigt)
attention-done-delete-transcripts =
    { $count ->
        [one] { $count } Unterhaltung von { $name } gelöscht.
       *[other] { $count } Unterhaltungen von { $name } gelöscht.
    }
attention-done-delete-transcripts-note =
    { $count ->
        [one] { $count } Unterhaltung von { $name } gelöscht; Ihre Notiz steht auf der Karte.
       *[other] { $count } Unterhaltungen von { $name } gelöscht; Ihre Notiz steht auf der Karte.
    }
attention-done-erase = { $name } gelöscht.
attention-done-keep = { $name } wird bis { $date } behalten.
attention-done-cleanup = Bereinigung abgeschlossen: Jeder Schritt steht im Audit-Protokoll.

## Mehrere Kontakte auf einmal bereinigen

retention-cleanup-question-erase =
    { $contacts ->
        [one] { $contacts } Kontakt
       *[other] { $contacts } Kontakte
    } samt { $conversations ->
        [one] { $conversations } Unterhaltung
       *[other] { $conversations } Unterhaltungen
    } endgültig löschen?
retention-cleanup-question-delete-transcripts =
    { $conversations ->
        [one] { $conversations } Unterhaltung
       *[other] { $conversations } Unterhaltungen
    } von { $contacts ->
        [one] { $contacts } Kontakt
       *[other] { $contacts } Kontakten
    } mit allen Nachrichten löschen?
retention-cleanup-warning-erase = Jeder Kontakt unten wird endgültig gelöscht (Art. 17 { -gdpr }): Name, Kontaktangaben, Notizen und jede Unterhaltung. Jeder Schritt wird im Audit-Protokoll festgehalten.
retention-cleanup-warning-delete-transcripts = Jede Unterhaltung jedes Kontakts unten wird mit allen Nachrichten endgültig gelöscht. Die Karten bleiben. Jeder Schritt wird im Audit-Protokoll festgehalten.
retention-cleanup-list = Was gelöscht wird
retention-cleanup-column-contact = Kontakt
retention-cleanup-column-status = Status
retention-cleanup-column-conversations = Unterhaltungen
retention-cleanup-type =
    { $count ->
        [one] Geben Sie { $word } ein, um diesen Kontakt zu löschen
       *[other] Geben Sie { $word } ein, um diese { $count } Kontakte zu löschen
    }
retention-cleanup-progress = { $done } von { $total } erledigt…
retention-cleanup-working = Wird ausgeführt…
retention-cleanup-submit-erase =
    { $count ->
        [one] { $count } Kontakt löschen
       *[other] { $count } Kontakte löschen
    }
retention-cleanup-submit-delete-transcripts = Transkripte dieser Kontakte löschen
retention-cleanup-result-erase =
    { $contacts ->
        [one] { $contacts } Kontakt
       *[other] { $contacts } Kontakte
    } gelöscht, { $messages ->
        [one] { $messages } Nachricht
       *[other] { $messages } Nachrichten
    } entfernt{ $failed ->
        [0] {""}
       *[other] ; { $failed } nicht möglich (siehe unten)
    }{ $skipped ->
        [0] {""}
       *[other] ; { $skipped } nicht versucht
    }.
retention-cleanup-result-delete-transcripts =
    { $conversations ->
        [one] { $conversations } Unterhaltung
       *[other] { $conversations } Unterhaltungen
    } von { $contacts ->
        [one] { $contacts } Kontakt
       *[other] { $contacts } Kontakten
    } gelöscht, { $messages ->
        [one] { $messages } Nachricht
       *[other] { $messages } Nachrichten
    } entfernt{ $failed ->
        [0] {""}
       *[other] ; { $failed } nicht möglich (siehe unten)
    }{ $skipped ->
        [0] {""}
       *[other] ; { $skipped } nicht versucht
    }.

## Einen Kontakt mit Begründung behalten

retention-keep-title = { $name } behalten
retention-keep-hint = Die Warnung verschwindet bis zum Prüfdatum und erscheint dann wieder. Ihre Begründung und das Datum kommen ins Audit-Protokoll.
retention-keep-reason = Warum wird dieser Kontakt behalten?
retention-keep-reason-placeholder = z. B. Bittet um Rückruf wegen des Frühjahrskurses
retention-keep-review = Erneut prüfen am
retention-keep-submit = Bis zum Prüfdatum behalten
retention-keep-error-reason = Geben Sie an, warum der Kontakt behalten wird: Die Begründung kommt ins Audit-Protokoll.
retention-keep-error-date = Wählen Sie das Datum, an dem dieser Kontakt erneut geprüft wird.
retention-keep-error-past = Das Prüfdatum muss nach dem heutigen Tag liegen.
