//! Mails grouped into conversations, as mail programs thread them.
//!
//! 1. A mail and every Message-ID in its `In-Reply-To` and `References` are one thread, and so,
//!    transitively, are all mails linked that way, in whatever order they come: two replies
//!    to a root that is not in the file are still one thread.
//! 2. A mail with no such link (none of its own, and no mail refers to it) joins, by its
//!    normalised subject ([`normalised_subject`]), the first thread that has a mail of that
//!    subject, else the other unlinked mails of that subject: replies from programs that drop
//!    the headers land where they belong. A mail without a subject stays alone.
//!
//! Each thread's key identifies it across imports: its root's Message-ID (the earliest mail's
//! own, or when the root is not in the file, the first of the earliest mail's `References`,
//! which is the root's), else `subject:<normalised subject>`, else, for a lone mail with
//! neither, `mail:<hash of its sender, time and text>`. Its title is its earliest mail's
//! subject. Messages are in time order; a mail without a time keeps its place after the
//! mail before it in the file. A Message-ID seen twice is kept once (the first).

use std::collections::{HashMap, HashSet};

use sha2::{Digest, Sha256};

use super::Mail;
use crate::import::parsed::{ParsedExport, ParsedMessage, Thread};
use crate::interactions::Channel;

/// Reply and forward prefixes of the mail programs Custos's users write with: English, German
/// (AW, WG), Polish (Odp, PD), Italian (R, RIF, I), French (TR, Réf), Spanish (RV), Dutch
/// (Antw, Doorst), Scandinavian (SV, VS, VB, FS), Bulgarian (Отг, Пр, Пре). Compared in lower
/// case.
const PREFIXES: &[&str] = &[
    "re", "fwd", "fw", "aw", "wg", "odp", "pd", "r", "rif", "i", "tr", "réf", "ref", "rv", "antw", "doorst", "sv",
    "vs", "vb", "fs", "отг", "пр", "пре",
];

/// A subject as threads compare it: reply and forward prefixes taken off (`Re:`, `RE[2]:`,
/// `Fwd:`, `AW:`, `Odp:`, `Отг:`…, repeated), spaces collapsed, in lower case.
pub fn normalised_subject(subject: &str) -> String {
    let mut rest = subject.trim();
    while let Some(colon) = rest.char_indices().take(12).find(|&(_, c)| c == ':' || c == '：').map(|(i, _)| i) {
        let head = rest[..colon].trim();
        // `Re[2]`, `RE(3)`: a count of replies.
        let head = match head.find(['[', '(']) {
            Some(open) if head[open + 1..].trim_end_matches([']', ')']).bytes().all(|b| b.is_ascii_digit()) => {
                head[..open].trim_end()
            }
            _ => head,
        };
        if !PREFIXES.contains(&head.to_lowercase().as_str()) {
            break;
        }
        let width = rest[colon..].chars().next().map_or(1, char::len_utf8);
        rest = rest[colon + width..].trim_start();
    }
    rest.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// Groups `mails` into threads (see the module's documentation), in the order each thread's
/// first mail comes in the input.
pub fn threads(mails: Vec<Mail>) -> ParsedExport {
    let mut seen: HashSet<String> = HashSet::new();
    let mails: Vec<Mail> =
        mails.into_iter().filter(|m| m.message.id.as_ref().is_none_or(|id| seen.insert(id.clone()))).collect();

    // Union-find over the mails (0..n) and the ids they name that no mail has (n..).
    let mut sets = Sets::default();
    let mut node_of: HashMap<&str, usize> = HashMap::new();
    for (i, m) in mails.iter().enumerate() {
        sets.add();
        if let Some(id) = &m.message.id {
            node_of.insert(id, i);
        }
    }
    let mut linked = vec![false; mails.len()];
    for (i, m) in mails.iter().enumerate() {
        for id in m.in_reply_to.iter().chain(&m.references) {
            if m.message.id.as_deref() == Some(id.as_str()) {
                continue;
            }
            let node = *node_of.entry(id).or_insert_with(|| sets.add());
            if let Some(parent) = linked.get_mut(node) {
                *parent = true;
            }
            linked[i] = true;
            sets.union(i, node);
        }
    }

    // Groups of linked mails, in input order; then the unlinked ones by subject.
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut group_of_set: HashMap<usize, usize> = HashMap::new();
    let subjects: Vec<String> =
        mails.iter().map(|m| m.subject.as_deref().map(normalised_subject).unwrap_or_default()).collect();
    let mut group_of_subject: HashMap<&str, usize> = HashMap::new();
    for i in (0..mails.len()).filter(|&i| linked[i]) {
        let set = sets.find(i);
        let g = *group_of_set.entry(set).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(i);
        if !subjects[i].is_empty() {
            group_of_subject.entry(&subjects[i]).or_insert(g);
        }
    }
    for i in (0..mails.len()).filter(|&i| !linked[i]) {
        let subject = subjects[i].as_str();
        let existing = (!subject.is_empty()).then(|| group_of_subject.get(subject).copied()).flatten();
        match existing {
            Some(g) => groups[g].push(i),
            None => {
                groups.push(vec![i]);
                if !subject.is_empty() {
                    group_of_subject.insert(subject, groups.len() - 1);
                }
            }
        }
    }
    // In the order of each group's first mail in the input.
    for g in &mut groups {
        g.sort_unstable();
    }
    groups.sort_by_key(|g| g.first().copied());

    let mut slots: Vec<Option<(Mail, String)>> = mails.into_iter().zip(subjects).map(Some).collect();
    let threads = groups.into_iter().map(|g| thread(g.iter().filter_map(|&i| slots[i].take()).collect())).collect();
    ParsedExport { threads, skipped: 0 }
}

/// One thread of `group` (mails in input order, with their normalised subjects).
fn thread(group: Vec<(Mail, String)>) -> Thread {
    // A mail without a time sorts as the mail before it in the input.
    let mut last = None;
    let mut timed: Vec<(Option<chrono::DateTime<chrono::Utc>>, Mail, String)> = group
        .into_iter()
        .map(|(m, s)| {
            last = m.message.at.or(last);
            (last, m, s)
        })
        .collect();
    timed.sort_by_key(|(at, ..)| *at);
    let key = match timed.first() {
        Some((_, first, subject)) => key(first, subject),
        None => String::new(),
    };
    let title = timed.first().and_then(|(_, m, _)| m.subject.clone());
    let messages: Vec<ParsedMessage> = timed.into_iter().map(|(_, m, _)| m.message).collect();
    Thread { key, title, channel: Channel::Email, messages }
}

/// The key of a thread whose earliest mail is `first`.
fn key(first: &Mail, subject: &str) -> String {
    if let Some(root) = first.references.first().or(first.message.id.as_ref()) {
        return root.clone();
    }
    if let Some(parent) = first.in_reply_to.first() {
        return parent.clone();
    }
    if !subject.is_empty() {
        return format!("subject:{subject}");
    }
    let m = &first.message;
    let mut hash = Sha256::new();
    for part in
        [m.from.address.as_deref(), m.from.name.as_deref(), m.at.map(|t| t.to_rfc3339()).as_deref(), Some(&m.text)]
    {
        hash.update(part.unwrap_or_default().as_bytes());
        hash.update([0]);
    }
    format!("mail:{}", &hex::encode(hash.finalize())[..16])
}

/// Disjoint sets of nodes, by index.
#[derive(Debug, Default)]
struct Sets {
    parent: Vec<usize>,
}

impl Sets {
    fn add(&mut self) -> usize {
        self.parent.push(self.parent.len());
        self.parent.len() - 1
    }

    fn find(&mut self, mut node: usize) -> usize {
        while self.parent[node] != node {
            // Path halving keeps the trees flat.
            self.parent[node] = self.parent[self.parent[node]];
            node = self.parent[node];
        }
        node
    }

    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            // The smaller index (an earlier mail before an id no mail has) is the root.
            let (root, child) = if a < b { (a, b) } else { (b, a) };
            self.parent[child] = root;
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};

    use super::*;
    use crate::import::parsed::Party;

    fn mail(id: Option<&str>, day: Option<u32>, subject: &str, refs: &[&str]) -> Mail {
        Mail {
            message: ParsedMessage {
                id: id.map(str::to_owned),
                at: day.and_then(|d| Utc.with_ymd_and_hms(2026, 3, d, 10, 0, 0).single()),
                from: Party { name: None, address: Some("a@b.example".into()), staff: false },
                to: Vec::new(),
                text: format!("text of {}", id.unwrap_or(subject)),
                attachments: Vec::new(),
                line: 1,
            },
            subject: (!subject.is_empty()).then(|| subject.to_owned()),
            in_reply_to: refs.last().map(|r| vec![(*r).to_owned()]).unwrap_or_default(),
            references: refs.iter().map(|r| (*r).to_owned()).collect(),
        }
    }

    fn shape(export: &ParsedExport) -> Vec<(String, Vec<Option<String>>)> {
        export.threads.iter().map(|t| (t.key.clone(), t.messages.iter().map(|m| m.id.clone()).collect())).collect()
    }

    #[test]
    fn subjects_lose_their_prefixes() {
        assert_eq!(normalised_subject("  Re: RE: Fwd:  Oferta   na sobotę "), "oferta na sobotę");
        assert_eq!(normalised_subject("AW: WG: Größe"), "größe");
        assert_eq!(normalised_subject("Odp: PD: R: TR: Zamówienie"), "zamówienie");
        assert_eq!(normalised_subject("Отг: Пр: Здравейте"), "здравейте");
        assert_eq!(normalised_subject("RE[2]: Re (3): x"), "x");
        assert_eq!(normalised_subject("Ref: Rechnung"), "rechnung");
        assert_eq!(normalised_subject("Termin: Montag"), "termin: montag");
        assert_eq!(normalised_subject("Re:"), "");
    }

    #[test]
    fn replies_join_their_parents_whatever_the_order() {
        let export = threads(vec![
            mail(Some("c"), Some(4), "Re: Oferta", &["a", "b"]),
            mail(Some("x"), Some(1), "Faktura", &[]),
            mail(Some("b"), Some(3), "Re: Oferta", &["a"]),
            mail(Some("a"), Some(2), "Oferta", &[]),
            mail(Some("b"), Some(3), "Re: Oferta", &["a"]),
            mail(None, None, "RE: faktura", &[]),
            mail(Some("d"), Some(5), "Re: Inne", &["gone"]),
            mail(Some("e"), Some(6), "Re: Inne", &["gone", "d"]),
            mail(Some("f"), Some(1), "Oferta?", &[]),
        ]);
        assert_eq!(
            shape(&export),
            [
                ("a".into(), vec![Some("a".into()), Some("b".into()), Some("c".into())]),
                ("x".into(), vec![Some("x".into()), None]),
                ("gone".into(), vec![Some("d".into()), Some("e".into())]),
                ("f".into(), vec![Some("f".into())]),
            ]
        );
        assert_eq!(export.threads[0].title.as_deref(), Some("Oferta"));
        assert!(export.threads.iter().all(|t| t.channel == Channel::Email));
    }

    #[test]
    fn unlinked_mails_group_by_subject_and_join_linked_threads() {
        let export = threads(vec![
            mail(None, Some(3), "Re: Wycena", &[]),
            mail(None, Some(2), "Wycena", &[]),
            mail(Some("r"), Some(1), "Umowa", &[]),
            mail(Some("s"), Some(2), "Re: Umowa", &["r"]),
            mail(Some("t"), Some(3), "RE: umowa", &[]),
            mail(None, None, "", &[]),
        ]);
        let keys: Vec<&str> = export.threads.iter().map(|t| t.key.as_str()).collect();
        assert_eq!(keys[..2], ["subject:wycena", "r"]);
        assert!(keys[2].starts_with("mail:") && keys[2].len() == 21, "{keys:?}");
        assert_eq!(export.threads[0].title.as_deref(), Some("Wycena"));
        assert_eq!(export.threads[1].messages.len(), 3);
    }

    #[test]
    fn undated_mails_keep_their_place_after_their_predecessor() {
        let export = threads(vec![
            mail(Some("a"), Some(5), "S", &[]),
            mail(Some("b"), None, "Re: S", &["a"]),
            mail(Some("c"), Some(2), "Re: S", &["a"]),
            mail(Some("d"), Some(6), "Re: S", &["a"]),
        ]);
        assert_eq!(shape(&export)[0].1, [Some("c".into()), Some("a".into()), Some("b".into()), Some("d".into())]);
        // The root is not the earliest: the key is still the root's id.
        assert_eq!(export.threads[0].key, "a");
    }
}
