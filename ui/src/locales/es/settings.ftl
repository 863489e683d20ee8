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
