# Речник: термините за защита на данните, както ги пишат ОРЗД (българският текст) и КЗЛД.
#
# One glossary per language, shared by the documents (loaded before documents.ftl) and the
# desktop app (loaded before its own files): a screen and a PDF name a concept the same way.
# Terms start with "-" and are used as { -controller }; only the text after "=" is the
# language's. Keep the ids the same in every language (the checks compare them).

-controller = администратор на лични данни
-joint-controller = съвместен администратор
-processor = обработващ лични данни
-recipient = получател
-dpo = длъжностно лице по защита на данните
-data-subject = субект на данните
-personal-data = лични данни
-gdpr = ОРЗД
-supervisory-authority = надзорен орган
-consent = съгласие
-legitimate-interests = законни интереси
-purpose = цел на обработването
-retention-period = срок на съхранение
-right-of-access = право на достъп
-right-to-rectification = право на коригиране
-right-to-erasure = право на изтриване („право да бъдеш забравен“)
-right-to-restriction = право на ограничаване на обработването
-right-to-portability = право на преносимост на данните
-right-to-object = право на възражение
-access-request = искане за достъп
-erasure = изтриване
-restriction = ограничаване на обработването
-privacy-notice = уведомление за поверителност
