// Restriction (freeze, Art. 18) and erasure (Art. 17) as the card shows them. The rules live in
// the core; this only words them and decides which controls to offer.

import type { Contact } from "./bindings/Contact";
import { heldUntilText } from "./backups.svelte";
import type { Erasure } from "./bindings/Erasure";
import { formatDate } from "./format";

/** What typing instead of the contact's name also confirms an erasure. */
export const ERASE_WORD = "ERASE";

/**
 * Why the card cannot be changed, or null when it can. Shown next to every disabled control.
 * The core refuses the change anyway; this only saves the user a refused attempt.
 */
export function frozenReason(contact: Pick<Contact, "erased_at" | "restriction">): string | null {
  if (contact.erased_at) return `Erased on ${formatDate(contact.erased_at)}: nothing can be recorded or changed.`;
  if (contact.restriction) {
    return `Processing is restricted since ${formatDate(contact.restriction.since)} (${contact.restriction.reason}). Lift the restriction to make changes.`;
  }
  return null;
}

/** Why erasing is not offered, or null when it is. */
export function eraseBlockedReason(contact: Pick<Contact, "erased_at" | "restriction">): string | null {
  if (contact.erased_at) return "This contact is already erased.";
  if (contact.restriction) {
    return "A restricted contact cannot be erased: their data may be needed for a legal claim. Lift the restriction first.";
  }
  return null;
}

/** The problem with a restriction or lifting reason, or null when it will do. */
export function reasonError(reason: string): string | null {
  return reason.trim() ? null : "Say why: the reason is kept in the audit log.";
}

/** Folds what the user typed and the name for comparison: spaces collapsed, case ignored. */
function normalise(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLocaleLowerCase();
}

/**
 * Whether the erase button may be pressed: the user typed the contact's name as shown or the
 * word ERASE (which is the only way when the name is masked).
 */
export function eraseConfirmed(typed: string, shownName: string, nameMasked: boolean): boolean {
  if (typed.trim() === ERASE_WORD) return true;
  return !nameMasked && normalise(typed) !== "" && normalise(typed) === normalise(shownName);
}

/** What an erasure removes, as erasure.rs documents it. */
export const ERASE_REMOVES: readonly string[] = [
  "the name — the card becomes “Erased contact #id”",
  "every contact point (e-mail, phone, organisation, address, ID number) and the notes",
  "the sensitive-field marks",
  "every conversation and message, and their search-index entries",
  "consent and objection evidence references (they can name the person)",
  "the details of audit entries that held their data (previous values of corrections, restriction reasons)",
];

/** What an erasure keeps, as non-identifying business facts. */
export const ERASE_KEEPS: readonly string[] = [
  "the contact number, lifecycle status and kind of data source",
  "when the card was created and last contacted",
  "the consent and objection history (what, when, how — without evidence)",
  "that the erasure happened, when and by whom (in the audit log)",
];

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/** The result of an erasure, one line per count. */
export function erasureLines(erasure: Erasure): string[] {
  const lines = [
    `${plural(erasure.conversations, "conversation", "conversations")} with ${plural(erasure.messages, "message", "messages")} deleted`,
    `${plural(erasure.evidence_cleared, "evidence reference", "evidence references")} cleared`,
    `${plural(erasure.audit_entries_redacted, "audit entry", "audit entries")} redacted`,
  ];
  lines.push(
    erasure.log_emptied
      ? "Write-ahead log emptied: nothing of theirs remains readable in the file."
      : "The write-ahead log could not be emptied now (another program has the vault open); it is emptied when the vault is next locked.",
  );
  lines.push(heldUntilText(erasure.backups_hold_until));
  return lines;
}
