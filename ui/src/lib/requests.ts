// Requests from data subjects as the Requests screen shows them. The rules (due dates,
// extensions, what may be closed) live in the core; this words them, orders the list, and
// checks the forms before they are sent.

import type { IdentityResult } from "./bindings/IdentityResult";
import type { NewRequest } from "./bindings/NewRequest";
import type { Request } from "./bindings/Request";
import type { RequestChannel } from "./bindings/RequestChannel";
import type { RequestKind } from "./bindings/RequestKind";
import type { RequestStatus } from "./bindings/RequestStatus";
import { keysOf } from "./format";

/** Each type of request, with the article of the GDPR that gives the right. */
export const KIND_LABELS: Readonly<Record<RequestKind, { label: string; article: string }>> = {
  access: { label: "Access", article: "Art. 15" },
  rectification: { label: "Rectification", article: "Art. 16" },
  erasure: { label: "Erasure", article: "Art. 17" },
  restriction: { label: "Restriction", article: "Art. 18" },
  portability: { label: "Portability", article: "Art. 20" },
  objection: { label: "Objection", article: "Art. 21" },
  automated_decisions: { label: "Automated decisions", article: "Art. 22" },
  consent_withdrawal: { label: "Consent withdrawal", article: "Art. 7(3)" },
};

export const KINDS = Object.keys(KIND_LABELS) as RequestKind[];

/** "Erasure (Art. 17)". */
export function kindText(kind: RequestKind): string {
  return `${KIND_LABELS[kind].label} (${KIND_LABELS[kind].article})`;
}

export const REQUEST_CHANNEL_LABELS: Readonly<Record<RequestChannel, string>> = {
  email: "E-mail",
  letter: "Letter",
  phone: "Phone",
  in_person: "In person",
  web_form: "Web form",
  other: "Other",
};

export const REQUEST_CHANNELS = keysOf(REQUEST_CHANNEL_LABELS);

export const REQUEST_STATUS_LABELS: Readonly<Record<RequestStatus, string>> = {
  received: "Received",
  identity_pending: "Identity pending",
  in_progress: "In progress",
  extended: "Extended",
  done: "Done",
  refused: "Refused",
};

export const IDENTITY_RESULT_LABELS: Readonly<Record<IdentityResult, string>> = {
  requested: "Proof asked for, not received yet",
  verified: "Verified",
  failed: "Failed",
};

export const IDENTITY_RESULTS = keysOf(IDENTITY_RESULT_LABELS);

/** A local calendar day as YYYY-MM-DD. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const DAY = new Intl.DateTimeFormat("en-GB", {
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** "Mon, 23 Nov 2026" for a YYYY-MM-DD day (no time zone shift); "" when unreadable. */
export function dayText(day: string | null): string {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return "";
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? "" : DAY.format(date);
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
}

/** Who asked: the contact's name, else the requester as they gave themselves. */
export function whoText(q: Pick<Request, "id" | "contact_name" | "requester_name">): string {
  if (q.contact_name) return q.contact_name;
  if (q.requester_name) return `${q.requester_name} (not matched to a contact)`;
  return `Request #${q.id}`;
}

/** How urgent an open request is, in words (not only colour): "Overdue by 3 days", "Due in 2 days". */
export function urgencyText(q: Pick<Request, "status" | "days_left" | "due_soon" | "overdue">): string {
  if (q.status === "done" || q.status === "refused") return REQUEST_STATUS_LABELS[q.status];
  if (q.overdue) return `Overdue by ${plural(-q.days_left, "day")}`;
  if (q.days_left === 0) return "Due today";
  if (q.due_soon) return `Due soon: ${plural(q.days_left, "day")} left`;
  return `${plural(q.days_left, "day")} left`;
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
  const step = (periodEnd: string, due: string) => {
    const moved =
      periodEnd === due
        ? ""
        : ` (${dayText(periodEnd)} is a weekend day, public holiday or closure day, so it moves to the next working day)`;
    return `${dayText(due)}${moved}`;
  };
  const first = `Received ${dayText(q.received_on)}; one month from receipt: ${step(q.original_period_end, q.original_due_on)}.`;
  if (!q.extension) return first;
  return `${first} Extended by two further months (${q.extension.reason}; the person was told on ${dayText(
    q.extension.notified_on,
  )}): due ${step(q.period_end, q.due_on)}.`;
}

/**
 * The action a request needs, and where it is done. Access and portability reports are not
 * built yet: the screen says so rather than pretending.
 */
export function nextStep(kind: RequestKind): { text: string; onCard: boolean; report: boolean } {
  const card = (text: string) => ({ text, onCard: true, report: false });
  switch (kind) {
    case "rectification":
      return card("Correct the data on the contact card (Edit).");
    case "erasure":
      return card("Erase the contact from their card (Erase).");
    case "restriction":
      return card("Restrict the contact from their card (Restrict).");
    case "objection":
      return card("Record the objection on the contact card's consents.");
    case "consent_withdrawal":
      return card("Record the withdrawal on the contact card's consents.");
    case "access":
      return {
        text: "Generate the access report (with the portable export if they want a copy to take away). It is recorded here as what was done.",
        onCard: false,
        report: true,
      };
    case "portability":
      return {
        text: "Generate the portable export (ZIP with JSON and CSV), with the access report beside it if useful. It is recorded here as what was done.",
        onCard: false,
        report: true,
      };
    case "automated_decisions":
      return {
        text: "Custos makes no automated decisions. Answer the person outside Custos and record what was done.",
        onCard: false,
        report: false,
      };
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
    return { error: "Say who asked: pick the contact, or give the requester's name as they gave it." };
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.receivedOn)) return { error: "Give the date the request arrived." };
  if (form.receivedOn > isoDay(today)) return { error: "The request cannot have arrived after today." };
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
  if (!method.trim()) return 'Say how identity was checked, e.g. "ID card shown at the office".';
  if (!checkedOn) return "Give the date of the check.";
  if (checkedOn > isoDay(today)) return "The check cannot be after today.";
  if (checkedOn < receivedOn) return "The check cannot be before the request arrived.";
  return null;
}

/** What is wrong with the extension form, or null (the core judges the notification date). */
export function extensionError(reason: string): string | null {
  return reason.trim() ? null : "Say why the request needs more time: the person is told the reasons.";
}

export function isClosed(q: Pick<Request, "status">): boolean {
  return q.status === "done" || q.status === "refused";
}

/** What the working-day calendar counts, in a sentence, from the core's `calendar_info`. */
export function calendarText(info: { country: string | null; supported: boolean }): string {
  if (!info.country) {
    return "No country is set in the company profile: only weekends and the closure days below move a deadline. Set the country above to count its public holidays.";
  }
  if (!info.supported) {
    return `Custos does not know the public holidays of ${info.country}: only weekends and the closure days below move a deadline. Add your public holidays as closure days.`;
  }
  return `Deadlines move past weekends, the public holidays of ${info.country} and the closure days below.`;
}

/** What is wrong with a new closure day, or null: a day must be given and not be listed already. */
export function closureDayError(day: string, existing: readonly { day: string }[]): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return "Choose the day the firm is closed.";
  if (existing.some((d) => d.day === day)) return `${dayText(day)} is already a closure day.`;
  return null;
}
