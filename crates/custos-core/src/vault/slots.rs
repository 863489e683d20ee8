//! Key slots: how a passphrase (or a recovery code) opens the vault's data key. Wiring of
//! well-kept crates only, no cryptography of our own (see docs/KEYS.md):
//!
//! - the vault's SQLCipher key is a random 256-bit **data key** (SQLCipher's raw-key mode);
//! - each slot has an X25519 key pair (`crypto_box`). Its secret key is wrapped with
//!   XChaCha20-Poly1305 under a key stretched from the passphrase by Argon2id (parameters and
//!   salt stored with the slot); the vault's id, the slot's id and kind are the associated
//!   data, so a slot cannot be moved to another vault or pose as another operator's;
//! - the data key is sealed to the slot's public key (`crypto_box` sealed box) with the vault's
//!   and the slot's ids inside. So an owner can give every remaining slot a new data key
//!   (re-keying after an operator is removed) without knowing anybody's passphrase, and a
//!   removed operator's old secret key opens nothing sealed after.

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{AeadInOut, KeyInit};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::error::{Error, Result};

/// A vault's data key: the raw SQLCipher key. Wiped from memory on drop.
#[derive(Clone)]
pub(crate) struct DataKey(Zeroizing<[u8; 32]>);

impl std::fmt::Debug for DataKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DataKey(…)")
    }
}

impl DataKey {
    pub(crate) fn generate() -> Result<DataKey> {
        let mut key = Zeroizing::new([0u8; 32]);
        random(key.as_mut())?;
        Ok(DataKey(key))
    }

    /// A key given as 64 hex digits (as [`hex`](Self::hex) writes it).
    pub(crate) fn from_hex(text: &str) -> Result<DataKey> {
        let bytes = Zeroizing::new(hex::decode(text).map_err(|_| internal("a data key that is not hex"))?);
        let key: [u8; 32] = bytes.as_slice().try_into().map_err(|_| internal("a data key of the wrong length"))?;
        Ok(DataKey(Zeroizing::new(key)))
    }

    /// The key as SQLCipher reads a raw key: `x'<64 hex digits>'`.
    pub(crate) fn sqlcipher_key(&self) -> Zeroizing<String> {
        Zeroizing::new(format!("x'{}'", self.hex().as_str()))
    }

    /// The key as 64 hex digits.
    pub(crate) fn hex(&self) -> Zeroizing<String> {
        Zeroizing::new(hex::encode(self.0.as_ref()))
    }

    fn bytes(&self) -> &[u8; 32] {
        &self.0
    }
}

/// How hard Argon2id works for a slot (RFC 9106's memory in KiB, passes, lanes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Cost {
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
}

impl Cost {
    /// For a passphrase a person chose: 128 MiB and 3 passes, ~0.35 s on the machines Custos
    /// is built on (an offline guesser pays the same for every guess).
    pub(crate) const PASSPHRASE: Cost = Cost { memory_kib: 128 * 1024, iterations: 3, parallelism: 1 };
    /// For a recovery code: 140 random bits need no stretching to resist guessing; OWASP's
    /// minimum for Argon2id (19 MiB, 2 passes) keeps one code path.
    pub(crate) const RECOVERY: Cost = Cost { memory_kib: 19 * 1024, iterations: 2, parallelism: 1 };
    /// The most a slot may ask for: a damaged or hostile key file cannot make unlocking take
    /// gigabytes or minutes.
    const LIMIT: Cost = Cost { memory_kib: 2 * 1024 * 1024, iterations: 64, parallelism: 8 };
}

/// What a slot is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum SlotKind {
    Operator,
    Recovery,
}

impl SlotKind {
    fn code(self) -> &'static str {
        match self {
            SlotKind::Operator => "operator",
            SlotKind::Recovery => "recovery",
        }
    }
}

/// Argon2id's salt and cost for one slot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Kdf {
    pub algorithm: String,
    #[serde(flatten)]
    pub cost: Cost,
    pub salt: String,
}

/// One slot as the key file holds it (every binary value in hex).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Slot {
    pub id: String,
    pub kind: SlotKind,
    /// The operator's name as the unlock screen lists it (the vault holds the real record).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator: Option<String>,
    pub kdf: Kdf,
    pub public_key: String,
    pub nonce: String,
    pub wrapped_secret_key: String,
    /// The data key sealed to this slot's public key (none while a vault made with a
    /// passphrase alone is being converted).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_key: Option<String>,
    /// The next data key, while the vault is being re-keyed to it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_data_key: Option<String>,
}

/// A slot's secret key, unwrapped: it opens the data keys sealed to the slot.
pub(crate) struct SlotKey(crypto_box::SecretKey);

impl std::fmt::Debug for SlotKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SlotKey(…)")
    }
}

impl Slot {
    /// A new slot of `kind` for `secret` (a passphrase's bytes or a recovery code's digits),
    /// with a new key pair and the data key sealed to it. With an `id`, it takes the place of
    /// that slot (a passphrase set without the old one: a reset, a recovery), so the operator's
    /// record stays linked; without, it gets a new id.
    pub(crate) fn new(
        id: Option<String>,
        kind: SlotKind,
        operator: Option<String>,
        secret: &[u8],
        cost: Cost,
        vault_id: &str,
        data_key: Option<&DataKey>,
    ) -> Result<(Slot, SlotKey)> {
        let id = match id {
            Some(id) => id,
            None => {
                let mut id = [0u8; 8];
                random(&mut id)?;
                hex::encode(id)
            }
        };
        let mut secret_key = Zeroizing::new([0u8; 32]);
        random(secret_key.as_mut())?;
        let key = SlotKey(crypto_box::SecretKey::from_bytes(*secret_key));
        let mut slot = Slot {
            id,
            kind,
            operator,
            kdf: Kdf { algorithm: "argon2id".into(), cost, salt: String::new() },
            public_key: hex::encode(key.0.public_key().as_bytes()),
            nonce: String::new(),
            wrapped_secret_key: String::new(),
            data_key: None,
            next_data_key: None,
        };
        slot.wrap(&key, secret, cost, vault_id)?;
        if let Some(data_key) = data_key {
            slot.data_key = Some(slot.seal(data_key, vault_id)?);
        }
        Ok((slot, key))
    }

    /// Wraps `key` (this slot's secret key) under `secret`: a new salt, a new nonce.
    pub(crate) fn wrap(&mut self, key: &SlotKey, secret: &[u8], cost: Cost, vault_id: &str) -> Result<()> {
        let mut salt = [0u8; 16];
        random(&mut salt)?;
        let mut nonce = [0u8; 24];
        random(&mut nonce)?;
        let kdf = Kdf { algorithm: "argon2id".into(), cost, salt: hex::encode(salt) };
        let kek = stretch(secret, &kdf)?;
        let cipher = XChaCha20Poly1305::new_from_slice(kek.as_ref()).map_err(|_| internal("wrapping key length"))?;
        let mut buffer = Zeroizing::new(key.0.to_bytes().to_vec());
        let xnonce = XNonce::try_from(&nonce[..]).map_err(|_| internal("nonce length"))?;
        cipher
            .encrypt_in_place(&xnonce, &self.associated_data(vault_id), &mut *buffer)
            .map_err(|_| internal("wrapping the slot key"))?;
        self.kdf = kdf;
        self.nonce = hex::encode(nonce);
        self.wrapped_secret_key = hex::encode(buffer.as_slice());
        Ok(())
    }

    /// The slot's secret key, if `secret` is the one it was wrapped under (None otherwise:
    /// a wrong passphrase, or a slot changed on disk).
    pub(crate) fn unlock(&self, secret: &[u8], vault_id: &str) -> Result<Option<SlotKey>> {
        if self.kdf.algorithm != "argon2id" {
            return Err(damaged(format!(
                "slot {} uses {}, which this Custos does not know",
                self.id, self.kdf.algorithm
            )));
        }
        let kek = stretch(secret, &self.kdf)?;
        let cipher = XChaCha20Poly1305::new_from_slice(kek.as_ref()).map_err(|_| internal("wrapping key length"))?;
        let nonce = decode(&self.nonce, "nonce", 24)?;
        let mut buffer = Zeroizing::new(decode(&self.wrapped_secret_key, "wrapped key", 48)?);
        let nonce = XNonce::try_from(nonce.as_slice()).map_err(|_| damaged("a nonce of the wrong length"))?;
        if cipher.decrypt_in_place(&nonce, &self.associated_data(vault_id), &mut *buffer).is_err() {
            return Ok(None);
        }
        let bytes: [u8; 32] = buffer.as_slice().try_into().map_err(|_| damaged("a wrapped key of the wrong length"))?;
        let key = SlotKey(crypto_box::SecretKey::from_bytes(bytes));
        if hex::encode(key.0.public_key().as_bytes()) != self.public_key {
            return Err(damaged(format!("slot {}'s public key does not match its secret key", self.id)));
        }
        Ok(Some(key))
    }

    /// `data_key` sealed to this slot, with the vault's and the slot's ids inside.
    pub(crate) fn seal(&self, data_key: &DataKey, vault_id: &str) -> Result<String> {
        let public = crypto_box::PublicKey::from_bytes(
            decode(&self.public_key, "public key", 32)?.try_into().map_err(|_| damaged("a public key"))?,
        );
        let mut message = Zeroizing::new(data_key.bytes().to_vec());
        message.extend_from_slice(&self.associated_data(vault_id));
        let sealed =
            public.seal(&mut crypto_box::aead::OsRng, &message).map_err(|_| internal("sealing the data key"))?;
        Ok(hex::encode(sealed))
    }

    /// Opens a data key sealed to this slot (`sealed`: its `data_key` or `next_data_key`).
    pub(crate) fn open(&self, key: &SlotKey, sealed: &str, vault_id: &str) -> Result<DataKey> {
        let sealed = hex::decode(sealed).map_err(|_| damaged(format!("slot {}'s sealed key is not hex", self.id)))?;
        let message =
            Zeroizing::new(key.0.unseal(&sealed).map_err(|_| damaged(format!("slot {}'s sealed key", self.id)))?);
        let (bytes, bound) = message.split_at_checked(32).ok_or_else(|| damaged("a sealed key too short"))?;
        if bound != self.associated_data(vault_id).as_slice() {
            return Err(damaged(format!("slot {}'s data key belongs to another vault or slot", self.id)));
        }
        let mut out = Zeroizing::new([0u8; 32]);
        out.copy_from_slice(bytes);
        Ok(DataKey(out))
    }

    fn associated_data(&self, vault_id: &str) -> Vec<u8> {
        format!("custos key slot v1\0{vault_id}\0{}\0{}", self.id, self.kind.code()).into_bytes()
    }
}

/// Argon2id of `secret` with the slot's salt and cost: the 256-bit key its secret key is
/// wrapped under.
fn stretch(secret: &[u8], kdf: &Kdf) -> Result<Zeroizing<[u8; 32]>> {
    let Cost { memory_kib, iterations, parallelism } = kdf.cost;
    if memory_kib > Cost::LIMIT.memory_kib
        || iterations > Cost::LIMIT.iterations
        || parallelism > Cost::LIMIT.parallelism
    {
        return Err(damaged("a slot asks for more work than Custos ever sets"));
    }
    let salt = decode(&kdf.salt, "salt", 16)?;
    let params = Params::new(memory_kib, iterations, parallelism, Some(32)).map_err(|e| damaged(e.to_string()))?;
    let mut out = Zeroizing::new([0u8; 32]);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(secret, &salt, out.as_mut())
        .map_err(|e| damaged(e.to_string()))?;
    Ok(out)
}

fn decode(text: &str, what: &str, len: usize) -> Result<Vec<u8>> {
    match hex::decode(text) {
        Ok(bytes) if bytes.len() == len => Ok(bytes),
        _ => Err(damaged(format!("a slot's {what} is not {len} bytes of hex"))),
    }
}

/// Fills `buf` from the operating system's random generator.
pub(crate) fn random(buf: &mut [u8]) -> Result<()> {
    getrandom::fill(buf).map_err(|e| Error::Internal(format!("the system's random generator failed: {e}")))
}

fn internal(what: &str) -> Error {
    Error::Internal(format!("key slot: {what}"))
}

/// The key file is damaged: said as a damaged vault so the person restores it from a backup.
fn damaged(reason: impl Into<String>) -> Error {
    Error::refused(crate::why::Why::KeysDamaged { reason: reason.into() })
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHEAP: Cost = Cost { memory_kib: 64, iterations: 1, parallelism: 1 };

    #[test]
    fn a_slot_opens_with_its_secret_only_and_only_in_its_vault() {
        let data = DataKey::generate().unwrap();
        let (slot, _) =
            Slot::new(None, SlotKind::Operator, Some("Anna".into()), b"correct horse", CHEAP, "v1", Some(&data))
                .unwrap();
        let key = slot.unlock(b"correct horse", "v1").unwrap().unwrap();
        let opened = slot.open(&key, slot.data_key.as_deref().unwrap(), "v1").unwrap();
        assert_eq!(opened.bytes(), data.bytes());
        assert!(slot.unlock(b"correct horsf", "v1").unwrap().is_none());
        assert!(slot.unlock(b"correct horse", "v2").unwrap().is_none());
        let mut moved = slot.clone();
        moved.id = "0000000000000000".into();
        assert!(moved.unlock(b"correct horse", "v1").unwrap().is_none());
    }

    #[test]
    fn rewrapping_changes_the_secret_but_not_the_key_and_a_new_data_key_needs_no_secret() {
        let data = DataKey::generate().unwrap();
        let (mut slot, key) =
            Slot::new(None, SlotKind::Operator, None, b"old secret", CHEAP, "v", Some(&data)).unwrap();
        slot.wrap(&key, b"new secret", CHEAP, "v").unwrap();
        assert!(slot.unlock(b"old secret", "v").unwrap().is_none());
        let key = slot.unlock(b"new secret", "v").unwrap().unwrap();
        let next = DataKey::generate().unwrap();
        let sealed = slot.seal(&next, "v").unwrap();
        assert_eq!(slot.open(&key, &sealed, "v").unwrap().bytes(), next.bytes());
        // A sealed key copied from another slot does not open here.
        let (other, _) = Slot::new(None, SlotKind::Operator, None, b"x", CHEAP, "v", Some(&next)).unwrap();
        assert!(slot.open(&key, other.data_key.as_deref().unwrap(), "v").is_err());
    }

    #[test]
    fn a_hostile_cost_is_refused_before_any_work() {
        let (mut slot, _) = Slot::new(None, SlotKind::Recovery, None, b"x", CHEAP, "v", None).unwrap();
        slot.kdf.cost.memory_kib = u32::MAX;
        assert!(slot.unlock(b"x", "v").is_err());
    }

    #[test]
    fn the_sqlcipher_key_is_a_blob_literal() {
        let key = DataKey::generate().unwrap();
        let text = key.sqlcipher_key();
        assert!(text.starts_with("x'") && text.ends_with('\'') && text.len() == 67, "{}", text.as_str());
    }
}
