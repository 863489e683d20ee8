//! CSV (RFC 4180: comma-separated, CRLF, fields quoted by the `csv` crate where they need it),
//! in UTF-8 with a byte-order mark, laid out so that the CSV importer reads it back without a
//! mapping from the user.
//!
//! The header, in this order:
//!
//! - `Display Name`, `Given Name`, `Family Name`, `Organisation`, `Job Title`;
//! - `E-mail 1 - Label`, `E-mail 1 - Value`, `E-mail 2 - Label`, …: one numbered group per
//!   e-mail address, as many as the draft with the most has (none when no draft has one);
//!   then `Phone n - Label`/`Phone n - Value` and `Address n - Label`/`Address n - Formatted`
//!   likewise. This is Google Contacts' layout, which
//!   [`Mapping::guess`](crate::address_book::csv::Mapping::guess) knows: a label is `Work`,
//!   `Home`, `Mobile` or `Other`, and `* ` before it marks the primary one of its kind, as
//!   Google writes it. One value per group keeps each value's label and the order of the list.
//! - `Tags`: the tags joined with ` ::: ` (Google's separator, which the importer splits at
//!   before `;` or `,`). A lone tag that holds a `;` or `,` is followed by ` :::`, so that it
//!   is read as one tag and not split at its comma.
//! - `Notes`.
//!
//! What CSV cannot say, the importer reads differently: an e-mail address or phone number with
//! a `;` or `,` in it is split there, as is an e-mail address, phone number, address or tag
//! with `:::` in it; a tag starting with `*` is taken for one of Google's own groups and left
//! out; the lines of an address are joined with ", ". A group number is a byte in a [`Mapping`](crate::address_book::csv::Mapping),
//! so past [`MAX_GROUPS`] values of a kind the rest share the last group's cell (joined with
//! ` ::: `, the primary one first) and its label.

use crate::address_book::draft::{ContactDraft, Label, Labelled};
use crate::error::{Error, Result};

/// UTF-8's byte-order mark. Excel on Windows opens a CSV file without one in the computer's
/// legacy code page (Windows-1250 on a Polish Windows: "Gdańsk" shows as "GdaĹ„sk"); with it,
/// Excel reads UTF-8, as LibreOffice, Numbers, Google Sheets and the CSV importer
/// ([`decode`](crate::address_book::csv::decode::decode)) do anyway.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The most numbered groups of a kind (the group of a column is a `u8`, 0 meaning none).
pub(super) const MAX_GROUPS: usize = u8::MAX as usize;

/// What separates several values in one cell (Google's separator).
const SEPARATOR: &str = " ::: ";

/// A kind of contact point: its columns' names and where a draft keeps it.
struct Kind {
    /// "E-mail" in "E-mail 1 - Label".
    name: &'static str,
    /// "Value" in "E-mail 1 - Value".
    value: &'static str,
    list: fn(&ContactDraft) -> &[Labelled],
}

const KINDS: [Kind; 3] = [
    Kind { name: "E-mail", value: "Value", list: |d| &d.emails },
    Kind { name: "Phone", value: "Value", list: |d| &d.phones },
    Kind { name: "Address", value: "Formatted", list: |d| &d.addresses },
];

/// The drafts as one CSV file: the BOM, the header, a row per draft. A draft's `line` and
/// `problem` are not written.
pub fn csv(drafts: &[ContactDraft]) -> Result<Vec<u8>> {
    // The groups of each kind: as many as the draft with the most values of it has.
    let groups = KINDS.map(|k| drafts.iter().map(|d| (k.list)(d).len()).max().unwrap_or(0).min(MAX_GROUPS));
    let mut header: Vec<String> =
        ["Display Name", "Given Name", "Family Name", "Organisation", "Job Title"].map(str::to_owned).into();
    for (kind, &groups) in KINDS.iter().zip(&groups) {
        for n in 1..=groups {
            header.push(format!("{} {n} - Label", kind.name));
            header.push(format!("{} {n} - {}", kind.name, kind.value));
        }
    }
    header.extend(["Tags", "Notes"].map(str::to_owned));

    let failed = |e: ::csv::Error| Error::Internal(format!("writing CSV: {e}"));
    let mut out = ::csv::WriterBuilder::new().terminator(::csv::Terminator::CRLF).from_writer(BOM.to_vec());
    out.write_record(&header).map_err(failed)?;
    for d in drafts {
        let text = |t: &Option<String>| t.clone().unwrap_or_default();
        let mut row = vec![
            text(&d.display_name),
            text(&d.given_name),
            text(&d.family_name),
            text(&d.organisation),
            text(&d.job_title),
        ];
        for (kind, &groups) in KINDS.iter().zip(&groups) {
            for (label, value) in cells((kind.list)(d), groups) {
                row.push(label);
                row.push(value);
            }
        }
        row.push(tags(&d.tags));
        row.push(text(&d.notes));
        out.write_record(&row).map_err(failed)?;
    }
    out.into_inner().map_err(|e| Error::Internal(format!("writing CSV: {}", e.error())))
}

/// The (label, value) cells of `groups` groups for one draft's list of a kind; empty ones past
/// its end.
fn cells(list: &[Labelled], groups: usize) -> Vec<(String, String)> {
    let mut cells: Vec<(String, String)> = Vec::with_capacity(groups);
    let (each, rest) = if list.len() > groups { list.split_at(groups.saturating_sub(1)) } else { (list, &[][..]) };
    for l in each {
        cells.push((label(l), l.value.clone()));
    }
    if !rest.is_empty() {
        let mut rest: Vec<&Labelled> = rest.iter().collect();
        if let Some(at) = rest.iter().position(|l| l.primary) {
            let primary = rest.remove(at);
            rest.insert(0, primary);
        }
        let values: Vec<&str> = rest.iter().map(|l| l.value.as_str()).collect();
        cells.push((rest.first().map(|l| label(l)).unwrap_or_default(), values.join(SEPARATOR)));
    }
    cells.resize(groups, (String::new(), String::new()));
    cells
}

/// A label as Google writes it: `Work`, `Home`, `Mobile`, `Other`; `* Work` when primary.
fn label(l: &Labelled) -> String {
    let word = match l.label {
        Label::Work => "Work",
        Label::Home => "Home",
        Label::Mobile => "Mobile",
        Label::Other => "Other",
    };
    if l.primary { format!("* {word}") } else { word.to_owned() }
}

/// The tags in one cell, joined with ` ::: `; a lone tag with a `;` or `,` gets a trailing
/// ` :::` so that it is not split there.
fn tags(tags: &[String]) -> String {
    match tags {
        [one] if one.contains([';', ',']) => format!("{one}{}", SEPARATOR.trim_end()),
        _ => tags.join(SEPARATOR),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l(value: &str, label: Label, primary: bool) -> Labelled {
        Labelled { value: value.into(), label, primary }
    }

    /// The file as text, without its BOM, and its lines split at CRLF.
    fn text(drafts: &[ContactDraft]) -> String {
        let bytes = csv(drafts).unwrap();
        assert!(bytes.starts_with(BOM), "UTF-8 with a byte-order mark");
        String::from_utf8(bytes[BOM.len()..].to_vec()).unwrap()
    }

    #[test]
    fn a_card_is_written_in_googles_layout_with_quotes_where_needed() {
        let d = ContactDraft {
            line: 1,
            display_name: Some("Łucja Żółkiewska".into()),
            given_name: Some("Łucja".into()),
            family_name: Some("Żółkiewska".into()),
            organisation: Some("Pracownia \"Źdźbło\", Gdańsk".into()),
            job_title: None,
            emails: vec![l("lucja@dom.pl", Label::Home, false), l("lucja@zdzblo.pl", Label::Work, true)],
            phones: vec![l("+48 601 234 567", Label::Mobile, true)],
            addresses: vec![l("ul. Łąkowa 5\n80-001 Gdańsk", Label::Other, true)],
            tags: vec!["Trade fair 2026".into(), "VIP; gold".into()],
            notes: Some("Call after 16:00.".into()),
            problem: None,
        };
        let only_org = ContactDraft { organisation: Some("KRS".into()), ..Default::default() };
        let text = text(&[d, only_org]);
        let lines: Vec<&str> = text.split("\r\n").collect();
        assert_eq!(
            lines,
            [
                "Display Name,Given Name,Family Name,Organisation,Job Title,\
                 E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,\
                 Phone 1 - Label,Phone 1 - Value,Address 1 - Label,Address 1 - Formatted,Tags,Notes",
                "Łucja Żółkiewska,Łucja,Żółkiewska,\"Pracownia \"\"Źdźbło\"\", Gdańsk\",,\
                 Home,lucja@dom.pl,* Work,lucja@zdzblo.pl,* Mobile,+48 601 234 567,\
                 * Other,\"ul. Łąkowa 5\n80-001 Gdańsk\",Trade fair 2026 ::: VIP; gold,Call after 16:00.",
                ",,,KRS,,,,,,,,,,,",
                "",
            ]
        );
    }

    #[test]
    fn with_no_drafts_only_the_header_is_written() {
        assert_eq!(text(&[]), "Display Name,Given Name,Family Name,Organisation,Job Title,Tags,Notes\r\n");
    }

    #[test]
    fn a_lone_tag_with_a_comma_gets_a_trailing_separator() {
        assert_eq!(tags(&[]), "");
        assert_eq!(tags(&["VIP".into()]), "VIP");
        assert_eq!(tags(&["VIP, gold".into()]), "VIP, gold :::");
        assert_eq!(tags(&["Kunde;Messe".into()]), "Kunde;Messe :::");
        assert_eq!(tags(&["VIP, gold".into(), "Messe".into()]), "VIP, gold ::: Messe");
    }

    #[test]
    fn past_the_last_group_the_values_share_its_cell_primary_first() {
        let list: Vec<Labelled> = (0..4).map(|i| l(&format!("{i}@a.pl"), Label::Work, i == 3)).collect();
        assert_eq!(
            cells(&list, 2),
            [("Work".into(), "0@a.pl".into()), ("* Work".into(), "3@a.pl ::: 1@a.pl ::: 2@a.pl".into())]
        );
        assert_eq!(cells(&list[..1], 2), [("Work".into(), "0@a.pl".into()), (String::new(), String::new())]);
        assert!(cells(&[], 0).is_empty());
    }
}
