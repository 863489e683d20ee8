//! The exports of the address books firms keep, told from their header: Google Contacts (the
//! current layout and the older one) and Outlook. Their columns are English whatever the
//! user's language; [`Mapping::guess`](super::Mapping::guess) knows them, and a preset says
//! which export a file is (the desktop shows it, a later step names the source after it).
//!
//! - **Google Contacts** (current): `First Name`, `Middle Name`, `Last Name`, `Organization
//!   Name`, `Organization Title`, `E-mail 1 - Label`/`Value`, `Phone 1 - Label`/`Value`,
//!   `Address 1 - Label`/`Formatted`/`Street`/`City`/`Postal Code`/`Region`/`Country`…,
//!   `Labels`, `Notes`. A cell holds several values joined with ` ::: `; a label starting with
//!   `* ` marks the primary one; `Labels` such as `* myContacts ::: Trade fair 2026` are tags
//!   once Google's own groups (the ones starting with `* `) are left out.
//! - **Google Contacts** (older): `Name`, `Given Name`, `Additional Name`, `Family Name`,
//!   `Group Membership`, `E-mail 1 - Type`/`Value`, `Phone 1 - Type`/`Value`, `Organization 1 -
//!   Name`/`Title`…, the same ` ::: ` and `* `.
//! - **Outlook**: `First Name`, `Middle Name`, `Last Name`, `Title` (Mr., Dr.: not imported),
//!   `Company`, `Job Title`, `E-mail Address`, `E-mail 2 Address`, `E-mail 3 Address`,
//!   `Business Phone`, `Home Phone`, `Mobile Phone`, `Business Street`/`City`/`State`/`Postal
//!   Code`/`Country/Region` (one work address), `Home Street`…, `Other Street`…, `Categories`
//!   separated by `;`, `Notes`.

use serde::{Deserialize, Serialize};

/// A known export layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, rename = "CsvPreset"))]
pub enum Preset {
    /// Google Contacts' current CSV ("Google CSV").
    Google,
    /// Google Contacts' older CSV (`Given Name`, `Group Membership`).
    GoogleOld,
    /// Outlook's CSV ("Comma Separated Values"), English column names.
    Outlook,
}

impl Preset {
    /// The preset whose columns `header` has, if any.
    pub fn detect<S: AsRef<str>>(header: &[S]) -> Option<Preset> {
        let names: Vec<String> = header.iter().map(|h| h.as_ref().trim().to_lowercase()).collect();
        let has = |name: &str| names.iter().any(|n| n == name);
        let grouped = |sub: &str| names.iter().any(|n| n.starts_with("e-mail 1 - ") && n.ends_with(sub));
        if has("first name") && has("last name") && (has("labels") || grouped("label")) {
            Some(Preset::Google)
        } else if has("given name") && has("family name") && (has("group membership") || grouped("type")) {
            Some(Preset::GoogleOld)
        } else if has("first name")
            && has("last name")
            && (has("e-mail address") || has("business phone") || has("mobile phone") || has("company"))
        {
            Some(Preset::Outlook)
        } else {
            None
        }
    }

    /// Its code, as serde writes it: `google`, `google_old`, `outlook`.
    pub fn code(self) -> &'static str {
        match self {
            Preset::Google => "google",
            Preset::GoogleOld => "google_old",
            Preset::Outlook => "outlook",
        }
    }

    /// Its name as people know it.
    pub fn name(self) -> &'static str {
        match self {
            Preset::Google => "Google Contacts",
            Preset::GoogleOld => "Google Contacts (older layout)",
            Preset::Outlook => "Outlook",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presets_are_told_from_the_header() {
        let google = ["First Name", "Middle Name", "Last Name", "Labels", "E-mail 1 - Label", "E-mail 1 - Value"];
        assert_eq!(Preset::detect(&google), Some(Preset::Google));
        let old = ["Name", "Given Name", "Family Name", "Group Membership", "E-mail 1 - Type", "E-mail 1 - Value"];
        assert_eq!(Preset::detect(&old), Some(Preset::GoogleOld));
        let outlook = ["Title", "First Name", "Middle Name", "Last Name", "Company", "E-mail Address"];
        assert_eq!(Preset::detect(&outlook), Some(Preset::Outlook));
        assert_eq!(Preset::detect(&["Imię", "Nazwisko", "E-mail"]), None);
        assert_eq!(Preset::detect(&["first name ", " LAST NAME", "e-mail address"]), Some(Preset::Outlook));
        assert_eq!(Preset::detect::<&str>(&[]), None);
    }

    #[test]
    fn presets_serialise_as_codes() {
        assert_eq!(serde_json::to_string(&Preset::GoogleOld).unwrap(), "\"google_old\"");
        assert_eq!(Preset::Outlook.name(), "Outlook");
    }
}
