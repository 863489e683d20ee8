# Sicherungen: Einstellungen → Sicherungen, der Wiederherstellungsdialog, die Statusleiste und
# was der Löschdialog über Sicherungen sagt.

backups-title = Sicherungen
backups-intro = Custos sichert den Tresor selbstständig einmal täglich und vor einem Update, verschlüsselt mit der Passphrase des Tresors und Seite für Seite geprüft. Aufbewahrt wird eine Sicherung pro Tag für eine Woche, eine pro Woche für einen Monat und eine pro Monat für ein Jahr.
backups-back-up-now = Jetzt sichern
backups-progress = Sicherung läuft… { $percent } %
backups-backed-up-to = Gesichert nach { $path } und geprüft.
backups-rotation-removed =
    Die Rotation hat { $count ->
        [one] { $count } ältere Sicherung
       *[other] { $count } ältere Sicherungen
    } entfernt.
backups-folder-set = Sicherungen werden ab jetzt in { $folder } gespeichert.
backups-where = Speicherort der Sicherungen
backups-folder = Ordner
backups-folder-choose = Ordner wählen…
backups-use-folder = Diesen Ordner verwenden
backups-default-folder = Zurück zum Standardordner
backups-external-drives = Eine Sicherung auf einem anderen Laufwerk übersteht den Verlust dieses Computers. Jetzt angeschlossen:
backups-drive-folder = Custos-Sicherungen
backups-keep-elsewhere = Bewahren Sie Sicherungen auch auf einem externen Laufwerk oder in einem Netzwerkordner auf: Eine Sicherung neben dem Tresor geht mit dem Computer verloren.
backups-in-folder = Sicherungen in diesem Ordner
backups-none = Noch keine Sicherungen.
backups-held = { $contacts }, { $messages }
backups-size-gb = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } GB
backups-size-mb = { $size } MB
backups-size-kb = { $size } KB
backups-before-passphrase-change = Vor der Änderung der Passphrase erstellt: Sie öffnet sich mit der damals verwendeten Passphrase.
backups-check = Prüfen
backups-checking = Wird geprüft…
backups-check-ok = Geprüft: Jede Seite ist lesbar und die Struktur ist intakt.
backups-check-damaged =
    Beschädigt: { $count ->
        [one] { $count } Problem gefunden
       *[other] { $count } Probleme gefunden
    }. Stellen Sie nicht aus dieser Sicherung wieder her.
backups-restore-ask = Wiederherstellen…
backups-restored = Die Sicherung vom { $date } wurde wiederhergestellt. Der vorherige Stand des Tresors ist unter { $path } aufbewahrt.

## Statusleiste

backups-backed-up-at = Gesichert am { $date }
backups-failed = Sicherung fehlgeschlagen: { $error }
backups-unknown-error = unbekannter Fehler
backups-settings-link = Einstellungen → Sicherungen

## Löschen einer Person: was die Sicherungen noch enthalten

backups-held-until-none = Noch keine Sicherung enthält Daten dieser Person.
backups-held-until = Bisher erstellte Sicherungen enthalten sie noch bis { $date }, wenn die letzte von ihnen durch die Rotation entfernt wird. Eine Löschung erreicht keine Sicherung.

## Wiederherstellungsdialog

backups-restore-title = Sicherung vom { $date } wiederherstellen?
backups-restore-warning = Der gesamte Inhalt des Tresors wird durch den Inhalt der Sicherung ersetzt; was seitdem hinzugefügt oder geändert wurde, ist danach nicht mehr im Tresor. Der aktuelle Stand des Tresors wird vorher gesichert, sodass sich dies rückgängig machen lässt.
backups-restore-old-passphrase = Diese Sicherung wurde vor der letzten Änderung der Passphrase erstellt: Geben Sie die damals verwendete Passphrase ein. Nach der Wiederherstellung öffnet sich der Tresor mit dieser Passphrase.
backups-restore-same-passphrase = Nach der Wiederherstellung öffnet sich der Tresor mit der Passphrase der Sicherung.
backups-restore-passphrase = Passphrase der Sicherung
backups-restoring = Wird wiederhergestellt…
backups-restore = Wiederherstellen
