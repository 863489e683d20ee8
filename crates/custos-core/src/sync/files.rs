//! Change files (docs/TEAM.md, "Transport"): each captured write travels as one write-once
//! file `<folder>/<seat id>/<12-digit sequence>.custos-changes`, encrypted and authenticated
//! with XChaCha20-Poly1305 under the team key. The header (team, seat, sequence, HLC) is in
//! clear for routing and is the associated data, so it cannot be changed either; the shared
//! folder and its sync engine see ciphertext, sizes and file names only.
//!
//! Layout: `CUSTOS-CHANGES\n`, the header's length (u32, little-endian), the header (JSON),
//! the 24-byte nonce, the ciphertext with its 16-byte tag. Everything before the nonce is the
//! associated data.

use std::path::{Path, PathBuf};

use chacha20poly1305::aead::{AeadInOut, KeyInit};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::why::Why;

const MAGIC: &[u8] = b"CUSTOS-CHANGES\n";
/// Version 2 added the header's `contacts` and `erases`; version 3 the team key's `epoch`
/// (written only by a team whose key was rotated: a file of epoch 0 is still version 2, so a
/// team that never removed a seat stays readable by builds that know version 2). Older files
/// are still read (without an epoch: epoch 0). A build that knows only an older version
/// refuses a newer one as foreign, as it must: it would apply an erasure without the rules
/// that make it win, or try the wrong key.
pub const FORMAT_VERSION: u32 = 3;

/// The version a file written under the team key of `epoch` carries.
pub(crate) fn version_for(epoch: u32) -> u32 {
    if epoch == 0 { 2 } else { FORMAT_VERSION }
}
const NONCE_BYTES: usize = 24;
const TAG_BYTES: usize = 16;
/// A header is a few hundred bytes; anything far larger is not one.
const MAX_HEADER: usize = 64 * 1024;
/// The largest change file read (a bulk import of 100k cards is well below).
pub const MAX_FILE_BYTES: u64 = 1 << 30;
/// The extension of change files.
pub const EXTENSION: &str = "custos-changes";
/// The extension of acknowledgement files (docs/TEAM.md, "Erasure reaches every seat").
pub const ACK_EXTENSION: &str = "custos-ack";
const ACK_MAGIC: &[u8] = b"CUSTOS-ACK\n";

/// What a file in a seat's folder is: its first line and its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Changes,
    Ack,
}

impl Kind {
    fn magic(self) -> &'static [u8] {
        match self {
            Kind::Changes => MAGIC,
            Kind::Ack => ACK_MAGIC,
        }
    }

    fn extension(self) -> &'static str {
        match self {
            Kind::Changes => EXTENSION,
            Kind::Ack => ACK_EXTENSION,
        }
    }
}

/// The team key: 256 random bits, the AEAD key of every file in the shared folder. Wiped
/// from memory on drop.
#[derive(Clone)]
pub(crate) struct TeamKey(Zeroizing<[u8; 32]>);

impl std::fmt::Debug for TeamKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TeamKey(…)")
    }
}

impl TeamKey {
    pub(crate) fn generate() -> Result<TeamKey> {
        let mut key = Zeroizing::new([0u8; 32]);
        crate::vault::slots::random(key.as_mut())?;
        Ok(TeamKey(key))
    }

    pub(crate) fn from_hex(text: &str) -> Result<TeamKey> {
        let bytes = Zeroizing::new(hex::decode(text).map_err(|_| Error::Internal("the team key is not hex".into()))?);
        let key: [u8; 32] =
            bytes.as_slice().try_into().map_err(|_| Error::Internal("the team key has the wrong length".into()))?;
        Ok(TeamKey(Zeroizing::new(key)))
    }

    pub(crate) fn hex(&self) -> Zeroizing<String> {
        Zeroizing::new(hex::encode(self.0.as_ref()))
    }

    pub(crate) fn bytes(&self) -> &[u8; 32] {
        &self.0
    }

    fn cipher(&self) -> Result<XChaCha20Poly1305> {
        XChaCha20Poly1305::new_from_slice(self.0.as_ref()).map_err(|_| Error::Internal("team key length".into()))
    }
}

/// What a change file says in clear (and authenticates): whose it is and where it goes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Header {
    pub version: u32,
    /// The team's id.
    pub team: String,
    /// The writing seat's id and index.
    pub seat: String,
    pub seat_index: i64,
    /// The file's number among its seat's files: 1, 2, … without gaps.
    pub sequence: i64,
    /// The write's hybrid clock moment ([`super::clock::Hlc::encode`]).
    pub hlc: String,
    /// The contacts whose personal data the changeset holds (version 2): once one of them is
    /// erased, the file is deleted when every seat has acknowledged it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<i64>,
    /// The contacts the changeset erases (version 2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub erases: Vec<i64>,
    /// The epoch of the team key the file is sealed with (version 3; absent: 0, the team's
    /// first key). Each removal of a seat starts a new epoch (docs/TEAM.md, "Removing a seat").
    #[serde(default, skip_serializing_if = "is_zero")]
    pub epoch: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// The team keys a file may be opened with: one key (for any epoch; tests and forensics) or
/// a seat's keys by epoch.
pub(crate) trait KeyRing {
    fn key_of(&self, epoch: u32) -> Option<&TeamKey>;
}

impl KeyRing for TeamKey {
    fn key_of(&self, _: u32) -> Option<&TeamKey> {
        Some(self)
    }
}

impl KeyRing for super::keys::TeamKeys {
    fn key_of(&self, epoch: u32) -> Option<&TeamKey> {
        self.get(epoch)
    }
}

/// An opened change file: its header and its changeset.
pub(crate) type Opened = (Header, Vec<u8>);
/// Why a change file is refused, once told which file it is.
pub(crate) type Refusal = fn(PathBuf) -> Why;

/// Where seat `seat`'s file number `sequence` is in the shared folder.
pub fn path_of(folder: &Path, seat: &str, sequence: i64) -> PathBuf {
    folder.join(seat).join(format!("{sequence:012}.{EXTENSION}"))
}

/// Where seat `seat`'s acknowledgement number `sequence` is in the shared folder.
pub fn ack_path_of(folder: &Path, seat: &str, sequence: i64) -> PathBuf {
    folder.join(seat).join(format!("{sequence:012}.{ACK_EXTENSION}"))
}

/// The highest sequence number of seat `seat`'s change files in the shared folder (0 if none).
pub(crate) fn last_sequence(folder: &Path, seat: &str) -> Result<i64> {
    Ok(numbers(folder, seat, Kind::Changes)?.last().copied().unwrap_or(0))
}

/// The numbers of seat `seat`'s files of one kind in the shared folder, in order.
pub(crate) fn numbers(folder: &Path, seat: &str, kind: Kind) -> Result<Vec<i64>> {
    let dir = folder.join(seat);
    let entries = match std::fs::read_dir(&dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io(&dir, e)),
    };
    let suffix = format!(".{}", kind.extension());
    let mut out = Vec::new();
    for entry in entries {
        let name = entry.map_err(|e| Error::io(&dir, e))?.file_name();
        let number = name
            .to_str()
            .and_then(|n| n.strip_suffix(&suffix))
            .filter(|n| n.len() == 12)
            .and_then(|n| n.parse::<i64>().ok());
        out.extend(number);
    }
    out.sort_unstable();
    Ok(out)
}

/// A file's header as its clear text says, not yet authenticated (what status shows of
/// other seats' files without decrypting them all); `None` if it does not read as one.
pub(crate) fn peek(path: &Path, kind: Kind) -> Option<Header> {
    use std::io::Read;
    let mut start = vec![0u8; kind.magic().len() + 4];
    let mut file = std::fs::File::open(path).ok()?;
    file.read_exact(&mut start).ok()?;
    let len = u32::from_le_bytes(start[kind.magic().len()..].try_into().ok()?) as usize;
    if !start.starts_with(kind.magic()) || len > MAX_HEADER {
        return None;
    }
    let mut head = vec![0u8; len];
    file.read_exact(&mut head).ok()?;
    serde_json::from_slice(&head).ok()
}

/// Opens a change or acknowledgement file with the team key given as hex, as the file's own
/// header names it: for tests and forensics (what the shared folder holds, decrypted).
#[doc(hidden)]
pub fn decrypt_with_hex_key(bytes: &[u8], key_hex: &str) -> Option<(Header, Vec<u8>)> {
    let key = TeamKey::from_hex(key_hex).ok()?;
    [Kind::Changes, Kind::Ack].into_iter().find_map(|kind| {
        let rest = bytes.strip_prefix(kind.magic())?;
        let (len, rest) = rest.split_first_chunk::<4>()?;
        let header: Header = serde_json::from_slice(rest.get(..u32::from_le_bytes(*len) as usize)?).ok()?;
        open_kind(kind, bytes, &key, &header.team, &header.seat, header.sequence).ok()
    })
}

/// Writes one acknowledgement file, once, like [`write`].
pub(crate) fn write_ack(folder: &Path, key: &TeamKey, header: &Header, body: &[u8]) -> Result<PathBuf> {
    let path = ack_path_of(folder, &header.seat, header.sequence);
    let dir = folder.join(&header.seat);
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    let bytes = seal_kind(Kind::Ack, key, header, body)?;
    crate::files::write_private(&path, &bytes, false)?;
    Ok(path)
}

/// Reads an acknowledgement file as [`read`] reads a change file.
pub(crate) fn read_ack(path: &Path, key: &dyn KeyRing, team: &str, seat: &str, sequence: i64) -> Result<Opened> {
    let bytes = crate::files::read_regular(path, MAX_FILE_BYTES)?;
    open_kind(Kind::Ack, &bytes, key, team, seat, sequence).map_err(|why| Error::refused(why(path.to_owned())))
}

/// Writes one change file, once: a temporary file beside it, synced, renamed (never over an
/// existing file). The seat's folder is not synced: [`sync_seat_folder`] once after several
/// (docs/TEAM.md, "Transport", says what a crash in between leaves).
pub(crate) fn write_unsynced(folder: &Path, key: &TeamKey, header: &Header, changeset: &[u8]) -> Result<PathBuf> {
    let path = path_of(folder, &header.seat, header.sequence);
    let dir = folder.join(&header.seat);
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    let bytes = seal(key, header, changeset)?;
    crate::files::write_private(&path, &bytes, false)?;
    Ok(path)
}

/// Syncs seat `seat`'s folder, so the renames of the files written in it reach the disk with
/// the folder's entries. Best effort, as some file systems (a NAS share) cannot sync a folder.
pub(crate) fn sync_seat_folder(folder: &Path, seat: &str) {
    if let Ok(d) = std::fs::File::open(folder.join(seat)) {
        let _ = d.sync_all();
    }
}

/// The bytes of a change file.
pub(crate) fn seal(key: &TeamKey, header: &Header, changeset: &[u8]) -> Result<Vec<u8>> {
    seal_kind(Kind::Changes, key, header, changeset)
}

fn seal_kind(kind: Kind, key: &TeamKey, header: &Header, changeset: &[u8]) -> Result<Vec<u8>> {
    let magic = kind.magic();
    let head = serde_json::to_vec(header)?;
    let len = u32::try_from(head.len()).map_err(|_| Error::Internal("change file header too long".into()))?;
    let mut bytes = Vec::with_capacity(magic.len() + 4 + head.len() + NONCE_BYTES + changeset.len() + TAG_BYTES);
    bytes.extend_from_slice(magic);
    bytes.extend_from_slice(&len.to_le_bytes());
    bytes.extend_from_slice(&head);
    let aad_end = bytes.len();
    let mut nonce = [0u8; NONCE_BYTES];
    crate::vault::slots::random(&mut nonce)?;
    let mut body = changeset.to_vec();
    key.cipher()?
        .encrypt_in_place(&XNonce::from(nonce), &bytes[..aad_end], &mut body)
        .map_err(|_| Error::Internal("encrypting a change file".into()))?;
    bytes.extend_from_slice(&nonce);
    bytes.extend_from_slice(&body);
    Ok(bytes)
}

/// Reads the change file at `path`, which the folder says is seat `seat`'s number
/// `sequence`: its header and changeset once its header is this team's, it authenticates
/// under the team key and it is the file its name says. Else refused, naming the file.
pub(crate) fn read(path: &Path, key: &dyn KeyRing, team: &str, seat: &str, sequence: i64) -> Result<Opened> {
    let bytes = crate::files::read_regular(path, MAX_FILE_BYTES)?;
    open(&bytes, key, team, seat, sequence).map_err(|why| Error::refused(why(path.to_owned())))
}

/// [`read`] on the bytes: the reason a file is refused, given its path.
pub(crate) fn open(
    bytes: &[u8],
    key: &dyn KeyRing,
    team: &str,
    seat: &str,
    sequence: i64,
) -> std::result::Result<Opened, Refusal> {
    open_kind(Kind::Changes, bytes, key, team, seat, sequence)
}

fn open_kind(
    kind: Kind,
    bytes: &[u8],
    key: &dyn KeyRing,
    team: &str,
    seat: &str,
    sequence: i64,
) -> std::result::Result<Opened, Refusal> {
    let magic = kind.magic();
    let damaged: Refusal = |file| Why::ChangeFileDamaged { file };
    let foreign: Refusal = |file| Why::ChangeFileForeign { file };
    let rest = bytes.strip_prefix(magic).ok_or(damaged)?;
    let (len, rest) = rest.split_first_chunk::<4>().ok_or(damaged)?;
    let len = u32::from_le_bytes(*len) as usize;
    if len > MAX_HEADER || rest.len() < len + NONCE_BYTES + TAG_BYTES {
        return Err(damaged);
    }
    let (head, rest) = rest.split_at(len);
    let header: Header = serde_json::from_slice(head).map_err(|_| damaged)?;
    if header.team != team || header.version > FORMAT_VERSION {
        return Err(foreign);
    }
    let (nonce, body) = rest.split_at(NONCE_BYTES);
    let nonce = XNonce::try_from(nonce).map_err(|_| damaged)?;
    let aad = &bytes[..magic.len() + 4 + len];
    let mut plain = body.to_vec();
    let missing: Refusal = |file| Why::TeamKeyMissing { file };
    let key = key.key_of(header.epoch).ok_or(missing)?;
    key.cipher().map_err(|_| damaged)?.decrypt_in_place(&nonce, aad, &mut plain).map_err(|_| damaged)?;
    // Authentic, but not the file its name says (moved or renamed): not applied.
    if header.seat != seat || header.sequence != sequence {
        return Err(foreign);
    }
    Ok((header, plain))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header() -> Header {
        Header {
            version: 1,
            team: "t1".into(),
            seat: "s1".into(),
            seat_index: 1,
            sequence: 42,
            hlc: "000000000000005-0000000000-0001".into(),
            contacts: vec![7],
            erases: vec![],
            epoch: 0,
        }
    }

    fn code(r: std::result::Result<Opened, Refusal>) -> String {
        match r {
            Ok(_) => "ok".into(),
            Err(why) => why(PathBuf::from("f")).code().to_owned(),
        }
    }

    #[test]
    fn a_sealed_file_opens_with_its_key_and_names() {
        let key = TeamKey::generate().unwrap();
        let bytes = seal(&key, &header(), b"changeset bytes").unwrap();
        assert!(!bytes.windows(9).any(|w| w == b"changeset"), "the changeset is encrypted");
        let (h, plain) = open(&bytes, &key, "t1", "s1", 42).unwrap();
        assert_eq!((h, plain.as_slice()), (header(), &b"changeset bytes"[..]));
        assert_eq!(path_of(Path::new("/f"), "s1", 42), Path::new("/f/s1/000000000042.custos-changes"));
    }

    #[test]
    fn a_tampered_cut_foreign_or_renamed_file_is_refused() {
        let key = TeamKey::generate().unwrap();
        let bytes = seal(&key, &header(), b"changeset bytes").unwrap();
        // Every single flipped byte, header included, is caught.
        for i in 0..bytes.len() {
            let mut b = bytes.clone();
            b[i] ^= 0x01;
            assert_ne!(code(open(&b, &key, "t1", "s1", 42)), "ok", "byte {i}");
        }
        for cut in [0, 5, MAGIC.len() + 2, bytes.len() / 2, bytes.len() - 1] {
            assert_eq!(code(open(&bytes[..cut], &key, "t1", "s1", 42)), "change_file_damaged", "cut at {cut}");
        }
        let other = TeamKey::generate().unwrap();
        assert_eq!(code(open(&bytes, &other, "t1", "s1", 42)), "change_file_damaged");
        assert_eq!(code(open(&bytes, &key, "t2", "s1", 42)), "change_file_foreign");
        assert_eq!(code(open(&bytes, &key, "t1", "s2", 42)), "change_file_foreign");
        assert_eq!(code(open(&bytes, &key, "t1", "s1", 43)), "change_file_foreign");
        // An acknowledgement is not a change file, nor the other way round.
        assert_eq!(code(open_kind(Kind::Ack, &bytes, &key, "t1", "s1", 42)), "change_file_damaged");
    }

    #[test]
    fn no_cut_and_no_garbage_opens_or_panics() {
        // A bounded property run over hostile files in the shared folder: every prefix of a
        // real file, and garbage shaped like one (the magic, any header length, any bytes).
        let key = TeamKey::generate().unwrap();
        let bytes = seal(&key, &header(), b"changeset bytes").unwrap();
        for cut in 0..bytes.len() {
            assert_eq!(code(open(&bytes[..cut], &key, "t1", "s1", 42)), "change_file_damaged", "cut at {cut}");
            assert_ne!(code(open_kind(Kind::Ack, &bytes[..cut], &key, "t1", "s1", 42)), "ok");
        }
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for round in 0..5_000 {
            let len = (next() % 300) as usize;
            let mut garbage: Vec<u8> = (0..len).map(|_| next() as u8).collect();
            if round % 2 == 0 {
                // Past the magic, so the header's length and JSON are what is tried.
                let head_len = (next() % 400) as u32;
                garbage = [MAGIC, &head_len.to_le_bytes()[..], &garbage].concat();
            }
            if round % 3 == 0 && garbage.len() > MAGIC.len() + 4 {
                // A real header, then garbage where the nonce and ciphertext go.
                let real = &bytes[..bytes.len() - NONCE_BYTES - TAG_BYTES - 15];
                garbage = [real, &garbage[MAGIC.len() + 4..]].concat();
            }
            assert_ne!(code(open(&garbage, &key, "t1", "s1", 42)), "ok", "round {round}");
            assert!(decrypt_with_hex_key(&garbage, &key.hex()).is_none(), "round {round}");
        }
    }

    #[test]
    fn a_file_names_its_key_epoch_and_opens_only_with_that_epochs_key() {
        use crate::sync::keys::TeamKeys;
        let (old, new) = (TeamKey::generate().unwrap(), TeamKey::generate().unwrap());
        let h = Header { version: version_for(1), epoch: 1, ..header() };
        let bytes = seal(&new, &h, b"changeset bytes").unwrap();
        let both = TeamKeys::of(1, [(0, old.clone()), (1, new.clone())]);
        assert_eq!(open(&bytes, &both, "t1", "s1", 42).unwrap().0, h);
        // A seat without the new key yet: the file waits for its key file.
        assert_eq!(code(open(&bytes, &TeamKeys::of(0, [(0, old.clone())]), "t1", "s1", 42)), "team_key_missing");
        // The epoch is authenticated: naming the old key instead opens nothing.
        let at = bytes.windows(9).position(|w| w == br#""epoch":1"#).unwrap();
        let mut relabelled = bytes.clone();
        relabelled[at + 8] = b'0';
        assert_eq!(code(open(&relabelled, &both, "t1", "s1", 42)), "change_file_damaged");
        // Epoch 0 is written as before (version 2, no epoch field): older builds read it.
        let plain = seal(&old, &header(), b"x").unwrap();
        assert!(!String::from_utf8_lossy(&plain).contains("epoch"));
        assert_eq!((version_for(0), version_for(1)), (2, 3));
    }

    #[test]
    fn a_version_1_header_still_reads_and_names_no_contacts() {
        let v1 = r#"{"version":1,"team":"t1","seat":"s1","seat_index":1,"sequence":42,"hlc":"h"}"#;
        let h: Header = serde_json::from_str(v1).unwrap();
        assert!(h.contacts.is_empty() && h.erases.is_empty());
        let key = TeamKey::generate().unwrap();
        let path = std::env::temp_dir().join(format!("custos-peek-{}", std::process::id()));
        std::fs::write(&path, seal(&key, &header(), b"x").unwrap()).unwrap();
        assert_eq!(peek(&path, Kind::Changes), Some(header()));
        assert_eq!(peek(&path, Kind::Ack), None);
        let _ = std::fs::remove_file(&path);
    }
}
