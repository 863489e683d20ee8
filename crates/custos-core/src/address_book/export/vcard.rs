//! vCard 4.0 (RFC 6350), what every address book and phone reads.

use std::fmt::Write as _;

use crate::address_book::draft::{ContactDraft, Label, Labelled};

/// The longest a line of a vCard may be, in octets, before it is folded (RFC 6350 §3.2).
const FOLD_AT: usize = 75;

/// The drafts as one vCard 4.0 file: CRLF line ends, long lines folded, text escaped.
pub fn vcard(drafts: &[ContactDraft]) -> String {
    let mut out = String::new();
    for d in drafts {
        line(&mut out, "BEGIN:VCARD");
        line(&mut out, "VERSION:4.0");
        let name = d.name().unwrap_or_default();
        line(&mut out, &format!("FN:{}", escape(&name)));
        if d.given_name.is_some() || d.family_name.is_some() {
            let part = |p: &Option<String>| escape(p.as_deref().unwrap_or(""));
            line(&mut out, &format!("N:{};{};;;", part(&d.family_name), part(&d.given_name)));
        }
        if let Some(org) = &d.organisation {
            line(&mut out, &format!("ORG:{}", escape(org)));
        }
        if let Some(title) = &d.job_title {
            line(&mut out, &format!("TITLE:{}", escape(title)));
        }
        for e in &d.emails {
            line(&mut out, &format!("EMAIL{}:{}", params(e, false), escape(&e.value)));
        }
        for p in &d.phones {
            line(&mut out, &format!("TEL{}:{}", params(p, true), escape(&p.value)));
        }
        for a in &d.addresses {
            // The whole address as the street part: it is kept as one text, as it was typed.
            line(&mut out, &format!("ADR{}:;;{};;;;", params(a, false), escape(&a.value)));
        }
        if !d.tags.is_empty() {
            let tags: Vec<String> = d.tags.iter().map(|t| escape(t)).collect();
            line(&mut out, &format!("CATEGORIES:{}", tags.join(",")));
        }
        if let Some(notes) = &d.notes {
            line(&mut out, &format!("NOTE:{}", escape(notes)));
        }
        line(&mut out, "END:VCARD");
    }
    out
}

/// `;TYPE=work;PREF=1`: the label as vCard 4.0 types it (a mobile is a `cell` telephone), and
/// the preferred one first.
fn params(v: &Labelled, phone: bool) -> String {
    let kind = match (v.label, phone) {
        (Label::Work, _) => Some("work"),
        (Label::Home, _) => Some("home"),
        (Label::Mobile, true) => Some("cell"),
        (Label::Mobile, false) | (Label::Other, _) => None,
    };
    let mut out = String::new();
    if let Some(kind) = kind {
        let _ = write!(out, ";TYPE={kind}");
    }
    if v.primary {
        out.push_str(";PREF=1");
    }
    out
}

/// Escapes a text value: backslash, comma, semicolon and line breaks (RFC 6350 §3.4).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// Appends a content line, folded every [`FOLD_AT`] octets (never inside a character), each
/// continuation starting with a space.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        let len = c.len_utf8();
        // A continuation line starts with a space, which counts.
        if width + len > FOLD_AT {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lucja() -> ContactDraft {
        ContactDraft {
            line: 1,
            display_name: Some("Łucja Żółkiewska".into()),
            given_name: Some("Łucja".into()),
            family_name: Some("Żółkiewska".into()),
            organisation: Some("Pracownia Źdźbło; Gdańsk".into()),
            job_title: Some("Owner, founder".into()),
            emails: vec![
                Labelled { value: "lucja@zdzblo.pl".into(), label: Label::Work, primary: true },
                Labelled::new("lucja@example.pl", Label::Home),
            ],
            phones: vec![Labelled::new("+48 601 234 567", Label::Mobile)],
            addresses: vec![Labelled::new("ul. Łąkowa 5\n80-001 Gdańsk", Label::Home)],
            tags: vec!["Trade fair 2026".into(), "VIP, gold".into()],
            notes: Some("Prefers calls after 16:00.\\ Not Mondays.".into()),
            problem: None,
        }
    }

    #[test]
    fn a_card_is_written_as_vcard_4_with_types_preference_and_escapes() {
        let text = vcard(&[lucja()]);
        let lines: Vec<&str> = text.split("\r\n").collect();
        assert_eq!(
            lines,
            [
                "BEGIN:VCARD",
                "VERSION:4.0",
                "FN:Łucja Żółkiewska",
                "N:Żółkiewska;Łucja;;;",
                "ORG:Pracownia Źdźbło\\; Gdańsk",
                "TITLE:Owner\\, founder",
                "EMAIL;TYPE=work;PREF=1:lucja@zdzblo.pl",
                "EMAIL;TYPE=home:lucja@example.pl",
                "TEL;TYPE=cell:+48 601 234 567",
                "ADR;TYPE=home:;;ul. Łąkowa 5\\n80-001 Gdańsk;;;;",
                "CATEGORIES:Trade fair 2026,VIP\\, gold",
                "NOTE:Prefers calls after 16:00.\\\\ Not Mondays.",
                "END:VCARD",
                "",
            ]
        );
    }

    #[test]
    fn long_lines_are_folded_between_characters_at_75_octets() {
        let mut d = ContactDraft { display_name: Some("Ż".repeat(60)), ..Default::default() };
        d.notes = Some("ąęł ".repeat(40));
        let text = vcard(&[d]);
        for physical in text.split("\r\n") {
            assert!(physical.len() <= FOLD_AT, "{} octets: {physical:?}", physical.len());
        }
        // Unfolding gives the lines back.
        let unfolded = text.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("FN:{}\r\n", "Ż".repeat(60))), "{unfolded}");
        assert!(unfolded.contains(&format!("NOTE:{}\r\n", "ąęł ".repeat(40))));
    }

    #[test]
    fn a_draft_with_only_an_organisation_still_gets_a_name() {
        let d = ContactDraft { organisation: Some("KRS".into()), ..Default::default() };
        assert!(vcard(&[d]).contains("\r\nFN:KRS\r\n"));
    }
}
