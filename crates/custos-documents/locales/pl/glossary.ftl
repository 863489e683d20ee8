# Słowniczek: terminy ochrony danych tak, jak piszą je RODO (polska wersja językowa) i UODO.
#
# One glossary per language, shared by the documents (loaded before documents.ftl) and the
# desktop app (loaded before its own files): a screen and a PDF name a concept the same way.
# Terms start with "-" and are used as { -controller }; only the text after "=" is the
# language's. Keep the ids the same in every language (the checks compare them).

-controller = administrator danych
-joint-controller = współadministrator
-processor = podmiot przetwarzający
-recipient = odbiorca
-dpo = inspektor ochrony danych
-data-subject = osoba, której dane dotyczą
-personal-data = dane osobowe
-gdpr = RODO
-supervisory-authority = organ nadzorczy
-consent = zgoda
-legitimate-interests = prawnie uzasadnione interesy
-purpose = cel przetwarzania
-retention-period = okres przechowywania
-right-of-access = prawo dostępu
-right-to-rectification = prawo do sprostowania danych
-right-to-erasure = prawo do usunięcia danych („prawo do bycia zapomnianym”)
-right-to-restriction = prawo do ograniczenia przetwarzania
-right-to-portability = prawo do przenoszenia danych
-right-to-object = prawo sprzeciwu
-access-request = żądanie dostępu do danych
-erasure = usunięcie danych
-restriction = ograniczenie przetwarzania
-privacy-notice = klauzula informacyjna
