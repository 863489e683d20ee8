//! Who holds a vault's write lock, for the message of a write that waited in vain.
//!
//! SQLite in WAL mode takes a POSIX lock on byte 120 of the `-shm` file while it writes
//! (`WAL_WRITE_LOCK`), and byte 121 while it checkpoints. On Linux `/proc/locks` lists every
//! such lock with its process id; the process's name comes from `/proc/<pid>/comm`. The file
//! is never opened here: closing any descriptor of a file drops the POSIX locks this process
//! holds on it, which would pull the lock from under our own connection.

use std::path::Path;

/// The program that holds the write lock of the vault at `path`, as a person would name it,
/// or None where that cannot be told.
pub(crate) fn writer_of(path: &Path) -> Option<String> {
    #[cfg(target_os = "linux")]
    {
        linux::writer_of(path)
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = path;
        None
    }
}

#[cfg(target_os = "linux")]
mod linux {
    use std::os::unix::fs::MetadataExt;
    use std::path::Path;

    /// SQLite's WAL-index locks: write (120), checkpoint (121), recovery (122).
    const WAL_LOCKS: std::ops::RangeInclusive<u64> = 120..=122;

    pub(super) fn writer_of(path: &Path) -> Option<String> {
        let shm = super::super::with_suffix(path, "-shm");
        let inode = std::fs::metadata(&shm).ok()?.ino();
        let locks = std::fs::read_to_string("/proc/locks").ok()?;
        let me = std::process::id();
        let pid = holders(&locks, inode).find(|&pid| pid != me)?;
        Some(describe(pid))
    }

    /// The processes holding a lock on one of SQLite's WAL-index lock bytes of the file `inode`.
    fn holders(locks: &str, inode: u64) -> impl Iterator<Item = u32> + '_ {
        locks.lines().filter_map(move |line| {
            // "1: POSIX  ADVISORY  WRITE 1234 fd:01:5678 120 120" (a blocked waiter has "->").
            let fields: Vec<&str> = line.split_whitespace().collect();
            if fields.get(1) == Some(&"->") || fields.get(1) != Some(&"POSIX") {
                return None;
            }
            let pid: u32 = fields.get(4)?.parse().ok()?;
            let file_inode: u64 = fields.get(5)?.rsplit(':').next()?.parse().ok()?;
            let start: u64 = fields.get(6)?.parse().ok()?;
            let end: u64 = fields.get(7)?.parse().unwrap_or(u64::MAX);
            (file_inode == inode && start <= *WAL_LOCKS.end() && end >= *WAL_LOCKS.start()).then_some(pid)
        })
    }

    fn describe(pid: u32) -> String {
        let name = std::fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default();
        match name.trim() {
            "custos-desktop" => format!("the Custos app (process {pid})"),
            "custos" => format!("another `custos` command (process {pid})"),
            "" => format!("process {pid}"),
            other => format!("{other} (process {pid})"),
        }
    }
}
