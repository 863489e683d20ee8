//! Hostile inputs for the importers, and the invariants every import keeps:
//!
//! - the file is refused with a user's error (exit 1: `import_failed`, `invalid_input`…),
//!   never an internal one, and then nothing at all was written; or
//! - it is imported, and everything written reads back: the conversation, each message (its
//!   time inside the years the vault stores, its text, a sender who has a name), the contact,
//!   the contact list, the retention warnings, search; the audit chain verifies.
//!
//! [`Harness::check`] tests one input against a real encrypted vault. The inputs come from
//! bytes: [`input`] reads them either as a file as it is, or (through `arbitrary`) as the
//! description of an export with a shape — WhatsApp lines with any date, time and name, or a
//! JSON transcript with any times and offsets — in any of the encodings and line endings an
//! export may have, so that most inputs reach the vault. The same bytes drive the libFuzzer
//! targets in `src/bin` (`cargo xtask fuzz`) and the bounded run in `tests/importers.rs`.
//!
//! The contacts importers' parsers are pure until their drafts reach the vault: [`vcard`]
//! checks the vCard parser's own invariants the same ways; [`email`] the e-mail parser's;
//! [`telegram`] and [`messenger`] the chat-export parsers', [`web_chat`] the website chat CSV
//! parser's (each pure until its threads are matched to contacts), with the invariants every
//! conversation parser keeps in [`chats`].

#![allow(clippy::expect_used)] // test support: a vault that cannot be set up ends the run

pub mod chats;
pub mod csv;
pub mod email;
pub mod messenger;
mod shapes;
pub mod telegram;
pub mod vcard;
pub mod web_chat;

use std::sync::Mutex;

use chrono::{DateTime, FixedOffset, TimeZone, Utc};
use custos_core::contacts::{ContactId, ContactQuery, NewContact};
use custos_core::import::{self, WhatsAppOptions, whatsapp};
use custos_core::interactions::Sender;
use custos_core::ts::{EARLIEST_YEAR, LATEST_YEAR};
use custos_core::{Passphrase, Session, Vault};

pub use shapes::input;

/// Which importer an input is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Importer {
    WhatsApp,
    Json,
}

/// What became of one input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Imported: this many messages, every one read back.
    Imported(u64),
    /// Refused with this error code; nothing was written.
    Refused(&'static str),
}

/// An invariant that did not hold: a bug.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation(pub String);

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A real vault with one contact, imported into again and again.
#[derive(Debug)]
pub struct Harness {
    _dir: tempfile::TempDir,
    vault: Vault,
    contact: ContactId,
    imported: u64,
}

/// After this many imports the harness starts on a new vault.
const FRESH_VAULT_EVERY: u64 = 4096;

/// What a refused import must leave as it was.
#[derive(Debug, PartialEq)]
struct Snapshot {
    conversations: usize,
    last_contact_at: Option<DateTime<Utc>>,
    newest_audit_entry: Option<i64>,
}

impl Harness {
    /// A new vault in a temporary folder (in memory-backed `/dev/shm` where there is one:
    /// it is still a real SQLCipher file, only faster to write).
    pub fn new() -> Harness {
        let shm = std::path::Path::new("/dev/shm");
        let dir = if shm.is_dir() { tempfile::tempdir_in(shm) } else { tempfile::tempdir() }
            .expect("a temporary folder for the fuzz vault");
        let path = dir.path().join("fuzz.custos");
        let vault = Vault::create(&path, &Passphrase::new("fuzzing is no passphrase"), Session::new("Fuzzer"))
            .expect("a fuzz vault");
        let contact = vault.contacts().add(NewContact::named("Anna Nowak")).expect("a contact").id;
        Harness { _dir: dir, vault, contact, imported: 0 }
    }

    fn snapshot(&self) -> Result<Snapshot, Violation> {
        let read = |what: &str, e: custos_core::Error| Violation(format!("{what} did not read back: {e}"));
        let conversations =
            self.vault.interactions().for_contact(self.contact).map_err(|e| read("conversations", e))?;
        let card = self.vault.contacts().get(self.contact).map_err(|e| read("the contact", e))?;
        let filter = custos_core::audit::AuditFilter { limit: Some(1), ..Default::default() };
        let newest = self.vault.audit().list(&filter).map_err(|e| read("the audit log", e))?;
        Ok(Snapshot {
            conversations: conversations.len(),
            last_contact_at: card.last_contact_at,
            newest_audit_entry: newest.first().map(|e| e.id),
        })
    }

    /// Imports one input (`data` as [`input`] reads it) and checks every invariant.
    pub fn check(&mut self, importer: Importer, data: &[u8]) -> Result<Outcome, Violation> {
        let (bytes, offset) = input(importer, data);
        self.check_file(importer, &bytes, offset)
    }

    /// Imports the file `bytes` (WhatsApp times at `offset`) and checks every invariant.
    pub fn check_file(&mut self, importer: Importer, bytes: &[u8], offset: FixedOffset) -> Result<Outcome, Violation> {
        let text = match import::decode(bytes.to_vec()) {
            Ok(text) => text,
            Err(e) if e.code() == "import_failed" && !e.to_string().is_empty() => {
                return Ok(Outcome::Refused(e.code()));
            }
            Err(e) => return Err(Violation(format!("decoding failed with {}: {e}", e.code()))),
        };
        // The parse the import will do, to know what it should have stored.
        let expected = match importer {
            Importer::WhatsApp => whatsapp::parse(&text, offset).ok().map(|c| (c.messages.len(), c.authors())),
            Importer::Json => import::json::parse(&text).ok().map(|c| (c.messages.len(), Vec::new())),
        };
        let options = WhatsAppOptions {
            utc_offset: offset,
            // The first to write is the contact, so that most chats get past the sender check.
            contact_sender: expected.as_ref().and_then(|(_, authors)| authors.first().cloned()),
            staff_senders: Vec::new(),
        };
        let before = self.snapshot()?;
        let summary = match self.vault.import_transcript(self.contact, &text, &options) {
            Err(e) if e.is_internal() => return Err(Violation(format!("an internal error ({}): {e}", e.code()))),
            Err(e) => {
                if e.to_string().trim().is_empty() {
                    return Err(Violation(format!("a refusal ({}) with no message", e.code())));
                }
                let after = self.snapshot()?;
                if after != before {
                    return Err(Violation(format!("a refused import ({e}) wrote: {before:?} became {after:?}")));
                }
                return Ok(Outcome::Refused(e.code()));
            }
            Ok(summary) => summary,
        };
        self.read_back(&summary, expected.map(|(n, _)| n))?;
        // Deleting the transcripts is itself a write over whatever was imported; it keeps
        // the vault small for the next input.
        self.vault
            .retention()
            .delete_transcripts(self.contact, None)
            .map_err(|e| Violation(format!("deleting the imported transcript failed: {e}")))?;
        self.imported += 1;
        if self.imported.is_multiple_of(256) {
            self.verify_audit()?;
        }
        if self.imported.is_multiple_of(FRESH_VAULT_EVERY) {
            // The audit log only grows: a new vault keeps each check's cost flat.
            *self = Harness::new();
        }
        Ok(Outcome::Imported(summary.message_count))
    }

    fn verify_audit(&self) -> Result<(), Violation> {
        let report = self.vault.audit().verify().map_err(|e| Violation(format!("audit verify: {e}")))?;
        if !report.ok {
            return Err(Violation(format!("the audit chain broke: {:?}", report.problems)));
        }
        Ok(())
    }

    fn read_back(
        &self,
        summary: &custos_core::interactions::ConversationSummary,
        expected: Option<usize>,
    ) -> Result<(), Violation> {
        let fail = |what: &str, e: custos_core::Error| Err(Violation(format!("{what} did not read back: {e}")));
        let conv = match self.vault.interactions().get(summary.id) {
            Ok(c) => c,
            Err(e) => return fail("the imported conversation", e),
        };
        if conv.messages.len() as u64 != summary.message_count || expected.is_some_and(|n| n != conv.messages.len()) {
            return Err(Violation(format!(
                "{} messages read back, {} reported, {expected:?} parsed",
                conv.messages.len(),
                summary.message_count
            )));
        }
        let earliest = Utc.with_ymd_and_hms(EARLIEST_YEAR, 1, 1, 0, 0, 0).single();
        let latest = Utc.with_ymd_and_hms(LATEST_YEAR + 1, 1, 1, 0, 0, 0).single();
        for m in &conv.messages {
            if earliest.is_some_and(|e| m.at < e) || latest.is_some_and(|l| m.at >= l) {
                return Err(Violation(format!("a message at {} was stored", m.at)));
            }
            if m.text.trim().is_empty() {
                return Err(Violation("a message without text was stored".into()));
            }
            if let Sender::Staff { name } | Sender::Other { name } = &m.sender
                && !custos_core::names::is_name(name)
            {
                return Err(Violation(format!("a sender without a name was stored: {name:?}")));
            }
        }
        for (what, outcome) in [
            ("the contact", self.vault.contacts().get(self.contact).map(|_| ())),
            ("the contact list", self.vault.contacts().list(&ContactQuery::default()).map(|_| ())),
            ("the conversations", self.vault.interactions().for_contact(self.contact).map(|_| ())),
            ("the retention warnings", self.vault.retention().warnings().map(|_| ())),
        ] {
            if let Err(e) = outcome {
                return fail(what, e);
            }
        }
        let word: String = conv.messages[0].text.split_whitespace().next().unwrap_or("").chars().take(20).collect();
        if let Err(e) = self.vault.search(&word, 5) {
            return fail("search", e);
        }
        Ok(())
    }
}

impl Default for Harness {
    fn default() -> Self {
        Harness::new()
    }
}

/// One fuzzer input on the process's harness (made on first use); a violated invariant is a
/// crash for the fuzzer.
pub fn run_one(harness: &Mutex<Option<Harness>>, importer: Importer, data: &[u8]) {
    let mut guard = harness.lock().unwrap_or_else(|p| p.into_inner());
    let h = guard.get_or_insert_with(Harness::new);
    if let Err(v) = h.check(importer, data) {
        let (bytes, offset) = input(importer, data);
        panic!("invariant broken: {v}\noffset {offset}, file {:?}", String::from_utf8_lossy(&bytes));
    }
}

/// `seed` with a few random bytes flipped, inserted (often one of `alphabet`) or cut away:
/// the mutated fixtures of the bounded runs.
pub fn mutate(rng: &mut fastrand::Rng, seed: &[u8], alphabet: &[u8]) -> Vec<u8> {
    let mut bytes = seed.to_vec();
    for _ in 0..rng.usize(1..4) {
        let at = rng.usize(0..=bytes.len());
        match rng.u8(0..4) {
            0 if at < bytes.len() => bytes[at] ^= 1 << rng.u8(0..8),
            1 => bytes.insert(at, rng.u8(..)),
            2 => bytes.truncate(at),
            _ => bytes.insert(at, alphabet.get(rng.usize(0..alphabet.len().max(1))).copied().unwrap_or(b',')),
        }
    }
    bytes
}

/// The bounded run of a pure parser's `check` in CI: each of `seeds` as it is must read; then
/// `cases` inputs of each kind — random bytes, a seed mutated (inserting often one of
/// `alphabet`), and bytes that `check` shapes into a file — from a generator seeded with
/// `rng_seed`. A broken invariant fails the test with the input; the outcomes are counted
/// by kind ("mutated: read", "raw: refused (import_failed)").
pub fn bounded_run(
    check: impl Fn(&[u8]) -> Result<Outcome, Violation>,
    seeds: &[Vec<u8>],
    alphabet: &[u8],
    rng_seed: u64,
    cases: usize,
) -> std::collections::BTreeMap<String, usize> {
    let mut rng = fastrand::Rng::with_seed(rng_seed);
    let mut tally = std::collections::BTreeMap::new();
    let mut record = |kind: &str, data: &[u8]| {
        let outcome =
            check(data).unwrap_or_else(|v| panic!("{kind} input broke an invariant: {v}\ninput bytes: {data:?}"));
        let key = match outcome {
            Outcome::Imported(_) => format!("{kind}: read"),
            Outcome::Refused(code) => format!("{kind}: refused ({code})"),
        };
        *tally.entry(key).or_default() += 1;
    };
    for seed in seeds {
        // As it is (the first two bytes say "the file as it is"), a seed reads.
        let data: Vec<u8> = [0, 0].into_iter().chain(seed.iter().copied()).collect();
        assert!(matches!(check(&data), Ok(Outcome::Imported(n)) if n > 0), "a seed did not read");
    }
    for _ in 0..cases {
        let len = rng.usize(0..400);
        let raw: Vec<u8> = [0, 0].into_iter().chain((0..len).map(|_| rng.u8(..))).collect();
        record("raw", &raw);
        let seed = &seeds[rng.usize(0..seeds.len())];
        let mutated: Vec<u8> = [0, 0].into_iter().chain(mutate(&mut rng, seed, alphabet)).collect();
        record("mutated", &mutated);
        let len = rng.usize(16..800);
        let shaped: Vec<u8> = [1].into_iter().chain((0..len).map(|_| rng.u8(..))).collect();
        record("shaped", &shaped);
    }
    eprintln!("{tally:#?}");
    tally
}

/// One fuzzer input of a pure parser's `check`; a broken invariant is a crash for the fuzzer,
/// shown with the file `file` makes of the input.
pub fn crash_on_violation(
    data: &[u8],
    check: impl Fn(&[u8]) -> Result<Outcome, Violation>,
    file: impl Fn(&[u8]) -> Vec<u8>,
) {
    if let Err(v) = check(data) {
        panic!("invariant broken: {v}\nfile {:?}", String::from_utf8_lossy(&file(data)));
    }
}
