# Mensajes de error del núcleo, tal como los muestra la interfaz (véase en/errors.ftl).

## Error codes

error-already-exists = { $path } ya existe. Elija otro nombre de archivo o elimine antes el archivo existente.
error-contact-erased = El contacto { $id } se suprimió el { $date }: ya no se puede registrar ni modificar nada sobre esta persona.
error-contact-restricted = El tratamiento de los datos de { $name } está limitado (congelado) desde el { $since }: «{ $reason }». Sus datos pueden consultarse, pero no modificarse. Levante la limitación, indicando el motivo, cuando pueda reanudarse el tratamiento.
error-database = Error interno de la base de datos: { $reason }. Informe de este problema; sus datos no se han modificado.
error-disk-full = No queda espacio libre en el disco que contiene { $path }. Libere espacio y vuelva a intentarlo; no se ha modificado nada.
error-document-incomplete = { $document ->
        [record_of_processing] El registro de las actividades de tratamiento (art. 30, apartado 1, del { -gdpr })
        [privacy_notice] La información sobre privacidad (arts. 13/14 del { -gdpr })
        [access_report] La respuesta al derecho de acceso (art. 15 del { -gdpr })
        [request_acknowledgement] La carta de acuse de recibo de una solicitud del interesado (art. 12 del { -gdpr })
        [request_extension] La carta de prórroga del plazo de respuesta (art. 12, apartado 3, del { -gdpr })
        [request_completion] La carta de respuesta a una solicitud del interesado (art. 12 del { -gdpr })
       *[request_refusal] La carta de denegación de una solicitud del interesado (art. 12, apartado 4, del { -gdpr })
    } aún no se puede generar. Complete: { $missing }.
error-file-exists = { $path } ya existe: elija otro nombre o confirme que debe sustituirse.
error-file-too-large = { $path } ocupa { $size } MB, más de los { $limit } MB que Custos lee de una vez. Exporte un periodo más corto o divida el archivo.
error-import-failed = Línea { $line }: { $message }. No se ha importado nada.
error-internal = Error interno: { $reason }. Informe de este problema.
error-invalid-input = { $field }: este valor no se puede aceptar.
error-io =
    { $io ->
        [not_found] { $path } no existe. Compruebe la ruta.
        [permission_denied] Custos no tiene permiso para leer o escribir { $path }. Solicite acceso o elija otra ubicación.
        [already_exists] { $path } ya existe. Elija otro nombre.
        [read_only] { $path } está en un disco de solo lectura. Elija otra ubicación.
        [is_a_directory] { $path } es una carpeta. Elija un archivo.
        [not_a_directory] Una parte de { $path } es un archivo, no una carpeta. Compruebe la ruta.
       *[other] No se ha podido acceder a { $path }: { $reason }
    }
error-letter-not-applicable = { $letter ->
        [acknowledgement] No se puede acusar recibo de la solicitud n.º { $request }.
        [extension] La solicitud n.º { $request } no está prorrogada: una carta de prórroga comunica a la persona los motivos y el nuevo plazo. Prorrogue primero la solicitud (con los motivos y el día en que se informa a la persona).
        [completion] La solicitud n.º { $request } está en estado { $status }, no «atendida»: la carta de respuesta indica lo que se ha hecho. Registre primero lo que se ha hecho y cierre la solicitud como atendida (o, si no se conserva nada sobre el solicitante, ciérrela como «no se conservan datos personales»).
       *[refusal] La solicitud n.º { $request } está en estado { $status }, no «denegada»: una carta de denegación indica los motivos por los que se denegó. Deniegue primero la solicitud, con el motivo, o redacte la carta que corresponda a su estado.
    }
error-locked = La caja fuerte está bloqueada. Desbloquéela para continuar.
error-not-a-file = { $path } es { $kind ->
        [folder] una carpeta
        [fifo] una tubería con nombre (FIFO)
        [socket] un socket
        [device] un dispositivo
       *[other] algo distinto de un archivo normal
    }, no un archivo. Elija el propio archivo.
error-not-a-vault =
    { $path } no es una caja fuerte de Custos ({ $why ->
        [not_a_file] es { $kind ->
            [folder] una carpeta
            [fifo] una tubería con nombre (FIFO)
            [socket] un socket
            [device] un dispositivo
           *[other] algo distinto de un archivo normal
        }
        [empty] el archivo está vacío
        [unencrypted_sqlite] es una base de datos SQLite sin cifrar
        [not_encrypted] su contenido no son datos cifrados
        [other_program] es una base de datos cifrada de otro programa
       *[metadata_missing] faltan sus metadatos de Custos
    }). Elija el archivo de la caja fuerte que creó con Custos.
error-not-found = No hay { $what ->
        [contact] ningún contacto
        [conversation] ninguna conversación
        [import] ninguna importación
        [purpose] ninguna finalidad
        [request] ninguna solicitud
        [retention_rule] ninguna regla de conservación
        [audit_entry] ninguna entrada del registro
        [closure_day] ningún día de cierre
       *[other] ningún elemento ({ $what })
    } con el identificador { $id }.
error-passphrase-empty = No se ha introducido ninguna frase de contraseña. Escriba la frase de contraseña de la caja fuerte.
error-passphrase-mismatch = Las dos frases de contraseña no coinciden. Escriba dos veces la misma frase de contraseña.
error-passphrase-too-short = La frase de contraseña es demasiado corta: utilice al menos { $min } caracteres (tiene { $actual }).
error-refused = No es posible hacerlo ahora.
error-render-failed = No se ha podido generar el documento: { $reason }
error-schema-too-new = { $path } se escribió con una versión más reciente de Custos (esquema { $found }; esta versión conoce hasta el esquema { $supported }). Actualice Custos para abrirlo.
error-unsupported-characters = Estos caracteres no se pueden imprimir con la fuente del documento: { $characters } (en «{ $text }»). Cambie ese texto y vuelva a generar el documento.
error-vault-busy = { $path } está ocupado: { $holder } está escribiendo en él y no ha terminado en { $seconds } segundos. Espere a que termine (o ciérrelo) y vuelva a intentarlo; no se ha modificado nada.
error-vault-damaged = { $path } está dañado ({ $reason }). Restáurelo desde una copia de seguridad (`custos vault restore`).
error-vault-not-found = No hay ninguna caja fuerte en { $path }. Compruebe la ruta o cree una caja fuerte nueva.
error-write-failed = No se ha podido escribir { $path }: { $reason }
error-wrong-passphrase = Frase de contraseña incorrecta para { $path }. Compruébela y vuelva a intentarlo (si está seguro de que es correcta, puede que el inicio del archivo esté dañado: restáurelo desde una copia de seguridad).

## Messages of a shape of their own

error-reason-busy-unknown-holder = { $path } está ocupado: otro programa está escribiendo en él y no ha terminado en { $seconds } segundos. Espere a que termine (o ciérrelo) y vuelva a intentarlo; no se ha modificado nada.
error-reason-disk-full-unknown-disk = No queda espacio libre en el disco. Libere espacio y vuelva a intentarlo; no se ha modificado nada.
error-reason-vault-damaged-unknown-file = La caja fuerte está dañada ({ $reason }). Restáurela desde una copia de seguridad (`custos vault restore`).

## Reasons of the core: contacts

error-reason-display-name-missing = { $field }: un contacto necesita un nombre visible con al menos una letra o una cifra (puede ser un apodo)
error-reason-source-unnamed = { $field }: indique el tercero o la fuente pública de la que proceden los datos
error-reason-not-an-email = { $field }: «{ $value }»{ $number ->
        [1] {""}
       *[other] {" "}(correo electrónico { $number })
    } no es una dirección de correo electrónico (falta la @)
error-reason-no-digits = { $field }: «{ $value }»{ $number ->
        [1] {""}
       *[other] {" "}(teléfono { $number })
    } no contiene cifras
error-reason-tag-too-long = { $field }: «{ $tag }» supera los { $max } caracteres
error-reason-not-one-of = { $field }: «{ $value }» no es válido; utilice uno de estos valores: { $choices }
error-reason-merge-with-itself = { $field }: una ficha no se puede fusionar consigo misma: elija dos fichas distintas
error-reason-restriction-reason-missing = { $field }: indique por qué se limita el tratamiento de los datos del contacto (el motivo queda en el registro)
error-reason-lift-reason-missing = { $field }: indique por qué se levanta la limitación del contacto (el motivo queda en el registro)
error-reason-not-restricted = El tratamiento de los datos de { $name } no está limitado: no hay nada que levantar.

## Times and days

error-reason-time-out-of-range = { $field }: { $utc } UTC está fuera de los años { $earliest }–{ $latest } que Custos almacena
error-reason-time-offset-too-large = { $field }: el desfase UTC { $offset } no corresponde a una zona horaria real (utilice uno entre -{ $hours }:00 y +{ $hours }:00)
error-reason-not-a-time = { $field }: «{ $text }» no es una hora (escríbala como 2026-03-01T09:00:00Z o 2026-03-01T10:00:00+01:00)
error-reason-day-out-of-range = { $field }: { $day } está fuera de los años { $earliest }–{ $latest } que Custos almacena: compruebe la fecha
error-reason-from-after-to = { $field }: el primer día es posterior al último

## Conversations and chat imports

error-reason-message-without-text = { $field }: el mensaje { $number } no tiene texto
error-reason-message-without-sender = { $field }: mensaje { $number }: indique quién lo escribió (con al menos una letra o una cifra)
error-reason-message-time-out-of-range = { $field }: mensaje { $number }: la hora { $utc } UTC está fuera de los años { $earliest }–{ $latest } que Custos almacena
error-reason-message-time-offset-too-large = { $field }: mensaje { $number }: el desfase UTC { $offset } no corresponde a una zona horaria real (utilice uno entre -{ $hours }:00 y +{ $hours }:00)
error-reason-message-not-a-time = { $field }: mensaje { $number }: «{ $text }» no es una hora (escríbala como 2026-03-01T09:00:00Z o 2026-03-01T10:00:00+01:00)
error-reason-conversation-empty = { $field }: indique una hora de inicio o al menos un mensaje
error-reason-ends-before-start = { $field }: la conversación terminaría ({ $end }) antes de empezar ({ $start })
error-reason-sender-not-in-chat = { $field }: «{ $name }» no escribió nada en este chat; los remitentes son: { $senders }
error-reason-contact-not-among-senders = { $field }: ninguno de los remitentes ({ $senders }) se llama como el contacto «{ $contact }»: indique cuál es el contacto
error-reason-no-conversation-files = { $field }: no se ha encontrado ningún archivo de conversaciones: elija correos (.eml o un archivo mbox), una exportación de Telegram o Messenger (.json) o el archivo .csv de un chat del sitio web
error-reason-conversation-needs-card = { $field }: { $file } es la transcripción { $format } de una sola conversación: impórtela en la ficha del contacto
error-reason-no-transcripts-to-delete = No hay transcripciones que eliminar de { $name }.

## The vault, its operator and its backups

error-reason-operator-missing = { $field }: indique quién está trabajando (su nombre): el registro lo anota
error-reason-passphrase-too-long = { $field }: es demasiado larga
error-reason-vault-never-pauses = Se está escribiendo en la caja fuerte sin pausa: vuelva a intentar la copia de seguridad dentro de un momento.
error-reason-restore-target-exists = { $path } ya existe. La restauración sustituye todo su contenido: confirme con --replace.
error-reason-backup-folder-not-absolute = { $field }: elija una carpeta por su ruta completa
error-reason-backup-folder-not-a-folder = { $field }: elija una carpeta, no un archivo
error-reason-audit-verification-failed = La verificación del registro ha fallado: se han modificado o eliminado entradas (véase arriba). Restaure una copia de seguridad y averigüe quién modificó el archivo.

## The company profile

error-reason-controller-name-missing = { $field }: indique la razón social de la empresa
error-reason-country-code = { $field }: utilice el código de país de dos letras, p. ej., PL o DE
error-reason-already-closure-day = El { $day } ya es un día de cierre.

## Purposes

error-reason-not-a-legal-basis = { $field }: «{ $text }» no es una base jurídica: utilice a–f o consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests
error-reason-purpose-name-missing = { $field }: una finalidad necesita un nombre con al menos una letra o una cifra
error-reason-purpose-description-missing = { $field }: indique para qué se usan los datos
error-reason-legitimate-interest-missing = { $field }: el art. 6, apartado 1, letra f), exige indicar el interés legítimo
error-reason-consent-wording-missing = { $field }: una finalidad basada en el { -consent } necesita el texto exacto que se muestra a las personas
error-reason-consequence-missing = { $field }: indique qué ocurre si la persona no facilita los datos
error-reason-recipient-name-missing = { $field }: un destinatario necesita un nombre
error-reason-recipient-country = { $field }: { $recipient }: indique el país con un código de dos letras, p. ej., PL o US
error-reason-recipient-outside-eea = { $field }: { $recipient } está en { $country }, fuera de la UE/EEE: indique la garantía (decisión de adecuación, cláusulas contractuales tipo, otra)
error-reason-safeguard-detail-missing = { $field }: { $recipient }: describa la «otra» garantía
error-reason-purpose-exists = Ya existe una finalidad llamada «{ $name }»: edítela en su lugar.
error-reason-purpose-name-taken = Otra finalidad ya se llama «{ $name }».

## Consents and objections

error-reason-not-a-consent-purpose = «{ $purpose }» se basa en { $basis ->
        [b] el art. 6, apartado 1, letra b) (contrato)
        [c] el art. 6, apartado 1, letra c) (obligación legal)
        [d] el art. 6, apartado 1, letra d) (intereses vitales)
        [e] el art. 6, apartado 1, letra e) (misión de interés público)
        [f] el art. 6, apartado 1, letra f) (intereses legítimos)
       *[a] el art. 6, apartado 1, letra a) (consentimiento)
    }, no en el consentimiento: no hay ningún consentimiento que registrar.
error-reason-event-in-future = { $field }: el evento no puede estar en el futuro
error-reason-events-out-of-order = { $field }: el último evento de este consentimiento fue el { $last }: registre los eventos en orden
error-reason-consent-cannot-change = { $name } no tiene ningún consentimiento para «{ $purpose }» que pueda registrarse como { $event ->
        [given] otorgado
        [confirmed] confirmado
        [withdrawn] retirado
       *[expired] caducado
    } (está { $state ->
        [never_given] nunca otorgado
        [given] otorgado
        [confirmed] confirmado
        [withdrawn] retirado
       *[expired] caducado
    }).
error-reason-no-consent-wording = «{ $purpose }» no tiene texto de consentimiento: añada uno primero.
error-reason-no-wording-version = { $field }: «{ $purpose }» no tiene la versión de texto { $version }
error-reason-already-objected = { $name } ya se opuso a «{ $purpose }» el { $date }.
error-reason-objection-in-future = { $field }: la oposición no puede estar en el futuro

## Retention

error-reason-period-out-of-range = { $field }: utilice de { $min } a { $max } { $unit ->
        [days] días
        [months] meses
       *[years] años
    }
error-reason-not-a-period = { $field }: «{ $text }» no es un periodo: escriba, p. ej., 60 days, 12 months o 5 years
error-reason-kept-reason-missing = { $field }: indique por qué se conserva el contacto (el motivo queda en el registro)
error-reason-review-date-not-after-today = { $field }: la fecha de revisión debe ser posterior a hoy

## Data-subject requests

error-reason-requester-missing = { $field }: indique quién lo solicitó: elija el contacto o escriba el nombre del solicitante tal como lo indicó
error-reason-identity-method-missing = { $field }: indique cómo se comprobó la identidad, p. ej., «DNI presentado»
error-reason-extension-reason-missing = { $field }: indique por qué la solicitud necesita más tiempo (es compleja o hay muchas): se informa de los motivos a la persona
error-reason-action-description-missing = { $field }: indique qué se hizo, p. ej., «respuesta de acceso enviada»
error-reason-refusal-reason-missing = { $field }: indique por qué se deniega la solicitud: hay que informar a la persona, junto con su derecho a reclamar y a acudir a los tribunales
error-reason-day-in-future = { $field }: el { $day } está en el futuro (hoy es { $today })
error-reason-day-before-receipt = { $field }: el { $day } es anterior a la recepción de la solicitud ({ $received })
error-reason-request-closed = La solicitud n.º { $id } se cerró como { $status } el { $date }: una solicitud cerrada es definitiva. Registre una nueva solicitud si la persona vuelve a pedirlo.
error-reason-identity-not-confirmed = La identidad del solicitante no está confirmada (comprobación { $result } el { $date }). Registre una comprobación de identidad verificada antes de actuar sobre la solicitud n.º { $id }, o deniéguela.
error-reason-request-already-matched = La solicitud n.º { $id } ya está vinculada al contacto { $contact }: no puede pasar a otra persona.
error-reason-request-already-extended = La solicitud n.º { $id } ya se prorrogó el { $date } (vence ahora el { $due }): el { -gdpr } permite una sola prórroga, de otros dos meses.
error-reason-extension-not-notified = La solicitud n.º { $id } solo puede prorrogarse si se informa a la persona, con los motivos, dentro del primer mes (antes del { $by }). Infórmele primero y después indique la fecha en que se le informó.
error-reason-extension-notified-late = La solicitud n.º { $id } no puede prorrogarse: se informó a la persona el { $date }, después de que terminara el primer mes el { $ended }. La prórroga debe comunicarse dentro del primer mes (art. 12, apartado 3); responda ahora a la solicitud.
error-reason-request-not-matched = La solicitud n.º { $id } aún no está vinculada a un contacto. Vincúlela primero a la ficha del solicitante; si no se conserva nada sobre él, ciérrela como «no se conservan datos».
error-reason-entry-is-bookkeeping = La entrada n.º { $entry } del registro ({ $action }) es una anotación interna del propio registro, no una actuación realizada para la solicitud. Indique la entrada de lo que se hizo (p. ej., contact.erased).
error-reason-entry-about-other-contact = La entrada n.º { $entry } del registro ({ $action }) se refiere a { $target }, no al contacto { $contact }.
error-reason-entry-about-other-request = La entrada n.º { $entry } del registro ({ $action }) se refiere a { $target }, no a esta solicitud (aún no está vinculada a un contacto: vincúlela primero).
error-reason-entry-before-request = La entrada n.º { $entry } del registro ({ $action }) se escribió el { $date }, antes de que llegara la solicitud el { $received }: no puede ser lo que se hizo para atenderla.
error-reason-entry-already-recorded = La entrada n.º { $entry } del registro ya está registrada para la solicitud n.º { $id }.
error-reason-close-without-action = La solicitud n.º { $id } no puede cerrarse como atendida: no hay ninguna actuación registrada. Registre lo que se hizo, con la entrada del registro que lo prueba (p. ej., la supresión o la respuesta generada), y después ciérrela.
error-reason-close-unmatched-without-action = La solicitud n.º { $id } no puede cerrarse como atendida: no hay ninguna actuación registrada. Registre lo que se hizo, con la entrada del registro que lo prueba (p. ej., la supresión o la respuesta generada), y después ciérrela. Si el solicitante no es uno de sus contactos y una búsqueda no encontró datos sobre él, ciérrela en su lugar como «no se conservan datos personales».
error-reason-no-data-but-matched = La solicitud n.º { $id } está vinculada al contacto { $contact }, por lo que se conservan datos personales del solicitante: no puede cerrarse como «no se conservan datos personales». Atiéndala desde la ficha del contacto, registre lo que se hizo con la entrada del registro que lo prueba y después ciérrela como atendida.
error-reason-no-data-but-actions = La solicitud n.º { $id } tiene { $count } { $count ->
        [one] actuación registrada
       *[other] actuaciones registradas
    }: ciérrela como atendida, no como «no se conservan datos personales».

## Address books

error-reason-not-a-format = { $field }: «{ $text }» no es un formato; utilice csv, google, outlook o vcard
error-reason-not-a-field = { $field }: «{ $text }» no es un campo; utilice uno de estos: { $fields }
error-reason-mapping-name-missing = { $field }: dé a la asignación un nombre para encontrarla, p. ej., «Hoja de la oficina»
error-reason-no-such-mapping = No hay ninguna asignación guardada con el nombre «{ $name }»
error-reason-no-card-with-tag = Ninguna ficha tiene la etiqueta «{ $tag }»: no hay nada que exportar
error-reason-nothing-to-export = Ningún contacto activo coincide: no hay nada que exportar
error-reason-import-cancelled = La importación se ha cancelado: no se ha importado nada.
error-reason-problem-rows = { $count ->
        [one] { $count } fila no se puede importar tal como está: { $lines }{ $more ->
            [0] {""}
           *[other] {" "}y { $more } más
        }. Acepte omitirla o corrija el archivo e impórtelo de nuevo. No se ha importado nada.
       *[other] { $count } filas no se pueden importar tal como están: { $lines }{ $more ->
            [0] {""}
           *[other] {" "}y { $more } más
        }. Acepte omitirlas o corrija el archivo e impórtelo de nuevo. No se ha importado nada.
    }
error-problem-row = línea { $line } ({ $problem })
error-reason-import-already-undone = La importación n.º { $import } ya se deshizo el { $date }: no queda nada de ella que eliminar.
error-reason-import-kept-data = La importación n.º { $import } no se puede deshacer: { $count ->
        [one] una ficha creada por ella contiene
       *[other] { $count } fichas creadas por ella contienen
    } desde entonces datos registrados por la empresa: { $kept }. Deshacerla también los eliminaría, así que la importación se mantiene (suprima en su lugar las fichas concretas que deban desaparecer). No se ha modificado nada.
error-reason-import-frozen-cards = La importación n.º { $import } no se puede deshacer ahora: añadió datos a fichas cuyo tratamiento se ha limitado (congelado) desde entonces: { $names }{ $more ->
        [0] {""}
       *[other] {" "}y { $more } más
    }. Sus datos no pueden cambiar; levante primero las limitaciones o mantenga la importación. No se ha modificado nada.

# Website chat CSV: the mapping.
error-reason-web-chat-mapping-no-time = { $field }: elija la columna que indica cuándo se envió cada mensaje (o una para la fecha y otra para la hora)
error-reason-web-chat-mapping-no-text = { $field }: elija la columna con el texto de los mensajes
error-reason-web-chat-mapping-no-sender = { $field }: elija la columna que indica quién escribió cada mensaje: su nombre, dirección de correo electrónico o rol (visitante o agente)

## Files that cannot be imported: the line of the file and what is wrong there

error-reason-import-not-utf8 = Línea { $line }: se esperaba texto en UTF-8 (o UTF-16), pero el byte { $byte } en la posición { $at } del archivo no es UTF-8: guarde la exportación como texto UTF-8. No se ha importado nada.
error-reason-import-lone-surrogate = Línea { $line }: se esperaba texto en { $encoding }, pero el archivo contiene el sustituto suelto { $unit } en la posición { $at }: guarde la exportación como texto UTF-8 o UTF-16. No se ha importado nada.
error-reason-import-ends-in-character = Línea { $line }: se esperaba texto en { $encoding }, pero el archivo termina a mitad de un carácter. No se ha importado nada.
error-reason-import-time-out-of-range = Línea { $line }: la hora { $utc } UTC está fuera de los años { $earliest }–{ $latest } que Custos almacena: compruebe la fecha y la zona horaria. No se ha importado nada.
error-reason-import-time-offset-too-large = Línea { $line }: el desfase UTC { $offset } no corresponde a una zona horaria real (utilice uno entre -{ $hours }:00 y +{ $hours }:00). No se ha importado nada.
error-reason-import-not-a-time = Línea { $line }: «{ $text }» no es una hora (escríbala como 2026-03-01T09:00:00Z o 2026-03-01T10:00:00+01:00). No se ha importado nada.
error-reason-chat-line-not-a-message = Línea { $line }: se esperaba un mensaje que empezara con una fecha como «31/12/2023, 21:41 - », pero la línea contiene «{ $found }». No se ha importado nada.
error-reason-chat-sender-missing = Línea { $line }: se esperaba el nombre del remitente antes de «: », pero en «{ $found }» no hay ninguno. No se ha importado nada.
error-reason-chat-message-empty = Línea { $line }: se esperaba el texto del mensaje de { $author }, pero después del nombre no hay nada. No se ha importado nada.
error-reason-chat-no-messages = Línea { $line }: no se ha encontrado ningún mensaje: se esperaba el texto de la función «Exportar chat» de WhatsApp. No se ha importado nada.
error-reason-chat-not-a-time = Línea { $line }: se esperaba una hora como «21:41», pero «{ $time }» no es una hora válida. No se ha importado nada.
error-reason-chat-dates-day-first = Línea { $line }: se esperaban fechas con el día primero, como en la línea { $evidence_line } («{ $evidence }»), pero «{ $date }» pone primero el mes. No se ha importado nada.
error-reason-chat-dates-month-first = Línea { $line }: se esperaban fechas con el mes primero, como en la línea { $evidence_line } («{ $evidence }»), pero «{ $date }» pone primero el día. No se ha importado nada.
error-reason-chat-date-no-month = Línea { $line }: se esperaba una fecha válida, pero en «{ $date }» ni { $first } ni { $second } pueden ser un mes. No se ha importado nada.
error-reason-chat-date-no-such-month = Línea { $line }: se esperaba una fecha válida, pero en «{ $date }» el mes { $month } no existe. No se ha importado nada.
error-reason-chat-date-no-such-day = Línea { $line }: se esperaba una fecha válida, pero «{ $date }» no existe: el { $day } de { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[12] diciembre
    } de { $year } no existe. No se ha importado nada.
error-reason-transcript-no-messages = Línea { $line }: se esperaba al menos un mensaje en «messages», pero no hay ninguno. No se ha importado nada.
error-reason-transcript-ends-before-start = Línea { $line }: «ended_at» no puede ser anterior a «started_at» ({ $start }), pero es { $end }. No se ha importado nada.
error-reason-transcript-cut-off = Línea { $line }: se esperaba el resto del JSON, pero el archivo termina. No se ha importado nada.
error-reason-transcript-not-readable =
    Línea { $line }: { $what ->
        [syntax] el texto no es JSON válido en este punto
        [wrong_type] se esperaba: { $expected_kind ->
                [text] texto
                [number] número
                [boolean] true o false
                [null] null
                [list] lista
                [object] objeto
               *[other] valor de otro tipo
            }; se encontró: { $found_kind ->
                [text] texto
                [number] número
                [boolean] true o false
                [null] null
                [list] lista
                [object] objeto
               *[other] valor de otro tipo
            }
        [wrong_value] se esperaba: { $expected_kind ->
                [text] texto
                [number] número
                [boolean] true o false
                [null] null
                [list] lista
                [object] objeto
               *[other] valor de otro tipo
            }; se encontró otro valor
        [wrong_length] se esperaba una lista con otro número de elementos
        [missing_field] se esperaba el campo «{ $name }», pero falta
        [unknown_field] se encontró el campo «{ $name }», que este archivo no tiene
        [duplicate_field] el campo «{ $name }» aparece dos veces
        [unknown_value] se encontró «{ $name }», que no es uno de los valores permitidos aquí
       *[other] se encontró un valor que este archivo no tiene en este punto
    } (columna { $column }). No se ha importado nada.
error-reason-transcript-wrong-format = Línea { $line }: se esperaba «format»: «custos-transcript», pero el valor es «{ $found }» (columna { $column }). No se ha importado nada.
error-reason-transcript-unsupported-version = Línea { $line }: versión { $found } no compatible: se esperaba «version»: { $supported } (las versiones que lee este Custos) (columna { $column }). No se ha importado nada.
error-reason-transcript-unknown-channel = Línea { $line }: se esperaba un canal ({ $choices }), pero el valor es «{ $found }» (columna { $column }). No se ha importado nada.
error-reason-transcript-not-a-time = Línea { $line }: se esperaba una hora RFC 3339 con zona horaria, como «2026-03-01T09:00:00Z», pero el valor es «{ $found }» (columna { $column }). No se ha importado nada.
error-reason-transcript-time-out-of-range = Línea { $line }: se esperaba una hora que Custos pueda almacenar, pero «{ $found }»: { $utc } UTC está fuera de los años { $earliest }–{ $latest } que Custos almacena (columna { $column }). No se ha importado nada.
error-reason-transcript-time-offset-too-large = Línea { $line }: se esperaba una hora que Custos pueda almacenar, pero «{ $found }»: el desfase UTC { $offset } no corresponde a una zona horaria real (utilice uno entre -{ $hours }:00 y +{ $hours }:00) (columna { $column }). No se ha importado nada.
error-reason-transcript-text-empty = Línea { $line }: se esperaba el texto del mensaje, pero el valor es «{ $found }» (columna { $column }). No se ha importado nada.
error-reason-transcript-sender-name-empty = Línea { $line }: se esperaba el «name» del remitente { $kind ->
        [staff] interno
       *[other] externo
    }, pero está vacío (columna { $column }). No se ha importado nada.
error-reason-transcript-sender-name-no-letter = Línea { $line }: se esperaba un «name» con al menos una letra o un dígito para el remitente { $kind ->
        [staff] interno
       *[other] externo
    }, pero el valor es «{ $name }» (columna { $column }). No se ha importado nada.
error-reason-transcript-sender-name-missing = Línea { $line }: se esperaba un «name» para el remitente { $kind ->
        [staff] interno
       *[other] externo
    }, pero no hay ninguno (columna { $column }). No se ha importado nada.
error-reason-csv-not-the-preset = Línea { $line }: se esperaba el encabezado de un CSV de { $expected }, pero este es un CSV de { $found }: elija el formato csv para asignar sus columnas. No se ha importado nada.
error-reason-csv-own-layout = Línea { $line }: se esperaba el encabezado de un CSV de { $expected }, pero este es un archivo CSV con una estructura propia: elija el formato csv para asignar sus columnas. No se ha importado nada.
error-reason-csv-unknown-encoding = Línea { $line }: se esperaba texto en UTF-8, UTF-16, Windows-1250, Windows-1251 o Windows-1252, pero el byte { $byte } en la posición { $at } no es UTF-8 y el archivo parece estar en { $encoding }, que Custos no lee: guarde el archivo como UTF-8 (en Excel: «CSV UTF-8»). No se ha importado nada.
error-reason-csv-control-character = Línea { $line }: se esperaba texto en UTF-8, UTF-16, Windows-1250, Windows-1251 o Windows-1252, pero el byte { $byte } en la posición { $at } es un carácter de control, no texto: guarde el archivo como UTF-8 (en Excel: «CSV UTF-8»). No se ha importado nada.
error-reason-csv-no-letter = Línea { $line }: se esperaba texto en UTF-8, UTF-16, Windows-1250, Windows-1251 o Windows-1252, pero el byte { $byte } en la posición { $at } no es una letra en ninguna de estas codificaciones: guarde el archivo como UTF-8 (en Excel: «CSV UTF-8»). No se ha importado nada.
error-reason-csv-empty = Línea { $line }: el archivo está vacío: se esperaba un encabezado con los nombres de las columnas (por ejemplo, «First Name;Last Name;E-mail») y una fila por cada contacto. No se ha importado nada.
error-reason-csv-too-many-fields = Línea { $line }: se esperaba un máximo de { $width } { $width ->
        [one] campo
       *[other] campos
    }, como en el encabezado (línea { $header_line }), pero la línea tiene { $found }; el campo n.º { $nth ->
       *[other] { $field }
    } contiene texto (un campo que contiene el separador debe ir entre comillas). No se ha importado nada.
error-reason-csv-no-rows = Línea { $line }: el archivo tiene encabezado pero ninguna fila: se esperaba una fila por cada contacto después del encabezado. No se ha importado nada.
error-reason-csv-not-text = Línea { $line }: se esperaba texto CSV, pero esta línea no se puede leer como CSV: guarde de nuevo el archivo como CSV (en Excel: «CSV UTF-8»). No se ha importado nada.
error-reason-csv-unclosed-quote = Línea { $line }: aquí un campo empieza con unas comillas (") que nunca se cierran: se esperaban unas " de cierre antes del final del archivo (unas comillas dentro de un campo entre comillas se escriben dos veces: ""). No se ha importado nada.
error-reason-vcard-unknown-charset = Línea { $line }: juego de caracteres desconocido `{ $charset }` (CHARSET=): se esperaba uno como UTF-8, ISO-8859-2 o Windows-1250. No se ha importado nada.
error-reason-vcard-unknown-encoding = Línea { $line }: { $property } es texto, pero su valor está codificado como `{ $encoding }`: se esperaba ENCODING=QUOTED-PRINTABLE u 8BIT, o ninguna codificación. No se ha importado nada.
error-reason-vcard-not-quoted-printable = Línea { $line }: el valor no está en quoted-printable (ENCODING=QUOTED-PRINTABLE): solo se esperaban caracteres ASCII imprimibles, espacios y secuencias `=XX`. No se ha importado nada.
error-reason-vcard-bad-escape = Línea { $line }: el valor no está en quoted-printable (ENCODING=QUOTED-PRINTABLE): `=` debe ir seguido de dos dígitos hexadecimales (como en `=C5=81`) o terminar la línea. No se ha importado nada.
error-reason-vcard-not-utf8 = Línea { $line }: se esperaba texto en UTF-8, pero el valor no lo es: el byte { $byte } no es UTF-8; guarde el archivo como UTF-8 o indique el juego de caracteres del valor (CHARSET=). No se ha importado nada.
error-reason-vcard-quoted-not-utf8 = Línea { $line }: se esperaba texto en UTF-8, pero los bytes quoted-printable no lo son: el byte { $byte } no es UTF-8; guarde el archivo como UTF-8 o indique el juego de caracteres del valor (CHARSET=). No se ha importado nada.
error-reason-vcard-not-in-charset = Línea { $line }: se esperaba texto en { $charset } (CHARSET=), pero el valor de { $property } no lo es. No se ha importado nada.
error-reason-vcard-not-found = Línea { $line }: no se ha encontrado ninguna vCard: se esperaba BEGIN:VCARD, pero la línea contiene `{ $found }`. No se ha importado nada.
error-reason-vcard-outside-card = Línea { $line }: después de la vCard que termina en la línea { $end } se esperaba BEGIN:VCARD o el final del archivo, pero la línea contiene `{ $found }`: cada propiedad debe ir entre un BEGIN:VCARD y su END:VCARD. No se ha importado nada.
error-reason-vcard-not-a-property = Línea { $line }: se esperaba una propiedad vCard —un nombre, dos puntos y un valor, como `FN:Anna Nowak`—, pero la línea contiene `{ $found }`. No se ha importado nada.
error-reason-vcard-begin-in-card = Línea { $line }: se esperaba END:VCARD para cerrar la vCard que empieza en la línea { $begin } antes de otro BEGIN. No se ha importado nada.
error-reason-vcard-wrong-end = Línea { $line }: se esperaba END:VCARD para cerrar la vCard que empieza en la línea { $begin }, pero la línea contiene `END:{ $found }`. No se ha importado nada.
error-reason-vcard-unsupported-version = Línea { $line }: versión de vCard no compatible `{ $version }`: se esperaba 2.1, 3.0 o 4.0. No se ha importado nada.
error-reason-vcard-no-end = Línea { $line }: la vCard que empieza aquí no tiene END:VCARD: se esperaba END:VCARD antes del final del archivo (línea { $last }). No se ha importado nada.
error-reason-vcard-empty = Línea { $line }: no se ha encontrado ninguna vCard: se esperaba BEGIN:VCARD, pero el archivo está vacío. No se ha importado nada.
error-reason-chat-export-cut-off = Línea { $line }: se esperaba el resto de la exportación de { $format }, pero el archivo termina. No se ha importado nada.
error-reason-chat-export-not-json = Línea { $line }: se esperaba el JSON de una exportación de { $format }, pero el texto encontrado no es JSON (columna { $column }). No se ha importado nada.
error-reason-chat-export-unexpected =
    Línea { $line }: { $what ->
        [syntax] el texto no es JSON válido en este punto
        [wrong_type] se esperaba: { $expected_kind ->
                [text] texto
                [number] número
                [boolean] true o false
                [null] null
                [list] lista
                [object] objeto
               *[other] valor de otro tipo
            }; se encontró: { $found_kind ->
                [text] texto
                [number] número
                [boolean] true o false
                [null] null
                [list] lista
                [object] objeto
               *[other] valor de otro tipo
            }
        [wrong_value] se esperaba: { $expected_kind ->
                [text] texto
                [number] número
                [boolean] true o false
                [null] null
                [list] lista
                [object] objeto
               *[other] valor de otro tipo
            }; se encontró otro valor
        [wrong_length] se esperaba una lista con otro número de elementos
        [missing_field] se esperaba el campo «{ $name }», pero falta
        [unknown_field] se encontró el campo «{ $name }», que este archivo no tiene
        [duplicate_field] el campo «{ $name }» aparece dos veces
        [unknown_value] se encontró «{ $name }», que no es uno de los valores permitidos aquí
       *[other] se encontró un valor que este archivo no tiene en este punto
    }, donde una exportación de { $format } tiene otra cosa (columna { $column }). No se ha importado nada.
error-reason-chat-export-too-large = Línea { $line }: la exportación de { $format } supera los { $megabytes } MB, más de lo que Custos lee de una vez: exporte menos chats o un período más corto. No se ha importado nada.
error-reason-chat-export-text-too-long = Línea { $line }: se esperaba un texto de mensaje de { $megabytes } MB como máximo, como los escribe { $format }, pero se ha encontrado uno más largo (columna { $column }). No se ha importado nada.
error-reason-telegram-not-an-export = Línea { $line }: se esperaba una exportación de Telegram Desktop («Exportar historial del chat» en JSON): un chat con sus «messages» o una exportación completa (result.json) con sus «chats», pero no se ha encontrado ninguna de las dos. No se ha importado nada.
error-reason-telegram-not-a-time = Línea { $line }: se esperaba una hora de mensaje como «1709280000» («date_unixtime») o «2024-03-01T09:00:00» («date»), pero el valor es «{ $found }» (columna { $column }). No se ha importado nada.
error-reason-telegram-no-time = Línea { $line }: se esperaba la hora del mensaje { $id } («date_unixtime» o «date»), pero no se ha encontrado ninguna de las dos. No se ha importado nada.
error-reason-messenger-not-an-export = Línea { $line }: se esperaba una exportación de Messenger (un message_1.json de «Descargar tu información» de Facebook, en JSON) con «participants», «messages» y «thread_path», pero falta «{ $missing }». No se ha importado nada.
error-reason-mail-empty = Línea { $line }: el archivo está vacío: se esperaba un correo electrónico (.eml) o un buzón (mbox). No se ha importado nada.
error-reason-mail-not-a-mail = Línea { $line }: se esperaba un correo electrónico (líneas de encabezado como «From: …», «Date: …» o «Message-ID: …», después una línea en blanco y el texto), pero la línea contiene «{ $found }». No se ha importado nada.
error-reason-mail-too-large = Línea { $line }: el correo electrónico que empieza aquí ocupa { $megabytes } MB: Custos lee correos de { $limit } MB como máximo, adjuntos incluidos. No se ha importado nada.
error-reason-mbox-no-from-line = Línea { $line }: se esperaba un buzón (mbox) que empezara con una línea «From », tal como lo exportan los programas de correo, pero la línea contiene «{ $found }». No se ha importado nada.

# Website chat CSV. $column: the column's name in the file's header.
error-reason-web-chat-empty = Línea { $line }: el archivo está vacío: se esperaba un encabezado con los nombres de las columnas (por ejemplo, «Time,Sender,Message») y una fila por cada mensaje. No se ha importado nada.
error-reason-web-chat-no-rows = Línea { $line }: el archivo tiene encabezado pero ninguna fila: se esperaba una fila por cada mensaje después del encabezado. No se ha importado nada.
error-reason-web-chat-not-a-time = Línea { $line }: columna «{ $column }»: se esperaba una fecha y hora como 2026-03-01 10:00, pero se ha encontrado «{ $found }». No se ha importado nada.
error-reason-web-chat-not-a-date = Línea { $line }: columna «{ $column }»: se esperaba una fecha como 2026-03-01, pero se ha encontrado «{ $found }». No se ha importado nada.
error-reason-web-chat-not-a-clock = Línea { $line }: columna «{ $column }»: se esperaba una hora como 10:00, pero se ha encontrado «{ $found }». No se ha importado nada.
error-reason-web-chat-no-such-date = Línea { $line }: columna «{ $column }»: se esperaba una fecha real, pero «{ $found }» indica un mes o un día que no existe. No se ha importado nada.
error-reason-web-chat-dates-day-first = Línea { $line }: columna «{ $column }»: se esperaban fechas con el día primero, como en la línea { $evidence_line } («{ $evidence }»), pero «{ $found }» pone primero el mes. No se ha importado nada.
error-reason-web-chat-dates-month-first = Línea { $line }: columna «{ $column }»: se esperaban fechas con el mes primero, como en la línea { $evidence_line } («{ $evidence }»), pero «{ $found }» pone primero el día. No se ha importado nada.
error-reason-web-chat-text-empty = Línea { $line }: columna «{ $column }»: se esperaba el texto del mensaje, pero el campo está vacío. No se ha importado nada.
error-reason-web-chat-sender-missing = Línea { $line }: columna «{ $column }»: se esperaba quién escribió el mensaje (un nombre, una dirección de correo electrónico o un rol), pero el campo está vacío. No se ha importado nada.
error-reason-web-chat-not-an-email = Línea { $line }: columna «{ $column }»: se esperaba una dirección de correo electrónico, pero se ha encontrado «{ $found }». No se ha importado nada.
error-reason-web-chat-unknown-role = Línea { $line }: columna «{ $column }»: se esperaba un rol como visitor, agent o bot, pero se ha encontrado «{ $found }». No se ha importado nada.
error-reason-web-chat-same-id = Línea { $line }: columna «{ $column }»: se esperaba un identificador distinto para cada mensaje, pero «{ $id }» aparece de nuevo, como en la línea { $first_line } (¿contiene esta columna realmente el identificador del mensaje?). No se ha importado nada.
error-reason-web-chat-no-messages = Línea { $line }: se esperaba al menos un mensaje, pero solo se han encontrado mensajes de un bot o del sistema ({ $skipped }). No se ha importado nada.

## Documents

error-reason-no-path = Elija dónde guardar el documento.
error-reason-same-target = { $path } se ha elegido para dos archivos: elija otro nombre para uno de ellos.
error-reason-unknown-document = Documento desconocido «{ $value }».
error-reason-unknown-language = «{ $value }» no es un idioma de documentos: utilice en, pl, de, fr, it, es o bg
error-reason-no-contact = Abra la ficha de un contacto para generar su respuesta de acceso.
error-reason-letter-without-request = Abra una solicitud para redactar una carta sobre ella.
error-reason-no-letter = Indique qué carta: acuse de recibo, prórroga, respuesta o denegación.
error-reason-unknown-letter = «{ $value }» no es una carta sobre una solicitud: utilice acknowledgement, extension, completion o refusal
error-reason-source-not-applicable = Una fuente de datos solo corresponde a la información sobre privacidad.
error-reason-redaction-not-applicable = Los nombres que se deben ocultar solo corresponden a una respuesta de acceso o a su exportación.
error-reason-blank-redaction = Un nombre que se debe ocultar está vacío: indique el nombre de la persona o quítelo.
error-reason-not-an-access-request = La solicitud n.º { $request } es una solicitud de tipo { $kind } (art. { $article }): una respuesta de acceso no la atiende. Realice la actuación necesaria desde la ficha del contacto y regístrela.
error-reason-request-without-contact = La solicitud n.º { $request } no está vinculada a un contacto.

## The app itself

error-reason-import-closed = Esta importación se ha cerrado (o la caja fuerte se ha bloqueado): vuelva a elegir el archivo.
error-reason-preview-first = Vea primero la vista previa de la importación: no se ha importado nada.
error-reason-vcard-needs-no-mapping = Un archivo vCard no necesita asignación.
error-reason-undo-only-this-session = Aquí solo se puede deshacer una importación realizada desde que se inició Custos.
error-reason-backup-running = Se está realizando una copia de seguridad. Espere a que termine.
error-reason-only-just-saved = Desde aquí solo se puede abrir un documento que Custos acaba de guardar.
error-reason-not-a-file-name = «{ $name }» no es un nombre de archivo: omita la carpeta.
error-reason-viewer-failed = No se ha podido abrir { $path } en el visor del sistema: { $reason }. Abra el archivo desde su carpeta.
error-reason-no-file-at = No hay ningún archivo en { $path }. Compruebe el nombre y la carpeta del archivo y vuelva a abrirlo.

# An import's error in one of several files read together: $file is the file's name, $message the error.
error-in-file = { $file }: { $message }

## Operators, roles, key slots and the recovery kit

error-not-permitted = { $on_request ->
        [yes] Usted trabaja como { $role ->
            [owner] propietario
            [clerk] empleado
           *[other] solo lectura
        }: solo puede suprimir un contacto en el marco de una solicitud de supresión abierta. Abra (o asocie) primero la solicitud de supresión de la persona, o pídaselo a un propietario.
       *[other] Usted trabaja como { $role ->
            [owner] propietario
            [clerk] empleado
           *[other] solo lectura
        }, y solo { $needs ->
            [owner] un propietario
           *[other] un empleado o un propietario
        } puede hacer esto. Pídaselo a alguien con ese rol.
    }
error-reason-operator-not-named = Esta caja fuerte tiene varios operadores ({ $operators }): indique quién es usted.
error-reason-operator-unknown = Ningún operador de esta caja fuerte se llama «{ $name }». Sus operadores son: { $operators }.
error-reason-operator-exists = Ya existe un operador llamado «{ $name }»: elija otro nombre.
error-reason-operator-not-in-vault = La clave de { $name } abre la caja fuerte, pero la caja fuerte no tiene ese operador (se restauró desde una copia de seguridad anterior a su alta). Pida a un propietario que lo añada de nuevo.
error-reason-last-owner = { $name } es el único propietario: haga primero propietario a otro operador, para que siempre haya alguien que pueda gestionar la caja fuerte.
error-reason-not-yourself = Aquí no puede eliminarse a sí mismo ni restablecer su propia frase de contraseña: cambie en su lugar su frase de contraseña, o pídaselo a otro propietario.
error-reason-passphrase-must-change = { $name }, elija primero su propia frase de contraseña: la que recibió solo servía para el primer desbloqueo.
error-reason-keys-missing = La frase de contraseña no abre { $path }, y su archivo de claves ({ $path }-keys) no está al lado. Una caja fuerte creada con esta versión de Custos necesita ambos archivos: recupere el archivo de claves de donde procede la caja fuerte (cada copia de seguridad tiene uno al lado). Si la caja fuerte es más antigua, compruebe la frase de contraseña.
error-reason-keys-damaged = El archivo de claves de la caja fuerte está dañado ({ $reason }). Restáurelo desde una copia de seguridad: sirve el archivo de claves junto a cualquier copia hecha desde el último recifrado.
error-reason-keys-not-this-vault = El archivo de claves junto a la caja fuerte no la abre: pertenece a otra caja fuerte o a una copia más antigua. Vuelva a poner el archivo de claves que acompañaba a esta caja fuerte (el de una copia de seguridad está junto a ella).
error-reason-recovery-code-length = El código de recuperación tiene { $found } caracteres, y un código de recuperación tiene { $expected } (sin los guiones): compruebe que lo ha escrito entero.
error-reason-recovery-code-character = «{ $character }» no aparece en un código de recuperación: solo contiene las cifras 0–9 y las letras A–Z sin I, L, O ni U.
error-reason-recovery-code-typo = El grupo { $group } del código de recuperación no cuadra: uno de sus caracteres está mal escrito. Compare el grupo { $group } con el kit impreso.
error-reason-recovery-code-wrong = Este código de recuperación no abre la caja fuerte: es de un kit más antiguo (imprimir un kit nuevo invalida el anterior) o de otra caja fuerte.
error-reason-no-recovery-kit = Esta caja fuerte aún no tiene kit de recuperación: un propietario puede imprimir uno (Ajustes → Operadores).
error-reason-vault-in-use = La caja fuerte está abierta en otra ventana u orden. Ciérrela allí y vuelva a intentarlo: el recifrado necesita la caja fuerte solo para sí.
error-reason-not-in-team = Esta caja fuerte aún no forma parte de un equipo: un propietario crea uno en Ajustes → Equipo.
error-reason-already-in-team = Esta caja fuerte ya forma parte de un equipo: comparte su libreta de contactos a través de la carpeta del equipo.
error-reason-team-problem-unknown = No hay ningún problema de equipo abierto con el número { $id }: ya se descartó o la lista no está actualizada. Vuelva a abrir Ajustes → Equipo.
# $seat: el nombre o identificador del puesto, tal como se escribió.
error-reason-team-seat-unknown = No hay ningún puesto «{ $seat }» en el equipo (o ya se quitó): use el nombre o identificador del puesto tal como lo muestra el estado del equipo.
error-reason-team-seat-self = Un puesto no puede quitarse a sí mismo: quítelo desde otro puesto del equipo, como propietario.
# $seat: el nombre del puesto.
error-reason-team-seat-no-key = El puesto { $seat } aún no ha publicado su clave (es de una versión anterior de Custos): deje que se sincronice una vez, sincronice aquí y vuelva a quitar el puesto.
error-reason-team-seat-removed = Este puesto se quitó del equipo: no puede leer lo que el equipo escribe ahora, y los demás puestos ya no aplican sus cambios. Su agenda de contactos queda como estaba. Para volver a participar, pida una nueva invitación a un propietario.
# $file: el archivo de clave del equipo en la carpeta compartida.
error-reason-team-key-file-damaged = El archivo de clave del equipo { $file } no supera su comprobación: se modificó, se cortó o no lo creó un puesto del equipo. No se envió ni se aplicó nada. Deje que la carpeta termine de sincronizarse; si sigue así, pida al propietario que quitó un puesto que revise la carpeta compartida.
# $file: el archivo de cambios en la carpeta compartida.
error-reason-team-key-missing = El archivo { $file } está sellado con una clave de equipo más reciente que la de este puesto: el archivo de clave aún no ha llegado. Deje que la carpeta termine de sincronizarse.
# $file: el archivo de cambios en la carpeta compartida.
error-reason-change-file-damaged = El archivo de cambios { $file } no supera su comprobación: se modificó o se cortó por el camino. No se aplicó nada de él, y los archivos posteriores de ese puesto lo esperan. Deje que la carpeta termine de sincronizarse; si sigue así, pida a ese puesto que envíe de nuevo sus cambios.
# $file: el archivo de cambios en la carpeta compartida.
error-reason-change-file-foreign = El archivo de cambios { $file } pertenece a otro equipo, o se movió del lugar donde lo escribió su puesto. No se aplicó nada de él. Retírelo de la carpeta compartida.
# $max: el máximo de caracteres del nombre de un puesto.
error-reason-seat-name = Dé al puesto un nombre que las personas reconozcan (p. ej. PC de la oficina), con una letra o un dígito y como máximo { $max } caracteres.
# $found, $expected: caracteres escritos y necesarios.
error-reason-invitation-code-length = El código de invitación tiene { $found } caracteres y debería tener { $expected } (sin los guiones): compruebe que lo ha escrito entero.
# $character: el carácter que no está en un código de invitación.
error-reason-invitation-code-character = «{ $character }» no está en un código de invitación: solo tiene los dígitos 0–9 y las letras A–Z sin I, L, O ni U.
# $group: el grupo del código (desde 1) cuyo carácter de control no cuadra.
error-reason-invitation-code-typo = El grupo { $group } del código de invitación no cuadra: uno de sus caracteres está mal escrito. Compare el grupo { $group } con el código que le dio el propietario.
# $folder: la carpeta compartida en la que se buscó.
error-reason-invitation-unknown = No hay ninguna invitación para este código en { $folder }: compruebe que es la carpeta compartida del equipo y que ha terminado de sincronizarse, o pida al propietario una nueva invitación.
error-reason-invitation-used = Esta invitación ya se ha usado: una invitación crea un solo puesto. Pida una nueva al propietario.
# $expires: cuándo caducó la invitación.
error-reason-invitation-expired = Esta invitación caducó el { $expires }. Pida una nueva al propietario.
# $file: el archivo de invitación en la carpeta compartida.
error-reason-invitation-damaged = El archivo de invitación { $file } no supera su comprobación: se modificó o se cortó por el camino. Deje que la carpeta termine de sincronizarse, o pida al propietario una nueva invitación.
