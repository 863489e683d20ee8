//! Redaction for the access report and its export (GDPR Art. 15(4)): a transcript also holds
//! other people's data, which is theirs, not the requester's.
//!
//! The rule, per contact:
//! - a third party is any message sender that is neither the contact nor staff
//!   ([`Sender::Other`]); such a sender is shown as "[third party 1]", "[third party 2]"…
//!   (numbered in order of first appearance, so a reader can still follow who said what);
//! - a person the texts name who never sent a message is a third party too: another contact
//!   of the vault whose whole name appears in a text (its words in order, joined by spaces,
//!   hyphens or apostrophes; a name of one word needs three letters or more), and any name the
//!   clerk gives when generating ([`Named`]) whose name or a part of it appears; they are
//!   numbered after the senders, in order of first mention;
//! - in message texts (and a conversation's external reference), a third party's full name and
//!   each part of it of three letters or more are replaced by the party's label, as whole
//!   words, ignoring case and diacritics (compared folded, [`custos_core::fold`]) — except a
//!   part the contact's own name shares, and a party whose full name is the contact's own;
//! - e-mail addresses other than the contact's own, and phone numbers other than the contact's
//!   own (compared by digits), are replaced by "[removed]". A phone number is a run of 9 to 15
//!   digits (7 to 15 after a leading `+`) joined by single spaces, `-`, `.`, `/` or brackets;
//!   so dates and amounts stay, and an order number of nine digits or more goes (erring on the
//!   side of the other person).
//!
//! One [`Redactor`] serves the PDF and the export alike; only the labels' language differs.

use std::collections::{HashMap, HashSet};

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

/// People the transcripts may name who never wrote in them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Named {
    /// Names the clerk asked to redact: each is a third party wherever its name, or a part of
    /// it, appears.
    pub given: Vec<String>,
    /// The names of the vault's other contacts: each is a third party where its whole name
    /// appears.
    pub contacts: Vec<String>,
}

/// Someone the texts may name: their name's key ([`name_key`]), its folded words, and
/// whether a part of the name is enough to count as named (a name the clerk gave) or the whole
/// name must appear.
struct Candidate {
    key: String,
    words: Vec<String>,
    by_part: bool,
}

/// Redacts third parties out of one contact's transcripts.
#[derive(Debug, Clone)]
pub struct Redactor {
    /// Each third party's label, by the key of their name ([`name_key`]).
    labels: HashMap<String, String>,
    /// Names of several words, by their first word: all their words, and the label.
    names: HashMap<String, Vec<(Vec<String>, String)>>,
    /// Single words to replace, each with the label of the party it belongs to.
    parts: HashMap<String, String>,
    own_emails: Vec<String>,
    own_phones: Vec<String>,
    removed: String,
}

/// The words of `text` (runs of letters and digits), folded, with their byte ranges.
fn words(text: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut start = None;
    for (pos, ch) in text.char_indices() {
        if ch.is_alphanumeric() {
            start.get_or_insert(pos);
        } else if let Some(s) = start.take() {
            out.push((s, pos, key(&text[s..pos])));
        }
    }
    if let Some(s) = start {
        out.push((s, text.len(), key(&text[s..])));
    }
    out
}

/// A word as it is compared: folded (lower case, no diacritics; plain ASCII only lowered).
fn key(word: &str) -> String {
    if word.is_ascii() { word.to_ascii_lowercase() } else { custos_core::fold::fold(word) }
}

/// A name as it is compared: its folded words, one space apart (or the trimmed, lower-case
/// name if it has no words).
fn name_key(name: &str) -> String {
    let key = words(name).into_iter().map(|w| w.2).collect::<Vec<_>>().join(" ");
    if key.is_empty() { name.trim().to_lowercase() } else { key }
}

fn letters(word: &str) -> usize {
    word.chars().filter(|c| c.is_alphabetic()).count()
}

/// Where the whole name `name` (its folded words) starts in `tokens` at `k`, as one name: the
/// words in order with only spaces, hyphens or apostrophes between them. Returns its end.
fn name_at(text: &str, tokens: &[(usize, usize, String)], k: usize, name: &[String]) -> Option<usize> {
    let n = name.len();
    (n > 0
        && tokens.len() >= k + n
        && tokens[k..k + n].iter().zip(name).all(|(t, w)| &t.2 == w)
        && tokens[k..k + n].windows(2).all(|pair| joins(&text[pair[0].1..pair[1].0])))
    .then(|| tokens[k + n - 1].1)
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
        Redactor::with_named(contact, senders, &Named::default(), std::iter::empty(), marks)
    }

    /// A redactor for `contact`, whose transcripts were written by `senders` and read `texts`
    /// (in the order the report shows them): the people in `named` that the texts name are
    /// third parties too, numbered after the senders in order of first mention.
    pub fn with_named<'a, 't>(
        contact: &Contact,
        senders: impl IntoIterator<Item = &'a Sender>,
        named: &Named,
        texts: impl IntoIterator<Item = &'t str>,
        marks: &Marks,
    ) -> Redactor {
        let own_words: Vec<String> = words(&contact.display_name).into_iter().map(|w| w.2).collect();
        let own_name = name_key(&contact.display_name);
        let label = |n: usize| format!("[{} {}]", marks.party, n);
        // Third parties in order: their name's key and words.
        let mut parties: Vec<(String, Vec<String>)> = Vec::new();
        for sender in senders {
            let Sender::Other { name } = sender else { continue };
            let key = name_key(name);
            if !name.trim().is_empty() && !parties.iter().any(|p| p.0 == key) {
                parties.push((key, words(name).into_iter().map(|w| w.2).collect()));
            }
        }

        let given = named.given.iter().map(|n| (n, true));
        let mut keys: HashSet<String> = parties.iter().map(|p| p.0.clone()).collect();
        keys.insert(own_name.clone());
        let mut candidates: Vec<Candidate> = Vec::new();
        for (name, by_part) in given.chain(named.contacts.iter().map(|n| (n, false))) {
            let words: Vec<String> = words(name).into_iter().map(|w| w.2).collect();
            // One word: only a name of three letters or more the contact's own does not share.
            let single = words.len() == 1 && (letters(&words[0]) < 3 || own_words.contains(&words[0]));
            if words.is_empty() || single || !keys.insert(name_key(name)) {
                continue;
            }
            candidates.push(Candidate { key: name_key(name), words, by_part });
        }
        parties.extend(first_mentioned(candidates, texts, &own_words));

        let mut labels = HashMap::new();
        let mut names: HashMap<String, Vec<(Vec<String>, String)>> = HashMap::new();
        let mut parts = HashMap::new();
        for (n, (key, words)) in parties.into_iter().enumerate() {
            let label = label(n + 1);
            for w in &words {
                // A party who shares the contact's full name cannot be told apart in text.
                if key != own_name && letters(w) >= 3 && !own_words.contains(w) {
                    parts.entry(w.clone()).or_insert_with(|| label.clone());
                }
            }
            if let [first, _, ..] = words.as_slice() {
                names.entry(first.clone()).or_default().push((words.clone(), label.clone()));
            }
            labels.insert(key, label);
        }
        Redactor {
            labels,
            names,
            parts,
            own_emails: contact.details.emails.iter().map(|e| e.value.trim().to_lowercase()).collect(),
            own_phones: contact.details.phones.iter().map(|p| digits(&p.value)).filter(|d| !d.is_empty()).collect(),
            removed: format!("[{}]", marks.removed),
        }
    }

    /// How many third parties the transcripts name.
    pub fn parties(&self) -> usize {
        self.labels.len()
    }

    /// The sender as the report shows it: `None` for the contact, a staff member's name, or a
    /// third party's label.
    pub fn sender(&self, sender: &Sender) -> Option<String> {
        match sender {
            Sender::Contact => None,
            Sender::Staff { name } => Some(name.clone()),
            Sender::Other { name } => Some(self.labels.get(&name_key(name)).unwrap_or(&self.removed).clone()),
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
        if self.labels.is_empty() {
            return;
        }
        let tokens = words(text);
        for (k, (start, end, word)) in tokens.iter().enumerate() {
            // A full name of several words first, then single parts.
            for (name, label) in self.names.get(word).into_iter().flatten() {
                if let Some(name_end) = name_at(text, &tokens, k, name) {
                    cuts.push((*start, name_end, label.clone()));
                }
            }
            if let Some(label) = self.parts.get(word) {
                cuts.push((*start, *end, label.clone()));
            }
        }
    }
}

/// The candidates that `texts` name, in order of first mention: their keys and words. A name
/// the clerk gave counts when a part of it appears that the contact's own name (`own_words`)
/// does not share; another contact's name only when it appears whole.
fn first_mentioned<'t>(
    candidates: Vec<Candidate>,
    texts: impl IntoIterator<Item = &'t str>,
    own_words: &[String],
) -> Vec<(String, Vec<String>)> {
    let mut found: Vec<usize> = Vec::new();
    if candidates.is_empty() {
        return Vec::new();
    }
    // The candidates by the first word of their name, and by each part that names them.
    let mut starts: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut by_part: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, c) in candidates.iter().enumerate() {
        if let Some(first) = c.words.first() {
            starts.entry(first).or_default().push(i);
        }
        if c.by_part {
            for w in c.words.iter().filter(|w| letters(w) >= 3 && !own_words.contains(w)) {
                by_part.entry(w).or_default().push(i);
            }
        }
    }
    let mut seen = vec![false; candidates.len()];
    for text in texts {
        let tokens = words(text);
        for k in 0..tokens.len() {
            let word = tokens[k].2.as_str();
            let whole = starts
                .get(word)
                .into_iter()
                .flatten()
                .filter(|&&i| name_at(text, &tokens, k, &candidates[i].words).is_some());
            let part = by_part.get(word).into_iter().flatten();
            for &i in whole.chain(part) {
                if !seen[i] {
                    seen[i] = true;
                    found.push(i);
                }
            }
        }
        if found.len() == candidates.len() {
            break;
        }
    }
    let mut candidates: Vec<Option<Candidate>> = candidates.into_iter().map(Some).collect();
    found.into_iter().filter_map(|i| candidates[i].take()).map(|c| (c.key, c.words)).collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use custos_core::contact_points::{Label, Labelled};
    use custos_core::contacts::{ContactDetails, DataSource, LifecycleStatus};

    fn contact() -> Contact {
        let now = chrono::Utc::now();
        Contact {
            id: 7,
            display_name: "Łucja Żółkiewska".into(),
            details: ContactDetails {
                emails: vec![Labelled::new("Lucja@Example.pl", Label::Work)],
                phones: vec![Labelled::new("+48 601 234 567", Label::Mobile)],
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

    fn named(given: &[&str], contacts: &[&str], texts: &[&str]) -> Redactor {
        let senders = [Sender::Contact, Sender::Other { name: "Marek Śliwiński".into() }];
        let named = Named {
            given: given.iter().map(|n| (*n).to_owned()).collect(),
            contacts: contacts.iter().map(|n| (*n).to_owned()).collect(),
        };
        Redactor::with_named(&contact(), &senders, &named, texts.iter().copied(), &Marks::english())
    }

    #[test]
    fn another_contact_named_in_full_is_a_third_party_numbered_after_the_senders() {
        let texts = ["Ewa Nowak called.", "Tak, Jan Kowalski dołączy.", "Kowalski potwierdził, Jan też."];
        let r = named(&[], &["Jan Kowalski", "Ewa Nowak", "Anna Lis"], &texts);
        // Anna Lis is never named: not a party.
        assert_eq!(r.parties(), 3);
        assert_eq!(r.text(texts[0]), "[third party 2] called.");
        assert_eq!(r.text(texts[1]), "Tak, [third party 3] dołączy.");
        // Once named in full, the parts of the name go wherever they appear.
        assert_eq!(r.text(texts[2]), "[third party 3] potwierdził, [third party 3] też.");
    }

    #[test]
    fn another_contact_named_only_in_part_is_not_a_third_party() {
        let texts = ["Jan dołączy, ale Kowalski nie."];
        let r = named(&[], &["Jan Kowalski", "Łucja Żółkiewska", "Jo", "Łucja"], &texts);
        assert_eq!(r.parties(), 1, "only the sender");
        assert_eq!(r.text(texts[0]), texts[0]);
        // The contact's own name, a short name and a name the contact shares are never parties.
        let r = named(&[], &["Łucja Żółkiewska", "Jo", "Łucja"], &["Łucja Żółkiewska, Jo i Łucja."]);
        assert_eq!(r.parties(), 1);
    }

    #[test]
    fn a_name_the_clerk_gives_counts_from_its_parts_too() {
        let texts = ["Wrona dzwoniła w sprawie Zofii.", "Pani Zofia Wrona-Kos przyjdzie."];
        let r = named(&["Zofia Wrona-Kos", "Nobody Mentioned"], &[], &texts);
        assert_eq!(r.parties(), 2);
        assert_eq!(r.text(texts[0]), "[third party 2] dzwoniła w sprawie Zofii.");
        assert_eq!(r.text(texts[1]), "Pani [third party 2] przyjdzie.");
    }

    #[test]
    fn names_match_without_their_diacritics() {
        let texts = ["Marek Sliwinski i JAN KOWALSKI; Lucja Zolkiewska zostaje."];
        let r = named(&[], &["Jan Kowalski"], &texts);
        assert_eq!(r.text(texts[0]), "[third party 1] i [third party 2]; Lucja Zolkiewska zostaje.");
        assert_eq!(r.sender(&Sender::Other { name: "marek sliwinski".into() }).as_deref(), Some("[third party 1]"));
    }

    #[test]
    fn cyrillic_names_are_redacted_too() {
        let r = redactor(&["Пламен Щерев"]);
        assert_eq!(r.text("Говорих с ПЛАМЕН щерев днес."), "Говорих с [third party 1] днес.");
    }
}
