//! The company profile: who the controller is and how to reach them, their DPO, and the
//! supervisory authority people may complain to.

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::audit::{Action, Target};
use crate::error::{Error, Result};
use crate::ts;
use crate::vault::Vault;

/// The controller's details.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct CompanyProfile {
    pub controller_name: String,
    pub address: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// ISO 3166-1 alpha-2, e.g. "PL".
    pub country: Option<String>,
    pub dpo_name: Option<String>,
    pub dpo_contact: Option<String>,
    pub authority_name: Option<String>,
    pub authority_contact: Option<String>,
    /// When it was last changed; set by the vault.
    pub updated_at: Option<DateTime<Utc>>,
}

impl CompanyProfile {
    fn normalise(mut self) -> Result<CompanyProfile> {
        self.controller_name = self.controller_name.trim().to_owned();
        if !crate::names::is_name(&self.controller_name) {
            return Err(Error::invalid("controller_name", crate::why::Why::ControllerNameMissing {}));
        }
        for f in [
            &mut self.address,
            &mut self.email,
            &mut self.phone,
            &mut self.country,
            &mut self.dpo_name,
            &mut self.dpo_contact,
            &mut self.authority_name,
            &mut self.authority_contact,
        ] {
            *f = f.take().map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
        }
        if let Some(country) = &mut self.country {
            *country = country.to_uppercase();
            if country.len() != 2 || !country.chars().all(|c| c.is_ascii_alphabetic()) {
                return Err(Error::invalid("country", crate::why::Why::CountryCode {}));
            }
        }
        Ok(self)
    }
}

/// The company profile of a vault.
#[derive(Debug, Clone, Copy)]
pub struct Company<'v> {
    vault: &'v Vault,
}

impl Vault {
    pub fn company(&self) -> Company<'_> {
        Company { vault: self }
    }
}

impl Company<'_> {
    /// The profile, or `None` if it was never set.
    pub fn get(&self) -> Result<Option<CompanyProfile>> {
        self.vault.read(|c| {
            let profile = c
                .query_row(
                    "SELECT controller_name, address, email, phone, country, dpo_name, dpo_contact, authority_name,
                        authority_contact, updated_at FROM company_profile WHERE id = 1",
                    [],
                    |r| {
                        Ok(CompanyProfile {
                            controller_name: r.get(0)?,
                            address: r.get(1)?,
                            email: r.get(2)?,
                            phone: r.get(3)?,
                            country: r.get(4)?,
                            dpo_name: r.get(5)?,
                            dpo_contact: r.get(6)?,
                            authority_name: r.get(7)?,
                            authority_contact: r.get(8)?,
                            updated_at: ts::opt(r.get(9)?),
                        })
                    },
                )
                .optional()?;
            Ok(profile)
        })
    }

    /// Replaces the profile.
    pub fn set(&self, profile: CompanyProfile) -> Result<CompanyProfile> {
        let p = profile.normalise()?;
        self.vault.write(|w| {
            let country_before = crate::contact_points::firm_country(&w.tx)?;
            w.tx.execute(
                "INSERT INTO company_profile (id, controller_name, address, email, phone, country, dpo_name, dpo_contact,
                    authority_name, authority_contact, updated_at)
                 VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                 ON CONFLICT (id) DO UPDATE SET controller_name = excluded.controller_name, address = excluded.address,
                    email = excluded.email, phone = excluded.phone, country = excluded.country,
                    dpo_name = excluded.dpo_name, dpo_contact = excluded.dpo_contact,
                    authority_name = excluded.authority_name, authority_contact = excluded.authority_contact,
                    updated_at = excluded.updated_at",
                params![
                    p.controller_name,
                    p.address,
                    p.email,
                    p.phone,
                    p.country,
                    p.dpo_name,
                    p.dpo_contact,
                    p.authority_name,
                    p.authority_contact,
                    w.now_ts()
                ],
            )?;
            // National phone numbers read differently in another country: their duplicate-check
            // keys follow it.
            if country_before != p.country {
                crate::contact_points::fill_match_keys(&w.tx)?;
            }
            w.audit(Action::CompanyProfileUpdated, Target::Company, serde_json::json!({}))?;
            Ok(CompanyProfile { updated_at: Some(w.now), ..p })
        })
    }
}
