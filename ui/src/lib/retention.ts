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
import { keysOf, STATUS_LABELS } from "./format";
import { labels, locale, t } from "./i18n.svelte";

/** How many warnings a group loads at a time. */
export const WARNING_PAGE = 200;

/** "Erase", "Delete transcripts": message `retention-action-<code>` for every action of the core. */
export const ACTION_LABELS: Readonly<Record<RetentionAction, string>> = labels("retention-action", [
  "erase",
  "delete_transcripts",
]);

/** The groups of the Needs-attention view, most serious first (title and hint in the UI's language). */
export const ACTION_GROUPS: readonly { action: RetentionAction; readonly title: string; readonly hint: string }[] = [
  {
    action: "erase",
    get title() {
      return t("retention-group-erase-title");
    },
    get hint() {
      return t("retention-group-erase-hint");
    },
  },
  {
    action: "delete_transcripts",
    get title() {
      return t("retention-group-delete-transcripts-title");
    },
    get hint() {
      return t("retention-group-delete-transcripts-hint");
    },
  },
];

export const UNIT_LABELS: Readonly<Record<PeriodUnit, string>> = labels("retention-unit", ["days", "months", "years"]);
export const UNITS = keysOf(UNIT_LABELS);

/** "due today", "1 day overdue", "30 days overdue". */
export function overdueText(days: number): string {
  return days <= 0 ? t("retention-due-today") : t("retention-overdue", { days });
}

/** "60 days", "1 month", "5 years". */
export function periodText(period: Period): string {
  const count = period.amount;
  switch (period.unit) {
    case "days":
      return t("count-days", { count });
    case "months":
      return t("retention-count-months", { count });
    case "years":
      return t("retention-count-years", { count });
  }
}

/** "Leads: erase 12 months after the last contact", with the purpose when the rule names one. */
export function ruleText(rule: Pick<RetentionRule, "status" | "action" | "period" | "purpose_name">): string {
  const args = { status: STATUS_LABELS[rule.status], period: periodText(rule.period), purpose: rule.purpose_name };
  if (rule.action === "erase") return t(rule.purpose_name ? "retention-rule-erase-kept" : "retention-rule-erase", args);
  return t(rule.purpose_name ? "retention-rule-delete-transcripts-kept" : "retention-rule-delete-transcripts", args);
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
  if (!reason.trim()) return t("retention-keep-error-reason");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(reviewOn)) return t("retention-keep-error-date");
  if (reviewOn <= isoDay(today)) return t("retention-keep-error-past");
  return null;
}

/**
 * A period typed in the policy editor, or why it cannot be read. Only reading is done here:
 * the bounds (1 to 36,500 days, 1,200 months, 100 years) are the core's, and its preview says
 * when a period is outside them.
 */
export function periodFromForm(amount: string, unit: PeriodUnit): { period: Period } | { error: string } {
  const text = amount.trim();
  if (!/^\d{1,9}$/.test(text)) return { error: t("retention-period-error", { unit }) };
  return { period: { amount: Number(text), unit } };
}

/** Languages that write a status in the middle of a sentence as its label has it: German nouns
 * keep their capital ("(Interessent)"); the others lower-case it ("(lead)"). */
const CAPITALISED_NOUNS = new Set(["de"]);

/** What the policy editor says a new period would do. */
export function previewText(p: RulePreview): string {
  const label = STATUS_LABELS[p.status as LifecycleStatus];
  return t(p.action === "erase" ? "retention-preview-erase" : "retention-preview-delete-transcripts", {
    period: periodText(p.period),
    status: CAPITALISED_NOUNS.has(locale.language) ? label : label.toLocaleLowerCase(locale.intl),
    contacts: Number(p.contacts),
    transcripts: Number(p.conversations),
    currentContacts: Number(p.current_contacts),
    currentTranscripts: Number(p.current_conversations),
  });
}

/** Totals of what a bulk action will remove, for its confirmation. */
export function cleanUpTotals(warnings: readonly RetentionWarning[]): { contacts: number; conversations: number } {
  return { contacts: warnings.length, conversations: warnings.reduce((n, w) => n + Number(w.conversations), 0) };
}

/** The confirmation's question for a bulk action on `warnings`. */
export function cleanUpQuestion(action: RetentionAction, warnings: readonly RetentionWarning[]): string {
  return t(action === "erase" ? "retention-cleanup-question-erase" : "retention-cleanup-question-delete-transcripts", {
    ...cleanUpTotals(warnings),
  });
}

/** What a bulk action did, in a sentence. */
export function cleanUpResultText(action: RetentionAction, report: CleanUp): string {
  return t(action === "erase" ? "retention-cleanup-result-erase" : "retention-cleanup-result-delete-transcripts", {
    contacts: report.done.length,
    conversations: Number(report.conversations),
    messages: Number(report.messages),
    failed: report.failed.length,
    skipped: Number(report.not_attempted),
  });
}
