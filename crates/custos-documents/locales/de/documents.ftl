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

basis-a = Art. 6 Abs. 1 lit. a DSGVO – Einwilligung
basis-b = Art. 6 Abs. 1 lit. b DSGVO – Vertragserfüllung
basis-c = Art. 6 Abs. 1 lit. c DSGVO – rechtliche Verpflichtung
basis-d = Art. 6 Abs. 1 lit. d DSGVO – lebenswichtige Interessen
basis-e = Art. 6 Abs. 1 lit. e DSGVO – Aufgabe im öffentlichen Interesse
basis-f = Art. 6 Abs. 1 lit. f DSGVO – berechtigte Interessen
legitimate-interest = Berechtigtes Interesse: { $interest }

status-lead = Interessenten
status-customer = Kunden
status-former_customer = Ehemalige Kunden
status-supplier_partner = Lieferanten und Partner
status-other = Sonstige Kontakte

role-processor = Auftragsverarbeiter
role-controller = Verantwortlicher
role-joint_controller = gemeinsam Verantwortlicher
role-recipient = Empfänger

safeguard-eu_eea = innerhalb der EU/des EWR
safeguard-adequacy = Angemessenheitsbeschluss (Art. 45 DSGVO)
safeguard-standard_contractual_clauses = Standardvertragsklauseln (Art. 46 Abs. 2 lit. c DSGVO)
safeguard-other = andere Garantie (Art. 46 DSGVO)

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

retention-delete_transcripts = { $status }: Löschung der Chatverläufe { $period } nach dem letzten Kontakt
retention-erase = { $status }: Löschung der Kontaktdaten { $period } nach dem letzten Kontakt
retention-for-purpose = (erforderlich für „{ $purpose }“)

record-title = Verzeichnis von Verarbeitungstätigkeiten
record-subtitle = Geführt vom Verantwortlichen gemäß Art. 30 Abs. 1 DSGVO. Stand: { $date }.
record-controller = Verantwortlicher
field-controller-name = Name
field-address = Anschrift
field-email = E-Mail
field-phone = Telefon
field-country = Land
field-dpo = Datenschutzbeauftragter
dpo-none = Nicht benannt
field-authority = Aufsichtsbehörde
field-joint-controllers = Gemeinsam Verantwortliche
record-activities = Verarbeitungstätigkeiten
col-number = Nr.
col-purpose = Zweck der Verarbeitung
col-basis = Rechtsgrundlage
col-subjects = Kategorien betroffener Personen
col-data = Kategorien personenbezogener Daten
col-recipients = Empfänger (einschl. Drittländer)
col-transfers = Übermittlungen in Drittländer und Garantien
col-erasure = Löschfristen
subjects-all = Alle Kontakte: Interessenten, Kunden, ehemalige Kunden, Lieferanten und Partner
recipients-none = Keine Empfänger außerhalb des Verantwortlichen
transfers-none = Keine: Die Daten bleiben in der EU/im EWR
recipient-line = { $name } ({ $role }, { $country })
transfer-line = { $name } ({ $country }): { $safeguard }
record-retention = Allgemeine Aufbewahrungsregeln
record-retention-intro = Kontakte werden anhand dieser Regeln geprüft. Nichts wird ohne Bestätigung des Nutzers gelöscht, und jede Löschung wird im Prüfprotokoll festgehalten.
retention-none = Es sind keine allgemeinen Aufbewahrungsregeln festgelegt.
record-security = Technische und organisatorische Maßnahmen (Art. 32 DSGVO)
security-encryption = Verschlüsselung der gespeicherten Daten: Alle Daten liegen in einer einzigen, mit SQLCipher (AES-256) verschlüsselten Datenbankdatei; ohne Passphrase ist die Datei nicht lesbar.
security-access = Zugangskontrolle: Die Datei lässt sich nur mit der Passphrase (mindestens { $min } Zeichen) öffnen, die nirgends gespeichert wird; die Anwendung sperrt sich nach einer festgelegten Zeit ohne Nutzung.
security-audit = Nachweisbarkeit: Jede Änderung und jeder Export wird mit dem Namen des Bearbeiters und dem Zeitpunkt in einem durch Hashwerte verketteten Prüfprotokoll erfasst, dessen Unversehrtheit überprüft werden kann.
security-deletion = Sicheres Löschen: Gelöschte Daten werden in der Datenbankdatei, ihrem Write-Ahead-Log und ihrem Suchindex überschrieben.
security-local = Speicherort: Die Daten bleiben auf dem eigenen Computer des Verantwortlichen und werden an keinen Cloud-Dienst übermittelt; Sicherungskopien sind ebenso verschlüsselt.
record-generated = Erstellt mit Custos aus dem Zweckkatalog und dem Unternehmensprofil am { $date }.
