//! A column's field written as text, for the command line's `--map COLUMN=FIELD` and for
//! showing a mapping: `ignore`, `display_name`, `given_name`, `middle_name`, `family_name`,
//! `organisation`, `job_title`, `tags`, `notes`; contact points as `email`, `phone`,
//! `address` with an optional label and group — `email:work`, `phone:mobile:2`; address parts
//! as `street`, `postal_code`, `city`, `region`, `country` (same suffixes); and the column
//! giving a group's labels as `label:email`, `label:phone:2`.

use std::fmt;
use std::str::FromStr;

use crate::address_book::draft::Label;
use crate::error::{Error, Result};

use super::mapping::{AddressPart, Field, PointKind};

const PARTS: [(&str, AddressPart); 5] = [
    ("street", AddressPart::Street),
    ("postal_code", AddressPart::PostalCode),
    ("city", AddressPart::City),
    ("region", AddressPart::Region),
    ("country", AddressPart::Country),
];

const KINDS: [(&str, PointKind); 3] =
    [("email", PointKind::Email), ("phone", PointKind::Phone), ("address", PointKind::Address)];

/// What `--map` accepts, for messages.
pub const FIELD_CODES: &str = "ignore, display_name, given_name, middle_name, family_name, organisation, job_title, \
     email[:LABEL][:GROUP], phone[:LABEL][:GROUP], address[:LABEL][:GROUP], street|postal_code|city|region|country\
     [:LABEL][:GROUP], label:email|phone|address[:GROUP], tags, notes (LABEL: work, home, mobile or other)";

impl FromStr for Field {
    type Err = Error;

    fn from_str(text: &str) -> Result<Field> {
        let bad = || Error::invalid("field", format!("'{text}' is not a field; use one of {FIELD_CODES}"));
        // "E-mail" is "email"; "postal-code" is "postal_code".
        let wanted = text.trim().to_lowercase().replace("e-mail", "email").replace('-', "_");
        let mut parts = wanted.split(':');
        let head = parts.next().unwrap_or_default();
        let rest: Vec<&str> = parts.collect();
        let simple = match head {
            "ignore" => Some(Field::Ignore),
            "display_name" | "name" => Some(Field::DisplayName),
            "given_name" => Some(Field::GivenName),
            "middle_name" => Some(Field::MiddleName),
            "family_name" => Some(Field::FamilyName),
            "organisation" | "organization" => Some(Field::Organisation),
            "job_title" => Some(Field::JobTitle),
            "tags" => Some(Field::Tags),
            "notes" => Some(Field::Notes),
            _ => None,
        };
        if let Some(field) = simple {
            return if rest.is_empty() { Ok(field) } else { Err(bad()) };
        }
        let group = |text: Option<&&str>| -> Result<u8> { text.map_or(Ok(0), |g| g.parse::<u8>().map_err(|_| bad())) };
        if head == "label" {
            let kind =
                rest.first().and_then(|k| KINDS.iter().find(|(c, _)| c == k)).map(|(_, k)| *k).ok_or_else(bad)?;
            if rest.len() > 2 {
                return Err(bad());
            }
            return Ok(Field::LabelOf { kind, group: group(rest.get(1))? });
        }
        // A label, then a group, both optional ("email:2" is group 2, labelled other).
        let (label, group) = match rest.as_slice() {
            [] => (Label::Other, 0),
            [one] => match one.parse::<Label>() {
                Ok(label) => (label, 0),
                Err(_) => (Label::Other, group(Some(one))?),
            },
            [label, g] => (label.parse::<Label>().map_err(|_| bad())?, group(Some(g))?),
            _ => return Err(bad()),
        };
        match head {
            "email" => Ok(Field::Email { label, group }),
            "phone" => Ok(Field::Phone { label, group }),
            "address" => Ok(Field::Address { label, group }),
            _ => {
                let part = PARTS.iter().find(|(c, _)| *c == head).map(|(_, p)| *p).ok_or_else(bad)?;
                Ok(Field::AddressPart { part, label, group })
            }
        }
    }
}

impl fmt::Display for Field {
    /// The code [`Field::from_str`] reads back: `email:work:2`, `city:home`, `label:phone:1`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let point = |f: &mut fmt::Formatter<'_>, head: &str, label: Label, group: u8| {
            write!(f, "{head}:{label}")?;
            if group > 0 { write!(f, ":{group}") } else { Ok(()) }
        };
        match *self {
            Field::Ignore => f.write_str("ignore"),
            Field::DisplayName => f.write_str("display_name"),
            Field::GivenName => f.write_str("given_name"),
            Field::MiddleName => f.write_str("middle_name"),
            Field::FamilyName => f.write_str("family_name"),
            Field::Organisation => f.write_str("organisation"),
            Field::JobTitle => f.write_str("job_title"),
            Field::Tags => f.write_str("tags"),
            Field::Notes => f.write_str("notes"),
            Field::Email { label, group } => point(f, "email", label, group),
            Field::Phone { label, group } => point(f, "phone", label, group),
            Field::Address { label, group } => point(f, "address", label, group),
            Field::AddressPart { part, label, group } => {
                let head = PARTS.iter().find(|(_, p)| *p == part).map_or("street", |(c, _)| *c);
                point(f, head, label, group)
            }
            Field::LabelOf { kind, group } => {
                let head = KINDS.iter().find(|(_, k)| *k == kind).map_or("email", |(c, _)| *c);
                write!(f, "label:{head}")?;
                if group > 0 { write!(f, ":{group}") } else { Ok(()) }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_read_back_as_written() {
        let fields = [
            Field::Ignore,
            Field::DisplayName,
            Field::GivenName,
            Field::MiddleName,
            Field::FamilyName,
            Field::Organisation,
            Field::JobTitle,
            Field::Tags,
            Field::Notes,
            Field::Email { label: Label::Work, group: 0 },
            Field::Phone { label: Label::Mobile, group: 2 },
            Field::Address { label: Label::Home, group: 1 },
            Field::AddressPart { part: AddressPart::PostalCode, label: Label::Work, group: 0 },
            Field::LabelOf { kind: PointKind::Phone, group: 3 },
        ];
        for field in fields {
            assert_eq!(field.to_string().parse::<Field>().unwrap(), field, "{field}");
        }
        assert_eq!("E-mail".parse::<Field>().unwrap(), Field::Email { label: Label::Other, group: 0 });
        assert_eq!("email:2".parse::<Field>().unwrap(), Field::Email { label: Label::Other, group: 2 });
        assert_eq!("city".parse::<Field>().unwrap().to_string(), "city:other");
        for bad in ["", "birthday", "email:boss", "email:work:x", "notes:work", "label", "label:fax", "phone:work:1:2"]
        {
            let err = bad.parse::<Field>().unwrap_err();
            assert_eq!(err.code(), "invalid_input", "{bad}");
            assert!(err.to_string().contains("display_name, given_name"), "{err}");
        }
    }
}
