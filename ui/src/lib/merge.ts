// Possible duplicates and merging two cards, in words. The core finds the pairs, says which card
// of a pair is the older one and does the merge (merge.rs); this only words what it returns and
// what the user is about to do.

import type { Contact } from "./bindings/Contact";
import type { ContactField } from "./bindings/ContactField";
import type { DuplicateMatch } from "./bindings/DuplicateMatch";
import type { DuplicatePair } from "./bindings/DuplicatePair";
import type { MatchKind } from "./bindings/MatchKind";
import type { MergeSummary } from "./bindings/MergeSummary";
import { FIELD_LABELS, POINT_LABELS } from "./format";

/** What two cards have in common, as the list says it. */
export const MATCH_WORDS: Readonly<Record<MatchKind, string>> = {
  email: "Same e-mail address",
  phone: "Same phone number",
  name: "Same name at the same organisation",
};

/** "Same e-mail address: anna@example.pl"; a name match names no value (both cards show it). */
export function matchText(match: DuplicateMatch): string {
  return match.on === "name" ? MATCH_WORDS.name : `${MATCH_WORDS[match.on]}: ${match.value}`;
}

/** "Anna Kowalska (#4)". */
export function cardName(card: { id: number; display_name: string }): string {
  return `${card.display_name} (#${card.id})`;
}

/** The card kept unless the user chooses the other: the pair's first, which the core gives as the older. */
export function defaultKeep(pair: DuplicatePair): number {
  return pair.first.id;
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

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
  const k = `#${keep.id}`;
  const o = `#${other.id}`;
  const conversations =
    otherConversations === 0 ? "conversations" : count(otherConversations, "conversation", "conversations");
  return {
    summary:
      `${cardName(other)} will be merged into ${cardName(keep)}: ` +
      `${o}'s e-mail addresses, phone numbers, postal addresses, tags, ${conversations}, consents, objections and requests move to ${k}, ` +
      `and ${o} is removed.`,
    details: [
      `${k} takes only what it lacks: an address or number it already has is not added twice, its empty fields are filled in from ${o}, and ${o}'s notes are added after its own.`,
      `Where both cards have a different value, ${k}'s stays; ${o}'s is kept in ${k}'s history.`,
      `A retention hold on ${o} moves to ${k} too. ${k} keeps its own name, status, source and restriction state.`,
    ],
  };
}

/** "E-mail", "Phone" and "Address" as a merge summary lists what was added. */
const ADDED_WORDS: Readonly<Partial<Record<ContactField, string>>> = {
  email: "E-mail address",
  phone: "Phone number",
  address: "Postal address",
};

/** What a merge did, one line each, from the core's summary. */
export function mergeLines(summary: MergeSummary): string[] {
  const lines: string[] = [];
  for (const point of summary.points_added) {
    const what = ADDED_WORDS[point.field] ?? FIELD_LABELS[point.field];
    lines.push(`Added ${what.toLowerCase()} ${point.value} (${POINT_LABELS[point.label]})`);
  }
  if (summary.filled.length > 0) {
    lines.push(`Filled in: ${summary.filled.map((f) => FIELD_LABELS[f]).join(", ")}`);
  }
  if (summary.notes_appended) lines.push(`The notes of #${summary.merged_id} were added after this card's own`);
  if (summary.tags_added.length > 0) lines.push(`Tags added: ${summary.tags_added.join(", ")}`);
  const moved = [
    summary.conversations > 0 ? count(summary.conversations, "conversation", "conversations") : null,
    summary.consent_events > 0 ? count(summary.consent_events, "consent record", "consent records") : null,
    summary.objections > 0 ? count(summary.objections, "objection", "objections") : null,
    summary.requests > 0 ? count(summary.requests, "request", "requests") : null,
    summary.retention_hold_moved ? "the retention hold" : null,
  ].filter((part): part is string => part !== null);
  if (moved.length > 0) lines.push(`Moved here: ${moved.join(", ")}`);
  if (summary.objections_dropped > 0) {
    lines.push(
      `${count(summary.objections_dropped, "objection was", "objections were")} left out: both cards had objected to the same purpose, and the earlier objection stays`,
    );
  }
  if (summary.not_taken.length > 0) {
    lines.push(
      `Kept this card's own ${summary.not_taken.map((f) => FIELD_LABELS[f].toLowerCase()).join(", ")}: #${summary.merged_id} had other values, which the card's History shows`,
    );
  }
  if (lines.length === 0) lines.push(`#${summary.merged_id} had nothing this card lacked.`);
  return lines;
}

/** One row of the side-by-side comparison: a field and how each card shows it. */
export interface CompareRow {
  field: ContactField | "status" | "source" | "created" | "last_contact" | "conversations";
  label: string;
}

/** The rows of the comparison, in the card's order. */
export const COMPARE_ROWS: readonly CompareRow[] = [
  { field: "display_name", label: FIELD_LABELS.display_name },
  { field: "status", label: "Status" },
  { field: "given_name", label: FIELD_LABELS.given_name },
  { field: "family_name", label: FIELD_LABELS.family_name },
  { field: "email", label: "E-mail addresses" },
  { field: "phone", label: "Phone numbers" },
  { field: "organisation", label: FIELD_LABELS.organisation },
  { field: "job_title", label: FIELD_LABELS.job_title },
  { field: "address", label: "Postal addresses" },
  { field: "id_number", label: FIELD_LABELS.id_number },
  { field: "tags", label: FIELD_LABELS.tags },
  { field: "notes", label: FIELD_LABELS.notes },
  { field: "source", label: "Source" },
  { field: "created", label: "Added" },
  { field: "last_contact", label: "Last contact" },
  { field: "conversations", label: "Conversations" },
];

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
