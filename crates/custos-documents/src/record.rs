//! The record of processing activities (GDPR Art. 30(1)): the controller and DPO, each
//! purpose with its legal basis, categories of data subjects and of personal data,
//! recipients (incl. third countries), transfers and their safeguards, the time limits for
//! erasure, and a general description of the security measures.

use chrono::NaiveDate;
use custos_core::Vault;
use custos_core::company::CompanyProfile;
use custos_core::purposes::{Purpose, RecipientRole};
use custos_core::retention::RetentionRule;
use custos_core::vault::MIN_PASSPHRASE_CHARS;
use fluent_bundle::FluentValue;

use crate::error::{Error, Missing, Result};
use crate::fonts::Fonts;
use crate::i18n::{Language, Texts};
use crate::layout::{Block, Cell, Column, Furniture, Layout, PageSetup, Table};
use crate::parts::{
    Needs, basis, controller_missing, purpose_retention, purposes_missing, recipients, retention_line, transfers,
};
use crate::render::{self, Info};
use crate::{DocumentKind, Pdf};

/// The record's content, checked for completeness; [`RecordOfProcessing::to_pdf`] draws it
/// in a language.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordOfProcessing {
    company: CompanyProfile,
    purposes: Vec<Purpose>,
    rules: Vec<RetentionRule>,
    date: NaiveDate,
}

/// The record of processing activities of `vault`, in `language`, dated today (the vault's
/// clock). Fails with [`Error::Incomplete`] listing what to fill in first.
pub fn record_of_processing(vault: &Vault, language: Language) -> Result<Pdf> {
    RecordOfProcessing::from_vault(vault)?.to_pdf(language)
}

impl RecordOfProcessing {
    /// Reads the company profile, the purpose catalogue and the retention rules.
    pub fn from_vault(vault: &Vault) -> Result<RecordOfProcessing> {
        let company = vault.company().get()?;
        let purposes = vault.purposes().list()?;
        let rules = vault.retention().rules()?;
        RecordOfProcessing::new(company, purposes, rules, vault.now().date_naive())
    }

    /// A record from its parts, refused with the list of what is missing.
    pub fn new(
        company: Option<CompanyProfile>,
        purposes: Vec<Purpose>,
        rules: Vec<RetentionRule>,
        date: NaiveDate,
    ) -> Result<RecordOfProcessing> {
        let missing = RecordOfProcessing::missing(company.as_ref(), &purposes, &rules);
        match company {
            Some(company) if missing.is_empty() => Ok(RecordOfProcessing { company, purposes, rules, date }),
            _ => Err(Error::Incomplete { document: DocumentKind::RecordOfProcessing, missing }),
        }
    }

    /// What Art. 30(1) needs that these parts lack; empty when the record can be drawn.
    pub fn missing(company: Option<&CompanyProfile>, purposes: &[Purpose], rules: &[RetentionRule]) -> Vec<Missing> {
        let mut missing = controller_missing(company);
        missing.extend(purposes_missing(purposes, rules, Needs { data_categories: true, data_subjects: true }));
        missing
    }

    /// The date the record states.
    pub fn date(&self) -> NaiveDate {
        self.date
    }

    /// Draws the record in `language`: A4 landscape, the activities as one table.
    pub fn to_pdf(&self, language: Language) -> Result<Pdf> {
        let texts = Texts::load(language)?;
        let fonts = Fonts::get()?;
        let setup = PageSetup::a4_landscape();
        let date = texts.date(self.date);
        let furniture = Furniture { header_left: self.company.controller_name.clone(), header_right: date };
        let blocks = self.blocks(&texts);
        let pages = Layout::run(setup, fonts, &blocks, &furniture, |page, pages| {
            texts.args("page-x-of-y", &[("page", page.into()), ("pages", pages.into())])
        });
        let title = texts.get("record-title");
        let info = Info {
            title: &title,
            author: &self.company.controller_name,
            subject: DocumentKind::RecordOfProcessing.describe(),
            language: language.code(),
        };
        let bytes = render::to_pdf(&setup, &pages, &info)?;
        Ok(Pdf { kind: DocumentKind::RecordOfProcessing, language, date: self.date, pages: pages.len(), bytes })
    }

    fn blocks(&self, t: &Texts) -> Vec<Block> {
        let c = &self.company;
        let date = t.date(self.date);
        let mut blocks = vec![
            Block::Title(t.get("record-title")),
            Block::Paragraph(t.args("record-subtitle", &[("date", date.clone().into())])),
            Block::Heading(t.get("record-controller")),
        ];

        let mut fields = vec![(t.get("field-controller-name"), c.controller_name.clone())];
        let mut opt = |label: &str, value: &Option<String>| {
            if let Some(v) = value.as_ref().filter(|v| !v.trim().is_empty()) {
                fields.push((t.get(label), v.clone()));
            }
        };
        opt("field-address", &c.address);
        opt("field-email", &c.email);
        opt("field-phone", &c.phone);
        opt("field-country", &c.country);
        let dpo = [&c.dpo_name, &c.dpo_contact].into_iter().flatten().cloned().collect::<Vec<_>>().join(", ");
        fields.push((t.get("field-dpo"), if dpo.is_empty() { t.get("dpo-none") } else { dpo }));
        let authority = [&c.authority_name, &c.authority_contact].into_iter().flatten().cloned().collect::<Vec<_>>();
        if !authority.is_empty() {
            fields.push((t.get("field-authority"), authority.join(", ")));
        }
        let mut joint: Vec<String> = self
            .purposes
            .iter()
            .flat_map(|p| &p.spec.recipients)
            .filter(|r| r.role == RecipientRole::JointController)
            .map(|r| format!("{} ({})", r.name, r.country))
            .collect();
        joint.sort();
        joint.dedup();
        if !joint.is_empty() {
            fields.push((t.get("field-joint-controllers"), joint.join("; ")));
        }
        blocks.push(Block::Fields(fields));

        blocks.push(Block::Heading(t.get("record-activities")));
        blocks.push(Block::Table(self.activities(t)));

        blocks.push(Block::Heading(t.get("record-retention")));
        let general: Vec<String> =
            self.rules.iter().filter(|r| r.purpose_id.is_none()).map(|r| retention_line(t, r)).collect();
        if general.is_empty() {
            blocks.push(Block::Paragraph(t.get("retention-none")));
        } else {
            blocks.push(Block::Paragraph(t.get("record-retention-intro")));
            blocks.push(Block::Bullets(general));
        }

        blocks.push(Block::Heading(t.get("record-security")));
        blocks.push(Block::Bullets(vec![
            t.get("security-encryption"),
            t.args("security-access", &[("min", FluentValue::from(MIN_PASSPHRASE_CHARS))]),
            t.get("security-audit"),
            t.get("security-deletion"),
            t.get("security-local"),
        ]));
        blocks.push(Block::Note(t.args("record-generated", &[("date", date.into())])));
        blocks
    }

    fn activities(&self, t: &Texts) -> Table {
        let col = |id: &str, weight: f32| Column { title: t.get(id), weight };
        let columns = vec![
            col("col-number", 3.2),
            col("col-purpose", 14.4),
            col("col-basis", 12.0),
            col("col-subjects", 11.0),
            col("col-data", 11.0),
            col("col-recipients", 14.0),
            col("col-transfers", 16.0),
            col("col-erasure", 15.0),
        ];
        let rows = self
            .purposes
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let s = &p.spec;
                vec![
                    Cell::text(format!("{}", i + 1)),
                    Cell::titled(s.name.clone(), s.description.clone()),
                    Cell::text(basis(t, p)),
                    Cell::text(s.data_subject_categories.join(", ")),
                    Cell::text(s.data_categories.join(", ")),
                    Cell::text(recipients(t, p)),
                    Cell::text(transfers(t, p)),
                    Cell::text(purpose_retention(t, p, &self.rules).join("\n")),
                ]
            })
            .collect();
        Table { columns, rows }
    }
}
