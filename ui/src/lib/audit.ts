// The audit log as the UI reads it: the filter form, readable entries, the chain check.

import type { AuditEntry } from "./bindings/AuditEntry";
import type { AuditFilter } from "./bindings/AuditFilter";
import type { ChainProblem } from "./bindings/ChainProblem";
import type { ContactField } from "./bindings/ContactField";
import type { JsonValue } from "./bindings/serde_json/JsonValue";
import type { Label } from "./bindings/Label";
import type { LifecycleStatus } from "./bindings/LifecycleStatus";
import type { PeriodUnit } from "./bindings/PeriodUnit";
import type { RetentionAction } from "./bindings/RetentionAction";
import { CHANNEL_LABELS, FIELD_LABELS, formatDate, formatDateTime, ORIGIN_LABELS, POINT_LABELS, STATUS_LABELS } from "./format";
import { hasMessage, t } from "./i18n.svelte";
import { IDENTITY_RESULT_LABELS, KIND_LABELS, REQUEST_CHANNEL_LABELS } from "./requests";
import { ACTION_LABELS, periodText, ruleText, UNIT_LABELS } from "./retention";
import { DOCUMENT_LANGUAGES } from "./words";

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
const FIELD_LISTS = ["fields", "masked", "filled", "sensitive_added"];

function fieldList(values: JsonValue[]): string {
  return values.map((v) => (typeof v === "string" ? fieldLabel(v) : valueText(v))).join(", ") || t("audit-none");
}

/** A message's words, or null when there is no such message. */
const message = (id: string): string | null => (hasMessage(id) ? t(id) : null);

/** The words of a code the core recorded under `key` (a status, a request's kind, an
 * operator's role…); null when the key holds no code or the value is none this UI knows
 * (then it is shown as recorded). */
export function codeText(key: string, value: string): string | null {
  const from = (table: Readonly<Record<string, string>>): string | null => (Object.hasOwn(table, value) ? table[value] : null);
  const kebab = (code: string) => code.replaceAll("_", "-");
  switch (key) {
    case "status":
      return from(STATUS_LABELS);
    case "kind":
      return from(KIND_LABELS);
    case "channel":
      return from(REQUEST_CHANNEL_LABELS) ?? from(CHANNEL_LABELS);
    case "result":
      return from(IDENTITY_RESULT_LABELS);
    case "origin":
      return from(ORIGIN_LABELS);
    case "action":
      return from(ACTION_LABELS);
    case "language":
      return DOCUMENT_LANGUAGES.find((l) => l.code === value)?.name ?? null;
    case "letter":
      return /^[a-z_]+$/.test(value) ? message(`requests-letter-${kebab(value)}`) : null;
    // An operator's role, and a role changed from one to another.
    case "role":
    case "from":
    case "to":
      return /^[a-z_]+$/.test(value) ? message(`operators-role-${kebab(value)}`) : null;
  }
  return /^[a-z_]+$/.test(value) ? message(`audit-value-${kebab(key)}-${kebab(value)}`) : null;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A retention period as recorded ({ amount, unit }), or null. */
function period(value: JsonValue | undefined): { amount: number; unit: PeriodUnit } | null {
  if (!isObject(value) || typeof value.amount !== "number" || typeof value.unit !== "string") return null;
  return Object.hasOwn(UNIT_LABELS, value.unit) ? { amount: value.amount, unit: value.unit as PeriodUnit } : null;
}

/** One value, in one line (`key`: the detail it is, which says how to read a code). */
export function valueText(value: JsonValue | undefined, key = ""): string {
  if (value === null || value === undefined) return t("audit-empty-value");
  if (typeof value === "string") {
    if (value === "") return t("audit-empty-value");
    const code = codeText(key, value);
    if (code !== null) return code;
    // A day or a time the core recorded (ISO 8601), as the UI's language writes it.
    if (ISO_DAY.test(value)) return formatDate(`${value}T00:00:00`) || t("audit-quoted", { value });
    if (ISO_TIME.test(value)) return formatDateTime(value) || t("audit-quoted", { value });
    return t("audit-quoted", { value });
  }
  if (typeof value === "boolean") return t(value ? "audit-true" : "audit-false");
  if (typeof value === "number") return String(value);
  if (Array.isArray(value))
    return value.map((v) => (typeof v === "string" ? (codeText(key, v) ?? v) : valueText(v, key))).join(", ") || t("audit-none");
  const recorded = period(value);
  if (recorded) return periodText(recorded);
  // A contact point: its value and kind, e.g. “anna@nowak.pl” (Work).
  if (typeof value.value === "string" && typeof value.label === "string" && value.label in POINT_LABELS)
    return t("audit-point", { value: value.value, label: POINT_LABELS[value.label as Label] });
  return Object.entries(value)
    .map(([k, v]) => t("audit-key-value", { key: fieldLabel(k), value: FIELD_LISTS.includes(k) && Array.isArray(v) ? fieldList(v) : valueText(v, k) }))
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
  // A retention rule set or removed, by its codes (entries written before hold the core's
  // English words, "describe", shown as they were recorded).
  if (entry.action === "retention.rule_set" || entry.action === "retention.rule_removed") {
    const rule = retentionRule(details);
    if (rule) return rule;
  }
  return valueText(details);
}

/** A retention rule as an audit entry records it, in words; null when it records it otherwise. */
function retentionRule(details: JsonValue): string | null {
  if (!isObject(details)) return null;
  const { status, action, purpose } = details;
  const recorded = period(details.period);
  if (typeof status !== "string" || !Object.hasOwn(STATUS_LABELS, status)) return null;
  if (typeof action !== "string" || !Object.hasOwn(ACTION_LABELS, action) || recorded === null) return null;
  const words = ruleText({
    status: status as LifecycleStatus,
    action: action as RetentionAction,
    period: recorded,
    purpose_name: typeof purpose === "string" ? purpose : null,
  });
  return typeof details.rule === "number" ? t("audit-rule", { id: String(details.rule), rule: words }) : words;
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
