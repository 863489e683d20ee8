strength-w-straight-rows-of-keys-are-easy-to-guess = Редовете от клавиши се отгатват лесно.
strength-w-short-keyboard-patterns-are-easy-to-guess = Кратките шаблони от клавиатурата се отгатват лесно.
strength-w-repeats-like-aaa-are-easy-to-guess = Повторения като „aaa“ се отгатват лесно.
strength-w-repeats-like-abc-abc-are-only-slightly-harder-to-guess = Повторения като „abcabcabc“ са само малко по-трудни за отгатване от „abc“.
strength-w-this-is-a-top-10-password = Това е една от 10-те най-често срещани пароли.
strength-w-this-is-a-top-100-password = Това е една от 100-те най-често срещани пароли.
strength-w-this-is-a-common-password = Това е много често срещана парола.
strength-w-this-is-similar-to-a-commonly-used-password = Това прилича на често използвана парола.
strength-w-sequences-like-abc-are-easy-to-guess = Поредици като abc или 6543 се отгатват лесно.
strength-w-recent-years-are-easy-to-guess = Последните години се отгатват лесно.
strength-w-a-word-by-itself-is-easy-to-guess = Една дума сама по себе си се отгатва лесно.
strength-w-dates-are-often-easy-to-guess = Датите често се отгатват лесно.
strength-w-names-and-surnames-by-themselves-are-easy-to-guess = Имената и фамилиите сами по себе си се отгатват лесно.
strength-w-common-names-and-surnames-are-easy-to-guess = Често срещаните имена и фамилии се отгатват лесно.
strength-s-use-a-few-words-avoid-common-phrases = Използвайте няколко думи, избягвайте често срещани фрази.
strength-s-no-need-for-symbols-digits-or-uppercase-letters = Не са нужни символи, цифри или главни букви.
strength-s-add-another-word-or-two = Добавете още една-две думи. Редките думи са по-добри.
strength-s-capitalization-doesnt-help-very-much = Главните букви не помагат особено.
strength-s-all-uppercase-is-almost-as-easy-to-guess-as-all-lowercase = Само главни букви се отгатват почти толкова лесно, колкото само малки.
strength-s-reversed-words-arent-much-harder-to-guess = Обърнатите думи не са много по-трудни за отгатване.
strength-s-predictable-substitutions-dont-help-very-much = Предвидими замени като „@“ вместо „a“ не помагат особено.
strength-s-use-a-longer-keyboard-pattern-with-more-turns = Използвайте по-дълъг шаблон от клавиатурата с повече завои.
strength-s-avoid-repeated-words-and-characters = Избягвайте повтарящи се думи и знаци.
strength-s-avoid-sequences = Избягвайте поредици.
strength-s-avoid-recent-years = Избягвайте последните години.
strength-s-avoid-years-that-are-associated-with-you = Избягвайте години, свързани с Вас.
strength-s-avoid-dates-and-years-that-are-associated-with-you = Избягвайте дати и години, свързани с Вас.
strength-time =
    { $unit ->
        [instant] по-малко от секунда
        [seconds] { $count ->
            [one] { $count } секунда
           *[other] { $count } секунди
        }
        [minutes] { $count ->
            [one] { $count } минута
           *[other] { $count } минути
        }
        [hours] { $count ->
            [one] { $count } час
           *[other] { $count } часа
        }
        [days] { $count ->
            [one] { $count } ден
           *[other] { $count } дни
        }
        [months] { $count ->
            [one] { $count } месец
           *[other] { $count } месеца
        }
        [years] { $count ->
            [one] { $count } година
           *[other] { $count } години
        }
       *[centuries] векове
    }
