strength-w-straight-rows-of-keys-are-easy-to-guess = Le file di tasti sono facili da indovinare.
strength-w-short-keyboard-patterns-are-easy-to-guess = Le brevi sequenze di tastiera sono facili da indovinare.
strength-w-repeats-like-aaa-are-easy-to-guess = Le ripetizioni come «aaa» sono facili da indovinare.
strength-w-repeats-like-abc-abc-are-only-slightly-harder-to-guess = Le ripetizioni come «abcabcabc» sono solo un po’ più difficili da indovinare di «abc».
strength-w-this-is-a-top-10-password = È una delle 10 password più comuni.
strength-w-this-is-a-top-100-password = È una delle 100 password più comuni.
strength-w-this-is-a-common-password = È una password molto comune.
strength-w-this-is-similar-to-a-commonly-used-password = È simile a una password di uso comune.
strength-w-sequences-like-abc-are-easy-to-guess = Le sequenze come abc o 6543 sono facili da indovinare.
strength-w-recent-years-are-easy-to-guess = Gli anni recenti sono facili da indovinare.
strength-w-a-word-by-itself-is-easy-to-guess = Una parola da sola è facile da indovinare.
strength-w-dates-are-often-easy-to-guess = Le date sono spesso facili da indovinare.
strength-w-names-and-surnames-by-themselves-are-easy-to-guess = Nomi e cognomi da soli sono facili da indovinare.
strength-w-common-names-and-surnames-are-easy-to-guess = Nomi e cognomi comuni sono facili da indovinare.
strength-s-use-a-few-words-avoid-common-phrases = Usa alcune parole, evita le frasi comuni.
strength-s-no-need-for-symbols-digits-or-uppercase-letters = Non servono simboli, cifre o lettere maiuscole.
strength-s-add-another-word-or-two = Aggiungi una o due parole. Le parole poco comuni sono migliori.
strength-s-capitalization-doesnt-help-very-much = Le maiuscole non aiutano molto.
strength-s-all-uppercase-is-almost-as-easy-to-guess-as-all-lowercase = Tutto maiuscolo è facile da indovinare quasi quanto tutto minuscolo.
strength-s-reversed-words-arent-much-harder-to-guess = Le parole al contrario non sono molto più difficili da indovinare.
strength-s-predictable-substitutions-dont-help-very-much = Le sostituzioni prevedibili come «@» al posto di «a» non aiutano molto.
strength-s-use-a-longer-keyboard-pattern-with-more-turns = Usa una sequenza di tastiera più lunga e con più cambi di direzione.
strength-s-avoid-repeated-words-and-characters = Evita parole e caratteri ripetuti.
strength-s-avoid-sequences = Evita le sequenze.
strength-s-avoid-recent-years = Evita gli anni recenti.
strength-s-avoid-years-that-are-associated-with-you = Evita gli anni legati a te.
strength-s-avoid-dates-and-years-that-are-associated-with-you = Evita date e anni legati a te.
strength-time =
    { $unit ->
        [instant] meno di un secondo
        [seconds] { $count ->
            [one] { $count } secondo
           *[other] { $count } secondi
        }
        [minutes] { $count ->
            [one] { $count } minuto
           *[other] { $count } minuti
        }
        [hours] { $count ->
            [one] { $count } ora
           *[other] { $count } ore
        }
        [days] { $count ->
            [one] { $count } giorno
           *[other] { $count } giorni
        }
        [months] { $count ->
            [one] { $count } mese
           *[other] { $count } mesi
        }
        [years] { $count ->
            [one] { $count } anno
           *[other] { $count } anni
        }
       *[centuries] secoli
    }
