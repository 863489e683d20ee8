# Glossar: die Datenschutzbegriffe, wie die DSGVO (deutsche Fassung) und die Aufsichtsbehörden sie schreiben.
#
# One glossary per language, shared by the documents (loaded before documents.ftl) and the
# desktop app (loaded before its own files): a screen and a PDF name a concept the same way.
# Terms start with "-" and are used as { -controller }; only the text after "=" is the
# language's. Keep the ids the same in every language (the checks compare them).

-controller = Verantwortlicher
-joint-controller = gemeinsam Verantwortlicher
-processor = Auftragsverarbeiter
-recipient = Empfänger
-dpo = Datenschutzbeauftragter
-data-subject = betroffene Person
-personal-data = personenbezogene Daten
-gdpr = DSGVO
-supervisory-authority = Aufsichtsbehörde
-consent = Einwilligung
-legitimate-interests = berechtigte Interessen
-purpose = Zweck der Verarbeitung
-retention-period = Speicherdauer
-right-of-access = Auskunftsrecht
-right-to-rectification = Recht auf Berichtigung
-right-to-erasure = Recht auf Löschung („Recht auf Vergessenwerden“)
-right-to-restriction = Recht auf Einschränkung der Verarbeitung
-right-to-portability = Recht auf Datenübertragbarkeit
-right-to-object = Widerspruchsrecht
-access-request = Auskunftsersuchen
-erasure = Löschung
-restriction = Einschränkung der Verarbeitung
-privacy-notice = Datenschutzhinweise
