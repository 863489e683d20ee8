# Импорт на разговори от файлове: имейл (.eml, mbox), експорти от Telegram, Messenger и чата на
# уебсайта, свързани с контактите (ImportConversationsDialog и стъпките му, менюто с контакти,
# импортът в карта), и собствените имейл адреси на фирмата в Настройки (StaffAddresses).

## Входни точки

import-conversations-menu = Импортиране на разговори…
import-conversations-card-hint = Също имейл (.eml, mbox), експорт от Telegram или Messenger или CSV файл на чат от уебсайта: следващата стъпка свързва хората в него с вашите контакти.

## Системни прозорци за избор на файлове (lib/dialogs.ts)

import-conversations-dialog-files = Изберете файлове с разговори
import-conversations-dialog-folder = Изберете папка с разговори
import-conversations-dialog-filter = Разговори (имейл, чатове)
import-conversations-dialog-mail-filter = Имейл (.eml, mbox)
import-conversations-dialog-json-filter = Telegram, Messenger или Custos (.json)
import-conversations-dialog-all-filter = Всички файлове

## Прозорецът

import-conversations-title = Импорт на разговори
import-conversations-steps = Стъпки на импорта
import-conversations-step-files = Файлове
import-conversations-step-mapping = Колони
import-conversations-step-preview = Преглед
import-conversations-step-importing = Импорт
import-conversations-step-summary = Готово
import-conversations-intro = Имейли (файлове .eml, папка с тях или mbox файл от Thunderbird и повечето пощенски програми), експорт от Telegram или Messenger, или CSV файл на чат от уебсайта. Може да изберете няколко файла наведнъж. Нищо не се записва, преди да видите прегледа, и нищо изобщо, ако някой файл не може да бъде прочетен.
import-conversations-paths-label = Файлове и папки, по един на ред
import-conversations-paths-hint = Изберете ги по-долу или поставете пътищата им.
import-conversations-choose-files = Изберете файлове…
import-conversations-choose-folder = Изберете папка…
import-conversations-choose-first = Първо изберете поне един файл или папка.
import-conversations-no-files = В папката няма файлове с разговори, които Custos може да прочете.
import-conversations-reading = Четене на файловете…
import-conversations-reading-short = Четене…
import-conversations-submit = Импортиране

## Форматът на файл, както го назовава прегледът

import-conversations-format-whatsapp = чат в WhatsApp
import-conversations-format-json = запис на Custos
import-conversations-format-eml = имейл
import-conversations-format-mbox = пощенска кутия (mbox)
import-conversations-format-telegram = експорт от Telegram
import-conversations-format-messenger = експорт от Messenger
import-conversations-format-csv = чат от уебсайта (CSV)
# $name: името на файла; $format: какво е, напр. „експорт от Telegram“.
import-conversations-file = { $name } ({ $format })

## Колоните на CSV файла на чат от уебсайта (ConversationsMappingStep)

# $file: името на файла; $rows: редовете му.
import-conversations-mapping-intro =
    { $rows ->
        [one] { $file } има { $rows } ред. Посочете какво съдържа всяка колона; първите редове са показани под колоните.
       *[other] { $file } има { $rows } реда. Посочете какво съдържа всяка колона; първите редове са показани под колоните.
    }
# $fields: какво липсва, напр. „часът и текстът“.
import-conversations-mapping-missing = Остава да посочите: { $fields }.
import-conversations-gap-time = часът
import-conversations-gap-sender = подателят
import-conversations-gap-text = текстът
# $n: номерът на колона без име.
import-conversations-column-n = Колона { $n }
# $column: името на колоната.
import-conversations-column-field = Съдържание на колоната „{ $column }“
import-conversations-field-ignore = Не се импортира
import-conversations-field-time = Дата и час
import-conversations-field-date = Дата
import-conversations-field-clock = Час
import-conversations-field-sender = Име на подателя
import-conversations-field-sender-email = Имейл на подателя
import-conversations-field-role = Роля на подателя (посетител, служител)
import-conversations-field-text = Текст на съобщението
import-conversations-field-conversation = Идентификатор на разговора
import-conversations-field-message-id = Идентификатор на съобщението

## Прегледът (ConversationsPreviewStep)

# Броят на прочетеното. $files: файлове; $threads: имейл нишки и чатове; $messages: съобщения;
# $skipped: неимпортирани съобщения (служебни, обаждания, празни); $undated: имейли без дата.
import-conversations-counts =
    { $files ->
        [one] { $files } файл
       *[other] { $files } файла
    }: { $threads ->
        [one] { $threads } нишка
       *[other] { $threads } нишки
    }, { $messages ->
        [one] { $messages } съобщение
       *[other] { $messages } съобщения
    }, пропуснати: { $skipped } (служебни, обаждания, празни), без дата: { $undated }.
# $count: файловете, приложени към съобщенията.
import-conversations-attachments =
    { $count ->
        [one] { $count } прикачен файл: записват се името и размерът му, съдържанието му не се съхранява.
       *[other] { $count } прикачени файла: записват се имената и размерите им, съдържанието им не се съхранява.
    }
# $count: хората, назовани във файловете.
import-conversations-people-title =
    { $count ->
        [one] { $count } лице във файловете
       *[other] { $count } лица във файловете
    }
import-conversations-people-hint = За всяко лице, което не е сред контактите ви, изберете: свързване с контакт, създаване на потенциален клиент, отбелязване като служител на фирмата или пропускане. Нищо не се създава без вашия избор: пропуснато лице не получава карта, а съобщенията му остават само там, където е писало с контакт.
import-conversations-col-person = Лице
import-conversations-col-messages = Съобщения
import-conversations-col-matched = Разпознато като
import-conversations-col-choice = Вашият избор
# $sent: изпратени от лицето; $received: адресирани до него.
import-conversations-sent-received = изпратени: { $sent }, получени: { $received }
# $name: името на контакта в картата.
import-conversations-known-contact-address = { $name } (по имейл адрес)
import-conversations-known-contact-name = { $name } (по име)
import-conversations-known-restricted = { $name } — с ограничение: нищо не се добавя към картата
import-conversations-known-staff = Вашата фирма
import-conversations-known-unknown = Не е сред контактите ви
# $count: карти със същото име или адрес.
import-conversations-known-candidates =
    { $count ->
        [one] { $count } карта с това име
       *[other] { $count } карти с това име
    }
# $name: лицето.
import-conversations-choice-label = Какво да се направи с { $name }
import-conversations-choice-skip = Пропускане
# $name, $id: карта със същото име.
import-conversations-choice-candidate = Свързване с { $name } (№ { $id })
# $name: картата, с която е свързано лицето.
import-conversations-choice-attached = Свързване с { $name }
import-conversations-choice-attach = Свързване с контакт…
import-conversations-choice-lead = Създаване на потенциален клиент
import-conversations-choice-staff = Вашата фирма (служител)
import-conversations-choice-none = —
# $name: лицето.
import-conversations-attach-to = Контакт за { $name }
# $count: разговори, които импортът създава или допълва.
import-conversations-planned-title =
    { $count ->
        [one] { $count } разговор за импортиране
       *[other] { $count } разговора за импортиране
    }
import-conversations-planned-none = Няма да бъде импортиран нито един разговор: никой от файловете все още не е контакт. Свържете лица с контакти или създайте потенциални клиенти по-горе.
# $count: нишки, в които никой не е контакт.
import-conversations-unassigned =
    { $count ->
        [one] { $count } нишка не засяга никого от контактите ви: не се импортира.
       *[other] { $count } нишки не засягат никого от контактите ви: не се импортират.
    }
import-conversations-col-card = Карта
import-conversations-col-title = Разговор
import-conversations-col-new = Нови съобщения
import-conversations-col-already = Вече записани
import-conversations-new-lead = нов потенциален клиент

## Импортът и обобщението

# $count: импортираните файлове.
import-conversations-running =
    { $count ->
        [one] Импортиране на { $count } файл…
       *[other] Импортиране на { $count } файла…
    }
import-conversations-progress-label = Напредък на импорта
# $done, $total: записани досега и всички съобщения; $percent: напредъкът в проценти.
import-conversations-progress = { $done } от { $total } съобщения ({ $percent } %)
# $created: нови разговори; $extended: разговори от предишен импорт, допълнени с нови съобщения;
# $messages: добавени съобщения.
import-conversations-summary = Импортирани: { $created ->
        [one] { $created } нов разговор
       *[other] { $created } нови разговора
    }, допълнени: { $extended }, { $messages ->
        [one] { $messages } съобщение
       *[other] { $messages } съобщения
    }.
# $count: съобщения, които вече бяха в трезора.
import-conversations-summary-duplicates =
    { $count ->
        [one] { $count } съобщение вече беше записано и не е добавено отново.
       *[other] { $count } съобщения вече бяха записани и не са добавени отново.
    }
import-conversations-summary-skipped =
    { $count ->
        [one] Пропуснато е { $count } съобщение (служебно, обаждане или празно).
       *[other] Пропуснати са { $count } съобщения (служебни, обаждания или празни).
    }
import-conversations-summary-undated =
    { $count ->
        [one] { $count } имейл нямаше дата: получи часа на предходното съобщение.
       *[other] { $count } имейла нямаха дата: всеки получи часа на предходното съобщение.
    }
import-conversations-summary-unassigned =
    { $count ->
        [one] { $count } нишка не засягаше никого от контактите ви и не е импортирана.
       *[other] { $count } нишки не засягаха никого от контактите ви и не са импортирани.
    }
import-conversations-summary-attachments =
    { $count ->
        [one] { $count } прикачен файл: записани са името и размерът му, съдържанието му не е съхранено.
       *[other] { $count } прикачени файла: записани са имената и размерите им, съдържанието им не е съхранено.
    }
# $count: създадени потенциални клиенти; следват имената им, всяко като връзка към картата.
import-conversations-summary-leads =
    { $count ->
        [one] Създаден е { $count } потенциален клиент (източник са собствените съобщения на лицето):
       *[other] Създадени са { $count } потенциални клиенти (източник са собствените съобщения на всяко лице):
    }

## Настройки: собствените имейл адреси на фирмата (StaffAddresses)

import-conversations-staff-title = Имейл адреси на вашата фирма
import-conversations-staff-intro = При импортиране на имейли писмо от или до някой от тези адреси е на вашата фирма (служител), а не на контакт.
import-conversations-staff-label = Адреси, по един на ред
import-conversations-staff-hint = Оставете празно, за да се използва имейл адресът от профила на фирмата.
# $addresses: имейл адресът от профила на фирмата.
import-conversations-staff-from-profile = Няма зададени: използва се адресът от профила на фирмата ({ $addresses }).
import-conversations-staff-none = Няма зададени, а профилът на фирмата няма имейл адрес: никое писмо не се счита за писмо на фирмата.
import-conversations-staff-save = Запазване на адресите
