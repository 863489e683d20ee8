common-cancel = Cancelar
common-close = Cerrar
common-save = Guardar
common-saving = Guardando…
common-delete = Eliminar
common-edit = Editar
common-back = Atrás
common-next = Siguiente
common-done = Hecho
common-retry = Reintentar
common-loading = Cargando…
common-yes = Sí
common-no = No
common-none = Ninguno
common-optional = opcional
common-required = obligatorio
common-choose-file = Elegir archivo…
common-show = Mostrar
common-hide = Ocultar

count-contacts =
    { $count ->
        [one] { $count } contacto
       *[other] { $count } contactos
    }
count-messages =
    { $count ->
        [one] { $count } mensaje
       *[other] { $count } mensajes
    }
count-requests =
    { $count ->
        [one] { $count } solicitud
       *[other] { $count } solicitudes
    }
count-days =
    { $count ->
        [one] { $count } día
       *[other] { $count } días
    }
