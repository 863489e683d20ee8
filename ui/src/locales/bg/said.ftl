## Изречения, които ядрото изпраща с код до английския текст (said-<област>-<код>).

said-purpose-problem = { $problem }.

## Дали с дадено лице може да се осъществи контакт за дадена цел (в картата на контакта).

said-permission-erased = контакт { $contact } е изтрит на { $date }
said-permission-restricted = обработването на данните на { $name } е ограничено от { $since } ({ $reason }): само съхранение
said-permission-objected = { $name } е възразил(а) срещу „{ $purpose }“ на { $date }
said-permission-not-consent = „{ $purpose }“ се основава на { $basis ->
        [b] чл. 6, пар. 1, буква б) (договор)
        [c] чл. 6, пар. 1, буква в) (законово задължение)
        [d] чл. 6, пар. 1, буква г) (жизненоважни интереси)
        [e] чл. 6, пар. 1, буква д) (задача от обществен интерес)
        [f] чл. 6, пар. 1, буква е) (законни интереси)
       *[a] чл. 6, пар. 1, буква а) (съгласие)
    }
said-permission-consent = съгласие на { $name } за „{ $purpose }“: { $state ->
        [never_given] никога не е давано
        [given] дадено
        [confirmed] потвърдено
        [withdrawn] оттеглено
       *[expired] изтекло
    }
said-permission-awaits-confirmation = съгласието на { $name } за „{ $purpose }“ очаква потвърждение (двойно потвърждение)

## Файлът с адресна книга и източникът на импортираните контакти.

said-file-vcard-file = файл vCard с { $cards ->
        [one] { $cards } карта
       *[other] { $cards } карти
    }
said-file-csv-file = { $format ->
        [google] CSV от Google Контакти
        [google_old] CSV от Google Контакти (по-стар формат)
        [outlook] CSV от Outlook
       *[csv] CSV
    } в { $encoding }, полета, разделени { $delimiter ->
        [semicolon] с точка и запетая
        [tab] с табулации
       *[comma] със запетаи
    }
said-file-export-of = Експорт { $format ->
        [vcard] vCard
        [google] от Google Контакти
        [google_old] от Google Контакти (по-стар формат)
        [outlook] от Outlook
       *[csv] CSV
    } от { $day }

## Ред от адресната книга.

said-row-no-name = няма име, организация или имейл адрес, с които да се покаже този контакт
said-row-vcard-no-name = няма име: в vCard няма FN, N, ORG или EMAIL, с които да се назове контактът
said-row-vcard-group = група контакти (KIND:group), а не лице или организация
said-row-not-a-name = „{ $name }“ не може да бъде име на карта: името трябва да съдържа поне една буква или цифра
said-row-card-refused = { $reason }
said-row-email-left-out = „{ $value }“ не е имейл адрес (няма @): пропуснат
said-row-phone-left-out = „{ $value }“ не съдържа цифри: пропуснат
said-row-tag-left-out = „{ $tag }“ е по-дълъг от { $max } знака: пропуснат
said-row-left-out = { $reason }: пропуснато
said-row-not-merged-erased = не е обединено с карта № { $card }: контакт { $id } е изтрит на { $date }: за това лице вече не може да се записва или променя нищо.
said-row-not-merged-restricted = не е обединено с карта № { $card }: обработването на данните на { $name } е ограничено (замразено) от { $since }: „{ $reason }“. Данните могат да се четат, но не и да се променят. Отменете ограничението, като посочите причина, когато обработването може да бъде възобновено.
said-row-not-merged = не е обединено с карта № { $card }: { $reason }

## Какво липсва на даден документ (след „Попълнете:“).

said-missing-company-profile = профилът на фирмата (наименование и данни за контакт на администратора)
said-missing-controller-name = официалното наименование на администратора (профил на фирмата)
said-missing-controller-address = пощенският адрес на администратора (профил на фирмата)
said-missing-controller-contact = имейл адрес или телефон на администратора (профил на фирмата)
said-missing-dpo-contact = как да се осъществи връзка с длъжностното лице по защита на данните (профил на фирмата)
said-missing-supervisory-authority = надзорният орган, пред който може да се подаде жалба (профил на фирмата)
said-missing-supervisory-authority-contact = данните за контакт на надзорния орган (профил на фирмата)
said-missing-purposes = поне една цел в каталога на целите
said-missing-data-source = източникът на данните (третото лице или публичният източник, по име)
said-missing-purpose-description = описание на целта „{ $purpose }“
said-missing-purpose-data-categories = категориите лични данни, обработвани за целта „{ $purpose }“
said-missing-purpose-data-subjects = категориите субекти на данни за целта „{ $purpose }“ (за кого се отнасят данните, напр. клиенти, кандидати за работа)
said-missing-purpose-retention = срок на съхранение за целта „{ $purpose }“ (в целта или в правило за съхранение, което я посочва)
said-missing-purpose-legitimate-interest = законният интерес, преследван с целта „{ $purpose }“ (чл. 6, пар. 1, буква е))
said-missing-transfer-safeguard = гаранцията за предаване на данни на получателя „{ $recipient }“ по целта „{ $purpose }“ (извън ЕС/ЕИП)
