import { describe, expect, it } from "vitest";
import type { RetentionWarning } from "./bindings/RetentionWarning";
import {
  cleanUpQuestion,
  cleanUpResultText,
  cleanUpTotals,
  defaultReviewDate,
  keepError,
  overdueText,
  periodFromForm,
  previewText,
  ruleText,
} from "./retention";

function warning(id: number, conversations: number): RetentionWarning {
  const rule = {
    id: 1,
    status: "lead",
    action: "delete_transcripts",
    period: { amount: 60, unit: "days" },
    purpose_id: null,
    purpose_name: null,
  } as const;
  return {
    contact_id: id,
    display_name: `Lead ${id}`,
    status: "lead",
    last_contact_at: "2026-01-01T00:00:00Z",
    had_contact: true,
    action: "delete_transcripts",
    rule,
    due_at: "2026-03-02T00:00:00Z",
    days_overdue: 3,
    conversations,
    reason: "no contact since 2026-01-01",
  };
}

describe("retention wording", () => {
  it("says how overdue a warning is", () => {
    expect(overdueText(0)).toBe("due today");
    expect(overdueText(1)).toBe("1 day overdue");
    expect(overdueText(1200)).toBe("1,200 days overdue");
  });

  it("words a rule, with the purpose that needs it", () => {
    const rule = { status: "lead", action: "erase", period: { amount: 12, unit: "months" }, purpose_name: null } as const;
    expect(ruleText(rule)).toBe("Lead: erase 12 months after the last contact");
    expect(ruleText({ ...rule, period: { amount: 1, unit: "years" }, purpose_name: "Tax records" })).toBe(
      "Lead: erase 1 year after the last contact (kept for “Tax records”)",
    );
  });

  it("previews what a new period would flag beside today", () => {
    const text = previewText({
      status: "lead",
      action: "delete_transcripts",
      period: { amount: 20, unit: "days" },
      contacts: 2,
      conversations: 3,
      current_contacts: 1,
      current_conversations: 1,
    });
    expect(text).toBe(
      "With 20 days, 2 contacts with 3 transcripts (lead) would be flagged for transcript deletion today — now 1 contact with 1 transcript.",
    );
  });
});

describe("keeping with a reason", () => {
  const today = new Date(2026, 10, 30);

  it("proposes a review three months on, staying inside short months", () => {
    expect(defaultReviewDate(new Date(2026, 10, 23))).toBe("2027-02-23");
    expect(defaultReviewDate(today)).toBe("2027-02-28");
  });

  it("wants a reason and a date after today", () => {
    expect(keepError(" ", "2027-01-01", today)).toMatch(/Say why/);
    expect(keepError("asked to wait", "", today)).toMatch(/Choose the date/);
    expect(keepError("asked to wait", "2026-11-30", today)).toMatch(/after today/);
    expect(keepError("asked to wait", "2026-12-01", today)).toBeNull();
  });
});

describe("the policy editor", () => {
  it("accepts whole periods within the core's bounds", () => {
    expect(periodFromForm(" 60 ", "days")).toEqual({ period: { amount: 60, unit: "days" } });
    // The bounds are the core's: the form only reads the number.
    expect(periodFromForm("101", "years")).toEqual({ period: { amount: 101, unit: "years" } });
    expect(periodFromForm("1.5", "months")).toHaveProperty("error");
    expect(periodFromForm("-3", "months")).toHaveProperty("error");
    expect(periodFromForm("abc", "years")).toHaveProperty("error");
  });
});

describe("bulk clean-up", () => {
  const list = [warning(1, 2), warning(2, 1)];

  it("says exactly what goes before asking", () => {
    expect(cleanUpTotals(list)).toEqual({ contacts: 2, conversations: 3 });
    expect(cleanUpQuestion("delete_transcripts", list)).toBe(
      "Delete 3 conversations of 2 contacts, with all their messages?",
    );
    expect(cleanUpQuestion("erase", [warning(1, 1)])).toBe("Erase 1 contact for good, with their 1 conversation?");
  });

  it("reports what was done and what was not", () => {
    const report = {
      done: [1],
      failed: [{ contact_id: 2, code: "contact_restricted", reason: null, params: {}, message: "Lead 2 is restricted" }],
      conversations: 2,
      messages: 7,
      not_attempted: 0,
    };
    expect(cleanUpResultText("delete_transcripts", report)).toBe(
      "Deleted 2 conversations of 1 contact, 7 messages removed; 1 could not be done (listed below).",
    );
    expect(cleanUpResultText("erase", { ...report, failed: [], not_attempted: 3 })).toBe(
      "Erased 1 contact, 7 messages removed; 3 not attempted.",
    );
  });
});
