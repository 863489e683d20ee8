//! The vault: one SQLCipher-encrypted SQLite file and its key file beside it.
//!
//! The file is keyed with a random 256-bit data key in SQLCipher 4's raw-key mode (4 KiB
//! pages, HMAC-SHA512 per page), so any SQLCipher 4 tool opens it with that key. Each
//! operator's passphrase opens the data key through a slot in the key file ([`slots`],
//! [`keys`]); a vault made before key slots (keyed with the passphrase itself, PBKDF2) gets
//! them at its first unlock. Domain modules reach the database through [`Vault::read`] and
//! [`Vault::write`]; every write is one transaction that also appends to the audit log, and
//! the audit entry is checked against the operator's role.

mod access;
mod copy;
mod holder;
mod integrity;
pub(crate) mod keys;
mod passphrase;
pub(crate) mod recovery_code;
mod rekey;
pub(crate) mod schema;
pub(crate) mod slots;

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OpenFlags, OptionalExtension, Transaction, TransactionBehavior};
use serde::Serialize;

pub use access::{RecoveryKit, RevealedKey, Unlocking};
pub use copy::{Copied, CopyJob};
pub(crate) use copy::{PARTIAL, check_file, check_opens, copy_for_restore, key_of_copy, remove_with_sidecars};
pub use passphrase::{CrackTime, MIN_PASSPHRASE_CHARS, Passphrase, Strength};
pub use recovery_code::RecoveryCode;
pub use schema::SCHEMA_VERSION;

use crate::audit::{self, Action, Target};
use crate::clock::{Clock, SystemClock};
use crate::error::{Error, NotAVaultWhy, Result};
use crate::operators::{Me, Role};
use crate::ts::Ts;
use keys::KeyFile;
use slots::{Cost, DataKey, Slot, SlotKind};

/// SQLCipher's page size: a vault's length is always a multiple of it.
const PAGE_SIZE: u64 = 4096;
/// 128 MiB page cache. SQLCipher decrypts every page it reads; with SQLite's default 2 MB
/// cache bulk work ran 3.5–5× slower than plain SQLite, with this within ~12 %.
const CACHE_SIZE_KIB: i64 = -131_072;

/// Who is working and what time it is: every audit entry and timestamp comes from here.
#[derive(Debug, Clone)]
pub struct Session {
    pub operator: String,
    pub clock: Arc<dyn Clock>,
}

impl Session {
    /// A session on the computer's clock.
    pub fn new(operator: impl Into<String>) -> Self {
        Session { operator: operator.into(), clock: Arc::new(SystemClock) }
    }

    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// Every audit entry names the operator, so a session needs one.
    fn checked(mut self) -> Result<Session> {
        self.operator = self.operator.trim().to_owned();
        if !crate::names::is_name(&self.operator) {
            return Err(Error::invalid("operator", crate::why::Why::OperatorMissing {}));
        }
        Ok(self)
    }
}

/// Where a vault lives unless the user says otherwise: the OS's per-user data directory.
pub fn default_path() -> Result<PathBuf> {
    directories::ProjectDirs::from("eu", "Custos", "Custos")
        .map(|dirs| dirs.data_dir().join("vault.custos"))
        .ok_or_else(|| Error::Internal("no home directory to keep the vault in".into()))
}

pub use integrity::IntegrityFinding;

/// What `Vault::check` found.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct IntegrityReport {
    pub ok: bool,
    /// Each problem as SQLite (or SQLCipher) wrote it, in English (what the command line prints).
    pub problems: Vec<String>,
    /// The same, classified: for a front end to word in its language.
    pub findings: Vec<IntegrityFinding>,
}

impl IntegrityReport {
    /// The report of the problems a check found (none: the file is sound).
    pub(crate) fn of(problems: Vec<String>) -> IntegrityReport {
        let findings = problems.iter().map(|p| IntegrityFinding::classify(p)).collect();
        IntegrityReport { ok: problems.is_empty(), problems, findings }
    }
}

/// What a vault file is keyed with: a data key (raw-key mode), or, for a vault made before key
/// slots, the passphrase itself.
#[derive(Clone)]
pub(crate) enum Key {
    Passphrase(Passphrase),
    Raw(DataKey),
}

/// An open, unlocked vault.
pub struct Vault {
    conn: Connection,
    path: PathBuf,
    key: Key,
    session: Session,
    me: Me,
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vault").field("path", &self.path).finish_non_exhaustive()
    }
}

impl Vault {
    /// Creates a new vault at `path`, with the session's operator as its first owner and
    /// `passphrase` as theirs. Refuses a short passphrase or an existing file. The vault has
    /// no recovery kit until one is made ([`Vault::new_recovery_kit`]).
    pub fn create(path: &Path, passphrase: &Passphrase, session: Session) -> Result<Vault> {
        Vault::create_with_cost(path, passphrase, session, Cost::PASSPHRASE)
    }

    pub(crate) fn create_with_cost(
        path: &Path,
        passphrase: &Passphrase,
        session: Session,
        cost: Cost,
    ) -> Result<Vault> {
        let session = session.checked()?;
        passphrase.check_new()?;
        let owner = crate::operators::checked_name(&session.operator)?;
        if path.exists() {
            return Err(Error::AlreadyExists { path: path.to_owned() });
        }
        let keys_path = keys::path_of(path);
        if keys_path.exists() {
            return Err(Error::AlreadyExists { path: keys_path });
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        }
        // Owner-only from the first byte; SQLite gives the -wal and -shm files the same mode.
        crate::files::create_private(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => Error::AlreadyExists { path: path.to_owned() },
            _ => Error::io(path, e),
        })?;
        let created = (|| {
            let vault_id = new_vault_id()?;
            let data_key = DataKey::generate()?;
            let (slot, _) = Slot::new(
                None,
                SlotKind::Operator,
                Some(owner.clone()),
                passphrase.as_bytes(),
                cost,
                &vault_id,
                Some(&data_key),
            )?;
            let mut file = KeyFile::new(vault_id.clone());
            file.slots.push(slot.clone());
            file.write(&keys_path)?;
            let conn = open_connection(
                path,
                OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )?;
            silence_sqlcipher(&conn)?;
            let key = Key::Raw(data_key);
            self::key(&conn, &key)?;
            conn.pragma_update(None, "application_id", schema::APPLICATION_ID)?;
            configure(&conn)?;
            schema::migrate(&conn, 0, SCHEMA_VERSION)?;
            let me = Me {
                id: None,
                slot: Some(slot.id.clone()),
                name: owner.clone(),
                role: Role::Owner,
                must_change_passphrase: false,
            };
            let mut vault = Vault { conn, path: path.to_owned(), key, session, me };
            let id = vault.write(|w| {
                w.tx.execute(
                    "INSERT INTO vault_meta (key, value) VALUES ('created_at', ?1), ('vault_id', ?2)",
                    rusqlite::params![crate::ts::format(w.now), vault_id],
                )?;
                let id = crate::operators::insert(&w.tx, &slot.id, &owner, Role::Owner, false, w.now, None)?;
                w.audit(Action::VaultCreated, Target::Vault, serde_json::json!({ "owner": owner }))?;
                Ok(id)
            })?;
            vault.me.id = Some(id);
            Ok(vault)
        })();
        if created.is_err() {
            copy::remove_with_sidecars(path);
            let _ = fs::remove_file(&keys_path);
        }
        created.map_err(|e: Error| e.at(path, || holder::writer_of(path)))
    }

    /// Opens an existing vault as the session's operator (named as the unlock screen lists
    /// them; an empty name means the only operator) with their passphrase. On any failure the
    /// vault and its key file are left byte-identical. The audit names the operator the
    /// passphrase opened, whatever name was typed.
    pub fn open(path: &Path, passphrase: &Passphrase, session: Session) -> Result<Vault> {
        let opened = (|| {
            precheck_file(path)?;
            if passphrase.as_bytes().is_empty() {
                return Err(Error::PassphraseEmpty);
            }
            copy::finish_restore(path)?;
            let Some(file) = KeyFile::read(&keys::path_of(path))? else {
                return Vault::open_without_slots(path, passphrase, session);
            };
            let slot = file.operator_slot(&session.operator)?.clone();
            let slot_key = slot
                .unlock(passphrase.as_bytes(), &file.vault_id)?
                .ok_or_else(|| Error::WrongPassphrase { path: path.to_owned() })?;
            let (conn, key) = rekey::open_with_slot(path, file, &slot, &slot_key, Some(passphrase))?;
            let mut vault = Vault::opened(conn, path, key, session, &slot)?;
            if matches!(vault.key, Key::Passphrase(_)) {
                // Getting key slots was cut short: finish it.
                let file = vault.key_file()?;
                vault.rekey_with(file, |_, _| {})?;
            }
            Ok(vault)
        })();
        let vault = opened.map_err(|e| e.at(path, || holder::writer_of(path)))?;
        vault.remove_abandoned_backups();
        Ok(vault)
    }

    /// The rest of opening, once `conn` is keyed with `key`: the schema brought up to date
    /// (with a backup first), the vault's metadata checked, the operator of `slot` loaded.
    fn opened(conn: Connection, path: &Path, key: Key, mut session: Session, slot: &Slot) -> Result<Vault> {
        let version = Vault::prepare(&conn, path, &key, &session)?;
        let vault_id: Option<String> =
            conn.query_row("SELECT value FROM vault_meta WHERE key = 'vault_id'", [], |r| r.get(0)).optional()?;
        let file_id = KeyFile::read(&keys::path_of(path))?.map(|f| f.vault_id);
        if vault_id.is_none() || vault_id != file_id {
            return Err(Error::refused(crate::why::Why::KeysNotThisVault {}));
        }
        let me = crate::operators::me_by_slot(&conn, &slot.id)?.ok_or_else(|| {
            Error::refused(crate::why::Why::OperatorNotInVault { name: slot.operator.clone().unwrap_or_default() })
        })?;
        session.operator = me.name.clone();
        let vault = Vault { conn, path: path.to_owned(), key, session, me };
        vault.note_upgrade(version)?;
        Ok(vault)
    }

    /// Brings the schema of a just-keyed vault up to date, with a backup first when it is
    /// older, and checks that it is a Custos vault. Returns the schema version it had and
    /// the backup made, noted for the audit once the vault is open.
    fn prepare(conn: &Connection, path: &Path, key: &Key, session: &Session) -> Result<Option<(i64, PathBuf)>> {
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        configure(conn)?;
        let upgraded = if version < SCHEMA_VERSION {
            let backup = crate::backups::before_upgrade(conn, path, key, session.clock.now())?;
            schema::migrate(conn, version, SCHEMA_VERSION)?;
            Some((version, backup))
        } else {
            None
        };
        let created: i64 =
            conn.query_row("SELECT count(*) FROM vault_meta WHERE key = 'created_at'", [], |r| r.get(0))?;
        if created != 1 {
            return Err(Error::NotAVault { path: path.to_owned(), reason: NotAVaultWhy::MetadataMissing });
        }
        Ok(upgraded)
    }

    /// Records the backup made before a schema upgrade.
    fn note_upgrade(&self, upgraded: Option<(i64, PathBuf)>) -> Result<()> {
        if let Some((version, backup)) = upgraded {
            self.write(|w| {
                let details = serde_json::json!({
                    "file": backup.display().to_string(),
                    "before_upgrade_from_schema": version,
                });
                w.audit(Action::BackupCreated, Target::Vault, details)
            })?;
        }
        Ok(())
    }

    /// Where this vault's file is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// What this vault's file is keyed with (for copies keyed like it).
    pub(crate) fn key(&self) -> &Key {
        &self.key
    }

    /// Who is working in this session: the operator the passphrase opened the vault for.
    pub fn operator(&self) -> &str {
        &self.me.name
    }

    pub(crate) fn me(&self) -> &Me {
        &self.me
    }

    pub(crate) fn set_my_role(&mut self, role: Role) {
        self.me.role = role;
    }

    /// The session's current time.
    pub fn now(&self) -> DateTime<Utc> {
        self.session.clock.now()
    }

    /// Closes the vault. The passphrase is wiped from memory and the write-ahead log is
    /// folded into the file.
    pub fn lock(self) {
        // Best effort: the connection closes (and checkpoints) on drop either way.
        let _ = self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
        drop(self);
    }

    /// Folds the write-ahead log into the file and truncates it to nothing, so page images
    /// written before (e.g. of data just erased) do not stay in the `-wal` file. False when
    /// another connection held the log and it could not be emptied.
    pub(crate) fn empty_write_ahead_log(&self) -> Result<bool> {
        let busy: i64 = self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
        Ok(busy == 0)
    }

    /// Reads every page and checks both SQLCipher's page MACs and SQLite's structure.
    pub fn check(&self) -> Result<IntegrityReport> {
        copy::integrity(&self.conn)
    }

    /// Runs read-only work on the connection. Refused until an operator who must choose
    /// their own passphrase has.
    pub(crate) fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        self.passphrase_chosen()?;
        f(&self.conn).map_err(|e| self.located(e))
    }

    /// Refuses everything but choosing a passphrase to an operator who was given a first one.
    fn passphrase_chosen(&self) -> Result<()> {
        if self.me.must_change_passphrase {
            return Err(Error::refused(crate::why::Why::PassphraseMustChange { name: self.me.name.clone() }));
        }
        Ok(())
    }

    /// Runs `f` in one immediate transaction; it commits only if `f` succeeds. A write waits
    /// up to [`crate::error::busy_timeout`] for another program writing to the vault.
    pub(crate) fn write<T>(&self, f: impl FnOnce(&mut Write<'_>) -> Result<T>) -> Result<T> {
        self.passphrase_chosen()?;
        self.write_anyway(f)
    }

    /// The first write of a new seat (`sync::join`): its operator has just chosen their own
    /// passphrase there, so a first one an owner gave them needs no changing any more (and
    /// that travels to the other seats with the write).
    pub(crate) fn write_as_joined<T>(&mut self, f: impl FnOnce(&mut Write<'_>) -> Result<T>) -> Result<T> {
        let (id, must) = (self.me.id, self.me.must_change_passphrase);
        let out = self.write_anyway(|w| {
            if must {
                w.tx.execute("UPDATE operator SET must_change_passphrase = 0 WHERE id = ?1", [id])?;
            }
            f(w)
        })?;
        self.me.must_change_passphrase = false;
        Ok(out)
    }

    /// [`write`](Self::write) for the one change an operator who must choose a passphrase may make.
    fn write_anyway<T>(&self, f: impl FnOnce(&mut Write<'_>) -> Result<T>) -> Result<T> {
        let run = || {
            // In a team, the write's changes are captured (docs/TEAM.md): the session lives on
            // the connection across the transaction, and its changeset is stored before commit.
            let capture = crate::sync::capture::Capture::start(&self.conn)?;
            let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
            let mut w = Write { tx, now: self.session.clock.now(), operator: &self.me.name, role: self.me.role };
            let out = f(&mut w)?;
            if let Some(capture) = capture {
                capture.finish(&w.tx, &self.session.clock)?;
            }
            w.tx.commit()?;
            Ok(out)
        };
        run().map_err(|e| self.located(e))
    }

    /// One immediate transaction without change capture or audit entry: applying the changes
    /// of other seats (docs/TEAM.md), which were audited where they were made.
    pub(crate) fn apply_transaction<T>(&self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        self.passphrase_chosen()?;
        let run = || {
            let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
            let out = f(&tx)?;
            tx.commit()?;
            Ok(out)
        };
        run().map_err(|e| self.located(e))
    }

    /// The session's clock.
    pub(crate) fn clock(&self) -> &Arc<dyn Clock> {
        &self.session.clock
    }

    /// A full disk or a busy vault, said of this vault's file (and who holds it).
    pub(super) fn located(&self, e: Error) -> Error {
        e.at(&self.path, || holder::writer_of(&self.path))
    }

    #[cfg(feature = "bench-plaintext")]
    /// Benchmark only: writes an unencrypted copy of this vault to `dest`.
    pub fn export_plaintext_for_benchmark(&self, dest: &Path) -> Result<()> {
        // ATTACH opens with the vault's flags, which do not create files.
        fs::File::create_new(dest).map_err(|e| Error::io(dest, e))?;
        self.conn.execute("ATTACH DATABASE ?1 AS plaintext KEY ''", [dest.display().to_string()])?;
        self.conn.query_row("SELECT sqlcipher_export('plaintext')", [], |_| Ok(()))?;
        self.conn.pragma_update(Some("plaintext"), "user_version", SCHEMA_VERSION)?;
        self.conn.execute("DETACH DATABASE plaintext", [])?;
        Ok(())
    }

    #[cfg(feature = "bench-plaintext")]
    /// Benchmark only: opens an unencrypted copy made by `export_plaintext_for_benchmark`.
    pub fn open_plaintext_for_benchmark(path: &Path, session: Session) -> Result<Vault> {
        let conn = open_connection(path, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
        configure(&conn)?;
        // A cached copy from an older build is brought up to date like a vault.
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        schema::migrate(&conn, version, SCHEMA_VERSION)?;
        let me = Me {
            id: None,
            slot: None,
            name: session.operator.clone(),
            role: Role::Owner,
            must_change_passphrase: false,
        };
        Ok(Vault { conn, path: path.to_owned(), key: Key::Passphrase(Passphrase::new("")), session, me })
    }
}

/// Collects query rows into a vector.
pub(crate) fn rows<T>(iter: impl Iterator<Item = rusqlite::Result<T>>) -> Result<Vec<T>> {
    Ok(iter.collect::<rusqlite::Result<_>>()?)
}

/// One write transaction in progress, with its time and operator.
pub(crate) struct Write<'v> {
    pub tx: Transaction<'v>,
    pub now: DateTime<Utc>,
    pub operator: &'v str,
    pub role: Role,
}

impl Write<'_> {
    /// Appends an audit entry inside this transaction, once the operator's role allows the
    /// action (else the whole transaction is rolled back: see [`crate::operators`]).
    pub fn audit(&self, action: Action, target: Target, details: serde_json::Value) -> Result<()> {
        crate::operators::check(&self.tx, self.role, action, &target)?;
        audit::append(&self.tx, self.now, self.operator, action, target, details)
    }

    pub fn now_ts(&self) -> Ts {
        Ts(self.now)
    }

    /// The id of the next row of a synced `table`, from this seat's range (docs/TEAM.md,
    /// "Identity"): every insert into a synced table names it.
    pub fn next_id(&self, table: crate::sync::ids::Table) -> Result<i64> {
        crate::sync::ids::next_id(&self.tx, table)
    }
}

/// Opens and keys `path`, telling apart: missing, not a vault, damaged, wrong passphrase,
/// newer schema. Nothing is written until every check has passed.
fn open_keyed(path: &Path, key: &Key, flags: OpenFlags) -> Result<Connection> {
    precheck_file(path)?;
    let conn = open_connection(path, flags | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
    silence_sqlcipher(&conn)?;
    self::key(&conn, key)?;
    match conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0)) {
        Ok(_) => {}
        Err(e) if sqlite_code(&e) == Some(rusqlite::ErrorCode::NotADatabase) => {
            return Err(Error::WrongPassphrase { path: path.to_owned() });
        }
        Err(e) if sqlite_code(&e) == Some(rusqlite::ErrorCode::DatabaseCorrupt) => {
            return Err(Error::Damaged { location: path.display().to_string(), reason: e.to_string() });
        }
        Err(e) => return Err(e.into()),
    }
    let app_id: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
    if app_id != schema::APPLICATION_ID {
        return Err(Error::NotAVault { path: path.to_owned(), reason: NotAVaultWhy::OtherProgram });
    }
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version > SCHEMA_VERSION {
        return Err(Error::SchemaTooNew { path: path.to_owned(), found: version, supported: SCHEMA_VERSION });
    }
    Ok(conn)
}

/// A read-write connection to the vault file at `path`, keyed with `key`, checked like any
/// opening (a new seat's copy is put in order on it before it becomes a vault: sync::join).
pub(crate) fn open_raw(path: &Path, key: &Key) -> Result<Connection> {
    open_keyed(path, key, OpenFlags::SQLITE_OPEN_READ_WRITE)
}

/// Looks at the raw file before keying it: what cannot be a vault is said so plainly.
fn precheck_file(path: &Path) -> Result<()> {
    let meta = match fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(Error::VaultNotFound { path: path.to_owned() });
        }
        Err(e) => return Err(Error::io(path, e)),
    };
    let not_a_vault = |reason| Err(Error::NotAVault { path: path.to_owned(), reason });
    if let Some(kind) = crate::files::not_a_file(&meta) {
        // Never opened: opening a named pipe would wait for a writer for good.
        return not_a_vault(NotAVaultWhy::NotAFile(kind));
    }
    let mut head = Vec::with_capacity(PAGE_SIZE as usize);
    fs::File::open(path).and_then(|f| f.take(PAGE_SIZE).read_to_end(&mut head)).map_err(|e| Error::io(path, e))?;
    if head.is_empty() {
        return not_a_vault(NotAVaultWhy::Empty);
    }
    if head.starts_with(b"SQLite format 3\0") {
        return not_a_vault(NotAVaultWhy::UnencryptedSqlite);
    }
    if (head.len() as u64) < PAGE_SIZE || byte_entropy(&head) < 7.0 {
        return not_a_vault(NotAVaultWhy::NotEncrypted);
    }
    if meta.len() % PAGE_SIZE != 0 {
        return Err(Error::Damaged {
            location: path.display().to_string(),
            reason: format!("its length, {} bytes, is not a whole number of pages: it was cut short", meta.len()),
        });
    }
    Ok(())
}

/// Shannon entropy in bits per byte: encrypted pages sit near 8, text and documents far lower.
fn byte_entropy(bytes: &[u8]) -> f64 {
    let mut counts = [0usize; 256];
    for &b in bytes {
        counts[b as usize] += 1;
    }
    let n = bytes.len() as f64;
    counts.iter().filter(|&&c| c > 0).map(|&c| c as f64 / n).map(|p| -p * p.log2()).sum()
}

fn sqlite_code(e: &rusqlite::Error) -> Option<rusqlite::ErrorCode> {
    e.sqlite_error_code()
}

/// Waits until SQLCipher has finished setting itself up in this process; the first caller
/// runs that set-up. Call it before opening any SQLCipher connection outside the vault
/// (tools, tests): the vault's own connections already come through [`open_connection`].
///
/// SQLite marks itself initialised a moment before it runs SQLCipher's set-up, outside its
/// own lock. A second thread that opens and keys a connection in that moment is refused its
/// key ("An error occurred with PRAGMA key"), so the first connections of a process that
/// start together need this gate.
#[allow(unsafe_code)]
pub fn sqlcipher_ready() -> Result<()> {
    static READY: std::sync::OnceLock<std::ffi::c_int> = std::sync::OnceLock::new();
    // SAFETY: `sqlite3_initialize` takes no arguments and may be called at any time; the
    // first call does the set-up and later calls return at once.
    let rc = *READY.get_or_init(|| unsafe { rusqlite::ffi::sqlite3_initialize() });
    if rc != rusqlite::ffi::SQLITE_OK {
        return Err(Error::Internal(format!("SQLCipher could not start (code {rc})")));
    }
    Ok(())
}

/// Opens a connection once SQLCipher is ready to key it (see [`sqlcipher_ready`]). Every
/// connection waits [`crate::error::busy_timeout`] for another writer before it gives up.
fn open_connection(path: &Path, flags: OpenFlags) -> Result<Connection> {
    sqlcipher_ready()?;
    let conn = Connection::open_with_flags(path, flags)?;
    conn.busy_timeout(crate::error::busy_timeout())?;
    Ok(conn)
}

/// Whether a process with this id runs (on Linux; elsewhere it is assumed to, so nothing of
/// a backup still being written is removed).
fn process_is_running(pid: u32) -> bool {
    if cfg!(target_os = "linux") { Path::new(&format!("/proc/{pid}")).exists() } else { true }
}

fn silence_sqlcipher(conn: &Connection) -> Result<()> {
    conn.query_row("PRAGMA cipher_log_level = NONE", [], |_| Ok(())).or_else(|e| match e {
        rusqlite::Error::QueryReturnedNoRows => Ok(()),
        e => Err(e),
    })?;
    Ok(())
}

/// The connection settings every vault runs with.
fn configure(conn: &Connection) -> Result<()> {
    conn.pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(()))?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", true)?;
    conn.pragma_update(None, "secure_delete", true)?;
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    conn.pragma_update(None, "cache_size", CACHE_SIZE_KIB)?;
    Ok(())
}

/// `path` with `suffix` added to its file name: `vault.custos` → `vault.custos-wal`.
pub(crate) fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(suffix);
    path.with_file_name(name)
}

/// SQLite's write-ahead log and shared-memory files beside a database.
pub(crate) fn sidecars(path: &Path) -> [PathBuf; 2] {
    [with_suffix(path, "-wal"), with_suffix(path, "-shm")]
}

/// The statement value that keys a raw SQLCipher connection to the vault file at `path`, for
/// tools that read the file without Custos ("never locked in"): the data key as `x'<hex>'`,
/// opened through the slot of `operator` (empty: the only one) with `passphrase`; for a vault
/// made before key slots, the passphrase itself.
pub fn sqlcipher_key(path: &Path, passphrase: &Passphrase, operator: &str) -> Result<zeroize::Zeroizing<String>> {
    Ok(match copy::key_of_copy(path, passphrase, operator)? {
        Key::Raw(k) => k.sqlcipher_key(),
        Key::Passphrase(p) => zeroize::Zeroizing::new(String::from_utf8_lossy(p.as_bytes()).into_owned()),
    })
}

/// Where the key file of the vault at `path` is (`<vault>-keys`).
pub fn keys_path(path: &Path) -> PathBuf {
    keys::path_of(path)
}

/// A new vault's id: 128 random bits in hex.
pub(crate) fn new_vault_id() -> Result<String> {
    let mut id = [0u8; 16];
    slots::random(&mut id)?;
    Ok(hex::encode(id))
}

/// Keys the connection through `sqlite3_key`, so neither the passphrase nor the data key
/// ever becomes SQL text.
#[allow(unsafe_code)]
fn key(conn: &Connection, key: &Key) -> Result<()> {
    let raw;
    let bytes = match key {
        Key::Passphrase(p) => p.as_bytes(),
        Key::Raw(k) => {
            raw = k.sqlcipher_key();
            raw.as_bytes()
        }
    };
    if bytes.is_empty() {
        // SQLCipher takes an empty key for "no encryption" and refuses it here (SQLITE_MISUSE).
        return Err(Error::PassphraseEmpty);
    }
    let len = std::ffi::c_int::try_from(bytes.len())
        .map_err(|_| Error::invalid("passphrase", crate::why::Why::PassphraseTooLong {}))?;
    // SAFETY: the handle is live for as long as `conn`; SQLCipher copies `len` bytes from `bytes`.
    let rc = unsafe { rusqlite::ffi::sqlite3_key(conn.handle(), bytes.as_ptr().cast(), len) };
    if rc != rusqlite::ffi::SQLITE_OK {
        return Err(Error::Internal(format!("SQLCipher refused the key (code {rc})")));
    }
    Ok(())
}
