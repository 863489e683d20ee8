# Glossary: the data-protection terms of English as the GDPR's English text and the UK/EU
# authorities write them.
#
# One glossary per language, shared by the documents (loaded before documents.ftl) and the
# desktop app (loaded before its own files): a screen and a PDF name a concept the same way.
# Terms start with "-" and are used as { -controller }; only the text after "=" is the
# language's. Keep the ids the same in every language (the checks compare them).

-controller = controller
-joint-controller = joint controller
-processor = processor
-recipient = recipient
-dpo = data protection officer
-data-subject = data subject
-personal-data = personal data
-gdpr = GDPR
-supervisory-authority = supervisory authority
-consent = consent
-legitimate-interests = legitimate interests
-purpose = purpose of processing
-retention-period = retention period
-right-of-access = right of access
-right-to-rectification = right to rectification
-right-to-erasure = right to erasure (‘right to be forgotten’)
-right-to-restriction = right to restriction of processing
-right-to-portability = right to data portability
-right-to-object = right to object
-access-request = subject access request
-erasure = erasure
-restriction = restriction of processing
-privacy-notice = privacy notice
