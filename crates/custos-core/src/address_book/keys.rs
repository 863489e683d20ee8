//! What makes two cards the same person, for the duplicate check on import and the "possible
//! duplicates" list: the same e-mail address, the same phone number, or the same name at the
//! same organisation — each compared by a key that ignores how it was typed.
//!
//! Phone numbers become E.164 (`+48601234567`) with the `phonenumber` crate (a port of
//! Google's libphonenumber, with its numbering plans: national prefixes, trunk zeros, "00"
//! international prefixes) when the number says its country or the firm's country is known;
//! otherwise only digits (and a leading `+`) are kept, so the same typed number still meets.

use crate::fold::fold;

/// The key of an e-mail address: trimmed, lower case, without a `mailto:`; `None` for text
/// that is no address.
pub fn email_key(email: &str) -> Option<String> {
    let email = email.trim();
    let email = email.strip_prefix("mailto:").or_else(|| email.strip_prefix("MAILTO:")).unwrap_or(email);
    let lower = email.trim().to_lowercase();
    let (local, domain) = lower.split_once('@')?;
    (!local.is_empty() && domain.contains('.') && !lower.contains(char::is_whitespace)).then_some(lower)
}

/// The key of a phone number: E.164 when it can be told (`country`: the ISO 3166 code to read a
/// national number in, e.g. the firm's "PL"), else its digits with a leading `+` if it had one;
/// `None` for text with fewer than 5 digits.
pub fn phone_key(phone: &str, country: Option<&str>) -> Option<String> {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    if digits.len() < 5 {
        return None;
    }
    let region = country.and_then(|c| c.trim().to_uppercase().parse::<phonenumber::country::Id>().ok());
    if let Ok(number) = phonenumber::parse(region, phone.trim())
        && phonenumber::is_valid(&number)
    {
        return Some(number.format().mode(phonenumber::Mode::E164).to_string());
    }
    let plus = phone.trim_start().starts_with('+') || phone.trim_start().starts_with("00");
    let digits = if phone.trim_start().starts_with("00") { digits[2..].to_owned() } else { digits };
    Some(if plus { format!("+{digits}") } else { digits })
}

/// The key of a person's name at an organisation: both folded (case, accents, `ł`, `ß`…) and
/// their words in order, so "Łucja  Żółkiewska" at "ZDZBŁO sp. z o.o." meets "lucja zolkiewska"
/// at "Zdzbło Sp. z o.o."; `None` without a name.
pub fn name_key(name: &str, organisation: Option<&str>) -> Option<String> {
    let words = |text: &str| {
        fold(text).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
    };
    let name = words(name);
    if name.is_empty() {
        return None;
    }
    Some(format!("{name}|{}", organisation.map(words).unwrap_or_default()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn e_mail_addresses_meet_whatever_their_case() {
        assert_eq!(email_key(" Lucja.Zolkiewska@Example.PL ").as_deref(), Some("lucja.zolkiewska@example.pl"));
        assert_eq!(email_key("mailto:anna@nowak.pl").as_deref(), Some("anna@nowak.pl"));
        for no in ["", "anna", "@example.pl", "anna@localhost", "an na@example.pl"] {
            assert_eq!(email_key(no), None, "{no:?}");
        }
    }

    #[test]
    fn phone_numbers_become_e164_where_the_country_is_known() {
        // The same Polish mobile, typed five ways.
        for typed in ["601 234 567", "+48 601-234-567", "0048 601 234 567", "(+48) 601234567", "+48601234567"] {
            assert_eq!(phone_key(typed, Some("PL")).as_deref(), Some("+48601234567"), "{typed}");
        }
        // A German landline with its trunk zero, read as German.
        assert_eq!(phone_key("030 1234567", Some("de")).as_deref(), Some("+49301234567"));
        assert_eq!(phone_key("+49 (0)30 1234567", None).as_deref(), Some("+49301234567"));
        // Without a country, a national number keeps its digits, and meets itself.
        assert_eq!(phone_key("601 234 567", None).as_deref(), Some("601234567"));
        assert_eq!(phone_key("601-234-567", None), phone_key("601 234 567", None));
        assert_eq!(phone_key("ext. 12", Some("PL")), None);
        assert_eq!(phone_key("call me", None), None);
    }

    #[test]
    fn names_meet_folded_at_the_same_organisation() {
        let a = name_key("Łucja  Żółkiewska", Some("ZDZBŁO sp. z o.o."));
        assert_eq!(a, name_key("lucja zolkiewska", Some("Zdzbło Sp. z o.o.")));
        assert_ne!(a, name_key("Łucja Żółkiewska", Some("Other Firm")));
        assert_eq!(name_key("Jürgen Groß", None), name_key("JURGEN GROSS", None));
        assert_eq!(name_key("  ", None), None);
        assert_eq!(name_key("Петров", None).as_deref(), Some("петров|"));
    }
}
