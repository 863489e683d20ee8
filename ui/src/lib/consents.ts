// Consents as the UI shows them: labels, the record sent to the core, and the default name of
// an audience export. The rules (which actions are open, the state) come from the core.

import type { ConsentEventKind } from "./bindings/ConsentEventKind";
import type { ConsentMethod } from "./bindings/ConsentMethod";
import type { ConsentRecord } from "./bindings/ConsentRecord";
import type { ConsentState } from "./bindings/ConsentState";
import { keysOf } from "./format";
import { labels, t } from "./i18n.svelte";

/** Every state's label: message `consent-state-<code>` (the core's codes, in the UI's language). */
export const CONSENT_STATE_LABELS: Readonly<Record<ConsentState, string>> = labels("consent-state", [
  "never_given",
  "given",
  "confirmed",
  "withdrawn",
  "expired",
]);

/** The state's label; "given" only awaits confirmation where the purpose asks for double opt-in. */
export function consentStateLabel(state: ConsentState, requiresConfirmation: boolean): string {
  return state === "given" && requiresConfirmation ? t("consent-state-given-awaiting") : CONSENT_STATE_LABELS[state];
}

export const EVENT_KIND_LABELS: Readonly<Record<ConsentEventKind, string>> = labels("consent-event", [
  "given",
  "confirmed",
  "withdrawn",
  "expired",
]);

/** How a person can tell the firm; "system" is recorded by Custos itself, not offered. */
export const METHOD_LABELS: Readonly<Record<Exclude<ConsentMethod, "system">, string>> = labels("consent-method", [
  "web_form",
  "email",
  "phone",
  "in_person",
  "chat",
  "paper",
]);

export const METHODS = keysOf(METHOD_LABELS);

export function methodLabel(method: ConsentMethod): string {
  return method === "system" ? "Custos" : METHOD_LABELS[method];
}

export interface ConsentFormValues {
  method: ConsentMethod;
  /** A `datetime-local` value; empty for now. */
  at: string;
  evidence: string;
  /** The wording version shown (give only); null for the current one. */
  wordingVersion: number | null;
}

/** The record to send: blanks become nulls, a local time becomes UTC. */
export function consentRecord(values: ConsentFormValues): ConsentRecord {
  const evidence = values.evidence.trim();
  return {
    method: values.method,
    at: localInputToIso(values.at),
    evidence_ref: evidence === "" ? null : evidence,
    wording_version: values.wordingVersion,
  };
}

/** A `datetime-local` value ("2026-01-31T14:05") as an ISO UTC time; null when blank or unreadable. */
export function localInputToIso(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const [y, mo, d, h, mi, s] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(y, mo - 1, d, h, mi, s);
  // Reject dates that do not exist (31 February rolls over into March).
  if (Number.isNaN(date.getTime()) || date.getMonth() !== mo - 1 || date.getDate() !== d) return null;
  return date.toISOString();
}

/** Whether a `datetime-local` value is filled but cannot be read. */
export function isBadLocalInput(value: string): boolean {
  return value.trim() !== "" && localInputToIso(value) === null;
}

/** Letters of any language stay; characters that some file system refuses, and spaces, become dashes. */
function slugOf(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[<>:"/\\|?*\p{Cc}\s.]+/gu, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * The suggested file for an audience export, in the UI's language:
 * "newsletter-audience-2026-01-31.csv".
 */
export function audienceFileName(purposeName: string, today: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const date = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
  const purpose = slugOf(purposeName) || slugOf(t("consents-audience-file-fallback"));
  return `${slugOf(t("consents-audience-file", { purpose, date }))}.csv`;
}

/** "Wrote 1 person to …" / "Wrote 1,204 people to …". */
export function exportedMessage(count: number, path: string): string {
  return t("consents-audience-exported", { count, path });
}
