# Conservación: las reglas de Ajustes → Conservación, la vista «Requiere atención» (contactos
# cuyo plazo de conservación ha vencido), la limpieza de varios contactos a la vez y la
# conservación de un contacto con un motivo.

## Lo que una regla vuelve pendiente (códigos del núcleo)

retention-action-erase = Suprimir
retention-action-delete-transcripts = Eliminar transcripciones

## Plazos

retention-unit-days = días
retention-unit-months = meses
retention-unit-years = años
retention-count-months =
    { $count ->
        [one] { $count } mes
       *[other] { $count } meses
    }
retention-count-years =
    { $count ->
        [one] { $count } año
       *[other] { $count } años
    }
retention-period-error =
    Indique un número entero de { $unit ->
        [days] días
        [months] meses
       *[years] años
    }.

## Una regla en una frase

retention-rule-erase = { $status }: suprimir { $period } después del último contacto
retention-rule-erase-kept = { $status }: suprimir { $period } después del último contacto (conservado para «{ $purpose }»)
retention-rule-delete-transcripts = { $status }: eliminar transcripciones { $period } después del último contacto
retention-rule-delete-transcripts-kept = { $status }: eliminar transcripciones { $period } después del último contacto (conservado para «{ $purpose }»)

## Ajustes → Conservación

retention-title = Conservación
retention-add-rule = Añadir regla
retention-intro = Cuánto tiempo se conservan los contactos y sus transcripciones después del último contacto. Cuando vence un plazo, el contacto aparece en Requiere atención. Una regla que indica un fin (por ejemplo, la obligación legal de conservar las facturas) puede alargar el plazo: prevalece la regla más larga para cada estado.
retention-form-status = Contactos con estado
retention-form-action = Acción pendiente
retention-form-period = Tiempo tras el último contacto
retention-form-unit = Unidad
retention-form-purpose = Por el fin
retention-form-no-purpose = — regla propia del estado —
retention-save-rule = Guardar regla
retention-empty = No hay reglas de conservación: nunca se marcará nada. Añada una regla, p. ej. suprimir los clientes potenciales 12 meses después del último contacto.
retention-column-status = Estado
retention-column-action = Acción
retention-column-period = Tras
retention-column-purpose = Por
retention-column-actions = Acciones
retention-remove-question = ¿Quitar esta regla?
retention-remove = Quitar
retention-remove-keep = Mantener
retention-remove-ask = Quitar…
retention-change-period = Cambiar plazo
retention-preview-erase =
    Con { $period }, hoy se marcarían para supresión: { $contacts ->
        [one] { $contacts } contacto
       *[other] { $contacts } contactos
    } con { $transcripts ->
        [one] { $transcripts } transcripción
       *[other] { $transcripts } transcripciones
    } ({ $status }) — ahora { $currentContacts ->
        [one] { $currentContacts } contacto
       *[other] { $currentContacts } contactos
    } con { $currentTranscripts ->
        [one] { $currentTranscripts } transcripción
       *[other] { $currentTranscripts } transcripciones
    }.
retention-preview-delete-transcripts =
    Con { $period }, hoy se marcarían para eliminar sus transcripciones: { $contacts ->
        [one] { $contacts } contacto
       *[other] { $contacts } contactos
    } con { $transcripts ->
        [one] { $transcripts } transcripción
       *[other] { $transcripts } transcripciones
    } ({ $status }) — ahora { $currentContacts ->
        [one] { $currentContacts } contacto
       *[other] { $currentContacts } contactos
    } con { $currentTranscripts ->
        [one] { $currentTranscripts } transcripción
       *[other] { $currentTranscripts } transcripciones
    }.

## Requiere atención

attention-title = Requiere atención
attention-intro = Contactos cuyo { -retention-period } ha vencido, según las reglas de Ajustes → Conservación. No se elimina nada hasta que usted lo decida; cada paso queda registrado en el registro de auditoría.
attention-loading = Comprobando los plazos de conservación…
attention-empty = Nada requiere atención.
attention-empty-hint = Cuando un contacto lleva sin actividad más tiempo del que permite una regla de conservación, aparece aquí con lo que hay que hacer. Las reglas están en { $settings }.
attention-empty-settings = Ajustes
retention-group-erase-title = Pendientes de supresión
retention-group-erase-hint = Su { -retention-period } ha vencido por completo: suprímalos o consérvelos con un motivo hasta una fecha de revisión.
retention-group-delete-transcripts-title = Transcripciones pendientes de eliminar
retention-group-delete-transcripts-hint = Sus chats se conservan más tiempo del necesario. Anote en la ficha lo importante y después elimine las transcripciones.
attention-select-all = Seleccionar todos los mostrados
attention-bulk-erase =
    { $count ->
        [one] Suprimir { $count } seleccionado…
       *[other] Suprimir { $count } seleccionados…
    }
attention-bulk-delete-transcripts =
    { $count ->
        [one] Eliminar transcripciones de { $count } seleccionado…
       *[other] Eliminar transcripciones de { $count } seleccionados…
    }
attention-select = Seleccionar a { $name }
retention-due-today = vence hoy
retention-overdue =
    { $days ->
        [one] { $days } día de retraso
       *[other] { $days } días de retraso
    }
attention-no-contact-since = Sin contacto desde el { $date }
attention-never-contacted = Añadido el { $date }, nunca contactado
attention-conversations =
    { $count ->
        [one] { $count } conversación
       *[other] { $count } conversaciones
    }
attention-delete-transcripts = Eliminar transcripciones…
attention-erase = Suprimir…
attention-keep = Conservar…
attention-show-more =
    { $count ->
        [one] Mostrar más ({ $count } sin mostrar)
       *[other] Mostrar más ({ $count } sin mostrar)
    }
attention-done-delete-transcripts =
    { $count ->
        [one] Se ha eliminado { $count } conversación de { $name }.
       *[other] Se han eliminado { $count } conversaciones de { $name }.
    }
attention-done-delete-transcripts-note =
    { $count ->
        [one] Se ha eliminado { $count } conversación de { $name }; su nota está en la ficha.
       *[other] Se han eliminado { $count } conversaciones de { $name }; su nota está en la ficha.
    }
attention-done-erase = Se ha suprimido a { $name }.
attention-done-keep = { $name } se conserva hasta el { $date }.
attention-done-cleanup = Limpieza terminada: cada paso figura en el registro de auditoría.

## Limpieza de varios contactos a la vez

retention-cleanup-question-erase =
    ¿Suprimir definitivamente { $contacts ->
        [one] { $contacts } contacto
       *[other] { $contacts } contactos
    }, con { $conversations ->
        [one] { $conversations } conversación
       *[other] { $conversations } conversaciones
    }?
retention-cleanup-question-delete-transcripts =
    ¿Eliminar { $conversations ->
        [one] { $conversations } conversación
       *[other] { $conversations } conversaciones
    } de { $contacts ->
        [one] { $contacts } contacto
       *[other] { $contacts } contactos
    }, con todos sus mensajes?
retention-cleanup-warning-erase = Cada contacto de la lista se suprime definitivamente (art. 17 { -gdpr }): nombre, datos de contacto, notas y todas las conversaciones. Cada paso queda registrado en el registro de auditoría.
retention-cleanup-warning-delete-transcripts = Todas las conversaciones de cada contacto de la lista se eliminan definitivamente, con todos sus mensajes. Las fichas se mantienen. Cada paso queda registrado en el registro de auditoría.
retention-cleanup-list = Lo que se eliminará
retention-cleanup-column-contact = Contacto
retention-cleanup-column-status = Estado
retention-cleanup-column-conversations = Conversaciones
retention-cleanup-type =
    { $count ->
        [one] Escriba { $word } para suprimir este contacto
       *[other] Escriba { $word } para suprimir estos { $count } contactos
    }
retention-cleanup-progress = { $done } de { $total } hechos…
retention-cleanup-working = Procesando…
retention-cleanup-submit-erase =
    { $count ->
        [one] Suprimir { $count } contacto
       *[other] Suprimir { $count } contactos
    }
retention-cleanup-submit-delete-transcripts = Eliminar sus transcripciones
retention-cleanup-result-erase =
    { $contacts ->
        [one] Suprimido { $contacts } contacto
       *[other] Suprimidos { $contacts } contactos
    }, { $messages ->
        [one] { $messages } mensaje eliminado
       *[other] { $messages } mensajes eliminados
    }{ $failed ->
        [0] {""}
       *[other] ; { $failed } { $failed ->
            [one] no se pudo procesar
           *[other] no se pudieron procesar
        } (lista abajo)
    }{ $skipped ->
        [0] {""}
       *[other] ; { $skipped } sin intentar
    }.
retention-cleanup-result-delete-transcripts =
    { $conversations ->
        [one] Eliminada { $conversations } conversación
       *[other] Eliminadas { $conversations } conversaciones
    } de { $contacts ->
        [one] { $contacts } contacto
       *[other] { $contacts } contactos
    }, { $messages ->
        [one] { $messages } mensaje eliminado
       *[other] { $messages } mensajes eliminados
    }{ $failed ->
        [0] {""}
       *[other] ; { $failed } { $failed ->
            [one] no se pudo procesar
           *[other] no se pudieron procesar
        } (lista abajo)
    }{ $skipped ->
        [0] {""}
       *[other] ; { $skipped } sin intentar
    }.

## Conservar un contacto con un motivo

retention-keep-title = Conservar a { $name }
retention-keep-hint = El aviso desaparece hasta la fecha de revisión y vuelve entonces. Su motivo y la fecha quedan en el registro de auditoría.
retention-keep-reason = ¿Por qué se conserva este contacto?
retention-keep-reason-placeholder = p. ej. Pidió que le llamáramos por el curso de primavera
retention-keep-review = Revisar de nuevo el
retention-keep-submit = Conservar hasta la fecha de revisión
retention-keep-error-reason = Indique por qué se conserva el contacto: el motivo queda en el registro de auditoría.
retention-keep-error-date = Elija la fecha en la que revisar de nuevo este contacto.
retention-keep-error-past = La fecha de revisión debe ser posterior a hoy.
