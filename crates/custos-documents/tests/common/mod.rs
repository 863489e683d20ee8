// Test support: a failed set-up step should panic with its error.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};

use chrono::{TimeZone, Utc};
use custos_core::company::CompanyProfile;
use custos_core::contacts::LifecycleStatus;
use custos_core::purposes::{LegalBasis, PurposeSpec, Recipient, RecipientRole, Requirement, TransferSafeguard};
use custos_core::retention::{Period, RetentionAction, RuleSpec};
use custos_core::{FixedClock, Passphrase, Session, Vault};

pub const PASS: &str = "correct horse battery staple";
/// A Polish firm name with ł, ż and ś.
pub const FIRM: &str = "Kałuża i Wiśniewski sp. z o.o.";
/// A Polish purpose name with ł, ż and ś.
pub const PL_PURPOSE: &str = "Należności dłużników";
/// A Bulgarian purpose name and a Bulgarian recipient.
pub const BG_PURPOSE: &str = "Обработка на поръчки";
pub const BG_RECIPIENT: &str = "Щастлив Ъгъл ЕООД";
/// The requester of the access and letter tests: a Polish name with ł, ż and ś.
pub const PERSON: &str = "Łukasz Żółtowski-Śmiałek";
/// A Bulgarian requester.
pub const BG_PERSON: &str = "Живка Щерева-Йорданова";
/// The supervisory authority in the firm's profile.
pub const AUTHORITY: &str = "Prezes Urzędu Ochrony Danych Osobowych";
pub const AUTHORITY_CONTACT: &str = "ul. Stawki 2, 00-193 Warszawa";

pub struct TestVault {
    pub dir: tempfile::TempDir,
    pub path: PathBuf,
    pub vault: Vault,
}

/// An empty vault whose clock says 23 November 2026.
pub fn empty_vault() -> TestVault {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("firm.custos");
    let clock = FixedClock::new(Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap());
    let session = Session::new("Ola (office)").with_clock(Arc::new(clock));
    // Vaults are created one at a time: concurrent first keying in one process has been seen
    // to fail with "SQLCipher refused the key (code 1)" (reported to the core's owners).
    static CREATE: Mutex<()> = Mutex::new(());
    let vault = {
        let _one = CREATE.lock().unwrap_or_else(|e| e.into_inner());
        Vault::create(&path, &Passphrase::new(PASS), session).unwrap()
    };
    TestVault { dir, path, vault }
}

pub fn profile() -> CompanyProfile {
    CompanyProfile {
        controller_name: FIRM.into(),
        address: Some("ul. Świętokrzyska 12, 00-916 Warszawa".into()),
        email: Some("biuro@kaluza.example".into()),
        phone: Some("+48 22 123 45 67".into()),
        country: Some("PL".into()),
        dpo_name: Some("Żaneta Łęcka".into()),
        dpo_contact: Some("iod@kaluza.example".into()),
        authority_name: Some(AUTHORITY.into()),
        authority_contact: Some(AUTHORITY_CONTACT.into()),
        updated_at: None,
    }
}

pub fn recipient(name: &str, role: RecipientRole, country: &str, safeguard: TransferSafeguard) -> Recipient {
    Recipient { name: name.into(), role, country: country.into(), safeguard, safeguard_detail: None }
}

/// A vault with a complete profile and three purposes: one with a Polish name, one with a
/// Bulgarian name and a US processor, and a newsletter on consent.
pub fn complete_vault() -> TestVault {
    let tv = empty_vault();
    let v = &tv.vault;
    v.company().set(profile()).unwrap();

    let mut debts =
        PurposeSpec::new(PL_PURPOSE, "Dochodzenie zaległych płatności od klientów.", LegalBasis::LegitimateInterests);
    debts.legitimate_interest = Some("Odzyskanie należności za wykonane usługi".into());
    debts.data_subject_categories = vec!["dłużnicy".into()];
    debts.data_categories = vec!["imię i nazwisko".into(), "adres".into(), "kwota długu".into()];
    debts.retention_rule = Some("6 lat od końca roku, w którym wygasło roszczenie".into());
    debts.recipients =
        vec![recipient("Kancelaria Prawna Żak", RecipientRole::Recipient, "PL", TransferSafeguard::EuEea)];
    v.purposes().add(debts).unwrap();

    let mut orders = PurposeSpec::new(BG_PURPOSE, "Приемане и изпълнение на поръчки.", LegalBasis::Contract);
    orders.data_subject_categories = vec!["клиенти".into(), "потенциални клиенти".into()];
    orders.data_categories = vec!["име".into(), "телефон".into(), "адрес за доставка".into()];
    orders.recipients = vec![
        recipient(BG_RECIPIENT, RecipientRole::Processor, "BG", TransferSafeguard::EuEea),
        Recipient {
            safeguard_detail: Some("SCC 2021/914, module 2".into()),
            ..recipient("Chatly Inc.", RecipientRole::Processor, "US", TransferSafeguard::StandardContractualClauses)
        },
    ];
    orders.requirement = Requirement::Contractual { consequence: "no order".into() };
    let orders = v.purposes().add(orders).unwrap();
    v.retention()
        .set_rule(RuleSpec {
            status: LifecycleStatus::FormerCustomer,
            action: RetentionAction::Erase,
            period: Period::years(5),
            purpose_id: Some(orders.id),
        })
        .unwrap();

    let mut news = PurposeSpec::new("Newsletter", "Monthly news about our services.", LegalBasis::Consent);
    news.consent_wording = Some("Yes, send me the monthly newsletter.".into());
    news.data_subject_categories = vec!["subscribers".into()];
    news.data_categories = vec!["e-mail address".into(), "name".into()];
    news.retention_rule = Some("Until consent is withdrawn".into());
    v.purposes().add(news).unwrap();
    tv
}

/// The PDF's text as `pdftotext -layout` reads it (whole document, or one page).
pub fn pdftotext(pdf: &[u8], page: Option<usize>) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("doc.pdf");
    std::fs::write(&file, pdf).unwrap();
    let mut cmd = Command::new("pdftotext");
    cmd.arg("-layout").arg("-enc").arg("UTF-8");
    if let Some(p) = page {
        cmd.args(["-f", &p.to_string(), "-l", &p.to_string()]);
    }
    let out = cmd.arg(&file).arg("-").output().expect("pdftotext (poppler-utils) must be installed: cargo xtask setup");
    assert!(out.status.success(), "pdftotext failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// Whitespace collapsed to single spaces, so words wrapped within a line compare simply.
pub fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn exists(path: &Path) -> bool {
    path.exists()
}
