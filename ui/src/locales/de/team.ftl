# Settings → Team, the status bar's word on it, and "Join a team" (docs/TEAM.md). A "seat" is
# one computer's copy of the contact book; the UI says "computer".

team-title = Team
team-intro = Teilen Sie dieses Adressbuch ohne Cloud-Anbieter mit den anderen Computern der Firma. Jeder Computer behält seine eigene verschlüsselte Kopie; die Änderungen laufen über einen Ordner, den Syncthing oder das NAS im Büro auf allen Computern gleich hält, und dieser Ordner enthält nur verschlüsselte Dateien.
team-loading = Team wird geladen…
team-folder = Gemeinsamer Ordner
team-folder-choose = Gemeinsamen Ordner wählen…
team-folder-hint = Ein Ordner, den Syncthing zwischen den Computern teilt, oder ein Ordner auf dem NAS im Büro.
team-folder-is = Gemeinsamer Ordner: { $folder }
team-seat-name = Name dieses Computers
team-seat-name-hint = Unter diesem Namen sehen ihn die anderen Computer, zum Beispiel „Büro-PC“.
team-create = Dieses Adressbuch teilen
team-owner-only = Nur ein Inhaber kann das Adressbuch mit anderen Computern teilen.

team-status-in-sync = Synchronisiert
team-status-waiting =
    { $changes ->
        [one] { $changes } Änderung wartet
       *[other] { $changes } Änderungen warten
    }
team-status-offline = { $seat } offline seit { $since }
team-status-offline-never = { $seat } wurde noch nicht synchronisiert
team-status-problems =
    { $count ->
        [one] { $count } Änderung von einem anderen Computer muss geprüft werden
       *[other] { $count } Änderungen von anderen Computern müssen geprüft werden
    }
team-status-unreachable = Synchronisierung nicht möglich: { $error }
team-sync-now = Jetzt synchronisieren
team-synced-at = Zuletzt synchronisiert: { $time }

team-seats = Computer
team-seat-unnamed = Computer { $index }
team-seat-this = dieser Computer
team-seat-removed = aus dem Team entfernt
team-seat-remove = Entfernen
# $seat: der Name des Computers.
team-seat-remove-title = { $seat } aus dem Team entfernen?
team-seat-remove-intro = Die anderen Computer erhalten einen neuen Team-Schlüssel: { $seat } kann nichts mehr lesen, was das Team ab jetzt schreibt, und seine hier noch nicht übernommenen Änderungen werden nirgends übernommen.
team-seat-remove-keeps = Was { $seat } bereits hat, bleibt dort: Das Entfernen löscht seine Kopie des Adressbuchs nicht.
team-seat-remove-confirm = Aus dem Team entfernen
team-seat-removed-notice = { $seat } wurde aus dem Team entfernt; die anderen Computer übernehmen den neuen Schlüssel bei ihrer nächsten Synchronisierung.
team-seat-lag =
    { $changes ->
        [0] aktuell
        [one] { $changes } Änderung hier noch nicht übernommen
       *[other] { $changes } Änderungen hier noch nicht übernommen
    }
team-last-seen = zuletzt gesehen: { $time }
team-never-seen = noch nicht gesehen

team-erasures = Löschungen, die noch nicht auf allen Computern angekommen sind
team-erasure = Kontakt Nr. { $contact }, gelöscht am { $since }: wartet auf { $seats }

team-problems = Zurückgestellte Änderungen
team-problems-intro = Diese Änderungen von anderen Computern ließen sich nicht so übernehmen, wie sie ankamen. Verloren ging nichts: Sehen Sie sich den Kontakt an, nehmen Sie die Änderung von Hand vor, falls sie noch gewünscht ist, und blenden Sie den Eintrag dann aus.
team-problem-constraint = Eine Änderung an { $table } (Zeile { $row }) von { $seat }, Datei { $sequence }, verstößt gegen eine Regel des Adressbuchs (zum Beispiel einen Namen, der eindeutig sein muss).
team-problem-conflict = Eine Änderung an { $table } (Zeile { $row }) von { $seat }, Datei { $sequence }, trifft auf eine andere Zeile mit demselben Schlüssel.
team-problem-foreign-key = Datei { $sequence } von { $seat } verweist auf einen Datensatz, den dieser Computer nicht hat: Die ganze Datei wurde zurückgestellt.
team-problem-unknown = Eine Änderung an { $table } (Zeile { $row }) von { $seat }, Datei { $sequence }, konnte nicht übernommen werden.
team-problem-dismiss = Ausblenden

team-invite = Computer einladen
team-invite-operator = Wer dort arbeiten wird
team-invite-create = Einladung erstellen
team-invite-code = Wählen Sie auf dem anderen Computer „Einem Team beitreten“ und geben Sie diesen Code ein. Er gilt für { $operator }, funktioniert nur einmal und läuft am { $expires } ab.
team-invite-qr = Der Einladungscode als QR-Code

team-join-title = Einem Team beitreten
team-join-intro = Geben Sie den Code ein, den der einladende Computer unter Einstellungen → Team anzeigt. Das Adressbuch kommt verschlüsselt über den gemeinsamen Ordner und wird auf diesem Computer zu einem Tresor, den nur Ihre Passphrase öffnet.
team-join-code = Einladungscode
team-join-folder-hint = Die Kopie des gemeinsamen Ordners auf diesem Computer (der Syncthing-Ordner oder die NAS-Freigabe), sobald die Einladung darin angekommen ist.
team-join-submit = Beitreten
team-join-busy = Beitritt läuft…
team-join-back = Zurück
