# Les opérateurs et l’ouverture du coffre-fort : « Qui êtes-vous ? », le kit de récupération,
# sa propre phrase secrète, Paramètres → Opérateurs et Paramètres → Votre phrase secrète. Les
# mots du kit sont ceux du kit imprimé (recovery-kit-* dans custos-documents).

## L’écran de déverrouillage

operators-who-are-you = Qui êtes-vous ?
operators-first-owner-hint = Ce coffre-fort a été créé avant que les opérateurs aient leur propre phrase secrète : le nom saisi devient celui de son propriétaire.
operators-forgot = J’ai oublié ma phrase secrète

## « J’ai oublié ma phrase secrète »

operators-recover-title = Retrouver l’accès avec le kit de récupération
operators-recover-intro = Un propriétaire de { $path } saisit le code de récupération imprimé sur le kit de récupération et choisit une nouvelle phrase secrète.
operators-recover-code = Code de récupération
operators-recover-code-hint = Tel qu’il est imprimé sur le kit : majuscules et minuscules sont identiques ; O et 0 se lisent de la même façon, tout comme I, L et 1 ; les tirets peuvent être omis.
operators-recover-submit = Définir la nouvelle phrase secrète et déverrouiller
operators-recover-back = Retour au déverrouillage

## Sa propre phrase secrète (après un déverrouillage avec une phrase secrète initiale)

operators-choose-title = Choisissez votre propre phrase secrète
operators-choose-intro = { $name }, la phrase secrète qui vous a été remise ne servait qu’au premier déverrouillage. Choisissez la vôtre avant de continuer : vous seul devez la connaître.
operators-choose-new = Nouvelle phrase secrète
operators-choose-submit = Enregistrer et continuer
operators-choose-lock = Verrouiller

## Le kit de récupération

operators-kit-step-title = Imprimez votre kit de récupération
operators-kit-step-intro = Le kit de récupération est une page imprimée portant un code de récupération. Grâce à lui, un propriétaire qui a oublié la phrase secrète peut en définir une nouvelle.
operators-kit-nobody = Sans la phrase secrète et sans le kit de récupération, personne — pas même les concepteurs de Custos — ne peut ouvrir le coffre-fort.
operators-kit-language = Langue du kit
operators-kit-save = Enregistrer le kit de récupération
operators-kit-continue = Continuer
operators-kit-skip = Plus tard (à imprimer dans Paramètres → Opérateurs)
operators-kit-title = Kit de récupération
operators-kit-made = Un kit de récupération a été imprimé pour ce coffre-fort.
operators-kit-none = Pas encore de kit de récupération : imprimez-en un et conservez-le en lieu sûr, hors ligne.
operators-kit-print = Imprimer un kit de récupération
operators-kit-replaces = Un nouveau kit remplace l’ancien : le code de l’ancien kit cesse de fonctionner. Détruisez alors l’ancienne feuille.

## Paramètres → Opérateurs

operators-title = Opérateurs
operators-intro = Chaque personne qui travaille dans ce coffre-fort a sa propre phrase secrète et un rôle. Un propriétaire peut tout faire ; un employé travaille sur les contacts, les conversations, les consentements et les demandes, mais ne peut ni exporter en masse ni modifier les paramètres de l’entreprise ; la lecture seule permet de consulter et de rechercher.
operators-col-name = Nom
operators-col-role = Rôle
operators-col-added = Ajouté
operators-col-actions = Actions
operators-you = vous
operators-must-choose = doit choisir une phrase secrète
operators-role-of = Rôle de { $name }
operators-role-owner = Propriétaire
operators-role-clerk = Employé
operators-role-read-only = Lecture seule
operators-role-changed = Le rôle de { $name } est désormais : { $role }.
operators-add-title = Ajouter un opérateur
operators-add-name = Nom
operators-first-passphrase = Phrase secrète initiale
operators-first-passphrase-hint = Remettez-la en personne. Au premier déverrouillage, l’opérateur doit choisir sa propre phrase secrète.
operators-add-submit = Ajouter l’opérateur
operators-added = { $name } a été ajouté. Il déverrouille avec la phrase secrète initiale, puis choisit la sienne.
operators-reset = Nouvelle phrase secrète…
operators-reset-title = Nouvelle phrase secrète initiale pour { $name }
operators-reset-intro = Pour un opérateur qui a oublié sa phrase secrète : il déverrouille avec celle-ci, puis doit choisir la sienne. Son ancienne phrase secrète cesse de fonctionner.
operators-reset-submit = Définir la phrase secrète initiale
operators-reset-done = { $name } déverrouille désormais avec la nouvelle phrase secrète initiale, puis doit choisir la sienne.
operators-remove = Supprimer…
operators-remove-title = Supprimer { $name } ?
operators-remove-intro = { $name } ne pourra plus ouvrir le coffre-fort : Custos rechiffre tout le coffre-fort avec une nouvelle clé, ce qui prend un moment pour un grand coffre-fort. Ce que cette personne a fait reste dans le journal d’audit.
operators-remove-backups = Les sauvegardes faites avant la suppression s’ouvrent toujours avec les phrases secrètes qu’elles contenaient, y compris celle de cet opérateur.
operators-remove-confirm = Supprimer et rechiffrer
operators-removed = { $name } a été supprimé et le coffre-fort rechiffré.
operators-rekey-progress = Rechiffrement du coffre-fort : { $percent } %
operators-rekey-busy = Rechiffrement…
operators-safety-title = Clés
operators-leaked = Je pense qu’une phrase secrète a fuité
operators-leaked-title = Rechiffrer le coffre-fort ?
operators-leaked-intro = Custos rechiffre tout le coffre-fort avec une nouvelle clé et la protège par la phrase secrète de chaque opérateur et par le kit de récupération. Changez ensuite la phrase secrète qui a pu être vue, ou donnez à cet opérateur une nouvelle phrase secrète initiale.
operators-leaked-backups = Les sauvegardes antérieures gardent leur clé : elles s’ouvrent toujours avec les phrases secrètes de l’époque.
operators-leaked-confirm = Rechiffrer le coffre-fort
operators-rekeyed = Le coffre-fort a été rechiffré.
operators-key-open = Afficher la clé de données
operators-key-title = La clé de données du coffre-fort
operators-key-intro = Avec cette clé, le fichier du coffre-fort s’ouvre sans Custos, dans le shell sqlcipher : vous n’êtes jamais enfermé. Quiconque détient la clé et le fichier peut tout lire. L’affichage est consigné dans le journal d’audit.
operators-key-passphrase = Votre phrase secrète
operators-key-show = Afficher la clé
operators-key-key = Clé de données
operators-key-shell = Ouvrir le fichier avec
operators-key-pragma = Puis saisir
operators-key-copy = Copier
operators-key-copied = Copié
operators-key-keep = Ne conservez pas la clé à côté du coffre-fort et ne l’envoyez pas par e-mail. Après un rechiffrement, cette clé cesse de fonctionner.
operators-settings-owner-only = Le profil de l’entreprise, les finalités, les règles de conservation, le calendrier, les sauvegardes et les opérateurs sont gérés par un propriétaire.

## Paramètres → Votre phrase secrète

operators-mine-title = Votre phrase secrète
operators-mine-intro = { $name }, modifiez ici la phrase secrète avec laquelle vous déverrouillez. Les sauvegardes antérieures s’ouvrent avec la phrase secrète utilisée alors.
operators-mine-submit = Changer ma phrase secrète
operators-mine-done = Votre phrase secrète a été modifiée.
