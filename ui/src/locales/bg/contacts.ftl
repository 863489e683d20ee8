# Изгледът на контактите: списъкът, картата, формулярът за контакт, търсенето, етикетите, историята на картата.

## Изгледът на контактите до списъка (ContactsView)

contacts-view-duplicates-label = Възможни дубликати
contacts-view-card-label = Карта на контакта
contacts-view-choose = Изберете контакт вляво или потърсете когото и да е с Ctrl+K.
# Показва се веднъж, в нов трезор без контакти.
contacts-start-title = Трезорът е готов
contacts-start-encrypted = Всичко, което добавите, остава шифровано в този единствен файл на този компютър.
# $new: името на бутона „Нов контакт“, с удебелен шрифт; $import: бутон „Импортиране на контакти…“.
contacts-start-add = Добавете първия си контакт с { $new } (Ctrl+N) или внесете адресна книга — Google Контакти, Outlook, електронна таблица или vCard файл от телефон: { $import } (Ctrl+I).
# $settings: името на раздела „Настройки“ (contacts-start-settings-name), с удебелен шрифт.
contacts-start-settings = В { $settings } въведете данните на фирмата си и целите, за които съхранявате данни.
contacts-start-settings-name = Настройки
contacts-start-chats = Пазете чатовете до картата: импортирайте експорт от WhatsApp или запишете телефонен разговор.
# Бутонът (и заглавието на прозореца), с който се добавя контакт.
contacts-new-contact = Нов контакт
contacts-import-contacts = Импортиране на контакти…

## Списъкът с контакти (ContactList)

contacts-list-label = Списък с контакти
# Пред филтъра по статус: „Показване [Всички контакти ▾]“.
contacts-list-show = Показване
contacts-list-all = Всички контакти
contacts-list-tag = Етикет
contacts-list-tag-title = Само контактите с този етикет
contacts-list-any-tag = Всеки етикет
contacts-list-restricted = Ограничени
    .title = Контактите с ограничено обработване (замразени) не се показват в обикновения списък
# Броят на ограничените контакти в списъка (отметнато „Ограничени“).
contacts-list-total-restricted =
    { $count ->
        [one] { $count } ограничен
       *[other] { $count } ограничени
    }
contacts-list-none-restricted = Няма ограничени контакти.
# $status: името на статус, напр. „Клиент“.
contacts-list-none-restricted-status = Няма ограничени контакти със статус „{ $status }“.
contacts-list-show-all = Показване на всички контакти
contacts-list-none-tag = Няма контакти с етикет „{ $tag }“.
contacts-list-none-yet = Все още няма контакти — добавете първия (Ctrl+N)
contacts-list-none-yet-hint = Задължително е само името; добавяйте още данни само когато са Ви нужни.
contacts-list-none-status = Няма контакти със статус „{ $status }“.
# Достъпното име на списъка.
contacts-list-contacts = Контакти
contacts-list-loading = Зареждане на контактите…
# Подсказка за датата в ред.
contacts-list-last-contact = Последен контакт
# В ред, вместо датата на последния разговор.
contacts-list-no-contact-yet = още няма контакт

## Картата на контакта (ContactCard, ContactDetails)

contacts-card-loading = Зареждане на картата…
contacts-card-history = История
contacts-card-access-report = Отчет за достъп…
contacts-card-lift-restriction = Отмяна на ограничаването…
contacts-card-restrict = Ограничаване на обработването…
contacts-card-erase = Изтриване…
# $source: откъде са данните, напр. „Трета страна: Jan Nowak“.
contacts-card-source = Източник: { $source }
# $date: датата на последния разговор.
contacts-card-last-contact = Последен контакт: { $date }
contacts-card-last-contact-none = Последен контакт: няма записан
# $date: денят, в който картата е добавена.
contacts-card-added = Добавен на { $date }
contacts-card-edit-label = Редактиране на контакта
contacts-card-save = Запазване на промените
# Заглавие на прозореца с отчета за достъп; $name: името на контакта.
contacts-card-access-report-title = Отчет за достъп за { $name }
contacts-details-only-name = Съхранено е само име. Добавете подробности с „Редактирай“, когато са Ви нужни.
# Имейл адрес, телефонен номер или адрес, отбелязан като основен; $kind: напр. „Служебен“.
contacts-details-primary = { $kind } · основен
# $field: името на поле, напр. „Телефон“.
contacts-details-reveal = Показване
    .aria-label = Показване на { $field }
contacts-details-hide = Скриване
    .aria-label = Скриване на { $field }
contacts-details-sensitive-hint = Чувствителните полета са маскирани. Показването на поле се записва в одитния журнал заедно с Вашето име.

## Формулярът за контакт (ContactFormFields, NewContactDialog, contact-form.ts)

contacts-form-add-email = Добавяне на имейл адрес
contacts-form-add-phone = Добавяне на телефонен номер
contacts-form-add-address = Добавяне на адрес
contacts-form-source-person = Самият субект на данните
contacts-form-source-third-party = Трета страна
contacts-form-source-public = Публичен източник
# Квадратче до всяко поле; $field: името на полето.
contacts-form-sensitive = Чувствително
    .aria-label = Маркиране на { $field } като чувствително (маскирано, докато не бъде показано)
# Под маскирано поле, което не може да се редактира.
contacts-form-masked = Маскирано.
# $reveal: бутонът „Показване за редактиране“ (contacts-form-reveal-to-edit).
contacts-form-masked-reveal = Маскирано. { $reveal } (записва се в одитния журнал)
contacts-form-reveal-to-edit = Показване за редактиране
# $field: напр. „Имейл“; $n: номерът на реда (1, 2…).
contacts-form-point-kind = Вид: { $field } { $n }
# Отбелязва основния от няколко имейл адреса, телефонни номера или адреса.
contacts-form-primary = Основен
contacts-form-remove = Премахване
    .aria-label = Премахване на { $field } { $n }
contacts-form-status = Статус
contacts-form-tags-placeholder = напр. Изложение 2026, Бюлетин
contacts-form-tags-hint = Разделете етикетите със запетаи.
contacts-form-source-legend = Откъде са получени данните
contacts-form-which-third-party = Коя трета страна
contacts-form-which-public-source = Кой публичен източник
contacts-form-third-party-placeholder = напр. препоръка от Мария Иванова
contacts-form-public-source-placeholder = напр. Търговски регистър
contacts-form-source-hint = Необходимо за уведомленията за поверителност (чл. 14) и исканията за достъп (чл. 15, пар. 1, буква „ж“).
contacts-form-error-name = Въведете име: това е единственото задължително поле.
contacts-form-error-third-party = Посочете третата страна, от която са получени данните.
contacts-form-error-public = Посочете публичния източник на данните.
contacts-new-hint = Задължително е само името. Не съхранявайте повече, отколкото Ви е нужно (свеждане на данните до минимум).
contacts-new-adding = Добавяне…
contacts-new-add = Добавяне на контакт

## Корекциите на картата (ContactHistory)

contacts-history-title = Корекции
contacts-history-audit-link = Целият одитен журнал на този контакт
contacts-history-intro = Кой кои полета е променил и какво са съдържали преди това. Чувствителните стойности остават маскирани.
contacts-history-none = Няма промени, откакто картата е добавена.
# Запис: $when е датата и часът (с удебелен шрифт), $operator — кой го е направил.
contacts-history-entry = { $when } · { $operator }
# $fields: имената на полетата, напр. „Имейл, Номер на документ“.
contacts-history-changed = { $when } · { $operator } промени { $fields }
# $card: картата, обединена с тази, напр. „#12 (Anna Nowak)“.
contacts-history-merged = { $when } · { $operator } обедини { $card } с тази карта
contacts-history-merged-taking = { $when } · { $operator } обедини { $card } с тази карта и пренесе { $fields }
# Стойността на поле преди промяната; $field: името му.
contacts-history-before = { $field } преди
contacts-history-masked = (чувствително, маскирано)

## Избор на контакт (ContactPicker)

# $label: какво се избира, напр. „Контакт“; $name: името на контакта, с удебелен шрифт; $id: номерът му.
contacts-picker-chosen = { $label }: { $name } (#{ $id })
contacts-picker-change = Промяна
contacts-picker-placeholder = Въведете име, имейл или телефон
contacts-picker-matches = Съвпадащи контакти
contacts-picker-none = Няма контакт, който да съвпада с „{ $query }“.

## Менюто „Импорт/експорт“ (ContactsMenu)

contacts-menu-button = Импорт/експорт
    .title = Импортиране и експортиране на контакти
contacts-menu-label = Импорт и експорт
contacts-menu-export = Експортиране на контакти…
contacts-menu-undo = Отмяна на импортиране…
# Клавишната комбинация до „Импортиране на контакти…“.
contacts-menu-import-keys = Ctrl+I

## Етикетите в картата (QuickTags)

contacts-tags-remove = Премахване на етикета
    .aria-label = Премахване на етикета { $tag }
contacts-tags-new-label = Нови етикети, разделени със запетаи
contacts-tags-placeholder = Етикет, друг етикет
contacts-tags-add = Добавяне
# Отваря полето за добавяне на етикети.
contacts-tags-add-button = + Етикет

## Търсене (SearchBox)

contacts-search-label = Търсене в контакти и разговори
# Два интервала преди клавишната комбинация.
contacts-search-placeholder = Търсене в контакти и разговори  Ctrl+K
contacts-search-none = Няма резултати за „{ $query }“. Опитайте с началото на дума или с по-малко думи.
contacts-search-searching = Търсене…
contacts-search-results = Резултати от търсенето
# Вместо откъса, когато думите съвпадат в чувствително (маскирано) поле.
contacts-search-masked-match = съвпадение в маскирано поле

contacts-erased-name = Изтрит контакт № { $id }
