//! The address-book files the import wizard works on, kept in the shell between its steps.
//!
//! A file is read once, when the user chooses it: its bytes, what it is (`BookFile`) and, once
//! an import is previewed, the drafts of the mapping agreed and the options previewed stay
//! here under a session number. The UI gets only what it shows (the header, the first rows,
//! the first duplicates), so a file of 100,000 rows never crosses IPC. Locking drops every
//! session (they hold personal data); closing the wizard drops its own.
//!
//! The imports made since the app started are remembered per vault: only those are offered
//! for "Undo this import" (after a restart there is no undo button; the command line still
//! lists and undoes any import).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use custos_core::address_book::ContactDraft;
use custos_core::address_book::ImportOptions;
use custos_core::address_book::file::BookFile;
use custos_core::address_book::import::ImportId;

use crate::ipc::{IpcError, ShellWhy};

/// An import being prepared: the file and what was previewed of it.
#[derive(Debug)]
struct Session {
    file: Arc<BookFile>,
    bytes: Arc<Vec<u8>>,
    previewed: Option<Previewed>,
    /// Set by "Cancel" while the import runs; its progress callback reads it.
    cancel: Arc<AtomicBool>,
}

/// The drafts an import preview was made of, and its options: what the import then writes.
#[derive(Debug, Clone)]
pub struct Previewed {
    pub drafts: Arc<Vec<ContactDraft>>,
    pub options: ImportOptions,
}

#[derive(Debug, Default)]
struct Inner {
    next: u32,
    open: HashMap<u32, Session>,
    /// The imports of this run, with the vault they went into.
    done: Vec<(PathBuf, ImportId)>,
}

/// The sessions of the import wizard, and the imports made in this run.
#[derive(Debug, Default)]
pub struct ImportSessions {
    inner: Mutex<Inner>,
}

fn closed() -> IpcError {
    IpcError::refused(ShellWhy::ImportClosed {})
}

impl ImportSessions {
    fn inner(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Keeps a file the user chose; returns its session number.
    pub fn open(&self, file: BookFile, bytes: Vec<u8>) -> u32 {
        let mut inner = self.inner();
        inner.next = inner.next.wrapping_add(1).max(1);
        let id = inner.next;
        let session =
            Session { file: Arc::new(file), bytes: Arc::new(bytes), previewed: None, cancel: Default::default() };
        inner.open.insert(id, session);
        id
    }

    /// The file of a session and its bytes.
    pub fn file(&self, session: u32) -> Result<(Arc<BookFile>, Arc<Vec<u8>>), IpcError> {
        let inner = self.inner();
        let s = inner.open.get(&session).ok_or_else(closed)?;
        Ok((Arc::clone(&s.file), Arc::clone(&s.bytes)))
    }

    /// Notes what was previewed: the import writes exactly these drafts with these options.
    pub fn previewed(&self, session: u32, previewed: Previewed) -> Result<(), IpcError> {
        let mut inner = self.inner();
        inner.open.get_mut(&session).ok_or_else(closed)?.previewed = Some(previewed);
        Ok(())
    }

    /// What was last previewed in a session, and its cancel flag.
    pub fn to_import(&self, session: u32) -> Result<(Previewed, Arc<AtomicBool>), IpcError> {
        let inner = self.inner();
        let s = inner.open.get(&session).ok_or_else(closed)?;
        let previewed = s.previewed.clone().ok_or_else(|| IpcError::refused(ShellWhy::PreviewFirst {}))?;
        Ok((previewed, Arc::clone(&s.cancel)))
    }

    /// Asks the import of a session to stop (or not to start); false if there is no session.
    pub fn cancel(&self, session: u32) -> bool {
        match self.inner().open.get(&session) {
            Some(s) => {
                s.cancel.store(true, Ordering::SeqCst);
                true
            }
            None => false,
        }
    }

    /// Drops a session; false if there was none.
    pub fn close(&self, session: u32) -> bool {
        self.inner().open.remove(&session).is_some()
    }

    /// Drops every session (the vault was locked or replaced).
    pub fn close_all(&self) {
        self.inner().open.clear();
    }

    /// Notes an import made in this run into the vault at `vault`.
    pub fn imported(&self, vault: &Path, import: ImportId) {
        self.inner().done.push((vault.to_owned(), import));
    }

    /// The imports made in this run into the vault at `vault`, oldest first.
    pub fn imports_of(&self, vault: &Path) -> Vec<ImportId> {
        self.inner().done.iter().filter(|(v, _)| v == vault).map(|(_, id)| *id).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_hold_a_file_until_closed_and_imports_are_kept_per_vault() {
        let sessions = ImportSessions::default();
        let a = sessions.open(BookFile::Vcard { cards: 1 }, b"BEGIN:VCARD".to_vec());
        let b = sessions.open(BookFile::Vcard { cards: 2 }, Vec::new());
        assert_ne!(a, b);
        assert_eq!(*sessions.file(a).unwrap().0, BookFile::Vcard { cards: 1 });
        assert_eq!(sessions.to_import(a).unwrap_err().code, "refused", "nothing previewed yet");
        let options = ImportOptions::new(custos_core::contacts::DataSource::Person { via: None });
        sessions.previewed(a, Previewed { drafts: Arc::new(Vec::new()), options }).unwrap();
        let (_, cancel) = sessions.to_import(a).unwrap();
        assert!(sessions.cancel(a));
        assert!(cancel.load(Ordering::SeqCst));
        assert!(sessions.close(a));
        assert!(!sessions.close(a));
        assert!(!sessions.cancel(a));
        assert_eq!(sessions.file(a).unwrap_err().code, "refused");
        sessions.close_all();
        assert!(sessions.file(b).is_err());

        sessions.imported(Path::new("/a.custos"), 3);
        sessions.imported(Path::new("/b.custos"), 1);
        sessions.imported(Path::new("/a.custos"), 4);
        assert_eq!(sessions.imports_of(Path::new("/a.custos")), [3, 4]);
        assert_eq!(sessions.imports_of(Path::new("/c.custos")), Vec::<ImportId>::new());
    }
}
