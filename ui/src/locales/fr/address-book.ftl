# The address book: importing contacts (CSV, vCard), exporting them, undoing an import, and
# possible duplicates with the side-by-side comparison and merge.

## Shared

# A line of the imported file, before what the core says about it ($line: its number).
address-book-line = ligne { $line }
address-book-undo-import = Annuler cette importation

## Import wizard (Import/Export → Import contacts…)

address-book-import-title = Importer des contacts
address-book-import-steps = Étapes
address-book-import-step-file = Fichier
address-book-import-step-mapping = Colonnes
address-book-import-step-options = Source et statut
address-book-import-step-review = Doublons
address-book-import-step-importing = Importation
address-book-import-step-summary = Terminé
address-book-import-intro =
    Un export de Google Contacts ou d’Outlook (.csv), un tableur enregistré en CSV ou un fichier vCard (.vcf) provenant
    d’un téléphone ou d’un autre carnet d’adresses. Rien n’est enregistré avant que vous ayez vu qui se trouve déjà dans Custos.
address-book-import-file-label = Fichier du carnet d’adresses
address-book-import-choose-file-first = Choisissez d’abord le fichier à importer.
# $file: the file's name; $detected: what the file is, in the core's words ("vCard file with 3 cards").
address-book-import-detected = { $file } : { $detected }.
address-book-import-source-legend = Provenance des données
address-book-import-source-hint = Chaque fiche créée par l’importation enregistre sa source (art. 14 du { -gdpr }).
address-book-import-source-third-party = Un tiers
address-book-import-source-public = Une source publique
address-book-import-source-person = Les personnes concernées elles-mêmes
address-book-import-source-name-third-party = Quel tiers
address-book-import-source-name-public = Quelle source publique
address-book-import-status-label = Statut des nouvelles fiches
address-book-import-tag-label = Étiquette pour cette importation
address-book-import-tag-placeholder = p. ex. Salon 2026
address-book-import-tag-hint = Ajoutée à chaque fiche que l’importation crée ou complète par fusion.
# $file: the file's name.
address-book-import-running = Importation de { $file }…
address-book-import-progress-label = Progression de l’importation
# $done rows of $total imported so far; $percent: how far, 0–100.
address-book-import-progress =
    { $done } sur { $total ->
        [one] { $total } ligne
       *[other] { $total } lignes
    } ({ $percent } %)
address-book-import-cancelling-hint = Annulation : rien ne sera enregistré.
address-book-import-running-hint = Tout est enregistré en une seule fois à la fin ; Annuler laisse le coffre-fort tel qu’il était.
# What the import did. $file: the file's name; $created new cards, $merged rows merged into
# existing cards, $skipped rows skipped.
address-book-import-summary =
    { $file } importé : { $created ->
        [one] { $created } nouvelle fiche
       *[other] { $created } nouvelles fiches
    }, { $merged ->
        [one] { $merged } ligne fusionnée dans une fiche
       *[other] { $merged } lignes fusionnées dans des fiches
    }, { $skipped ->
        [one] { $skipped } ligne ignorée
       *[other] { $skipped } lignes ignorées
    }.
# $what: a list of the parts below ("1 e-mail address, phone or address and 2 tags").
address-book-import-added = Les fusions ont ajouté { $what }.
address-book-import-added-points =
    { $count ->
        [one] { $count } adresse e-mail, téléphone ou adresse
       *[other] { $count } adresses e-mail, téléphones ou adresses
    }
address-book-import-added-tags =
    { $count ->
        [one] { $count } étiquette
       *[other] { $count } étiquettes
    }
address-book-import-added-values =
    { $count ->
        [one] { $count } valeur dans des champs vides
       *[other] { $count } valeurs dans des champs vides
    }
address-book-import-problems-skipped =
    { $count ->
        [one] { $count } ligne impossible à importer a été laissée de côté.
       *[other] { $count } lignes impossibles à importer ont été laissées de côté.
    }
address-book-import-values-left-out =
    { $count ->
        [one] { $count } valeur a été laissée de côté dans les lignes importées.
       *[other] { $count } valeurs ont été laissées de côté dans les lignes importées.
    }
# Followed by a list of the rows, each with why.
address-book-import-not-merged =
    { $count ->
        [one] { $count } ligne n’a pas été fusionnée :
       *[other] { $count } lignes n’ont pas été fusionnées :
    }
# $line: the row's line in the file; $message: why, in the core's words.
address-book-import-line-note = ligne { $line } : { $message }
# $count: cards the undo removed.
address-book-import-undone =
    L’importation a été annulée : { $count ->
        [one] { $count } fiche supprimée
       *[other] { $count } fiches supprimées
    }.
# The same when the import had also added to existing cards.
address-book-import-undone-more =
    L’importation a été annulée : { $count ->
        [one] { $count } fiche supprimée
       *[other] { $count } fiches supprimées
    }, et ce qu’elle avait ajouté à d’autres fiches a été retiré.
address-book-import-undo-hint =
    Possible jusqu’à la fermeture de Custos, sauf si ses fiches ont été modifiées entre-temps (Importer/Exporter →
    Annuler une importation… liste les importations de cette session).
address-book-import-cancel = Annuler l’importation
address-book-import-cancelling = Annulation…
address-book-import-submit = Importer
address-book-import-importing = Importation…
address-book-import-check = Rechercher les doublons
address-book-import-checking = Vérification…
address-book-import-reading = Lecture…

## Import wizard: the columns of a CSV file

# $detected: what the file is, in the core's words; $name: the saved mapping's name.
address-book-mapping-detected-saved = { $detected }. La correspondance enregistrée sous « { $name } » a été appliquée.
address-book-mapping-detected-guessed = { $detected }. Le champ de chaque colonne a été déduit de son nom : vérifiez-les.
# $count: how many columns the file has.
address-book-mapping-columns-title = Colonnes du fichier ({ $count })
address-book-mapping-column = Colonne
address-book-mapping-first-value = Première valeur
address-book-mapping-imported-as = Importée comme
# A column without a name in the file's header; $n: its position, from 1.
address-book-mapping-column-n = Colonne { $n }
# The field list's accessible name; $column: the column's name, or its position.
address-book-mapping-column-field = Champ de la colonne { $column }
address-book-mapping-rows-title = Les premières lignes telles qu’elles seront importées
address-book-mapping-no-name = Sans nom
address-book-mapping-reading = Lecture des premières lignes…
address-book-mapping-save-label = Enregistrer cette correspondance sous
address-book-mapping-save-placeholder = p. ex. Tableur du bureau
address-book-mapping-save = Enregistrer la correspondance
# $name: the name the mapping was saved under.
address-book-mapping-saved = Enregistrée sous « { $name } » : réutilisée pour les fichiers ayant ces colonnes.

## The fields a CSV column may be imported as (the list in each column's row)

address-book-csv-field-ignore = Non importé
address-book-csv-field-display-name = Nom affiché
address-book-csv-field-given-name = Prénom
address-book-csv-field-middle-name = Deuxième prénom
address-book-csv-field-family-name = Nom de famille
address-book-csv-field-organisation = Organisation
address-book-csv-field-job-title = Fonction
address-book-csv-field-tags = Étiquettes
address-book-csv-field-notes = Notes
# The kind of e-mail address, phone or address, in brackets after the field: "E-mail (work)".
address-book-csv-label-work = travail
address-book-csv-label-home = domicile
address-book-csv-label-mobile = mobile
address-book-csv-label-other = autre
# $group: 0 for a file with one e-mail column of each kind, else which one (Google's "E-mail 2");
# $label: one of the kinds above.
address-book-csv-email =
    { $group ->
        [0] E-mail ({ $label })
       *[other] E-mail { $group } ({ $label })
    }
address-book-csv-phone =
    { $group ->
        [0] Téléphone ({ $label })
       *[other] Téléphone { $group } ({ $label })
    }
address-book-csv-address =
    { $group ->
        [0] Adresse ({ $label })
       *[other] Adresse { $group } ({ $label })
    }
# A part of a postal address in a column of its own. $part: one of the parts below.
address-book-csv-address-part =
    { $group ->
        [0] { $part } ({ $label })
       *[other] { $part }, adresse { $group } ({ $label })
    }
address-book-csv-part-street = Rue
address-book-csv-part-postal-code = Code postal
address-book-csv-part-city = Ville
address-book-csv-part-region = Région
address-book-csv-part-country = Pays
# A column that gives the kinds (work, home…) of the e-mail addresses, phones or addresses.
address-book-csv-labels-email =
    { $group ->
        [0] Types des adresses e-mail
       *[other] Type de l’e-mail { $group }
    }
address-book-csv-labels-phone =
    { $group ->
        [0] Types des numéros de téléphone
       *[other] Type du téléphone { $group }
    }
address-book-csv-labels-address =
    { $group ->
        [0] Types des adresses postales
       *[other] Type de l’adresse { $group }
    }

## Import wizard: duplicates and rows that cannot be imported

# The bold part of address-book-review-counts: rows that become new cards.
address-book-review-new =
    { $count ->
        [one] { $count } nouvelle
       *[other] { $count } nouvelles
    }
# $rows: rows in the file; $fresh: address-book-review-new in bold; $duplicates and $problems: counts.
address-book-review-counts =
    { $rows ->
        [one] { $rows } ligne
       *[other] { $rows } lignes
    } dans le fichier : { $fresh }, { $duplicates ->
        [one] { $duplicates } doublon
       *[other] { $duplicates } doublons
    }, { $problems ->
        [one] { $problems } impossible à importer
       *[other] { $problems } impossibles à importer
    }.
# $count: rows of the file already in the vault.
address-book-review-duplicates-title = Déjà dans Custos ({ $count })
address-book-review-decide-all = Pour tous les doublons :
address-book-review-choose = choisir…
address-book-import-decision-merge = Fusionner dans la fiche
address-book-import-decision-skip = Ignorer
address-book-import-decision-new = Ajouter comme nouvelle fiche
address-book-review-merge-hint =
    La fusion n’ajoute que ce qui manque à la fiche (adresses e-mail, téléphones, étiquettes, champs vides) et n’écrase jamais rien.
address-book-review-col-line = Ligne
address-book-review-col-in-file = Dans le fichier
address-book-review-col-matches = Correspond à
address-book-review-col-because = En raison de
address-book-review-col-decision = Action
address-book-review-restricted = limitée : fusion impossible
# A row that repeats an earlier row of the same file. $line: that row's line; $name: its name.
address-book-review-earlier-row = ligne { $line } de ce fichier : { $name }
# Why a row is a duplicate, listed after each other.
address-book-review-matched-email = la même adresse e-mail
address-book-review-matched-phone = le même numéro de téléphone
address-book-review-matched-name = le même nom dans la même organisation
# The decision list's accessible name. $line: the row's line; $name: its name.
address-book-review-decision-label = Action pour la ligne { $line }, { $name }
# Only the first duplicates are listed. $shown: how many are; $rest: how many are not.
address-book-review-more-duplicates = Les { $shown } premiers sont affichés ; les { $rest } autres suivent le choix fait pour tous les doublons (fusion, sauf si vous choisissez autre chose).
# The same after the user chose a decision for every duplicate.
address-book-review-more-duplicates-chosen = Les { $shown } premiers sont affichés ; les { $rest } autres suivent le choix fait pour tous les doublons.
address-book-review-no-duplicates = Personne dans le fichier n’est déjà dans Custos.
# $count: rows that cannot be imported.
address-book-review-problems-title = Impossible à importer ({ $count })
# After a shortened list; $count: the items not listed.
address-book-review-and-more = et { $count } de plus.
address-book-review-skip-problems =
    { $count ->
        [one] Ignorer cette ligne et importer le reste
       *[other] Ignorer ces { $count } lignes et importer le reste
    }
# $count: values of the file that cannot be stored.
address-book-review-warnings-title = Valeurs laissées de côté ({ $count })
address-book-review-warnings-hint = Ces valeurs ne peuvent pas être enregistrées telles quelles ; le reste de chaque ligne est importé.

## Export (Import/Export → Export contacts…)

address-book-export-title = Exporter des contacts
address-book-export-intro =
    Les contacts actifs avec leurs noms, organisation, adresses e-mail, téléphones, adresses postales, étiquettes et notes —
    sans les consentements, les conversations ni rien d’autre enregistré à leur sujet. Les contacts limités sont exclus.
address-book-export-format = Format
address-book-export-format-vcard-hint = pour les carnets d’adresses et les téléphones
address-book-export-format-csv-hint = pour les tableurs
address-book-export-status = Statut
address-book-export-any-status = Tous les statuts
address-book-export-tag = Étiquette
address-book-export-any-tag = Toutes les étiquettes
# A tag in the list; $name: the tag; $count: the contacts that have it.
address-book-export-tag-option = { $name } ({ $count })
address-book-export-path = Enregistrer sous
address-book-export-path-hint = Un fichier existant n’est jamais remplacé.
address-book-export-choose-path = Choisissez où enregistrer le fichier.
# $count: contacts written; $path: the file.
address-book-export-done =
    { $count ->
        [one] { $count } contact écrit
       *[other] { $count } contacts écrits
    } dans { $path }.
address-book-export-submit = Exporter
address-book-export-exporting = Exportation…

## Undo an import (Import/Export → Undo an import…)

address-book-recent-title = Annuler une importation
address-book-recent-intro = Les carnets d’adresses importés depuis le démarrage de Custos. Après un redémarrage, ils restent tels quels.
address-book-recent-none = Aucune importation faite depuis le démarrage de Custos ne reste à annuler.
# Under the import's source. $date: when it was made (date and time); $count: its cards.
address-book-recent-imported =
    importé le { $date } · { $count ->
        [one] { $count } fiche
       *[other] { $count } fiches
    }
# $date: when the import was made (date and time); $count: cards the undo removed.
address-book-recent-undone =
    L’importation du { $date } a été annulée : { $count ->
        [one] { $count } fiche supprimée
       *[other] { $count } fiches supprimées
    }.

## Possible duplicates

address-book-duplicates-title = Doublons possibles
address-book-duplicates-open-hint = Des fiches qui pourraient désigner une même personne : comparez-les côte à côte et fusionnez-les
# Read by screen readers after the number of pairs on the button.
address-book-duplicates-pairs-unit =
    { $count ->
        [one] paire
       *[other] paires
    }
address-book-duplicates-intro =
    Des fiches qui partagent une adresse e-mail ou un numéro de téléphone, ou qui ont le même nom dans la même organisation.
    Comparez une paire côte à côte et fusionnez-la s’il s’agit d’une seule personne ; une paire de deux personnes peut rester telle quelle.
address-book-duplicates-looking = Recherche de doublons possibles…
address-book-duplicates-none = Aucun doublon possible : aucune paire de fiches ne partage une adresse e-mail, un numéro de téléphone ou un nom dans une même organisation.
address-book-duplicates-count =
    { $count ->
        [one] { $count } paire à examiner. Choisissez-en une pour la comparer.
       *[other] { $count } paires à examiner. Choisissez-en une pour la comparer.
    }
# A pair's accessible name. $first and $second: "Anna Kowalska (#4)"; $matches: what they share.
address-book-duplicates-pair-label = Comparer { $first } et { $second }. { $matches }
address-book-duplicates-compare = Comparer ›
# What two cards share; $value: the e-mail address or phone number.
address-book-match-email = Même adresse e-mail : { $value }
address-book-match-phone = Même numéro de téléphone : { $value }
address-book-match-name = Même nom dans la même organisation
# After a merge. $merged and $kept: the two cards' names (in bold); $mergedId, $keptId: their numbers.
address-book-merged-title = { $merged } (#{ $mergedId }) fusionné dans { $kept } (#{ $keptId })
# $id: the kept card's number.
address-book-merged-open = Ouvrir la fiche (#{ $id })
address-book-merged-dismiss = Masquer

## What a merge did (the lines under address-book-merged-title). $id: the removed card's number.

# $value: the e-mail address, phone number or postal address; $label: Work, Home, Mobile, Other.
address-book-merged-added-email = Adresse e-mail { $value } ajoutée ({ $label })
address-book-merged-added-phone = Numéro de téléphone { $value } ajouté ({ $label })
address-book-merged-added-address = Adresse postale { $value } ajoutée ({ $label })
# Another field (not expected); $field: its name within a sentence.
address-book-merged-added-field = Ajouté ({ $field }) : { $value } ({ $label })
# $fields: the fields, separated by commas.
address-book-merged-filled = Complété : { $fields }
address-book-merged-notes = Les notes de #{ $id } ont été ajoutées après celles de cette fiche
# $tags: the tags, separated by commas.
address-book-merged-tags = Étiquettes ajoutées : { $tags }
# $items: the parts below that are not zero, separated by commas.
address-book-merged-moved = Transféré ici : { $items }
address-book-merged-moved-conversations =
    { $count ->
        [one] { $count } conversation
       *[other] { $count } conversations
    }
address-book-merged-moved-consents =
    { $count ->
        [one] { $count } enregistrement de consentement
       *[other] { $count } enregistrements de consentement
    }
address-book-merged-moved-objections =
    { $count ->
        [one] { $count } opposition
       *[other] { $count } oppositions
    }
address-book-merged-moved-requests =
    { $count ->
        [one] { $count } demande
       *[other] { $count } demandes
    }
address-book-merged-moved-hold = la conservation motivée
address-book-merged-objections-dropped =
    { $count ->
        [one] { $count } opposition a été laissée de côté : les deux fiches s’étaient opposées à la même finalité, l’opposition la plus ancienne est conservée
       *[other] { $count } oppositions ont été laissées de côté : les deux fiches s’étaient opposées à la même finalité, l’opposition la plus ancienne est conservée
    }
# $fields: the fields within a sentence (address-book-field-inline-*), separated by commas.
address-book-merged-not-taken = Valeurs propres de cette fiche conservées ({ $fields }) : #{ $id } avait d’autres valeurs, visibles dans l’historique de la fiche
address-book-merged-nothing = #{ $id } n’avait rien qui manquait à cette fiche.
# A card's fields as a sentence names them.
address-book-field-inline-display-name = nom
address-book-field-inline-given-name = prénom
address-book-field-inline-family-name = nom de famille
address-book-field-inline-email = e-mail
address-book-field-inline-phone = téléphone
address-book-field-inline-organisation = organisation
address-book-field-inline-job-title = fonction
address-book-field-inline-address = adresse
address-book-field-inline-id-number = numéro d’identité
address-book-field-inline-tags = étiquettes
address-book-field-inline-notes = notes

## Compare and merge (two possible duplicates side by side)

address-book-compare-back = ‹ Tous les doublons possibles
address-book-compare-title = Comparer et fusionner
address-book-compare-matches = Ce que les deux fiches ont en commun
address-book-compare-back-to-list = Retour à la liste
address-book-compare-loading = Chargement des deux fiches…
# $card: "Anna Kowalska (#4)".
address-book-compare-keep-label = Conserver { $card }
address-book-compare-keep = Conserver cette fiche
address-book-compare-kept = Conservée : reprend ce que l’autre contient
address-book-compare-removed = Fusionnée, puis supprimée
address-book-compare-row-status = Statut
address-book-compare-row-email = Adresses e-mail
address-book-compare-row-phone = Numéros de téléphone
address-book-compare-row-address = Adresses postales
address-book-compare-row-source = Source
address-book-compare-row-created = Ajoutée le
address-book-compare-row-last-contact = Dernier contact
address-book-compare-row-conversations = Conversations
address-book-compare-empty-both = Vide dans les deux
address-book-compare-empty = vide
# After an e-mail address, phone or address of a card that has several.
address-book-compare-primary = principal
address-book-compare-no-last-contact = aucun enregistré
address-book-compare-masked = (sensible, masqué)
address-book-compare-details = En savoir plus sur la fusion
# What Merge will do. $other: the card merged in, "Anna K. (#12)"; $keep: the card kept;
# $otherId, $keepId: their numbers; $conversations: the other card's conversations (0: not counted).
address-book-merge-summary =
    { $other } sera fusionnée dans { $keep } : les adresses e-mail, numéros de téléphone, adresses postales, étiquettes, { $conversations ->
        [0] conversations
        [one] { $conversations } conversation
       *[other] { $conversations } conversations
    }, consentements, oppositions et demandes de #{ $otherId } passent à #{ $keepId }, et #{ $otherId } est supprimée.
address-book-merge-detail-takes = #{ $keepId } ne reprend que ce qui lui manque : une adresse ou un numéro qu’elle a déjà n’est pas ajouté deux fois, ses champs vides sont complétés à partir de #{ $otherId }, et les notes de #{ $otherId } sont ajoutées après les siennes.
address-book-merge-detail-conflicts = Lorsque les deux fiches ont une valeur différente, celle de #{ $keepId } est conservée ; celle de #{ $otherId } est gardée dans l’historique de #{ $keepId }.
address-book-merge-detail-hold = Une conservation motivée de #{ $otherId } passe aussi à #{ $keepId }. #{ $keepId } garde ses propres nom, statut, source et état de limitation.
address-book-merge-irreversible = Cette opération est irréversible.
address-book-merge-submit = Fusionner #{ $otherId } dans #{ $keepId }
address-book-merge-merging = Fusion…
address-book-merge-swap = Conserver plutôt #{ $otherId }
