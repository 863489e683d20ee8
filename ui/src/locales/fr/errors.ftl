# Messages d’erreur du cœur, tels que l’interface les affiche (voir en/errors.ftl).

## Error codes

error-already-exists = { $path } existe déjà. Choisissez un autre nom de fichier ou supprimez d’abord le fichier existant.
error-contact-erased = Le contact { $id } a été effacé le { $date } : plus rien ne peut être enregistré ni modifié à son sujet.
error-contact-restricted = { $name } fait l’objet d’une limitation (gel) depuis le { $since } : « { $reason } ». Ses données peuvent être consultées mais pas modifiées. Levez la limitation, avec un motif, lorsque le traitement peut reprendre.
error-database = Erreur interne de la base de données : { $reason }. Veuillez signaler ce problème ; vos données n’ont pas été modifiées.
error-disk-full = Il n’y a plus d’espace libre sur le disque contenant { $path }. Libérez de l’espace et réessayez ; rien n’a été modifié.
error-document-incomplete = { $document ->
        [record_of_processing] Le registre des activités de traitement (art. 30, paragraphe 1, du { -gdpr })
        [privacy_notice] Les mentions d’information (art. 13/14 du { -gdpr })
        [access_report] La réponse au droit d’accès (art. 15 du { -gdpr })
        [request_acknowledgement] L’accusé de réception d’une demande de la personne concernée (art. 12 du { -gdpr })
        [request_extension] Le courrier de prolongation du délai de réponse (art. 12, paragraphe 3, du { -gdpr })
        [request_completion] Le courrier de réponse à une demande de la personne concernée (art. 12 du { -gdpr })
       *[request_refusal] Le courrier de refus d’une demande de la personne concernée (art. 12, paragraphe 4, du { -gdpr })
    } ne peut pas encore être généré. Complétez : { $missing }.
error-file-exists = { $path } existe déjà : choisissez un autre nom ou confirmez qu’il doit être remplacé.
error-file-too-large = { $path } fait { $size } Mo, plus que les { $limit } Mo que Custos lit en une fois. Exportez une période plus courte ou divisez le fichier.
error-import-failed = Ligne { $line } : { $message }. Rien n’a été importé.
error-internal = Erreur interne : { $reason }. Veuillez signaler ce problème.
error-invalid-input = { $field } : cette saisie ne peut pas être acceptée.
error-io =
    { $io ->
        [not_found] { $path } n’existe pas. Vérifiez le chemin.
        [permission_denied] Custos n’a pas le droit de lire ou d’écrire { $path }. Demandez-en l’accès ou choisissez un autre emplacement.
        [already_exists] { $path } existe déjà. Choisissez un autre nom.
        [read_only] { $path } se trouve sur un disque en lecture seule. Choisissez un autre emplacement.
        [is_a_directory] { $path } est un dossier. Choisissez un fichier.
        [not_a_directory] Une partie de { $path } est un fichier, pas un dossier. Vérifiez le chemin.
       *[other] Impossible d’accéder à { $path } : { $reason }
    }
error-letter-not-applicable = { $letter ->
        [acknowledgement] La réception de la demande nº { $request } ne peut pas être confirmée.
        [extension] La demande nº { $request } n’est pas prolongée : un courrier de prolongation indique à la personne les motifs et le nouveau délai. Prolongez d’abord la demande (avec les motifs et la date à laquelle la personne est informée).
        [completion] La demande nº { $request } est au statut { $status }, et non « traitée » : le courrier de réponse indique ce qui a été fait. Enregistrez d’abord ce qui a été fait et clôturez la demande comme traitée (ou, si rien n’est conservé sur le demandeur, clôturez-la comme « aucune donnée personnelle détenue »).
       *[refusal] La demande nº { $request } est au statut { $status }, et non « refusée » : un courrier de refus indique les motifs du refus. Refusez d’abord la demande, avec le motif, ou rédigez le courrier qui correspond à son état.
    }
error-locked = Le coffre est verrouillé. Déverrouillez-le pour continuer.
error-not-a-file = { $path } est { $kind ->
        [folder] un dossier
        [fifo] un tube nommé (FIFO)
        [socket] un socket
        [device] un périphérique
       *[other] autre chose qu’un fichier ordinaire
    }, pas un fichier. Choisissez le fichier lui-même.
error-not-a-vault =
    { $path } n’est pas un coffre Custos ({ $why ->
        [not_a_file] c’est { $kind ->
            [folder] un dossier
            [fifo] un tube nommé (FIFO)
            [socket] un socket
            [device] un périphérique
           *[other] autre chose qu’un fichier ordinaire
        }
        [empty] le fichier est vide
        [unencrypted_sqlite] c’est une base de données SQLite non chiffrée
        [not_encrypted] son contenu n’est pas constitué de données chiffrées
        [other_program] c’est une base de données chiffrée d’un autre programme
       *[metadata_missing] ses métadonnées Custos sont absentes
    }). Choisissez le fichier du coffre que vous avez créé avec Custos.
error-not-found = { $what ->
        [contact] Aucun contact
        [conversation] Aucune conversation
        [import] Aucune importation
        [purpose] Aucune finalité
        [request] Aucune demande
        [retention_rule] Aucune règle de conservation
        [audit_entry] Aucune entrée du journal
        [closure_day] Aucun jour de fermeture
       *[other] Aucun élément ({ $what })
    } avec l’identifiant { $id }.
error-passphrase-empty = Aucune phrase secrète n’a été saisie. Saisissez la phrase secrète du coffre.
error-passphrase-mismatch = Les deux phrases secrètes ne correspondent pas. Saisissez deux fois la même phrase secrète.
error-passphrase-too-short = La phrase secrète est trop courte : utilisez au moins { $min } caractères (elle en a { $actual }).
error-refused = Cette action n’est pas possible pour le moment.
error-render-failed = Le document n’a pas pu être produit : { $reason }
error-schema-too-new = { $path } a été écrit par une version plus récente de Custos (schéma { $found }, cette version connaît jusqu’au schéma { $supported }). Mettez Custos à jour pour l’ouvrir.
error-unsupported-characters = Ces caractères ne peuvent pas être imprimés avec la police du document : { $characters } (dans « { $text } »). Modifiez ce texte et générez à nouveau le document.
error-vault-busy = { $path } est occupé : { $holder } y écrit et n’a pas terminé en { $seconds } secondes. Attendez la fin de l’opération (ou fermez ce programme) et réessayez ; rien n’a été modifié.
error-vault-damaged = { $path } est endommagé ({ $reason }). Restaurez-le à partir d’une sauvegarde (`custos vault restore`).
error-vault-not-found = Aucun coffre à l’emplacement { $path }. Vérifiez le chemin ou créez un nouveau coffre.
error-write-failed = Impossible d’écrire { $path } : { $reason }
error-wrong-passphrase = Phrase secrète incorrecte pour { $path }. Vérifiez-la et réessayez (si vous êtes sûr qu’elle est correcte, le début du fichier est peut-être endommagé : restaurez-le à partir d’une sauvegarde).

## Messages of a shape of their own

error-reason-busy-unknown-holder = { $path } est occupé : un autre programme y écrit et n’a pas terminé en { $seconds } secondes. Attendez la fin de l’opération (ou fermez ce programme) et réessayez ; rien n’a été modifié.
error-reason-disk-full-unknown-disk = Il n’y a plus d’espace libre sur le disque. Libérez de l’espace et réessayez ; rien n’a été modifié.
error-reason-vault-damaged-unknown-file = Le coffre est endommagé ({ $reason }). Restaurez-le à partir d’une sauvegarde (`custos vault restore`).

## Reasons of the core: contacts

error-reason-display-name-missing = { $field } : un contact doit avoir un nom d’affichage comportant au moins une lettre ou un chiffre (un surnom convient)
error-reason-source-unnamed = { $field } : indiquez le tiers ou la source publique dont proviennent les données
error-reason-not-an-email = { $field } : « { $value } »{ $number ->
        [1] {""}
       *[other] {" "}(adresse e-mail { $number })
    } n’est pas une adresse e-mail (pas de @)
error-reason-no-digits = { $field } : « { $value } »{ $number ->
        [1] {""}
       *[other] {" "}(numéro de téléphone { $number })
    } ne contient aucun chiffre
error-reason-tag-too-long = { $field } : « { $tag } » dépasse { $max } caractères
error-reason-not-one-of = { $field } : « { $value } » n’est pas valide ; utilisez l’une de ces valeurs : { $choices }
error-reason-merge-with-itself = { $field } : une fiche ne peut pas être fusionnée avec elle-même : choisissez deux fiches différentes
error-reason-restriction-reason-missing = { $field } : indiquez pourquoi le traitement des données du contact est limité (le motif est conservé dans le journal)
error-reason-lift-reason-missing = { $field } : indiquez pourquoi la limitation du contact est levée (le motif est conservé dans le journal)
error-reason-not-restricted = { $name } ne fait l’objet d’aucune limitation : il n’y a rien à lever.

## Times and days

error-reason-time-out-of-range = { $field } : { $utc } UTC se situe en dehors des années { $earliest }–{ $latest } que Custos conserve
error-reason-time-offset-too-large = { $field } : le décalage UTC { $offset } ne correspond à aucun fuseau horaire réel (utilisez une valeur entre -{ $hours }:00 et +{ $hours }:00)
error-reason-not-a-time = { $field } : « { $text } » n’est pas une heure (écrivez-la sous la forme 2026-03-01T09:00:00Z ou 2026-03-01T10:00:00+01:00)
error-reason-day-out-of-range = { $field } : { $day } se situe en dehors des années { $earliest }–{ $latest } que Custos conserve : vérifiez la date
error-reason-from-after-to = { $field } : le premier jour est postérieur au dernier jour

## Conversations and chat imports

error-reason-message-without-text = { $field } : le message { $number } n’a pas de texte
error-reason-message-without-sender = { $field } : message { $number } : indiquez qui l’a écrit (avec au moins une lettre ou un chiffre)
error-reason-message-time-out-of-range = { $field } : message { $number } : l’heure { $utc } UTC se situe en dehors des années { $earliest }–{ $latest } que Custos conserve
error-reason-message-time-offset-too-large = { $field } : message { $number } : le décalage UTC { $offset } ne correspond à aucun fuseau horaire réel (utilisez une valeur entre -{ $hours }:00 et +{ $hours }:00)
error-reason-message-not-a-time = { $field } : message { $number } : « { $text } » n’est pas une heure (écrivez-la sous la forme 2026-03-01T09:00:00Z ou 2026-03-01T10:00:00+01:00)
error-reason-conversation-empty = { $field } : indiquez une heure de début ou au moins un message
error-reason-ends-before-start = { $field } : la conversation se terminerait ({ $end }) avant de commencer ({ $start })
error-reason-sender-not-in-chat = { $field } : « { $name } » n’a rien écrit dans cette discussion ; les expéditeurs sont : { $senders }
error-reason-contact-not-among-senders = { $field } : aucun des expéditeurs ({ $senders }) ne porte le nom du contact « { $contact } » : indiquez lequel est le contact
error-reason-no-conversation-files = { $field } : aucun fichier de conversations trouvé : choisissez des e-mails (.eml ou un fichier mbox), un export Telegram ou Messenger (.json) ou le fichier .csv d’un chat de site web
error-reason-conversation-needs-card = { $field } : { $file } est la transcription { $format } d’une seule conversation : importez-la sur la fiche du contact
error-reason-no-transcripts-to-delete = Il n’y a aucune transcription à supprimer pour { $name }.

## The vault, its operator and its backups

error-reason-operator-missing = { $field } : indiquez qui travaille (votre nom) : le journal l’enregistre
error-reason-passphrase-too-long = { $field } : est trop longue
error-reason-vault-never-pauses = Le coffre est en cours d’écriture sans interruption : réessayez la sauvegarde dans un instant.
error-reason-restore-target-exists = { $path } existe déjà. La restauration remplace tout son contenu : confirmez avec --replace.
error-reason-backup-folder-not-absolute = { $field } : choisissez un dossier par son chemin complet
error-reason-backup-folder-not-a-folder = { $field } : choisissez un dossier, pas un fichier
error-reason-audit-verification-failed = La vérification du journal a échoué : des entrées ont été modifiées ou supprimées (voir ci-dessus). Restaurez une sauvegarde et déterminez qui a modifié le fichier.

## The company profile

error-reason-controller-name-missing = { $field } : indiquez la raison sociale de l’entreprise
error-reason-country-code = { $field } : utilisez le code pays à deux lettres, par exemple PL ou DE
error-reason-already-closure-day = Le { $day } est déjà un jour de fermeture.

## Purposes

error-reason-not-a-legal-basis = { $field } : « { $text } » n’est pas une base juridique : utilisez a–f ou consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests
error-reason-purpose-name-missing = { $field } : une finalité doit avoir un nom comportant au moins une lettre ou un chiffre
error-reason-purpose-description-missing = { $field } : indiquez à quoi servent les données
error-reason-legitimate-interest-missing = { $field } : l’art. 6, paragraphe 1, point f), exige que l’intérêt légitime soit indiqué
error-reason-consent-wording-missing = { $field } : une finalité fondée sur le { -consent } exige le texte exact présenté aux personnes
error-reason-consequence-missing = { $field } : indiquez ce qui se passe si la personne ne fournit pas les données
error-reason-recipient-name-missing = { $field } : un destinataire doit avoir un nom
error-reason-recipient-country = { $field } : { $recipient } : indiquez le pays sous forme de code à deux lettres, par exemple PL ou US
error-reason-recipient-outside-eea = { $field } : { $recipient } est situé en { $country }, hors UE/EEE : indiquez la garantie (décision d’adéquation, clauses contractuelles types, autre)
error-reason-safeguard-detail-missing = { $field } : { $recipient } : décrivez l’« autre » garantie
error-reason-purpose-exists = Une finalité nommée « { $name } » existe déjà : modifiez-la plutôt.
error-reason-purpose-name-taken = Une autre finalité porte déjà le nom « { $name } ».

## Consents and objections

error-reason-not-a-consent-purpose = « { $purpose } » repose sur { $basis ->
        [b] l’art. 6, paragraphe 1, point b) (contrat)
        [c] l’art. 6, paragraphe 1, point c) (obligation légale)
        [d] l’art. 6, paragraphe 1, point d) (intérêts vitaux)
        [e] l’art. 6, paragraphe 1, point e) (mission d’intérêt public)
        [f] l’art. 6, paragraphe 1, point f) (intérêts légitimes)
       *[a] l’art. 6, paragraphe 1, point a) (consentement)
    }, et non sur le consentement : il n’y a aucun consentement à enregistrer.
error-reason-event-in-future = { $field } : l’événement ne peut pas se situer dans le futur
error-reason-events-out-of-order = { $field } : le dernier événement de ce consentement date du { $last } : enregistrez les événements dans l’ordre
error-reason-consent-cannot-change = { $name } n’a aucun consentement pour « { $purpose } » pouvant être { $event ->
        [given] donné
        [confirmed] confirmé
        [withdrawn] retiré
       *[expired] expiré
    } (il est { $state ->
        [never_given] jamais donné
        [given] donné
        [confirmed] confirmé
        [withdrawn] retiré
       *[expired] expiré
    }).
error-reason-no-consent-wording = « { $purpose } » n’a pas de texte de consentement : ajoutez-en un d’abord.
error-reason-no-wording-version = { $field } : « { $purpose } » n’a pas de version de texte { $version }
error-reason-already-objected = { $name } s’est déjà opposé(e) à « { $purpose } » le { $date }.
error-reason-objection-in-future = { $field } : l’opposition ne peut pas se situer dans le futur

## Retention

error-reason-period-out-of-range = { $field } : utilisez de { $min } à { $max } { $unit ->
        [days] jours
        [months] mois
       *[years] ans
    }
error-reason-not-a-period = { $field } : « { $text } » n’est pas une durée : écrivez par exemple 60 days, 12 months ou 5 years
error-reason-kept-reason-missing = { $field } : indiquez pourquoi le contact est conservé (le motif figure dans le journal)
error-reason-review-date-not-after-today = { $field } : la date de réexamen doit être postérieure à aujourd’hui

## Data-subject requests

error-reason-requester-missing = { $field } : indiquez qui a fait la demande : choisissez le contact ou saisissez le nom du demandeur tel qu’il l’a indiqué
error-reason-identity-method-missing = { $field } : indiquez comment l’identité a été vérifiée, par exemple « carte d’identité présentée »
error-reason-extension-reason-missing = { $field } : indiquez pourquoi la demande nécessite plus de temps (elle est complexe ou les demandes sont nombreuses) : la personne est informée des motifs
error-reason-action-description-missing = { $field } : indiquez ce qui a été fait, par exemple « réponse au droit d’accès envoyée »
error-reason-refusal-reason-missing = { $field } : indiquez pourquoi la demande est refusée : la personne doit en être informée, ainsi que de son droit d’introduire une réclamation et un recours juridictionnel
error-reason-day-in-future = { $field } : le { $day } est dans le futur (nous sommes le { $today })
error-reason-day-before-receipt = { $field } : le { $day } est antérieur à la réception de la demande ({ $received })
error-reason-request-closed = La demande nº { $id } a été clôturée avec le statut { $status } le { $date } : une demande clôturée est définitive. Enregistrez une nouvelle demande si la personne la renouvelle.
error-reason-identity-not-confirmed = L’identité du demandeur n’est pas confirmée (vérification { $result } le { $date }). Enregistrez une vérification d’identité réussie avant de traiter la demande nº { $id }, ou refusez-la.
error-reason-request-already-matched = La demande nº { $id } est déjà rattachée au contact { $contact } : elle ne peut pas être rattachée à une autre personne.
error-reason-request-already-extended = La demande nº { $id } a déjà été prolongée le { $date } (échéance désormais le { $due }) : le { -gdpr } autorise une seule prolongation, de deux mois supplémentaires.
error-reason-extension-not-notified = La demande nº { $id } ne peut être prolongée que si la personne en est informée, avec les motifs, dans le premier mois (avant le { $by }). Informez-la d’abord, puis indiquez la date à laquelle elle l’a été.
error-reason-extension-notified-late = La demande nº { $id } ne peut pas être prolongée : la personne a été informée le { $date }, après la fin du premier mois le { $ended }. Une prolongation doit être notifiée dans le premier mois (art. 12, paragraphe 3) ; répondez maintenant à la demande.
error-reason-request-not-matched = La demande nº { $id } n’est encore rattachée à aucun contact. Rattachez-la d’abord à la fiche du demandeur ; si rien n’est conservé à son sujet, clôturez-la comme « aucune donnée détenue ».
error-reason-entry-is-bookkeeping = L’entrée nº { $entry } du journal ({ $action }) relève de la tenue du registre lui-même, et non d’une mesure prise pour la demande. Indiquez l’entrée de ce qui a été fait (par exemple contact.erased).
error-reason-entry-about-other-contact = L’entrée nº { $entry } du journal ({ $action }) concerne { $target }, et non le contact { $contact }.
error-reason-entry-about-other-request = L’entrée nº { $entry } du journal ({ $action }) concerne { $target }, et non cette demande (elle n’est encore rattachée à aucun contact : rattachez-la d’abord).
error-reason-entry-before-request = L’entrée nº { $entry } du journal ({ $action }) a été écrite le { $date }, avant la réception de la demande le { $received } : elle ne peut pas correspondre à ce qui a été fait pour celle-ci.
error-reason-entry-already-recorded = L’entrée nº { $entry } du journal est déjà enregistrée pour la demande nº { $id }.
error-reason-close-without-action = La demande nº { $id } ne peut pas être clôturée comme traitée : aucune mesure n’est enregistrée. Enregistrez ce qui a été fait, avec l’entrée du journal qui le prouve (par exemple l’effacement ou la réponse générée), puis clôturez-la.
error-reason-close-unmatched-without-action = La demande nº { $id } ne peut pas être clôturée comme traitée : aucune mesure n’est enregistrée. Enregistrez ce qui a été fait, avec l’entrée du journal qui le prouve (par exemple l’effacement ou la réponse générée), puis clôturez-la. Si le demandeur ne fait pas partie de vos contacts et qu’une recherche n’a trouvé aucune donnée le concernant, clôturez-la plutôt comme « aucune donnée personnelle détenue ».
error-reason-no-data-but-matched = La demande nº { $id } est rattachée au contact { $contact } : des données personnelles du demandeur sont donc détenues et elle ne peut pas être clôturée comme « aucune donnée personnelle détenue ». Traitez-la depuis la fiche du contact, enregistrez ce qui a été fait avec l’entrée du journal qui le prouve, puis clôturez-la comme traitée.
error-reason-no-data-but-actions = La demande nº { $id } compte { $count } { $count ->
        [one] mesure enregistrée
       *[other] mesures enregistrées
    } : clôturez-la comme traitée, et non comme « aucune donnée personnelle détenue ».

## Address books

error-reason-not-a-format = { $field } : « { $text } » n’est pas un format ; utilisez csv, google, outlook ou vcard
error-reason-not-a-field = { $field } : « { $text } » n’est pas un champ ; utilisez l’un des champs suivants : { $fields }
error-reason-mapping-name-missing = { $field } : donnez à la correspondance un nom pour la retrouver, par exemple « Tableur du bureau »
error-reason-no-such-mapping = Aucune correspondance n’est enregistrée sous le nom « { $name } »
error-reason-no-card-with-tag = Aucune fiche ne porte l’étiquette « { $tag } » : rien à exporter
error-reason-nothing-to-export = Aucun contact actif ne correspond : rien à exporter
error-reason-import-cancelled = L’importation a été annulée : rien n’a été importé.
error-reason-problem-rows = { $count ->
        [one] { $count } ligne ne peut pas être importée en l’état : { $lines }{ $more ->
            [0] {""}
           *[other] {" "}et { $more } autres
        }. Acceptez de l’ignorer ou corrigez le fichier et importez-le à nouveau. Rien n’a été importé.
       *[other] { $count } lignes ne peuvent pas être importées en l’état : { $lines }{ $more ->
            [0] {""}
           *[other] {" "}et { $more } autres
        }. Acceptez de les ignorer ou corrigez le fichier et importez-le à nouveau. Rien n’a été importé.
    }
error-problem-row = ligne { $line } ({ $problem })
error-reason-import-already-undone = L’importation nº { $import } a déjà été annulée le { $date } : il n’en reste rien à supprimer.
error-reason-import-kept-data = L’importation nº { $import } ne peut pas être annulée : { $count ->
        [one] une fiche qu’elle a créée contient
       *[other] { $count } fiches qu’elle a créées contiennent
    } depuis des données enregistrées par l’entreprise : { $kept }. L’annulation les supprimerait aussi ; l’importation est donc conservée (effacez plutôt une à une les fiches à supprimer). Rien n’a été modifié.
error-reason-import-frozen-cards = L’importation nº { $import } ne peut pas être annulée maintenant : elle a ajouté des données à des fiches qui font depuis l’objet d’une limitation (gel) : { $names }{ $more ->
        [0] {""}
       *[other] {" "}et { $more } de plus
    }. Leurs données ne peuvent pas changer ; levez d’abord les limitations ou conservez l’importation. Rien n’a été modifié.

# Website chat CSV: the mapping.
error-reason-web-chat-mapping-no-time = { $field } : choisissez la colonne qui indique quand chaque message a été envoyé (ou une pour la date et une pour l’heure)
error-reason-web-chat-mapping-no-text = { $field } : choisissez la colonne qui contient le texte des messages
error-reason-web-chat-mapping-no-sender = { $field } : choisissez la colonne qui indique qui a écrit chaque message : son nom, son adresse e-mail ou son rôle (visiteur ou agent)

## Files that cannot be imported: the line of the file and what is wrong there

error-reason-import-not-utf8 = Ligne { $line } : du texte en UTF-8 (ou UTF-16) était attendu, mais l’octet { $byte } à la position { $at } du fichier n’est pas de l’UTF-8 : enregistrez l’export en texte UTF-8. Rien n’a été importé.
error-reason-import-lone-surrogate = Ligne { $line } : du texte en { $encoding } était attendu, mais le fichier contient le demi-codet isolé { $unit } à la position { $at } : enregistrez l’export en texte UTF-8 ou UTF-16. Rien n’a été importé.
error-reason-import-ends-in-character = Ligne { $line } : du texte en { $encoding } était attendu, mais le fichier se termine au milieu d’un caractère. Rien n’a été importé.
error-reason-import-time-out-of-range = Ligne { $line } : l’heure { $utc } UTC se situe en dehors des années { $earliest }–{ $latest } que Custos conserve : vérifiez la date et le fuseau horaire. Rien n’a été importé.
error-reason-import-time-offset-too-large = Ligne { $line } : le décalage UTC { $offset } ne correspond à aucun fuseau horaire réel (utilisez une valeur entre -{ $hours }:00 et +{ $hours }:00). Rien n’a été importé.
error-reason-import-not-a-time = Ligne { $line } : « { $text } » n’est pas une heure (écrivez-la sous la forme 2026-03-01T09:00:00Z ou 2026-03-01T10:00:00+01:00). Rien n’a été importé.
error-reason-chat-line-not-a-message = Ligne { $line } : un message commençant par une date telle que « 31/12/2023, 21:41 - » était attendu, mais la ligne contient « { $found } ». Rien n’a été importé.
error-reason-chat-sender-missing = Ligne { $line } : le nom de l’expéditeur était attendu avant « : », mais « { $found } » n’en contient aucun. Rien n’a été importé.
error-reason-chat-message-empty = Ligne { $line } : le texte du message de { $author } était attendu, mais rien ne suit le nom. Rien n’a été importé.
error-reason-chat-no-messages = Ligne { $line } : aucun message trouvé : le texte de la fonction « Exporter la discussion » de WhatsApp était attendu. Rien n’a été importé.
error-reason-chat-not-a-time = Ligne { $line } : une heure telle que « 21:41 » était attendue, mais « { $time } » n’est pas une heure valide. Rien n’a été importé.
error-reason-chat-dates-day-first = Ligne { $line } : des dates avec le jour en premier étaient attendues, comme à la ligne { $evidence_line } (« { $evidence } »), mais « { $date } » met le mois en premier. Rien n’a été importé.
error-reason-chat-dates-month-first = Ligne { $line } : des dates avec le mois en premier étaient attendues, comme à la ligne { $evidence_line } (« { $evidence } »), mais « { $date } » met le jour en premier. Rien n’a été importé.
error-reason-chat-date-no-month = Ligne { $line } : une date valide était attendue, mais dans « { $date } », ni { $first } ni { $second } ne peut être un mois. Rien n’a été importé.
error-reason-chat-date-no-such-month = Ligne { $line } : une date valide était attendue, mais dans « { $date } », le mois { $month } n’existe pas. Rien n’a été importé.
error-reason-chat-date-no-such-day = Ligne { $line } : une date valide était attendue, mais « { $date } » n’existe pas : il n’y a pas de { $day } { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    } { $year }. Rien n’a été importé.
error-reason-transcript-no-messages = Ligne { $line } : au moins un message était attendu dans « messages », mais il n’y en a aucun. Rien n’a été importé.
error-reason-transcript-ends-before-start = Ligne { $line } : « ended_at » ne peut pas précéder « started_at » ({ $start }), or il vaut { $end }. Rien n’a été importé.
error-reason-transcript-cut-off = Ligne { $line } : la suite du JSON était attendue, mais le fichier se termine. Rien n’a été importé.
error-reason-transcript-not-readable =
    Ligne { $line } : { $what ->
        [syntax] le texte n’est pas du JSON valide à cet endroit
        [wrong_type] attendu : { $expected_kind ->
                [text] texte
                [number] nombre
                [boolean] true ou false
                [null] null
                [list] liste
                [object] objet
               *[other] valeur d’un autre type
            } ; trouvé : { $found_kind ->
                [text] texte
                [number] nombre
                [boolean] true ou false
                [null] null
                [list] liste
                [object] objet
               *[other] valeur d’un autre type
            }
        [wrong_value] attendu : { $expected_kind ->
                [text] texte
                [number] nombre
                [boolean] true ou false
                [null] null
                [list] liste
                [object] objet
               *[other] valeur d’un autre type
            } ; une autre valeur a été trouvée
        [wrong_length] une liste d’un autre nombre d’éléments était attendue
        [missing_field] le champ « { $name } » était attendu, mais il manque
        [unknown_field] le champ « { $name } » a été trouvé, mais ce fichier ne l’a pas
        [duplicate_field] le champ « { $name } » figure deux fois
        [unknown_value] « { $name } » a été trouvé, mais ce n’est pas une des valeurs autorisées ici
       *[other] une valeur que ce fichier n’a pas à cet endroit a été trouvée
    } (colonne { $column }). Rien n’a été importé.
error-reason-transcript-wrong-format = Ligne { $line } : « format » : « custos-transcript » était attendu, mais la valeur est « { $found } » (colonne { $column }). Rien n’a été importé.
error-reason-transcript-unsupported-version = Ligne { $line } : version { $found } non prise en charge : « version » : { $supported } était attendu (les versions que lit ce Custos) (colonne { $column }). Rien n’a été importé.
error-reason-transcript-unknown-channel = Ligne { $line } : un canal ({ $choices }) était attendu, mais la valeur est « { $found } » (colonne { $column }). Rien n’a été importé.
error-reason-transcript-not-a-time = Ligne { $line } : une heure RFC 3339 avec fuseau, telle que « 2026-03-01T09:00:00Z », était attendue, mais la valeur est « { $found } » (colonne { $column }). Rien n’a été importé.
error-reason-transcript-time-out-of-range = Ligne { $line } : une heure que Custos peut conserver était attendue, mais « { $found } » : { $utc } UTC se situe en dehors des années { $earliest }–{ $latest } que Custos conserve (colonne { $column }). Rien n’a été importé.
error-reason-transcript-time-offset-too-large = Ligne { $line } : une heure que Custos peut conserver était attendue, mais « { $found } » : le décalage UTC { $offset } ne correspond à aucun fuseau horaire réel (utilisez une valeur entre -{ $hours }:00 et +{ $hours }:00) (colonne { $column }). Rien n’a été importé.
error-reason-transcript-text-empty = Ligne { $line } : le texte du message était attendu, mais la valeur est « { $found } » (colonne { $column }). Rien n’a été importé.
error-reason-transcript-sender-name-empty = Ligne { $line } : le « name » de l’expéditeur { $kind ->
        [staff] interne
       *[other] externe
    } était attendu, mais il est vide (colonne { $column }). Rien n’a été importé.
error-reason-transcript-sender-name-no-letter = Ligne { $line } : un « name » contenant au moins une lettre ou un chiffre était attendu pour l’expéditeur { $kind ->
        [staff] interne
       *[other] externe
    }, mais la valeur est « { $name } » (colonne { $column }). Rien n’a été importé.
error-reason-transcript-sender-name-missing = Ligne { $line } : un « name » était attendu pour l’expéditeur { $kind ->
        [staff] interne
       *[other] externe
    }, mais il n’y en a aucun (colonne { $column }). Rien n’a été importé.
error-reason-csv-not-the-preset = Ligne { $line } : l’en-tête d’un fichier CSV { $expected } était attendu, mais il s’agit d’un fichier CSV { $found } : choisissez le format csv pour associer ses colonnes. Rien n’a été importé.
error-reason-csv-own-layout = Ligne { $line } : l’en-tête d’un fichier CSV { $expected } était attendu, mais il s’agit d’un fichier CSV à la structure propre : choisissez le format csv pour associer ses colonnes. Rien n’a été importé.
error-reason-csv-unknown-encoding = Ligne { $line } : du texte en UTF-8, UTF-16, Windows-1250, Windows-1251 ou Windows-1252 était attendu, mais l’octet { $byte } à la position { $at } n’est pas de l’UTF-8 et le fichier semble encodé en { $encoding }, que Custos ne lit pas : enregistrez le fichier en UTF-8 (dans Excel : « CSV UTF-8 »). Rien n’a été importé.
error-reason-csv-control-character = Ligne { $line } : du texte en UTF-8, UTF-16, Windows-1250, Windows-1251 ou Windows-1252 était attendu, mais l’octet { $byte } à la position { $at } est un caractère de contrôle, pas du texte : enregistrez le fichier en UTF-8 (dans Excel : « CSV UTF-8 »). Rien n’a été importé.
error-reason-csv-no-letter = Ligne { $line } : du texte en UTF-8, UTF-16, Windows-1250, Windows-1251 ou Windows-1252 était attendu, mais l’octet { $byte } à la position { $at } n’est une lettre dans aucun de ces encodages : enregistrez le fichier en UTF-8 (dans Excel : « CSV UTF-8 »). Rien n’a été importé.
error-reason-csv-empty = Ligne { $line } : le fichier est vide : un en-tête nommant les colonnes (par exemple « First Name;Last Name;E-mail ») et une ligne par contact étaient attendus. Rien n’a été importé.
error-reason-csv-too-many-fields = Ligne { $line } : { $width ->
        [one] { $width } champ au plus était attendu
       *[other] { $width } champs au plus étaient attendus
    }, comme dans l’en-tête (ligne { $header_line }), mais la ligne en compte { $found } ; le champ n° { $nth ->
       *[other] { $field }
    } contient du texte (un champ qui contient le séparateur doit être placé entre guillemets). Rien n’a été importé.
error-reason-csv-no-rows = Ligne { $line } : le fichier a un en-tête mais aucune ligne : une ligne par contact était attendue après l’en-tête. Rien n’a été importé.
error-reason-csv-not-text = Ligne { $line } : du texte CSV était attendu, mais cette ligne ne peut pas être lue comme du CSV : enregistrez de nouveau le fichier au format CSV (dans Excel : « CSV UTF-8 »). Rien n’a été importé.
error-reason-csv-unclosed-quote = Ligne { $line } : un champ s’ouvre ici par un guillemet (") qui n’est jamais fermé : un " fermant était attendu avant la fin du fichier (un guillemet à l’intérieur d’un champ entre guillemets s’écrit deux fois : ""). Rien n’a été importé.
error-reason-vcard-unknown-charset = Ligne { $line } : jeu de caractères inconnu `{ $charset }` (CHARSET=) : un jeu tel que UTF-8, ISO-8859-2 ou Windows-1250 était attendu. Rien n’a été importé.
error-reason-vcard-unknown-encoding = Ligne { $line } : { $property } est du texte, mais sa valeur est encodée en `{ $encoding }` : ENCODING=QUOTED-PRINTABLE ou 8BIT, ou aucun encodage, était attendu. Rien n’a été importé.
error-reason-vcard-not-quoted-printable = Ligne { $line } : la valeur n’est pas en quoted-printable (ENCODING=QUOTED-PRINTABLE) : seuls des caractères ASCII imprimables, des espaces et des séquences `=XX` étaient attendus. Rien n’a été importé.
error-reason-vcard-bad-escape = Ligne { $line } : la valeur n’est pas en quoted-printable (ENCODING=QUOTED-PRINTABLE) : `=` doit être suivi de deux chiffres hexadécimaux (comme dans `=C5=81`) ou terminer la ligne. Rien n’a été importé.
error-reason-vcard-not-utf8 = Ligne { $line } : du texte en UTF-8 était attendu, mais la valeur n’en est pas : l’octet { $byte } n’est pas de l’UTF-8 ; enregistrez le fichier en UTF-8 ou indiquez le jeu de caractères de la valeur (CHARSET=). Rien n’a été importé.
error-reason-vcard-quoted-not-utf8 = Ligne { $line } : du texte en UTF-8 était attendu, mais les octets quoted-printable n’en sont pas : l’octet { $byte } n’est pas de l’UTF-8 ; enregistrez le fichier en UTF-8 ou indiquez le jeu de caractères de la valeur (CHARSET=). Rien n’a été importé.
error-reason-vcard-not-in-charset = Ligne { $line } : du texte en { $charset } (CHARSET=) était attendu, mais la valeur de { $property } n’est pas dans ce jeu de caractères. Rien n’a été importé.
error-reason-vcard-not-found = Ligne { $line } : aucune vCard trouvée : BEGIN:VCARD était attendu, mais la ligne contient `{ $found }`. Rien n’a été importé.
error-reason-vcard-outside-card = Ligne { $line } : BEGIN:VCARD ou la fin du fichier était attendu après la vCard qui se termine à la ligne { $end }, mais la ligne contient `{ $found }` : chaque propriété doit se trouver entre un BEGIN:VCARD et son END:VCARD. Rien n’a été importé.
error-reason-vcard-not-a-property = Ligne { $line } : une propriété vCard était attendue — un nom, deux-points et une valeur, comme `FN:Anna Nowak` —, mais la ligne contient `{ $found }`. Rien n’a été importé.
error-reason-vcard-begin-in-card = Ligne { $line } : END:VCARD était attendu pour fermer la vCard commencée à la ligne { $begin } avant un nouveau BEGIN. Rien n’a été importé.
error-reason-vcard-wrong-end = Ligne { $line } : END:VCARD était attendu pour fermer la vCard commencée à la ligne { $begin }, mais la ligne contient `END:{ $found }`. Rien n’a été importé.
error-reason-vcard-unsupported-version = Ligne { $line } : version de vCard non prise en charge `{ $version }` : 2.1, 3.0 ou 4.0 était attendu. Rien n’a été importé.
error-reason-vcard-no-end = Ligne { $line } : la vCard qui commence ici n’a pas de END:VCARD : END:VCARD était attendu avant la fin du fichier (ligne { $last }). Rien n’a été importé.
error-reason-vcard-empty = Ligne { $line } : aucune vCard trouvée : BEGIN:VCARD était attendu, mais le fichier est vide. Rien n’a été importé.
error-reason-chat-export-cut-off = Ligne { $line } : la suite de l’export { $format } était attendue, mais le fichier se termine. Rien n’a été importé.
error-reason-chat-export-not-json = Ligne { $line } : le JSON d’un export { $format } était attendu, mais le texte trouvé n’est pas du JSON (colonne { $column }). Rien n’a été importé.
error-reason-chat-export-unexpected =
    Ligne { $line } : { $what ->
        [syntax] le texte n’est pas du JSON valide à cet endroit
        [wrong_type] attendu : { $expected_kind ->
                [text] texte
                [number] nombre
                [boolean] true ou false
                [null] null
                [list] liste
                [object] objet
               *[other] valeur d’un autre type
            } ; trouvé : { $found_kind ->
                [text] texte
                [number] nombre
                [boolean] true ou false
                [null] null
                [list] liste
                [object] objet
               *[other] valeur d’un autre type
            }
        [wrong_value] attendu : { $expected_kind ->
                [text] texte
                [number] nombre
                [boolean] true ou false
                [null] null
                [list] liste
                [object] objet
               *[other] valeur d’un autre type
            } ; une autre valeur a été trouvée
        [wrong_length] une liste d’un autre nombre d’éléments était attendue
        [missing_field] le champ « { $name } » était attendu, mais il manque
        [unknown_field] le champ « { $name } » a été trouvé, mais ce fichier ne l’a pas
        [duplicate_field] le champ « { $name } » figure deux fois
        [unknown_value] « { $name } » a été trouvé, mais ce n’est pas une des valeurs autorisées ici
       *[other] une valeur que ce fichier n’a pas à cet endroit a été trouvée
    }, là où un export { $format } contient autre chose (colonne { $column }). Rien n’a été importé.
error-reason-chat-export-too-large = Ligne { $line } : l’export { $format } dépasse { $megabytes } Mo, plus que ce que Custos lit en une fois : exportez moins de discussions ou une période plus courte. Rien n’a été importé.
error-reason-chat-export-text-too-long = Ligne { $line } : un texte de message d’au plus { $megabytes } Mo était attendu, comme { $format } les écrit, mais il est plus long (colonne { $column }). Rien n’a été importé.
error-reason-telegram-not-an-export = Ligne { $line } : un export de Telegram Desktop (« Exporter l’historique de discussion » en JSON) était attendu : une discussion avec ses « messages », ou un export complet (result.json) avec ses « chats », mais aucun des deux n’a été trouvé. Rien n’a été importé.
error-reason-telegram-not-a-time = Ligne { $line } : une heure de message telle que « 1709280000 » (« date_unixtime ») ou « 2024-03-01T09:00:00 » (« date ») était attendue, mais la valeur est « { $found } » (colonne { $column }). Rien n’a été importé.
error-reason-telegram-no-time = Ligne { $line } : l’heure du message { $id } (« date_unixtime » ou « date ») était attendue, mais aucune des deux n’a été trouvée. Rien n’a été importé.
error-reason-messenger-not-an-export = Ligne { $line } : un export de Messenger (un message_1.json issu de « Télécharger vos informations » de Facebook, en JSON) avec « participants », « messages » et « thread_path » était attendu, mais « { $missing } » est absent. Rien n’a été importé.
error-reason-mail-empty = Ligne { $line } : le fichier est vide : un e-mail (.eml) ou une boîte aux lettres (mbox) était attendu. Rien n’a été importé.
error-reason-mail-not-a-mail = Ligne { $line } : un e-mail était attendu — des lignes d’en-tête telles que « From: … », « Date: … » ou « Message-ID: … », puis une ligne vide et le texte —, mais la ligne contient « { $found } ». Rien n’a été importé.
error-reason-mail-too-large = Ligne { $line } : l’e-mail qui commence ici fait { $megabytes } Mo : Custos lit les e-mails de { $limit } Mo au plus, pièces jointes comprises. Rien n’a été importé.
error-reason-mbox-no-from-line = Ligne { $line } : une boîte aux lettres (mbox) commençant par une ligne « From », telle que l’exportent les logiciels de messagerie, était attendue, mais la ligne contient « { $found } ». Rien n’a été importé.

# Website chat CSV. $column: the column's name in the file's header.
error-reason-web-chat-empty = Ligne { $line } : le fichier est vide : un en-tête nommant les colonnes (par exemple « Time,Sender,Message ») et une ligne par message étaient attendus. Rien n’a été importé.
error-reason-web-chat-no-rows = Ligne { $line } : le fichier a un en-tête mais aucune ligne : une ligne par message était attendue après l’en-tête. Rien n’a été importé.
error-reason-web-chat-not-a-time = Ligne { $line } : colonne « { $column } » : une date et une heure telles que 2026-03-01 10:00 étaient attendues, mais « { $found } » a été trouvé. Rien n’a été importé.
error-reason-web-chat-not-a-date = Ligne { $line } : colonne « { $column } » : une date telle que 2026-03-01 était attendue, mais « { $found } » a été trouvé. Rien n’a été importé.
error-reason-web-chat-not-a-clock = Ligne { $line } : colonne « { $column } » : une heure telle que 10:00 était attendue, mais « { $found } » a été trouvé. Rien n’a été importé.
error-reason-web-chat-no-such-date = Ligne { $line } : colonne « { $column } » : une date réelle était attendue, mais « { $found } » désigne un mois ou un jour qui n’existe pas. Rien n’a été importé.
error-reason-web-chat-dates-day-first = Ligne { $line } : colonne « { $column } » : des dates avec le jour en premier étaient attendues, comme à la ligne { $evidence_line } (« { $evidence } »), mais « { $found } » met le mois en premier. Rien n’a été importé.
error-reason-web-chat-dates-month-first = Ligne { $line } : colonne « { $column } » : des dates avec le mois en premier étaient attendues, comme à la ligne { $evidence_line } (« { $evidence } »), mais « { $found } » met le jour en premier. Rien n’a été importé.
error-reason-web-chat-text-empty = Ligne { $line } : colonne « { $column } » : le texte du message était attendu, mais le champ est vide. Rien n’a été importé.
error-reason-web-chat-sender-missing = Ligne { $line } : colonne « { $column } » : l’auteur du message (un nom, une adresse e-mail ou un rôle) était attendu, mais le champ est vide. Rien n’a été importé.
error-reason-web-chat-not-an-email = Ligne { $line } : colonne « { $column } » : une adresse e-mail était attendue, mais « { $found } » a été trouvé. Rien n’a été importé.
error-reason-web-chat-unknown-role = Ligne { $line } : colonne « { $column } » : un rôle tel que visitor, agent ou bot était attendu, mais « { $found } » a été trouvé. Rien n’a été importé.
error-reason-web-chat-same-id = Ligne { $line } : colonne « { $column } » : un identifiant différent pour chaque message était attendu, mais « { $id } » revient, comme à la ligne { $first_line } (cette colonne contient-elle bien l’identifiant du message ?). Rien n’a été importé.
error-reason-web-chat-no-messages = Ligne { $line } : au moins un message était attendu, mais seuls des messages d’un bot ou du système ont été trouvés ({ $skipped }). Rien n’a été importé.

## Documents

error-reason-no-path = Choisissez où enregistrer le document.
error-reason-same-target = { $path } est choisi pour deux fichiers : choisissez un autre nom pour l’un d’eux.
error-reason-unknown-document = Document inconnu « { $value } ».
error-reason-unknown-language = « { $value } » n’est pas une langue de document : utilisez en, pl, de, fr, it, es ou bg
error-reason-no-contact = Ouvrez la fiche d’un contact pour générer sa réponse au droit d’accès.
error-reason-letter-without-request = Ouvrez une demande pour rédiger un courrier à son sujet.
error-reason-no-letter = Indiquez quel courrier : accusé de réception, prolongation, réponse ou refus.
error-reason-unknown-letter = « { $value } » n’est pas un courrier relatif à une demande : utilisez acknowledgement, extension, completion ou refusal
error-reason-source-not-applicable = Une source de données ne concerne que les mentions d’information.
error-reason-redaction-not-applicable = Les noms à masquer ne concernent que la réponse au droit d’accès ou son export.
error-reason-blank-redaction = Un nom à masquer est vide : indiquez le nom de la personne ou retirez-le.
error-reason-not-an-access-request = La demande nº { $request } est une demande de type { $kind } (art. { $article }) : une réponse au droit d’accès n’y répond pas. Prenez la mesure nécessaire depuis la fiche du contact et enregistrez-la.
error-reason-request-without-contact = La demande nº { $request } n’est rattachée à aucun contact.

## The app itself

error-reason-import-closed = Cette importation a été fermée (ou le coffre verrouillé) : choisissez à nouveau le fichier.
error-reason-preview-first = Affichez d’abord l’aperçu de l’importation : rien n’a été importé.
error-reason-vcard-needs-no-mapping = Un fichier vCard ne nécessite aucune correspondance.
error-reason-undo-only-this-session = Seule une importation effectuée depuis le démarrage de Custos peut être annulée ici.
error-reason-backup-running = Une sauvegarde est en cours. Attendez qu’elle soit terminée.
error-reason-only-just-saved = Seul un document que Custos vient d’enregistrer peut être ouvert d’ici.
error-reason-not-a-file-name = « { $name } » n’est pas un nom de fichier : n’indiquez pas de dossier.
error-reason-viewer-failed = Impossible d’ouvrir { $path } dans la visionneuse du système : { $reason }. Ouvrez le fichier depuis son dossier.
error-reason-no-file-at = Il n’y a aucun fichier à l’emplacement { $path }. Vérifiez le nom et le dossier du fichier, puis ouvrez-le à nouveau.

# An import's error in one of several files read together: $file is the file's name, $message the error.
error-in-file = { $file } : { $message }

## Operators, roles, key slots and the recovery kit

error-not-permitted = { $on_request ->
        [yes] Vous travaillez en tant que { $role ->
            [owner] propriétaire
            [clerk] employé
           *[other] lecture seule
        } : vous ne pouvez effacer un contact que pour une demande d’effacement ouverte. Ouvrez (ou rattachez) d’abord la demande d’effacement de la personne, ou demandez à un propriétaire.
       *[other] Vous travaillez en tant que { $role ->
            [owner] propriétaire
            [clerk] employé
           *[other] lecture seule
        }, et seul { $needs ->
            [owner] un propriétaire
           *[other] un employé ou un propriétaire
        } peut faire ceci. Demandez-le à une personne ayant ce rôle.
    }
error-reason-operator-not-named = Ce coffre-fort a plusieurs opérateurs ({ $operators }) : indiquez qui vous êtes.
error-reason-operator-unknown = Aucun opérateur de ce coffre-fort ne s’appelle « { $name } ». Ses opérateurs sont : { $operators }.
error-reason-operator-exists = Il existe déjà un opérateur nommé « { $name } » : choisissez un autre nom.
error-reason-operator-not-in-vault = La clé de { $name } ouvre le coffre-fort, mais le coffre-fort ne connaît pas cet opérateur (il a été restauré à partir d’une sauvegarde antérieure à son ajout). Demandez à un propriétaire de l’ajouter à nouveau.
error-reason-last-owner = { $name } est le seul propriétaire : faites d’abord d’un autre opérateur un propriétaire, afin que quelqu’un puisse toujours gérer le coffre-fort.
error-reason-not-yourself = Vous ne pouvez pas vous supprimer vous-même ni réinitialiser votre propre phrase secrète ici : changez plutôt votre phrase secrète, ou demandez à un autre propriétaire.
error-reason-passphrase-must-change = { $name }, choisissez d’abord votre propre phrase secrète : celle qui vous a été remise ne servait qu’au premier déverrouillage.
error-reason-keys-missing = La phrase secrète n’ouvre pas { $path }, et son fichier de clés ({ $path }-keys) n’est pas à côté. Un coffre-fort créé par cette version de Custos a besoin des deux fichiers : récupérez le fichier de clés là d’où vient le coffre-fort (chaque sauvegarde en a un à côté). Si le coffre-fort est plus ancien, vérifiez la phrase secrète.
error-reason-keys-damaged = Le fichier de clés du coffre-fort est endommagé ({ $reason }). Restaurez-le à partir d’une sauvegarde : le fichier de clés à côté de toute sauvegarde faite depuis le dernier rechiffrement convient.
error-reason-keys-not-this-vault = Le fichier de clés à côté du coffre-fort ne l’ouvre pas : il appartient à un autre coffre-fort ou à une copie plus ancienne. Remettez le fichier de clés qui accompagnait ce coffre-fort (celui d’une sauvegarde se trouve à côté d’elle).
error-reason-recovery-code-length = Le code de récupération compte { $found } caractères alors qu’un code de récupération en compte { $expected } (sans les tirets) : vérifiez que vous l’avez saisi en entier.
error-reason-recovery-code-character = « { $character } » ne figure pas dans un code de récupération : il ne contient que les chiffres 0 à 9 et les lettres A à Z, sans I, L, O ni U.
error-reason-recovery-code-typo = Le groupe { $group } du code de récupération ne correspond pas : un de ses caractères est mal saisi. Comparez le groupe { $group } avec le kit imprimé.
error-reason-recovery-code-wrong = Ce code de récupération n’ouvre pas le coffre-fort : il provient d’un kit plus ancien (imprimer un nouveau kit rend l’ancien inutilisable) ou d’un autre coffre-fort.
error-reason-no-recovery-kit = Ce coffre-fort n’a pas encore de kit de récupération : un propriétaire peut en imprimer un (Paramètres → Opérateurs).
error-reason-vault-in-use = Le coffre-fort est ouvert dans une autre fenêtre ou commande. Fermez-le là et réessayez : le rechiffrement exige le coffre-fort pour lui seul.
error-reason-not-in-team = Ce coffre-fort ne fait pas encore partie d’une équipe : un propriétaire en crée une dans Paramètres → Équipe.
error-reason-already-in-team = Ce coffre-fort fait déjà partie d’une équipe : il partage son carnet d’adresses par le dossier de l’équipe.
error-reason-team-problem-unknown = Il n'existe aucun problème d'équipe ouvert portant le numéro { $id } : il a déjà été écarté, ou la liste n'est plus à jour. Veuillez rouvrir Paramètres → Équipe.
# $seat : le nom ou l'identifiant du poste, tel que saisi.
error-reason-team-seat-unknown = Il n'y a pas de poste « { $seat } » dans l'équipe (ou il a déjà été retiré) : utilisez le nom ou l'identifiant du poste tel que l'état de l'équipe l'affiche.
error-reason-team-seat-self = Un poste ne peut pas se retirer lui-même : retirez-le depuis un autre poste de l'équipe, en tant que propriétaire.
# $seat : le nom du poste.
error-reason-team-seat-no-key = Le poste { $seat } n'a pas encore publié sa clé (il date d'une version antérieure de Custos) : laissez-le se synchroniser une fois, synchronisez ici, puis retirez de nouveau le poste.
error-reason-team-seat-removed = Ce poste a été retiré de l'équipe : il ne peut plus lire ce que l'équipe écrit désormais, et les autres postes n'appliquent plus ses modifications. Son carnet d'adresses reste tel quel. Pour participer de nouveau, demandez une nouvelle invitation à un propriétaire.
# $file : le fichier de clé d'équipe dans le dossier partagé.
error-reason-team-key-file-damaged = Le fichier de clé d'équipe { $file } ne passe pas sa vérification : il a été modifié, tronqué ou n'a pas été créé par un poste de l'équipe. Rien n'a été envoyé ni appliqué. Laissez le dossier terminer sa synchronisation ; si cela persiste, demandez au propriétaire qui a retiré un poste de vérifier le dossier partagé.
# $file : le fichier de modifications dans le dossier partagé.
error-reason-team-key-missing = Le fichier { $file } est scellé avec une clé d'équipe plus récente que celle de ce poste : le fichier de clé n'est pas encore arrivé. Laissez le dossier terminer sa synchronisation.
# $file : le fichier de modifications dans le dossier partagé.
error-reason-change-file-damaged = Le fichier de modifications { $file } ne passe pas son contrôle : il a été modifié ou tronqué en chemin. Rien n’en a été appliqué, et les fichiers suivants de ce poste l’attendent. Laissez le dossier finir de se synchroniser ; si cela persiste, demandez à ce poste d’envoyer à nouveau ses modifications.
# $file : le fichier de modifications dans le dossier partagé.
error-reason-change-file-foreign = Le fichier de modifications { $file } appartient à une autre équipe, ou a été déplacé de l’endroit où son poste l’a écrit. Rien n’en a été appliqué. Retirez-le du dossier partagé.
# $max : le nombre maximal de caractères d'un nom de poste.
error-reason-seat-name = Donnez au poste un nom que l'on reconnaît (par ex. PC du bureau), avec une lettre ou un chiffre et au plus { $max } caractères.
# $found, $expected : caractères saisis et attendus.
error-reason-invitation-code-length = Le code d'invitation compte { $found } caractères au lieu de { $expected } (sans les tirets) : vérifiez que vous l'avez saisi en entier.
# $character : le caractère absent des codes d'invitation.
error-reason-invitation-code-character = « { $character } » ne figure pas dans un code d'invitation : il ne contient que les chiffres 0–9 et les lettres A–Z sans I, L, O ni U.
# $group : le groupe du code (à partir de 1) dont le caractère de contrôle ne correspond pas.
error-reason-invitation-code-typo = Le groupe { $group } du code d'invitation ne correspond pas : un de ses caractères est mal saisi. Comparez le groupe { $group } avec le code que le propriétaire vous a donné.
# $folder : le dossier partagé examiné.
error-reason-invitation-unknown = Il n'y a aucune invitation pour ce code dans { $folder } : vérifiez qu'il s'agit bien du dossier partagé de l'équipe et qu'il a fini de se synchroniser, ou demandez une nouvelle invitation au propriétaire.
error-reason-invitation-used = Cette invitation a déjà été utilisée : une invitation ne crée qu'un seul poste. Demandez-en une nouvelle au propriétaire.
# $expires : quand l'invitation a expiré.
error-reason-invitation-expired = Cette invitation a expiré le { $expires }. Demandez-en une nouvelle au propriétaire.
# $file : le fichier d'invitation dans le dossier partagé.
error-reason-invitation-damaged = Le fichier d'invitation { $file } ne passe pas son contrôle : il a été modifié ou tronqué en chemin. Laissez le dossier finir de se synchroniser, ou demandez une nouvelle invitation au propriétaire.
