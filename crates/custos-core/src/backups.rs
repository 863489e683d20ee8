//! Automatic backups: the owner's vault file is all they have (SPEC §5), so the vault copies
//! itself without being asked.
//!
//! - **When**: [`Vault::auto_backup`] makes one when the newest automatic backup is a day old
//!   or older (front ends call it after unlocking, off the UI thread; the CLI's
//!   `vault backup --auto` is for cron or a systemd timer), and [`Vault::open`] always makes
//!   one before it migrates the schema.
//! - **Where**: the folder the user chose ([`Vault::set_backup_folder`]), or else the
//!   `backups` folder beside the vault, which for the default vault is the `backups` folder in
//!   the per-user data directory. Each backup is named after the vault and the moment it was
//!   made: `vault-20261204-061500.custos`.
//! - **How**: SQLite's online backup, encrypted with the vault's data key and with the key
//!   file beside it (its slots of that moment: docs/KEYS.md), written under a
//!   temporary name and renamed only after SQLCipher's page check and SQLite's
//!   `integrity_check` pass on the copy ([`Vault::backup_to`]); a copy cut short is removed
//!   the next time the vault opens.
//! - **Rotation** ([`Policy`]): keep the newest backup of each of the last 7 days, 4 weeks and
//!   12 months that have one; the newest backup is always kept, and rotation runs only after
//!   a new backup has passed verification, so it never deletes the only verified copy.
//! - **Erasure**: [`held_until`] says until when the backups that exist today keep what is
//!   erased now, assuming a backup a day from now on.
//!
//! Architecture invariant: the policy lives here; front ends show [`BackupFile`]s and ask.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Datelike, Duration, NaiveDateTime, TimeZone, Utc};
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};

use crate::audit::{Action, Target};
use crate::error::{Error, Result};
use crate::vault::{Copied, CopyJob, Passphrase, Vault};

/// How many backups rotation keeps: the newest of each of the last `daily` days, `weekly`
/// ISO weeks and `monthly` months that have a backup (UTC).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Policy {
    pub daily: usize,
    pub weekly: usize,
    pub monthly: usize,
}

impl Default for Policy {
    fn default() -> Self {
        Policy { daily: 7, weekly: 4, monthly: 12 }
    }
}

/// How old the newest automatic backup may get before the next one is due.
pub fn interval() -> Duration {
    Duration::days(1)
}

const EXTENSION: &str = "custos";
const STAMP: &str = "%Y%m%d-%H%M%S";
/// Where the vault remembers a folder the user chose.
const FOLDER_KEY: &str = "backup_folder";
/// Where the vault remembers what each backup held: `backup_made:<file name>`.
const MADE_KEY: &str = "backup_made:";

/// One backup in the folder.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct BackupFile {
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub path: PathBuf,
    /// When it was made (from its name).
    pub made_at: DateTime<Utc>,
    pub bytes: u64,
    /// The contacts and messages it held, as the vault noted when it made it (absent for a
    /// backup this vault did not make, e.g. one copied in by hand).
    pub contacts: Option<u64>,
    pub messages: Option<u64>,
    /// A passphrase was changed, or the vault re-keyed, after this backup was made: it opens
    /// (and restores) with the passphrases of then, which the key file beside it carries.
    pub before_passphrase_change: bool,
}

/// A backup that was made and checked, and what rotation removed after it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct MadeBackup {
    pub backup: BackupFile,
    #[cfg_attr(feature = "ts", ts(type = "Array<string>"))]
    pub removed: Vec<PathBuf>,
}

/// What [`Vault::auto_backup`] did.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum AutoBackup {
    /// The newest backup is less than a day old: nothing to do.
    NotDue { newest: BackupFile },
    /// A backup was made and checked; rotation removed `removed`.
    Made(MadeBackup),
}

/// A backup into the backup folder, to be made on a connection of its own so that the vault
/// stays free for other work: get one from [`Vault::backup_job`] or
/// [`Vault::auto_backup_job`], [`run`](Self::run) it on any thread, and hand its outcome to
/// [`Vault::finish_backup`].
#[derive(Debug)]
pub struct BackupJob {
    copy: CopyJob,
}

impl BackupJob {
    /// Where the backup will be.
    pub fn dest(&self) -> &Path {
        self.copy.dest()
    }

    /// Copies the vault and checks the copy; `progress(done_pages, total_pages)` as it goes.
    pub fn run(&self, progress: impl FnMut(u64, u64)) -> Result<Copied> {
        self.copy.run(progress)
    }
}

/// The file name of the backup of `vault` made at `at`: `vault-20261204-061500.custos`.
pub fn file_name(vault: &Path, at: DateTime<Utc>) -> String {
    numbered_name(vault, at, 1)
}

/// The `n`th backup name of the same second: `vault-20261204-061500-2.custos` for the second.
fn numbered_name(vault: &Path, at: DateTime<Utc>, n: u32) -> String {
    match n {
        0 | 1 => format!("{}-{}.{EXTENSION}", stem(vault), at.format(STAMP)),
        n => format!("{}-{}-{n}.{EXTENSION}", stem(vault), at.format(STAMP)),
    }
}

/// A name for a backup of `vault` made at `at` that no file in `folder` has yet (two backups
/// within one second — "Back up now" twice, or a restore right after a backup — both keep).
fn free_name(folder: &Path, vault: &Path, at: DateTime<Utc>) -> PathBuf {
    let mut n = 1;
    loop {
        let dest = folder.join(numbered_name(vault, at, n));
        let partial = crate::vault::with_suffix(&dest, crate::vault::PARTIAL);
        if !dest.exists() && !partial.exists() {
            return dest;
        }
        n += 1;
    }
}

fn stem(vault: &Path) -> String {
    vault.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "vault".into())
}

/// When the backup called `name` was made, and which of that second it is (1, 2, …).
fn made_at_numbered(vault: &Path, name: &str) -> Option<(DateTime<Utc>, u32)> {
    let rest = name.strip_prefix(&format!("{}-", stem(vault)))?.strip_suffix(&format!(".{EXTENSION}"))?;
    // "20261204-061500" is 15 characters; a number may follow it: "-2".
    let (stamp, n) = match rest.get(15..) {
        Some("") => (rest, 1),
        Some(tail) => (rest.get(..15)?, tail.strip_prefix('-')?.parse::<u32>().ok().filter(|n| *n >= 2)?),
        None => return None,
    };
    let at = NaiveDateTime::parse_from_str(stamp, STAMP).ok()?;
    Some((Utc.from_utc_datetime(&at), n))
}

/// The backups of `vault` in `folder`, newest first. A missing folder has none.
pub fn list(folder: &Path, vault: &Path) -> Result<Vec<BackupFile>> {
    let entries = match fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io(folder, e)),
    };
    let mut found = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(folder, e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some((at, n)) = made_at_numbered(vault, &name) else { continue };
        let meta = entry.metadata().map_err(|e| Error::io(entry.path(), e))?;
        if !meta.is_file() {
            continue;
        }
        found.push((
            n,
            BackupFile {
                path: entry.path(),
                made_at: at,
                bytes: meta.len(),
                contacts: None,
                messages: None,
                before_passphrase_change: false,
            },
        ));
    }
    found.sort_by_key(|(n, b)| std::cmp::Reverse((b.made_at, *n)));
    Ok(found.into_iter().map(|(_, b)| b).collect())
}

/// Which of the backups made at `made` rotation keeps under `policy`, in the same order.
/// The newest is always kept.
pub fn to_keep(made: &[DateTime<Utc>], policy: Policy) -> Vec<bool> {
    let mut order: Vec<usize> = (0..made.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(made[i]));
    let mut keep = vec![false; made.len()];
    if let Some(&newest) = order.first() {
        keep[newest] = true;
    }
    let mut bucket = |count: usize, key: &dyn Fn(DateTime<Utc>) -> (i32, u32)| {
        let mut seen: Vec<(i32, u32)> = Vec::new();
        for &i in &order {
            let k = key(made[i]);
            if seen.contains(&k) {
                continue;
            }
            if seen.len() == count {
                break;
            }
            seen.push(k);
            keep[i] = true;
        }
    };
    bucket(policy.daily, &|t| (t.year(), t.ordinal()));
    bucket(policy.weekly, &|t| (t.iso_week().year(), t.iso_week().week()));
    bucket(policy.monthly, &|t| (t.year(), t.month()));
    keep
}

/// Until when the backups made at `made` (all before `now`) keep what they hold, if a backup
/// is made every day from `now` on: the moment the last of them rotates out. `None` when
/// there are none.
pub fn held_until(made: &[DateTime<Utc>], now: DateTime<Utc>, policy: Policy) -> Option<DateTime<Utc>> {
    // The backups of today stay at the front of `all`: rotation only ever removes.
    let mut all: Vec<DateTime<Utc>> = made.to_vec();
    let mut old = all.len();
    if old == 0 {
        return None;
    }
    // The widest bucket spans `monthly` months: a generous bound on the days to simulate.
    let horizon = 31 * (policy.monthly as i64 + 1) + 7 * (policy.weekly as i64 + 1) + policy.daily as i64 + 2;
    let mut day = now;
    for _ in 0..horizon {
        day += Duration::days(1);
        all.push(day);
        let keep = to_keep(&all, policy);
        old = keep[..old].iter().filter(|k| **k).count();
        if old == 0 {
            return Some(day);
        }
        all = all.iter().zip(&keep).filter(|(_, k)| **k).map(|(t, _)| *t).collect();
    }
    None
}

impl Vault {
    /// The folder backups go to: the one chosen in Settings, or `backups` beside the vault.
    pub fn backup_folder(&self) -> Result<PathBuf> {
        self.read(chosen_folder).map(|chosen| chosen.unwrap_or_else(|| default_folder(self.path())))
    }

    /// Chooses the folder backups go to (`None`: back to `backups` beside the vault). The
    /// folder is created if needed; it must be given by its full path.
    pub fn set_backup_folder(&self, folder: Option<&Path>) -> Result<PathBuf> {
        self.may(Action::BackupFolderChosen)?;
        if let Some(folder) = folder {
            if folder.as_os_str().is_empty() || !folder.is_absolute() {
                return Err(Error::invalid("backup folder", crate::why::Why::BackupFolderNotAbsolute {}));
            }
            fs::create_dir_all(folder).map_err(|e| Error::io(folder, e))?;
            if !folder.is_dir() {
                return Err(Error::invalid("backup folder", crate::why::Why::BackupFolderNotAFolder {}));
            }
        }
        self.write(|w| {
            match folder {
                Some(folder) => w.tx.execute(
                    "INSERT OR REPLACE INTO vault_meta (key, value) VALUES (?1, ?2)",
                    rusqlite::params![FOLDER_KEY, folder.display().to_string()],
                )?,
                None => w.tx.execute("DELETE FROM vault_meta WHERE key = ?1", [FOLDER_KEY])?,
            };
            w.audit(
                Action::BackupFolderChosen,
                Target::Vault,
                serde_json::json!({ "folder": folder.map(|f| f.display().to_string()) }),
            )
        })?;
        self.backup_folder()
    }

    /// This vault's backups in its backup folder, newest first, with what each held.
    pub fn backups(&self) -> Result<Vec<BackupFile>> {
        let mut found = list(&self.backup_folder()?, self.path())?;
        self.read(|c| {
            // A backup restores with the key file it carries: the passphrases of then, and the
            // data key of then (which a re-key changed).
            let passphrase_changed: Option<crate::ts::Ts> = c.query_row(
                "SELECT max(at) FROM audit_entry WHERE action IN (?1, ?2, ?3, ?4)",
                [
                    Action::PassphraseChanged.code(),
                    Action::VaultRekeyed.code(),
                    Action::KeySlotsCreated.code(),
                    Action::RecoveryUsed.code(),
                ],
                |r| r.get(0),
            )?;
            let passphrase_changed = crate::ts::opt(passphrase_changed);
            let mut noted = c.prepare_cached("SELECT value FROM vault_meta WHERE key = ?1")?;
            for backup in &mut found {
                let value: Option<String> = noted.query_row([made_key(&backup.path)], |r| r.get(0)).optional()?;
                if let Some(held) = value.and_then(|v| serde_json::from_str::<serde_json::Value>(&v).ok()) {
                    backup.contacts = held["contacts"].as_u64();
                    backup.messages = held["messages"].as_u64();
                }
                backup.before_passphrase_change = passphrase_changed.is_some_and(|at| at >= backup.made_at);
            }
            Ok(())
        })?;
        Ok(found)
    }

    /// The automatic backup, if one is due: `None` while the newest backup is less than
    /// [`interval`] old.
    pub fn auto_backup_job(&self) -> Result<Option<BackupJob>> {
        if let Some(newest) = self.backups()?.into_iter().next()
            && self.now() - newest.made_at < interval()
        {
            return Ok(None);
        }
        self.backup_job().map(Some)
    }

    /// A backup into the backup folder now ("Back up now").
    pub fn backup_job(&self) -> Result<BackupJob> {
        let folder = self.backup_folder()?;
        fs::create_dir_all(&folder).map_err(|e| Error::io(&folder, e))?;
        let dest = free_name(&folder, self.path(), self.now());
        Ok(BackupJob { copy: self.copy_job(&dest)? })
    }

    /// Records a backup's outcome: on success the audit entry and what it held, then the
    /// folder is rotated by [`Policy::default`] (only now that a new copy has passed its check,
    /// so rotation never removes the only checked copy).
    pub fn finish_backup(&self, job: BackupJob, copied: Result<Copied>) -> Result<MadeBackup> {
        self.finish_backup_rotating(job, copied, true)
    }

    fn finish_backup_rotating(&self, job: BackupJob, copied: Result<Copied>, rotate: bool) -> Result<MadeBackup> {
        let copied = self.finish_copy(&job.copy, copied)?;
        let dest = job.dest();
        self.write(|w| {
            w.tx.execute(
                "INSERT OR REPLACE INTO vault_meta (key, value) VALUES (?1, ?2)",
                rusqlite::params![
                    made_key(dest),
                    serde_json::json!({ "contacts": copied.contacts, "messages": copied.messages }).to_string()
                ],
            )?;
            Ok(())
        })?;
        let removed = if rotate { self.rotate(Policy::default())? } else { Vec::new() };
        let backup = self
            .backups()?
            .into_iter()
            .find(|b| b.path == dest)
            .ok_or_else(|| Error::Internal(format!("the backup {} vanished after it was made", dest.display())))?;
        Ok(MadeBackup { backup, removed })
    }

    /// Makes the automatic backup if one is due (see [`auto_backup_job`](Self::auto_backup_job)),
    /// on this thread: for the command line and timers.
    pub fn auto_backup(&self, progress: impl FnMut(u64, u64)) -> Result<AutoBackup> {
        match self.auto_backup_job()? {
            Some(job) => {
                let copied = job.run(progress);
                self.finish_backup(job, copied).map(AutoBackup::Made)
            }
            None => {
                let newest = self
                    .backups()?
                    .into_iter()
                    .next()
                    .ok_or_else(|| Error::Internal("no backup is due, yet none is in the backup folder".into()))?;
                Ok(AutoBackup::NotDue { newest })
            }
        }
    }

    /// Makes a backup into the backup folder now, on this thread, and rotates the folder.
    pub fn backup_now(&self, progress: impl FnMut(u64, u64)) -> Result<MadeBackup> {
        let job = self.backup_job()?;
        let copied = job.run(progress);
        self.finish_backup(job, copied)
    }

    /// Gets ready to replace this vault with the contents of `backup`, opened with
    /// `passphrase` (the one the backup was made with, see
    /// [`BackupFile::before_passphrase_change`]): a wrong passphrase is refused first; then the
    /// vault as it is now is backed up (checked, and not rotated, so the backup being restored
    /// stays), and the backup is copied beside the vault and checked. The vault is untouched
    /// until [`complete_restore`](Self::complete_restore).
    pub fn prepare_restore(&self, backup: &Path, passphrase: &Passphrase) -> Result<PreparedRestore> {
        let key = crate::vault::key_of_copy(backup, passphrase, self.operator())?;
        crate::vault::check_opens(backup, &key)?;
        let job = self.backup_job()?;
        let copied = job.run(|_, _| {});
        let before = self.finish_backup_rotating(job, copied, false)?.backup.path;
        let restoring = crate::vault::copy_for_restore(backup, self.path(), &key)?;
        Ok(PreparedRestore { backup: backup.to_owned(), restoring, before, passphrase: passphrase.clone() })
    }

    /// Closes this vault and puts the prepared copy in its place; the restored vault opens
    /// with the backup's passphrase from now on. The audit records where it came from and
    /// the backup of the state before.
    pub fn complete_restore(self, mut prepared: PreparedRestore) -> Result<Vault> {
        let details = serde_json::json!({
            "from": prepared.backup.display().to_string(),
            "before": prepared.before.display().to_string(),
        });
        let restoring = std::mem::take(&mut prepared.restoring);
        self.replace_with(&restoring, &prepared.passphrase, details)
    }

    /// Checks the backup at `backup` with `passphrase` (the operator's passphrase when the
    /// backup was made), or with this vault's key when none is given (right for every backup
    /// made since the vault was last re-keyed).
    pub fn check_backup_job(&self, backup: &Path, passphrase: Option<&Passphrase>) -> CheckJob {
        CheckJob {
            backup: backup.to_owned(),
            passphrase: passphrase.cloned(),
            operator: self.operator().to_owned(),
            key: self.key().clone(),
        }
    }

    /// Removes the backups `policy` does not keep; audited with the files removed.
    pub fn rotate(&self, policy: Policy) -> Result<Vec<PathBuf>> {
        let found = list(&self.backup_folder()?, self.path())?;
        let made: Vec<DateTime<Utc>> = found.iter().map(|b| b.made_at).collect();
        let keep = to_keep(&made, policy);
        let mut removed = Vec::new();
        for (backup, keep) in found.iter().zip(keep) {
            if keep {
                continue;
            }
            match fs::remove_file(&backup.path) {
                Ok(()) => {
                    let _ = fs::remove_file(crate::vault::keys::path_of(&backup.path));
                    removed.push(backup.path.clone())
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(Error::io(&backup.path, e)),
            }
        }
        if removed.is_empty() {
            return Ok(removed);
        }
        self.write(|w| {
            for path in &removed {
                w.tx.execute("DELETE FROM vault_meta WHERE key = ?1", [made_key(path)])?;
            }
            let files: Vec<String> = removed.iter().map(|p| p.display().to_string()).collect();
            w.audit(Action::BackupsRotated, Target::Vault, serde_json::json!({ "removed": files }))
        })?;
        Ok(removed)
    }

    /// Until when this vault's existing backups hold what is in the vault now (what an erasure
    /// now leaves in them), by [`held_until`]; `None` when there are no backups.
    pub fn backups_hold_until(&self) -> Result<Option<DateTime<Utc>>> {
        let made: Vec<DateTime<Utc>> = self.backups()?.iter().map(|b| b.made_at).collect();
        Ok(held_until(&made, self.now(), Policy::default()))
    }

    /// [`backups_hold_until`](Self::backups_hold_until), or, when the backup folder cannot be
    /// read (an external drive not plugged in), the latest any backup can keep data: a month's
    /// copy stays until [`Policy::monthly`] newer months have one, so none outlasts the month
    /// after that many months from now. What erasure records and the erase dialog says.
    pub fn backups_hold_until_at_most(&self) -> Result<Option<DateTime<Utc>>> {
        match self.backups_hold_until() {
            Err(Error::Io { .. }) => {
                let months = u32::try_from(Policy::default().monthly).unwrap_or(u32::MAX).saturating_add(1);
                Ok(self.now().checked_add_months(chrono::Months::new(months)))
            }
            other => other,
        }
    }
}

/// A restore made ready by [`Vault::prepare_restore`]: the backup's checked copy waits beside
/// the vault. Dropped without [`Vault::complete_restore`], the copy is removed.
pub struct PreparedRestore {
    backup: PathBuf,
    restoring: PathBuf,
    before: PathBuf,
    passphrase: Passphrase,
}

impl PreparedRestore {
    /// The backup of the vault as it was before the restore.
    pub fn before(&self) -> &Path {
        &self.before
    }
}

impl std::fmt::Debug for PreparedRestore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PreparedRestore")
            .field("backup", &self.backup)
            .field("before", &self.before)
            .finish_non_exhaustive()
    }
}

impl Drop for PreparedRestore {
    fn drop(&mut self) {
        if !self.restoring.as_os_str().is_empty() {
            // Only while its copy has not taken the vault's name: then its key file goes too.
            if self.restoring.exists() {
                crate::vault::remove_with_sidecars(&self.restoring);
                let _ = fs::remove_file(crate::vault::keys::path_of(&self.restoring));
            }
        }
    }
}

/// Checks a backup with the passphrase of `operator` (as its key file names them; empty: its
/// only operator) without changing it ("Check a backup").
pub fn check(backup: &Path, passphrase: &Passphrase, operator: &str) -> Result<crate::vault::IntegrityReport> {
    crate::vault::check_file(backup, &crate::vault::key_of_copy(backup, passphrase, operator)?)
}

/// "Check a backup" to be run on any thread (from [`Vault::check_backup_job`]): reading the
/// whole backup takes seconds, and the vault stays free meanwhile.
pub struct CheckJob {
    backup: PathBuf,
    passphrase: Option<Passphrase>,
    operator: String,
    key: crate::vault::Key,
}

impl CheckJob {
    pub fn run(&self) -> Result<crate::vault::IntegrityReport> {
        match &self.passphrase {
            Some(passphrase) => check(&self.backup, passphrase, &self.operator),
            None => crate::vault::check_file(&self.backup, &self.key),
        }
    }
}

impl std::fmt::Debug for CheckJob {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CheckJob").field("backup", &self.backup).finish_non_exhaustive()
    }
}

/// The folder chosen for backups, if one was.
fn chosen_folder(c: &rusqlite::Connection) -> Result<Option<PathBuf>> {
    let chosen: Option<String> =
        c.query_row("SELECT value FROM vault_meta WHERE key = ?1", [FOLDER_KEY], |r| r.get(0)).optional()?;
    Ok(chosen.map(PathBuf::from))
}

/// The `vault_meta` key under which the vault notes what the backup at `path` held.
fn made_key(path: &Path) -> String {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    format!("{MADE_KEY}{name}")
}

/// Copies a vault about to be upgraded into its backup folder (the one chosen, or else
/// `backups` beside it), checked, before the first migration touches it: a newer Custos that
/// went wrong can always be undone with the older one and this copy.
pub(crate) fn before_upgrade(
    conn: &rusqlite::Connection,
    path: &Path,
    passphrase: &crate::vault::Key,
    now: DateTime<Utc>,
) -> Result<PathBuf> {
    let mut last = None;
    for folder in chosen_folder(conn)?.into_iter().chain([default_folder(path)]) {
        let dest = folder.join(file_name(path, now));
        let made = fs::create_dir_all(&folder)
            .map_err(|e| Error::io(&folder, e))
            .and_then(|()| CopyJob::new(path, &dest, passphrase).run(|_, _| {}));
        match made {
            Ok(_) => return Ok(dest),
            Err(e) => last = Some(e),
        }
    }
    Err(last.unwrap_or_else(|| Error::Internal("no folder to back up into before the upgrade".into())))
}

/// Mounted drives that look removable (under `/media` or `/run/media`, as desktops mount a
/// USB stick or an external disk): where Settings suggests keeping backups, away from the
/// computer they protect. Empty where this cannot be told.
pub fn external_drives() -> Vec<PathBuf> {
    fs::read_to_string("/proc/mounts").map(|mounts| drives_in(&mounts)).unwrap_or_default()
}

/// The removable drives among the mount points of a `/proc/mounts` text.
fn drives_in(mounts: &str) -> Vec<PathBuf> {
    let mut drives: Vec<PathBuf> = mounts
        .lines()
        .filter_map(|line| line.split_whitespace().nth(1))
        // /proc/mounts writes a space in a path as \040.
        .map(|point| PathBuf::from(point.replace("\\040", " ")))
        .filter(|p| p.starts_with("/media") || p.starts_with("/run/media"))
        .filter(|p| p.components().count() >= 3)
        .collect();
    drives.sort();
    drives.dedup();
    drives
}

/// `backups` beside the vault.
pub fn default_folder(vault: &Path) -> PathBuf {
    vault.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new(".")).join("backups")
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn at(y: i32, m: u32, d: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, 6, 15, 0).unwrap()
    }

    #[test]
    fn a_name_says_whose_backup_it_is_and_when_it_was_made() {
        let vault = Path::new("/data/firm.custos");
        let name = file_name(vault, at(2026, 12, 4));
        assert_eq!(name, "firm-20261204-061500.custos");
        let made_at = |vault: &Path, name: &str| made_at_numbered(vault, name).map(|(at, _)| at);
        assert_eq!(made_at(vault, &name), Some(at(2026, 12, 4)));
        assert_eq!(made_at(Path::new("/data/other.custos"), &name), None);
        assert_eq!(made_at(vault, "firm-20261204-061500.custos.partial"), None);
        assert_eq!(made_at(vault, "firm-notes.custos"), None);
        assert_eq!(made_at_numbered(vault, "firm-20261204-061500-2.custos"), Some((at(2026, 12, 4), 2)));
        assert_eq!(made_at_numbered(vault, "firm-20261204-061500-1.custos"), None, "the first has no number");
        assert_eq!(made_at_numbered(vault, "firm-20261204-061500-x.custos"), None);
        assert_eq!(made_at_numbered(vault, "firm-20261204-0615.custos"), None);
    }

    #[test]
    fn rotation_keeps_seven_days_four_weeks_twelve_months() {
        // A backup every day for two years, newest first.
        let now = at(2026, 12, 4);
        let made: Vec<DateTime<Utc>> = (0..730).map(|d| now - Duration::days(d)).collect();
        let keep = to_keep(&made, Policy::default());
        let kept: Vec<DateTime<Utc>> = made.iter().zip(&keep).filter(|(_, k)| **k).map(|(t, _)| *t).collect();
        // 7 days, the newest of 4 weeks (3 beyond the days), 12 months (11 beyond the weeks).
        assert!(kept.len() >= 12 && kept.len() <= 23, "{}", kept.len());
        for d in 0..7 {
            assert!(kept.contains(&(now - Duration::days(d))), "day {d}");
        }
        let months: std::collections::BTreeSet<(i32, u32)> = kept.iter().map(|t| (t.year(), t.month())).collect();
        assert_eq!(months.len(), 12, "{months:?}");
        assert!(kept.iter().all(|t| now - *t < Duration::days(366)), "nothing older than a year");
    }

    #[test]
    fn drives_under_media_are_suggested() {
        let mounts = "/dev/vda1 / ext4 rw 0 0\n\
                      /dev/sdb1 /media/anna/BACKUP\\040DISK vfat rw 0 0\n\
                      /dev/sdc1 /run/media/jan/USB ext4 rw 0 0\n\
                      tmpfs /media tmpfs rw 0 0\n\
                      /dev/sdd1 /mnt/data ext4 rw 0 0\n";
        assert_eq!(drives_in(mounts), [PathBuf::from("/media/anna/BACKUP DISK"), PathBuf::from("/run/media/jan/USB")]);
    }

    #[test]
    fn rotation_always_keeps_the_newest_even_with_nothing_to_keep() {
        let made = [at(2020, 1, 1), at(2026, 1, 1), at(2019, 5, 5)];
        assert_eq!(to_keep(&made, Policy { daily: 0, weekly: 0, monthly: 0 }), [false, true, false]);
        assert!(to_keep(&[], Policy::default()).is_empty());
    }

    #[test]
    fn erased_data_leaves_the_backups_when_the_last_one_rotates_out() {
        let now = at(2026, 12, 4);
        assert_eq!(held_until(&[], now, Policy::default()), None);
        // Only daily copies: the one made today is gone once 7 newer days have backups.
        let daily = Policy { daily: 7, weekly: 0, monthly: 0 };
        assert_eq!(held_until(&[now], now, daily), Some(now + Duration::days(7)));
        // Backups of this week and month are superseded by the newer ones of the same week and
        // month: they leave with the daily ones.
        let week = [now - Duration::days(1), now];
        assert_eq!(held_until(&week, now, Policy::default()), Some(now + Duration::days(7)));
        // The newest backup of last month is its month's copy: it stays for about a year.
        let until = held_until(&[at(2026, 11, 30), now], now, Policy::default()).unwrap();
        assert!(until > now + Duration::days(300) && until < now + Duration::days(400), "{until}");
    }
}
