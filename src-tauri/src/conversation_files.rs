//! The files of conversations an import is working on, read once and kept in the shell between
//! its steps (preview, the person importing choosing for each unknown person, import) under a
//! session number: the UI gets only the preview, never the messages. Locking drops every
//! session (they hold personal data); closing the dialog drops its own.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};

use custos_core::import::conversations::Part;

use crate::ipc::{IpcError, ShellWhy};

#[derive(Debug, Default)]
struct Inner {
    next: u32,
    open: HashMap<u32, Arc<Vec<Part>>>,
}

/// The conversation files being imported.
#[derive(Debug, Default)]
pub struct ConversationFiles {
    inner: Mutex<Inner>,
}

impl ConversationFiles {
    fn inner(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Keeps what was read from the files; returns its session number.
    pub fn open(&self, parts: Vec<Part>) -> u32 {
        let mut inner = self.inner();
        inner.next = inner.next.wrapping_add(1).max(1);
        let id = inner.next;
        inner.open.insert(id, Arc::new(parts));
        id
    }

    /// What a session read.
    pub fn parts(&self, session: u32) -> Result<Arc<Vec<Part>>, IpcError> {
        self.inner().open.get(&session).cloned().ok_or_else(|| IpcError::refused(ShellWhy::ImportClosed {}))
    }

    /// Drops a session; false if there was none.
    pub fn close(&self, session: u32) -> bool {
        self.inner().open.remove(&session).is_some()
    }

    /// Drops every session (the vault was locked or replaced).
    pub fn close_all(&self) {
        self.inner().open.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use custos_core::import::parsed::ParsedExport;
    use custos_core::interactions::Origin;

    #[test]
    fn sessions_hold_what_was_read_until_closed() {
        let files = ConversationFiles::default();
        let part = Part { origin: Origin::Email, export: ParsedExport { threads: Vec::new(), skipped: 2 } };
        let a = files.open(vec![part.clone()]);
        let b = files.open(Vec::new());
        assert_ne!(a, b);
        assert_eq!(*files.parts(a).unwrap(), [part]);
        assert!(files.close(a));
        assert!(!files.close(a));
        assert_eq!(files.parts(a).unwrap_err().code, "refused");
        files.close_all();
        assert!(files.parts(b).is_err());
    }
}
