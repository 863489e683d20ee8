//! The key file beside a vault (`<vault>-keys`): the vault's id and its key slots, as JSON.
//!
//! SQLCipher owns every byte of the vault file (each page is encrypted and authenticated, the
//! first 16 bytes are its salt), so the slots live in a small file of their own. It holds no
//! personal data of contacts: operators' names (for the unlock screen), public keys, and keys
//! wrapped or sealed as [`super::slots`] says. It is written whole or not at all (a temporary
//! file, synced, renamed), and every copy of a vault — backups, restores — carries it.
//!
//! Architecture invariant: the vault file and its key file change in an order that always
//! leaves one of the keys the key file can give opening the vault (see [`super::rekey`]).

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::slots::{Slot, SlotKind};
use crate::error::{Error, Result};
use crate::why::Why;

const FORMAT: &str = "custos-keys";
const VERSION: u32 = 1;
/// A key file is a few kilobytes; anything far larger is not one.
const MAX_BYTES: u64 = 1024 * 1024;

/// The key file of a vault.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct KeyFile {
    pub format: String,
    pub version: u32,
    pub vault_id: String,
    /// True while a vault keyed with a passphrase alone (made before key slots) is converted:
    /// the vault may still open with the passphrase itself.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub converting_from_passphrase: bool,
    pub slots: Vec<Slot>,
}

/// What stands for "this copy has no key file" (a backup made before key slots) while a
/// restore puts it in place.
pub(crate) const NO_KEY_FILE: &[u8] = b"{\"format\":\"custos-no-keys\"}";

/// Where the key file of the vault at `vault` is.
pub(crate) fn path_of(vault: &Path) -> PathBuf {
    super::with_suffix(vault, "-keys")
}

impl KeyFile {
    pub(crate) fn new(vault_id: String) -> KeyFile {
        KeyFile {
            format: FORMAT.into(),
            version: VERSION,
            vault_id,
            converting_from_passphrase: false,
            slots: Vec::new(),
        }
    }

    /// The key file at `path`, or None when there is none.
    pub(crate) fn read(path: &Path) -> Result<Option<KeyFile>> {
        let meta = match fs::metadata(path) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(Error::io(path, e)),
        };
        let damaged = |reason: String| Error::refused(Why::KeysDamaged { reason });
        if meta.len() > MAX_BYTES {
            return Err(damaged(format!("{} is {} bytes, far more than a key file", path.display(), meta.len())));
        }
        let text = fs::read(path).map_err(|e| Error::io(path, e))?;
        let file: KeyFile =
            serde_json::from_slice(&text).map_err(|e| damaged(format!("{} cannot be read ({e})", path.display())))?;
        if file.format != FORMAT {
            return Err(damaged(format!("{} is not a Custos key file", path.display())));
        }
        if file.version > VERSION {
            return Err(damaged(format!(
                "{} was written by a newer Custos (key file version {}): update Custos",
                path.display(),
                file.version
            )));
        }
        Ok(Some(file))
    }

    /// Writes the key file to `path` whole: a temporary file beside it (owner-only), synced,
    /// renamed over it, and the folder synced.
    pub(crate) fn write(&self, path: &Path) -> Result<()> {
        let text = serde_json::to_vec_pretty(self).map_err(|e| Error::Internal(format!("key file: {e}")))?;
        write_whole(path, &text)
    }

    /// The slot of the operator whose slot id is `id`.
    pub(crate) fn slot(&self, id: &str) -> Option<&Slot> {
        self.slots.iter().find(|s| s.id == id)
    }

    pub(crate) fn slot_mut(&mut self, id: &str) -> Option<&mut Slot> {
        self.slots.iter_mut().find(|s| s.id == id)
    }

    /// The operators' slots, in the order they were added.
    pub(crate) fn operator_slots(&self) -> impl Iterator<Item = &Slot> {
        self.slots.iter().filter(|s| s.kind == SlotKind::Operator)
    }

    /// The recovery slot, if a recovery kit was made.
    pub(crate) fn recovery_slot(&self) -> Option<&Slot> {
        self.slots.iter().find(|s| s.kind == SlotKind::Recovery)
    }

    /// The operators' names as the unlock screen lists them.
    pub(crate) fn operator_names(&self) -> Vec<String> {
        self.operator_slots().filter_map(|s| s.operator.clone()).collect()
    }

    /// The slot of the operator named `name` (see [`crate::operators::pick`]), or, when no
    /// name is given, of the only operator.
    pub(crate) fn operator_slot(&self, name: &str) -> Result<&Slot> {
        let slots: Vec<&Slot> = self.operator_slots().collect();
        if name.trim().is_empty() {
            return match slots.as_slice() {
                [only] => Ok(only),
                _ => Err(Error::refused(Why::OperatorNotNamed { operators: self.operator_names().join(", ") })),
            };
        }
        crate::operators::pick(&slots, |s| s.operator.as_deref().unwrap_or_default(), name).copied().ok_or_else(|| {
            Error::refused(Why::OperatorUnknown {
                name: name.trim().to_owned(),
                operators: self.operator_names().join(", "),
            })
        })
    }
}

/// Writes `bytes` to `path` whole or not at all.
pub(crate) fn write_whole(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut temp = tempfile::Builder::new().prefix(".custos-keys").tempfile_in(dir).map_err(|e| Error::io(dir, e))?;
    temp.write_all(bytes).map_err(|e| Error::io(path, e))?;
    temp.as_file().sync_all().map_err(|e| Error::io(path, e))?;
    temp.persist(path).map_err(|e| Error::io(path, e.error))?;
    if let Ok(dir) = fs::File::open(dir) {
        let _ = dir.sync_all();
    }
    Ok(())
}

/// Copies the key file of the vault `from` to be the key file of `to` (whole or not at all).
/// Nothing to copy is no error: a vault made before key slots has none.
pub(crate) fn copy(from: &Path, to: &Path) -> Result<()> {
    let source = path_of(from);
    match fs::read(&source) {
        Ok(bytes) => write_whole(&path_of(to), &bytes),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Error::io(source, e)),
    }
}
