# The address book: importing contacts (CSV, vCard), exporting them, undoing an import, and
# possible duplicates with the side-by-side comparison and merge.

## Shared

# A line of the imported file, before what the core says about it ($line: its number).
address-book-line = ред { $line }
address-book-undo-import = Отмяна на този импорт

## Import wizard (Import/Export → Import contacts…)

address-book-import-title = Импорт на контакти
address-book-import-steps = Стъпки
address-book-import-step-file = Файл
address-book-import-step-mapping = Колони
address-book-import-step-options = Източник и статус
address-book-import-step-review = Дубликати
address-book-import-step-importing = Импорт
address-book-import-step-summary = Готово
address-book-import-intro =
    Експорт от Google Контакти или Outlook (.csv), електронна таблица, записана като CSV, или файл vCard (.vcf) от телефон
    или друг адресник. Нищо не се записва, преди да видите кой вече е в Custos.
address-book-import-file-label = Файл с адресник
address-book-import-choose-file-first = Първо изберете файла за импортиране.
# $file: the file's name; $detected: what the file is, in the core's words ("vCard file with 3 cards").
address-book-import-detected = { $file }: { $detected }.
address-book-import-source-legend = Откъде идват данните
address-book-import-source-hint = Всяка карта, създадена при импорта, записва своя източник (чл. 14 от { -gdpr }).
address-book-import-source-third-party = От трета страна
address-book-import-source-public = От публичен източник
address-book-import-source-person = От самите субекти на данните
address-book-import-source-name-third-party = Коя трета страна
address-book-import-source-name-public = Кой публичен източник
address-book-import-status-label = Статус на новите карти
address-book-import-tag-label = Етикет за този импорт
address-book-import-tag-placeholder = напр. Изложение 2026
address-book-import-tag-hint = Поставя се на всяка карта, която импортът създава или в която слива данни.
# $file: the file's name.
address-book-import-running = Импортиране на { $file }…
address-book-import-progress-label = Напредък на импорта
# $done rows of $total imported so far; $percent: how far, 0–100.
address-book-import-progress =
    { $done } от { $total ->
        [one] { $total } ред
       *[other] { $total } реда
    } ({ $percent } %)
address-book-import-cancelling-hint = Отказване: нищо няма да бъде записано.
address-book-import-running-hint = Всичко се записва наведнъж накрая; „Отказ“ оставя трезора какъвто беше.
# What the import did. $file: the file's name; $created new cards, $merged rows merged into
# existing cards, $skipped rows skipped.
address-book-import-summary =
    Импортиран е { $file }: { $created ->
        [one] { $created } нова карта
       *[other] { $created } нови карти
    }, { $merged ->
        [one] { $merged } ред, слят с карта
       *[other] { $merged } реда, слети с карти
    }, { $skipped ->
        [one] { $skipped } пропуснат ред
       *[other] { $skipped } пропуснати реда
    }.
# $what: a list of the parts below ("1 e-mail address, phone or address and 2 tags").
address-book-import-added = Сливанията добавиха { $what }.
address-book-import-added-points =
    { $count ->
        [one] { $count } имейл адрес, телефон или адрес
       *[other] { $count } имейл адреса, телефона или адреса
    }
address-book-import-added-tags =
    { $count ->
        [one] { $count } етикет
       *[other] { $count } етикета
    }
address-book-import-added-values =
    { $count ->
        [one] { $count } стойност в празни полета
       *[other] { $count } стойности в празни полета
    }
address-book-import-problems-skipped =
    { $count ->
        [one] { $count } ред, който не можа да бъде импортиран, беше пропуснат.
       *[other] { $count } реда, които не можаха да бъдат импортирани, бяха пропуснати.
    }
address-book-import-values-left-out =
    { $count ->
        [one] { $count } стойност беше пропусната в импортираните редове.
       *[other] { $count } стойности бяха пропуснати в импортираните редове.
    }
# Followed by a list of the rows, each with why.
address-book-import-not-merged =
    { $count ->
        [one] { $count } ред не беше слят:
       *[other] { $count } реда не бяха слети:
    }
# $line: the row's line in the file; $message: why, in the core's words.
address-book-import-line-note = ред { $line }: { $message }
# $count: cards the undo removed.
address-book-import-undone =
    Импортът беше отменен: { $count ->
        [one] премахната е { $count } карта
       *[other] премахнати са { $count } карти
    }.
# The same when the import had also added to existing cards.
address-book-import-undone-more =
    Импортът беше отменен: { $count ->
        [one] премахната е { $count } карта
       *[other] премахнати са { $count } карти
    }, а добавеното към други карти е махнато.
address-book-import-undo-hint =
    Възможно до затварянето на Custos, освен ако картите му не са били променяни междувременно (Импорт/експорт →
    Отмяна на импорт… показва импортите от тази сесия).
address-book-import-cancel = Отказ от импорта
address-book-import-cancelling = Отказване…
address-book-import-submit = Импортиране
address-book-import-importing = Импортиране…
address-book-import-check = Проверка за дубликати
address-book-import-checking = Проверяване…
address-book-import-reading = Четене…

## Import wizard: the columns of a CSV file

# $detected: what the file is, in the core's words; $name: the saved mapping's name.
address-book-mapping-detected-saved = { $detected }. Приложено е съответствието, записано като „{ $name }“.
address-book-mapping-detected-guessed = { $detected }. Полето на всяка колона е отгатнато по името ѝ: проверете ги.
# $count: how many columns the file has.
address-book-mapping-columns-title = Колони на файла ({ $count })
address-book-mapping-column = Колона
address-book-mapping-first-value = Първа стойност
address-book-mapping-imported-as = Импортира се като
# A column without a name in the file's header; $n: its position, from 1.
address-book-mapping-column-n = Колона { $n }
# The field list's accessible name; $column: the column's name, or its position.
address-book-mapping-column-field = Поле за колоната { $column }
address-book-mapping-rows-title = Първите редове във вида, в който ще бъдат импортирани
address-book-mapping-no-name = Без име
address-book-mapping-reading = Четене на първите редове…
address-book-mapping-save-label = Запазване на това съответствие като
address-book-mapping-save-placeholder = напр. Офисна таблица
address-book-mapping-save = Запазване на съответствието
# $name: the name the mapping was saved under.
address-book-mapping-saved = Записано като „{ $name }“: ще се използва отново за файлове с тези колони.

## The fields a CSV column may be imported as (the list in each column's row)

address-book-csv-field-ignore = Не се импортира
address-book-csv-field-display-name = Показвано име
address-book-csv-field-given-name = Собствено име
address-book-csv-field-middle-name = Бащино име
address-book-csv-field-family-name = Фамилия
address-book-csv-field-organisation = Организация
address-book-csv-field-job-title = Длъжност
address-book-csv-field-tags = Етикети
address-book-csv-field-notes = Бележки
# The kind of e-mail address, phone or address, in brackets after the field: "E-mail (work)".
address-book-csv-label-work = служебен
address-book-csv-label-home = домашен
address-book-csv-label-mobile = мобилен
address-book-csv-label-other = друг
# $group: 0 for a file with one e-mail column of each kind, else which one (Google's "E-mail 2");
# $label: one of the kinds above.
address-book-csv-email =
    { $group ->
        [0] Имейл ({ $label })
       *[other] Имейл { $group } ({ $label })
    }
address-book-csv-phone =
    { $group ->
        [0] Телефон ({ $label })
       *[other] Телефон { $group } ({ $label })
    }
address-book-csv-address =
    { $group ->
        [0] Адрес ({ $label })
       *[other] Адрес { $group } ({ $label })
    }
# A part of a postal address in a column of its own. $part: one of the parts below.
address-book-csv-address-part =
    { $group ->
        [0] { $part } ({ $label })
       *[other] { $part }, адрес { $group } ({ $label })
    }
address-book-csv-part-street = Улица
address-book-csv-part-postal-code = Пощенски код
address-book-csv-part-city = Населено място
address-book-csv-part-region = Област
address-book-csv-part-country = Държава
# A column that gives the kinds (work, home…) of the e-mail addresses, phones or addresses.
address-book-csv-labels-email =
    { $group ->
        [0] Видове на имейл адресите
       *[other] Вид на имейл { $group }
    }
address-book-csv-labels-phone =
    { $group ->
        [0] Видове на телефонните номера
       *[other] Вид на телефон { $group }
    }
address-book-csv-labels-address =
    { $group ->
        [0] Видове на пощенските адреси
       *[other] Вид на адрес { $group }
    }

## Import wizard: duplicates and rows that cannot be imported

# The bold part of address-book-review-counts: rows that become new cards.
address-book-review-new =
    { $count ->
        [one] { $count } нов
       *[other] { $count } нови
    }
# $rows: rows in the file; $fresh: address-book-review-new in bold; $duplicates and $problems: counts.
address-book-review-counts =
    { $rows ->
        [one] { $rows } ред
       *[other] { $rows } реда
    } във файла: { $fresh }, { $duplicates ->
        [one] { $duplicates } дубликат
       *[other] { $duplicates } дубликата
    }, { $problems ->
        [one] { $problems } неимпортируем
       *[other] { $problems } неимпортируеми
    }.
# $count: rows of the file already in the vault.
address-book-review-duplicates-title = Вече в Custos ({ $count })
address-book-review-decide-all = За всички дубликати:
address-book-review-choose = изберете…
address-book-import-decision-merge = Сливане с картата
address-book-import-decision-skip = Пропускане
address-book-import-decision-new = Добавяне като нова
address-book-review-merge-hint =
    Сливането добавя само това, което липсва в картата (имейл адреси, телефони, етикети, празни полета), и никога не презаписва.
address-book-review-col-line = Ред
address-book-review-col-in-file = Във файла
address-book-review-col-matches = Съвпада с
address-book-review-col-because = Поради
address-book-review-col-decision = Действие
address-book-review-restricted = ограничена: не може да се слее
# A row that repeats an earlier row of the same file. $line: that row's line; $name: its name.
address-book-review-earlier-row = ред { $line } от този файл: { $name }
# Why a row is a duplicate, listed after each other.
address-book-review-matched-email = същият имейл адрес
address-book-review-matched-phone = същият телефонен номер
address-book-review-matched-name = същото име в същата организация
# The decision list's accessible name. $line: the row's line; $name: its name.
address-book-review-decision-label = Действие за ред { $line }, { $name }
# Only the first duplicates are listed. $shown: how many are; $rest: how many are not.
address-book-review-more-duplicates = Показани са първите { $shown }; за останалите { $rest } важи изборът за всички дубликати (сливане, освен ако не изберете друго).
# The same after the user chose a decision for every duplicate.
address-book-review-more-duplicates-chosen = Показани са първите { $shown }; за останалите { $rest } важи изборът за всички дубликати.
address-book-review-no-duplicates = Никой от файла не е вече в Custos.
# $count: rows that cannot be imported.
address-book-review-problems-title = Не могат да бъдат импортирани ({ $count })
# After a shortened list; $count: the items not listed.
address-book-review-and-more = и още { $count }.
address-book-review-skip-problems =
    { $count ->
        [one] Пропускане на този ред и импортиране на останалите
       *[other] Пропускане на тези { $count } реда и импортиране на останалите
    }
# $count: values of the file that cannot be stored.
address-book-review-warnings-title = Пропуснати стойности ({ $count })
address-book-review-warnings-hint = Тези стойности не могат да бъдат запазени във вида си; останалата част от всеки ред се импортира.

## Export (Import/Export → Export contacts…)

address-book-export-title = Експорт на контакти
address-book-export-intro =
    Активните контакти с имената, организацията, имейл адресите, телефоните, пощенските адреси, етикетите и бележките им —
    без съгласия, разговори или каквото и да е друго, записано за тях. Ограничените контакти се пропускат.
address-book-export-format = Формат
address-book-export-format-vcard-hint = за адресници и телефони
address-book-export-format-csv-hint = за електронни таблици
address-book-export-status = Статус
address-book-export-any-status = Всеки статус
address-book-export-tag = Етикет
address-book-export-any-tag = Всеки етикет
# A tag in the list; $name: the tag; $count: the contacts that have it.
address-book-export-tag-option = { $name } ({ $count })
address-book-export-path = Запазване като
address-book-export-path-hint = Съществуващ файл никога не се заменя.
address-book-export-choose-path = Изберете къде да се запише файлът.
# $count: contacts written; $path: the file.
address-book-export-done =
    { $count ->
        [one] Записан е { $count } контакт
       *[other] Записани са { $count } контакта
    } в { $path }.
address-book-export-submit = Експортиране
address-book-export-exporting = Експортиране…

## Undo an import (Import/Export → Undo an import…)

address-book-recent-title = Отмяна на импорт
address-book-recent-intro = Адресниците, импортирани от стартирането на Custos. След рестарт остават такива, каквито са.
address-book-recent-none = Няма импорт от стартирането на Custos, който може да бъде отменен.
# Under the import's source. $date: when it was made (date and time); $count: its cards.
address-book-recent-imported =
    импортиран на { $date } · { $count ->
        [one] { $count } карта
       *[other] { $count } карти
    }
# $date: when the import was made (date and time); $count: cards the undo removed.
address-book-recent-undone =
    Импортът от { $date } беше отменен: { $count ->
        [one] премахната е { $count } карта
       *[other] премахнати са { $count } карти
    }.

## Possible duplicates

address-book-duplicates-title = Възможни дубликати
address-book-duplicates-open-hint = Карти, които може да са на един човек: сравнете ги една до друга и ги слейте
# Read by screen readers after the number of pairs on the button.
address-book-duplicates-pairs-unit =
    { $count ->
        [one] двойка
       *[other] двойки
    }
address-book-duplicates-intro =
    Карти с общ имейл адрес или телефонен номер или със същото име в същата организация. Сравнете двойка една до друга
    и я слейте, ако е един човек; двойка от двама различни души може да остане както е.
address-book-duplicates-looking = Търсене на възможни дубликати…
address-book-duplicates-none = Няма възможни дубликати: няма две карти с общ имейл адрес, телефонен номер или име в една организация.
address-book-duplicates-count =
    { $count ->
        [one] { $count } двойка за преглед. Изберете една, за да я сравните.
       *[other] { $count } двойки за преглед. Изберете една, за да я сравните.
    }
# A pair's accessible name. $first and $second: "Anna Kowalska (#4)"; $matches: what they share.
address-book-duplicates-pair-label = Сравняване на { $first } и { $second }. { $matches }
address-book-duplicates-compare = Сравняване ›
# What two cards share; $value: the e-mail address or phone number.
address-book-match-email = Същият имейл адрес: { $value }
address-book-match-phone = Същият телефонен номер: { $value }
address-book-match-name = Същото име в същата организация
# After a merge. $merged and $kept: the two cards' names (in bold); $mergedId, $keptId: their numbers.
address-book-merged-title = { $merged } (#{ $mergedId }) е слята с { $kept } (#{ $keptId })
# $id: the kept card's number.
address-book-merged-open = Отваряне на картата (#{ $id })
address-book-merged-dismiss = Скриване

## What a merge did (the lines under address-book-merged-title). $id: the removed card's number.

# $value: the e-mail address, phone number or postal address; $label: Work, Home, Mobile, Other.
address-book-merged-added-email = Добавен имейл адрес { $value } ({ $label })
address-book-merged-added-phone = Добавен телефонен номер { $value } ({ $label })
address-book-merged-added-address = Добавен пощенски адрес { $value } ({ $label })
# Another field (not expected); $field: its name within a sentence.
address-book-merged-added-field = Добавено ({ $field }): { $value } ({ $label })
# $fields: the fields, separated by commas.
address-book-merged-filled = Попълнени: { $fields }
address-book-merged-notes = Бележките на #{ $id } са добавени след собствените бележки на тази карта
# $tags: the tags, separated by commas.
address-book-merged-tags = Добавени етикети: { $tags }
# $items: the parts below that are not zero, separated by commas.
address-book-merged-moved = Прехвърлени тук: { $items }
address-book-merged-moved-conversations =
    { $count ->
        [one] { $count } разговор
       *[other] { $count } разговора
    }
address-book-merged-moved-consents =
    { $count ->
        [one] { $count } запис за съгласие
       *[other] { $count } записа за съгласие
    }
address-book-merged-moved-objections =
    { $count ->
        [one] { $count } възражение
       *[other] { $count } възражения
    }
address-book-merged-moved-requests =
    { $count ->
        [one] { $count } искане
       *[other] { $count } искания
    }
address-book-merged-moved-hold = задържането с основание
address-book-merged-objections-dropped =
    { $count ->
        [one] { $count } възражение е пропуснато: и двете карти са възразили срещу същата цел, остава по-ранното възражение
       *[other] { $count } възражения са пропуснати: и двете карти са възразили срещу същата цел, остава по-ранното възражение
    }
# $fields: the fields within a sentence (address-book-field-inline-*), separated by commas.
address-book-merged-not-taken = Запазени са собствените стойности на тази карта ({ $fields }): #{ $id } имаше други стойности, които се виждат в историята на картата
address-book-merged-nothing = #{ $id } нямаше нищо, което да липсва в тази карта.
# A card's fields as a sentence names them.
address-book-field-inline-display-name = име
address-book-field-inline-given-name = собствено име
address-book-field-inline-family-name = фамилия
address-book-field-inline-email = имейл
address-book-field-inline-phone = телефон
address-book-field-inline-organisation = организация
address-book-field-inline-job-title = длъжност
address-book-field-inline-address = адрес
address-book-field-inline-id-number = номер на документ
address-book-field-inline-tags = етикети
address-book-field-inline-notes = бележки

## Compare and merge (two possible duplicates side by side)

address-book-compare-back = ‹ Всички възможни дубликати
address-book-compare-title = Сравняване и сливане
address-book-compare-matches = Какво е общото между двете карти
address-book-compare-back-to-list = Обратно към списъка
address-book-compare-loading = Зареждане на двете карти…
# $card: "Anna Kowalska (#4)".
address-book-compare-keep-label = Запазване на { $card }
address-book-compare-keep = Запазване на тази карта
address-book-compare-kept = Остава: поема това, което има другата
address-book-compare-removed = Слива се, после се премахва
address-book-compare-row-status = Статус
address-book-compare-row-email = Имейл адреси
address-book-compare-row-phone = Телефонни номера
address-book-compare-row-address = Пощенски адреси
address-book-compare-row-source = Източник
address-book-compare-row-created = Добавена
address-book-compare-row-last-contact = Последен контакт
address-book-compare-row-conversations = Разговори
address-book-compare-empty-both = Празни и в двете
address-book-compare-empty = празно
# After an e-mail address, phone or address of a card that has several.
address-book-compare-primary = основен
address-book-compare-no-last-contact = няма записан
address-book-compare-masked = (чувствителни, скрити)
address-book-compare-details = Повече за сливането
# What Merge will do. $other: the card merged in, "Anna K. (#12)"; $keep: the card kept;
# $otherId, $keepId: their numbers; $conversations: the other card's conversations (0: not counted).
address-book-merge-summary =
    { $other } ще бъде слята с { $keep }: имейл адресите, телефонните номера, пощенските адреси, етикетите, { $conversations ->
        [0] разговорите
        [one] { $conversations } разговор
       *[other] { $conversations } разговора
    }, съгласията, възраженията и исканията на #{ $otherId } преминават към #{ $keepId }, а #{ $otherId } се премахва.
address-book-merge-detail-takes = #{ $keepId } взема само това, което ѝ липсва: адрес или номер, който вече има, не се добавя втори път, празните ѝ полета се попълват от #{ $otherId }, а бележките на #{ $otherId } се добавят след нейните.
address-book-merge-detail-conflicts = Когато двете карти имат различна стойност, остава тази на #{ $keepId }; тази на #{ $otherId } се пази в историята на #{ $keepId }.
address-book-merge-detail-hold = Задържане с основание на #{ $otherId } също преминава към #{ $keepId }. #{ $keepId } запазва собственото си име, статус, източник и състояние на ограничаване.
address-book-merge-irreversible = Това не може да бъде отменено.
address-book-merge-submit = Сливане на #{ $otherId } с #{ $keepId }
address-book-merge-merging = Сливане…
address-book-merge-swap = Запазване на #{ $otherId } вместо това
