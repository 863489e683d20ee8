// What components import: every command (generated into ./commands.ts from the Rust commands),
// the error type they reject with, and the app's events. Every command resolves with its value or
// rejects with an `ApiError` whose `message` is fit to show to the user.

import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import type { BackupFinished } from "./bindings/BackupFinished";
import type { BackupProgress } from "./bindings/BackupProgress";
import type { CleanUpProgress } from "./bindings/CleanUpProgress";
import type { ContactsImportProgress } from "./bindings/ContactsImportProgress";
import type { ImportProgress } from "./bindings/ImportProgress";
import type { LockedEvent } from "./bindings/LockedEvent";
import type { RekeyProgress } from "./bindings/RekeyProgress";
import type { TeamSynced } from "./bindings/TeamSynced";
import type { WarningSummary } from "./bindings/WarningSummary";

export { ApiError, errorMessage, said, setLockedHandler, toApiError, whileBusy } from "./ipc";
export * from "./commands";

export const onRetentionChanged = (handler: (summary: WarningSummary) => void): Promise<UnlistenFn> =>
  listen<WarningSummary>("retention-changed", (event) => handler(event.payload));

export const onRequestsChanged = (handler: (dueSoonOrOverdue: number) => void): Promise<UnlistenFn> =>
  listen<number>("requests-changed", (event) => handler(event.payload));

export const onCleanUpProgress = (handler: (progress: CleanUpProgress) => void): Promise<UnlistenFn> =>
  listen<CleanUpProgress>("clean-up-progress", (event) => handler(event.payload));

export const onVaultLocked = (handler: (event: LockedEvent) => void): Promise<UnlistenFn> =>
  listen<LockedEvent>("vault-locked", (event) => handler(event.payload));

/** A vault file was given to the running app (e.g. a second launch): ask `takeOpenRequest`. */
export const onOpenRequested = (handler: () => void): Promise<UnlistenFn> => listen("open-requested", () => handler());

export const onImportProgress = (handler: (progress: ImportProgress) => void): Promise<UnlistenFn> =>
  listen<ImportProgress>("import-progress", (event) => handler(event.payload));

/** Rows done of an address-book import (`importContacts`), for every import session. */
export const onContactsImportProgress = (handler: (progress: ContactsImportProgress) => void): Promise<UnlistenFn> =>
  listen<ContactsImportProgress>("contacts-import-progress", (event) => handler(event.payload));

export const onBackupProgress = (handler: (progress: BackupProgress) => void): Promise<UnlistenFn> =>
  listen<BackupProgress>("backup-progress", (event) => handler(event.payload));

export const onBackupFinished = (handler: (outcome: BackupFinished) => void): Promise<UnlistenFn> =>
  listen<BackupFinished>("backup-finished", (event) => handler(event.payload));

/** Pages done of a re-key (`removeOperator`, `rekeyVault`). */
export const onRekeyProgress = (handler: (progress: RekeyProgress) => void): Promise<UnlistenFn> =>
  listen<RekeyProgress>("rekey-progress", (event) => handler(event.payload));

/** A team sync ended (after a write, every few seconds, or "Sync now"): what it did and where the team stands. */
export const onTeamSynced = (handler: (outcome: TeamSynced) => void): Promise<UnlistenFn> =>
  listen<TeamSynced>("team-synced", (event) => handler(event.payload));
