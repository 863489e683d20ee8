//! Text folding for search: lower case, no diacritics, and the letters Unicode does not
//! decompose (ł, ø, đ, ß, æ, œ, ı…) spelled the way a person types them without the key.
//! Both what is indexed and what is searched pass through [`fold`], so "lodz" meets "Łódź"
//! and "петров" meets "Петров".

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Fold `text` for indexing or querying.
///
/// Runs of ASCII are only lower-cased: NFKD leaves an ASCII character as it is, none is a
/// combining mark, and every one is a starter, so no mark is reordered across it. Most of a
/// Polish or German text is ASCII, and an import folds every message it indexes: this halves
/// the time that takes. The rest goes through Unicode's decomposition.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        let ascii = rest.bytes().position(|b| !b.is_ascii()).unwrap_or(rest.len());
        out.extend(rest[..ascii].bytes().map(|b| char::from(b.to_ascii_lowercase())));
        rest = &rest[ascii..];
        // A byte below 0x80 never occurs inside a multi-byte character: this is a char boundary.
        let other = rest.bytes().position(|b| b.is_ascii()).unwrap_or(rest.len());
        fold_decomposed(&rest[..other], &mut out);
        rest = &rest[other..];
    }
    out
}

/// Folds `text` through its compatibility decomposition (NFKD) into `out`.
fn fold_decomposed(text: &str, out: &mut String) {
    for c in text.nfkd() {
        if is_combining_mark(c) {
            continue;
        }
        for lower in c.to_lowercase() {
            push_base_letter(lower, out);
        }
    }
}

/// Letters without a Unicode decomposition, mapped to their usual Latin spelling.
fn push_base_letter(c: char, out: &mut String) {
    let mapped: &str = match c {
        'ł' => "l",
        'ø' => "o",
        'đ' | 'ð' => "d",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ı' => "i",
        'þ' => "th",
        'ħ' => "h",
        'ŧ' => "t",
        'ĸ' => "k",
        'ŋ' => "n",
        'ſ' => "s",
        'ƀ' => "b",
        'ɨ' => "i",
        'ς' => "σ",
        _ => {
            out.push(c);
            return;
        }
    };
    out.push_str(mapped);
}

/// Split folded text into the words FTS5's `unicode61` tokenizer sees.
pub fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ascii_shortcut_folds_as_the_decomposition_does() {
        // Mixed texts: ASCII next to letters with diacritics, combining marks after ASCII
        // letters, compatibility forms, Cyrillic, Greek, ligatures.
        let pieces = [
            "Zażółć",
            " gęślą ",
            "JAŹŃ",
            "e\u{301}",
            "A\u{30A}\u{327}",
            "ﬁ",
            "Ⅻ",
            "①",
            "Straße",
            "Łódź.",
            "Петров",
            "ΣΟΦΊΑ",
            "İ",
            "ı",
            "x",
            " ",
            "\n",
            "Ǆ",
            "ǅ",
            "\u{301}",
            "Ø",
            "ǲ",
            "12:30",
            "🙂",
        ];
        let mut seed = 0x2026u64;
        for _ in 0..5_000 {
            let mut text = String::new();
            for _ in 0..8 {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            let mut slow = String::new();
            fold_decomposed(&text, &mut slow);
            assert_eq!(fold(&text), slow, "{text:?}");
        }
    }

    #[test]
    fn folds_european_letters() {
        let cases = [
            ("Łódź", "lodz"),
            ("Sørensen", "sorensen"),
            ("Petrović Đurić", "petrovic duric"),
            ("Straße", "strasse"),
            ("Æsir Œuvre", "aesir oeuvre"),
            ("Işık", "isik"),
            ("İstanbul", "istanbul"),
            ("Петров", "петров"),
            ("Żółkiewska", "zolkiewska"),
            ("Ñandú Ångström", "nandu angstrom"),
            ("Þór Guðmundsson", "thor gudmundsson"),
            ("Ὀδυσσεύς", "οδυσσευσ"),
        ];
        for (input, want) in cases {
            assert_eq!(fold(input), want, "fold({input})");
        }
    }

    #[test]
    fn words_split_like_the_tokenizer() {
        let folded = fold("anna.nowak@example.com, +48 600-123");
        let w: Vec<_> = words(&folded).collect();
        assert_eq!(w, ["anna", "nowak", "example", "com", "48", "600", "123"]);
    }
}
