//! A row and a [`Mapping`] → a [`ContactDraft`].
//!
//! - Names, organisation, job title: the columns of a field, one after the other (names with
//!   a space, organisation and job title with ", "); a middle name follows the given name.
//!   Notes: one column after the other, on lines of their own.
//! - Contact points: the columns of a field make one group per (kind, group, label); a
//!   [`Field::LabelOf`] column of the group, when it has text, gives the label of them all
//!   (its words in any of the seven languages; a leading `*` makes the group's first value
//!   primary). Several values in a cell are separated by ` ::: ` (Google), and e-mail
//!   addresses and phone numbers also by `;` or `,`. A whole address's lines are joined with
//!   ", "; without one, the parts of the group make it: street(s), postal code and city,
//!   region, country — the n-th value of each part (` ::: `) the n-th address.
//! - Each kind is then [settled](Labelled::settle): each value once, one primary.
//! - Tags: split at ` ::: `, else at `;`, else at `,`; Google's own groups (`* myContacts`,
//!   `* starred`: a leading `*`) are left out.
//! - A draft without a name, an organisation or an e-mail address gets a problem.

use crate::address_book::draft::{ContactDraft, Label, Labelled};

use super::mapping::{AddressPart, Field, Mapping, PointKind, label_in, words};
use super::records::Row;

/// What a draft says when it has nothing to be called by.
pub const NO_NAME: &str = "no name, organisation or e-mail address to show this contact by";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Text {
    Display,
    Given,
    Middle,
    Family,
    Organisation,
    JobTitle,
    Notes,
}

/// The contact points of one kind, group and label.
#[derive(Debug)]
struct Unit {
    kind: PointKind,
    group: u8,
    label: Label,
    /// Columns of whole values (an e-mail address, a phone number, a whole address).
    whole: Vec<usize>,
    parts: Vec<(AddressPart, usize)>,
    label_column: Option<usize>,
}

/// A mapping made ready for rows.
#[derive(Debug, Default)]
pub(super) struct Plan {
    texts: Vec<(usize, Text)>,
    tags: Vec<usize>,
    units: Vec<Unit>,
}

impl Plan {
    pub fn new(mapping: &Mapping) -> Plan {
        let mut plan = Plan::default();
        let mut label_columns = Vec::new();
        for (column, field) in mapping.columns.iter().enumerate() {
            let text = match *field {
                Field::Ignore => None,
                Field::DisplayName => Some(Text::Display),
                Field::GivenName => Some(Text::Given),
                Field::MiddleName => Some(Text::Middle),
                Field::FamilyName => Some(Text::Family),
                Field::Organisation => Some(Text::Organisation),
                Field::JobTitle => Some(Text::JobTitle),
                Field::Notes => Some(Text::Notes),
                Field::Email { label, group } => {
                    plan.unit(PointKind::Email, group, label).whole.push(column);
                    None
                }
                Field::Phone { label, group } => {
                    plan.unit(PointKind::Phone, group, label).whole.push(column);
                    None
                }
                Field::Address { label, group } => {
                    plan.unit(PointKind::Address, group, label).whole.push(column);
                    None
                }
                Field::AddressPart { part, label, group } => {
                    plan.unit(PointKind::Address, group, label).parts.push((part, column));
                    None
                }
                Field::LabelOf { kind, group } => {
                    label_columns.push((kind, group, column));
                    None
                }
                Field::Tags => {
                    plan.tags.push(column);
                    None
                }
            };
            if let Some(text) = text {
                plan.texts.push((column, text));
            }
        }
        for (kind, group, column) in label_columns {
            for unit in plan.units.iter_mut().filter(|u| u.kind == kind && u.group == group) {
                unit.label_column.get_or_insert(column);
            }
        }
        plan
    }

    fn unit(&mut self, kind: PointKind, group: u8, label: Label) -> &mut Unit {
        let at = match self.units.iter().position(|u| u.kind == kind && u.group == group && u.label == label) {
            Some(at) => at,
            None => {
                self.units.push(Unit { kind, group, label, whole: Vec::new(), parts: Vec::new(), label_column: None });
                self.units.len() - 1
            }
        };
        &mut self.units[at]
    }

    pub fn draft(&self, row: &Row) -> ContactDraft {
        let cell = |column: usize| row.fields.get(column).map(|s| s.trim()).filter(|s| !s.is_empty());
        let joined = |wanted: &[Text], separator: &str| {
            let parts: Vec<&str> =
                self.texts.iter().filter(|(_, t)| wanted.contains(t)).filter_map(|&(c, _)| cell(c)).collect();
            (!parts.is_empty()).then(|| parts.join(separator))
        };
        let mut draft = ContactDraft {
            line: row.line,
            display_name: joined(&[Text::Display], " "),
            family_name: joined(&[Text::Family], " "),
            organisation: joined(&[Text::Organisation], ", "),
            job_title: joined(&[Text::JobTitle], ", "),
            notes: joined(&[Text::Notes], "\n"),
            ..Default::default()
        };
        // The given name first, then the middle name, whatever the order of the columns.
        draft.given_name = match (joined(&[Text::Given], " "), joined(&[Text::Middle], " ")) {
            (Some(given), Some(middle)) => Some(format!("{given} {middle}")),
            (given, middle) => given.or(middle),
        };
        for unit in &self.units {
            let marked = unit.label_column.and_then(cell).map(|text| {
                let label = label_in(&words(text)).unwrap_or(Label::Other);
                (label, text.starts_with('*'))
            });
            let (label, primary) = marked.unwrap_or((unit.label, false));
            let values = match unit.kind {
                PointKind::Email | PointKind::Phone => unit
                    .whole
                    .iter()
                    .filter_map(|&c| cell(c))
                    .flat_map(|v| v.split(":::").flat_map(|v| v.split([';', ','])))
                    .map(str::trim)
                    .filter(|v| !v.is_empty())
                    .map(str::to_owned)
                    .collect(),
                PointKind::Address => addresses(unit, &cell),
            };
            let list = match unit.kind {
                PointKind::Email => &mut draft.emails,
                PointKind::Phone => &mut draft.phones,
                PointKind::Address => &mut draft.addresses,
            };
            for (i, value) in values.into_iter().enumerate() {
                list.push(Labelled { value, label, primary: primary && i == 0 });
            }
        }
        Labelled::settle(&mut draft.emails);
        Labelled::settle(&mut draft.phones);
        Labelled::settle(&mut draft.addresses);
        for text in self.tags.iter().filter_map(|&c| cell(c)) {
            let tags: Vec<&str> = if text.contains(":::") {
                text.split(":::").collect()
            } else if text.contains(';') {
                text.split(';').collect()
            } else {
                text.split(',').collect()
            };
            for tag in tags.into_iter().map(str::trim).filter(|t| !t.starts_with('*')) {
                draft.add_tag(tag);
            }
        }
        if draft.name().is_none() {
            draft.problem = Some(NO_NAME.to_owned());
        }
        draft
    }
}

/// The addresses of a unit: its whole addresses, else its parts put together.
fn addresses<'r>(unit: &Unit, cell: &dyn Fn(usize) -> Option<&'r str>) -> Vec<String> {
    let one_line = |text: &str| {
        let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        lines.join(", ")
    };
    let whole: Vec<String> = unit
        .whole
        .iter()
        .filter_map(|&c| cell(c))
        .flat_map(|v| v.split(":::"))
        .map(one_line)
        .filter(|v| !v.is_empty())
        .collect();
    if !whole.is_empty() {
        return whole;
    }
    let parts: Vec<(AddressPart, Vec<&str>)> =
        unit.parts.iter().filter_map(|&(part, c)| Some((part, cell(c)?.split(":::").collect()))).collect();
    let count = parts.iter().map(|(_, values)| values.len()).max().unwrap_or(0);
    (0..count)
        .map(|i| {
            let of = |wanted: AddressPart, separator: &str| {
                let texts: Vec<String> = parts
                    .iter()
                    .filter(|(part, _)| *part == wanted)
                    .filter_map(|(_, values)| values.get(i).map(|v| one_line(v)))
                    .filter(|v| !v.is_empty())
                    .collect();
                texts.join(separator)
            };
            let place = [of(AddressPart::PostalCode, " "), of(AddressPart::City, " ")];
            let place = place.iter().filter(|p| !p.is_empty()).cloned().collect::<Vec<_>>().join(" ");
            let lines =
                [of(AddressPart::Street, ", "), place, of(AddressPart::Region, ", "), of(AddressPart::Country, ", ")];
            lines.into_iter().filter(|l| !l.is_empty()).collect::<Vec<_>>().join(", ")
        })
        .filter(|a| !a.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(header: &[&str], fields: &[&str]) -> ContactDraft {
        let mapping = Mapping::guess(header);
        Plan::new(&mapping).draft(&Row { line: 2, fields: fields.iter().map(|f| f.to_string()).collect() })
    }

    fn l(value: &str, label: Label, primary: bool) -> Labelled {
        Labelled { value: value.into(), label, primary }
    }

    #[test]
    fn names_and_texts_are_trimmed_and_joined() {
        let d = draft(
            &["First Name", "Middle Name", "Last Name", "Company", "Job Title", "Notes", "Notatki"],
            &["  Anna ", "Maria", "Żółkiewska", " Źdźbło sp. z o.o.", "", "Dzwonić po 15", "  "],
        );
        assert_eq!(d.given_name.as_deref(), Some("Anna Maria"));
        assert_eq!(d.family_name.as_deref(), Some("Żółkiewska"));
        assert_eq!(d.organisation.as_deref(), Some("Źdźbło sp. z o.o."));
        assert_eq!(d.job_title, None);
        assert_eq!(d.notes.as_deref(), Some("Dzwonić po 15"));
        assert_eq!(d.problem, None);
        assert_eq!(d.line, 2);
        let only_middle = draft(&["Middle Name", "Notes", "Uwagi"], &["Maria", "a", "b"]);
        assert_eq!(only_middle.given_name.as_deref(), Some("Maria"));
        assert_eq!(only_middle.notes.as_deref(), Some("a\nb"));
    }

    #[test]
    fn google_labels_give_the_label_and_the_primary_of_their_group() {
        let header = ["First Name", "E-mail 1 - Label", "E-mail 1 - Value", "E-mail 2 - Label", "E-mail 2 - Value"];
        let d = draft(&header, &["Anna", "Home", "anna@dom.pl", "* Work", "a.nowak@firma.pl ::: biuro@firma.pl"]);
        assert_eq!(
            d.emails,
            [
                l("anna@dom.pl", Label::Home, false),
                l("a.nowak@firma.pl", Label::Work, true),
                l("biuro@firma.pl", Label::Work, false),
            ]
        );
        // No label: the field's own (Other for Google's values); the first is primary.
        let d = draft(&header, &["Anna", "", "anna@dom.pl", "Custom thing", "x@y.pl"]);
        assert_eq!(d.emails, [l("anna@dom.pl", Label::Other, true), l("x@y.pl", Label::Other, false)]);
    }

    #[test]
    fn several_values_in_a_cell_and_the_same_value_twice() {
        let d = draft(
            &["Name", "E-mail", "Mobile Phone", "Primary Phone"],
            &["Jan", "jan@a.pl; jan@b.pl, JAN@a.pl", "+48 600 100 200", "+48 600 100 200"],
        );
        assert_eq!(d.emails, [l("jan@a.pl", Label::Other, true), l("jan@b.pl", Label::Other, false)]);
        assert_eq!(d.phones, [l("+48 600 100 200", Label::Mobile, true)]);
    }

    #[test]
    fn addresses_come_whole_or_from_their_parts() {
        let d = draft(
            &["Name", "Adres domowy", "Business Street", "Business Street 2", "Business City", "Business Postal Code"],
            &["Jan", "ul. Długa 5\n00-001 Warszawa\n", "Hauptstraße 5", "2. OG", "Köln", "50667"],
        );
        assert_eq!(
            d.addresses,
            [
                l("ul. Długa 5, 00-001 Warszawa", Label::Home, true),
                l("Hauptstraße 5, 2. OG, 50667 Köln", Label::Work, false)
            ]
        );
        let google = [
            "Name",
            "Address 1 - Label",
            "Address 1 - Formatted",
            "Address 1 - Street",
            "Address 1 - City",
            "Address 2 - Label",
            "Address 2 - Street",
            "Address 2 - City",
            "Address 2 - Postal Code",
            "Address 2 - Region",
            "Address 2 - Country",
        ];
        let d = draft(
            &google,
            &[
                "Jan",
                "* Home",
                "",
                "ul. Długa 5 ::: ul. Krótka 1",
                "Łódź ::: Łowicz",
                "Work",
                "Piotrkowska 12",
                "Łódź",
                "90-001",
                "łódzkie",
                "Polska",
            ],
        );
        assert_eq!(
            d.addresses,
            [
                l("ul. Długa 5, Łódź", Label::Home, true),
                l("ul. Krótka 1, Łowicz", Label::Home, false),
                l("Piotrkowska 12, 90-001 Łódź, łódzkie, Polska", Label::Work, false),
            ]
        );
    }

    #[test]
    fn tags_are_split_and_googles_own_groups_left_out() {
        let d = draft(&["Name", "Labels"], &["Jan", "* myContacts ::: Trade fair 2026 ::: * starred ::: VIP, Łódź"]);
        assert_eq!(d.tags, ["Trade fair 2026", "VIP, Łódź"]);
        let d = draft(&["Name", "Categories"], &["Jan", "Messe 2026;Kunde; Messe 2026"]);
        assert_eq!(d.tags, ["Messe 2026", "Kunde"]);
        let d = draft(&["Name", "Tagi"], &["Jan", "Targi 2026, Klient"]);
        assert_eq!(d.tags, ["Targi 2026", "Klient"]);
    }

    #[test]
    fn a_row_with_nothing_to_call_it_by_has_a_problem() {
        let d = draft(&["Name", "Telefon", "Birthday"], &["", "+48 600 100 200", "1980-01-01"]);
        assert_eq!(d.problem.as_deref(), Some(NO_NAME));
        assert_eq!(d.phones, [l("+48 600 100 200", Label::Other, true)]);
        for (header, fields) in [(["Name", "Firma"], ["", "Źdźbło"]), (["Name", "E-mail"], ["", "a@b.pl"])] {
            assert_eq!(draft(&header, &fields).problem, None, "{header:?}");
        }
    }

    #[test]
    fn short_rows_and_an_empty_mapping() {
        let d = draft(&["Name", "E-mail", "Uwagi"], &["Jan"]);
        assert_eq!((d.display_name.as_deref(), d.emails.len(), d.notes), (Some("Jan"), 0, None));
        let d = Plan::new(&Mapping::default()).draft(&Row { line: 7, fields: vec!["Jan".into()] });
        assert_eq!(d, ContactDraft { line: 7, problem: Some(NO_NAME.into()), ..Default::default() });
    }
}
