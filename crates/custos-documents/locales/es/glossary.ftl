# Glosario: los términos de protección de datos tal como los escriben el RGPD (versión española) y la AEPD.
#
# One glossary per language, shared by the documents (loaded before documents.ftl) and the
# desktop app (loaded before its own files): a screen and a PDF name a concept the same way.
# Terms start with "-" and are used as { -controller }; only the text after "=" is the
# language's. Keep the ids the same in every language (the checks compare them).

-controller = responsable del tratamiento
-joint-controller = corresponsable del tratamiento
-processor = encargado del tratamiento
-recipient = destinatario
-dpo = delegado de protección de datos
-data-subject = interesado
-personal-data = datos personales
-gdpr = RGPD
-supervisory-authority = autoridad de control
-consent = consentimiento
-legitimate-interests = intereses legítimos
-purpose = fin del tratamiento
-retention-period = plazo de conservación
-right-of-access = derecho de acceso
-right-to-rectification = derecho de rectificación
-right-to-erasure = derecho de supresión («derecho al olvido»)
-right-to-restriction = derecho a la limitación del tratamiento
-right-to-portability = derecho a la portabilidad de los datos
-right-to-object = derecho de oposición
-access-request = solicitud de acceso
-erasure = supresión
-restriction = limitación del tratamiento
-privacy-notice = cláusula informativa
