# Importación de conversaciones desde archivos: correo electrónico (.eml, mbox), exportaciones de
# Telegram, Messenger y del chat del sitio web, asociadas a los contactos (ImportConversationsDialog
# y sus pasos, el menú de contactos, la importación en una ficha), y las direcciones de correo de
# la empresa en Ajustes (StaffAddresses).

## Puntos de entrada

import-conversations-menu = Importar conversaciones…
import-conversations-card-hint = También un correo (.eml, mbox), una exportación de Telegram o Messenger o el archivo CSV de un chat del sitio web: el paso siguiente asocia las personas que contiene a sus contactos.

## Diálogos de archivos del sistema (lib/dialogs.ts)

import-conversations-dialog-files = Elija archivos de conversaciones
import-conversations-dialog-folder = Elija una carpeta de conversaciones
import-conversations-dialog-filter = Conversaciones (correo, chats)
import-conversations-dialog-mail-filter = Correo electrónico (.eml, mbox)
import-conversations-dialog-json-filter = Telegram, Messenger o Custos (.json)
import-conversations-dialog-all-filter = Todos los archivos

## El diálogo

import-conversations-title = Importar conversaciones
import-conversations-steps = Pasos de la importación
import-conversations-step-files = Archivos
import-conversations-step-mapping = Columnas
import-conversations-step-preview = Vista previa
import-conversations-step-importing = Importación
import-conversations-step-summary = Hecho
import-conversations-intro = Correos (archivos .eml, una carpeta con ellos o un archivo mbox de Thunderbird y de la mayoría de programas de correo), una exportación de Telegram o Messenger, o el archivo CSV de un chat del sitio web. Puede elegir varios archivos a la vez. No se guarda nada antes de ver la vista previa, y nada en absoluto si no se puede leer un archivo.
import-conversations-paths-label = Archivos y carpetas, uno por línea
import-conversations-paths-hint = Elíjalos abajo o pegue sus rutas.
import-conversations-choose-files = Elegir archivos…
import-conversations-choose-folder = Elegir una carpeta…
import-conversations-choose-first = Elija primero al menos un archivo o una carpeta.
import-conversations-no-files = La carpeta no contiene archivos de conversaciones que Custos pueda leer.
import-conversations-reading = Leyendo los archivos…
import-conversations-reading-short = Leyendo…
import-conversations-submit = Importar

## El formato de un archivo, tal como lo nombra la vista previa

import-conversations-format-whatsapp = chat de WhatsApp
import-conversations-format-json = transcripción de Custos
import-conversations-format-eml = correo electrónico
import-conversations-format-mbox = buzón (mbox)
import-conversations-format-telegram = exportación de Telegram
import-conversations-format-messenger = exportación de Messenger
import-conversations-format-csv = chat del sitio web (CSV)
# $name: el nombre del archivo; $format: qué es, p. ej. «exportación de Telegram».
import-conversations-file = { $name } ({ $format })

## Las columnas del archivo CSV de un chat del sitio web (ConversationsMappingStep)

# $file: el nombre del archivo; $rows: sus filas.
import-conversations-mapping-intro =
    { $rows ->
        [one] { $file } tiene { $rows } fila. Indique qué contiene cada columna; las primeras filas se muestran bajo las columnas.
       *[other] { $file } tiene { $rows } filas. Indique qué contiene cada columna; las primeras filas se muestran bajo las columnas.
    }
# $fields: lo que falta, p. ej. «la hora y el texto».
import-conversations-mapping-missing = Falta indicar: { $fields }.
import-conversations-gap-time = la hora
import-conversations-gap-sender = el remitente
import-conversations-gap-text = el texto
# $n: el número de una columna sin nombre.
import-conversations-column-n = Columna { $n }
# $column: el nombre de la columna.
import-conversations-column-field = Contenido de la columna «{ $column }»
import-conversations-field-ignore = No se importa
import-conversations-field-time = Fecha y hora
import-conversations-field-date = Fecha
import-conversations-field-clock = Hora
import-conversations-field-sender = Nombre del remitente
import-conversations-field-sender-email = Correo del remitente
import-conversations-field-role = Función del remitente (visitante, agente)
import-conversations-field-text = Texto del mensaje
import-conversations-field-conversation = Identificador de la conversación
import-conversations-field-message-id = Identificador del mensaje

## La vista previa (ConversationsPreviewStep)

# Los números de los archivos leídos. $files: archivos; $threads: hilos de correo y chats;
# $messages: mensajes; $skipped: mensajes no importados (de servicio, llamadas, vacíos);
# $undated: correos sin fecha.
import-conversations-counts =
    { $files ->
        [one] { $files } archivo
       *[other] { $files } archivos
    }: { $threads ->
        [one] { $threads } hilo
       *[other] { $threads } hilos
    }, { $messages ->
        [one] { $messages } mensaje
       *[other] { $messages } mensajes
    }, { $skipped } omitidos (mensajes de servicio, llamadas, vacíos), { $undated } sin fecha.
# $count: los archivos adjuntos a los mensajes.
import-conversations-attachments =
    { $count ->
        [one] { $count } adjunto: se registran su nombre y su tamaño, su contenido no se guarda.
       *[other] { $count } adjuntos: se registran sus nombres y tamaños, su contenido no se guarda.
    }
# $count: las personas nombradas en los archivos.
import-conversations-people-title =
    { $count ->
        [one] { $count } persona en los archivos
       *[other] { $count } personas en los archivos
    }
import-conversations-people-hint = Para cada persona que no está en sus contactos, elija: asociar a un contacto, crear un cliente potencial, marcar como de su empresa u omitir. No se crea nada sin su elección: una persona omitida no recibe ficha, y sus mensajes solo se conservan donde escribió con un contacto.
import-conversations-col-person = Persona
import-conversations-col-messages = Mensajes
import-conversations-col-matched = Reconocida como
import-conversations-col-choice = Su elección
# $sent: mensajes enviados por la persona; $received: mensajes dirigidos a ella.
import-conversations-sent-received = { $sent } enviados, { $received } recibidos
# $name: el nombre del contacto en la ficha.
import-conversations-known-contact-address = { $name } (por la dirección de correo)
import-conversations-known-contact-name = { $name } (por el nombre)
import-conversations-known-restricted = { $name } — limitado: no se añade nada a la ficha
import-conversations-known-staff = Su empresa
import-conversations-known-unknown = No está en sus contactos
# $count: fichas con el mismo nombre o dirección.
import-conversations-known-candidates =
    { $count ->
        [one] { $count } ficha con este nombre
       *[other] { $count } fichas con este nombre
    }
# $name: la persona.
import-conversations-choice-label = Qué hacer con { $name }
import-conversations-choice-skip = Omitir
# $name, $id: una ficha con el mismo nombre.
import-conversations-choice-candidate = Asociar a { $name } (n.º { $id })
# $name: la ficha a la que está asociada la persona.
import-conversations-choice-attached = Asociar a { $name }
import-conversations-choice-attach = Asociar a un contacto…
import-conversations-choice-lead = Crear un cliente potencial
import-conversations-choice-staff = Su empresa (personal)
import-conversations-choice-none = —
# $name: la persona.
import-conversations-attach-to = Contacto para { $name }
# $count: conversaciones que la importación crea o completa.
import-conversations-planned-title =
    { $count ->
        [one] { $count } conversación para importar
       *[other] { $count } conversaciones para importar
    }
import-conversations-planned-none = No se importaría ninguna conversación: nadie de los archivos es todavía un contacto. Asocie personas a contactos o cree clientes potenciales arriba.
# $count: hilos en los que nadie es un contacto.
import-conversations-unassigned =
    { $count ->
        [one] { $count } hilo no afecta a ninguno de sus contactos: no se importa.
       *[other] { $count } hilos no afectan a ninguno de sus contactos: no se importan.
    }
import-conversations-col-card = Ficha
import-conversations-col-title = Conversación
import-conversations-col-new = Mensajes nuevos
import-conversations-col-already = Ya guardados
import-conversations-new-lead = nuevo cliente potencial

## La importación y el resumen

# $count: los archivos que se importan.
import-conversations-running =
    { $count ->
        [one] Importando { $count } archivo…
       *[other] Importando { $count } archivos…
    }
import-conversations-progress-label = Progreso de la importación
# $done, $total: mensajes escritos hasta ahora y en total; $percent: el progreso en porcentaje.
import-conversations-progress = { $done } de { $total } mensajes ({ $percent } %)
# $created: conversaciones nuevas; $extended: conversaciones de una importación anterior
# completadas; $messages: mensajes añadidos.
import-conversations-summary = Importado: { $created ->
        [one] { $created } conversación nueva
       *[other] { $created } conversaciones nuevas
    }, { $extended } completadas, { $messages ->
        [one] { $messages } mensaje
       *[other] { $messages } mensajes
    }.
# $count: mensajes que la bóveda ya tenía.
import-conversations-summary-duplicates =
    { $count ->
        [one] { $count } mensaje ya estaba guardado y no se ha añadido de nuevo.
       *[other] { $count } mensajes ya estaban guardados y no se han añadido de nuevo.
    }
import-conversations-summary-skipped =
    { $count ->
        [one] { $count } mensaje omitido (de servicio, una llamada o vacío).
       *[other] { $count } mensajes omitidos (de servicio, llamadas o vacíos).
    }
import-conversations-summary-undated =
    { $count ->
        [one] { $count } correo no tenía fecha: tomó la hora del mensaje anterior.
       *[other] { $count } correos no tenían fecha: cada uno tomó la hora del mensaje anterior.
    }
import-conversations-summary-unassigned =
    { $count ->
        [one] { $count } hilo no afectaba a ninguno de sus contactos y no se ha importado.
       *[other] { $count } hilos no afectaban a ninguno de sus contactos y no se han importado.
    }
import-conversations-summary-attachments =
    { $count ->
        [one] { $count } adjunto: se registraron su nombre y su tamaño, su contenido no se guardó.
       *[other] { $count } adjuntos: se registraron sus nombres y tamaños, su contenido no se guardó.
    }
# $count: clientes potenciales creados; siguen sus nombres, cada uno un enlace a la ficha.
import-conversations-summary-leads =
    { $count ->
        [one] { $count } cliente potencial creado (la fuente son los propios mensajes de la persona):
       *[other] { $count } clientes potenciales creados (la fuente son, en cada caso, los propios mensajes de la persona):
    }

## Ajustes: las direcciones de correo de la empresa (StaffAddresses)

import-conversations-staff-title = Direcciones de correo de su empresa
import-conversations-staff-intro = Al importar correos, un mensaje enviado desde o hacia una de estas direcciones es de su empresa (personal), no de un contacto.
import-conversations-staff-label = Direcciones, una por línea
import-conversations-staff-hint = Déjelo vacío para usar la dirección de correo del perfil de la empresa.
# $addresses: la dirección de correo del perfil de la empresa.
import-conversations-staff-from-profile = Ninguna definida: se usa la dirección del perfil de la empresa ({ $addresses }).
import-conversations-staff-none = Ninguna definida, y el perfil de la empresa no tiene dirección de correo: ningún correo se considera de su empresa.
import-conversations-staff-save = Guardar direcciones
