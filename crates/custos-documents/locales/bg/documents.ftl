# Custos documents — български.

## Дати: ден, месец, година и „г.“.
date = { $day } { $month } { $year } г.
month-1 = януари
month-2 = февруари
month-3 = март
month-4 = април
month-5 = май
month-6 = юни
month-7 = юли
month-8 = август
month-9 = септември
month-10 = октомври
month-11 = ноември
month-12 = декември

page-x-of-y = Страница { $page } от { $pages }

basis-a = Чл. 6, пар. 1, буква „а“ от { -gdpr } – { -consent }
basis-b = Чл. 6, пар. 1, буква „б“ от { -gdpr } – изпълнение на договор
basis-c = Чл. 6, пар. 1, буква „в“ от { -gdpr } – законово задължение
basis-d = Чл. 6, пар. 1, буква „г“ от { -gdpr } – жизненоважни интереси
basis-e = Чл. 6, пар. 1, буква „д“ от { -gdpr } – задача от обществен интерес
basis-f = Чл. 6, пар. 1, буква „е“ от { -gdpr } – { -legitimate-interests }
legitimate-interest = Законен интерес: { $interest }

status-lead = Потенциални клиенти
status-customer = Клиенти
status-former_customer = Бивши клиенти
status-supplier_partner = Доставчици и партньори
status-other = Други контакти

role-processor = { -processor }
role-controller = администратор
role-joint_controller = { -joint-controller }
role-recipient = { -recipient }

safeguard-eu_eea = в рамките на ЕС/ЕИП
safeguard-adequacy = решение относно адекватното ниво на защита (чл. 45 от { -gdpr })
safeguard-standard_contractual_clauses = стандартни договорни клаузи (чл. 46, пар. 2, буква „в“ от { -gdpr })
safeguard-other = друга гаранция (чл. 46 от { -gdpr })

period-days = { $n ->
    [one] { $n } ден
   *[other] { $n } дни
}
period-months = { $n ->
    [one] { $n } месец
   *[other] { $n } месеца
}
period-years = { $n ->
    [one] { $n } година
   *[other] { $n } години
}

retention-delete_transcripts = { $status }: { -erasure } на записите на разговорите { $period } след последния контакт
retention-erase = { $status }: { -erasure } на данните за контакта { $period } след последния контакт
retention-for-purpose = (необходимо за „{ $purpose }“)

record-title = Регистър на дейностите по обработване
record-subtitle = Воден от администратора съгласно чл. 30, пар. 1 от { -gdpr }. Към { $date }
record-controller = Администратор
field-controller-name = Наименование
field-address = Адрес
field-email = Електронна поща
field-phone = Телефон
field-country = Държава
field-dpo = Длъжностно лице по защита на данните
dpo-none = Не е определено
field-authority = Надзорен орган
field-joint-controllers = Съвместни администратори
record-activities = Дейности по обработване
col-number = №
col-purpose = Цел на обработването
col-basis = Правно основание
col-subjects = Категории субекти на данни
col-data = Категории { -personal-data }
col-recipients = Получатели (вкл. в трети държави)
col-transfers = Предаване на трети държави и гаранции
col-erasure = Срокове за { -erasure }
recipients-none = Няма получатели извън администратора
transfers-none = Няма: данните остават в ЕС/ЕИП
recipient-line = { $name } ({ $role }, { $country })
transfer-line = { $name } ({ $country }): { $safeguard }
record-retention = Общи правила за съхранение
record-retention-intro = Контактите се проверяват по тези правила. Нищо не се изтрива без потвърждение от потребителя и всяко { -erasure } се записва в одитния дневник.
retention-none = Не са зададени общи правила за съхранение.
record-security = Технически и организационни мерки за сигурност (чл. 32 от { -gdpr })
security-encryption = Криптиране на съхраняваните данни: всички данни се пазят в един файл на база данни, криптиран със SQLCipher (AES-256); без паролата файлът не може да бъде прочетен.
security-access = Контрол на достъпа: файлът се отваря само с паролата (най-малко { $min } знака), която никъде не се съхранява; приложението се заключва след определено време на неактивност.
security-audit = Отчетност: всяка промяна и всеки износ се записват с името на оператора и часа в одитен дневник, свързан във верига чрез хешове, чиято цялост може да бъде проверена.
security-deletion = Сигурно { -erasure }: изтритите данни се презаписват във файла на базата данни, в неговия журнал с предварителен запис и в индекса за търсене.
security-local = Съхранение: данните остават на собствения компютър на администратора и не се изпращат към облачни услуги; резервните копия се криптират по същия начин.
record-generated = Създадено с Custos от каталога на целите и профила на дружеството на { $date }

## Информация за поверителност (чл. 13 и 14 от ОРЗД)
notice-title = Информация за обработването на { -personal-data }
notice-subtitle-13 = Информация съгласно чл. 13 от { -gdpr } за това как обработваме Вашите { -personal-data }. Към { $date }
notice-subtitle-14 = Информация съгласно чл. 14 от { -gdpr } за { -personal-data }, които не сме получили от Вас. Към { $date }
notice-controller = Кой отговаря за Вашите данни
notice-controller-text = Администратор на Вашите { -personal-data } е { $name }.
notice-contact = Можете да се свържете с нас: { $contact }.
notice-dpo = Нашето { -dpo }: { $dpo }.
notice-no-dpo = Не сме определили { -dpo }; моля, пишете ни директно.
notice-purposes = Защо и на какво основание обработваме Вашите данни
field-purpose = Цел
field-basis = Правно основание
field-data = Категории данни
field-recipients = Получатели
field-transfers = Предаване извън ЕС/ЕИП
field-retention = Колко дълго ги съхраняваме
field-requirement = Длъжни ли сте да ги предоставите?
field-automated = Автоматизирани решения
requirement-voluntary = Предоставянето на данните е доброволно.
requirement-statutory = Предоставянето на данните е законово изискване. Ако не ги предоставите: { $consequence }
requirement-contractual = Предоставянето на данните е договорно изискване или е необходимо за сключване на договор. Ако не ги предоставите: { $consequence }
automated-none = Не вземаме автоматизирани решения и не извършваме профилиране.
notice-source = Откъде идват Вашите данни
source-third_party = Получихме Вашите данни от: { $source }.
source-public = Получихме Вашите данни от публично достъпен източник: { $source }.
notice-rights = Вашите права
right-access = Достъп (чл. 15 от { -gdpr }): можете да попитате дали обработваме Вашите данни и да получите копие от тях.
right-rectification = Коригиране (чл. 16 от { -gdpr }): можете да поискате неточните данни да бъдат коригирани, а непълните – попълнени.
right-erasure = Изтриване (чл. 17 от { -gdpr }): можете да поискате { -erasure } на данните си, освен ако сме длъжни да ги съхраняваме.
right-restriction = Ограничаване (чл. 18 от { -gdpr }): можете да поискате { -restriction }, например докато се проверява точността на данните.
right-portability = Преносимост (чл. 20 от { -gdpr }): можете да получите предоставените от Вас данни в машинночетим формат или да поискате да бъдат прехвърлени на друг администратор.
right-objection = Възражение (чл. 21 от { -gdpr }): можете по всяко време да възразите срещу обработване въз основа на { -legitimate-interests }, а срещу директен маркетинг – винаги.
right-withdraw = Оттегляне на { -consent } (чл. 7, пар. 3 от { -gdpr }): когато обработването се основава на Вашето { -consent }, можете да го оттеглите по всяко време, без това да засяга законосъобразността на обработването преди оттеглянето.
notice-rights-how = За да упражните свое право, свържете се с нас на посочените по-горе данни. Отговаряме в срок от един месец.
notice-complaint = Право на жалба
notice-complaint-text = Имате право да подадете жалба до { -supervisory-authority }: { $authority }.
notice-generated = Създадено с Custos от каталога на целите и профила на дружеството на { $date }

## Отчет за достъп (чл. 15 ОРЗД) и неговият експорт (чл. 20 ОРЗД)
access-title = Отчет за достъп: Вашите { -personal-data }
access-subtitle = Нашият отговор по чл. 15 { -gdpr } до { $name }. Към { $date }.
access-confirmation = Потвърждаваме, че { $controller } обработва { -personal-data }, които се отнасят до Вас. Този отчет е копие на всички { -personal-data }, които съхраняваме за Вас, следвано от това как и защо ги обработваме.
access-card = Вашата карта на контакт
field-display-name = Име
field-organisation = Организация
field-id-number = Идентификационен номер
field-status = Отношение
field-source = Източник на данните
field-created = Дата на вписване
field-last-contact = Последен контакт
field-restricted = Ограничено обработване
restricted-since = от { $date }: { $reason }
value-none = –
field-given-name = Собствено име
field-family-name = Фамилно име
field-job-title = Длъжност
field-tags = Етикети
# A contact point with its label, e.g. "anna@nowak.pl (work)".
point-with-label = { $value } ({ $label })
point-label-work = служебен
point-label-home = личен
point-label-mobile = мобилен
point-label-other = друг
contact-status-lead = Потенциален клиент
contact-status-customer = Клиент
contact-status-former_customer = Бивш клиент
contact-status-supplier_partner = Доставчик или партньор
contact-status-other = Друго
source-person = Получихме данните от Вас.
# A card an import of conversations created: $channel is email, chat, phone, meeting or other; $date the day.
source-person-via = Получихме данните от Вас: { $channel ->
    [email] имейл
    [chat] съобщение в чата
    [phone] телефонно обаждане
   *[other] съобщение
} от { $date }.
access-notes = Бележки за Вас
notes-none = Не съхраняваме бележки за Вас.
access-consents = Вашите съгласия и тяхната история
consents-none = Не сте ни дали никакво { -consent }.
consent-current = Текущо състояние: { $state }
consent-state-never_given = никога не е давано
consent-state-given = дадено
consent-state-confirmed = дадено и потвърдено
consent-state-withdrawn = оттеглено
consent-state-expired = изтекло
consent-event-given = Дадено
consent-event-confirmed = Потвърдено
consent-event-withdrawn = Оттеглено
consent-event-expired = Изтекло
method-web_form = уеб формуляр
method-email = електронна поща
method-phone = телефон
method-in_person = лично
method-chat = чат
method-paper = на хартия
method-system = система
col-date = Дата
col-event = Събитие
col-method = Начин
col-wording = Текст, който Ви е показан
col-evidence = Доказателство
wording-version = Версия { $version }: { $text }
access-conversations = Разговори с Вас
conversations-none = Не съхраняваме разговори с Вас.
access-redaction-note = Имената и данните за контакт на други лица са премахнати от този отчет, за да бъдат защитени техните права (чл. 15, параграф 4 { -gdpr }).
conversation-heading = { $channel }, { $date } ({ $count ->
    [one] { $count } съобщение
   *[other] { $count } съобщения
})
conversation-ref = Референция: { $ref }
# An e-mail thread's subject or a chat's name.
conversation-title = Тема: { $title }
# The other people an e-mail was sent to (To, Cc), before its text.
message-to = До: { $names }
channel-chat = Чат
channel-email = Електронна поща
channel-phone = Телефонен разговор
channel-meeting = Среща
channel-other = Разговор
col-time = Час (UTC)
col-sender = От
col-text = Съобщение
sender-you = Вие
access-requests = Вашите искания
requests-none = Не сте отправяли искания към нас.
col-received = Получено
col-request = Искане
col-details = Подробности
col-status = Състояние
col-due = Срок
request-kind-access = Достъп (чл. 15)
request-kind-rectification = Коригиране (чл. 16)
request-kind-erasure = Изтриване (чл. 17)
request-kind-restriction = Ограничаване (чл. 18)
request-kind-portability = Преносимост (чл. 20)
request-kind-objection = Възражение (чл. 21)
request-kind-automated_decisions = Автоматизирани решения (чл. 22)
request-kind-consent_withdrawal = Оттегляне на { -consent } (чл. 7, параграф 3)
request-status-received = получено
request-status-identity_pending = очаква се удостоверяване на самоличността
request-status-in_progress = в процес
request-status-extended = срокът е удължен
request-status-done = изпълнено
request-status-refused = отказано
access-backups-note = Криптираните резервни копия на нашите записи също съдържат тези данни. Изтриването не може да достигне вече направено резервно копие: данните, изтрити днес, остават в тях най-късно до { $date }, когато се изтрива последното от тях.
access-export-note = Заедно с този отчет Ви предоставяме машинночитаемо копие на същите данни (файлове JSON и CSV) (чл. 20 { -gdpr }).
access-generated = Създаден с Custos от нашите записи на { $date }.
redact-party = трето лице
redact-removed = премахнато

## Писма по искане на субект на данни (чл. 12 от ОРЗД)
letter-title-acknowledgement = Потвърждение за получаване на Вашето искане
letter-title-extension = Удължаване на срока за отговор на Вашето искане
letter-title-completion = Нашият отговор на Вашето искане
letter-title-refusal = Нашето решение по Вашето искане
letter-reference = Искане № { $id } от { $date }
field-our-reference = Наш номер
field-request-type = Вид на искането
field-due-by = Срок за отговор
letter-kind-access = Достъп до Вашите { -personal-data } (чл. 15 от { -gdpr })
letter-kind-rectification = Коригиране на Вашите { -personal-data } (чл. 16 от { -gdpr })
letter-kind-erasure = Изтриване на Вашите { -personal-data } (чл. 17 от { -gdpr })
letter-kind-restriction = Ограничаване на обработването (чл. 18 от { -gdpr })
letter-kind-portability = Преносимост на данните (чл. 20 от { -gdpr })
letter-kind-objection = Възражение срещу обработването (чл. 21 от { -gdpr })
letter-kind-automated_decisions = Право да не бъдете обект на решение, основаващо се единствено на автоматизирано обработване (чл. 22 от { -gdpr })
letter-kind-consent_withdrawal = Оттегляне на { -consent } (чл. 7, пар. 3 от { -gdpr })
letter-salutation = Уважаеми/а { $name },
letter-salutation-unnamed = Уважаеми госпожи и господа,
letter-ack-received = Благодарим Ви за искането, което получихме на { $date }. Регистрирахме го и работим по него.
letter-asked = Предмет на искането: { $details }
letter-ack-due = Ще Ви отговорим не по-късно от { $due } (чл. 12, пар. 3 от { -gdpr }).
letter-ack-identity = За да сме сигурни, че разкриваме { -personal-data } само на лицето, за което се отнасят, може да Ви помолим да удостоверите самоличността си, преди да изпълним искането (чл. 12, пар. 6 от { -gdpr }).
letter-ext-intro = Получихме Вашето искане на { $date }. Отговорът изисква повече време от едномесечния срок, предвиден по правило в { -gdpr }.
letter-reasons = Причините:
letter-ext-due = Поради това на основание чл. 12, пар. 3 от { -gdpr } удължаваме срока за отговор с още два месеца. Ще Ви отговорим не по-късно от { $due } (вместо до { $original }).
letter-done-intro = Изпълнихме Вашето искане, получено на { $date }.
letter-done-actions = Какво направихме:
letter-done-action = { $date }: { $action }
letter-done-report = изготвено копие на Вашите { -personal-data } (чл. 15 от { -gdpr })
letter-done-export = предоставени Вашите { -personal-data } в структуриран, широко използван и пригоден за машинно четене формат (чл. 20 от { -gdpr })
letter-done-no-data = Потърсихме в нашите регистри { -personal-data } за Вас и не открихме такива: не съхраняваме никакви Ваши { -personal-data }.
letter-done-enclosed = Прилагаме справката за личните данни, които съхраняваме за Вас (чл. 15 от { -gdpr }).
letter-refusal-intro = Получихме Вашето искане на { $date }. След като го разгледахме, няма да предприемем действия по него.
letter-refusal-rights = На основание чл. 12, пар. 4 от { -gdpr } Ви уведомяваме, че имате:
letter-refusal-complaint = право да подадете жалба до надзорния орган: { $authority };
letter-refusal-court = право на съдебна защита.
letter-contact = При въпроси можете да се свържете с нас: { $contact }.
letter-closing = С уважение,

## Комплект за възстановяване на трезор
recovery-kit-title = Комплект за възстановяване на Вашия трезор в Custos
recovery-kit-intro = С този лист собственик на посочения по-долу трезор може отново да получи достъп до него и да зададе нова парола, ако всички пароли са забравени.
recovery-kit-vault-name = Трезор
recovery-kit-vault-id = Идентификатор на трезора
recovery-kit-made-on = Създаден на
recovery-kit-made-by = Създаден от
recovery-kit-code = Код за възстановяване
recovery-kit-code-typing = Главните и малките букви са равнозначни; O и 0 се четат еднакво, както и I, L и 1; тиретата могат да се пропуснат.
recovery-kit-keep = Пазете този лист на сигурно място
recovery-kit-keep-offline = Съхранявайте го на сигурно място, извън компютъра и мрежата, например в заключено чекмедже или в сейф. Не го снимайте и не го сканирайте и не го съхранявайте на компютър или онлайн.
recovery-kit-keep-anyone = Всеки, който притежава този лист и копие от файла на трезора, може да отвори трезора.
recovery-kit-use = Как да го използвате
recovery-kit-use-app = В приложението Custos: на екрана за отключване изберете „Забравих паролата си“ и въведете кода.
recovery-kit-use-cli = От командния ред: { $command }
recovery-kit-use-check = Грешно въведен знак се открива благодарение на контролните знаци: тогава Custos ще Ви помоли да проверите кода.
recovery-kit-use-after = След като го използвате, задайте нова парола и отпечатайте нов комплект за възстановяване.
recovery-kit-replaced = Отпечатването на нов комплект прави този невалиден: тогава унищожете този лист.
recovery-kit-nobody = Без парола и без този комплект никой — дори създателите на Custos — не може да отвори трезора.
