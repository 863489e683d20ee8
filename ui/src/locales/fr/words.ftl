status-lead = Prospect
status-customer = Client
status-former-customer = Ancien client
status-supplier-partner = Fournisseur/partenaire
status-other = Autre
field-display-name = Nom
field-given-name = Prénom
field-family-name = Nom de famille
field-email = E-mail
field-phone = Téléphone
field-organisation = Organisation
field-job-title = Fonction
field-address = Adresse
field-id-number = Numéro d’identité
field-tags = Étiquettes
field-notes = Notes
point-work = Travail
point-home = Domicile
point-mobile = Mobile
point-other = Autre
channel-chat = Messagerie
channel-email = E-mail
channel-phone = Appel téléphonique
channel-meeting = Rendez-vous
channel-other = Autre
origin-manual = saisie à la main
origin-whatsapp = importée de WhatsApp
origin-json = importée d’une transcription
origin-email = importée depuis des e-mails
origin-telegram = importée de Telegram
origin-messenger = importée de Messenger
origin-web-chat = importée d’un chat du site web
basis-a = Art. 6, par. 1, point a) du { -gdpr } – { -consent }
basis-b = Art. 6, par. 1, point b) du { -gdpr } – exécution d’un contrat
basis-c = Art. 6, par. 1, point c) du { -gdpr } – obligation légale
basis-d = Art. 6, par. 1, point d) du { -gdpr } – intérêts vitaux
basis-e = Art. 6, par. 1, point e) du { -gdpr } – mission d’intérêt public
basis-f = Art. 6, par. 1, point f) du { -gdpr } – { -legitimate-interests }
role-processor = Sous-traitant
role-controller = Responsable du traitement
role-joint-controller = Responsable conjoint du traitement
role-recipient = Destinataire
safeguard-eu-eea = UE/EEE (pas de transfert)
safeguard-adequacy = Décision d’adéquation
safeguard-standard-contractual-clauses = Clauses contractuelles types
safeguard-other = Autre garantie
source-person = La personne concernée
# A card an import of conversations created: the message the person gave their data in ($channel: email, chat, phone, meeting, other; $date: the day, formatted).
source-person-via = La personne concernée ({ $channel ->
    [email] e-mail
    [chat] message de chat
    [phone] appel
   *[other] message
} du { $date })
source-third-party-named = Un tiers : { $name }
source-public-named = Source publique : { $name }
sender-staff = { $name } (personnel)
hit-in-chat = Messagerie · { $date }

word-consent-state-never-given = jamais donné
word-consent-state-given = donné
word-consent-state-confirmed = confirmé
word-consent-state-withdrawn = retiré
word-consent-state-expired = expiré
word-retention-action-delete-transcripts = supprimer les transcriptions
word-retention-action-erase = effacer
word-data-source-person = la personne concernée
word-data-source-third-party = tiers
word-data-source-public = source publique
word-matched-by-email = la même adresse e-mail
word-matched-by-phone = le même numéro de téléphone
word-matched-by-name = le même nom dans la même organisation
word-job-record = Registre des activités de traitement (art. 30)
word-job-notice = Mentions d’information (PDF)
word-job-notice-html = Mentions d’information en page web
word-job-access-report = Rapport d’accès (art. 15)
word-job-access-export = Export portable (art. 20)
word-job-request-letter = Lettre au demandeur
