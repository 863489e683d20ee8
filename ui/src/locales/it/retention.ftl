# Conservazione: le regole in Impostazioni → Conservazione, la vista «Da gestire» (contatti il cui
# periodo di conservazione è scaduto), la pulizia di più contatti insieme e il mantenimento di un
# contatto con una motivazione.

## Che cosa una regola rende dovuto (codici del nucleo)

retention-action-erase = Cancella
retention-action-delete-transcripts = Elimina le trascrizioni

## Periodi

retention-unit-days = giorni
retention-unit-months = mesi
retention-unit-years = anni
retention-count-months =
    { $count ->
        [one] { $count } mese
       *[other] { $count } mesi
    }
retention-count-years =
    { $count ->
        [one] { $count } anno
       *[other] { $count } anni
    }
retention-period-error =
    Indica un numero intero di { $unit ->
        [days] giorni
        [months] mesi
       *[years] anni
    }.

## Una regola in una frase

retention-rule-erase = { $status }: cancella { $period } dopo l'ultimo contatto
retention-rule-erase-kept = { $status }: cancella { $period } dopo l'ultimo contatto (conservato per «{ $purpose }»)
retention-rule-delete-transcripts = { $status }: elimina le trascrizioni { $period } dopo l'ultimo contatto
retention-rule-delete-transcripts-kept = { $status }: elimina le trascrizioni { $period } dopo l'ultimo contatto (conservato per «{ $purpose }»)

## Impostazioni → Conservazione

retention-title = Conservazione
retention-add-rule = Aggiungi regola
retention-intro = Per quanto tempo i contatti e le loro trascrizioni sono conservati dopo l'ultimo contatto. Trascorso il periodo, il contatto compare in Da gestire. Una regola che indica una finalità (ad esempio l'obbligo di legge di conservare le fatture) può allungare il periodo: vale la regola più lunga per uno stato.
retention-form-status = Contatti con stato
retention-form-action = Da eseguire
retention-form-period = Tempo dopo l'ultimo contatto
retention-form-unit = Unità
retention-form-purpose = A causa della finalità
retention-form-no-purpose = — regola propria dello stato —
retention-save-rule = Salva regola
retention-empty = Nessuna regola di conservazione: non verrà mai segnalato nulla. Aggiungi una regola, ad es. cancella i potenziali clienti 12 mesi dopo l'ultimo contatto.
retention-column-status = Stato
retention-column-action = Azione
retention-column-period = Dopo
retention-column-purpose = A causa di
retention-column-actions = Azioni
retention-remove-question = Rimuovere questa regola?
retention-remove = Rimuovi
retention-remove-keep = Mantieni
retention-remove-ask = Rimuovi…
retention-change-period = Modifica periodo
retention-preview-erase =
    Con { $period }, oggi da segnalare per la cancellazione: { $contacts ->
        [one] { $contacts } contatto
       *[other] { $contacts } contatti
    } con { $transcripts ->
        [one] { $transcripts } trascrizione
       *[other] { $transcripts } trascrizioni
    } ({ $status }) — ora { $currentContacts ->
        [one] { $currentContacts } contatto
       *[other] { $currentContacts } contatti
    } con { $currentTranscripts ->
        [one] { $currentTranscripts } trascrizione
       *[other] { $currentTranscripts } trascrizioni
    }.
retention-preview-delete-transcripts =
    Con { $period }, oggi da segnalare per l'eliminazione delle trascrizioni: { $contacts ->
        [one] { $contacts } contatto
       *[other] { $contacts } contatti
    } con { $transcripts ->
        [one] { $transcripts } trascrizione
       *[other] { $transcripts } trascrizioni
    } ({ $status }) — ora { $currentContacts ->
        [one] { $currentContacts } contatto
       *[other] { $currentContacts } contatti
    } con { $currentTranscripts ->
        [one] { $currentTranscripts } trascrizione
       *[other] { $currentTranscripts } trascrizioni
    }.

## Da gestire

attention-title = Da gestire
attention-intro = Contatti il cui { -retention-period } è scaduto, secondo le regole in Impostazioni → Conservazione. Nulla viene eliminato finché non scegli tu; ogni passaggio è registrato nel registro di controllo.
attention-loading = Verifica dei periodi di conservazione…
attention-empty = Niente da gestire.
attention-empty-hint = Quando un contatto resta inattivo più a lungo di quanto consenta una regola di conservazione, compare qui con le azioni da compiere. Le regole si trovano nelle { $settings }.
attention-empty-settings = Impostazioni
retention-group-erase-title = Da cancellare
retention-group-erase-hint = L'intero { -retention-period } è scaduto: cancellali oppure mantienili con una motivazione fino a una data di revisione.
retention-group-delete-transcripts-title = Trascrizioni da eliminare
retention-group-delete-transcripts-hint = Le loro chat sono conservate più a lungo del necessario. Annota sulla scheda ciò che conta, poi elimina le trascrizioni.
attention-select-all = Seleziona tutti quelli mostrati
attention-bulk-erase =
    { $count ->
        [one] Cancella { $count } selezionato…
       *[other] Cancella { $count } selezionati…
    }
attention-bulk-delete-transcripts =
    { $count ->
        [one] Elimina le trascrizioni di { $count } selezionato…
       *[other] Elimina le trascrizioni di { $count } selezionati…
    }
attention-select = Seleziona { $name }
retention-due-today = scade oggi
retention-overdue =
    { $days ->
        [one] scaduto da { $days } giorno
       *[other] scaduto da { $days } giorni
    }
attention-no-contact-since = Nessun contatto dal { $date }
attention-never-contacted = Aggiunto il { $date }, mai contattato
attention-conversations =
    { $count ->
        [one] { $count } conversazione
       *[other] { $count } conversazioni
    }
attention-delete-transcripts = Elimina le trascrizioni…
attention-erase = Cancella…
attention-keep = Mantieni…
attention-show-more =
    { $count ->
        [one] Mostra altri ({ $count } non mostrato)
       *[other] Mostra altri ({ $count } non mostrati)
    }
attention-done-delete-transcripts =
    { $count ->
        [one] Eliminata { $count } conversazione di { $name }.
       *[other] Eliminate { $count } conversazioni di { $name }.
    }
attention-done-delete-transcripts-note =
    { $count ->
        [one] Eliminata { $count } conversazione di { $name }; la tua nota è sulla scheda.
       *[other] Eliminate { $count } conversazioni di { $name }; la tua nota è sulla scheda.
    }
attention-done-erase = Cancellato: { $name }.
attention-done-keep = { $name } viene mantenuto fino al { $date }.
attention-done-cleanup = Pulizia completata: ogni passaggio è nel registro di controllo.

## Pulizia di più contatti insieme

retention-cleanup-question-erase =
    Cancellare definitivamente { $contacts ->
        [one] { $contacts } contatto
       *[other] { $contacts } contatti
    }, con { $conversations ->
        [one] { $conversations } conversazione
       *[other] { $conversations } conversazioni
    }?
retention-cleanup-question-delete-transcripts =
    Eliminare { $conversations ->
        [one] { $conversations } conversazione
       *[other] { $conversations } conversazioni
    } di { $contacts ->
        [one] { $contacts } contatto
       *[other] { $contacts } contatti
    }, con tutti i loro messaggi?
retention-cleanup-warning-erase = Ogni contatto qui sotto viene cancellato definitivamente (art. 17 { -gdpr }): nome, recapiti, note e ogni conversazione. Ogni passaggio è registrato nel registro di controllo.
retention-cleanup-warning-delete-transcripts = Ogni conversazione di ciascun contatto qui sotto viene eliminata definitivamente, con tutti i suoi messaggi. Le schede restano. Ogni passaggio è registrato nel registro di controllo.
retention-cleanup-list = Che cosa verrà eliminato
retention-cleanup-column-contact = Contatto
retention-cleanup-column-status = Stato
retention-cleanup-column-conversations = Conversazioni
retention-cleanup-type =
    { $count ->
        [one] Digita { $word } per cancellare questo contatto
       *[other] Digita { $word } per cancellare questi { $count } contatti
    }
retention-cleanup-progress = { $done } di { $total } completati…
retention-cleanup-working = Elaborazione…
retention-cleanup-submit-erase =
    { $count ->
        [one] Cancella { $count } contatto
       *[other] Cancella { $count } contatti
    }
retention-cleanup-submit-delete-transcripts = Elimina le loro trascrizioni
retention-cleanup-result-erase =
    { $contacts ->
        [one] Cancellato { $contacts } contatto
       *[other] Cancellati { $contacts } contatti
    }, { $messages ->
        [one] { $messages } messaggio rimosso
       *[other] { $messages } messaggi rimossi
    }{ $failed ->
        [0] {""}
       *[other] ; { $failed } { $failed ->
            [one] non riuscito
           *[other] non riusciti
        } (vedi sotto)
    }{ $skipped ->
        [0] {""}
       *[other] ; { $skipped } { $skipped ->
            [one] non tentato
           *[other] non tentati
        }
    }.
retention-cleanup-result-delete-transcripts =
    { $conversations ->
        [one] Eliminata { $conversations } conversazione
       *[other] Eliminate { $conversations } conversazioni
    } di { $contacts ->
        [one] { $contacts } contatto
       *[other] { $contacts } contatti
    }, { $messages ->
        [one] { $messages } messaggio rimosso
       *[other] { $messages } messaggi rimossi
    }{ $failed ->
        [0] {""}
       *[other] ; { $failed } { $failed ->
            [one] non riuscito
           *[other] non riusciti
        } (vedi sotto)
    }{ $skipped ->
        [0] {""}
       *[other] ; { $skipped } { $skipped ->
            [one] non tentato
           *[other] non tentati
        }
    }.

## Mantenere un contatto con una motivazione

retention-keep-title = Mantieni { $name }
retention-keep-hint = L'avviso scompare fino alla data di revisione e poi ricompare. La motivazione e la data vengono registrate nel registro di controllo.
retention-keep-reason = Perché questo contatto viene mantenuto?
retention-keep-reason-placeholder = ad es. Ha chiesto di essere richiamato per il corso di primavera
retention-keep-review = Rivedi il
retention-keep-submit = Mantieni fino alla data di revisione
retention-keep-error-reason = Indica perché il contatto viene mantenuto: la motivazione va nel registro di controllo.
retention-keep-error-date = Scegli la data in cui rivedere questo contatto.
retention-keep-error-past = La data di revisione deve essere successiva a oggi.
