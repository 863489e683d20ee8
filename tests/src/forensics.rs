//! Reads a vault file the way an attacker holding the passphrase would: every page decrypted,
//! including free pages and the write-ahead log, not just what SQL can see. Used to prove
//! that erased text is gone from the file.
//!
//! SQLCipher 4 defaults: the key is PBKDF2-HMAC-SHA512(passphrase, salt, 256 000 rounds), the
//! salt is the file's first 16 bytes; each 4096-byte page is AES-256-CBC encrypted with 80
//! reserved bytes at its end (16-byte IV, then a 64-byte HMAC). Page 1 keeps the salt in
//! place of its first 16 bytes.

use std::path::Path;

use aes::cipher::{BlockDecryptMut, KeyIvInit, block_padding::NoPadding};

const PAGE: usize = 4096;
const RESERVE: usize = 80;
const SALT: usize = 16;
const KDF_ROUNDS: u32 = 256_000;
const WAL_HEADER: usize = 32;
const FRAME_HEADER: usize = 24;

type Decryptor = cbc::Decryptor<aes::Aes256>;

/// The pages of a vault and of its `-wal` file, decrypted: (where, bytes).
pub fn decrypted_pages(path: &Path, passphrase: &str) -> Vec<(String, Vec<u8>)> {
    let file = std::fs::read(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    assert!(file.len() >= PAGE && file.len().is_multiple_of(PAGE), "{} is not a whole number of pages", path.display());
    let mut key = [0u8; 32];
    if custos_core::vault::keys_path(path).exists() {
        // The data key its key file gives for the passphrase (SQLCipher's raw-key mode: the key
        // is the page key itself).
        let text = custos_core::vault::sqlcipher_key(path, &custos_core::Passphrase::new(passphrase), "")
            .unwrap_or_else(|e| panic!("the key file of {}: {e}", path.display()));
        let hex = text.trim_start_matches("x'").trim_end_matches('\'');
        for (i, byte) in key.iter_mut().enumerate() {
            *byte = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).unwrap_or_else(|e| panic!("the data key: {e}"));
        }
    } else {
        pbkdf2::pbkdf2_hmac::<sha2::Sha512>(passphrase.as_bytes(), &file[..SALT], KDF_ROUNDS, &mut key);
    }
    let mut pages = Vec::new();
    for (i, page) in file.chunks(PAGE).enumerate() {
        pages.push((format!("page {}", i + 1), decrypt(&key, page, i == 0)));
    }
    // The key must be right, or finding nothing would prove nothing: page 1 holds the header.
    let header = &pages[0].1;
    assert_eq!(&header[16..18], &[0x10, 0x00], "page 1 did not decrypt to a SQLite header: wrong key or format");
    assert_eq!(header[20] as usize, RESERVE, "unexpected reserved bytes per page");

    let wal_path =
        path.with_file_name(format!("{}-wal", path.file_name().and_then(|n| n.to_str()).unwrap_or_default()));
    if let Ok(wal) = std::fs::read(&wal_path)
        && wal.len() > WAL_HEADER
    {
        for (i, frame) in wal[WAL_HEADER..].chunks(FRAME_HEADER + PAGE).enumerate() {
            if frame.len() < FRAME_HEADER + PAGE {
                break;
            }
            let pgno = u32::from_be_bytes([frame[0], frame[1], frame[2], frame[3]]);
            pages
                .push((format!("wal frame {} (page {pgno})", i + 1), decrypt(&key, &frame[FRAME_HEADER..], pgno == 1)));
        }
    }
    pages
}

fn decrypt(key: &[u8; 32], page: &[u8], first: bool) -> Vec<u8> {
    let start = if first { SALT } else { 0 };
    let end = PAGE - RESERVE;
    let iv = &page[end..end + 16];
    let mut buf = page[start..end].to_vec();
    let out = Decryptor::new(key.into(), iv.into())
        .decrypt_padded_mut::<NoPadding>(&mut buf)
        .unwrap_or_else(|e| panic!("decrypting a page: {e}"))
        .to_vec();
    if first {
        let mut full = b"SQLite format 3\0".to_vec();
        full.extend(out);
        full
    } else {
        out
    }
}

/// Where `needle` occurs in the decrypted vault (pages and write-ahead log); empty if nowhere.
pub fn vault_contains(path: &Path, passphrase: &str, needle: &[u8]) -> Vec<String> {
    decrypted_pages(path, passphrase)
        .into_iter()
        .filter(|(_, bytes)| bytes.windows(needle.len()).any(|w| w == needle))
        .map(|(at, _)| at)
        .collect()
}
