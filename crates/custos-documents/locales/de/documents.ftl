# Custos documents — Deutsch.

## Datum: Tag, Monatsname, Jahr.
date = { $day }. { $month } { $year }
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember

page-x-of-y = Seite { $page } von { $pages }

basis-a = Art. 6 Abs. 1 lit. a { -gdpr } – { -consent }
basis-b = Art. 6 Abs. 1 lit. b { -gdpr } – Vertragserfüllung
basis-c = Art. 6 Abs. 1 lit. c { -gdpr } – rechtliche Verpflichtung
basis-d = Art. 6 Abs. 1 lit. d { -gdpr } – lebenswichtige Interessen
basis-e = Art. 6 Abs. 1 lit. e { -gdpr } – Aufgabe im öffentlichen Interesse
basis-f = Art. 6 Abs. 1 lit. f { -gdpr } – { -legitimate-interests }
legitimate-interest = Berechtigtes Interesse: { $interest }

status-lead = Interessenten
status-customer = Kunden
status-former_customer = Ehemalige Kunden
status-supplier_partner = Lieferanten und Partner
status-other = Sonstige Kontakte

role-processor = { -processor }
role-controller = { -controller }
role-joint_controller = { -joint-controller }
role-recipient = { -recipient }

safeguard-eu_eea = innerhalb der EU/des EWR
safeguard-adequacy = Angemessenheitsbeschluss (Art. 45 { -gdpr })
safeguard-standard_contractual_clauses = Standardvertragsklauseln (Art. 46 Abs. 2 lit. c { -gdpr })
safeguard-other = andere Garantie (Art. 46 { -gdpr })

period-days = { $n ->
    [one] { $n } Tag
   *[other] { $n } Tage
}
period-months = { $n ->
    [one] { $n } Monat
   *[other] { $n } Monate
}
period-years = { $n ->
    [one] { $n } Jahr
   *[other] { $n } Jahre
}

retention-delete_transcripts = { $status }: { -erasure } der Chatverläufe { $period } nach dem letzten Kontakt
retention-erase = { $status }: { -erasure } der Kontaktdaten { $period } nach dem letzten Kontakt
retention-for-purpose = (erforderlich für „{ $purpose }“)

record-title = Verzeichnis von Verarbeitungstätigkeiten
record-subtitle = Geführt vom Verantwortlichen gemäß Art. 30 Abs. 1 { -gdpr }. Stand: { $date }.
record-controller = { -controller }
field-controller-name = Name
field-address = Anschrift
field-email = E-Mail
field-phone = Telefon
field-country = Land
field-dpo = { -dpo }
dpo-none = Nicht benannt
field-authority = { -supervisory-authority }
field-joint-controllers = Gemeinsam Verantwortliche
record-activities = Verarbeitungstätigkeiten
col-number = Nr.
col-purpose = { -purpose }
col-basis = Rechtsgrundlage
col-subjects = Kategorien betroffener Personen
col-data = Kategorien personenbezogener Daten
col-recipients = { -recipient } (einschl. Drittländer)
col-transfers = Übermittlungen in Drittländer und Garantien
col-erasure = Löschfristen
recipients-none = Keine { -recipient } außerhalb des Verantwortlichen
transfers-none = Keine: Die Daten bleiben in der EU/im EWR
recipient-line = { $name } ({ $role }, { $country })
transfer-line = { $name } ({ $country }): { $safeguard }
record-retention = Allgemeine Aufbewahrungsregeln
record-retention-intro = Kontakte werden anhand dieser Regeln geprüft. Nichts wird ohne Bestätigung des Nutzers gelöscht, und jede { -erasure } wird im Prüfprotokoll festgehalten.
retention-none = Es sind keine allgemeinen Aufbewahrungsregeln festgelegt.
record-security = Technische und organisatorische Maßnahmen (Art. 32 { -gdpr })
security-encryption = Verschlüsselung der gespeicherten Daten: Alle Daten liegen in einer einzigen, mit SQLCipher (AES-256) verschlüsselten Datenbankdatei; ohne Passphrase ist die Datei nicht lesbar.
security-access = Zugangskontrolle: Die Datei lässt sich nur mit der Passphrase (mindestens { $min } Zeichen) öffnen, die nirgends gespeichert wird; die Anwendung sperrt sich nach einer festgelegten Zeit ohne Nutzung.
security-audit = Nachweisbarkeit: Jede Änderung und jeder Export wird mit dem Namen des Bearbeiters und dem Zeitpunkt in einem durch Hashwerte verketteten Prüfprotokoll erfasst, dessen Unversehrtheit überprüft werden kann.
security-deletion = Sicheres Löschen: Gelöschte Daten werden in der Datenbankdatei, ihrem Write-Ahead-Log und ihrem Suchindex überschrieben.
security-local = Speicherort: Die Daten bleiben auf dem eigenen Computer des Verantwortlichen und werden an keinen Cloud-Dienst übermittelt; Sicherungskopien sind ebenso verschlüsselt.
record-generated = Erstellt mit Custos aus dem Zweckkatalog und dem Unternehmensprofil am { $date }.

## Datenschutzhinweise (Art. 13 und 14 DSGVO)
notice-title = { -privacy-notice }
notice-subtitle-13 = Informationen nach Art. 13 { -gdpr } darüber, wie wir Ihre personenbezogenen Daten verarbeiten. Stand: { $date }.
notice-subtitle-14 = Informationen nach Art. 14 { -gdpr } über { -personal-data }, die wir nicht bei Ihnen erhoben haben. Stand: { $date }.
notice-controller = Wer für Ihre Daten verantwortlich ist
notice-controller-text = Verantwortlich für Ihre personenbezogenen Daten ist { $name }.
notice-contact = So erreichen Sie uns: { $contact }.
notice-dpo = Unser { -dpo }: { $dpo }.
notice-no-dpo = Wir haben keinen Datenschutzbeauftragten benannt; bitte wenden Sie sich direkt an uns.
notice-purposes = Wozu und auf welcher Grundlage wir Ihre Daten verarbeiten
field-purpose = Zweck
field-basis = Rechtsgrundlage
field-data = Datenkategorien
field-recipients = { -recipient }
field-transfers = Übermittlung außerhalb der EU/des EWR
field-retention = { -retention-period }
field-requirement = Müssen Sie die Daten angeben?
field-automated = Automatisierte Entscheidungen
requirement-voluntary = Die Angabe der Daten ist freiwillig.
requirement-statutory = Die Angabe der Daten ist gesetzlich vorgeschrieben. Wenn Sie sie nicht angeben: { $consequence }
requirement-contractual = Die Angabe der Daten ist vertraglich vorgeschrieben oder für einen Vertragsabschluss erforderlich. Wenn Sie sie nicht angeben: { $consequence }
automated-none = Wir treffen keine automatisierten Entscheidungen und erstellen keine Profile.
notice-source = Woher Ihre Daten stammen
source-third_party = Wir haben Ihre Daten erhalten von: { $source }.
source-public = Wir haben Ihre Daten aus einer öffentlich zugänglichen Quelle erhoben: { $source }.
notice-rights = Ihre Rechte
right-access = Auskunft (Art. 15 { -gdpr }): Sie können erfragen, ob wir Ihre Daten verarbeiten, und eine Kopie erhalten.
right-rectification = Berichtigung (Art. 16 { -gdpr }): Sie können unrichtige Daten berichtigen und unvollständige vervollständigen lassen.
right-erasure = { -erasure } (Art. 17 { -gdpr }): Sie können die { -erasure } Ihrer Daten verlangen, sofern wir sie nicht aufbewahren müssen.
right-restriction = Einschränkung (Art. 18 { -gdpr }): Sie können die { -restriction } verlangen, etwa solange die Richtigkeit geprüft wird.
right-portability = Datenübertragbarkeit (Art. 20 { -gdpr }): Sie können die von Ihnen bereitgestellten Daten in einem maschinenlesbaren Format erhalten oder an einen anderen Verantwortlichen übermitteln lassen.
right-objection = Widerspruch (Art. 21 { -gdpr }): Sie können einer Verarbeitung auf Grundlage berechtigter Interessen jederzeit widersprechen, der Direktwerbung immer.
right-withdraw = Widerruf der { -consent } (Art. 7 Abs. 3 { -gdpr }): Beruht die Verarbeitung auf Ihrer { -consent }, können Sie diese jederzeit widerrufen; die Rechtmäßigkeit der bis zum Widerruf erfolgten Verarbeitung bleibt unberührt.
notice-rights-how = Um ein Recht auszuüben, wenden Sie sich über die obigen Kontaktdaten an uns. Wir antworten innerhalb eines Monats.
notice-complaint = Beschwerderecht
notice-complaint-text = Sie haben das Recht, sich bei einer { -supervisory-authority } zu beschweren: { $authority }.
notice-generated = Erstellt mit Custos aus dem Zweckkatalog und dem Unternehmensprofil am { $date }.

## Auskunftsbericht (Art. 15 DSGVO) und sein Export (Art. 20 DSGVO)
access-title = Auskunft: Ihre personenbezogenen Daten
access-subtitle = Unsere Auskunft nach Art. 15 { -gdpr } an { $name }. Stand: { $date }.
access-confirmation = Wir bestätigen, dass { $controller } { -personal-data } über Sie verarbeitet. Dieser Bericht ist eine Kopie aller personenbezogenen Daten, die wir über Sie gespeichert haben; danach folgt, wie und warum wir sie verarbeiten.
access-card = Ihre Kontaktkarte
field-display-name = Name
field-organisation = Organisation
field-id-number = Identifikationsnummer
field-status = Beziehung
field-source = Herkunft der Daten
field-created = Erfasst seit
field-last-contact = Letzter Kontakt
field-restricted = Verarbeitung eingeschränkt
restricted-since = seit { $date }: { $reason }
value-none = –
field-given-name = Vorname
field-family-name = Nachname
field-job-title = Position
field-tags = Schlagwörter
# A contact point with its label, e.g. "anna@nowak.pl (work)".
point-with-label = { $value } ({ $label })
point-label-work = geschäftlich
point-label-home = privat
point-label-mobile = mobil
point-label-other = sonstige
contact-status-lead = Interessent
contact-status-customer = Kunde
contact-status-former_customer = Ehemaliger Kunde
contact-status-supplier_partner = Lieferant oder Partner
contact-status-other = Sonstige
source-person = Wir haben die Daten von Ihnen erhalten.
# A card an import of conversations created: $channel is email, chat, phone, meeting or other; $date the day.
source-person-via = Wir haben die Daten von Ihnen erhalten: { $channel ->
    [email] Ihre E-Mail
    [chat] Ihre Chatnachricht
    [phone] Ihr Anruf
   *[other] Ihre Nachricht
} vom { $date }.
access-notes = Notizen über Sie
notes-none = Wir haben keine Notizen über Sie gespeichert.
access-consents = Ihre Einwilligungen und ihr Verlauf
consents-none = Sie haben uns keine { -consent } erteilt.
consent-current = Aktueller Stand: { $state }
consent-state-never_given = nie erteilt
consent-state-given = erteilt
consent-state-confirmed = erteilt und bestätigt
consent-state-withdrawn = widerrufen
consent-state-expired = abgelaufen
consent-event-given = Erteilt
consent-event-confirmed = Bestätigt
consent-event-withdrawn = Widerrufen
consent-event-expired = Abgelaufen
method-web_form = Webformular
method-email = E-Mail
method-phone = Telefon
method-in_person = persönlich
method-chat = Chat
method-paper = Papier
method-system = System
col-date = Datum
col-event = Ereignis
col-method = Weg
col-wording = Text, der Ihnen gezeigt wurde
col-evidence = Nachweis
wording-version = Fassung { $version }: { $text }
access-conversations = Gespräche mit Ihnen
conversations-none = Wir haben keine Gespräche mit Ihnen gespeichert.
access-redaction-note = Namen und Kontaktdaten anderer Personen wurden zum Schutz ihrer Rechte aus diesem Bericht entfernt (Art. 15 Abs. 4 { -gdpr }).
conversation-heading = { $channel }, { $date } ({ $count ->
    [one] { $count } Nachricht
   *[other] { $count } Nachrichten
})
conversation-ref = Referenz: { $ref }
# An e-mail thread's subject or a chat's name.
conversation-title = Betreff: { $title }
# The other people an e-mail was sent to (To, Cc), before its text.
message-to = An: { $names }
channel-chat = Chat
channel-email = E-Mail
channel-phone = Telefonat
channel-meeting = Besprechung
channel-other = Gespräch
col-time = Zeit (UTC)
col-sender = Von
col-text = Nachricht
sender-you = Sie
access-requests = Ihre Anträge an uns
requests-none = Sie haben keine Anträge an uns gerichtet.
col-received = Eingegangen
col-request = Antrag
col-details = Einzelheiten
col-status = Stand
col-due = Frist
request-kind-access = Auskunft (Art. 15)
request-kind-rectification = Berichtigung (Art. 16)
request-kind-erasure = { -erasure } (Art. 17)
request-kind-restriction = Einschränkung (Art. 18)
request-kind-portability = Datenübertragbarkeit (Art. 20)
request-kind-objection = Widerspruch (Art. 21)
request-kind-automated_decisions = Automatisierte Entscheidungen (Art. 22)
request-kind-consent_withdrawal = Widerruf der { -consent } (Art. 7 Abs. 3)
request-status-received = eingegangen
request-status-identity_pending = Identitätsnachweis ausstehend
request-status-in_progress = in Bearbeitung
request-status-extended = Frist verlängert
request-status-done = erledigt
request-status-refused = abgelehnt
access-backups-note = Verschlüsselte Sicherungskopien unserer Unterlagen enthalten diese Daten ebenfalls. Eine { -erasure } erreicht bereits erstellte Sicherungskopien nicht: Heute gelöschte Daten verbleiben dort spätestens bis { $date }, wenn die letzte dieser Kopien gelöscht wird.
access-export-note = Eine maschinenlesbare Kopie derselben Daten (JSON- und CSV-Dateien) erhalten Sie zusammen mit diesem Bericht (Art. 20 { -gdpr }).
access-generated = Erstellt mit Custos aus unseren Unterlagen am { $date }.
redact-party = Dritte Person
redact-removed = entfernt

## Schreiben zum Antrag einer betroffenen Person (Art. 12 DSGVO)
letter-title-acknowledgement = Eingangsbestätigung Ihres Antrags
letter-title-extension = Verlängerung der Frist zur Beantwortung Ihres Antrags
letter-title-completion = Unsere Antwort auf Ihren Antrag
letter-title-refusal = Unsere Entscheidung über Ihren Antrag
letter-reference = Antrag Nr. { $id } vom { $date }
field-our-reference = Unser Zeichen
field-request-type = Art des Antrags
field-due-by = Antwort bis spätestens
letter-kind-access = Auskunft über Ihre personenbezogenen Daten (Art. 15 { -gdpr })
letter-kind-rectification = Berichtigung Ihrer personenbezogenen Daten (Art. 16 { -gdpr })
letter-kind-erasure = { -erasure } Ihrer personenbezogenen Daten (Art. 17 { -gdpr })
letter-kind-restriction = { -restriction } (Art. 18 { -gdpr })
letter-kind-portability = Datenübertragbarkeit (Art. 20 { -gdpr })
letter-kind-objection = Widerspruch gegen die Verarbeitung (Art. 21 { -gdpr })
letter-kind-automated_decisions = Keiner ausschließlich auf einer automatisierten Verarbeitung beruhenden Entscheidung unterworfen zu werden (Art. 22 { -gdpr })
letter-kind-consent_withdrawal = Widerruf der { -consent } (Art. 7 Abs. 3 { -gdpr })
letter-salutation = Guten Tag { $name },
letter-salutation-unnamed = Sehr geehrte Damen und Herren,
letter-ack-received = vielen Dank für Ihren Antrag, der am { $date } bei uns eingegangen ist. Wir haben ihn erfasst und bearbeiten ihn.
letter-asked = Ihr Anliegen: { $details }
letter-ack-due = Wir antworten Ihnen spätestens bis zum { $due } (Art. 12 Abs. 3 { -gdpr }).
letter-ack-identity = Damit wir { -personal-data } nur der Person offenlegen, die sie betreffen, können wir Sie um einen Nachweis Ihrer Identität bitten, bevor wir Ihren Antrag bearbeiten (Art. 12 Abs. 6 { -gdpr }).
letter-ext-intro = Ihr Antrag ist am { $date } bei uns eingegangen. Seine Beantwortung erfordert mehr Zeit als den einen Monat, den die { -gdpr } grundsätzlich vorsieht.
letter-reasons = Die Gründe:
letter-ext-due = Nach Art. 12 Abs. 3 { -gdpr } verlängern wir die Frist daher um weitere zwei Monate. Wir antworten Ihnen spätestens bis zum { $due } (statt bis zum { $original }).
letter-done-intro = wir haben Ihren Antrag, der am { $date } bei uns eingegangen ist, bearbeitet.
letter-done-actions = Was wir getan haben:
letter-done-action = { $date }: { $action }
letter-done-report = Kopie Ihrer personenbezogenen Daten erstellt (Art. 15 { -gdpr })
letter-done-export = Ihre personenbezogenen Daten in einem strukturierten, gängigen und maschinenlesbaren Format bereitgestellt (Art. 20 { -gdpr })
letter-done-no-data = Wir haben unsere Unterlagen nach personenbezogenen Daten über Sie durchsucht und keine gefunden: Wir verarbeiten keine personenbezogenen Daten über Sie.
letter-done-enclosed = Anlage: die Auskunft über die personenbezogenen Daten, die wir über Sie verarbeiten (Art. 15 { -gdpr }).
letter-refusal-intro = wir haben Ihren Antrag vom { $date } geprüft. Wir werden ihm nicht nachkommen.
letter-refusal-rights = Nach Art. 12 Abs. 4 { -gdpr } weisen wir Sie darauf hin, dass Sie
letter-refusal-complaint = das Recht haben, Beschwerde bei der { -supervisory-authority } einzulegen: { $authority };
letter-refusal-court = das Recht haben, einen gerichtlichen Rechtsbehelf einzulegen.
letter-contact = Bei Fragen erreichen Sie uns unter: { $contact }.
letter-closing = Mit freundlichen Grüßen

## Wiederherstellungs-Kit eines Tresors
recovery-kit-title = Wiederherstellungs-Kit für Ihren Custos-Tresor
recovery-kit-intro = Mit diesem Blatt kann ein Inhaber des unten genannten Tresors wieder darauf zugreifen und eine neue Passphrase festlegen, wenn alle Passphrasen vergessen wurden.
recovery-kit-vault-name = Tresor
recovery-kit-vault-id = Tresor-ID
recovery-kit-made-on = Erstellt am
recovery-kit-made-by = Erstellt von
recovery-kit-code = Wiederherstellungscode
recovery-kit-code-typing = Groß- und Kleinschreibung spielt keine Rolle; O und 0 gelten als gleich, ebenso I, L und 1; die Bindestriche können entfallen.
recovery-kit-keep = Bewahren Sie dieses Blatt sicher auf
recovery-kit-keep-offline = Bewahren Sie es an einem sicheren Ort und offline auf, zum Beispiel in einer abschließbaren Schublade oder einem Safe. Fotografieren oder scannen Sie es nicht und speichern Sie es weder auf einem Computer noch online.
recovery-kit-keep-anyone = Wer dieses Blatt und eine Kopie der Tresordatei besitzt, kann den Tresor öffnen.
recovery-kit-use = So verwenden Sie es
recovery-kit-use-app = In der Custos-App: Wählen Sie auf dem Entsperrbildschirm „Ich habe meine Passphrase vergessen“ und geben Sie den Code ein.
recovery-kit-use-cli = Auf der Kommandozeile: { $command }
recovery-kit-use-check = Ein falsch eingegebenes Zeichen wird durch die Prüfzeichen erkannt: Custos bittet Sie dann, den Code zu überprüfen.
recovery-kit-use-after = Legen Sie danach eine neue Passphrase fest und drucken Sie ein neues Wiederherstellungs-Kit.
recovery-kit-replaced = Sobald ein neues Kit gedruckt wird, funktioniert dieses nicht mehr: Vernichten Sie dann dieses Blatt.
recovery-kit-nobody = Ohne Passphrase und ohne dieses Kit kann niemand – auch nicht die Entwickler von Custos – den Tresor öffnen.
