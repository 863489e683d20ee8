// Consents as the UI shows them: labels, the record sent to the core, and the default name of
// an audience export. The rules (which actions are open, the state) come from the core.

import type { ConsentEventKind } from "./bindings/ConsentEventKind";
import type { ConsentMethod } from "./bindings/ConsentMethod";
import type { ConsentRecord } from "./bindings/ConsentRecord";
import type { ConsentState } from "./bindings/ConsentState";
import { capitalised, keysOf } from "./format";
import { CONSENT_STATE_WORDS } from "./words";


/** The state's label; "given" only awaits confirmation where the purpose asks for double opt-in. */
export function consentStateLabel(state: ConsentState, requiresConfirmation: boolean): string {
  const label = capitalised(CONSENT_STATE_WORDS[state]);
  return state === "given" && requiresConfirmation ? `${label}, awaiting confirmation` : label;
}

export const EVENT_KIND_LABELS: Readonly<Record<ConsentEventKind, string>> = {
  given: "Given",
  confirmed: "Confirmed",
  withdrawn: "Withdrawn",
  expired: "Expired",
};

/** How a person can tell the firm; "system" is recorded by Custos itself, not offered. */
export const METHOD_LABELS: Readonly<Record<Exclude<ConsentMethod, "system">, string>> = {
  web_form: "Web form",
  email: "E-mail",
  phone: "Phone",
  in_person: "In person",
  chat: "Chat",
  paper: "Paper",
};

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

/**
 * The suggested file for an audience export: "newsletter-audience-2026-01-31.csv". Letters of
 * any language stay; characters that some file system refuses, and spaces, become dashes.
 */
export function audienceFileName(purposeName: string, today: Date): string {
  const slug = purposeName
    .trim()
    .toLowerCase()
    .replace(/[<>:"/\\|?*\p{Cc}\s.]+/gu, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
  const pad = (n: number) => String(n).padStart(2, "0");
  const date = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
  return `${slug || "purpose"}-audience-${date}.csv`;
}

/** "Wrote 1 person to …" / "Wrote 1,204 people to …". */
export function exportedMessage(count: number, path: string): string {
  const people = count === 1 ? "person" : "people";
  return `Wrote ${count.toLocaleString("en-GB")} ${people} to ${path}.`;
}
