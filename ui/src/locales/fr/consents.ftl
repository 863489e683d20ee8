# Consentements et oppositions sur la fiche d’un contact, les finalités dans les Paramètres (liste
# et formulaire) et les personnes pouvant être contactées pour une finalité (avec export CSV).

## État d’un consentement (codes du noyau) et événements de son historique

consent-state-never-given = Jamais donné
consent-state-given = Donné
consent-state-confirmed = Confirmé
consent-state-withdrawn = Retiré
consent-state-expired = Expiré
consent-state-given-awaiting = Donné, en attente de confirmation
consent-event-given = Recueil
consent-event-confirmed = Confirmation
consent-event-withdrawn = Retrait
consent-event-expired = Expiration

## Moyen par lequel la personne a donné, confirmé ou retiré son consentement, ou s’est opposée

consent-method-web-form = Formulaire web
consent-method-email = E-mail
consent-method-phone = Téléphone
consent-method-in-person = En personne
consent-method-chat = Messagerie instantanée
consent-method-paper = Papier

## Les consentements sur la fiche

consents-title = Consentements et possibilité de contact
consents-loading = Chargement des consentements…
consents-no-purposes = Aucune finalité pour l’instant. Ajoutez les raisons pour lesquelles vous conservez des données de contact dans Paramètres → Finalités ; les consentements sont enregistrés ici pour chacune d’elles.
consents-may-contact = Contact autorisé
consents-may-not-contact = Contact non autorisé
consents-objected = Opposition le { $date } ({ $method }), enregistrée par { $who }.
consents-objected-ref = Opposition le { $date } ({ $method }, réf. { $ref }), enregistrée par { $who }.
consents-give = Enregistrer le consentement…
consents-give-again = Enregistrer à nouveau…
consents-confirm = Confirmer…
consents-withdraw = Retirer
consents-withdrawing = Retrait…
consents-object = Opposition…
consents-withdraw-method = Comment { $name } a retiré son consentement pour { $purpose }
consents-history-show = Historique ({ $count })
consents-history-hide = Masquer l’historique
consents-history-caption = Historique du consentement pour { $purpose }
consents-history-when = Date
consents-history-event = Événement
consents-history-method = Moyen
consents-history-wording = Texte
consents-history-evidence = Preuve
consents-history-recorded-by = Enregistré par
consents-history-recorded = { $who }, { $when }
consents-version = Version { $version }
consents-done-give = { $name } : consentement enregistré.
consents-done-confirm = { $name } : confirmation enregistrée.
consents-done-withdraw = { $name } : consentement retiré.
consents-done-object = { $name } : opposition enregistrée.

## Le formulaire d’un consentement, d’une confirmation ou d’une opposition

consent-form-title-give = Enregistrer un consentement
consent-form-title-confirm = Enregistrer la confirmation
consent-form-title-object = Enregistrer une opposition
consent-form-submit-give = Enregistrer le consentement
consent-form-submit-confirm = Enregistrer la confirmation
consent-form-submit-object = Enregistrer l’opposition
consent-form-recording = Enregistrement…
consent-form-object-hint = { $name } s’oppose à « { $purpose } » (art. 21 { -gdpr }). Dès lors, ses données ne peuvent plus être utilisées à cette fin, quelle que soit la base légale.
consent-form-confirm-hint = Double opt-in : quand et comment { $name } a confirmé, p. ex. en cliquant sur le lien de l’e-mail.
consent-form-method = Moyen
consent-form-when = Date
consent-form-confirmed-at = Confirmé le
consent-form-when-hint = (vide pour maintenant)
consent-form-evidence-ref = Référence de la preuve
consent-form-confirmation-ref = Référence de la confirmation
consent-form-evidence-placeholder = N° de formulaire, identifiant de l’e-mail, document papier numérisé…
consent-form-wording = Texte présenté
consent-form-version-dated = Version { $version } — { $date }
consent-form-version-current-dated = Version { $version } (actuelle) — { $date }
consent-form-version-current = Version { $version } (actuelle)
consent-form-versions-error = Les versions antérieures n’ont pas pu être chargées : { $error }
consent-form-error-time = Indiquez une date et une heure, ou laissez le champ vide pour maintenant.

## Paramètres → Finalités

purposes-title = Finalités
purposes-add = Ajouter une finalité
purposes-intro = Pourquoi vous conservez des données personnelles, et sur quelle base légale. Les mentions d’information, les rapports d’accès et le registre des traitements sont tous établis à partir de cette liste.
purposes-empty = Aucune finalité pour l’instant. Ajoutez les raisons pour lesquelles vous conservez des données de contact — par exemple « Réponse aux demandes » (contrat) ou « Newsletter » (consentement).
purposes-loading = Chargement des finalités…
purposes-audience = Qui peut être contacté
purposes-audience-for = Qui peut être contacté pour { $purpose }
purposes-edit-named = Modifier { $purpose }

## Le formulaire d’une finalité

purpose-form-title-new = Nouvelle finalité
purpose-form-title-edit = Modifier « { $purpose } »
purpose-form-name = Nom
purpose-form-name-placeholder = p. ex. Réponse aux demandes
purpose-form-basis = Base légale
purpose-form-description = Description
purpose-form-interest = Intérêt légitime poursuivi
purpose-form-interest-hint = Obligatoire pour l’art. 6, § 1, f) : indiquez l’intérêt, p. ex. « relance des devis envoyés ».
purpose-form-wording = Texte du consentement
purpose-form-wording-hint = Le texte exact auquel les personnes consentent. Le modifier crée une nouvelle version ; les consentements déjà donnés conservent la version que la personne a vue.
purpose-form-wording-new-version = L’enregistrement créera une nouvelle version.
purpose-form-double-opt-in = Double opt-in : le consentement ne compte qu’une fois confirmé par la personne
purpose-form-subjects = Catégories de personnes concernées
purpose-form-subjects-hint = Les personnes que concernent les données, une catégorie par ligne, p. ex. « clients », « candidats à un emploi ». Le registre des traitements les mentionne.
purpose-form-categories = Catégories de données
purpose-form-categories-hint = Une par ligne, p. ex. « coordonnées ».
purpose-form-retention = Durée de conservation des données
purpose-form-retention-hint = Une durée ou les critères, p. ex. « 2 ans après le dernier contact ».
purpose-form-requirement = La personne doit-elle fournir les données ?
purpose-form-requirement-voluntary = Non, c’est facultatif
purpose-form-requirement-statutory = Oui, la loi l’exige
purpose-form-requirement-contractual = Oui, un contrat l’exige
purpose-form-consequence = Conséquences si elle ne les fournit pas
purpose-form-automated = Il existe une prise de décision automatisée ou un profilage
purpose-form-automated-logic = La logique sous-jacente et ses conséquences pour la personne
purpose-form-recipients = Destinataires et sous-traitants
purpose-form-recipients-none = Aucun. Ajoutez les outils et les entreprises qui reçoivent ces données, p. ex. votre fournisseur de messagerie.
purpose-form-recipient-name = Nom
purpose-form-recipient-role = Rôle
purpose-form-recipient-country = Pays
purpose-form-recipient-country-placeholder = FR
purpose-form-recipient-safeguard = Garantie de transfert
purpose-form-recipient-safeguard-detail = Précisions sur la garantie
purpose-form-recipient-safeguard-placeholder = p. ex. la décision d’adéquation ou la version des CCT
purpose-form-recipient-remove = Retirer
purpose-form-recipient-remove-named = Retirer le destinataire { $number }
purpose-form-recipient-add = Ajouter un destinataire
purpose-form-save = Enregistrer la finalité
purpose-form-error-automated = Décrivez la prise de décision automatisée ou le profilage, avec la logique sous-jacente.
purpose-problem = { $field } : { $problem }.
purpose-problem-recipient = Destinataire { $number }
purpose-problem-field-name = Nom
purpose-problem-field-description = Description
purpose-problem-field-legitimate-interest = Intérêt légitime
purpose-problem-field-consent-wording = Texte du consentement
purpose-problem-field-requirement = Si la personne ne fournit pas les données

## Qui peut être contacté pour une finalité

consents-audience-title = Qui peut être contacté pour « { $purpose } »
consents-audience-total =
    { $count ->
        [one] { $count } personne
       *[other] { $count } personnes
    }
consents-audience-hint-confirmed = Toutes les personnes dont le { -consent } est confirmé (double opt-in). Les personnes dont le traitement est limité, celles qui ont été effacées et celles qui se sont opposées n’y figurent jamais.
consents-audience-hint-consent = Toutes les personnes dont le { -consent } est en vigueur. Les personnes dont le traitement est limité, celles qui ont été effacées et celles qui se sont opposées n’y figurent jamais.
consents-audience-hint-other = Toutes les personnes de la liste des contacts : cette finalité ne repose pas sur le { -consent }. Les personnes dont le traitement est limité, celles qui ont été effacées et celles qui se sont opposées n’y figurent jamais.
consents-audience-method-withdrawals = Retraits enregistrés via
consents-audience-method-objections = Oppositions enregistrées via
consents-audience-export = Exporter en CSV…
consents-audience-export-form = Export au format CSV
consents-audience-export-path = Enregistrer sous
consents-audience-export-hint = Un fichier CSV (UTF-8, séparé par des virgules) avec nom, e-mail, téléphone, base légale et consentement. Un fichier existant n’est jamais écrasé.
consents-audience-export-no-path = Choisissez où enregistrer le fichier CSV.
consents-audience-export-submit = Exporter
consents-audience-exporting = Export en cours…
consents-audience-exported =
    { $count ->
        [one] { $count } personne écrite dans { $path }.
       *[other] { $count } personnes écrites dans { $path }.
    }
consents-audience-file = { $purpose }-contacts-{ $date }
consents-audience-file-fallback = finalite
consents-audience-empty = Personne ne peut être contacté pour « { $purpose } » pour le moment.
consents-audience-list = Personnes pouvant être contactées
consents-audience-open-card = Ouvrir la fiche
consents-audience-no-reach = ni e-mail ni téléphone
consents-audience-since = { $state } depuis le { $date }
consents-audience-withdraw-named = Retirer le consentement de { $name }
consents-audience-object-named = Enregistrer l’opposition de { $name }
consents-audience-objected = Opposition
