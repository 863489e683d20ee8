# Conservation : les règles de Paramètres → Conservation, la vue « À traiter » (contacts dont la
# durée de conservation est écoulée), le nettoyage de plusieurs contacts à la fois et la
# conservation d’un contact avec un motif.

## Ce qu’une règle rend dû (codes du noyau)

retention-action-erase = Effacer
retention-action-delete-transcripts = Supprimer les transcriptions

## Durées

retention-unit-days = jours
retention-unit-months = mois
retention-unit-years = ans
retention-count-months =
    { $count ->
        [one] { $count } mois
       *[other] { $count } mois
    }
retention-count-years =
    { $count ->
        [one] { $count } an
       *[other] { $count } ans
    }
retention-period-error =
    Indiquez un nombre entier ({ $unit ->
        [days] jours
        [months] mois
       *[years] années
    }).

## Une règle en une phrase

retention-rule-erase = { $status } : effacer { $period } après le dernier contact
retention-rule-erase-kept = { $status } : effacer { $period } après le dernier contact (conservé pour « { $purpose } »)
retention-rule-delete-transcripts = { $status } : supprimer les transcriptions { $period } après le dernier contact
retention-rule-delete-transcripts-kept = { $status } : supprimer les transcriptions { $period } après le dernier contact (conservé pour « { $purpose } »)

## Paramètres → Conservation

retention-title = Conservation
retention-add-rule = Ajouter une règle
retention-intro = Durée pendant laquelle les contacts et leurs transcriptions sont conservés après le dernier contact. Une fois la durée écoulée, le contact apparaît dans À traiter. Une règle qui mentionne une finalité (par exemple l’obligation légale de conserver les factures) peut allonger la durée : la règle la plus longue pour un statut l’emporte.
retention-form-status = Contacts au statut
retention-form-action = Action due
retention-form-period = Délai après le dernier contact
retention-form-unit = Unité
retention-form-purpose = En raison de la finalité
retention-form-no-purpose = — règle propre au statut —
retention-save-rule = Enregistrer la règle
retention-empty = Aucune règle de conservation : rien ne sera jamais signalé. Ajoutez une règle, p. ex. effacer les prospects 12 mois après le dernier contact.
retention-column-status = Statut
retention-column-action = Action
retention-column-period = Après
retention-column-purpose = En raison de
retention-column-actions = Actions
retention-remove-question = Supprimer cette règle ?
retention-remove = Supprimer
retention-remove-keep = Conserver
retention-remove-ask = Supprimer…
retention-change-period = Modifier la durée
retention-preview-erase =
    Avec { $period }, à signaler aujourd’hui pour effacement : { $contacts ->
        [one] { $contacts } contact
       *[other] { $contacts } contacts
    } avec { $transcripts ->
        [one] { $transcripts } transcription
       *[other] { $transcripts } transcriptions
    } ({ $status }) — actuellement { $currentContacts ->
        [one] { $currentContacts } contact
       *[other] { $currentContacts } contacts
    } avec { $currentTranscripts ->
        [one] { $currentTranscripts } transcription
       *[other] { $currentTranscripts } transcriptions
    }.
retention-preview-delete-transcripts =
    Avec { $period }, à signaler aujourd’hui pour suppression des transcriptions : { $contacts ->
        [one] { $contacts } contact
       *[other] { $contacts } contacts
    } avec { $transcripts ->
        [one] { $transcripts } transcription
       *[other] { $transcripts } transcriptions
    } ({ $status }) — actuellement { $currentContacts ->
        [one] { $currentContacts } contact
       *[other] { $currentContacts } contacts
    } avec { $currentTranscripts ->
        [one] { $currentTranscripts } transcription
       *[other] { $currentTranscripts } transcriptions
    }.

## À traiter

attention-title = À traiter
attention-intro = Contacts dont la { -retention-period } est écoulée, selon les règles de Paramètres → Conservation. Rien n’est supprimé sans votre choix ; chaque étape est consignée dans le journal d’audit.
attention-loading = Vérification des durées de conservation…
attention-empty = Rien à traiter.
attention-empty-hint = Lorsqu’un contact reste sans échange plus longtemps qu’une règle de conservation ne le permet, il apparaît ici avec la marche à suivre. Les règles se trouvent dans les { $settings }.
attention-empty-settings = Paramètres
retention-group-erase-title = À effacer
retention-group-erase-hint = Toute leur { -retention-period } est écoulée : effacez-les, ou conservez-les avec un motif jusqu’à une date de réexamen.
retention-group-delete-transcripts-title = Transcriptions à supprimer
retention-group-delete-transcripts-hint = Leurs conversations sont conservées plus longtemps que nécessaire. Notez l’essentiel sur la fiche, puis supprimez les transcriptions.
attention-select-all = Sélectionner tous les contacts affichés
attention-bulk-erase =
    { $count ->
        [one] Effacer { $count } contact sélectionné…
       *[other] Effacer { $count } contacts sélectionnés…
    }
attention-bulk-delete-transcripts =
    { $count ->
        [one] Supprimer les transcriptions de { $count } contact sélectionné…
       *[other] Supprimer les transcriptions de { $count } contacts sélectionnés…
    }
attention-select = Sélectionner { $name }
retention-due-today = échéance aujourd’hui
retention-overdue =
    { $days ->
        [one] en retard de { $days } jour
       *[other] en retard de { $days } jours
    }
attention-no-contact-since = Aucun contact depuis le { $date }
attention-never-contacted = Ajouté le { $date }, jamais contacté
attention-conversations =
    { $count ->
        [one] { $count } conversation
       *[other] { $count } conversations
    }
attention-delete-transcripts = Supprimer les transcriptions…
attention-erase = Effacer…
attention-keep = Conserver…
attention-show-more =
    { $count ->
        [one] Afficher plus ({ $count } non affiché)
       *[other] Afficher plus ({ $count } non affichés)
    }
attention-done-delete-transcripts =
    { $count ->
        [one] { $count } conversation de { $name } supprimée.
       *[other] { $count } conversations de { $name } supprimées.
    }
attention-done-delete-transcripts-note =
    { $count ->
        [one] { $count } conversation de { $name } supprimée ; votre note figure sur la fiche.
       *[other] { $count } conversations de { $name } supprimées ; votre note figure sur la fiche.
    }
attention-done-erase = Contact effacé : { $name }.
attention-done-keep = { $name } est conservé jusqu’au { $date }.
attention-done-cleanup = Nettoyage terminé : chaque étape figure dans le journal d’audit.

## Nettoyage de plusieurs contacts à la fois

retention-cleanup-question-erase =
    Effacer définitivement { $contacts ->
        [one] { $contacts } contact
       *[other] { $contacts } contacts
    }, avec { $conversations ->
        [one] { $conversations } conversation
       *[other] { $conversations } conversations
    } ?
retention-cleanup-question-delete-transcripts =
    Supprimer { $conversations ->
        [one] { $conversations } conversation
       *[other] { $conversations } conversations
    } de { $contacts ->
        [one] { $contacts } contact
       *[other] { $contacts } contacts
    }, avec tous leurs messages ?
retention-cleanup-warning-erase = Chaque contact ci-dessous est effacé définitivement (art. 17 { -gdpr }) : nom, coordonnées, notes et toutes les conversations. Chaque étape est consignée dans le journal d’audit.
retention-cleanup-warning-delete-transcripts = Toutes les conversations de chaque contact ci-dessous sont supprimées définitivement, avec tous leurs messages. Les fiches sont conservées. Chaque étape est consignée dans le journal d’audit.
retention-cleanup-list = Ce qui sera supprimé
retention-cleanup-column-contact = Contact
retention-cleanup-column-status = Statut
retention-cleanup-column-conversations = Conversations
retention-cleanup-type =
    { $count ->
        [one] Saisissez { $word } pour effacer ce contact
       *[other] Saisissez { $word } pour effacer ces { $count } contacts
    }
retention-cleanup-progress = { $done } sur { $total } effectués…
retention-cleanup-working = Traitement en cours…
retention-cleanup-submit-erase =
    { $count ->
        [one] Effacer { $count } contact
       *[other] Effacer { $count } contacts
    }
retention-cleanup-submit-delete-transcripts = Supprimer leurs transcriptions
retention-cleanup-result-erase =
    { $contacts ->
        [one] { $contacts } contact effacé
       *[other] { $contacts } contacts effacés
    }, { $messages ->
        [one] { $messages } message supprimé
       *[other] { $messages } messages supprimés
    }{ $failed ->
        [0] {""}
       *[other] ; { $failed } { $failed ->
            [one] impossible
           *[other] impossibles
        } à traiter (voir ci-dessous)
    }{ $skipped ->
        [0] {""}
       *[other] ; { $skipped } { $skipped ->
            [one] non tenté
           *[other] non tentés
        }
    }.
retention-cleanup-result-delete-transcripts =
    { $conversations ->
        [one] { $conversations } conversation supprimée
       *[other] { $conversations } conversations supprimées
    } pour { $contacts ->
        [one] { $contacts } contact
       *[other] { $contacts } contacts
    }, { $messages ->
        [one] { $messages } message supprimé
       *[other] { $messages } messages supprimés
    }{ $failed ->
        [0] {""}
       *[other] ; { $failed } { $failed ->
            [one] impossible
           *[other] impossibles
        } à traiter (voir ci-dessous)
    }{ $skipped ->
        [0] {""}
       *[other] ; { $skipped } { $skipped ->
            [one] non tenté
           *[other] non tentés
        }
    }.

## Conserver un contact avec un motif

retention-keep-title = Conserver { $name }
retention-keep-hint = L’avertissement disparaît jusqu’à la date de réexamen, puis revient. Votre motif et la date sont consignés dans le journal d’audit.
retention-keep-reason = Pourquoi conserver ce contact ?
retention-keep-reason-placeholder = p. ex. A demandé à être rappelé au sujet de la formation de printemps
retention-keep-review = Réexaminer le
retention-keep-submit = Conserver jusqu’à la date de réexamen
retention-keep-error-reason = Indiquez pourquoi le contact est conservé : le motif est consigné dans le journal d’audit.
retention-keep-error-date = Choisissez la date à laquelle réexaminer ce contact.
retention-keep-error-past = La date de réexamen doit être postérieure à aujourd’hui.
