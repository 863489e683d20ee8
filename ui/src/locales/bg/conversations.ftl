# Разговорите в картата: списъкът, ръчно добавяне, импортиране на експорт от чат, изтриване на
# записите на разговорите.

## В картата (ContactCard, ConversationItem)

conversations-title = Разговори
conversations-add = Добавяне на разговор
conversations-import = Импортиране на експорт от чат
conversations-none = Все още няма разговори. Запишете бележка от обаждане или среща или импортирайте експорт от чат в WhatsApp — той се пази до картата, а записването му обновява датата на последния контакт.
# $count: съобщенията в разговора; $origin: откъде е, напр. „импортиран от WhatsApp“.
conversations-item-meta =
    { $count ->
        [one] { $count } съобщение, { $origin }
       *[other] { $count } съобщения, { $origin }
    }
# $ref: въведеният референтен номер, напр. номер на заявка.
conversations-item-ref = Реф. № { $ref }
conversations-item-loading = Зареждане на съобщенията…
conversations-item-empty = В този разговор не са записани съобщения.
# $names: другите адресати на имейла (До и Копие), като списък.
conversations-item-to = До: { $names }
conversations-item-show-quoted = Показване на цитирания текст
conversations-item-hide-quoted = Скриване на цитирания текст
conversations-item-attachments = Прикачени файлове (само имената: съдържанието им не се съхранява)
# $name: името на прикачения файл; $size: размерът му, напр. „47 kB“.
conversations-item-attachment = { $name } ({ $size })

## Ръчно добавяне на разговор (AddConversation, conversation-form.ts)

conversations-add-title = Добавяне на разговор
conversations-add-channel = Канал
# Датата и часът на разговора.
conversations-add-when = Кога
conversations-add-reference = Референтен номер
conversations-add-reference-placeholder = напр. номер на заявка или идентификатор на имейл
# $n: номерът на съобщението във формуляра (1, 2…); следва контактът, „Служител“ или „Друг човек“.
conversations-add-message-from = Съобщение { $n } от
conversations-add-staff = Служител
conversations-add-someone-else = Друг човек
conversations-add-name = Име
conversations-add-text = Текст
conversations-add-remove = Премахване
    .aria-label = Премахване на съобщение { $n }
conversations-add-another = Добавяне на още едно съобщение
conversations-add-save = Запазване на разговора
conversations-error-when = Въведете датата и часа на разговора.
conversations-error-no-message = Напишете поне едно съобщение, напр. кратка бележка за казаното.
# $n: номерът на съобщението във формуляра.
conversations-error-unnamed = Съобщение { $n }: посочете кой го е написал.

## Импортиране на експорт от чат (ImportPanel)

conversations-import-title = Импортиране на експорт от чат
# „Експортиране на чат“ е командата от менюто на WhatsApp на български.
conversations-import-intro = Файл .txt от „Експортиране на чат“ в WhatsApp (без мултимедия) или запис на разговор от Custos във формат .json. Нищо не се импортира, ако някой ред не може да бъде прочетен.
conversations-import-file = Файл с експорта
conversations-import-choose-first = Първо изберете файла с експорта на чата.
# $name: името на контакта.
conversations-import-sender = Името на { $name } в чата
conversations-import-sender-ask = Въведете подателя, който е контактът, точно както е посочен в съобщението по-горе, и импортирайте отново.
conversations-import-sender-hint = Нужно е само ако се различава от името в картата.
conversations-import-staff = Имена на служители
conversations-import-staff-hint = (разделени със запетаи)
conversations-import-staff-placeholder = напр. Мария, Петър
conversations-import-others = Останалите податели се записват като трети страни.
conversations-import-progress-label = Напредък на импортирането
# $done: прочетените досега съобщения; $total: всички.
conversations-import-progress =
    { $total ->
        [one] { $done } от { $total } съобщение
       *[other] { $done } от { $total } съобщения
    }
conversations-import-reading = Четене на файла…
conversations-import-importing = Импортиране…
conversations-import-submit = Импортиране

## Изтриване на записите на разговорите на контакт (DeleteTranscriptsDialog)

# $name: името на контакта.
conversations-delete-title = Да се изтрият ли записите на разговорите с { $name }?
# $count: броят на разговорите.
conversations-delete-warning =
    { $count ->
        [one] { $count } разговор и всички съобщения в него ще бъдат изтрити окончателно заедно със записите им в индекса за търсене. Картата остава.
       *[other] { $count } разговора и всички съобщения в тях ще бъдат изтрити окончателно заедно със записите им в индекса за търсене. Картата остава.
    }
conversations-delete-note = Първо запишете какво да се запази
conversations-delete-note-hint = (по избор, добавя се към бележките в картата)
conversations-delete-note-placeholder = напр. Интерес към курса по Excel, 3 места, бюджетът за първото тримесечие е одобрен
conversations-delete-deleting = Изтриване…
conversations-delete-submit = Изтриване на записите на разговорите
