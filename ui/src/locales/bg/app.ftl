# Начални екрани (добре дошли, създаване, отключване), сила на паролата, рамка на приложението
# (навигация, горна лента, лента на състоянието), файл, отворен отвън, и системните прозорци
# за файлове.

app-starting = Custos се стартира…

## Добре дошли

app-welcome-title = Добре дошли в Custos
app-welcome-intro = Вашите контакти, разговори и съгласия в един криптиран файл на този компютър. Никой облак не го вижда.
app-welcome-create = Създаване на нов трезор
app-welcome-create-hint = Започнете отначало. Избирате парола; без нея файлът не може да се прочете.
app-welcome-open = Отваряне на съществуващ трезор
app-welcome-open-hint = Отключете файл .custos, който вече имате, например възстановен от резервно копие.
app-welcome-join = Присъединяване към екип
app-welcome-join-hint = Друг компютър на фирмата е поканил този: въведете кода, който той показва, и указателят с контакти ще пристигне тук.

## Създаване

app-create-title = Създаване на нов трезор
app-create-intro = Всичко, което съхранявате в Custos, се криптира с вашата парола. Ако я забравите, никой не може да възстанови данните — дори ние.
app-vault-file = Файл на трезора
app-vault-file-choose = Изберете файл на трезора…
app-create-path-hint = Пазете резервно копие на този файл на сигурно място, напр. на криптирана USB памет.
app-your-name = Вашето име
app-create-operator-hint = Записва се при всяка ваша промяна, както изисква принципът на отчетност по { -gdpr }.
app-passphrase = Парола
app-create-repeat = Повторете паролата
app-create-mismatch = Все още не съвпада с паролата.
app-create-busy = Създаване…
app-create-submit = Създаване на трезор
app-create-instead = Вместо това отворете съществуващ трезор

## Отключване

app-unlock-title = Отключване на трезора
app-unlock-busy = Отключване…
app-unlock-submit = Отключване
app-unlock-instead = Вместо това създайте нов трезор

## Сила на паролата

app-strength-too-short =
    { $length ->
        [0] Използвайте поне { $min ->
            [one] { $min } знак
           *[other] { $min } знака
        }. Няколко несвързани думи се запомнят лесно и трудно се отгатват.
       *[other] Използвайте поне { $min ->
            [one] { $min } знак
           *[other] { $min } знака
        }{ "\u00A0" }(засега { $length }). Няколко несвързани думи се запомнят лесно и трудно се отгатват.
    }
app-strength-failed = Силата не можа да бъде оценена: { $error }
app-strength-label =
    Сила: { $score ->
        [0] много слаба
        [1] слаба
        [2] средна
        [3] силна
       *[4] много силна
    }
# $time: времето с думите на оценителя (на английски, напр. "3 centuries").
app-strength-time = — отгатването би отнело около { $time }
app-strength-checking = Проверка на силата…

## Поле за път

app-path-choose = Избор…
app-path-choose-label = { $label }: избор…
app-path-dialog-failed = Прозорецът за избор на файл не можа да се отвори: { $error } Въведете пътя ръчно.

## Файл на трезор, подаден отвън

app-open-request-title-lock-first = Отваряне на друг трезор?
app-open-request-title-refused = Този файл не може да бъде отворен
app-open-request-asked = От Custos беше поискано да отвори
app-open-request-unlocked = Трезорът { $vault } е отключен. Заключете го, за да отключите другия с неговата парола, или продължете работа в този.
app-open-request-lock-and-open = Заключване и отваряне
app-open-request-keep-working = Продължаване на работата
app-open-request-ok = OK

## Рамка на приложението

app-nav-label = Основна навигация
app-nav-contacts = Контакти
app-nav-attention = Изисква внимание
app-nav-requests = Искания
app-nav-audit = Одитен дневник
app-nav-settings = Настройки
app-nav-to-deal-with = за обработка
app-new-contact = Нов контакт
app-shortcut-new-contact = Ctrl+N
app-lock = Заключване
app-shortcut-lock = Ctrl+L
app-working-as = Работите като { $operator }
app-dismiss = Скриване
app-locks-after = Заключва се след { $minutes } мин. бездействие
app-locked-idle =
    Заключено след { $minutes ->
        [one] { $minutes } минута
       *[other] { $minutes } минути
    } бездействие.
app-lock-failed = Заключването може да не е успяло: { $error } Затворете Custos, за да сте сигурни.

## Приключване на искане: не се съхраняват данни

app-no-data-title = Приключване — няма съхранени данни
app-no-data-hint = Когато заявителят не е ваш контакт и търсенето в картите и записите на разговори не е открило нищо за него, отговорът е, че не се съхраняват лични данни за него. Приключването е окончателно; писмото с отговора посочва това.
app-no-data-summary = Как е извършено търсенето (по избор)
app-no-data-summary-placeholder = напр. търсене по име и имейл адрес
app-no-data-closed = Искането е приключено: не се съхраняват лични данни за заявителя.

## Системни прозорци за файлове

app-dialog-create-vault = Създаване на трезор на Custos
app-dialog-open-vault = Отваряне на трезор на Custos
app-dialog-vault-filter = Трезор на Custos
app-dialog-transcript = Изберете експорт на чат
app-dialog-whatsapp-filter = Експорт от WhatsApp
app-dialog-transcript-filter = Запис на разговор от Custos
app-dialog-csv-export = Експорт във файл CSV
app-dialog-csv-filter = CSV (разделени със запетая)
app-dialog-save-document = Запазване на документа
app-dialog-pdf-filter = PDF документ
app-dialog-html-filter = Уеб страница
app-dialog-zip-filter = ZIP архив
app-dialog-backup-folder = Къде да се записват резервните копия
app-dialog-shared-folder = Папката, споделена от компютрите на екипа
app-dialog-address-book = Изберете файл с адресна книга
app-dialog-address-book-filter = Адресна книга (CSV, vCard)
app-dialog-csv-sources-filter = CSV (Google, Outlook, електронна таблица)
app-dialog-vcard-filter = vCard
app-dialog-export-contacts = Експорт на контакти

## Грешки

error-fallback = Нещо се обърка. Моля, опитайте отново.
