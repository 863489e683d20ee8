//! What a parser makes of one person in an address-book file, before anything is written.

use serde::{Deserialize, Serialize};

pub use crate::contact_points::{Label, Labelled};

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
    fn tags_are_kept_once() {
        let mut d = ContactDraft::default();
        for t in ["Trade fair 2026", " Trade fair 2026 ", "", "VIP"] {
            d.add_tag(t);
        }
        assert_eq!(d.tags, ["Trade fair 2026", "VIP"]);
    }
}
