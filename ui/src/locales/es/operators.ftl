# Los operadores y la apertura de la caja fuerte: «¿Quién es usted?», el kit de recuperación,
# la propia frase de contraseña, Ajustes → Operadores y Ajustes → Su frase de contraseña. Las
# palabras del kit son las del kit impreso (recovery-kit-* en custos-documents).

## La pantalla de desbloqueo

operators-who-are-you = ¿Quién es usted?
operators-first-owner-hint = Esta caja fuerte se creó antes de que los operadores tuvieran su propia frase de contraseña: el nombre que escriba pasará a ser el de su propietario.
operators-forgot = He olvidado mi frase de contraseña

## «He olvidado mi frase de contraseña»

operators-recover-title = Volver a entrar con el kit de recuperación
operators-recover-intro = Un propietario de { $path } introduce el código de recuperación impreso en el kit de recuperación y elige una nueva frase de contraseña.
operators-recover-code = Código de recuperación
operators-recover-code-hint = Tal como está impreso en el kit: mayúsculas y minúsculas son iguales; O y 0 se leen igual, como I, L y 1; los guiones pueden omitirse.
operators-recover-submit = Establecer la nueva frase de contraseña y desbloquear
operators-recover-back = Volver al desbloqueo

## La propia frase de contraseña (tras desbloquear con una frase de contraseña inicial)

operators-choose-title = Elija su propia frase de contraseña
operators-choose-intro = { $name }, la frase de contraseña que recibió solo servía para el primer desbloqueo. Elija la suya antes de continuar: solo usted debe conocerla.
operators-choose-new = Nueva frase de contraseña
operators-choose-submit = Guardar y continuar
operators-choose-lock = Bloquear

## El kit de recuperación

operators-kit-step-title = Imprima su kit de recuperación
operators-kit-step-intro = El kit de recuperación es una página impresa con un código de recuperación. Con él, un propietario que haya olvidado la frase de contraseña puede establecer una nueva.
operators-kit-nobody = Sin la frase de contraseña y sin el kit de recuperación, nadie —ni siquiera los creadores de Custos— puede abrir la caja fuerte.
operators-kit-language = Idioma del kit
operators-kit-save = Guardar el kit de recuperación
operators-kit-continue = Continuar
operators-kit-skip = Omitir por ahora (puede imprimirlo más tarde en Ajustes → Operadores)
operators-kit-title = Kit de recuperación
operators-kit-made = Se imprimió un kit de recuperación para esta caja fuerte.
operators-kit-none = Aún no hay kit de recuperación: imprima uno y guárdelo en un lugar seguro y fuera de línea.
operators-kit-print = Imprimir un kit de recuperación
operators-kit-replaces = Un kit nuevo sustituye al anterior: el código del kit antiguo deja de funcionar. Destruya entonces la hoja antigua.

## Ajustes → Operadores

operators-title = Operadores
operators-intro = Cada persona que trabaja en esta caja fuerte tiene su propia frase de contraseña y un rol. Un propietario puede hacerlo todo; un empleado trabaja con contactos, conversaciones, consentimientos y solicitudes, pero no puede exportar de forma masiva ni cambiar los ajustes de la empresa; solo lectura permite consultar y buscar.
operators-col-name = Nombre
operators-col-role = Rol
operators-col-added = Añadido
operators-col-actions = Acciones
operators-you = usted
operators-must-choose = debe elegir una frase de contraseña
operators-role-of = Rol de { $name }
operators-role-owner = Propietario
operators-role-clerk = Empleado
operators-role-read-only = Solo lectura
operators-role-changed = El rol de { $name } es ahora: { $role }.
operators-add-title = Añadir un operador
operators-add-name = Nombre
operators-first-passphrase = Frase de contraseña inicial
operators-first-passphrase-hint = Entréguela en persona. En el primer desbloqueo, el operador debe elegir su propia frase de contraseña.
operators-add-submit = Añadir el operador
operators-added = Se añadió a { $name }: desbloquea con la frase de contraseña inicial y después elige la suya.
operators-reset = Nueva frase de contraseña…
operators-reset-title = Nueva frase de contraseña inicial para { $name }
operators-reset-intro = Para un operador que olvidó su frase de contraseña: desbloquea con esta y después debe elegir la suya. Su frase de contraseña anterior deja de funcionar.
operators-reset-submit = Establecer la frase de contraseña inicial
operators-reset-done = { $name } desbloquea ahora con la nueva frase de contraseña inicial y después debe elegir la suya.
operators-remove = Eliminar…
operators-remove-title = ¿Eliminar a { $name }?
operators-remove-intro = { $name } ya no podrá abrir la caja fuerte: Custos vuelve a cifrar toda la caja fuerte con una clave nueva, lo que lleva un rato en una caja fuerte grande. Lo que esta persona hizo queda en el registro de auditoría.
operators-remove-backups = Las copias de seguridad hechas antes de la eliminación se siguen abriendo con las frases de contraseña que contenían, incluida la de este operador.
operators-remove-confirm = Eliminar y recifrar
operators-removed = Se eliminó a { $name } y se recifró la caja fuerte.
operators-rekey-progress = Recifrando la caja fuerte: { $percent } %
operators-rekey-busy = Recifrando…
operators-safety-title = Claves
operators-leaked = Creo que se ha filtrado una frase de contraseña
operators-leaked-title = ¿Recifrar la caja fuerte?
operators-leaked-intro = Custos vuelve a cifrar toda la caja fuerte con una clave nueva y la protege con la frase de contraseña de cada operador y con el kit de recuperación. Después cambie la frase de contraseña que pudo verse, o dé a ese operador una nueva frase de contraseña inicial.
operators-leaked-backups = Las copias de seguridad anteriores conservan su clave: se siguen abriendo con las frases de contraseña de entonces.
operators-leaked-confirm = Recifrar la caja fuerte
operators-rekeyed = La caja fuerte se ha recifrado.
operators-key-open = Mostrar la clave de datos
operators-key-title = La clave de datos de la caja fuerte
operators-key-intro = Con esta clave, el archivo de la caja fuerte se abre sin Custos, en el shell de sqlcipher: nunca queda atrapado. Quien tenga la clave y el archivo puede leerlo todo. Mostrarla queda anotado en el registro de auditoría.
operators-key-passphrase = Su frase de contraseña
operators-key-show = Mostrar la clave
operators-key-key = Clave de datos
operators-key-shell = Abra el archivo con
operators-key-pragma = Después escriba
operators-key-copy = Copiar
operators-key-copied = Copiado
operators-key-keep = No guarde la clave junto a la caja fuerte ni la envíe por correo electrónico. Tras recifrar la caja fuerte, esta clave deja de funcionar.
operators-settings-owner-only = El perfil de la empresa, las finalidades, las reglas de conservación, el calendario, las copias de seguridad y los operadores los gestiona un propietario.

## Ajustes → Su frase de contraseña

operators-mine-title = Su frase de contraseña
operators-mine-intro = { $name }, aquí puede cambiar la frase de contraseña con la que desbloquea. Las copias de seguridad anteriores se abren con la frase de contraseña usada entonces.
operators-mine-submit = Cambiar mi frase de contraseña
operators-mine-done = Su frase de contraseña se ha cambiado.
