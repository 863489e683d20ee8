# Demandes des personnes concernées : l’écran Demandes, le détail d’une demande, l’enregistrement,
# les courriers au demandeur et les textes des jours ouvrés dans les Paramètres.

## Types de demande et article du RGPD qui donne le droit

requests-kind-access = Accès
requests-kind-rectification = Rectification
requests-kind-erasure = Effacement
requests-kind-restriction = Limitation du traitement
requests-kind-portability = Portabilité
requests-kind-objection = Opposition
requests-kind-automated-decisions = Décisions automatisées
requests-kind-consent-withdrawal = Retrait du consentement
requests-article-access = art. 15
requests-article-rectification = art. 16
requests-article-erasure = art. 17
requests-article-restriction = art. 18
requests-article-portability = art. 20
requests-article-objection = art. 21
requests-article-automated-decisions = art. 22
requests-article-consent-withdrawal = art. 7, par. 3
requests-kind-with-article = { $kind } ({ $article })
requests-kind-right = { -gdpr }, { $article } : { $right }
requests-right-access = { -right-of-access }
requests-right-rectification = { -right-to-rectification }
requests-right-erasure = { -right-to-erasure }
requests-right-restriction = { -right-to-restriction }
requests-right-portability = { -right-to-portability }
requests-right-objection = { -right-to-object }
requests-right-automated-decisions = droit de ne pas faire l’objet d’une décision fondée exclusivement sur un traitement automatisé
requests-right-consent-withdrawal = droit de retirer son { -consent } à tout moment

## Canal de réception, statut, vérification d’identité

requests-channel-email = E-mail
requests-channel-letter = Courrier
requests-channel-phone = Téléphone
requests-channel-in-person = En personne
requests-channel-web-form = Formulaire web
requests-channel-other = Autre
requests-status-received = Reçue
requests-status-identity-pending = Identité en attente
requests-status-in-progress = En cours
requests-status-extended = Prolongée
requests-status-done = Traitée
requests-status-refused = Refusée
requests-identity-requested = Justificatif demandé, pas encore reçu
requests-identity-verified = Vérifiée
requests-identity-failed = Non vérifiée

## Qui, quelle urgence, comment l’échéance est calculée

requests-who-unmatched = { $name } (sans contact associé)
requests-who-number = Demande n° { $id }
requests-urgency-overdue =
    En retard de { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
requests-urgency-today = Échéance aujourd’hui
requests-urgency-soon =
    Échéance proche : { $days ->
        [one] il reste { $days } jour
       *[other] il reste { $days } jours
    }
requests-urgency-left =
    { $days ->
        [one] Il reste { $days } jour
       *[other] Il reste { $days } jours
    }
requests-deadline-moved = { $due } (le { $end } est un jour de week-end, un jour férié ou un jour de fermeture : l’échéance passe au jour ouvré suivant)
requests-deadline-received = Reçue le { $received } ; un mois après réception : { $due }.
requests-deadline-extended = { $first } Prolongée de deux mois supplémentaires ({ $reason } ; personne informée le { $told }) : échéance le { $due }.

## L’action requise

requests-step-rectification = Corrigez les données sur la fiche du contact ({ common-edit }).
requests-step-erasure = Effacez le contact depuis sa fiche (Effacer).
requests-step-restriction = Limitez le traitement depuis la fiche du contact (Limiter le traitement).
requests-step-objection = Enregistrez l’opposition dans les consentements de la fiche du contact.
requests-step-consent-withdrawal = Enregistrez le retrait dans les consentements de la fiche du contact.
requests-step-access = Générez le rapport d’accès (avec l’export portable si la personne souhaite emporter une copie). Il est enregistré ici comme action réalisée.
requests-step-portability = Générez l’export portable (ZIP avec JSON et CSV), accompagné du rapport d’accès si utile. Il est enregistré ici comme action réalisée.
requests-step-automated-decisions = Custos ne prend aucune décision automatisée. Répondez à la personne en dehors de Custos et enregistrez ce qui a été fait.

## Erreurs dans les formulaires

requests-error-who = Indiquez qui a fait la demande : choisissez le contact ou saisissez le nom tel que la personne l’a donné.
requests-error-received-missing = Indiquez la date de réception de la demande.
requests-error-received-future = La demande ne peut pas avoir été reçue après aujourd’hui.
requests-error-identity-method = Indiquez comment l’identité a été vérifiée, par ex. « carte d’identité présentée au bureau ».
requests-error-identity-date = Indiquez la date de la vérification.
requests-error-identity-future = La vérification ne peut pas être postérieure à aujourd’hui.
requests-error-identity-before = La vérification ne peut pas être antérieure à la réception de la demande.
requests-error-extension-reason = Indiquez pourquoi la demande nécessite plus de temps : la personne est informée des motifs.

## Paramètres → Jours ouvrés

requests-calendar-no-country = Aucun pays n’est indiqué dans le profil de l’entreprise : seuls les week-ends et les jours de fermeture ci-dessous décalent une échéance. Indiquez le pays ci-dessus pour tenir compte de ses jours fériés.
requests-calendar-unsupported = Custos ne connaît pas les jours fériés de ce pays ({ $country }) : seuls les week-ends et les jours de fermeture ci-dessous décalent une échéance. Ajoutez vos jours fériés comme jours de fermeture.
requests-calendar-supported = Les échéances sont reportées après les week-ends, les jours fériés du pays ({ $country }) et les jours de fermeture ci-dessous.
requests-closure-day-missing = Choisissez le jour de fermeture de l’entreprise.
requests-closure-day-taken = Le { $day } est déjà un jour de fermeture.

## L’écran Demandes

requests-title = Demandes
requests-intro = Demandes d’accès, d’effacement et autres demandes des personnes dont vous détenez les données. Chacune doit recevoir une réponse dans un délai d’un mois à compter de sa réception ; chaque étape est consignée dans le journal d’audit.
requests-log-button = Enregistrer une demande
requests-show-closed = Afficher aussi les demandes clôturées
requests-loading = Chargement des demandes…
requests-empty-open = Aucune demande en cours.
requests-empty-all = Aucune demande.
requests-empty-hint = Lorsqu’une personne demande à consulter, corriger ou effacer ses données, ou s’oppose à un traitement, choisissez « { requests-log-button } » : Custos calcule l’échéance et garde trace de ce qui a été fait.
requests-table-caption = Demandes, par échéance
requests-column-type = Type
requests-column-who = Qui
requests-column-received = Reçue le
requests-column-due = Échéance
requests-column-status = Statut
requests-logged = Demande enregistrée : échéance le { $due }.
requests-contact-label = Contact

## Détail d’une demande

requests-detail-title = Demande n° { $id } : { $kind }
requests-detail-contact-point = Coordonnées
requests-detail-received-by =
    { $date } { $channel ->
        [email] par e-mail
        [letter] par courrier
        [phone] par téléphone
        [in_person] en personne
        [web_form] via le formulaire web
       *[other] par un autre moyen
    }
requests-detail-asked = Objet
requests-detail-urgency = · { $urgency }
requests-detail-identity = Identité : { $result } le { $date } ({ $method }).
requests-detail-done-title = Ce qui a été fait
requests-detail-done-line = { $at } : { $description }
requests-detail-done-audit = ({ $action }, entrée n° { $entry } du journal d’audit)
requests-detail-report-recorded = Le rapport est enregistré comme action réalisée.
requests-detail-outcome-done = Clôturée comme traitée le { $at }.
requests-detail-outcome-done-with = Clôturée comme traitée le { $at } : { $outcome }
requests-detail-outcome-refused = Refusée le { $at }.
requests-detail-outcome-refused-with = Refusée le { $at } : { $outcome }
requests-detail-action-title = L’action requise
requests-detail-generate-export = Générer l’export…
requests-detail-generate-report = Générer le rapport d’accès…
requests-detail-match-first = Rattachez d’abord la demande à la fiche du demandeur (ci-dessous).
requests-detail-open-card = Ouvrir la fiche de { $name }
requests-detail-open-card-unnamed = Ouvrir la fiche du contact
requests-detail-match-error = Choisissez le contact qui correspond à ce demandeur.
requests-detail-matched = La demande est désormais rattachée au contact.
requests-detail-match-title = Rattacher à un contact
requests-detail-match-hint = Une fois la demande rattachée, l’action peut être effectuée sur la fiche du contact et liée ici.
requests-detail-match-button = Rattacher
requests-detail-identity-recorded = La vérification d’identité est enregistrée.
requests-detail-identity-title = Vérification d’identité
requests-detail-identity-method = Méthode de vérification
requests-detail-identity-method-example = par ex. carte d’identité présentée au bureau
requests-detail-identity-result = Résultat
requests-detail-identity-date = Vérifiée le
requests-detail-identity-button = Enregistrer la vérification
requests-detail-extended = L’échéance est prolongée de deux mois supplémentaires.
requests-detail-extend-title = Prolonger de deux mois
requests-detail-extend-hint = Uniquement si la demande est complexe ou si les demandes sont nombreuses, et seulement si la personne en est informée, avec les motifs, au cours du premier mois (au plus tard le { $due }).
requests-detail-extend-reason = Motif communiqué à la personne
requests-detail-extend-told = Informée le
requests-detail-extend-button = Prolonger
requests-detail-action-error-entry = Choisissez l’entrée du journal d’audit correspondant à ce qui a été fait.
requests-detail-action-error-description = Indiquez ce qui a été fait.
requests-detail-action-recorded = L’action est enregistrée.
requests-detail-record-title = Enregistrer ce qui a été fait
requests-detail-record-match-first = Rattachez d’abord la demande à un contact : l’action est l’une des entrées de son journal d’audit.
requests-detail-no-candidates = Aucune action sur ce contact depuis la réception de la demande. Effectuez d’abord l’action (voir ci-dessus), puis enregistrez-la ici.
requests-detail-record-entry = Entrée du journal d’audit qui en atteste
requests-detail-choose = Choisir…
requests-detail-record-option = #{ $id } · { $at } · { $action }
requests-detail-record-description = Ce qui a été fait
requests-detail-record-button = Enregistrer l’action
requests-detail-closed = La demande est clôturée comme traitée.
requests-detail-close-title = Clôturer comme traitée
requests-detail-close-summary = Résumé (facultatif)
requests-detail-refuse-error = Indiquez pourquoi la demande est refusée : la personne doit en être informée.
requests-detail-refused = La demande est refusée.
requests-detail-refuse-title = Refuser
requests-detail-refuse-hint = Uniquement si elle est manifestement infondée ou excessive, ou si l’identité n’est pas prouvée. La personne est informée des motifs ainsi que de son droit d’introduire une réclamation auprès de l’{ -supervisory-authority } et de former un recours juridictionnel.
requests-detail-refuse-reason = Motif
requests-detail-export-dialog = Export portable pour la demande n° { $id }
requests-detail-report-dialog = Rapport d’accès pour la demande n° { $id }

## Enregistrer une demande

requests-new-hint = L’échéance découle de la date de réception. Chaque étape est consignée dans le journal d’audit.
requests-new-kind = Type de demande
requests-new-who = Auteur de la demande
requests-new-who-contact = Un contact dans Custos
requests-new-who-unmatched = Une personne pas (encore) rattachée à un contact
requests-new-name = Nom, tel qu’indiqué par la personne
requests-new-contact-point = Comment la joindre (e-mail ou adresse)
requests-new-received = Reçue le
requests-new-channel = Reçue par
requests-new-details = Objet de la demande, en quelques mots (facultatif)
requests-new-submit = Enregistrer la demande

## Courriers au demandeur

requests-letter-acknowledgement = Accusé de réception
requests-letter-extension = Avis de prolongation
requests-letter-completion = Réponse
requests-letter-refusal = Refus
requests-letters-title = Courriers au demandeur
requests-letters-hint = Dans la langue choisie, adressés au demandeur, avec la référence de la demande. Chaque courrier figure dans le journal d’audit ; il ne compte pas comme action réalisée.
requests-letters-button = { $letter }…
requests-letters-dialog = { $letter } pour la demande n° { $id }

requests-erased-text = [effacé avec la personne]
requests-outcome-no-data = Aucune donnée personnelle concernant le demandeur n’est détenue.
requests-outcome-no-data-with = Aucune donnée personnelle concernant le demandeur n’est détenue. { $summary }
requests-describe-contact-erased = Contact et ses conversations effacés
requests-describe-contact-restricted = Traitement des données du contact limité
requests-describe-contact-updated = Données du contact rectifiées
requests-describe-consent-withdrawn = Retrait du consentement enregistré
requests-describe-objection-recorded = Opposition enregistrée
requests-action-report-generated =
    Rapport d’accès généré, langue : { $language } ({ $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }, SHA-256 { $sha256 })
requests-action-export-generated = Export portable généré (ZIP, SHA-256 { $sha256 })
