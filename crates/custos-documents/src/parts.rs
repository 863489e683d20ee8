//! Pieces several documents print the same way: a recipient, a transfer, a retention rule.

use custos_core::company::CompanyProfile;
use custos_core::purposes::{LegalBasis, Purpose, Recipient, TransferSafeguard};
use custos_core::retention::{PeriodUnit, RetentionRule};
use fluent_bundle::FluentValue;

use crate::error::Missing;
use crate::i18n::Texts;

pub(crate) fn blank(v: &Option<String>) -> bool {
    v.as_ref().is_none_or(|s| s.trim().is_empty())
}

pub(crate) fn recipient_line(t: &Texts, r: &Recipient) -> String {
    t.args(
        "recipient-line",
        &[
            ("name", r.name.clone().into()),
            ("role", t.get(&format!("role-{}", r.role.code())).into()),
            ("country", r.country.clone().into()),
        ],
    )
}

pub(crate) fn transfer_line(t: &Texts, r: &Recipient) -> String {
    let mut safeguard = t.get(&format!("safeguard-{}", r.safeguard.code()));
    if let Some(detail) = &r.safeguard_detail {
        safeguard.push_str(" – ");
        safeguard.push_str(detail);
    }
    t.args(
        "transfer-line",
        &[("name", r.name.clone().into()), ("country", r.country.clone().into()), ("safeguard", safeguard.into())],
    )
}

pub(crate) fn retention_line(t: &Texts, r: &RetentionRule) -> String {
    let unit = match r.period.unit {
        PeriodUnit::Days => "period-days",
        PeriodUnit::Months => "period-months",
        PeriodUnit::Years => "period-years",
    };
    let period = t.args(unit, &[("n", FluentValue::from(r.period.amount))]);
    let mut line = t.args(
        &format!("retention-{}", r.action.code()),
        &[("status", t.get(&format!("status-{}", r.status.code())).into()), ("period", period.into())],
    );
    if let Some(purpose) = &r.purpose_name {
        line.push(' ');
        line.push_str(&t.args("retention-for-purpose", &[("purpose", purpose.clone().into())]));
    }
    line
}

/// How long a purpose keeps data: its own retention text, then the retention rules naming it.
pub(crate) fn purpose_retention(t: &Texts, purpose: &Purpose, rules: &[RetentionRule]) -> Vec<String> {
    let mut lines: Vec<String> = purpose.spec.retention_rule.iter().cloned().collect();
    lines.extend(rules.iter().filter(|r| r.purpose_id == Some(purpose.id)).map(|r| retention_line(t, r)));
    lines
}

/// What a document lacks to name the controller: name, postal address, e-mail or phone, and
/// a way to reach the DPO if one is named.
pub(crate) fn controller_missing(company: Option<&CompanyProfile>) -> Vec<Missing> {
    let mut missing = Vec::new();
    let Some(c) = company else {
        return vec![Missing::CompanyProfile];
    };
    if c.controller_name.trim().is_empty() {
        missing.push(Missing::ControllerName);
    }
    if blank(&c.address) {
        missing.push(Missing::ControllerAddress);
    }
    if blank(&c.email) && blank(&c.phone) {
        missing.push(Missing::ControllerContact);
    }
    if !blank(&c.dpo_name) && blank(&c.dpo_contact) {
        missing.push(Missing::DpoContact);
    }
    missing
}

/// Which purpose fields a document needs beyond those every document needs.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Needs {
    /// The categories of personal data (Art. 14(1)(d), 15(1)(b), 30(1)(c)).
    pub data_categories: bool,
    /// The categories of data subjects (Art. 30(1)(c)).
    pub data_subjects: bool,
}

/// What the purposes lack: a description, the legitimate interest for 6(1)(f), a retention
/// period (on the purpose or a rule naming it), safeguards for transfers, and what `needs`
/// asks for — the categories of data, of data subjects.
pub(crate) fn purposes_missing(purposes: &[Purpose], rules: &[RetentionRule], needs: Needs) -> Vec<Missing> {
    let mut missing = Vec::new();
    if purposes.is_empty() {
        missing.push(Missing::Purposes);
    }
    for p in purposes {
        let s = &p.spec;
        let purpose = s.name.clone();
        if s.description.trim().is_empty() {
            missing.push(Missing::PurposeDescription { purpose: purpose.clone() });
        }
        if s.legal_basis == LegalBasis::LegitimateInterests && blank(&s.legitimate_interest) {
            missing.push(Missing::PurposeLegitimateInterest { purpose: purpose.clone() });
        }
        if needs.data_subjects && s.data_subject_categories.iter().all(|c| c.trim().is_empty()) {
            missing.push(Missing::PurposeDataSubjects { purpose: purpose.clone() });
        }
        if needs.data_categories && s.data_categories.iter().all(|c| c.trim().is_empty()) {
            missing.push(Missing::PurposeDataCategories { purpose: purpose.clone() });
        }
        if blank(&s.retention_rule) && !rules.iter().any(|r| r.purpose_id == Some(p.id)) {
            missing.push(Missing::PurposeRetention { purpose: purpose.clone() });
        }
        for r in &s.recipients {
            let unsafe_transfer = r.is_third_country() && r.safeguard == TransferSafeguard::EuEea;
            let undescribed = r.safeguard == TransferSafeguard::Other && blank(&r.safeguard_detail);
            if unsafe_transfer || undescribed {
                missing.push(Missing::TransferSafeguard { purpose: purpose.clone(), recipient: r.name.clone() });
            }
        }
    }
    missing
}

/// The legal basis, with the legitimate interest under it where there is one.
pub(crate) fn basis(t: &Texts, purpose: &Purpose) -> String {
    let s = &purpose.spec;
    let mut basis = t.get(&format!("basis-{}", s.legal_basis.code()));
    if let Some(interest) = &s.legitimate_interest {
        basis.push('\n');
        basis.push_str(&t.args("legitimate-interest", &[("interest", interest.clone().into())]));
    }
    basis
}

/// Each recipient on a line, or "no recipients".
pub(crate) fn recipients(t: &Texts, purpose: &Purpose) -> String {
    let r = &purpose.spec.recipients;
    if r.is_empty() {
        t.get("recipients-none")
    } else {
        r.iter().map(|r| recipient_line(t, r)).collect::<Vec<_>>().join("\n")
    }
}

/// Each transfer outside the EU/EEA with its safeguard, or "none".
pub(crate) fn transfers(t: &Texts, purpose: &Purpose) -> String {
    let lines: Vec<String> =
        purpose.spec.recipients.iter().filter(|r| r.is_third_country()).map(|r| transfer_line(t, r)).collect();
    if lines.is_empty() { t.get("transfers-none") } else { lines.join("\n") }
}
