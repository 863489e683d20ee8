# Las conversaciones de una ficha: la lista, añadir una a mano, importar la exportación de un
# chat, eliminar las transcripciones.

## En la ficha (ContactCard, ConversationItem)

conversations-title = Conversaciones
conversations-add = Añadir conversación
conversations-import = Importar exportación de chat
conversations-none = Aún no hay conversaciones. Anote una llamada o una reunión, o importe la exportación de un chat de WhatsApp: se guarda junto a la ficha y, al registrarla, se actualiza la fecha del último contacto.
# $count: los mensajes de la conversación; $origin: cómo llegó, p. ej. «importada de WhatsApp».
conversations-item-meta =
    { $count ->
        [one] { $count } mensaje, { $origin }
       *[other] { $count } mensajes, { $origin }
    }
# $ref: la referencia introducida, p. ej. un número de incidencia.
conversations-item-ref = Ref. { $ref }
conversations-item-loading = Cargando mensajes…
conversations-item-empty = No se registró ningún mensaje en esta conversación.
# $names: los demás destinatarios de un correo (Para y Cc), como lista.
conversations-item-to = Para: { $names }
conversations-item-show-quoted = Mostrar el texto citado
conversations-item-hide-quoted = Ocultar el texto citado
conversations-item-attachments = Adjuntos (solo los nombres: su contenido no se guarda)
# $name: el nombre del archivo adjunto; $size: su tamaño, p. ej. «47 kB».
conversations-item-attachment = { $name } ({ $size })

## Añadir una conversación a mano (AddConversation, conversation-form.ts)

conversations-add-title = Añadir una conversación
conversations-add-channel = Canal
# La fecha y la hora de la conversación.
conversations-add-when = Cuándo
conversations-add-reference = Referencia
conversations-add-reference-placeholder = p. ej. número de incidencia o ID del correo
# $n: el número del mensaje en el formulario (1, 2…); sigue el contacto, «Personal» u «Otra persona».
conversations-add-message-from = Mensaje { $n } de
conversations-add-staff = Personal
conversations-add-someone-else = Otra persona
conversations-add-name = Nombre
conversations-add-text = Texto
conversations-add-remove = Quitar
    .aria-label = Quitar el mensaje { $n }
conversations-add-another = Añadir otro mensaje
conversations-add-save = Guardar conversación
conversations-error-when = Introduzca la fecha y la hora de la conversación.
conversations-error-no-message = Escriba al menos un mensaje, p. ej. una nota breve de lo que se dijo.
# $n: el número del mensaje en el formulario.
conversations-error-unnamed = Mensaje { $n }: indique quién lo escribió.

## Importar la exportación de un chat (ImportPanel)

conversations-import-title = Importar la exportación de un chat
# «Exportar chat» es la opción de menú de WhatsApp en español.
conversations-import-intro = Un archivo .txt de «Exportar chat» de WhatsApp (sin archivos multimedia) o una transcripción de Custos en formato .json. No se importa nada si alguna línea no se puede leer.
conversations-import-file = Archivo exportado
conversations-import-choose-first = Elija primero el archivo de exportación del chat.
# $name: el nombre del contacto.
conversations-import-sender = Nombre de { $name } en el chat
conversations-import-sender-ask = Escriba el remitente que corresponde al contacto exactamente como aparece en el mensaje de arriba y vuelva a importar.
conversations-import-sender-hint = Solo es necesario si difiere del nombre de la ficha.
conversations-import-staff = Nombres del personal
conversations-import-staff-hint = (separados por comas)
conversations-import-staff-placeholder = p. ej. Marta, Piotr
conversations-import-others = Los demás remitentes se guardan como terceros.
conversations-import-progress-label = Progreso de la importación
# $done: los mensajes leídos hasta ahora; $total: todos.
conversations-import-progress =
    { $total ->
        [one] { $done } de { $total } mensaje
       *[other] { $done } de { $total } mensajes
    }
conversations-import-reading = Leyendo el archivo…
conversations-import-importing = Importando…
conversations-import-submit = Importar

## Eliminar las transcripciones de un contacto (DeleteTranscriptsDialog)

# $name: el nombre del contacto.
conversations-delete-title = ¿Eliminar las transcripciones de { $name }?
# $count: cuántas conversaciones.
conversations-delete-warning =
    { $count ->
        [one] { $count } conversación y todos sus mensajes se eliminarán definitivamente, junto con sus entradas en el índice de búsqueda. La ficha se conserva.
       *[other] { $count } conversaciones y todos sus mensajes se eliminarán definitivamente, junto con sus entradas en el índice de búsqueda. La ficha se conserva.
    }
conversations-delete-note = Primero, anote lo que desea conservar
conversations-delete-note-hint = (opcional, se añade a las notas de la ficha)
conversations-delete-note-placeholder = p. ej. Interesada en el curso de Excel, 3 plazas, presupuesto aprobado para el primer trimestre
conversations-delete-deleting = Eliminando…
conversations-delete-submit = Eliminar transcripciones
