# Ajustes: preferencias, perfil de la empresa, días laborables (festivos y días de cierre) y
# comprobación de la integridad de la caja fuerte.

settings-title = Ajustes
settings-saved = Guardado.

## Preferencias

settings-preferences-title = Preferencias
settings-auto-lock = Bloquear tras estos minutos de inactividad
settings-auto-lock-hint = De 1 a 240. La caja fuerte se bloquea sola y borra la pantalla.
settings-auto-lock-invalid = El bloqueo automático requiere un número entero de minutos entre 1 y 240.
settings-operator-hint = Figura en el registro de auditoría a partir del próximo desbloqueo.
settings-operator-missing = Escriba su nombre: se registra con cada cambio.
settings-preferences-save = Guardar preferencias

## Perfil de la empresa

settings-company-title = Perfil de la empresa
settings-company-intro = Quién es responsable de los datos (el { -controller }). Las cláusulas informativas y los informes empiezan por aquí.
settings-company-name = Nombre de la empresa ({ -controller })
settings-company-country = País
settings-company-country-hint = Código de 2 letras, p. ej. ES
settings-company-address = Dirección
settings-company-email = Correo electrónico
settings-company-phone = Teléfono
settings-company-dpo-name = Delegado de protección de datos
settings-company-dpo-name-hint = Si ha designado uno
settings-company-dpo-contact = Contacto del DPD
settings-company-authority-name = Autoridad de control
settings-company-authority-name-hint = Necesaria para las cláusulas informativas, p. ej. AEPD
settings-company-authority-contact = Contacto de la autoridad
settings-company-authority-contact-hint = Necesario para las cláusulas informativas: dirección o sitio web
settings-company-name-missing = Escriba el nombre de la empresa: es el { -controller } que figura en cada documento.
settings-company-save = Guardar perfil de la empresa

## Días laborables

settings-working-days-title = Días laborables
settings-holidays = Festivos
settings-year = Año
settings-holidays-none = Ninguno contabilizado.
settings-closure-days = Días de cierre
settings-closure-days-none = No se han añadido días de cierre.
settings-closure-remove = Eliminar
settings-closure-keep = Conservar
settings-closure-remove-ask = Eliminar…
settings-closure-remove-label = Eliminar { $day }
settings-closure-day = Cerrado el
settings-closure-reason = Motivo (opcional)
settings-closure-reason-placeholder = p. ej. entre Navidad y Año Nuevo
settings-closure-add = Añadir día de cierre

## Integridad de la caja fuerte

settings-integrity-title = Integridad de la caja fuerte
settings-integrity-intro = Lee toda la caja fuerte y comprueba que nada esté dañado. Ejecútelo después de restaurar una copia de seguridad.
settings-integrity-checking = Comprobando…
settings-integrity-check = Comprobar la integridad
settings-integrity-ok = No se han encontrado problemas.
settings-integrity-problems =
    { $count ->
        [one] Se ha encontrado { $count } problema
       *[other] Se han encontrado { $count } problemas
    }. Restaure la caja fuerte desde una copia de seguridad antes de cambiar nada.

settings-integrity-page-mac = La página { $page } no coincide con su suma de comprobación: se modificó en el disco o se escribió mal.
settings-integrity-page-damaged = La página { $page } está dañada.
settings-integrity-page-never-used = La página { $page } no la usa nada.
settings-integrity-page-used-twice = La página { $page } se usa dos veces.
settings-integrity-row-missing-from-index = Falta la fila { $row } en el índice { $index }.
settings-integrity-index-entry-count = El índice { $index } tiene un número de entradas erróneo.
settings-integrity-index-not-unique = El índice { $index } contiene dos veces la misma entrada.
settings-integrity-freelist-size =
    La lista de páginas libres indica { $found ->
        [one] { $found } página
       *[other] { $found } páginas
    }, pero contiene { $expected }.
settings-integrity-freelist-damaged = La lista de páginas libres está dañada.
settings-integrity-technical = Detalles técnicos para el soporte
