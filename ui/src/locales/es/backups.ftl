# Copias de seguridad: Ajustes → Copias de seguridad, la ventana de restauración, la barra de
# estado y lo que la ventana de supresión dice de las copias de seguridad.

backups-title = Copias de seguridad
backups-intro = Custos hace por sí solo una copia de seguridad de la caja fuerte una vez al día y antes de una actualización, cifrada con la frase de contraseña de la caja fuerte y comprobada página a página. Conserva una al día durante una semana, una a la semana durante un mes y una al mes durante un año.
backups-back-up-now = Hacer copia ahora
backups-progress = Haciendo copia de seguridad… { $percent } %
backups-backed-up-to = Copia guardada en { $path } y comprobada.
backups-rotation-removed =
    La rotación ha eliminado { $count ->
        [one] { $count } copia más antigua
       *[other] { $count } copias más antiguas
    }.
backups-folder-set = A partir de ahora las copias de seguridad se guardan en { $folder }.
backups-where = Dónde se guardan las copias
backups-folder = Carpeta
backups-folder-choose = Elegir carpeta…
backups-use-folder = Usar esta carpeta
backups-default-folder = Volver a la carpeta predeterminada
backups-external-drives = Una copia en otra unidad sobrevive a la pérdida de este ordenador. Conectadas ahora:
backups-drive-folder = Copias de seguridad de Custos
backups-keep-elsewhere = Guarde también copias en una unidad externa o en una carpeta de red: una copia junto a la caja fuerte se pierde con el ordenador.
backups-in-folder = Copias de seguridad de esta carpeta
backups-none = Aún no hay copias de seguridad.
backups-held = { $contacts }, { $messages }
backups-size-gb = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } GB
backups-size-mb = { $size } MB
backups-size-kb = { $size } KB
backups-before-passphrase-change = Hecha antes de cambiar la frase de contraseña: se abre con la frase de contraseña de entonces.
backups-check = Comprobar
backups-checking = Comprobando…
backups-check-ok = Comprobada: todas las páginas se releen y la estructura está intacta.
backups-check-damaged =
    Dañada: { $count ->
        [one] { $count } problema encontrado
       *[other] { $count } problemas encontrados
    }. No restaure desde esta copia.
backups-restore-ask = Restaurar…
backups-restored = Se ha restaurado la copia de seguridad del { $date }. La caja fuerte tal como estaba antes se conserva como { $path }.

## Barra de estado

backups-backed-up-at = Copia hecha el { $date }
backups-failed = Error en la copia de seguridad: { $error }
backups-unknown-error = error desconocido
backups-settings-link = Ajustes → Copias de seguridad

## Supresión de una persona: lo que aún contienen las copias

backups-held-until-none = Ninguna copia de seguridad contiene aún datos de esta persona.
backups-held-until = Las copias de seguridad hechas hasta ahora los contienen hasta el { $date }, cuando la última de ellas se elimine por rotación. La supresión no alcanza a las copias de seguridad.

## Ventana de restauración

backups-restore-title = ¿Restaurar la copia de seguridad del { $date }?
backups-restore-warning = Todo el contenido de la caja fuerte se sustituye por el de la copia; lo que se haya añadido o cambiado desde entonces dejará de estar en la caja fuerte. Antes se hace una copia de la caja fuerte en su estado actual, así que se puede deshacer.
backups-restore-old-passphrase = Esta copia se hizo antes del último cambio de la frase de contraseña: escriba la frase de contraseña de entonces. Tras la restauración, la caja fuerte se abre con esa frase de contraseña.
backups-restore-same-passphrase = Tras la restauración, la caja fuerte se abre con la frase de contraseña de la copia.
backups-restore-passphrase = Frase de contraseña de la copia
backups-restoring = Restaurando…
backups-restore = Restaurar
