strength-w-straight-rows-of-keys-are-easy-to-guess = Rzędy sąsiednich klawiszy łatwo odgadnąć.
strength-w-short-keyboard-patterns-are-easy-to-guess = Krótkie wzory z klawiatury łatwo odgadnąć.
strength-w-repeats-like-aaa-are-easy-to-guess = Powtórzenia takie jak „aaa” łatwo odgadnąć.
strength-w-repeats-like-abc-abc-are-only-slightly-harder-to-guess = Powtórzenia takie jak „abcabcabc” są niewiele trudniejsze do odgadnięcia niż „abc”.
strength-w-this-is-a-top-10-password = To jedno z 10 najczęstszych haseł.
strength-w-this-is-a-top-100-password = To jedno ze 100 najczęstszych haseł.
strength-w-this-is-a-common-password = To bardzo popularne hasło.
strength-w-this-is-similar-to-a-commonly-used-password = To hasło przypomina często używane hasło.
strength-w-sequences-like-abc-are-easy-to-guess = Ciągi takie jak abc lub 6543 łatwo odgadnąć.
strength-w-recent-years-are-easy-to-guess = Ostatnie lata łatwo odgadnąć.
strength-w-a-word-by-itself-is-easy-to-guess = Pojedyncze słowo łatwo odgadnąć.
strength-w-dates-are-often-easy-to-guess = Daty często łatwo odgadnąć.
strength-w-names-and-surnames-by-themselves-are-easy-to-guess = Same imiona i nazwiska łatwo odgadnąć.
strength-w-common-names-and-surnames-are-easy-to-guess = Popularne imiona i nazwiska łatwo odgadnąć.
strength-s-use-a-few-words-avoid-common-phrases = Użyj kilku słów, unikaj popularnych zwrotów.
strength-s-no-need-for-symbols-digits-or-uppercase-letters = Symbole, cyfry i wielkie litery nie są potrzebne.
strength-s-add-another-word-or-two = Dodaj jeszcze jedno lub dwa słowa. Rzadkie słowa są lepsze.
strength-s-capitalization-doesnt-help-very-much = Wielkie litery niewiele pomagają.
strength-s-all-uppercase-is-almost-as-easy-to-guess-as-all-lowercase = Same wielkie litery odgadnąć prawie tak łatwo jak same małe.
strength-s-reversed-words-arent-much-harder-to-guess = Słowa pisane wspak nie są dużo trudniejsze do odgadnięcia.
strength-s-predictable-substitutions-dont-help-very-much = Przewidywalne zamiany, np. „@” zamiast „a”, niewiele pomagają.
strength-s-use-a-longer-keyboard-pattern-with-more-turns = Użyj dłuższego wzoru z klawiatury z większą liczbą zakrętów.
strength-s-avoid-repeated-words-and-characters = Unikaj powtarzających się słów i znaków.
strength-s-avoid-sequences = Unikaj ciągów.
strength-s-avoid-recent-years = Unikaj ostatnich lat.
strength-s-avoid-years-that-are-associated-with-you = Unikaj lat związanych z Tobą.
strength-s-avoid-dates-and-years-that-are-associated-with-you = Unikaj dat i lat związanych z Tobą.
strength-time =
    { $unit ->
        [instant] niecała sekunda
        [seconds] { $count ->
            [one] { $count } sekunda
            [few] { $count } sekundy
           *[many] { $count } sekund
        }
        [minutes] { $count ->
            [one] { $count } minuta
            [few] { $count } minuty
           *[many] { $count } minut
        }
        [hours] { $count ->
            [one] { $count } godzina
            [few] { $count } godziny
           *[many] { $count } godzin
        }
        [days] { $count ->
            [one] { $count } dzień
           *[other] { $count } dni
        }
        [months] { $count ->
            [one] { $count } miesiąc
            [few] { $count } miesiące
           *[many] { $count } miesięcy
        }
        [years] { $count ->
            [one] { $count } rok
            [few] { $count } lata
           *[many] { $count } lat
        }
       *[centuries] stulecia
    }
