# Bearbeiter und das Öffnen des Tresors: „Wer sind Sie?“, das Wiederherstellungs-Kit, die
# eigene Passphrase, Einstellungen → Bearbeiter und Einstellungen → Ihre Passphrase. Die Wörter
# des Kits sind die des gedruckten Kits (recovery-kit-* in custos-documents).

## Entsperrbildschirm

operators-who-are-you = Wer sind Sie?
operators-first-owner-hint = Dieser Tresor wurde angelegt, bevor Bearbeiter eigene Passphrasen hatten: Der eingegebene Name wird der seines Inhabers.
operators-forgot = Ich habe meine Passphrase vergessen

## „Ich habe meine Passphrase vergessen“

operators-recover-title = Zugang mit dem Wiederherstellungs-Kit
operators-recover-intro = Ein Inhaber von { $path } gibt den Wiederherstellungscode vom gedruckten Wiederherstellungs-Kit ein und wählt eine neue Passphrase.
operators-recover-code = Wiederherstellungscode
operators-recover-code-hint = Wie auf dem Kit gedruckt: Groß- und Kleinbuchstaben sind gleich; O und 0 werden gleich gelesen, ebenso I, L und 1; die Bindestriche können entfallen.
operators-recover-submit = Neue Passphrase festlegen und entsperren
operators-recover-back = Zurück zum Entsperren

## Eigene Passphrase (nach dem Entsperren mit einer Erst-Passphrase)

operators-choose-title = Wählen Sie Ihre eigene Passphrase
operators-choose-intro = { $name }, die Ihnen gegebene Passphrase galt nur für das erste Entsperren. Wählen Sie Ihre eigene, bevor Sie fortfahren: Nur Sie sollten sie kennen.
operators-choose-new = Neue Passphrase
operators-choose-submit = Speichern und fortfahren
operators-choose-lock = Sperren

## Wiederherstellungs-Kit

operators-kit-step-title = Drucken Sie Ihr Wiederherstellungs-Kit
operators-kit-step-intro = Das Wiederherstellungs-Kit ist eine gedruckte Seite mit einem Wiederherstellungscode. Damit kann ein Inhaber, der die Passphrase vergessen hat, eine neue festlegen.
operators-kit-nobody = Ohne Passphrase und ohne Wiederherstellungs-Kit kann niemand – auch nicht die Entwickler von Custos – den Tresor öffnen.
operators-kit-language = Sprache des Kits
operators-kit-save = Wiederherstellungs-Kit speichern
operators-kit-continue = Weiter
operators-kit-skip = Jetzt überspringen (später unter Einstellungen → Bearbeiter drucken)
operators-kit-title = Wiederherstellungs-Kit
operators-kit-made = Für diesen Tresor wurde ein Wiederherstellungs-Kit gedruckt.
operators-kit-none = Noch kein Wiederherstellungs-Kit: Drucken Sie eines und bewahren Sie es sicher und offline auf.
operators-kit-print = Wiederherstellungs-Kit drucken
operators-kit-replaces = Ein neues Kit ersetzt das alte: Der Code des alten Kits funktioniert nicht mehr. Vernichten Sie dann das alte Blatt.

## Einstellungen → Bearbeiter

operators-title = Bearbeiter
operators-intro = Jede Person, die in diesem Tresor arbeitet, hat eine eigene Passphrase und eine Rolle. Ein Inhaber darf alles; ein Sachbearbeiter arbeitet mit Kontakten, Gesprächen, Einwilligungen und Anfragen, darf aber keine Massenexporte erstellen und keine Einstellungen der Firma ändern; „Nur lesen“ darf nachschlagen und suchen.
operators-col-name = Name
operators-col-role = Rolle
operators-col-added = Hinzugefügt
operators-col-actions = Aktionen
operators-you = Sie
operators-must-choose = muss eine Passphrase wählen
operators-role-of = Rolle von { $name }
operators-role-owner = Inhaber
operators-role-clerk = Sachbearbeiter
operators-role-read-only = Nur lesen
operators-role-changed = Die Rolle von { $name } ist jetzt: { $role }.
operators-add-title = Bearbeiter hinzufügen
operators-add-name = Name
operators-first-passphrase = Erst-Passphrase
operators-first-passphrase-hint = Übergeben Sie sie persönlich. Beim ersten Entsperren muss die Person eine eigene Passphrase wählen.
operators-add-submit = Bearbeiter hinzufügen
operators-added = { $name } wurde hinzugefügt und entsperrt mit der Erst-Passphrase; danach wird eine eigene gewählt.
operators-reset = Neue Passphrase…
operators-reset-title = Neue Erst-Passphrase für { $name }
operators-reset-intro = Für einen Bearbeiter, der seine Passphrase vergessen hat: Er entsperrt mit dieser und muss dann eine eigene wählen. Seine bisherige Passphrase funktioniert nicht mehr.
operators-reset-submit = Erst-Passphrase festlegen
operators-reset-done = { $name } entsperrt jetzt mit der neuen Erst-Passphrase und muss dann eine eigene wählen.
operators-remove = Entfernen…
operators-remove-title = { $name } entfernen?
operators-remove-intro = { $name } kann den Tresor nicht mehr öffnen: Custos verschlüsselt den ganzen Tresor mit einem neuen Schlüssel neu, was bei einem großen Tresor eine Weile dauert. Was diese Person getan hat, bleibt im Prüfprotokoll.
operators-remove-backups = Sicherungen von vor dem Entfernen öffnen sich weiterhin mit den Passphrasen, die sie enthielten, auch mit der dieses Bearbeiters.
operators-remove-confirm = Entfernen und neu verschlüsseln
operators-removed = { $name } wurde entfernt und der Tresor neu verschlüsselt.
operators-rekey-progress = Tresor wird neu verschlüsselt: { $percent } %
operators-rekey-busy = Wird neu verschlüsselt…
operators-safety-title = Schlüssel
operators-leaked = Eine Passphrase ist vielleicht bekannt geworden
operators-leaked-title = Tresor neu verschlüsseln?
operators-leaked-intro = Custos verschlüsselt den ganzen Tresor mit einem neuen Schlüssel und sichert ihn mit der Passphrase jedes Bearbeiters und dem Wiederherstellungs-Kit. Ändern Sie danach die Passphrase, die gesehen worden sein könnte, oder geben Sie diesem Bearbeiter eine neue Erst-Passphrase.
operators-leaked-backups = Frühere Sicherungen behalten ihren Schlüssel: Sie öffnen sich weiterhin mit den damaligen Passphrasen.
operators-leaked-confirm = Tresor neu verschlüsseln
operators-rekeyed = Der Tresor wurde neu verschlüsselt.
operators-key-open = Datenschlüssel anzeigen
operators-key-title = Der Datenschlüssel des Tresors
operators-key-intro = Mit diesem Schlüssel öffnet sich die Tresordatei ohne Custos in der sqlcipher-Shell: Sie sind nie eingesperrt. Wer den Schlüssel und die Datei hat, kann alles lesen. Das Anzeigen wird im Prüfprotokoll festgehalten.
operators-key-passphrase = Ihre Passphrase
operators-key-show = Schlüssel anzeigen
operators-key-key = Datenschlüssel
operators-key-shell = Datei öffnen mit
operators-key-pragma = Dann eingeben
operators-key-copy = Kopieren
operators-key-copied = Kopiert
operators-key-keep = Bewahren Sie den Schlüssel nicht neben dem Tresor auf und senden Sie ihn nicht per E-Mail. Nach einer Neuverschlüsselung funktioniert dieser Schlüssel nicht mehr.
operators-settings-owner-only = Firmenprofil, Zwecke, Aufbewahrungsregeln, Kalender, Sicherungen und Bearbeiter verwaltet ein Inhaber.

## Einstellungen → Ihre Passphrase

operators-mine-title = Ihre Passphrase
operators-mine-intro = { $name }, hier ändern Sie die Passphrase, mit der Sie entsperren. Frühere Sicherungen öffnen sich mit der damals verwendeten Passphrase.
operators-mine-submit = Meine Passphrase ändern
operators-mine-done = Ihre Passphrase wurde geändert.
