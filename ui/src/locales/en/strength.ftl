# The passphrase strength meter: the core's estimate (zxcvbn) worded by its codes.
# strength-w-*: warnings, strength-s-*: suggestions (codes with "_" as "-").

strength-w-straight-rows-of-keys-are-easy-to-guess = Straight rows of keys are easy to guess.
strength-w-short-keyboard-patterns-are-easy-to-guess = Short keyboard patterns are easy to guess.
strength-w-repeats-like-aaa-are-easy-to-guess = Repeats like "aaa" are easy to guess.
strength-w-repeats-like-abc-abc-are-only-slightly-harder-to-guess = Repeats like "abcabcabc" are only slightly harder to guess than "abc".
strength-w-this-is-a-top-10-password = This is a top-10 common password.
strength-w-this-is-a-top-100-password = This is a top-100 common password.
strength-w-this-is-a-common-password = This is a very common password.
strength-w-this-is-similar-to-a-commonly-used-password = This is similar to a commonly used password.
strength-w-sequences-like-abc-are-easy-to-guess = Sequences like abc or 6543 are easy to guess.
strength-w-recent-years-are-easy-to-guess = Recent years are easy to guess.
strength-w-a-word-by-itself-is-easy-to-guess = A word by itself is easy to guess.
strength-w-dates-are-often-easy-to-guess = Dates are often easy to guess.
strength-w-names-and-surnames-by-themselves-are-easy-to-guess = Names and surnames by themselves are easy to guess.
strength-w-common-names-and-surnames-are-easy-to-guess = Common names and surnames are easy to guess.
strength-s-use-a-few-words-avoid-common-phrases = Use a few words, avoid common phrases.
strength-s-no-need-for-symbols-digits-or-uppercase-letters = No need for symbols, digits, or uppercase letters.
strength-s-add-another-word-or-two = Add another word or two. Uncommon words are better.
strength-s-capitalization-doesnt-help-very-much = Capitalization doesn't help very much.
strength-s-all-uppercase-is-almost-as-easy-to-guess-as-all-lowercase = All-uppercase is almost as easy to guess as all-lowercase.
strength-s-reversed-words-arent-much-harder-to-guess = Reversed words aren't much harder to guess.
strength-s-predictable-substitutions-dont-help-very-much = Predictable substitutions like '@' instead of 'a' don't help very much.
strength-s-use-a-longer-keyboard-pattern-with-more-turns = Use a longer keyboard pattern with more turns.
strength-s-avoid-repeated-words-and-characters = Avoid repeated words and characters.
strength-s-avoid-sequences = Avoid sequences.
strength-s-avoid-recent-years = Avoid recent years.
strength-s-avoid-years-that-are-associated-with-you = Avoid years that are associated with you.
strength-s-avoid-dates-and-years-that-are-associated-with-you = Avoid dates and years that are associated with you.
# How long guessing takes: $unit is instant, seconds, minutes, hours, days, months, years
# or centuries; $count the number of them.
strength-time =
    { $unit ->
        [instant] less than a second
        [seconds] { $count ->
            [one] { $count } second
           *[other] { $count } seconds
        }
        [minutes] { $count ->
            [one] { $count } minute
           *[other] { $count } minutes
        }
        [hours] { $count ->
            [one] { $count } hour
           *[other] { $count } hours
        }
        [days] { $count ->
            [one] { $count } day
           *[other] { $count } days
        }
        [months] { $count ->
            [one] { $count } month
           *[other] { $count } months
        }
        [years] { $count ->
            [one] { $count } year
           *[other] { $count } years
        }
       *[centuries] centuries
    }
