# Import rozmów z plików: e-mail (.eml, mbox), eksporty Telegrama, Messengera i czatu na stronie
# WWW, dopasowane do kontaktów (ImportConversationsDialog i jego kroki, menu kontaktów, panel
# importu na karcie) oraz własne adresy e-mail firmy w Ustawieniach (StaffAddresses).

## Wejścia

import-conversations-menu = Importuj rozmowy…
import-conversations-card-hint = Także e-mail (.eml, mbox), eksport z Telegrama lub Messengera albo plik CSV czatu ze strony WWW: w następnym kroku osoby z pliku zostaną dopasowane do kontaktów.

## Systemowe okna wyboru plików (lib/dialogs.ts)

import-conversations-dialog-files = Wybierz pliki z rozmowami
import-conversations-dialog-folder = Wybierz folder z rozmowami
import-conversations-dialog-filter = Rozmowy (e-mail, czaty)
import-conversations-dialog-mail-filter = E-mail (.eml, mbox)
import-conversations-dialog-json-filter = Telegram, Messenger lub Custos (.json)
import-conversations-dialog-all-filter = Wszystkie pliki

## Okno

import-conversations-title = Import rozmów
import-conversations-steps = Kroki importu
import-conversations-step-files = Pliki
import-conversations-step-mapping = Kolumny
import-conversations-step-preview = Podgląd
import-conversations-step-importing = Import
import-conversations-step-summary = Gotowe
import-conversations-intro = E-maile (pliki .eml, folder z nimi albo plik mbox z Thunderbirda i większości programów pocztowych), eksport z Telegrama lub Messengera albo plik CSV czatu ze strony WWW. Można wybrać kilka plików naraz. Nic nie zostanie zapisane przed obejrzeniem podglądu, a jeśli któregoś pliku nie da się odczytać — nic w ogóle.
import-conversations-paths-label = Pliki i foldery, po jednym w wierszu
import-conversations-paths-hint = Wybierz je poniżej albo wklej ich ścieżki.
import-conversations-choose-files = Wybierz pliki…
import-conversations-choose-folder = Wybierz folder…
import-conversations-choose-first = Najpierw wybierz co najmniej jeden plik lub folder.
import-conversations-no-files = W folderze nie ma plików z rozmowami, które Custos potrafi odczytać.
import-conversations-reading = Odczytywanie plików…
import-conversations-reading-short = Odczytywanie…
import-conversations-submit = Importuj

## Format pliku, jak wymienia go podgląd

import-conversations-format-whatsapp = czat WhatsApp
import-conversations-format-json = zapis rozmowy Custos
import-conversations-format-eml = e-mail
import-conversations-format-mbox = skrzynka pocztowa (mbox)
import-conversations-format-telegram = eksport z Telegrama
import-conversations-format-messenger = eksport z Messengera
import-conversations-format-csv = czat ze strony WWW (CSV)
# $name: nazwa pliku; $format: czym jest, np. „eksport z Telegrama”.
import-conversations-file = { $name } ({ $format })

## Kolumny pliku CSV czatu ze strony WWW (ConversationsMappingStep)

# $file: nazwa pliku; $rows: liczba jego wierszy.
import-conversations-mapping-intro =
    { $rows ->
        [one] { $file } ma { $rows } wiersz. Wskaż, co zawiera każda kolumna; pod kolumnami widać pierwsze wiersze.
        [few] { $file } ma { $rows } wiersze. Wskaż, co zawiera każda kolumna; pod kolumnami widać pierwsze wiersze.
       *[many] { $file } ma { $rows } wierszy. Wskaż, co zawiera każda kolumna; pod kolumnami widać pierwsze wiersze.
    }
# $fields: lista brakujących pól, np. „czas i treść”.
import-conversations-mapping-missing = Jeszcze do wskazania: { $fields }.
import-conversations-gap-time = czas
import-conversations-gap-sender = nadawca
import-conversations-gap-text = treść
# $n: numer kolumny bez nazwy.
import-conversations-column-n = Kolumna { $n }
# $column: nazwa kolumny.
import-conversations-column-field = Zawartość kolumny „{ $column }”
import-conversations-field-ignore = Nie importować
import-conversations-field-time = Data i godzina
import-conversations-field-date = Data
import-conversations-field-clock = Godzina
import-conversations-field-sender = Imię i nazwisko nadawcy
import-conversations-field-sender-email = E-mail nadawcy
import-conversations-field-role = Rola nadawcy (odwiedzający, konsultant)
import-conversations-field-text = Treść wiadomości
import-conversations-field-conversation = Identyfikator rozmowy
import-conversations-field-message-id = Identyfikator wiadomości

## Podgląd (ConversationsPreviewStep)

# Liczby odczytane z plików. $files: pliki; $threads: wątki e-mail i czaty; $messages:
# wiadomości; $skipped: wiadomości pominięte (systemowe, połączenia, puste); $undated: maile bez daty.
import-conversations-counts =
    { $files ->
        [one] { $files } plik
        [few] { $files } pliki
       *[many] { $files } plików
    }: { $threads ->
        [one] { $threads } wątek
        [few] { $threads } wątki
       *[many] { $threads } wątków
    }, { $messages ->
        [one] { $messages } wiadomość
        [few] { $messages } wiadomości
       *[many] { $messages } wiadomości
    }, pominięte: { $skipped } (systemowe, połączenia, puste), bez daty: { $undated }.
# $count: pliki załączone do wiadomości.
import-conversations-attachments =
    { $count ->
        [one] { $count } załącznik: zapisuje się jego nazwę i rozmiar, jego zawartość nie jest przechowywana.
        [few] { $count } załączniki: zapisuje się ich nazwy i rozmiary, ich zawartość nie jest przechowywana.
       *[many] { $count } załączników: zapisuje się ich nazwy i rozmiary, ich zawartość nie jest przechowywana.
    }
# $count: osoby wymienione w plikach.
import-conversations-people-title =
    { $count ->
        [one] { $count } osoba w plikach
        [few] { $count } osoby w plikach
       *[many] { $count } osób w plikach
    }
import-conversations-people-hint = Dla każdej osoby spoza kontaktów wybierz: przypisz do kontaktu, utwórz potencjalnego klienta, oznacz jako pracownika firmy albo pomiń. Nic nie zostanie utworzone bez Twojego wyboru: pominięta osoba nie dostaje karty, a jej wiadomości zostają tylko tam, gdzie pisała z kontaktem.
import-conversations-col-person = Osoba
import-conversations-col-messages = Wiadomości
import-conversations-col-matched = Rozpoznano jako
import-conversations-col-choice = Wybór
# $sent: wysłane przez osobę; $received: zaadresowane do niej.
import-conversations-sent-received = wysłane: { $sent }, odebrane: { $received }
# $name: nazwa kontaktu na karcie.
import-conversations-known-contact-address = { $name } (po adresie e-mail)
import-conversations-known-contact-name = { $name } (po nazwisku)
import-conversations-known-restricted = { $name } — przetwarzanie ograniczone: nic nie zostanie dodane do karty
import-conversations-known-staff = Twoja firma
import-conversations-known-unknown = Nie ma wśród kontaktów
# $count: karty o tej samej nazwie lub adresie.
import-conversations-known-candidates =
    { $count ->
        [one] { $count } karta o tej nazwie
        [few] { $count } karty o tej nazwie
       *[many] { $count } kart o tej nazwie
    }
# $name: osoba.
import-conversations-choice-label = Co zrobić z: { $name }
import-conversations-choice-skip = Pomiń
# $name, $id: karta o tej samej nazwie.
import-conversations-choice-candidate = Przypisz do: { $name } (#{ $id })
# $name: karta, do której przypisano osobę.
import-conversations-choice-attached = Przypisz do: { $name }
import-conversations-choice-attach = Przypisz do kontaktu…
import-conversations-choice-lead = Utwórz potencjalnego klienta
import-conversations-choice-staff = Twoja firma (pracownik)
import-conversations-choice-none = —
# $name: osoba.
import-conversations-attach-to = Kontakt dla: { $name }
# $count: rozmowy, które import utworzy lub uzupełni.
import-conversations-planned-title =
    { $count ->
        [one] { $count } rozmowa do zaimportowania
        [few] { $count } rozmowy do zaimportowania
       *[many] { $count } rozmów do zaimportowania
    }
import-conversations-planned-none = Żadna rozmowa nie zostałaby zaimportowana: nikt z plików nie jest jeszcze kontaktem. Przypisz osoby do kontaktów lub utwórz potencjalnych klientów powyżej.
# $count: wątki, w których nikt nie jest kontaktem.
import-conversations-unassigned =
    { $count ->
        [one] { $count } wątek nie dotyczy nikogo z kontaktów: nie zostanie zaimportowany.
        [few] { $count } wątki nie dotyczą nikogo z kontaktów: nie zostaną zaimportowane.
       *[many] { $count } wątków nie dotyczy nikogo z kontaktów: nie zostaną zaimportowane.
    }
import-conversations-col-card = Karta
import-conversations-col-title = Rozmowa
import-conversations-col-new = Nowe wiadomości
import-conversations-col-already = Już zapisane
import-conversations-new-lead = nowy potencjalny klient

## Import i podsumowanie

# $count: importowane pliki.
import-conversations-running =
    { $count ->
        [one] Importowanie { $count } pliku…
        [few] Importowanie { $count } plików…
       *[many] Importowanie { $count } plików…
    }
import-conversations-progress-label = Postęp importu
# $done, $total: wiadomości zapisane dotąd i wszystkie; $percent: postęp w procentach.
import-conversations-progress = { $done } z { $total } wiadomości ({ $percent }%)
# $created: nowe rozmowy; $extended: rozmowy z wcześniejszego importu uzupełnione o nowe
# wiadomości; $messages: dodane wiadomości.
import-conversations-summary = Zaimportowano: { $created ->
        [one] { $created } nowa rozmowa
        [few] { $created } nowe rozmowy
       *[many] { $created } nowych rozmów
    }, uzupełnione: { $extended }, { $messages ->
        [one] { $messages } wiadomość
        [few] { $messages } wiadomości
       *[many] { $messages } wiadomości
    }.
# $count: wiadomości, które już były w sejfie.
import-conversations-summary-duplicates =
    { $count ->
        [one] { $count } wiadomość już była zapisana i nie została dodana ponownie.
        [few] { $count } wiadomości już były zapisane i nie zostały dodane ponownie.
       *[many] { $count } wiadomości już było zapisanych i nie zostały dodane ponownie.
    }
import-conversations-summary-skipped =
    { $count ->
        [one] Pominięto { $count } wiadomość (systemową, połączenie lub pustą).
        [few] Pominięto { $count } wiadomości (systemowe, połączenia lub puste).
       *[many] Pominięto { $count } wiadomości (systemowe, połączenia lub puste).
    }
import-conversations-summary-undated =
    { $count ->
        [one] { $count } mail nie miał daty: otrzymał czas poprzedniej wiadomości.
        [few] { $count } maile nie miały daty: każdy otrzymał czas poprzedniej wiadomości.
       *[many] { $count } maili nie miało daty: każdy otrzymał czas poprzedniej wiadomości.
    }
import-conversations-summary-unassigned =
    { $count ->
        [one] { $count } wątek nie dotyczył nikogo z kontaktów i nie został zaimportowany.
        [few] { $count } wątki nie dotyczyły nikogo z kontaktów i nie zostały zaimportowane.
       *[many] { $count } wątków nie dotyczyło nikogo z kontaktów i nie zostały zaimportowane.
    }
import-conversations-summary-attachments =
    { $count ->
        [one] { $count } załącznik: zapisano jego nazwę i rozmiar, jego zawartość nie została zachowana.
        [few] { $count } załączniki: zapisano ich nazwy i rozmiary, ich zawartość nie została zachowana.
       *[many] { $count } załączników: zapisano ich nazwy i rozmiary, ich zawartość nie została zachowana.
    }
# $count: utworzeni potencjalni klienci; dalej ich nazwy, każda jako link do karty.
import-conversations-summary-leads =
    { $count ->
        [one] Utworzono { $count } kartę potencjalnego klienta (źródłem danych są wiadomości tej osoby):
        [few] Utworzono { $count } karty potencjalnych klientów (źródłem danych są wiadomości każdej z osób):
       *[many] Utworzono { $count } kart potencjalnych klientów (źródłem danych są wiadomości każdej z osób):
    }

## Ustawienia: własne adresy e-mail firmy (StaffAddresses)

import-conversations-staff-title = Adresy e-mail Twojej firmy
import-conversations-staff-intro = Przy imporcie e-maili wiadomość wysłana z jednego z tych adresów lub na niego należy do firmy (pracownika), a nie do kontaktu.
import-conversations-staff-label = Adresy, po jednym w wierszu
import-conversations-staff-hint = Pozostaw puste, aby używać adresu e-mail z profilu firmy.
# $addresses: adres e-mail z profilu firmy.
import-conversations-staff-from-profile = Nie ustawiono: używany jest adres z profilu firmy ({ $addresses }).
import-conversations-staff-none = Nie ustawiono, a profil firmy nie ma adresu e-mail: żaden mail nie zostanie uznany za firmowy.
import-conversations-staff-save = Zapisz adresy
