//! The recovery code printed on a recovery kit.
//!
//! 140 random bits as 28 digits of Crockford's base32 (no I, L, O or U; `I`/`L` read as `1`,
//! `O` as `0`, any case), in 7 groups of 4, each group followed by a check character: Luhn
//! mod 32 over the group's number and its 4 digits (the check Syncthing puts in its device
//! ids). A mistyped character, two neighbours swapped, or two groups swapped are caught before
//! anything is tried, and the message says which group to look at.

use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::why::Why;

/// Crockford's base32 digits, in value order.
const DIGITS: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Groups of the code, and data digits in a group (each group has one more: its check).
const GROUPS: usize = 7;
const GROUP_DIGITS: usize = 4;

/// A recovery code: its 28 data digits, wiped from memory on drop.
#[derive(Clone)]
pub struct RecoveryCode(Zeroizing<Vec<u8>>);

impl std::fmt::Debug for RecoveryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecoveryCode(…)")
    }
}

impl RecoveryCode {
    /// A new random code from the operating system's generator.
    pub(crate) fn generate() -> Result<RecoveryCode> {
        random_digits().map(RecoveryCode)
    }

    /// Reads a code as a person types it: any case, with or without hyphens and spaces, `O`
    /// for `0` and `I`/`L` for `1`. Refuses a code of the wrong length, a character that is
    /// not in the alphabet, or a group whose check character does not fit (a typo).
    pub fn parse(text: &str) -> Result<RecoveryCode> {
        let field = "recovery_code";
        parse_digits(text).map(RecoveryCode).map_err(|fault| match fault {
            Fault::Character(character) => Error::invalid(field, Why::RecoveryCodeCharacter { character }),
            Fault::Length { found, expected } => Error::invalid(field, Why::RecoveryCodeLength { found, expected }),
            Fault::Typo { group } => Error::invalid(field, Why::RecoveryCodeTypo { group }),
        })
    }

    /// The code as printed and typed: `7KQ2M-X9D4P-…`, 7 groups of 5 characters.
    pub fn printed(&self) -> Zeroizing<String> {
        printed(&self.0)
    }

    /// The secret a recovery slot is unlocked with: the data digits as text, without checks.
    pub(crate) fn secret(&self) -> Zeroizing<Vec<u8>> {
        digits_text(&self.0)
    }
}

/// What is wrong with a typed code (each kind of code words it its own way).
pub(crate) enum Fault {
    /// A character that is not in the alphabet.
    Character(String),
    /// Too few or too many characters (without hyphens and spaces).
    Length { found: usize, expected: usize },
    /// Group `group` (from 1) does not check out.
    Typo { group: usize },
}

/// 28 random digits (140 bits) from the operating system's generator.
pub(crate) fn random_digits() -> Result<Zeroizing<Vec<u8>>> {
    let mut random = Zeroizing::new([0u8; GROUPS * GROUP_DIGITS]);
    getrandom::fill(random.as_mut())
        .map_err(|e| Error::Internal(format!("the system's random generator failed: {e}")))?;
    // 256 is a multiple of 32: every digit is equally likely.
    Ok(Zeroizing::new(random.iter().map(|b| b % 32).collect()))
}

/// The data digits of a code as a person types it: any case, with or without hyphens and
/// spaces, `O` for `0` and `I`/`L` for `1`; every group's check character checked.
pub(crate) fn parse_digits(text: &str) -> std::result::Result<Zeroizing<Vec<u8>>, Fault> {
    let mut values = Zeroizing::new(Vec::with_capacity(GROUPS * (GROUP_DIGITS + 1)));
    for c in text.chars().filter(|c| !c.is_whitespace() && !matches!(c, '-' | '–' | '—')) {
        values.push(digit_value(c).ok_or_else(|| Fault::Character(c.to_string()))?);
    }
    let expected = GROUPS * (GROUP_DIGITS + 1);
    if values.len() != expected {
        return Err(Fault::Length { found: values.len(), expected });
    }
    let mut data = Zeroizing::new(Vec::with_capacity(GROUPS * GROUP_DIGITS));
    for (group, chunk) in values.chunks(GROUP_DIGITS + 1).enumerate() {
        let (digits, check) = chunk.split_at(GROUP_DIGITS);
        if check.first() != Some(&check_value(group, digits)) {
            return Err(Fault::Typo { group: group + 1 });
        }
        data.extend_from_slice(digits);
    }
    Ok(data)
}

/// Data digits as printed and typed: `7KQ2M-X9D4P-…`, groups of 4 each with its check.
pub(crate) fn printed(data: &[u8]) -> Zeroizing<String> {
    let mut out = Zeroizing::new(String::with_capacity(GROUPS * (GROUP_DIGITS + 2)));
    for (group, digits) in data.chunks(GROUP_DIGITS).enumerate() {
        if group > 0 {
            out.push('-');
        }
        for &d in digits.iter().chain(std::iter::once(&check_value(group, digits))) {
            out.push(char::from(DIGITS[usize::from(d % 32)]));
        }
    }
    out
}

/// Data digits as the text a key is derived from (without checks).
pub(crate) fn digits_text(data: &[u8]) -> Zeroizing<Vec<u8>> {
    Zeroizing::new(data.iter().map(|&d| DIGITS[usize::from(d % 32)]).collect())
}

/// The value of a typed character, reading it as Crockford's base32 does.
fn digit_value(c: char) -> Option<u8> {
    let c = match c.to_ascii_uppercase() {
        'O' => '0',
        'I' | 'L' => '1',
        other => other,
    };
    DIGITS.iter().position(|&d| char::from(d) == c).and_then(|p| u8::try_from(p).ok())
}

/// Luhn mod 32 check value of a group: over its number (so groups cannot trade places) and
/// its digits.
fn check_value(group: usize, digits: &[u8]) -> u8 {
    const N: u32 = 32;
    let input = std::iter::once(group as u32 % N).chain(digits.iter().map(|&d| u32::from(d)));
    let values: Vec<u32> = input.collect();
    let mut factor = 2;
    let mut sum = 0;
    for &value in values.iter().rev() {
        let addend = factor * value;
        sum += addend / N + addend % N;
        factor = if factor == 2 { 1 } else { 2 };
    }
    ((N - sum % N) % N) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_printed_code_reads_back_in_any_typing() {
        let code = RecoveryCode::generate().unwrap();
        let printed = code.printed();
        assert_eq!(printed.len(), 7 * 5 + 6);
        assert_eq!(printed.split('-').count(), 7);
        let back = RecoveryCode::parse(&printed).unwrap();
        assert_eq!(*back.secret(), *code.secret());
        let typed = printed.replace('-', " ").to_lowercase().replace('0', "o").replace('1', "l");
        assert_eq!(*RecoveryCode::parse(&typed).unwrap().secret(), *code.secret());
        assert_eq!(code.secret().len(), 28);
    }

    #[test]
    fn every_single_typo_is_caught_and_its_group_named() {
        for _ in 0..20 {
            let printed: Vec<char> = RecoveryCode::generate().unwrap().printed().chars().collect();
            for (i, &c) in printed.iter().enumerate() {
                if c == '-' {
                    continue;
                }
                for &other in DIGITS.iter().map(|d| char::from(*d)).filter(|&d| d != c).collect::<Vec<_>>().iter() {
                    let mut typed = printed.clone();
                    typed[i] = other;
                    let text: String = typed.iter().collect();
                    match RecoveryCode::parse(&text) {
                        Err(Error::Invalid { why: Why::RecoveryCodeTypo { group }, .. }) => {
                            assert_eq!(group, i / 6 + 1)
                        }
                        other => panic!("{text}: {other:?}"),
                    }
                }
            }
        }
    }

    #[test]
    fn swapped_neighbours_and_swapped_groups_are_caught() {
        let mut caught = 0;
        let mut tried = 0;
        for _ in 0..50 {
            let printed: Vec<char> = RecoveryCode::generate().unwrap().printed().chars().collect();
            for i in 0..printed.len() - 1 {
                if printed[i] == '-' || printed[i + 1] == '-' || printed[i] == printed[i + 1] {
                    continue;
                }
                let mut typed = printed.clone();
                typed.swap(i, i + 1);
                tried += 1;
                caught += usize::from(RecoveryCode::parse(&typed.iter().collect::<String>()).is_err());
            }
            let text: String = printed.iter().collect();
            let groups: Vec<&str> = text.split('-').collect();
            if groups[0] != groups[1] {
                let swapped = [groups[1], groups[0]].iter().chain(&groups[2..]).copied().collect::<Vec<_>>().join("-");
                assert!(RecoveryCode::parse(&swapped).is_err(), "{swapped}");
            }
        }
        // Luhn mod N misses only the swap of the two digits whose values sum to N-1 in one order.
        assert!(caught * 100 >= tried * 95, "{caught} of {tried}");
    }

    #[test]
    fn wrong_length_and_foreign_characters_are_said_plainly() {
        assert!(matches!(
            RecoveryCode::parse("ABCD"),
            Err(Error::Invalid { why: Why::RecoveryCodeLength { found: 4, expected: 35 }, .. })
        ));
        assert!(matches!(
            RecoveryCode::parse("ABCDU-ABCDE"),
            Err(Error::Invalid { why: Why::RecoveryCodeCharacter { .. }, .. })
        ));
    }
}
