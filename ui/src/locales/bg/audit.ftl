# Одитен дневник: екранът, филтърът, четимите записи и проверката на веригата.

audit-title = Одитен дневник
audit-verify = Проверка на веригата
audit-verifying = Проверка…
audit-intro = Всяка промяна и всеки експорт, от най-новите, с това кой ги е направил. Записите са свързани във верига чрез хешовете си: „Проверка на веригата“ показва дали някой е бил променен или премахнат, след като е записан.
audit-chain-ok =
    Веригата е наред: { $count ->
        [one] проверен е { $count } запис
       *[other] проверени са { $count } записа
    }, няма променени или липсващи.
audit-chain-broken =
    Веригата е прекъсната ({ $count ->
        [one] проверен е { $count } запис
       *[other] проверени са { $count } записа
    }, { $problems ->
        [one] { $problems } проблем
       *[other] { $problems } проблема
    }). Дневникът е променен извън Custos: запазете този трезор като доказателство и възстановете резервно копие, за да продължите работа.
audit-chain-edited = Запис #{ $entry } е променен, след като е записан.
audit-chain-missing = Липсват записите между #{ $after } и #{ $before }.
audit-chain-broken-link = Запис #{ $entry } не е свързан с предходния запис.
audit-chain-tail-missing = Най-новите записи липсват: дневникът трябва да завършва на #{ $expected }, а завършва на #{ $found }.

## Филтър

audit-filter-label = Филтриране на одитния дневник
audit-contact-number = Номер на контакт
audit-contact-any = всеки
audit-current-card = Текуща карта
audit-current-card-numbered = Текуща карта #{ $id }
audit-current-card-none = Първо отворете картата на контакт
audit-current-card-title = Показване на записите за контакт #{ $id }
audit-action = Действие
audit-all-actions = Всички действия
audit-from = От
audit-to = До
audit-clear = Изчистване
audit-error-contact = Контактът се посочва с номера си, напр. 12 (показва се като #12).
audit-error-from = Въведете първия ден като дата, напр. 2026-03-01.
audit-error-to = Въведете последния ден като дата, напр. 2026-03-31.
audit-error-order = Първият ден е след последния.

## Записи

audit-loading = Зареждане на дневника…
audit-empty = Няма записи, отговарящи на този филтър.
audit-col-time = Време
audit-col-operator = Оператор
audit-col-action = Действие
audit-col-target = Обект
audit-col-details = Подробности
audit-entry-title = Запис #{ $id }
audit-erased-note = (данните на лицето са изтрити)
audit-count =
    { $count ->
        [one] { $count } запис
       *[other] { $count } записа
    }, от най-новите.
audit-show-older = Показване на по-старите записи

## За какво се отнася записът

audit-target-vault = Трезор
audit-target-contact = Контакт
audit-target-conversation = Разговор
audit-target-purpose = Цел на обработването
audit-target-company = Профил на фирмата
audit-target-request = Искане
audit-target-numbered = { $kind } #{ $id }

## Подробности за запис на един ред

audit-redacted = [заличено]
audit-empty-value = (празно)
audit-none = няма
audit-quoted = „{ $value }“
audit-point = „{ $value }“ ({ $label })
audit-changed = Променено: { $fields }
audit-changed-before = Променено: { $fields } — преди: { $before }
audit-nothing = нищо
audit-field-value = { $field } { $value }
audit-key-value = { $key }: { $value }
audit-true = да
audit-false = не

## Action names (the core's action codes: `contact.restriction_lifted` is audit-action-contact-restriction-lifted)

audit-action-vault-created = Създаден трезор
audit-action-vault-passphrase-changed = Сменена парола на трезора
audit-action-vault-backup-created = Създадено резервно копие на трезора
audit-action-vault-restored = Трезорът е възстановен от резервно копие
audit-action-contact-created = Създаден контакт
audit-action-contact-updated = Променен контакт
audit-action-contact-sensitive-revealed = Показани скрити данни на контакт
audit-action-conversation-added = Добавен разговор
audit-action-conversation-imported = Импортиран разговор
audit-action-purpose-created = Създадена цел на обработването
audit-action-purpose-updated = Променена цел на обработването
audit-action-consent-given = Дадено съгласие
audit-action-consent-confirmed = Потвърдено съгласие
audit-action-consent-withdrawn = Оттеглено съгласие
audit-action-consent-expired = Изтекло съгласие
audit-action-company-profile-updated = Променен профил на фирмата
audit-action-contact-restricted = Ограничено обработване на данните на контакт
audit-action-contact-restriction-lifted = Отменено ограничаване на обработването
audit-action-objection-recorded = Регистрирано възражение
audit-action-contact-erased = Изтрити данни на контакт
audit-action-purpose-audience-exported = Експортиран списък с адресати за целта
audit-action-retention-rule-set = Зададено правило за съхранение
audit-action-retention-rule-removed = Премахнато правило за съхранение
audit-action-retention-kept = Данните са запазени въпреки изтеклия срок на съхранение
audit-action-retention-transcripts-deleted = Изтрити записи на разговори след срока на съхранение
audit-action-request-opened = Регистрирано искане
audit-action-request-matched = Искането е свързано с контакт
audit-action-request-identity-checked = Проверена самоличност на заявителя
audit-action-request-extended = Удължен срок за отговор на искането
audit-action-request-action-recorded = Записано действие по искането
audit-action-request-closed = Приключено искане
audit-action-request-refused = Отказано искане
audit-action-calendar-closure-day-added = Добавен неработен ден на фирмата
audit-action-calendar-closure-day-removed = Премахнат неработен ден на фирмата
audit-action-document-access-report = Създаден отчет за достъп до данните
audit-action-document-request-letter = Създадено писмо по искането
audit-action-vault-backups-rotated = Премахнати стари резервни копия (ротация)
audit-action-vault-backup-folder-chosen = Избрана папка за резервни копия
audit-action-contact-imported = Импортирани контакти
audit-action-contact-import-undone = Отменен импорт на контакти
audit-action-contact-merged = Обединени контакти
audit-action-contact-exported = Експортирани контакти
audit-action-vault-key-slots-created = Създадени са собствени пароли на операторите
audit-action-operator-added = Добавен оператор
audit-action-operator-role-changed = Променена роля на оператор
audit-action-operator-reset = Нова начална парола за оператор
audit-action-operator-removed = Премахнат оператор
audit-action-vault-rekeyed = Трезорът е презашифрован
audit-action-vault-recovery-kit-made = Отпечатан комплект за възстановяване
audit-action-vault-recovery-used = Използван комплект за възстановяване
audit-action-vault-data-key-revealed = Показан ключ за данните
audit-action-vault-team-created = Създаден екип (споделена папка)
audit-action-vault-team-invited = Поканено работно място (покана)
audit-action-vault-team-joined = Работно място се присъедини към екипа
audit-action-vault-team-problem-dismissed = Отхвърлен проблем при синхронизацията на екипа

## Names of the details an entry records (the keys of its details: `redacted_entries` is audit-key-redacted-entries)

audit-key-reason = Причина
audit-key-status = Статус
audit-key-name = Име
audit-key-messages = Съобщения
audit-key-kind = Вид
audit-key-file = Файл
audit-key-fields = Полета
audit-key-at = Кога
audit-key-text = Текст
audit-key-sender = Подател
audit-key-purpose = Цел
audit-key-previous = Преди
audit-key-masked = Скрити
audit-key-from = От
audit-key-to = До
audit-key-conversations = Разговори
audit-key-tags = Етикети
audit-key-tags-added = Добавени етикети
audit-key-tags-removed = Премахнати етикети
audit-key-summary = Обобщение
audit-key-source = Източник
audit-key-rule = Правило
audit-key-points-added = Добавени данни за връзка
audit-key-points-removed = Премахнати данни за връзка
audit-key-objection = Възражение
audit-key-method = Начин
audit-key-merged = Обединено
audit-key-import = Импорт
audit-key-format = Формат
audit-key-due-on = Срок
audit-key-describe = Описание
audit-key-description = Описание
audit-key-day = Ден
audit-key-contacts = Контакти
audit-key-contact = Контакт
audit-key-channel = Канал
audit-key-actions = Действия
audit-key-removed = Премахнати
audit-key-redacted-entries = Заличени записи
audit-key-folder = Папка
audit-key-request = Искане
audit-key-rows = Редове
audit-key-skipped = Пропуснати
audit-key-origin = Произход
audit-key-people = Лица
audit-key-language = Език

audit-rule = Правило № { $id }: { $rule }

audit-key-operator = Оператор
audit-key-role = Роля
audit-key-owner = Собственик
audit-key-why = Причина
audit-key-replaced = Заменен предишен комплект
audit-key-note-kept = Бележката е запазена
audit-key-review-on = Преглед на
audit-key-action = Действие
audit-key-period = Срок
audit-key-received-on = Получено на
audit-key-result = Резултат
audit-key-checked-on = Проверено на
audit-key-notified-on = Уведомен на
audit-key-audit-entry = Запис в одитния дневник
audit-key-no-data = Не се съхраняват лични данни
audit-key-before = Резервно копие на предишното състояние
audit-key-before-upgrade-from-schema = Преди обновяването от схема
audit-key-merged-name = Име на слятата карта
audit-key-filled = Попълнени полета
audit-key-notes-appended = Добавени бележки
audit-key-sensitive-added = Добавени чувствителни полета
audit-key-not-taken = Непоети стойности
audit-key-moved = Преместено
audit-key-consent-events = Събития по съгласието
audit-key-objections = Възражения
audit-key-requests = Искания
audit-key-retention-hold = Задържане на съхранението
audit-key-objections-dropped = Отпаднали възражения
audit-key-created-at = Създадено на
audit-key-last-contact-at = Последен контакт
audit-key-card = Карта
audit-key-evidence-ref = Доказателство
audit-key-recorded-by = Записано от
audit-key-recorded-at = Записано на
audit-key-staff-addresses = Адреси на служителите
audit-key-event = Събитие
audit-key-added-to-earlier = Добавено към по-ранен разговор
audit-key-tag = Етикет
audit-key-cards-removed = Премахнати карти
audit-key-fields-cleared = Изчистени полета
audit-key-tagged = С етикет
audit-key-created = Създадени
audit-key-not-merged = Неслети
audit-key-problems-skipped = Пропуснати редове с проблеми
audit-key-values-left-out = Пропуснати стойности
audit-key-fields-filled = Попълнени полета
audit-key-backups-hold-until = Резервните копия пазят данните до
audit-key-data-subject-categories = Категории субекти на данни
audit-key-from-conversations = Създадено от разговори
audit-key-document = Документ
audit-key-sha256 = SHA-256
audit-key-letter = Писмо
audit-key-extra-redactions = Допълнително заличени имена

audit-value-why-asked = По искане на собственик
audit-value-why-operator-removed = Премахнат е оператор
audit-value-source-person = От самото лице
audit-value-source-third-party = От трета страна
audit-value-source-public = От публичен източник
audit-value-document-report = Отчет за достъп
audit-value-document-export = Преносим експорт
audit-value-format-csv = CSV
audit-value-format-vcard = vCard
audit-value-format-google = Google Contacts (CSV)
audit-value-format-outlook = Outlook (CSV)
audit-value-format-zip = ZIP
