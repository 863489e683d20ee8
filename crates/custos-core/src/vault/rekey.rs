//! Giving a vault a new data key, and opening one whose re-key was cut short.
//!
//! A re-key (an operator removed, a passphrase thought to have leaked, a vault made before key
//! slots getting them) goes in an order that always leaves a key the key file can give
//! opening the vault file:
//!
//! 1. the new data key is sealed to every slot beside the current one (`next_data_key`) and
//!    the key file is written;
//! 2. with the vault to itself (rollback-journal mode, the write lock held), a verified copy
//!    keyed with the new key is made beside it, with progress, and renamed over it;
//! 3. the key file is written with the new key only.
//!
//! Opening tries the current key, then (for a vault made before key slots) the passphrase,
//! then the next key, and finishes or forgets a re-key that was cut short.

use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use super::keys::{self, KeyFile};
use super::slots::{Cost, DataKey, Slot, SlotKey, SlotKind};
use super::{Key, Passphrase, Session, Vault, copy, open_connection, open_keyed, with_suffix};
use crate::audit::{Action, Target};
use crate::error::{Error, Result};
use crate::operators::{Me, Role};
use crate::why::Why;

/// The copy a re-key writes beside the vault before it takes the vault's name.
fn rekeyed_path(vault: &Path) -> std::path::PathBuf {
    with_suffix(vault, ".rekeyed")
}

/// Opens the vault at `path` with the keys `slot` gives (its current data key, the
/// passphrase of a vault being converted, the next data key), finishing a re-key that was cut
/// short. Returns the connection and the key it is open with.
pub(super) fn open_with_slot(
    path: &Path,
    mut file: KeyFile,
    slot: &Slot,
    slot_key: &SlotKey,
    passphrase: Option<&Passphrase>,
) -> Result<(Connection, Key)> {
    let mut tried_any = false;
    if let Some(sealed) = &slot.data_key {
        let key = Key::Raw(slot.open(slot_key, sealed, &file.vault_id)?);
        tried_any = true;
        if let Some(conn) = try_key(path, &key)? {
            if file.slots.iter().any(|s| s.next_data_key.is_some()) {
                // A re-key that never renamed its copy: forget it.
                for s in &mut file.slots {
                    s.next_data_key = None;
                }
                file.write(&keys::path_of(path))?;
                copy::remove_with_sidecars(&rekeyed_path(path));
            }
            return Ok((conn, key));
        }
    }
    if file.converting_from_passphrase
        && let Some(passphrase) = passphrase
    {
        let key = Key::Passphrase(passphrase.clone());
        tried_any = true;
        if let Some(conn) = try_key(path, &key)? {
            return Ok((conn, key));
        }
    }
    if let Some(sealed) = &slot.next_data_key {
        let key = Key::Raw(slot.open(slot_key, sealed, &file.vault_id)?);
        tried_any = true;
        if let Some(conn) = try_key(path, &key)? {
            // The copy took the vault's name but the key file was not yet written: finish.
            promote(&mut file);
            file.write(&keys::path_of(path))?;
            return Ok((conn, key));
        }
    }
    let _ = tried_any;
    Err(Error::refused(Why::KeysNotThisVault {}))
}

/// Keys a connection with `key`: None when the key does not open the file.
fn try_key(path: &Path, key: &Key) -> Result<Option<Connection>> {
    match open_keyed(path, key, OpenFlags::SQLITE_OPEN_READ_WRITE) {
        Ok(conn) => Ok(Some(conn)),
        Err(Error::WrongPassphrase { .. }) => Ok(None),
        Err(e) => Err(e),
    }
}

/// The next data key becomes the current one in every slot.
fn promote(file: &mut KeyFile) {
    for s in &mut file.slots {
        if let Some(next) = s.next_data_key.take() {
            s.data_key = Some(next);
        }
    }
    file.converting_from_passphrase = false;
}

impl Vault {
    /// Opens a vault made before key slots (keyed with the passphrase itself) and gives it
    /// slots: the session's operator becomes its first owner, with the same passphrase.
    pub(super) fn open_without_slots(path: &Path, passphrase: &Passphrase, session: Session) -> Result<Vault> {
        let key = Key::Passphrase(passphrase.clone());
        let conn = match open_keyed(path, &key, OpenFlags::SQLITE_OPEN_READ_WRITE) {
            Ok(conn) => conn,
            Err(Error::WrongPassphrase { .. }) => {
                return Err(Error::refused(Why::KeysMissing { path: path.to_owned() }));
            }
            Err(e) => return Err(e),
        };
        let session = session.checked()?;
        let owner = crate::operators::checked_name(&session.operator)?;
        let upgraded = Vault::prepare(&conn, path, &key, &session)?;
        let me = Me { id: None, slot: None, name: owner.clone(), role: Role::Owner, must_change_passphrase: false };
        let mut vault = Vault { conn, path: path.to_owned(), key, session, me };
        vault.note_upgrade(upgraded)?;
        vault.give_slots(passphrase, Cost::PASSPHRASE, |_, _| {})?;
        Ok(vault)
    }

    /// Gives a vault keyed with a passphrase a data key and its first owner's slot.
    pub(crate) fn give_slots(
        &mut self,
        passphrase: &Passphrase,
        cost: Cost,
        progress: impl FnMut(u64, u64),
    ) -> Result<()> {
        let vault_id: String =
            match self.conn.query_row("SELECT value FROM vault_meta WHERE key = 'vault_id'", [], |r| r.get(0)).ok() {
                Some(id) => id,
                None => super::new_vault_id()?,
            };
        let (slot, _) = Slot::new(
            None,
            SlotKind::Operator,
            Some(self.me.name.clone()),
            passphrase.as_bytes(),
            cost,
            &vault_id,
            None,
        )?;
        let owner = self.me.name.clone();
        let id = self.write(|w| {
            w.tx.execute("INSERT OR IGNORE INTO vault_meta (key, value) VALUES ('vault_id', ?1)", [&vault_id])?;
            // Only a conversion cut short can have left records: they had no working slot.
            w.tx.execute("DELETE FROM operator", [])?;
            let id = crate::operators::insert(&w.tx, &slot.id, &owner, Role::Owner, false, w.now, None)?;
            w.audit(Action::KeySlotsCreated, Target::Vault, serde_json::json!({ "owner": owner }))?;
            Ok(id)
        })?;
        self.me.id = Some(id);
        self.me.slot = Some(slot.id.clone());
        let mut file = KeyFile::new(vault_id);
        file.converting_from_passphrase = true;
        file.slots.push(slot);
        self.rekey_with(file, progress)
    }

    /// Re-encrypts the vault under a new data key sealed to every slot of `file` (see the
    /// module's steps). `progress(done_pages, total_pages)` is called as the copy goes.
    pub(crate) fn rekey_with(&mut self, mut file: KeyFile, mut progress: impl FnMut(u64, u64)) -> Result<()> {
        let keys_path = keys::path_of(&self.path);
        let next = DataKey::generate()?;
        for i in 0..file.slots.len() {
            let sealed = file.slots[i].seal(&next, &file.vault_id)?;
            file.slots[i].next_data_key = Some(sealed);
        }
        // The vault to itself, as one file: SQLCipher's copy must see every committed page,
        // and nobody else may write while it is made.
        self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        let to_itself = self.conn.pragma_update_and_check(None, "journal_mode", "DELETE", |r| r.get::<_, String>(0));
        match to_itself {
            Ok(mode) if mode.eq_ignore_ascii_case("delete") => {}
            _ => {
                let _ = self.conn.pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(()));
                return Err(Error::refused(Why::VaultInUse {}));
            }
        }
        file.write(&keys_path)?;
        let dest = rekeyed_path(&self.path);
        copy::remove_with_sidecars(&dest);
        let made = (|| {
            self.conn.execute_batch("BEGIN IMMEDIATE")?;
            let job = copy::CopyJob::rekeying(&self.path, &dest, &self.key, &Key::Raw(next.clone()));
            job.run(&mut progress)?;
            std::fs::rename(&dest, &self.path).map_err(|e| Error::io(&self.path, e))?;
            Ok(())
        })();
        let _ = self.conn.execute_batch("ROLLBACK");
        if let Err(e) = made {
            for s in &mut file.slots {
                s.next_data_key = None;
            }
            let _ = file.write(&keys_path);
            copy::remove_with_sidecars(&dest);
            let _ = self.conn.pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(()));
            return Err(e);
        }
        // The vault file is the copy now: open it with the new key.
        let conn = open_connection(&self.path, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
        super::silence_sqlcipher(&conn)?;
        let key = Key::Raw(next);
        super::key(&conn, &key)?;
        super::configure(&conn)?;
        let old = std::mem::replace(&mut self.conn, conn);
        drop(old);
        self.key = key;
        promote(&mut file);
        file.write(&keys_path)?;
        Ok(())
    }

    /// Re-encrypts the vault under a new data key and seals it to every remaining slot: for
    /// a passphrase (or a recovery kit) that may have been seen. Old backups keep the keys
    /// they were made with. Owner only.
    pub fn rekey(&mut self, progress: impl FnMut(u64, u64)) -> Result<()> {
        self.may(Action::VaultRekeyed)?;
        let file = self.key_file()?;
        self.rekey_with(file, progress)?;
        self.write(|w| w.audit(Action::VaultRekeyed, Target::Vault, serde_json::json!({ "why": "asked" })))
    }
}
