//! Erasure of files (docs/TEAM.md, "Erasure reaches every seat and every file"): a seat
//! deletes its own change files that carried an erased person's data once every seat's
//! acknowledgement covers them, and forgets its captured changes every seat has applied.

use std::collections::BTreeSet;
use std::path::PathBuf;

use super::Team;
use super::files::{self, Kind};
use crate::error::{Error, Result};

impl crate::Vault {
    /// Deletes this seat's change files, up to number `covered` (what every seat has applied),
    /// whose header names a contact erased here; drops the outbox's changes up to `covered`
    /// (sent and applied everywhere: nobody needs them again). Returns the files deleted.
    ///
    /// A file that also held other people's data is deleted whole: every seat has applied it
    /// and a new seat starts from its copy's numbers, so no seat reads it again, and the gap
    /// it leaves is below every seat's applied number, so no seat waits for it.
    pub(crate) fn remove_acknowledged(&self, team: &Team, covered: i64) -> Result<Vec<PathBuf>> {
        let erased: BTreeSet<i64> = self.read(|c| {
            Ok(crate::vault::rows(
                c.prepare("SELECT contact_id FROM sync_erasure")?.query_map([], |r| r.get::<_, i64>(0))?,
            )?
            .into_iter()
            .collect())
        })?;
        let mut removed = Vec::new();
        if !erased.is_empty() {
            for n in files::numbers(&team.folder, &team.seat.id, Kind::Changes)? {
                if n > covered {
                    break;
                }
                let path = files::path_of(&team.folder, &team.seat.id, n);
                // The seat's own file: its clear header says whom it holds.
                let Some(header) = files::peek(&path, Kind::Changes) else { continue };
                if header.contacts.iter().any(|c| erased.contains(c)) {
                    match std::fs::remove_file(&path) {
                        Ok(()) => removed.push(path),
                        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                        Err(e) => return Err(Error::io(&path, e)),
                    }
                }
            }
        }
        let forgotten = self.apply_transaction(|tx| {
            Ok(tx.execute("DELETE FROM sync_outbox WHERE written = 1 AND sequence <= ?1", [covered])?)
        })?;
        if !removed.is_empty() || forgotten > 0 {
            self.empty_write_ahead_log()?;
        }
        Ok(removed)
    }
}
