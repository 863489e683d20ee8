// Possible duplicates and merging two cards, in words. The core finds the pairs, says which card
// of a pair is the older one and does the merge (merge.rs); this only words what it returns and
// what the user is about to do.

import type { Contact } from "./bindings/Contact";
import type { ContactField } from "./bindings/ContactField";
import type { DuplicateMatch } from "./bindings/DuplicateMatch";
import type { DuplicatePair } from "./bindings/DuplicatePair";
import type { MergeSummary } from "./bindings/MergeSummary";
import { FIELD_LABELS, POINT_LABELS } from "./format";
import { labels, t } from "./i18n.svelte";
import { CONTACT_FIELDS } from "./words";

/** "Same e-mail address: anna@example.pl"; a name match names no value (both cards show it). */
export function matchText(match: DuplicateMatch): string {
  switch (match.on) {
    case "email":
      return t("address-book-match-email", { value: match.value });
    case "phone":
      return t("address-book-match-phone", { value: match.value });
    case "name":
      return t("address-book-match-name");
  }
}

/** "Anna Kowalska (#4)". */
export function cardName(card: { id: number; display_name: string }): string {
  return `${card.display_name} (#${card.id})`;
}

/** The card kept unless the user chooses the other: the pair's first, which the core gives as the older. */
export function defaultKeep(pair: DuplicatePair): number {
  return pair.first.id;
}

/** What pressing Merge will do, as merge.rs does it: in one sentence, then the details. */
export interface MergeStatement {
  summary: string;
  details: string[];
}

export function mergeStatement(
  keep: { id: number; display_name: string },
  other: { id: number; display_name: string },
  otherConversations: number,
): MergeStatement {
  // Card numbers as written on the cards ("#1234"), not as amounts ("#1,234").
  const ids = { keepId: String(keep.id), otherId: String(other.id) };
  return {
    summary: t("address-book-merge-summary", {
      ...ids,
      keep: cardName(keep),
      other: cardName(other),
      conversations: otherConversations,
    }),
    details: [
      t("address-book-merge-detail-takes", ids),
      t("address-book-merge-detail-conflicts", ids),
      t("address-book-merge-detail-hold", ids),
    ],
  };
}

/** A card's fields as a sentence names them ("Kept this card's own name, organisation"). */
const INLINE_FIELDS: Readonly<Record<ContactField, string>> = labels("address-book-field-inline", CONTACT_FIELDS);

/** What a merge did, one line each, from the core's summary. */
export function mergeLines(summary: MergeSummary): string[] {
  const lines: string[] = [];
  const id = String(summary.merged_id);
  for (const point of summary.points_added) {
    const args = { value: point.value, label: POINT_LABELS[point.label] };
    lines.push(
      point.field === "email" || point.field === "phone" || point.field === "address"
        ? t(`address-book-merged-added-${point.field}`, args)
        : t("address-book-merged-added-field", { ...args, field: INLINE_FIELDS[point.field] }),
    );
  }
  if (summary.filled.length > 0) {
    lines.push(t("address-book-merged-filled", { fields: summary.filled.map((f) => FIELD_LABELS[f]).join(", ") }));
  }
  if (summary.notes_appended) lines.push(t("address-book-merged-notes", { id }));
  if (summary.tags_added.length > 0) lines.push(t("address-book-merged-tags", { tags: summary.tags_added.join(", ") }));
  const moved = [
    summary.conversations > 0 ? t("address-book-merged-moved-conversations", { count: summary.conversations }) : null,
    summary.consent_events > 0 ? t("address-book-merged-moved-consents", { count: summary.consent_events }) : null,
    summary.objections > 0 ? t("address-book-merged-moved-objections", { count: summary.objections }) : null,
    summary.requests > 0 ? t("address-book-merged-moved-requests", { count: summary.requests }) : null,
    summary.retention_hold_moved ? t("address-book-merged-moved-hold") : null,
  ].filter((part): part is string => part !== null);
  if (moved.length > 0) lines.push(t("address-book-merged-moved", { items: moved.join(", ") }));
  if (summary.objections_dropped > 0) {
    lines.push(t("address-book-merged-objections-dropped", { count: summary.objections_dropped }));
  }
  if (summary.not_taken.length > 0) {
    lines.push(
      t("address-book-merged-not-taken", { id, fields: summary.not_taken.map((f) => INLINE_FIELDS[f]).join(", ") }),
    );
  }
  if (lines.length === 0) lines.push(t("address-book-merged-nothing", { id }));
  return lines;
}

/** One row of the side-by-side comparison: a field and how each card shows it. */
export interface CompareRow {
  field: ContactField | "status" | "source" | "created" | "last_contact" | "conversations";
  /** Its name in the UI's language (read when shown). */
  readonly label: string;
}

/** The rows the card's fields do not name. */
const ROW_LABELS = labels("address-book-compare-row", [
  "status",
  "email",
  "phone",
  "address",
  "source",
  "created",
  "last_contact",
  "conversations",
]);

const compareRow = (field: CompareRow["field"]): CompareRow => ({
  field,
  get label() {
    return field in ROW_LABELS ? ROW_LABELS[field as keyof typeof ROW_LABELS] : FIELD_LABELS[field as ContactField];
  },
});

/** The rows of the comparison, in the card's order. */
export const COMPARE_ROWS: readonly CompareRow[] = (
  [
    "display_name",
    "status",
    "given_name",
    "family_name",
    "email",
    "phone",
    "organisation",
    "job_title",
    "address",
    "id_number",
    "tags",
    "notes",
    "source",
    "created",
    "last_contact",
    "conversations",
  ] as const
).map(compareRow);

/** Whether `field` of the card came masked (the card marks it sensitive). */
export function isMasked(contact: Contact, field: CompareRow["field"]): boolean {
  return (contact.sensitive as string[]).includes(field);
}

/** Whether `field` holds nothing on the card (a row empty on both cards is named, not drawn). */
export function isEmpty(contact: Contact, field: CompareRow["field"]): boolean {
  switch (field) {
    case "email":
      return contact.emails.length === 0;
    case "phone":
      return contact.phones.length === 0;
    case "address":
      return contact.addresses.length === 0;
    case "tags":
      return contact.tags.length === 0;
    case "given_name":
    case "family_name":
    case "organisation":
    case "job_title":
    case "id_number":
    case "notes":
      return !contact[field];
    default:
      return false;
  }
}
