import { describe, expect, it } from "vitest";
import type { Purpose } from "./bindings/Purpose";
import { emptyRecipient, formOnlyError, problemText, purposeFormFrom, purposeSpecFrom } from "./purpose-form";
import { setLanguage } from "./i18n.svelte";

const newsletter: Purpose = {
  id: 3,
  wording_version: 2,
  created_at: "2026-01-02T10:00:00Z",
  updated_at: "2026-01-03T10:00:00Z",
  name: "Newsletter",
  description: "Monthly news about our trainings",
  legal_basis: "a",
  legitimate_interest: null,
  data_subject_categories: ["customers", "course participants"],
  data_categories: ["name", "e-mail address"],
  recipients: [
    { name: "MailerLite", role: "processor", country: "LT", safeguard: "eu_eea", safeguard_detail: null },
  ],
  retention_rule: "Until consent is withdrawn",
  requirement: { kind: "voluntary" },
  automated_decisions: null,
  requires_confirmation: true,
  consent_wording: "I want to receive the newsletter.",
};

describe("purpose form", () => {
  it("round-trips a purpose", () => {
    const { id, wording_version, created_at, updated_at, ...spec } = newsletter;
    void [id, wording_version, created_at, updated_at];
    expect(purposeSpecFrom(purposeFormFrom(newsletter))).toEqual(spec);
  });

  it("starts empty with sensible defaults", () => {
    const form = purposeFormFrom(null);
    expect(form.legal_basis).toBe("b");
    expect(form.recipients).toEqual([]);
    expect(formOnlyError(form)).toBeNull();
  });

  it("keeps the interest only for (f) and the wording and opt-in only for (a)", () => {
    const form = {
      ...purposeFormFrom(newsletter),
      legal_basis: "f" as const,
      legitimate_interest: " Following up on quotes ",
    };
    const spec = purposeSpecFrom(form);
    expect(spec.legitimate_interest).toBe("Following up on quotes");
    expect(spec.consent_wording).toBeNull();
    expect(spec.requires_confirmation).toBe(false);
  });

  it("reads categories one per line and tidies recipients", () => {
    const form = {
      ...purposeFormFrom(null),
      name: "Invoicing",
      legal_basis: "c" as const,
      data_categories: "name\n\n  tax number \n",
      recipients: [{ ...emptyRecipient(), name: " Biuro Rachunkowe ", country: "pl ", safeguard_detail: " " }],
      requirement: "statutory" as const,
      consequence: " We cannot issue an invoice ",
    };
    const spec = purposeSpecFrom(form);
    expect(spec.data_categories).toEqual(["name", "tax number"]);
    expect(spec.recipients).toEqual([
      { name: "Biuro Rachunkowe", role: "processor", country: "PL", safeguard: "eu_eea", safeguard_detail: null },
    ]);
    expect(spec.requirement).toEqual({ kind: "statutory", consequence: "We cannot issue an invoice" });
  });

  it("reads categories of data subjects one per line, each once", () => {
    const form = { ...purposeFormFrom(newsletter), data_subject_categories: " customers\n\nleads \ncustomers\n  " };
    expect(purposeFormFrom(newsletter).data_subject_categories).toBe("customers\ncourse participants");
    expect(purposeSpecFrom(form).data_subject_categories).toEqual(["customers", "leads"]);
    expect(purposeSpecFrom(purposeFormFrom(null)).data_subject_categories).toEqual([]);
  });

  it("asks only for what the form alone knows; the core judges the rest", () => {
    const base = { ...purposeFormFrom(null), name: "X" };
    expect(formOnlyError({ ...base, has_automated_decisions: true })).toMatch(/automated/);
    expect(formOnlyError({ ...base, legal_basis: "a" })).toBeNull();
  });

  it("words the core's problems with the field they are in", () => {
    const description = {
      field: "description",
      index: null,
      message: "say what the data is used for",
      why: { code: "purpose_description_missing", params: {} },
    };
    const recipient = {
      field: "recipient",
      index: 1,
      message: "Y: describe the 'other' safeguard",
      why: { code: "safeguard_detail_missing", params: { recipient: "Y" } },
    };
    expect(problemText(description)).toBe("Description: say what the data is used for.");
    expect(problemText(recipient)).toBe("Recipient 2: Y: describe the 'other' safeguard.");
    // A reason the UI has no words for keeps the core's English after the field.
    expect(problemText({ ...description, why: { code: "not_known", params: {} } })).toBe(
      "Description: say what the data is used for.",
    );
    setLanguage("pl");
    try {
      expect(problemText(description)).toBe("Opis: opisz, do czego są wykorzystywane dane.");
    } finally {
      setLanguage("en");
    }
  });

  it("drops automated decisions when unticked", () => {
    const form = { ...purposeFormFrom(newsletter), has_automated_decisions: false, automated_decisions: "scoring" };
    expect(purposeSpecFrom(form).automated_decisions).toBeNull();
  });
});
