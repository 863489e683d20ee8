//! One call for the front ends ([`crate::Vault::team_sync`]) and the team's state as a person
//! sees it ([`crate::Vault::team_status`], docs/TEAM.md "Status").

use chrono::{DateTime, TimeZone, Utc};
use serde::Serialize;

use super::files::{self, Kind};
use super::{Seat, acks};
use crate::error::{Error, Result};
use crate::why::Why;

/// What one [`team_sync`](crate::Vault::team_sync) did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Synced {
    /// This seat's change files written to the shared folder.
    pub sent: u32,
    /// Other seats' change files applied here.
    pub applied: u32,
    /// Changes kept aside for a person (see [`TeamStatus::problems`]).
    pub problems_added: u32,
    /// Files refused (damaged, cut short, foreign): nothing of them applied; the rest of the
    /// sync went on.
    pub refused: Vec<RefusedFile>,
    /// This seat's change files deleted from the shared folder: they held a person erased
    /// since, and every seat has applied them.
    pub removed: u32,
}

/// A file of the shared folder that was not taken.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct RefusedFile {
    /// The file's path.
    pub file: String,
    /// The reason's code (`change_file_damaged`, `change_file_foreign`, or an error's code).
    pub reason: String,
}

/// The team as this seat sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct TeamStatus {
    pub team: String,
    pub folder: String,
    pub seat: Seat,
    /// Every seat with a folder in the shared folder, this one included, by index.
    pub seats: Vec<SeatStatus>,
    /// This seat's changes that some seat has not applied yet (by its acknowledgement),
    /// those not yet written to the shared folder included. 0: in sync as far as this seat
    /// can tell.
    pub waiting: i64,
    /// Of `waiting`, those not yet written to the shared folder.
    pub unsent: i64,
    /// Erasures some seat has not applied yet.
    pub pending_erasures: Vec<PendingErasure>,
    /// Changes from other seats kept aside for a person, not yet dismissed.
    pub problems: Vec<TeamProblem>,
    /// In one line, what a person should know first (the status bar's word).
    pub summary: TeamSummary,
}

/// How long a seat that has not applied this seat's changes may give no sign of life (no
/// change file, no acknowledgement) before the status calls it offline.
pub const OFFLINE_AFTER: chrono::TimeDelta = chrono::TimeDelta::minutes(10);

/// The team's state in one line, most pressing first: changes kept aside for a person; a
/// seat that has not applied this seat's changes and has given no sign of life for
/// [`OFFLINE_AFTER`]; this seat's changes not yet applied everywhere; in sync.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum TeamSummary {
    /// Every seat has applied this seat's changes, and nothing is kept aside.
    InSync,
    /// This seat's changes some seat has not applied yet.
    Waiting { changes: i64 },
    /// The longest silent of the seats behind: its id, and its last sign of life (`None`:
    /// it has never synced).
    Offline {
        seat: String,
        #[cfg_attr(feature = "ts", ts(type = "string | null"))]
        since: Option<DateTime<Utc>>,
    },
    /// Changes from other seats kept aside for a person.
    Problems { count: i64 },
}

impl TeamSummary {
    /// The summary of `seats`, `waiting` changes and `problems` at `now`.
    pub fn of(seats: &[SeatStatus], waiting: i64, problems: usize, now: DateTime<Utc>) -> TeamSummary {
        if problems > 0 {
            return TeamSummary::Problems { count: i64::try_from(problems).unwrap_or(i64::MAX) };
        }
        let own_last = seats.iter().find(|s| s.this_seat).map_or(0, |s| s.acknowledged);
        let silent = seats
            .iter()
            .filter(|s| !s.this_seat && !s.removed && s.acknowledged < own_last)
            .filter(|s| s.last_seen.is_none_or(|seen| now - seen > OFFLINE_AFTER))
            .min_by_key(|s| s.last_seen);
        match silent {
            Some(seat) => TeamSummary::Offline { seat: seat.id.clone(), since: seat.last_seen },
            None if waiting > 0 => TeamSummary::Waiting { changes: waiting },
            None => TeamSummary::InSync,
        }
    }
}

/// One seat, as this seat sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct SeatStatus {
    pub id: String,
    /// From the seat's `seat.json` (or its files' headers); `None` if unknown yet.
    pub index: Option<i64>,
    /// From the seat's `seat.json`, if it wrote one.
    pub name: Option<String>,
    /// Whether this is the seat asking.
    pub this_seat: bool,
    /// The newest moment among the seat's files in the folder (change files and
    /// acknowledgements, by their headers' hybrid clock); `None` if it wrote none.
    pub last_seen: Option<DateTime<Utc>>,
    /// The highest of its change files applied here (this seat: the last one it wrote).
    pub applied_up_to: i64,
    /// Its change files in the folder not yet applied here (this seat: 0).
    pub lag_changes: i64,
    /// The highest of this seat's change files it has acknowledged (this seat: its own last).
    pub acknowledged: i64,
    /// Removed from the team (`custos team remove`): it reads nothing written since, its later
    /// files are never applied, and nothing waits for it.
    pub removed: bool,
}

/// An erasure some seat has not applied yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct PendingErasure {
    pub contact: i64,
    /// When the person was erased.
    pub since: String,
    /// The seats (ids) whose acknowledgements do not cover it yet.
    pub seats: Vec<String>,
}

/// A change from another seat kept aside for a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct TeamProblem {
    pub id: i64,
    /// The seat whose file it came in, and the file's number.
    pub seat: String,
    pub sequence: i64,
    /// `constraint`, `conflict`, `foreign_key` (the whole file kept aside) or `unknown`.
    pub kind: String,
    /// The table and the row's key ("" when the whole file was kept aside).
    pub table: String,
    pub row: String,
    pub found_at: String,
}

impl crate::Vault {
    /// Sends this seat's changes, applies the other seats', writes this seat's
    /// acknowledgement and deletes its change files that every seat has applied and that
    /// hold a person erased since. A damaged or foreign file is reported in
    /// [`Synced::refused`] instead of failing the whole sync.
    pub fn team_sync(&self) -> Result<Synced> {
        let sent = self.team_send()?.len();
        let (received, mut refused) = self.receive()?;
        // As the newest key file left it (seats removed, the key to write with).
        let team = self.team()?.ok_or_else(|| Error::refused(Why::NotInTeam {}))?;
        let key = self.team_keys()?;
        self.write_ack(&team, &key)?;
        let (read, bad) = acks::read_all(&team, &key)?;
        refused.extend(bad);
        let mut removed = self.remove_acknowledged(&team, acks::covered(&team, &read)?)?;
        removed.extend(self.remove_files_of_removed_seats(&team, &read)?);
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Ok(Synced {
            sent: count(sent),
            applied: count(received.applied.len()),
            problems_added: count(received.problems),
            refused: refused
                .into_iter()
                .map(|(file, e)| RefusedFile {
                    file: file.display().to_string(),
                    reason: e.reason().unwrap_or(e.code()).to_owned(),
                })
                .collect(),
            removed: count(removed.len()),
        })
    }

    /// The team's state: each seat's last sign of life and lag, this seat's changes waiting,
    /// erasures not applied everywhere yet, problems for a person. Reads the shared folder's
    /// clear headers and the acknowledgements; changes nothing.
    pub fn team_status(&self) -> Result<TeamStatus> {
        let team = self.team()?.ok_or_else(|| Error::refused(Why::NotInTeam {}))?;
        let key = self.team_keys()?;
        let (acks, _) = acks::read_all(&team, &key)?;
        let applied = self.applied_by_seat()?;
        let own_last = files::last_sequence(&team.folder, &team.seat.id)?;
        let (next, unsent, problems, erasures) = self.read(|c| {
            let next = super::capture::meta_number(c, "next_sequence")?.unwrap_or(1);
            let unsent: i64 = c.query_row("SELECT count(*) FROM sync_outbox WHERE written = 0", [], |r| r.get(0))?;
            let problems = crate::vault::rows(
                c.prepare(
                    "SELECT id, seat, sequence, conflict, table_name, row_key, found_at FROM sync_problem
                     WHERE resolved_at IS NULL ORDER BY id",
                )?
                .query_map([], |r| {
                    Ok(TeamProblem {
                        id: r.get(0)?,
                        seat: r.get(1)?,
                        sequence: r.get(2)?,
                        kind: r.get(3)?,
                        table: r.get(4)?,
                        row: r.get(5)?,
                        found_at: r.get(6)?,
                    })
                })?,
            )?;
            let erasures: Vec<(i64, String, i64, String)> = crate::vault::rows(
                c.prepare("SELECT contact_id, seat, sequence, erased_at FROM sync_erasure ORDER BY contact_id")?
                    .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?,
            )?;
            Ok((next, unsent, problems, erasures))
        })?;
        let mut seats = Vec::new();
        let acknowledged =
            |seat: &str, of: &str| -> i64 { acks.get(seat).and_then(|a| a.applied.get(of)).copied().unwrap_or(0) };
        // Each seat's `seat.json` (its index and name), written when it made or joined the team.
        let named: std::collections::HashMap<String, super::SeatJson> =
            super::join::seats_in(&team.folder)?.into_iter().collect();
        for id in super::all_seats(&team.folder)? {
            let this = id == team.seat.id;
            let json = named.get(&id);
            let mut last_seen: Option<i64> = None;
            let mut index = json.map(|j| j.index);
            for kind in [Kind::Changes, Kind::Ack] {
                // The newest file of each kind tells the seat's last moment.
                if let Some(n) = files::numbers(&team.folder, &id, kind)?.last() {
                    let path = match kind {
                        Kind::Changes => files::path_of(&team.folder, &id, *n),
                        Kind::Ack => files::ack_path_of(&team.folder, &id, *n),
                    };
                    if let Some(h) = files::peek(&path, kind)
                        && let Ok(hlc) = super::clock::Hlc::parse(&h.hlc)
                    {
                        index.get_or_insert(h.seat_index);
                        last_seen = last_seen.max(Some(hlc.wall_ms));
                    }
                }
            }
            if this {
                index = Some(team.seat.index);
            }
            let removed = team.removed.get(&id).copied();
            let last = files::last_sequence(&team.folder, &id)?.min(removed.unwrap_or(i64::MAX));
            let done = if this { own_last } else { applied.get(&id).copied().unwrap_or(0) };
            seats.push(SeatStatus {
                removed: removed.is_some(),
                this_seat: this,
                index,
                name: json.map(|j| j.name.clone()),
                last_seen: last_seen.and_then(|ms| Utc.timestamp_millis_opt(ms).single()),
                applied_up_to: done,
                lag_changes: if this { 0 } else { (last - done).max(0) },
                acknowledged: if this { own_last } else { acknowledged(&id, &team.seat.id) },
                id,
            });
        }
        seats.sort_by(|a, b| (a.index, &a.id).cmp(&(b.index, &b.id)));
        let covered = acks::covered(&team, &acks)?;
        let waiting = (next - 1 - covered.min(next - 1)).max(0);
        let mut pending_erasures = Vec::new();
        let others = super::other_seats(&team)?;
        for (contact, seat, sequence, since) in erasures {
            let missing: Vec<String> =
                others.iter().filter(|o| **o != seat).filter(|o| acknowledged(o, &seat) < sequence).cloned().collect();
            if !missing.is_empty() {
                pending_erasures.push(PendingErasure { contact, since, seats: missing });
            }
        }
        let summary = TeamSummary::of(&seats, waiting, problems.len(), self.now());
        Ok(TeamStatus {
            team: team.id,
            folder: team.folder.display().to_string(),
            seat: team.seat,
            seats,
            waiting,
            unsent,
            pending_erasures,
            problems,
            summary,
        })
    }

    /// Clears a problem from the team's list once a person has looked at it (audited); its
    /// change stays unapplied. Refused for an unknown or already dismissed problem.
    pub fn team_problem_dismiss(&self, id: i64) -> Result<()> {
        self.may(crate::audit::Action::TeamProblemDismissed)?;
        self.write(|w| {
            let found: Option<(String, i64, String, String)> = rusqlite::OptionalExtension::optional(w.tx.query_row(
                "SELECT seat, sequence, conflict, table_name FROM sync_problem WHERE id = ?1 AND resolved_at IS NULL",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            ))?;
            let Some((seat, sequence, kind, table)) = found else {
                return Err(Error::refused(Why::TeamProblemUnknown { id }));
            };
            // The change itself goes: it may hold a person's data that nobody will apply.
            w.tx.execute(
                "UPDATE sync_problem SET resolved_at = ?2, changeset = x'' WHERE id = ?1",
                rusqlite::params![id, w.now_ts()],
            )?;
            let details =
                serde_json::json!({ "problem": id, "seat": seat, "sequence": sequence, "kind": kind, "table": table });
            w.audit(crate::audit::Action::TeamProblemDismissed, crate::audit::Target::Vault, details)
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn seat(id: &str, this: bool, acknowledged: i64, seen_minutes_ago: Option<i64>) -> SeatStatus {
        let now = Utc.with_ymd_and_hms(2026, 12, 7, 12, 0, 0).unwrap();
        SeatStatus {
            id: id.into(),
            index: None,
            name: None,
            this_seat: this,
            last_seen: seen_minutes_ago.map(|m| now - chrono::TimeDelta::minutes(m)),
            applied_up_to: 0,
            lag_changes: 0,
            acknowledged,
            removed: false,
        }
    }

    #[test]
    fn the_summary_says_the_most_pressing_thing_first() {
        let now = Utc.with_ymd_and_hms(2026, 12, 7, 12, 0, 0).unwrap();
        let me = seat("me", true, 7, Some(0));
        let caught_up = seat("office", false, 7, Some(60));
        assert_eq!(TeamSummary::of(&[me.clone(), caught_up.clone()], 0, 0, now), TeamSummary::InSync);

        let behind_recent = seat("office", false, 5, Some(2));
        assert_eq!(
            TeamSummary::of(&[me.clone(), behind_recent.clone()], 2, 0, now),
            TeamSummary::Waiting { changes: 2 },
            "behind, but seen two minutes ago: waiting, not offline"
        );

        let behind_silent = seat("laptop", false, 5, Some(11));
        let never = seat("new", false, 0, None);
        assert_eq!(
            TeamSummary::of(&[me.clone(), behind_recent.clone(), behind_silent.clone()], 2, 0, now),
            TeamSummary::Offline { seat: "laptop".into(), since: behind_silent.last_seen },
        );
        assert_eq!(
            TeamSummary::of(&[me.clone(), behind_silent, never], 2, 0, now),
            TeamSummary::Offline { seat: "new".into(), since: None },
            "a seat that never synced is the longest silent"
        );
        assert_eq!(
            TeamSummary::of(&[me, behind_recent], 2, 3, now),
            TeamSummary::Problems { count: 3 },
            "changes kept aside for a person come first"
        );
    }
}
