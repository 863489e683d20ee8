// Restriction (freeze, Art. 18) and erasure (Art. 17) as the card shows them. The rules live in
// the core; this only words them and decides which controls to offer.

import type { Contact } from "./bindings/Contact";
import { heldUntilText } from "./backups.svelte";
import type { Erasure } from "./bindings/Erasure";
import { formatDate } from "./format";
import { t } from "./i18n.svelte";

/** What typing instead of the contact's name also confirms an erasure, in the UI's language
 * ("ERASE", "USUŃ", "LÖSCHEN"…). */
export function eraseWord(): string {
  return t("rights-erase-word");
}

/**
 * Why the card cannot be changed, or null when it can. Shown next to every disabled control.
 * The core refuses the change anyway; this only saves the user a refused attempt.
 */
export function frozenReason(contact: Pick<Contact, "erased_at" | "restriction">): string | null {
  if (contact.erased_at) return t("rights-frozen-erased", { date: formatDate(contact.erased_at) });
  if (contact.restriction) {
    return t("rights-frozen-restricted", { date: formatDate(contact.restriction.since), reason: contact.restriction.reason });
  }
  return null;
}

/** Why erasing is not offered, or null when it is. */
export function eraseBlockedReason(contact: Pick<Contact, "erased_at" | "restriction">): string | null {
  if (contact.erased_at) return t("rights-erase-blocked-erased");
  if (contact.restriction) {
    return t("rights-erase-blocked-restricted");
  }
  return null;
}

/** The problem with a restriction or lifting reason, or null when it will do. */
export function reasonError(reason: string): string | null {
  return reason.trim() ? null : t("rights-reason-missing");
}

/** Folds what the user typed and the name for comparison: spaces collapsed, case ignored. */
function normalise(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLocaleLowerCase();
}

/**
 * Whether the erase button may be pressed: the user typed the contact's name as shown or the
 * word for erasing in the UI's language (which is the only way when the name is masked).
 */
export function eraseConfirmed(typed: string, shownName: string, nameMasked: boolean): boolean {
  if (typed.trim() === eraseWord()) return true;
  return !nameMasked && normalise(typed) !== "" && normalise(typed) === normalise(shownName);
}

/** What an erasure removes, as erasure.rs documents it. */
export function eraseRemoves(): string[] {
  return [1, 2, 3, 4, 5, 6].map((n) => t(`rights-erase-removes-${n}`));
}

/** What an erasure keeps, as non-identifying business facts. */
export function eraseKeeps(): string[] {
  return [1, 2, 3, 4].map((n) => t(`rights-erase-keeps-${n}`));
}

/** The result of an erasure, one line per count. */
export function erasureLines(erasure: Erasure): string[] {
  return [
    t("rights-erased-conversations", { conversations: erasure.conversations, messages: erasure.messages }),
    t("rights-erased-evidence", { count: erasure.evidence_cleared }),
    t("rights-erased-audit", { count: erasure.audit_entries_redacted }),
    erasure.log_emptied ? t("rights-erased-log-emptied") : t("rights-erased-log-later"),
    heldUntilText(erasure.backups_hold_until),
  ];
}
