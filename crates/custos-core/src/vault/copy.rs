//! Copies of a vault: backups, restores, and the check of a backup file. One mechanism makes
//! every copy ([`CopyJob`]):
//!
//! - the source is read by two connections of its own in one read transaction each, started
//!   so that both see the same state (`same_snapshot`): the copy is one consistent snapshot
//!   while the vault's own connection goes on serving and writing (WAL lets a writer work
//!   beside the readers, and the copy never restarts);
//! - one reader copies that snapshot with SQLite's online backup into a new file keyed with
//!   the same key (or, for a re-key, the new one), with no journal and no syncing page by page (nobody else can see
//!   the file yet) and makes it a single file (rollback-journal mode); at the same time, on
//!   the other core, the other reader runs SQLite's `integrity_check` on the same snapshot;
//! - the copy is then proven to be that snapshot page for page: the same page count, and
//!   SQLCipher's check of every page's MAC on the copy (a page's MAC binds its content and
//!   number to the key, and the file is new, so a page that was not written as copied fails);
//!   then it is synced to disk as a whole;
//! - only then does it get its final name (renamed, and the folder synced). A copy cut short
//!   keeps its temporary name and is removed the next time the vault opens.
//!
//! Checking after copying, on the copy, took 10.5 s for the benchmark vault where the
//! issue asked for 8 (2 cores): the copy is bound by re-encrypting (HMAC-SHA512 is 38 % of
//! the time) and `integrity_check` by one core, so they run side by side instead. "Check a
//! backup" (`check_file`) runs both checks on the backup file itself.
//!
//! Architecture invariant: nothing takes a backup's or a restore's final name before its
//! copy has passed the check.

use std::fs;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use super::{
    IntegrityReport, Key, Passphrase, Session, Vault, key, keys, open_connection, open_keyed, process_is_running,
    silence_sqlcipher, with_suffix,
};
use crate::audit::{Action, Target};
use crate::error::{Error, Result};

/// The page cache of the connection that runs `integrity_check` on the snapshot being copied
/// (1 GiB at most, taken only as pages are read): the benchmark vault's check took 6.6 s
/// with 256 MiB and 5.2 s with this.
const CHECK_CACHE_KIB: i64 = -1_048_576;

/// Pages copied per step of the online backup (8 MiB): how often progress is reported.
const STEP_PAGES: std::ffi::c_int = 2048;

/// The suffix of a backup while it is written.
pub(crate) const PARTIAL: &str = ".partial";

/// What a finished copy holds, counted on the copy itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copied {
    pub contacts: u64,
    pub messages: u64,
}

/// A verified copy of a vault file to be made into `dest`, on connections of its own: run it
/// on any thread ([`CopyJob::run`]) while the vault serves other work.
pub struct CopyJob {
    source: PathBuf,
    dest: PathBuf,
    source_key: Key,
    dest_key: Key,
    /// The source's key file goes with the copy (a backup, a restore), not with a re-key's.
    carry_keys: bool,
}

impl std::fmt::Debug for CopyJob {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CopyJob").field("source", &self.source).field("dest", &self.dest).finish_non_exhaustive()
    }
}

impl CopyJob {
    /// A copy of the vault file `source` (opened with `key`) into `dest`, keyed the same, with
    /// the source's key file beside it.
    pub(crate) fn new(source: &Path, dest: &Path, key: &Key) -> CopyJob {
        CopyJob {
            source: source.to_owned(),
            dest: dest.to_owned(),
            source_key: key.clone(),
            dest_key: key.clone(),
            carry_keys: true,
        }
    }

    /// A copy of `source` (opened with `from`) keyed with `to`: a re-key's.
    pub(crate) fn rekeying(source: &Path, dest: &Path, from: &Key, to: &Key) -> CopyJob {
        CopyJob {
            source: source.to_owned(),
            dest: dest.to_owned(),
            source_key: from.clone(),
            dest_key: to.clone(),
            carry_keys: false,
        }
    }

    /// Where the copy will be.
    pub fn dest(&self) -> &Path {
        &self.dest
    }

    /// The temporary name the copy has until it has passed its check.
    pub(crate) fn partial(&self) -> PathBuf {
        with_suffix(&self.dest, PARTIAL)
    }

    /// Makes the copy: written under [`partial`](Self::partial), checked, synced, renamed.
    /// `progress(done_pages, total_pages)` is called as it goes. On failure nothing is left
    /// behind. Refuses to replace an existing `dest`.
    pub fn run(&self, mut progress: impl FnMut(u64, u64)) -> Result<Copied> {
        if self.dest.exists() {
            return Err(Error::AlreadyExists { path: self.dest.clone() });
        }
        let partial = self.partial();
        remove_sidecars(&partial);
        let made = self.copy_into(&partial, &mut progress).and_then(|copied| {
            // `rename` replaces silently: look once more, right before it.
            if self.dest.exists() {
                return Err(Error::AlreadyExists { path: self.dest.clone() });
            }
            // The key file first: a copy never has its name without the keys that open it.
            if self.carry_keys {
                keys::copy(&self.source, &self.dest)?;
            }
            fs::rename(&partial, &self.dest).map_err(|e| Error::io(&self.dest, e))?;
            sync_folder_of(&self.dest);
            Ok(copied)
        });
        if made.is_err() {
            remove_with_sidecars(&partial);
            if self.carry_keys && !self.dest.exists() {
                let _ = fs::remove_file(keys::path_of(&self.dest));
            }
        }
        made.map_err(|e| e.at(&self.dest, || None))
    }

    fn copy_into(&self, partial: &Path, progress: &mut dyn FnMut(u64, u64)) -> Result<Copied> {
        reading(&self.source, || self.copy_from_source(partial, progress))
    }

    fn copy_from_source(&self, partial: &Path, progress: &mut dyn FnMut(u64, u64)) -> Result<Copied> {
        // A job from [`Vault::copy_job`] reserved its name already.
        if !partial.exists() {
            crate::files::create_private(partial).map_err(|e| Error::io(partial, e))?;
        }
        // Two readers of the source, keyed at once: one copies, one checks.
        let (source, checker) = std::thread::scope(|scope| {
            let checker = scope.spawn(|| open_keyed(&self.source, &self.source_key, OpenFlags::SQLITE_OPEN_READ_ONLY));
            let source = open_keyed(&self.source, &self.source_key, OpenFlags::SQLITE_OPEN_READ_ONLY);
            (source, checker.join().unwrap_or_else(|_| Err(Error::Internal("opening the vault stopped".into()))))
        });
        let (source, checker) = (source?, checker?);
        checker.pragma_update(None, "cache_size", CHECK_CACHE_KIB)?;
        let mut out = open_connection(partial, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
        silence_sqlcipher(&out)?;
        key(&out, &self.dest_key)?;
        // Nobody else can see this file until it is renamed, and a copy cut short is thrown
        // away: no journal and no sync per page; the whole file is synced once, checked.
        out.pragma_update(None, "journal_mode", "OFF")?;
        out.pragma_update(None, "synchronous", "OFF")?;
        same_snapshot(&source, &checker)?;
        let pages: i64 = checker.query_row("PRAGMA page_count", [], |r| r.get(0))?;
        // The snapshot is checked while it is copied, each on its own core; then the copy is
        // proven to be that snapshot, page for page: as many pages, each one's MAC right for its
        // number under the vault's key (the file is new: no page of it was there before).
        let (copied, pages_found, structure) = std::thread::scope(|scope| {
            let structure = scope.spawn(move || {
                let problems = found(structure_problems(&checker));
                let _ = checker.execute_batch("COMMIT");
                problems
            });
            let copied = self.copy_snapshot(&source, &mut out, progress);
            let _ = source.execute_batch("COMMIT");
            let pages_found = copied.as_ref().ok().map(|_| {
                let written: i64 = out.query_row("PRAGMA page_count", [], |r| r.get(0))?;
                let mut problems = found(page_problems(&out))?;
                if written != pages {
                    problems.push(format!("the copy has {written} pages where the vault has {pages}"));
                }
                Ok::<_, Error>(problems)
            });
            (copied, pages_found, structure.join().unwrap_or_else(|_| Err(Error::Internal("the check stopped".into()))))
        });
        drop(source);
        let copied = copied.map_err(|e| self.damaged_source(e))?;
        let mut problems = structure?;
        problems.extend(pages_found.unwrap_or_else(|| Ok(Vec::new()))?);
        if !problems.is_empty() {
            return Err(Error::Damaged { location: self.source.display().to_string(), reason: problems.join("; ") });
        }
        out.close().map_err(|(_, e)| Error::Database(e))?;
        fs::File::open(partial).and_then(|f| f.sync_all()).map_err(|e| Error::io(partial, e))?;
        Ok(copied)
    }

    /// Counts what the snapshot `source` reads holds, then copies it into `out` and turns
    /// the copy into a single file (rollback-journal mode: it opens for reading anywhere, a
    /// read-only drive too, with no -wal or -shm beside it; a restored vault goes back to WAL
    /// when it is opened).
    fn copy_snapshot(
        &self,
        source: &Connection,
        out: &mut Connection,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<Copied> {
        let count = |table: &str| -> Result<u64> {
            let n: i64 = source.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?;
            Ok(u64::try_from(n).unwrap_or(0))
        };
        let copied = Copied { contacts: count("contact")?, messages: count("message")? };
        backup(source, out, progress)?;
        out.pragma_update_and_check(None, "journal_mode", "DELETE", |_| Ok(()))?;
        Ok(copied)
    }

    /// A page of the source that cannot be read is damage in the source, said of its file.
    fn damaged_source(&self, e: Error) -> Error {
        match e {
            Error::Damaged { reason, .. } => Error::Damaged { location: self.source.display().to_string(), reason },
            Error::Database(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseCorrupt) => {
                Error::Damaged { location: self.source.display().to_string(), reason: e.to_string() }
            }
            other => other,
        }
    }
}

/// SQLite's online backup from `source` into `out`, step by step.
fn backup(source: &Connection, out: &mut Connection, progress: &mut dyn FnMut(u64, u64)) -> Result<()> {
    let backup = rusqlite::backup::Backup::new(source, out)?;
    loop {
        let step = backup.step(STEP_PAGES)?;
        let p = backup.progress();
        let total = u64::try_from(p.pagecount).unwrap_or(0);
        progress(total.saturating_sub(u64::try_from(p.remaining).unwrap_or(0)), total);
        match step {
            rusqlite::backup::StepResult::Done => return Ok(()),
            rusqlite::backup::StepResult::Busy | rusqlite::backup::StepResult::Locked => {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            _ => {}
        }
    }
}

/// Syncs the folder that holds `path`, so a rename survives a power cut. Best effort: not
/// every system can open a folder for it.
fn sync_folder_of(path: &Path) {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && let Ok(dir) = fs::File::open(dir)
    {
        let _ = dir.sync_all();
    }
}

/// Both checks of the file at `path`, each reading all of it on its own core: SQLite's
/// structure on `conn` (open on it), and the page MACs on a second connection, which then
/// runs `after_pages` (the copy's sync to disk).
fn check_both(
    conn: &Connection,
    path: &Path,
    passphrase: &Key,
    after_pages: impl FnOnce() -> Result<()> + Send,
) -> Result<Vec<String>> {
    let (structure, pages) = std::thread::scope(|scope| {
        let pages = scope.spawn(|| -> Result<Vec<String>> {
            let second = open_connection(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
            silence_sqlcipher(&second)?;
            key(&second, passphrase)?;
            let problems = page_problems(&second)?;
            drop(second);
            after_pages()?;
            Ok(problems)
        });
        let structure = found(structure_problems(conn));
        (structure, pages.join().unwrap_or_else(|_| Err(Error::Internal("the page check stopped".into()))))
    });
    let mut problems = found(pages)?;
    problems.extend(structure?);
    Ok(problems)
}

/// Runs both checks; a page too damaged to read is a finding, not a failure to check.
pub(super) fn integrity(conn: &Connection) -> Result<IntegrityReport> {
    let mut problems = found(page_problems(conn))?;
    problems.extend(found(structure_problems(conn))?);
    Ok(IntegrityReport::of(problems))
}

/// A page too damaged to read is what a check found, not a failure to check.
fn found(problems: Result<Vec<String>>) -> Result<Vec<String>> {
    match problems {
        Err(Error::Damaged { reason, .. }) => Ok(vec![reason]),
        Err(Error::Database(e)) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseCorrupt) => {
            Ok(vec![e.to_string()])
        }
        other => other,
    }
}

/// Starts a read transaction on both connections that sees the same state of the database:
/// `PRAGMA data_version` on `b` changes if anyone committed between its two readings, and
/// `a`'s transaction began between them. Tries again while the vault is being written.
fn same_snapshot(a: &Connection, b: &Connection) -> Result<()> {
    let version = |c: &Connection| -> Result<i64> { Ok(c.query_row("PRAGMA data_version", [], |r| r.get(0))?) };
    let begin = |c: &Connection| -> Result<()> {
        c.execute_batch("BEGIN")?;
        c.query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(()))?;
        Ok(())
    };
    for _ in 0..100 {
        let before = version(b)?;
        begin(a)?;
        begin(b)?;
        if version(b)? == before {
            return Ok(());
        }
        a.execute_batch("COMMIT")?;
        b.execute_batch("COMMIT")?;
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    Err(Error::refused(crate::why::Why::VaultNeverPauses {}))
}

/// SQLCipher's check of every page's MAC: a page changed on disk, or written wrongly.
fn page_problems(conn: &Connection) -> Result<Vec<String>> {
    let mut cipher = conn.prepare("PRAGMA cipher_integrity_check")?;
    let rows = cipher.query_map([], |r| r.get::<_, String>(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// SQLite's `integrity_check`: every b-tree, index and page of the file.
fn structure_problems(conn: &Connection) -> Result<Vec<String>> {
    let mut check = conn.prepare("PRAGMA integrity_check")?;
    let rows = check.query_map([], |r| r.get::<_, String>(0))?;
    Ok(rows.filter(|line| !matches!(line.as_deref(), Ok("ok"))).collect::<rusqlite::Result<_>>()?)
}

/// Checks a backup (or any vault file) with its key without changing it: every page's
/// MAC and SQLite's structure, on a cache as large as a copy's.
pub(crate) fn check_file(path: &Path, passphrase: &Key) -> Result<IntegrityReport> {
    reading(path, || {
        let conn = open_keyed(path, passphrase, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        conn.pragma_update(None, "cache_size", CHECK_CACHE_KIB)?;
        let problems = check_both(&conn, path, passphrase, || Ok(()))?;
        Ok(IntegrityReport::of(problems))
    })
}

/// Runs `read`, which only reads the database at `path`, and then removes the `-wal`/`-shm`
/// files that opening it created (a backup from an older Custos is in WAL mode, and even a
/// read-only connection makes them): reading a backup leaves its folder as it was. Files that
/// were there before — the open vault's own — stay.
fn reading<T>(path: &Path, read: impl FnOnce() -> Result<T>) -> Result<T> {
    let before: Vec<bool> = super::sidecars(path).iter().map(|s| s.exists()).collect();
    let result = read();
    for (sidecar, existed) in super::sidecars(path).iter().zip(before) {
        if !existed {
            let _ = fs::remove_file(sidecar);
        }
    }
    result
}

impl Vault {
    /// Copies the open vault to `dest` with SQLite's online backup, encrypted with the same
    /// passphrase, checked before it takes its name. `progress(done_pages, total_pages)` is
    /// called as it goes.
    pub fn backup_to(&self, dest: &Path, progress: impl FnMut(u64, u64)) -> Result<Copied> {
        let job = self.copy_job(dest)?;
        let copied = job.run(progress);
        self.finish_copy(&job, copied)
    }

    /// Prepares a copy of this vault into `dest`, noted in the vault while it is written, so
    /// that a copy cut short (the process killed, the computer off) is removed the next time
    /// the vault is opened. Hand the job's outcome back to [`finish_copy`](Self::finish_copy).
    pub(crate) fn copy_job(&self, dest: &Path) -> Result<CopyJob> {
        if dest.exists() {
            return Err(Error::AlreadyExists { path: dest.to_owned() });
        }
        let job = CopyJob::new(&self.path, dest, &self.key);
        // The name is taken from now on, so a second job at once picks another.
        let partial = job.partial();
        remove_with_sidecars(&partial);
        crate::files::create_private(&partial).map_err(|e| Error::io(&partial, e))?;
        self.conn
            .execute(
                "INSERT OR REPLACE INTO vault_meta (key, value) VALUES (?1, ?2)",
                rusqlite::params![in_progress_key(&job.partial()), job.partial().display().to_string()],
            )
            .map_err(|e| self.located(e.into()))?;
        Ok(job)
    }

    /// Ends a copy made by a [`copy_job`](Self::copy_job): it is no longer in progress and, if
    /// it was made, the audit says where.
    pub(crate) fn finish_copy(&self, job: &CopyJob, copied: Result<Copied>) -> Result<Copied> {
        let _ = self.conn.execute("DELETE FROM vault_meta WHERE key = ?1", [in_progress_key(&job.partial())]);
        // A job that failed (or never ran) leaves nothing behind.
        remove_with_sidecars(&job.partial());
        let copied = copied?;
        self.write(|w| {
            w.audit(Action::BackupCreated, Target::Vault, serde_json::json!({ "file": job.dest.display().to_string() }))
        })?;
        Ok(copied)
    }

    /// Replaces (or creates) the vault at `target` with the contents of `backup` (opened with
    /// `passphrase`, the one it was made with). The copy is checked before it replaces
    /// anything; refuses to overwrite an existing vault unless `replace`.
    pub fn restore(
        backup: &Path,
        target: &Path,
        passphrase: &Passphrase,
        session: Session,
        replace: bool,
    ) -> Result<Vault> {
        let key = key_of_copy(backup, passphrase, &session.operator)?;
        check_opens(backup, &key)?;
        if target.exists() && !replace {
            return Err(Error::refused(crate::why::Why::RestoreTargetExists { path: target.to_owned() }));
        }
        let restoring = copy_for_restore(backup, target, &key)?;
        put_in_place(&restoring, target)?;
        let vault = Vault::open(target, passphrase, session)?;
        vault.write(|w| {
            w.audit(Action::Restored, Target::Vault, serde_json::json!({ "from": backup.display().to_string() }))
        })?;
        Ok(vault)
    }

    /// Replaces this open vault with `restoring`, a checked copy made beside it by
    /// [`copy_for_restore`]: the vault is closed, the copy takes its name and is opened with
    /// `passphrase`, and the audit records `details`.
    pub(crate) fn replace_with(
        self,
        restoring: &Path,
        passphrase: &Passphrase,
        details: serde_json::Value,
    ) -> Result<Vault> {
        let target = self.path.clone();
        let session = self.session.clone();
        self.lock();
        put_in_place(restoring, &target)?;
        let vault = Vault::open(&target, passphrase, session)?;
        vault.write(|w| w.audit(Action::Restored, Target::Vault, details))?;
        Ok(vault)
    }

    /// Removes the partial copies of backups whose process is gone (killed, or the computer
    /// switched off, while it wrote). Best effort: opening never fails because of it.
    pub(super) fn remove_abandoned_backups(&self) {
        let Ok(mut stmt) = self.conn.prepare("SELECT key, value FROM vault_meta WHERE key LIKE 'backup_in_progress:%'")
        else {
            return;
        };
        let noted: Vec<(String, String)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .map(|rows| rows.filter_map(std::result::Result::ok).collect())
            .unwrap_or_default();
        for (key, partial) in noted {
            // `backup_in_progress:<pid>` or `backup_in_progress:<pid>:<file name>`.
            let pid = key.split(':').nth(1).and_then(|p| p.parse::<u32>().ok());
            if pid.is_some_and(process_is_running) {
                continue;
            }
            let partial = PathBuf::from(partial);
            if partial.file_name().is_some_and(|n| n.to_string_lossy().ends_with(PARTIAL)) {
                remove_with_sidecars(&partial);
            }
            let _ = self.conn.execute("DELETE FROM vault_meta WHERE key = ?1", [key]);
        }
    }
}

/// Opens `path` with `passphrase` and closes it again: a wrong passphrase, or a file that is
/// no vault, is said before anything is written.
pub(crate) fn check_opens(path: &Path, passphrase: &Key) -> Result<()> {
    reading(path, || open_keyed(path, passphrase, OpenFlags::SQLITE_OPEN_READ_ONLY).map(drop))
}

/// Copies `backup` into `<target>.restoring` beside the vault it will replace, checked.
pub(crate) fn copy_for_restore(backup: &Path, target: &Path, passphrase: &Key) -> Result<PathBuf> {
    if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    let restoring = with_suffix(target, ".restoring");
    remove_with_sidecars(&restoring);
    CopyJob::new(backup, &restoring, passphrase).run(|_, _| {})?;
    Ok(restoring)
}

/// Gives a checked copy the vault's name: the vault's own log files go first, so none of
/// them is applied to the restored file.
fn put_in_place(restoring: &Path, target: &Path) -> Result<()> {
    for sidecar in super::sidecars(target) {
        let _ = fs::remove_file(sidecar);
    }
    // The restored vault opens with the key file it came with; a backup made before key slots
    // has none, which a marker says. Written before the vault moves, so that a restore cut
    // short between the two renames is finished when the vault is next opened.
    let restored_keys = keys::path_of(restoring);
    if !restored_keys.exists() {
        keys::write_whole(&restored_keys, keys::NO_KEY_FILE)?;
    }
    fs::rename(restoring, target).map_err(|e| Error::io(target, e))?;
    finish_restore(target)?;
    sync_folder_of(target);
    Ok(())
}

/// Puts the key file of a restored vault in place: the last step of a restore, and what
/// opening does when a restore was cut short after the vault took its name.
pub(crate) fn finish_restore(target: &Path) -> Result<()> {
    let restoring = with_suffix(target, ".restoring");
    let (restored_keys, target_keys) = (keys::path_of(&restoring), keys::path_of(target));
    if restoring.exists() || !restored_keys.exists() {
        // No restore, or one whose copy never took the vault's name: the vault's keys stand.
        return Ok(());
    }
    if fs::read(&restored_keys).map_err(|e| Error::io(&restored_keys, e))? == keys::NO_KEY_FILE {
        let _ = fs::remove_file(&target_keys);
        fs::remove_file(&restored_keys).map_err(|e| Error::io(&restored_keys, e))?;
    } else {
        fs::rename(&restored_keys, &target_keys).map_err(|e| Error::io(&target_keys, e))?;
    }
    Ok(())
}

/// The key a copy of a vault (a backup) opens with: its key file's slot of `operator` (empty:
/// its only operator) opened with `passphrase`; the passphrase itself for a copy made before
/// key slots.
pub(crate) fn key_of_copy(path: &Path, passphrase: &Passphrase, operator: &str) -> Result<Key> {
    let Some(file) = keys::KeyFile::read(&keys::path_of(path))? else {
        return Ok(Key::Passphrase(passphrase.clone()));
    };
    let slot = file.operator_slot(operator).or_else(|e| file.operator_slot("").map_err(|_| e))?;
    let slot_key = slot
        .unlock(passphrase.as_bytes(), &file.vault_id)?
        .ok_or_else(|| Error::WrongPassphrase { path: path.to_owned() })?;
    let sealed =
        slot.data_key.as_deref().or(slot.next_data_key.as_deref()).ok_or_else(|| {
            Error::refused(crate::why::Why::KeysDamaged { reason: "a slot without a data key".into() })
        })?;
    Ok(Key::Raw(slot.open(&slot_key, sealed, &file.vault_id)?))
}

/// The `vault_meta` key that notes a copy being written to `partial` by this process.
fn in_progress_key(partial: &Path) -> String {
    let name = partial.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    format!("backup_in_progress:{}:{name}", std::process::id())
}

/// Removes a database file and whatever SQLite keeps beside it.
pub(crate) fn remove_with_sidecars(path: &Path) {
    let _ = fs::remove_file(path);
    remove_sidecars(path);
}

/// Removes what SQLite keeps beside a database file.
fn remove_sidecars(path: &Path) {
    for s in super::sidecars(path) {
        let _ = fs::remove_file(s);
    }
    let _ = fs::remove_file(with_suffix(path, "-journal"));
}
