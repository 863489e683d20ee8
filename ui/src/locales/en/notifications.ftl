# The desktop notifications the app shows (composed by the shell, src-tauri/src/notify.rs).
# $new: how many are new since the last notification; $total: how many in all.

notify-contacts-title =
    { $new ->
        [one] { $new } contact needs attention
       *[other] { $new } contacts need attention
    }
notify-requests-title =
    { $new ->
        [one] { $new } request is due soon or overdue
       *[other] { $new } requests are due soon or overdue
    }
# Both titles in one notification.
notify-both-title = { $contacts }; { $requests }
notify-contacts-body = Their retention period is over ({ $total } in all). Open Needs attention in Custos to delete transcripts, erase, or keep them with a reason.
notify-requests-body = Open Requests in Custos to see their deadlines ({ $total } due soon or overdue in all).
notify-both-body = { $contacts } { $requests }
