//! The vault: one SQLCipher-encrypted SQLite file, opened with a passphrase.
//!
//! Keyed with SQLCipher 4's defaults (PBKDF2-HMAC-SHA512, 256,000 iterations, 4 KiB pages),
//! so any SQLCipher 4 tool opens it with the same passphrase. Domain modules reach the
//! database through [`Vault::read`] and [`Vault::write`]; every write is one transaction
//! that also appends to the audit log.

mod copy;
mod holder;
mod passphrase;
pub(crate) mod schema;

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};
use serde::Serialize;

pub use copy::{Copied, CopyJob, check_file};
pub(crate) use copy::{PARTIAL, check_opens, copy_for_restore, remove_with_sidecars};
pub use passphrase::{CrackTime, MIN_PASSPHRASE_CHARS, Passphrase, Strength};
pub use schema::SCHEMA_VERSION;

use crate::audit::{self, Action, Target};
use crate::clock::{Clock, SystemClock};
use crate::error::{Error, Result};
use crate::ts::Ts;

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

/// What `Vault::check` found.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct IntegrityReport {
    pub ok: bool,
    pub problems: Vec<String>,
}

/// An open, unlocked vault.
pub struct Vault {
    conn: Connection,
    path: PathBuf,
    passphrase: Passphrase,
    session: Session,
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vault").field("path", &self.path).finish_non_exhaustive()
    }
}

impl Vault {
    /// Creates a new vault at `path`. Refuses a short passphrase or an existing file.
    pub fn create(path: &Path, passphrase: &Passphrase, session: Session) -> Result<Vault> {
        let session = session.checked()?;
        passphrase.check_new()?;
        if path.exists() {
            return Err(Error::AlreadyExists { path: path.to_owned() });
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
            let conn = open_connection(
                path,
                OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )?;
            silence_sqlcipher(&conn)?;
            key(&conn, passphrase)?;
            conn.pragma_update(None, "application_id", schema::APPLICATION_ID)?;
            configure(&conn)?;
            schema::migrate(&conn, 0, SCHEMA_VERSION)?;
            let vault = Vault { conn, path: path.to_owned(), passphrase: passphrase.clone(), session };
            vault.write(|w| {
                w.tx.execute(
                    "INSERT INTO vault_meta (key, value) VALUES ('created_at', ?1)",
                    [crate::ts::format(w.now)],
                )?;
                w.audit(Action::VaultCreated, Target::Vault, serde_json::json!({}))
            })?;
            Ok(vault)
        })();
        if created.is_err() {
            copy::remove_with_sidecars(path);
        }
        created.map_err(|e: Error| e.at(path, || holder::writer_of(path)))
    }

    /// Opens an existing vault. On any failure the file is left byte-identical.
    pub fn open(path: &Path, passphrase: &Passphrase, session: Session) -> Result<Vault> {
        let session = session.checked()?;
        let opened = (|| {
            let conn = open_keyed(path, passphrase, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
            let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
            configure(&conn)?;
            let upgraded = if version < SCHEMA_VERSION {
                let backup = crate::backups::before_upgrade(&conn, path, passphrase, session.clock.now())?;
                schema::migrate(&conn, version, SCHEMA_VERSION)?;
                Some(backup)
            } else {
                None
            };
            let created: i64 =
                conn.query_row("SELECT count(*) FROM vault_meta WHERE key = 'created_at'", [], |r| r.get(0))?;
            if created != 1 {
                return Err(Error::NotAVault {
                    path: path.to_owned(),
                    reason: "its Custos metadata is missing".into(),
                });
            }
            let vault = Vault { conn, path: path.to_owned(), passphrase: passphrase.clone(), session };
            if let Some(backup) = upgraded {
                vault.write(|w| {
                    let details = serde_json::json!({
                        "file": backup.display().to_string(),
                        "before_upgrade_from_schema": version,
                    });
                    w.audit(Action::BackupCreated, Target::Vault, details)
                })?;
            }
            Ok(vault)
        })();
        let vault = opened.map_err(|e| e.at(path, || holder::writer_of(path)))?;
        vault.remove_abandoned_backups();
        Ok(vault)
    }

    /// Where this vault's file is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The passphrase this vault was opened with (for copies keyed like it).
    pub(crate) fn passphrase(&self) -> &Passphrase {
        &self.passphrase
    }

    /// Who is working in this session.
    pub fn operator(&self) -> &str {
        &self.session.operator
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

    /// Re-encrypts the whole file under a new passphrase.
    pub fn change_passphrase(&mut self, new: &Passphrase) -> Result<()> {
        new.check_new()?;
        // SQLCipher re-keys in rollback-journal mode only.
        self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        self.conn.pragma_update_and_check(None, "journal_mode", "DELETE", |_| Ok(()))?;
        let rekeyed = rekey(&self.conn, new);
        self.conn.pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(()))?;
        rekeyed?;
        self.passphrase = new.clone();
        self.write(|w| w.audit(Action::PassphraseChanged, Target::Vault, serde_json::json!({})))
    }

    /// Reads every page and checks both SQLCipher's page MACs and SQLite's structure.
    pub fn check(&self) -> Result<IntegrityReport> {
        copy::integrity(&self.conn)
    }

    /// Runs read-only work on the connection.
    pub(crate) fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        f(&self.conn).map_err(|e| self.located(e))
    }

    /// Runs `f` in one immediate transaction; it commits only if `f` succeeds. A write waits
    /// up to [`crate::error::busy_timeout`] for another program writing to the vault.
    pub(crate) fn write<T>(&self, f: impl FnOnce(&mut Write<'_>) -> Result<T>) -> Result<T> {
        let run = || {
            let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
            let mut w = Write { tx, now: self.session.clock.now(), operator: &self.session.operator };
            let out = f(&mut w)?;
            w.tx.commit()?;
            Ok(out)
        };
        run().map_err(|e| self.located(e))
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
        Ok(Vault { conn, path: path.to_owned(), passphrase: Passphrase::new(""), session })
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
}

impl Write<'_> {
    /// Appends an audit entry inside this transaction.
    pub fn audit(&self, action: Action, target: Target, details: serde_json::Value) -> Result<()> {
        audit::append(&self.tx, self.now, self.operator, action, target, details)
    }

    pub fn now_ts(&self) -> Ts {
        Ts(self.now)
    }
}

/// Opens and keys `path`, telling apart: missing, not a vault, damaged, wrong passphrase,
/// newer schema. Nothing is written until every check has passed.
fn open_keyed(path: &Path, passphrase: &Passphrase, flags: OpenFlags) -> Result<Connection> {
    precheck_file(path)?;
    let conn = open_connection(path, flags | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
    silence_sqlcipher(&conn)?;
    key(&conn, passphrase)?;
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
        return Err(Error::NotAVault {
            path: path.to_owned(),
            reason: "it is an encrypted database of another program".into(),
        });
    }
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version > SCHEMA_VERSION {
        return Err(Error::SchemaTooNew { path: path.to_owned(), found: version, supported: SCHEMA_VERSION });
    }
    Ok(conn)
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
    let not_a_vault = |reason: &str| Err(Error::NotAVault { path: path.to_owned(), reason: reason.into() });
    if let Some(kind) = crate::files::not_a_file(&meta) {
        // Never opened: opening a named pipe would wait for a writer for good.
        return not_a_vault(&format!("it is {kind}"));
    }
    let mut head = Vec::with_capacity(PAGE_SIZE as usize);
    fs::File::open(path).and_then(|f| f.take(PAGE_SIZE).read_to_end(&mut head)).map_err(|e| Error::io(path, e))?;
    if head.is_empty() {
        return not_a_vault("the file is empty");
    }
    if head.starts_with(b"SQLite format 3\0") {
        return not_a_vault("it is an unencrypted SQLite database");
    }
    if (head.len() as u64) < PAGE_SIZE || byte_entropy(&head) < 7.0 {
        return not_a_vault("its content is not encrypted data");
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

/// Keys the connection through `sqlite3_key`, so the passphrase never becomes SQL text.
#[allow(unsafe_code)]
fn key(conn: &Connection, passphrase: &Passphrase) -> Result<()> {
    let bytes = passphrase.as_bytes();
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

#[allow(unsafe_code)]
fn rekey(conn: &Connection, passphrase: &Passphrase) -> Result<()> {
    let bytes = passphrase.as_bytes();
    let len = std::ffi::c_int::try_from(bytes.len())
        .map_err(|_| Error::invalid("passphrase", crate::why::Why::PassphraseTooLong {}))?;
    // SAFETY: as in `key`.
    let rc = unsafe { rusqlite::ffi::sqlite3_rekey(conn.handle(), bytes.as_ptr().cast(), len) };
    if rc != rusqlite::ffi::SQLITE_OK {
        return Err(Error::Internal(format!("SQLCipher could not re-key the vault (code {rc})")));
    }
    Ok(())
}
