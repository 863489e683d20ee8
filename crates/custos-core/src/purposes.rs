//! Purposes: why the firm processes data, on which legal basis (GDPR Art. 6(1)), with which
//! recipients, for how long. The privacy notice, access report and Art. 30 record are all
//! generated from this catalogue.

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::audit::{Action, Target};
use crate::contacts::string_enum;
use crate::error::{Error, Result, Why};
use crate::ts::Ts;
use crate::vault::{Vault, Write};

pub type PurposeId = i64;

string_enum!(
    /// The legal bases of GDPR Art. 6(1), by their letter.
    LegalBasis ("legal basis") {
        Consent = "a",
        Contract = "b",
        LegalObligation = "c",
        VitalInterests = "d",
        PublicTask = "e",
        LegitimateInterests = "f",
    }
);

impl LegalBasis {
    /// "Art. 6(1)(a) consent" and so on.
    pub fn describe(self) -> &'static str {
        match self {
            LegalBasis::Consent => "Art. 6(1)(a) consent",
            LegalBasis::Contract => "Art. 6(1)(b) contract",
            LegalBasis::LegalObligation => "Art. 6(1)(c) legal obligation",
            LegalBasis::VitalInterests => "Art. 6(1)(d) vital interests",
            LegalBasis::PublicTask => "Art. 6(1)(e) public task",
            LegalBasis::LegitimateInterests => "Art. 6(1)(f) legitimate interests",
        }
    }

    /// Accepts the letter ("a"), the code word ("consent", "legitimate-interests") or "6(1)(f)".
    pub fn parse_loose(s: &str) -> Result<LegalBasis> {
        let t = s.trim().to_lowercase().replace(['-', ' '], "_");
        let t = t.trim_start_matches("art._").trim_start_matches("6(1)(").trim_end_matches(')');
        let by_word = match t {
            "consent" => Some(LegalBasis::Consent),
            "contract" => Some(LegalBasis::Contract),
            "legal_obligation" => Some(LegalBasis::LegalObligation),
            "vital_interests" => Some(LegalBasis::VitalInterests),
            "public_task" => Some(LegalBasis::PublicTask),
            "legitimate_interests" | "legitimate_interest" => Some(LegalBasis::LegitimateInterests),
            _ => None,
        };
        match by_word {
            Some(b) => Ok(b),
            None => t
                .parse()
                .map_err(|_| Error::invalid("legal_basis", crate::why::Why::NotALegalBasis { text: s.to_owned() })),
        }
    }
}

string_enum!(
    /// The part a recipient plays.
    RecipientRole ("recipient role") {
        Processor = "processor",
        Controller = "controller",
        JointController = "joint_controller",
        Recipient = "recipient",
    }
);

string_enum!(
    /// What makes a transfer of data to the recipient's country lawful.
    TransferSafeguard ("transfer safeguard") {
        EuEea = "eu_eea",
        Adequacy = "adequacy",
        StandardContractualClauses = "standard_contractual_clauses",
        Other = "other",
    }
);

/// The EU and EEA member states (ISO 3166-1 alpha-2).
pub const EEA_COUNTRIES: &[&str] = &[
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT",
    "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
];

/// Someone data is disclosed to: a processor (e.g. a chat tool) or another recipient.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Recipient {
    pub name: String,
    pub role: RecipientRole,
    /// ISO 3166-1 alpha-2 country code.
    pub country: String,
    pub safeguard: TransferSafeguard,
    /// For `Other` (required) or to name the adequacy decision / SCC version.
    pub safeguard_detail: Option<String>,
}

impl Recipient {
    /// True when the recipient is outside the EU/EEA (a transfer, Art. 44 ff.).
    pub fn is_third_country(&self) -> bool {
        !EEA_COUNTRIES.contains(&self.country.as_str())
    }

    fn trimmed(mut self) -> Recipient {
        self.name = self.name.trim().to_owned();
        self.country = self.country.trim().to_uppercase();
        self.safeguard_detail = self.safeguard_detail.map(|d| d.trim().to_owned()).filter(|d| !d.is_empty());
        self
    }

    /// What is wrong with a trimmed recipient, if anything.
    fn problem(&self) -> Option<Why> {
        let recipient = || self.name.clone();
        if self.name.is_empty() {
            return Some(Why::RecipientNameMissing {});
        }
        if self.country.len() != 2 || !self.country.chars().all(|c| c.is_ascii_alphabetic()) {
            return Some(Why::RecipientCountry { recipient: recipient() });
        }
        if self.is_third_country() && self.safeguard == TransferSafeguard::EuEea {
            return Some(Why::RecipientOutsideEea { recipient: recipient(), country: self.country.clone() });
        }
        if self.safeguard == TransferSafeguard::Other && self.safeguard_detail.is_none() {
            return Some(Why::SafeguardDetailMissing { recipient: recipient() });
        }
        None
    }
}

/// One thing wrong with a purpose as entered: the field (and for a recipient, which one) and
/// what to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct FieldProblem {
    /// The field of [`PurposeSpec`]: `name`, `description`, `legitimate_interest`,
    /// `consent_wording`, `requirement` or `recipient`.
    pub field: String,
    /// For `recipient`: its place in the list, from 0.
    pub index: Option<u32>,
    /// What to do, in English (without the field).
    pub message: String,
    /// The same by code and data: a [`Why`] (an error's reason) for a front end to word as it
    /// words the error saving would give.
    pub why: crate::error::Said,
}

/// Whether a person must provide the data (Art. 13(2)(e)).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum Requirement {
    /// Providing the data is voluntary.
    #[default]
    Voluntary,
    /// Required by law; `consequence` of not providing it.
    Statutory { consequence: String },
    /// Required to enter or perform a contract; `consequence` of not providing it.
    Contractual { consequence: String },
}

/// Everything that defines a purpose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct PurposeSpec {
    pub name: String,
    pub description: String,
    pub legal_basis: LegalBasis,
    /// The interest pursued; required for Art. 6(1)(f).
    pub legitimate_interest: Option<String>,
    /// Whom the data is about (Art. 30(1)(c)), e.g. "customers", "job applicants".
    pub data_subject_categories: Vec<String>,
    pub data_categories: Vec<String>,
    pub recipients: Vec<Recipient>,
    /// How long data is kept, or the criteria (e.g. "2 years after the last contact").
    pub retention_rule: Option<String>,
    pub requirement: Requirement,
    /// Automated decisions or profiling, with meaningful information about the logic; `None` if none.
    pub automated_decisions: Option<String>,
    /// Consent must be confirmed (double opt-in) before it counts.
    pub requires_confirmation: bool,
    /// The consent wording shown to people; required for Art. 6(1)(a).
    pub consent_wording: Option<String>,
}

impl PurposeSpec {
    /// A purpose with a name, a description and a basis; everything else empty.
    pub fn new(name: impl Into<String>, description: impl Into<String>, legal_basis: LegalBasis) -> Self {
        PurposeSpec {
            name: name.into(),
            description: description.into(),
            legal_basis,
            legitimate_interest: None,
            data_subject_categories: Vec::new(),
            data_categories: Vec::new(),
            recipients: Vec::new(),
            retention_rule: None,
            requirement: Requirement::Voluntary,
            automated_decisions: None,
            requires_confirmation: false,
            consent_wording: None,
        }
    }

    fn normalise(self) -> Result<PurposeSpec> {
        let spec = self.trimmed();
        match spec.problems_when_trimmed().into_iter().next() {
            Some((p, why)) => Err(Error::Invalid { field: field_name(&p.field), why }),
            None => Ok(spec),
        }
    }

    /// Everything wrong with the purpose as entered, field by field: what saving it would
    /// refuse (the first of these is the error). Empty when it can be saved.
    pub fn problems(&self) -> Vec<FieldProblem> {
        self.clone().trimmed().problems_when_trimmed().into_iter().map(|(p, _)| p).collect()
    }

    fn trimmed(mut self) -> PurposeSpec {
        let opt = |v: Option<String>| v.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty());
        self.name = self.name.trim().to_owned();
        self.description = self.description.trim().to_owned();
        self.legitimate_interest = opt(self.legitimate_interest);
        self.retention_rule = opt(self.retention_rule);
        self.automated_decisions = opt(self.automated_decisions);
        self.consent_wording = opt(self.consent_wording);
        self.data_categories =
            self.data_categories.into_iter().map(|c| c.trim().to_owned()).filter(|c| !c.is_empty()).collect();
        self.data_categories.dedup();
        self.data_subject_categories = distinct_entries(self.data_subject_categories);
        self.recipients = self.recipients.into_iter().map(Recipient::trimmed).collect();
        self
    }

    /// The problems, each with its reason (the error's when it is the first).
    fn problems_when_trimmed(&self) -> Vec<(FieldProblem, Why)> {
        let mut found = Vec::new();
        let mut problem = |field: &str, index: Option<usize>, why: Why| {
            let (message, said) = (why.to_string(), why.said());
            let index = index.map(|i| i as u32);
            found.push((FieldProblem { field: field.to_owned(), index, message, why: said }, why))
        };
        if !crate::names::is_name(&self.name) {
            problem("name", None, Why::PurposeNameMissing {});
        }
        if self.description.is_empty() {
            problem("description", None, Why::PurposeDescriptionMissing {});
        }
        if self.legal_basis == LegalBasis::LegitimateInterests && self.legitimate_interest.is_none() {
            problem("legitimate_interest", None, Why::LegitimateInterestMissing {});
        }
        if self.legal_basis == LegalBasis::Consent && self.consent_wording.is_none() {
            problem("consent_wording", None, Why::ConsentWordingMissing {});
        }
        if let Requirement::Statutory { consequence } | Requirement::Contractual { consequence } = &self.requirement
            && consequence.trim().is_empty()
        {
            problem("requirement", None, Why::ConsequenceMissing {});
        }
        for (i, r) in self.recipients.iter().enumerate() {
            if let Some(why) = r.problem() {
                problem("recipient", Some(i), why);
            }
        }
        found
    }
}

/// The field names [`FieldProblem`] uses, as the error's static field.
fn field_name(field: &str) -> &'static str {
    ["name", "description", "legitimate_interest", "consent_wording", "requirement", "recipient"]
        .into_iter()
        .find(|f| *f == field)
        .unwrap_or("purpose")
}

/// The entries trimmed, without empty ones, each once (the first occurrence keeps its place).
fn distinct_entries(entries: Vec<String>) -> Vec<String> {
    let mut kept: Vec<String> = Vec::with_capacity(entries.len());
    for entry in entries {
        let entry = entry.trim();
        if !entry.is_empty() && !kept.iter().any(|k| k == entry) {
            kept.push(entry.to_owned());
        }
    }
    kept
}

/// A version of a purpose's consent wording.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct WordingVersion {
    pub version: i64,
    /// SHA-256 of the text, hex.
    pub hash: String,
    pub text: String,
    pub created_at: DateTime<Utc>,
}

/// A stored purpose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Purpose {
    pub id: PurposeId,
    #[serde(flatten)]
    pub spec: PurposeSpec,
    /// The current consent wording version, if any.
    pub wording_version: Option<i64>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// The purpose catalogue of a vault.
#[derive(Debug, Clone, Copy)]
pub struct Purposes<'v> {
    vault: &'v Vault,
}

impl Vault {
    pub fn purposes(&self) -> Purposes<'_> {
        Purposes { vault: self }
    }
}

pub(crate) fn wording_hash(text: &str) -> String {
    hex::encode(Sha256::digest(text.as_bytes()))
}

/// Stores `text` as the purpose's next wording version unless it is the current one.
fn store_wording(w: &Write<'_>, purpose: PurposeId, text: &str) -> Result<()> {
    let hash = wording_hash(text);
    let current: Option<(i64, String)> = w
        .tx
        .query_row(
            "SELECT version, wording_hash FROM purpose_wording_version WHERE purpose_id = ?1 ORDER BY version DESC LIMIT 1",
            [purpose],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    if current.as_ref().is_some_and(|(_, h)| *h == hash) {
        return Ok(());
    }
    w.tx.execute("INSERT OR IGNORE INTO consent_wording (hash, text) VALUES (?1, ?2)", params![hash, text])?;
    w.tx.execute(
        "INSERT INTO purpose_wording_version (purpose_id, version, wording_hash, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![purpose, current.map_or(1, |(v, _)| v + 1), hash, w.now_ts()],
    )?;
    Ok(())
}

fn store_recipients(w: &Write<'_>, purpose: PurposeId, recipients: &[Recipient]) -> Result<()> {
    w.tx.execute("DELETE FROM purpose_recipient WHERE purpose_id = ?1", [purpose])?;
    let mut stmt = w.tx.prepare_cached(
        "INSERT INTO purpose_recipient (id, purpose_id, position, name, role, country, safeguard, safeguard_detail)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for (i, r) in recipients.iter().enumerate() {
        let id = w.next_id(crate::sync::ids::Table::PurposeRecipient)?;
        stmt.execute(params![id, purpose, i as i64, r.name, r.role, r.country, r.safeguard, r.safeguard_detail])?;
    }
    Ok(())
}

fn requirement_columns(r: &Requirement) -> (&'static str, Option<&str>) {
    match r {
        Requirement::Voluntary => ("none", None),
        Requirement::Statutory { consequence } => ("statutory", Some(consequence)),
        Requirement::Contractual { consequence } => ("contractual", Some(consequence)),
    }
}

pub(crate) fn load(c: &rusqlite::Connection, id: PurposeId) -> Result<Purpose> {
    let row = c
        .query_row(
            "SELECT p.id, p.name, p.description, p.legal_basis, p.legitimate_interest, p.data_categories, p.retention_rule,
                    p.requirement, p.requirement_consequence, p.automated_decisions, p.requires_confirmation,
                    p.created_at, p.updated_at, w.version, cw.text, p.data_subject_categories
             FROM purpose p
             LEFT JOIN purpose_wording_version w ON w.purpose_id = p.id
                  AND w.version = (SELECT max(version) FROM purpose_wording_version WHERE purpose_id = p.id)
             LEFT JOIN consent_wording cw ON cw.hash = w.wording_hash
             WHERE p.id = ?1",
            [id],
            |r| {
                let categories: String = r.get(5)?;
                let subjects: String = r.get(15)?;
                let consequence: Option<String> = r.get(8)?;
                let requirement = match r.get::<_, String>(7)?.as_str() {
                    "statutory" => Requirement::Statutory { consequence: consequence.unwrap_or_default() },
                    "contractual" => Requirement::Contractual { consequence: consequence.unwrap_or_default() },
                    _ => Requirement::Voluntary,
                };
                Ok(Purpose {
                    id: r.get(0)?,
                    spec: PurposeSpec {
                        name: r.get(1)?,
                        description: r.get(2)?,
                        legal_basis: r.get(3)?,
                        legitimate_interest: r.get(4)?,
                        data_subject_categories: serde_json::from_str(&subjects).unwrap_or_default(),
                        data_categories: serde_json::from_str(&categories).unwrap_or_default(),
                        recipients: Vec::new(),
                        retention_rule: r.get(6)?,
                        requirement,
                        automated_decisions: r.get(9)?,
                        requires_confirmation: r.get(10)?,
                        consent_wording: r.get(14)?,
                    },
                    wording_version: r.get(13)?,
                    created_at: r.get::<_, Ts>(11)?.0,
                    updated_at: r.get::<_, Ts>(12)?.0,
                })
            },
        )
        .optional()?;
    let mut purpose = row.ok_or_else(|| Error::not_found("purpose", id))?;
    let mut stmt = c.prepare_cached(
        "SELECT name, role, country, safeguard, safeguard_detail FROM purpose_recipient WHERE purpose_id = ?1 ORDER BY position",
    )?;
    purpose.spec.recipients = stmt
        .query_map([id], |r| {
            Ok(Recipient {
                name: r.get(0)?,
                role: r.get(1)?,
                country: r.get(2)?,
                safeguard: r.get(3)?,
                safeguard_detail: r.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(purpose)
}

impl Purposes<'_> {
    pub fn add(&self, spec: PurposeSpec) -> Result<Purpose> {
        self.vault.may(Action::PurposeCreated)?;
        let spec = spec.normalise()?;
        self.vault.write(|w| {
            if find_id(&w.tx, &spec.name)?.is_some() {
                return Err(Error::refused(crate::why::Why::PurposeExists { name: spec.name.clone() }));
            }
            let (requirement, consequence) = requirement_columns(&spec.requirement);
            let id = w.next_id(crate::sync::ids::Table::Purpose)?;
            w.tx.execute(
                "INSERT INTO purpose (name, description, legal_basis, legitimate_interest, data_categories, retention_rule,
                    requirement, requirement_consequence, automated_decisions, requires_confirmation, created_at, updated_at,
                    data_subject_categories, id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11, ?12, ?13)",
                params![
                    spec.name,
                    spec.description,
                    spec.legal_basis,
                    spec.legitimate_interest,
                    serde_json::to_string(&spec.data_categories)?,
                    spec.retention_rule,
                    requirement,
                    consequence,
                    spec.automated_decisions,
                    spec.requires_confirmation,
                    w.now_ts(),
                    serde_json::to_string(&spec.data_subject_categories)?,
                    id
                ],
            )?;
            store_recipients(w, id, &spec.recipients)?;
            if let Some(text) = &spec.consent_wording {
                store_wording(w, id, text)?;
            }
            let details = serde_json::json!({ "name": spec.name, "data_subject_categories": spec.data_subject_categories });
            w.audit(Action::PurposeCreated, Target::Purpose(id), details)?;
            load(&w.tx, id)
        })
    }

    /// Replaces a purpose's definition. A changed consent wording becomes a new version;
    /// consent events keep pointing at the version the person actually saw.
    pub fn update(&self, id: PurposeId, spec: PurposeSpec) -> Result<Purpose> {
        self.vault.may(Action::PurposeUpdated)?;
        let spec = spec.normalise()?;
        self.vault.write(|w| {
            let before = load(&w.tx, id)?;
            if find_id(&w.tx, &spec.name)?.is_some_and(|other| other != id) {
                return Err(Error::refused(crate::why::Why::PurposeNameTaken { name: spec.name.clone() }));
            }
            let (requirement, consequence) = requirement_columns(&spec.requirement);
            w.tx.execute(
                "UPDATE purpose SET name = ?2, description = ?3, legal_basis = ?4, legitimate_interest = ?5,
                    data_categories = ?6, retention_rule = ?7, requirement = ?8, requirement_consequence = ?9,
                    automated_decisions = ?10, requires_confirmation = ?11, updated_at = ?12,
                    data_subject_categories = ?13
                 WHERE id = ?1",
                params![
                    id,
                    spec.name,
                    spec.description,
                    spec.legal_basis,
                    spec.legitimate_interest,
                    serde_json::to_string(&spec.data_categories)?,
                    spec.retention_rule,
                    requirement,
                    consequence,
                    spec.automated_decisions,
                    spec.requires_confirmation,
                    w.now_ts(),
                    serde_json::to_string(&spec.data_subject_categories)?
                ],
            )?;
            store_recipients(w, id, &spec.recipients)?;
            if let Some(text) = &spec.consent_wording {
                store_wording(w, id, text)?;
            }
            let mut details = serde_json::json!({ "name": spec.name });
            if before.spec.data_subject_categories != spec.data_subject_categories {
                details["data_subject_categories"] = serde_json::json!({
                    "from": before.spec.data_subject_categories,
                    "to": spec.data_subject_categories,
                });
            }
            w.audit(Action::PurposeUpdated, Target::Purpose(id), details)?;
            load(&w.tx, id)
        })
    }

    pub fn get(&self, id: PurposeId) -> Result<Purpose> {
        self.vault.read(|c| load(c, id))
    }

    /// Finds a purpose by id ("3") or by exact name ("Newsletter").
    pub fn find(&self, id_or_name: &str) -> Result<Purpose> {
        let key = id_or_name.trim();
        let id = match key.parse::<PurposeId>() {
            Ok(id) => Some(id),
            Err(_) => self.vault.read(|c| find_id(c, key))?,
        };
        match id {
            Some(id) => self.get(id),
            None => Err(Error::not_found("purpose", key)),
        }
    }

    /// The whole catalogue, by name.
    pub fn list(&self) -> Result<Vec<Purpose>> {
        let ids: Vec<PurposeId> = self.vault.read(|c| {
            let mut stmt = c.prepare("SELECT id FROM purpose ORDER BY name COLLATE NOCASE")?;
            crate::vault::rows(stmt.query_map([], |r| r.get(0))?)
        })?;
        ids.into_iter().map(|id| self.get(id)).collect()
    }

    /// Every version of a purpose's consent wording, oldest first.
    pub fn wording_history(&self, id: PurposeId) -> Result<Vec<WordingVersion>> {
        self.vault.read(|c| {
            let mut stmt = c.prepare(
                "SELECT w.version, w.wording_hash, cw.text, w.created_at FROM purpose_wording_version w
                 JOIN consent_wording cw ON cw.hash = w.wording_hash WHERE w.purpose_id = ?1 ORDER BY w.version",
            )?;
            crate::vault::rows(stmt.query_map([id], |r| {
                Ok(WordingVersion {
                    version: r.get(0)?,
                    hash: r.get(1)?,
                    text: r.get(2)?,
                    created_at: r.get::<_, Ts>(3)?.0,
                })
            })?)
        })
    }
}

fn find_id(c: &rusqlite::Connection, name: &str) -> Result<Option<PurposeId>> {
    Ok(c.query_row("SELECT id FROM purpose WHERE name = ?1", [name], |r| r.get(0)).optional()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn recipient(name: &str, country: &str) -> Recipient {
        Recipient {
            name: name.into(),
            role: RecipientRole::ALL[0],
            country: country.into(),
            safeguard: TransferSafeguard::EuEea,
            safeguard_detail: None,
        }
    }

    #[test]
    fn problems_list_every_field_the_save_would_refuse() {
        let mut spec = PurposeSpec::new(" ", "", LegalBasis::Consent);
        spec.recipients = vec![recipient("Mailer", "US"), recipient("Biuro", "pl ")];
        let fields: Vec<(String, Option<u32>)> = spec.problems().into_iter().map(|p| (p.field, p.index)).collect();
        assert_eq!(
            fields,
            [
                ("name".into(), None),
                ("description".into(), None),
                ("consent_wording".into(), None),
                ("recipient".into(), Some(0)),
            ]
        );
        let Err(Error::Invalid { field, .. }) = spec.clone().normalise() else { panic!("a bad purpose was accepted") };
        assert_eq!(field, "name", "the first problem is the error");
        let mut good = PurposeSpec::new("Newsletter", "Monthly news", LegalBasis::Consent);
        good.consent_wording = Some("I want the newsletter".into());
        good.recipients = vec![recipient("Biuro", "pl ")];
        assert!(good.problems().is_empty());
        assert_eq!(good.normalise().map(|s| s.recipients[0].country.clone()).ok().as_deref(), Some("PL"));
    }
}
