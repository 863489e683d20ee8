//! What counts as a name: text with at least one letter or digit a person can see. A name of
//! spaces, DEL or other invisible or control characters would show as nothing on a card, in a
//! list or in the audit log, and could not be told apart from another such name.

/// True when `text` names someone or something: it holds a letter or a digit, of any script.
pub fn is_name(text: &str) -> bool {
    text.chars().any(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_needs_a_letter_or_a_digit() {
        for name in ["Łucja", "Иван", "李", "7", "  a  ", "O'Brien-Smith", "Ж\u{7f}"] {
            assert!(is_name(name), "{name:?}");
        }
        for not in ["", "   ", "\u{7f}", "\u{7f}\u{7f}", "\u{1b}[", "\u{200b}\u{200e}", "-- ..", "\u{a0}\t"] {
            assert!(!is_name(not), "{not:?}");
        }
    }
}
