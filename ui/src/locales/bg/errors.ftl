# Съобщения за грешки на ядрото, както ги показва интерфейсът (вж. en/errors.ftl).

## Error codes

error-already-exists = { $path } вече съществува. Изберете друго име на файла или първо премахнете съществуващия файл.
error-contact-erased = Контакт { $id } е изтрит на { $date }: за това лице вече не може да се записва или променя нищо.
error-contact-restricted = Обработването на данните на { $name } е ограничено (замразено) от { $since }: „{ $reason }“. Данните могат да се четат, но не и да се променят. Отменете ограничението, като посочите причина, когато обработването може да бъде възобновено.
error-database = Вътрешна грешка в базата данни: { $reason }. Моля, съобщете за проблема; данните Ви не са променени.
error-disk-full = На диска, на който се намира { $path }, няма свободно място. Освободете място и опитайте отново; нищо не е променено.
error-document-incomplete = { $document ->
        [record_of_processing] Регистърът на дейностите по обработване (чл. 30, пар. 1 от { -gdpr })
        [privacy_notice] Уведомлението за поверителност (чл. 13/14 от { -gdpr })
        [access_report] Отговорът по искане за достъп (чл. 15 от { -gdpr })
        [request_acknowledgement] Писмото за потвърждаване на получено искане на субекта на данните (чл. 12 от { -gdpr })
        [request_extension] Писмото за удължаване на срока за отговор (чл. 12, пар. 3 от { -gdpr })
        [request_completion] Писмото с отговор на искане на субекта на данните (чл. 12 от { -gdpr })
       *[request_refusal] Писмото за отказ по искане на субекта на данните (чл. 12, пар. 4 от { -gdpr })
    } все още не може да бъде създадено. Попълнете: { $missing }.
error-file-exists = { $path } вече съществува: изберете друго име или потвърдете, че файлът трябва да бъде заменен.
error-file-too-large = { $path } е { $size } MB — повече от { $limit } MB, които Custos чете наведнъж. Експортирайте по-кратък период или разделете файла.
error-import-failed = Ред { $line }: { $message }. Нищо не е импортирано.
error-internal = Вътрешна грешка: { $reason }. Моля, съобщете за проблема.
error-invalid-input = { $field }: тази стойност не може да бъде приета.
error-io =
    { $io ->
        [not_found] { $path } не съществува. Проверете пътя.
        [permission_denied] Custos няма право да чете или записва { $path }. Поискайте достъп или изберете друго място.
        [already_exists] { $path } вече съществува. Изберете друго име.
        [read_only] { $path } е на диск само за четене. Изберете друго място.
        [is_a_directory] { $path } е папка. Изберете файл.
        [not_a_directory] Част от { $path } е файл, а не папка. Проверете пътя.
       *[other] Няма достъп до { $path }: { $reason }
    }
error-letter-not-applicable = { $letter ->
        [acknowledgement] Получаването на искане № { $request } не може да бъде потвърдено.
        [extension] Искане № { $request } не е удължено: писмото за удължаване съобщава на лицето причините и новия срок. Първо удължете срока на искането (с причините и деня, в който лицето е уведомено).
        [completion] Искане № { $request } е в състояние { $status }, а не „изпълнено“: писмото с отговор съобщава какво е направено. Първо запишете какво е направено и приключете искането като изпълнено (или, ако за заявителя не се съхранява нищо, го приключете като „не се съхраняват лични данни“).
       *[refusal] Искане № { $request } е в състояние { $status }, а не „отказано“: писмото за отказ посочва причините за отказа. Първо откажете искането, като посочите причината, или напишете писмото, което съответства на състоянието му.
    }
error-locked = Сейфът е заключен. Отключете го, за да продължите.
error-not-a-file = { $path } е { $kind ->
        [folder] папка
        [fifo] именуван канал (FIFO)
        [socket] сокет
        [device] устройство
       *[other] нещо различно от обикновен файл
    }, а не файл. Изберете самия файл.
error-not-a-vault =
    { $path } не е трезор на Custos ({ $why ->
        [not_a_file] това е { $kind ->
            [folder] папка
            [fifo] именуван канал (FIFO)
            [socket] сокет
            [device] устройство
           *[other] нещо различно от обикновен файл
        }
        [empty] файлът е празен
        [unencrypted_sqlite] това е некриптирана база данни SQLite
        [not_encrypted] съдържанието му не е криптирани данни
        [other_program] това е криптирана база данни на друга програма
       *[metadata_missing] липсват метаданните на Custos
    }). Изберете файла на трезора, който сте създали с Custos.
error-not-found = Няма { $what ->
        [contact] контакт
        [conversation] разговор
        [import] импортиране
        [purpose] цел
        [request] искане
        [retention_rule] правило за съхранение
        [audit_entry] запис в дневника
        [closure_day] неработен ден
       *[other] елемент ({ $what })
    } с идентификатор { $id }.
error-passphrase-empty = Не е въведена парола. Въведете паролата на трезора.
error-passphrase-mismatch = Двете пароли не съвпадат. Въведете една и съща парола два пъти.
error-passphrase-too-short = Паролата е твърде кратка: използвайте поне { $min } знака (тя има { $actual }).
error-refused = Това не е възможно в момента.
error-render-failed = Документът не можа да бъде създаден: { $reason }
error-schema-too-new = { $path } е записан от по-нова версия на Custos (схема { $found }, тази версия познава схеми до { $supported }). Обновете Custos, за да го отворите.
error-unsupported-characters = Тези знаци не могат да бъдат отпечатани с шрифта на документа: { $characters } (в „{ $text }“). Променете този текст и създайте документа отново.
error-vault-busy = { $path } е зает: { $holder } записва в него и не е приключил в рамките на { $seconds } секунди. Изчакайте да приключи (или го затворете) и опитайте отново; нищо не е променено.
error-vault-damaged = { $path } е повреден ({ $reason }). Възстановете го от резервно копие (`custos vault restore`).
error-vault-not-found = В { $path } няма трезор. Проверете пътя или създайте нов трезор.
error-write-failed = { $path } не можа да бъде записан: { $reason }
error-wrong-passphrase = Грешна парола за { $path }. Проверете я и опитайте отново (ако сте сигурни, че е вярна, началото на файла може да е повредено: възстановете го от резервно копие).

## Messages of a shape of their own

error-reason-busy-unknown-holder = { $path } е зает: друга програма записва в него и не е приключила в рамките на { $seconds } секунди. Изчакайте да приключи (или я затворете) и опитайте отново; нищо не е променено.
error-reason-disk-full-unknown-disk = На диска няма свободно място. Освободете място и опитайте отново; нищо не е променено.
error-reason-vault-damaged-unknown-file = Сейфът е повреден ({ $reason }). Възстановете го от резервно копие (`custos vault restore`).

## Reasons of the core: contacts

error-reason-display-name-missing = { $field }: контактът трябва да има показвано име с поне една буква или цифра (може да е прякор)
error-reason-source-unnamed = { $field }: посочете третата страна или публичния източник, от който са получени данните
error-reason-not-an-email = { $field }: „{ $value }“{ $number ->
        [1] {""}
       *[other] {" "}(имейл адрес { $number })
    } не е имейл адрес (липсва @)
error-reason-no-digits = { $field }: „{ $value }“{ $number ->
        [1] {""}
       *[other] {" "}(телефонен номер { $number })
    } не съдържа цифри
error-reason-tag-too-long = { $field }: „{ $tag }“ е по-дълъг от { $max } знака
error-reason-not-one-of = { $field }: „{ $value }“ не е допустима стойност; използвайте една от: { $choices }
error-reason-merge-with-itself = { $field }: карта не може да бъде обединена сама със себе си: изберете две различни карти
error-reason-restriction-reason-missing = { $field }: посочете защо обработването на данните на контакта се ограничава (причината остава в дневника)
error-reason-lift-reason-missing = { $field }: посочете защо ограничението на контакта се отменя (причината остава в дневника)
error-reason-not-restricted = Обработването на данните на { $name } не е ограничено: няма какво да се отменя.

## Times and days

error-reason-time-out-of-range = { $field }: { $utc } UTC е извън годините { $earliest }–{ $latest }, които Custos съхранява
error-reason-time-offset-too-large = { $field }: отместването спрямо UTC { $offset } не е реална часова зона (използвайте стойност между -{ $hours }:00 и +{ $hours }:00)
error-reason-not-a-time = { $field }: „{ $text }“ не е час (запишете го като 2026-03-01T09:00:00Z или 2026-03-01T10:00:00+01:00)
error-reason-day-out-of-range = { $field }: { $day } е извън годините { $earliest }–{ $latest }, които Custos съхранява: проверете датата
error-reason-from-after-to = { $field }: първият ден е след последния

## Conversations and chat imports

error-reason-message-without-text = { $field }: съобщение { $number } няма текст
error-reason-message-without-sender = { $field }: съобщение { $number }: посочете кой го е написал (с поне една буква или цифра)
error-reason-message-time-out-of-range = { $field }: съобщение { $number }: часът { $utc } UTC е извън годините { $earliest }–{ $latest }, които Custos съхранява
error-reason-message-time-offset-too-large = { $field }: съобщение { $number }: отместването спрямо UTC { $offset } не е реална часова зона (използвайте стойност между -{ $hours }:00 и +{ $hours }:00)
error-reason-message-not-a-time = { $field }: съобщение { $number }: „{ $text }“ не е час (запишете го като 2026-03-01T09:00:00Z или 2026-03-01T10:00:00+01:00)
error-reason-conversation-empty = { $field }: посочете начален час или поне едно съобщение
error-reason-ends-before-start = { $field }: разговорът би завършил ({ $end }), преди да е започнал ({ $start })
error-reason-sender-not-in-chat = { $field }: „{ $name }“ не е писал(а) нищо в този чат; подателите са: { $senders }
error-reason-contact-not-among-senders = { $field }: никой от подателите ({ $senders }) не се казва като контакта „{ $contact }“: посочете кой от тях е контактът
error-reason-no-conversation-files = { $field }: не е намерен файл с разговори: изберете имейли (.eml или mbox файл), експорт от Telegram или Messenger (.json) или .csv файл от чат на уебсайта
error-reason-conversation-needs-card = { $field }: { $file } е запис на един разговор във формат { $format }: импортирайте го в картата на контакта
error-reason-no-transcripts-to-delete = За { $name } няма записи на разговори за изтриване.

## The vault, its operator and its backups

error-reason-operator-missing = { $field }: посочете кой работи (Вашето име): дневникът го записва
error-reason-passphrase-too-long = { $field }: е твърде дълга
error-reason-vault-never-pauses = В трезора се записва без прекъсване: опитайте резервното копиране отново след малко.
error-reason-restore-target-exists = { $path } вече съществува. Възстановяването заменя цялото му съдържание: потвърдете с --replace.
error-reason-backup-folder-not-absolute = { $field }: изберете папка чрез пълния ѝ път
error-reason-backup-folder-not-a-folder = { $field }: изберете папка, а не файл
error-reason-audit-verification-failed = Проверката на дневника е неуспешна: записи са редактирани или изтрити (вж. по-горе). Възстановете от резервно копие и установете кой е променил файла.

## The company profile

error-reason-controller-name-missing = { $field }: посочете официалното наименование на фирмата
error-reason-country-code = { $field }: използвайте двубуквения код на държавата, напр. PL или DE
error-reason-already-closure-day = { $day } вече е неработен ден.

## Purposes

error-reason-not-a-legal-basis = { $field }: „{ $text }“ не е правно основание: използвайте a–f или consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests
error-reason-purpose-name-missing = { $field }: целта трябва да има име с поне една буква или цифра
error-reason-purpose-description-missing = { $field }: посочете за какво се използват данните
error-reason-legitimate-interest-missing = { $field }: чл. 6, пар. 1, буква е) изисква да бъде посочен законният интерес
error-reason-consent-wording-missing = { $field }: цел, основана на { -consent }, изисква точния текст, който се показва на хората
error-reason-consequence-missing = { $field }: посочете какво следва, ако лицето не предостави данните
error-reason-recipient-name-missing = { $field }: получателят трябва да има име
error-reason-recipient-country = { $field }: { $recipient }: посочете държавата с двубуквен код, напр. PL или US
error-reason-recipient-outside-eea = { $field }: { $recipient } е в { $country }, извън ЕС/ЕИП: посочете гаранцията (решение за адекватност, стандартни договорни клаузи, друга)
error-reason-safeguard-detail-missing = { $field }: { $recipient }: опишете „другата“ гаранция
error-reason-purpose-exists = Цел с име „{ $name }“ вече съществува: редактирайте нея.
error-reason-purpose-name-taken = Друга цел вече се казва „{ $name }“.

## Consents and objections

error-reason-not-a-consent-purpose = „{ $purpose }“ се основава на { $basis ->
        [b] чл. 6, пар. 1, буква б) (договор)
        [c] чл. 6, пар. 1, буква в) (законово задължение)
        [d] чл. 6, пар. 1, буква г) (жизненоважни интереси)
        [e] чл. 6, пар. 1, буква д) (задача от обществен интерес)
        [f] чл. 6, пар. 1, буква е) (законни интереси)
       *[a] чл. 6, пар. 1, буква а) (съгласие)
    }, а не на съгласие: няма съгласие, което да се запише.
error-reason-event-in-future = { $field }: събитието не може да е в бъдещето
error-reason-events-out-of-order = { $field }: последното събитие за това съгласие е от { $last }: записвайте събитията по ред
error-reason-consent-cannot-change = { $name } няма съгласие за „{ $purpose }“, което да може да бъде записано като { $event ->
        [given] дадено
        [confirmed] потвърдено
        [withdrawn] оттеглено
       *[expired] изтекло
    } (то е { $state ->
        [never_given] никога не е давано
        [given] дадено
        [confirmed] потвърдено
        [withdrawn] оттеглено
       *[expired] изтекло
    }).
error-reason-no-consent-wording = „{ $purpose }“ няма текст на съгласието: първо добавете такъв.
error-reason-no-wording-version = { $field }: „{ $purpose }“ няма версия { $version } на текста
error-reason-already-objected = { $name } вече е възразил(а) срещу „{ $purpose }“ на { $date }.
error-reason-objection-in-future = { $field }: възражението не може да е в бъдещето

## Retention

error-reason-period-out-of-range = { $field }: използвайте от { $min } до { $max } { $unit ->
        [days] дни
        [months] месеца
       *[years] години
    }
error-reason-not-a-period = { $field }: „{ $text }“ не е период: напишете напр. 60 days, 12 months или 5 years
error-reason-kept-reason-missing = { $field }: посочете защо контактът се запазва (причината се записва в дневника)
error-reason-review-date-not-after-today = { $field }: датата на преглед трябва да е след днешния ден

## Data-subject requests

error-reason-requester-missing = { $field }: посочете кой е подал искането: изберете контакта или въведете името на заявителя така, както го е посочил
error-reason-identity-method-missing = { $field }: посочете как е проверена самоличността, напр. „представена лична карта“
error-reason-extension-reason-missing = { $field }: посочете защо искането изисква повече време (сложно е или исканията са много): лицето се уведомява за причините
error-reason-action-description-missing = { $field }: посочете какво е направено, напр. „изпратен отговор по искането за достъп“
error-reason-refusal-reason-missing = { $field }: посочете защо искането се отказва: лицето трябва да бъде уведомено, заедно с правото си на жалба и на съдебна защита
error-reason-day-in-future = { $field }: { $day } е в бъдещето (днес е { $today })
error-reason-day-before-receipt = { $field }: { $day } е преди получаването на искането ({ $received })
error-reason-request-closed = Искане № { $id } е приключено като { $status } на { $date }: приключеното искане е окончателно. Регистрирайте ново искане, ако лицето поиска отново.
error-reason-identity-not-confirmed = Самоличността на заявителя не е потвърдена (проверка { $result } на { $date }). Запишете успешна проверка на самоличността, преди да предприемете действия по искане № { $id }, или го откажете.
error-reason-request-already-matched = Искане № { $id } вече е свързано с контакт { $contact }: не може да бъде прехвърлено към друго лице.
error-reason-request-already-extended = Срокът по искане № { $id } вече е удължен на { $date } (нов срок: { $due }): { -gdpr } допуска едно удължаване с още два месеца.
error-reason-extension-not-notified = Срокът по искане № { $id } може да бъде удължен само ако лицето е уведомено, заедно с причините, в рамките на първия месец (до { $by }). Първо го уведомете, след това посочете датата на уведомяването.
error-reason-extension-notified-late = Срокът по искане № { $id } не може да бъде удължен: лицето е уведомено на { $date }, след като първият месец е изтекъл на { $ended }. Удължаването трябва да бъде съобщено в рамките на първия месец (чл. 12, пар. 3); отговорете на искането сега.
error-reason-request-not-matched = Искане № { $id } все още не е свързано с контакт. Първо го свържете с картата на заявителя; ако за него не се съхранява нищо, го приключете като „не се съхраняват данни“.
error-reason-entry-is-bookkeeping = Запис № { $entry } в дневника ({ $action }) е вътрешно отбелязване на самия регистър, а не действие, предприето по искането. Посочете записа за направеното (напр. contact.erased).
error-reason-entry-about-other-contact = Запис № { $entry } в дневника ({ $action }) се отнася до { $target }, а не до контакт { $contact }.
error-reason-entry-about-other-request = Запис № { $entry } в дневника ({ $action }) се отнася до { $target }, а не до това искане (то все още не е свързано с контакт: първо го свържете).
error-reason-entry-before-request = Запис № { $entry } в дневника ({ $action }) е направен на { $date }, преди искането да бъде получено на { $received }: той не може да е действие по него.
error-reason-entry-already-recorded = Запис № { $entry } в дневника вече е отбелязан за искане № { $id }.
error-reason-close-without-action = Искане № { $id } не може да бъде приключено като изпълнено: няма записано действие. Запишете какво е направено, със записа в дневника, който го доказва (напр. изтриването или създадения отговор), след което го приключете.
error-reason-close-unmatched-without-action = Искане № { $id } не може да бъде приключено като изпълнено: няма записано действие. Запишете какво е направено, със записа в дневника, който го доказва (напр. изтриването или създадения отговор), след което го приключете. Ако заявителят не е Ваш контакт и търсенето не е открило данни за него, вместо това го приключете като „не се съхраняват лични данни“.
error-reason-no-data-but-matched = Искане № { $id } е свързано с контакт { $contact }, следователно се съхраняват лични данни на заявителя: то не може да бъде приключено като „не се съхраняват лични данни“. Отговорете от картата на контакта, запишете направеното със записа в дневника, който го доказва, след което го приключете като изпълнено.
error-reason-no-data-but-actions = По искане № { $id } { $count ->
        [one] е записано { $count } действие
       *[other] са записани { $count } действия
    }: приключете го като изпълнено, а не като „не се съхраняват лични данни“.

## Address books

error-reason-not-a-format = { $field }: „{ $text }“ не е формат; използвайте csv, google, outlook или vcard
error-reason-not-a-field = { $field }: „{ $text }“ не е поле; използвайте едно от: { $fields }
error-reason-mapping-name-missing = { $field }: дайте на съпоставянето име, по което да го намирате, напр. „Таблица на офиса“
error-reason-no-such-mapping = Няма запазено съпоставяне с име „{ $name }“
error-reason-no-card-with-tag = Няма карта с етикет „{ $tag }“: няма какво да се експортира
error-reason-nothing-to-export = Няма съответстващ активен контакт: няма какво да се експортира
error-reason-import-cancelled = Импортирането е отменено: нищо не е импортирано.
error-reason-problem-rows = { $count ->
        [one] { $count } ред не може да бъде импортиран в този вид: { $lines }{ $more ->
            [0] {""}
           *[other] {" "}и още { $more }
        }. Съгласете се да бъде пропуснат или коригирайте файла и го импортирайте отново. Нищо не е импортирано.
       *[other] { $count } реда не могат да бъдат импортирани в този вид: { $lines }{ $more ->
            [0] {""}
           *[other] {" "}и още { $more }
        }. Съгласете се да бъдат пропуснати или коригирайте файла и го импортирайте отново. Нищо не е импортирано.
    }
error-problem-row = ред { $line } ({ $problem })
error-reason-import-already-undone = Импортиране № { $import } вече е отменено на { $date }: от него не е останало нищо за премахване.
error-reason-import-kept-data = Импортиране № { $import } не може да бъде отменено: { $count ->
        [one] карта, създадена от него, е получила
       *[other] { $count } карти, създадени от него, са получили
    } оттогава данни, записани от фирмата: { $kept }. Отменянето би изтрило и тях, затова импортирането остава (вместо това изтрийте отделните карти, които трябва да бъдат премахнати). Нищо не е променено.
error-reason-import-frozen-cards = Импортиране № { $import } не може да бъде отменено сега: то е добавило данни към карти, чието обработване оттогава е ограничено (замразено): { $names }{ $more ->
        [0] {""}
       *[other] {" "}и още { $more }
    }. Данните им не могат да се променят; първо отменете ограниченията или запазете импортирането. Нищо не е променено.

# Website chat CSV: the mapping.
error-reason-web-chat-mapping-no-time = { $field }: изберете колоната, която показва кога е изпратено всяко съобщение (или една за датата и една за часа)
error-reason-web-chat-mapping-no-text = { $field }: изберете колоната с текста на съобщенията
error-reason-web-chat-mapping-no-sender = { $field }: изберете колоната, която показва кой е написал всяко съобщение: име, имейл адрес или роля (посетител или служител)

## Files that cannot be imported: the line of the file and what is wrong there

error-reason-import-not-utf8 = Ред { $line }: очаква се текст в UTF-8 (или UTF-16), но байтът { $byte } на позиция { $at } във файла не е UTF-8: запишете експорта като текст в UTF-8. Нищо не е импортирано.
error-reason-import-lone-surrogate = Ред { $line }: очаква се текст в { $encoding }, но файлът съдържа единичния сурогат { $unit } на позиция { $at }: запишете експорта като текст в UTF-8 или UTF-16. Нищо не е импортирано.
error-reason-import-ends-in-character = Ред { $line }: очаква се текст в { $encoding }, но файлът свършва по средата на знак. Нищо не е импортирано.
error-reason-import-time-out-of-range = Ред { $line }: часът { $utc } UTC е извън годините { $earliest }–{ $latest }, които Custos съхранява: проверете датата и часовата зона. Нищо не е импортирано.
error-reason-import-time-offset-too-large = Ред { $line }: отместването спрямо UTC { $offset } не е реална часова зона (използвайте стойност между -{ $hours }:00 и +{ $hours }:00). Нищо не е импортирано.
error-reason-import-not-a-time = Ред { $line }: „{ $text }“ не е час (запишете го като 2026-03-01T09:00:00Z или 2026-03-01T10:00:00+01:00). Нищо не е импортирано.
error-reason-chat-line-not-a-message = Ред { $line }: очаква се съобщение, което започва с дата, например „31/12/2023, 21:41 - “, но редът съдържа „{ $found }“. Нищо не е импортирано.
error-reason-chat-sender-missing = Ред { $line }: очаква се името на подателя преди „: “, но в „{ $found }“ няма такова. Нищо не е импортирано.
error-reason-chat-message-empty = Ред { $line }: очаква се текстът на съобщението от { $author }, но след името няма нищо. Нищо не е импортирано.
error-reason-chat-no-messages = Ред { $line }: не са намерени съобщения: очаква се текст от функцията „Експортиране на чат“ на WhatsApp. Нищо не е импортирано.
error-reason-chat-not-a-time = Ред { $line }: очаква се час, например „21:41“, но „{ $time }“ не е валиден час. Нищо не е импортирано.
error-reason-chat-dates-day-first = Ред { $line }: очакват се дати с деня на първо място, както на ред { $evidence_line } („{ $evidence }“), но в „{ $date }“ месецът е на първо място. Нищо не е импортирано.
error-reason-chat-dates-month-first = Ред { $line }: очакват се дати с месеца на първо място, както на ред { $evidence_line } („{ $evidence }“), но в „{ $date }“ денят е на първо място. Нищо не е импортирано.
error-reason-chat-date-no-month = Ред { $line }: очаква се валидна дата, но в „{ $date }“ нито { $first }, нито { $second } може да е месец. Нищо не е импортирано.
error-reason-chat-date-no-such-month = Ред { $line }: очаква се валидна дата, но в „{ $date }“ няма месец { $month }. Нищо не е импортирано.
error-reason-chat-date-no-such-day = Ред { $line }: очаква се валидна дата, но „{ $date }“ не съществува: няма { $day } { $month ->
        [1] януари
        [2] февруари
        [3] март
        [4] април
        [5] май
        [6] юни
        [7] юли
        [8] август
        [9] септември
        [10] октомври
        [11] ноември
       *[12] декември
    } { $year } г. Нищо не е импортирано.
error-reason-transcript-no-messages = Ред { $line }: очаква се поне едно съобщение в „messages“, но няма нито едно. Нищо не е импортирано.
error-reason-transcript-ends-before-start = Ред { $line }: „ended_at“ не може да е по-рано от „started_at“ ({ $start }), а е { $end }. Нищо не е импортирано.
error-reason-transcript-cut-off = Ред { $line }: очаква се останалата част от JSON, но файлът свършва. Нищо не е импортирано.
error-reason-transcript-not-readable =
    Ред { $line }: { $what ->
        [syntax] на това място текстът не е валиден JSON
        [wrong_type] очаква се: { $expected_kind ->
                [text] текст
                [number] число
                [boolean] true или false
                [null] null
                [list] списък
                [object] обект
               *[other] стойност от друг вид
            }; намерено: { $found_kind ->
                [text] текст
                [number] число
                [boolean] true или false
                [null] null
                [list] списък
                [object] обект
               *[other] стойност от друг вид
            }
        [wrong_value] очаква се: { $expected_kind ->
                [text] текст
                [number] число
                [boolean] true или false
                [null] null
                [list] списък
                [object] обект
               *[other] стойност от друг вид
            }; намерена е друга стойност
        [wrong_length] очаква се списък с друг брой елементи
        [missing_field] очаква се поле „{ $name }“, но то липсва
        [unknown_field] намерено е поле „{ $name }“, каквото този файл няма
        [duplicate_field] полето „{ $name }“ се среща два пъти
        [unknown_value] намерено е „{ $name }“, което не е сред допустимите тук стойности
       *[other] намерена е стойност, каквато този файл няма на това място
    } (колона { $column }). Нищо не е импортирано.
error-reason-transcript-wrong-format = Ред { $line }: очаква се „format“: „custos-transcript“, но стойността е „{ $found }“ (колона { $column }). Нищо не е импортирано.
error-reason-transcript-unsupported-version = Ред { $line }: неподдържана версия { $found }: очаква се „version“: { $supported } (версиите, които тази версия на Custos чете) (колона { $column }). Нищо не е импортирано.
error-reason-transcript-unknown-channel = Ред { $line }: очаква се канал ({ $choices }), но стойността е „{ $found }“ (колона { $column }). Нищо не е импортирано.
error-reason-transcript-not-a-time = Ред { $line }: очаква се час по RFC 3339 с часова зона, например „2026-03-01T09:00:00Z“, но стойността е „{ $found }“ (колона { $column }). Нищо не е импортирано.
error-reason-transcript-time-out-of-range = Ред { $line }: очаква се час, който Custos може да съхрани, но „{ $found }“: { $utc } UTC е извън годините { $earliest }–{ $latest }, които Custos съхранява (колона { $column }). Нищо не е импортирано.
error-reason-transcript-time-offset-too-large = Ред { $line }: очаква се час, който Custos може да съхрани, но „{ $found }“: отместването спрямо UTC { $offset } не е реална часова зона (използвайте стойност между -{ $hours }:00 и +{ $hours }:00) (колона { $column }). Нищо не е импортирано.
error-reason-transcript-text-empty = Ред { $line }: очаква се текстът на съобщението, но стойността е „{ $found }“ (колона { $column }). Нищо не е импортирано.
error-reason-transcript-sender-name-empty = Ред { $line }: очаква се „name“ на { $kind ->
        [staff] подателя от екипа
       *[other] външния подател
    }, но то е празно (колона { $column }). Нищо не е импортирано.
error-reason-transcript-sender-name-no-letter = Ред { $line }: очаква се „name“ на { $kind ->
        [staff] подателя от екипа
       *[other] външния подател
    } с поне една буква или цифра, но стойността е „{ $name }“ (колона { $column }). Нищо не е импортирано.
error-reason-transcript-sender-name-missing = Ред { $line }: очаква се „name“ за { $kind ->
        [staff] подателя от екипа
       *[other] външния подател
    }, но такова няма (колона { $column }). Нищо не е импортирано.
error-reason-csv-not-the-preset = Ред { $line }: очаква се заглавен ред на CSV файл от { $expected }, но това е CSV файл от { $found }: изберете формата csv, за да съпоставите колоните му. Нищо не е импортирано.
error-reason-csv-own-layout = Ред { $line }: очаква се заглавен ред на CSV файл от { $expected }, но това е CSV файл със собствена структура: изберете формата csv, за да съпоставите колоните му. Нищо не е импортирано.
error-reason-csv-unknown-encoding = Ред { $line }: очаква се текст в UTF-8, UTF-16, Windows-1250, Windows-1251 или Windows-1252, но байтът { $byte } на позиция { $at } не е UTF-8, а файлът изглежда в { $encoding }, което Custos не чете: запишете файла в UTF-8 (в Excel: „CSV UTF-8“). Нищо не е импортирано.
error-reason-csv-control-character = Ред { $line }: очаква се текст в UTF-8, UTF-16, Windows-1250, Windows-1251 или Windows-1252, но байтът { $byte } на позиция { $at } е управляващ знак, а не текст: запишете файла в UTF-8 (в Excel: „CSV UTF-8“). Нищо не е импортирано.
error-reason-csv-no-letter = Ред { $line }: очаква се текст в UTF-8, UTF-16, Windows-1250, Windows-1251 или Windows-1252, но байтът { $byte } на позиция { $at } не е буква в нито едно от тези кодирания: запишете файла в UTF-8 (в Excel: „CSV UTF-8“). Нищо не е импортирано.
error-reason-csv-empty = Ред { $line }: файлът е празен: очакват се заглавен ред с имената на колоните (например „First Name;Last Name;E-mail“) и по един ред за всеки контакт. Нищо не е импортирано.
error-reason-csv-too-many-fields = Ред { $line }: очакват се най-много { $width } { $width ->
        [one] поле
       *[other] полета
    }, колкото има заглавният ред (ред { $header_line }), но са намерени { $found }; поле № { $nth ->
       *[other] { $field }
    } съдържа текст (поле, което съдържа разделителя, трябва да е в кавички). Нищо не е импортирано.
error-reason-csv-no-rows = Ред { $line }: файлът има заглавен ред, но няма редове: очаква се по един ред за всеки контакт след заглавния ред. Нищо не е импортирано.
error-reason-csv-not-text = Ред { $line }: очаква се CSV текст, но този ред не може да бъде прочетен като CSV: запишете файла отново като CSV (в Excel: „CSV UTF-8“). Нищо не е импортирано.
error-reason-csv-unclosed-quote = Ред { $line }: тук поле започва с кавичка ("), която не е затворена: очаква се затваряща " преди края на файла (кавичка в поле в кавички се пише два пъти: ""). Нищо не е импортирано.
error-reason-vcard-unknown-charset = Ред { $line }: непознат набор от знаци `{ $charset }` (CHARSET=): очаква се например UTF-8, ISO-8859-2 или Windows-1250. Нищо не е импортирано.
error-reason-vcard-unknown-encoding = Ред { $line }: { $property } е текст, но стойността му е кодирана като `{ $encoding }`: очаква се ENCODING=QUOTED-PRINTABLE или 8BIT, или без кодиране. Нищо не е импортирано.
error-reason-vcard-not-quoted-printable = Ред { $line }: стойността не е quoted-printable (ENCODING=QUOTED-PRINTABLE): очакват се само печатими ASCII знаци, интервали и последователности `=XX`. Нищо не е импортирано.
error-reason-vcard-bad-escape = Ред { $line }: стойността не е quoted-printable (ENCODING=QUOTED-PRINTABLE): след `=` трябва да следват две шестнадесетични цифри (както в `=C5=81`) или краят на реда. Нищо не е импортирано.
error-reason-vcard-not-utf8 = Ред { $line }: очаква се текст в UTF-8, но стойността не е: байтът { $byte } не е UTF-8; запишете файла в UTF-8 или посочете набора от знаци на стойността (CHARSET=). Нищо не е импортирано.
error-reason-vcard-quoted-not-utf8 = Ред { $line }: очаква се текст в UTF-8, но байтовете quoted-printable не са: байтът { $byte } не е UTF-8; запишете файла в UTF-8 или посочете набора от знаци на стойността (CHARSET=). Нищо не е импортирано.
error-reason-vcard-not-in-charset = Ред { $line }: очаква се текст в { $charset } (CHARSET=), но стойността на { $property } не е. Нищо не е импортирано.
error-reason-vcard-not-found = Ред { $line }: не е намерена vCard: очаква се BEGIN:VCARD, но редът съдържа `{ $found }`. Нищо не е импортирано.
error-reason-vcard-outside-card = Ред { $line }: след vCard, която свършва на ред { $end }, се очаква BEGIN:VCARD или краят на файла, но редът съдържа `{ $found }`: всяко свойство трябва да е между BEGIN:VCARD и неговия END:VCARD. Нищо не е импортирано.
error-reason-vcard-not-a-property = Ред { $line }: очаква се свойство на vCard – име, двоеточие и стойност, например `FN:Anna Nowak`, – но редът съдържа `{ $found }`. Нищо не е импортирано.
error-reason-vcard-begin-in-card = Ред { $line }: очаква се END:VCARD, който да затвори vCard, започнала на ред { $begin }, преди следващия BEGIN. Нищо не е импортирано.
error-reason-vcard-wrong-end = Ред { $line }: очаква се END:VCARD, който да затвори vCard, започнала на ред { $begin }, но редът съдържа `END:{ $found }`. Нищо не е импортирано.
error-reason-vcard-unsupported-version = Ред { $line }: неподдържана версия на vCard `{ $version }`: очаква се 2.1, 3.0 или 4.0. Нищо не е импортирано.
error-reason-vcard-no-end = Ред { $line }: vCard, която започва тук, няма END:VCARD: очаква се END:VCARD преди края на файла (ред { $last }). Нищо не е импортирано.
error-reason-vcard-empty = Ред { $line }: не е намерена vCard: очаква се BEGIN:VCARD, но файлът е празен. Нищо не е импортирано.
error-reason-chat-export-cut-off = Ред { $line }: очаква се останалата част от експорта на { $format }, но файлът свършва. Нищо не е импортирано.
error-reason-chat-export-not-json = Ред { $line }: очаква се JSON на експорт от { $format }, но текстът тук не е JSON (колона { $column }). Нищо не е импортирано.
error-reason-chat-export-unexpected =
    Ред { $line }: { $what ->
        [syntax] на това място текстът не е валиден JSON
        [wrong_type] очаква се: { $expected_kind ->
                [text] текст
                [number] число
                [boolean] true или false
                [null] null
                [list] списък
                [object] обект
               *[other] стойност от друг вид
            }; намерено: { $found_kind ->
                [text] текст
                [number] число
                [boolean] true или false
                [null] null
                [list] списък
                [object] обект
               *[other] стойност от друг вид
            }
        [wrong_value] очаква се: { $expected_kind ->
                [text] текст
                [number] число
                [boolean] true или false
                [null] null
                [list] списък
                [object] обект
               *[other] стойност от друг вид
            }; намерена е друга стойност
        [wrong_length] очаква се списък с друг брой елементи
        [missing_field] очаква се поле „{ $name }“, но то липсва
        [unknown_field] намерено е поле „{ $name }“, каквото този файл няма
        [duplicate_field] полето „{ $name }“ се среща два пъти
        [unknown_value] намерено е „{ $name }“, което не е сред допустимите тук стойности
       *[other] намерена е стойност, каквато този файл няма на това място
    }, там където експортът от { $format } съдържа нещо друго (колона { $column }). Нищо не е импортирано.
error-reason-chat-export-too-large = Ред { $line }: експортът от { $format } е по-голям от { $megabytes } MB, повече, отколкото Custos чете наведнъж: експортирайте по-малко чатове или по-кратък период. Нищо не е импортирано.
error-reason-chat-export-text-too-long = Ред { $line }: очаква се текст на съобщение от най-много { $megabytes } MB, каквито пише { $format }, но е намерен по-дълъг (колона { $column }). Нищо не е импортирано.
error-reason-telegram-not-an-export = Ред { $line }: очаква се експорт от Telegram Desktop („Експортиране на историята на чата“ като JSON): чат с неговите „messages“ или пълен експорт (result.json) с неговите „chats“, но не е намерено нито едно от двете. Нищо не е импортирано.
error-reason-telegram-not-a-time = Ред { $line }: очаква се час на съобщение като „1709280000“ („date_unixtime“) или „2024-03-01T09:00:00“ („date“), но стойността е „{ $found }“ (колона { $column }). Нищо не е импортирано.
error-reason-telegram-no-time = Ред { $line }: очаква се часът на съобщение { $id } („date_unixtime“ или „date“), но не е намерено нито едно от двете. Нищо не е импортирано.
error-reason-messenger-not-an-export = Ред { $line }: очаква се експорт от Messenger (файл message_1.json от „Изтегляне на вашата информация“ във Facebook, като JSON) с „participants“, „messages“ и „thread_path“, но липсва „{ $missing }“. Нищо не е импортирано.
error-reason-mail-empty = Ред { $line }: файлът е празен: очаква се имейл (.eml) или пощенска кутия (mbox). Нищо не е импортирано.
error-reason-mail-not-a-mail = Ред { $line }: очаква се имейл – заглавни редове като „From: …“, „Date: …“ или „Message-ID: …“, след тях празен ред и текстът, – но редът съдържа „{ $found }“. Нищо не е импортирано.
error-reason-mail-too-large = Ред { $line }: имейлът, който започва тук, е { $megabytes } MB: Custos чете имейли до { $limit } MB заедно с прикачените файлове. Нищо не е импортирано.
error-reason-mbox-no-from-line = Ред { $line }: очаква се пощенска кутия (mbox), която започва с ред „From “, както я експортират пощенските програми, но редът съдържа „{ $found }“. Нищо не е импортирано.

# Website chat CSV. $column: the column's name in the file's header.
error-reason-web-chat-empty = Ред { $line }: файлът е празен: очакват се заглавен ред с имената на колоните (например „Time,Sender,Message“) и по един ред за всяко съобщение. Нищо не е импортирано.
error-reason-web-chat-no-rows = Ред { $line }: файлът има заглавен ред, но няма редове: очаква се по един ред за всяко съобщение след заглавния ред. Нищо не е импортирано.
error-reason-web-chat-not-a-time = Ред { $line }: колона „{ $column }“: очаква се дата и час, например 2026-03-01 10:00, но е намерено „{ $found }“. Нищо не е импортирано.
error-reason-web-chat-not-a-date = Ред { $line }: колона „{ $column }“: очаква се дата, например 2026-03-01, но е намерено „{ $found }“. Нищо не е импортирано.
error-reason-web-chat-not-a-clock = Ред { $line }: колона „{ $column }“: очаква се час, например 10:00, но е намерено „{ $found }“. Нищо не е импортирано.
error-reason-web-chat-no-such-date = Ред { $line }: колона „{ $column }“: очаква се действителна дата, но „{ $found }“ съдържа несъществуващ месец или ден. Нищо не е импортирано.
error-reason-web-chat-dates-day-first = Ред { $line }: колона „{ $column }“: очакват се дати с деня на първо място, както на ред { $evidence_line } („{ $evidence }“), но в „{ $found }“ месецът е на първо място. Нищо не е импортирано.
error-reason-web-chat-dates-month-first = Ред { $line }: колона „{ $column }“: очакват се дати с месеца на първо място, както на ред { $evidence_line } („{ $evidence }“), но в „{ $found }“ денят е на първо място. Нищо не е импортирано.
error-reason-web-chat-text-empty = Ред { $line }: колона „{ $column }“: очаква се текстът на съобщението, но полето е празно. Нищо не е импортирано.
error-reason-web-chat-sender-missing = Ред { $line }: колона „{ $column }“: очаква се авторът на съобщението (име, имейл адрес или роля), но полето е празно. Нищо не е импортирано.
error-reason-web-chat-not-an-email = Ред { $line }: колона „{ $column }“: очаква се имейл адрес, но е намерено „{ $found }“. Нищо не е импортирано.
error-reason-web-chat-unknown-role = Ред { $line }: колона „{ $column }“: очаква се роля, например visitor, agent или bot, но е намерено „{ $found }“. Нищо не е импортирано.
error-reason-web-chat-same-id = Ред { $line }: колона „{ $column }“: очаква се различен идентификатор за всяко съобщение, но „{ $id }“ се среща отново, както на ред { $first_line } (наистина ли тази колона съдържа идентификатора на съобщението?). Нищо не е импортирано.
error-reason-web-chat-no-messages = Ред { $line }: очаква се поне едно съобщение, но са намерени само съобщения от бот или от системата ({ $skipped }). Нищо не е импортирано.

## Documents

error-reason-no-path = Изберете къде да бъде записан документът.
error-reason-same-target = { $path } е избран за два файла: изберете друго име за единия от тях.
error-reason-unknown-document = Неизвестен документ „{ $value }“.
error-reason-unknown-language = „{ $value }“ не е език на документите: използвайте en, pl, de, fr, it, es или bg
error-reason-no-contact = Отворете картата на контакт, за да създадете отговора по искането му за достъп.
error-reason-letter-without-request = Отворете искане, за да напишете писмо по него.
error-reason-no-letter = Посочете кое писмо: потвърждение, удължаване, отговор или отказ.
error-reason-unknown-letter = „{ $value }“ не е писмо по искане: използвайте acknowledgement, extension, completion или refusal
error-reason-source-not-applicable = Източник на данните се посочва само в уведомление за поверителност.
error-reason-redaction-not-applicable = Имена за заличаване се посочват само в отговор по искане за достъп или в неговия експорт.
error-reason-blank-redaction = Име за заличаване е празно: въведете името на лицето или го премахнете.
error-reason-not-an-access-request = Искане № { $request } е искане от вид { $kind } (чл. { $article }): отговорът по искане за достъп не отговаря на него. Предприемете необходимото действие от картата на контакта и го запишете.
error-reason-request-without-contact = Искане № { $request } не е свързано с контакт.

## The app itself

error-reason-import-closed = Това импортиране е затворено (или трезорът е заключен): изберете файла отново.
error-reason-preview-first = Първо прегледайте импортирането: нищо не е импортирано.
error-reason-vcard-needs-no-mapping = Файл vCard не се нуждае от съпоставяне.
error-reason-undo-only-this-session = Тук може да бъде отменено само импортиране, направено след стартирането на Custos.
error-reason-backup-running = В момента се създава резервно копие. Изчакайте да приключи.
error-reason-only-just-saved = Оттук може да бъде отворен само документ, който Custos току-що е записал.
error-reason-not-a-file-name = „{ $name }“ не е име на файл: пропуснете папката.
error-reason-viewer-failed = { $path } не можа да бъде отворен в системната програма за преглед: { $reason }. Отворете файла от папката му.
error-reason-no-file-at = В { $path } няма файл. Проверете името и папката на файла и го отворете отново.

# An import's error in one of several files read together: $file is the file's name, $message the error.
error-in-file = { $file }: { $message }

## Operators, roles, key slots and the recovery kit

error-not-permitted = { $on_request ->
        [yes] Работите с роля { $role ->
            [owner] собственик
            [clerk] служител
           *[other] само четене
        }: можете да изтриете контакт само по открито искане за изтриване. Първо открийте (или свържете) искането за изтриване на лицето или помолете собственик.
       *[other] Работите с роля { $role ->
            [owner] собственик
            [clerk] служител
           *[other] само четене
        }, а това може да направи само { $needs ->
            [owner] собственик
           *[other] служител или собственик
        }. Помолете човек с тази роля.
    }
error-reason-operator-not-named = Този трезор има няколко оператора ({ $operators }): посочете кой сте.
error-reason-operator-unknown = Нито един оператор на този трезор не се казва „{ $name }“. Операторите му са: { $operators }.
error-reason-operator-exists = Вече има оператор с име „{ $name }“: изберете друго име.
error-reason-operator-not-in-vault = Ключът на { $name } отваря трезора, но трезорът няма такъв оператор (възстановен е от резервно копие отпреди добавянето му). Помолете собственик да го добави отново.
error-reason-last-owner = { $name } е единственият собственик: първо направете друг оператор собственик, за да може винаги някой да управлява трезора.
error-reason-not-yourself = Тук не можете да премахнете себе си или да нулирате собствената си парола: вместо това сменете паролата си или помолете друг собственик.
error-reason-passphrase-must-change = { $name }, първо изберете собствена парола: получената беше само за първото отключване.
error-reason-keys-missing = Паролата не отваря { $path }, а файлът му с ключове ({ $path }-keys) не е до него. Трезор, създаден с тази версия на Custos, се нуждае и от двата файла: върнете файла с ключове оттам, откъдето е дошъл трезорът (до всяко резервно копие има такъв). Ако трезорът е по-стар, проверете паролата.
error-reason-keys-damaged = Файлът с ключове на трезора е повреден ({ $reason }). Възстановете го от резервно копие: става файлът с ключове до всяко копие, направено след последната смяна на ключа.
error-reason-keys-not-this-vault = Файлът с ключове до трезора не го отваря: принадлежи на друг трезор или на по-старо копие. Върнете файла с ключове, който е бил с този трезор (този на резервно копие е до него).
error-reason-recovery-code-length = Кодът за възстановяване има { $found } знака, а код за възстановяване има { $expected } (без тиретата): проверете дали сте го въвели целия.
error-reason-recovery-code-character = „{ $character }“ не се среща в код за възстановяване: той съдържа само цифрите 0–9 и латинските букви A–Z без I, L, O и U.
error-reason-recovery-code-typo = Група { $group } на кода за възстановяване не съвпада: един знак в нея е въведен грешно. Сравнете група { $group } с отпечатания комплект.
error-reason-recovery-code-wrong = Този код за възстановяване не отваря трезора: той е от по-стар комплект (отпечатването на нов комплект обезсилва стария) или от друг трезор.
error-reason-no-recovery-kit = Този трезор все още няма комплект за възстановяване: собственик може да отпечата такъв (Настройки → Оператори).
error-reason-vault-in-use = Трезорът е отворен в друг прозорец или команда. Затворете го там и опитайте отново: смяната на ключа изисква трезорът да е само на нейно разположение.
error-reason-not-in-team = Този трезор все още не е в екип: собственик създава такъв от Настройки → Екип.
error-reason-already-in-team = Този трезор вече е в екип: той споделя своя указател с контакти чрез папката на екипа.
error-reason-team-problem-unknown = Няма отворен проблем на екипа с номер { $id }: вече е отхвърлен или списъкът е остарял. Моля, отворете отново Настройки → Екип.
# $seat: името или идентификаторът на работното място, както е въведено.
error-reason-team-seat-unknown = В екипа няма работно място „{ $seat }“ (или вече е премахнато): използвайте името или идентификатора, както ги показва състоянието на екипа.
error-reason-team-seat-self = Работно място не може да премахне само себе си: премахнете го от друго работно място на екипа, като собственик.
# $seat: името на работното място.
error-reason-team-seat-no-key = Работното място { $seat } още не е публикувало ключа си (създадено е преди тази версия на Custos): оставете го да се синхронизира веднъж, синхронизирайте тук и после отново премахнете работното място.
error-reason-team-seat-removed = Това работно място е премахнато от екипа: то не може да чете това, което екипът пише сега, а другите работни места вече не прилагат промените му. Указателят му остава какъвто беше. За да участва отново, помолете собственик за нова покана.
# $file: файлът с ключа на екипа в споделената папка.
error-reason-team-key-file-damaged = Файлът с ключа на екипа { $file } не преминава проверката си: бил е променен, съкратен или не е създаден от работно място на екипа. Нищо не е изпратено или приложено. Изчакайте папката да завърши синхронизирането; ако остане така, помолете собственика, който е премахнал работно място, да провери споделената папка.
# $file: файлът с промени в споделената папка.
error-reason-team-key-missing = Файлът { $file } е запечатан с по-нов ключ на екипа, отколкото има това работно място: файлът с ключа още не е пристигнал. Изчакайте папката да завърши синхронизирането.
# $file: файлът с промени в споделената папка.
error-reason-change-file-damaged = Файлът с промени { $file } не преминава проверката си: бил е променен или съкратен по пътя. Нищо от него не е приложено, а следващите файлове на това работно място го чакат. Изчакайте папката да завърши синхронизирането; ако остане така, помолете това работно място да изпрати промените си отново.
# $file: файлът с промени в споделената папка.
error-reason-change-file-foreign = Файлът с промени { $file } принадлежи на друг екип или е преместен от мястото, където неговото работно място го е записало. Нищо от него не е приложено. Премахнете го от споделената папка.
# $max: най-много знаци в името на работно място.
error-reason-seat-name = Дайте на работното място име, което хората разпознават (напр. Офис компютър), с буква или цифра и най-много { $max } знака.
# $found, $expected: въведени и нужни знаци.
error-reason-invitation-code-length = Кодът за покана има { $found } знака, а трябва да има { $expected } (без тиретата): проверете дали сте го въвели изцяло.
# $character: знакът, който не се среща в код за покана.
error-reason-invitation-code-character = „{ $character }“ не се среща в код за покана: той съдържа само цифрите 0–9 и буквите A–Z без I, L, O и U.
# $group: групата на кода (от 1), чийто контролен знак не съвпада.
error-reason-invitation-code-typo = Група { $group } от кода за покана не съвпада: знак в нея е въведен грешно. Сравнете група { $group } с кода, който ви е дал собственикът.
# $folder: претърсената споделена папка.
error-reason-invitation-unknown = В { $folder } няма покана за този код: проверете дали това е споделената папка на екипа и дали е завършила синхронизирането, или помолете собственика за нова покана.
error-reason-invitation-used = Тази покана вече е използвана: една покана създава само едно работно място. Помолете собственика за нова.
# $expires: кога е изтекла поканата.
error-reason-invitation-expired = Тази покана е изтекла на { $expires }. Помолете собственика за нова.
# $file: файлът на поканата в споделената папка.
error-reason-invitation-damaged = Файлът на поканата { $file } не преминава проверката си: бил е променен или съкратен по пътя. Изчакайте папката да завърши синхронизирането или помолете собственика за нова покана.
