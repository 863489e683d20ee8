// The audit log as the UI reads it: the filter form, readable entries, the chain check.

import type { AuditEntry } from "./bindings/AuditEntry";
import type { AuditFilter } from "./bindings/AuditFilter";
import type { ChainProblem } from "./bindings/ChainProblem";
import type { ContactField } from "./bindings/ContactField";
import type { JsonValue } from "./bindings/serde_json/JsonValue";
import type { Label } from "./bindings/Label";
import { FIELD_LABELS, POINT_LABELS } from "./format";
import { hasMessage, t } from "./i18n.svelte";

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
  if (contact && !/^[1-9]\d*$/.test(contact)) return { error: t("audit-error-contact") };
  const from = form.from.trim();
  const to = form.to.trim();
  if (from && !DAY.test(from)) return { error: t("audit-error-from") };
  if (to && !DAY.test(to)) return { error: t("audit-error-to") };
  if (from && to && from > to) return { error: t("audit-error-order") };
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

/** A code as words, for a code this UI has no name for: "vault.backup_made" → "Vault backup made". */
function reworded(code: string): string {
  const words = code.replace(/[._]/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The message for a code of the core, or the code reworded when there is none. */
function named(prefix: string, code: string): string {
  const id = `${prefix}-${code.replace(/[._]/g, "-")}`;
  return hasMessage(id) ? t(id) : reworded(code);
}

/** "contact.restriction_lifted" → "Contact restriction lifted". */
export function actionLabel(code: string): string {
  return named("audit-action", code);
}

/** What an entry is about: "Contact #3", "Vault", "Company profile". */
export function targetLabel(entry: Pick<AuditEntry, "target_kind" | "target_id">): string {
  const kind = named("audit-target", entry.target_kind);
  return entry.target_id ? t("audit-target-numbered", { kind, id: entry.target_id }) : kind;
}

/** The contact an entry is about, when there is one to open. */
export function targetContact(entry: Pick<AuditEntry, "target_kind" | "target_id">): number | null {
  if (entry.target_kind !== "contact" || !entry.target_id) return null;
  const id = Number(entry.target_id);
  return Number.isInteger(id) && id > 0 ? id : null;
}

/** Shown in place of a redacted entry's details. */
export function redactedText(): string {
  return t("audit-redacted");
}

function isObject(value: JsonValue | undefined): value is { [key in string]: JsonValue } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A field code as people read it ("id_number" → "ID number"); unknown keys are reworded. */
export function fieldLabel(code: string): string {
  return code in FIELD_LABELS ? FIELD_LABELS[code as ContactField] : named("audit-key", code);
}

/** Detail keys whose value is a list of card fields. */
const FIELD_LISTS = ["fields", "masked"];

function fieldList(values: JsonValue[]): string {
  return values.map((v) => (typeof v === "string" ? fieldLabel(v) : valueText(v))).join(", ") || t("audit-none");
}

/** One value, in one line. */
export function valueText(value: JsonValue | undefined): string {
  if (value === null || value === undefined) return t("audit-empty-value");
  if (typeof value === "string") return value === "" ? t("audit-empty-value") : t("audit-quoted", { value });
  if (typeof value === "boolean") return t(value ? "audit-true" : "audit-false");
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.map((v) => (typeof v === "string" ? v : valueText(v))).join(", ") || t("audit-none");
  // A contact point: its value and kind, e.g. “anna@nowak.pl” (Work).
  if (typeof value.value === "string" && typeof value.label === "string" && value.label in POINT_LABELS)
    return t("audit-point", { value: value.value, label: POINT_LABELS[value.label as Label] });
  return Object.entries(value)
    .map(([k, v]) => t("audit-key-value", { key: fieldLabel(k), value: FIELD_LISTS.includes(k) && Array.isArray(v) ? fieldList(v) : valueText(v) }))
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
  if (entry.redacted) return redactedText();
  if (entry.action === "contact.updated") {
    const change = rectification(entry);
    if (change) {
      const before = change.previous.map((p) => t("audit-field-value", { field: p.field, value: p.value })).join("; ");
      const fields = change.fields.join(", ") || t("audit-nothing");
      return before ? t("audit-changed-before", { fields, before }) : t("audit-changed", { fields });
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
      return t("audit-chain-edited", { entry: String(problem.entry) });
    case "missing":
      return t("audit-chain-missing", { after: String(problem.after), before: String(problem.before) });
    case "broken_link":
      return t("audit-chain-broken-link", { entry: String(problem.entry) });
    case "tail_missing":
      return t("audit-chain-tail-missing", { expected: String(problem.expected), found: String(problem.found) });
  }
}
