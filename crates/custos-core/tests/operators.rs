//! Operators, key slots and the recovery kit (issue 20), on real SQLCipher files.
#![allow(clippy::unwrap_used)]

mod common;

use std::path::Path;

use common::*;
use custos_core::address_book::export::{BookExport, BookFormat};
use custos_core::audit::AuditFilter;
use custos_core::contacts::NewContact;
use custos_core::operators::Role;
use custos_core::purposes::{LegalBasis, PurposeSpec};
use custos_core::requests::{NewRequest, RequestChannel, RequestKind};
use custos_core::vault::RecoveryCode;
use custos_core::{Error, Passphrase, Session, Vault};

const CLERK_FIRST: &str = "first one from Anna";
const CLERK_OWN: &str = "Ola's own passphrase";

fn as_(name: &str, t: &TestVault) -> Session {
    Session::new(name).with_clock(std::sync::Arc::new(t.clock.clone()))
}

/// The vault and its key file, byte for byte.
fn files(path: &Path) -> (Vec<u8>, Vec<u8>) {
    (std::fs::read(path).unwrap(), std::fs::read(custos_core::vault::keys_path(path)).unwrap())
}

fn reason(e: &Error) -> String {
    format!("{}/{}", e.code(), e.reason().unwrap_or(""))
}

/// A vault whose owner is "Ola (office)" (the common session) with a clerk, Ola Clerk, who has
/// chosen their own passphrase; the owner's vault is returned open.
fn with_clerk() -> (TestVault, i64) {
    let t = new_vault();
    let clerk = t.vault.add_operator("Ola Clerk", Role::Clerk, &Passphrase::new(CLERK_FIRST)).unwrap();
    assert!(clerk.must_change_passphrase);
    let mut v = Vault::open(&t.path, &Passphrase::new(CLERK_FIRST), as_("ola clerk", &t)).unwrap();
    v.change_passphrase(&Passphrase::new(CLERK_OWN)).unwrap();
    v.lock();
    (t, clerk.id)
}

#[test]
fn an_owner_and_a_clerk_each_open_with_their_own_passphrase_and_the_audit_names_who_did_what() {
    let t = new_vault();
    t.vault.add_operator("Ola Clerk", Role::Clerk, &Passphrase::new(CLERK_FIRST)).unwrap();
    // The given passphrase opens, but nothing can be done before the clerk chooses their own.
    let mut clerk = Vault::open(&t.path, &Passphrase::new(CLERK_FIRST), as_("OLA CLERK", &t)).unwrap();
    assert_eq!(
        reason(&Vault::open(&t.path, &Passphrase::new(CLERK_FIRST), as_("ola", &t)).unwrap_err()),
        "refused/operator_unknown",
        "'ola' could be either Ola"
    );
    assert!(clerk.must_change_passphrase());
    let refused = clerk.contacts().list(&Default::default()).unwrap_err();
    assert_eq!(reason(&refused), "refused/passphrase_must_change");
    clerk.change_passphrase(&Passphrase::new(CLERK_OWN)).unwrap();
    assert_eq!(clerk.operator(), "Ola Clerk", "the record's name, not the typed one");
    clerk.contacts().add(NewContact::named("Zofia Żółkiewska")).unwrap();
    clerk.lock();

    // The first passphrase no longer opens; a wrong one leaves both files as they were.
    let before = files(&t.path);
    let wrong = Vault::open(&t.path, &Passphrase::new(CLERK_FIRST), as_("Ola Clerk", &t)).unwrap_err();
    assert_eq!(wrong.code(), "wrong_passphrase");
    let owner_as_clerk = Vault::open(&t.path, &Passphrase::new(PASS), as_("Ola Clerk", &t)).unwrap_err();
    assert_eq!(owner_as_clerk.code(), "wrong_passphrase", "a passphrase opens its own slot only");
    assert_eq!(files(&t.path), before);
    assert_eq!(
        reason(&Vault::open(&t.path, &Passphrase::new(PASS), as_("", &t)).unwrap_err()),
        "refused/operator_not_named"
    );
    assert_eq!(
        reason(&Vault::open(&t.path, &Passphrase::new(PASS), as_("Nobody", &t)).unwrap_err()),
        "refused/operator_unknown"
    );
    assert_eq!(files(&t.path), before);

    let clerk = Vault::open(&t.path, &Passphrase::new(CLERK_OWN), as_("ola clerk", &t)).unwrap();
    assert_eq!(clerk.role(), Role::Clerk);
    let entries = t.vault.audit().list(&AuditFilter::default()).unwrap();
    let by = |action: &str| entries.iter().find(|e| e.action == action).map(|e| e.operator.clone()).unwrap();
    assert_eq!(by("contact.created"), "Ola Clerk");
    assert_eq!(by("operator.added"), "Ola (office)");
    assert_eq!(by("vault.passphrase_changed"), "Ola Clerk");
    assert!(t.vault.audit().verify().unwrap().ok);
    let listed = t.vault.operators().unwrap();
    assert_eq!(
        listed.iter().map(|o| (o.name.as_str(), o.role)).collect::<Vec<_>>(),
        [("Ola (office)", Role::Owner), ("Ola Clerk", Role::Clerk)]
    );
    assert!(listed[0].is_me && !listed[1].must_change_passphrase);
}

/// An action tried as an operator.
type Attempt<'a> = Box<dyn Fn(&mut Vault) -> custos_core::Result<()> + 'a>;

#[test]
fn a_clerk_is_refused_every_owner_only_action_with_the_role_that_may_and_nothing_is_written() {
    let (t, clerk_id) = with_clerk();
    let anna = t.vault.contacts().add(NewContact::named("Anna Kowalska")).unwrap().id;
    let purpose =
        t.vault.purposes().add(PurposeSpec::new("Orders", "Delivering orders", LegalBasis::Contract)).unwrap().id;
    let mut clerk = Vault::open(&t.path, &Passphrase::new(CLERK_OWN), as_("Ola Clerk", &t)).unwrap();
    let entries = || t.vault.audit().list(&AuditFilter::default()).unwrap().len();
    let before = entries();
    let out = t.dir.path().join("out");
    let out = &out;
    let owner_only: Vec<(&str, Attempt<'_>)> = vec![
        (
            "address-book export",
            Box::new(move |v| {
                v.export_contacts(&BookExport { format: BookFormat::Vcard, status: None, tag: None }, out).map(drop)
            }),
        ),
        ("audience export", Box::new(move |v| v.consents().export_audience(purpose, out).map(drop))),
        ("new purpose", Box::new(|v| v.purposes().add(PurposeSpec::new("Ads", "Ads", LegalBasis::Consent)).map(drop))),
        ("company profile", Box::new(|v| v.company().set(Default::default()).map(drop))),
        (
            "closure day",
            Box::new(|v| {
                v.calendar().add_closure_day(chrono::NaiveDate::from_ymd_opt(2026, 12, 24).unwrap(), None).map(drop)
            }),
        ),
        ("backup folder", Box::new(|v| v.set_backup_folder(None).map(drop))),
        (
            "add an operator",
            Box::new(|v| v.add_operator("Eve", Role::Owner, &Passphrase::new("long enough passphrase")).map(drop)),
        ),
        ("change a role", Box::new(|v| v.set_operator_role(1, Role::Clerk))),
        ("reset a passphrase", Box::new(|v| v.reset_operator(1, &Passphrase::new("long enough passphrase")))),
        ("remove an operator", Box::new(|v| v.remove_operator(1, |_, _| {}))),
        ("recovery kit", Box::new(|v| v.new_recovery_kit().map(drop))),
        ("re-key", Box::new(|v| v.rekey(|_, _| {}))),
        ("reveal the data key", Box::new(|v| v.reveal_data_key(&Passphrase::new(CLERK_OWN)).map(drop))),
        ("erase without a request", Box::new(move |v| v.erase(anna).map(drop))),
    ];
    for (what, action) in &owner_only {
        let err = action(&mut clerk).unwrap_err();
        match &err {
            Error::NotPermitted { role: Role::Clerk, needs: Role::Owner, .. } => {}
            other => panic!("{what}: {other:?}"),
        }
        assert!(
            err.to_string().contains("Ask an owner") || err.to_string().contains("erasure request"),
            "{what}: {err}"
        );
    }
    assert!(!out.exists(), "no export was written");
    assert_eq!(entries(), before, "nothing was recorded");
    // What a clerk does: contacts, consents, requests, and erasure for a logged request.
    clerk.contacts().add(NewContact::named("Jan Nowak")).unwrap();
    let request = NewRequest {
        kind: RequestKind::Erasure,
        contact_id: Some(anna),
        requester_name: None,
        requester_contact: None,
        received_on: chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
        channel: RequestChannel::Email,
        details: None,
    };
    clerk.requests().open(request).unwrap();
    clerk.erase(anna).unwrap();
    let _ = clerk_id;
}

#[test]
fn read_only_looks_up_and_reveals_with_an_audit_entry_but_changes_nothing() {
    let t = new_vault();
    let mut new = NewContact::named("Anna Kowalska");
    new.details.id_number = Some("85010112345".into());
    new.sensitive.insert(custos_core::contacts::ContactField::IdNumber);
    let card = t.vault.contacts().add(new).unwrap().id;
    t.vault.add_operator("Auditor", Role::ReadOnly, &Passphrase::new(CLERK_FIRST)).unwrap();
    let mut reader = Vault::open(&t.path, &Passphrase::new(CLERK_FIRST), as_("Auditor", &t)).unwrap();
    reader.change_passphrase(&Passphrase::new(CLERK_OWN)).unwrap();
    assert_eq!(reader.search("kowalska", 10).unwrap().len(), 1);
    reader.contacts().reveal(card).unwrap();
    let err = reader.contacts().add(NewContact::named("Jan")).unwrap_err();
    assert!(matches!(err, Error::NotPermitted { role: Role::ReadOnly, needs: Role::Clerk, .. }), "{err:?}");
    let p = reader.permissions();
    assert!(!p.edit && !p.export && !p.settings && !p.operators && !p.documents);
    let entries = t.vault.audit().list(&AuditFilter::default()).unwrap();
    assert!(entries.iter().any(|e| e.action == "contact.sensitive_revealed" && e.operator == "Auditor"));
}

#[test]
fn a_removed_operator_no_longer_opens_the_vault_but_a_backup_made_before_still_does() {
    let (t, clerk) = with_clerk();
    t.vault.contacts().add(NewContact::named("Anna Kowalska")).unwrap();
    let backup = t.vault.backup_now(|_, _| {}).unwrap().backup.path;
    let mut vault = t.vault;
    let mut steps = Vec::new();
    vault.remove_operator(clerk, |done, total| steps.push((done, total))).unwrap();
    assert!(steps.last().is_some_and(|(d, t)| d == t && *t > 0), "progress reaches the end: {steps:?}");
    let err = Vault::open(&t.path, &Passphrase::new(CLERK_OWN), at("Ola Clerk", &t.clock)).unwrap_err();
    assert_eq!(reason(&err), "refused/operator_unknown");
    // Even with their old slot put back, the old data key does not open the re-keyed file.
    let old_keys = std::fs::read(custos_core::vault::keys_path(&backup)).unwrap();
    let keys = custos_core::vault::keys_path(&t.path);
    let current = std::fs::read(&keys).unwrap();
    std::fs::write(&keys, &old_keys).unwrap();
    let err = Vault::open(&t.path, &Passphrase::new(CLERK_OWN), at("Ola Clerk", &t.clock)).unwrap_err();
    assert_eq!(reason(&err), "refused/keys_not_this_vault");
    std::fs::write(&keys, &current).unwrap();
    // The backup carries the slots of then: the clerk's passphrase opens it.
    assert!(custos_core::backups::check(&backup, &Passphrase::new(CLERK_OWN), "Ola Clerk").unwrap().ok);
    let copy = t.dir.path().join("then.custos");
    std::fs::copy(&backup, &copy).unwrap();
    std::fs::copy(custos_core::vault::keys_path(&backup), custos_core::vault::keys_path(&copy)).unwrap();
    let then = Vault::open(&copy, &Passphrase::new(CLERK_OWN), at("Ola Clerk", &t.clock)).unwrap();
    assert_eq!(then.operator(), "Ola Clerk");
    assert_eq!(then.contacts().list(&Default::default()).unwrap().total, 1);
    assert!(vault.operators().unwrap().iter().all(|o| o.name != "Ola Clerk"));
    let entries = vault.audit().list(&AuditFilter::default()).unwrap();
    assert!(entries.iter().any(|e| e.action == "operator.removed"));
    assert!(entries.iter().any(|e| e.action == "vault.rekeyed"));
    assert!(vault.audit().verify().unwrap().ok);
}

/// A session of `name` on `clock` (for after the test vault's `vault` moved out).
fn at(name: &str, clock: &custos_core::FixedClock) -> Session {
    Session::new(name).with_clock(std::sync::Arc::new(clock.clone()))
}

#[test]
fn at_least_one_owner_remains_and_nobody_removes_themselves() {
    let (t, clerk) = with_clerk();
    let mut vault = t.vault;
    let me = vault.operators().unwrap().into_iter().find(|o| o.is_me).unwrap().id;
    assert_eq!(reason(&vault.set_operator_role(me, Role::Clerk).unwrap_err()), "refused/last_owner");
    assert_eq!(reason(&vault.remove_operator(me, |_, _| {}).unwrap_err()), "refused/not_yourself");
    vault.set_operator_role(clerk, Role::Owner).unwrap();
    vault.set_operator_role(me, Role::Clerk).unwrap();
    assert_eq!(vault.role(), Role::Clerk);
    assert!(matches!(vault.set_operator_role(clerk, Role::Clerk).unwrap_err(), Error::NotPermitted { .. }));
}

#[test]
fn the_recovery_kit_lets_an_owner_back_in_and_a_new_kit_retires_the_old() {
    let (t, _) = with_clerk();
    let first = t.vault.new_recovery_kit().unwrap();
    assert_eq!(first.vault_id.len(), 32);
    let code = first.code.printed().to_string();
    let path = t.path.clone();
    let clock = t.clock.clone();
    t.vault.lock();
    let s = |name: &str| Session::new(name).with_clock(std::sync::Arc::new(clock.clone()));
    // A typo is caught by its group's check character before anything is tried.
    let mut typo: Vec<char> = code.chars().collect();
    typo[7] = if typo[7] == 'A' { 'B' } else { 'A' };
    let typo: String = typo.into_iter().collect();
    assert_eq!(reason(&RecoveryCode::parse(&typo).unwrap_err()), "invalid_input/recovery_code_typo");
    // The code opens for the owner (the only owner when none is named), who sets a new passphrase.
    let clerk_tries =
        Vault::recover(&path, &RecoveryCode::parse(&code).unwrap(), &Passphrase::new("new owner pass"), s("Ola Clerk"));
    assert!(matches!(clerk_tries.unwrap_err(), Error::NotPermitted { needs: Role::Owner, .. }));
    let typed = code.to_lowercase().replace('-', " ");
    let vault = Vault::recover(&path, &RecoveryCode::parse(&typed).unwrap(), &Passphrase::new("new owner pass"), s(""))
        .unwrap();
    assert_eq!(vault.operator(), "Ola (office)");
    let entries = vault.audit().list(&AuditFilter::default()).unwrap();
    assert!(entries.iter().any(|e| e.action == "vault.recovery_used" && e.operator == "Ola (office)"));
    // A new kit: the old code stops working, the new one works.
    let second = vault.new_recovery_kit().unwrap();
    vault.lock();
    let old =
        Vault::recover(&path, &RecoveryCode::parse(&code).unwrap(), &Passphrase::new("another owner pass"), s(""));
    assert_eq!(reason(&old.unwrap_err()), "refused/recovery_code_wrong");
    Vault::recover(&path, &second.code, &Passphrase::new("another owner pass"), s("")).unwrap().lock();
    assert_eq!(
        Vault::open(&path, &Passphrase::new("new owner pass"), s("Ola (office)")).unwrap_err().code(),
        "wrong_passphrase"
    );
    Vault::open(&path, &Passphrase::new("another owner pass"), s("Ola (office)")).unwrap();
    // The clerk's passphrase was never touched.
    Vault::open(&path, &Passphrase::new(CLERK_OWN), s("Ola Clerk")).unwrap();
}

#[test]
fn the_revealed_key_opens_the_file_with_the_exact_statement_shown() {
    let t = new_vault();
    t.vault.contacts().add(NewContact::named("Zofia Żółkiewska")).unwrap();
    assert_eq!(t.vault.reveal_data_key(&Passphrase::new("not the passphrase")).unwrap_err().code(), "wrong_passphrase");
    let revealed = t.vault.reveal_data_key(&Passphrase::new(PASS)).unwrap();
    assert_eq!(revealed.key_hex.len(), 64);
    assert!(
        revealed.shell.starts_with("sqlcipher '") && revealed.shell.ends_with("firm.custos'"),
        "{}",
        revealed.shell
    );
    let conn = unkeyed(&t.path);
    conn.execute_batch(&revealed.pragma).unwrap();
    let name: String = conn.query_row("SELECT display_name FROM contact", [], |r| r.get(0)).unwrap();
    assert_eq!(name, "Zofia Żółkiewska");
    let entries = t.vault.audit().list(&AuditFilter::default()).unwrap();
    assert!(entries.iter().any(|e| e.action == "vault.data_key_revealed"));
}

#[test]
fn a_vault_made_before_key_slots_gets_them_at_its_first_unlock_with_the_old_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("firm.custos");
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/made-before-key-slots.custos");
    std::fs::copy(&fixture, &path).unwrap();
    let old = Passphrase::new("passphrase of 2026-11");
    let clock = clock();
    let s = |name: &str| Session::new(name).with_clock(std::sync::Arc::new(clock.clone()));
    assert!(Vault::unlocking(&path).unwrap().needs_slots);
    // A wrong passphrase changes nothing and says both possibilities.
    let before = std::fs::read(&path).unwrap();
    assert_eq!(
        reason(&Vault::open(&path, &Passphrase::new("not it at all"), s("Anna Nowak")).unwrap_err()),
        "refused/keys_missing"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(!custos_core::vault::keys_path(&path).exists());

    let vault = Vault::open(&path, &old, s("Anna Nowak")).unwrap();
    assert_eq!(vault.role(), Role::Owner);
    assert_eq!(vault.contacts().list(&Default::default()).unwrap().total, 2);
    assert!(vault.search("zolkiewska", 5).unwrap().len() == 1);
    assert!(vault.audit().verify().unwrap().ok);
    let entries = vault.audit().list(&AuditFilter::default()).unwrap();
    assert!(entries.iter().any(|e| e.action == "vault.key_slots_created" && e.operator == "Anna Nowak"));
    vault.lock();
    // Now the file is keyed with its data key: the passphrase alone no longer decrypts it,
    // and the passphrase opens it through Anna's slot.
    let raw = unkeyed(&path);
    raw.pragma_update(None, "key", "passphrase of 2026-11").unwrap();
    assert!(raw.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0)).is_err());
    let unlocking = Vault::unlocking(&path).unwrap();
    assert_eq!(unlocking.operators, ["Anna Nowak"]);
    assert!(!unlocking.needs_slots && !unlocking.recovery_kit);
    let vault = Vault::open(&path, &old, s("")).unwrap();
    assert_eq!(vault.operator(), "Anna Nowak");
    // The copy made before the upgrade still opens as it was, with the passphrase alone.
    let backups = vault.backups().unwrap();
    assert_eq!(backups.len(), 1);
    assert!(custos_core::backups::check(&backups[0].path, &old, "").unwrap().ok);
}

#[test]
fn the_key_file_holds_no_contact_data_and_a_slot_cannot_be_edited_into_another() {
    let t = new_vault();
    t.vault.contacts().add(NewContact::named("Zofia Żółkiewska")).unwrap();
    t.vault.add_operator("Ola Clerk", Role::Clerk, &Passphrase::new(CLERK_FIRST)).unwrap();
    let keys = custos_core::vault::keys_path(&t.path);
    let text = std::fs::read_to_string(&keys).unwrap();
    for secret in ["Żółkiewska", "Zofia", PASS, CLERK_FIRST] {
        assert!(!text.contains(secret), "{secret} is in the key file");
    }
    // The clerk's slot relabelled as the owner's: its passphrase still opens only the clerk.
    let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
    let slots = json["slots"].as_array_mut().unwrap();
    let clerk_slot = slots.iter().position(|s| s["operator"] == "Ola Clerk").unwrap();
    slots[clerk_slot]["operator"] = "Boss".into();
    let owner_id = slots[0]["id"].clone();
    std::fs::write(&keys, serde_json::to_vec(&json).unwrap()).unwrap();
    let v = Vault::open(&t.path, &Passphrase::new(CLERK_FIRST), as_("Boss", &t)).unwrap();
    assert_eq!(v.role(), Role::Clerk, "the role comes from the vault's record of the slot");
    drop(v);
    // And given the owner's slot id, its wrapped key no longer decrypts.
    let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
    json["slots"][1]["id"] = owner_id;
    json["slots"].as_array_mut().unwrap().remove(0);
    std::fs::write(&keys, serde_json::to_vec(&json).unwrap()).unwrap();
    let err = Vault::open(&t.path, &Passphrase::new(CLERK_FIRST), as_("Ola Clerk", &t)).unwrap_err();
    assert_eq!(err.code(), "wrong_passphrase");
}

#[test]
fn a_rekey_cut_short_at_either_step_still_opens_and_is_finished_or_forgotten() {
    let t = new_vault();
    t.vault.contacts().add(NewContact::named("Zofia Żółkiewska")).unwrap();
    let (path, clock) = (t.path.clone(), t.clock.clone());
    let keys = custos_core::vault::keys_path(&path);
    t.vault.lock();
    let (old_vault, old_keys) = files(&path);
    let mut vault = Vault::open(&path, &Passphrase::new(PASS), at("", &clock)).unwrap();
    vault.rekey(|_, _| {}).unwrap();
    vault.lock();
    let (new_vault, new_keys) = files(&path);
    assert_ne!(old_vault[..4096], new_vault[..4096]);
    // The key file as step 1 leaves it: the current key, and the next one beside it.
    let mut between: serde_json::Value = serde_json::from_slice(&old_keys).unwrap();
    let next: serde_json::Value = serde_json::from_slice(&new_keys).unwrap();
    for (slot, rekeyed) in between["slots"].as_array_mut().unwrap().iter_mut().zip(next["slots"].as_array().unwrap()) {
        slot["next_data_key"] = rekeyed["data_key"].clone();
    }
    let between = serde_json::to_vec(&between).unwrap();
    // Cut short before the copy took the vault's name: the old key opens, the next is forgotten.
    std::fs::write(&path, &old_vault).unwrap();
    std::fs::write(&keys, &between).unwrap();
    let v = Vault::open(&path, &Passphrase::new(PASS), at("", &clock)).unwrap();
    assert_eq!(v.contacts().list(&Default::default()).unwrap().total, 1);
    v.lock();
    assert!(!std::fs::read_to_string(&keys).unwrap().contains("next_data_key"));
    // Cut short after the rename: the next key opens and becomes the current one.
    std::fs::write(&path, &new_vault).unwrap();
    std::fs::write(&keys, &between).unwrap();
    let v = Vault::open(&path, &Passphrase::new(PASS), at("", &clock)).unwrap();
    assert_eq!(v.contacts().list(&Default::default()).unwrap().total, 1);
    v.lock();
    let finished: serde_json::Value = serde_json::from_slice(&std::fs::read(&keys).unwrap()).unwrap();
    assert_eq!(finished["slots"][0]["data_key"], next["slots"][0]["data_key"]);
    assert!(finished["slots"][0].get("next_data_key").is_none());
}

#[test]
fn a_damaged_or_hostile_key_file_is_refused_without_a_panic_and_changes_nothing() {
    let t = new_vault();
    t.vault.contacts().add(NewContact::named("Zofia Żółkiewska")).unwrap();
    let (path, clock) = (t.path.clone(), t.clock.clone());
    t.vault.lock();
    let keys = custos_core::vault::keys_path(&path);
    let good = std::fs::read(&keys).unwrap();
    let vault_bytes = std::fs::read(&path).unwrap();
    let mut rng = fastrand::Rng::with_seed(20);
    let value: serde_json::Value = serde_json::from_slice(&good).unwrap();
    // Byte flips anywhere, and values of the right shape but wrong content in every field.
    let mut cases: Vec<Vec<u8>> = (0..40)
        .map(|_| {
            let mut bytes = good.clone();
            for _ in 0..rng.usize(1..4) {
                let i = rng.usize(..bytes.len());
                bytes[i] ^= 1 << rng.u8(0..8);
            }
            bytes
        })
        .collect();
    for (field, hostile) in [
        ("memory_kib", serde_json::json!(4_000_000_000u32)),
        ("iterations", serde_json::json!(0)),
        ("salt", serde_json::json!("00")),
        ("nonce", serde_json::json!("zz")),
        ("wrapped_secret_key", serde_json::json!("")),
        ("public_key", serde_json::json!("00".repeat(32))),
        ("data_key", serde_json::json!("00".repeat(80))),
        ("algorithm", serde_json::json!("scrypt")),
    ] {
        let mut v = value.clone();
        let slot = &mut v["slots"][0];
        if slot.get(field).is_some() {
            slot[field] = hostile
        } else {
            slot["kdf"][field] = hostile
        }
        cases.push(serde_json::to_vec(&v).unwrap());
    }
    cases.push(b"{}".to_vec());
    cases.push(Vec::new());
    cases.push(vec![b'['; 100_000]);
    for (i, case) in cases.iter().enumerate() {
        std::fs::write(&keys, case).unwrap();
        let started = std::time::Instant::now();
        match Vault::open(&path, &Passphrase::new(PASS), at("", &clock)) {
            // A flip in whitespace or in a name changes nothing that matters.
            Ok(v) => assert_eq!(v.operator(), "Ola (office)", "case {i}"),
            Err(e) => assert!(!e.is_internal(), "case {i}: a damaged key file is the user's to restore: {e:?}"),
        }
        assert!(started.elapsed() < std::time::Duration::from_secs(10), "case {i} took {:?}", started.elapsed());
        assert_eq!(std::fs::read(&path).unwrap(), vault_bytes, "case {i}: the vault file is untouched");
    }
    std::fs::write(&keys, &good).unwrap();
    Vault::open(&path, &Passphrase::new(PASS), at("", &clock)).unwrap();
}

#[test]
fn a_restore_cut_short_between_its_two_renames_is_finished_when_the_vault_next_opens() {
    let t = new_vault();
    t.vault.contacts().add(NewContact::named("Anna Kowalska")).unwrap();
    let backup = t.vault.backup_now(|_, _| {}).unwrap().backup.path;
    let (path, clock) = (t.path.clone(), t.clock.clone());
    let mut vault = t.vault;
    vault.contacts().add(NewContact::named("Jan Nowak")).unwrap();
    // A re-key after the backup: the vault's key file no longer fits the backup's data.
    vault.rekey(|_, _| {}).unwrap();
    vault.lock();
    let restoring_keys = |p: &Path| {
        let mut name = p.file_name().unwrap().to_os_string();
        name.push(".restoring-keys");
        p.with_file_name(name)
    };
    // The backup's copy took the vault's name; its key file had not yet.
    std::fs::copy(&backup, &path).unwrap();
    std::fs::copy(custos_core::vault::keys_path(&backup), restoring_keys(&path)).unwrap();
    let v = Vault::open(&path, &Passphrase::new(PASS), at("", &clock)).unwrap();
    assert_eq!(v.contacts().list(&Default::default()).unwrap().total, 1, "the backup's state");
    v.lock();
    assert!(!restoring_keys(&path).exists());
    assert_eq!(
        std::fs::read(custos_core::vault::keys_path(&path)).unwrap(),
        std::fs::read(custos_core::vault::keys_path(&backup)).unwrap()
    );

    // The same with a backup made before key slots: the marker says it has no key file. (A
    // day later: its upgrade makes a backup of its own, named after the moment.)
    clock.advance(chrono::Duration::days(1));
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/made-before-key-slots.custos");
    std::fs::copy(&fixture, &path).unwrap();
    std::fs::write(restoring_keys(&path), br#"{"format":"custos-no-keys"}"#).unwrap();
    let v = Vault::open(&path, &Passphrase::new("passphrase of 2026-11"), at("Anna Nowak", &clock)).unwrap();
    assert_eq!(v.contacts().list(&Default::default()).unwrap().total, 2);
    assert!(!restoring_keys(&path).exists());
}
