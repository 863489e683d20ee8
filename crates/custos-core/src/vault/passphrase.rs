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
}

impl Strength {
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
    }
}
