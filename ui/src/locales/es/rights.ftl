# Derechos del interesado en la ficha del contacto: limitación del tratamiento (art. 18) y
# supresión (art. 17), la ventana del motivo y los documentos.

## Por qué no se puede cambiar una ficha

rights-frozen-erased = Suprimido el { $date }: ya no se puede registrar ni cambiar nada.
rights-frozen-restricted = El tratamiento está limitado desde el { $date } ({ $reason }). Levante la limitación para hacer cambios.
rights-erase-blocked-erased = Este contacto ya está suprimido.
rights-erase-blocked-restricted = Un contacto con el tratamiento limitado no se puede suprimir: sus datos pueden ser necesarios para una reclamación. Levante primero la limitación.
rights-reason-missing = Indique el motivo: se conserva en el registro de auditoría.

## Qué elimina la supresión y qué conserva

rights-erase-removes-1 = el nombre — la ficha pasa a llamarse «Contacto suprimido n.º …»
rights-erase-removes-2 = todos los datos de contacto (correo electrónico, teléfono, organización, dirección, número de documento) y las notas
rights-erase-removes-3 = las marcas de campos sensibles
rights-erase-removes-4 = todas las conversaciones y mensajes, y sus entradas en el índice de búsqueda
rights-erase-removes-5 = las referencias a pruebas de { -consent } y de oposición (pueden nombrar a la persona)
rights-erase-removes-6 = los detalles de las entradas de auditoría que contenían sus datos (valores anteriores de las correcciones, motivos de limitación)
rights-erase-keeps-1 = el número del contacto, su estado en el ciclo de vida y el tipo de fuente de los datos
rights-erase-keeps-2 = cuándo se creó la ficha y cuándo fue el último contacto
rights-erase-keeps-3 = el historial de consentimientos y oposiciones (qué, cuándo, cómo — sin pruebas)
rights-erase-keeps-4 = que se hizo la supresión, cuándo y quién (en el registro de auditoría)
rights-list-separator = { "; " }

## El resultado de una supresión

rights-erased-conversations =
    { $conversations ->
        [one] { $conversations } conversación eliminada
       *[other] { $conversations } conversaciones eliminadas
    }, con { $messages ->
        [one] { $messages } mensaje
       *[other] { $messages } mensajes
    }
rights-erased-evidence =
    { $count ->
        [one] { $count } referencia a pruebas borrada
       *[other] { $count } referencias a pruebas borradas
    }
rights-erased-audit =
    { $count ->
        [one] { $count } entrada de auditoría anonimizada
       *[other] { $count } entradas de auditoría anonimizadas
    }
rights-erased-log-emptied = Registro de escritura anticipada (WAL) vaciado: no queda nada legible de sus datos en el archivo.
rights-erased-log-later = El registro de escritura anticipada (WAL) no se ha podido vaciar ahora (otro programa tiene abierta la caja fuerte); se vaciará la próxima vez que se bloquee la caja fuerte.

## El aviso de la ficha: suprimida o limitada

rights-tombstone-title = Suprimido el { $date }
rights-tombstone-text = Los datos que identifican a la persona se han eliminado de la caja fuerte. Solo quedan datos comerciales no identificativos: { $kept }.
rights-erasure-done = Supresión realizada.
rights-frozen-title = Tratamiento limitado desde el { $date }
rights-frozen-reason = Motivo: { $reason }
rights-frozen-hint = Esta ficha está bloqueada: no se puede editar ni suprimir, y no se puede registrar ninguna conversación, importación ni consentimiento. Queda fuera de la lista de contactos, de la búsqueda y de las listas de marketing.
rights-lift-button = Levantar la limitación…

## Ventana de supresión

rights-erase-backups-unknown = Las copias de seguridad anteriores todavía los contienen.
rights-erase-title = ¿Suprimir a { $name }?
rights-erase-warning = La supresión (art. 17 del { -gdpr }) no se puede deshacer: los datos se sobrescriben en el archivo de la caja fuerte, en su registro y en su índice de búsqueda.
rights-erase-removes-title = Eliminado definitivamente
rights-erase-keeps-title = Conservado, sin nada que identifique a la persona
# The word typed (in capitals) instead of the contact's name to confirm an erasure.
rights-erase-word = BORRAR
rights-erase-confirm-word = Escriba { $word } para confirmar
rights-erase-confirm-name = Escriba el nombre del contacto ({ $name }) o { $word } para confirmar
rights-erase-busy = Suprimiendo…
rights-erase-submit = Suprimir definitivamente

## Limitar el tratamiento / levantar la limitación

rights-restrict-title = Limitar el tratamiento: { $name }
rights-lift-title = Levantar la limitación: { $name }
rights-restrict-hint = La ficha se conserva, pero bloqueada (art. 18 del { -gdpr }): no se puede editar, no se puede registrar ninguna conversación, importación ni consentimiento, queda fuera de la lista de contactos, de la búsqueda y de toda lista de marketing, y no se puede suprimir hasta que se levante la limitación. Úsela, por ejemplo, mientras la persona impugna la exactitud de sus datos.
rights-lift-hint = El tratamiento puede reanudarse: la ficha se puede volver a modificar y vuelve a la lista de contactos.
rights-reason-label = Motivo
rights-reason-label-hint = (se conserva en el registro de auditoría)
rights-restrict-example = p. ej., Exactitud impugnada por la persona el 3 de mayo
rights-lift-example = p. ej., Exactitud verificada
rights-restrict-submit = Limitar el tratamiento
rights-lift-submit = Levantar la limitación

## Ventana de documento: los documentos por tipo

document-dialog-kind-record = Registro de actividades de tratamiento (art. 30)
document-dialog-kind-notice = Cláusula informativa (PDF)
document-dialog-kind-notice-html = Cláusula informativa como página web
document-dialog-kind-access-report = Informe de acceso (art. 15)
document-dialog-kind-access-export = Exportación portable (art. 20)
document-dialog-kind-request-letter = Carta al solicitante

## Ventana de documento

document-dialog-size-mb = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
document-dialog-size-kb = { $size } KB
document-dialog-saved =
    Guardado { $path } ({ $pages ->
        [0] { $size }
        [one] { $pages } página, { $size }
       *[other] { $pages } páginas, { $size }
    }).
document-dialog-error-path = Elija dónde guardar el documento.
document-dialog-error-third-party = Indique el tercero del que proceden los datos: una cláusula del art. 14 indica su origen.
document-dialog-error-public-source = Indique la fuente pública de la que proceden los datos (p. ej., un registro): una cláusula del art. 14 la indica.
document-dialog-language = Idioma
document-dialog-format = Formato
document-dialog-save-as = Guardar como
document-dialog-save-as-hint = Se escribe solo ahí. Un archivo existente no se sustituye salvo que marque la casilla de abajo.
document-dialog-source-title = De dónde proceden los { -personal-data }
document-dialog-source-person = Datos obtenidos de la persona (art. 13)
document-dialog-source-other = Datos de otra fuente (art. 14)
document-dialog-source-kind = Fuente
document-dialog-source-third-party = Un tercero
document-dialog-source-public = Una fuente pública
document-dialog-which-third-party = Qué tercero
document-dialog-which-public = Qué fuente pública
document-dialog-third-party-example = p. ej., recomendación de Ana García
document-dialog-public-example = p. ej., Registro Mercantil
document-dialog-source-hint = La cláusula enumera entonces también las categorías de datos e indica la fuente (art. 14).
document-dialog-redact = Ocultar también estos nombres (uno por línea)
document-dialog-redact-example = p. ej., Juan Pérez
document-dialog-redact-hint = Las demás personas nombradas en el informe (conversaciones, notas, solicitudes o pruebas del consentimiento) se ocultan de todos modos si escribieron en las conversaciones o son contactos aquí. Añada a cualquier otra persona que se nombre (un familiar, un compañero): allí donde aparezca su nombre completo, desaparece del informe y de la exportación. Un nombre o un apellido usado solo se mantiene; añádalo en una línea aparte para ocultarlo también.
document-dialog-export-too = Guardar también la exportación portable (ZIP con JSON y CSV, art. 20)
document-dialog-export-as = Guardar la exportación como
document-dialog-replace = Sustituir un archivo existente
document-dialog-open = Abrir
document-dialog-recorded = Registrado en la solicitud n.º { $id } como lo realizado.
document-dialog-busy = Generando…
document-dialog-submit = Generar y guardar

## Ajustes → Documentos

documents-panel-title = Documentos
documents-panel-hint = Se redactan a partir del perfil de la empresa, los fines y las reglas de conservación, en el idioma que elija. Si falta algo que un documento debe contener, Custos indica qué completar en lugar de redactar un documento con lagunas.
documents-panel-notice-button = Cláusula informativa…
documents-panel-record-button = Registro de actividades…
documents-panel-notice-dialog = Cláusula informativa
documents-panel-record-dialog = Registro de actividades de tratamiento
