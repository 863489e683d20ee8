# Settings → Team, the status bar's word on it, and "Join a team" (docs/TEAM.md). A "seat" is
# one computer's copy of the contact book; the UI says "computer".

team-title = Team
team-intro = Condivida questa rubrica con gli altri computer dell’azienda senza un servizio cloud. Ogni computer conserva la propria copia cifrata; le modifiche passano per una cartella che Syncthing o il NAS dell’ufficio mantiene identica su ogni computer, e quella cartella contiene solo file cifrati.
team-loading = Caricamento del team…
team-folder = Cartella condivisa
team-folder-choose = Scegli la cartella condivisa…
team-folder-hint = Una cartella che Syncthing condivide tra i computer, oppure una cartella sul NAS dell’ufficio.
team-folder-is = Cartella condivisa: { $folder }
team-seat-name = Nome di questo computer
team-seat-name-hint = Il nome con cui lo vedranno gli altri computer, ad esempio «PC ufficio».
team-create = Condividi questa rubrica
team-owner-only = Solo un proprietario può condividere la rubrica con altri computer.

team-status-in-sync = Sincronizzato
team-status-waiting =
    { $changes ->
        [one] { $changes } modifica in attesa
       *[other] { $changes } modifiche in attesa
    }
team-status-offline = { $seat } offline dal { $since }
team-status-offline-never = { $seat }: non ancora sincronizzato
team-status-problems =
    { $count ->
        [one] { $count } modifica da un altro computer richiede un controllo
       *[other] { $count } modifiche da altri computer richiedono un controllo
    }
team-status-unreachable = Sincronizzazione non riuscita: { $error }
team-sync-now = Sincronizza ora
team-synced-at = Ultima sincronizzazione: { $time }

team-seats = Computer
team-seat-unnamed = Computer { $index }
team-seat-this = questo computer
team-seat-removed = rimosso dal team
team-seat-remove = Rimuovi
# $seat: il nome del computer.
team-seat-remove-title = Rimuovere { $seat } dal team?
team-seat-remove-intro = Gli altri computer ricevono una nuova chiave del team: { $seat } non potrà leggere nulla di ciò che il team scrive da ora in poi, e le sue modifiche non ancora applicate qui non saranno applicate da nessuna parte.
team-seat-remove-keeps = Ciò che { $seat } ha già resta lì: rimuoverlo non cancella la sua copia della rubrica.
team-seat-remove-confirm = Rimuovi dal team
team-seat-removed-notice = { $seat } è stato rimosso dal team; gli altri computer prendono la nuova chiave alla prossima sincronizzazione.
team-seat-lag =
    { $changes ->
        [0] aggiornato
        [one] { $changes } modifica non ancora applicata qui
       *[other] { $changes } modifiche non ancora applicate qui
    }
team-last-seen = ultima attività: { $time }
team-never-seen = nessuna attività finora

team-erasures = Cancellazioni non ancora arrivate su tutti i computer
team-erasure = Contatto n. { $contact }, cancellato il { $since }: in attesa di { $seats }

team-problems = Modifiche messe da parte
team-problems-intro = Non è stato possibile applicare queste modifiche di altri computer così come sono arrivate. Non è andato perso nulla: controlli il contatto, apporti la modifica a mano se serve ancora, poi chiuda la segnalazione.
team-problem-constraint = Una modifica a { $table } (riga { $row }) da { $seat }, file { $sequence }, viola una regola della rubrica (ad esempio un nome che deve essere univoco).
team-problem-conflict = Una modifica a { $table } (riga { $row }) da { $seat }, file { $sequence }, si scontra con un’altra riga con la stessa chiave.
team-problem-foreign-key = Il file { $sequence } da { $seat } fa riferimento a un record che questo computer non ha: l’intero file è stato messo da parte.
team-problem-unknown = Non è stato possibile applicare una modifica a { $table } (riga { $row }) da { $seat }, file { $sequence }.
team-problem-dismiss = Chiudi

team-invite = Invita un computer
team-invite-operator = Chi ci lavorerà
team-invite-create = Crea un invito
team-invite-code = Sull’altro computer scelga «Unisciti a un team» e digiti questo codice. È per { $operator }, vale una sola volta e scade il { $expires }.
team-invite-qr = Il codice d’invito come codice QR

team-join-title = Unisciti a un team
team-join-intro = Digiti il codice che il computer che La invita mostra in Impostazioni → Team. La rubrica arriva cifrata attraverso la cartella condivisa e su questo computer diventa una cassaforte che si apre solo con la Sua passphrase.
team-join-code = Codice d’invito
team-join-folder-hint = La copia della cartella condivisa su questo computer (la cartella di Syncthing o la condivisione del NAS), una volta che l’invito vi è arrivato.
team-join-submit = Unisciti
team-join-busy = Adesione in corso…
team-join-back = Indietro
