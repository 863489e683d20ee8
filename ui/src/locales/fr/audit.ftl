# Journal d’audit : l’écran, son filtre, les entrées lisibles et la vérification de la chaîne.

audit-title = Journal d’audit
audit-verify = Vérifier la chaîne
audit-verifying = Vérification…
audit-intro = Chaque modification et chaque export, du plus récent au plus ancien, avec la personne qui l’a fait. Les entrées sont chaînées par leurs empreintes : « Vérifier la chaîne » indique si l’une d’elles a été modifiée ou supprimée depuis son écriture.
audit-chain-ok =
    Chaîne intacte : { $count ->
        [one] { $count } entrée vérifiée
        [many] { $count } d’entrées vérifiées
       *[other] { $count } entrées vérifiées
    }, aucune modifiée ni manquante.
audit-chain-broken =
    La chaîne est rompue ({ $count ->
        [one] { $count } entrée vérifiée
        [many] { $count } d’entrées vérifiées
       *[other] { $count } entrées vérifiées
    }, { $problems ->
        [one] { $problems } problème
        [many] { $problems } de problèmes
       *[other] { $problems } problèmes
    }). Le journal a été modifié en dehors de Custos : conservez ce coffre-fort comme preuve et restaurez une sauvegarde pour continuer à travailler.
audit-chain-edited = L’entrée #{ $entry } a été modifiée après son écriture.
audit-chain-missing = Les entrées entre le #{ $after } et le #{ $before } sont manquantes.
audit-chain-broken-link = L’entrée #{ $entry } n’est pas reliée à l’entrée précédente.
audit-chain-tail-missing = Les entrées les plus récentes ont disparu : le journal devrait se terminer au #{ $expected } mais se termine au #{ $found }.

## Filtre

audit-filter-label = Filtrer le journal d’audit
audit-contact-number = Numéro du contact
audit-contact-any = tous
audit-current-card = Fiche ouverte
audit-current-card-numbered = Fiche ouverte #{ $id }
audit-current-card-none = Ouvrez d’abord la fiche d’un contact
audit-current-card-title = Afficher les entrées concernant le contact #{ $id }
audit-action = Action
audit-all-actions = Toutes les actions
audit-from = Du
audit-to = Au
audit-clear = Effacer
audit-error-contact = Le contact s’indique par son numéro, p. ex. 12 (affiché #12).
audit-error-from = Saisissez le premier jour sous forme de date, p. ex. 2026-03-01.
audit-error-to = Saisissez le dernier jour sous forme de date, p. ex. 2026-03-31.
audit-error-order = Le premier jour est postérieur au dernier.

## Entrées

audit-loading = Chargement du journal…
audit-empty = Aucune entrée ne correspond à ce filtre.
audit-col-time = Date
audit-col-operator = Opérateur
audit-col-action = Action
audit-col-target = Objet
audit-col-details = Détails
audit-entry-title = Entrée #{ $id }
audit-erased-note = (la personne a été effacée)
audit-count =
    { $count ->
        [one] { $count } entrée
        [many] { $count } d’entrées
       *[other] { $count } entrées
    }, de la plus récente à la plus ancienne.
audit-show-older = Afficher les entrées plus anciennes

## Objet d’une entrée

audit-target-vault = Coffre-fort
audit-target-contact = Contact
audit-target-conversation = Conversation
audit-target-purpose = Finalité
audit-target-company = Profil de l’entreprise
audit-target-request = Demande
audit-target-numbered = { $kind } #{ $id }

## Détails d’une entrée, sur une ligne

audit-redacted = [caviardé]
audit-empty-value = (vide)
audit-none = aucun
audit-quoted = « { $value } »
audit-point = « { $value } » ({ $label })
audit-changed = Modifié : { $fields }
audit-changed-before = Modifié : { $fields } — avant : { $before }
audit-nothing = rien
audit-field-value = { $field } { $value }
audit-key-value = { $key } : { $value }
audit-true = oui
audit-false = non

## Action names (the core's action codes: `contact.restriction_lifted` is audit-action-contact-restriction-lifted)

audit-action-vault-created = Coffre-fort créé
audit-action-vault-passphrase-changed = Phrase secrète du coffre-fort modifiée
audit-action-vault-backup-created = Sauvegarde du coffre-fort créée
audit-action-vault-restored = Coffre-fort restauré depuis une sauvegarde
audit-action-contact-created = Contact créé
audit-action-contact-updated = Contact modifié
audit-action-contact-sensitive-revealed = Données masquées du contact affichées
audit-action-conversation-added = Conversation ajoutée
audit-action-conversation-imported = Conversation importée
audit-action-purpose-created = Finalité créée
audit-action-purpose-updated = Finalité modifiée
audit-action-consent-given = Consentement donné
audit-action-consent-confirmed = Consentement confirmé
audit-action-consent-withdrawn = Consentement retiré
audit-action-consent-expired = Consentement expiré
audit-action-company-profile-updated = Profil de l’entreprise modifié
audit-action-contact-restricted = Traitement des données du contact limité
audit-action-contact-restriction-lifted = Limitation du traitement levée
audit-action-objection-recorded = Opposition enregistrée
audit-action-contact-erased = Données du contact effacées
audit-action-purpose-audience-exported = Liste des destinataires de la finalité exportée
audit-action-retention-rule-set = Règle de conservation définie
audit-action-retention-rule-removed = Règle de conservation supprimée
audit-action-retention-kept = Données conservées malgré la durée de conservation écoulée
audit-action-retention-transcripts-deleted = Transcriptions supprimées à l’issue de la durée de conservation
audit-action-request-opened = Demande enregistrée
audit-action-request-matched = Demande associée à un contact
audit-action-request-identity-checked = Identité du demandeur vérifiée
audit-action-request-extended = Délai de réponse à la demande prolongé
audit-action-request-action-recorded = Action sur la demande enregistrée
audit-action-request-closed = Demande clôturée
audit-action-request-refused = Demande refusée
audit-action-calendar-closure-day-added = Jour de fermeture ajouté
audit-action-calendar-closure-day-removed = Jour de fermeture supprimé
audit-action-document-access-report = Rapport d’accès aux données généré
audit-action-document-request-letter = Courrier relatif à la demande généré
audit-action-vault-backups-rotated = Anciennes sauvegardes supprimées (rotation)
audit-action-vault-backup-folder-chosen = Dossier des sauvegardes choisi
audit-action-contact-imported = Contacts importés
audit-action-contact-import-undone = Importation de contacts annulée
audit-action-contact-merged = Contacts fusionnés
audit-action-contact-exported = Contacts exportés
audit-action-vault-key-slots-created = Phrases secrètes propres aux opérateurs créées
audit-action-operator-added = Opérateur ajouté
audit-action-operator-role-changed = Rôle d’un opérateur modifié
audit-action-operator-reset = Nouvelle phrase secrète initiale donnée à un opérateur
audit-action-operator-removed = Opérateur supprimé
audit-action-vault-rekeyed = Coffre-fort rechiffré
audit-action-vault-recovery-kit-made = Kit de récupération imprimé
audit-action-vault-recovery-used = Kit de récupération utilisé
audit-action-vault-data-key-revealed = Clé de données affichée
audit-action-vault-team-created = Équipe créée (dossier partagé)
audit-action-vault-team-invited = Poste invité (invitation)
audit-action-vault-team-joined = Poste ajouté à l'équipe
audit-action-vault-team-problem-dismissed = Problème de synchronisation de l'équipe écarté

## Names of the details an entry records (the keys of its details: `redacted_entries` is audit-key-redacted-entries)

audit-key-reason = Motif
audit-key-status = Statut
audit-key-name = Nom
audit-key-messages = Messages
audit-key-kind = Type
audit-key-file = Fichier
audit-key-fields = Champs
audit-key-at = Date
audit-key-text = Texte
audit-key-sender = Expéditeur
audit-key-purpose = Finalité
audit-key-previous = Avant
audit-key-masked = Masqués
audit-key-from = De
audit-key-to = À
audit-key-conversations = Conversations
audit-key-tags = Étiquettes
audit-key-tags-added = Étiquettes ajoutées
audit-key-tags-removed = Étiquettes supprimées
audit-key-summary = Résumé
audit-key-source = Source
audit-key-rule = Règle
audit-key-points-added = Coordonnées ajoutées
audit-key-points-removed = Coordonnées supprimées
audit-key-objection = Opposition
audit-key-method = Méthode
audit-key-merged = Fusionné
audit-key-import = Importation
audit-key-format = Format
audit-key-due-on = Échéance
audit-key-describe = Description
audit-key-description = Description
audit-key-day = Jour
audit-key-contacts = Contacts
audit-key-contact = Contact
audit-key-channel = Canal
audit-key-actions = Actions
audit-key-removed = Supprimés
audit-key-redacted-entries = Entrées caviardées
audit-key-folder = Dossier
audit-key-request = Demande
audit-key-rows = Lignes
audit-key-skipped = Ignorés
audit-key-origin = Origine
audit-key-people = Personnes
audit-key-language = Langue

audit-rule = Règle nº { $id } : { $rule }

audit-key-operator = Opérateur
audit-key-role = Rôle
audit-key-owner = Propriétaire
audit-key-why = Motif
audit-key-replaced = Kit précédent remplacé
audit-key-note-kept = Note conservée
audit-key-review-on = Réexamen le
audit-key-action = Action
audit-key-period = Durée
audit-key-received-on = Reçue le
audit-key-result = Résultat
audit-key-checked-on = Vérifiée le
audit-key-notified-on = Notifiée le
audit-key-audit-entry = Entrée du journal d’audit
audit-key-no-data = Aucune donnée personnelle détenue
audit-key-before = Sauvegarde de l’état antérieur
audit-key-before-upgrade-from-schema = Avant la mise à jour depuis le schéma
audit-key-merged-name = Nom de la fiche fusionnée
audit-key-filled = Champs remplis
audit-key-notes-appended = Notes ajoutées
audit-key-sensitive-added = Champs sensibles ajoutés
audit-key-not-taken = Valeurs non reprises
audit-key-moved = Déplacé
audit-key-consent-events = Événements de consentement
audit-key-objections = Oppositions
audit-key-requests = Demandes
audit-key-retention-hold = Conservation prolongée
audit-key-objections-dropped = Oppositions abandonnées
audit-key-created-at = Créée le
audit-key-last-contact-at = Dernier contact
audit-key-card = Fiche
audit-key-evidence-ref = Preuve
audit-key-recorded-by = Enregistrée par
audit-key-recorded-at = Enregistrée le
audit-key-staff-addresses = Adresses du personnel
audit-key-event = Événement
audit-key-added-to-earlier = Ajoutée à une conversation antérieure
audit-key-tag = Étiquette
audit-key-cards-removed = Fiches supprimées
audit-key-fields-cleared = Champs vidés
audit-key-tagged = Étiquetées
audit-key-created = Créées
audit-key-not-merged = Non fusionnées
audit-key-problems-skipped = Lignes à problème ignorées
audit-key-values-left-out = Valeurs laissées de côté
audit-key-fields-filled = Champs remplis
audit-key-backups-hold-until = Les sauvegardes conservent les données jusqu’au
audit-key-data-subject-categories = Catégories de personnes concernées
audit-key-from-conversations = Créée à partir de conversations
audit-key-document = Document
audit-key-sha256 = SHA-256
audit-key-letter = Lettre
audit-key-extra-redactions = Noms également masqués

audit-value-why-asked = À la demande d’un propriétaire
audit-value-why-operator-removed = Un opérateur a été retiré
audit-value-source-person = Auprès de la personne
audit-value-source-third-party = Auprès d’un tiers
audit-value-source-public = D’une source publique
audit-value-document-report = Rapport d’accès
audit-value-document-export = Export portable
audit-value-format-csv = CSV
audit-value-format-vcard = vCard
audit-value-format-google = Google Contacts (CSV)
audit-value-format-outlook = Outlook (CSV)
audit-value-format-zip = ZIP
