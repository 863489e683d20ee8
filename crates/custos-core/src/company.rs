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
        self.vault.may(Action::CompanyProfileUpdated)?;
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

/// The firm's own e-mail addresses as set in Settings (lower case, each once), or, when none
/// are set, the company profile's e-mail address: a mail from one of them is the staff's.
pub(crate) fn staff_addresses(c: &rusqlite::Connection) -> Result<Vec<String>> {
    let mut stmt = c.prepare_cached("SELECT address FROM staff_address ORDER BY address")?;
    let set: Vec<String> = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    if !set.is_empty() {
        return Ok(set);
    }
    let profile: Option<Option<String>> =
        c.query_row("SELECT email FROM company_profile WHERE id = 1", [], |r| r.get(0)).optional()?;
    Ok(profile.flatten().and_then(|e| crate::address_book::keys::email_key(&e)).into_iter().collect())
}

/// The firm's own e-mail addresses, and whether they were set or come from the profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct StaffAddresses {
    pub addresses: Vec<String>,
    /// True when none were set and the list is the company profile's e-mail address.
    pub from_profile: bool,
}

impl Company<'_> {
    /// The addresses that mark a mail as the firm's own in e-mail imports.
    pub fn staff_addresses(&self) -> Result<StaffAddresses> {
        self.vault.read(|c| {
            let set: i64 = c.query_row("SELECT count(*) FROM staff_address", [], |r| r.get(0))?;
            Ok(StaffAddresses { addresses: staff_addresses(c)?, from_profile: set == 0 })
        })
    }

    /// Sets the firm's own e-mail addresses (an empty list: the profile's address again). Each
    /// must be an e-mail address; case and repeats do not matter.
    pub fn set_staff_addresses(&self, addresses: &[String]) -> Result<StaffAddresses> {
        self.vault.may(Action::CompanyProfileUpdated)?;
        let mut keys = Vec::with_capacity(addresses.len());
        for (i, a) in addresses.iter().enumerate().filter(|(_, a)| !a.trim().is_empty()) {
            let key = crate::address_book::keys::email_key(a).ok_or_else(|| {
                Error::invalid(
                    "staff_addresses",
                    crate::why::Why::NotAnEmail { value: a.trim().to_owned(), number: i + 1 },
                )
            })?;
            if !keys.contains(&key) {
                keys.push(key);
            }
        }
        self.vault.write(|w| {
            w.tx.execute("DELETE FROM staff_address", [])?;
            let mut insert = w.tx.prepare_cached("INSERT INTO staff_address (address) VALUES (?1)")?;
            for k in &keys {
                insert.execute([k])?;
            }
            w.audit(
                Action::CompanyProfileUpdated,
                Target::Company,
                serde_json::json!({ "staff_addresses": keys.len() }),
            )?;
            Ok(())
        })?;
        self.staff_addresses()
    }
}
