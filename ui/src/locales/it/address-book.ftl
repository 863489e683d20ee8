# The address book: importing contacts (CSV, vCard), exporting them, undoing an import, and
# possible duplicates with the side-by-side comparison and merge.

## Shared

# A line of the imported file, before what the core says about it ($line: its number).
address-book-line = riga { $line }
address-book-undo-import = Annulla questa importazione

## Import wizard (Import/Export → Import contacts…)

address-book-import-title = Importa contatti
address-book-import-steps = Passaggi
address-book-import-step-file = File
address-book-import-step-mapping = Colonne
address-book-import-step-options = Fonte e stato
address-book-import-step-review = Duplicati
address-book-import-step-importing = Importazione
address-book-import-step-summary = Fatto
address-book-import-intro =
    Un’esportazione di Google Contatti o di Outlook (.csv), un foglio di calcolo salvato come CSV o un file vCard (.vcf)
    da un telefono o da un’altra rubrica. Non viene scritto nulla prima di aver visto chi è già in Custos.
address-book-import-file-label = File della rubrica
address-book-import-choose-file-first = Scegli prima il file da importare.
# $file: the file's name; $detected: what the file is, in the core's words ("vCard file with 3 cards").
address-book-import-detected = { $file }: { $detected }.
address-book-import-source-legend = Da dove provengono i dati
address-book-import-source-hint = Ogni scheda creata dall’importazione registra la propria fonte (art. 14 del { -gdpr }).
address-book-import-source-third-party = Da terzi
address-book-import-source-public = Da una fonte pubblica
address-book-import-source-person = Dagli interessati stessi
address-book-import-source-name-third-party = Quale terzo
address-book-import-source-name-public = Quale fonte pubblica
address-book-import-status-label = Stato delle nuove schede
address-book-import-tag-label = Etichetta per questa importazione
address-book-import-tag-placeholder = es. Fiera 2026
address-book-import-tag-hint = Aggiunta a ogni scheda che l’importazione crea o in cui unisce dati.
# $file: the file's name.
address-book-import-running = Importazione di { $file }…
address-book-import-progress-label = Avanzamento dell’importazione
# $done rows of $total imported so far; $percent: how far, 0–100.
address-book-import-progress =
    { $done } di { $total ->
        [one] { $total } riga
       *[other] { $total } righe
    } ({ $percent } %)
address-book-import-cancelling-hint = Annullamento in corso: non verrà scritto nulla.
address-book-import-running-hint = Tutto viene scritto in una sola volta alla fine; Annulla lascia la cassaforte com’era.
# What the import did. $file: the file's name; $created new cards, $merged rows merged into
# existing cards, $skipped rows skipped.
address-book-import-summary =
    Importato { $file }: { $created ->
        [one] { $created } nuova scheda
       *[other] { $created } nuove schede
    }, { $merged ->
        [one] { $merged } riga unita a una scheda
       *[other] { $merged } righe unite a schede
    }, { $skipped ->
        [one] { $skipped } riga saltata
       *[other] { $skipped } righe saltate
    }.
# $what: a list of the parts below ("1 e-mail address, phone or address and 2 tags").
address-book-import-added = Le unioni hanno aggiunto { $what }.
address-book-import-added-points =
    { $count ->
        [one] { $count } indirizzo e-mail, telefono o indirizzo
       *[other] { $count } indirizzi e-mail, telefoni o indirizzi
    }
address-book-import-added-tags =
    { $count ->
        [one] { $count } etichetta
       *[other] { $count } etichette
    }
address-book-import-added-values =
    { $count ->
        [one] { $count } valore in campi vuoti
       *[other] { $count } valori in campi vuoti
    }
address-book-import-problems-skipped =
    { $count ->
        [one] { $count } riga che non è stato possibile importare è stata esclusa.
       *[other] { $count } righe che non è stato possibile importare sono state escluse.
    }
address-book-import-values-left-out =
    { $count ->
        [one] { $count } valore è stato escluso dalle righe importate.
       *[other] { $count } valori sono stati esclusi dalle righe importate.
    }
# Followed by a list of the rows, each with why.
address-book-import-not-merged =
    { $count ->
        [one] { $count } riga non è stata unita:
       *[other] { $count } righe non sono state unite:
    }
# $line: the row's line in the file; $message: why, in the core's words.
address-book-import-line-note = riga { $line }: { $message }
# $count: cards the undo removed.
address-book-import-undone =
    L’importazione è stata annullata: { $count ->
        [one] { $count } scheda rimossa
       *[other] { $count } schede rimosse
    }.
# The same when the import had also added to existing cards.
address-book-import-undone-more =
    L’importazione è stata annullata: { $count ->
        [one] { $count } scheda rimossa
       *[other] { $count } schede rimosse
    }, e quanto aveva aggiunto ad altre schede è stato tolto.
address-book-import-undo-hint =
    Possibile fino alla chiusura di Custos, a meno che le sue schede non siano state modificate nel frattempo (Importa/Esporta →
    Annulla un’importazione… elenca le importazioni di questa sessione).
address-book-import-cancel = Annulla importazione
address-book-import-cancelling = Annullamento…
address-book-import-submit = Importa
address-book-import-importing = Importazione…
address-book-import-check = Cerca duplicati
address-book-import-checking = Verifica…
address-book-import-reading = Lettura…

## Import wizard: the columns of a CSV file

# $detected: what the file is, in the core's words; $name: the saved mapping's name.
address-book-mapping-detected-saved = { $detected }. È stata applicata la corrispondenza salvata come «{ $name }».
address-book-mapping-detected-guessed = { $detected }. Il campo di ogni colonna è stato dedotto dal nome: verificali.
# $count: how many columns the file has.
address-book-mapping-columns-title = Colonne del file ({ $count })
address-book-mapping-column = Colonna
address-book-mapping-first-value = Primo valore
address-book-mapping-imported-as = Importata come
# A column without a name in the file's header; $n: its position, from 1.
address-book-mapping-column-n = Colonna { $n }
# The field list's accessible name; $column: the column's name, or its position.
address-book-mapping-column-field = Campo per la colonna { $column }
address-book-mapping-rows-title = Le prime righe come verranno importate
address-book-mapping-no-name = Senza nome
address-book-mapping-reading = Lettura delle prime righe…
address-book-mapping-save-label = Salva questa corrispondenza come
address-book-mapping-save-placeholder = es. Foglio dell’ufficio
address-book-mapping-save = Salva corrispondenza
# $name: the name the mapping was saved under.
address-book-mapping-saved = Salvata come «{ $name }»: verrà riutilizzata per i file con queste colonne.

## The fields a CSV column may be imported as (the list in each column's row)

address-book-csv-field-ignore = Non importato
address-book-csv-field-display-name = Nome visualizzato
address-book-csv-field-given-name = Nome di battesimo
address-book-csv-field-middle-name = Secondo nome
address-book-csv-field-family-name = Cognome
address-book-csv-field-organisation = Organizzazione
address-book-csv-field-job-title = Qualifica
address-book-csv-field-tags = Etichette
address-book-csv-field-notes = Note
# The kind of e-mail address, phone or address, in brackets after the field: "E-mail (work)".
address-book-csv-label-work = lavoro
address-book-csv-label-home = casa
address-book-csv-label-mobile = cellulare
address-book-csv-label-other = altro
# $group: 0 for a file with one e-mail column of each kind, else which one (Google's "E-mail 2");
# $label: one of the kinds above.
address-book-csv-email =
    { $group ->
        [0] E-mail ({ $label })
       *[other] E-mail { $group } ({ $label })
    }
address-book-csv-phone =
    { $group ->
        [0] Telefono ({ $label })
       *[other] Telefono { $group } ({ $label })
    }
address-book-csv-address =
    { $group ->
        [0] Indirizzo ({ $label })
       *[other] Indirizzo { $group } ({ $label })
    }
# A part of a postal address in a column of its own. $part: one of the parts below.
address-book-csv-address-part =
    { $group ->
        [0] { $part } ({ $label })
       *[other] { $part }, indirizzo { $group } ({ $label })
    }
address-book-csv-part-street = Via
address-book-csv-part-postal-code = CAP
address-book-csv-part-city = Città
address-book-csv-part-region = Provincia/regione
address-book-csv-part-country = Paese
# A column that gives the kinds (work, home…) of the e-mail addresses, phones or addresses.
address-book-csv-labels-email =
    { $group ->
        [0] Tipi degli indirizzi e-mail
       *[other] Tipo dell’e-mail { $group }
    }
address-book-csv-labels-phone =
    { $group ->
        [0] Tipi dei numeri di telefono
       *[other] Tipo del telefono { $group }
    }
address-book-csv-labels-address =
    { $group ->
        [0] Tipi degli indirizzi postali
       *[other] Tipo dell’indirizzo { $group }
    }

## Import wizard: duplicates and rows that cannot be imported

# The bold part of address-book-review-counts: rows that become new cards.
address-book-review-new =
    { $count ->
        [one] { $count } nuova
       *[other] { $count } nuove
    }
# $rows: rows in the file; $fresh: address-book-review-new in bold; $duplicates and $problems: counts.
address-book-review-counts =
    { $rows ->
        [one] { $rows } riga
       *[other] { $rows } righe
    } nel file: { $fresh }, { $duplicates ->
        [one] { $duplicates } duplicato
       *[other] { $duplicates } duplicati
    }, { $problems ->
        [one] { $problems } non importabile
       *[other] { $problems } non importabili
    }.
# $count: rows of the file already in the vault.
address-book-review-duplicates-title = Già in Custos ({ $count })
address-book-review-decide-all = Imposta per tutti i duplicati
address-book-review-choose = scegli…
address-book-import-decision-merge = Unisci alla scheda
address-book-import-decision-skip = Salta
address-book-import-decision-new = Aggiungi come nuova
address-book-review-merge-hint =
    L’unione aggiunge solo ciò che manca alla scheda (indirizzi e-mail, telefoni, etichette, campi vuoti) e non sovrascrive mai nulla.
address-book-review-col-line = Riga
address-book-review-col-in-file = Nel file
address-book-review-col-matches = Corrisponde a
address-book-review-col-because = Motivo
address-book-review-col-decision = Cosa fare
address-book-review-restricted = limitata: non si può unire
# A row that repeats an earlier row of the same file. $line: that row's line; $name: its name.
address-book-review-earlier-row = riga { $line } di questo file: { $name }
# Why a row is a duplicate, listed after each other.
address-book-review-matched-email = lo stesso indirizzo e-mail
address-book-review-matched-phone = lo stesso numero di telefono
address-book-review-matched-name = lo stesso nome nella stessa organizzazione
# The decision list's accessible name. $line: the row's line; $name: its name.
address-book-review-decision-label = Cosa fare con la riga { $line }, { $name }
# Only the first duplicates are listed. $shown: how many are; $rest: how many are not.
address-book-review-more-duplicates = Sono elencati i primi { $shown }; gli altri { $rest } seguono la scelta per tutti i duplicati (unione, se non si sceglie diversamente).
# The same after the user chose a decision for every duplicate.
address-book-review-more-duplicates-chosen = Sono elencati i primi { $shown }; gli altri { $rest } seguono la scelta per tutti i duplicati.
address-book-review-no-duplicates = Nessuno del file è già in Custos.
# $count: rows that cannot be imported.
address-book-review-problems-title = Non importabili ({ $count })
# After a shortened list; $count: the items not listed.
address-book-review-and-more = e altri { $count }.
address-book-review-skip-problems =
    { $count ->
        [one] Salta questa riga e importa il resto
       *[other] Salta queste { $count } righe e importa il resto
    }
# $count: values of the file that cannot be stored.
address-book-review-warnings-title = Valori esclusi ({ $count })
address-book-review-warnings-hint = Questi valori non possono essere memorizzati così come sono; il resto di ogni riga viene importato.

## Export (Import/Export → Export contacts…)

address-book-export-title = Esporta contatti
address-book-export-intro =
    I contatti attivi con nomi, organizzazione, indirizzi e-mail, telefoni, indirizzi postali, etichette e note —
    senza consensi, conversazioni né altro registrato su di loro. I contatti limitati sono esclusi.
address-book-export-format = Formato
address-book-export-format-vcard-hint = per rubriche e telefoni
address-book-export-format-csv-hint = per fogli di calcolo
address-book-export-status = Stato
address-book-export-any-status = Qualsiasi stato
address-book-export-tag = Etichetta
address-book-export-any-tag = Qualsiasi etichetta
# A tag in the list; $name: the tag; $count: the contacts that have it.
address-book-export-tag-option = { $name } ({ $count })
address-book-export-path = Salva come
address-book-export-path-hint = Un file esistente non viene mai sostituito.
address-book-export-choose-path = Scegli dove salvare il file.
# $count: contacts written; $path: the file.
address-book-export-done =
    { $count ->
        [one] { $count } contatto scritto
       *[other] { $count } contatti scritti
    } in { $path }.
address-book-export-submit = Esporta
address-book-export-exporting = Esportazione…

## Undo an import (Import/Export → Undo an import…)

address-book-recent-title = Annulla un’importazione
address-book-recent-intro = Le rubriche importate dall’avvio di Custos. Dopo un riavvio restano come sono.
address-book-recent-none = Nessuna importazione fatta dall’avvio di Custos resta da annullare.
# Under the import's source. $date: when it was made (date and time); $count: its cards.
address-book-recent-imported =
    importata il { $date } · { $count ->
        [one] { $count } scheda
       *[other] { $count } schede
    }
# $date: when the import was made (date and time); $count: cards the undo removed.
address-book-recent-undone =
    L’importazione del { $date } è stata annullata: { $count ->
        [one] { $count } scheda rimossa
       *[other] { $count } schede rimosse
    }.

## Possible duplicates

address-book-duplicates-title = Possibili duplicati
address-book-duplicates-open-hint = Schede che potrebbero essere la stessa persona: confrontale affiancate e uniscile
# Read by screen readers after the number of pairs on the button.
address-book-duplicates-pairs-unit =
    { $count ->
        [one] coppia
       *[other] coppie
    }
address-book-duplicates-intro =
    Schede che hanno in comune un indirizzo e-mail o un numero di telefono, o lo stesso nome nella stessa organizzazione. Confronta
    una coppia affiancata e uniscila se è una sola persona; una coppia di due persone diverse può restare com’è.
address-book-duplicates-looking = Ricerca di possibili duplicati…
address-book-duplicates-none = Nessun possibile duplicato: non ci sono due schede con lo stesso indirizzo e-mail, numero di telefono o nome in una stessa organizzazione.
address-book-duplicates-count =
    { $count ->
        [one] { $count } coppia da esaminare. Scegline una da confrontare.
       *[other] { $count } coppie da esaminare. Scegline una da confrontare.
    }
# A pair's accessible name. $first and $second: "Anna Kowalska (#4)"; $matches: what they share.
address-book-duplicates-pair-label = Confronta { $first } e { $second }. { $matches }
address-book-duplicates-compare = Confronta ›
# What two cards share; $value: the e-mail address or phone number.
address-book-match-email = Stesso indirizzo e-mail: { $value }
address-book-match-phone = Stesso numero di telefono: { $value }
address-book-match-name = Stesso nome nella stessa organizzazione
# After a merge. $merged and $kept: the two cards' names (in bold); $mergedId, $keptId: their numbers.
address-book-merged-title = { $merged } (#{ $mergedId }) unita a { $kept } (#{ $keptId })
# $id: the kept card's number.
address-book-merged-open = Apri la scheda (#{ $id })
address-book-merged-dismiss = Nascondi

## What a merge did (the lines under address-book-merged-title). $id: the removed card's number.

# $value: the e-mail address, phone number or postal address; $label: Work, Home, Mobile, Other.
address-book-merged-added-email = Aggiunto l’indirizzo e-mail { $value } ({ $label })
address-book-merged-added-phone = Aggiunto il numero di telefono { $value } ({ $label })
address-book-merged-added-address = Aggiunto l’indirizzo postale { $value } ({ $label })
# Another field (not expected); $field: its name within a sentence.
address-book-merged-added-field = Aggiunto ({ $field }): { $value } ({ $label })
# $fields: the fields, separated by commas.
address-book-merged-filled = Completato: { $fields }
address-book-merged-notes = Le note di #{ $id } sono state aggiunte dopo quelle di questa scheda
# $tags: the tags, separated by commas.
address-book-merged-tags = Etichette aggiunte: { $tags }
# $items: the parts below that are not zero, separated by commas.
address-book-merged-moved = Spostato qui: { $items }
address-book-merged-moved-conversations =
    { $count ->
        [one] { $count } conversazione
       *[other] { $count } conversazioni
    }
address-book-merged-moved-consents =
    { $count ->
        [one] { $count } registrazione di consenso
       *[other] { $count } registrazioni di consenso
    }
address-book-merged-moved-objections =
    { $count ->
        [one] { $count } opposizione
       *[other] { $count } opposizioni
    }
address-book-merged-moved-requests =
    { $count ->
        [one] { $count } richiesta
       *[other] { $count } richieste
    }
address-book-merged-moved-hold = la conservazione motivata
address-book-merged-objections-dropped =
    { $count ->
        [one] { $count } opposizione è stata esclusa: entrambe le schede si erano opposte alla stessa finalità, resta l’opposizione precedente
       *[other] { $count } opposizioni sono state escluse: entrambe le schede si erano opposte alla stessa finalità, resta l’opposizione precedente
    }
# $fields: the fields within a sentence (address-book-field-inline-*), separated by commas.
address-book-merged-not-taken = Mantenuti i valori propri di questa scheda ({ $fields }): #{ $id } aveva altri valori, visibili nella cronologia della scheda
address-book-merged-nothing = #{ $id } non aveva nulla che mancasse a questa scheda.
# A card's fields as a sentence names them.
address-book-field-inline-display-name = nome
address-book-field-inline-given-name = nome di battesimo
address-book-field-inline-family-name = cognome
address-book-field-inline-email = e-mail
address-book-field-inline-phone = telefono
address-book-field-inline-organisation = organizzazione
address-book-field-inline-job-title = qualifica
address-book-field-inline-address = indirizzo
address-book-field-inline-id-number = numero di documento
address-book-field-inline-tags = etichette
address-book-field-inline-notes = note

## Compare and merge (two possible duplicates side by side)

address-book-compare-back = ‹ Tutti i possibili duplicati
address-book-compare-title = Confronta e unisci
address-book-compare-matches = Cosa hanno in comune le due schede
address-book-compare-back-to-list = Torna all’elenco
address-book-compare-loading = Caricamento delle due schede…
# $card: "Anna Kowalska (#4)".
address-book-compare-keep-label = Mantieni { $card }
address-book-compare-keep = Mantieni questa scheda
address-book-compare-kept = Mantenuta: riceve ciò che ha l’altra
address-book-compare-removed = Unita, poi rimossa
address-book-compare-row-status = Stato
address-book-compare-row-email = Indirizzi e-mail
address-book-compare-row-phone = Numeri di telefono
address-book-compare-row-address = Indirizzi postali
address-book-compare-row-source = Fonte
address-book-compare-row-created = Aggiunta il
address-book-compare-row-last-contact = Ultimo contatto
address-book-compare-row-conversations = Conversazioni
address-book-compare-empty-both = Vuoti in entrambe
address-book-compare-empty = vuoto
# After an e-mail address, phone or address of a card that has several.
address-book-compare-primary = principale
address-book-compare-no-last-contact = nessuno registrato
address-book-compare-masked = (riservato, mascherato)
address-book-compare-details = Altro sull’unione
# What Merge will do. $other: the card merged in, "Anna K. (#12)"; $keep: the card kept;
# $otherId, $keepId: their numbers; $conversations: the other card's conversations (0: not counted).
address-book-merge-summary =
    { $other } sarà unita a { $keep }: indirizzi e-mail, numeri di telefono, indirizzi postali, etichette, { $conversations ->
        [0] conversazioni
        [one] { $conversations } conversazione
       *[other] { $conversations } conversazioni
    }, consensi, opposizioni e richieste di #{ $otherId } passano a #{ $keepId }, e #{ $otherId } viene rimossa.
address-book-merge-detail-takes = #{ $keepId } prende solo ciò che le manca: un indirizzo o un numero che ha già non viene aggiunto due volte, i suoi campi vuoti vengono completati con #{ $otherId } e le note di #{ $otherId } vengono aggiunte dopo le sue.
address-book-merge-detail-conflicts = Se le due schede hanno un valore diverso, resta quello di #{ $keepId }; quello di #{ $otherId } viene conservato nella cronologia di #{ $keepId }.
address-book-merge-detail-hold = Anche una conservazione motivata di #{ $otherId } passa a #{ $keepId }. #{ $keepId } mantiene nome, stato, fonte e stato di limitazione propri.
address-book-merge-irreversible = L’operazione non può essere annullata.
address-book-merge-submit = Unisci #{ $otherId } a #{ $keepId }
address-book-merge-merging = Unione in corso…
address-book-merge-swap = Mantieni invece #{ $otherId }
