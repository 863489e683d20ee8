# Custos documents — español.

## Fechas: día de mes de año.
date = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

page-x-of-y = Página { $page } de { $pages }

basis-a = Art. 6, apdo. 1, letra a) del { -gdpr } – { -consent }
basis-b = Art. 6, apdo. 1, letra b) del { -gdpr } – ejecución de un contrato
basis-c = Art. 6, apdo. 1, letra c) del { -gdpr } – obligación legal
basis-d = Art. 6, apdo. 1, letra d) del { -gdpr } – intereses vitales
basis-e = Art. 6, apdo. 1, letra e) del { -gdpr } – misión realizada en interés público
basis-f = Art. 6, apdo. 1, letra f) del { -gdpr } – { -legitimate-interests }
legitimate-interest = Interés legítimo: { $interest }

status-lead = Clientes potenciales
status-customer = Clientes
status-former_customer = Antiguos clientes
status-supplier_partner = Proveedores y socios
status-other = Otros contactos

role-processor = { -processor }
role-controller = { -controller }
role-joint_controller = { -joint-controller }
role-recipient = { -recipient }

safeguard-eu_eea = dentro de la UE/EEE
safeguard-adequacy = decisión de adecuación (art. 45 del { -gdpr })
safeguard-standard_contractual_clauses = cláusulas contractuales tipo (art. 46, apdo. 2, letra c) del { -gdpr })
safeguard-other = otra garantía (art. 46 del { -gdpr })

period-days = { $n ->
    [one] { $n } día
   *[other] { $n } días
}
period-months = { $n ->
    [one] { $n } mes
   *[other] { $n } meses
}
period-years = { $n ->
    [one] { $n } año
   *[other] { $n } años
}

retention-delete_transcripts = { $status }: { -erasure } de las transcripciones { $period } después del último contacto
retention-erase = { $status }: { -erasure } de los datos del contacto { $period } después del último contacto
retention-for-purpose = (necesario para «{ $purpose }»)

record-title = Registro de las actividades de tratamiento
record-subtitle = Llevado por el { -controller } conforme al art. 30, apdo. 1, del { -gdpr }. Situación a { $date }.
record-controller = Responsable del tratamiento
field-controller-name = Nombre
field-address = Dirección
field-email = Correo electrónico
field-phone = Teléfono
field-country = País
field-dpo = Delegado de protección de datos
dpo-none = No designado
field-authority = Autoridad de control
field-joint-controllers = Corresponsables del tratamiento
record-activities = Actividades de tratamiento
col-number = N.º
col-purpose = Fines del tratamiento
col-basis = Base jurídica
col-subjects = Categorías de interesados
col-data = Categorías de { -personal-data }
col-recipients = Destinatarios (incluidos terceros países)
col-transfers = Transferencias a terceros países y garantías
col-erasure = Plazos de { -erasure }
recipients-none = Ningún { -recipient } fuera del responsable
transfers-none = Ninguna: los datos permanecen en la UE/EEE
recipient-line = { $name } ({ $role }, { $country })
transfer-line = { $name } ({ $country }): { $safeguard }
record-retention = Reglas generales de conservación
record-retention-intro = Los contactos se revisan según estas reglas. No se suprime nada sin la confirmación del usuario y cada { -erasure } queda anotada en el registro de auditoría.
retention-none = No se han definido reglas generales de conservación.
record-security = Medidas de seguridad técnicas y organizativas (art. 32 del { -gdpr })
security-encryption = Cifrado en reposo: todos los datos se guardan en un único archivo de base de datos cifrado con SQLCipher (AES-256); sin la frase de contraseña el archivo no puede leerse.
security-access = Control de acceso: el archivo solo se abre con la frase de contraseña (al menos { $min } caracteres), que nunca se almacena; la aplicación se bloquea tras un tiempo de inactividad establecido.
security-audit = Responsabilidad proactiva: cada cambio y cada exportación se anotan con el nombre del operador y la hora en un registro de auditoría encadenado mediante hashes, cuya integridad puede verificarse.
security-deletion = Borrado seguro: los datos suprimidos se sobrescriben en el archivo de base de datos, en su registro de escritura anticipada y en su índice de búsqueda.
security-local = Almacenamiento: los datos permanecen en el ordenador del responsable y no se envían a ningún servicio en la nube; las copias de seguridad se cifran del mismo modo.
record-generated = Generado con Custos a partir del catálogo de fines y del perfil de la empresa el { $date }.

## Información sobre protección de datos (arts. 13 y 14 del RGPD)
notice-title = Información sobre protección de datos
notice-subtitle-13 = Información conforme al art. 13 del { -gdpr } sobre cómo tratamos sus { -personal-data }. Situación a { $date }.
notice-subtitle-14 = Información conforme al art. 14 del { -gdpr } sobre { -personal-data } suyos que no hemos obtenido de usted. Situación a { $date }.
notice-controller = Quién es responsable de sus datos
notice-controller-text = El { -controller } de sus { -personal-data } es { $name }.
notice-contact = Puede contactarnos en: { $contact }.
notice-dpo = Nuestro { -dpo }: { $dpo }.
notice-no-dpo = No hemos designado un { -dpo }; escríbanos directamente.
notice-purposes = Por qué tratamos sus datos y con qué base
field-purpose = Finalidad
field-basis = Base jurídica
field-data = Categorías de datos
field-recipients = Destinatarios
field-transfers = Transferencias fuera de la UE/EEE
field-retention = Cuánto tiempo los conservamos
field-requirement = ¿Debe facilitar los datos?
field-automated = Decisiones automatizadas
requirement-voluntary = Facilitar los datos es voluntario.
requirement-statutory = Facilitar los datos es un requisito legal. Si no los facilita: { $consequence }
requirement-contractual = Facilitar los datos es un requisito contractual o necesario para celebrar un contrato. Si no los facilita: { $consequence }
automated-none = No tomamos decisiones automatizadas ni elaboramos perfiles.
notice-source = De dónde proceden sus datos
source-third_party = Hemos recibido sus datos de: { $source }.
source-public = Hemos obtenido sus datos de una fuente de acceso público: { $source }.
notice-rights = Sus derechos
right-access = Acceso (art. 15 del { -gdpr }): puede preguntar si tratamos sus datos y recibir una copia.
right-rectification = Rectificación (art. 16 del { -gdpr }): puede hacer corregir los datos inexactos y completar los incompletos.
right-erasure = Supresión (art. 17 del { -gdpr }): puede solicitar la { -erasure } de sus datos, salvo que estemos obligados a conservarlos.
right-restriction = Limitación (art. 18 del { -gdpr }): puede solicitar que limitemos el tratamiento, por ejemplo mientras se comprueba la exactitud de los datos.
right-portability = Portabilidad (art. 20 del { -gdpr }): puede recibir los datos que nos facilitó en un formato de lectura mecánica o hacer que se transmitan a otro responsable.
right-objection = Oposición (art. 21 del { -gdpr }): puede oponerse en cualquier momento al tratamiento basado en { -legitimate-interests } y siempre a la mercadotecnia directa.
right-withdraw = Retirada del { -consent } (art. 7, apdo. 3, del { -gdpr }): si el tratamiento se basa en su { -consent }, puede retirarlo en cualquier momento, sin que ello afecte a la licitud del tratamiento anterior a la retirada.
notice-rights-how = Para ejercer un derecho, contáctenos con los datos indicados arriba. Respondemos en el plazo de un mes.
notice-complaint = Derecho a presentar una reclamación
notice-complaint-text = Tiene derecho a presentar una reclamación ante una { -supervisory-authority }: { $authority }.
notice-generated = Generado con Custos a partir del catálogo de fines y del perfil de la empresa el { $date }.

## Informe de acceso (art. 15 RGPD) y su exportación (art. 20 RGPD)
access-title = Informe de acceso: sus { -personal-data }
access-subtitle = Nuestra respuesta conforme al art. 15 { -gdpr } a { $name }. Situación a { $date }.
access-confirmation = Confirmamos que { $controller } trata { -personal-data } que le conciernen. Este informe es una copia de todos los { -personal-data } que conservamos sobre usted, seguida de cómo y por qué los tratamos.
access-card = Su ficha de contacto
field-display-name = Nombre
field-organisation = Organización
field-id-number = Número de identificación
field-status = Relación
field-source = Origen de los datos
field-created = Registrado desde
field-last-contact = Último contacto
field-restricted = Tratamiento limitado
restricted-since = desde el { $date }: { $reason }
value-none = –
field-given-name = Nombre
field-family-name = Apellidos
field-job-title = Cargo
field-tags = Etiquetas
# A contact point with its label, e.g. "anna@nowak.pl (work)".
point-with-label = { $value } ({ $label })
point-label-work = trabajo
point-label-home = personal
point-label-mobile = móvil
point-label-other = otro
contact-status-lead = Cliente potencial
contact-status-customer = Cliente
contact-status-former_customer = Antiguo cliente
contact-status-supplier_partner = Proveedor o socio
contact-status-other = Otro
source-person = Obtuvimos los datos de usted.
# A card an import of conversations created: $channel is email, chat, phone, meeting or other; $date the day.
source-person-via = Obtuvimos los datos de usted: { $channel ->
    [email] su correo electrónico
    [chat] su mensaje de chat
    [phone] su llamada
   *[other] su mensaje
} del { $date }.
access-notes = Notas sobre usted
notes-none = No conservamos notas sobre usted.
access-consents = Sus consentimientos y su historial
consents-none = No nos ha dado ningún { -consent }.
consent-current = Estado actual: { $state }
consent-state-never_given = nunca dado
consent-state-given = dado
consent-state-confirmed = dado y confirmado
consent-state-withdrawn = retirado
consent-state-expired = caducado
consent-event-given = Dado
consent-event-confirmed = Confirmado
consent-event-withdrawn = Retirado
consent-event-expired = Caducado
method-web_form = formulario web
method-email = correo electrónico
method-phone = teléfono
method-in_person = en persona
method-chat = chat
method-paper = papel
method-system = sistema
col-date = Fecha
col-event = Evento
col-method = Medio
col-wording = Texto que se le mostró
col-evidence = Prueba
wording-version = Versión { $version }: { $text }
access-conversations = Conversaciones con usted
conversations-none = No conservamos conversaciones con usted.
access-redaction-note = Los nombres y datos de contacto de otras personas se han eliminado de este informe para proteger sus derechos (art. 15, apartado 4, { -gdpr }).
conversation-heading = { $channel }, { $date } ({ $count ->
    [one] { $count } mensaje
   *[other] { $count } mensajes
})
conversation-ref = Referencia: { $ref }
# An e-mail thread's subject or a chat's name.
conversation-title = Asunto: { $title }
# The other people an e-mail was sent to (To, Cc), before its text.
message-to = Para: { $names }
channel-chat = Chat
channel-email = Correo electrónico
channel-phone = Llamada telefónica
channel-meeting = Reunión
channel-other = Conversación
col-time = Hora (UTC)
col-sender = De
col-text = Mensaje
sender-you = Usted
access-requests = Sus solicitudes
requests-none = No nos ha dirigido ninguna solicitud.
col-received = Recibida
col-request = Solicitud
col-details = Detalles
col-status = Estado
col-due = Plazo
request-kind-access = Acceso (art. 15)
request-kind-rectification = Rectificación (art. 16)
request-kind-erasure = Supresión (art. 17)
request-kind-restriction = Limitación (art. 18)
request-kind-portability = Portabilidad (art. 20)
request-kind-objection = Oposición (art. 21)
request-kind-automated_decisions = Decisiones automatizadas (art. 22)
request-kind-consent_withdrawal = Retirada del { -consent } (art. 7, apartado 3)
request-status-received = recibida
request-status-identity_pending = pendiente de acreditar la identidad
request-status-in_progress = en curso
request-status-extended = plazo prorrogado
request-status-done = atendida
request-status-refused = denegada
access-backups-note = Las copias de seguridad cifradas de nuestros registros también contienen estos datos. La { -erasure } no alcanza a las copias ya hechas: los datos suprimidos hoy permanecen en ellas como máximo hasta el { $date }, cuando se elimina la última.
access-export-note = Junto con este informe le entregamos una copia de los mismos datos en un formato de lectura mecánica (archivos JSON y CSV) (art. 20 { -gdpr }).
access-generated = Generado con Custos a partir de nuestros registros el { $date }.
redact-party = tercero
redact-removed = suprimido

## Cartas sobre la solicitud de un interesado (art. 12 del RGPD)
letter-title-acknowledgement = Acuse de recibo de su solicitud
letter-title-extension = Prórroga del plazo para responder a su solicitud
letter-title-completion = Nuestra respuesta a su solicitud
letter-title-refusal = Nuestra decisión sobre su solicitud
letter-reference = Solicitud n.º { $id } del { $date }
field-our-reference = Nuestra referencia
field-request-type = Tipo de solicitud
field-due-by = Respuesta a más tardar el
letter-kind-access = Acceso a sus { -personal-data } (art. 15 del { -gdpr })
letter-kind-rectification = Rectificación de sus { -personal-data } (art. 16 del { -gdpr })
letter-kind-erasure = Supresión de sus { -personal-data } (art. 17 del { -gdpr })
letter-kind-restriction = Limitación del tratamiento (art. 18 del { -gdpr })
letter-kind-portability = Portabilidad de los datos (art. 20 del { -gdpr })
letter-kind-objection = Oposición al tratamiento (art. 21 del { -gdpr })
letter-kind-automated_decisions = Derecho a no ser objeto de una decisión basada únicamente en el tratamiento automatizado (art. 22 del { -gdpr })
letter-kind-consent_withdrawal = Retirada del { -consent } (art. 7, apdo. 3, del { -gdpr })
letter-salutation = Estimado/a { $name }:
letter-salutation-unnamed = Estimado/a señor/a:
letter-ack-received = Le agradecemos su solicitud, que recibimos el { $date }. La hemos registrado y la estamos tramitando.
letter-asked = Objeto de su solicitud: { $details }
letter-ack-due = Le responderemos a más tardar el { $due } (art. 12, apdo. 3, del { -gdpr }).
letter-ack-identity = Para asegurarnos de que comunicamos los { -personal-data } solo a la persona a la que se refieren, podemos pedirle que acredite su identidad antes de atender su solicitud (art. 12, apdo. 6, del { -gdpr }).
letter-ext-intro = Recibimos su solicitud el { $date }. Responderla requiere más tiempo que el mes que el { -gdpr } prevé con carácter general.
letter-reasons = Los motivos:
letter-ext-due = Por ello, conforme al art. 12, apdo. 3, del { -gdpr }, prorrogamos el plazo de respuesta otros dos meses. Le responderemos a más tardar el { $due } (en lugar del { $original }).
letter-done-intro = Hemos atendido su solicitud, que recibimos el { $date }.
letter-done-actions = Lo que hemos hecho:
letter-done-action = { $date }: { $action }
letter-done-report = elaborada la copia de sus { -personal-data } (art. 15 del { -gdpr })
letter-done-export = facilitados sus { -personal-data } en un formato estructurado, de uso común y lectura mecánica (art. 20 del { -gdpr })
letter-done-no-data = Hemos buscado en nuestros registros { -personal-data } sobre usted y no hemos encontrado ninguno: no tratamos ningún dato personal suyo.
letter-done-enclosed = Adjuntamos el informe sobre los { -personal-data } que tratamos sobre usted (art. 15 del { -gdpr }).
letter-refusal-intro = Recibimos su solicitud el { $date }. Tras examinarla, no vamos a atenderla.
letter-refusal-rights = Conforme al art. 12, apdo. 4, del { -gdpr }, le informamos de que tiene:
letter-refusal-complaint = derecho a presentar una reclamación ante la { -supervisory-authority }: { $authority };
letter-refusal-court = derecho a ejercitar acciones ante los tribunales.
letter-contact = Para cualquier consulta, puede contactarnos en: { $contact }.
letter-closing = Atentamente,

## Kit de recuperación de una caja fuerte
recovery-kit-title = Kit de recuperación de su caja fuerte de Custos
recovery-kit-intro = Con esta hoja, un propietario de la caja fuerte indicada abajo puede volver a acceder a ella y establecer una nueva frase de contraseña si se han olvidado todas las frases de contraseña.
recovery-kit-vault-name = Caja fuerte
recovery-kit-vault-id = ID de la caja fuerte
recovery-kit-made-on = Creado el
recovery-kit-made-by = Creado por
recovery-kit-code = Código de recuperación
recovery-kit-code-typing = Da igual escribir en mayúsculas o en minúsculas; O y 0 se leen igual, al igual que I, L y 1; los guiones pueden omitirse.
recovery-kit-keep = Guarde esta hoja en un lugar seguro
recovery-kit-keep-offline = Guárdela en un lugar seguro y sin conexión, por ejemplo en un cajón cerrado con llave o en un armario de seguridad. No la fotografíe ni la escanee, y no la guarde en un ordenador ni en internet.
recovery-kit-keep-anyone = Cualquier persona que tenga esta hoja y una copia del archivo de la caja fuerte puede abrir la caja fuerte.
recovery-kit-use = Cómo utilizarlo
recovery-kit-use-app = En la aplicación Custos: en la pantalla de desbloqueo, elija «He olvidado mi frase de contraseña» e introduzca el código.
recovery-kit-use-cli = En la línea de comandos: { $command }
recovery-kit-use-check = Un carácter mal escrito se detecta gracias a los caracteres de control: Custos le pedirá entonces que revise el código.
recovery-kit-use-after = Después de usarlo, establezca una nueva frase de contraseña e imprima un nuevo kit de recuperación.
recovery-kit-replaced = Al imprimir un nuevo kit, este deja de funcionar: destruya entonces esta hoja.
recovery-kit-nobody = Sin una frase de contraseña y sin este kit, nadie —ni siquiera los creadores de Custos— puede abrir la caja fuerte.
