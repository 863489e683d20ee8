# Custos documents — français.

## Dates : jour (1er pour le premier), mois, année.
date = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

page-x-of-y = Page { $page } sur { $pages }

basis-a = Art. 6, par. 1, point a) du { -gdpr } – { -consent }
basis-b = Art. 6, par. 1, point b) du { -gdpr } – exécution d’un contrat
basis-c = Art. 6, par. 1, point c) du { -gdpr } – obligation légale
basis-d = Art. 6, par. 1, point d) du { -gdpr } – intérêts vitaux
basis-e = Art. 6, par. 1, point e) du { -gdpr } – mission d’intérêt public
basis-f = Art. 6, par. 1, point f) du { -gdpr } – { -legitimate-interests }
legitimate-interest = Intérêt légitime : { $interest }

status-lead = Prospects
status-customer = Clients
status-former_customer = Anciens clients
status-supplier_partner = Fournisseurs et partenaires
status-other = Autres contacts

role-processor = { -processor }
role-controller = { -controller }
role-joint_controller = { -joint-controller }
role-recipient = { -recipient }

safeguard-eu_eea = au sein de l’UE/EEE
safeguard-adequacy = décision d’adéquation (art. 45 du { -gdpr })
safeguard-standard_contractual_clauses = clauses contractuelles types (art. 46, par. 2, point c) du { -gdpr })
safeguard-other = autre garantie (art. 46 du { -gdpr })

period-days = { $n ->
    [one] { $n } jour
   *[other] { $n } jours
}
period-months = { $n } mois
period-years = { $n ->
    [one] { $n } an
   *[other] { $n } ans
}

retention-delete_transcripts = { $status } : suppression des transcriptions { $period } après le dernier contact
retention-erase = { $status } : { -erasure } des données du contact { $period } après le dernier contact
retention-for-purpose = (requis pour « { $purpose } »)

record-title = Registre des activités de traitement
record-subtitle = Tenu par le { -controller } conformément à l’article 30, paragraphe 1, du { -gdpr }. Situation au { $date }.
record-controller = Responsable du traitement
field-controller-name = Nom
field-address = Adresse
field-email = E-mail
field-phone = Téléphone
field-country = Pays
field-dpo = Délégué à la protection des données
dpo-none = Aucun délégué désigné
field-authority = Autorité de contrôle
field-joint-controllers = Responsables conjoints
record-activities = Activités de traitement
col-number = N°
col-purpose = Finalité du traitement
col-basis = Base juridique
col-subjects = Catégories de personnes concernées
col-data = Catégories de { -personal-data }
col-recipients = Destinataires (y compris dans des pays tiers)
col-transfers = Transferts vers des pays tiers et garanties
col-erasure = Délais d’{ -erasure }
recipients-none = Aucun { -recipient } en dehors du { -controller }
transfers-none = Aucun : les données restent dans l’UE/EEE
recipient-line = { $name } ({ $role }, { $country })
transfer-line = { $name } ({ $country }) : { $safeguard }
record-retention = Règles générales de conservation
record-retention-intro = Les contacts sont vérifiés au regard de ces règles. Rien n’est supprimé sans la confirmation de l’utilisateur, et chaque suppression est consignée dans le journal d’audit.
retention-none = Aucune règle générale de conservation n’est définie.
record-security = Mesures de sécurité techniques et organisationnelles (art. 32 du { -gdpr })
security-encryption = Chiffrement au repos : toutes les données sont conservées dans un seul fichier de base de données chiffré avec SQLCipher (AES-256) ; sans la phrase secrète, le fichier est illisible.
security-access = Contrôle d’accès : le fichier ne s’ouvre qu’avec la phrase secrète (au moins { $min } caractères), qui n’est jamais enregistrée ; l’application se verrouille après une durée d’inactivité définie.
security-audit = Traçabilité : chaque modification et chaque export sont consignés avec le nom de l’opérateur et l’heure dans un journal d’audit chaîné par hachage, dont l’intégrité peut être vérifiée.
security-deletion = Suppression sécurisée : les données supprimées et effacées sont écrasées dans le fichier de base de données, son journal d’écriture anticipée et son index de recherche.
security-local = Stockage : les données restent sur l’ordinateur du { -controller } et ne sont envoyées à aucun service en nuage ; les sauvegardes sont chiffrées de la même manière.
record-generated = Généré avec Custos à partir du catalogue des finalités et du profil de l’entreprise le { $date }.

## Politique de confidentialité (art. 13 et 14 du RGPD)
notice-title = Information sur la protection des données
notice-subtitle-13 = Informations au titre de l’article 13 du { -gdpr } sur la manière dont nous traitons vos données personnelles. Situation au { $date }.
notice-subtitle-14 = Informations au titre de l’article 14 du { -gdpr } sur les données personnelles vous concernant que nous n’avons pas obtenues auprès de vous. Situation au { $date }.
notice-controller = Qui est responsable de vos données
notice-controller-text = Le { -controller } de vos données personnelles est { $name }.
notice-contact = Pour nous joindre : { $contact }.
notice-dpo = Notre { -dpo } : { $dpo }.
notice-no-dpo = Nous n’avons pas désigné de { -dpo } ; veuillez nous écrire directement.
notice-purposes = Pourquoi nous traitons vos données, et sur quelle base
field-purpose = Finalité
field-basis = Base juridique
field-data = Catégories de données
field-recipients = Destinataires
field-transfers = Transferts hors de l’UE/EEE
field-retention = Durée de conservation
field-requirement = Devez-vous fournir ces données ?
field-automated = Décisions automatisées
requirement-voluntary = La fourniture des données est facultative.
requirement-statutory = La fourniture des données est une exigence légale. Si vous ne les fournissez pas : { $consequence }
requirement-contractual = La fourniture des données est une exigence contractuelle ou nécessaire à la conclusion d’un contrat. Si vous ne les fournissez pas : { $consequence }
automated-none = Nous ne prenons aucune décision automatisée et ne faisons pas de profilage.
notice-source = D’où proviennent vos données
source-third_party = Nous avons reçu vos données de : { $source }.
source-public = Nous avons obtenu vos données d’une source accessible au public : { $source }.
notice-rights = Vos droits
right-access = Accès (art. 15 du { -gdpr }) : vous pouvez demander si nous traitons vos données et en obtenir une copie.
right-rectification = Rectification (art. 16 du { -gdpr }) : vous pouvez faire corriger des données inexactes et compléter des données incomplètes.
right-erasure = Effacement (art. 17 du { -gdpr }) : vous pouvez demander l’{ -erasure } de vos données, sauf si nous sommes tenus de les conserver.
right-restriction = Limitation (art. 18 du { -gdpr }) : vous pouvez demander la { -restriction }, par exemple pendant la vérification de l’exactitude des données.
right-portability = Portabilité (art. 20 du { -gdpr }) : vous pouvez recevoir les données que vous nous avez fournies dans un format lisible par machine, ou les faire transmettre à un autre { -controller }.
right-objection = Opposition (art. 21 du { -gdpr }) : vous pouvez vous opposer à tout moment au traitement fondé sur l’intérêt légitime, et toujours à la prospection.
right-withdraw = Retrait du { -consent } (art. 7, par. 3, du { -gdpr }) : lorsque le traitement repose sur votre { -consent }, vous pouvez le retirer à tout moment, sans que cela compromette la licéité du traitement effectué avant le retrait.
notice-rights-how = Pour exercer un droit, contactez-nous aux coordonnées ci-dessus. Nous répondons dans un délai d’un mois.
notice-complaint = Droit d’introduire une réclamation
notice-complaint-text = Vous avez le droit d’introduire une réclamation auprès d’une { -supervisory-authority } : { $authority }.
notice-generated = Généré avec Custos à partir du catalogue des finalités et du profil de l’entreprise le { $date }.

## Rapport d'accès (art. 15 RGPD) et son export (art. 20 RGPD)
access-title = Rapport d'accès : vos données personnelles
access-subtitle = Notre réponse au titre de l'art. 15 { -gdpr } à { $name }. Situation au { $date }.
access-confirmation = Nous confirmons que { $controller } traite des données personnelles vous concernant. Ce rapport est une copie de toutes les données personnelles que nous détenons à votre sujet, suivie de la manière dont nous les traitons et pourquoi.
access-card = Votre fiche de contact
field-display-name = Nom
field-organisation = Organisation
field-id-number = Numéro d'identification
field-status = Relation
field-source = Source des données
field-created = Enregistré depuis
field-last-contact = Dernier contact
field-restricted = Traitement limité
restricted-since = depuis le { $date } : { $reason }
value-none = –
field-given-name = Prénom
field-family-name = Nom de famille
field-job-title = Fonction
field-tags = Étiquettes
# A contact point with its label, e.g. "anna@nowak.pl (work)".
point-with-label = { $value } ({ $label })
point-label-work = professionnel
point-label-home = personnel
point-label-mobile = mobile
point-label-other = autre
contact-status-lead = Prospect
contact-status-customer = Client
contact-status-former_customer = Ancien client
contact-status-supplier_partner = Fournisseur ou partenaire
contact-status-other = Autre
source-person = Nous avons obtenu ces données auprès de vous.
# A card an import of conversations created: $channel is email, chat, phone, meeting or other; $date the day.
source-person-via = Nous avons obtenu les données auprès de vous : { $channel ->
    [email] votre e-mail
    [chat] votre message de chat
    [phone] votre appel
   *[other] votre message
} du { $date }.
access-notes = Notes vous concernant
notes-none = Nous ne détenons aucune note vous concernant.
access-consents = Vos consentements et leur historique
consents-none = Vous ne nous avez donné aucun { -consent }.
consent-current = État actuel : { $state }
consent-state-never_given = jamais donné
consent-state-given = donné
consent-state-confirmed = donné et confirmé
consent-state-withdrawn = retiré
consent-state-expired = expiré
consent-event-given = Donné
consent-event-confirmed = Confirmé
consent-event-withdrawn = Retiré
consent-event-expired = Expiré
method-web_form = formulaire en ligne
method-email = e-mail
method-phone = téléphone
method-in_person = en personne
method-chat = messagerie instantanée
method-paper = papier
method-system = système
col-date = Date
col-event = Événement
col-method = Moyen
col-wording = Texte qui vous a été présenté
col-evidence = Preuve
wording-version = Version { $version } : { $text }
access-conversations = Échanges avec vous
conversations-none = Nous ne détenons aucun échange avec vous.
access-redaction-note = Les noms et coordonnées d'autres personnes ont été supprimés de ce rapport afin de protéger leurs droits (art. 15, paragraphe 4, { -gdpr }).
conversation-heading = { $channel }, { $date } ({ $count ->
    [one] { $count } message
   *[other] { $count } messages
})
conversation-ref = Référence : { $ref }
# An e-mail thread's subject or a chat's name.
conversation-title = Objet : { $title }
# The other people an e-mail was sent to (To, Cc), before its text.
message-to = À : { $names }
channel-chat = Messagerie instantanée
channel-email = E-mail
channel-phone = Appel téléphonique
channel-meeting = Réunion
channel-other = Échange
col-time = Heure (UTC)
col-sender = De
col-text = Message
sender-you = Vous
access-requests = Vos demandes
requests-none = Vous ne nous avez adressé aucune demande.
col-received = Reçue le
col-request = Demande
col-details = Détails
col-status = État
col-due = Échéance
request-kind-access = Accès (art. 15)
request-kind-rectification = Rectification (art. 16)
request-kind-erasure = Effacement (art. 17)
request-kind-restriction = Limitation (art. 18)
request-kind-portability = Portabilité (art. 20)
request-kind-objection = Opposition (art. 21)
request-kind-automated_decisions = Décisions automatisées (art. 22)
request-kind-consent_withdrawal = Retrait du { -consent } (art. 7, paragraphe 3)
request-status-received = reçue
request-status-identity_pending = en attente d'une preuve d'identité
request-status-in_progress = en cours
request-status-extended = délai prolongé
request-status-done = traitée
request-status-refused = refusée
access-backups-note = Les sauvegardes chiffrées de nos registres contiennent également ces données. L'{ -erasure } ne peut pas atteindre une sauvegarde déjà faite : les données effacées aujourd'hui y restent au plus tard jusqu'au { $date }, date à laquelle la dernière de ces sauvegardes est supprimée.
access-export-note = Une copie lisible par machine des mêmes données (fichiers JSON et CSV) vous est remise avec ce rapport (art. 20 { -gdpr }).
access-generated = Généré avec Custos à partir de nos registres le { $date }.
redact-party = tiers
redact-removed = supprimé

## Courriers relatifs à la demande d’une personne concernée (art. 12 du RGPD)
letter-title-acknowledgement = Accusé de réception de votre demande
letter-title-extension = Prolongation du délai de réponse à votre demande
letter-title-completion = Notre réponse à votre demande
letter-title-refusal = Notre décision concernant votre demande
letter-reference = Demande n° { $id } du { $date }
field-our-reference = Notre référence
field-request-type = Type de demande
field-due-by = Réponse au plus tard le
letter-kind-access = Accès à vos données personnelles (art. 15 du { -gdpr })
letter-kind-rectification = Rectification de vos données personnelles (art. 16 du { -gdpr })
letter-kind-erasure = Effacement de vos données personnelles (art. 17 du { -gdpr })
letter-kind-restriction = Limitation du traitement (art. 18 du { -gdpr })
letter-kind-portability = Portabilité des données (art. 20 du { -gdpr })
letter-kind-objection = Opposition au traitement (art. 21 du { -gdpr })
letter-kind-automated_decisions = Droit de ne pas faire l’objet d’une décision fondée exclusivement sur un traitement automatisé (art. 22 du { -gdpr })
letter-kind-consent_withdrawal = Retrait du { -consent } (art. 7, par. 3, du { -gdpr })
letter-salutation = Madame, Monsieur,
letter-salutation-unnamed = Madame, Monsieur,
letter-ack-received = Nous vous remercions de votre demande, reçue le { $date }. Nous l’avons enregistrée et nous la traitons.
letter-asked = Objet de votre demande : { $details }
letter-ack-due = Nous vous répondrons au plus tard le { $due } (art. 12, par. 3, du { -gdpr }).
letter-ack-identity = Afin de ne communiquer des données personnelles qu’à la personne qu’elles concernent, nous pourrons vous demander un justificatif d’identité avant de donner suite à votre demande (art. 12, par. 6, du { -gdpr }).
letter-ext-intro = Nous avons reçu votre demande le { $date }. Y répondre demande plus de temps que le délai d’un mois prévu en principe par le { -gdpr }.
letter-reasons = Nos raisons :
letter-ext-due = Conformément à l’art. 12, par. 3, du { -gdpr }, nous prolongeons donc le délai de réponse de deux mois supplémentaires. Nous vous répondrons au plus tard le { $due } (au lieu du { $original }).
letter-done-intro = Nous avons traité votre demande, reçue le { $date }.
letter-done-actions = Ce que nous avons fait :
letter-done-action = { $date } : { $action }
letter-done-report = copie de vos données personnelles établie (art. 15 du { -gdpr })
letter-done-export = vos données personnelles fournies dans un format structuré, couramment utilisé et lisible par machine (art. 20 du { -gdpr })
letter-done-no-data = Nous avons recherché dans nos fichiers des données personnelles vous concernant et n’en avons trouvé aucune : nous ne détenons aucune donnée personnelle vous concernant.
letter-done-enclosed = Pièce jointe : le rapport sur les données personnelles que nous détenons à votre sujet (art. 15 du { -gdpr }).
letter-refusal-intro = Nous avons reçu votre demande le { $date }. Après examen, nous n’y donnerons pas suite.
letter-refusal-rights = Conformément à l’art. 12, par. 4, du { -gdpr }, nous vous informons que vous disposez :
letter-refusal-complaint = du droit d’introduire une réclamation auprès de l’{ -supervisory-authority } : { $authority } ;
letter-refusal-court = du droit de former un recours juridictionnel.
letter-contact = Pour toute question, vous pouvez nous joindre : { $contact }.
letter-closing = Veuillez agréer, Madame, Monsieur, l’expression de nos salutations distinguées.

## Kit de récupération d’un coffre-fort
recovery-kit-title = Kit de récupération de votre coffre-fort Custos
recovery-kit-intro = Cette feuille permet à un propriétaire du coffre-fort ci-dessous d’y accéder à nouveau et de définir une nouvelle phrase secrète si toutes les phrases secrètes ont été oubliées.
recovery-kit-vault-name = Coffre-fort
recovery-kit-vault-id = Identifiant du coffre-fort
recovery-kit-made-on = Établi le
recovery-kit-made-by = Établi par
recovery-kit-code = Code de récupération
recovery-kit-code-typing = Majuscules et minuscules sont équivalentes ; O et 0 se lisent de la même façon, de même que I, L et 1 ; les tirets peuvent être omis.
recovery-kit-keep = Conservez cette feuille en lieu sûr
recovery-kit-keep-offline = Conservez-la en lieu sûr et hors ligne, par exemple dans un tiroir fermé à clé ou dans une armoire forte. Ne la photographiez pas, ne la numérisez pas et ne l’enregistrez ni sur un ordinateur ni en ligne.
recovery-kit-keep-anyone = Toute personne qui détient cette feuille et une copie du fichier du coffre-fort peut ouvrir le coffre-fort.
recovery-kit-use = Comment l’utiliser
recovery-kit-use-app = Dans l’application Custos : sur l’écran de déverrouillage, choisissez « J’ai oublié ma phrase secrète » et saisissez le code.
recovery-kit-use-cli = En ligne de commande : { $command }
recovery-kit-use-check = Un caractère mal saisi est détecté grâce aux caractères de contrôle : Custos vous demande alors de vérifier le code.
recovery-kit-use-after = Après l’avoir utilisé, définissez une nouvelle phrase secrète et imprimez un nouveau kit de récupération.
recovery-kit-replaced = L’impression d’un nouveau kit rend celui-ci inutilisable : détruisez alors cette feuille.
recovery-kit-nobody = Sans phrase secrète et sans ce kit, personne — pas même les concepteurs de Custos — ne peut ouvrir le coffre-fort.
