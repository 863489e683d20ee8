//! Several seats, one contact book (issue 21, docs/TEAM.md): ids from each seat's range
//! ([`ids`]), the hybrid logical clock ([`clock`]), change capture through SQLite's session
//! extension, change files in a shared folder and their apply with the conflict rules.

pub(crate) mod acks;
pub mod apply;
pub(crate) mod capture;
pub mod clock;
mod erasure;
pub mod files;
pub mod ids;
pub mod join;
pub mod keys;
pub mod status;

use std::path::{Path, PathBuf};

use rusqlite::{OptionalExtension, Transaction};

pub use capture::SYNCED_TABLES;
pub use join::{Invitation, SeatJson};
pub use status::{PendingErasure, RefusedFile, SeatStatus, Synced, TeamProblem, TeamStatus, TeamSummary};

use crate::error::{Error, Result};
use crate::why::Why;

/// Every synced table of the database behind `conn`, each table's rows sorted, as text: equal
/// dumps mean equal books (for tests that compare seats, here and in `custos-e2e`).
#[doc(hidden)]
pub fn dump_synced_tables(conn: &rusqlite::Connection) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for table in SYNCED_TABLES {
        let mut stmt = conn.prepare(&format!("SELECT * FROM {table}"))?;
        let n = stmt.column_count();
        let mut rows: Vec<String> = crate::vault::rows(stmt.query_map([], |r| {
            let mut row = (*table).to_owned();
            for i in 0..n {
                row.push_str(&format!(" | {:?}", r.get::<_, rusqlite::types::Value>(i)?));
            }
            Ok(row)
        })?)?;
        rows.sort();
        out.extend(rows);
    }
    Ok(out)
}

/// The migration's Rust part (schema 16): this vault's seat, not yet in a team.
pub(crate) fn init_seat(tx: &Transaction<'_>) -> Result<()> {
    let mut id = [0u8; 16];
    crate::vault::slots::random(&mut id)?;
    tx.execute(
        "INSERT INTO vault_meta (key, value) VALUES ('seat_id', ?1), ('seat_index', '0'), ('hlc', ?2), ('next_sequence', '1')",
        [hex::encode(id), clock::Hlc::ZERO.encode()],
    )?;
    Ok(())
}

/// This vault's place in a team.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Seat {
    /// 16 random bytes in hex, made when the vault got schema 16.
    pub id: String,
    /// Its number in the team: 0 for the vault the team was made from (and any vault not in
    /// a team). Its ids are `index × 2⁴⁰ + n` ([`ids`]).
    pub index: i64,
}

impl crate::Vault {
    /// This vault's seat.
    pub fn seat(&self) -> Result<Seat> {
        self.read(|c| {
            let id: String = c.query_row("SELECT value FROM vault_meta WHERE key = 'seat_id'", [], |r| r.get(0))?;
            Ok(Seat { id, index: ids::seat_index(c)? })
        })
    }
}

/// A team as this seat knows it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Team {
    /// 16 random bytes in hex, in every change file's header.
    pub id: String,
    /// The shared folder (Syncthing's, or a NAS share).
    pub folder: PathBuf,
    pub seat: Seat,
    /// The seats removed from the team as this seat knows (docs/TEAM.md, "Removing a seat"),
    /// each with the last of its change files that counts.
    pub removed: std::collections::BTreeMap<String, i64>,
}

/// The other seats with a folder in the shared folder, by id, in order; removed seats left out
/// (their acknowledgements no longer count, nothing waits for them).
pub(crate) fn other_seats(team: &Team) -> Result<Vec<String>> {
    Ok(all_seats(&team.folder)?.into_iter().filter(|s| *s != team.seat.id && !team.removed.contains_key(s)).collect())
}

/// Every seat with a folder in the shared folder (a seat's folder is named by its id).
pub(crate) fn all_seats(folder: &Path) -> Result<Vec<String>> {
    let entries = std::fs::read_dir(folder).map_err(|e| Error::io(folder, e))?;
    let mut seats: Vec<String> = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(folder, e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let is_seat = name.len() == 32 && name.bytes().all(|b| b.is_ascii_hexdigit());
        if is_seat && entry.path().is_dir() {
            seats.push(name);
        }
    }
    seats.sort();
    Ok(seats)
}

/// A captured change waiting in the outbox: sequence, HLC, changeset, contacts and erases (JSON).
type Outgoing = (i64, String, Vec<u8>, String, String);

/// What `team.json` in the shared folder says (no secret).
#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct TeamJson {
    format: String,
    version: u32,
    team: String,
}

impl crate::Vault {
    /// Makes a team of this vault, sharing through `folder` (created if missing): a new team
    /// id and team key, this vault as seat 0 named `seat_name` (for people: "Office PC"),
    /// `team.json`, the seat's own folder and its `seat.json` in the shared folder. From now
    /// on every write is captured (docs/TEAM.md). The team key stays in `vault_meta`, inside
    /// the encrypted vault (docs/TEAM.md, "Words", says why).
    pub fn team_init(&self, folder: &Path, seat_name: &str) -> Result<Team> {
        self.may(crate::audit::Action::TeamCreated)?;
        let seat_name = join::checked_seat_name(seat_name)?;
        if self.team()?.is_some() {
            return Err(Error::refused(Why::AlreadyInTeam {}));
        }
        let mut id = [0u8; 16];
        crate::vault::slots::random(&mut id)?;
        let team_id = hex::encode(id);
        let key = files::TeamKey::generate()?;
        let seat = self.seat()?;
        let json = folder.join("team.json");
        if json.exists() {
            return Err(Error::AlreadyExists { path: json });
        }
        let seat_dir = folder.join(&seat.id);
        std::fs::create_dir_all(&seat_dir).map_err(|e| Error::io(&seat_dir, e))?;
        self.write(|w| {
            if capture::in_team(&w.tx)? {
                return Err(Error::refused(Why::AlreadyInTeam {}));
            }
            capture::set_meta(&w.tx, "team_id", &team_id)?;
            capture::set_meta(&w.tx, "team_key", &key.hex())?;
            capture::set_meta(&w.tx, "team_folder", &folder.display().to_string())?;
            capture::set_meta(&w.tx, "seat_name", &seat_name)?;
            let public_key = keys::new_seat_key(&w.tx)?;
            let details = serde_json::json!({
                "team": team_id, "folder": folder.display().to_string(), "seat": seat.id, "name": seat_name,
                "public_key": public_key,
            });
            w.audit(crate::audit::Action::TeamCreated, crate::audit::Target::Vault, details)
        })?;
        let text =
            serde_json::to_vec_pretty(&TeamJson { format: "custos-team".into(), version: 1, team: team_id.clone() })?;
        crate::files::write_private(&json, &text, false)?;
        join::write_seat_json(folder, &seat.id, seat.index, &seat_name)?;
        Ok(Team { id: team_id, folder: folder.to_owned(), seat, removed: Default::default() })
    }

    /// The team this vault is in, if any.
    pub fn team(&self) -> Result<Option<Team>> {
        let seat = self.seat()?;
        self.read(|c| {
            let get = |key: &str| -> Result<Option<String>> {
                Ok(c.prepare_cached("SELECT value FROM vault_meta WHERE key = ?1")?
                    .query_row([key], |r| r.get(0))
                    .optional()?)
            };
            Ok(match (get("team_id")?, get("team_folder")?) {
                (Some(id), Some(folder)) => {
                    Some(Team { id, folder: PathBuf::from(folder), seat, removed: keys::removed_seats(c)? })
                }
                _ => None,
            })
        })
    }

    /// Writes this seat's captured changes not yet in the shared folder as change files, in
    /// sequence order, under the newest team key (taken from the folder's `keys/` first);
    /// returns the files written. A seat of a team made before seat keys gets its key pair
    /// here, published with this send. Refused for a seat removed from the team.
    pub fn team_send(&self) -> Result<Vec<PathBuf>> {
        let team = self.team()?.ok_or_else(|| Error::refused(Why::NotInTeam {}))?;
        let keys = self.refresh_team_keys(&team)?;
        self.ensure_seat_key(&team)?;
        let epoch = keys.current;
        let key = keys.newest()?.clone();
        let outbox = || -> Result<Vec<Outgoing>> {
            self.read(|c| {
                crate::vault::rows(
                    c.prepare(
                        "SELECT sequence, hlc, changeset, contacts, erases FROM sync_outbox WHERE written = 0 ORDER BY sequence",
                    )?
                    .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))?,
                )
            })
        };
        // A number whose file holds another change means the vault was set back (restored
        // from a backup) after that file was written: the changes not yet sent take the
        // numbers after the last file of this seat, never overwriting one.
        let mut pending = outbox()?;
        let taken = pending.iter().find(|(sequence, hlc, ..)| {
            let path = files::path_of(&team.folder, &team.seat.id, *sequence);
            path.exists()
                && !files::read(&path, &keys, &team.id, &team.seat.id, *sequence).is_ok_and(|(h, _)| h.hlc == *hlc)
        });
        if let Some(&(from, ..)) = taken {
            let free = files::last_sequence(&team.folder, &team.seat.id)? + 1;
            self.write(|w| {
                // Through negative numbers: no two rows share a number on the way.
                w.tx.execute(
                    "UPDATE sync_outbox SET sequence = -sequence WHERE written = 0 AND sequence >= ?1",
                    [from],
                )?;
                w.tx.execute("UPDATE sync_outbox SET sequence = ?1 - sequence WHERE sequence < 0", [free - from])?;
                w.tx.execute(
                    "UPDATE sync_erasure SET sequence = ?1 + sequence - ?2 WHERE seat = ?3 AND sequence >= ?2",
                    rusqlite::params![free, from, team.seat.id],
                )?;
                let next: i64 = w.tx.query_row("SELECT max(sequence) + 1 FROM sync_outbox", [], |r| r.get(0))?;
                capture::set_meta(&w.tx, "next_sequence", &next.to_string())
            })?;
            pending = outbox()?;
        }
        // Each file is written once (temporary name, synced, renamed); the seat's folder is
        // synced once after them all, then they are marked sent in one write — also when a
        // file fails, for those written before it. A crash before the mark leaves them unsent
        // here; the next send finds each one already there and only marks it (docs/TEAM.md).
        let mut written = Vec::new();
        let mut sequences = Vec::new();
        let outcome = self.write_files(&team, &key, epoch, pending, &mut written, &mut sequences);
        if !sequences.is_empty() {
            files::sync_seat_folder(&team.folder, &team.seat.id);
            // Not a synced table: no capture needed.
            self.apply_transaction(|tx| {
                let mut mark = tx.prepare_cached("UPDATE sync_outbox SET written = 1 WHERE sequence = ?1")?;
                for sequence in &sequences {
                    mark.execute([sequence])?;
                }
                Ok(())
            })?;
        }
        outcome?;
        Ok(written)
    }

    /// The change files of `pending` not in the folder yet, each written once; `written` gets
    /// every file's path and `sequences` its number, as each is done.
    fn write_files(
        &self,
        team: &Team,
        key: &files::TeamKey,
        epoch: u32,
        pending: Vec<Outgoing>,
        written: &mut Vec<PathBuf>,
        sequences: &mut Vec<i64>,
    ) -> Result<()> {
        for (sequence, hlc, changeset, contacts, erases) in pending {
            let header = files::Header {
                version: files::version_for(epoch),
                team: team.id.clone(),
                seat: team.seat.id.clone(),
                seat_index: team.seat.index,
                sequence,
                hlc,
                contacts: serde_json::from_str(&contacts)?,
                erases: serde_json::from_str(&erases)?,
                epoch,
            };
            let path = files::path_of(&team.folder, &team.seat.id, sequence);
            // A file already there is this very change, written before a crash kept it from
            // being noted (only this seat writes in its folder; others were moved on above).
            if !path.exists() {
                files::write_unsynced(&team.folder, key, &header, &changeset)?;
            }
            written.push(path);
            sequences.push(sequence);
        }
        Ok(())
    }

    /// Whether this seat has changes not yet written to the shared folder. Cheap (the outbox
    /// keeps only changes some seat has not applied yet): a front end asks every second, to
    /// send soon after each write.
    pub fn team_has_unsent(&self) -> Result<bool> {
        self.read(|c| {
            Ok(c.prepare_cached("SELECT EXISTS (SELECT 1 FROM sync_outbox WHERE written = 0)")?
                .query_row([], |r| r.get(0))?)
        })
    }
}
