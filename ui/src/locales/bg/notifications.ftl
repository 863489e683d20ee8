notify-contacts-title =
    { $new ->
        [one] { $new } контакт изисква внимание
       *[other] { $new } контакта изискват внимание
    }
notify-requests-title =
    { $new ->
        [one] { $new } искане е с наближаващ или изтекъл срок
       *[other] { $new } искания са с наближаващ или изтекъл срок
    }
notify-both-title = { $contacts }; { $requests }
notify-contacts-body = Срокът им на съхранение е изтекъл (общо { $total }). Отворете „Изисква внимание“ в Custos, за да изтриете записите на разговорите, да изтриете данните или да ги запазите с посочена причина.
notify-requests-body = Отворете „Искания“ в Custos, за да видите сроковете (общо { $total } с наближаващ или изтекъл срок).
notify-both-body = { $contacts } { $requests }
