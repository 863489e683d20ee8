//! Who may open the vault, and with what: operators' slots, passphrase changes, the recovery
//! kit, the raw data key for "never locked in".

use std::path::Path;

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};
use serde::Serialize;
use zeroize::Zeroizing;

use super::keys::{self, KeyFile};
use super::rekey;
use super::slots::{Cost, DataKey, Slot, SlotKind};
use super::{Key, Passphrase, RecoveryCode, Session, Vault};
use crate::audit::{Action, Target};
use crate::error::{Error, Result};
use crate::operators::Role;
use crate::why::Why;

/// What the unlock screen needs to know of a vault before it is open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Unlocking {
    /// The operators, as they pick themselves.
    pub operators: Vec<String>,
    /// A recovery kit was made: "I forgot my passphrase" can use it.
    pub recovery_kit: bool,
    /// The vault was made before key slots: whoever unlocks it first names themselves and
    /// becomes its owner.
    pub needs_slots: bool,
}

/// A recovery kit to print: the code is shown once, here, and never stored.
#[derive(Debug, Clone)]
pub struct RecoveryKit {
    pub vault_id: String,
    pub vault_name: String,
    pub code: RecoveryCode,
    pub made_at: DateTime<Utc>,
    pub made_by: String,
}

/// The vault's raw data key, with how to open the file without Custos.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct RevealedKey {
    /// The key, 64 hex digits.
    pub key_hex: String,
    /// The command that opens the vault in the `sqlcipher` shell.
    pub shell: String,
    /// The first statement to type there.
    pub pragma: String,
}

impl Vault {
    /// What the unlock screen shows for the vault at `path`: its operators, whether a
    /// recovery kit exists. Reads the key file only; nothing secret.
    pub fn unlocking(path: &Path) -> Result<Unlocking> {
        if !path.exists() {
            return Err(Error::VaultNotFound { path: path.to_owned() });
        }
        Ok(match KeyFile::read(&keys::path_of(path))? {
            Some(file) => Unlocking {
                operators: file.operator_names(),
                recovery_kit: file.recovery_slot().is_some(),
                needs_slots: false,
            },
            None => Unlocking { operators: Vec::new(), recovery_kit: false, needs_slots: true },
        })
    }

    /// The vault's key file as it is on disk.
    pub(crate) fn key_file(&self) -> Result<KeyFile> {
        KeyFile::read(&keys::path_of(&self.path))?
            .ok_or_else(|| Error::refused(Why::KeysMissing { path: self.path.clone() }))
    }

    /// The data key the vault is open with.
    fn data_key(&self) -> Result<&DataKey> {
        match &self.key {
            Key::Raw(k) => Ok(k),
            Key::Passphrase(_) => Err(Error::refused(Why::KeysMissing { path: self.path.clone() })),
        }
    }

    /// The vault's id (as the key file and the recovery kit name it).
    pub fn vault_id(&self) -> Result<String> {
        Ok(self.conn.query_row("SELECT value FROM vault_meta WHERE key = 'vault_id'", [], |r| r.get(0))?)
    }

    /// Whether a recovery kit was made for this vault.
    pub fn has_recovery_kit(&self) -> Result<bool> {
        Ok(self.key_file()?.recovery_slot().is_some())
    }

    /// Adds a slot for a new operator and their record.
    pub(crate) fn add_slot(&self, name: &str, role: Role, first: &Passphrase) -> Result<i64> {
        let mut file = self.key_file()?;
        let (slot, _) = Slot::new(
            None,
            SlotKind::Operator,
            Some(name.to_owned()),
            first.as_bytes(),
            Cost::PASSPHRASE,
            &file.vault_id,
            Some(self.data_key()?),
        )?;
        let by = self.me.name.clone();
        // The record first (it refuses a taken name); the slot only once it is committed.
        let id = self.write(|w| {
            let id = crate::operators::insert(&w.tx, &slot.id, name, role, true, w.now, Some(&by))?;
            w.audit(
                Action::OperatorAdded,
                Target::Vault,
                serde_json::json!({ "operator": name, "role": role.code() }),
            )?;
            Ok(id)
        })?;
        file.slots.push(slot);
        file.write(&keys::path_of(&self.path))?;
        Ok(id)
    }

    /// Replaces the slot `slot_id` with a new one for `secret` (a new key pair), sealing the
    /// current data key: setting a passphrase without the old one.
    fn replace_slot(&self, file: &mut KeyFile, slot_id: &str, name: &str, secret: &[u8]) -> Result<()> {
        let (slot, _) = Slot::new(
            Some(slot_id.to_owned()),
            SlotKind::Operator,
            Some(name.to_owned()),
            secret,
            Cost::PASSPHRASE,
            &file.vault_id,
            Some(self.data_key()?),
        )?;
        let place = file.slot_mut(slot_id).ok_or_else(|| Error::not_found("key slot", slot_id))?;
        *place = slot;
        file.write(&keys::path_of(&self.path))
    }

    /// Sets the passphrase of the operator working now: their slot only (the vault is not
    /// re-encrypted). Clears "must choose a passphrase".
    pub fn change_passphrase(&mut self, new: &Passphrase) -> Result<()> {
        new.check_new()?;
        let slot = self.me.slot.clone().ok_or_else(|| Error::refused(Why::KeysMissing { path: self.path.clone() }))?;
        let mut file = self.key_file()?;
        let name = self.me.name.clone();
        self.replace_slot(&mut file, &slot, &name, new.as_bytes())?;
        let id = self.me.id;
        self.write_anyway(|w| {
            w.tx.execute("UPDATE operator SET must_change_passphrase = 0 WHERE id = ?1", [id])?;
            w.audit(Action::PassphraseChanged, Target::Vault, serde_json::json!({}))
        })?;
        self.me.must_change_passphrase = false;
        Ok(())
    }

    /// Must the operator working now choose their own passphrase before anything else?
    pub fn must_change_passphrase(&self) -> bool {
        self.me.must_change_passphrase
    }

    /// Gives another operator a new first passphrase (they forgot theirs): they must change
    /// it at their next unlock. Owner only.
    pub fn reset_operator(&self, id: i64, first: &Passphrase) -> Result<()> {
        self.may(Action::OperatorReset)?;
        first.check_new()?;
        let (name, slot) = self.other_operator(id)?;
        let mut file = self.key_file()?;
        self.replace_slot(&mut file, &slot, &name, first.as_bytes())?;
        self.write(|w| {
            w.tx.execute("UPDATE operator SET must_change_passphrase = 1 WHERE id = ?1", [id])?;
            w.audit(Action::OperatorReset, Target::Vault, serde_json::json!({ "operator": name }))
        })
    }

    /// Removes an operator: their record is kept for the audit's sake, their slot goes, and
    /// the vault is re-keyed so their passphrase opens nothing from now on (a backup made
    /// before keeps the slots it carried). At least one owner remains. Owner only.
    pub fn remove_operator(&mut self, id: i64, progress: impl FnMut(u64, u64)) -> Result<()> {
        self.may(Action::OperatorRemoved)?;
        let (name, slot) = self.other_operator(id)?;
        self.write(|w| {
            let role: String = w.tx.query_row("SELECT role FROM operator WHERE id = ?1", [id], |r| r.get(0))?;
            if role == Role::Owner.code() && crate::operators::other_owners(&w.tx, id)? == 0 {
                return Err(Error::refused(Why::LastOwner { name: name.clone() }));
            }
            w.tx.execute("UPDATE operator SET removed_at = ?2, slot = NULL WHERE id = ?1", params![id, w.now_ts()])?;
            w.audit(Action::OperatorRemoved, Target::Vault, serde_json::json!({ "operator": name }))
        })?;
        let mut file = self.key_file()?;
        file.slots.retain(|s| s.id != slot);
        self.rekey_with(file, progress)?;
        self.write(|w| {
            w.audit(
                Action::VaultRekeyed,
                Target::Vault,
                serde_json::json!({ "why": "operator_removed", "operator": name }),
            )
        })
    }

    /// Another working operator's name and slot (never the one working now).
    fn other_operator(&self, id: i64) -> Result<(String, String)> {
        if self.me.id == Some(id) {
            return Err(Error::refused(Why::NotYourself {}));
        }
        self.read(|c| {
            c.query_row("SELECT name, slot FROM operator WHERE id = ?1 AND removed_at IS NULL", [id], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?))
            })
            .optional()?
            .and_then(|(name, slot)| slot.map(|s| (name, s)))
            .ok_or_else(|| Error::not_found("operator", id))
        })
    }

    /// Makes a new recovery kit: a new code and recovery slot; any older kit stops working.
    /// The code is in the returned kit only. Owner only.
    pub fn new_recovery_kit(&self) -> Result<RecoveryKit> {
        self.new_recovery_kit_then(|kit| Ok::<_, Error>(kit.clone()))
    }

    /// Makes a new recovery kit and hands it to `deliver` (which prints or saves it) before the
    /// new code takes effect: if delivering fails, the old kit keeps working and nothing is
    /// recorded. Owner only.
    pub fn new_recovery_kit_then<T, E: From<Error>>(
        &self,
        deliver: impl FnOnce(&RecoveryKit) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        self.may(Action::RecoveryKitMade)?;
        let code = RecoveryCode::generate()?;
        let mut file = self.key_file()?;
        let (slot, _) = Slot::new(
            None,
            SlotKind::Recovery,
            None,
            &code.secret(),
            Cost::RECOVERY,
            &file.vault_id,
            Some(self.data_key()?),
        )?;
        let kit = RecoveryKit {
            vault_id: file.vault_id.clone(),
            vault_name: self.display_name()?,
            code,
            made_at: self.now(),
            made_by: self.me.name.clone(),
        };
        let delivered = deliver(&kit)?;
        let replaced = file.recovery_slot().is_some();
        file.slots.retain(|s| s.kind != SlotKind::Recovery);
        file.slots.push(slot);
        file.write(&keys::path_of(&self.path))?;
        self.write(|w| w.audit(Action::RecoveryKitMade, Target::Vault, serde_json::json!({ "replaced": replaced })))?;
        Ok(delivered)
    }

    /// The vault's name as a person knows it: the firm's name, else the file's.
    fn display_name(&self) -> Result<String> {
        let firm = self.company().get()?.map(|p| p.controller_name).filter(|n| !n.trim().is_empty());
        Ok(firm.unwrap_or_else(|| {
            self.path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "Custos".into())
        }))
    }

    /// Opens the vault at `path` with the printed recovery code and sets a new passphrase for
    /// the session's operator, who must be an owner (named as on the unlock screen; empty:
    /// the only operator). Audited. The kit keeps working until a new one is made.
    pub fn recover(path: &Path, code: &RecoveryCode, new: &Passphrase, session: Session) -> Result<Vault> {
        new.check_new()?;
        super::precheck_file(path)?;
        let file = KeyFile::read(&keys::path_of(path))?
            .ok_or_else(|| Error::refused(Why::KeysMissing { path: path.to_owned() }))?;
        let recovery = file.recovery_slot().cloned().ok_or_else(|| Error::refused(Why::NoRecoveryKit {}))?;
        let recovery_key = recovery
            .unlock(&code.secret(), &file.vault_id)?
            .ok_or_else(|| Error::refused(Why::RecoveryCodeWrong {}))?;
        let named = (!session.operator.trim().is_empty()).then(|| file.operator_slot(&session.operator).cloned());
        let slots = file.clone();
        let (conn, key) = rekey::open_with_slot(path, file, &recovery, &recovery_key, None)?;
        let owner_slot = match named {
            Some(slot) => slot?,
            // Not named: the vault's only owner.
            None => {
                let mut owners = conn.prepare(
                    "SELECT slot FROM operator WHERE role = 'owner' AND removed_at IS NULL AND slot IS NOT NULL",
                )?;
                let owners: Vec<String> = super::rows(owners.query_map([], |r| r.get(0))?)?;
                match owners.as_slice() {
                    [only] => slots.slot(only).cloned().ok_or_else(|| Error::not_found("key slot", only))?,
                    _ => {
                        return Err(Error::refused(Why::OperatorNotNamed {
                            operators: slots.operator_names().join(", "),
                        }));
                    }
                }
            }
        };
        let mut vault = Vault::opened(conn, path, key, session, &owner_slot)?;
        if vault.me.role != Role::Owner {
            return Err(Error::NotPermitted {
                action: Action::RecoveryUsed.code(),
                role: vault.me.role,
                needs: Role::Owner,
                on_request: false,
            });
        }
        let mut file = vault.key_file()?;
        let name = vault.me.name.clone();
        vault.replace_slot(&mut file, &owner_slot.id, &name, new.as_bytes())?;
        let id = vault.me.id;
        vault.write_anyway(|w| {
            w.tx.execute("UPDATE operator SET must_change_passphrase = 0 WHERE id = ?1", [id])?;
            w.audit(Action::RecoveryUsed, Target::Vault, serde_json::json!({ "operator": name }))
        })?;
        vault.me.must_change_passphrase = false;
        Ok(vault)
    }

    /// The raw data key, for opening the vault without Custos, behind the passphrase of the
    /// operator working now. Audited. Owner only.
    pub fn reveal_data_key(&self, passphrase: &Passphrase) -> Result<RevealedKey> {
        self.may(Action::DataKeyRevealed)?;
        let file = self.key_file()?;
        let slot =
            self.me.slot.as_deref().and_then(|id| file.slot(id)).ok_or_else(|| Error::not_found("key slot", ""))?;
        if slot.unlock(passphrase.as_bytes(), &file.vault_id)?.is_none() {
            return Err(Error::WrongPassphrase { path: self.path.clone() });
        }
        let hex = Zeroizing::new(self.data_key()?.hex().to_string());
        self.write(|w| w.audit(Action::DataKeyRevealed, Target::Vault, serde_json::json!({})))?;
        Ok(RevealedKey {
            key_hex: hex.to_string(),
            shell: format!("sqlcipher {}", shell_quoted(&self.path.display().to_string())),
            pragma: format!("PRAGMA key = \"x'{}'\";", hex.as_str()),
        })
    }
}

/// `text` quoted for a POSIX shell.
fn shell_quoted(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}
