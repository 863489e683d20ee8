//! Redaction for the access report and its export (GDPR Art. 15(4)): a transcript also holds
//! other people's data, which is theirs, not the requester's.
//!
//! The rule, per contact:
//! - a third party is any message sender that is neither the contact nor staff
//!   ([`Sender::Other`]); such a sender is shown as "[third party 1]", "[third party 2]"…
//!   (numbered in order of first appearance, so a reader can still follow who said what);
//! - in message texts (and a conversation's external reference), a third party's full name and
//!   each part of it of three letters or more are replaced by the same label, as whole words
//!   and ignoring case — except a part the contact's own name shares;
//! - e-mail addresses other than the contact's own, and phone numbers other than the contact's
//!   own (compared by digits), are replaced by "[removed]". A phone number is a run of 9 to 15
//!   digits (7 to 15 after a leading `+`) joined by single spaces, `-`, `.`, `/` or brackets;
//!   so dates and amounts stay, and an order number of nine digits or more goes (erring on the
//!   side of the other person).
//!
//! One [`Redactor`] serves the PDF and the export alike; only the labels' language differs.

use custos_core::contacts::Contact;
use custos_core::interactions::Sender;

/// The words a redaction leaves behind, in the document's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marks {
    /// "third party": a redacted person becomes "[third party 1]".
    pub party: String,
    /// "removed": a redacted contact point becomes "[removed]".
    pub removed: String,
}

impl Marks {
    /// The labels in `language` (`redact-party`, `redact-removed`), for the PDF.
    pub fn for_language(language: crate::Language) -> crate::Result<Marks> {
        let t = crate::i18n::Texts::load(language)?;
        Ok(Marks { party: t.get("redact-party"), removed: t.get("redact-removed") })
    }

    /// The English labels, used in the machine-readable export.
    pub fn english() -> Marks {
        Marks { party: "third party".into(), removed: "removed".into() }
    }
}

/// A third party: their name as given, its words (lower case) and their label.
#[derive(Debug, Clone)]
struct Party {
    name: String,
    words: Vec<String>,
    label: String,
}

/// Redacts third parties out of one contact's transcripts.
#[derive(Debug, Clone)]
pub struct Redactor {
    parties: Vec<Party>,
    /// Single words to replace, each with the label of the party it belongs to.
    parts: Vec<(String, String)>,
    own_emails: Vec<String>,
    own_phones: Vec<String>,
    removed: String,
}

/// The words of `text` (runs of letters and digits), lower case, with their byte ranges.
fn words(text: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut start = None;
    for (pos, ch) in text.char_indices() {
        if ch.is_alphanumeric() {
            start.get_or_insert(pos);
        } else if let Some(s) = start.take() {
            out.push((s, pos, text[s..pos].to_lowercase()));
        }
    }
    if let Some(s) = start {
        out.push((s, text.len(), text[s..].to_lowercase()));
    }
    out
}

/// Whether the text between two words of a name keeps them one name ("Anna Nowak",
/// "Nowak-Kowalska", "O'Brien").
fn joins(gap: &str) -> bool {
    !gap.is_empty() && gap.chars().all(|c| c == ' ' || matches!(c, '\'' | '’' | '-'))
}

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

/// Two phone numbers are the same if their digits are, or one ends with the other's last
/// nine (the same number with and without a country code).
fn same_phone(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.len() >= 9 && long.ends_with(&short[short.len() - 9..])
}

fn is_email_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-')
}

impl Redactor {
    /// A redactor for `contact`, whose transcripts were written by `senders`.
    pub fn new<'a>(contact: &Contact, senders: impl IntoIterator<Item = &'a Sender>, marks: &Marks) -> Redactor {
        let own_words: Vec<String> = words(&contact.display_name).into_iter().map(|w| w.2).collect();
        let own_name = contact.display_name.trim().to_lowercase();
        let mut parties: Vec<Party> = Vec::new();
        for sender in senders {
            let Sender::Other { name } = sender else { continue };
            let name = name.trim();
            if name.is_empty() || parties.iter().any(|p| p.name.to_lowercase() == name.to_lowercase()) {
                continue;
            }
            let label = format!("[{} {}]", marks.party, parties.len() + 1);
            let words = words(name).into_iter().map(|w| w.2).collect();
            parties.push(Party { name: name.to_owned(), words, label });
        }
        let mut parts = Vec::new();
        for p in &parties {
            // A party who shares the contact's full name cannot be told apart in text.
            if p.name.to_lowercase() == own_name {
                continue;
            }
            for w in &p.words {
                if w.chars().filter(|c| c.is_alphabetic()).count() >= 3
                    && !own_words.contains(w)
                    && !parts.iter().any(|(x, _)| x == w)
                {
                    parts.push((w.clone(), p.label.clone()));
                }
            }
        }
        Redactor {
            parties,
            parts,
            own_emails: contact.details.email.iter().map(|e| e.trim().to_lowercase()).collect(),
            own_phones: contact.details.phone.iter().map(|p| digits(p)).filter(|d| !d.is_empty()).collect(),
            removed: format!("[{}]", marks.removed),
        }
    }

    /// How many third parties the transcripts name.
    pub fn parties(&self) -> usize {
        self.parties.len()
    }

    /// The sender as the report shows it: `None` for the contact, a staff member's name, or a
    /// third party's label.
    pub fn sender(&self, sender: &Sender) -> Option<String> {
        match sender {
            Sender::Contact => None,
            Sender::Staff { name } => Some(name.clone()),
            Sender::Other { name } => Some(
                self.parties
                    .iter()
                    .find(|p| p.name.to_lowercase() == name.trim().to_lowercase())
                    .map_or_else(|| self.removed.clone(), |p| p.label.clone()),
            ),
        }
    }

    /// `text` with third parties' names, and contact points other than the contact's own,
    /// replaced.
    pub fn text(&self, text: &str) -> String {
        let mut cuts: Vec<(usize, usize, String)> = Vec::new();
        self.emails(text, &mut cuts);
        self.phones(text, &mut cuts);
        self.names(text, &mut cuts);
        if cuts.is_empty() {
            return text.to_owned();
        }
        cuts.sort_by_key(|c| (c.0, std::cmp::Reverse(c.1)));
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        for (start, end, label) in cuts {
            if start < at {
                continue; // inside a cut already made
            }
            out.push_str(&text[at..start]);
            out.push_str(&label);
            at = end;
        }
        out.push_str(&text[at..]);
        out
    }

    fn emails(&self, text: &str, cuts: &mut Vec<(usize, usize, String)>) {
        for (at, _) in text.match_indices('@') {
            let start =
                text[..at].char_indices().rev().take_while(|(_, c)| is_email_char(*c)).last().map_or(at, |(i, _)| i);
            let domain_len: usize = text[at + 1..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || matches!(c, '.' | '-'))
                .map(char::len_utf8)
                .sum();
            let domain = text[at + 1..at + 1 + domain_len].trim_end_matches(['.', '-']);
            let end = at + 1 + domain.len();
            if start == at || !domain.contains('.') {
                continue;
            }
            let address = text[start..end].to_lowercase();
            if !self.own_emails.contains(&address) {
                cuts.push((start, end, self.removed.clone()));
            }
        }
    }

    fn phones(&self, text: &str, cuts: &mut Vec<(usize, usize, String)>) {
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let starts = bytes[i].is_ascii_digit() || (matches!(bytes[i], b'+' | b'(') && i + 1 < bytes.len());
            let after_word = i > 0 && (bytes[i - 1].is_ascii_alphanumeric());
            if !starts || after_word {
                i += 1;
                continue;
            }
            // Extend over digits and single separators.
            let mut j = i + 1;
            let mut last_digit = if bytes[i].is_ascii_digit() { i + 1 } else { i };
            while j < bytes.len() {
                let b = bytes[j];
                if b.is_ascii_digit() {
                    j += 1;
                    last_digit = j;
                } else if b == b')'
                    || (matches!(b, b' ' | b'-' | b'.' | b'/' | b'(')
                        && bytes.get(j + 1).is_some_and(|n| n.is_ascii_digit() || *n == b'('))
                {
                    j += 1;
                } else {
                    break;
                }
            }
            let run = &text[i..last_digit];
            let d = digits(run);
            let plus = bytes[i] == b'+';
            let long_enough = if plus { d.len() >= 7 } else { d.len() >= 9 };
            let word_follows = bytes.get(last_digit).is_some_and(|b| b.is_ascii_alphabetic());
            if long_enough && d.len() <= 15 && !word_follows && !self.own_phones.iter().any(|own| same_phone(own, &d)) {
                cuts.push((i, last_digit, self.removed.clone()));
            }
            i = last_digit.max(i + 1);
        }
    }

    fn names(&self, text: &str, cuts: &mut Vec<(usize, usize, String)>) {
        if self.parties.is_empty() {
            return;
        }
        let tokens = words(text);
        for (k, (start, end, word)) in tokens.iter().enumerate() {
            // A full name of several words first, then single parts.
            for p in &self.parties {
                let n = p.words.len();
                if n > 1
                    && tokens.len() >= k + n
                    && tokens[k..k + n].iter().zip(&p.words).all(|(t, w)| &t.2 == w)
                    && tokens[k..k + n].windows(2).all(|pair| joins(&text[pair[0].1..pair[1].0]))
                {
                    cuts.push((*start, tokens[k + n - 1].1, p.label.clone()));
                }
            }
            if let Some((_, label)) = self.parts.iter().find(|(w, _)| w == word) {
                cuts.push((*start, *end, label.clone()));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use custos_core::contacts::{ContactDetails, DataSource, LifecycleStatus};

    fn contact() -> Contact {
        let now = chrono::Utc::now();
        Contact {
            id: 7,
            display_name: "Łucja Żółkiewska".into(),
            details: ContactDetails {
                email: Some("Lucja@Example.pl".into()),
                phone: Some("+48 601 234 567".into()),
                ..Default::default()
            },
            status: LifecycleStatus::Customer,
            source: DataSource::Person,
            sensitive: Default::default(),
            created_at: now,
            updated_at: now,
            last_contact_at: None,
            restriction: None,
            erased_at: None,
        }
    }

    fn redactor(others: &[&str]) -> Redactor {
        let senders: Vec<Sender> = [Sender::Contact, Sender::Staff { name: "Ola".into() }]
            .into_iter()
            .chain(others.iter().map(|n| Sender::Other { name: (*n).into() }))
            .collect();
        Redactor::new(&contact(), &senders, &Marks::english())
    }

    #[test]
    fn senders_are_the_contact_staff_or_a_numbered_third_party() {
        let r = redactor(&["Marek Śliwiński", "Ewa Nowak", "Marek Śliwiński"]);
        assert_eq!(r.parties(), 2);
        assert_eq!(r.sender(&Sender::Contact), None);
        assert_eq!(r.sender(&Sender::Staff { name: "Ola".into() }).as_deref(), Some("Ola"));
        assert_eq!(r.sender(&Sender::Other { name: "Marek Śliwiński".into() }).as_deref(), Some("[third party 1]"));
        assert_eq!(r.sender(&Sender::Other { name: "Ewa Nowak".into() }).as_deref(), Some("[third party 2]"));
    }

    #[test]
    fn third_party_names_go_whole_and_in_parts_ignoring_case() {
        let r = redactor(&["Marek Śliwiński"]);
        assert_eq!(
            r.text("Ask MAREK ŚLIWIŃSKI, or just Marek; Śliwiński's office. Marekowy stays."),
            "Ask [third party 1], or just [third party 1]; [third party 1]'s office. Marekowy stays."
        );
        assert_eq!(r.text("Nothing to hide here."), "Nothing to hide here.");
    }

    #[test]
    fn parts_the_contact_shares_are_kept() {
        let r = redactor(&["Łucja Kowal"]);
        assert_eq!(
            r.text("Łucja Kowal called; Łucja will call back, Kowal too."),
            "[third party 1] called; Łucja will call back, [third party 1] too."
        );
    }

    #[test]
    fn other_peoples_email_addresses_go_the_contacts_own_stays() {
        let r = redactor(&[]);
        assert_eq!(
            r.text("Write to marek.s+crm@firma-x.com.pl. or to me at lucja@example.pl"),
            "Write to [removed]. or to me at lucja@example.pl"
        );
        assert_eq!(r.text("We meet @ 10."), "We meet @ 10.");
    }

    #[test]
    fn other_peoples_phone_numbers_go_dates_amounts_and_own_numbers_stay() {
        let r = redactor(&[]);
        assert_eq!(r.text("Call +48 22 555 01 99 or 0049 (30) 1234-5678."), "Call [removed] or [removed].");
        assert_eq!(r.text("My number: 601 234 567, or +48601234567."), "My number: 601 234 567, or +48601234567.");
        assert_eq!(
            r.text("On 2026-11-23 at 10:30 we paid 1 250,00 zł."),
            "On 2026-11-23 at 10:30 we paid 1 250,00 zł."
        );
        assert_eq!(
            r.text("IBAN PL61 1090 1014 0000 0712 1981 2874 stays"),
            "IBAN PL61 1090 1014 0000 0712 1981 2874 stays"
        );
    }

    #[test]
    fn cyrillic_names_are_redacted_too() {
        let r = redactor(&["Пламен Щерев"]);
        assert_eq!(r.text("Говорих с ПЛАМЕН щерев днес."), "Говорих с [third party 1] днес.");
    }
}
