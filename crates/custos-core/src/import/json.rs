//! Custos's own transcript format, version 1 (docs/formats/transcript-json.md).
//!
//! Every problem is reported with the line it is on; checks that go beyond JSON syntax
//! (the format name, the version, empty texts, missing names) run while the file is read,
//! so serde_json places them on the offending value.

use std::fmt;

use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde::de::{self, Deserializer};

use crate::error::{Error, Result};
use crate::import::chat_json::{char_column, classify_error};
use crate::interactions::{Channel, NewConversation, NewMessage, Sender};
use crate::ts::StoredTime;
use crate::why::{ImportWhy, Place, Year};

/// The value of the `format` field.
pub const FORMAT: &str = "custos-transcript";
/// The versions of the format this build reads.
pub const SUPPORTED_VERSIONS: &[u64] = &[1];

/// Parses a transcript. Nothing is returned unless the whole file is valid.
pub fn parse(text: &str) -> Result<NewConversation> {
    REFUSAL.take();
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let file: File = serde_json::from_str(body).map_err(|e| to_import_error(body, &e))?;
    if file.messages.is_empty() {
        return Err(Error::import(key_line(body, "messages").unwrap_or(1), ImportWhy::TranscriptNoMessages {}));
    }
    if let (Some(start), Some(end)) = (file.started_at, file.ended_at)
        && end < start
    {
        return Err(Error::import(
            key_line(body, "ended_at").unwrap_or(1),
            ImportWhy::TranscriptEndsBeforeStart { start: start.to_rfc3339(), end: end.to_rfc3339() },
        ));
    }
    Ok(NewConversation {
        channel: file.channel,
        started_at: file.started_at,
        ended_at: file.ended_at,
        external_ref: file.external_ref.map(|r| r.trim().to_string()).filter(|r| !r.is_empty()),
        messages: file.messages.into_iter().map(|m| NewMessage { at: m.at, sender: m.sender, text: m.text }).collect(),
    })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[allow(dead_code)] // checked while reading
    #[serde(deserialize_with = "format_name")]
    format: (),
    #[allow(dead_code)] // checked while reading
    #[serde(deserialize_with = "version")]
    version: (),
    #[serde(default = "default_channel", deserialize_with = "channel")]
    channel: Channel,
    #[serde(default, deserialize_with = "optional_time")]
    started_at: Option<DateTime<Utc>>,
    #[serde(default, deserialize_with = "optional_time")]
    ended_at: Option<DateTime<Utc>>,
    #[serde(default)]
    external_ref: Option<String>,
    messages: Vec<Message>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Message {
    #[serde(deserialize_with = "time")]
    at: DateTime<Utc>,
    #[serde(deserialize_with = "sender")]
    sender: Sender,
    #[serde(deserialize_with = "text")]
    text: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSender {
    kind: Kind,
    #[serde(default)]
    name: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum Kind {
    Contact,
    Staff,
    Other,
}

fn default_channel() -> Channel {
    Channel::Chat
}

/// Why a value is refused, once serde_json has placed it (the column of the value).
type Refusal = Box<dyn Fn(Place) -> ImportWhy>;

thread_local! {
    /// Why the last value was refused while this thread read a transcript: serde_json carries
    /// only the English, so the reason travels beside it (and is used only when it says the same).
    static REFUSAL: std::cell::RefCell<Option<Refusal>> = const { std::cell::RefCell::new(None) };
}

/// The error serde_json places on the value, its English without the column, the reason kept.
fn refuse<E: de::Error>(why: impl Fn(Place) -> ImportWhy + 'static) -> E {
    let english = why(Place(0)).to_string();
    let english = english.strip_suffix(" (column 0)").unwrap_or(&english).to_owned();
    REFUSAL.set(Some(Box::new(why)));
    E::custom(english)
}

/// Reads a string and checks it inside serde_json's own string reading, so that an error
/// is placed on the string itself rather than at the end of the enclosing object.
struct CheckedStr<F> {
    expecting: &'static str,
    check: F,
}

impl<'de, T, F: FnOnce(&str) -> std::result::Result<T, Refusal>> de::Visitor<'de> for CheckedStr<F> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.expecting)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<T, E> {
        (self.check)(v).map_err(|why| refuse(why))
    }
}

fn checked_str<'de, D, T>(
    d: D,
    expecting: &'static str,
    check: impl FnOnce(&str) -> std::result::Result<T, Refusal>,
) -> std::result::Result<T, D::Error>
where
    D: Deserializer<'de>,
{
    d.deserialize_str(CheckedStr { expecting, check })
}

fn format_name<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<(), D::Error> {
    checked_str(d, "the string \"custos-transcript\"", |found| {
        let found = found.to_owned();
        if found == FORMAT {
            Ok(())
        } else {
            Err(Box::new(move |column| ImportWhy::TranscriptWrongFormat { found: found.clone(), column }))
        }
    })
}

/// Accepts the supported version numbers; anything else, of any type, is refused where it stands.
struct VersionVisitor;

impl VersionVisitor {
    fn refuse<E: de::Error>(found: impl fmt::Display) -> E {
        let supported: Vec<String> = SUPPORTED_VERSIONS.iter().map(u64::to_string).collect();
        let (found, supported) = (found.to_string(), supported.join(" or "));
        refuse(move |column| ImportWhy::TranscriptUnsupportedVersion {
            found: found.clone(),
            supported: supported.clone(),
            column,
        })
    }
}

impl<'de> de::Visitor<'de> for VersionVisitor {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a version number")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> std::result::Result<(), E> {
        if SUPPORTED_VERSIONS.contains(&v) { Ok(()) } else { Err(Self::refuse(v)) }
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> std::result::Result<(), E> {
        Err(Self::refuse(v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> std::result::Result<(), E> {
        // `1.0` is the number 1, as JSON means it.
        if v.fract() == 0.0 && v >= 0.0 && SUPPORTED_VERSIONS.iter().any(|&s| s as f64 == v) {
            return Ok(());
        }
        Err(Self::refuse(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<(), E> {
        Err(Self::refuse(format_args!("\"{v}\"")))
    }
}

fn version<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<(), D::Error> {
    d.deserialize_any(VersionVisitor)
}

fn channel<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<Channel, D::Error> {
    checked_str(d, "a channel name", |found| {
        found.parse::<Channel>().map_err(|_| -> Refusal {
            let choices: Vec<&str> = Channel::ALL.iter().map(|c| c.code()).collect();
            let (found, choices) = (found.to_owned(), choices.join(", "));
            Box::new(move |column| ImportWhy::TranscriptUnknownChannel {
                found: found.clone(),
                choices: choices.clone(),
                column,
            })
        })
    })
}

fn parse_time(found: &str) -> std::result::Result<DateTime<Utc>, Refusal> {
    use crate::ts::{EARLIEST_YEAR, LATEST_YEAR, MAX_OFFSET_HOURS, TimeError};
    let owned = found.to_owned();
    let parsed = DateTime::parse_from_rfc3339(found).map_err(|_| -> Refusal {
        Box::new(move |column| ImportWhy::TranscriptNotATime { found: owned.clone(), column })
    })?;
    let found = found.to_owned();
    StoredTime::with_offset(parsed).map(StoredTime::utc).map_err(|e| -> Refusal {
        let (earliest, latest, hours) = (Year(EARLIEST_YEAR), Year(LATEST_YEAR), MAX_OFFSET_HOURS.unsigned_abs());
        match e {
            TimeError::OutOfRange { utc } => Box::new(move |column| ImportWhy::TranscriptTimeOutOfRange {
                found: found.clone(),
                utc: utc.clone(),
                earliest,
                latest,
                column,
            }),
            TimeError::OffsetTooLarge { offset } => Box::new(move |column| ImportWhy::TranscriptTimeOffsetTooLarge {
                found: found.clone(),
                offset: offset.clone(),
                hours,
                column,
            }),
            // Not a time after all.
            TimeError::NotATime { .. } => {
                Box::new(move |column| ImportWhy::TranscriptNotATime { found: found.clone(), column })
            }
        }
    })
}

fn time<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<DateTime<Utc>, D::Error> {
    checked_str(d, "an RFC 3339 time", parse_time)
}

struct OptionalTime;

impl<'de> de::Visitor<'de> for OptionalTime {
    type Value = Option<DateTime<Utc>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an RFC 3339 time or null")
    }

    fn visit_none<E: de::Error>(self) -> std::result::Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> std::result::Result<Self::Value, D::Error> {
        time(d).map(Some)
    }
}

fn optional_time<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<Option<DateTime<Utc>>, D::Error> {
    d.deserialize_option(OptionalTime)
}

fn text<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<String, D::Error> {
    checked_str(d, "the message text", |found| {
        if found.trim().is_empty() {
            let found = found.to_owned();
            Err(Box::new(move |column| ImportWhy::TranscriptTextEmpty { found: found.clone(), column }))
        } else {
            Ok(found.to_string())
        }
    })
}

fn sender<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<Sender, D::Error> {
    let raw = RawSender::deserialize(d)?;
    let named = |kind: &'static str| -> std::result::Result<String, D::Error> {
        match raw.name.as_deref().map(str::trim) {
            Some(name) if crate::names::is_name(name) => Ok(name.to_string()),
            Some("") => Err(refuse(move |column| ImportWhy::TranscriptSenderNameEmpty { kind, column })),
            Some(name) => {
                // Escaped as Rust's Debug escapes it, without its quotes.
                let quoted = format!("{name:?}");
                let name = quoted.get(1..quoted.len().saturating_sub(1)).unwrap_or_default().to_owned();
                Err(refuse(move |column| ImportWhy::TranscriptSenderNameNoLetter { kind, name: name.clone(), column }))
            }
            None => Err(refuse(move |column| ImportWhy::TranscriptSenderNameMissing { kind, column })),
        }
    };
    Ok(match raw.kind {
        // A name given for the contact is allowed and ignored: the contact is the card imported into.
        Kind::Contact => Sender::Contact,
        Kind::Staff => Sender::Staff { name: named("staff")? },
        Kind::Other => Sender::Other { name: named("other")? },
    })
}

/// A serde_json error as an import error: its line, and its message without serde's
/// position suffix, with the column said in characters.
fn to_import_error(text: &str, e: &serde_json::Error) -> Error {
    let line = e.line().max(1);
    let refusal = REFUSAL.take();
    let why = if e.is_eof() {
        ImportWhy::TranscriptCutOff {}
    } else {
        let full = e.to_string();
        let suffix = format!(" at line {} column {}", e.line(), e.column());
        let bare = full.strip_suffix(&suffix).unwrap_or(&full);
        let (problem, column) = (classify_error(e, bare), Place(char_column(text, e.line(), e.column())));
        // The reason of a value refused here, when serde_json said just what it said.
        let english = format!("{} (column {column})", problem.detail);
        refusal.map(|why| why(column)).filter(|why| why.to_string() == english).unwrap_or(
            ImportWhy::TranscriptNotReadable {
                what: problem.what,
                name: problem.name,
                found_kind: problem.found_kind,
                expected_kind: problem.expected_kind,
                detail: problem.detail,
                column,
            },
        )
    };
    Error::import(line, why)
}

/// The 1-based line of the first `"key":` outside a string value.
fn key_line(text: &str, key: &str) -> Option<usize> {
    let needle = format!("\"{key}\"");
    let mut in_string = false;
    let mut escaped = false;
    let mut line = 1;
    for (i, c) in text.char_indices() {
        if c == '\n' {
            line += 1;
        }
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
        } else if c == '"' {
            if text[i..].starts_with(&needle) && text[i + needle.len()..].trim_start().starts_with(':') {
                return Some(line);
            }
            in_string = true;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn err(text: &str) -> (usize, String) {
        match parse(text) {
            Err(Error::Import { line, why, .. }) => (line, why.to_string()),
            other => panic!("expected an import error, got {other:?}"),
        }
    }

    const VALID: &str = r#"{
  "format": "custos-transcript",
  "version": 1,
  "channel": "email",
  "started_at": "2026-03-01T09:00:00Z",
  "ended_at": "2026-03-01T10:30:00+01:00",
  "external_ref": "ticket-4812",
  "messages": [
    { "at": "2026-03-01T09:00:00Z", "sender": { "kind": "contact" }, "text": "Hello" },
    { "at": "2026-03-01T09:01:00Z", "sender": { "kind": "staff", "name": "Ola" }, "text": "Hi!" },
    { "at": "2026-03-01T10:02:00+01:00", "sender": { "kind": "other", "name": "Jan Kowalski" }, "text": "Dzień dobry" }
  ]
}"#;

    #[test]
    fn parses_the_documented_example() {
        let conv = parse(VALID).unwrap();
        assert_eq!(conv.channel, Channel::Email);
        assert_eq!(conv.started_at, Some(at("2026-03-01T09:00:00Z")));
        assert_eq!(conv.ended_at, Some(at("2026-03-01T09:30:00Z")));
        assert_eq!(conv.external_ref.as_deref(), Some("ticket-4812"));
        assert_eq!(
            conv.messages,
            vec![
                NewMessage { at: at("2026-03-01T09:00:00Z"), sender: Sender::Contact, text: "Hello".into() },
                NewMessage {
                    at: at("2026-03-01T09:01:00Z"),
                    sender: Sender::Staff { name: "Ola".into() },
                    text: "Hi!".into()
                },
                NewMessage {
                    at: at("2026-03-01T09:02:00Z"),
                    sender: Sender::Other { name: "Jan Kowalski".into() },
                    text: "Dzień dobry".into()
                },
            ]
        );
    }

    #[test]
    fn optional_fields_default() {
        let conv = parse(
            "\u{feff}{\"format\":\"custos-transcript\",\"version\":1,\"messages\":[{\"at\":\"2026-03-01T09:00:00Z\",\"sender\":{\"kind\":\"contact\",\"name\":\"Иван Петров\"},\"text\":\"Привет\"}]}",
        )
        .unwrap();
        assert_eq!(conv.channel, Channel::Chat);
        assert_eq!(conv.started_at, None);
        assert_eq!(conv.ended_at, None);
        assert_eq!(conv.external_ref, None);
        assert_eq!(conv.messages[0].sender, Sender::Contact);
    }

    #[test]
    fn channel_uses_the_channel_codes() {
        let conv = parse(&VALID.replace("\"email\"", "\"Meeting\"")).unwrap();
        assert_eq!(conv.channel, Channel::Meeting);
        let (line, message) = err(&VALID.replace("\"email\"", "\"fax\""));
        assert_eq!(line, 4);
        assert_eq!(message, "expected a channel (chat, email, phone, meeting, other) but found \"fax\" (column 18)");
    }

    #[test]
    fn unknown_field_names_the_expected_ones_and_the_column() {
        let text = "{\n  \"format\": \"custos-transcript\",\n  \"version\": 1,\n  \"messages\": [\n    {\n      \"txt\": \"x\"\n    }\n  ]\n}";
        let (line, message) = err(text);
        assert_eq!(line, 6);
        assert_eq!(message, "unknown field \"txt\", expected one of \"at\", \"sender\", \"text\" (column 11)");
    }

    #[test]
    fn syntax_errors_carry_their_line() {
        let (line, message) = err("{\n  \"format\": \"custos-transcript\"\n  \"version\": 1\n}");
        assert_eq!(line, 3);
        assert_eq!(message, "expected \",\" or \"}\" (column 3)");
        let (line, message) = err("{\n  \"format\": \"custos-transcript\",\n");
        assert_eq!(line, 3);
        assert_eq!(message, "expected the rest of the JSON but the file ends");
    }

    #[test]
    fn wrong_types_read_as_expected_but_found() {
        let (line, message) = err(&VALID.replace("\"text\": \"Hi!\"", "\"text\": 5"));
        assert_eq!(line, 10);
        assert!(message.starts_with("expected the message text but found integer \"5\" (column "), "{message}");
        let (line, message) = err(&VALID.replace("\"version\": 1", "\"version\": [1]"));
        assert_eq!(line, 3);
        assert!(message.starts_with("expected a version number but found a list (column 14)"), "{message}");
    }

    #[test]
    fn wrong_format_is_rejected() {
        let (line, message) = err(&VALID.replace("custos-transcript", "slack-export"));
        assert_eq!(line, 2);
        assert!(
            message.starts_with("expected \"format\": \"custos-transcript\" but found \"slack-export\""),
            "{message}"
        );
    }

    #[test]
    fn a_refused_value_gives_its_reason_and_the_same_english() {
        let reason = |text: &str| match parse(text) {
            Err(e) => (e.reason(), e.params().into_iter().map(|(k, _)| k).collect::<Vec<_>>()),
            Ok(_) => panic!("expected an import error"),
        };
        let cases = [
            (VALID.replace("custos-transcript", "slack-export"), "transcript_wrong_format"),
            (VALID.replace("\"version\": 1", "\"version\": 2"), "transcript_unsupported_version"),
            (VALID.replace("\"Hi!\"", "\"  \""), "transcript_text_empty"),
            (VALID.replace("\"Jan Kowalski\"", "\"\""), "transcript_sender_name_empty"),
            (VALID.replace("\"Jan Kowalski\"", "\"\\u007f\""), "transcript_sender_name_no_letter"),
            (
                VALID.replace("\"kind\": \"staff\", \"name\": \"Ola\"", "\"kind\": \"staff\""),
                "transcript_sender_name_missing",
            ),
            (VALID.replace("2026-03-01T09:00:00Z", "soon"), "transcript_not_a_time"),
            (VALID.replace("\"email\"", "\"fax\""), "transcript_unknown_channel"),
            (VALID.replace("2026-03-01T09:00:00Z", "1066-03-01T09:00:00Z"), "transcript_time_out_of_range"),
            (VALID.replace("\"version\": 1", "\"version\": 1, \"x\": 1"), "transcript_not_readable"),
        ];
        for (text, code) in cases {
            let (got, params) = reason(&text);
            assert_eq!(got, Some(code), "{text}");
            assert!(params.contains(&"line") && params.contains(&"column"), "{code}: {params:?}");
        }
    }

    #[test]
    fn what_serde_json_found_is_typed_for_a_front_end() {
        let what = |text: &str| match parse(text) {
            Err(Error::Import { why, .. }) => {
                let params = why.params();
                let get = |name: &str| params.iter().find(|(k, _)| *k == name).map(|(_, v)| v.clone());
                let text = |name: &str| match get(name) {
                    Some(crate::error::Param::Text(t)) => t,
                    other => panic!("{name}: {other:?}"),
                };
                (why.code(), text("what"), text("name"), text("found_kind"), text("expected_kind"))
            }
            other => panic!("expected an import error, got {other:?}"),
        };
        let unknown = what(&VALID.replace("\"version\": 1", "\"version\": 1, \"x\": 1"));
        assert_eq!(
            unknown,
            ("transcript_not_readable", "unknown_field".into(), "x".into(), "other".into(), "other".into())
        );
        let wrong = what(&VALID.replace("\"text\": \"Hello\"", "\"text\": 5"));
        assert_eq!(wrong.1, "wrong_type");
        assert_eq!((wrong.3.as_str(), wrong.4.as_str()), ("number", "text"));
        let missing = what(&VALID.replace(", \"text\": \"Hello\"", ""));
        assert_eq!((missing.1.as_str(), missing.2.as_str()), ("missing_field", "text"));
        assert_eq!(what("{\"format\": \"custos-transcript\",, }").1, "syntax");
        let kind = what(&VALID.replace("\"kind\": \"contact\"", "\"kind\": \"boss\""));
        assert_eq!((kind.1.as_str(), kind.2.as_str()), ("unknown_value", "boss"));
    }

    #[test]
    fn unsupported_version_says_which_are_supported() {
        let (line, message) = err(&VALID.replace("\"version\": 1", "\"version\": 2"));
        assert_eq!(line, 3);
        assert!(
            message.starts_with("unsupported version 2: expected \"version\": 1 (the versions this Custos reads)"),
            "{message}"
        );
        // 1.0 is the number 1; 1.5 is no version, and says so with its own digits.
        assert!(parse(&VALID.replace("\"version\": 1", "\"version\": 1.0")).is_ok());
        let (_, message) = err(&VALID.replace("\"version\": 1", "\"version\": 1.5"));
        assert!(message.starts_with("unsupported version 1.5: expected"), "{message}");
    }

    #[test]
    fn empty_messages_are_rejected() {
        let text = "{\n  \"format\": \"custos-transcript\",\n  \"version\": 1,\n  \"messages\": []\n}";
        let (line, message) = err(text);
        assert_eq!(line, 4);
        assert!(message.starts_with("expected at least one message in \"messages\" but found none"), "{message}");
    }

    #[test]
    fn empty_text_is_rejected_on_its_line() {
        let (line, message) = err(&VALID.replace("\"Hi!\"", "\"  \""));
        assert_eq!(line, 10);
        assert!(message.starts_with("expected the message text but found \"  \""), "{message}");
    }

    #[test]
    fn errors_in_a_message_spread_over_lines_point_at_the_value() {
        let text = "{\n\"format\": \"custos-transcript\",\n\"version\": 1,\n\"messages\": [\n  {\n    \"at\": \"2026-03-01T09:00:00Z\",\n    \"sender\": { \"kind\": \"contact\" },\n    \"text\": \"\"\n  }\n]\n}";
        assert_eq!(err(text).0, 8);
        let text = text.replace("\"text\": \"\"", "\"text\": \"ok\"").replace("\"2026-03-01T09:00:00Z\"", "\"soon\"");
        assert_eq!(err(&text).0, 6);
    }

    #[test]
    fn staff_and_other_need_a_name_on_their_line() {
        let (line, message) = err(&VALID.replace("\"kind\": \"staff\", \"name\": \"Ola\"", "\"kind\": \"staff\""));
        assert_eq!(line, 10);
        assert!(message.starts_with("expected a \"name\" for the staff sender but found none"), "{message}");
        let (line, message) = err(&VALID.replace("\"Jan Kowalski\"", "\"\""));
        assert_eq!(line, 11);
        assert!(message.starts_with("expected the other sender's \"name\" but found an empty one"), "{message}");
        // Only DEL is no name either; it is shown escaped.
        let (line, message) = err(&VALID.replace("\"Jan Kowalski\"", "\"\\u007f\""));
        assert_eq!(line, 11);
        assert!(
            message.starts_with("expected the other sender's \"name\" with a letter or digit but found \"\\u{7f}\""),
            "{message}"
        );
        // A sender spread over lines: the error is inside the offending message.
        let text = "{\"format\": \"custos-transcript\", \"version\": 1, \"messages\": [\n{\"at\": \"2026-03-01T09:00:00Z\",\n \"sender\": {\n  \"kind\": \"other\"\n },\n \"text\": \"x\"}]}";
        let (line, _) = err(text);
        assert!((2..=5).contains(&line), "{line}");
    }

    #[test]
    fn unknown_sender_kind_is_rejected() {
        let (line, message) = err(&VALID.replace("\"kind\": \"contact\"", "\"kind\": \"bot\""));
        assert_eq!(line, 9);
        assert!(
            message.starts_with("unknown variant \"bot\", expected one of \"contact\", \"staff\", \"other\""),
            "{message}"
        );
    }

    #[test]
    fn bad_times_are_rejected_on_their_line() {
        let (line, message) = err(&VALID.replace("2026-03-01T09:01:00Z", "yesterday"));
        assert_eq!(line, 10);
        assert!(
            message.starts_with(
                "expected an RFC 3339 time with a zone, such as \"2026-03-01T09:00:00Z\", but found \"yesterday\""
            ),
            "{message}"
        );
        let (line, _) = err(&VALID.replace("\"2026-03-01T10:30:00+01:00\"", "\"2026-03-01T10:30:00\""));
        assert_eq!(line, 6);
    }

    #[test]
    fn end_before_start_is_rejected_on_the_ended_at_line() {
        let (line, message) = err(&VALID.replace("2026-03-01T10:30:00+01:00", "2026-03-01T09:30:00+01:00"));
        assert_eq!(line, 6);
        assert!(message.starts_with("expected \"ended_at\" to be no earlier than \"started_at\""), "{message}");
    }

    #[test]
    fn columns_count_characters() {
        let text = "{\"format\": \"custos-transcript\", \"version\": 1, \"messages\": [{\"at\": \"2026-03-01T09:00:00Z\", \"sender\": {\"kind\": \"contact\"}, \"text\": \"Привет\", \"x\": 1}]}";
        let (_, message) = err(text);
        let byte_col = text.find("\"x\"").unwrap() + 3;
        let char_col = text[..byte_col].chars().count();
        assert!(message.ends_with(&format!("(column {char_col})")), "{message}");
    }

    #[test]
    fn key_line_skips_string_values() {
        let text = "{\n\"a\": \"\\\"ended_at\\\": no\",\n\"ended_at\": 1}";
        assert_eq!(key_line(text, "ended_at"), Some(3));
    }
    #[test]
    fn fixture_transcript() {
        let conv = parse(include_str!("../../tests/fixtures/transcript.json")).unwrap();
        assert_eq!(conv.channel, Channel::Chat);
        assert_eq!(conv.messages.len(), 4);
        assert_eq!(conv.messages[0].sender, Sender::Contact);
        assert!(conv.messages[0].text.starts_with("Здравствуйте!"));
        assert_eq!(conv.messages[2].at, at("2026-03-01T09:10:00Z"));
        assert_eq!(conv.messages[3].text, "Спасибо!\nХорошего дня.");
    }
}
