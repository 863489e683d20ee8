common-cancel = Отказ
common-close = Затвори
common-save = Запази
common-saving = Запазване…
common-delete = Изтрий
common-edit = Редактирай
common-back = Назад
common-next = Напред
common-done = Готово
common-retry = Опитай отново
common-loading = Зареждане…
common-yes = Да
common-no = Не
common-none = Няма
common-optional = по избор
common-required = задължително
common-choose-file = Избери файл…
common-show = Покажи
common-hide = Скрий

count-contacts =
    { $count ->
        [one] { $count } контакт
       *[other] { $count } контакта
    }
count-messages =
    { $count ->
        [one] { $count } съобщение
       *[other] { $count } съобщения
    }
count-requests =
    { $count ->
        [one] { $count } искане
       *[other] { $count } искания
    }
count-days =
    { $count ->
        [one] { $count } ден
       *[other] { $count } дни
    }
