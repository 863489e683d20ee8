//! Files the core reads and writes beside the vault: owner-only, whole or not at all.
//!
//! Everything Custos writes holds personal data (a backup, an exported list, a PDF), so it is
//! created readable and writable by its owner only (mode 0600 on Unix; on Windows a file in the
//! user's folders inherits that folder's owner-only permissions). A file appears whole or not
//! at all: it is written under a temporary name in the same folder and renamed into place.
//! What the core reads from a path the user chose (an export to import) must be a regular file
//! of bounded size: a pipe, a device or a folder is refused before it is opened.

use std::fs::{self, File, OpenOptions};
use std::io::{Read, Write};
use std::path::Path;

use crate::error::{Error, Result};

/// The largest file an import reads: 256 MiB, some three million chat messages. An import
/// is parsed in memory (about four times the file at its peak) and written in one
/// transaction, which holds the vault's write lock: a bigger export is split by period.
pub const MAX_IMPORT_BYTES: u64 = 256 * 1024 * 1024;

/// Creates `path` as a new, empty, owner-only file; refuses an existing one.
pub fn create_private(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

/// Writes `bytes` to `path` as an owner-only file, through a temporary file beside it, so the
/// file appears whole or not at all. Refuses to replace an existing file unless `replace`.
pub fn write_private(path: &Path, bytes: &[u8], replace: bool) -> Result<()> {
    if !replace && path.exists() {
        return Err(Error::AlreadyExists { path: path.to_owned() });
    }
    let fail = |e: std::io::Error| Error::io(path, e);
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    // tempfile creates its files 0600 on Unix.
    let mut tmp = tempfile::Builder::new().prefix(".custos-").suffix(".part").tempfile_in(dir).map_err(fail)?;
    tmp.write_all(bytes).map_err(fail)?;
    tmp.as_file().sync_all().map_err(fail)?;
    if replace {
        tmp.persist(path).map_err(|e| fail(e.error))?;
    } else {
        tmp.persist_noclobber(path).map_err(|e| match e.error.kind() {
            std::io::ErrorKind::AlreadyExists => Error::AlreadyExists { path: path.to_owned() },
            _ => fail(e.error),
        })?;
    }
    Ok(())
}

/// What `meta` describes when it is not a regular file, in words: "a folder", "a named pipe"…
pub fn not_a_file(meta: &fs::Metadata) -> Option<&'static str> {
    let kind = meta.file_type();
    if kind.is_file() {
        return None;
    }
    if kind.is_dir() {
        return Some("a folder");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return Some("a named pipe (FIFO)");
        }
        if kind.is_socket() {
            return Some("a socket");
        }
        if kind.is_char_device() || kind.is_block_device() {
            return Some("a device");
        }
    }
    Some("not a regular file")
}

/// Reads the whole of `path`, which must be a regular file of at most `limit` bytes. A pipe, a
/// device or a folder is refused before it is opened (opening a pipe would wait for a writer,
/// reading a device would not end).
pub fn read_regular(path: &Path, limit: u64) -> Result<Vec<u8>> {
    let meta = regular(path)?;
    if meta.len() > limit {
        return Err(Error::TooLarge { path: path.to_owned(), size: meta.len(), limit });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    // The file may grow while it is read: never read more than the limit.
    File::open(path).and_then(|f| f.take(limit + 1).read_to_end(&mut bytes)).map_err(|e| Error::io(path, e))?;
    if bytes.len() as u64 > limit {
        return Err(Error::TooLarge { path: path.to_owned(), size: bytes.len() as u64, limit });
    }
    Ok(bytes)
}

/// The metadata of `path` when it is a regular file; a pipe, a device or a folder is refused
/// before anything opens it (opening a named pipe would wait for a writer).
pub fn regular(path: &Path) -> Result<fs::Metadata> {
    let meta = fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Error::io(path, std::io::Error::new(e.kind(), "there is no such file")),
        _ => Error::io(path, e),
    })?;
    if let Some(kind) = not_a_file(&meta) {
        return Err(Error::NotAFile { path: path.to_owned(), kind });
    }
    Ok(meta)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    fn mode(path: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn written_files_are_whole_and_owner_only() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("list.csv");
        write_private(&path, b"a,b\n", false).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"a,b\n");
        #[cfg(unix)]
        assert_eq!(mode(&path), 0o600);
        assert_eq!(write_private(&path, b"other", false).unwrap_err().code(), "already_exists");
        write_private(&path, b"replaced", true).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"replaced");
        // No temporary file is left beside it.
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
        let new = dir.path().join("new");
        drop(create_private(&new).unwrap());
        #[cfg(unix)]
        assert_eq!(mode(&new), 0o600);
        assert!(create_private(&new).is_err());
    }

    #[test]
    fn only_regular_files_of_bounded_size_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let err = read_regular(dir.path(), 100).unwrap_err();
        assert_eq!(err.code(), "not_a_file");
        assert!(err.to_string().contains("is a folder, not a file"), "{err}");
        let file = dir.path().join("chat.txt");
        fs::write(&file, b"0123456789").unwrap();
        assert_eq!(read_regular(&file, 10).unwrap(), b"0123456789");
        let err = read_regular(&file, 9).unwrap_err();
        assert_eq!(err.code(), "file_too_large");
        assert!(read_regular(&dir.path().join("missing"), 10).unwrap_err().to_string().contains("no such file"));
        #[cfg(unix)]
        {
            // A device is refused before it is opened (reading /dev/zero would never end).
            let err = read_regular(Path::new("/dev/zero"), 10).unwrap_err();
            assert!(err.to_string().contains("is a device"), "{err}");
        }
    }
}
