// The audit log as the UI reads it: the filter form, readable entries, the chain check.

import type { AuditEntry } from "./bindings/AuditEntry";
import type { AuditFilter } from "./bindings/AuditFilter";
import type { ChainProblem } from "./bindings/ChainProblem";
import type { ContactField } from "./bindings/ContactField";
import type { JsonValue } from "./bindings/serde_json/JsonValue";
import type { Label } from "./bindings/Label";
import { FIELD_LABELS, POINT_LABELS } from "./format";

/** Entries fetched at a time; "Show more" asks for this many more. */
export const AUDIT_PAGE = 100;

/** What the audit screen's filter form holds (all text, as typed). */
export interface AuditForm {
  contact: string;
  action: string;
  from: string;
  to: string;
}

export const emptyAuditForm = (): AuditForm => ({ contact: "", action: "", from: "", to: "" });

/** A filter with nothing set: every entry. */
export function auditFilter(set: Partial<AuditFilter> = {}): AuditFilter {
  return { target_kind: null, target_id: null, contact: null, action: null, from: null, to: null, limit: null, ...set };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The filter the form asks for, or the message saying what to fix. */
export function filterFromForm(form: AuditForm, limit: number): { filter: AuditFilter } | { error: string } {
  const contact = form.contact.trim().replace(/^#/, "");
  if (contact && !/^[1-9]\d*$/.test(contact)) return { error: "The contact is its number, e.g. 12 (shown as #12)." };
  const from = form.from.trim();
  const to = form.to.trim();
  if (from && !DAY.test(from)) return { error: "Enter the first day as a date, e.g. 2026-03-01." };
  if (to && !DAY.test(to)) return { error: "Enter the last day as a date, e.g. 2026-03-31." };
  if (from && to && from > to) return { error: "The first day comes after the last day." };
  return {
    filter: auditFilter({
      contact: contact ? Number(contact) : null,
      action: form.action || null,
      from: from || null,
      to: to || null,
      limit,
    }),
  };
}

/** "contact.restriction_lifted" → "Contact restriction lifted". */
export function actionLabel(code: string): string {
  const words = code.replace(/[._]/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** What an entry is about: "Contact #3", "Vault", "Company profile". */
export function targetLabel(entry: Pick<AuditEntry, "target_kind" | "target_id">): string {
  const kind = entry.target_kind === "company" ? "Company profile" : actionLabel(entry.target_kind);
  return entry.target_id ? `${kind} #${entry.target_id}` : kind;
}

/** The contact an entry is about, when there is one to open. */
export function targetContact(entry: Pick<AuditEntry, "target_kind" | "target_id">): number | null {
  if (entry.target_kind !== "contact" || !entry.target_id) return null;
  const id = Number(entry.target_id);
  return Number.isInteger(id) && id > 0 ? id : null;
}

/** Shown in place of a redacted entry's details. */
export const REDACTED = "[redacted]";

function isObject(value: JsonValue | undefined): value is { [key in string]: JsonValue } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A field code as people read it ("id_number" → "ID number"); unknown keys are reworded. */
export function fieldLabel(code: string): string {
  return code in FIELD_LABELS ? FIELD_LABELS[code as ContactField] : actionLabel(code);
}

/** Detail keys whose value is a list of card fields. */
const FIELD_LISTS = ["fields", "masked"];

function fieldList(values: JsonValue[]): string {
  return values.map((v) => (typeof v === "string" ? fieldLabel(v) : valueText(v))).join(", ") || "none";
}

/** One value, in one line. */
export function valueText(value: JsonValue | undefined): string {
  if (value === null || value === undefined) return "(empty)";
  if (typeof value === "string") return value === "" ? "(empty)" : `“${value}”`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.map((v) => (typeof v === "string" ? v : valueText(v))).join(", ") || "none";
  // A contact point: its value and kind, e.g. “anna@nowak.pl” (Work).
  if (typeof value.value === "string" && typeof value.label === "string" && value.label in POINT_LABELS)
    return `“${value.value}” (${POINT_LABELS[value.label as Label]})`;
  return Object.entries(value)
    .map(([k, v]) => `${fieldLabel(k)}: ${FIELD_LISTS.includes(k) && Array.isArray(v) ? fieldList(v) : valueText(v)}`)
    .join("; ");
}

/** One change of a card: which fields, and what they held before (masked ones stay masked). */
export interface Rectification {
  fields: string[];
  previous: { field: string; value: string; masked: boolean }[];
}

/** The fields and previous values of a `contact.updated` entry; null when redacted or unknown. */
export function rectification(entry: Pick<AuditEntry, "details" | "redacted">): Rectification | null {
  if (entry.redacted || !isObject(entry.details)) return null;
  const { fields, previous, masked } = entry.details;
  const maskedFields = Array.isArray(masked) ? masked.filter((m): m is string => typeof m === "string") : [];
  const changed = Array.isArray(fields) ? fields.filter((f): f is string => typeof f === "string") : [];
  const before = isObject(previous) ? previous : {};
  const keys = changed.length > 0 ? changed : Object.keys(before);
  return {
    fields: keys.map(fieldLabel),
    previous: keys
      .filter((k) => k in before)
      .map((k) => ({ field: fieldLabel(k), value: valueText(before[k]), masked: maskedFields.includes(k) })),
  };
}

/** An entry's details in one readable line. */
export function detailsText(entry: Pick<AuditEntry, "action" | "details" | "redacted">): string {
  if (entry.redacted) return REDACTED;
  if (entry.action === "contact.updated") {
    const change = rectification(entry);
    if (change) {
      const before = change.previous.map((p) => `${p.field} ${p.value}`).join("; ");
      return `Changed ${change.fields.join(", ") || "nothing"}${before ? ` — before: ${before}` : ""}`;
    }
  }
  const details = entry.details;
  if (details === null || (isObject(details) && Object.keys(details).length === 0)) return "";
  return valueText(details);
}

/** One chain problem, in words. */
export function chainProblemText(problem: ChainProblem): string {
  switch (problem.kind) {
    case "edited":
      return `Entry #${problem.entry} was changed after it was written.`;
    case "missing":
      return `Entries between #${problem.after} and #${problem.before} are missing.`;
    case "broken_link":
      return `Entry #${problem.entry} does not link to the entry before it.`;
    case "tail_missing":
      return `The newest entries are gone: the log should end at #${problem.expected} but ends at #${problem.found}.`;
  }
}
