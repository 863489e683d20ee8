//! Seat names, invitations and joining (docs/TEAM.md, "Joining and leaving").
//!
//! An owner invites an operator to a new seat ([`Vault::team_invite`]): a one-time code, and
//! an invitation file `<folder>/invitations/<id>.custos-invite` that holds, under a key
//! derived from the code, the team's id and key, the new seat's index, the operator it is
//! for, and a verified copy of the book keyed with a fresh random key. The new seat
//! ([`Vault::team_join`]) opens it with the code, makes the copy its vault under a data key
//! of its own and a key file with the operator's slot for the joiner's passphrase, and takes
//! its place in the team.
//!
//! The code is the recovery code's shape (7 groups of 4 Crockford base32 digits and a check
//! character each: 140 random bits, at least the 128 the design asks for), read with its
//! parser. Its key is Argon2id of the code's digits at the recovery code's cost: 140 random
//! bits need no stretching to resist guessing (HKDF would do as well), and Argon2id is the
//! crate Custos already derives every key from a secret with, so one path and no new crate.
//! Argon2id's 48 bytes give both the AEAD key (32) and the invitation's id (16): the file is
//! found from the code, and its name says nothing about the code.
//!
//! File layout: `CUSTOS-INVITE\n`, the header's length (u32 LE), the header (JSON: version,
//! id, seat index, expiry; no secret, so an owner can tell pending invitations and sweep
//! expired ones without the code), the 24-byte nonce, the XChaCha20-Poly1305 ciphertext of
//! (secrets' length (u32 LE), the secrets as JSON, the copy's bytes). Everything before the
//! nonce is the associated data. A used invitation leaves `<id>.custos-invite-used` (its
//! expiry, no secret), so a second use is told apart from a mistyped code.

use std::path::{Path, PathBuf};

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{AeadInOut, KeyInit};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use chrono::{DateTime, Utc};
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::capture;
use super::files::TeamKey;
use crate::audit::{Action, Target};
use crate::error::{Error, Result};
use crate::vault::recovery_code::{self, Fault};
use crate::vault::{Key, Passphrase, Session, Vault};
use crate::why::Why;

const MAGIC: &[u8] = b"CUSTOS-INVITE\n";
const FORMAT_VERSION: u32 = 1;
const NONCE_BYTES: usize = 24;
const TAG_BYTES: usize = 16;
const MAX_HEADER: usize = 64 * 1024;
/// How long an invitation may be used.
pub const VALID_HOURS: i64 = 24;
/// The longest seat name.
pub const MAX_SEAT_NAME: usize = 60;
/// The extension of invitation files, and of the marker a used one leaves.
pub const EXTENSION: &str = "custos-invite";
const USED_EXTENSION: &str = "custos-invite-used";
/// Argon2id's salt for invitation codes: the code is random, so one fixed salt loses nothing.
const SALT: &[u8] = b"custos invitation v1";

/// An invitation as the owner is shown it: the code to hand to the new seat (text, and QR on
/// screen), until when it can be used, the seat it makes and the operator it is for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Invitation {
    pub code: String,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub expires: DateTime<Utc>,
    pub seat_index: i64,
    pub operator: String,
}

/// `<folder>/<seat id>/seat.json`: a seat's index and name, for the other seats (no secret).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeatJson {
    pub index: i64,
    pub name: String,
}

/// What an invitation file says in clear (and authenticates).
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Header {
    version: u32,
    id: String,
    seat_index: i64,
    expires: DateTime<Utc>,
}

/// What only the code opens.
#[derive(Serialize, Deserialize)]
struct Secrets {
    team: String,
    team_key: String,
    seat_index: i64,
    operator: String,
    /// The operator's slot id in the book: the new seat's slot for them takes it, so their
    /// record (a synced row) stays the same on every seat.
    slot: String,
    /// The inviting seat.
    from_seat: String,
    /// The copy's fresh random key.
    copy_key: String,
}

impl Drop for Secrets {
    /// The keys are wiped from memory with the secrets.
    fn drop(&mut self) {
        use zeroize::Zeroize;
        self.team_key.zeroize();
        self.copy_key.zeroize();
    }
}

/// What a used invitation leaves behind.
#[derive(Serialize, Deserialize)]
struct Used {
    expires: DateTime<Utc>,
    used_at: DateTime<Utc>,
}

/// A seat name as people will read it: trimmed, with a letter or digit, at most 60 characters.
pub(crate) fn checked_seat_name(name: &str) -> Result<String> {
    let name = name.trim();
    if !crate::names::is_name(name) || name.chars().count() > MAX_SEAT_NAME {
        return Err(Error::invalid("seat_name", Why::SeatName { max: MAX_SEAT_NAME }));
    }
    Ok(name.to_owned())
}

/// Writes `<folder>/<seat>/seat.json`.
pub(crate) fn write_seat_json(folder: &Path, seat: &str, index: i64, name: &str) -> Result<()> {
    let dir = folder.join(seat);
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    let text = serde_json::to_vec_pretty(&SeatJson { index, name: name.to_owned() })?;
    crate::files::write_private(&dir.join("seat.json"), &text, true)
}

/// The seats' `seat.json` files in the shared folder, by seat id.
pub fn seats_in(folder: &Path) -> Result<Vec<(String, SeatJson)>> {
    let mut out = Vec::new();
    let entries = match std::fs::read_dir(folder) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(out),
        Err(e) => return Err(Error::io(folder, e)),
    };
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(folder, e))?;
        let path = entry.path().join("seat.json");
        if let Ok(bytes) = crate::files::read_regular(&path, 64 * 1024)
            && let Ok(seat) = serde_json::from_slice::<SeatJson>(&bytes)
        {
            out.push((entry.file_name().to_string_lossy().into_owned(), seat));
        }
    }
    out.sort_by_key(|(_, s)| s.index);
    Ok(out)
}

/// The invitation's id and key, from its code's digits.
fn derive(digits: &[u8]) -> Result<(String, Zeroizing<[u8; 32]>)> {
    let cost = crate::vault::slots::Cost::RECOVERY;
    let params = Params::new(cost.memory_kib, cost.iterations, cost.parallelism, Some(48))
        .map_err(|e| Error::Internal(format!("invitation key: {e}")))?;
    let mut out = Zeroizing::new([0u8; 48]);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(&recovery_code::digits_text(digits), SALT, out.as_mut())
        .map_err(|e| Error::Internal(format!("invitation key: {e}")))?;
    let mut key = Zeroizing::new([0u8; 32]);
    key.copy_from_slice(&out[16..]);
    Ok((hex::encode(&out[..16]), key))
}

fn cipher(key: &[u8; 32]) -> Result<XChaCha20Poly1305> {
    XChaCha20Poly1305::new_from_slice(key).map_err(|_| Error::Internal("invitation key length".into()))
}

fn invitations(folder: &Path) -> PathBuf {
    folder.join("invitations")
}

fn path_of(folder: &Path, id: &str) -> PathBuf {
    invitations(folder).join(format!("{id}.{EXTENSION}"))
}

fn used_path_of(folder: &Path, id: &str) -> PathBuf {
    invitations(folder).join(format!("{id}.{USED_EXTENSION}"))
}

/// The clear header of an invitation file, and where its associated data ends.
fn header_of(bytes: &[u8]) -> Option<(Header, usize)> {
    let rest = bytes.strip_prefix(MAGIC)?;
    let (len, rest) = rest.split_first_chunk::<4>()?;
    let len = u32::from_le_bytes(*len) as usize;
    if len > MAX_HEADER || rest.len() < len + NONCE_BYTES + TAG_BYTES {
        return None;
    }
    let header: Header = serde_json::from_slice(&rest[..len]).ok()?;
    Some((header, MAGIC.len() + 4 + len))
}

/// The headers of the pending invitations in the folder (files that cannot be read are not
/// invitations and are left alone).
fn pending(folder: &Path) -> Result<Vec<(PathBuf, Header)>> {
    let dir = invitations(folder);
    let entries = match std::fs::read_dir(&dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io(&dir, e)),
    };
    let mut out = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| Error::io(&dir, e))?.path();
        if path.extension().is_some_and(|e| e == EXTENSION)
            && let Ok(bytes) = read_head(&path)
            && let Some((header, _)) = header_of(&bytes)
        {
            out.push((path, header));
        }
    }
    Ok(out)
}

/// The first bytes of a file: enough for any header.
fn read_head(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take((MAGIC.len() + 4 + MAX_HEADER + NONCE_BYTES + TAG_BYTES) as u64)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Removes the invitation files, and the markers of used ones, whose time is over.
fn sweep(folder: &Path, now: DateTime<Utc>) -> Result<()> {
    for (path, header) in pending(folder)? {
        if header.expires <= now {
            let _ = std::fs::remove_file(path);
        }
    }
    if let Ok(entries) = std::fs::read_dir(invitations(folder)) {
        for path in entries.filter_map(|e| e.ok()).map(|e| e.path()) {
            if path.extension().is_some_and(|e| e == USED_EXTENSION)
                && let Ok(bytes) = crate::files::read_regular(&path, 4096)
                && let Ok(used) = serde_json::from_slice::<Used>(&bytes)
                && used.expires <= now
            {
                let _ = std::fs::remove_file(path);
            }
        }
    }
    Ok(())
}

impl Vault {
    /// Invites `operator` (a working operator of the book) to a new seat of this vault's
    /// team: a one-time code and an invitation file in the shared folder that expires after
    /// 24 hours or its first use. Owner only; audited as `vault.team_invited`. Expired
    /// invitations are removed on the way.
    pub fn team_invite(&self, operator: &str) -> Result<Invitation> {
        self.may(Action::TeamInvited)?;
        let team = self.team()?.ok_or_else(|| Error::refused(Why::NotInTeam {}))?;
        let team_key = self.refresh_team_keys(&team)?.newest()?.clone();
        let now = self.now();
        sweep(&team.folder, now)?;
        let (name, slot) = self.read(|c| {
            let working: Vec<(String, String)> = crate::vault::rows(
                c.prepare("SELECT name, slot FROM operator WHERE removed_at IS NULL AND slot IS NOT NULL ORDER BY id")?
                    .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?,
            )?;
            crate::operators::pick(&working, |(n, _)| n, operator).cloned().ok_or_else(|| {
                Error::refused(Why::OperatorUnknown {
                    name: operator.trim().to_owned(),
                    operators: working.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>().join(", "),
                })
            })
        })?;
        // The next free seat: above every seat the folder knows of and every pending invitation.
        let known = seats_in(&team.folder)?.into_iter().map(|(_, s)| s.index);
        let invited = pending(&team.folder)?.into_iter().map(|(_, h)| h.seat_index);
        let seat_index = known.chain(invited).chain([team.seat.index]).max().unwrap_or(0) + 1;
        if seat_index >= super::ids::MAX_SEATS {
            return Err(Error::Internal("the team has as many seats as ids allow".into()));
        }
        let digits = recovery_code::random_digits()?;
        let (id, key) = derive(&digits)?;
        let expires = now + chrono::Duration::hours(VALID_HOURS);
        let details = serde_json::json!({
            "invitation": id, "operator": name, "seat_index": seat_index, "expires": crate::ts::format(expires),
        });
        self.write(|w| w.audit(Action::TeamInvited, Target::Vault, details))?;
        // The copy, keyed with a fresh key (so no passphrase of this vault opens it), made and
        // checked like a backup, once the invitation's own entry is in it.
        let copy_key = crate::vault::slots::DataKey::generate()?;
        let copy_path = crate::vault::with_suffix(self.path(), &format!(".invite-{}", &id[..8]));
        crate::vault::remove_with_sidecars(&copy_path);
        let copy_raw = Key::Raw(copy_key.clone());
        let copy = crate::vault::CopyJob::rekeying(self.path(), &copy_path, self.key(), &copy_raw)
            .run(|_, _| {})
            .and_then(|_| strip_seat_secret(&copy_path, &copy_raw))
            .and_then(|_| crate::files::read_regular(&copy_path, super::files::MAX_FILE_BYTES).map(Zeroizing::new));
        crate::vault::remove_with_sidecars(&copy_path);
        let copy = copy?;
        let secrets = Secrets {
            team: team.id.clone(),
            team_key: team_key.hex().to_string(),
            seat_index,
            operator: name.clone(),
            slot,
            from_seat: team.seat.id.clone(),
            copy_key: copy_key.hex().to_string(),
        };
        let secrets = Zeroizing::new(serde_json::to_vec(&secrets)?);
        let header = Header { version: FORMAT_VERSION, id: id.clone(), seat_index, expires };
        let head = serde_json::to_vec(&header)?;
        let mut bytes =
            Vec::with_capacity(MAGIC.len() + 4 + head.len() + NONCE_BYTES + secrets.len() + copy.len() + 20);
        bytes.extend_from_slice(MAGIC);
        bytes.extend_from_slice(&u32::try_from(head.len()).unwrap_or(u32::MAX).to_le_bytes());
        bytes.extend_from_slice(&head);
        let aad_end = bytes.len();
        let mut nonce = [0u8; NONCE_BYTES];
        crate::vault::slots::random(&mut nonce)?;
        let mut body = Zeroizing::new(Vec::with_capacity(4 + secrets.len() + copy.len() + TAG_BYTES));
        let secrets_len =
            u32::try_from(secrets.len()).map_err(|_| Error::Internal("invitation secrets too long".into()))?;
        body.extend_from_slice(&secrets_len.to_le_bytes());
        body.extend_from_slice(&secrets);
        body.extend_from_slice(&copy);
        cipher(&key)?
            .encrypt_in_place(&XNonce::from(nonce), &bytes[..aad_end], &mut *body)
            .map_err(|_| Error::Internal("encrypting an invitation".into()))?;
        bytes.extend_from_slice(&nonce);
        bytes.extend_from_slice(&body);
        let dir = invitations(&team.folder);
        std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        crate::files::write_private(&path_of(&team.folder, &id), &bytes, false)?;
        Ok(Invitation { code: recovery_code::printed(&digits).to_string(), expires, seat_index, operator: name })
    }

    /// Joins a team with an invitation's `code` found in the shared `folder`: makes the new
    /// seat's vault at `vault_path` from the invitation's copy, under a data key of its own,
    /// with a key file whose one slot is the invited operator's, opened by `passphrase`; the
    /// seat is named `seat_name`. The invitation is used up. Refuses a mistyped, unknown,
    /// used or expired code, and an existing `vault_path`. The session's clock is the new
    /// vault's; its operator is the invitation's.
    pub fn team_join(
        code: &str,
        folder: &Path,
        vault_path: &Path,
        seat_name: &str,
        passphrase: &Passphrase,
        session: Session,
    ) -> Result<Vault> {
        let seat_name = checked_seat_name(seat_name)?;
        passphrase.check_new()?;
        let digits = recovery_code::parse_digits(code).map_err(|fault| match fault {
            Fault::Character(character) => Error::invalid("code", Why::InvitationCodeCharacter { character }),
            Fault::Length { found, expected } => Error::invalid("code", Why::InvitationCodeLength { found, expected }),
            Fault::Typo { group } => Error::invalid("code", Why::InvitationCodeTypo { group }),
        })?;
        let keys_path = crate::vault::keys_path(vault_path);
        for path in [vault_path, keys_path.as_path()] {
            if path.exists() {
                return Err(Error::AlreadyExists { path: path.to_owned() });
            }
        }
        let (id, key) = derive(&digits)?;
        let file = path_of(folder, &id);
        if !file.exists() {
            if used_path_of(folder, &id).exists() {
                return Err(Error::refused(Why::InvitationUsed {}));
            }
            return Err(Error::refused(Why::InvitationUnknown { folder: folder.to_owned() }));
        }
        let bytes = crate::files::read_regular(&file, super::files::MAX_FILE_BYTES)?;
        let damaged = || Error::refused(Why::InvitationDamaged { file: file.clone() });
        let (header, aad_end) = header_of(&bytes).ok_or_else(damaged)?;
        if header.id != id || header.version > FORMAT_VERSION {
            return Err(damaged());
        }
        let now = session.clock.now();
        if header.expires <= now {
            // Only the code's holder could tell it was genuine: it goes, as it would have.
            let _ = std::fs::remove_file(&file);
            return Err(Error::refused(Why::InvitationExpired { expires: header.expires }));
        }
        let (nonce, body) = bytes[aad_end..].split_at(NONCE_BYTES);
        let nonce = XNonce::try_from(nonce).map_err(|_| damaged())?;
        let mut plain = Zeroizing::new(body.to_vec());
        cipher(&key)?.decrypt_in_place(&nonce, &bytes[..aad_end], &mut *plain).map_err(|_| damaged())?;
        drop(bytes);
        let (len, rest) = plain.split_first_chunk::<4>().ok_or_else(damaged)?;
        let len = u32::from_le_bytes(*len) as usize;
        let secrets = rest.get(..len).ok_or_else(damaged)?;
        let secrets: Secrets = serde_json::from_slice(secrets).map_err(|_| damaged())?;
        let copy = &rest[len..];
        if secrets.seat_index != header.seat_index {
            return Err(damaged());
        }
        let team_key = TeamKey::from_hex(&secrets.team_key)?;

        if let Some(dir) = vault_path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        }
        let joining = crate::vault::with_suffix(vault_path, ".joining");
        crate::vault::remove_with_sidecars(&joining);
        let seat_id = {
            let mut id = [0u8; 16];
            crate::vault::slots::random(&mut id)?;
            hex::encode(id)
        };
        let vault_id = crate::vault::new_vault_id()?;
        let data_key = crate::vault::slots::DataKey::generate()?;
        let mut public_key = String::new();
        let made = (|| {
            crate::files::write_private(&joining, copy, false)?;
            let copy_key = Key::Raw(crate::vault::slots::DataKey::from_hex(&secrets.copy_key)?);
            let conn = crate::vault::open_raw(&joining, &copy_key)?;
            public_key = set_up_seat(
                &conn,
                &secrets,
                &team_key,
                &SetUp { seat_id: &seat_id, vault_id: &vault_id, seat_name: &seat_name, folder, now },
            )?;
            drop(conn);
            // The key file first: the vault never has its name without the keys that open it.
            let (slot, _) = crate::vault::slots::Slot::new(
                Some(secrets.slot.clone()),
                crate::vault::slots::SlotKind::Operator,
                Some(secrets.operator.clone()),
                passphrase.as_bytes(),
                crate::vault::slots::Cost::PASSPHRASE,
                &vault_id,
                Some(&data_key),
            )?;
            let mut keys = crate::vault::keys::KeyFile::new(vault_id.clone());
            keys.slots.push(slot);
            keys.write(&keys_path)?;
            crate::vault::CopyJob::rekeying(&joining, vault_path, &copy_key, &Key::Raw(data_key.clone()))
                .run(|_, _| {})?;
            Ok(())
        })();
        crate::vault::remove_with_sidecars(&joining);
        if let Err(e) = made {
            if !vault_path.exists() {
                let _ = std::fs::remove_file(&keys_path);
            }
            return Err(e);
        }
        let session = Session { operator: secrets.operator.clone(), clock: session.clock };
        let mut vault = Vault::open(vault_path, passphrase, session)?;
        write_seat_json(folder, &seat_id, secrets.seat_index, &seat_name)?;
        // Used up: the file goes, a marker says so (no secret in it).
        let used = serde_json::to_vec(&Used { expires: header.expires, used_at: now })?;
        crate::files::write_private(&used_path_of(folder, &id), &used, true)?;
        std::fs::remove_file(&file).map_err(|e| Error::io(&file, e))?;
        let details = serde_json::json!({
            "team": secrets.team, "seat": seat_id, "seat_index": secrets.seat_index, "name": seat_name,
            "invitation": id, "from_seat": secrets.from_seat, "public_key": public_key,
        });
        vault.write_as_joined(|w| w.audit(Action::TeamJoined, Target::Vault, details))?;
        Ok(vault)
    }

    /// This seat's name (None before it is in a team).
    pub fn seat_name(&self) -> Result<Option<String>> {
        self.read(|c| {
            Ok(c.query_row("SELECT value FROM vault_meta WHERE key = 'seat_name'", [], |r| r.get(0)).optional()?)
        })
    }
}

/// What a new seat is, for [`set_up_seat`].
struct SetUp<'a> {
    seat_id: &'a str,
    vault_id: &'a str,
    seat_name: &'a str,
    folder: &'a Path,
    now: DateTime<Utc>,
}

/// Puts the invitation's copy in order as the new seat, in one transaction, before it becomes
/// a vault: its own vault id, seat id, index and name, the shared folder as this computer
/// sees it, its own sequence numbers and audit chain; the inviting seat's unsent changes and
/// problems are not its own. Every change the copy holds counts as applied: the inviting
/// seat's up to its last change in the copy, and whatever the inviting seat had applied. The
/// seat gets its own key pair (docs/TEAM.md, "Removing a seat"); returns its public key, for
/// its `vault.team_joined` entry.
fn set_up_seat(conn: &rusqlite::Connection, secrets: &Secrets, team_key: &TeamKey, s: &SetUp<'_>) -> Result<String> {
    let tx = rusqlite::Transaction::new_unchecked(conn, rusqlite::TransactionBehavior::Immediate)?;
    let meta = |key: &str| -> Result<Option<String>> {
        Ok(tx.query_row("SELECT value FROM vault_meta WHERE key = ?1", [key], |r| r.get(0)).optional()?)
    };
    let damaged = || Error::Internal("the invitation's copy is not of the invitation's team".into());
    if meta("team_id")?.as_deref() != Some(secrets.team.as_str())
        || meta("team_key")?.as_deref() != Some(team_key.hex().as_str())
        || meta("seat_id")?.as_deref() != Some(secrets.from_seat.as_str())
    {
        return Err(damaged());
    }
    // The inviting seat's changes up to its last one in the copy (the invitation's own entry
    // at least) are in the copy: its files from the next number on are what is new.
    tx.execute(
        "INSERT INTO sync_applied (seat, sequence, hlc, applied_at)
         SELECT ?1, sequence, hlc, ?2 FROM sync_outbox ORDER BY sequence DESC LIMIT 1
         ON CONFLICT (seat, sequence) DO NOTHING",
        rusqlite::params![secrets.from_seat, crate::ts::format(s.now)],
    )?;
    tx.execute("DELETE FROM sync_outbox", [])?;
    tx.execute("DELETE FROM sync_problem", [])?;
    tx.execute("DELETE FROM vault_meta WHERE key = 'audit_head' OR key LIKE 'backup_in_progress:%'", [])?;
    capture::set_meta(&tx, "vault_id", s.vault_id)?;
    capture::set_meta(&tx, "seat_id", s.seat_id)?;
    capture::set_meta(&tx, "seat_index", &secrets.seat_index.to_string())?;
    capture::set_meta(&tx, "seat_name", s.seat_name)?;
    capture::set_meta(&tx, "team_folder", &s.folder.display().to_string())?;
    capture::set_meta(&tx, "next_sequence", "1")?;
    let public_key = super::keys::new_seat_key(&tx)?;
    tx.commit()?;
    Ok(public_key)
}

/// Deletes the inviting seat's secret key from the invitation's copy before it is sealed
/// (`secure_delete` is on: its bytes are zeroed in the file), so the key that opens what the
/// team sends this seat never travels; the new seat makes its own key pair.
fn strip_seat_secret(copy: &Path, key: &Key) -> Result<()> {
    let conn = crate::vault::open_raw(copy, key)?;
    conn.execute("DELETE FROM vault_meta WHERE key = 'seat_secret_key'", [])?;
    conn.pragma_update(None, "wal_checkpoint", "TRUNCATE")?;
    drop(conn);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_gives_the_same_id_and_key_and_another_code_others() {
        let a = recovery_code::random_digits().unwrap();
        let b = recovery_code::random_digits().unwrap();
        let (id_a, key_a) = derive(&a).unwrap();
        let (id_a2, key_a2) = derive(&recovery_code::parse_digits(&recovery_code::printed(&a)).ok().unwrap()).unwrap();
        assert_eq!((id_a.as_str(), *key_a), (id_a2.as_str(), *key_a2));
        let (id_b, key_b) = derive(&b).unwrap();
        assert_ne!(id_a, id_b);
        assert_ne!(*key_a, *key_b);
        assert_eq!(id_a.len(), 32);
    }

    #[test]
    fn a_seat_name_is_checked() {
        assert_eq!(checked_seat_name("  Office PC ").unwrap(), "Office PC");
        assert!(checked_seat_name("  ").is_err());
        assert!(checked_seat_name(&"x".repeat(61)).is_err());
        assert!(checked_seat_name(&"ż".repeat(60)).is_ok());
    }
}
