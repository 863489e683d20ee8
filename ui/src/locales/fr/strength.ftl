strength-w-straight-rows-of-keys-are-easy-to-guess = Les rangées de touches sont faciles à deviner.
strength-w-short-keyboard-patterns-are-easy-to-guess = Les motifs de clavier courts sont faciles à deviner.
strength-w-repeats-like-aaa-are-easy-to-guess = Les répétitions comme « aaa » sont faciles à deviner.
strength-w-repeats-like-abc-abc-are-only-slightly-harder-to-guess = Les répétitions comme « abcabcabc » sont à peine plus difficiles à deviner que « abc ».
strength-w-this-is-a-top-10-password = C’est l’un des 10 mots de passe les plus courants.
strength-w-this-is-a-top-100-password = C’est l’un des 100 mots de passe les plus courants.
strength-w-this-is-a-common-password = C’est un mot de passe très courant.
strength-w-this-is-similar-to-a-commonly-used-password = Cela ressemble à un mot de passe couramment utilisé.
strength-w-sequences-like-abc-are-easy-to-guess = Les suites comme abc ou 6543 sont faciles à deviner.
strength-w-recent-years-are-easy-to-guess = Les années récentes sont faciles à deviner.
strength-w-a-word-by-itself-is-easy-to-guess = Un mot seul est facile à deviner.
strength-w-dates-are-often-easy-to-guess = Les dates sont souvent faciles à deviner.
strength-w-names-and-surnames-by-themselves-are-easy-to-guess = Les prénoms et noms seuls sont faciles à deviner.
strength-w-common-names-and-surnames-are-easy-to-guess = Les prénoms et noms courants sont faciles à deviner.
strength-s-use-a-few-words-avoid-common-phrases = Utilisez quelques mots, évitez les expressions courantes.
strength-s-no-need-for-symbols-digits-or-uppercase-letters = Pas besoin de symboles, de chiffres ni de majuscules.
strength-s-add-another-word-or-two = Ajoutez un ou deux mots. Les mots peu courants sont meilleurs.
strength-s-capitalization-doesnt-help-very-much = Les majuscules n’aident pas beaucoup.
strength-s-all-uppercase-is-almost-as-easy-to-guess-as-all-lowercase = Tout en majuscules est presque aussi facile à deviner que tout en minuscules.
strength-s-reversed-words-arent-much-harder-to-guess = Les mots à l’envers ne sont guère plus difficiles à deviner.
strength-s-predictable-substitutions-dont-help-very-much = Les substitutions prévisibles comme « @ » au lieu de « a » n’aident pas beaucoup.
strength-s-use-a-longer-keyboard-pattern-with-more-turns = Utilisez un motif de clavier plus long avec plus de changements de direction.
strength-s-avoid-repeated-words-and-characters = Évitez les mots et caractères répétés.
strength-s-avoid-sequences = Évitez les suites.
strength-s-avoid-recent-years = Évitez les années récentes.
strength-s-avoid-years-that-are-associated-with-you = Évitez les années qui vous sont associées.
strength-s-avoid-dates-and-years-that-are-associated-with-you = Évitez les dates et années qui vous sont associées.
strength-time =
    { $unit ->
        [instant] moins d’une seconde
        [seconds] { $count ->
            [one] { $count } seconde
           *[other] { $count } secondes
        }
        [minutes] { $count ->
            [one] { $count } minute
           *[other] { $count } minutes
        }
        [hours] { $count ->
            [one] { $count } heure
           *[other] { $count } heures
        }
        [days] { $count ->
            [one] { $count } jour
           *[other] { $count } jours
        }
        [months] { $count } mois
        [years] { $count ->
            [one] { $count } an
           *[other] { $count } ans
        }
       *[centuries] des siècles
    }
