// Backups as the app shows them: the one being made (from the shell's backup-progress and
// backup-finished events) and the words for a backup. When a backup is due, where it goes and
// what rotation keeps are the core's; this only renders its answers.

import type { BackupFile } from "./bindings/BackupFile";
import type { BackupFinished } from "./bindings/BackupFinished";
import type { BackupProgress } from "./bindings/BackupProgress";
import { formatDate, formatDateTime } from "./format";
import { t } from "./i18n.svelte";
import { errorMessage } from "./ipc";

/** "707 MB", "12 KB": a file's size as people read it. */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return t("backups-size-gb", { size: bytes / 1024 / 1024 / 1024 });
  if (bytes >= 1024 * 1024) return t("backups-size-mb", { size: Math.round(bytes / 1024 / 1024) });
  return t("backups-size-kb", { size: Math.max(1, Math.ceil(bytes / 1024)) });
}

/** "100,000 contacts, 1,000,000 messages", or null when the vault did not note it. */
export function heldText(backup: BackupFile): string | null {
  if (backup.contacts === null || backup.messages === null) return null;
  return t("backups-held", {
    contacts: t("count-contacts", { count: backup.contacts }),
    messages: t("count-messages", { count: backup.messages }),
  });
}

/** "Backing up… 42 %" */
export function progressText(progress: BackupProgress): string {
  const percent = progress.total > 0 ? Math.floor((progress.done * 100) / progress.total) : 0;
  return t("backups-progress", { percent });
}

/** What the erase dialog and the erasure's result say about backups made before. */
export function heldUntilText(until: string | null): string {
  return until === null ? t("backups-held-until-none") : t("backups-held-until", { date: formatDate(until) });
}

/** The backup being made, and how the last one ended. */
class BackupActivity {
  running = $state<BackupProgress | null>(null);
  /** How the last backup of this session ended (a new object each time one ends). */
  outcome = $state.raw<BackupFinished | null>(null);

  /** A short line for the status bar about the last backup of this session. */
  get last(): string | null {
    const outcome = this.outcome;
    if (outcome === null) return null;
    if (outcome.made) return t("backups-backed-up-at", { date: formatDateTime(outcome.made.backup.made_at) });
    return t("backups-failed", { error: outcome.error ? errorMessage(outcome.error) : t("backups-unknown-error") });
  }

  get lastFailed(): boolean {
    return this.outcome !== null && !this.outcome.made;
  }

  progressed(progress: BackupProgress) {
    this.running = progress;
  }

  finished(outcome: BackupFinished) {
    this.running = null;
    this.outcome = { ...outcome };
  }

  reset() {
    this.running = null;
    this.outcome = null;
  }
}

export const backupActivity = new BackupActivity();
