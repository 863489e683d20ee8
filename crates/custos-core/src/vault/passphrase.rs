//! The vault passphrase: held in memory only while the vault is open, wiped on drop.

use serde::Serialize;
use zeroize::Zeroizing;

use crate::error::{Error, Result};

/// Shortest passphrase accepted for a new vault or a passphrase change.
pub const MIN_PASSPHRASE_CHARS: usize = 10;

/// A passphrase whose memory is overwritten when it is dropped.
#[derive(Clone)]
pub struct Passphrase(Zeroizing<String>);

impl Passphrase {
    pub fn new(text: impl Into<String>) -> Self {
        Passphrase(Zeroizing::new(text.into()))
    }

    pub(crate) fn as_bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }

    /// Refuses a passphrase too short to protect a vault.
    pub fn check_new(&self) -> Result<()> {
        let actual = self.0.chars().count();
        if actual < MIN_PASSPHRASE_CHARS {
            return Err(Error::PassphraseTooShort { min: MIN_PASSPHRASE_CHARS, actual });
        }
        Ok(())
    }

    /// A new passphrase typed twice: refused unless both are the same.
    pub fn confirm(self, repeat: &Passphrase) -> Result<Passphrase> {
        if self != *repeat {
            return Err(Error::PassphraseMismatch);
        }
        Ok(self)
    }

    /// How hard this passphrase would be to guess (zxcvbn).
    pub fn strength(&self) -> Strength {
        Strength::estimate(&self.0)
    }
}

impl PartialEq for Passphrase {
    fn eq(&self, other: &Self) -> bool {
        self.0.as_bytes() == other.0.as_bytes()
    }
}

impl Eq for Passphrase {}

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(…)")
    }
}

/// A strength estimate a person can read.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Strength {
    /// 0 (guessed at once) to 4 (very strong).
    pub score: u8,
    /// "very weak", "weak", "fair", "strong", "very strong".
    pub label: &'static str,
    /// Time to guess offline against a slow hash, e.g. "3 centuries".
    pub time_to_crack: String,
    /// A warning about the pattern found, if any.
    pub warning: Option<String>,
    /// How to make it stronger.
    pub suggestions: Vec<String>,
    /// The warning's stable code (one of [`Strength::WARNING_CODES`]), for a front end that
    /// says it in another language.
    pub warning_code: Option<&'static str>,
    /// The suggestions' stable codes (of [`Strength::SUGGESTION_CODES`]), in order.
    pub suggestion_codes: Vec<&'static str>,
    /// `time_to_crack` as a count of a unit, for a front end that says it in another language.
    pub crack_time: CrackTime,
}

/// How long guessing takes, in the largest unit that fits (as zxcvbn words it): a count of
/// `unit`, one of "instant" (under a second; count 0), "seconds", "minutes", "hours", "days",
/// "months", "years", "centuries" (count 0: more than a century).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct CrackTime {
    pub unit: &'static str,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub count: u64,
}

impl CrackTime {
    fn of(seconds: f64) -> CrackTime {
        const MINUTE: f64 = 60.0;
        const HOUR: f64 = MINUTE * 60.0;
        const DAY: f64 = HOUR * 24.0;
        const MONTH: f64 = DAY * 31.0;
        const YEAR: f64 = MONTH * 12.0;
        const CENTURY: f64 = YEAR * 100.0;
        let seconds = seconds.floor();
        let (unit, size) = match seconds {
            s if s < 1.0 => return CrackTime { unit: "instant", count: 0 },
            s if s < MINUTE => ("seconds", 1.0),
            s if s < HOUR => ("minutes", MINUTE),
            s if s < DAY => ("hours", HOUR),
            s if s < MONTH => ("days", DAY),
            s if s < YEAR => ("months", MONTH),
            s if s < CENTURY => ("years", YEAR),
            _ => return CrackTime { unit: "centuries", count: 0 },
        };
        // A whole number of units below the next unit's size: it fits a u64.
        CrackTime { unit, count: (seconds / size).floor() as u64 }
    }
}

impl Strength {
    /// Every warning code the estimate can give.
    pub const WARNING_CODES: [&'static str; 14] = [
        "straight_rows_of_keys_are_easy_to_guess",
        "short_keyboard_patterns_are_easy_to_guess",
        "repeats_like_aaa_are_easy_to_guess",
        "repeats_like_abc_abc_are_only_slightly_harder_to_guess",
        "this_is_a_top_10_password",
        "this_is_a_top_100_password",
        "this_is_a_common_password",
        "this_is_similar_to_a_commonly_used_password",
        "sequences_like_abc_are_easy_to_guess",
        "recent_years_are_easy_to_guess",
        "a_word_by_itself_is_easy_to_guess",
        "dates_are_often_easy_to_guess",
        "names_and_surnames_by_themselves_are_easy_to_guess",
        "common_names_and_surnames_are_easy_to_guess",
    ];
    /// Every suggestion code the estimate can give.
    pub const SUGGESTION_CODES: [&'static str; 13] = [
        "use_a_few_words_avoid_common_phrases",
        "no_need_for_symbols_digits_or_uppercase_letters",
        "add_another_word_or_two",
        "capitalization_doesnt_help_very_much",
        "all_uppercase_is_almost_as_easy_to_guess_as_all_lowercase",
        "reversed_words_arent_much_harder_to_guess",
        "predictable_substitutions_dont_help_very_much",
        "use_a_longer_keyboard_pattern_with_more_turns",
        "avoid_repeated_words_and_characters",
        "avoid_sequences",
        "avoid_recent_years",
        "avoid_years_that_are_associated_with_you",
        "avoid_dates_and_years_that_are_associated_with_you",
    ];

    fn warning_code(warning: zxcvbn::feedback::Warning) -> &'static str {
        use zxcvbn::feedback::Warning;
        match warning {
            Warning::StraightRowsOfKeysAreEasyToGuess => "straight_rows_of_keys_are_easy_to_guess",
            Warning::ShortKeyboardPatternsAreEasyToGuess => "short_keyboard_patterns_are_easy_to_guess",
            Warning::RepeatsLikeAaaAreEasyToGuess => "repeats_like_aaa_are_easy_to_guess",
            Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess => {
                "repeats_like_abc_abc_are_only_slightly_harder_to_guess"
            }
            Warning::ThisIsATop10Password => "this_is_a_top_10_password",
            Warning::ThisIsATop100Password => "this_is_a_top_100_password",
            Warning::ThisIsACommonPassword => "this_is_a_common_password",
            Warning::ThisIsSimilarToACommonlyUsedPassword => "this_is_similar_to_a_commonly_used_password",
            Warning::SequencesLikeAbcAreEasyToGuess => "sequences_like_abc_are_easy_to_guess",
            Warning::RecentYearsAreEasyToGuess => "recent_years_are_easy_to_guess",
            Warning::AWordByItselfIsEasyToGuess => "a_word_by_itself_is_easy_to_guess",
            Warning::DatesAreOftenEasyToGuess => "dates_are_often_easy_to_guess",
            Warning::NamesAndSurnamesByThemselvesAreEasyToGuess => "names_and_surnames_by_themselves_are_easy_to_guess",
            Warning::CommonNamesAndSurnamesAreEasyToGuess => "common_names_and_surnames_are_easy_to_guess",
        }
    }

    fn suggestion_code(suggestion: zxcvbn::feedback::Suggestion) -> &'static str {
        use zxcvbn::feedback::Suggestion;
        match suggestion {
            Suggestion::UseAFewWordsAvoidCommonPhrases => "use_a_few_words_avoid_common_phrases",
            Suggestion::NoNeedForSymbolsDigitsOrUppercaseLetters => "no_need_for_symbols_digits_or_uppercase_letters",
            Suggestion::AddAnotherWordOrTwo => "add_another_word_or_two",
            Suggestion::CapitalizationDoesntHelpVeryMuch => "capitalization_doesnt_help_very_much",
            Suggestion::AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase => {
                "all_uppercase_is_almost_as_easy_to_guess_as_all_lowercase"
            }
            Suggestion::ReversedWordsArentMuchHarderToGuess => "reversed_words_arent_much_harder_to_guess",
            Suggestion::PredictableSubstitutionsDontHelpVeryMuch => "predictable_substitutions_dont_help_very_much",
            Suggestion::UseALongerKeyboardPatternWithMoreTurns => "use_a_longer_keyboard_pattern_with_more_turns",
            Suggestion::AvoidRepeatedWordsAndCharacters => "avoid_repeated_words_and_characters",
            Suggestion::AvoidSequences => "avoid_sequences",
            Suggestion::AvoidRecentYears => "avoid_recent_years",
            Suggestion::AvoidYearsThatAreAssociatedWithYou => "avoid_years_that_are_associated_with_you",
            Suggestion::AvoidDatesAndYearsThatAreAssociatedWithYou => {
                "avoid_dates_and_years_that_are_associated_with_you"
            }
        }
    }

    pub fn estimate(passphrase: &str) -> Strength {
        let entropy = zxcvbn::zxcvbn(passphrase, &["custos", "vault"]);
        let score = u8::from(entropy.score());
        let label = match score {
            0 => "very weak",
            1 => "weak",
            2 => "fair",
            3 => "strong",
            _ => "very strong",
        };
        let feedback = entropy.feedback();
        Strength {
            score,
            label,
            time_to_crack: entropy.crack_times().offline_slow_hashing_1e4_per_second().to_string(),
            warning: feedback.and_then(|f| f.warning()).map(|w| w.to_string()),
            suggestions: feedback.map(|f| f.suggestions().iter().map(|s| s.to_string()).collect()).unwrap_or_default(),
            warning_code: feedback.and_then(|f| f.warning()).map(Strength::warning_code),
            suggestion_codes: feedback
                .map(|f| f.suggestions().iter().map(|s| Strength::suggestion_code(*s)).collect())
                .unwrap_or_default(),
            crack_time: CrackTime::of(
                std::time::Duration::from(entropy.crack_times().offline_slow_hashing_1e4_per_second()).as_secs_f64(),
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_passphrase_is_refused_by_characters_not_bytes() {
        let err = Passphrase::new("żółćżółć").check_new().unwrap_err();
        assert!(matches!(err, Error::PassphraseTooShort { min: 10, actual: 8 }));
        assert!(err.to_string().contains("at least 10 characters"));
        assert!(Passphrase::new("żółć-żółć-ok").check_new().is_ok());
    }

    #[test]
    fn confirmation_must_match() {
        let typed = Passphrase::new("correct horse battery");
        assert!(matches!(
            typed.clone().confirm(&Passphrase::new("correct horse batterx")),
            Err(Error::PassphraseMismatch)
        ));
        assert_eq!(typed.clone().confirm(&typed).unwrap(), typed);
    }

    #[test]
    fn strength_tells_weak_from_strong() {
        let weak = Strength::estimate("password123");
        let strong = Strength::estimate("correct horse battery staple Łódź 1987");
        assert!(weak.score <= 1, "{weak:?}");
        assert!(strong.score >= 3, "{strong:?}");
        assert!(!weak.time_to_crack.is_empty());
        assert_eq!(strong.crack_time, CrackTime { unit: "centuries", count: 0 });
        assert_eq!(CrackTime::of(0.5), CrackTime { unit: "instant", count: 0 });
        assert_eq!(CrackTime::of(7200.0), CrackTime { unit: "hours", count: 2 });
        assert_eq!(CrackTime::of(86_400.0 * 40.0), CrackTime { unit: "months", count: 1 });
    }

    #[test]
    fn feedback_comes_with_codes_from_the_known_lists() {
        let weak = Strength::estimate("password");
        let code = weak.warning_code.unwrap();
        assert!(Strength::WARNING_CODES.contains(&code), "{code}");
        assert_eq!(weak.suggestion_codes.len(), weak.suggestions.len());
        for code in &weak.suggestion_codes {
            assert!(Strength::SUGGESTION_CODES.contains(code), "{code}");
        }
        let mut all: Vec<_> = Strength::WARNING_CODES.iter().chain(&Strength::SUGGESTION_CODES).collect();
        let n = all.len();
        all.dedup();
        assert_eq!(all.len(), n);
    }
}
