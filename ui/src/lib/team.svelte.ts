// The team as the app shows it (docs/TEAM.md): the status the shell sends after each sync
// (`team-synced`), and the words for it. Which seat counts as offline, what is waiting and
// what a problem is are the core's (`TeamStatus.summary`); this only renders its answers.

import type { TeamStatus } from "./bindings/TeamStatus";
import type { TeamSynced } from "./bindings/TeamSynced";
import type { SeatStatus } from "./bindings/SeatStatus";
import type { TeamProblem } from "./bindings/TeamProblem";
import { contactList } from "./contact-list.svelte";
import { formatDateTime } from "./format";
import { t } from "./i18n.svelte";
import { errorMessage } from "./ipc";

/** A seat as people name it: its name, or "Computer 2". */
export function seatName(seat: Pick<SeatStatus, "name" | "index" | "id">): string {
  if (seat.name) return seat.name;
  return seat.index === null ? seat.id.slice(0, 8) : t("team-seat-unnamed", { index: seat.index + 1 });
}

/** The seat with id `id` in `status`, named. */
export function seatNamed(status: TeamStatus, id: string): string {
  const seat = status.seats.find((s) => s.id === id);
  return seat ? seatName(seat) : id.slice(0, 8);
}

/** The status bar's line: "In sync", "3 changes waiting", "Office PC offline since …". */
export function summaryText(status: TeamStatus): string {
  const summary = status.summary;
  switch (summary.state) {
    case "in_sync":
      return t("team-status-in-sync");
    case "waiting":
      return t("team-status-waiting", { changes: Number(summary.changes) });
    case "offline":
      return summary.since === null
        ? t("team-status-offline-never", { seat: seatNamed(status, summary.seat) })
        : t("team-status-offline", { seat: seatNamed(status, summary.seat), since: formatDateTime(summary.since) });
    case "problems":
      return t("team-status-problems", { count: Number(summary.count) });
  }
}

/** One seat's line in Settings → Team: how far behind it is, when it was last seen. */
export function seatLagText(seat: SeatStatus): string {
  if (seat.this_seat) return t("team-seat-this");
  if (seat.removed) return t("team-seat-removed");
  return t("team-seat-lag", { changes: Number(seat.lag_changes) });
}

export function lastSeenText(seat: SeatStatus): string {
  return seat.last_seen === null ? t("team-never-seen") : t("team-last-seen", { time: formatDateTime(seat.last_seen) });
}

/** A problem kept aside, in words. */
export function problemText(status: TeamStatus, problem: TeamProblem): string {
  const args = { seat: seatNamed(status, problem.seat), sequence: Number(problem.sequence), table: problem.table, row: problem.row };
  switch (problem.kind) {
    case "constraint":
      return t("team-problem-constraint", args);
    case "conflict":
      return t("team-problem-conflict", args);
    case "foreign_key":
      return t("team-problem-foreign-key", args);
    default:
      return t("team-problem-unknown", args);
  }
}

/** Where the team stands, from the shell's `team-synced` events (and Settings → Team's reads). */
class TeamActivity {
  status = $state.raw<TeamStatus | null>(null);
  /** Why the last sync could not run, in the UI's language when shown. */
  failure = $state.raw<TeamSynced["error"]>(null);
  /** When the last sync of this session ended (the page's clock). */
  syncedAt = $state<Date | null>(null);

  synced(outcome: TeamSynced) {
    if (outcome.status) this.status = outcome.status;
    // Other computers' changes arrived: the list shows them.
    if ((outcome.synced?.applied ?? 0) > 0) contactList.invalidate();
    this.failure = outcome.error;
    this.syncedAt = new Date();
  }

  /** The status bar's line, or null when the vault is in no team. */
  get line(): string | null {
    if (this.failure) return t("team-status-unreachable", { error: errorMessage(this.failure) });
    return this.status ? summaryText(this.status) : null;
  }

  get troubled(): boolean {
    return this.failure !== null || (this.status !== null && this.status.summary.state !== "in_sync" && this.status.summary.state !== "waiting");
  }

  reset() {
    this.status = null;
    this.failure = null;
    this.syncedAt = null;
  }
}

export const teamActivity = new TeamActivity();
