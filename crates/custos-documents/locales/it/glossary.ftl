# Glossario: i termini della protezione dei dati come li scrivono il GDPR (versione italiana) e il Garante.
#
# One glossary per language, shared by the documents (loaded before documents.ftl) and the
# desktop app (loaded before its own files): a screen and a PDF name a concept the same way.
# Terms start with "-" and are used as { -controller }; only the text after "=" is the
# language's. Keep the ids the same in every language (the checks compare them).

-controller = titolare del trattamento
-joint-controller = contitolare del trattamento
-processor = responsabile del trattamento
-recipient = destinatario
-dpo = responsabile della protezione dei dati
-data-subject = interessato
-personal-data = dati personali
-gdpr = GDPR
-supervisory-authority = autorità di controllo
-consent = consenso
-legitimate-interests = legittimo interesse
-purpose = finalità del trattamento
-retention-period = periodo di conservazione
-right-of-access = diritto di accesso
-right-to-rectification = diritto di rettifica
-right-to-erasure = diritto alla cancellazione («diritto all’oblio»)
-right-to-restriction = diritto di limitazione di trattamento
-right-to-portability = diritto alla portabilità dei dati
-right-to-object = diritto di opposizione
-access-request = richiesta di accesso
-erasure = cancellazione
-restriction = limitazione del trattamento
-privacy-notice = informativa sulla privacy
