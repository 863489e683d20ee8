status-lead = Cliente potencial
status-customer = Cliente
status-former-customer = Antiguo cliente
status-supplier-partner = Proveedor/socio
status-other = Otro
field-display-name = Nombre
field-given-name = Nombre de pila
field-family-name = Apellidos
field-email = Correo electrónico
field-phone = Teléfono
field-organisation = Organización
field-job-title = Cargo
field-address = Dirección
field-id-number = Número de identificación
field-tags = Etiquetas
field-notes = Notas
point-work = Trabajo
point-home = Casa
point-mobile = Móvil
point-other = Otro
channel-chat = Chat
channel-email = Correo electrónico
channel-phone = Llamada telefónica
channel-meeting = Reunión
channel-other = Otro
origin-manual = introducida a mano
origin-whatsapp = importada de WhatsApp
origin-json = importada de una transcripción
origin-email = importada del correo electrónico
origin-telegram = importada de Telegram
origin-messenger = importada de Messenger
origin-web-chat = importada del chat del sitio web
basis-a = Art. 6, apdo. 1, letra a) del { -gdpr } – { -consent }
basis-b = Art. 6, apdo. 1, letra b) del { -gdpr } – ejecución de un contrato
basis-c = Art. 6, apdo. 1, letra c) del { -gdpr } – obligación legal
basis-d = Art. 6, apdo. 1, letra d) del { -gdpr } – intereses vitales
basis-e = Art. 6, apdo. 1, letra e) del { -gdpr } – misión realizada en interés público
basis-f = Art. 6, apdo. 1, letra f) del { -gdpr } – { -legitimate-interests }
role-processor = Encargado del tratamiento
role-controller = Responsable del tratamiento
role-joint-controller = Corresponsable del tratamiento
role-recipient = Destinatario
safeguard-eu-eea = UE/EEE (sin transferencia)
safeguard-adequacy = Decisión de adecuación
safeguard-standard-contractual-clauses = Cláusulas contractuales tipo
safeguard-other = Otra garantía
source-person = El propio interesado
# A card an import of conversations created: the message the person gave their data in ($channel: email, chat, phone, meeting, other; $date: the day, formatted).
source-person-via = El propio interesado ({ $channel ->
    [email] correo electrónico
    [chat] mensaje de chat
    [phone] llamada
   *[other] mensaje
} del { $date })
source-third-party-named = Un tercero: { $name }
source-public-named = Fuente pública: { $name }
sender-staff = { $name } (personal)
hit-in-chat = Chat · { $date }

word-consent-state-never-given = nunca otorgado
word-consent-state-given = otorgado
word-consent-state-confirmed = confirmado
word-consent-state-withdrawn = retirado
word-consent-state-expired = caducado
word-retention-action-delete-transcripts = eliminar las transcripciones
word-retention-action-erase = suprimir
word-data-source-person = el interesado
word-data-source-third-party = tercero
word-data-source-public = fuente pública
word-matched-by-email = la misma dirección de correo electrónico
word-matched-by-phone = el mismo número de teléfono
word-matched-by-name = el mismo nombre en la misma organización
word-job-record = Registro de actividades de tratamiento (art. 30)
word-job-notice = Cláusula informativa (PDF)
word-job-notice-html = Cláusula informativa como página web
word-job-access-report = Informe de acceso (art. 15)
word-job-access-export = Exportación portable (art. 20)
word-job-request-letter = Carta al solicitante
