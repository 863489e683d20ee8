# Paramètres : préférences, profil de l’entreprise, jours ouvrés (jours fériés et jours de
# fermeture) et vérification de l’intégrité du coffre-fort.

settings-title = Paramètres
settings-saved = Enregistré.

## Préférences

settings-preferences-title = Préférences
settings-auto-lock = Verrouiller après ce nombre de minutes d’inactivité
settings-auto-lock-hint = De 1 à 240. Le coffre-fort se verrouille de lui-même et efface l’écran.
settings-auto-lock-invalid = Le verrouillage automatique demande un nombre entier de minutes, de 1 à 240.
settings-operator-hint = Indiqué dans le journal d’audit à partir du prochain déverrouillage.
settings-operator-missing = Saisissez votre nom : il est enregistré avec chaque modification.
settings-preferences-save = Enregistrer les préférences

## Profil de l’entreprise

settings-company-title = Profil de l’entreprise
settings-company-intro = Qui est responsable des données (le { -controller }). Les mentions d’information et les rapports commencent par ces informations.
settings-company-name = Nom de l’entreprise ({ -controller })
settings-company-country = Pays
settings-company-country-hint = Code à 2 lettres, p. ex. FR
settings-company-address = Adresse
settings-company-email = E-mail
settings-company-phone = Téléphone
settings-company-dpo-name = Délégué à la protection des données
settings-company-dpo-name-hint = Si vous en avez désigné un
settings-company-dpo-contact = Contact du DPO
settings-company-authority-name = Autorité de contrôle
settings-company-authority-name-hint = Nécessaire pour les mentions d’information, p. ex. CNIL
settings-company-authority-contact = Contact de l’autorité
settings-company-authority-contact-hint = Nécessaire pour les mentions d’information : adresse ou site web
settings-company-name-missing = Saisissez le nom de l’entreprise : c’est le { -controller } nommé dans chaque document.
settings-company-save = Enregistrer le profil de l’entreprise

## Jours ouvrés

settings-working-days-title = Jours ouvrés
settings-holidays = Jours fériés
settings-year = Année
settings-holidays-none = Aucun pris en compte.
settings-closure-days = Jours de fermeture
settings-closure-days-none = Aucun jour de fermeture ajouté.
settings-closure-remove = Supprimer
settings-closure-keep = Conserver
settings-closure-remove-ask = Supprimer…
settings-closure-remove-label = Supprimer le { $day }
settings-closure-day = Fermé le
settings-closure-reason = Motif (facultatif)
settings-closure-reason-placeholder = p. ex. entre Noël et le Nouvel An
settings-closure-add = Ajouter un jour de fermeture

## Intégrité du coffre-fort

settings-integrity-title = Intégrité du coffre-fort
settings-integrity-intro = Lit l’intégralité du coffre-fort et vérifie que rien n’est endommagé. À lancer après la restauration d’une sauvegarde.
settings-integrity-checking = Vérification…
settings-integrity-check = Vérifier l’intégrité du coffre-fort
settings-integrity-ok = Aucun problème détecté.
settings-integrity-problems =
    { $count ->
        [one] { $count } problème détecté
       *[other] { $count } problèmes détectés
    }. Restaurez le coffre-fort à partir d’une sauvegarde avant de modifier quoi que ce soit.

settings-integrity-page-mac = La page { $page } ne correspond pas à sa somme de contrôle : elle a été modifiée sur le disque ou mal écrite.
settings-integrity-page-damaged = La page { $page } est endommagée.
settings-integrity-page-never-used = La page { $page } n’est utilisée par rien.
settings-integrity-page-used-twice = La page { $page } est utilisée deux fois.
settings-integrity-row-missing-from-index = La ligne { $row } manque dans l’index { $index }.
settings-integrity-index-entry-count = L’index { $index } a un nombre d’entrées erroné.
settings-integrity-index-not-unique = L’index { $index } contient deux fois la même entrée.
settings-integrity-freelist-size =
    La liste des pages libres indique { $found ->
        [one] { $found } page
       *[other] { $found } pages
    }, mais en contient { $expected }.
settings-integrity-freelist-damaged = La liste des pages libres est endommagée.
settings-integrity-technical = Détails techniques pour l’assistance
