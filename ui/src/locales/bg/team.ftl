# Settings → Team, the status bar's word on it, and "Join a team" (docs/TEAM.md). A "seat" is
# one computer's copy of the contact book; the UI says "computer".

team-title = Екип
team-intro = Споделете този указател с контакти с другите компютри на фирмата без облачна услуга. Всеки компютър пази собствено криптирано копие; промените минават през папка, която Syncthing или офисният NAS поддържа еднаква на всеки компютър, и в тази папка има само криптирани файлове.
team-loading = Зареждане на екипа…
team-folder = Споделена папка
team-folder-choose = Изберете споделената папка…
team-folder-hint = Папка, която Syncthing споделя между компютрите, или папка в офисния NAS.
team-folder-is = Споделена папка: { $folder }
team-seat-name = Име на този компютър
team-seat-name-hint = С това име ще го виждат другите компютри, например „Компютър в офиса“.
team-create = Споделяне на този указател с контакти
team-owner-only = Само собственик може да споделя указателя с контакти с други компютри.

team-status-in-sync = Синхронизирано
team-status-waiting =
    { $changes ->
        [one] { $changes } промяна изчаква
       *[other] { $changes } промени изчакват
    }
team-status-offline = { $seat } е офлайн от { $since }
team-status-offline-never = { $seat }: още няма синхронизация
team-status-problems =
    { $count ->
        [one] { $count } промяна от друг компютър изисква преглед
       *[other] { $count } промени от други компютри изискват преглед
    }
team-status-unreachable = Неуспешно синхронизиране: { $error }
team-sync-now = Синхронизиране сега
team-synced-at = Последно синхронизиране: { $time }

team-seats = Компютри
team-seat-unnamed = Компютър { $index }
team-seat-this = този компютър
team-seat-removed = премахнат от екипа
team-seat-remove = Премахване
# $seat: името на компютъра.
team-seat-remove-title = Да се премахне ли { $seat } от екипа?
team-seat-remove-intro = Другите компютри получават нов ключ на екипа: { $seat } няма да може да чете нищо, което екипът пише отсега нататък, а промените му, още неприложени тук, няма да бъдат приложени никъде.
team-seat-remove-keeps = Това, което { $seat } вече има, остава там: премахването не изтрива копието му на указателя.
team-seat-remove-confirm = Премахване от екипа
team-seat-removed-notice = { $seat } е премахнат от екипа; другите компютри приемат новия ключ при следващата си синхронизация.
team-seat-lag =
    { $changes ->
        [0] актуален
        [one] { $changes } промяна още не е приложена тук
       *[other] { $changes } промени още не са приложени тук
    }
team-last-seen = последна активност: { $time }
team-never-seen = още няма активност

team-erasures = Изтривания, които още не са достигнали до всички компютри
team-erasure = Контакт № { $contact }, изтрит на { $since }: изчаква { $seats }

team-problems = Отложени промени
team-problems-intro = Тези промени от други компютри не можаха да бъдат приложени във вида, в който пристигнаха. Нищо не е изгубено: прегледайте контакта, направете промяната ръчно, ако все още е нужна, и след това скрийте записа.
team-problem-constraint = Промяна в { $table } (ред { $row }) от { $seat }, файл { $sequence }, нарушава правило на указателя (например име, което трябва да е уникално).
team-problem-conflict = Промяна в { $table } (ред { $row }) от { $seat }, файл { $sequence }, се сблъсква с друг ред със същия ключ.
team-problem-foreign-key = Файл { $sequence } от { $seat } препраща към запис, който липсва на този компютър: целият файл е отложен.
team-problem-unknown = Промяна в { $table } (ред { $row }) от { $seat }, файл { $sequence }, не можа да бъде приложена.
team-problem-dismiss = Скриване

team-invite = Поканване на компютър
team-invite-operator = Кой ще работи на него
team-invite-create = Създаване на покана
team-invite-code = На другия компютър изберете „Присъединяване към екип“ и въведете този код. Той е за { $operator }, важи еднократно и изтича на { $expires }.
team-invite-qr = Кодът на поканата като QR код

team-join-title = Присъединяване към екип
team-join-intro = Въведете кода, който поканващият компютър показва в Настройки → Екип. Указателят с контакти пристига криптиран през споделената папка и става трезор на този компютър, който се отваря само с Вашата парола.
team-join-code = Код на поканата
team-join-folder-hint = Копието на споделената папка на този компютър (папката на Syncthing или споделеното място в NAS), след като поканата е пристигнала в нея.
team-join-submit = Присъединяване
team-join-busy = Присъединяване…
team-join-back = Назад
