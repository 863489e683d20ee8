# Consentimientos y oposiciones en la ficha de un contacto, los fines en Ajustes (lista y
# formulario) y quién puede ser contactado para un fin (lista con exportación CSV).

## Estado de un consentimiento (códigos del núcleo) y eventos de su historial

consent-state-never-given = Nunca otorgado
consent-state-given = Otorgado
consent-state-confirmed = Confirmado
consent-state-withdrawn = Retirado
consent-state-expired = Caducado
consent-state-given-awaiting = Otorgado, pendiente de confirmación
consent-event-given = Otorgamiento
consent-event-confirmed = Confirmación
consent-event-withdrawn = Retirada
consent-event-expired = Caducidad

## Cómo otorgó, confirmó o retiró la persona su consentimiento, o se opuso

consent-method-web-form = Formulario web
consent-method-email = Correo electrónico
consent-method-phone = Teléfono
consent-method-in-person = En persona
consent-method-chat = Chat
consent-method-paper = En papel

## Los consentimientos en la ficha

consents-title = Consentimientos y posibilidad de contacto
consents-loading = Cargando consentimientos…
consents-no-purposes = Aún no hay fines. Añada en Ajustes → Fines los motivos por los que conserva datos de contacto; los consentimientos se registran aquí para cada uno de ellos.
consents-may-contact = Se puede contactar
consents-may-not-contact = No se puede contactar
consents-objected = Oposición el { $date } ({ $method }), registrada por { $who }.
consents-objected-ref = Oposición el { $date } ({ $method }, ref. { $ref }), registrada por { $who }.
consents-give = Registrar consentimiento…
consents-give-again = Registrar de nuevo…
consents-confirm = Confirmar…
consents-withdraw = Retirar
consents-withdrawing = Retirando…
consents-object = Oposición…
consents-withdraw-method = Cómo retiró { $name } el consentimiento para { $purpose }
consents-history-show = Historial ({ $count })
consents-history-hide = Ocultar historial
consents-history-caption = Historial del consentimiento para { $purpose }
consents-history-when = Cuándo
consents-history-event = Evento
consents-history-method = Medio
consents-history-wording = Texto
consents-history-evidence = Prueba
consents-history-recorded-by = Registrado por
consents-history-recorded = { $who }, { $when }
consents-version = Versión { $version }
consents-done-give = { $name }: consentimiento registrado.
consents-done-confirm = { $name }: confirmación registrada.
consents-done-withdraw = { $name }: consentimiento retirado.
consents-done-object = { $name }: oposición registrada.

## El formulario de un consentimiento, una confirmación o una oposición

consent-form-title-give = Registrar el consentimiento
consent-form-title-confirm = Registrar la confirmación
consent-form-title-object = Registrar una oposición
consent-form-submit-give = Registrar consentimiento
consent-form-submit-confirm = Registrar confirmación
consent-form-submit-object = Registrar oposición
consent-form-recording = Registrando…
consent-form-object-hint = { $name } se opone a «{ $purpose }» (art. 21 { -gdpr }). Desde ese momento sus datos no pueden usarse para ese fin, cualquiera que sea la base jurídica.
consent-form-confirm-hint = Doble opt-in: cuándo y cómo confirmó { $name }, p. ej. al hacer clic en el enlace del correo electrónico.
consent-form-method = Medio
consent-form-when = Cuándo
consent-form-confirmed-at = Confirmado el
consent-form-when-hint = (vacío para ahora)
consent-form-evidence-ref = Referencia de la prueba
consent-form-confirmation-ref = Referencia de la confirmación
consent-form-evidence-placeholder = N.º de formulario, identificador del correo, documento en papel escaneado…
consent-form-wording = Texto mostrado
consent-form-version-dated = Versión { $version } — { $date }
consent-form-version-current-dated = Versión { $version } (actual) — { $date }
consent-form-version-current = Versión { $version } (actual)
consent-form-versions-error = No se pudieron cargar las versiones anteriores: { $error }
consent-form-error-time = Indique una fecha y una hora, o deje el campo vacío para ahora.

## Ajustes → Fines

purposes-title = Fines
purposes-add = Añadir fin
purposes-intro = Por qué conserva datos personales y con qué base jurídica. Las cláusulas informativas, los informes de acceso y el registro de actividades de tratamiento se elaboran a partir de esta lista.
purposes-empty = Aún no hay fines. Añada los motivos por los que conserva datos de contacto — por ejemplo «Atención de consultas» (contrato) o «Boletín» (consentimiento).
purposes-loading = Cargando fines…
purposes-audience = Quién puede ser contactado
purposes-audience-for = Quién puede ser contactado para { $purpose }
purposes-edit-named = Editar { $purpose }

## El formulario de un fin

purpose-form-title-new = Nuevo fin
purpose-form-title-edit = Editar «{ $purpose }»
purpose-form-name = Nombre
purpose-form-name-placeholder = p. ej. Atención de consultas
purpose-form-basis = Base jurídica
purpose-form-description = Descripción
purpose-form-interest = Interés legítimo perseguido
purpose-form-interest-hint = Obligatorio para el art. 6.1.f): indique cuál es el interés, p. ej. «seguimiento de los presupuestos enviados».
purpose-form-wording = Texto del consentimiento
purpose-form-wording-hint = El texto exacto que las personas aceptan. Modificarlo crea una nueva versión; los consentimientos ya otorgados conservan la versión que vio la persona.
purpose-form-wording-new-version = Al guardar se creará una nueva versión.
purpose-form-double-opt-in = Doble opt-in: el consentimiento solo cuenta cuando la persona lo confirma
purpose-form-subjects = Categorías de interesados
purpose-form-subjects-hint = A quién se refieren los datos, una categoría por línea, p. ej. «clientes», «candidatos a un empleo». El registro de actividades de tratamiento las enumera.
purpose-form-categories = Categorías de datos
purpose-form-categories-hint = Una por línea, p. ej. «datos de contacto».
purpose-form-retention = Cuánto tiempo se conservan los datos
purpose-form-retention-hint = Un plazo o los criterios, p. ej. «2 años desde el último contacto».
purpose-form-requirement = ¿Está obligada la persona a facilitar los datos?
purpose-form-requirement-voluntary = No, es voluntario
purpose-form-requirement-statutory = Sí, lo exige la ley
purpose-form-requirement-contractual = Sí, lo exige un contrato
purpose-form-consequence = Consecuencias de no facilitarlos
purpose-form-automated = Hay decisiones automatizadas o elaboración de perfiles
purpose-form-automated-logic = La lógica aplicada y sus consecuencias para la persona
purpose-form-recipients = Destinatarios y encargados del tratamiento
purpose-form-recipients-none = Ninguno. Añada las herramientas y empresas que reciben estos datos, p. ej. su proveedor de correo electrónico.
purpose-form-recipient-name = Nombre
purpose-form-recipient-role = Función
purpose-form-recipient-country = País
purpose-form-recipient-country-placeholder = ES
purpose-form-recipient-safeguard = Garantía de la transferencia
purpose-form-recipient-safeguard-detail = Detalles de la garantía
purpose-form-recipient-safeguard-placeholder = p. ej. la decisión de adecuación o la versión de las CCT
purpose-form-recipient-remove = Quitar
purpose-form-recipient-remove-named = Quitar el destinatario { $number }
purpose-form-recipient-add = Añadir destinatario
purpose-form-save = Guardar fin
purpose-form-error-automated = Describa las decisiones automatizadas o la elaboración de perfiles, con la lógica aplicada.
purpose-problem = { $field }: { $problem }.
purpose-problem-recipient = Destinatario { $number }
purpose-problem-field-name = Nombre
purpose-problem-field-description = Descripción
purpose-problem-field-legitimate-interest = Interés legítimo
purpose-problem-field-consent-wording = Texto del consentimiento
purpose-problem-field-requirement = Si la persona no facilita los datos

## Quién puede ser contactado para un fin

consents-audience-title = Quién puede ser contactado para «{ $purpose }»
consents-audience-total =
    { $count ->
        [one] { $count } persona
       *[other] { $count } personas
    }
consents-audience-hint-confirmed = Todas las personas cuyo { -consent } está confirmado (doble opt-in). Las personas con tratamiento limitado, las suprimidas y las que se han opuesto nunca aparecen.
consents-audience-hint-consent = Todas las personas cuyo { -consent } está vigente. Las personas con tratamiento limitado, las suprimidas y las que se han opuesto nunca aparecen.
consents-audience-hint-other = Todas las personas de la lista de contactos: este fin no se basa en el { -consent }. Las personas con tratamiento limitado, las suprimidas y las que se han opuesto nunca aparecen.
consents-audience-method-withdrawals = Retiradas registradas como
consents-audience-method-objections = Oposiciones registradas como
consents-audience-export = Exportar CSV…
consents-audience-export-form = Exportar a CSV
consents-audience-export-path = Guardar como
consents-audience-export-hint = Un archivo CSV (UTF-8, separado por comas) con nombre, correo electrónico, teléfono, base jurídica y consentimiento. Nunca se sobrescribe un archivo existente.
consents-audience-export-no-path = Elija dónde guardar el archivo CSV.
consents-audience-export-submit = Exportar
consents-audience-exporting = Exportando…
consents-audience-exported =
    { $count ->
        [one] Se ha escrito { $count } persona en { $path }.
       *[other] Se han escrito { $count } personas en { $path }.
    }
consents-audience-file = { $purpose }-contactables-{ $date }
consents-audience-file-fallback = fin
consents-audience-empty = En este momento nadie puede ser contactado para «{ $purpose }».
consents-audience-list = Personas que pueden ser contactadas
consents-audience-open-card = Abrir la ficha
consents-audience-no-reach = sin correo electrónico ni teléfono
consents-audience-since = { $state } desde el { $date }
consents-audience-withdraw-named = Retirar el consentimiento de { $name }
consents-audience-object-named = Registrar la oposición de { $name }
consents-audience-objected = Oposición
