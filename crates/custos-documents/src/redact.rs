//! Redaction for the access report and its export (GDPR Art. 15(4)): what a firm holds about a
//! person also names other people, whose data is theirs, not the requester's.
//!
//! One [`Redactor`] serves every free text the report shows — the card's notes and the reason
//! of a restriction, consent evidence, conversations (reference, senders, messages), and
//! requests (requester, details, outcome) — in the PDF and the export alike; only the labels'
//! language differs. The card's own fields (names, organisation, addresses, tags…) are the
//! person's own data and the source of the data must be disclosed (Art. 14(2)(f)): those are
//! not redacted.
//!
//! Who is a third party:
//! - any message sender that is neither the contact nor staff ([`Sender::Other`]);
//! - another contact of the vault whose whole name a text holds, and any name the clerk gives
//!   when generating ([`Named`]) that a text holds.
//!
//! They are shown as "[third party 1]", "[third party 2]"… numbered in order of first
//! appearance across the report (as a sender or in a text, in the order the report shows
//! them), so a reader can still follow who said what. A name the clerk gives that is part of
//! the name of exactly one other party ("Kowalski" beside "Jan Kowalski") is that party, not a
//! new one: that is how a clerk redacts a surname a text uses alone.
//!
//! How a name is found: as a **whole name**, never word by word. Its words in order, with
//! only spaces, hyphens or apostrophes between them ("Anna Nowak", "Nowak-Kowalska",
//! "O'Brien"), ignoring case and diacritics (compared folded, [`custos_core::fold`]), and
//! only as whole words ("Annabelle" is not "Anna"). Also in the two other ways a whole name
//! is written: family name, comma, capitalised given names ("Smith, Will"), and initials
//! with a dot before the family name ("W. Smith"; for "Anna Maria Nowak" also "A. M. Nowak"
//! and "Anna Nowak"). Punctuation around the name does not hide it ("(Anna Nowak)",
//! "'Jan' Kowalski"), and punctuation the name itself starts or ends with (".NET Team",
//! "'t Hooft") goes with it. A lone given or family name is **not** redacted: "will" and
//! "Smith" are ordinary words too, and redacting "Will Smith" must not take "will" out of
//! "I will call" — the whole name is what identifies the person. A name of one word is its
//! whole name and is matched as that word, if it has three letters or more and the contact's
//! own name does not share it.
//!
//! The contact's own name is never redacted: a party whose name is the contact's own cannot
//! be told apart in text, and a match that overlaps the contact's own name as written
//! ("Anna Nowak" inside "Anna Nowak-Kowalska", the contact) is left alone.
//!
//! E-mail addresses other than the contact's own, and phone numbers other than the contact's
//! own (compared by digits), are replaced by "[removed]". A phone number is a run of 9 to 15
//! digits (7 to 15 after a leading `+`) joined by single spaces, `-`, `.`, `/` or brackets; so
//! dates and amounts stay, and an order number of nine digits or more goes (erring on the side
//! of the other person).

use std::collections::HashMap;

use custos_core::contacts::Contact;
use custos_core::interactions::Sender;
use unicode_normalization::char::is_combining_mark;

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

/// People the report's texts may name who never wrote in a transcript.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Named {
    /// Names the clerk asked to redact: each is a third party wherever its whole name appears.
    pub given: Vec<String>,
    /// The names of the vault's other contacts: each is a third party where its whole name
    /// appears.
    pub contacts: Vec<String>,
}

/// What the report shows, in its order: who wrote a message, or a text.
#[derive(Debug, Clone, Copy)]
pub enum Seen<'a> {
    Sender(&'a Sender),
    Text(&'a str),
}

/// A word of a text: its byte range and its folded form.
type Word = (usize, usize, String);

/// The words of `text` (runs of letters and digits, with the combining accents of a text
/// written decomposed), folded, with their byte ranges.
fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start = None;
    for (pos, ch) in text.char_indices() {
        if ch.is_alphanumeric() || (start.is_some() && is_combining_mark(ch)) {
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

/// What may stand between two words of a written name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gap {
    /// Spaces, hyphens or apostrophes: "Anna Nowak", "Nowak-Kowalska", "O'Brien".
    Join,
    /// The dot of an initial, then spaces or nothing: "W. Smith", "W.Smith".
    Dot,
    /// A comma after the family name, then a capitalised given name: "Smith, Will".
    Comma,
}

impl Gap {
    /// Whether `between` (the text between two words) fits, `next` being the text from the
    /// second word on.
    fn fits(self, between: &str, next: &str) -> bool {
        match self {
            Gap::Join => {
                !between.is_empty()
                    && between.chars().all(|c| c.is_whitespace() || matches!(c, '\'' | '’' | '-' | '‐' | '‑'))
            }
            Gap::Dot => between.strip_prefix('.').is_some_and(|rest| rest.chars().all(char::is_whitespace)),
            Gap::Comma => between.trim() == "," && next.chars().next().is_some_and(char::is_uppercase),
        }
    }
}

/// One way a name is written: its folded words, what joins each to the next, and the
/// punctuation the name itself starts and ends with (taken along when the text has it).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Form {
    words: Vec<String>,
    gaps: Vec<Gap>,
    lead: String,
    trail: String,
}

impl Form {
    /// The byte range this form covers in `text` if it starts at its word `k`.
    fn at(&self, text: &str, tokens: &[Word], k: usize) -> Option<(usize, usize)> {
        let found = tokens.get(k..k.checked_add(self.words.len())?)?;
        let (first, last) = (found.first()?, found.last()?);
        if !found.iter().zip(&self.words).all(|(t, w)| &t.2 == w) {
            return None;
        }
        for (pair, gap) in found.windows(2).zip(&self.gaps) {
            if !gap.fits(&text[pair[0].1..pair[1].0], &text[pair[1].0..]) {
                return None;
            }
        }
        let (mut start, mut end) = (first.0, last.1);
        if !self.lead.is_empty() && text[..start].ends_with(self.lead.as_str()) {
            start -= self.lead.len();
        }
        if !self.trail.is_empty() && text[end..].starts_with(self.trail.as_str()) {
            end += self.trail.len();
        }
        Some((start, end))
    }
}

/// The ways `name` is written as a whole name: its words in order (joined as in the name: a
/// dot in the name lets the text have one there); and, for a name of two parts or more (the
/// last taken as the family name), "Family, Given", "G. Family", and for three parts or more
/// "G. M. Family" and "Given Family".
fn forms(name: &str) -> Vec<Form> {
    let tokens = words(name);
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else { return Vec::new() };
    let all: Vec<String> = tokens.iter().map(|t| t.2.clone()).collect();
    let gaps = tokens.windows(2).map(|p| if name[p[0].1..p[1].0].contains('.') { Gap::Dot } else { Gap::Join });
    let whole = Form {
        words: all,
        gaps: gaps.collect(),
        lead: name[..first.0].trim().to_owned(),
        trail: name[last.1..].trim().to_owned(),
    };
    // The name's parts: what spaces separate ("Wąsik-Pietrzak" is one part).
    let parts: Vec<Vec<String>> = name
        .split_whitespace()
        .map(|part| words(part).into_iter().map(|w| w.2).collect::<Vec<_>>())
        .filter(|w| !w.is_empty())
        .collect();
    let mut out = vec![whole];
    let [given @ .., family] = parts.as_slice() else { return out };
    if given.is_empty() {
        return out;
    }
    let form = |pieces: &[(&[String], Gap)]| {
        let mut form = Form { words: Vec::new(), gaps: Vec::new(), lead: String::new(), trail: String::new() };
        for (words, gap) in pieces {
            for (i, w) in words.iter().enumerate() {
                if !form.words.is_empty() {
                    form.gaps.push(if i == 0 { *gap } else { Gap::Join });
                }
                form.words.push(w.clone());
            }
        }
        form
    };
    let given_words = given.concat();
    out.push(form(&[(family, Gap::Join), (&given_words, Gap::Comma)]));
    let initials: Vec<[String; 1]> = given
        .iter()
        .filter_map(|p| p.first()?.chars().next().filter(|c| c.is_alphabetic()))
        .map(|c| [c.to_string()])
        .collect();
    if initials.len() == given.len() {
        // "G. Family": the initial's dot comes before the family name.
        out.push(form(&[(&initials[0], Gap::Join), (family, Gap::Dot)]));
        if given.len() > 1 {
            let mut pieces: Vec<(&[String], Gap)> = initials.iter().map(|i| (&i[..], Gap::Dot)).collect();
            pieces.push((family, Gap::Dot));
            out.push(form(&pieces));
        }
    }
    if given.len() > 1 {
        out.push(form(&[(&given[0], Gap::Join), (family, Gap::Join)]));
    }
    // "J. Kowalski" given as such is already its own initial form.
    let mut unique: Vec<Form> = Vec::with_capacity(out.len());
    for form in out {
        if !unique.contains(&form) {
            unique.push(form);
        }
    }
    unique
}

/// Written names to look for, each belonging to someone (an index the caller keeps).
#[derive(Debug, Clone, Default)]
struct Names {
    forms: Vec<(Form, usize)>,
    /// The forms by their first word.
    by_first: HashMap<String, Vec<usize>>,
}

impl Names {
    fn add(&mut self, owner: usize, forms: Vec<Form>) {
        for form in forms {
            if let Some(first) = form.words.first() {
                self.by_first.entry(first.clone()).or_default().push(self.forms.len());
                self.forms.push((form, owner));
            }
        }
    }

    /// Every place in `text` one of the names is written: start, end and owner, by start.
    fn find(&self, text: &str, tokens: &[Word]) -> Vec<(usize, usize, usize)> {
        if self.forms.is_empty() {
            return Vec::new();
        }
        let mut found = Vec::new();
        for (k, token) in tokens.iter().enumerate() {
            for &f in self.by_first.get(&token.2).into_iter().flatten() {
                let (form, owner) = &self.forms[f];
                if let Some((start, end)) = form.at(text, tokens, k) {
                    found.push((start, end, *owner));
                }
            }
        }
        found
    }
}

/// The contact's own name, as it is protected.
#[derive(Debug, Clone)]
struct Own {
    key: String,
    words: Vec<String>,
    names: Names,
}

impl Own {
    fn new(contact: &Contact) -> Own {
        let mut names = Names::default();
        names.add(0, forms(&contact.display_name));
        let d = &contact.details;
        if let (Some(given), Some(family)) = (&d.given_name, &d.family_name) {
            names.add(0, forms(&format!("{given} {family}")));
        }
        Own {
            key: name_key(&contact.display_name),
            words: words(&contact.display_name).into_iter().map(|w| w.2).collect(),
            names,
        }
    }

    /// The forms by which `name` can be found in a text without taking the contact's own
    /// name: none for the contact's own name, or a word of one letter or two, or one the
    /// contact's own name holds.
    fn findable(&self, name: &str) -> Vec<Form> {
        let forms = forms(name);
        match forms.first().map(|f| f.words.as_slice()) {
            Some([one]) if letters(one) < 3 || self.words.contains(one) => Vec::new(),
            _ if name_key(name) == self.key => Vec::new(),
            _ => forms,
        }
    }
}

/// Where `names` are written in `text`, leaving out any overlapping the contact's own name
/// and any starting inside an earlier one (the longest wins where two start together).
fn named_in(text: &str, names: &Names, own: &Own) -> Vec<(usize, usize, usize)> {
    let tokens = words(text);
    let mut found = names.find(text, &tokens);
    if found.is_empty() {
        return found;
    }
    let own_spans = own.names.find(text, &tokens);
    found.retain(|(start, end, _)| !own_spans.iter().any(|(s, e, _)| start < e && s < end));
    found.sort_by_key(|c| (c.0, std::cmp::Reverse(c.1)));
    let mut at = 0;
    found.retain(|(start, end, _)| {
        let keep = *start >= at;
        if keep {
            at = *end;
        }
        keep
    });
    found
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

/// Where a possible third party comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum From {
    Sender,
    Clerk,
    Vault,
}

/// Someone the report may name, before we know whether it does.
struct Person {
    key: String,
    words: Vec<String>,
    forms: Vec<Form>,
    /// A name the clerk gave (which may be part of another party's name).
    given: bool,
}

/// Redacts third parties out of what the access report shows about one contact.
#[derive(Debug, Clone)]
pub struct Redactor {
    /// Each third party's label, by the key of their name ([`name_key`]).
    labels: HashMap<String, String>,
    /// How many third parties (distinct labels).
    parties: usize,
    /// The third parties' written names; the owner is an index into `marks`.
    names: Names,
    marks: Vec<String>,
    own: Own,
    own_emails: Vec<String>,
    own_phones: Vec<String>,
    removed: String,
}

impl Redactor {
    /// A redactor for `contact`, whose transcripts were written by `senders`.
    pub fn new<'a>(contact: &Contact, senders: impl IntoIterator<Item = &'a Sender>, marks: &Marks) -> Redactor {
        let seen: Vec<Seen<'_>> = senders.into_iter().map(Seen::Sender).collect();
        Redactor::with_named(contact, &Named::default(), &seen, marks)
    }

    /// A redactor for `contact`, whose report shows `seen` (senders and texts, in the order
    /// the report shows them): the senders that are neither the contact nor staff, and the
    /// people in `named` whose whole name a text holds, are the third parties, numbered in
    /// order of first appearance.
    pub fn with_named(contact: &Contact, named: &Named, seen: &[Seen<'_>], marks: &Marks) -> Redactor {
        let own = Own::new(contact);
        // Everyone the report may name, each once (by the key of the name): senders first.
        let mut people: Vec<Person> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        let senders = seen.iter().filter_map(|s| match s {
            Seen::Sender(Sender::Other { name }) if !name.trim().is_empty() => Some((name, From::Sender)),
            _ => None,
        });
        let given = named.given.iter().map(|n| (n, From::Clerk));
        let contacts = named.contacts.iter().map(|n| (n, From::Vault));
        for (name, from) in senders.chain(given).chain(contacts) {
            let key = name_key(name);
            if index.contains_key(&key) {
                continue;
            }
            let forms = own.findable(name);
            // A sender is a party even if their name cannot be found in text (the contact's
            // own, or too short); a name that is only looked for must be findable.
            if from != From::Sender && (forms.is_empty() || key == own.key) {
                continue;
            }
            index.insert(key.clone(), people.len());
            let words = words(name).into_iter().map(|w| w.2).collect();
            people.push(Person { key, words, forms, given: from == From::Clerk });
        }
        let mut all = Names::default();
        for (i, p) in people.iter().enumerate() {
            all.add(i, p.forms.clone());
        }

        // When each first appears: a position across the report's senders and texts.
        let mut first: Vec<Option<usize>> = vec![None; people.len()];
        let mut clock = 0usize;
        for item in seen {
            match item {
                Seen::Sender(Sender::Other { name }) => {
                    if let Some(&i) = index.get(&name_key(name)) {
                        first[i].get_or_insert(clock);
                    }
                    clock = clock.saturating_add(1);
                }
                Seen::Sender(_) => {}
                Seen::Text(text) => {
                    for (start, _, i) in named_in(text, &all, &own) {
                        first[i].get_or_insert(clock + start);
                    }
                    clock = clock.saturating_add(text.len() + 1);
                }
            }
        }

        // A name the clerk gave that is part of the name of exactly one other party is that
        // party; part of several, it cannot be told whose, and is a party of its own.
        let mut alias: Vec<Option<usize>> = vec![None; people.len()];
        for (i, p) in people.iter().enumerate().filter(|(i, p)| p.given && first[*i].is_some()) {
            let mut holders = people.iter().enumerate().filter(|(j, q)| {
                first[*j].is_some()
                    && !p.words.is_empty()
                    && q.words.len() > p.words.len()
                    && q.words.windows(p.words.len()).any(|w| w == p.words.as_slice())
            });
            if let (Some((j, _)), None) = (holders.next(), holders.next()) {
                alias[i] = Some(j);
            }
        }
        let root = |mut i: usize| {
            // Each step goes to a longer name, so this ends.
            while let Some(j) = alias[i] {
                i = j;
            }
            i
        };
        for i in 0..people.len() {
            let r = root(i);
            if r != i
                && let Some(at) = first[i]
            {
                first[r] = Some(first[r].map_or(at, |r_at| r_at.min(at)));
            }
        }
        let mut order: Vec<(usize, usize)> =
            (0..people.len()).filter(|&i| root(i) == i).filter_map(|i| Some((first[i]?, i))).collect();
        order.sort_unstable();
        let mut number: HashMap<usize, usize> = HashMap::new();
        for (n, (_, i)) in order.iter().enumerate() {
            number.insert(*i, n + 1);
        }

        let mut labels = HashMap::new();
        let mut names = Names::default();
        let mut label_of = Vec::new();
        for (i, p) in people.into_iter().enumerate() {
            let Some(n) = number.get(&root(i)) else { continue };
            let label = format!("[{} {}]", marks.party, n);
            names.add(label_of.len(), p.forms);
            label_of.push(label.clone());
            labels.insert(p.key, label);
        }
        Redactor {
            labels,
            parties: order.len(),
            names,
            marks: label_of,
            own,
            own_emails: contact.details.emails.iter().map(|e| e.value.trim().to_lowercase()).collect(),
            own_phones: contact.details.phones.iter().map(|p| digits(&p.value)).filter(|d| !d.is_empty()).collect(),
            removed: format!("[{}]", marks.removed),
        }
    }

    /// How many third parties the report names.
    pub fn parties(&self) -> usize {
        self.parties
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
        for (start, end, owner) in named_in(text, &self.names, &self.own) {
            cuts.push((start, end, self.marks[owner].clone()));
        }
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
            source: DataSource::Person { via: None },
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
    fn third_party_names_go_whole_ignoring_case_never_word_by_word() {
        let r = redactor(&["Marek Śliwiński"]);
        // Before whole names, "Marek" and "Śliwiński" alone went too; alone they are a first
        // name many people share and a family name, not the person (see the module doc).
        assert_eq!(
            r.text("Ask MAREK ŚLIWIŃSKI, or just Marek; Marek Śliwiński's office. Marekowy stays."),
            "Ask [third party 1], or just Marek; [third party 1]'s office. Marekowy stays."
        );
        assert_eq!(r.text("Nothing to hide here."), "Nothing to hide here.");
    }

    #[test]
    fn parts_the_contact_shares_are_kept() {
        let r = redactor(&["Łucja Kowal"]);
        // "Kowal" alone is a family name (and a word: a smith), not the person: it stays too.
        assert_eq!(
            r.text("Łucja Kowal called; Łucja will call back, Kowal too."),
            "[third party 1] called; Łucja will call back, Kowal too."
        );
    }

    #[test]
    fn will_smith_goes_as_a_whole_but_i_will_call_stays() {
        let r = redactor(&["Will Smith"]);
        assert_eq!(
            r.text("Will Smith called. I will call him back; Mr Smith agreed. WILL  SMITH again, will-smith too."),
            "[third party 1] called. I will call him back; Mr Smith agreed. [third party 1] again, [third party 1] too."
        );
        assert_eq!(r.text("Will is smitten; Willa Smithers."), "Will is smitten; Willa Smithers.");
    }

    #[test]
    fn a_whole_name_is_found_as_it_is_commonly_written() {
        let r = redactor(&["Will Smith", "Anna Maria Nowak-Lis"]);
        assert_eq!(
            r.text("Smith, Will wrote; W. Smith signed; W.Smith too; Smith , Will."),
            "[third party 1] wrote; [third party 1] signed; [third party 1] too; [third party 1]."
        );
        assert_eq!(
            r.text("A. M. Nowak-Lis, A. Nowak-Lis, Anna Nowak-Lis, Nowak-Lis, Anna Maria."),
            "[third party 2], [third party 2], [third party 2], [third party 2]."
        );
        // The comma form needs a capitalised given name; an initial needs its dot.
        assert_eq!(r.text("Smith, will you call? W Smith. M. Smith."), "Smith, will you call? W Smith. M. Smith.");
    }

    #[test]
    fn a_name_that_starts_with_punctuation_is_found() {
        let r = redactor(&["Anna Nowak", "'Jan' Kowalski", ".NET Team", "Seán O'Brien", "(Ewa Lis)"]);
        assert_eq!(r.parties(), 5);
        assert_eq!(
            r.text("(Anna Nowak) and «Anna Nowak»; 'Jan' Kowalski, the .NET Team and SEAN O’BRIEN; (Ewa Lis)."),
            "([third party 1]) and «[third party 1]»; [third party 2], the [third party 3] and [third party 4]; \
             [third party 5]."
        );
        // Without its punctuation the name is still found, and only whole words are.
        assert_eq!(
            r.text("Jan Kowalski, NET team, Annabelle Nowakowska."),
            "[third party 2], [third party 3], Annabelle Nowakowska."
        );
    }

    #[test]
    fn the_contacts_own_name_is_never_redacted() {
        // A sender with the contact's own name is labelled but cannot be told apart in text.
        let r = redactor(&["Łucja Żółkiewska", "Łucja"]);
        let text = "Łucja Żółkiewska, Żółkiewska, Łucja: Lucja Zolkiewska.";
        assert_eq!(r.text(text), text);
        // A party's name inside the contact's own, as written, stays; elsewhere it goes.
        let mut person = contact();
        person.display_name = "Anna Nowak-Kowalska".into();
        let senders = [Sender::Other { name: "Anna Nowak".into() }];
        let r = Redactor::new(&person, &senders, &Marks::english());
        assert_eq!(
            r.text("Anna Nowak-Kowalska (Nowak-Kowalska, Anna) writes; Anna Nowak too."),
            "Anna Nowak-Kowalska (Nowak-Kowalska, Anna) writes; [third party 1] too."
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
        let seen: Vec<Seen<'_>> = senders.iter().map(Seen::Sender).chain(texts.iter().map(|t| Seen::Text(t))).collect();
        Redactor::with_named(&contact(), &named, &seen, &Marks::english())
    }

    #[test]
    fn another_contact_named_in_full_is_a_third_party_numbered_in_order_of_first_appearance() {
        let texts = ["Ewa Nowak called.", "Tak, Jan Kowalski dołączy.", "Kowalski potwierdził, Jan też."];
        let r = named(&[], &["Jan Kowalski", "Ewa Nowak", "Anna Lis"], &texts);
        // Anna Lis is never named: not a party.
        assert_eq!(r.parties(), 3);
        assert_eq!(r.text(texts[0]), "[third party 2] called.");
        assert_eq!(r.text(texts[1]), "Tak, [third party 3] dołączy.");
        // Before whole names, "Kowalski" and "Jan" went here too once the whole name had been
        // seen; alone they are a family name and a first name, not the person: they stay.
        assert_eq!(r.text(texts[2]), texts[2]);

        // A note that names someone before any message: they come first, the sender after.
        let sender = Sender::Other { name: "Marek Śliwiński".into() };
        let seen = [Seen::Text("Poleciła nas Ewa Nowak."), Seen::Sender(&sender), Seen::Text("Jan Kowalski też.")];
        let named = Named { given: vec![], contacts: vec!["Jan Kowalski".into(), "Ewa Nowak".into()] };
        let r = Redactor::with_named(&contact(), &named, &seen, &Marks::english());
        assert_eq!(r.text("Poleciła nas Ewa Nowak."), "Poleciła nas [third party 1].");
        assert_eq!(r.sender(&sender).as_deref(), Some("[third party 2]"));
        assert_eq!(r.text("Jan Kowalski też."), "[third party 3] też.");
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
    fn a_name_the_clerk_gives_counts_where_it_appears_whole() {
        let texts = ["Wrona dzwoniła w sprawie Zofii.", "Pani Zofia Wrona-Kos przyjdzie."];
        let r = named(&["Zofia Wrona-Kos", "Nobody Mentioned"], &[], &texts);
        assert_eq!(r.parties(), 2);
        // Before whole names, a part of a name the clerk gave was enough ("Wrona" went); alone
        // it is a family name (and a bird, "wrona"), so it stays unless the clerk gives it too.
        assert_eq!(r.text(texts[0]), texts[0]);
        assert_eq!(r.text(texts[1]), "Pani [third party 2] przyjdzie.");
    }

    #[test]
    fn a_name_the_clerk_gives_that_is_part_of_a_partys_name_is_that_party() {
        let texts = ["Wrona dzwoniła w sprawie Zofii.", "Pani Zofia Wrona-Kos przyjdzie, Marek też."];
        let r = named(&["Zofia Wrona-Kos", "Wrona", "Marek"], &[], &texts);
        assert_eq!(r.parties(), 2, "Wrona is Zofia Wrona-Kos, Marek is Marek Śliwiński");
        assert_eq!(r.text(texts[0]), "[third party 2] dzwoniła w sprawie Zofii.");
        assert_eq!(r.text(texts[1]), "Pani [third party 2] przyjdzie, [third party 1] też.");
        // Part of two parties' names, it cannot be told whose: a party of its own.
        let r = named(&["Zofia Wrona-Kos", "Jan Wrona", "Wrona"], &[], &["Jan Wrona", texts[0], texts[1]]);
        assert_eq!(r.parties(), 4);
        assert_eq!(r.text("Jan Wrona"), "[third party 2]");
        assert_eq!(r.text(texts[0]), "[third party 3] dzwoniła w sprawie Zofii.");
        assert_eq!(r.text(texts[1]), "Pani [third party 4] przyjdzie, Marek też.");
        // Alone, a name the clerk gives is a party of its own.
        let r = named(&["Wrona"], &[], &texts);
        assert_eq!(r.parties(), 2);
        assert_eq!(r.text(texts[1]), "Pani Zofia [third party 2]-Kos przyjdzie, Marek też.");
    }

    #[test]
    fn names_match_without_their_diacritics() {
        let texts = ["Marek Sliwinski i JAN KOWALSKI; Lucja Zolkiewska zostaje."];
        let r = named(&[], &["Jan Kowalski"], &texts);
        assert_eq!(r.text(texts[0]), "[third party 1] i [third party 2]; Lucja Zolkiewska zostaje.");
        assert_eq!(r.sender(&Sender::Other { name: "marek sliwinski".into() }).as_deref(), Some("[third party 1]"));
    }

    #[test]
    fn odd_names_and_texts_neither_panic_nor_swallow_text() {
        let odd =
            ["", " ", "'", "...", "😀", "A. B. C.", "-- --", "e\u{301}va l\u{301}is", "ß Straße", "Ω", "J.", "'t"];
        let seen: Vec<Seen<'_>> = odd.iter().map(|t| Seen::Text(t)).collect();
        let named = Named { given: odd.iter().map(|n| (*n).to_owned()).collect(), contacts: vec![] };
        let r = Redactor::with_named(&contact(), &named, &seen, &Marks::english());
        for text in odd.iter().chain(["Éva Lís, STRASSE ß", "🙂 A. B. C. D.", "'t"].iter()) {
            let out = r.text(text);
            // Whatever is not a label is the text's own, in order.
            let left = out.replace("[third party ", "").chars().filter(|c| !c.is_ascii_digit() && *c != ']').count();
            assert!(left <= text.chars().count(), "{text:?} → {out:?}");
        }
        // "Éva Lís" written with combining accents (NFD) is the same name, found whole.
        let r = redactor(&["Éva Lís"]);
        assert_eq!(r.text("e\u{301}va l\u{301}is!"), "[third party 1]!");
    }

    #[test]
    fn cyrillic_names_are_redacted_too() {
        let r = redactor(&["Пламен Щерев"]);
        assert_eq!(r.text("Говорих с ПЛАМЕН щерев днес."), "Говорих с [third party 1] днес.");
    }
}
