// Retention warnings and rules as the Needs-attention view and the policy editor show them.
// The rules themselves (which period applies, what is due) live in the core; this words them
// and checks the forms before they are sent.

import type { CleanUp } from "./bindings/CleanUp";
import type { LifecycleStatus } from "./bindings/LifecycleStatus";
import type { Period } from "./bindings/Period";
import type { PeriodUnit } from "./bindings/PeriodUnit";
import type { RetentionAction } from "./bindings/RetentionAction";
import type { RetentionRule } from "./bindings/RetentionRule";
import type { RetentionWarning } from "./bindings/RetentionWarning";
import type { RulePreview } from "./bindings/RulePreview";
import { capitalised, keysOf, STATUS_LABELS } from "./format";
import { RETENTION_ACTION_WORDS } from "./words";

/** How many warnings a group loads at a time. */
export const WARNING_PAGE = 200;

/** "Erase", "Delete transcripts": the core's words for the actions, as labels. */
export const ACTION_LABELS: Readonly<Record<RetentionAction, string>> = {
  erase: capitalised(RETENTION_ACTION_WORDS.erase),
  delete_transcripts: capitalised(RETENTION_ACTION_WORDS.delete_transcripts),
};

/** The groups of the Needs-attention view, most serious first. */
export const ACTION_GROUPS: readonly { action: RetentionAction; title: string; hint: string }[] = [
  {
    action: "erase",
    title: "Due for erasure",
    hint: "Their whole retention period is over: erase them, or keep them with a reason until a review date.",
  },
  {
    action: "delete_transcripts",
    title: "Transcripts due for deletion",
    hint: "Their chats are kept longer than needed. Note what matters on the card, then delete the transcripts.",
  },
];

export const UNIT_LABELS: Readonly<Record<PeriodUnit, string>> = { days: "days", months: "months", years: "years" };
export const UNITS = keysOf(UNIT_LABELS);

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
}

/** "due today", "1 day overdue", "30 days overdue". */
export function overdueText(days: number): string {
  return days <= 0 ? "due today" : `${plural(days, "day")} overdue`;
}

/** "60 days", "1 month", "5 years". */
export function periodText(period: Period): string {
  return plural(period.amount, period.unit.replace(/s$/, ""));
}

/** "Leads: erase 12 months after the last contact", with the purpose when the rule names one. */
export function ruleText(rule: Pick<RetentionRule, "status" | "action" | "period" | "purpose_name">): string {
  const what = RETENTION_ACTION_WORDS[rule.action];
  const purpose = rule.purpose_name ? ` (kept for “${rule.purpose_name}”)` : "";
  return `${STATUS_LABELS[rule.status]}: ${what} ${periodText(rule.period)} after the last contact${purpose}`;
}

/** A date as the date input wants it: YYYY-MM-DD in local time. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The review date a "keep" proposes: three months from today (the end of a month stays in it). */
export function defaultReviewDate(today: Date): string {
  const target = new Date(today.getFullYear(), today.getMonth() + 3, 1);
  const lastDay = new Date(target.getFullYear(), target.getMonth() + 1, 0).getDate();
  target.setDate(Math.min(today.getDate(), lastDay));
  return isoDay(target);
}

/** The problem with a keep-with-reason form, or null when it will do. */
export function keepError(reason: string, reviewOn: string, today: Date): string | null {
  if (!reason.trim()) return "Say why the contact is kept: the reason goes into the audit log.";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(reviewOn)) return "Choose the date to review this contact again.";
  if (reviewOn <= isoDay(today)) return "The review date must be after today.";
  return null;
}

/**
 * A period typed in the policy editor, or why it cannot be read. Only reading is done here:
 * the bounds (1 to 36,500 days, 1,200 months, 100 years) are the core's, and its preview says
 * when a period is outside them.
 */
export function periodFromForm(amount: string, unit: PeriodUnit): { period: Period } | { error: string } {
  const text = amount.trim();
  if (!/^\d{1,9}$/.test(text)) return { error: `Give a whole number of ${unit}.` };
  return { period: { amount: Number(text), unit } };
}

/** What the policy editor says a new period would do. */
export function previewText(p: RulePreview): string {
  const what = p.action === "erase" ? "for erasure" : "for transcript deletion";
  const who = `${STATUS_LABELS[p.status as LifecycleStatus].toLowerCase()}`;
  const flagged = `${plural(Number(p.contacts), "contact")} with ${plural(Number(p.conversations), "transcript")}`;
  const now = `${plural(Number(p.current_contacts), "contact")} with ${plural(Number(p.current_conversations), "transcript")}`;
  return `With ${periodText(p.period)}, ${flagged} (${who}) would be flagged ${what} today — now ${now}.`;
}

/** Totals of what a bulk action will remove, for its confirmation. */
export function cleanUpTotals(warnings: readonly RetentionWarning[]): { contacts: number; conversations: number } {
  return { contacts: warnings.length, conversations: warnings.reduce((n, w) => n + Number(w.conversations), 0) };
}

/** The confirmation's question for a bulk action on `warnings`. */
export function cleanUpQuestion(action: RetentionAction, warnings: readonly RetentionWarning[]): string {
  const { contacts, conversations } = cleanUpTotals(warnings);
  return action === "erase"
    ? `Erase ${plural(contacts, "contact")} for good, with their ${plural(conversations, "conversation")}?`
    : `Delete ${plural(conversations, "conversation")} of ${plural(contacts, "contact")}, with all their messages?`;
}

/** What a bulk action did, in a sentence. */
export function cleanUpResultText(action: RetentionAction, report: CleanUp): string {
  const done =
    action === "erase"
      ? `Erased ${plural(report.done.length, "contact")}`
      : `Deleted ${plural(Number(report.conversations), "conversation")} of ${plural(report.done.length, "contact")}`;
  const messages = `${plural(Number(report.messages), "message")} removed`;
  const failed = report.failed.length ? `; ${report.failed.length} could not be done (listed below)` : "";
  const rest = Number(report.not_attempted) ? `; ${report.not_attempted} not attempted` : "";
  return `${done}, ${messages}${failed}${rest}.`;
}
