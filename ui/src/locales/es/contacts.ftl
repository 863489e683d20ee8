# La vista de contactos: la lista, la ficha, el formulario del contacto, la búsqueda, las etiquetas, el historial de la ficha.

## La vista de contactos junto a la lista (ContactsView)

contacts-view-duplicates-label = Posibles duplicados
contacts-view-card-label = Ficha del contacto
contacts-view-choose = Elija un contacto a la izquierda o busque a cualquier persona con Ctrl+K.
# Se muestra una vez, en una caja fuerte nueva sin contactos.
contacts-start-title = Su caja fuerte está lista
contacts-start-encrypted = Todo lo que añada permanece cifrado en este único archivo, en este ordenador.
# $new: el nombre del botón «Nuevo contacto», en negrita; $import: un botón «Importar contactos…».
contacts-start-add = Añada su primer contacto con { $new } (Ctrl+N) o importe una libreta de direcciones — Google Contactos, Outlook, una hoja de cálculo o el archivo vCard de un teléfono: { $import } (Ctrl+I).
# $settings: el nombre de la sección Ajustes (contacts-start-settings-name), en negrita.
contacts-start-settings = En { $settings }, introduzca los datos de su empresa y los fines para los que conserva datos.
contacts-start-settings-name = Ajustes
contacts-start-chats = Guarde los chats junto a la ficha: importe una exportación de WhatsApp o anote una llamada telefónica.
# El botón (y el título del cuadro de diálogo) que añade un contacto.
contacts-new-contact = Nuevo contacto
contacts-import-contacts = Importar contactos…

## La lista de contactos (ContactList)

contacts-list-label = Lista de contactos
# Antes del filtro de estado: «Mostrar [Todos los contactos ▾]».
contacts-list-show = Mostrar
contacts-list-all = Todos los contactos
contacts-list-tag = Etiqueta
contacts-list-tag-title = Solo los contactos con esta etiqueta
contacts-list-any-tag = Cualquier etiqueta
contacts-list-restricted = Limitados
    .title = Los contactos con el tratamiento limitado (congelados) no aparecen en la lista normal
# Cuántos contactos limitados muestra la lista (casilla «Limitados» marcada).
contacts-list-total-restricted =
    { $count ->
        [one] { $count } limitado
       *[other] { $count } limitados
    }
contacts-list-none-restricted = No hay contactos limitados.
# $status: el nombre de un estado, p. ej. «Cliente».
contacts-list-none-restricted-status = No hay contactos limitados con el estado «{ $status }».
contacts-list-show-all = Mostrar todos los contactos
contacts-list-none-tag = No hay contactos con la etiqueta «{ $tag }».
contacts-list-none-yet = Aún no hay contactos — añada el primero (Ctrl+N)
contacts-list-none-yet-hint = Solo el nombre es obligatorio; añada más datos únicamente cuando los necesite.
contacts-list-none-status = No hay contactos con el estado «{ $status }».
# El nombre accesible de la lista.
contacts-list-contacts = Contactos
contacts-list-loading = Cargando contactos…
# Información sobre herramientas de la fecha de una fila.
contacts-list-last-contact = Último contacto
# En una fila, en lugar de la fecha de la última conversación.
contacts-list-no-contact-yet = aún sin contacto

## La ficha del contacto (ContactCard, ContactDetails)

contacts-card-loading = Cargando la ficha…
contacts-card-history = Historial
contacts-card-access-report = Informe de acceso…
contacts-card-lift-restriction = Levantar la limitación…
contacts-card-restrict = Limitar el tratamiento…
contacts-card-erase = Suprimir…
# $source: de dónde proceden los datos, p. ej. «Un tercero: Jan Nowak».
contacts-card-source = Origen: { $source }
# $date: la fecha de la última conversación.
contacts-card-last-contact = Último contacto: { $date }
contacts-card-last-contact-none = Último contacto: ninguno registrado
# $date: el día en que se añadió la ficha.
contacts-card-added = Añadido el { $date }
contacts-card-edit-label = Editar contacto
contacts-card-save = Guardar cambios
# Título del cuadro de diálogo del informe de acceso; $name: el nombre del contacto.
contacts-card-access-report-title = Informe de acceso de { $name }
contacts-details-only-name = Solo se guarda un nombre. Añada detalles con Editar cuando los necesite.
# Un correo, número o dirección marcado como principal; $kind: p. ej. «Trabajo».
contacts-details-primary = { $kind } · principal
# $field: el nombre de un campo, p. ej. «Teléfono».
contacts-details-reveal = Mostrar
    .aria-label = Mostrar { $field }
contacts-details-hide = Ocultar
    .aria-label = Ocultar { $field }
contacts-details-sensitive-hint = Los campos sensibles están enmascarados. Mostrar uno queda anotado en el registro de auditoría, con su nombre.

## El formulario del contacto (ContactFormFields, NewContactDialog, contact-form.ts)

contacts-form-add-email = Añadir una dirección de correo electrónico
contacts-form-add-phone = Añadir un número de teléfono
contacts-form-add-address = Añadir una dirección
contacts-form-source-person = El propio interesado
contacts-form-source-third-party = Un tercero
contacts-form-source-public = Una fuente pública
# Una casilla junto a cada campo; $field: el nombre del campo.
contacts-form-sensitive = Sensible
    .aria-label = Marcar { $field } como sensible (enmascarado hasta que se muestre)
# Bajo un campo enmascarado, que no se puede editar.
contacts-form-masked = Enmascarado.
# $reveal: el botón «Mostrar para editar» (contacts-form-reveal-to-edit).
contacts-form-masked-reveal = Enmascarado. { $reveal } (queda anotado en el registro de auditoría)
contacts-form-reveal-to-edit = Mostrar para editar
# $field: p. ej. «Correo electrónico»; $n: el número de la fila (1, 2…).
contacts-form-point-kind = Tipo: { $field } { $n }
# Marca el correo, número o dirección principal entre varios.
contacts-form-primary = Principal
contacts-form-remove = Quitar
    .aria-label = Quitar { $field } { $n }
contacts-form-status = Estado
contacts-form-tags-placeholder = p. ej. Feria 2026, Boletín
contacts-form-tags-hint = Separe las etiquetas con comas.
contacts-form-source-legend = De dónde proceden los datos
contacts-form-which-third-party = Qué tercero
contacts-form-which-public-source = Qué fuente pública
contacts-form-third-party-placeholder = p. ej. recomendación de Anna Kowalska
contacts-form-public-source-placeholder = p. ej. Registro Mercantil
contacts-form-source-hint = Necesario para las cláusulas informativas (art. 14) y las solicitudes de acceso (art. 15.1.g).
contacts-form-error-name = Introduzca un nombre: es el único campo obligatorio.
contacts-form-error-third-party = Indique el tercero del que proceden los datos.
contacts-form-error-public = Indique la fuente pública de los datos.
contacts-new-hint = Solo el nombre es obligatorio. No guarde más de lo necesario (minimización de datos).
contacts-new-adding = Añadiendo…
contacts-new-add = Añadir contacto

## Las rectificaciones de la ficha (ContactHistory)

contacts-history-title = Rectificaciones
contacts-history-audit-link = Todo el registro de auditoría de este contacto
contacts-history-intro = Quién cambió qué campos y qué contenían antes. Los valores sensibles siguen enmascarados.
contacts-history-none = No hay cambios desde que se añadió la ficha.
# Una entrada: $when es su fecha y hora (en negrita), $operator quién la hizo.
contacts-history-entry = { $when } · { $operator }
# $fields: los nombres de los campos, p. ej. «Correo electrónico, Número de identificación».
contacts-history-changed = { $when } · { $operator } cambió { $fields }
# $card: la ficha fusionada con esta, p. ej. «#12 (Anna Nowak)».
contacts-history-merged = { $when } · { $operator } fusionó { $card } con esta ficha
contacts-history-merged-taking = { $when } · { $operator } fusionó { $card } con esta ficha y tomó { $fields }
# El valor de un campo antes del cambio; $field: su nombre.
contacts-history-before = { $field } antes
contacts-history-masked = (sensible, enmascarado)

## Elegir un contacto (ContactPicker)

# $label: lo que se elige, p. ej. «Contacto»; $name: el nombre del contacto, en negrita; $id: su número.
contacts-picker-chosen = { $label }: { $name } (#{ $id })
contacts-picker-change = Cambiar
contacts-picker-placeholder = Escriba un nombre, un correo o un teléfono
contacts-picker-matches = Contactos coincidentes
contacts-picker-none = Ningún contacto coincide con «{ $query }».

## El menú Importar/Exportar (ContactsMenu)

contacts-menu-button = Importar/Exportar
    .title = Importar y exportar contactos
contacts-menu-label = Importación y exportación
contacts-menu-export = Exportar contactos…
contacts-menu-undo = Deshacer una importación…
# El atajo de teclado junto a «Importar contactos…».
contacts-menu-import-keys = Ctrl+I

## Las etiquetas de la ficha (QuickTags)

contacts-tags-remove = Quitar la etiqueta
    .aria-label = Quitar la etiqueta { $tag }
contacts-tags-new-label = Etiquetas nuevas, separadas por comas
contacts-tags-placeholder = Etiqueta, otra etiqueta
contacts-tags-add = Añadir
# Abre el campo para añadir etiquetas.
contacts-tags-add-button = + Etiqueta

## La búsqueda (SearchBox)

contacts-search-label = Buscar en contactos y conversaciones
# Dos espacios antes del atajo.
contacts-search-placeholder = Buscar en contactos y conversaciones  Ctrl+K
contacts-search-none = No hay resultados para «{ $query }». Pruebe con el principio de una palabra o con menos palabras.
contacts-search-searching = Buscando…
contacts-search-results = Resultados de la búsqueda
# En lugar del fragmento, cuando las palabras coinciden en un campo sensible (enmascarado).
contacts-search-masked-match = coincidencia en un campo enmascarado

contacts-erased-name = Contacto suprimido n.º { $id }
