## Phrases que le cœur envoie par code à côté du texte anglais (said-<domaine>-<code>).

said-purpose-problem = { $problem }.

## Si une personne peut être contactée pour une finalité (sur la fiche du contact).

said-permission-erased = le contact { $contact } a été effacé le { $date }
said-permission-restricted = le traitement des données de { $name } est limité depuis le { $since } ({ $reason }) : conservation uniquement
said-permission-objected = { $name } s’est opposé(e) à « { $purpose } » le { $date }
said-permission-not-consent = « { $purpose } » repose sur { $basis ->
        [b] l’art. 6, paragraphe 1, point b) (contrat)
        [c] l’art. 6, paragraphe 1, point c) (obligation légale)
        [d] l’art. 6, paragraphe 1, point d) (intérêts vitaux)
        [e] l’art. 6, paragraphe 1, point e) (mission d’intérêt public)
        [f] l’art. 6, paragraphe 1, point f) (intérêts légitimes)
       *[a] l’art. 6, paragraphe 1, point a) (consentement)
    }
said-permission-consent = consentement de { $name } pour « { $purpose } » : { $state ->
        [never_given] jamais donné
        [given] donné
        [confirmed] confirmé
        [withdrawn] retiré
       *[expired] expiré
    }
said-permission-awaits-confirmation = le consentement de { $name } pour « { $purpose } » attend sa confirmation (double opt-in)

## Le fichier de carnet d’adresses et la source des contacts importés.

said-file-vcard-file = fichier vCard contenant { $cards ->
        [one] { $cards } fiche
        [many] { $cards } de fiches
       *[other] { $cards } fiches
    }
said-file-csv-file = { $format ->
        [google] CSV de Google Contacts
        [google_old] CSV de Google Contacts (ancienne présentation)
        [outlook] CSV d’Outlook
       *[csv] CSV
    } en { $encoding }, champs séparés par des { $delimiter ->
        [semicolon] points-virgules
        [tab] tabulations
       *[comma] virgules
    }
said-file-export-of = Export { $format ->
        [vcard] vCard
        [google] Google Contacts
        [google_old] Google Contacts (ancienne présentation)
        [outlook] Outlook
       *[csv] CSV
    } du { $day }

## Une ligne du carnet d’adresses.

said-row-no-name = aucun nom, aucune organisation ni adresse e-mail permettant d’afficher ce contact
said-row-vcard-no-name = aucun nom : la vCard n’a ni FN, ni N, ni ORG, ni EMAIL pour nommer le contact
said-row-vcard-group = un groupe de contacts (KIND:group), et non une personne ou une organisation
said-row-not-a-name = « { $name } » ne peut pas nommer une fiche : un nom doit contenir au moins une lettre ou un chiffre
said-row-card-refused = { $reason }
said-row-email-left-out = « { $value } » n’est pas une adresse e-mail (pas de @) : ignorée
said-row-phone-left-out = « { $value } » ne contient aucun chiffre : ignoré
said-row-tag-left-out = « { $tag } » dépasse { $max } caractères : ignorée
said-row-left-out = { $reason } : ignoré
said-row-not-merged-erased = non fusionné avec la fiche n° { $card } : le contact { $id } a été effacé le { $date } : plus rien ne peut être enregistré ni modifié à son sujet.
said-row-not-merged-restricted = non fusionné avec la fiche n° { $card } : { $name } fait l’objet d’une limitation (gel) depuis le { $since } : « { $reason } ». Ses données peuvent être consultées mais pas modifiées. Levez la limitation, avec un motif, lorsque le traitement peut reprendre.
said-row-not-merged = non fusionné avec la fiche n° { $card } : { $reason }

## Ce qui manque à un document (après « Complétez : »).

said-missing-company-profile = le profil de l’entreprise (nom et coordonnées du responsable du traitement)
said-missing-controller-name = la dénomination légale du responsable du traitement (profil de l’entreprise)
said-missing-controller-address = l’adresse postale du responsable du traitement (profil de l’entreprise)
said-missing-controller-contact = une adresse e-mail ou un numéro de téléphone du responsable du traitement (profil de l’entreprise)
said-missing-dpo-contact = comment joindre le délégué à la protection des données (profil de l’entreprise)
said-missing-supervisory-authority = l’autorité de contrôle auprès de laquelle une réclamation peut être introduite (profil de l’entreprise)
said-missing-supervisory-authority-contact = les coordonnées de l’autorité de contrôle (profil de l’entreprise)
said-missing-purposes = au moins une finalité dans le catalogue des finalités
said-missing-data-source = la source des données (le tiers ou la source publique, par son nom)
said-missing-purpose-description = une description de la finalité « { $purpose } »
said-missing-purpose-data-categories = les catégories de données personnelles utilisées pour la finalité « { $purpose } »
said-missing-purpose-data-subjects = les catégories de personnes concernées par la finalité « { $purpose } » (à qui se rapportent les données, p. ex. clients, candidats)
said-missing-purpose-retention = une durée de conservation pour la finalité « { $purpose } » (sur la finalité, ou dans une règle de conservation qui la nomme)
said-missing-purpose-legitimate-interest = l’intérêt légitime poursuivi par la finalité « { $purpose } » (art. 6, paragraphe 1, point f))
said-missing-transfer-safeguard = la garantie de transfert pour le destinataire « { $recipient } » de la finalité « { $purpose } » (hors UE/EEE)
