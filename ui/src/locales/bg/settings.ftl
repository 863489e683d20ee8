# Настройки: предпочитания, профил на фирмата, работни дни (официални празници и неработни дни на
# фирмата) и проверка на целостта на трезора.

settings-title = Настройки
settings-saved = Запазено.

## Предпочитания

settings-preferences-title = Предпочитания
settings-auto-lock = Заключване след толкова минути бездействие
settings-auto-lock-hint = От 1 до 240. Трезорът се заключва сам и изчиства екрана.
settings-auto-lock-invalid = Автоматичното заключване изисква цял брой минути от 1 до 240.
settings-operator-hint = Посочва се в одитния дневник от следващото отключване нататък.
settings-operator-missing = Въведете името си: то се записва при всяка промяна.
settings-preferences-save = Запазване на предпочитанията

## Профил на фирмата

settings-company-title = Профил на фирмата
settings-company-intro = Кой отговаря за данните ({ -controller }). Уведомленията за поверителност и отчетите започват с тази информация.
settings-company-name = Име на фирмата ({ -controller })
settings-company-country = Държава
settings-company-country-hint = Двубуквен код, напр. BG
settings-company-address = Адрес
settings-company-email = Имейл
settings-company-phone = Телефон
settings-company-dpo-name = Длъжностно лице по защита на данните
settings-company-dpo-name-hint = Ако сте определили такова
settings-company-dpo-contact = Контакт с ДЛЗД
settings-company-authority-name = Надзорен орган
settings-company-authority-name-hint = Необходимо за уведомленията за поверителност, напр. КЗЛД
settings-company-authority-contact = Контакт с органа
settings-company-authority-contact-hint = Необходимо за уведомленията за поверителност: адрес или уебсайт
settings-company-name-missing = Въведете името на фирмата: това е { -controller }, посочен във всеки документ.
settings-company-save = Запазване на профила на фирмата

## Работни дни

settings-working-days-title = Работни дни
settings-holidays = Официални празници
settings-year = Година
settings-holidays-none = Няма отчетени.
settings-closure-days = Неработни дни на фирмата
settings-closure-days-none = Няма добавени неработни дни.
settings-closure-remove = Премахване
settings-closure-keep = Запазване
settings-closure-remove-ask = Премахване…
settings-closure-remove-label = Премахване на { $day }
settings-closure-day = Затворено на
settings-closure-reason = Причина (по избор)
settings-closure-reason-placeholder = напр. между Коледа и Нова година
settings-closure-add = Добавяне на неработен ден

## Цялост на трезора

settings-integrity-title = Цялост на трезора
settings-integrity-intro = Прочита целия трезор и проверява дали нищо не е повредено. Изпълнете я след възстановяване от резервно копие.
settings-integrity-checking = Проверка…
settings-integrity-check = Проверка на целостта на трезора
settings-integrity-ok = Не са открити проблеми.
settings-integrity-problems =
    { $count ->
        [one] Открит е { $count } проблем
       *[other] Открити са { $count } проблема
    }. Възстановете трезора от резервно копие, преди да променяте каквото и да било.

settings-integrity-page-mac = Страница { $page } не съответства на контролната си сума: променена е на диска или е записана грешно.
settings-integrity-page-damaged = Страница { $page } е повредена.
settings-integrity-page-never-used = Страница { $page } не се използва от нищо.
settings-integrity-page-used-twice = Страница { $page } се използва два пъти.
settings-integrity-row-missing-from-index = Ред { $row } липсва в индекса { $index }.
settings-integrity-index-entry-count = Индексът { $index } има грешен брой записи.
settings-integrity-index-not-unique = Индексът { $index } съдържа един и същ запис два пъти.
settings-integrity-freelist-size =
    Списъкът на свободните страници посочва { $found ->
        [one] { $found } страница
       *[other] { $found } страници
    }, но съдържа { $expected }.
settings-integrity-freelist-damaged = Списъкът на свободните страници е повреден.
settings-integrity-technical = Технически подробности за поддръжката
