# Права на субекта на данни в картата на контакта: ограничаване на обработването (чл. 18) и
# изтриване (чл. 17), прозорецът за причината и документите.

## Защо картата не може да се променя

rights-frozen-erased = Данните са изтрити на { $date }: нищо повече не може да се записва или променя.
rights-frozen-restricted = Обработването е ограничено от { $date } ({ $reason }). Отменете ограничението, за да правите промени.
rights-erase-blocked-erased = Данните на този контакт вече са изтрити.
rights-erase-blocked-restricted = Контакт с ограничено обработване не може да бъде изтрит: данните му може да са необходими за правна претенция. Първо отменете ограничението.
rights-reason-missing = Посочете причина: тя се записва в одитния журнал.

## Какво премахва изтриването и какво запазва

rights-erase-removes-1 = името — картата става „Изтрит контакт № …“
rights-erase-removes-2 = всички данни за връзка (имейл, телефон, организация, адрес, номер на документ за самоличност) и бележките
rights-erase-removes-3 = маркировките на чувствителните полета
rights-erase-removes-4 = всички разговори и съобщения и записите им в индекса за търсене
rights-erase-removes-5 = препратките към доказателства за { -consent } и възражение (те може да посочват лицето)
rights-erase-removes-6 = подробностите в записите от одитния журнал, съдържали данните му (предишни стойности при корекции, причини за ограничаване)
rights-erase-keeps-1 = номерът на контакта, статусът му в жизнения цикъл и видът на източника на данни
rights-erase-keeps-2 = кога е създадена картата и кога е бил последният контакт
rights-erase-keeps-3 = историята на съгласията и възраженията (какво, кога, как — без доказателства)
rights-erase-keeps-4 = фактът, че е извършено изтриване, кога и от кого (в одитния журнал)
rights-list-separator = { "; " }

## Резултатът от изтриването

rights-erased-conversations =
    { $conversations ->
        [one] Изтрит { $conversations } разговор
       *[other] Изтрити { $conversations } разговора
    } с { $messages ->
        [one] { $messages } съобщение
       *[other] { $messages } съобщения
    }
rights-erased-evidence =
    { $count ->
        [one] Изчистена { $count } препратка към доказателство
       *[other] Изчистени { $count } препратки към доказателства
    }
rights-erased-audit =
    { $count ->
        [one] Заличен { $count } запис в одитния журнал
       *[other] Заличени { $count } записа в одитния журнал
    }
rights-erased-log-emptied = Журналът за предварителен запис (WAL) е изпразнен: във файла не е останало нищо четимо от данните на лицето.
rights-erased-log-later = Журналът за предварителен запис (WAL) не можа да бъде изпразнен сега (друга програма е отворила трезора); той ще бъде изпразнен при следващото заключване на трезора.

## Банерът на картата: изтрита или ограничена

rights-tombstone-title = Данните са изтрити на { $date }
rights-tombstone-text = Данните, които идентифицират лицето, са премахнати от трезора. Остават само неидентифициращи бизнес данни: { $kept }.
rights-erasure-done = Изтриването е извършено.
rights-frozen-title = Обработването е ограничено от { $date }
rights-frozen-reason = Причина: { $reason }
rights-frozen-hint = Тази карта е замразена: не може да се редактира или изтрива и не може да се записва разговор, импорт или съгласие. Тя не се показва в списъка с контакти, в търсенето и в маркетинговите списъци.
rights-lift-button = Отмяна на ограничението…

## Прозорец за изтриване

rights-erase-backups-unknown = Досегашните резервни копия все още съдържат данните.
rights-erase-title = Да се изтрие ли { $name }?
rights-erase-warning = Изтриването (чл. 17 от { -gdpr }) е необратимо: данните се презаписват във файла на трезора, в неговия журнал и в индекса за търсене.
rights-erase-removes-title = Премахва се завинаги
rights-erase-keeps-title = Запазва се, без нищо, което идентифицира лицето
# The word typed (in capitals) instead of the contact's name to confirm an erasure.
rights-erase-word = ИЗТРИЙ
rights-erase-confirm-word = Въведете { $word } за потвърждение
rights-erase-confirm-name = Въведете името на контакта ({ $name }) или { $word } за потвърждение
rights-erase-busy = Изтриване…
rights-erase-submit = Окончателно изтриване

## Ограничаване на обработването / отмяна на ограничението

rights-restrict-title = Ограничаване на обработването: { $name }
rights-lift-title = Отмяна на ограничението: { $name }
rights-restrict-hint = Картата се запазва, но се замразява (чл. 18 от { -gdpr }): не може да се редактира, не може да се записва разговор, импорт или съгласие, не се показва в списъка с контакти, в търсенето и в нито един маркетингов списък и не може да бъде изтрита, докато ограничението не бъде отменено. Използвайте го например докато лицето оспорва точността на данните си.
rights-lift-hint = Обработването може да бъде възобновено: картата отново може да се променя и се връща в списъка с контакти.
rights-reason-label = Причина
rights-reason-label-hint = (записва се в одитния журнал)
rights-restrict-example = напр. Точността е оспорена от лицето на 3 май
rights-lift-example = напр. Точността е проверена
rights-restrict-submit = Ограничаване на обработването
rights-lift-submit = Отмяна на ограничението

## Прозорец за документ: документите по вид

document-dialog-kind-record = Регистър на дейностите по обработване (чл. 30)
document-dialog-kind-notice = Уведомление за поверителност (PDF)
document-dialog-kind-notice-html = Уведомление за поверителност като уеб страница
document-dialog-kind-access-report = Отчет за достъп (чл. 15)
document-dialog-kind-access-export = Преносим експорт (чл. 20)
document-dialog-kind-request-letter = Писмо до заявителя

## Прозорец за документ

document-dialog-size-mb = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } МБ
document-dialog-size-kb = { $size } КБ
document-dialog-saved =
    Записано: { $path } ({ $pages ->
        [0] { $size }
        [one] { $pages } страница, { $size }
       *[other] { $pages } страници, { $size }
    }).
document-dialog-error-path = Изберете къде да се запише документът.
document-dialog-error-third-party = Посочете третата страна, от която произхождат данните: уведомлението по чл. 14 посочва източника им.
document-dialog-error-public-source = Посочете публичния източник, от който произхождат данните (напр. регистър): уведомлението по чл. 14 го посочва.
document-dialog-language = Език
document-dialog-format = Формат
document-dialog-save-as = Запис като
document-dialog-save-as-hint = Записва се само там. Съществуващ файл се заменя само ако отметнете полето по-долу.
document-dialog-source-title = Произход на личните данни
document-dialog-source-person = Данни, събрани от лицето (чл. 13)
document-dialog-source-other = Данни от друг източник (чл. 14)
document-dialog-source-kind = Източник
document-dialog-source-third-party = Трета страна
document-dialog-source-public = Публичен източник
document-dialog-which-third-party = Коя трета страна
document-dialog-which-public = Кой публичен източник
document-dialog-third-party-example = напр. препоръка от Мария Иванова
document-dialog-public-example = напр. Търговски регистър
document-dialog-source-hint = Тогава уведомлението посочва и категориите данни и източника (чл. 14).
document-dialog-redact = Заличаване и на тези имена (по едно на ред)
document-dialog-redact-example = напр. Иван Петров
document-dialog-redact-hint = Другите лица, споменати в отчета (в разговори, бележки, искания или доказателства за съгласие), така или иначе се заличават, ако са писали в разговорите или са контакти тук. Добавете всеки друг, когото споменава (роднина, колега): където и да се появи пълното му име, то изчезва от отчета и експорта. Само име или само фамилия, употребени самостоятелно, остават; добавете ги на отделен ред, за да бъдат заличени и те.
document-dialog-export-too = Запис и на преносимия експорт (ZIP с JSON и CSV, чл. 20)
document-dialog-export-as = Запис на експорта като
document-dialog-replace = Замяна на съществуващ файл
document-dialog-open = Отваряне
document-dialog-recorded = Записано към искане № { $id } като извършеното действие.
document-dialog-busy = Генериране…
document-dialog-submit = Генериране и запис

## Настройки → Документи

documents-panel-title = Документи
documents-panel-hint = Съставят се от профила на фирмата, целите и правилата за съхранение, на избрания от вас език. Ако липсва нещо, което документът трябва да съдържа, Custos посочва какво да попълните, вместо да състави непълен документ.
documents-panel-notice-button = Уведомление за поверителност…
documents-panel-record-button = Регистър на дейностите…
documents-panel-notice-dialog = Уведомление за поверителност
documents-panel-record-dialog = Регистър на дейностите по обработване
