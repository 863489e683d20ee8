## Sätze, die der Kern per Code neben dem englischen Text sendet (said-<Bereich>-<Code>).

said-purpose-problem = { $problem }.

## Ob eine Person für einen Zweck kontaktiert werden darf (auf der Kontaktkarte).

said-permission-erased = Kontakt { $contact } wurde am { $date } gelöscht
said-permission-restricted = Die Verarbeitung der Daten von { $name } ist seit { $since } eingeschränkt ({ $reason }): nur Speicherung erlaubt
said-permission-objected = { $name } hat am { $date } der Verarbeitung für „{ $purpose }“ widersprochen
said-permission-not-consent = „{ $purpose }“ beruht auf { $basis ->
        [b] Art. 6 Abs. 1 lit. b (Vertrag)
        [c] Art. 6 Abs. 1 lit. c (rechtliche Verpflichtung)
        [d] Art. 6 Abs. 1 lit. d (lebenswichtige Interessen)
        [e] Art. 6 Abs. 1 lit. e (öffentliche Aufgabe)
        [f] Art. 6 Abs. 1 lit. f (berechtigte Interessen)
       *[a] Art. 6 Abs. 1 lit. a (Einwilligung)
    }
said-permission-consent = Einwilligung von { $name } für „{ $purpose }“: { $state ->
        [never_given] nie erteilt
        [given] erteilt
        [confirmed] bestätigt
        [withdrawn] widerrufen
       *[expired] abgelaufen
    }
said-permission-awaits-confirmation = Die Einwilligung von { $name } für „{ $purpose }“ wartet auf Bestätigung (Double-Opt-in)

## Die Adressbuchdatei und die Quelle der importierten Kontakte.

said-file-vcard-file = vCard-Datei mit { $cards ->
        [one] { $cards } Kontakt
       *[other] { $cards } Kontakten
    }
said-file-csv-file = { $format ->
        [google] Google-Kontakte-CSV
        [google_old] Google-Kontakte-CSV (älteres Layout)
        [outlook] Outlook-CSV
       *[csv] CSV
    } in { $encoding }, Felder getrennt durch { $delimiter ->
        [semicolon] Semikolons
        [tab] Tabulatoren
       *[comma] Kommas
    }
said-file-export-of = { $format ->
        [vcard] vCard
        [google] Google-Kontakte
        [google_old] Google-Kontakte (älteres Layout)
        [outlook] Outlook
       *[csv] CSV
    }-Export vom { $day }

## Eine Zeile des Adressbuchs.

said-row-no-name = kein Name, keine Organisation und keine E-Mail-Adresse, unter der dieser Kontakt angezeigt werden kann
said-row-vcard-no-name = kein Name: Die vCard hat weder FN, N, ORG noch EMAIL, um den Kontakt zu benennen
said-row-vcard-group = eine Kontaktgruppe (KIND:group), keine Person und keine Organisation
said-row-not-a-name = „{ $name }“ kann keine Karte benennen: Ein Name braucht mindestens einen Buchstaben oder eine Ziffer
said-row-card-refused = { $reason }
said-row-email-left-out = „{ $value }“ ist keine E-Mail-Adresse (kein @): ausgelassen
said-row-phone-left-out = „{ $value }“ enthält keine Ziffern: ausgelassen
said-row-tag-left-out = „{ $tag }“ ist länger als { $max } Zeichen: ausgelassen
said-row-left-out = { $reason }: ausgelassen
said-row-not-merged-erased = nicht mit Karte Nr. { $card } zusammengeführt: Kontakt { $id } wurde am { $date } gelöscht: Zu dieser Person kann nichts mehr erfasst oder geändert werden.
said-row-not-merged-restricted = nicht mit Karte Nr. { $card } zusammengeführt: { $name } ist seit { $since } eingeschränkt (gesperrt): „{ $reason }“. Die Daten können gelesen, aber nicht geändert werden. Heben Sie die Einschränkung mit einer Begründung auf, sobald die Verarbeitung fortgesetzt werden darf.
said-row-not-merged = nicht mit Karte Nr. { $card } zusammengeführt: { $reason }

## Was einem Dokument fehlt (nach „Ergänzen Sie:“).

said-missing-company-profile = das Unternehmensprofil (Name und Kontaktdaten des Verantwortlichen)
said-missing-controller-name = der vollständige Name des Verantwortlichen (Unternehmensprofil)
said-missing-controller-address = die Postanschrift des Verantwortlichen (Unternehmensprofil)
said-missing-controller-contact = eine E-Mail-Adresse oder Telefonnummer des Verantwortlichen (Unternehmensprofil)
said-missing-dpo-contact = wie der Datenschutzbeauftragte zu erreichen ist (Unternehmensprofil)
said-missing-supervisory-authority = die Aufsichtsbehörde, bei der Beschwerde eingelegt werden kann (Unternehmensprofil)
said-missing-supervisory-authority-contact = die Kontaktdaten der Aufsichtsbehörde (Unternehmensprofil)
said-missing-purposes = mindestens ein Zweck im Zweckkatalog
said-missing-data-source = die Quelle der Daten (der Dritte oder die öffentliche Quelle, mit Namen)
said-missing-purpose-description = eine Beschreibung des Zwecks „{ $purpose }“
said-missing-purpose-data-categories = die Kategorien personenbezogener Daten für den Zweck „{ $purpose }“
said-missing-purpose-data-subjects = die Kategorien betroffener Personen des Zwecks „{ $purpose }“ (wen die Daten betreffen, z. B. Kunden, Bewerber)
said-missing-purpose-retention = eine Speicherdauer für den Zweck „{ $purpose }“ (beim Zweck oder in einer Aufbewahrungsregel, die ihn nennt)
said-missing-purpose-legitimate-interest = das berechtigte Interesse, das mit dem Zweck „{ $purpose }“ verfolgt wird (Art. 6 Abs. 1 lit. f)
said-missing-transfer-safeguard = die Garantie für die Übermittlung an den Empfänger „{ $recipient }“ des Zwecks „{ $purpose }“ (außerhalb der EU/des EWR)
