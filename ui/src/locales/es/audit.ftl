# Registro de auditoría: la pantalla, su filtro, las entradas legibles y la comprobación de la
# cadena.

audit-title = Registro de auditoría
audit-verify = Comprobar la cadena
audit-verifying = Comprobando…
audit-intro = Cada cambio y cada exportación, de la más reciente a la más antigua, con quién lo hizo. Las entradas están encadenadas por sus hashes: «Comprobar la cadena» muestra si alguna se ha modificado o eliminado desde que se escribió.
audit-chain-ok =
    Cadena correcta: { $count ->
        [one] { $count } entrada comprobada
       *[other] { $count } entradas comprobadas
    }, ninguna modificada ni ausente.
audit-chain-broken =
    La cadena está rota ({ $count ->
        [one] { $count } entrada comprobada
       *[other] { $count } entradas comprobadas
    }, { $problems ->
        [one] { $problems } problema
       *[other] { $problems } problemas
    }). El registro se ha modificado fuera de Custos: conserve esta caja fuerte como prueba y restaure una copia de seguridad para seguir trabajando.
audit-chain-edited = La entrada #{ $entry } se modificó después de escribirse.
audit-chain-missing = Faltan las entradas entre #{ $after } y #{ $before }.
audit-chain-broken-link = La entrada #{ $entry } no está enlazada con la entrada anterior.
audit-chain-tail-missing = Faltan las entradas más recientes: el registro debería terminar en #{ $expected } pero termina en #{ $found }.

## Filtro

audit-filter-label = Filtrar el registro de auditoría
audit-contact-number = Número de contacto
audit-contact-any = cualquiera
audit-current-card = Ficha abierta
audit-current-card-numbered = Ficha abierta #{ $id }
audit-current-card-none = Abra primero la ficha de un contacto
audit-current-card-title = Mostrar las entradas sobre el contacto #{ $id }
audit-action = Acción
audit-all-actions = Todas las acciones
audit-from = Desde
audit-to = Hasta
audit-clear = Borrar
audit-error-contact = El contacto se indica con su número, p. ej. 12 (se muestra como #12).
audit-error-from = Escriba el primer día como fecha, p. ej. 2026-03-01.
audit-error-to = Escriba el último día como fecha, p. ej. 2026-03-31.
audit-error-order = El primer día es posterior al último.

## Entradas

audit-loading = Cargando el registro…
audit-empty = Ninguna entrada coincide con este filtro.
audit-col-time = Hora
audit-col-operator = Operador
audit-col-action = Acción
audit-col-target = Objeto
audit-col-details = Detalles
audit-entry-title = Entrada #{ $id }
audit-erased-note = (se suprimieron los datos de la persona)
audit-count =
    { $count ->
        [one] { $count } entrada
       *[other] { $count } entradas
    }, de la más reciente a la más antigua.
audit-show-older = Mostrar entradas anteriores

## Objeto de una entrada

audit-target-vault = Caja fuerte
audit-target-contact = Contacto
audit-target-conversation = Conversación
audit-target-purpose = Fin del tratamiento
audit-target-company = Perfil de la empresa
audit-target-request = Solicitud
audit-target-numbered = { $kind } #{ $id }

## Detalles de una entrada, en una línea

audit-redacted = [suprimido]
audit-empty-value = (vacío)
audit-none = ninguno
audit-quoted = «{ $value }»
audit-point = «{ $value }» ({ $label })
audit-changed = Modificado: { $fields }
audit-changed-before = Modificado: { $fields } — antes: { $before }
audit-nothing = nada
audit-field-value = { $field } { $value }
audit-key-value = { $key }: { $value }
audit-true = sí
audit-false = no

## Action names (the core's action codes: `contact.restriction_lifted` is audit-action-contact-restriction-lifted)

audit-action-vault-created = Caja fuerte creada
audit-action-vault-passphrase-changed = Frase de contraseña de la caja fuerte cambiada
audit-action-vault-backup-created = Copia de seguridad de la caja fuerte creada
audit-action-vault-restored = Caja fuerte restaurada desde una copia de seguridad
audit-action-contact-created = Contacto creado
audit-action-contact-updated = Contacto modificado
audit-action-contact-sensitive-revealed = Datos ocultos del contacto mostrados
audit-action-conversation-added = Conversación añadida
audit-action-conversation-imported = Conversación importada
audit-action-purpose-created = Fin del tratamiento creado
audit-action-purpose-updated = Fin del tratamiento modificado
audit-action-consent-given = Consentimiento otorgado
audit-action-consent-confirmed = Consentimiento confirmado
audit-action-consent-withdrawn = Consentimiento retirado
audit-action-consent-expired = Consentimiento caducado
audit-action-company-profile-updated = Perfil de la empresa modificado
audit-action-contact-restricted = Tratamiento de los datos del contacto limitado
audit-action-contact-restriction-lifted = Limitación del tratamiento levantada
audit-action-objection-recorded = Oposición registrada
audit-action-contact-erased = Datos del contacto suprimidos
audit-action-purpose-audience-exported = Lista de destinatarios del fin exportada
audit-action-retention-rule-set = Regla de conservación establecida
audit-action-retention-rule-removed = Regla de conservación eliminada
audit-action-retention-kept = Datos conservados pese al plazo de conservación vencido
audit-action-retention-transcripts-deleted = Transcripciones eliminadas al vencer el plazo de conservación
audit-action-request-opened = Solicitud registrada
audit-action-request-matched = Solicitud asociada a un contacto
audit-action-request-identity-checked = Identidad del solicitante verificada
audit-action-request-extended = Plazo de respuesta a la solicitud ampliado
audit-action-request-action-recorded = Acción sobre la solicitud registrada
audit-action-request-closed = Solicitud cerrada
audit-action-request-refused = Solicitud denegada
audit-action-calendar-closure-day-added = Día de cierre añadido
audit-action-calendar-closure-day-removed = Día de cierre eliminado
audit-action-document-access-report = Informe de acceso a los datos generado
audit-action-document-request-letter = Carta relativa a la solicitud generada
audit-action-vault-backups-rotated = Copias de seguridad antiguas eliminadas (rotación)
audit-action-vault-backup-folder-chosen = Carpeta de copias de seguridad elegida
audit-action-contact-imported = Contactos importados
audit-action-contact-import-undone = Importación de contactos deshecha
audit-action-contact-merged = Contactos fusionados
audit-action-contact-exported = Contactos exportados
audit-action-vault-key-slots-created = Frases de contraseña propias de los operadores creadas
audit-action-operator-added = Operador añadido
audit-action-operator-role-changed = Rol de operador cambiado
audit-action-operator-reset = Nueva frase de contraseña inicial dada a un operador
audit-action-operator-removed = Operador eliminado
audit-action-vault-rekeyed = Caja fuerte recifrada
audit-action-vault-recovery-kit-made = Kit de recuperación impreso
audit-action-vault-recovery-used = Kit de recuperación usado
audit-action-vault-data-key-revealed = Clave de datos mostrada
audit-action-vault-team-created = Equipo creado (carpeta compartida)
audit-action-vault-team-invited = Puesto invitado (invitación)
audit-action-vault-team-joined = Puesto unido al equipo
audit-action-vault-team-problem-dismissed = Problema de sincronización del equipo descartado

## Names of the details an entry records (the keys of its details: `redacted_entries` is audit-key-redacted-entries)

audit-key-reason = Motivo
audit-key-status = Estado
audit-key-name = Nombre
audit-key-messages = Mensajes
audit-key-kind = Tipo
audit-key-file = Archivo
audit-key-fields = Campos
audit-key-at = Fecha
audit-key-text = Texto
audit-key-sender = Remitente
audit-key-purpose = Fin
audit-key-previous = Antes
audit-key-masked = Ocultos
audit-key-from = Desde
audit-key-to = Hasta
audit-key-conversations = Conversaciones
audit-key-tags = Etiquetas
audit-key-tags-added = Etiquetas añadidas
audit-key-tags-removed = Etiquetas eliminadas
audit-key-summary = Resumen
audit-key-source = Origen
audit-key-rule = Regla
audit-key-points-added = Datos de contacto añadidos
audit-key-points-removed = Datos de contacto eliminados
audit-key-objection = Oposición
audit-key-method = Método
audit-key-merged = Fusionado
audit-key-import = Importación
audit-key-format = Formato
audit-key-due-on = Vencimiento
audit-key-describe = Descripción
audit-key-description = Descripción
audit-key-day = Día
audit-key-contacts = Contactos
audit-key-contact = Contacto
audit-key-channel = Canal
audit-key-actions = Acciones
audit-key-removed = Eliminados
audit-key-redacted-entries = Entradas ocultadas
audit-key-folder = Carpeta
audit-key-request = Solicitud
audit-key-rows = Filas
audit-key-skipped = Omitidos
audit-key-origin = Origen
audit-key-people = Personas
audit-key-language = Idioma

audit-rule = Regla n.º { $id }: { $rule }

audit-key-operator = Operador
audit-key-role = Función
audit-key-owner = Propietario
audit-key-why = Motivo
audit-key-replaced = Kit anterior sustituido
audit-key-note-kept = Nota conservada
audit-key-review-on = Revisión el
audit-key-action = Acción
audit-key-period = Plazo
audit-key-received-on = Recibida el
audit-key-result = Resultado
audit-key-checked-on = Comprobada el
audit-key-notified-on = Notificada el
audit-key-audit-entry = Entrada del registro de auditoría
audit-key-no-data = No se conservan datos personales
audit-key-before = Copia de seguridad del estado anterior
audit-key-before-upgrade-from-schema = Antes de la actualización desde el esquema
audit-key-merged-name = Nombre de la ficha fusionada
audit-key-filled = Campos completados
audit-key-notes-appended = Notas añadidas
audit-key-sensitive-added = Campos sensibles añadidos
audit-key-not-taken = Valores no adoptados
audit-key-moved = Trasladado
audit-key-consent-events = Eventos de consentimiento
audit-key-objections = Oposiciones
audit-key-requests = Solicitudes
audit-key-retention-hold = Conservación prolongada
audit-key-objections-dropped = Oposiciones descartadas
audit-key-created-at = Creada el
audit-key-last-contact-at = Último contacto
audit-key-card = Ficha
audit-key-evidence-ref = Prueba
audit-key-recorded-by = Registrada por
audit-key-recorded-at = Registrada el
audit-key-staff-addresses = Direcciones del personal
audit-key-event = Evento
audit-key-added-to-earlier = Añadida a una conversación anterior
audit-key-tag = Etiqueta
audit-key-cards-removed = Fichas eliminadas
audit-key-fields-cleared = Campos vaciados
audit-key-tagged = Etiquetadas
audit-key-created = Creadas
audit-key-not-merged = No fusionadas
audit-key-problems-skipped = Filas con problemas omitidas
audit-key-values-left-out = Valores omitidos
audit-key-fields-filled = Campos completados
audit-key-backups-hold-until = Las copias de seguridad conservan los datos hasta el
audit-key-data-subject-categories = Categorías de interesados
audit-key-from-conversations = Creada a partir de conversaciones
audit-key-document = Documento
audit-key-sha256 = SHA-256
audit-key-letter = Carta
audit-key-extra-redactions = Nombres también tachados

audit-value-why-asked = A petición de un propietario
audit-value-why-operator-removed = Se eliminó un operador
audit-value-source-person = Del propio interesado
audit-value-source-third-party = De un tercero
audit-value-source-public = De una fuente pública
audit-value-document-report = Informe de acceso
audit-value-document-export = Exportación portable
audit-value-format-csv = CSV
audit-value-format-vcard = vCard
audit-value-format-google = Google Contacts (CSV)
audit-value-format-outlook = Outlook (CSV)
audit-value-format-zip = ZIP
