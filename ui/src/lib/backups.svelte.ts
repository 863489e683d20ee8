// Backups as the app shows them: the one being made (from the shell's backup-progress and
// backup-finished events) and the words for a backup. When a backup is due, where it goes and
// what rotation keeps are the core's; this only renders its answers.

import type { BackupFile } from "./bindings/BackupFile";
import type { BackupFinished } from "./bindings/BackupFinished";
import type { BackupProgress } from "./bindings/BackupProgress";
import { formatDate, formatDateTime } from "./format";

/** "707 MB", "12 KB": a file's size as people read it. */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024 / 1024).toFixed(1)} GB`;
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / 1024 / 1024).toLocaleString("en-GB")} MB`;
  return `${Math.max(1, Math.ceil(bytes / 1024)).toLocaleString("en-GB")} KB`;
}

/** "100,000 contacts, 1,000,000 messages", or null when the vault did not note it. */
export function heldText(backup: BackupFile): string | null {
  if (backup.contacts === null || backup.messages === null) return null;
  const n = (count: number, one: string, many: string) => `${count.toLocaleString("en-GB")} ${count === 1 ? one : many}`;
  return `${n(backup.contacts, "contact", "contacts")}, ${n(backup.messages, "message", "messages")}`;
}

/** "Backing up… 42 %" */
export function progressText(progress: BackupProgress): string {
  const percent = progress.total > 0 ? Math.floor((progress.done * 100) / progress.total) : 0;
  return `Backing up… ${percent} %`;
}

/** What the erase dialog and the erasure's result say about backups made before. */
export function heldUntilText(until: string | null): string {
  return until === null
    ? "No backup holds this person's data yet."
    : `Backups made before now still hold it until ${formatDate(until)}, when the last of them is rotated out. Erasure cannot reach into a backup.`;
}

/** The backup being made, and how the last one ended. */
class BackupActivity {
  running = $state<BackupProgress | null>(null);
  /** A short line for the status bar about the last backup of this session. */
  last = $state<string | null>(null);
  lastFailed = $state(false);

  progressed(progress: BackupProgress) {
    this.running = progress;
  }

  finished(outcome: BackupFinished) {
    this.running = null;
    if (outcome.made) {
      this.last = `Backed up ${formatDateTime(outcome.made.backup.made_at)}`;
      this.lastFailed = false;
    } else {
      this.last = `Backup failed: ${outcome.error?.message ?? "unknown error"}`;
      this.lastFailed = true;
    }
  }

  reset() {
    this.running = null;
    this.last = null;
    this.lastFailed = false;
  }
}

export const backupActivity = new BackupActivity();
