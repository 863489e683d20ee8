# Custos documents — español.

## Fechas: día de mes de año.
date = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

page-x-of-y = Página { $page } de { $pages }

basis-a = Art. 6, apdo. 1, letra a) del RGPD – consentimiento
basis-b = Art. 6, apdo. 1, letra b) del RGPD – ejecución de un contrato
basis-c = Art. 6, apdo. 1, letra c) del RGPD – obligación legal
basis-d = Art. 6, apdo. 1, letra d) del RGPD – intereses vitales
basis-e = Art. 6, apdo. 1, letra e) del RGPD – misión realizada en interés público
basis-f = Art. 6, apdo. 1, letra f) del RGPD – intereses legítimos
legitimate-interest = Interés legítimo: { $interest }

status-lead = Clientes potenciales
status-customer = Clientes
status-former_customer = Antiguos clientes
status-supplier_partner = Proveedores y socios
status-other = Otros contactos

role-processor = encargado del tratamiento
role-controller = responsable del tratamiento
role-joint_controller = corresponsable del tratamiento
role-recipient = destinatario

safeguard-eu_eea = dentro de la UE/EEE
safeguard-adequacy = decisión de adecuación (art. 45 del RGPD)
safeguard-standard_contractual_clauses = cláusulas contractuales tipo (art. 46, apdo. 2, letra c) del RGPD)
safeguard-other = otra garantía (art. 46 del RGPD)

period-days = { $n ->
    [one] { $n } día
   *[other] { $n } días
}
period-months = { $n ->
    [one] { $n } mes
   *[other] { $n } meses
}
period-years = { $n ->
    [one] { $n } año
   *[other] { $n } años
}

retention-delete_transcripts = { $status }: supresión de las transcripciones { $period } después del último contacto
retention-erase = { $status }: supresión de los datos del contacto { $period } después del último contacto
retention-for-purpose = (necesario para «{ $purpose }»)

record-title = Registro de las actividades de tratamiento
record-subtitle = Llevado por el responsable del tratamiento conforme al art. 30, apdo. 1, del RGPD. Situación a { $date }.
record-controller = Responsable del tratamiento
field-controller-name = Nombre
field-address = Dirección
field-email = Correo electrónico
field-phone = Teléfono
field-country = País
field-dpo = Delegado de protección de datos
dpo-none = No designado
field-authority = Autoridad de control
field-joint-controllers = Corresponsables del tratamiento
record-activities = Actividades de tratamiento
col-number = N.º
col-purpose = Fines del tratamiento
col-basis = Base jurídica
col-subjects = Categorías de interesados
col-data = Categorías de datos personales
col-recipients = Destinatarios (incluidos terceros países)
col-transfers = Transferencias a terceros países y garantías
col-erasure = Plazos de supresión
subjects-all = Todos los contactos: clientes potenciales, clientes, antiguos clientes, proveedores y socios
recipients-none = Ningún destinatario fuera del responsable
transfers-none = Ninguna: los datos permanecen en la UE/EEE
recipient-line = { $name } ({ $role }, { $country })
transfer-line = { $name } ({ $country }): { $safeguard }
record-retention = Reglas generales de conservación
record-retention-intro = Los contactos se revisan según estas reglas. No se suprime nada sin la confirmación del usuario y cada supresión queda anotada en el registro de auditoría.
retention-none = No se han definido reglas generales de conservación.
record-security = Medidas de seguridad técnicas y organizativas (art. 32 del RGPD)
security-encryption = Cifrado en reposo: todos los datos se guardan en un único archivo de base de datos cifrado con SQLCipher (AES-256); sin la frase de contraseña el archivo no puede leerse.
security-access = Control de acceso: el archivo solo se abre con la frase de contraseña (al menos { $min } caracteres), que nunca se almacena; la aplicación se bloquea tras un tiempo de inactividad establecido.
security-audit = Responsabilidad proactiva: cada cambio y cada exportación se anotan con el nombre del operador y la hora en un registro de auditoría encadenado mediante hashes, cuya integridad puede verificarse.
security-deletion = Borrado seguro: los datos suprimidos se sobrescriben en el archivo de base de datos, en su registro de escritura anticipada y en su índice de búsqueda.
security-local = Almacenamiento: los datos permanecen en el ordenador del responsable y no se envían a ningún servicio en la nube; las copias de seguridad se cifran del mismo modo.
record-generated = Generado con Custos a partir del catálogo de fines y del perfil de la empresa el { $date }.

## Información sobre protección de datos (arts. 13 y 14 del RGPD)
notice-title = Información sobre protección de datos
notice-subtitle-13 = Información conforme al art. 13 del RGPD sobre cómo tratamos sus datos personales. Situación a { $date }.
notice-subtitle-14 = Información conforme al art. 14 del RGPD sobre datos personales suyos que no hemos obtenido de usted. Situación a { $date }.
notice-controller = Quién es responsable de sus datos
notice-controller-text = El responsable del tratamiento de sus datos personales es { $name }.
notice-contact = Puede contactarnos en: { $contact }.
notice-dpo = Nuestro delegado de protección de datos: { $dpo }.
notice-no-dpo = No hemos designado un delegado de protección de datos; escríbanos directamente.
notice-purposes = Por qué tratamos sus datos y con qué base
field-purpose = Finalidad
field-basis = Base jurídica
field-data = Categorías de datos
field-recipients = Destinatarios
field-transfers = Transferencias fuera de la UE/EEE
field-retention = Cuánto tiempo los conservamos
field-requirement = ¿Debe facilitar los datos?
field-automated = Decisiones automatizadas
requirement-voluntary = Facilitar los datos es voluntario.
requirement-statutory = Facilitar los datos es un requisito legal. Si no los facilita: { $consequence }
requirement-contractual = Facilitar los datos es un requisito contractual o necesario para celebrar un contrato. Si no los facilita: { $consequence }
automated-none = No tomamos decisiones automatizadas ni elaboramos perfiles.
notice-source = De dónde proceden sus datos
source-third_party = Hemos recibido sus datos de: { $source }.
source-public = Hemos obtenido sus datos de una fuente de acceso público: { $source }.
notice-rights = Sus derechos
right-access = Acceso (art. 15 del RGPD): puede preguntar si tratamos sus datos y recibir una copia.
right-rectification = Rectificación (art. 16 del RGPD): puede hacer corregir los datos inexactos y completar los incompletos.
right-erasure = Supresión (art. 17 del RGPD): puede solicitar la supresión de sus datos, salvo que estemos obligados a conservarlos.
right-restriction = Limitación (art. 18 del RGPD): puede solicitar que limitemos el tratamiento, por ejemplo mientras se comprueba la exactitud de los datos.
right-portability = Portabilidad (art. 20 del RGPD): puede recibir los datos que nos facilitó en un formato de lectura mecánica o hacer que se transmitan a otro responsable.
right-objection = Oposición (art. 21 del RGPD): puede oponerse en cualquier momento al tratamiento basado en intereses legítimos y siempre a la mercadotecnia directa.
right-withdraw = Retirada del consentimiento (art. 7, apdo. 3, del RGPD): si el tratamiento se basa en su consentimiento, puede retirarlo en cualquier momento, sin que ello afecte a la licitud del tratamiento anterior a la retirada.
notice-rights-how = Para ejercer un derecho, contáctenos con los datos indicados arriba. Respondemos en el plazo de un mes.
notice-complaint = Derecho a presentar una reclamación
notice-complaint-text = Tiene derecho a presentar una reclamación ante una autoridad de control: { $authority }.
notice-generated = Generado con Custos a partir del catálogo de fines y del perfil de la empresa el { $date }.
