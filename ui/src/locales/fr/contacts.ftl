# La vue des contacts : la liste, la fiche, le formulaire du contact, la recherche, les étiquettes, l’historique de la fiche.

## La vue des contacts à côté de la liste (ContactsView)

contacts-view-duplicates-label = Doublons possibles
contacts-view-card-label = Fiche du contact
contacts-view-choose = Choisissez un contact à gauche, ou recherchez n’importe quelle personne avec Ctrl+K.
# Affiché une fois, dans un nouveau coffre-fort sans contacts.
contacts-start-title = Votre coffre-fort est prêt
contacts-start-encrypted = Tout ce que vous ajoutez reste chiffré dans ce seul fichier, sur cet ordinateur.
# $new : le nom du bouton « Nouveau contact », en gras ; $import : un bouton « Importer des contacts… ».
contacts-start-add = Ajoutez votre premier contact avec { $new } (Ctrl+N), ou importez un carnet d’adresses — Google Contacts, Outlook, un tableur ou le fichier vCard d’un téléphone : { $import } (Ctrl+I).
# $settings : le nom de la section Paramètres (contacts-start-settings-name), en gras.
contacts-start-settings = Dans { $settings }, saisissez les coordonnées de votre entreprise et les finalités pour lesquelles vous conservez des données.
contacts-start-settings-name = Paramètres
contacts-start-chats = Gardez les conversations avec la fiche : importez un export WhatsApp ou notez un appel téléphonique.
# Le bouton (et le titre de la fenêtre) qui ajoute un contact.
contacts-new-contact = Nouveau contact
contacts-import-contacts = Importer des contacts…

## La liste des contacts (ContactList)

contacts-list-label = Liste des contacts
# Avant le filtre de statut : « Afficher [Tous les contacts ▾] ».
contacts-list-show = Afficher
contacts-list-all = Tous les contacts
contacts-list-tag = Étiquette
contacts-list-tag-title = Seulement les contacts portant cette étiquette
contacts-list-any-tag = Toutes les étiquettes
contacts-list-restricted = Limités
    .title = Les contacts dont le traitement est limité (gelés) n’apparaissent pas dans la liste normale
# Nombre de contacts limités affichés (case « Limités » cochée).
contacts-list-total-restricted =
    { $count ->
        [one] { $count } limité
       *[other] { $count } limités
    }
contacts-list-none-restricted = Aucun contact limité.
# $status : le nom d’un statut, p. ex. « Client ».
contacts-list-none-restricted-status = Aucun contact limité avec le statut « { $status } ».
contacts-list-show-all = Afficher tous les contacts
contacts-list-none-tag = Aucun contact avec l’étiquette « { $tag } ».
contacts-list-none-yet = Aucun contact pour l’instant — ajoutez le premier (Ctrl+N)
contacts-list-none-yet-hint = Seul un nom est obligatoire ; n’ajoutez le reste que lorsque vous en avez besoin.
contacts-list-none-status = Aucun contact avec le statut « { $status } ».
# Le nom accessible de la liste.
contacts-list-contacts = Contacts
contacts-list-loading = Chargement des contacts…
# Info-bulle de la date d’une ligne.
contacts-list-last-contact = Dernier contact
# Dans une ligne, à la place de la date de la dernière conversation.
contacts-list-no-contact-yet = pas encore de contact

## La fiche du contact (ContactCard, ContactDetails)

contacts-card-loading = Chargement de la fiche…
contacts-card-history = Historique
contacts-card-access-report = Rapport d’accès…
contacts-card-lift-restriction = Lever la limitation…
contacts-card-restrict = Limiter le traitement…
contacts-card-erase = Effacer…
# $source : la provenance des données, p. ex. « Un tiers : Jan Nowak ».
contacts-card-source = Source : { $source }
# $date : la date de la dernière conversation.
contacts-card-last-contact = Dernier contact : { $date }
contacts-card-last-contact-none = Dernier contact : aucun enregistré
# $date : le jour où la fiche a été ajoutée.
contacts-card-added = Ajouté le { $date }
contacts-card-edit-label = Modifier le contact
contacts-card-save = Enregistrer les modifications
# Titre de la fenêtre du rapport d’accès ; $name : le nom du contact.
contacts-card-access-report-title = Rapport d’accès pour { $name }
contacts-details-only-name = Seul un nom est enregistré. Ajoutez des détails avec Modifier lorsque vous en avez besoin.
# Une adresse e-mail, un numéro ou une adresse marqué comme principal ; $kind : p. ex. « Travail ».
contacts-details-primary = { $kind } · principal
# $field : le nom d’un champ, p. ex. « Téléphone ».
contacts-details-reveal = Afficher
    .aria-label = Afficher { $field }
contacts-details-hide = Masquer
    .aria-label = Masquer { $field }
contacts-details-sensitive-hint = Les champs sensibles sont masqués. L’affichage d’un champ est consigné dans le journal d’audit, avec votre nom.

## Le formulaire du contact (ContactFormFields, NewContactDialog, contact-form.ts)

contacts-form-add-email = Ajouter une adresse e-mail
contacts-form-add-phone = Ajouter un numéro de téléphone
contacts-form-add-address = Ajouter une adresse
contacts-form-source-person = La personne concernée elle-même
contacts-form-source-third-party = Un tiers
contacts-form-source-public = Une source publique
# Une case à côté de chaque champ ; $field : le nom du champ.
contacts-form-sensitive = Sensible
    .aria-label = Marquer { $field } comme sensible (masqué jusqu’à son affichage)
# Sous un champ masqué, qui ne peut pas être modifié.
contacts-form-masked = Masqué.
# $reveal : le bouton « Afficher pour modifier » (contacts-form-reveal-to-edit).
contacts-form-masked-reveal = Masqué. { $reveal } (consigné dans le journal d’audit)
contacts-form-reveal-to-edit = Afficher pour modifier
# $field : p. ex. « E-mail » ; $n : le numéro de la ligne (1, 2…).
contacts-form-point-kind = Type : { $field } { $n }
# Marque l’adresse e-mail, le numéro ou l’adresse principal parmi plusieurs.
contacts-form-primary = Principal
contacts-form-remove = Supprimer
    .aria-label = Supprimer { $field } { $n }
contacts-form-status = Statut
contacts-form-tags-placeholder = p. ex. Salon 2026, Newsletter
contacts-form-tags-hint = Séparez les étiquettes par des virgules.
contacts-form-source-legend = Provenance des données
contacts-form-which-third-party = Quel tiers
contacts-form-which-public-source = Quelle source publique
contacts-form-third-party-placeholder = p. ex. recommandation d’Anna Kowalska
contacts-form-public-source-placeholder = p. ex. registre du commerce et des sociétés
contacts-form-source-hint = Nécessaire pour les mentions d’information (art. 14) et les demandes d’accès (art. 15, § 1, g).
contacts-form-error-name = Saisissez un nom : c’est le seul champ obligatoire.
contacts-form-error-third-party = Indiquez le tiers dont proviennent les données.
contacts-form-error-public = Indiquez la source publique des données.
contacts-new-hint = Seul le nom est obligatoire. N’enregistrez que ce dont vous avez besoin (minimisation des données).
contacts-new-adding = Ajout…
contacts-new-add = Ajouter le contact

## Les rectifications de la fiche (ContactHistory)

contacts-history-title = Rectifications
contacts-history-audit-link = Tout le journal d’audit de ce contact
contacts-history-intro = Qui a modifié quels champs, et ce qu’ils contenaient auparavant. Les valeurs sensibles restent masquées.
contacts-history-none = Aucune modification depuis l’ajout de la fiche.
# Une entrée : $when est sa date et son heure (en gras), $operator la personne qui l’a faite.
contacts-history-entry = { $when } · { $operator }
# $fields : les noms des champs, p. ex. « E-mail, Numéro d’identité ».
contacts-history-changed = { $when } · { $operator } a modifié { $fields }
# $card : la fiche fusionnée dans celle-ci, p. ex. « #12 (Anna Nowak) ».
contacts-history-merged = { $when } · { $operator } a fusionné { $card } dans cette fiche
contacts-history-merged-taking = { $when } · { $operator } a fusionné { $card } dans cette fiche, en reprenant { $fields }
# La valeur d’un champ avant la modification ; $field : son nom.
contacts-history-before = { $field } avant
contacts-history-masked = (sensible, masqué)

## Choisir un contact (ContactPicker)

# $label : ce qui est choisi, p. ex. « Contact » ; $name : le nom du contact, en gras ; $id : son numéro.
contacts-picker-chosen = { $label } : { $name } (#{ $id })
contacts-picker-change = Changer
contacts-picker-placeholder = Saisissez un nom, un e-mail ou un téléphone
contacts-picker-matches = Contacts correspondants
contacts-picker-none = Aucun contact ne correspond à « { $query } ».

## Le menu Importer/Exporter (ContactsMenu)

contacts-menu-button = Importer/Exporter
    .title = Importer et exporter des contacts
contacts-menu-label = Import et export
contacts-menu-export = Exporter les contacts…
contacts-menu-undo = Annuler une importation…
# Le raccourci clavier à côté de « Importer des contacts… ».
contacts-menu-import-keys = Ctrl+I

## Les étiquettes sur la fiche (QuickTags)

contacts-tags-remove = Retirer l’étiquette
    .aria-label = Retirer l’étiquette { $tag }
contacts-tags-new-label = Nouvelles étiquettes, séparées par des virgules
contacts-tags-placeholder = Étiquette, autre étiquette
contacts-tags-add = Ajouter
# Ouvre le champ pour ajouter des étiquettes.
contacts-tags-add-button = + Étiquette

## La recherche (SearchBox)

contacts-search-label = Rechercher dans les contacts et les conversations
# Deux espaces avant le raccourci.
contacts-search-placeholder = Rechercher dans les contacts et les conversations  Ctrl+K
contacts-search-none = Aucun résultat pour « { $query } ». Essayez le début d’un mot, ou moins de mots.
contacts-search-searching = Recherche…
contacts-search-results = Résultats de la recherche
# À la place de l’extrait, quand les mots correspondent à un champ sensible (masqué).
contacts-search-masked-match = correspondance dans un champ masqué

contacts-erased-name = Contact effacé nº { $id }
