# The address book: importing contacts (CSV, vCard), exporting them, undoing an import, and
# possible duplicates with the side-by-side comparison and merge.

## Shared

# A line of the imported file, before what the core says about it ($line: its number).
address-book-line = línea { $line }
address-book-undo-import = Deshacer esta importación

## Import wizard (Import/Export → Import contacts…)

address-book-import-title = Importar contactos
address-book-import-steps = Pasos
address-book-import-step-file = Archivo
address-book-import-step-mapping = Columnas
address-book-import-step-options = Origen y estado
address-book-import-step-review = Duplicados
address-book-import-step-importing = Importación
address-book-import-step-summary = Hecho
address-book-import-intro =
    Una exportación de Google Contactos o de Outlook (.csv), una hoja de cálculo guardada como CSV o un archivo vCard (.vcf)
    de un teléfono o de otra libreta de direcciones. No se escribe nada hasta que haya visto quién está ya en Custos.
address-book-import-file-label = Archivo de la libreta de direcciones
address-book-import-choose-file-first = Elija primero el archivo que desea importar.
# $file: the file's name; $detected: what the file is, in the core's words ("vCard file with 3 cards").
address-book-import-detected = { $file }: { $detected }.
address-book-import-source-legend = De dónde proceden los datos
address-book-import-source-hint = Cada ficha que crea la importación registra su origen (art. 14 del { -gdpr }).
address-book-import-source-third-party = De un tercero
address-book-import-source-public = De una fuente pública
address-book-import-source-person = De los propios interesados
address-book-import-source-name-third-party = Qué tercero
address-book-import-source-name-public = Qué fuente pública
address-book-import-status-label = Estado de las fichas nuevas
address-book-import-tag-label = Etiqueta para esta importación
address-book-import-tag-placeholder = p. ej. Feria 2026
address-book-import-tag-hint = Se añade a cada ficha que la importación crea o en la que fusiona datos.
# $file: the file's name.
address-book-import-running = Importando { $file }…
address-book-import-progress-label = Progreso de la importación
# $done rows of $total imported so far; $percent: how far, 0–100.
address-book-import-progress =
    { $done } de { $total ->
        [one] { $total } fila
       *[other] { $total } filas
    } ({ $percent } %)
address-book-import-cancelling-hint = Cancelando: no se escribirá nada.
address-book-import-running-hint = Todo se escribe de una vez al final; Cancelar deja la caja fuerte como estaba.
# What the import did. $file: the file's name; $created new cards, $merged rows merged into
# existing cards, $skipped rows skipped.
address-book-import-summary =
    Importado { $file }: { $created ->
        [one] { $created } ficha nueva
       *[other] { $created } fichas nuevas
    }, { $merged ->
        [one] { $merged } fila fusionada con una ficha
       *[other] { $merged } filas fusionadas con fichas
    }, { $skipped ->
        [one] { $skipped } fila omitida
       *[other] { $skipped } filas omitidas
    }.
# $what: a list of the parts below ("1 e-mail address, phone or address and 2 tags").
address-book-import-added = Las fusiones añadieron { $what }.
address-book-import-added-points =
    { $count ->
        [one] { $count } dirección de correo, teléfono o dirección
       *[other] { $count } direcciones de correo, teléfonos o direcciones
    }
address-book-import-added-tags =
    { $count ->
        [one] { $count } etiqueta
       *[other] { $count } etiquetas
    }
address-book-import-added-values =
    { $count ->
        [one] { $count } valor en campos vacíos
       *[other] { $count } valores en campos vacíos
    }
address-book-import-problems-skipped =
    { $count ->
        [one] Se omitió { $count } fila que no se pudo importar.
       *[other] Se omitieron { $count } filas que no se pudieron importar.
    }
address-book-import-values-left-out =
    { $count ->
        [one] Se omitió { $count } valor de las filas importadas.
       *[other] Se omitieron { $count } valores de las filas importadas.
    }
# Followed by a list of the rows, each with why.
address-book-import-not-merged =
    { $count ->
        [one] { $count } fila no se fusionó:
       *[other] { $count } filas no se fusionaron:
    }
# $line: the row's line in the file; $message: why, in the core's words.
address-book-import-line-note = línea { $line }: { $message }
# $count: cards the undo removed.
address-book-import-undone =
    Se deshizo la importación: { $count ->
        [one] { $count } ficha eliminada
       *[other] { $count } fichas eliminadas
    }.
# The same when the import had also added to existing cards.
address-book-import-undone-more =
    Se deshizo la importación: { $count ->
        [one] { $count } ficha eliminada
       *[other] { $count } fichas eliminadas
    }, y se quitó lo que había añadido a otras fichas.
address-book-import-undo-hint =
    Posible hasta que se cierre Custos, salvo que sus fichas se hayan modificado desde entonces (Importar/Exportar →
    Deshacer una importación… muestra las importaciones de esta sesión).
address-book-import-cancel = Cancelar la importación
address-book-import-cancelling = Cancelando…
address-book-import-submit = Importar
address-book-import-importing = Importando…
address-book-import-check = Buscar duplicados
address-book-import-checking = Comprobando…
address-book-import-reading = Leyendo…

## Import wizard: the columns of a CSV file

# $detected: what the file is, in the core's words; $name: the saved mapping's name.
address-book-mapping-detected-saved = { $detected }. Se ha aplicado la asignación guardada como «{ $name }».
address-book-mapping-detected-guessed = { $detected }. El campo de cada columna se ha deducido de su nombre: revíselos.
# $count: how many columns the file has.
address-book-mapping-columns-title = Columnas del archivo ({ $count })
address-book-mapping-column = Columna
address-book-mapping-first-value = Primer valor
address-book-mapping-imported-as = Se importa como
# A column without a name in the file's header; $n: its position, from 1.
address-book-mapping-column-n = Columna { $n }
# The field list's accessible name; $column: the column's name, or its position.
address-book-mapping-column-field = Campo de la columna { $column }
address-book-mapping-rows-title = Las primeras filas tal como se importarán
address-book-mapping-no-name = Sin nombre
address-book-mapping-reading = Leyendo las primeras filas…
address-book-mapping-save-label = Guardar esta asignación como
address-book-mapping-save-placeholder = p. ej. Hoja de la oficina
address-book-mapping-save = Guardar asignación
# $name: the name the mapping was saved under.
address-book-mapping-saved = Guardada como «{ $name }»: se volverá a usar para archivos con estas columnas.

## The fields a CSV column may be imported as (the list in each column's row)

address-book-csv-field-ignore = No se importa
address-book-csv-field-display-name = Nombre para mostrar
address-book-csv-field-given-name = Nombre de pila
address-book-csv-field-middle-name = Segundo nombre
address-book-csv-field-family-name = Apellidos
address-book-csv-field-organisation = Organización
address-book-csv-field-job-title = Cargo
address-book-csv-field-tags = Etiquetas
address-book-csv-field-notes = Notas
# The kind of e-mail address, phone or address, in brackets after the field: "E-mail (work)".
address-book-csv-label-work = trabajo
address-book-csv-label-home = casa
address-book-csv-label-mobile = móvil
address-book-csv-label-other = otro
# $group: 0 for a file with one e-mail column of each kind, else which one (Google's "E-mail 2");
# $label: one of the kinds above.
address-book-csv-email =
    { $group ->
        [0] Correo electrónico ({ $label })
       *[other] Correo electrónico { $group } ({ $label })
    }
address-book-csv-phone =
    { $group ->
        [0] Teléfono ({ $label })
       *[other] Teléfono { $group } ({ $label })
    }
address-book-csv-address =
    { $group ->
        [0] Dirección ({ $label })
       *[other] Dirección { $group } ({ $label })
    }
# A part of a postal address in a column of its own. $part: one of the parts below.
address-book-csv-address-part =
    { $group ->
        [0] { $part } ({ $label })
       *[other] { $part }, dirección { $group } ({ $label })
    }
address-book-csv-part-street = Calle
address-book-csv-part-postal-code = Código postal
address-book-csv-part-city = Localidad
address-book-csv-part-region = Provincia/región
address-book-csv-part-country = País
# A column that gives the kinds (work, home…) of the e-mail addresses, phones or addresses.
address-book-csv-labels-email =
    { $group ->
        [0] Tipos de las direcciones de correo
       *[other] Tipo del correo { $group }
    }
address-book-csv-labels-phone =
    { $group ->
        [0] Tipos de los números de teléfono
       *[other] Tipo del teléfono { $group }
    }
address-book-csv-labels-address =
    { $group ->
        [0] Tipos de las direcciones postales
       *[other] Tipo de la dirección { $group }
    }

## Import wizard: duplicates and rows that cannot be imported

# The bold part of address-book-review-counts: rows that become new cards.
address-book-review-new =
    { $count ->
        [one] { $count } nueva
       *[other] { $count } nuevas
    }
# $rows: rows in the file; $fresh: address-book-review-new in bold; $duplicates and $problems: counts.
address-book-review-counts =
    { $rows ->
        [one] { $rows } fila
       *[other] { $rows } filas
    } en el archivo: { $fresh }, { $duplicates ->
        [one] { $duplicates } duplicada
       *[other] { $duplicates } duplicadas
    }, { $problems ->
        [one] { $problems } que no se puede importar
       *[other] { $problems } que no se pueden importar
    }.
# $count: rows of the file already in the vault.
address-book-review-duplicates-title = Ya en Custos ({ $count })
address-book-review-decide-all = Para todos los duplicados:
address-book-review-choose = elegir…
address-book-import-decision-merge = Fusionar con la ficha
address-book-import-decision-skip = Omitir
address-book-import-decision-new = Añadir como nueva
address-book-review-merge-hint =
    La fusión solo añade lo que le falta a la ficha (direcciones de correo, teléfonos, etiquetas, campos vacíos) y nunca sobrescribe nada.
address-book-review-col-line = Línea
address-book-review-col-in-file = En el archivo
address-book-review-col-matches = Coincide con
address-book-review-col-because = Motivo
address-book-review-col-decision = Qué hacer
address-book-review-restricted = limitada: no se puede fusionar
# A row that repeats an earlier row of the same file. $line: that row's line; $name: its name.
address-book-review-earlier-row = línea { $line } de este archivo: { $name }
# Why a row is a duplicate, listed after each other.
address-book-review-matched-email = la misma dirección de correo
address-book-review-matched-phone = el mismo número de teléfono
address-book-review-matched-name = el mismo nombre en la misma organización
# The decision list's accessible name. $line: the row's line; $name: its name.
address-book-review-decision-label = Qué hacer con la línea { $line }, { $name }
# Only the first duplicates are listed. $shown: how many are; $rest: how many are not.
address-book-review-more-duplicates = Se muestran los primeros { $shown }; los otros { $rest } siguen la elección para todos los duplicados (fusionar, salvo que elija otra cosa).
# The same after the user chose a decision for every duplicate.
address-book-review-more-duplicates-chosen = Se muestran los primeros { $shown }; los otros { $rest } siguen la elección para todos los duplicados.
address-book-review-no-duplicates = Nadie del archivo está ya en Custos.
# $count: rows that cannot be imported.
address-book-review-problems-title = No se pueden importar ({ $count })
# After a shortened list; $count: the items not listed.
address-book-review-and-more = y { $count } más.
address-book-review-skip-problems =
    { $count ->
        [one] Omitir esta fila e importar el resto
       *[other] Omitir estas { $count } filas e importar el resto
    }
# $count: values of the file that cannot be stored.
address-book-review-warnings-title = Valores omitidos ({ $count })
address-book-review-warnings-hint = Estos valores no se pueden guardar tal como están; el resto de cada fila se importa.

## Export (Import/Export → Export contacts…)

address-book-export-title = Exportar contactos
address-book-export-intro =
    Los contactos activos con sus nombres, organización, direcciones de correo, teléfonos, direcciones postales, etiquetas y notas,
    sin consentimientos, conversaciones ni nada más registrado sobre ellos. Los contactos limitados se excluyen.
address-book-export-format = Formato
address-book-export-format-vcard-hint = para libretas de direcciones y teléfonos
address-book-export-format-csv-hint = para hojas de cálculo
address-book-export-status = Estado
address-book-export-any-status = Cualquier estado
address-book-export-tag = Etiqueta
address-book-export-any-tag = Cualquier etiqueta
# A tag in the list; $name: the tag; $count: the contacts that have it.
address-book-export-tag-option = { $name } ({ $count })
address-book-export-path = Guardar como
address-book-export-path-hint = Nunca se sustituye un archivo existente.
address-book-export-choose-path = Elija dónde guardar el archivo.
# $count: contacts written; $path: the file.
address-book-export-done =
    Se { $count ->
        [one] escribió { $count } contacto
       *[other] escribieron { $count } contactos
    } en { $path }.
address-book-export-submit = Exportar
address-book-export-exporting = Exportando…

## Undo an import (Import/Export → Undo an import…)

address-book-recent-title = Deshacer una importación
address-book-recent-intro = Las libretas de direcciones importadas desde que se inició Custos. Tras un reinicio se quedan como están.
address-book-recent-none = No queda ninguna importación hecha desde que se inició Custos que se pueda deshacer.
# Under the import's source. $date: when it was made (date and time); $count: its cards.
address-book-recent-imported =
    importada el { $date } · { $count ->
        [one] { $count } ficha
       *[other] { $count } fichas
    }
# $date: when the import was made (date and time); $count: cards the undo removed.
address-book-recent-undone =
    Se deshizo la importación del { $date }: { $count ->
        [one] { $count } ficha eliminada
       *[other] { $count } fichas eliminadas
    }.

## Possible duplicates

address-book-duplicates-title = Posibles duplicados
address-book-duplicates-open-hint = Fichas que pueden ser la misma persona: compárelas una junto a otra y fusiónelas
# Read by screen readers after the number of pairs on the button.
address-book-duplicates-pairs-unit =
    { $count ->
        [one] pareja
       *[other] parejas
    }
address-book-duplicates-intro =
    Fichas que comparten una dirección de correo o un número de teléfono, o que tienen el mismo nombre en la misma organización. Compare
    una pareja una junto a otra y fusiónela si es una sola persona; una pareja de dos personas distintas puede quedarse como está.
address-book-duplicates-looking = Buscando posibles duplicados…
address-book-duplicates-none = No hay posibles duplicados: no hay dos fichas que compartan dirección de correo, número de teléfono o nombre en una misma organización.
address-book-duplicates-count =
    { $count ->
        [one] { $count } pareja por revisar. Elija una para compararla.
       *[other] { $count } parejas por revisar. Elija una para compararla.
    }
# A pair's accessible name. $first and $second: "Anna Kowalska (#4)"; $matches: what they share.
address-book-duplicates-pair-label = Comparar { $first } y { $second }. { $matches }
address-book-duplicates-compare = Comparar ›
# What two cards share; $value: the e-mail address or phone number.
address-book-match-email = Misma dirección de correo: { $value }
address-book-match-phone = Mismo número de teléfono: { $value }
address-book-match-name = Mismo nombre en la misma organización
# After a merge. $merged and $kept: the two cards' names (in bold); $mergedId, $keptId: their numbers.
address-book-merged-title = { $merged } (#{ $mergedId }) fusionada con { $kept } (#{ $keptId })
# $id: the kept card's number.
address-book-merged-open = Abrir la ficha (#{ $id })
address-book-merged-dismiss = Ocultar

## What a merge did (the lines under address-book-merged-title). $id: the removed card's number.

# $value: the e-mail address, phone number or postal address; $label: Work, Home, Mobile, Other.
address-book-merged-added-email = Añadida la dirección de correo { $value } ({ $label })
address-book-merged-added-phone = Añadido el número de teléfono { $value } ({ $label })
address-book-merged-added-address = Añadida la dirección postal { $value } ({ $label })
# Another field (not expected); $field: its name within a sentence.
address-book-merged-added-field = Añadido ({ $field }): { $value } ({ $label })
# $fields: the fields, separated by commas.
address-book-merged-filled = Completado: { $fields }
address-book-merged-notes = Las notas de #{ $id } se añadieron después de las de esta ficha
# $tags: the tags, separated by commas.
address-book-merged-tags = Etiquetas añadidas: { $tags }
# $items: the parts below that are not zero, separated by commas.
address-book-merged-moved = Trasladado aquí: { $items }
address-book-merged-moved-conversations =
    { $count ->
        [one] { $count } conversación
       *[other] { $count } conversaciones
    }
address-book-merged-moved-consents =
    { $count ->
        [one] { $count } registro de consentimiento
       *[other] { $count } registros de consentimiento
    }
address-book-merged-moved-objections =
    { $count ->
        [one] { $count } oposición
       *[other] { $count } oposiciones
    }
address-book-merged-moved-requests =
    { $count ->
        [one] { $count } solicitud
       *[other] { $count } solicitudes
    }
address-book-merged-moved-hold = la conservación justificada
address-book-merged-objections-dropped =
    { $count ->
        [one] Se omitió { $count } oposición: ambas fichas se habían opuesto al mismo fin, y se mantiene la oposición anterior
       *[other] Se omitieron { $count } oposiciones: ambas fichas se habían opuesto al mismo fin, y se mantiene la oposición anterior
    }
# $fields: the fields within a sentence (address-book-field-inline-*), separated by commas.
address-book-merged-not-taken = Se mantuvieron los valores propios de esta ficha ({ $fields }): #{ $id } tenía otros valores, que muestra el historial de la ficha
address-book-merged-nothing = #{ $id } no tenía nada que le faltara a esta ficha.
# A card's fields as a sentence names them.
address-book-field-inline-display-name = nombre
address-book-field-inline-given-name = nombre de pila
address-book-field-inline-family-name = apellidos
address-book-field-inline-email = correo electrónico
address-book-field-inline-phone = teléfono
address-book-field-inline-organisation = organización
address-book-field-inline-job-title = cargo
address-book-field-inline-address = dirección
address-book-field-inline-id-number = número de identificación
address-book-field-inline-tags = etiquetas
address-book-field-inline-notes = notas

## Compare and merge (two possible duplicates side by side)

address-book-compare-back = ‹ Todos los posibles duplicados
address-book-compare-title = Comparar y fusionar
address-book-compare-matches = Lo que comparten las dos fichas
address-book-compare-back-to-list = Volver a la lista
address-book-compare-loading = Cargando las dos fichas…
# $card: "Anna Kowalska (#4)".
address-book-compare-keep-label = Conservar { $card }
address-book-compare-keep = Conservar esta ficha
address-book-compare-kept = Se conserva: recibe lo que tiene la otra
address-book-compare-removed = Se fusiona y luego se elimina
address-book-compare-row-status = Estado
address-book-compare-row-email = Direcciones de correo
address-book-compare-row-phone = Números de teléfono
address-book-compare-row-address = Direcciones postales
address-book-compare-row-source = Origen
address-book-compare-row-created = Añadida
address-book-compare-row-last-contact = Último contacto
address-book-compare-row-conversations = Conversaciones
address-book-compare-empty-both = Vacío en ambas
address-book-compare-empty = vacío
# After an e-mail address, phone or address of a card that has several.
address-book-compare-primary = principal
address-book-compare-no-last-contact = ninguno registrado
address-book-compare-masked = (sensible, oculto)
address-book-compare-details = Más sobre la fusión
# What Merge will do. $other: the card merged in, "Anna K. (#12)"; $keep: the card kept;
# $otherId, $keepId: their numbers; $conversations: the other card's conversations (0: not counted).
address-book-merge-summary =
    { $other } se fusionará con { $keep }: las direcciones de correo, números de teléfono, direcciones postales, etiquetas, { $conversations ->
        [0] conversaciones
        [one] { $conversations } conversación
       *[other] { $conversations } conversaciones
    }, consentimientos, oposiciones y solicitudes de #{ $otherId } pasan a #{ $keepId }, y #{ $otherId } se elimina.
address-book-merge-detail-takes = #{ $keepId } solo toma lo que le falta: una dirección o un número que ya tiene no se añade dos veces, sus campos vacíos se completan con #{ $otherId } y las notas de #{ $otherId } se añaden después de las suyas.
address-book-merge-detail-conflicts = Si las dos fichas tienen un valor distinto, se queda el de #{ $keepId }; el de #{ $otherId } se guarda en el historial de #{ $keepId }.
address-book-merge-detail-hold = Una conservación justificada de #{ $otherId } también pasa a #{ $keepId }. #{ $keepId } mantiene su propio nombre, estado, origen y estado de limitación.
address-book-merge-irreversible = Esta acción no se puede deshacer.
address-book-merge-submit = Fusionar #{ $otherId } con #{ $keepId }
address-book-merge-merging = Fusionando…
address-book-merge-swap = Conservar #{ $otherId } en su lugar
