# Pantallas de inicio (bienvenida, creación, desbloqueo), robustez de la frase de contraseña,
# marco de la aplicación (navegación, barra superior, barra de estado), archivo abierto desde
# fuera y ventanas de archivos del sistema.

app-starting = Iniciando Custos…

## Bienvenida

app-welcome-title = Bienvenido a Custos
app-welcome-intro = Contactos, conversaciones y consentimientos en un único archivo cifrado en este ordenador. Ninguna nube lo ve jamás.
app-welcome-create = Crear una caja fuerte nueva
app-welcome-create-hint = Empiece de cero. Elija una frase de contraseña; sin ella el archivo es ilegible.
app-welcome-open = Abrir una caja fuerte existente
app-welcome-open-hint = Desbloquee un archivo .custos que ya tenga, por ejemplo uno restaurado desde una copia de seguridad.
app-welcome-join = Unirse a un equipo
app-welcome-join-hint = Otro ordenador de la empresa ha invitado a este: escriba el código que muestra y la libreta de contactos llegará aquí.

## Creación

app-create-title = Crear una caja fuerte nueva
app-create-intro = Todo lo que guarda en Custos se cifra con su frase de contraseña. Si la olvida, nadie puede recuperar los datos, ni siquiera nosotros.
app-vault-file = Archivo de la caja fuerte
app-vault-file-choose = Elegir el archivo de la caja fuerte…
app-create-path-hint = Guarde una copia de este archivo en un lugar seguro, p. ej. en una memoria USB cifrada.
app-your-name = Su nombre
app-create-operator-hint = Se registra con cada cambio, como exige el principio de responsabilidad proactiva del { -gdpr }.
app-passphrase = Frase de contraseña
app-create-repeat = Repita la frase de contraseña
app-create-mismatch = Aún no coincide con la frase de contraseña.
app-create-busy = Creando…
app-create-submit = Crear caja fuerte
app-create-instead = Abrir en su lugar una caja fuerte existente

## Desbloqueo

app-unlock-title = Desbloquear la caja fuerte
app-unlock-busy = Desbloqueando…
app-unlock-submit = Desbloquear
app-unlock-instead = Crear en su lugar una caja fuerte nueva

## Robustez de la frase de contraseña

app-strength-too-short =
    { $length ->
        [0] Use al menos { $min ->
            [one] { $min } carácter
           *[other] { $min } caracteres
        }. Unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.
       *[other] Use al menos { $min ->
            [one] { $min } carácter
           *[other] { $min } caracteres
        }{ "\u00A0" }({ $length } por ahora). Unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.
    }
app-strength-failed = No se ha podido estimar la robustez: { $error }
app-strength-label =
    Robustez: { $score ->
        [0] muy débil
        [1] débil
        [2] aceptable
        [3] fuerte
       *[4] muy fuerte
    }
# $time: la duración en palabras del estimador (en inglés, p. ej. "3 centuries").
app-strength-time = — adivinarla llevaría unos { $time }
app-strength-checking = Comprobando la robustez…

## Campo de ruta

app-path-choose = Elegir…
app-path-choose-label = { $label }: elegir…
app-path-dialog-failed = No se ha podido abrir la ventana de selección de archivos: { $error } Escriba la ruta en su lugar.

## Archivo de caja fuerte recibido desde fuera

app-open-request-title-lock-first = ¿Abrir otra caja fuerte?
app-open-request-title-refused = No se puede abrir este archivo
app-open-request-asked = Se ha pedido a Custos que abra
app-open-request-unlocked = La caja fuerte { $vault } está desbloqueada. Bloquéela para desbloquear la otra con su frase de contraseña, o siga trabajando en esta.
app-open-request-lock-and-open = Bloquear y abrir
app-open-request-keep-working = Seguir trabajando
app-open-request-ok = Aceptar

## Marco de la aplicación

app-nav-label = Principal
app-nav-contacts = Contactos
app-nav-attention = Requiere atención
app-nav-requests = Solicitudes
app-nav-audit = Registro de auditoría
app-nav-settings = Ajustes
app-nav-to-deal-with = por atender
app-new-contact = Nuevo contacto
app-shortcut-new-contact = Ctrl+N
app-lock = Bloquear
app-shortcut-lock = Ctrl+L
app-working-as = Trabajando como { $operator }
app-dismiss = Descartar
app-locks-after = Se bloquea tras { $minutes } min de inactividad
app-locked-idle =
    Bloqueada tras { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } de inactividad.
app-lock-failed = Es posible que el bloqueo haya fallado: { $error } Cierre Custos para asegurarse.

## Cierre de una solicitud: no se conservan datos

app-no-data-title = Cerrar — no se conservan datos
app-no-data-hint = Si el solicitante no es uno de sus contactos y una búsqueda en las fichas y transcripciones no ha encontrado nada sobre él, la respuesta es que no se conservan datos personales suyos. El cierre es definitivo; la carta de respuesta lo indicará.
app-no-data-summary = Cómo se ha buscado (opcional)
app-no-data-summary-placeholder = p. ej. búsqueda por nombre y dirección de correo electrónico
app-no-data-closed = La solicitud está cerrada: no se conservan datos personales del solicitante.

## Ventanas de archivos del sistema

app-dialog-create-vault = Crear una caja fuerte de Custos
app-dialog-open-vault = Abrir una caja fuerte de Custos
app-dialog-vault-filter = Caja fuerte de Custos
app-dialog-transcript = Elegir una exportación de chat
app-dialog-whatsapp-filter = Exportación de WhatsApp
app-dialog-transcript-filter = Transcripción de Custos
app-dialog-csv-export = Exportar a un archivo CSV
app-dialog-csv-filter = CSV (separado por comas)
app-dialog-save-document = Guardar el documento
app-dialog-pdf-filter = Documento PDF
app-dialog-html-filter = Página web
app-dialog-zip-filter = Archivo ZIP
app-dialog-backup-folder = Dónde guardar las copias de seguridad
app-dialog-shared-folder = La carpeta que comparten los ordenadores del equipo
app-dialog-address-book = Elegir un archivo de libreta de direcciones
app-dialog-address-book-filter = Libreta de direcciones (CSV, vCard)
app-dialog-csv-sources-filter = CSV (Google, Outlook, hoja de cálculo)
app-dialog-vcard-filter = vCard
app-dialog-export-contacts = Exportar contactos

## Errores

error-fallback = Algo ha salido mal. Inténtelo de nuevo.
