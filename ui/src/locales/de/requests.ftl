# Anfragen betroffener Personen: die Ansicht Anfragen, die Details einer Anfrage, das Erfassen,
# die Schreiben an die anfragende Person und die Texte zu Werktagen in den Einstellungen.

## Arten von Anfragen und der Artikel der DSGVO, der das Recht gibt

requests-kind-access = Auskunft
requests-kind-rectification = Berichtigung
requests-kind-erasure = { -erasure }
requests-kind-restriction = { -restriction }
requests-kind-portability = Datenübertragbarkeit
requests-kind-objection = Widerspruch
requests-kind-automated-decisions = Automatisierte Entscheidungen
requests-kind-consent-withdrawal = Widerruf der Einwilligung
requests-article-access = Art. 15
requests-article-rectification = Art. 16
requests-article-erasure = Art. 17
requests-article-restriction = Art. 18
requests-article-portability = Art. 20
requests-article-objection = Art. 21
requests-article-automated-decisions = Art. 22
requests-article-consent-withdrawal = Art. 7 Abs. 3
requests-kind-with-article = { $kind } ({ $article })
requests-kind-right = { $article } { -gdpr }: { $right }
requests-right-access = { -right-of-access }
requests-right-rectification = { -right-to-rectification }
requests-right-erasure = { -right-to-erasure }
requests-right-restriction = { -right-to-restriction }
requests-right-portability = { -right-to-portability }
requests-right-objection = { -right-to-object }
requests-right-automated-decisions = Recht, keiner ausschließlich auf einer automatisierten Verarbeitung beruhenden Entscheidung unterworfen zu werden
requests-right-consent-withdrawal = Recht, die { -consent } jederzeit zu widerrufen

## Eingangsweg, Stand, Identitätsprüfung

requests-channel-email = E-Mail
requests-channel-letter = Brief
requests-channel-phone = Telefon
requests-channel-in-person = Persönlich
requests-channel-web-form = Webformular
requests-channel-other = Sonstiges
requests-status-received = Eingegangen
requests-status-identity-pending = Identitätsprüfung ausstehend
requests-status-in-progress = In Bearbeitung
requests-status-extended = Verlängert
requests-status-done = Erledigt
requests-status-refused = Abgelehnt
requests-identity-requested = Nachweis angefordert, noch nicht erhalten
requests-identity-verified = Bestätigt
requests-identity-failed = Nicht bestätigt

## Wer, wie dringend, wie sich die Frist ergibt

requests-who-unmatched = { $name } (keinem Kontakt zugeordnet)
requests-who-number = Anfrage Nr. { $id }
requests-urgency-overdue =
    { $days ->
        [one] Seit { $days } Tag überfällig
       *[other] Seit { $days } Tagen überfällig
    }
requests-urgency-today = Heute fällig
requests-urgency-soon =
    Bald fällig: { $days ->
        [one] noch { $days } Tag
       *[other] noch { $days } Tage
    }
requests-urgency-left =
    { $days ->
        [one] Noch { $days } Tag
       *[other] Noch { $days } Tage
    }
requests-deadline-moved = { $due } ({ $end } ist ein Wochenendtag, Feiertag oder Schließtag, daher verschiebt sich die Frist auf den nächsten Werktag)
requests-deadline-received = Eingegangen am { $received }; ein Monat ab Eingang: { $due }.
requests-deadline-extended = { $first } Um zwei weitere Monate verlängert ({ $reason }; die Person wurde am { $told } informiert): fällig am { $due }.

## Die erforderliche Maßnahme

requests-step-rectification = Berichtigen Sie die Daten auf der Kontaktkarte ({ common-edit }).
requests-step-erasure = Löschen Sie den Kontakt auf seiner Karte (Löschen).
requests-step-restriction = Schränken Sie die Verarbeitung auf der Kontaktkarte ein (Verarbeitung einschränken).
requests-step-objection = Erfassen Sie den Widerspruch bei den Einwilligungen auf der Kontaktkarte.
requests-step-consent-withdrawal = Erfassen Sie den Widerruf bei den Einwilligungen auf der Kontaktkarte.
requests-step-access = Erstellen Sie den Auskunftsbericht (mit dem portablen Export, falls die Person eine Kopie mitnehmen möchte). Er wird hier als erledigte Maßnahme erfasst.
requests-step-portability = Erstellen Sie den portablen Export (ZIP mit JSON und CSV), bei Bedarf zusammen mit dem Auskunftsbericht. Er wird hier als erledigte Maßnahme erfasst.
requests-step-automated-decisions = Custos trifft keine automatisierten Entscheidungen. Antworten Sie der Person außerhalb von Custos und erfassen Sie, was getan wurde.

## Fehler in Formularen

requests-error-who = Geben Sie an, wer angefragt hat: Wählen Sie den Kontakt oder geben Sie den Namen so an, wie die Person ihn genannt hat.
requests-error-received-missing = Geben Sie das Eingangsdatum der Anfrage an.
requests-error-received-future = Die Anfrage kann nicht nach dem heutigen Tag eingegangen sein.
requests-error-identity-method = Geben Sie an, wie die Identität geprüft wurde, z. B. „Personalausweis im Büro vorgelegt“.
requests-error-identity-date = Geben Sie das Datum der Prüfung an.
requests-error-identity-future = Die Prüfung kann nicht nach dem heutigen Tag liegen.
requests-error-identity-before = Die Prüfung kann nicht vor dem Eingang der Anfrage liegen.
requests-error-extension-reason = Geben Sie an, warum die Anfrage mehr Zeit braucht: Die Person wird über die Gründe informiert.

## Einstellungen → Werktage

requests-calendar-no-country = Im Unternehmensprofil ist kein Land angegeben: Nur Wochenenden und die unten aufgeführten Schließtage verschieben eine Frist. Geben Sie oben das Land an, damit seine Feiertage berücksichtigt werden.
requests-calendar-unsupported = Custos kennt die Feiertage von { $country } nicht: Nur Wochenenden und die unten aufgeführten Schließtage verschieben eine Frist. Tragen Sie Ihre Feiertage als Schließtage ein.
requests-calendar-supported = Fristen verschieben sich bei Wochenenden, den Feiertagen von { $country } und den unten aufgeführten Schließtagen.
requests-closure-day-missing = Wählen Sie den Tag, an dem das Unternehmen geschlossen ist.
requests-closure-day-taken = { $day } ist bereits ein Schließtag.

## Die Ansicht Anfragen

requests-title = Anfragen
requests-intro = Auskunfts-, Löschungs- und andere Anfragen der Personen, deren Daten Sie verarbeiten. Jede muss innerhalb eines Monats nach Eingang beantwortet werden; jeder Schritt wird im Prüfprotokoll erfasst.
requests-log-button = Anfrage erfassen
requests-show-closed = Auch abgeschlossene Anfragen anzeigen
requests-loading = Anfragen werden geladen…
requests-empty-open = Keine offenen Anfragen.
requests-empty-all = Keine Anfragen.
requests-empty-hint = Wenn jemand seine Daten einsehen, berichtigen oder löschen lassen möchte oder widerspricht, wählen Sie „{ requests-log-button }“: Custos berechnet die Frist und hält fest, was getan wurde.
requests-table-caption = Anfragen nach Frist
requests-column-type = Art
requests-column-who = Wer
requests-column-received = Eingegangen
requests-column-due = Fällig
requests-column-status = Status
requests-logged = Anfrage erfasst: fällig am { $due }.
requests-contact-label = Kontakt

## Details einer Anfrage

requests-detail-title = Anfrage Nr. { $id }: { $kind }
requests-detail-contact-point = Erreichbar unter
requests-detail-received-by =
    { $date } { $channel ->
        [email] per E-Mail
        [letter] per Brief
        [phone] telefonisch
        [in_person] persönlich
        [web_form] über das Webformular
       *[other] auf anderem Weg
    }
requests-detail-asked = Anliegen
requests-detail-urgency = · { $urgency }
requests-detail-identity = Identität: { $result } am { $date } ({ $method }).
requests-detail-done-title = Was getan wurde
requests-detail-done-line = { $at }: { $description }
requests-detail-done-audit = ({ $action }, Protokolleintrag Nr. { $entry })
requests-detail-report-recorded = Der Bericht ist als erledigte Maßnahme erfasst.
requests-detail-outcome-done = Als erledigt abgeschlossen am { $at }.
requests-detail-outcome-done-with = Als erledigt abgeschlossen am { $at }: { $outcome }
requests-detail-outcome-refused = Abgelehnt am { $at }.
requests-detail-outcome-refused-with = Abgelehnt am { $at }: { $outcome }
requests-detail-action-title = Erforderliche Maßnahme
requests-detail-generate-export = Export erstellen…
requests-detail-generate-report = Auskunftsbericht erstellen…
requests-detail-match-first = Ordnen Sie die Anfrage zuerst der Karte der anfragenden Person zu (unten).
requests-detail-open-card = Karte von { $name } öffnen
requests-detail-open-card-unnamed = Karte des Kontakts öffnen
requests-detail-match-error = Wählen Sie den Kontakt, der der anfragenden Person entspricht.
requests-detail-matched = Die Anfrage ist jetzt mit dem Kontakt verknüpft.
requests-detail-match-title = Einem Kontakt zuordnen
requests-detail-match-hint = Nach der Zuordnung kann die Maßnahme auf der Karte des Kontakts erfolgen und hier verknüpft werden.
requests-detail-match-button = Zuordnen
requests-detail-identity-recorded = Die Identitätsprüfung ist erfasst.
requests-detail-identity-title = Identitätsprüfung
requests-detail-identity-method = Wie geprüft wurde
requests-detail-identity-method-example = z. B. Personalausweis im Büro vorgelegt
requests-detail-identity-result = Ergebnis
requests-detail-identity-date = Geprüft am
requests-detail-identity-button = Prüfung erfassen
requests-detail-extended = Die Frist ist um zwei weitere Monate verlängert.
requests-detail-extend-title = Um zwei Monate verlängern
requests-detail-extend-hint = Nur wenn die Anfrage komplex ist oder sehr viele Anfragen vorliegen, und nur wenn die Person innerhalb des ersten Monats (bis { $due }) unter Angabe der Gründe informiert wird.
requests-detail-extend-reason = Der Person mitgeteilter Grund
requests-detail-extend-told = Mitgeteilt am
requests-detail-extend-button = Verlängern
requests-detail-action-error-entry = Wählen Sie den Protokolleintrag der erledigten Maßnahme.
requests-detail-action-error-description = Geben Sie an, was getan wurde.
requests-detail-action-recorded = Die Maßnahme ist erfasst.
requests-detail-record-title = Erledigte Maßnahme erfassen
requests-detail-record-match-first = Ordnen Sie die Anfrage zuerst einem Kontakt zu: Die Maßnahme ist einer seiner Protokolleinträge.
requests-detail-no-candidates = Seit Eingang der Anfrage gab es keine Maßnahme zu diesem Kontakt. Führen Sie die Maßnahme zuerst durch (siehe oben) und erfassen Sie sie dann hier.
requests-detail-record-entry = Protokolleintrag als Nachweis
requests-detail-choose = Auswählen…
requests-detail-record-option = #{ $id } · { $at } · { $action }
requests-detail-record-description = Was getan wurde
requests-detail-record-button = Maßnahme erfassen
requests-detail-closed = Die Anfrage ist als erledigt abgeschlossen.
requests-detail-close-title = Als erledigt abschließen
requests-detail-close-summary = Zusammenfassung (optional)
requests-detail-refuse-error = Geben Sie an, warum die Anfrage abgelehnt wird: Die Person muss es erfahren.
requests-detail-refused = Die Anfrage ist abgelehnt.
requests-detail-refuse-title = Ablehnen
requests-detail-refuse-hint = Nur wenn sie offenkundig unbegründet oder exzessiv ist oder die Identität nicht nachgewiesen ist. Die Person erfährt die Gründe sowie ihr Recht, sich bei der { -supervisory-authority } zu beschweren und gerichtlichen Rechtsschutz zu suchen.
requests-detail-refuse-reason = Grund
requests-detail-export-dialog = Portabler Export zu Anfrage Nr. { $id }
requests-detail-report-dialog = Auskunftsbericht zu Anfrage Nr. { $id }

## Anfrage erfassen

requests-new-hint = Die Frist ergibt sich aus dem Eingangsdatum. Jeder Schritt wird im Prüfprotokoll erfasst.
requests-new-kind = Art der Anfrage
requests-new-who = Wer hat angefragt
requests-new-who-contact = Ein Kontakt in Custos
requests-new-who-unmatched = Eine Person, die (noch) keinem Kontakt zugeordnet ist
requests-new-name = Name, wie angegeben
requests-new-contact-point = Erreichbar unter (E-Mail oder Anschrift)
requests-new-received = Eingegangen am
requests-new-channel = Eingegangen per
requests-new-details = Anliegen in wenigen Worten (optional)
requests-new-submit = Anfrage erfassen

## Schreiben an die anfragende Person

requests-letter-acknowledgement = Eingangsbestätigung
requests-letter-extension = Mitteilung der Fristverlängerung
requests-letter-completion = Antwort
requests-letter-refusal = Ablehnung
requests-letters-title = Schreiben an die anfragende Person
requests-letters-hint = In der gewählten Sprache, an die anfragende Person adressiert, mit dem Zeichen der Anfrage. Jedes Schreiben wird im Prüfprotokoll erfasst; es zählt nicht als erledigte Maßnahme.
requests-letters-button = { $letter }…
requests-letters-dialog = { $letter } zu Anfrage Nr. { $id }

requests-erased-text = [mit der Person gelöscht]
requests-outcome-no-data = Über die anfragende Person werden keine personenbezogenen Daten gespeichert.
requests-outcome-no-data-with = Über die anfragende Person werden keine personenbezogenen Daten gespeichert. { $summary }
requests-describe-contact-erased = Kontakt und seine Gespräche gelöscht
requests-describe-contact-restricted = Verarbeitung der Daten des Kontakts eingeschränkt
requests-describe-contact-updated = Daten des Kontakts berichtigt
requests-describe-consent-withdrawn = Widerruf der Einwilligung erfasst
requests-describe-objection-recorded = Widerspruch erfasst
requests-action-report-generated =
    Auskunftsbericht erstellt, Sprache: { $language } ({ $pages ->
        [one] { $pages } Seite
       *[other] { $pages } Seiten
    }, SHA-256 { $sha256 })
requests-action-export-generated = Export zur Datenübertragbarkeit erstellt (ZIP, SHA-256 { $sha256 })
