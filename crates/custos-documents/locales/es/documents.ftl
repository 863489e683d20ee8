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
