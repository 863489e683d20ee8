strength-w-straight-rows-of-keys-are-easy-to-guess = Las filas de teclas son fáciles de adivinar.
strength-w-short-keyboard-patterns-are-easy-to-guess = Los patrones cortos de teclado son fáciles de adivinar.
strength-w-repeats-like-aaa-are-easy-to-guess = Las repeticiones como «aaa» son fáciles de adivinar.
strength-w-repeats-like-abc-abc-are-only-slightly-harder-to-guess = Las repeticiones como «abcabcabc» son apenas más difíciles de adivinar que «abc».
strength-w-this-is-a-top-10-password = Es una de las 10 contraseñas más comunes.
strength-w-this-is-a-top-100-password = Es una de las 100 contraseñas más comunes.
strength-w-this-is-a-common-password = Es una contraseña muy común.
strength-w-this-is-similar-to-a-commonly-used-password = Se parece a una contraseña de uso común.
strength-w-sequences-like-abc-are-easy-to-guess = Las secuencias como abc o 6543 son fáciles de adivinar.
strength-w-recent-years-are-easy-to-guess = Los años recientes son fáciles de adivinar.
strength-w-a-word-by-itself-is-easy-to-guess = Una palabra sola es fácil de adivinar.
strength-w-dates-are-often-easy-to-guess = Las fechas suelen ser fáciles de adivinar.
strength-w-names-and-surnames-by-themselves-are-easy-to-guess = Los nombres y apellidos solos son fáciles de adivinar.
strength-w-common-names-and-surnames-are-easy-to-guess = Los nombres y apellidos comunes son fáciles de adivinar.
strength-s-use-a-few-words-avoid-common-phrases = Use varias palabras y evite las frases comunes.
strength-s-no-need-for-symbols-digits-or-uppercase-letters = No hacen falta símbolos, dígitos ni mayúsculas.
strength-s-add-another-word-or-two = Añada una o dos palabras más. Las palabras poco comunes son mejores.
strength-s-capitalization-doesnt-help-very-much = Las mayúsculas no ayudan mucho.
strength-s-all-uppercase-is-almost-as-easy-to-guess-as-all-lowercase = Todo en mayúsculas es casi tan fácil de adivinar como todo en minúsculas.
strength-s-reversed-words-arent-much-harder-to-guess = Las palabras al revés no son mucho más difíciles de adivinar.
strength-s-predictable-substitutions-dont-help-very-much = Las sustituciones previsibles como «@» en lugar de «a» no ayudan mucho.
strength-s-use-a-longer-keyboard-pattern-with-more-turns = Use un patrón de teclado más largo y con más giros.
strength-s-avoid-repeated-words-and-characters = Evite las palabras y caracteres repetidos.
strength-s-avoid-sequences = Evite las secuencias.
strength-s-avoid-recent-years = Evite los años recientes.
strength-s-avoid-years-that-are-associated-with-you = Evite los años relacionados con usted.
strength-s-avoid-dates-and-years-that-are-associated-with-you = Evite las fechas y años relacionados con usted.
strength-time =
    { $unit ->
        [instant] menos de un segundo
        [seconds] { $count ->
            [one] { $count } segundo
           *[other] { $count } segundos
        }
        [minutes] { $count ->
            [one] { $count } minuto
           *[other] { $count } minutos
        }
        [hours] { $count ->
            [one] { $count } hora
           *[other] { $count } horas
        }
        [days] { $count ->
            [one] { $count } día
           *[other] { $count } días
        }
        [months] { $count ->
            [one] { $count } mes
           *[other] { $count } meses
        }
        [years] { $count ->
            [one] { $count } año
           *[other] { $count } años
        }
       *[centuries] siglos
    }
