# Fehlermeldungen des Kerns, wie die Oberfläche sie zeigt (siehe en/errors.ftl).

## Error codes

error-already-exists = { $path } ist bereits vorhanden. Wählen Sie einen anderen Dateinamen oder entfernen Sie zuerst die vorhandene Datei.
error-contact-erased = Kontakt { $id } wurde am { $date } gelöscht: Zu dieser Person kann nichts mehr erfasst oder geändert werden.
error-contact-restricted = { $name } ist seit { $since } eingeschränkt (gesperrt): „{ $reason }“. Die Daten können gelesen, aber nicht geändert werden. Heben Sie die Einschränkung mit einer Begründung auf, sobald die Verarbeitung fortgesetzt werden darf.
error-database = Interner Datenbankfehler: { $reason }. Bitte melden Sie diesen Fehler; Ihre Daten wurden nicht verändert.
error-disk-full = Auf dem Laufwerk mit { $path } ist kein Speicherplatz mehr frei. Geben Sie Speicherplatz frei und versuchen Sie es erneut; es wurde nichts geändert.
error-document-incomplete = { $document ->
        [record_of_processing] Das Verzeichnis von Verarbeitungstätigkeiten (Art. 30 Abs. 1 { -gdpr })
        [privacy_notice] Die Datenschutzhinweise (Art. 13/14 { -gdpr })
        [access_report] Die Auskunft an die betroffene Person (Art. 15 { -gdpr })
        [request_acknowledgement] Die Eingangsbestätigung eines Antrags der betroffenen Person (Art. 12 { -gdpr })
        [request_extension] Das Schreiben zur Fristverlängerung (Art. 12 Abs. 3 { -gdpr })
        [request_completion] Das Antwortschreiben auf einen Antrag der betroffenen Person (Art. 12 { -gdpr })
       *[request_refusal] Das Ablehnungsschreiben zu einem Antrag der betroffenen Person (Art. 12 Abs. 4 { -gdpr })
    } kann noch nicht erstellt werden. Bitte ergänzen Sie: { $missing }.
error-file-exists = { $path } ist bereits vorhanden: Wählen Sie einen anderen Namen oder bestätigen Sie, dass die Datei ersetzt werden soll.
error-file-too-large = { $path } ist { $size } MB groß, mehr als die { $limit } MB, die Custos auf einmal liest. Exportieren Sie einen kürzeren Zeitraum oder teilen Sie die Datei auf.
error-import-failed = Zeile { $line }: { $message }. Es wurde nichts importiert.
error-internal = Interner Fehler: { $reason }. Bitte melden Sie diesen Fehler.
error-invalid-input = { $field }: Diese Eingabe kann nicht übernommen werden.
error-io =
    { $io ->
        [not_found] { $path } gibt es nicht. Prüfen Sie den Pfad.
        [permission_denied] Custos darf { $path } nicht lesen oder schreiben. Lassen Sie sich den Zugriff geben oder wählen Sie einen anderen Ort.
        [already_exists] { $path } gibt es bereits. Wählen Sie einen anderen Namen.
        [read_only] { $path } liegt auf einem schreibgeschützten Datenträger. Wählen Sie einen anderen Ort.
        [is_a_directory] { $path } ist ein Ordner. Wählen Sie eine Datei.
        [not_a_directory] Ein Teil von { $path } ist eine Datei, kein Ordner. Prüfen Sie den Pfad.
       *[other] Auf { $path } konnte nicht zugegriffen werden: { $reason }
    }
error-letter-not-applicable = { $letter ->
        [acknowledgement] Der Eingang von Antrag Nr. { $request } kann nicht bestätigt werden.
        [extension] Antrag Nr. { $request } ist nicht verlängert: Ein Verlängerungsschreiben teilt der Person die Gründe und die neue Frist mit. Verlängern Sie zuerst den Antrag (mit den Gründen und dem Tag, an dem die Person informiert wird).
        [completion] Antrag Nr. { $request } hat den Status { $status }, nicht „erledigt“: Das Antwortschreiben teilt mit, was getan wurde. Erfassen Sie zuerst, was getan wurde, und schließen Sie den Antrag als erledigt ab (oder, wenn über die antragstellende Person nichts gespeichert ist, als „keine personenbezogenen Daten vorhanden“).
       *[refusal] Antrag Nr. { $request } hat den Status { $status }, nicht „abgelehnt“: Ein Ablehnungsschreiben nennt die Gründe der Ablehnung. Lehnen Sie den Antrag zuerst mit Begründung ab oder schreiben Sie den Brief, der zu seinem Stand passt.
    }
error-locked = Der Tresor ist gesperrt. Entsperren Sie ihn, um fortzufahren.
error-not-a-file = { $path } ist { $kind ->
        [folder] ein Ordner
        [fifo] eine benannte Pipe (FIFO)
        [socket] ein Socket
        [device] ein Gerät
       *[other] keine normale Datei
    }, keine Datei. Wählen Sie die Datei selbst.
error-not-a-vault =
    { $path } ist kein Custos-Tresor ({ $why ->
        [not_a_file] es ist { $kind ->
            [folder] ein Ordner
            [fifo] eine benannte Pipe (FIFO)
            [socket] ein Socket
            [device] ein Gerät
           *[other] keine normale Datei
        }
        [empty] die Datei ist leer
        [unencrypted_sqlite] es ist eine unverschlüsselte SQLite-Datenbank
        [not_encrypted] der Inhalt sind keine verschlüsselten Daten
        [other_program] es ist eine verschlüsselte Datenbank eines anderen Programms
       *[metadata_missing] die Custos-Metadaten fehlen
    }). Wählen Sie die Tresordatei, die Sie mit Custos angelegt haben.
error-not-found = { $what ->
        [contact] Kein Kontakt
        [conversation] Kein Gespräch
        [import] Kein Import
        [purpose] Kein Zweck
        [request] Kein Antrag
        [retention_rule] Keine Aufbewahrungsregel
        [audit_entry] Kein Protokolleintrag
        [closure_day] Kein Schließtag
       *[other] Kein Eintrag ({ $what })
    } mit der Nummer { $id }.
error-passphrase-empty = Es wurde keine Passphrase angegeben. Geben Sie die Passphrase des Tresors ein.
error-passphrase-mismatch = Die beiden Passphrasen stimmen nicht überein. Geben Sie zweimal dieselbe Passphrase ein.
error-passphrase-too-short = Die Passphrase ist zu kurz: Verwenden Sie mindestens { $min } Zeichen (sie hat { $actual }).
error-refused = Das ist derzeit nicht möglich.
error-render-failed = Das Dokument konnte nicht erstellt werden: { $reason }
error-schema-too-new = { $path } wurde mit einer neueren Custos-Version geschrieben (Schema { $found }, diese Version kennt bis { $supported }). Aktualisieren Sie Custos, um die Datei zu öffnen.
error-unsupported-characters = Diese Zeichen können mit der Schrift des Dokuments nicht gedruckt werden: { $characters } (in „{ $text }“). Ändern Sie diesen Text und erstellen Sie das Dokument erneut.
error-vault-busy = { $path } ist belegt: { $holder } schreibt gerade hinein und ist nicht innerhalb von { $seconds } Sekunden fertig geworden. Warten Sie, bis der Vorgang abgeschlossen ist (oder schließen Sie das Programm), und versuchen Sie es erneut; es wurde nichts geändert.
error-vault-damaged = { $path } ist beschädigt ({ $reason }). Stellen Sie die Datei aus einer Sicherung wieder her (`custos vault restore`).
error-vault-not-found = Unter { $path } gibt es keinen Tresor. Prüfen Sie den Pfad, oder legen Sie einen neuen Tresor an.
error-write-failed = { $path } konnte nicht geschrieben werden: { $reason }
error-wrong-passphrase = Falsche Passphrase für { $path }. Prüfen Sie sie und versuchen Sie es erneut (wenn Sie sicher sind, dass sie stimmt, ist möglicherweise der Anfang der Datei beschädigt: Stellen Sie sie aus einer Sicherung wieder her).

## Messages of a shape of their own

error-reason-busy-unknown-holder = { $path } ist belegt: Ein anderes Programm schreibt gerade hinein und ist nicht innerhalb von { $seconds } Sekunden fertig geworden. Warten Sie, bis der Vorgang abgeschlossen ist (oder schließen Sie das Programm), und versuchen Sie es erneut; es wurde nichts geändert.
error-reason-disk-full-unknown-disk = Auf dem Laufwerk ist kein Speicherplatz mehr frei. Geben Sie Speicherplatz frei und versuchen Sie es erneut; es wurde nichts geändert.
error-reason-vault-damaged-unknown-file = Der Tresor ist beschädigt ({ $reason }). Stellen Sie ihn aus einer Sicherung wieder her (`custos vault restore`).

## Reasons of the core: contacts

error-reason-display-name-missing = { $field }: Ein Kontakt braucht einen Anzeigenamen mit mindestens einem Buchstaben oder einer Ziffer (auch ein Spitzname ist möglich)
error-reason-source-unnamed = { $field }: Nennen Sie den Dritten oder die öffentliche Quelle, aus der die Daten stammen
error-reason-not-an-email = { $field }: „{ $value }“{ $number ->
        [1] {""}
       *[other] {" "}(E-Mail-Adresse { $number })
    } ist keine E-Mail-Adresse (kein @)
error-reason-no-digits = { $field }: „{ $value }“{ $number ->
        [1] {""}
       *[other] {" "}(Telefonnummer { $number })
    } enthält keine Ziffern
error-reason-tag-too-long = { $field }: „{ $tag }“ ist länger als { $max } Zeichen
error-reason-not-one-of = { $field }: „{ $value }“ ist nicht zulässig; verwenden Sie einen dieser Werte: { $choices }
error-reason-merge-with-itself = { $field }: Eine Karte kann nicht mit sich selbst zusammengeführt werden: Wählen Sie zwei verschiedene Karten
error-reason-restriction-reason-missing = { $field }: Geben Sie an, warum der Kontakt eingeschränkt wird (die Begründung wird im Protokoll festgehalten)
error-reason-lift-reason-missing = { $field }: Geben Sie an, warum der Kontakt nicht mehr eingeschränkt ist (die Begründung wird im Protokoll festgehalten)
error-reason-not-restricted = { $name } ist nicht eingeschränkt: Es gibt nichts aufzuheben.

## Times and days

error-reason-time-out-of-range = { $field }: { $utc } UTC liegt außerhalb der Jahre { $earliest }–{ $latest }, die Custos speichert
error-reason-time-offset-too-large = { $field }: Die UTC-Abweichung { $offset } ist keine echte Zeitzone (zulässig sind Werte zwischen -{ $hours }:00 und +{ $hours }:00)
error-reason-not-a-time = { $field }: „{ $text }“ ist keine Uhrzeit (schreiben Sie sie als 2026-03-01T09:00:00Z oder 2026-03-01T10:00:00+01:00)
error-reason-day-out-of-range = { $field }: { $day } liegt außerhalb der Jahre { $earliest }–{ $latest }, die Custos speichert: Prüfen Sie das Datum
error-reason-from-after-to = { $field }: Der erste Tag liegt nach dem letzten Tag

## Conversations and chat imports

error-reason-message-without-text = { $field }: Nachricht { $number } hat keinen Text
error-reason-message-without-sender = { $field }: Nachricht { $number }: Geben Sie an, wer sie geschrieben hat (mit mindestens einem Buchstaben oder einer Ziffer)
error-reason-message-time-out-of-range = { $field }: Nachricht { $number }: Die Zeit { $utc } UTC liegt außerhalb der Jahre { $earliest }–{ $latest }, die Custos speichert
error-reason-message-time-offset-too-large = { $field }: Nachricht { $number }: Die UTC-Abweichung { $offset } ist keine echte Zeitzone (zulässig sind Werte zwischen -{ $hours }:00 und +{ $hours }:00)
error-reason-message-not-a-time = { $field }: Nachricht { $number }: „{ $text }“ ist keine Uhrzeit (schreiben Sie sie als 2026-03-01T09:00:00Z oder 2026-03-01T10:00:00+01:00)
error-reason-conversation-empty = { $field }: Geben Sie eine Anfangszeit oder mindestens eine Nachricht an
error-reason-ends-before-start = { $field }: Das Gespräch würde enden ({ $end }), bevor es beginnt ({ $start })
error-reason-sender-not-in-chat = { $field }: „{ $name }“ hat in diesem Chat nichts geschrieben; die Absender sind: { $senders }
error-reason-contact-not-among-senders = { $field }: Keiner der Absender ({ $senders }) heißt wie der Kontakt „{ $contact }“: Geben Sie an, welcher der Kontakt ist
error-reason-no-conversation-files = { $field }: Keine Datei mit Gesprächen gefunden: Wählen Sie E-Mails (.eml oder eine mbox-Datei), einen Telegram- oder Messenger-Export (.json) oder die .csv-Datei eines Website-Chats
error-reason-conversation-needs-card = { $field }: { $file } ist ein { $format }-Protokoll eines einzelnen Gesprächs: Importieren Sie es auf der Karte des Kontakts
error-reason-no-transcripts-to-delete = Zu { $name } gibt es keine Gesprächsverläufe zum Löschen.

## The vault, its operator and its backups

error-reason-operator-missing = { $field }: Geben Sie an, wer arbeitet (Ihren Namen): Das Protokoll hält ihn fest
error-reason-passphrase-too-long = { $field }: ist zu lang
error-reason-vault-never-pauses = In den Tresor wird ohne Pause geschrieben: Versuchen Sie die Sicherung in einem Moment erneut.
error-reason-restore-target-exists = { $path } ist bereits vorhanden. Die Wiederherstellung ersetzt den gesamten Inhalt: Bestätigen Sie mit --replace.
error-reason-backup-folder-not-absolute = { $field }: Wählen Sie einen Ordner mit seinem vollständigen Pfad
error-reason-backup-folder-not-a-folder = { $field }: Wählen Sie einen Ordner, keine Datei
error-reason-audit-verification-failed = Die Prüfung des Protokolls ist fehlgeschlagen: Einträge wurden bearbeitet oder gelöscht (siehe oben). Stellen Sie eine Sicherung wieder her und klären Sie, wer die Datei geändert hat.

## The company profile

error-reason-controller-name-missing = { $field }: Geben Sie den rechtlichen Namen des Unternehmens an
error-reason-country-code = { $field }: Verwenden Sie den zweibuchstabigen Ländercode, z. B. PL oder DE
error-reason-already-closure-day = { $day } ist bereits ein Schließtag.

## Purposes

error-reason-not-a-legal-basis = { $field }: „{ $text }“ ist keine Rechtsgrundlage: Verwenden Sie a–f oder consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests
error-reason-purpose-name-missing = { $field }: Ein Zweck braucht einen Namen mit mindestens einem Buchstaben oder einer Ziffer
error-reason-purpose-description-missing = { $field }: Beschreiben Sie, wofür die Daten verwendet werden
error-reason-legitimate-interest-missing = { $field }: Für Art. 6 Abs. 1 lit. f muss das berechtigte Interesse angegeben werden
error-reason-consent-wording-missing = { $field }: Ein Zweck mit { -consent } braucht den genauen Wortlaut, der den Personen angezeigt wird
error-reason-consequence-missing = { $field }: Geben Sie an, was geschieht, wenn die Person die Daten nicht bereitstellt
error-reason-recipient-name-missing = { $field }: Ein Empfänger braucht einen Namen
error-reason-recipient-country = { $field }: { $recipient }: Geben Sie das Land als zweibuchstabigen Code an, z. B. PL oder US
error-reason-recipient-outside-eea = { $field }: { $recipient } hat seinen Sitz in { $country }, außerhalb von EU/EWR: Nennen Sie die Garantie (Angemessenheitsbeschluss, Standardvertragsklauseln, sonstige)
error-reason-safeguard-detail-missing = { $field }: { $recipient }: Beschreiben Sie die „sonstige“ Garantie
error-reason-purpose-exists = Ein Zweck namens „{ $name }“ ist bereits vorhanden: Bearbeiten Sie diesen stattdessen.
error-reason-purpose-name-taken = Ein anderer Zweck heißt bereits „{ $name }“.

## Consents and objections

error-reason-not-a-consent-purpose = „{ $purpose }“ beruht auf { $basis ->
        [b] Art. 6 Abs. 1 lit. b (Vertrag)
        [c] Art. 6 Abs. 1 lit. c (rechtliche Verpflichtung)
        [d] Art. 6 Abs. 1 lit. d (lebenswichtige Interessen)
        [e] Art. 6 Abs. 1 lit. e (öffentliche Aufgabe)
        [f] Art. 6 Abs. 1 lit. f (berechtigte Interessen)
       *[a] Art. 6 Abs. 1 lit. a (Einwilligung)
    }, nicht auf Einwilligung: Es gibt keine Einwilligung zu erfassen.
error-reason-event-in-future = { $field }: Das Ereignis darf nicht in der Zukunft liegen
error-reason-events-out-of-order = { $field }: Das letzte Ereignis zu dieser Einwilligung war am { $last }: Erfassen Sie Ereignisse in zeitlicher Reihenfolge
error-reason-consent-cannot-change = { $name } hat für „{ $purpose }“ keine Einwilligung, die als „{ $event ->
        [given] erteilt
        [confirmed] bestätigt
        [withdrawn] widerrufen
       *[expired] abgelaufen
    }“ erfasst werden kann (sie ist { $state ->
        [never_given] nie erteilt worden
        [given] erteilt
        [confirmed] bestätigt
        [withdrawn] widerrufen
       *[expired] abgelaufen
    }).
error-reason-no-consent-wording = „{ $purpose }“ hat keinen Einwilligungstext: Fügen Sie zuerst einen hinzu.
error-reason-no-wording-version = { $field }: „{ $purpose }“ hat keine Textversion { $version }
error-reason-already-objected = { $name } hat bereits am { $date } gegen „{ $purpose }“ Widerspruch eingelegt.
error-reason-objection-in-future = { $field }: Der Widerspruch darf nicht in der Zukunft liegen

## Retention

error-reason-period-out-of-range = { $field }: Verwenden Sie { $min } bis { $max } { $unit ->
        [days] Tage
        [months] Monate
       *[years] Jahre
    }
error-reason-not-a-period = { $field }: „{ $text }“ ist kein Zeitraum: Schreiben Sie z. B. 60 days, 12 months oder 5 years
error-reason-kept-reason-missing = { $field }: Geben Sie an, warum der Kontakt aufbewahrt wird (die Begründung wird im Protokoll festgehalten)
error-reason-review-date-not-after-today = { $field }: Das Prüfdatum muss nach dem heutigen Tag liegen

## Data-subject requests

error-reason-requester-missing = { $field }: Geben Sie an, wer den Antrag gestellt hat: Wählen Sie den Kontakt oder geben Sie den Namen so an, wie die Person ihn genannt hat
error-reason-identity-method-missing = { $field }: Geben Sie an, wie die Identität geprüft wurde, z. B. „Personalausweis vorgelegt“
error-reason-extension-reason-missing = { $field }: Geben Sie an, warum der Antrag mehr Zeit braucht (er ist komplex oder es sind viele): Die Person erhält die Gründe mitgeteilt
error-reason-action-description-missing = { $field }: Geben Sie an, was getan wurde, z. B. „Auskunft versandt“
error-reason-refusal-reason-missing = { $field }: Geben Sie an, warum der Antrag abgelehnt wird: Die Person muss dies erfahren, zusammen mit ihrem Recht auf Beschwerde und auf gerichtlichen Rechtsbehelf
error-reason-day-in-future = { $field }: { $day } liegt in der Zukunft (heute ist der { $today })
error-reason-day-before-receipt = { $field }: { $day } liegt vor dem Eingang des Antrags ({ $received })
error-reason-request-closed = Antrag Nr. { $id } wurde am { $date } mit dem Status { $status } abgeschlossen: Ein abgeschlossener Antrag ist endgültig. Erfassen Sie einen neuen Antrag, wenn die Person erneut anfragt.
error-reason-identity-not-confirmed = Die Identität der antragstellenden Person ist nicht bestätigt (Prüfung { $result } am { $date }). Erfassen Sie eine erfolgreiche Identitätsprüfung, bevor Sie Antrag Nr. { $id } bearbeiten, oder lehnen Sie ihn ab.
error-reason-request-already-matched = Antrag Nr. { $id } ist bereits Kontakt { $contact } zugeordnet: Er kann keiner anderen Person zugeordnet werden.
error-reason-request-already-extended = Antrag Nr. { $id } wurde bereits am { $date } verlängert (jetzt fällig am { $due }): Die { -gdpr } erlaubt eine einzige Verlängerung um zwei weitere Monate.
error-reason-extension-not-notified = Antrag Nr. { $id } kann nur verlängert werden, wenn die Person innerhalb des ersten Monats (bis { $by }) unter Angabe der Gründe informiert wird. Informieren Sie sie zuerst und geben Sie dann das Datum der Mitteilung an.
error-reason-extension-notified-late = Antrag Nr. { $id } kann nicht verlängert werden: Die Person wurde am { $date } informiert, nachdem der erste Monat am { $ended } abgelaufen war. Eine Verlängerung muss innerhalb des ersten Monats mitgeteilt werden (Art. 12 Abs. 3); beantworten Sie den Antrag jetzt.
error-reason-request-not-matched = Antrag Nr. { $id } ist noch keinem Kontakt zugeordnet. Ordnen Sie ihn zuerst der Karte der antragstellenden Person zu; ist über sie nichts gespeichert, schließen Sie ihn als „keine Daten vorhanden“ ab.
error-reason-entry-is-bookkeeping = Protokolleintrag Nr. { $entry } ({ $action }) ist eine interne Buchung des Verzeichnisses, keine für den Antrag getroffene Maßnahme. Verweisen Sie auf den Eintrag der tatsächlichen Maßnahme (z. B. contact.erased).
error-reason-entry-about-other-contact = Protokolleintrag Nr. { $entry } ({ $action }) betrifft { $target }, nicht Kontakt { $contact }.
error-reason-entry-about-other-request = Protokolleintrag Nr. { $entry } ({ $action }) betrifft { $target }, nicht diesen Antrag (er ist noch keinem Kontakt zugeordnet: Ordnen Sie ihn zuerst zu).
error-reason-entry-before-request = Protokolleintrag Nr. { $entry } ({ $action }) wurde am { $date } geschrieben, vor dem Eingang des Antrags am { $received }: Er kann nicht die Maßnahme für diesen Antrag sein.
error-reason-entry-already-recorded = Protokolleintrag Nr. { $entry } ist für Antrag Nr. { $id } bereits erfasst.
error-reason-close-without-action = Antrag Nr. { $id } kann nicht als erledigt abgeschlossen werden: Es ist keine Maßnahme erfasst. Erfassen Sie, was getan wurde, mit dem Protokolleintrag, der es belegt (z. B. die Löschung oder die erstellte Auskunft), und schließen Sie ihn dann ab.
error-reason-close-unmatched-without-action = Antrag Nr. { $id } kann nicht als erledigt abgeschlossen werden: Es ist keine Maßnahme erfasst. Erfassen Sie, was getan wurde, mit dem Protokolleintrag, der es belegt (z. B. die Löschung oder die erstellte Auskunft), und schließen Sie ihn dann ab. Ist die antragstellende Person keiner Ihrer Kontakte und hat eine Suche keine Daten über sie ergeben, schließen Sie ihn stattdessen als „keine personenbezogenen Daten vorhanden“ ab.
error-reason-no-data-but-matched = Antrag Nr. { $id } ist Kontakt { $contact } zugeordnet, es sind also personenbezogene Daten der antragstellenden Person gespeichert: Er kann nicht als „keine personenbezogenen Daten vorhanden“ abgeschlossen werden. Beantworten Sie ihn auf der Karte des Kontakts, erfassen Sie das Getane mit dem belegenden Protokolleintrag und schließen Sie ihn dann als erledigt ab.
error-reason-no-data-but-actions = Zu Antrag Nr. { $id } { $count ->
        [one] ist { $count } Maßnahme
       *[other] sind { $count } Maßnahmen
    } erfasst: Schließen Sie ihn als erledigt ab, nicht als „keine personenbezogenen Daten vorhanden“.

## Address books

error-reason-not-a-format = { $field }: „{ $text }“ ist kein Format; verwenden Sie csv, google, outlook oder vcard
error-reason-not-a-field = { $field }: „{ $text }“ ist kein Feld; verwenden Sie eines von: { $fields }
error-reason-mapping-name-missing = { $field }: Geben Sie der Zuordnung einen Namen, unter dem Sie sie wiederfinden, z. B. „Tabelle Büro“
error-reason-no-such-mapping = Unter „{ $name }“ ist keine Zuordnung gespeichert
error-reason-no-card-with-tag = Keine Karte hat das Schlagwort „{ $tag }“: Es gibt nichts zu exportieren
error-reason-nothing-to-export = Kein aktiver Kontakt passt: Es gibt nichts zu exportieren
error-reason-import-cancelled = Der Import wurde abgebrochen: Es wurde nichts importiert.
error-reason-problem-rows = { $count ->
        [one] { $count } Zeile kann so nicht importiert werden: { $lines }{ $more ->
            [0] {""}
           *[other] {" "}und { $more } weitere
        }. Stimmen Sie zu, sie zu überspringen, oder korrigieren Sie die Datei und importieren Sie sie erneut. Es wurde nichts importiert.
       *[other] { $count } Zeilen können so nicht importiert werden: { $lines }{ $more ->
            [0] {""}
           *[other] {" "}und { $more } weitere
        }. Stimmen Sie zu, sie zu überspringen, oder korrigieren Sie die Datei und importieren Sie sie erneut. Es wurde nichts importiert.
    }
error-problem-row = Zeile { $line } ({ $problem })
error-reason-import-already-undone = Import Nr. { $import } wurde bereits am { $date } rückgängig gemacht: Von ihm ist nichts mehr zu entfernen.
error-reason-import-kept-data = Import Nr. { $import } kann nicht rückgängig gemacht werden: { $count ->
        [one] Eine von ihm angelegte Karte enthält
       *[other] { $count } von ihm angelegte Karten enthalten
    } inzwischen Daten, die das Unternehmen erfasst hat: { $kept }. Beim Rückgängigmachen würden auch diese gelöscht, daher bleibt der Import bestehen (löschen Sie stattdessen einzelne Karten, die entfernt werden sollen). Es wurde nichts geändert.
error-reason-import-frozen-cards = Import Nr. { $import } kann jetzt nicht rückgängig gemacht werden: Er hat Daten zu Karten hinzugefügt, die inzwischen eingeschränkt (gesperrt) sind: { $names }{ $more ->
        [0] {""}
       *[other] {" "}und { $more } weitere
    }. Deren Daten dürfen sich nicht ändern; heben Sie zuerst die Einschränkungen auf oder behalten Sie den Import. Es wurde nichts geändert.

# Website chat CSV: the mapping.
error-reason-web-chat-mapping-no-time = { $field }: Wählen Sie die Spalte, die angibt, wann jede Nachricht gesendet wurde (oder eine für das Datum und eine für die Uhrzeit)
error-reason-web-chat-mapping-no-text = { $field }: Wählen Sie die Spalte mit dem Text der Nachrichten
error-reason-web-chat-mapping-no-sender = { $field }: Wählen Sie die Spalte, die angibt, wer jede Nachricht geschrieben hat: Name, E-Mail-Adresse oder Rolle (Besucher oder Mitarbeiter)

## Files that cannot be imported: the line of the file and what is wrong there

error-reason-import-not-utf8 = Zeile { $line }: Erwartet wurde Text in UTF-8 (oder UTF-16), gefunden wurde aber das Byte { $byte } an Byte-Position { $at } der Datei, das kein gültiges UTF-8 ist: Speichern Sie den Export als UTF-8-Text. Es wurde nichts importiert.
error-reason-import-lone-surrogate = Zeile { $line }: Erwartet wurde Text in { $encoding }, gefunden wurde aber das einzelne Surrogat { $unit } an Byte-Position { $at } der Datei: Speichern Sie den Export als UTF-8- oder UTF-16-Text. Es wurde nichts importiert.
error-reason-import-ends-in-character = Zeile { $line }: Erwartet wurde Text in { $encoding }, die Datei endet aber mitten in einem Zeichen. Es wurde nichts importiert.
error-reason-import-time-out-of-range = Zeile { $line }: Die Zeit { $utc } UTC liegt außerhalb der Jahre { $earliest }–{ $latest }, die Custos speichert: Prüfen Sie Datum und Zeitzone. Es wurde nichts importiert.
error-reason-import-time-offset-too-large = Zeile { $line }: Die UTC-Abweichung { $offset } ist keine echte Zeitzone (zulässig sind Werte zwischen -{ $hours }:00 und +{ $hours }:00). Es wurde nichts importiert.
error-reason-import-not-a-time = Zeile { $line }: „{ $text }“ ist keine Uhrzeit (schreiben Sie sie als 2026-03-01T09:00:00Z oder 2026-03-01T10:00:00+01:00). Es wurde nichts importiert.
error-reason-chat-line-not-a-message = Zeile { $line }: Erwartet wurde eine Nachricht, die mit einem Datum wie „31/12/2023, 21:41 - “ beginnt, gefunden wurde aber „{ $found }“. Es wurde nichts importiert.
error-reason-chat-sender-missing = Zeile { $line }: Erwartet wurde der Name des Absenders vor „: “, in „{ $found }“ steht aber keiner. Es wurde nichts importiert.
error-reason-chat-message-empty = Zeile { $line }: Erwartet wurde der Text der Nachricht von { $author }, nach dem Namen steht aber nichts. Es wurde nichts importiert.
error-reason-chat-no-messages = Zeile { $line }: Keine Nachrichten gefunden: Erwartet wurde der Text aus „Chat exportieren“ von WhatsApp. Es wurde nichts importiert.
error-reason-chat-not-a-time = Zeile { $line }: Erwartet wurde eine Uhrzeit wie „21:41“, gefunden wurde aber „{ $time }“, was keine gültige Uhrzeit ist. Es wurde nichts importiert.
error-reason-chat-dates-day-first = Zeile { $line }: Erwartet wurden Datumsangaben mit dem Tag zuerst, wie in Zeile { $evidence_line } („{ $evidence }“), gefunden wurde aber „{ $date }“, wo der Monat zuerst steht. Es wurde nichts importiert.
error-reason-chat-dates-month-first = Zeile { $line }: Erwartet wurden Datumsangaben mit dem Monat zuerst, wie in Zeile { $evidence_line } („{ $evidence }“), gefunden wurde aber „{ $date }“, wo der Tag zuerst steht. Es wurde nichts importiert.
error-reason-chat-date-no-month = Zeile { $line }: Erwartet wurde ein gültiges Datum, gefunden wurde aber „{ $date }“: Weder { $first } noch { $second } kann ein Monat sein. Es wurde nichts importiert.
error-reason-chat-date-no-such-month = Zeile { $line }: Erwartet wurde ein gültiges Datum, gefunden wurde aber „{ $date }“: Einen Monat { $month } gibt es nicht. Es wurde nichts importiert.
error-reason-chat-date-no-such-day = Zeile { $line }: Erwartet wurde ein gültiges Datum, gefunden wurde aber „{ $date }“: Den { $day }. { $month ->
        [1] Januar
        [2] Februar
        [3] März
        [4] April
        [5] Mai
        [6] Juni
        [7] Juli
        [8] August
        [9] September
        [10] Oktober
        [11] November
       *[12] Dezember
    } { $year } gibt es nicht. Es wurde nichts importiert.
error-reason-transcript-no-messages = Zeile { $line }: Erwartet wurde mindestens eine Nachricht in „messages“, es gibt aber keine. Es wurde nichts importiert.
error-reason-transcript-ends-before-start = Zeile { $line }: „ended_at“ darf nicht vor „started_at“ ({ $start }) liegen, ist aber { $end }. Es wurde nichts importiert.
error-reason-transcript-cut-off = Zeile { $line }: Erwartet wurde der Rest des JSON, die Datei endet aber hier. Es wurde nichts importiert.
error-reason-transcript-not-readable =
    Zeile { $line }: { $what ->
        [syntax] Der Text ist an dieser Stelle kein gültiges JSON
        [wrong_type] Erwartet: { $expected_kind ->
                [text] Text
                [number] Zahl
                [boolean] true oder false
                [null] null
                [list] Liste
                [object] Objekt
               *[other] Wert anderer Art
            }; gefunden: { $found_kind ->
                [text] Text
                [number] Zahl
                [boolean] true oder false
                [null] null
                [list] Liste
                [object] Objekt
               *[other] Wert anderer Art
            }
        [wrong_value] Erwartet: { $expected_kind ->
                [text] Text
                [number] Zahl
                [boolean] true oder false
                [null] null
                [list] Liste
                [object] Objekt
               *[other] Wert anderer Art
            }; gefunden wurde ein anderer Wert
        [wrong_length] Erwartet wurde eine Liste mit einer anderen Anzahl von Einträgen
        [missing_field] Erwartet wurde das Feld „{ $name }“, es fehlt aber
        [unknown_field] Gefunden wurde das Feld „{ $name }“, das diese Datei nicht hat
        [duplicate_field] Das Feld „{ $name }“ steht zweimal da
        [unknown_value] Gefunden wurde „{ $name }“, das hier keiner der zulässigen Werte ist
       *[other] Gefunden wurde ein Wert, den diese Datei an dieser Stelle nicht hat
    } (Spalte { $column }). Es wurde nichts importiert.
error-reason-transcript-wrong-format = Zeile { $line }: Erwartet wurde „format“: „custos-transcript“, gefunden wurde aber „{ $found }“ (Spalte { $column }). Es wurde nichts importiert.
error-reason-transcript-unsupported-version = Zeile { $line }: Nicht unterstützte Version { $found }: Erwartet wurde „version“: { $supported } (die Versionen, die dieses Custos liest) (Spalte { $column }). Es wurde nichts importiert.
error-reason-transcript-unknown-channel = Zeile { $line }: Erwartet wurde ein Kanal ({ $choices }), gefunden wurde aber „{ $found }“ (Spalte { $column }). Es wurde nichts importiert.
error-reason-transcript-not-a-time = Zeile { $line }: Erwartet wurde eine Zeit nach RFC 3339 mit Zeitzone, etwa „2026-03-01T09:00:00Z“, gefunden wurde aber „{ $found }“ (Spalte { $column }). Es wurde nichts importiert.
error-reason-transcript-time-out-of-range = Zeile { $line }: Erwartet wurde eine Zeit, die Custos speichern kann, aber „{ $found }“: { $utc } UTC liegt außerhalb der Jahre { $earliest }–{ $latest }, die Custos speichert (Spalte { $column }). Es wurde nichts importiert.
error-reason-transcript-time-offset-too-large = Zeile { $line }: Erwartet wurde eine Zeit, die Custos speichern kann, aber „{ $found }“: Die UTC-Abweichung { $offset } ist keine echte Zeitzone (zulässig sind Werte zwischen -{ $hours }:00 und +{ $hours }:00) (Spalte { $column }). Es wurde nichts importiert.
error-reason-transcript-text-empty = Zeile { $line }: Erwartet wurde der Nachrichtentext, gefunden wurde aber „{ $found }“ (Spalte { $column }). Es wurde nichts importiert.
error-reason-transcript-sender-name-empty = Zeile { $line }: Erwartet wurde „name“ für { $kind ->
        [staff] den Absender aus dem Team
       *[other] den externen Absender
    }, der Wert ist aber leer (Spalte { $column }). Es wurde nichts importiert.
error-reason-transcript-sender-name-no-letter = Zeile { $line }: Erwartet wurde „name“ für { $kind ->
        [staff] den Absender aus dem Team
       *[other] den externen Absender
    } mit mindestens einem Buchstaben oder einer Ziffer, gefunden wurde aber „{ $name }“ (Spalte { $column }). Es wurde nichts importiert.
error-reason-transcript-sender-name-missing = Zeile { $line }: Erwartet wurde „name“ für { $kind ->
        [staff] den Absender aus dem Team
       *[other] den externen Absender
    }, es fehlt aber (Spalte { $column }). Es wurde nichts importiert.
error-reason-csv-not-the-preset = Zeile { $line }: Erwartet wurde die Kopfzeile einer { $expected }-CSV-Datei, dies ist aber eine { $found }-CSV-Datei: Wählen Sie das Format csv, um ihre Spalten zuzuordnen. Es wurde nichts importiert.
error-reason-csv-own-layout = Zeile { $line }: Erwartet wurde die Kopfzeile einer { $expected }-CSV-Datei, dies ist aber eine CSV-Datei mit eigenem Aufbau: Wählen Sie das Format csv, um ihre Spalten zuzuordnen. Es wurde nichts importiert.
error-reason-csv-unknown-encoding = Zeile { $line }: Erwartet wurde Text in UTF-8, UTF-16, Windows-1250, Windows-1251 oder Windows-1252, aber das Byte { $byte } an Byte-Position { $at } ist kein UTF-8, und die Datei sieht nach { $encoding } aus, das Custos nicht liest: Speichern Sie die Datei als UTF-8 (in Excel: „CSV UTF-8“). Es wurde nichts importiert.
error-reason-csv-control-character = Zeile { $line }: Erwartet wurde Text in UTF-8, UTF-16, Windows-1250, Windows-1251 oder Windows-1252, aber das Byte { $byte } an Byte-Position { $at } ist ein Steuerzeichen, kein Text: Speichern Sie die Datei als UTF-8 (in Excel: „CSV UTF-8“). Es wurde nichts importiert.
error-reason-csv-no-letter = Zeile { $line }: Erwartet wurde Text in UTF-8, UTF-16, Windows-1250, Windows-1251 oder Windows-1252, aber das Byte { $byte } an Byte-Position { $at } ist in keiner dieser Kodierungen ein Buchstabe: Speichern Sie die Datei als UTF-8 (in Excel: „CSV UTF-8“). Es wurde nichts importiert.
error-reason-csv-empty = Zeile { $line }: Die Datei ist leer: Erwartet wurden eine Kopfzeile mit den Spaltennamen (etwa „First Name;Last Name;E-mail“) und eine Zeile für jeden Kontakt. Es wurde nichts importiert.
error-reason-csv-too-many-fields = Zeile { $line }: Erwartet wurden höchstens { $width } { $width ->
        [one] Feld
       *[other] Felder
    } wie in der Kopfzeile (Zeile { $header_line }), gefunden wurden aber { $found }; das { $nth ->
       *[other] { $field }.
    } Feld enthält Text (ein Feld, das das Trennzeichen enthält, muss in Anführungszeichen stehen). Es wurde nichts importiert.
error-reason-csv-no-rows = Zeile { $line }: Die Datei hat eine Kopfzeile, aber keine Zeilen: Erwartet wurde nach der Kopfzeile eine Zeile für jeden Kontakt. Es wurde nichts importiert.
error-reason-csv-not-text = Zeile { $line }: Erwartet wurde CSV-Text, diese Zeile lässt sich aber nicht als CSV lesen: Speichern Sie die Datei erneut als CSV (in Excel: „CSV UTF-8“). Es wurde nichts importiert.
error-reason-csv-unclosed-quote = Zeile { $line }: Hier beginnt ein Feld mit einem Anführungszeichen ("), das nie geschlossen wird: Erwartet wurde ein schließendes " vor dem Ende der Datei (ein Anführungszeichen in einem Feld in Anführungszeichen wird doppelt geschrieben: ""). Es wurde nichts importiert.
error-reason-vcard-unknown-charset = Zeile { $line }: Unbekannter Zeichensatz `{ $charset }` (CHARSET=): Erwartet wurde etwa UTF-8, ISO-8859-2 oder Windows-1250. Es wurde nichts importiert.
error-reason-vcard-unknown-encoding = Zeile { $line }: { $property } ist Text, sein Wert ist aber als `{ $encoding }` kodiert: Erwartet wurde ENCODING=QUOTED-PRINTABLE, 8BIT oder keine Angabe. Es wurde nichts importiert.
error-reason-vcard-not-quoted-printable = Zeile { $line }: Der Wert ist nicht Quoted-Printable (ENCODING=QUOTED-PRINTABLE): Erwartet wurden nur druckbare ASCII-Zeichen, Leerzeichen und `=XX`-Escapes. Es wurde nichts importiert.
error-reason-vcard-bad-escape = Zeile { $line }: Der Wert ist nicht Quoted-Printable (ENCODING=QUOTED-PRINTABLE): Auf `=` müssen zwei Hexadezimalziffern folgen (wie in `=C5=81`), oder die Zeile muss dort enden. Es wurde nichts importiert.
error-reason-vcard-not-utf8 = Zeile { $line }: Erwartet wurde Text in UTF-8, der Wert ist aber kein UTF-8: Das Byte { $byte } ist kein UTF-8. Speichern Sie die Datei als UTF-8, oder geben Sie den Zeichensatz des Werts an (CHARSET=). Es wurde nichts importiert.
error-reason-vcard-quoted-not-utf8 = Zeile { $line }: Erwartet wurde Text in UTF-8, die Quoted-Printable-Bytes sind aber kein UTF-8: Das Byte { $byte } ist kein UTF-8. Speichern Sie die Datei als UTF-8, oder geben Sie den Zeichensatz des Werts an (CHARSET=). Es wurde nichts importiert.
error-reason-vcard-not-in-charset = Zeile { $line }: Erwartet wurde Text in { $charset } (CHARSET=), der Wert von { $property } ist es aber nicht. Es wurde nichts importiert.
error-reason-vcard-not-found = Zeile { $line }: Keine vCard gefunden: Erwartet wurde BEGIN:VCARD, gefunden wurde aber `{ $found }`. Es wurde nichts importiert.
error-reason-vcard-outside-card = Zeile { $line }: Nach der vCard, die in Zeile { $end } endet, wurde BEGIN:VCARD oder das Ende der Datei erwartet, gefunden wurde aber `{ $found }`: Jede Eigenschaft gehört zwischen ein BEGIN:VCARD und sein END:VCARD. Es wurde nichts importiert.
error-reason-vcard-not-a-property = Zeile { $line }: Erwartet wurde eine vCard-Eigenschaft – ein Name, ein Doppelpunkt und ein Wert, etwa `FN:Anna Nowak` –, gefunden wurde aber `{ $found }`. Es wurde nichts importiert.
error-reason-vcard-begin-in-card = Zeile { $line }: Erwartet wurde END:VCARD, um die vCard aus Zeile { $begin } vor einem weiteren BEGIN zu schließen. Es wurde nichts importiert.
error-reason-vcard-wrong-end = Zeile { $line }: Erwartet wurde END:VCARD, um die vCard aus Zeile { $begin } zu schließen, gefunden wurde aber `END:{ $found }`. Es wurde nichts importiert.
error-reason-vcard-unsupported-version = Zeile { $line }: Nicht unterstützte vCard-Version `{ $version }`: Erwartet wurde 2.1, 3.0 oder 4.0. Es wurde nichts importiert.
error-reason-vcard-no-end = Zeile { $line }: Die vCard, die hier beginnt, hat kein END:VCARD: Erwartet wurde END:VCARD vor dem Ende der Datei (Zeile { $last }). Es wurde nichts importiert.
error-reason-vcard-empty = Zeile { $line }: Keine vCard gefunden: Erwartet wurde BEGIN:VCARD, die Datei ist aber leer. Es wurde nichts importiert.
error-reason-chat-export-cut-off = Zeile { $line }: Erwartet wurde der Rest des { $format }-Exports, die Datei endet aber hier. Es wurde nichts importiert.
error-reason-chat-export-not-json = Zeile { $line }: Erwartet wurde das JSON eines { $format }-Exports, gefunden wurde aber Text, der kein JSON ist (Spalte { $column }). Es wurde nichts importiert.
error-reason-chat-export-unexpected =
    Zeile { $line }: { $what ->
        [syntax] Der Text ist an dieser Stelle kein gültiges JSON
        [wrong_type] Erwartet: { $expected_kind ->
                [text] Text
                [number] Zahl
                [boolean] true oder false
                [null] null
                [list] Liste
                [object] Objekt
               *[other] Wert anderer Art
            }; gefunden: { $found_kind ->
                [text] Text
                [number] Zahl
                [boolean] true oder false
                [null] null
                [list] Liste
                [object] Objekt
               *[other] Wert anderer Art
            }
        [wrong_value] Erwartet: { $expected_kind ->
                [text] Text
                [number] Zahl
                [boolean] true oder false
                [null] null
                [list] Liste
                [object] Objekt
               *[other] Wert anderer Art
            }; gefunden wurde ein anderer Wert
        [wrong_length] Erwartet wurde eine Liste mit einer anderen Anzahl von Einträgen
        [missing_field] Erwartet wurde das Feld „{ $name }“, es fehlt aber
        [unknown_field] Gefunden wurde das Feld „{ $name }“, das diese Datei nicht hat
        [duplicate_field] Das Feld „{ $name }“ steht zweimal da
        [unknown_value] Gefunden wurde „{ $name }“, das hier keiner der zulässigen Werte ist
       *[other] Gefunden wurde ein Wert, den diese Datei an dieser Stelle nicht hat
    }, wo ein { $format }-Export etwas anderes enthält (Spalte { $column }). Es wurde nichts importiert.
error-reason-chat-export-too-large = Zeile { $line }: Der { $format }-Export ist größer als { $megabytes } MB, mehr als Custos auf einmal liest: Exportieren Sie weniger Chats oder einen kürzeren Zeitraum. Es wurde nichts importiert.
error-reason-chat-export-text-too-long = Zeile { $line }: Erwartet wurde ein Nachrichtentext von höchstens { $megabytes } MB, wie { $format } sie schreibt, gefunden wurde aber ein längerer (Spalte { $column }). Es wurde nichts importiert.
error-reason-telegram-not-an-export = Zeile { $line }: Erwartet wurde ein Export von Telegram Desktop („Chatverlauf exportieren“ als JSON): ein Chat mit seinen „messages“ oder ein vollständiger Export (result.json) mit seinen „chats“, gefunden wurde aber keins von beiden. Es wurde nichts importiert.
error-reason-telegram-not-a-time = Zeile { $line }: Erwartet wurde eine Nachrichtenzeit wie „1709280000“ („date_unixtime“) oder „2024-03-01T09:00:00“ („date“), gefunden wurde aber „{ $found }“ (Spalte { $column }). Es wurde nichts importiert.
error-reason-telegram-no-time = Zeile { $line }: Erwartet wurde die Zeit der Nachricht { $id } („date_unixtime“ oder „date“), gefunden wurde aber keine von beiden. Es wurde nichts importiert.
error-reason-messenger-not-an-export = Zeile { $line }: Erwartet wurde ein Messenger-Export (eine message_1.json aus Facebooks „Deine Informationen herunterladen“, als JSON) mit „participants“, „messages“ und „thread_path“, es fehlt aber „{ $missing }“. Es wurde nichts importiert.
error-reason-mail-empty = Zeile { $line }: Die Datei ist leer: Erwartet wurde eine E-Mail (.eml) oder ein Postfach (mbox). Es wurde nichts importiert.
error-reason-mail-not-a-mail = Zeile { $line }: Erwartet wurde eine E-Mail – Kopfzeilen wie „From: …“, „Date: …“ oder „Message-ID: …“, danach eine Leerzeile und der Text –, gefunden wurde aber „{ $found }“. Es wurde nichts importiert.
error-reason-mail-too-large = Zeile { $line }: Die E-Mail, die hier beginnt, ist { $megabytes } MB groß: Custos liest E-Mails bis höchstens { $limit } MB einschließlich der Anhänge. Es wurde nichts importiert.
error-reason-mbox-no-from-line = Zeile { $line }: Erwartet wurde ein Postfach (mbox), das wie beim Export aus E-Mail-Programmen mit einer „From “-Zeile beginnt, gefunden wurde aber „{ $found }“. Es wurde nichts importiert.

# Website chat CSV. $column: the column's name in the file's header.
error-reason-web-chat-empty = Zeile { $line }: Die Datei ist leer: Erwartet wurden eine Kopfzeile mit den Spaltennamen (etwa „Time,Sender,Message“) und eine Zeile für jede Nachricht. Es wurde nichts importiert.
error-reason-web-chat-no-rows = Zeile { $line }: Die Datei hat eine Kopfzeile, aber keine Zeilen: Erwartet wurde nach der Kopfzeile eine Zeile für jede Nachricht. Es wurde nichts importiert.
error-reason-web-chat-not-a-time = Zeile { $line }: Spalte „{ $column }“: Erwartet wurde eine Zeitangabe wie 2026-03-01 10:00, gefunden wurde aber „{ $found }“. Es wurde nichts importiert.
error-reason-web-chat-not-a-date = Zeile { $line }: Spalte „{ $column }“: Erwartet wurde ein Datum wie 2026-03-01, gefunden wurde aber „{ $found }“. Es wurde nichts importiert.
error-reason-web-chat-not-a-clock = Zeile { $line }: Spalte „{ $column }“: Erwartet wurde eine Uhrzeit wie 10:00, gefunden wurde aber „{ $found }“. Es wurde nichts importiert.
error-reason-web-chat-no-such-date = Zeile { $line }: Spalte „{ $column }“: Erwartet wurde ein gültiges Datum, gefunden wurde aber „{ $found }“; diesen Monat oder Tag gibt es nicht. Es wurde nichts importiert.
error-reason-web-chat-dates-day-first = Zeile { $line }: Spalte „{ $column }“: Erwartet wurden Datumsangaben mit dem Tag zuerst, wie in Zeile { $evidence_line } („{ $evidence }“), gefunden wurde aber „{ $found }“, wo der Monat zuerst steht. Es wurde nichts importiert.
error-reason-web-chat-dates-month-first = Zeile { $line }: Spalte „{ $column }“: Erwartet wurden Datumsangaben mit dem Monat zuerst, wie in Zeile { $evidence_line } („{ $evidence }“), gefunden wurde aber „{ $found }“, wo der Tag zuerst steht. Es wurde nichts importiert.
error-reason-web-chat-text-empty = Zeile { $line }: Spalte „{ $column }“: Erwartet wurde der Text der Nachricht, das Feld ist aber leer. Es wurde nichts importiert.
error-reason-web-chat-sender-missing = Zeile { $line }: Spalte „{ $column }“: Erwartet wurde, wer die Nachricht geschrieben hat (ein Name, eine E-Mail-Adresse oder eine Rolle), das Feld ist aber leer. Es wurde nichts importiert.
error-reason-web-chat-not-an-email = Zeile { $line }: Spalte „{ $column }“: Erwartet wurde eine E-Mail-Adresse, gefunden wurde aber „{ $found }“. Es wurde nichts importiert.
error-reason-web-chat-unknown-role = Zeile { $line }: Spalte „{ $column }“: Erwartet wurde eine Rolle wie visitor, agent oder bot, gefunden wurde aber „{ $found }“. Es wurde nichts importiert.
error-reason-web-chat-same-id = Zeile { $line }: Spalte „{ $column }“: Erwartet wurde für jede Nachricht eine eigene ID, „{ $id }“ steht aber erneut hier, wie in Zeile { $first_line } (enthält diese Spalte wirklich die ID der Nachricht?). Es wurde nichts importiert.
error-reason-web-chat-no-messages = Zeile { $line }: Erwartet wurde mindestens eine Nachricht, gefunden wurden aber nur Nachrichten eines Bots oder des Systems ({ $skipped }). Es wurde nichts importiert.

## Documents

error-reason-no-path = Wählen Sie, wo das Dokument gespeichert werden soll.
error-reason-same-target = { $path } ist für zwei Dateien gewählt: Wählen Sie für eine davon einen anderen Namen.
error-reason-unknown-document = Unbekanntes Dokument „{ $value }“.
error-reason-unknown-language = „{ $value }“ ist keine Dokumentsprache: Verwenden Sie en, pl, de, fr, it, es oder bg
error-reason-no-contact = Öffnen Sie die Karte eines Kontakts, um seine Auskunft zu erstellen.
error-reason-letter-without-request = Öffnen Sie einen Antrag, um dazu einen Brief zu schreiben.
error-reason-no-letter = Geben Sie an, welcher Brief: Eingangsbestätigung, Verlängerung, Antwort oder Ablehnung.
error-reason-unknown-letter = „{ $value }“ ist kein Brief zu einem Antrag: Verwenden Sie acknowledgement, extension, completion oder refusal
error-reason-source-not-applicable = Eine Datenquelle gehört nur zu Datenschutzhinweisen.
error-reason-redaction-not-applicable = Zu schwärzende Namen gehören nur zu einer Auskunft oder deren Export.
error-reason-blank-redaction = Ein zu schwärzender Name ist leer: Geben Sie den Namen der Person an oder lassen Sie ihn weg.
error-reason-not-an-access-request = Antrag Nr. { $request } ist ein Antrag der Art { $kind } (Art. { $article }): Eine Auskunft beantwortet ihn nicht. Treffen Sie die nötige Maßnahme auf der Karte des Kontakts und erfassen Sie diese.
error-reason-request-without-contact = Antrag Nr. { $request } ist keinem Kontakt zugeordnet.

## The app itself

error-reason-import-closed = Dieser Import wurde geschlossen (oder der Tresor gesperrt): Wählen Sie die Datei erneut.
error-reason-preview-first = Sehen Sie sich zuerst die Vorschau des Imports an: Es wurde nichts importiert.
error-reason-vcard-needs-no-mapping = Eine vCard-Datei braucht keine Zuordnung.
error-reason-undo-only-this-session = Hier kann nur ein Import rückgängig gemacht werden, der seit dem Start von Custos erfolgt ist.
error-reason-backup-running = Gerade wird eine Sicherung erstellt. Warten Sie, bis sie abgeschlossen ist.
error-reason-only-just-saved = Von hier aus kann nur ein Dokument geöffnet werden, das Custos gerade gespeichert hat.
error-reason-not-a-file-name = „{ $name }“ ist kein Dateiname: Lassen Sie den Ordner weg.
error-reason-viewer-failed = { $path } konnte nicht im Anzeigeprogramm des Systems geöffnet werden: { $reason }. Öffnen Sie die Datei aus ihrem Ordner.
error-reason-no-file-at = Unter { $path } gibt es keine Datei. Prüfen Sie Dateiname und Ordner und öffnen Sie die Datei erneut.

# An import's error in one of several files read together: $file is the file's name, $message the error.
error-in-file = { $file }: { $message }

## Operators, roles, key slots and the recovery kit

error-not-permitted = { $on_request ->
        [yes] Sie arbeiten als { $role ->
            [owner] Inhaber
            [clerk] Sachbearbeiter
           *[other] Nur lesen
        }: Sie dürfen einen Kontakt nur für eine offene Löschanfrage löschen. Öffnen (oder zuordnen) Sie zuerst die Löschanfrage der Person, oder bitten Sie einen Inhaber.
       *[other] Sie arbeiten als { $role ->
            [owner] Inhaber
            [clerk] Sachbearbeiter
           *[other] Nur lesen
        }, und nur { $needs ->
            [owner] ein Inhaber
           *[other] ein Sachbearbeiter oder ein Inhaber
        } darf dies tun. Bitten Sie jemanden mit dieser Rolle darum.
    }
error-reason-operator-not-named = Dieser Tresor hat mehrere Bearbeiter ({ $operators }): Geben Sie an, wer Sie sind.
error-reason-operator-unknown = Kein Bearbeiter dieses Tresors heißt „{ $name }“. Seine Bearbeiter sind: { $operators }.
error-reason-operator-exists = Es gibt bereits einen Bearbeiter namens „{ $name }“: Wählen Sie einen anderen Namen.
error-reason-operator-not-in-vault = Der Schlüssel von { $name } öffnet den Tresor, aber der Tresor kennt diesen Bearbeiter nicht (er wurde aus einer Sicherung von vor dem Hinzufügen wiederhergestellt). Bitten Sie einen Inhaber, die Person erneut hinzuzufügen.
error-reason-last-owner = { $name } ist der einzige Inhaber: Machen Sie zuerst einen anderen Bearbeiter zum Inhaber, damit immer jemand den Tresor verwalten kann.
error-reason-not-yourself = Sie können sich hier nicht selbst entfernen oder Ihre eigene Passphrase zurücksetzen: Ändern Sie stattdessen Ihre Passphrase, oder bitten Sie einen anderen Inhaber.
error-reason-passphrase-must-change = { $name }, wählen Sie zuerst Ihre eigene Passphrase: Die Ihnen gegebene galt nur für das erste Entsperren.
error-reason-keys-missing = Die Passphrase öffnet { $path } nicht, und seine Schlüsseldatei ({ $path }-keys) liegt nicht daneben. Ein mit diesem Custos angelegter Tresor braucht beide Dateien: Holen Sie die Schlüsseldatei von dort zurück, woher der Tresor kam (jede Sicherung hat eine daneben). Ist der Tresor älter, prüfen Sie die Passphrase.
error-reason-keys-damaged = Die Schlüsseldatei des Tresors ist beschädigt ({ $reason }). Stellen Sie sie aus einer Sicherung wieder her: Die Schlüsseldatei neben jeder Sicherung seit der letzten Neuverschlüsselung funktioniert.
error-reason-keys-not-this-vault = Die Schlüsseldatei neben dem Tresor öffnet ihn nicht: Sie gehört zu einem anderen Tresor oder einer älteren Kopie. Legen Sie die Schlüsseldatei zurück, die zu diesem Tresor gehört (die Schlüsseldatei einer Sicherung liegt neben ihr).
error-reason-recovery-code-length = Der Wiederherstellungscode hat { $found } Zeichen, ein Wiederherstellungscode hat aber { $expected } (ohne Bindestriche): Prüfen Sie, ob Sie ihn vollständig eingegeben haben.
error-reason-recovery-code-character = „{ $character }“ kommt in einem Wiederherstellungscode nicht vor: Er enthält nur die Ziffern 0–9 und die Buchstaben A–Z ohne I, L, O und U.
error-reason-recovery-code-typo = Gruppe { $group } des Wiederherstellungscodes stimmt nicht: Ein Zeichen darin ist falsch eingegeben. Vergleichen Sie Gruppe { $group } mit dem gedruckten Kit.
error-reason-recovery-code-wrong = Dieser Wiederherstellungscode öffnet den Tresor nicht: Er stammt aus einem älteren Kit (ein neu gedrucktes Kit macht das alte ungültig) oder von einem anderen Tresor.
error-reason-no-recovery-kit = Dieser Tresor hat noch kein Wiederherstellungs-Kit: Ein Inhaber kann eines drucken (Einstellungen → Bearbeiter).
error-reason-vault-in-use = Der Tresor ist in einem anderen Fenster oder Befehl geöffnet. Schließen Sie ihn dort und versuchen Sie es erneut: Für die Neuverschlüsselung braucht Custos den Tresor für sich allein.
error-reason-not-in-team = Dieser Tresor gehört noch zu keinem Team: Ein Eigentümer richtet eines unter Einstellungen → Team ein.
error-reason-already-in-team = Dieser Tresor gehört bereits zu einem Team: Er teilt sein Adressbuch über den Ordner des Teams.
error-reason-team-problem-unknown = Es gibt kein offenes Team-Problem mit der Nummer { $id }: Es wurde bereits verworfen, oder die Liste ist veraltet. Öffnen Sie Einstellungen → Team erneut.
# $seat: Name oder Kennung des Arbeitsplatzes, wie eingegeben.
error-reason-team-seat-unknown = Im Team gibt es keinen Arbeitsplatz „{ $seat }“ (oder er wurde bereits entfernt): Verwenden Sie den Namen oder die Kennung, wie der Team-Status sie zeigt.
error-reason-team-seat-self = Ein Arbeitsplatz kann sich nicht selbst entfernen: Entfernen Sie ihn als Inhaber von einem anderen Arbeitsplatz des Teams aus.
# $seat: der Name des Arbeitsplatzes.
error-reason-team-seat-no-key = Der Arbeitsplatz { $seat } hat seinen Schlüssel noch nicht veröffentlicht (er stammt aus einer früheren Version von Custos): Lassen Sie ihn einmal synchronisieren, synchronisieren Sie hier und entfernen Sie den Arbeitsplatz dann erneut.
error-reason-team-seat-removed = Dieser Arbeitsplatz wurde aus dem Team entfernt: Er kann nicht lesen, was das Team jetzt schreibt, und die anderen Arbeitsplätze übernehmen seine Änderungen nicht mehr. Sein Adressbuch bleibt, wie es war. Um wieder teilzunehmen, bitten Sie einen Inhaber um eine neue Einladung.
# $file: die Team-Schlüsseldatei im gemeinsamen Ordner.
error-reason-team-key-file-damaged = Die Team-Schlüsseldatei { $file } besteht ihre Prüfung nicht: Sie wurde verändert, gekürzt oder nicht von einem Arbeitsplatz des Teams erstellt. Nichts wurde gesendet oder übernommen. Lassen Sie den Ordner fertig synchronisieren; bleibt es so, bitten Sie den Inhaber, der einen Arbeitsplatz entfernt hat, den gemeinsamen Ordner zu prüfen.
# $file: die Änderungsdatei im gemeinsamen Ordner.
error-reason-team-key-missing = Die Datei { $file } ist mit einem neueren Team-Schlüssel versiegelt, als dieser Arbeitsplatz hat: Die Schlüsseldatei ist noch nicht angekommen. Lassen Sie den Ordner fertig synchronisieren.
# $file: die Änderungsdatei im gemeinsamen Ordner.
error-reason-change-file-damaged = Die Änderungsdatei { $file } besteht ihre Prüfung nicht: Sie wurde unterwegs verändert oder gekürzt. Nichts davon wurde übernommen, und die späteren Dateien dieses Arbeitsplatzes warten auf sie. Lassen Sie den Ordner fertig synchronisieren; bleibt es so, bitten Sie diesen Arbeitsplatz, seine Änderungen erneut zu senden.
# $file: die Änderungsdatei im gemeinsamen Ordner.
error-reason-change-file-foreign = Die Änderungsdatei { $file } gehört zu einem anderen Team oder wurde von der Stelle verschoben, an die ihr Arbeitsplatz sie geschrieben hat. Nichts davon wurde übernommen. Entfernen Sie sie aus dem gemeinsamen Ordner.
# $max: die meisten Zeichen eines Arbeitsplatznamens.
error-reason-seat-name = Geben Sie dem Arbeitsplatz einen Namen, den Menschen erkennen (z. B. Büro-PC), mit einem Buchstaben oder einer Ziffer und höchstens { $max } Zeichen.
# $found, $expected: eingegebene und benötigte Zeichen.
error-reason-invitation-code-length = Der Einladungscode hat { $found } Zeichen, sollte aber { $expected } haben (ohne Bindestriche): Prüfen Sie, ob Sie ihn vollständig eingegeben haben.
# $character: das Zeichen, das in keinem Einladungscode vorkommt.
error-reason-invitation-code-character = „{ $character }“ kommt in einem Einladungscode nicht vor: Er enthält nur die Ziffern 0–9 und die Buchstaben A–Z ohne I, L, O und U.
# $group: die Gruppe des Codes (ab 1), deren Prüfzeichen nicht passt.
error-reason-invitation-code-typo = Gruppe { $group } des Einladungscodes stimmt nicht: Ein Zeichen darin ist falsch eingegeben. Vergleichen Sie Gruppe { $group } mit dem Code, den Ihnen der Eigentümer gegeben hat.
# $folder: der durchsuchte gemeinsame Ordner.
error-reason-invitation-unknown = In { $folder } gibt es keine Einladung zu diesem Code: Prüfen Sie, ob dies der gemeinsame Ordner des Teams ist und ob er fertig synchronisiert ist, oder bitten Sie den Eigentümer um eine neue Einladung.
error-reason-invitation-used = Diese Einladung wurde bereits verwendet: Eine Einladung richtet nur einen Arbeitsplatz ein. Bitten Sie den Eigentümer um eine neue.
# $expires: wann die Einladung abgelaufen ist.
error-reason-invitation-expired = Diese Einladung ist am { $expires } abgelaufen. Bitten Sie den Eigentümer um eine neue.
# $file: die Einladungsdatei im gemeinsamen Ordner.
error-reason-invitation-damaged = Die Einladungsdatei { $file } besteht ihre Prüfung nicht: Sie wurde unterwegs verändert oder gekürzt. Lassen Sie den Ordner fertig synchronisieren, oder bitten Sie den Eigentümer um eine neue Einladung.
