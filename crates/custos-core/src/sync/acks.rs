//! Acknowledgements (docs/TEAM.md, "Erasure reaches every seat and every file"): each seat
//! writes `<own seat dir>/<number>.custos-ack`, write-once and sealed with the team key like
//! a change file, saying for each other seat the highest sequence it has applied. Only the
//! newest one counts; a seat deletes its own older ones once a newer one is written.

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::Team;
use super::capture;
use super::files::{self, Header, Kind};
use super::keys::TeamKeys;
use crate::error::{Error, Result};

/// What an acknowledgement says.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct Ack {
    /// Seat id → the highest sequence of that seat's change files applied.
    pub applied: BTreeMap<String, i64>,
}

/// Files refused, each with why.
pub(crate) type Refused = Vec<(PathBuf, Error)>;

impl crate::Vault {
    /// What this seat has applied of each other seat, by its own bookkeeping.
    pub(crate) fn applied_by_seat(&self) -> Result<BTreeMap<String, i64>> {
        self.read(|c| {
            let rows: Vec<(String, i64)> = crate::vault::rows(
                c.prepare("SELECT seat, max(sequence) FROM sync_applied GROUP BY seat")?
                    .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?,
            )?;
            Ok(rows.into_iter().collect())
        })
    }

    /// Writes this seat's acknowledgement if it has applied anything since its last one (or
    /// has none in the folder yet); removes its older ones. Returns the file written.
    pub(crate) fn write_ack(&self, team: &Team, keys: &TeamKeys) -> Result<Option<PathBuf>> {
        let ack = Ack { applied: self.applied_by_seat()? };
        let body = serde_json::to_vec(&ack)?;
        let own = files::numbers(&team.folder, &team.seat.id, Kind::Ack)?;
        let (last, next, hlc): (Option<String>, Option<i64>, Option<String>) = self.read(|c| {
            let get = |k: &str| -> Result<Option<String>> {
                Ok(rusqlite::OptionalExtension::optional(
                    c.prepare_cached("SELECT value FROM vault_meta WHERE key = ?1")?.query_row([k], |r| r.get(0)),
                )?)
            };
            Ok((get("last_ack")?, capture::meta_number(c, "next_ack")?, get("hlc")?))
        })?;
        let text = String::from_utf8_lossy(&body).into_owned();
        if last.as_deref() == Some(text.as_str()) && !own.is_empty() {
            return Ok(None);
        }
        // Never below a number already in the folder (a vault set back by a restore).
        let sequence = next.unwrap_or(1).max(own.last().map_or(1, |n| n + 1));
        let header = Header {
            version: files::version_for(keys.current),
            team: team.id.clone(),
            seat: team.seat.id.clone(),
            seat_index: team.seat.index,
            sequence,
            hlc: hlc.unwrap_or_else(|| super::clock::Hlc::ZERO.encode()),
            contacts: Vec::new(),
            erases: Vec::new(),
            epoch: keys.current,
        };
        let path = files::write_ack(&team.folder, keys.newest()?, &header, &body)?;
        self.apply_transaction(|tx| {
            capture::set_meta(tx, "next_ack", &(sequence + 1).to_string())?;
            capture::set_meta(tx, "last_ack", &text)
        })?;
        for n in own.into_iter().filter(|n| *n < sequence) {
            let old = files::ack_path_of(&team.folder, &team.seat.id, n);
            match std::fs::remove_file(&old) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(Error::io(&old, e)),
            }
        }
        Ok(Some(path))
    }
}

/// Every other seat's newest acknowledgement, by seat id; and the files refused (damaged or
/// foreign), each with why.
pub(crate) fn read_all(team: &Team, key: &TeamKeys) -> Result<(BTreeMap<String, Ack>, Refused)> {
    let mut out = BTreeMap::new();
    let mut refused = Vec::new();
    for seat in super::other_seats(team)? {
        let Some(n) = files::numbers(&team.folder, &seat, Kind::Ack)?.last().copied() else { continue };
        let path = files::ack_path_of(&team.folder, &seat, n);
        match files::read_ack(&path, key, &team.id, &seat, n) {
            Ok((_, body)) => match serde_json::from_slice::<Ack>(&body) {
                Ok(ack) => {
                    out.insert(seat, ack);
                }
                Err(_) => refused
                    .push((path.clone(), Error::refused(crate::why::Why::ChangeFileDamaged { file: path.clone() }))),
            },
            Err(e) => refused.push((path, e)),
        }
    }
    Ok((out, refused))
}

/// How far every other seat has applied this seat's change files: the lowest of their
/// acknowledgements (0 for a seat without one); with no other seat, every file.
pub(crate) fn covered(team: &Team, acks: &BTreeMap<String, Ack>) -> Result<i64> {
    let others = super::other_seats(team)?;
    Ok(others
        .iter()
        .map(|s| acks.get(s).and_then(|a| a.applied.get(&team.seat.id)).copied().unwrap_or(0))
        .min()
        .unwrap_or(i64::MAX))
}
