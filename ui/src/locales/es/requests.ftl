# Solicitudes de los interesados: la pantalla Solicitudes, el detalle de una solicitud, el
# registro, las cartas al solicitante y los textos de días hábiles en Ajustes.

## Tipos de solicitud y artículo del RGPD que da el derecho

requests-kind-access = Acceso
requests-kind-rectification = Rectificación
requests-kind-erasure = Supresión
requests-kind-restriction = Limitación del tratamiento
requests-kind-portability = Portabilidad
requests-kind-objection = Oposición
requests-kind-automated-decisions = Decisiones automatizadas
requests-kind-consent-withdrawal = Retirada del consentimiento
requests-article-access = art. 15
requests-article-rectification = art. 16
requests-article-erasure = art. 17
requests-article-restriction = art. 18
requests-article-portability = art. 20
requests-article-objection = art. 21
requests-article-automated-decisions = art. 22
requests-article-consent-withdrawal = art. 7.3
requests-kind-with-article = { $kind } ({ $article })
requests-kind-right = { -gdpr }, { $article }: { $right }
requests-right-access = { -right-of-access }
requests-right-rectification = { -right-to-rectification }
requests-right-erasure = { -right-to-erasure }
requests-right-restriction = { -right-to-restriction }
requests-right-portability = { -right-to-portability }
requests-right-objection = { -right-to-object }
requests-right-automated-decisions = derecho a no ser objeto de una decisión basada únicamente en el tratamiento automatizado
requests-right-consent-withdrawal = derecho a retirar el { -consent } en cualquier momento

## Vía de entrada, estado, comprobación de identidad

requests-channel-email = Correo electrónico
requests-channel-letter = Carta
requests-channel-phone = Teléfono
requests-channel-in-person = En persona
requests-channel-web-form = Formulario web
requests-channel-other = Otra vía
requests-status-received = Recibida
requests-status-identity-pending = Identidad pendiente
requests-status-in-progress = En curso
requests-status-extended = Prorrogada
requests-status-done = Atendida
requests-status-refused = Denegada
requests-identity-requested = Prueba solicitada, aún no recibida
requests-identity-verified = Verificada
requests-identity-failed = No verificada

## Quién, qué urgencia, cómo se calcula el plazo

requests-who-unmatched = { $name } (sin vincular a un contacto)
requests-who-number = Solicitud n.º { $id }
requests-urgency-overdue =
    Vencida hace { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
requests-urgency-today = Vence hoy
requests-urgency-soon =
    Vence pronto: { $days ->
        [one] queda { $days } día
       *[other] quedan { $days } días
    }
requests-urgency-left =
    { $days ->
        [one] Queda { $days } día
       *[other] Quedan { $days } días
    }
requests-deadline-moved = { $due } (el { $end } es fin de semana, festivo o día de cierre, por lo que el plazo pasa al siguiente día hábil)
requests-deadline-received = Recibida el { $received }; un mes desde la recepción: { $due }.
requests-deadline-extended = { $first } Prorrogada dos meses más ({ $reason }; se informó a la persona el { $told }): vence el { $due }.

## La acción necesaria

requests-step-rectification = Corrija los datos en la ficha del contacto ({ common-edit }).
requests-step-erasure = Suprima el contacto desde su ficha (Suprimir).
requests-step-restriction = Limite el tratamiento desde la ficha del contacto (Limitar el tratamiento).
requests-step-objection = Registre la oposición en los consentimientos de la ficha del contacto.
requests-step-consent-withdrawal = Registre la retirada en los consentimientos de la ficha del contacto.
requests-step-access = Genere el informe de acceso (con la exportación portable si la persona quiere llevarse una copia). Queda registrado aquí como lo realizado.
requests-step-portability = Genere la exportación portable (ZIP con JSON y CSV), junto con el informe de acceso si resulta útil. Queda registrada aquí como lo realizado.
requests-step-automated-decisions = Custos no toma decisiones automatizadas. Responda a la persona fuera de Custos y registre lo que se hizo.

## Errores en los formularios

requests-error-who = Indique quién la presentó: elija el contacto o escriba el nombre del solicitante tal como lo dio.
requests-error-received-missing = Indique la fecha en que llegó la solicitud.
requests-error-received-future = La solicitud no puede haber llegado después de hoy.
requests-error-identity-method = Indique cómo se comprobó la identidad, p. ej., «DNI mostrado en la oficina».
requests-error-identity-date = Indique la fecha de la comprobación.
requests-error-identity-future = La comprobación no puede ser posterior a hoy.
requests-error-identity-before = La comprobación no puede ser anterior a la llegada de la solicitud.
requests-error-extension-reason = Indique por qué la solicitud necesita más tiempo: se informa a la persona de los motivos.

## Ajustes → Días hábiles

requests-calendar-no-country = No hay ningún país en el perfil de la empresa: solo los fines de semana y los días de cierre de abajo desplazan un plazo. Indique el país arriba para contar sus festivos.
requests-calendar-unsupported = Custos no conoce los festivos de este país ({ $country }): solo los fines de semana y los días de cierre de abajo desplazan un plazo. Añada sus festivos como días de cierre.
requests-calendar-supported = Los plazos se desplazan por los fines de semana, los festivos del país ({ $country }) y los días de cierre de abajo.
requests-closure-day-missing = Elija el día en que la empresa está cerrada.
requests-closure-day-taken = El { $day } ya es un día de cierre.

## La pantalla Solicitudes

requests-title = Solicitudes
requests-intro = Solicitudes de acceso, de supresión y de otro tipo de las personas cuyos datos trata. Cada una debe responderse en el plazo de un mes desde su recepción; cada paso queda anotado en el registro de auditoría.
requests-log-button = Registrar una solicitud
requests-show-closed = Mostrar también las solicitudes cerradas
requests-loading = Cargando solicitudes…
requests-empty-open = No hay solicitudes abiertas.
requests-empty-all = No hay solicitudes.
requests-empty-hint = Cuando alguien pida ver, corregir o suprimir sus datos, o se oponga, elija «{ requests-log-button }»: Custos calcula el plazo y lleva el control de lo realizado.
requests-table-caption = Solicitudes, por plazo
requests-column-type = Tipo
requests-column-who = Quién
requests-column-received = Recibida
requests-column-due = Vence
requests-column-status = Estado
requests-logged = Solicitud registrada: vence el { $due }.
requests-contact-label = Contacto

## Detalle de una solicitud

requests-detail-title = Solicitud n.º { $id }: { $kind }
requests-detail-contact-point = Datos de contacto
requests-detail-received-by =
    { $date } { $channel ->
        [email] por correo electrónico
        [letter] por carta
        [phone] por teléfono
        [in_person] en persona
        [web_form] mediante formulario web
       *[other] por otra vía
    }
requests-detail-asked = Lo solicitado
requests-detail-urgency = · { $urgency }
requests-detail-identity = Identidad: { $result } el { $date } ({ $method }).
requests-detail-done-title = Lo realizado
requests-detail-done-line = { $at }: { $description }
requests-detail-done-audit = ({ $action }, entrada de auditoría n.º { $entry })
requests-detail-report-recorded = El informe queda registrado como lo realizado.
requests-detail-outcome-done = Cerrada como atendida el { $at }.
requests-detail-outcome-done-with = Cerrada como atendida el { $at }: { $outcome }
requests-detail-outcome-refused = Denegada el { $at }.
requests-detail-outcome-refused-with = Denegada el { $at }: { $outcome }
requests-detail-action-title = La acción necesaria
requests-detail-generate-export = Generar la exportación…
requests-detail-generate-report = Generar el informe de acceso…
requests-detail-match-first = Vincule primero la solicitud a la ficha del solicitante (abajo).
requests-detail-open-card = Abrir la ficha de { $name }
requests-detail-open-card-unnamed = Abrir la ficha del contacto
requests-detail-match-error = Elija el contacto que corresponde a este solicitante.
requests-detail-matched = La solicitud ya está vinculada al contacto.
requests-detail-match-title = Vincular a un contacto
requests-detail-match-hint = Una vez vinculada, la acción puede realizarse en la ficha del contacto y enlazarse aquí.
requests-detail-match-button = Vincular
requests-detail-identity-recorded = La comprobación de identidad está registrada.
requests-detail-identity-title = Comprobación de identidad
requests-detail-identity-method = Cómo se comprobó
requests-detail-identity-method-example = p. ej., DNI mostrado en la oficina
requests-detail-identity-result = Resultado
requests-detail-identity-date = Comprobada el
requests-detail-identity-button = Registrar la comprobación
requests-detail-extended = El plazo se ha prorrogado dos meses más.
requests-detail-extend-title = Prorrogar dos meses
requests-detail-extend-hint = Solo si la solicitud es compleja o hay muchas, y solo si se informa a la persona, con los motivos, dentro del primer mes (a más tardar el { $due }).
requests-detail-extend-reason = Motivo comunicado a la persona
requests-detail-extend-told = Comunicado el
requests-detail-extend-button = Prorrogar
requests-detail-action-error-entry = Elija la entrada de auditoría de lo realizado.
requests-detail-action-error-description = Indique lo que se hizo.
requests-detail-action-recorded = La acción está registrada.
requests-detail-record-title = Registrar lo realizado
requests-detail-record-match-first = Vincule primero la solicitud a un contacto: la acción es una de sus entradas de auditoría.
requests-detail-no-candidates = No hay ninguna acción sobre este contacto desde que llegó la solicitud. Realice primero la acción (véase arriba) y regístrela después aquí.
requests-detail-record-entry = Entrada de auditoría que lo acredita
requests-detail-choose = Elegir…
requests-detail-record-option = #{ $id } · { $at } · { $action }
requests-detail-record-description = Lo realizado
requests-detail-record-button = Registrar la acción
requests-detail-closed = La solicitud se ha cerrado como atendida.
requests-detail-close-title = Cerrar como atendida
requests-detail-close-summary = Resumen (opcional)
requests-detail-refuse-error = Indique por qué se deniega la solicitud: hay que informar a la persona.
requests-detail-refused = La solicitud se ha denegado.
requests-detail-refuse-title = Denegar
requests-detail-refuse-hint = Solo si es manifiestamente infundada o excesiva, o si la identidad no está acreditada. Se informa a la persona de los motivos y de su derecho a presentar una reclamación ante la { -supervisory-authority } y a ejercitar acciones judiciales.
requests-detail-refuse-reason = Motivo
requests-detail-export-dialog = Exportación portable para la solicitud n.º { $id }
requests-detail-report-dialog = Informe de acceso para la solicitud n.º { $id }

## Registrar una solicitud

requests-new-hint = El plazo se calcula a partir de la fecha de recepción. Cada paso queda anotado en el registro de auditoría.
requests-new-kind = Tipo de solicitud
requests-new-who = Quién la presentó
requests-new-who-contact = Un contacto de Custos
requests-new-who-unmatched = Alguien no vinculado (aún) a un contacto
requests-new-name = Nombre, tal como lo dio
requests-new-contact-point = Cómo contactar (correo electrónico o dirección)
requests-new-received = Recibida el
requests-new-channel = Recibida por
requests-new-details = Qué pidió, en pocas palabras (opcional)
requests-new-submit = Registrar la solicitud

## Cartas al solicitante

requests-letter-acknowledgement = Acuse de recibo
requests-letter-extension = Aviso de prórroga
requests-letter-completion = Respuesta
requests-letter-refusal = Denegación
requests-letters-title = Cartas al solicitante
requests-letters-hint = En el idioma que elija, dirigidas al solicitante, con la referencia de la solicitud. Cada carta queda en el registro de auditoría; no cuenta como lo realizado.
requests-letters-button = { $letter }…
requests-letters-dialog = { $letter } para la solicitud n.º { $id }

requests-erased-text = [suprimido con la persona]
requests-outcome-no-data = No se conservan datos personales del solicitante.
requests-outcome-no-data-with = No se conservan datos personales del solicitante. { $summary }
requests-describe-contact-erased = Se suprimieron el contacto y sus conversaciones
requests-describe-contact-restricted = Se limitó el tratamiento de los datos del contacto
requests-describe-contact-updated = Se rectificaron los datos del contacto
requests-describe-consent-withdrawn = Se registró la retirada del consentimiento
requests-describe-objection-recorded = Se registró la oposición
requests-action-report-generated =
    Informe de acceso generado, idioma: { $language } ({ $pages ->
        [one] { $pages } página
       *[other] { $pages } páginas
    }, SHA-256 { $sha256 })
requests-action-export-generated = Exportación portable generada (ZIP, SHA-256 { $sha256 })
