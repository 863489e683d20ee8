// Requests from data subjects as the Requests screen shows them. The rules (due dates,
// extensions, what may be closed) live in the core; this words them, orders the list, and
// checks the forms before they are sent.

import type { IdentityResult } from "./bindings/IdentityResult";
import type { NewRequest } from "./bindings/NewRequest";
import type { Request } from "./bindings/Request";
import type { RequestAction } from "./bindings/RequestAction";
import type { RequestChannel } from "./bindings/RequestChannel";
import type { RequestKind } from "./bindings/RequestKind";
import type { RequestStatus } from "./bindings/RequestStatus";
import { keysOf } from "./format";
import { hasMessage, labels, locale, t } from "./i18n.svelte";

/** Each type of request, in the order the form offers them. */
export const KINDS: readonly RequestKind[] = [
  "access",
  "rectification",
  "erasure",
  "restriction",
  "portability",
  "objection",
  "automated_decisions",
  "consent_withdrawal",
];

/** Each type of request, with the article of the GDPR that gives the right ("Erasure", "Art. 17"). */
export const KIND_LABELS: Readonly<Record<RequestKind, string>> = labels("requests-kind", KINDS);
export const KIND_ARTICLES: Readonly<Record<RequestKind, string>> = labels("requests-article", KINDS);

/** "Erasure (Art. 17)". */
export function kindText(kind: RequestKind): string {
  return t("requests-kind-with-article", { kind: KIND_LABELS[kind], article: KIND_ARTICLES[kind] });
}

/** The right behind a type of request, as the GDPR names it: "Art. 17 GDPR: right to erasure (…)". */
export function kindRight(kind: RequestKind): string {
  return t("requests-kind-right", { article: KIND_ARTICLES[kind], right: t(`requests-right-${kind.replaceAll("_", "-")}`) });
}

export const REQUEST_CHANNEL_LABELS: Readonly<Record<RequestChannel, string>> = labels("requests-channel", [
  "email",
  "letter",
  "phone",
  "in_person",
  "web_form",
  "other",
]);

export const REQUEST_CHANNELS = keysOf(REQUEST_CHANNEL_LABELS);

export const REQUEST_STATUS_LABELS: Readonly<Record<RequestStatus, string>> = labels("requests-status", [
  "received",
  "identity_pending",
  "in_progress",
  "extended",
  "done",
  "refused",
]);

export const IDENTITY_RESULT_LABELS: Readonly<Record<IdentityResult, string>> = labels("requests-identity", [
  "requested",
  "verified",
  "failed",
]);

export const IDENTITY_RESULTS = keysOf(IDENTITY_RESULT_LABELS);

/** A local calendar day as YYYY-MM-DD. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const DAY: Intl.DateTimeFormatOptions = {
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
};

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** "Mon, 23 Nov 2026" for a YYYY-MM-DD day in the UI's language (no time zone shift); "" when unreadable. */
export function dayText(day: string | null): string {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return "";
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return "";
  // English as the British write it ("Mon, 23 Nov 2026"), the other languages their way.
  const tag = locale.intl === "en" ? "en-GB" : locale.intl;
  let format = dayFormats.get(tag);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, DAY);
    dayFormats.set(tag, format);
  }
  return format.format(date);
}

/** The name of the contact a request is matched to: an erased one's by its number in the UI's
 * language; null when it is matched to none. */
export function requestContactName(q: Pick<Request, "contact_id" | "contact_name" | "erased">): string | null {
  if (q.erased && q.contact_id !== null) return t("contacts-erased-name", { id: String(q.contact_id) });
  return q.contact_name;
}

/** How the requester's identity was checked, as written; the mark of words cleared with the
 * person in the UI's language. */
export function identityMethodText(q: Pick<Request, "identity" | "cleared">): string {
  if (q.cleared.includes("identity_method")) return t("requests-erased-text");
  return q.identity?.method ?? "";
}

/** What was done for a request, as recorded; what Custos wrote itself (the report or export
 * generated as the answer, the mark of words cleared with the person) in the UI's language. */
export function actionDescriptionText(action: Pick<RequestAction, "description" | "said">): string {
  const said = action.said;
  switch (said?.kind) {
    case "cleared":
      return t("requests-erased-text");
    case "report_generated":
      return t("requests-action-report-generated", { language: said.language, pages: said.pages, sha256: said.sha256 });
    case "export_generated":
      return t("requests-action-export-generated", { sha256: said.sha256 });
    default:
      return action.description;
  }
}

/** A closed request's outcome: what a person wrote, or what the core wrote (no personal data
 * held, with the summary given; cleared with the person) in the UI's language; null when none. */
export function outcomeWords(q: Pick<Request, "outcome" | "outcome_said">): string | null {
  const said = q.outcome_said;
  if (said?.kind === "cleared") return t("requests-erased-text");
  if (said?.kind === "no_data_held") {
    return said.summary ? t("requests-outcome-no-data-with", { summary: said.summary }) : t("requests-outcome-no-data");
  }
  return q.outcome;
}

/** The description to start from for an action proved by an audit entry of `action`, in the
 * UI's language; the core's own (`english`, "" when it has none) for an action this UI has no
 * words for. */
export function describeAction(action: string, english: string): string {
  const id = `requests-describe-${action.replace(/[._]/g, "-")}`;
  return /^[a-z_.]+$/.test(action) && hasMessage(id) ? t(id) : english;
}

/** Who asked: the contact's name, else the requester as they gave themselves. */
export function whoText(q: Pick<Request, "id" | "contact_id" | "contact_name" | "erased" | "requester_name">): string {
  const contact = requestContactName(q);
  if (contact) return contact;
  if (q.requester_name) return t("requests-who-unmatched", { name: q.requester_name });
  return t("requests-who-number", { id: String(q.id) });
}

/** How urgent an open request is, in words (not only colour): "Overdue by 3 days", "Due in 2 days". */
export function urgencyText(q: Pick<Request, "status" | "days_left" | "due_soon" | "overdue">): string {
  if (q.status === "done" || q.status === "refused") return REQUEST_STATUS_LABELS[q.status];
  if (q.overdue) return t("requests-urgency-overdue", { days: -q.days_left });
  if (q.days_left === 0) return t("requests-urgency-today");
  if (q.due_soon) return t("requests-urgency-soon", { days: q.days_left });
  return t("requests-urgency-left", { days: q.days_left });
}

/** Open requests first, each group by due date (earliest first), then by number. */
export function sortRequests(list: readonly Request[]): Request[] {
  const closed = (q: Request) => (q.status === "done" || q.status === "refused" ? 1 : 0);
  return [...list].sort(
    (a, b) => closed(a) - closed(b) || a.due_on.localeCompare(b.due_on) || a.id - b.id,
  );
}

/** How the deadline in force was reached, from the core's dates. */
export function deadlineText(
  q: Pick<Request, "received_on" | "original_period_end" | "original_due_on" | "period_end" | "due_on" | "extension">,
): string {
  const step = (periodEnd: string, due: string) =>
    periodEnd === due
      ? dayText(due)
      : t("requests-deadline-moved", { due: dayText(due), end: dayText(periodEnd) });
  const first = t("requests-deadline-received", {
    received: dayText(q.received_on),
    due: step(q.original_period_end, q.original_due_on),
  });
  if (!q.extension) return first;
  return t("requests-deadline-extended", {
    first,
    reason: q.extension.reason,
    told: dayText(q.extension.notified_on),
    due: step(q.period_end, q.due_on),
  });
}

/**
 * The action a request needs, and where it is done. Access and portability reports are not
 * built yet: the screen says so rather than pretending.
 */
export function nextStep(kind: RequestKind): { text: string; onCard: boolean; report: boolean } {
  const card = (text: string) => ({ text, onCard: true, report: false });
  switch (kind) {
    case "rectification":
      return card(t("requests-step-rectification"));
    case "erasure":
      return card(t("requests-step-erasure"));
    case "restriction":
      return card(t("requests-step-restriction"));
    case "objection":
      return card(t("requests-step-objection"));
    case "consent_withdrawal":
      return card(t("requests-step-consent-withdrawal"));
    case "access":
      return { text: t("requests-step-access"), onCard: false, report: true };
    case "portability":
      return { text: t("requests-step-portability"), onCard: false, report: true };
    case "automated_decisions":
      return { text: t("requests-step-automated-decisions"), onCard: false, report: false };
  }
}

/** The fields of the "Log a request" form. */
export interface RequestForm {
  kind: RequestKind;
  contactId: number | null;
  requesterName: string;
  requesterContact: string;
  receivedOn: string;
  channel: RequestChannel;
  details: string;
}

export function emptyRequestForm(today: Date): RequestForm {
  return {
    kind: "access",
    contactId: null,
    requesterName: "",
    requesterContact: "",
    receivedOn: isoDay(today),
    channel: "email",
    details: "",
  };
}

const opt = (value: string) => (value.trim() ? value.trim() : null);

/** The request to log, or what is wrong with the form. */
export function requestFromForm(form: RequestForm, today: Date): { request: NewRequest } | { error: string } {
  if (form.contactId === null && !form.requesterName.trim()) {
    return { error: t("requests-error-who") };
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.receivedOn)) return { error: t("requests-error-received-missing") };
  if (form.receivedOn > isoDay(today)) return { error: t("requests-error-received-future") };
  const matched = form.contactId !== null;
  return {
    request: {
      kind: form.kind,
      contact_id: form.contactId,
      requester_name: matched ? null : opt(form.requesterName),
      requester_contact: matched ? null : opt(form.requesterContact),
      received_on: form.receivedOn,
      channel: form.channel,
      details: opt(form.details),
    },
  };
}

/** What is wrong with an identity check, or null. */
export function identityError(method: string, checkedOn: string, receivedOn: string, today: Date): string | null {
  if (!method.trim()) return t("requests-error-identity-method");
  if (!checkedOn) return t("requests-error-identity-date");
  if (checkedOn > isoDay(today)) return t("requests-error-identity-future");
  if (checkedOn < receivedOn) return t("requests-error-identity-before");
  return null;
}

/** What is wrong with the extension form, or null (the core judges the notification date). */
export function extensionError(reason: string): string | null {
  return reason.trim() ? null : t("requests-error-extension-reason");
}

export function isClosed(q: Pick<Request, "status">): boolean {
  return q.status === "done" || q.status === "refused";
}

/** What the working-day calendar counts, in a sentence, from the core's `calendar_info`. */
export function calendarText(info: { country: string | null; supported: boolean }): string {
  if (!info.country) return t("requests-calendar-no-country");
  if (!info.supported) return t("requests-calendar-unsupported", { country: info.country });
  return t("requests-calendar-supported", { country: info.country });
}

/** What is wrong with a new closure day, or null: a day must be given and not be listed already. */
export function closureDayError(day: string, existing: readonly { day: string }[]): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return t("requests-closure-day-missing");
  if (existing.some((d) => d.day === day)) return t("requests-closure-day-taken", { day: dayText(day) });
  return null;
}
