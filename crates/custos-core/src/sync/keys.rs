//! Seat keys and team key rotation (docs/TEAM.md, "Joining and leaving" → "Removing a seat").
//!
//! Each seat has an X25519 key pair (`crypto_box`, as key slots use): the secret in its
//! vault_meta (`seat_secret_key`), the public key in a synced, hash-chained audit entry of the
//! seat (`vault.team_created`, `vault.team_joined`, or `vault.team_seat_key` for a seat of a
//! team made before seat keys), so every seat learns it from the book itself.
//!
//! Removing a seat makes a new team key with the next epoch and writes
//! `<folder>/keys/<epoch>.custos-team-key`: `CUSTOS-TEAM-KEY\n` and JSON naming the team, the
//! epoch, the seat that rotated, the seats removed (with the last of their files that still
//! counts) and, for each remaining seat, the new key in a `crypto_box` box (X25519,
//! XSalsa20-Poly1305) from the rotating seat's secret key to that seat's public key. A box is
//! authenticated by both key pairs, so only the rotating seat could have made it (a sealed box
//! is anonymous: anybody with the folder could seal a key of their own); its plaintext is the
//! key and the SHA-256 of the file's other fields (team, epoch, sender, removed seats,
//! recipients), so no field can be changed either.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crypto_box::aead::{Aead, AeadCore, OsRng};
use crypto_box::{PublicKey, SalsaBox, SecretKey};
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::Team;
use super::capture;
use super::files::TeamKey;
use crate::audit::{Action, Target};
use crate::error::{Error, Result};
use crate::why::Why;

const MAGIC: &[u8] = b"CUSTOS-TEAM-KEY\n";
const FORMAT_VERSION: u32 = 1;
/// The extension of key files.
pub const EXTENSION: &str = "custos-team-key";
const NONCE_BYTES: usize = 24;
/// A key file is a few hundred bytes per seat.
const MAX_FILE: u64 = 4 << 20;

/// The team's keys as this seat has them: every epoch's key, and the newest epoch (the one it
/// writes with).
#[derive(Debug, Clone)]
pub(crate) struct TeamKeys {
    pub current: u32,
    keys: BTreeMap<u32, TeamKey>,
}

impl TeamKeys {
    /// The key of `epoch`, if this seat has it.
    pub(crate) fn get(&self, epoch: u32) -> Option<&TeamKey> {
        self.keys.get(&epoch)
    }

    #[cfg(test)]
    pub(crate) fn of(current: u32, keys: impl IntoIterator<Item = (u32, TeamKey)>) -> TeamKeys {
        TeamKeys { current, keys: keys.into_iter().collect() }
    }

    /// The newest key, which this seat writes with.
    pub(crate) fn newest(&self) -> Result<&TeamKey> {
        self.keys.get(&self.current).ok_or_else(|| Error::Internal("the team's newest key is missing".into()))
    }
}

/// The team's keys in vault_meta: `team_key` (the newest), `team_epoch` (its epoch, absent =
/// 0) and `team_keys` (JSON, epoch → key in hex, the older ones).
pub(crate) fn team_keys(c: &Connection) -> Result<Option<TeamKeys>> {
    let get = |key: &str| -> Result<Option<Zeroizing<String>>> {
        Ok(c.prepare_cached("SELECT value FROM vault_meta WHERE key = ?1")?
            .query_row([key], |r| r.get::<_, String>(0))
            .optional()?
            .map(Zeroizing::new))
    };
    let Some(newest) = get("team_key")? else { return Ok(None) };
    let current = epoch(c)?;
    let mut keys = BTreeMap::new();
    if let Some(older) = get("team_keys")? {
        let older: BTreeMap<u32, String> = serde_json::from_str(&older)
            .map_err(|_| Error::Internal("vault_meta team_keys is not a map of keys".into()))?;
        for (e, hex) in older {
            let hex = Zeroizing::new(hex);
            keys.insert(e, TeamKey::from_hex(&hex)?);
        }
    }
    keys.insert(current, TeamKey::from_hex(&newest)?);
    Ok(Some(TeamKeys { current, keys }))
}

/// The newest epoch this seat has (0 before any rotation).
pub(crate) fn epoch(c: &Connection) -> Result<u32> {
    Ok(capture::meta_number(c, "team_epoch")?.and_then(|e| u32::try_from(e).ok()).unwrap_or(0))
}

/// Stores `key` as epoch `new`, the newest, keeping the one it replaces among the older ones.
fn store_key(c: &Connection, new: u32, key: &TeamKey) -> Result<()> {
    let Some(mut keys) = team_keys(c)? else { return Err(Error::refused(Why::NotInTeam {})) };
    keys.keys.insert(new, key.clone());
    let current = keys.current.max(new);
    let older: BTreeMap<u32, Zeroizing<String>> =
        keys.keys.iter().filter(|(e, _)| **e != current).map(|(e, k)| (*e, k.hex())).collect();
    let older: BTreeMap<u32, &str> = older.iter().map(|(e, k)| (*e, k.as_str())).collect();
    let text = Zeroizing::new(serde_json::to_string(&older)?);
    capture::set_meta(c, "team_keys", &text)?;
    let newest = keys.keys.get(&current).ok_or_else(|| Error::Internal("the newest team key".into()))?;
    capture::set_meta(c, "team_key", &newest.hex())?;
    capture::set_meta(c, "team_epoch", &current.to_string())
}

/// The seats removed from the team as this seat knows, each with the last of its change files
/// that counts (those after are never applied): vault_meta `team_removed` (JSON).
pub(crate) fn removed_seats(c: &Connection) -> Result<BTreeMap<String, i64>> {
    let text: Option<String> = c
        .prepare_cached("SELECT value FROM vault_meta WHERE key = 'team_removed'")?
        .query_row([], |r| r.get(0))
        .optional()?;
    match text {
        None => Ok(BTreeMap::new()),
        Some(t) => serde_json::from_str(&t).map_err(|_| Error::Internal("vault_meta team_removed is not a map".into())),
    }
}

fn add_removed(c: &Connection, removed: &BTreeMap<String, i64>) -> Result<()> {
    let mut all = removed_seats(c)?;
    for (seat, last) in removed {
        all.entry(seat.clone()).or_insert(*last);
    }
    capture::set_meta(c, "team_removed", &serde_json::to_string(&all)?)
}

/// A new X25519 key pair for this seat: the secret goes into vault_meta (`seat_secret_key`);
/// returns the public key in hex, for the seat's audit entry.
pub(crate) fn new_seat_key(c: &Connection) -> Result<String> {
    let mut bytes = Zeroizing::new([0u8; 32]);
    crate::vault::slots::random(bytes.as_mut())?;
    let secret = SecretKey::from_bytes(*bytes);
    capture::set_meta(c, "seat_secret_key", &Zeroizing::new(hex::encode(bytes.as_ref())))?;
    Ok(hex::encode(secret.public_key().as_bytes()))
}

fn seat_secret(c: &Connection) -> Result<Option<SecretKey>> {
    let hex: Option<Zeroizing<String>> = c
        .prepare_cached("SELECT value FROM vault_meta WHERE key = 'seat_secret_key'")?
        .query_row([], |r| r.get::<_, String>(0))
        .optional()?
        .map(Zeroizing::new);
    let Some(hex) = hex else { return Ok(None) };
    let bytes = Zeroizing::new(hex::decode(hex.as_str()).map_err(|_| Error::Internal("seat key is not hex".into()))?);
    let bytes: [u8; 32] =
        bytes.as_slice().try_into().map_err(|_| Error::Internal("the seat key has the wrong length".into()))?;
    Ok(Some(SecretKey::from_bytes(bytes)))
}

/// Every seat's public key, as the book's audit entries publish them (a later entry of a seat
/// replaces an earlier one).
pub(crate) fn public_keys(c: &Connection) -> Result<BTreeMap<String, PublicKey>> {
    let rows: Vec<String> = crate::vault::rows(
        c.prepare(
            "SELECT details FROM audit_entry
             WHERE action IN ('vault.team_created', 'vault.team_joined', 'vault.team_seat_key') ORDER BY at, id",
        )?
        .query_map([], |r| r.get(0))?,
    )?;
    let mut out = BTreeMap::new();
    for details in rows {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&details) else { continue };
        let (Some(seat), Some(public)) = (v["seat"].as_str(), v["public_key"].as_str()) else { continue };
        let Some(bytes) = hex::decode(public).ok().and_then(|b| <[u8; 32]>::try_from(b).ok()) else { continue };
        out.insert(seat.to_owned(), PublicKey::from_bytes(bytes));
    }
    Ok(out)
}

/// Where the key file of `epoch` is.
pub fn path_of(folder: &Path, epoch: u32) -> PathBuf {
    folder.join("keys").join(format!("{epoch:06}.{EXTENSION}"))
}

/// A key file, as JSON after its first line.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct KeyFile {
    version: u32,
    team: String,
    epoch: u32,
    /// The seat that rotated the key (its box made each entry of `boxes`).
    from: String,
    /// The seats removed (with this rotation or before), each with its last file that counts.
    removed: BTreeMap<String, i64>,
    /// Seat id → nonce ‖ box of (key ‖ SHA-256 of the fields above and the recipients), hex.
    boxes: BTreeMap<String, String>,
}

impl KeyFile {
    /// The SHA-256 every box carries: of everything but the boxes, recipients included.
    fn digest(&self) -> Result<[u8; 32]> {
        let recipients: Vec<&String> = self.boxes.keys().collect();
        let bound = serde_json::to_vec(&serde_json::json!({
            "format": "custos team key", "version": self.version, "team": self.team, "epoch": self.epoch,
            "from": self.from, "removed": self.removed, "recipients": recipients,
        }))?;
        Ok(Sha256::digest(&bound).into())
    }
}

/// Reads the key file of `epoch`: the key in this seat's box, and the file's removed seats.
/// Refused as damaged if it does not read, names another team or epoch, comes from a seat
/// whose public key the book does not hold or that was removed, or its box does not open or
/// does not bind the file's fields; refused as `team_seat_removed` if it has no box for this
/// seat.
fn open_key_file(
    c: &Connection,
    team: &Team,
    epoch: u32,
    removed: &BTreeMap<String, i64>,
) -> Result<(TeamKey, BTreeMap<String, i64>)> {
    let path = path_of(&team.folder, epoch);
    let damaged = || Error::refused(Why::TeamKeyFileDamaged { file: path.clone() });
    let bytes = crate::files::read_regular(&path, MAX_FILE)?;
    let body = bytes.strip_prefix(MAGIC).ok_or_else(damaged)?;
    let file: KeyFile = serde_json::from_slice(body).map_err(|_| damaged())?;
    if file.version != FORMAT_VERSION || file.team != team.id || file.epoch != epoch || removed.contains_key(&file.from)
    {
        return Err(damaged());
    }
    let Some(sealed) = file.boxes.get(&team.seat.id) else {
        return Err(Error::refused(Why::TeamSeatRemoved {}));
    };
    let sender = public_keys(c)?.remove(&file.from).ok_or_else(damaged)?;
    let mine = seat_secret(c)?.ok_or_else(|| Error::refused(Why::TeamSeatRemoved {}))?;
    let sealed = hex::decode(sealed).map_err(|_| damaged())?;
    let (nonce, ciphertext) = sealed.split_at_checked(NONCE_BYTES).ok_or_else(damaged)?;
    let nonce = crypto_box::Nonce::from_slice(nonce);
    let plain = Zeroizing::new(SalsaBox::new(&sender, &mine).decrypt(nonce, ciphertext).map_err(|_| damaged())?);
    let (key, digest) = plain.split_at_checked(32).ok_or_else(damaged)?;
    if digest != file.digest()?.as_slice() {
        return Err(damaged());
    }
    Ok((TeamKey::from_hex(&hex::encode(key))?, file.removed))
}

impl crate::Vault {
    /// The team's keys as this seat has them.
    pub(crate) fn team_keys(&self) -> Result<TeamKeys> {
        self.read(team_keys)?.ok_or_else(|| Error::refused(Why::NotInTeam {}))
    }

    /// Takes the team's newer keys from the shared folder's `keys/` (each epoch after this
    /// seat's newest, in order, while their files are there), and with them the seats they
    /// remove. Refused with `team_seat_removed` if this seat was removed (a newer key file has
    /// no box for it), and with `team_key_file_damaged` for a key file that does not check out:
    /// a seat that cannot take a newer key must not go on writing under the old one.
    pub(crate) fn refresh_team_keys(&self, team: &Team) -> Result<TeamKeys> {
        loop {
            let (current, removed) = self.read(|c| Ok((epoch(c)?, removed_seats(c)?)))?;
            if removed.contains_key(&team.seat.id) {
                return Err(Error::refused(Why::TeamSeatRemoved {}));
            }
            let next = current + 1;
            if !path_of(&team.folder, next).exists() {
                return self.team_keys();
            }
            let (key, newly) = self.read(|c| open_key_file(c, team, next, &removed))?;
            self.apply_transaction(|tx| {
                store_key(tx, next, &key)?;
                add_removed(tx, &newly)
            })?;
        }
    }

    /// Gives this seat its key pair if it has none yet (a seat of a team made before seat keys):
    /// publishes the public key in a `vault.team_seat_key` audit entry, which the next send
    /// carries to the other seats.
    pub(crate) fn ensure_seat_key(&self, team: &Team) -> Result<()> {
        if self.read(seat_secret)?.is_some() {
            return Ok(());
        }
        let seat = team.seat.id.clone();
        self.write(|w| {
            let public = new_seat_key(&w.tx)?;
            let details = serde_json::json!({ "seat": seat, "public_key": public });
            w.audit(Action::TeamSeatKey, Target::Vault, details)
        })
    }

    /// Removes a seat from the team (an owner; not this seat): a new team key with the next
    /// epoch, given in `<folder>/keys/<epoch>.custos-team-key` to every remaining seat in a box
    /// to its public key, the old keys kept (files written before stay readable); audited as
    /// `vault.team_seat_removed`, which travels under the new key. From then on the removed
    /// seat reads nothing this team writes, and its files after the last one this seat has
    /// applied are never applied anywhere. `seat` is a seat id, or a seat's name as
    /// `team status` shows it.
    pub fn team_remove_seat(&self, seat: &str) -> Result<String> {
        self.may(Action::TeamSeatRemoved)?;
        let team = self.team()?.ok_or_else(|| Error::refused(Why::NotInTeam {}))?;
        // Newer keys first: a rotation made elsewhere is built on, never overwritten.
        let keys = self.refresh_team_keys(&team)?;
        self.ensure_seat_key(&team)?;
        let named = super::join::seats_in(&team.folder)?;
        let wanted = seat.trim();
        let id = named
            .iter()
            .find(|(id, s)| id.eq_ignore_ascii_case(wanted) || s.name.eq_ignore_ascii_case(wanted))
            .map(|(id, _)| id.clone())
            .or_else(|| super::all_seats(&team.folder).ok()?.into_iter().find(|id| id.eq_ignore_ascii_case(wanted)));
        let removed = self.read(removed_seats)?;
        let Some(id) = id.filter(|id| !removed.contains_key(id)) else {
            return Err(Error::refused(Why::TeamSeatUnknown { seat: wanted.to_owned() }));
        };
        if id == team.seat.id {
            return Err(Error::refused(Why::TeamSeatSelf {}));
        }
        let remaining: Vec<String> = super::all_seats(&team.folder)?
            .into_iter()
            .filter(|s| *s != id && *s != team.seat.id && !removed.contains_key(s))
            .collect();
        let public = self.read(public_keys)?;
        if let Some(missing) = remaining.iter().find(|s| !public.contains_key(*s)) {
            let name = named.iter().find(|(i, _)| i == missing).map_or(missing.clone(), |(_, s)| s.name.clone());
            return Err(Error::refused(Why::TeamSeatNoKey { seat: name }));
        }
        let mine = self.read(seat_secret)?.ok_or_else(|| Error::Internal("this seat has no key pair".into()))?;
        let epoch = keys.current + 1;
        let path = path_of(&team.folder, epoch);
        if path.exists() {
            return Err(Error::AlreadyExists { path });
        }
        let last = self.applied_by_seat()?.get(&id).copied().unwrap_or(0);
        let mut all_removed = removed.clone();
        all_removed.insert(id.clone(), last);
        let key = TeamKey::generate()?;
        let mut file = KeyFile {
            version: FORMAT_VERSION,
            team: team.id.clone(),
            epoch,
            from: team.seat.id.clone(),
            removed: all_removed.clone(),
            boxes: remaining.iter().chain([&team.seat.id]).map(|s| (s.clone(), String::new())).collect(),
        };
        let digest = file.digest()?;
        let mut plain = Zeroizing::new(key.bytes().to_vec());
        plain.extend_from_slice(&digest);
        for (seat, sealed) in file.boxes.iter_mut() {
            let to = public.get(seat).ok_or_else(|| Error::Internal("a seat's public key".into()))?;
            let nonce = SalsaBox::generate_nonce(&mut OsRng);
            let ciphertext = SalsaBox::new(to, &mine)
                .encrypt(&nonce, plain.as_slice())
                .map_err(|_| Error::Internal("boxing the team key".into()))?;
            *sealed = hex::encode([nonce.as_slice(), &ciphertext].concat());
        }
        let dir = team.folder.join("keys");
        std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        let bytes = [MAGIC, &serde_json::to_vec_pretty(&file)?].concat();
        // The file first (this seat has a box in it too), then the key here: a crash between
        // leaves a file whose key this seat takes back at its next refresh, never a key here
        // that the other seats cannot fetch.
        crate::files::write_private(&path, &bytes, false)?;
        let details = serde_json::json!({
            "seat": id, "epoch": epoch, "last_file": last,
            "name": named.iter().find(|(i, _)| *i == id).map(|(_, s)| s.name.clone()),
        });
        self.write(|w| {
            store_key(&w.tx, epoch, &key)?;
            add_removed(&w.tx, &all_removed)?;
            w.audit(Action::TeamSeatRemoved, Target::Vault, details)
        })?;
        Ok(id)
    }

    /// Deletes the change files and acknowledgements of each removed seat once every remaining
    /// seat (this one included) has applied its files up to the last that counts (those after
    /// are never applied by anybody); its `seat.json` stays, so the status shows it as removed.
    /// Returns the files deleted.
    pub(crate) fn remove_files_of_removed_seats(
        &self,
        team: &Team,
        acks: &BTreeMap<String, super::acks::Ack>,
    ) -> Result<Vec<PathBuf>> {
        let applied = self.applied_by_seat()?;
        let others = super::other_seats(team)?;
        let mut deleted = Vec::new();
        for (seat, last) in &team.removed {
            let done = |by: Option<&BTreeMap<String, i64>>| by.and_then(|a| a.get(seat)).copied().unwrap_or(0) >= *last;
            if *seat == team.seat.id
                || !done(Some(&applied))
                || !others.iter().all(|o| done(acks.get(o).map(|a| &a.applied)))
            {
                continue;
            }
            for kind in [super::files::Kind::Changes, super::files::Kind::Ack] {
                for n in super::files::numbers(&team.folder, seat, kind)? {
                    let path = match kind {
                        super::files::Kind::Changes => super::files::path_of(&team.folder, seat, n),
                        super::files::Kind::Ack => super::files::ack_path_of(&team.folder, seat, n),
                    };
                    match std::fs::remove_file(&path) {
                        Ok(()) => deleted.push(path),
                        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                        Err(e) => return Err(Error::io(&path, e)),
                    }
                }
            }
        }
        Ok(deleted)
    }
}
