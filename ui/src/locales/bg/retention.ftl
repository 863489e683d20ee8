# Съхранение: правилата в Настройки → Срокове на съхранение, изгледът „Изисква внимание“
# (контакти, чийто срок на съхранение е изтекъл), почистването на няколко контакта наведнъж и
# запазването на контакт с посочена причина.

## Какво налага правилото (кодове от ядрото)

retention-action-erase = Изтриване
retention-action-delete-transcripts = Изтриване на преписите

## Срокове

retention-unit-days = дни
retention-unit-months = месеца
retention-unit-years = години
retention-count-months =
    { $count ->
        [one] { $count } месец
       *[other] { $count } месеца
    }
retention-count-years =
    { $count ->
        [one] { $count } година
       *[other] { $count } години
    }
retention-period-error =
    Въведете цял брой { $unit ->
        [days] дни
        [months] месеци
       *[years] години
    }.

## Правило в едно изречение

retention-rule-erase = { $status }: изтриване { $period } след последния контакт
retention-rule-erase-kept = { $status }: изтриване { $period } след последния контакт (пази се за „{ $purpose }“)
retention-rule-delete-transcripts = { $status }: изтриване на преписите { $period } след последния контакт
retention-rule-delete-transcripts-kept = { $status }: изтриване на преписите { $period } след последния контакт (пази се за „{ $purpose }“)

## Настройки → Срокове на съхранение

retention-title = Срокове на съхранение
retention-add-rule = Добави правило
retention-intro = Колко дълго се пазят контактите и преписите на разговорите им след последния контакт. Когато срокът изтече, контактът се появява в „Изисква внимание“. Правило, което посочва цел (например законово задължение за съхранение на фактури), може да удължи срока: важи най-дългото правило за даден статус.
retention-form-status = Контакти със статус
retention-form-action = Подлежат на
retention-form-period = Толкова след последния контакт
retention-form-unit = Единица
retention-form-purpose = Заради целта
retention-form-no-purpose = — собственото правило на статуса —
retention-save-rule = Запази правилото
retention-empty = Няма правила за съхранение: нищо никога няма да бъде отбелязано. Добавете правило, напр. изтриване на потенциалните клиенти 12 месеца след последния контакт.
retention-column-status = Статус
retention-column-action = Действие
retention-column-period = След
retention-column-purpose = Заради
retention-column-actions = Действия
retention-remove-question = Да се премахне ли това правило?
retention-remove = Премахни
retention-remove-keep = Запази
retention-remove-ask = Премахни…
retention-change-period = Промени срока
retention-preview-erase =
    При срок { $period } днес за изтриване: { $contacts ->
        [one] { $contacts } контакт
       *[other] { $contacts } контакта
    } с { $transcripts ->
        [one] { $transcripts } препис
       *[other] { $transcripts } преписа
    } ({ $status }) — сега { $currentContacts ->
        [one] { $currentContacts } контакт
       *[other] { $currentContacts } контакта
    } с { $currentTranscripts ->
        [one] { $currentTranscripts } препис
       *[other] { $currentTranscripts } преписа
    }.
retention-preview-delete-transcripts =
    При срок { $period } днес за изтриване на преписите: { $contacts ->
        [one] { $contacts } контакт
       *[other] { $contacts } контакта
    } с { $transcripts ->
        [one] { $transcripts } препис
       *[other] { $transcripts } преписа
    } ({ $status }) — сега { $currentContacts ->
        [one] { $currentContacts } контакт
       *[other] { $currentContacts } контакта
    } с { $currentTranscripts ->
        [one] { $currentTranscripts } препис
       *[other] { $currentTranscripts } преписа
    }.

## Изисква внимание

attention-title = Изисква внимание
attention-intro = Контакти, чийто { -retention-period } е изтекъл, според правилата в Настройки → Срокове на съхранение. Нищо не се изтрива, докато не изберете; всяка стъпка се записва в одитния журнал.
attention-loading = Проверка на сроковете на съхранение…
attention-empty = Нищо не изисква внимание.
attention-empty-hint = Когато с контакт няма връзка по-дълго, отколкото позволява правило за съхранение, той се появява тук с указание какво да се направи. Правилата са в { $settings }.
attention-empty-settings = Настройки
retention-group-erase-title = За изтриване
retention-group-erase-hint = Целият им { -retention-period } е изтекъл: изтрийте ги или ги запазете с посочена причина до дата за преглед.
retention-group-delete-transcripts-title = Преписи за изтриване
retention-group-delete-transcripts-hint = Чатовете им се пазят по-дълго от необходимото. Отбележете важното в картата, след това изтрийте преписите.
attention-select-all = Избери всички показани
attention-bulk-erase =
    { $count ->
        [one] Изтрий { $count } избран…
       *[other] Изтрий { $count } избрани…
    }
attention-bulk-delete-transcripts =
    { $count ->
        [one] Изтрий преписите на { $count } избран…
       *[other] Изтрий преписите на { $count } избрани…
    }
attention-select = Избери { $name }
retention-due-today = срокът е днес
retention-overdue =
    { $days ->
        [one] просрочено с { $days } ден
       *[other] просрочено с { $days } дни
    }
attention-no-contact-since = Без контакт от { $date }
attention-never-contacted = Добавен на { $date }, без контакт досега
attention-conversations =
    { $count ->
        [one] { $count } разговор
       *[other] { $count } разговора
    }
attention-delete-transcripts = Изтрий преписите…
attention-erase = Изтрий…
attention-keep = Запази…
attention-show-more =
    { $count ->
        [one] Покажи още ({ $count } не е показан)
       *[other] Покажи още ({ $count } не са показани)
    }
attention-done-delete-transcripts =
    { $count ->
        [one] Изтрит е { $count } разговор на { $name }.
       *[other] Изтрити са { $count } разговора на { $name }.
    }
attention-done-delete-transcripts-note =
    { $count ->
        [one] Изтрит е { $count } разговор на { $name }; бележката Ви е в картата.
       *[other] Изтрити са { $count } разговора на { $name }; бележката Ви е в картата.
    }
attention-done-erase = Изтрит: { $name }.
attention-done-keep = { $name } се запазва до { $date }.
attention-done-cleanup = Почистването приключи: всяка стъпка е в одитния журнал.

## Почистване на няколко контакта наведнъж

retention-cleanup-question-erase =
    Окончателно изтриване на { $contacts ->
        [one] { $contacts } контакт
       *[other] { $contacts } контакта
    } заедно с { $conversations ->
        [one] { $conversations } разговор
       *[other] { $conversations } разговора
    }?
retention-cleanup-question-delete-transcripts =
    Изтриване на { $conversations ->
        [one] { $conversations } разговор
       *[other] { $conversations } разговора
    } на { $contacts ->
        [one] { $contacts } контакт
       *[other] { $contacts } контакта
    } заедно с всички съобщения?
retention-cleanup-warning-erase = Всеки контакт по-долу се изтрива окончателно (чл. 17 от { -gdpr }): име, данни за контакт, бележки и всички разговори. Всяка стъпка се записва в одитния журнал.
retention-cleanup-warning-delete-transcripts = Всички разговори на всеки контакт по-долу се изтриват окончателно заедно с всичките им съобщения. Картите остават. Всяка стъпка се записва в одитния журнал.
retention-cleanup-list = Какво ще бъде изтрито
retention-cleanup-column-contact = Контакт
retention-cleanup-column-status = Статус
retention-cleanup-column-conversations = Разговори
retention-cleanup-type =
    { $count ->
        [one] Въведете { $word }, за да изтриете този контакт
       *[other] Въведете { $word }, за да изтриете тези { $count } контакта
    }
retention-cleanup-progress = Готови { $done } от { $total }…
retention-cleanup-working = Обработване…
retention-cleanup-submit-erase =
    { $count ->
        [one] Изтрий { $count } контакт
       *[other] Изтрий { $count } контакта
    }
retention-cleanup-submit-delete-transcripts = Изтрий преписите им
retention-cleanup-result-erase =
    { $contacts ->
        [one] Изтрит е { $contacts } контакт
       *[other] Изтрити са { $contacts } контакта
    }, { $messages ->
        [one] премахнато е { $messages } съобщение
       *[other] премахнати са { $messages } съобщения
    }{ $failed ->
        [0] {""}
       *[other] ; { $failed } { $failed ->
            [one] не можа да бъде обработен
           *[other] не можаха да бъдат обработени
        } (вижте по-долу)
    }{ $skipped ->
        [0] {""}
       *[other] ; { $skipped } { $skipped ->
            [one] не беше опитан
           *[other] не бяха опитани
        }
    }.
retention-cleanup-result-delete-transcripts =
    { $conversations ->
        [one] Изтрит е { $conversations } разговор
       *[other] Изтрити са { $conversations } разговора
    } на { $contacts ->
        [one] { $contacts } контакт
       *[other] { $contacts } контакта
    }, { $messages ->
        [one] премахнато е { $messages } съобщение
       *[other] премахнати са { $messages } съобщения
    }{ $failed ->
        [0] {""}
       *[other] ; { $failed } { $failed ->
            [one] не можа да бъде обработен
           *[other] не можаха да бъдат обработени
        } (вижте по-долу)
    }{ $skipped ->
        [0] {""}
       *[other] ; { $skipped } { $skipped ->
            [one] не беше опитан
           *[other] не бяха опитани
        }
    }.

## Запазване на контакт с посочена причина

retention-keep-title = Запазване на { $name }
retention-keep-hint = Предупреждението изчезва до датата за преглед и тогава се появява отново. Причината и датата се записват в одитния журнал.
retention-keep-reason = Защо се запазва този контакт?
retention-keep-reason-placeholder = напр. Помоли да се обадим за пролетния курс
retention-keep-review = Нов преглед на
retention-keep-submit = Запази до датата за преглед
retention-keep-error-reason = Посочете защо се запазва контактът: причината се записва в одитния журнал.
retention-keep-error-date = Изберете датата за нов преглед на този контакт.
retention-keep-error-past = Датата за преглед трябва да е след днешната.
