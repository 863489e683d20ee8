import { afterEach, describe, expect, it } from "vitest";
import {
  actionLabel,
  auditFilter,
  chainProblemText,
  detailsText,
  emptyAuditForm,
  filterFromForm,
  rectification,
  redactedText,
  targetContact,
  targetLabel,
} from "./audit";
import type { AuditEntry } from "./bindings/AuditEntry";
import { setLanguage } from "./i18n.svelte";

const entry = (set: Partial<AuditEntry>): AuditEntry => ({
  id: 1,
  at: "2026-05-03T09:00:00Z",
  operator: "Ola",
  action: "contact.created",
  target_kind: "contact",
  target_id: "4",
  details: {},
  redacted: false,
  ...set,
});

describe("filterFromForm", () => {
  it("sends nothing but the limit for an empty form", () => {
    expect(filterFromForm(emptyAuditForm(), 100)).toEqual({ filter: auditFilter({ limit: 100 }) });
  });

  it("takes a contact number with or without #, an action and a date range", () => {
    const form = { contact: " #12 ", action: "contact.updated", from: "2026-05-01", to: "2026-05-31" };
    expect(filterFromForm(form, 50)).toEqual({
      filter: auditFilter({ contact: 12, action: "contact.updated", from: "2026-05-01", to: "2026-05-31", limit: 50 }),
    });
  });

  it("says what to fix", () => {
    expect(filterFromForm({ ...emptyAuditForm(), contact: "Anna" }, 100)).toEqual({
      error: "The contact is its number, e.g. 12 (shown as #12).",
    });
    expect(filterFromForm({ ...emptyAuditForm(), from: "2026-05-31", to: "2026-05-01" }, 100)).toEqual({
      error: "The first day comes after the last day.",
    });
    expect("error" in filterFromForm({ ...emptyAuditForm(), to: "31.05.2026" }, 100)).toBe(true);
  });
});

describe("labels", () => {
  it("reads action codes and targets", () => {
    expect(actionLabel("contact.restriction_lifted")).toBe("Contact restriction lifted");
    expect(targetLabel({ target_kind: "contact", target_id: "4" })).toBe("Contact #4");
    expect(targetLabel({ target_kind: "vault", target_id: null })).toBe("Vault");
    expect(targetLabel({ target_kind: "company", target_id: null })).toBe("Company profile");
    expect(targetContact({ target_kind: "contact", target_id: "4" })).toBe(4);
    expect(targetContact({ target_kind: "purpose", target_id: "4" })).toBeNull();
  });

  it("words every chain problem", () => {
    expect(chainProblemText({ kind: "edited", entry: 3 })).toContain("#3");
    expect(chainProblemText({ kind: "missing", after: 3, before: 6 })).toContain("between #3 and #6");
    expect(chainProblemText({ kind: "broken_link", entry: 4 })).toContain("#4");
    expect(chainProblemText({ kind: "tail_missing", expected: 9, found: 7 })).toContain("#9");
  });
});

describe("rectification", () => {
  const updated = entry({
    action: "contact.updated",
    details: {
      fields: ["display_name", "id_number"],
      previous: { display_name: "Anna Kowalska", id_number: "•••••••••2345" },
      masked: ["id_number"],
    },
  });

  it("lists the changed fields and their previous values, marking masked ones", () => {
    expect(rectification(updated)).toEqual({
      fields: ["Name", "ID number"],
      previous: [
        { field: "Name", value: "“Anna Kowalska”", masked: false },
        { field: "ID number", value: "“•••••••••2345”", masked: true },
      ],
    });
  });

  it("shows a cleared previous value as empty", () => {
    const cleared = entry({ action: "contact.updated", details: { fields: ["email"], previous: { email: null } } });
    expect(rectification(cleared)?.previous).toEqual([{ field: "E-mail", value: "(empty)", masked: false }]);
  });

  it("has nothing for a redacted entry", () => {
    expect(rectification({ ...updated, details: { redacted: "the person was erased" }, redacted: true })).toBeNull();
  });

  it("reads as one line in the audit list", () => {
    expect(detailsText(updated)).toBe("Changed Name, ID number — before: Name “Anna Kowalska”; ID number “•••••••••2345”");
  });
});

describe("detailsText", () => {
  it("shows [redacted] for a redacted entry", () => {
    expect(detailsText(entry({ redacted: true, details: { redacted: "the person was erased" } }))).toBe(redactedText());
  });

  it("lists other details as label and value", () => {
    expect(detailsText(entry({ action: "contact.restricted", details: { reason: "Contested" } }))).toBe(
      "Reason: “Contested”",
    );
    expect(
      detailsText(entry({ action: "contact.erased", details: { status: "lead", conversations: 1, messages: 2, redacted_entries: [3, 4] } })),
    ).toBe("Status: Lead; Conversations: 1; Messages: 2; Redacted entries: 3, 4");
    expect(detailsText(entry({ details: {} }))).toBe("");
    expect(detailsText(entry({ action: "contact.sensitive_revealed", details: { fields: ["id_number"] } }))).toBe(
      "Fields: ID number",
    );
  });
});

describe("details in the UI's language", () => {
  afterEach(() => setLanguage("en"));

  it("words the codes the core recorded, and every detail's name", () => {
    const role = entry({ action: "operator.role_changed", target_kind: "vault", details: { operator: "Ola", from: "clerk", to: "owner" } });
    const opened = entry({
      action: "request.opened",
      details: { request: 3, kind: "access", channel: "web_form", received_on: "2026-03-01", due_on: "2026-04-01" },
    });
    const rekeyed = entry({ action: "vault.rekeyed", target_kind: "vault", details: { why: "operator_removed", operator: "Jan" } });
    expect(detailsText(role)).toBe("Operator: “Ola”; From: Clerk; To: Owner");
    setLanguage("pl");
    expect(detailsText(role)).toBe("Operator: „Ola”; Od: Pracownik; Do: Właściciel");
    const words = detailsText(opened);
    expect(words).toBe("Żądanie: 3; Rodzaj: Dostęp do danych; Kanał: Formularz internetowy; Data otrzymania: 1 mar 2026; Termin: 1 kwi 2026");
    expect(words).not.toMatch(/access|web_form|2026-03-01|Received|Due/);
    expect(detailsText(rekeyed)).toBe("Powód: Usunięto operatora; Operator: „Jan”");
  });

  it("words a retention rule by its codes, and shows an older entry's English as it was recorded", () => {
    const rule = entry({
      action: "retention.rule_set",
      target_kind: "vault",
      details: { rule: 4, status: "lead", action: "erase", period: { amount: 12, unit: "months" }, purpose: null },
    });
    const older = entry({
      action: "retention.rule_set",
      target_kind: "vault",
      details: { rule: 4, describe: "lead: erase 12 months after the last contact (rule for the status)" },
    });
    expect(detailsText(rule)).toBe("Rule #4: Lead: erase 12 months after the last contact");
    setLanguage("pl");
    expect(detailsText(rule)).toMatch(/^Reguła nr 4: .+: usunięcie 12 miesięcy po ostatnim kontakcie$/);
    expect(detailsText(older)).toContain("“lead: erase 12 months after the last contact (rule for the status)”".slice(1, -1));
  });

  it("leaves a value that is no code as it was recorded", () => {
    expect(detailsText(entry({ action: "vault.restored", details: { from: "/backups/firm.custos" } }))).toBe(
      "From: “/backups/firm.custos”",
    );
  });
});
