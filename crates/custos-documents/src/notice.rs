//! The privacy notice: GDPR Art. 13 when the data comes from the person, Art. 14 when it
//! comes from elsewhere (which adds the categories of data and the source). The controller
//! and DPO, each purpose with its legal basis (and legitimate interest), recipients,
//! transfers and safeguards, retention, whether the data is required and what follows if it
//! is not, automated decisions; the rights, withdrawal of consent, and the complaint to the
//! named supervisory authority.

use chrono::NaiveDate;
use custos_core::Vault;
use custos_core::company::CompanyProfile;
use custos_core::contacts::DataSource;
use custos_core::purposes::{Purpose, Requirement};
use custos_core::retention::RetentionRule;

use crate::error::{Error, Missing, Result};
use crate::fonts::Fonts;
use crate::i18n::{Language, Texts};
use crate::layout::{Block, Furniture, Layout, PageSetup};
use crate::parts::{
    Needs, basis, blank, controller_missing, purpose_retention, purposes_missing, recipients, transfers,
};
use crate::render::{self, Info};
use crate::{DocumentKind, Html, Pdf};

/// Where the personal data the notice is about comes from.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Collected {
    /// From the person themself: an Art. 13 notice.
    #[default]
    FromThePerson,
    /// From a third party or a public source, named: an Art. 14 notice.
    FromSource(DataSource),
}

impl Collected {
    /// 13 or 14.
    pub fn article(&self) -> u8 {
        match self {
            Collected::FromSource(DataSource::ThirdParty { .. } | DataSource::Public { .. }) => 14,
            Collected::FromThePerson | Collected::FromSource(DataSource::Person { .. }) => 13,
        }
    }

    /// The source's name as the notice prints it: without the spaces around it.
    fn trimmed(mut self) -> Collected {
        if let Collected::FromSource(DataSource::ThirdParty { name } | DataSource::Public { name }) = &mut self {
            *name = name.trim().into();
        }
        self
    }
}

/// The notice's content, checked for completeness.
#[derive(Debug, Clone, PartialEq)]
pub struct PrivacyNotice {
    company: CompanyProfile,
    purposes: Vec<Purpose>,
    rules: Vec<RetentionRule>,
    collected: Collected,
    date: NaiveDate,
}

/// The privacy notice of `vault` in `language`, dated today (the vault's clock). Fails with
/// [`Error::Incomplete`] listing what to fill in first.
pub fn privacy_notice(vault: &Vault, collected: Collected, language: Language) -> Result<Pdf> {
    PrivacyNotice::from_vault(vault, collected)?.to_pdf(language)
}

/// The privacy notice as one HTML page for a website (same content as the PDF).
pub fn privacy_notice_html(vault: &Vault, collected: Collected, language: Language) -> Result<Html> {
    PrivacyNotice::from_vault(vault, collected)?.to_html(language)
}

impl PrivacyNotice {
    pub fn from_vault(vault: &Vault, collected: Collected) -> Result<PrivacyNotice> {
        let company = vault.company().get()?;
        let purposes = vault.purposes().list()?;
        let rules = vault.retention().rules()?;
        PrivacyNotice::new(company, purposes, rules, collected, vault.now().date_naive())
    }

    pub fn new(
        company: Option<CompanyProfile>,
        purposes: Vec<Purpose>,
        rules: Vec<RetentionRule>,
        collected: Collected,
        date: NaiveDate,
    ) -> Result<PrivacyNotice> {
        let collected = collected.trimmed();
        let missing = PrivacyNotice::missing(company.as_ref(), &purposes, &rules, &collected);
        match company {
            Some(company) if missing.is_empty() => Ok(PrivacyNotice { company, purposes, rules, collected, date }),
            _ => Err(Error::Incomplete { document: DocumentKind::PrivacyNotice, missing }),
        }
    }

    /// What Art. 13/14 needs that these parts lack; empty when the notice can be drawn.
    pub fn missing(
        company: Option<&CompanyProfile>,
        purposes: &[Purpose],
        rules: &[RetentionRule],
        collected: &Collected,
    ) -> Vec<Missing> {
        let mut missing = controller_missing(company);
        if let Some(c) = company {
            if blank(&c.authority_name) {
                missing.push(Missing::SupervisoryAuthority);
            }
            if blank(&c.authority_contact) {
                missing.push(Missing::SupervisoryAuthorityContact);
            }
        }
        if let Collected::FromSource(DataSource::ThirdParty { name } | DataSource::Public { name }) = collected
            && name.trim().is_empty()
        {
            missing.push(Missing::DataSource);
        }
        let needs = Needs { data_categories: collected.article() == 14, data_subjects: false };
        missing.extend(purposes_missing(purposes, rules, needs));
        missing
    }

    pub fn date(&self) -> NaiveDate {
        self.date
    }

    /// 13 or 14.
    pub fn article(&self) -> u8 {
        self.collected.article()
    }

    /// Draws the notice in `language`: A4 portrait, a letter rather than a table.
    pub fn to_pdf(&self, language: Language) -> Result<Pdf> {
        let texts = Texts::load(language)?;
        let fonts = Fonts::get()?;
        let setup = PageSetup::a4_portrait();
        let furniture =
            Furniture { header_left: self.company.controller_name.clone(), header_right: texts.date(self.date) };
        let blocks = self.blocks(&texts);
        let pages = Layout::run(setup, fonts, &blocks, &furniture, |page, pages| {
            texts.args("page-x-of-y", &[("page", page.into()), ("pages", pages.into())])
        });
        let title = texts.get("notice-title");
        let info = Info {
            title: &title,
            author: &self.company.controller_name,
            subject: DocumentKind::PrivacyNotice.describe(),
            language: language.code(),
        };
        let bytes = render::to_pdf(&setup, &pages, &info)?;
        Ok(Pdf { kind: DocumentKind::PrivacyNotice, language, date: self.date, pages: pages.len(), bytes })
    }

    /// The notice as one self-contained HTML page in `language`.
    pub fn to_html(&self, language: Language) -> Result<Html> {
        let texts = Texts::load(language)?;
        let title = format!("{} – {}", texts.get("notice-title"), self.company.controller_name);
        let text = crate::html::page(language, &title, &self.blocks(&texts));
        Ok(Html { kind: DocumentKind::PrivacyNotice, language, date: self.date, text })
    }

    fn blocks(&self, t: &Texts) -> Vec<Block> {
        let c = &self.company;
        let date = t.date(self.date);
        let art14 = self.article() == 14;
        let subtitle = if art14 { "notice-subtitle-14" } else { "notice-subtitle-13" };
        let mut blocks = vec![
            Block::Title(t.get("notice-title")),
            Block::Paragraph(t.args(subtitle, &[("date", date.clone().into())])),
            Block::Heading(t.get("notice-controller")),
            Block::Paragraph(t.args("notice-controller-text", &[("name", c.controller_name.clone().into())])),
        ];
        let contact: Vec<String> = [&c.address, &c.email, &c.phone].into_iter().flatten().cloned().collect();
        blocks.push(Block::Paragraph(t.args("notice-contact", &[("contact", contact.join("; ").into())])));
        let dpo: Vec<String> = [&c.dpo_name, &c.dpo_contact].into_iter().flatten().cloned().collect();
        blocks.push(Block::Paragraph(if dpo.is_empty() {
            t.get("notice-no-dpo")
        } else {
            t.args("notice-dpo", &[("dpo", dpo.join(", ").into())])
        }));

        blocks.push(Block::Heading(t.get("notice-purposes")));
        for p in &self.purposes {
            let s = &p.spec;
            blocks.push(Block::Subheading(s.name.clone()));
            let mut fields = vec![(t.get("field-purpose"), s.description.clone()), (t.get("field-basis"), basis(t, p))];
            if art14 {
                fields.push((t.get("field-data"), s.data_categories.join(", ")));
            }
            fields.push((t.get("field-recipients"), recipients(t, p)));
            fields.push((t.get("field-transfers"), transfers(t, p)));
            fields.push((t.get("field-retention"), purpose_retention(t, p, &self.rules).join("\n")));
            let requirement = match &s.requirement {
                Requirement::Voluntary => t.get("requirement-voluntary"),
                Requirement::Statutory { consequence } => {
                    t.args("requirement-statutory", &[("consequence", consequence.clone().into())])
                }
                Requirement::Contractual { consequence } => {
                    t.args("requirement-contractual", &[("consequence", consequence.clone().into())])
                }
            };
            fields.push((t.get("field-requirement"), requirement));
            let automated = s.automated_decisions.clone().unwrap_or_else(|| t.get("automated-none"));
            fields.push((t.get("field-automated"), automated));
            blocks.push(Block::Fields(fields));
        }

        if let Collected::FromSource(source) = &self.collected {
            let line = match source {
                DataSource::ThirdParty { name } => {
                    Some(t.args("source-third_party", &[("source", name.clone().into())]))
                }
                DataSource::Public { name } => Some(t.args("source-public", &[("source", name.clone().into())])),
                DataSource::Person { .. } => None,
            };
            if let Some(line) = line {
                blocks.push(Block::Heading(t.get("notice-source")));
                blocks.push(Block::Paragraph(line));
            }
        }

        blocks.push(Block::Heading(t.get("notice-rights")));
        blocks.push(Block::Bullets(
            [
                "right-access",
                "right-rectification",
                "right-erasure",
                "right-restriction",
                "right-portability",
                "right-objection",
                "right-withdraw",
            ]
            .into_iter()
            .map(|id| t.get(id))
            .collect(),
        ));
        blocks.push(Block::Paragraph(t.get("notice-rights-how")));

        blocks.push(Block::Heading(t.get("notice-complaint")));
        let authority: Vec<String> = [&c.authority_name, &c.authority_contact].into_iter().flatten().cloned().collect();
        blocks.push(Block::Paragraph(t.args("notice-complaint-text", &[("authority", authority.join(", ").into())])));
        blocks.push(Block::Note(t.args("notice-generated", &[("date", date.into())])));
        blocks
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_named_source_loses_the_spaces_around_its_name() {
        let public = Collected::FromSource(DataSource::Public { name: "  KRS (Krajowy Rejestr Sądowy) ".into() });
        assert_eq!(
            public.trimmed(),
            Collected::FromSource(DataSource::Public { name: "KRS (Krajowy Rejestr Sądowy)".into() })
        );
        let third = Collected::FromSource(DataSource::ThirdParty { name: "\tBiuro Informacji\n".into() });
        assert_eq!(third.trimmed(), Collected::FromSource(DataSource::ThirdParty { name: "Biuro Informacji".into() }));
        assert_eq!(Collected::FromThePerson.trimmed(), Collected::FromThePerson);
    }
}
