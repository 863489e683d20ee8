# Искания на субектите на данни: екранът „Искания“, подробностите за искане, регистрирането,
# писмата до заявителя и текстовете за работните дни в Настройки.

## Видове искания и членът от ОРЗД, който дава правото

requests-kind-access = Достъп
requests-kind-rectification = Коригиране
requests-kind-erasure = Изтриване
requests-kind-restriction = Ограничаване на обработването
requests-kind-portability = Преносимост
requests-kind-objection = Възражение
requests-kind-automated-decisions = Автоматизирани решения
requests-kind-consent-withdrawal = Оттегляне на съгласие
requests-article-access = чл. 15
requests-article-rectification = чл. 16
requests-article-erasure = чл. 17
requests-article-restriction = чл. 18
requests-article-portability = чл. 20
requests-article-objection = чл. 21
requests-article-automated-decisions = чл. 22
requests-article-consent-withdrawal = чл. 7, пар. 3
requests-kind-with-article = { $kind } ({ $article })
requests-kind-right = { -gdpr }, { $article }: { $right }
requests-right-access = { -right-of-access }
requests-right-rectification = { -right-to-rectification }
requests-right-erasure = { -right-to-erasure }
requests-right-restriction = { -right-to-restriction }
requests-right-portability = { -right-to-portability }
requests-right-objection = { -right-to-object }
requests-right-automated-decisions = право лицето да не бъде обект на решение, основаващо се единствено на автоматизирано обработване
requests-right-consent-withdrawal = право на оттегляне на съгласието по всяко време

## Начин на получаване, статус, проверка на самоличността

requests-channel-email = Имейл
requests-channel-letter = Писмо
requests-channel-phone = Телефон
requests-channel-in-person = Лично
requests-channel-web-form = Уеб формуляр
requests-channel-other = Друго
requests-status-received = Получено
requests-status-identity-pending = Чака проверка на самоличността
requests-status-in-progress = В процес
requests-status-extended = Удължено
requests-status-done = Изпълнено
requests-status-refused = Отказано
requests-identity-requested = Поискано е доказателство, още не е получено
requests-identity-verified = Потвърдена
requests-identity-failed = Непотвърдена

## Кой, колко спешно, как е изчислен срокът

requests-who-unmatched = { $name } (без свързан контакт)
requests-who-number = Искане № { $id }
requests-urgency-overdue =
    Просрочено с { $days ->
        [one] { $days } ден
       *[other] { $days } дни
    }
requests-urgency-today = Срокът изтича днес
requests-urgency-soon =
    Срокът наближава: { $days ->
        [one] остава { $days } ден
       *[other] остават { $days } дни
    }
requests-urgency-left =
    { $days ->
        [one] Остава { $days } ден
       *[other] Остават { $days } дни
    }
requests-deadline-moved = { $due } ({ $end } е почивен ден, официален празник или неработен ден на фирмата, затова срокът се премества на следващия работен ден)
requests-deadline-received = Получено на { $received }; един месец от получаването: { $due }.
requests-deadline-extended = { $first } Удължено с още два месеца ({ $reason }; лицето е уведомено на { $told }): срок { $due }.

## Необходимото действие

requests-step-rectification = Коригирайте данните в картата на контакта ({ common-edit }).
requests-step-erasure = Изтрийте контакта от картата му (Изтриване).
requests-step-restriction = Ограничете обработването от картата на контакта (Ограничаване на обработването).
requests-step-objection = Отбележете възражението в съгласията в картата на контакта.
requests-step-consent-withdrawal = Отбележете оттеглянето в съгласията в картата на контакта.
requests-step-access = Генерирайте отчета за достъп (с преносимия експорт, ако лицето иска копие). Той се записва тук като извършеното действие.
requests-step-portability = Генерирайте преносимия експорт (ZIP с JSON и CSV), при нужда заедно с отчета за достъп. Той се записва тук като извършеното действие.
requests-step-automated-decisions = Custos не взема автоматизирани решения. Отговорете на лицето извън Custos и запишете какво е направено.

## Грешки във формулярите

requests-error-who = Посочете кой е подал искането: изберете контакта или въведете името на заявителя така, както го е посочил.
requests-error-received-missing = Посочете датата на получаване на искането.
requests-error-received-future = Искането не може да е получено след днешния ден.
requests-error-identity-method = Посочете как е проверена самоличността, напр. „лична карта, показана в офиса“.
requests-error-identity-date = Посочете датата на проверката.
requests-error-identity-future = Проверката не може да е след днешния ден.
requests-error-identity-before = Проверката не може да е преди получаването на искането.
requests-error-extension-reason = Посочете защо искането изисква повече време: лицето се уведомява за причините.

## Настройки → Работни дни

requests-calendar-no-country = В профила на фирмата няма посочена държава: срокът се измества само от почивните дни и неработните дни по-долу. Посочете държавата по-горе, за да се отчитат официалните ѝ празници.
requests-calendar-unsupported = Custos не познава официалните празници на тази държава ({ $country }): срокът се измества само от почивните дни и неработните дни по-долу. Добавете празниците си като неработни дни.
requests-calendar-supported = Сроковете се изместват заради почивните дни, официалните празници на държавата ({ $country }) и неработните дни по-долу.
requests-closure-day-missing = Изберете деня, в който фирмата не работи.
requests-closure-day-taken = { $day } вече е неработен ден.

## Екранът „Искания“

requests-title = Искания
requests-intro = Искания за достъп, изтриване и други искания от лицата, чиито данни обработвате. На всяко трябва да се отговори в срок от един месец от получаването му; всяка стъпка се записва в одитния журнал.
requests-log-button = Регистриране на искане
requests-show-closed = Показване и на приключените искания
requests-loading = Исканията се зареждат…
requests-empty-open = Няма отворени искания.
requests-empty-all = Няма искания.
requests-empty-hint = Когато някой поиска да види, коригира или изтрие данните си или възрази, изберете „{ requests-log-button }“: Custos изчислява срока и следи какво е направено.
requests-table-caption = Искания по срок
requests-column-type = Вид
requests-column-who = Кой
requests-column-received = Получено
requests-column-due = Срок
requests-column-status = Статус
requests-logged = Искането е регистрирано: срок { $due }.
requests-contact-label = Контакт

## Подробности за искане

requests-detail-title = Искане № { $id }: { $kind }
requests-detail-contact-point = Данни за връзка
requests-detail-received-by =
    { $date } { $channel ->
        [email] по имейл
        [letter] с писмо
        [phone] по телефона
        [in_person] лично
        [web_form] чрез уеб формуляр
       *[other] по друг начин
    }
requests-detail-asked = Предмет
requests-detail-urgency = · { $urgency }
requests-detail-identity = Самоличност: { $result } на { $date } ({ $method }).
requests-detail-done-title = Какво е направено
requests-detail-done-line = { $at }: { $description }
requests-detail-done-audit = ({ $action }, запис в одитния журнал № { $entry })
requests-detail-report-recorded = Отчетът е записан като извършеното действие.
requests-detail-outcome-done = Приключено като изпълнено на { $at }.
requests-detail-outcome-done-with = Приключено като изпълнено на { $at }: { $outcome }
requests-detail-outcome-refused = Отказано на { $at }.
requests-detail-outcome-refused-with = Отказано на { $at }: { $outcome }
requests-detail-action-title = Необходимото действие
requests-detail-generate-export = Генериране на експорта…
requests-detail-generate-report = Генериране на отчета за достъп…
requests-detail-match-first = Първо свържете искането с картата на заявителя (по-долу).
requests-detail-open-card = Отваряне на картата на { $name }
requests-detail-open-card-unnamed = Отваряне на картата на контакта
requests-detail-match-error = Изберете контакта, който съответства на заявителя.
requests-detail-matched = Искането вече е свързано с контакта.
requests-detail-match-title = Свързване с контакт
requests-detail-match-hint = След свързването действието може да се извърши в картата на контакта и да се свърже тук.
requests-detail-match-button = Свързване
requests-detail-identity-recorded = Проверката на самоличността е записана.
requests-detail-identity-title = Проверка на самоличността
requests-detail-identity-method = Как е проверена
requests-detail-identity-method-example = напр. лична карта, показана в офиса
requests-detail-identity-result = Резултат
requests-detail-identity-date = Дата на проверката
requests-detail-identity-button = Записване на проверката
requests-detail-extended = Срокът е удължен с още два месеца.
requests-detail-extend-title = Удължаване с два месеца
requests-detail-extend-hint = Само когато искането е сложно или исканията са много, и само ако лицето бъде уведомено, заедно с причините, в рамките на първия месец (до { $due }).
requests-detail-extend-reason = Причина, съобщена на лицето
requests-detail-extend-told = Дата на уведомяване
requests-detail-extend-button = Удължаване
requests-detail-action-error-entry = Изберете записа в одитния журнал за извършеното.
requests-detail-action-error-description = Посочете какво е направено.
requests-detail-action-recorded = Действието е записано.
requests-detail-record-title = Записване на извършеното
requests-detail-record-match-first = Първо свържете искането с контакт: действието е един от записите за него в одитния журнал.
requests-detail-no-candidates = Откакто е получено искането, по този контакт не е извършвано действие. Първо извършете действието (вижте по-горе), след това го запишете тук.
requests-detail-record-entry = Запис в одитния журнал, който го доказва
requests-detail-choose = Изберете…
requests-detail-record-option = #{ $id } · { $at } · { $action }
requests-detail-record-description = Какво е направено
requests-detail-record-button = Записване на действието
requests-detail-closed = Искането е приключено като изпълнено.
requests-detail-close-title = Приключване като изпълнено
requests-detail-close-summary = Обобщение (по избор)
requests-detail-refuse-error = Посочете защо искането се отказва: лицето трябва да бъде уведомено.
requests-detail-refused = Искането е отказано.
requests-detail-refuse-title = Отказ
requests-detail-refuse-hint = Само ако искането е явно неоснователно или прекомерно или самоличността не е доказана. Лицето се уведомява за причините и за правото си на жалба до { -supervisory-authority } и на съдебна защита.
requests-detail-refuse-reason = Причина
requests-detail-export-dialog = Преносим експорт за искане № { $id }
requests-detail-report-dialog = Отчет за достъп за искане № { $id }

## Регистриране на искане

requests-new-hint = Срокът следва от датата на получаване. Всяка стъпка се записва в одитния журнал.
requests-new-kind = Вид на искането
requests-new-who = Кой е подал искането
requests-new-who-contact = Контакт в Custos
requests-new-who-unmatched = Лице, което (още) не е свързано с контакт
requests-new-name = Име, както е посочено от лицето
requests-new-contact-point = Как да се свържете с лицето (имейл или адрес)
requests-new-received = Дата на получаване
requests-new-channel = Получено чрез
requests-new-details = Какво е поискано, с няколко думи (по избор)
requests-new-submit = Регистриране на искането

## Писма до заявителя

requests-letter-acknowledgement = Потвърждение за получаване
requests-letter-extension = Уведомление за удължаване
requests-letter-completion = Отговор
requests-letter-refusal = Отказ
requests-letters-title = Писма до заявителя
requests-letters-hint = На избрания от вас език, адресирани до заявителя, с номера на искането. Всяко писмо се записва в одитния журнал; то не се брои за извършено действие.
requests-letters-button = { $letter }…
requests-letters-dialog = { $letter } по искане № { $id }

requests-erased-text = [изтрито заедно с лицето]
requests-outcome-no-data = Не се съхраняват лични данни за заявителя.
requests-outcome-no-data-with = Не се съхраняват лични данни за заявителя. { $summary }
requests-describe-contact-erased = Изтрит контакт и неговите разговори
requests-describe-contact-restricted = Ограничено обработването на данните на контакта
requests-describe-contact-updated = Коригирани данни на контакта
requests-describe-consent-withdrawn = Записано оттегляне на съгласието
requests-describe-objection-recorded = Записано възражение
requests-action-report-generated =
    Генериран отчет за достъп, език: { $language } ({ $pages ->
        [one] { $pages } страница
       *[other] { $pages } страници
    }, SHA-256 { $sha256 })
requests-action-export-generated = Генериран преносим експорт (ZIP, SHA-256 { $sha256 })
