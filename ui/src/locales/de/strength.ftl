strength-w-straight-rows-of-keys-are-easy-to-guess = Gerade Tastenreihen sind leicht zu erraten.
strength-w-short-keyboard-patterns-are-easy-to-guess = Kurze Tastaturmuster sind leicht zu erraten.
strength-w-repeats-like-aaa-are-easy-to-guess = Wiederholungen wie „aaa“ sind leicht zu erraten.
strength-w-repeats-like-abc-abc-are-only-slightly-harder-to-guess = Wiederholungen wie „abcabcabc“ sind kaum schwerer zu erraten als „abc“.
strength-w-this-is-a-top-10-password = Dies ist eines der 10 häufigsten Passwörter.
strength-w-this-is-a-top-100-password = Dies ist eines der 100 häufigsten Passwörter.
strength-w-this-is-a-common-password = Dies ist ein sehr häufiges Passwort.
strength-w-this-is-similar-to-a-commonly-used-password = Dies ähnelt einem häufig verwendeten Passwort.
strength-w-sequences-like-abc-are-easy-to-guess = Folgen wie abc oder 6543 sind leicht zu erraten.
strength-w-recent-years-are-easy-to-guess = Jüngere Jahreszahlen sind leicht zu erraten.
strength-w-a-word-by-itself-is-easy-to-guess = Ein einzelnes Wort ist leicht zu erraten.
strength-w-dates-are-often-easy-to-guess = Daten sind oft leicht zu erraten.
strength-w-names-and-surnames-by-themselves-are-easy-to-guess = Vor- und Nachnamen allein sind leicht zu erraten.
strength-w-common-names-and-surnames-are-easy-to-guess = Häufige Vor- und Nachnamen sind leicht zu erraten.
strength-s-use-a-few-words-avoid-common-phrases = Verwenden Sie mehrere Wörter, vermeiden Sie gängige Redewendungen.
strength-s-no-need-for-symbols-digits-or-uppercase-letters = Sonderzeichen, Ziffern oder Großbuchstaben sind nicht nötig.
strength-s-add-another-word-or-two = Fügen Sie ein oder zwei Wörter hinzu. Seltene Wörter sind besser.
strength-s-capitalization-doesnt-help-very-much = Großschreibung hilft kaum.
strength-s-all-uppercase-is-almost-as-easy-to-guess-as-all-lowercase = Nur Großbuchstaben sind fast so leicht zu erraten wie nur Kleinbuchstaben.
strength-s-reversed-words-arent-much-harder-to-guess = Rückwärts geschriebene Wörter sind kaum schwerer zu erraten.
strength-s-predictable-substitutions-dont-help-very-much = Vorhersehbare Ersetzungen wie „@“ statt „a“ helfen kaum.
strength-s-use-a-longer-keyboard-pattern-with-more-turns = Verwenden Sie ein längeres Tastaturmuster mit mehr Richtungswechseln.
strength-s-avoid-repeated-words-and-characters = Vermeiden Sie wiederholte Wörter und Zeichen.
strength-s-avoid-sequences = Vermeiden Sie Zeichenfolgen.
strength-s-avoid-recent-years = Vermeiden Sie jüngere Jahreszahlen.
strength-s-avoid-years-that-are-associated-with-you = Vermeiden Sie Jahreszahlen, die mit Ihnen zu tun haben.
strength-s-avoid-dates-and-years-that-are-associated-with-you = Vermeiden Sie Daten und Jahreszahlen, die mit Ihnen zu tun haben.
strength-time =
    { $unit ->
        [instant] weniger als eine Sekunde
        [seconds] { $count ->
            [one] { $count } Sekunde
           *[other] { $count } Sekunden
        }
        [minutes] { $count ->
            [one] { $count } Minute
           *[other] { $count } Minuten
        }
        [hours] { $count ->
            [one] { $count } Stunde
           *[other] { $count } Stunden
        }
        [days] { $count ->
            [one] { $count } Tag
           *[other] { $count } Tage
        }
        [months] { $count ->
            [one] { $count } Monat
           *[other] { $count } Monate
        }
        [years] { $count ->
            [one] { $count } Jahr
           *[other] { $count } Jahre
        }
       *[centuries] Jahrhunderte
    }
