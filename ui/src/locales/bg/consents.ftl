# Съгласия и възражения в картата на контакт, целите в Настройки (списък и формуляр) и кои лица
# може да се търсят за дадена цел (списък с износ в CSV).

## Състояние на съгласие (кодове от ядрото) и събития в историята му

consent-state-never-given = Не е давано
consent-state-given = Дадено
consent-state-confirmed = Потвърдено
consent-state-withdrawn = Оттеглено
consent-state-expired = Изтекло
consent-state-given-awaiting = Дадено, очаква потвърждение
consent-event-given = Даване
consent-event-confirmed = Потвърждаване
consent-event-withdrawn = Оттегляне
consent-event-expired = Изтичане

## Как лицето е дало, потвърдило или оттеглило съгласие, или е възразило

consent-method-web-form = Уеб формуляр
consent-method-email = Имейл
consent-method-phone = Телефон
consent-method-in-person = Лично
consent-method-chat = Чат
consent-method-paper = На хартия

## Съгласията в картата

consents-title = Съгласия и възможност за контакт
consents-loading = Зареждане на съгласията…
consents-no-purposes = Все още няма цели. Добавете причините, поради които съхранявате данни за контакт, в Настройки → Цели; съгласията се записват тук за всяка от тях.
consents-may-contact = Контактът е разрешен
consents-may-not-contact = Контактът не е разрешен
consents-objected = Възражение от { $date } ({ $method }), записано от { $who }.
consents-objected-ref = Възражение от { $date } ({ $method }, реф. { $ref }), записано от { $who }.
consents-give = Запиши съгласие…
consents-give-again = Запиши отново…
consents-confirm = Потвърди…
consents-withdraw = Оттегли
consents-withdrawing = Оттегляне…
consents-object = Възражение…
consents-withdraw-method = Начин, по който { $name } оттегля съгласието си за { $purpose }
consents-history-show = История ({ $count })
consents-history-hide = Скрий историята
consents-history-caption = История на съгласието за { $purpose }
consents-history-when = Кога
consents-history-event = Събитие
consents-history-method = Начин
consents-history-wording = Текст
consents-history-evidence = Доказателство
consents-history-recorded-by = Записано от
consents-history-recorded = { $who }, { $when }
consents-version = Версия { $version }
consents-done-give = { $name }: съгласието е записано.
consents-done-confirm = { $name }: потвърждението е записано.
consents-done-withdraw = { $name }: съгласието е оттеглено.
consents-done-object = { $name }: възражението е записано.

## Формулярът за съгласие, потвърждение или възражение

consent-form-title-give = Записване на съгласие
consent-form-title-confirm = Записване на потвърждението
consent-form-title-object = Записване на възражение
consent-form-submit-give = Запиши съгласието
consent-form-submit-confirm = Запиши потвърждението
consent-form-submit-object = Запиши възражението
consent-form-recording = Записване…
consent-form-object-hint = { $name } възразява срещу „{ $purpose }“ (чл. 21 от { -gdpr }). Оттук нататък данните на лицето не могат да се използват за тази цел, независимо от правното основание.
consent-form-confirm-hint = Двойно потвърждение (double opt-in): кога и как е потвърдено от { $name }, напр. чрез връзката в имейла.
consent-form-method = Начин
consent-form-when = Кога
consent-form-confirmed-at = Потвърдено на
consent-form-when-hint = (празно за сега)
consent-form-evidence-ref = Референция на доказателството
consent-form-confirmation-ref = Референция на потвърждението
consent-form-evidence-placeholder = № на формуляр, идентификатор на имейл, сканиран документ…
consent-form-wording = Показан текст
consent-form-version-dated = Версия { $version } — { $date }
consent-form-version-current-dated = Версия { $version } (текуща) — { $date }
consent-form-version-current = Версия { $version } (текуща)
consent-form-versions-error = По-старите версии не можаха да се заредят: { $error }
consent-form-error-time = Въведете дата и час или оставете полето празно за сега.

## Настройки → Цели

purposes-title = Цели
purposes-add = Добави цел
purposes-intro = Защо съхранявате лични данни и на какво правно основание. Уведомленията за поверителност, отчетите за достъп и регистърът на дейностите по обработване се изготвят от този списък.
purposes-empty = Все още няма цели. Добавете причините, поради които съхранявате данни за контакт — например „Отговори на запитвания“ (договор) или „Бюлетин“ (съгласие).
purposes-loading = Зареждане на целите…
purposes-audience = Кой може да бъде търсен
purposes-audience-for = Кой може да бъде търсен за { $purpose }
purposes-edit-named = Редактирай { $purpose }

## Формулярът на цел

purpose-form-title-new = Нова цел
purpose-form-title-edit = Редактиране на „{ $purpose }“
purpose-form-name = Наименование
purpose-form-name-placeholder = напр. Отговори на запитвания
purpose-form-basis = Правно основание
purpose-form-description = Описание
purpose-form-interest = Преследван законен интерес
purpose-form-interest-hint = Задължително за чл. 6, пар. 1, буква „е“: посочете какъв е интересът, напр. „проследяване на изпратени оферти“.
purpose-form-wording = Текст на съгласието
purpose-form-wording-hint = Точният текст, с който лицата се съгласяват. Промяната му създава нова версия; вече дадените съгласия запазват версията, която лицето е видяло.
purpose-form-wording-new-version = При запазване ще се създаде нова версия.
purpose-form-double-opt-in = Двойно потвърждение: съгласието важи едва след като лицето го потвърди
purpose-form-subjects = Категории субекти на данни
purpose-form-subjects-hint = За кого се отнасят данните, по една категория на ред, напр. „клиенти“, „кандидати за работа“. Регистърът на дейностите по обработване ги изброява.
purpose-form-categories = Категории данни
purpose-form-categories-hint = По една на ред, напр. „данни за контакт“.
purpose-form-retention = Колко дълго се съхраняват данните
purpose-form-retention-hint = Срок или критериите, напр. „2 години след последния контакт“.
purpose-form-requirement = Длъжно ли е лицето да предостави данните?
purpose-form-requirement-voluntary = Не, доброволно е
purpose-form-requirement-statutory = Да, по закон
purpose-form-requirement-contractual = Да, по договор
purpose-form-consequence = Последици, ако не ги предостави
purpose-form-automated = Има автоматизирано вземане на решения или профилиране
purpose-form-automated-logic = Използваната логика и значението ѝ за лицето
purpose-form-recipients = Получатели и обработващи лични данни
purpose-form-recipients-none = Няма. Добавете инструментите и фирмите, които получават тези данни, напр. доставчика Ви на имейл услуги.
purpose-form-recipient-name = Наименование
purpose-form-recipient-role = Роля
purpose-form-recipient-country = Държава
purpose-form-recipient-country-placeholder = BG
purpose-form-recipient-safeguard = Гаранция при предаване
purpose-form-recipient-safeguard-detail = Подробности за гаранцията
purpose-form-recipient-safeguard-placeholder = напр. решението относно адекватното ниво на защита или версията на СДК
purpose-form-recipient-remove = Премахни
purpose-form-recipient-remove-named = Премахни получател { $number }
purpose-form-recipient-add = Добави получател
purpose-form-save = Запази целта
purpose-form-error-automated = Опишете автоматизираното вземане на решения или профилирането, заедно с използваната логика.
purpose-problem = { $field }: { $problem }.
purpose-problem-recipient = Получател { $number }
purpose-problem-field-name = Наименование
purpose-problem-field-description = Описание
purpose-problem-field-legitimate-interest = Законен интерес
purpose-problem-field-consent-wording = Текст на съгласието
purpose-problem-field-requirement = Ако лицето не предостави данните

## Кой може да бъде търсен за дадена цел

consents-audience-title = Кой може да бъде търсен за „{ $purpose }“
consents-audience-total =
    { $count ->
        [one] { $count } лице
       *[other] { $count } лица
    }
consents-audience-hint-confirmed = Всички, чието { -consent } е потвърдено (двойно потвърждение). Лицата с ограничено обработване, изтритите и възразилите никога не се показват.
consents-audience-hint-consent = Всички, чието { -consent } е в сила. Лицата с ограничено обработване, изтритите и възразилите никога не се показват.
consents-audience-hint-other = Всички от списъка с контакти: тази цел не се основава на { -consent }. Лицата с ограничено обработване, изтритите и възразилите никога не се показват.
consents-audience-method-withdrawals = Оттеглянията се записват като
consents-audience-method-objections = Възраженията се записват като
consents-audience-export = Износ в CSV…
consents-audience-export-form = Износ в CSV
consents-audience-export-path = Запиши като
consents-audience-export-hint = CSV файл (UTF-8, разделен със запетаи) с име, имейл, телефон, правно основание и съгласие. Съществуващ файл никога не се презаписва.
consents-audience-export-no-path = Изберете къде да се запише CSV файлът.
consents-audience-export-submit = Изнеси
consents-audience-exporting = Износ…
consents-audience-exported =
    { $count ->
        [one] { $count } лице е записано в { $path }.
       *[other] { $count } лица са записани в { $path }.
    }
consents-audience-file = { $purpose }-kontakti-{ $date }
consents-audience-file-fallback = cel
consents-audience-empty = В момента никой не може да бъде търсен за „{ $purpose }“.
consents-audience-list = Лица, които може да бъдат търсени
consents-audience-open-card = Отвори картата
consents-audience-no-reach = няма имейл или телефон
consents-audience-since = { $state } от { $date }
consents-audience-withdraw-named = Оттегли съгласието на { $name }
consents-audience-object-named = Запиши възражение на { $name }
consents-audience-objected = Възражение
