# Glossaire : les termes de la protection des données tels que le RGPD (version française) et la CNIL les écrivent.
#
# One glossary per language, shared by the documents (loaded before documents.ftl) and the
# desktop app (loaded before its own files): a screen and a PDF name a concept the same way.
# Terms start with "-" and are used as { -controller }; only the text after "=" is the
# language's. Keep the ids the same in every language (the checks compare them).

-controller = responsable du traitement
-joint-controller = responsable conjoint du traitement
-processor = sous-traitant
-recipient = destinataire
-dpo = délégué à la protection des données
-data-subject = personne concernée
-personal-data = données à caractère personnel
-gdpr = RGPD
-supervisory-authority = autorité de contrôle
-consent = consentement
-legitimate-interests = intérêts légitimes
-purpose = finalité du traitement
-retention-period = durée de conservation
-right-of-access = droit d’accès
-right-to-rectification = droit de rectification
-right-to-erasure = droit à l’effacement (« droit à l’oubli »)
-right-to-restriction = droit à la limitation du traitement
-right-to-portability = droit à la portabilité des données
-right-to-object = droit d’opposition
-access-request = demande d’accès
-erasure = effacement
-restriction = limitation du traitement
-privacy-notice = mentions d’information
