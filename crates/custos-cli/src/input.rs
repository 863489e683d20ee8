//! Turning typed text into core values: times, passphrases, field lists.

use std::io::IsTerminal;

use chrono::{DateTime, FixedOffset, Local, NaiveDate, NaiveDateTime, TimeZone, Utc};
use custos_core::Passphrase;
use custos_core::contact_points::{Label, Labelled};
use custos_core::contacts::{ContactField, DataSource};
use custos_core::interactions::Sender;
use custos_core::ts::{StoredTime, TimeError};

use crate::error::{CliError, CliResult};

/// Accepts RFC 3339 ("2026-03-01T09:00:00Z"), or a local "2026-03-01T10:00", "2026-03-01 10:00"
/// or "2026-03-01"; only a time the vault can store ([`StoredTime`]).
pub fn parse_time(text: &str) -> CliResult<DateTime<Utc>> {
    let t = text.trim();
    let refused = |e: TimeError| CliError::usage(format!("'{text}': {e}"));
    if let Ok(dt) = DateTime::parse_from_rfc3339(t) {
        return StoredTime::with_offset(dt).map(StoredTime::utc).map_err(refused);
    }
    let naive = ["%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(t, f).ok())
        .or_else(|| NaiveDate::parse_from_str(t, "%Y-%m-%d").ok().and_then(|d| d.and_hms_opt(0, 0, 0)));
    let local = naive.and_then(|n| Local.from_local_datetime(&n).earliest()).ok_or_else(|| {
        CliError::usage(format!("'{text}' is not a time: use e.g. 2026-03-01T10:00 or 2026-03-01T09:00:00Z"))
    })?;
    StoredTime::new(local.with_timezone(&Utc)).map(StoredTime::utc).map_err(refused)
}

/// A day for a filter, "2026-03-01"; `flag` names the option in the error.
pub fn parse_day(text: &str, flag: &str) -> CliResult<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| CliError::usage(format!("{flag} '{text}' is not a day: write it as YYYY-MM-DD, e.g. 2026-03-01")))
}

/// Shows `warning` and asks on the terminal for `expected` to be typed before something that
/// cannot be undone. True when it was; `no_terminal` is the error when there is no terminal.
pub fn confirm_by_typing(warning: &str, prompt: &str, expected: &str, no_terminal: &str) -> CliResult<bool> {
    use std::io::Write;
    if !std::io::stdin().is_terminal() {
        return Err(CliError::usage(no_terminal));
    }
    eprintln!("{}", crate::output::safe(warning));
    eprint!("{prompt}");
    let _ = std::io::stderr().flush();
    let mut answer = String::new();
    std::io::stdin()
        .read_line(&mut answer)
        .map_err(|e| CliError::usage(format!("Could not read your answer ({e}). {no_terminal}")))?;
    Ok(typed_matches(&answer, expected))
}

/// What was typed matches, ignoring surrounding spaces and a leading '#'.
fn typed_matches(typed: &str, expected: &str) -> bool {
    let typed = typed.trim();
    !typed.is_empty() && typed.strip_prefix('#').unwrap_or(typed).trim() == expected
}

/// "+01:00", "-05:30", "Z" or "UTC".
pub fn parse_offset(text: &str) -> CliResult<FixedOffset> {
    let t = text.trim();
    if t.eq_ignore_ascii_case("z") || t.eq_ignore_ascii_case("utc") {
        return Ok(Utc.fix());
    }
    let offset = DateTime::parse_from_rfc3339(&format!("2000-01-01T00:00:00{t}"))
        .map(|d| *d.offset())
        .map_err(|_| CliError::usage(format!("'{text}' is not a UTC offset: use e.g. +01:00 or -05:00")))?;
    custos_core::ts::check_offset(offset).map_err(|e| CliError::usage(format!("--utc-offset '{text}': {e}")))
}

use chrono::Offset;

pub fn local_offset() -> FixedOffset {
    Local::now().offset().fix()
}

/// "person", "third-party:NAME" or "public:NAME".
pub fn parse_source(text: &str) -> CliResult<DataSource> {
    let (kind, name) = text.split_once(':').map_or((text, ""), |(k, n)| (k, n.trim()));
    match kind.trim().replace('_', "-").as_str() {
        "person" => Ok(DataSource::Person { via: None }),
        "third-party" => Ok(DataSource::ThirdParty { name: name.to_owned() }),
        "public" => Ok(DataSource::Public { name: name.to_owned() }),
        _ => Err(CliError::usage(format!("'{text}' is not a source: use person, third-party:NAME or public:NAME"))),
    }
}

/// "[LABEL:]VALUE": an e-mail address, phone number or postal address with its label (work,
/// home, mobile or other; "other" when none is given). The first of a list is the primary one.
pub fn parse_points(texts: &[String]) -> Vec<Labelled> {
    texts
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let labelled = text.split_once(':').and_then(|(label, value)| Some((label.parse::<Label>().ok()?, value)));
            let (label, value) = labelled.unwrap_or((Label::Other, text.as_str()));
            Labelled { value: value.trim().to_owned(), label, primary: i == 0 }
        })
        .collect()
}

pub fn parse_fields(names: &[String]) -> CliResult<Vec<ContactField>> {
    names.iter().filter(|n| !n.trim().is_empty()).map(|n| n.parse::<ContactField>().map_err(CliError::from)).collect()
}

/// "contact: text", "staff=Ola: text", "other=Jan Kowalski: text".
pub fn parse_message(text: &str) -> CliResult<(Sender, String)> {
    let bad = || {
        CliError::usage(format!(
            "'{text}': write a message as \"contact: text\", \"staff=NAME: text\" or \"other=NAME: text\""
        ))
    };
    let (who, body) = text.split_once(':').ok_or_else(bad)?;
    let (kind, name) = who.split_once('=').map_or((who.trim(), ""), |(k, n)| (k.trim(), n.trim()));
    let sender = match kind {
        "contact" => Sender::Contact,
        "staff" if !name.is_empty() => Sender::Staff { name: name.to_owned() },
        "other" if !name.is_empty() => Sender::Other { name: name.to_owned() },
        _ => return Err(bad()),
    };
    Ok((sender, body.trim().to_owned()))
}

/// The passphrase from CUSTOS_PASSPHRASE, or asked for on the terminal.
pub fn passphrase(prompt: &str) -> CliResult<Passphrase> {
    read_secret("CUSTOS_PASSPHRASE", prompt)
}

/// The passphrase once more, for something shown only behind it: from CUSTOS_PASSPHRASE, or
/// asked again.
pub fn passphrase_again() -> CliResult<Passphrase> {
    read_secret("CUSTOS_PASSPHRASE", "Your passphrase again: ")
}

/// The recovery code of a printed kit: from CUSTOS_RECOVERY_CODE, or asked for. A typo is
/// caught here, with the group to look at.
pub fn recovery_code() -> CliResult<custos_core::vault::RecoveryCode> {
    let text = match std::env::var("CUSTOS_RECOVERY_CODE") {
        Ok(text) => text,
        Err(_) => {
            if !std::io::stdin().is_terminal() && !std::io::stderr().is_terminal() {
                return Err(CliError::usage("No terminal to ask for the recovery code: set CUSTOS_RECOVERY_CODE."));
            }
            rpassword::prompt_password("Recovery code (as printed on the kit): ").map_err(|e| {
                CliError::usage(format!("Could not read the recovery code ({e}): set CUSTOS_RECOVERY_CODE instead."))
            })?
        }
    };
    Ok(custos_core::vault::RecoveryCode::parse(&text)?)
}

/// A new passphrase: from `env`, or asked for twice.
pub fn new_passphrase(env: &str, what: &str) -> CliResult<Passphrase> {
    if let Ok(p) = std::env::var(env) {
        return Ok(Passphrase::new(p));
    }
    let first = read_secret("", &format!("{what}: "))?;
    first.check_new()?;
    let strength = first.strength();
    eprintln!("Strength: {} (about {} to guess offline)", strength.label, strength.time_to_crack);
    let second = read_secret("", "Type it again: ")?;
    Ok(first.confirm(&second)?)
}

fn read_secret(env: &str, prompt: &str) -> CliResult<Passphrase> {
    if !env.is_empty()
        && let Ok(p) = std::env::var(env)
    {
        return Ok(Passphrase::new(p));
    }
    if !std::io::stdin().is_terminal() && !std::io::stderr().is_terminal() {
        return Err(CliError::usage(
            "No terminal to ask for the passphrase: set CUSTOS_PASSPHRASE (and CUSTOS_NEW_PASSPHRASE for a change).",
        ));
    }
    rpassword::prompt_password(prompt).map(Passphrase::new).map_err(|e| {
        CliError::usage(format!(
            "Could not read the passphrase from the terminal ({e}): set CUSTOS_PASSPHRASE instead."
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_parse_in_the_usual_shapes() {
        assert_eq!(parse_time("2026-03-01T09:00:00Z").unwrap().to_rfc3339(), "2026-03-01T09:00:00+00:00");
        assert!(parse_time("2026-03-01 10:00").is_ok());
        assert!(parse_time("2026-03-01").is_ok());
        assert!(parse_time("yesterday").unwrap_err().to_string().contains("2026-03-01T10:00"));
        // Only what the vault can store and read back.
        let err = parse_time("0000-01-01T00:30:00+01:00").unwrap_err();
        assert!(err.to_string().contains("outside the years 1900–2200"), "{err}");
        assert!(parse_time("2201-01-01").is_err());
        assert!(parse_time("2026-03-01T10:00:00+19:00").unwrap_err().to_string().contains("-18:00 and +18:00"));
    }

    #[test]
    fn offsets_beyond_eighteen_hours_are_refused() {
        assert_eq!(parse_offset("-01:00").unwrap().local_minus_utc(), -3600);
        assert_eq!(parse_offset("+18:00").unwrap().local_minus_utc(), 18 * 3600);
        assert!(parse_offset("-23:59").unwrap_err().to_string().contains("-18:00 and +18:00"));
        assert!(parse_offset("soon").is_err());
    }

    #[test]
    fn messages_and_sources_parse() {
        assert_eq!(parse_message("contact: Dzień dobry").unwrap(), (Sender::Contact, "Dzień dobry".into()));
        assert_eq!(
            parse_message("staff=Ola: Witam: tak").unwrap(),
            (Sender::Staff { name: "Ola".into() }, "Witam: tak".into())
        );
        assert!(parse_message("staff: no name").is_err());
        assert_eq!(parse_source("public:KRS").unwrap(), DataSource::Public { name: "KRS".into() });
        assert!(parse_source("friend").is_err());
        assert_eq!(parse_offset("+02:00").unwrap().local_minus_utc(), 7200);
    }

    #[test]
    fn days_parse_and_bad_ones_say_how_to_write_them() {
        assert_eq!(parse_day(" 2026-03-01 ", "--from").unwrap(), NaiveDate::from_ymd_opt(2026, 3, 1).unwrap());
        for bad in ["2026-02-30", "01.03.2026", "2026-03-01T10:00", "yesterday", ""] {
            let err = parse_day(bad, "--to").unwrap_err();
            assert_eq!(err.code(), "usage", "{bad}");
            let text = err.to_string();
            assert!(text.starts_with("--to '") && text.contains("YYYY-MM-DD"), "{bad}: {text}");
        }
    }

    #[test]
    fn confirmation_needs_the_exact_id() {
        assert!(typed_matches("42\n", "42"));
        assert!(typed_matches("  #42 \r\n", "42"));
        assert!(!typed_matches("4", "42"));
        assert!(!typed_matches("420\n", "42"));
        assert!(!typed_matches("yes\n", "42"));
        assert!(!typed_matches("\n", "42"));
    }
}
