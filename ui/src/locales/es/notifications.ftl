notify-contacts-title =
    { $new ->
        [one] { $new } contacto requiere atención
       *[other] { $new } contactos requieren atención
    }
notify-requests-title =
    { $new ->
        [one] { $new } solicitud vence pronto o está vencida
       *[other] { $new } solicitudes vencen pronto o están vencidas
    }
notify-both-title = { $contacts }; { $requests }
notify-contacts-body = Su plazo de conservación ha terminado ({ $total } en total). Abra «Requiere atención» en Custos para eliminar las transcripciones, suprimir los datos o conservarlos indicando un motivo.
notify-requests-body = Abra «Solicitudes» en Custos para ver los plazos ({ $total } próximas a vencer o vencidas en total).
notify-both-body = { $contacts } { $requests }
