// The purpose form's state, and turning it into a PurposeSpec.

import type { LegalBasis } from "./bindings/LegalBasis";
import type { Purpose } from "./bindings/Purpose";
import type { FieldProblem } from "./bindings/FieldProblem";
import { REASON_CODES, type ReasonCode } from "./errors";
import { translated } from "./ipc";
import type { PurposeSpec } from "./bindings/PurposeSpec";
import type { Recipient } from "./bindings/Recipient";
import type { RecipientRole } from "./bindings/RecipientRole";
import type { Requirement } from "./bindings/Requirement";
import type { TransferSafeguard } from "./bindings/TransferSafeguard";
import { labels, t } from "./i18n.svelte";

export interface RecipientForm {
  name: string;
  role: RecipientRole;
  country: string;
  safeguard: TransferSafeguard;
  safeguard_detail: string;
}

export interface PurposeForm {
  name: string;
  description: string;
  legal_basis: LegalBasis;
  legitimate_interest: string;
  /** Whom the data is about, one category per line. */
  data_subject_categories: string;
  /** One category per line. */
  data_categories: string;
  recipients: RecipientForm[];
  retention_rule: string;
  requirement: Requirement["kind"];
  consequence: string;
  has_automated_decisions: boolean;
  automated_decisions: string;
  requires_confirmation: boolean;
  consent_wording: string;
}

export function emptyRecipient(): RecipientForm {
  return { name: "", role: "processor", country: "", safeguard: "eu_eea", safeguard_detail: "" };
}

export function purposeFormFrom(purpose: Purpose | null): PurposeForm {
  if (!purpose) {
    return {
      name: "",
      description: "",
      legal_basis: "b",
      legitimate_interest: "",
      data_subject_categories: "",
      data_categories: "",
      recipients: [],
      retention_rule: "",
      requirement: "voluntary",
      consequence: "",
      has_automated_decisions: false,
      automated_decisions: "",
      requires_confirmation: false,
      consent_wording: "",
    };
  }
  return {
    name: purpose.name,
    description: purpose.description,
    legal_basis: purpose.legal_basis,
    legitimate_interest: purpose.legitimate_interest ?? "",
    data_subject_categories: purpose.data_subject_categories.join("\n"),
    data_categories: purpose.data_categories.join("\n"),
    recipients: purpose.recipients.map((r) => ({ ...r, safeguard_detail: r.safeguard_detail ?? "" })),
    retention_rule: purpose.retention_rule ?? "",
    requirement: purpose.requirement.kind,
    consequence: purpose.requirement.kind === "voluntary" ? "" : purpose.requirement.consequence,
    has_automated_decisions: purpose.automated_decisions !== null,
    automated_decisions: purpose.automated_decisions ?? "",
    requires_confirmation: purpose.requires_confirmation,
    consent_wording: purpose.consent_wording ?? "",
  };
}

/** One entry per line, trimmed, without blank lines, each once (the core checks the same). */
export function linesOf(text: string): string[] {
  const lines = text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  return [...new Set(lines)];
}

function optional(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

function recipientFrom(form: RecipientForm): Recipient {
  return {
    name: form.name.trim(),
    role: form.role,
    country: form.country.trim().toUpperCase(),
    safeguard: form.safeguard,
    safeguard_detail: optional(form.safeguard_detail),
  };
}

/**
 * What the form itself cannot send: a ticked "automated decisions" box with nothing described
 * (unticked, the text is dropped). Everything else is the core's to judge: see `checkPurpose`.
 */
export function formOnlyError(form: PurposeForm): string | null {
  if (form.has_automated_decisions && !form.automated_decisions.trim()) return t("purpose-form-error-automated");
  return null;
}

/** The fields a problem of the core names, as the form labels them. */
const PROBLEM_FIELDS = ["name", "description", "legitimate_interest", "consent_wording", "requirement"] as const;
const FIELD_LABELS: Readonly<Record<(typeof PROBLEM_FIELDS)[number], string>> = labels("purpose-problem-field", PROBLEM_FIELDS);

/** A problem the core found, with the field it is in: "Description: say what the data is used for." */
export function problemText(problem: FieldProblem): string {
  const known = (PROBLEM_FIELDS as readonly string[]).includes(problem.field);
  const field =
    problem.field === "recipient"
      ? t("purpose-problem-recipient", { number: (problem.index ?? 0) + 1 })
      : known
        ? FIELD_LABELS[problem.field as (typeof PROBLEM_FIELDS)[number]]
        : problem.field;
  // The core's reason worded as the error saving would give ("Name: a purpose needs a name…").
  const reason = (REASON_CODES as readonly string[]).includes(problem.why.code) ? (problem.why.code as ReasonCode) : null;
  const worded = reason ? translated("invalid_input", reason, problem.why.params, { field }) : null;
  return worded === null ? t("purpose-problem", { field, problem: problem.message }) : t("said-purpose-problem", { problem: worded });
}

export function purposeSpecFrom(form: PurposeForm): PurposeSpec {
  const consent = form.legal_basis === "a";
  return {
    name: form.name.trim(),
    description: form.description.trim(),
    legal_basis: form.legal_basis,
    legitimate_interest: form.legal_basis === "f" ? optional(form.legitimate_interest) : null,
    data_subject_categories: linesOf(form.data_subject_categories),
    data_categories: form.data_categories
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean),
    recipients: form.recipients.map(recipientFrom),
    retention_rule: optional(form.retention_rule),
    requirement:
      form.requirement === "voluntary"
        ? { kind: "voluntary" }
        : { kind: form.requirement, consequence: form.consequence.trim() },
    automated_decisions: form.has_automated_decisions ? optional(form.automated_decisions) : null,
    requires_confirmation: consent && form.requires_confirmation,
    consent_wording: consent ? optional(form.consent_wording) : null,
  };
}
