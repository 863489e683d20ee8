//! What a parser makes of one person in an address-book file, before anything is written.

use serde::{Deserialize, Serialize};

crate::contacts::string_enum!(
    /// What kind of e-mail address, phone number or postal address it is.
    Label ("label") {
        Work = "work",
        Home = "home",
        Mobile = "mobile",
        Other = "other",
    }
);

/// An e-mail address, phone number or postal address with its label. At most one of a kind
/// per draft is primary (the one a file marks preferred, else the first).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Labelled {
    pub value: String,
    pub label: Label,
    pub primary: bool,
}

impl Labelled {
    pub fn new(value: impl Into<String>, label: Label) -> Self {
        Labelled { value: value.into(), label, primary: false }
    }

    /// Puts a draft's list of one kind in order: each value once (compared ignoring case; the
    /// first keeps its place and label, and is primary if any of them was), and exactly one
    /// primary when there are any: the first one marked, else the first.
    pub fn settle(list: &mut Vec<Labelled>) {
        let mut kept: Vec<Labelled> = Vec::with_capacity(list.len());
        let mut folded: Vec<String> = Vec::with_capacity(list.len());
        for item in list.drain(..) {
            let key = item.value.to_lowercase();
            match folded.iter().position(|k| *k == key) {
                Some(i) => kept[i].primary |= item.primary,
                None => {
                    folded.push(key);
                    kept.push(item);
                }
            }
        }
        let first = kept.iter().position(|l| l.primary).unwrap_or(0);
        for (i, l) in kept.iter_mut().enumerate() {
            l.primary = i == first;
        }
        *list = kept;
    }
}

/// One person as an address-book file holds them. Text is as the file has it once decoded
/// and unescaped (trimmed; empty values left out); nothing is normalised yet.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ContactDraft {
    /// Where in the file it starts: the line (1-based) of a CSV row or of a vCard's `BEGIN`.
    pub line: usize,
    /// The name to show, if the file gives one (vCard `FN`, a "Name" column).
    pub display_name: Option<String>,
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    pub organisation: Option<String>,
    pub job_title: Option<String>,
    pub emails: Vec<Labelled>,
    pub phones: Vec<Labelled>,
    /// Postal addresses, each as one text (lines joined with ", " or kept on lines).
    pub addresses: Vec<Labelled>,
    /// Labels from the file (vCard `CATEGORIES`, Google's groups), without duplicates.
    pub tags: Vec<String>,
    pub notes: Option<String>,
    /// Why this record cannot be imported as it is (e.g. no name at all), in words; `None`
    /// when it can.
    pub problem: Option<String>,
}

impl ContactDraft {
    /// The name the card would show: the file's display name, else given and family name,
    /// else the organisation, else the first e-mail address; `None` when the file gives none.
    pub fn name(&self) -> Option<String> {
        let nonempty = |s: &Option<String>| s.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned);
        if let Some(name) = nonempty(&self.display_name) {
            return Some(name);
        }
        let parts: Vec<String> =
            [nonempty(&self.given_name), nonempty(&self.family_name)].into_iter().flatten().collect();
        if !parts.is_empty() {
            return Some(parts.join(" "));
        }
        nonempty(&self.organisation).or_else(|| self.emails.first().map(|e| e.value.trim().to_owned()))
    }

    /// Adds a tag unless the draft has it already (compared as written, trimmed).
    pub fn add_tag(&mut self, tag: &str) {
        let tag = tag.trim();
        if !tag.is_empty() && !self.tags.iter().any(|t| t == tag) {
            self.tags.push(tag.to_owned());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_name_falls_back_from_display_name_to_parts_organisation_and_email() {
        let mut d = ContactDraft { line: 2, ..Default::default() };
        assert_eq!(d.name(), None);
        d.emails.push(Labelled::new("biuro@zdzblo.pl", Label::Work));
        assert_eq!(d.name().as_deref(), Some("biuro@zdzblo.pl"));
        d.organisation = Some("Pracownia Źdźbło".into());
        assert_eq!(d.name().as_deref(), Some("Pracownia Źdźbło"));
        d.family_name = Some("Żółkiewska".into());
        assert_eq!(d.name().as_deref(), Some("Żółkiewska"));
        d.given_name = Some("Łucja".into());
        assert_eq!(d.name().as_deref(), Some("Łucja Żółkiewska"));
        d.display_name = Some("  ".into());
        assert_eq!(d.name().as_deref(), Some("Łucja Żółkiewska"), "a blank display name is no name");
        d.display_name = Some("Dr Łucja Żółkiewska".into());
        assert_eq!(d.name().as_deref(), Some("Dr Łucja Żółkiewska"));
    }

    #[test]
    fn a_settled_list_has_each_value_once_and_one_primary() {
        let l = |v: &str, label, primary| Labelled { value: v.into(), label, primary };
        let mut list = vec![
            l("biuro@zdzblo.pl", Label::Work, false),
            l("lucja@dom.pl", Label::Home, true),
            l("BIURO@zdzblo.pl", Label::Other, true),
            l("l.z@zdzblo.pl", Label::Work, true),
        ];
        Labelled::settle(&mut list);
        assert_eq!(
            list,
            [
                l("biuro@zdzblo.pl", Label::Work, true),
                l("lucja@dom.pl", Label::Home, false),
                l("l.z@zdzblo.pl", Label::Work, false),
            ]
        );
        let mut none_marked = vec![l("+48 600", Label::Mobile, false), l("+48 22", Label::Work, false)];
        Labelled::settle(&mut none_marked);
        assert_eq!(none_marked.iter().map(|l| l.primary).collect::<Vec<_>>(), [true, false]);
        let mut empty = Vec::new();
        Labelled::settle(&mut empty);
        assert!(empty.is_empty());
    }

    #[test]
    fn tags_are_kept_once() {
        let mut d = ContactDraft::default();
        for t in ["Trade fair 2026", " Trade fair 2026 ", "", "VIP"] {
            d.add_tag(t);
        }
        assert_eq!(d.tags, ["Trade fair 2026", "VIP"]);
    }
}
