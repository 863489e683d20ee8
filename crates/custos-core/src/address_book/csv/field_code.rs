//! A column's field written as text, for the command line's `--map COLUMN=FIELD` and for
//! showing a mapping: `ignore`, `display_name`, `given_name`, `middle_name`, `family_name`,
//! `organisation`, `job_title`, `tags`, `notes`; contact points as `email`, `phone`,
//! `address` with an optional label and group — `email:work`, `phone:mobile:2`; address parts
//! as `street`, `postal_code`, `city`, `region`, `country` (same suffixes); and the column
//! giving a group's labels as `label:email`, `label:phone:2`. [`Field::describe`] gives a
//! field in words and [`Mapping::choices`] the fields a column of a file may be given, for a
//! front end's list to choose from.

use std::fmt;
use std::str::FromStr;

use crate::address_book::draft::Label;
use crate::error::{Error, Result};

use super::mapping::{AddressPart, Field, Mapping, PointKind};

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
        let bad = || Error::invalid("field", crate::why::Why::NotAField { text: text.to_owned(), fields: FIELD_CODES });
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

impl Field {
    /// The field in words, for a list to choose from: "Given name", "E-mail (work)", "Phone 2
    /// (mobile)", "Postal code, address 1 (home)", "Labels of e-mail 1", "Not imported".
    pub fn describe(&self) -> String {
        let numbered = |what: &str, group: u8| if group > 0 { format!("{what} {group}") } else { what.to_owned() };
        match *self {
            Field::Ignore => "Not imported".into(),
            Field::DisplayName => "Display name".into(),
            Field::GivenName => "Given name".into(),
            Field::MiddleName => "Middle name".into(),
            Field::FamilyName => "Family name".into(),
            Field::Organisation => "Organisation".into(),
            Field::JobTitle => "Job title".into(),
            Field::Tags => "Tags".into(),
            Field::Notes => "Notes".into(),
            Field::Email { label, group } => format!("{} ({label})", numbered("E-mail", group)),
            Field::Phone { label, group } => format!("{} ({label})", numbered("Phone", group)),
            Field::Address { label, group } => format!("{} ({label})", numbered("Address", group)),
            Field::AddressPart { part, label, group } => {
                let part = match part {
                    AddressPart::Street => "Street",
                    AddressPart::PostalCode => "Postal code",
                    AddressPart::City => "City",
                    AddressPart::Region => "Region",
                    AddressPart::Country => "Country",
                };
                if group > 0 { format!("{part}, address {group} ({label})") } else { format!("{part} ({label})") }
            }
            Field::LabelOf { kind, group } => {
                let (one, all) = match kind {
                    PointKind::Email => ("e-mail", "the e-mail addresses"),
                    PointKind::Phone => ("phone", "the phone numbers"),
                    PointKind::Address => ("address", "the postal addresses"),
                };
                if group > 0 { format!("Labels of {one} {group}") } else { format!("Labels of {all}") }
            }
        }
    }
}

impl Mapping {
    /// The fields a column of this file may be given, in the order a list shows them: the
    /// names, organisation and job title; e-mail, phone, address and each address part with
    /// each label, and the columns of labels — ungrouped, then for each group this mapping
    /// uses (Google's "E-mail 1", "E-mail 2"…); tags, notes; and "not imported" first.
    pub fn choices(&self) -> Vec<Field> {
        let mut groups: Vec<u8> = self
            .columns
            .iter()
            .filter_map(|f| match *f {
                Field::Email { group, .. }
                | Field::Phone { group, .. }
                | Field::Address { group, .. }
                | Field::AddressPart { group, .. }
                | Field::LabelOf { group, .. } => Some(group),
                _ => None,
            })
            .collect();
        groups.push(0);
        groups.sort_unstable();
        groups.dedup();
        let mut out = vec![
            Field::Ignore,
            Field::DisplayName,
            Field::GivenName,
            Field::MiddleName,
            Field::FamilyName,
            Field::Organisation,
            Field::JobTitle,
        ];
        for group in groups {
            for label in Label::ALL.iter().copied() {
                out.push(Field::Email { label, group });
            }
            for label in Label::ALL.iter().copied() {
                out.push(Field::Phone { label, group });
            }
            for label in Label::ALL.iter().copied() {
                out.push(Field::Address { label, group });
            }
            for (_, part) in PARTS {
                for label in Label::ALL.iter().copied() {
                    out.push(Field::AddressPart { part, label, group });
                }
            }
            for (_, kind) in KINDS {
                out.push(Field::LabelOf { kind, group });
            }
        }
        out.extend([Field::Tags, Field::Notes]);
        out
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

    #[test]
    fn fields_have_words_and_a_mapping_offers_each_once() {
        assert_eq!(Field::GivenName.describe(), "Given name");
        assert_eq!(Field::Email { label: Label::Work, group: 0 }.describe(), "E-mail (work)");
        assert_eq!(Field::Phone { label: Label::Mobile, group: 2 }.describe(), "Phone 2 (mobile)");
        let part = Field::AddressPart { part: AddressPart::PostalCode, label: Label::Home, group: 1 };
        assert_eq!(part.describe(), "Postal code, address 1 (home)");
        assert_eq!(Field::LabelOf { kind: PointKind::Email, group: 1 }.describe(), "Labels of e-mail 1");
        assert_eq!(Field::LabelOf { kind: PointKind::Phone, group: 0 }.describe(), "Labels of the phone numbers");

        let plain = Mapping::guess(&["Imię", "Nazwisko", "E-mail"]);
        let choices = plain.choices();
        assert_eq!(choices.first(), Some(&Field::Ignore));
        assert_eq!(choices.len(), 7 + (4 * 3 + 5 * 4 + 3) + 2, "ungrouped only");
        for field in &plain.columns {
            assert!(choices.contains(field), "{field}");
        }
        let google = Mapping::guess(&["First Name", "E-mail 1 - Label", "E-mail 1 - Value", "Phone 2 - Value"]);
        let choices = google.choices();
        for field in &google.columns {
            assert!(choices.contains(field), "{field}");
        }
        let mut codes: Vec<String> = choices.iter().map(Field::to_string).collect();
        let before = codes.len();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), before, "each field once");
        assert_eq!(before, 7 + 3 * 35 + 2, "groups 0, 1 and 2");
    }
}
