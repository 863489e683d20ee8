//! `custos company …`: the firm's details as data controller.

use custos_core::company::CompanyProfile;

use crate::args::*;
use crate::error::{CliError, CliResult};
use crate::output::{self, fields, say};

use super::Ctx;
use super::calendar::{closure_day, holidays};

pub(super) fn company(ctx: &Ctx, cmd: CompanyCmd) -> CliResult {
    match cmd {
        CompanyCmd::Set {
            name,
            address,
            email,
            phone,
            country,
            dpo_name,
            dpo_contact,
            authority_name,
            authority_contact,
        } => {
            let vault = ctx.open()?;
            let mut p = vault.company().get()?.unwrap_or_default();
            let set = |slot: &mut Option<String>, v: Option<String>| {
                if v.is_some() {
                    *slot = v;
                }
            };
            if let Some(n) = name {
                p.controller_name = n;
            }
            set(&mut p.address, address);
            set(&mut p.email, email);
            set(&mut p.phone, phone);
            set(&mut p.country, country);
            set(&mut p.dpo_name, dpo_name);
            set(&mut p.dpo_contact, dpo_contact);
            set(&mut p.authority_name, authority_name);
            set(&mut p.authority_contact, authority_contact);
            if p.controller_name.trim().is_empty() {
                return Err(CliError::usage("Give the firm's legal name with --name."));
            }
            let saved = vault.company().set(p)?;
            if ctx.json {
                return output::json(&saved);
            }
            say!("Company profile saved.");
            Ok(())
        }
        CompanyCmd::Holidays { year } => holidays(ctx, year),
        CompanyCmd::ClosureDay(cmd) => closure_day(ctx, cmd),
        CompanyCmd::StaffAddresses { addresses, clear } => {
            let vault = ctx.open()?;
            let company = vault.company();
            let set = if clear || !addresses.is_empty() {
                company.set_staff_addresses(&addresses)?
            } else {
                company.staff_addresses()?
            };
            if ctx.json {
                return output::json(&set);
            }
            if set.addresses.is_empty() {
                say!(
                    "No addresses: set them with `custos company staff-addresses ADDRESS…` (or an e-mail in the profile)."
                );
            } else if set.from_profile {
                say!("{} (the company profile's e-mail address)", set.addresses.join(", "));
            } else {
                say!("{}", set.addresses.join(", "));
            }
            Ok(())
        }
        CompanyCmd::Show => {
            let p = ctx.open()?.company().get()?;
            if ctx.json {
                return output::json(&p);
            }
            let Some(p) = p else {
                say!("No company profile yet. Set one with: custos company set --name \"…\" --address \"…\"");
                return Ok(());
            };
            let CompanyProfile {
                controller_name,
                address,
                email,
                phone,
                country,
                dpo_name,
                dpo_contact,
                authority_name,
                authority_contact,
                ..
            } = p;
            fields(&[
                ("Controller", Some(controller_name)),
                ("Address", address),
                ("E-mail", email),
                ("Phone", phone),
                ("Country", country),
                ("DPO", dpo_name),
                ("DPO contact", dpo_contact),
                ("Supervisory authority", authority_name.or_else(|| Some("not set".into()))),
                ("Authority contact", authority_contact),
            ]);
            Ok(())
        }
    }
}
