# Settings → Team, the status bar's word on it, and "Join a team" (docs/TEAM.md). A "seat" is
# one computer's copy of the contact book; the UI says "computer".

team-title = Equipo
team-intro = Comparta esta libreta de contactos con los demás ordenadores de la empresa sin un proveedor de nube. Cada ordenador conserva su propia copia cifrada; los cambios viajan a través de una carpeta que Syncthing o el NAS de la oficina mantiene idéntica en todos los ordenadores, y esa carpeta solo contiene archivos cifrados.
team-loading = Cargando el equipo…
team-folder = Carpeta compartida
team-folder-choose = Elegir la carpeta compartida…
team-folder-hint = Una carpeta que Syncthing comparte entre los ordenadores, o una carpeta del NAS de la oficina.
team-folder-is = Carpeta compartida: { $folder }
team-seat-name = Nombre de este ordenador
team-seat-name-hint = Cómo lo verán los demás ordenadores, por ejemplo «PC de la oficina».
team-create = Compartir esta libreta de contactos
team-owner-only = Solo un propietario puede compartir la libreta de contactos con otros ordenadores.

team-status-in-sync = Sincronizado
team-status-waiting =
    { $changes ->
        [one] { $changes } cambio pendiente
       *[other] { $changes } cambios pendientes
    }
team-status-offline = { $seat } sin conexión desde el { $since }
team-status-offline-never = { $seat } aún no se ha sincronizado
team-status-problems =
    { $count ->
        [one] { $count } cambio de otro ordenador necesita revisión
       *[other] { $count } cambios de otros ordenadores necesitan revisión
    }
team-status-unreachable = No se ha podido sincronizar: { $error }
team-sync-now = Sincronizar ahora
team-synced-at = Última sincronización: { $time }

team-seats = Ordenadores
team-seat-unnamed = Ordenador { $index }
team-seat-this = este ordenador
team-seat-removed = quitado del equipo
team-seat-remove = Quitar
# $seat: el nombre del ordenador.
team-seat-remove-title = ¿Quitar { $seat } del equipo?
team-seat-remove-intro = Los demás ordenadores reciben una nueva clave de equipo: { $seat } no podrá leer nada de lo que el equipo escriba a partir de ahora, y sus cambios aún no aplicados aquí no se aplicarán en ningún sitio.
team-seat-remove-keeps = Lo que { $seat } ya tiene se queda allí: quitarlo no borra su copia de la agenda de contactos.
team-seat-remove-confirm = Quitar del equipo
team-seat-removed-notice = { $seat } se quitó del equipo; los demás ordenadores toman la nueva clave en su próxima sincronización.
team-seat-lag =
    { $changes ->
        [0] al día
        [one] { $changes } cambio aún no aplicado aquí
       *[other] { $changes } cambios aún no aplicados aquí
    }
team-last-seen = última actividad: { $time }
team-never-seen = sin actividad todavía

team-erasures = Supresiones que aún no han llegado a todos los ordenadores
team-erasure = Contacto n.º { $contact }, suprimido el { $since }: pendiente de { $seats }

team-problems = Cambios apartados
team-problems-intro = Estos cambios de otros ordenadores no se han podido aplicar tal como llegaron. No se ha perdido nada: revise el contacto, haga el cambio a mano si todavía se desea y después descártelo.
team-problem-constraint = Un cambio en { $table } (fila { $row }) de { $seat }, archivo { $sequence }, incumple una regla de la libreta de contactos (por ejemplo, un nombre que debe ser único).
team-problem-conflict = Un cambio en { $table } (fila { $row }) de { $seat }, archivo { $sequence }, choca con otra fila que tiene la misma clave.
team-problem-foreign-key = El archivo { $sequence } de { $seat } hace referencia a un registro que este ordenador no tiene: se ha apartado el archivo entero.
team-problem-unknown = No se ha podido aplicar un cambio en { $table } (fila { $row }) de { $seat }, archivo { $sequence }.
team-problem-dismiss = Descartar

team-invite = Invitar un ordenador
team-invite-operator = Quién trabajará en él
team-invite-create = Crear una invitación
team-invite-code = En el otro ordenador, elija «Unirse a un equipo» y escriba este código. Es para { $operator }, sirve una sola vez y caduca el { $expires }.
team-invite-qr = El código de invitación como código QR

team-join-title = Unirse a un equipo
team-join-intro = Escriba el código que el ordenador que le invita muestra en Ajustes → Equipo. La libreta de contactos llega cifrada a través de la carpeta compartida y se convierte, en este ordenador, en una caja fuerte que solo abre su frase de contraseña.
team-join-code = Código de invitación
team-join-folder-hint = La copia de la carpeta compartida en este ordenador (la carpeta de Syncthing o el recurso compartido del NAS), una vez que la invitación haya llegado a ella.
team-join-submit = Unirse
team-join-busy = Uniéndose…
team-join-back = Volver
