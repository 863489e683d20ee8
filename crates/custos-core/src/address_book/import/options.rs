//! What the user says about an import before it runs: where the data came from, the status
//! and tag of the cards, what to do with duplicates, and (at commit) the decisions they made
//! row by row.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::contacts::{DataSource, LifecycleStatus};
use crate::error::Result;

crate::contacts::string_enum!(
    /// What happens to a row that is a duplicate of a card (or of an earlier row): skip it,
    /// merge it into that card (add what the card lacks, never overwrite), or add it as a
    /// new card anyway.
    Decision ("decision") {
        Skip = "skip",
        Merge = "merge",
        New = "new",
    }
);

/// Merging is the default: it only adds what the card lacks (points, tags, empty fields),
/// never overwrites, and the import's undo takes exactly that off again.
impl Default for Decision {
    fn default() -> Self {
        Decision::Merge
    }
}

/// How an address book is imported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ImportOptions {
    /// Where the file's data came from (GDPR Art. 14): "third party: Google Contacts export
    /// of 2026-12-02". Every card the import creates records it.
    pub source: DataSource,
    /// The lifecycle status of the cards the import creates (a lead unless said).
    #[serde(default = "lead")]
    pub status: LifecycleStatus,
    /// A tag put on every card the import creates or merges into ("Trade fair 2026").
    #[serde(default)]
    pub tag: Option<String>,
    /// What happens to a duplicate the user has not decided about (merge unless said).
    #[serde(default)]
    pub on_duplicate: Decision,
}

fn lead() -> LifecycleStatus {
    LifecycleStatus::Lead
}

impl ImportOptions {
    /// Leads from `source`, no tag, duplicates merged.
    pub fn new(source: DataSource) -> Self {
        ImportOptions { source, status: LifecycleStatus::Lead, tag: None, on_duplicate: Decision::Merge }
    }

    /// The options checked: the source named where it must be, the tag a tag.
    pub(super) fn checked(&self) -> Result<Settings> {
        self.source.validate()?;
        let tag = match &self.tag {
            Some(tag) => crate::tags::normalise(&[tag])?.into_iter().next(),
            None => None,
        };
        Ok(Settings { source: self.source.clone(), status: self.status, tag, on_duplicate: self.on_duplicate })
    }
}

/// [`ImportOptions`] once checked.
#[derive(Debug, Clone)]
pub(super) struct Settings {
    pub source: DataSource,
    pub status: LifecycleStatus,
    /// Normalised ([`crate::tags::normalise`]); `None` also for a blank one.
    pub tag: Option<String>,
    pub on_duplicate: Decision,
}

/// What the user decided after the preview.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ImportChoices {
    /// Decisions by row (the draft's index in the list previewed). A duplicate without one
    /// takes the options' `on_duplicate`; any other row is created, unless `skip` is given
    /// for it (`merge` or `new` for a row that is no duplicate creates it).
    pub decisions: BTreeMap<usize, Decision>,
    /// The user agreed to leave out the rows that cannot be imported as they are (the
    /// preview's `problems`). Without it an import with such rows is refused.
    pub skip_problems: bool,
}

impl ImportChoices {
    /// The decision for `row`: the user's, else `default`.
    pub(super) fn for_row(&self, row: usize, default: Decision) -> Decision {
        self.decisions.get(&row).copied().unwrap_or(default)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_need_a_source_and_take_defaults() {
        let json = r#"{"source": {"kind": "third_party", "name": "Google Contacts export of 2026-12-02"}}"#;
        let options: ImportOptions = serde_json::from_str(json).unwrap();
        assert_eq!(
            options,
            ImportOptions::new(DataSource::ThirdParty { name: "Google Contacts export of 2026-12-02".into() })
        );
        assert!(serde_json::from_str::<ImportOptions>(r#"{"status": "lead"}"#).is_err(), "the source is required");
        let unnamed = ImportOptions::new(DataSource::Public { name: " ".into() });
        assert_eq!(unnamed.checked().unwrap_err().code(), "invalid_input");
        let tagged = ImportOptions {
            tag: Some("  Targi   2026 ".into()),
            ..ImportOptions::new(DataSource::Person { via: None })
        };
        assert_eq!(tagged.checked().unwrap().tag.as_deref(), Some("Targi 2026"));
        let blank = ImportOptions { tag: Some(" ".into()), ..ImportOptions::new(DataSource::Person { via: None }) };
        assert_eq!(blank.checked().unwrap().tag, None);
        let long = ImportOptions { tag: Some("x".repeat(81)), ..ImportOptions::new(DataSource::Person { via: None }) };
        assert_eq!(long.checked().unwrap_err().code(), "invalid_input");
    }

    #[test]
    fn choices_read_from_json_by_row() {
        let choices: ImportChoices =
            serde_json::from_str(r#"{"decisions": {"3": "skip", "7": "new"}, "skip_problems": true}"#).unwrap();
        assert_eq!(choices.for_row(3, Decision::Merge), Decision::Skip);
        assert_eq!(choices.for_row(7, Decision::Merge), Decision::New);
        assert_eq!(choices.for_row(4, Decision::Merge), Decision::Merge);
        assert!(choices.skip_problems);
        assert_eq!(serde_json::from_str::<ImportChoices>("{}").unwrap(), ImportChoices::default());
    }
}
