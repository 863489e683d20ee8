status-lead = Потенциален клиент
status-customer = Клиент
status-former-customer = Бивш клиент
status-supplier-partner = Доставчик/партньор
status-other = Друг
field-display-name = Име
field-given-name = Собствено име
field-family-name = Фамилия
field-email = Имейл
field-phone = Телефон
field-organisation = Организация
field-job-title = Длъжност
field-address = Адрес
field-id-number = Номер на документ
field-tags = Етикети
field-notes = Бележки
point-work = Служебен
point-home = Домашен
point-mobile = Мобилен
point-other = Друг
channel-chat = Чат
channel-email = Имейл
channel-phone = Телефонен разговор
channel-meeting = Среща
channel-other = Друг
origin-manual = въведен ръчно
origin-whatsapp = импортиран от WhatsApp
origin-json = импортиран от запис на разговор
origin-email = импортиран от имейл
origin-telegram = импортиран от Telegram
origin-messenger = импортиран от Messenger
origin-web-chat = импортиран от чат на уебсайта
basis-a = Чл. 6, пар. 1, буква „а“ от { -gdpr } – { -consent }
basis-b = Чл. 6, пар. 1, буква „б“ от { -gdpr } – изпълнение на договор
basis-c = Чл. 6, пар. 1, буква „в“ от { -gdpr } – законово задължение
basis-d = Чл. 6, пар. 1, буква „г“ от { -gdpr } – жизненоважни интереси
basis-e = Чл. 6, пар. 1, буква „д“ от { -gdpr } – задача от обществен интерес
basis-f = Чл. 6, пар. 1, буква „е“ от { -gdpr } – { -legitimate-interests }
role-processor = Обработващ лични данни
role-controller = Администратор на лични данни
role-joint-controller = Съвместен администратор
role-recipient = Получател
safeguard-eu-eea = ЕС/ЕИП (без предаване)
safeguard-adequacy = Решение относно адекватното ниво на защита
safeguard-standard-contractual-clauses = Стандартни договорни клаузи
safeguard-other = Друга гаранция
source-person = От субекта на данните
# A card an import of conversations created: the message the person gave their data in ($channel: email, chat, phone, meeting, other; $date: the day, formatted).
source-person-via = От субекта на данните ({ $channel ->
    [email] имейл
    [chat] съобщение в чата
    [phone] обаждане
   *[other] съобщение
} от { $date })
source-third-party-named = От трета страна: { $name }
source-public-named = Публичен източник: { $name }
sender-staff = { $name } (служител)
hit-in-chat = Чат · { $date }

word-consent-state-never-given = никога не е дадено
word-consent-state-given = дадено
word-consent-state-confirmed = потвърдено
word-consent-state-withdrawn = оттеглено
word-consent-state-expired = изтекло
word-retention-action-delete-transcripts = изтриване на записите на разговорите
word-retention-action-erase = изтриване на данните
word-data-source-person = субектът на данните
word-data-source-third-party = трета страна
word-data-source-public = публичен източник
word-matched-by-email = същия имейл адрес
word-matched-by-phone = същия телефонен номер
word-matched-by-name = същото име в същата организация
word-job-record = Регистър на дейностите по обработване (чл. 30)
word-job-notice = Уведомление за поверителност (PDF)
word-job-notice-html = Уведомление за поверителност като уеб страница
word-job-access-report = Отчет за достъп (чл. 15)
word-job-access-export = Преносим експорт (чл. 20)
word-job-request-letter = Писмо до заявителя
