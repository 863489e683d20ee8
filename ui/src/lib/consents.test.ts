import { describe, expect, it } from "vitest";
import type { PurposeConsent } from "./bindings/PurposeConsent";
import {
  audienceFileName,
  availableActions,
  consentRecord,
  consentState,
  consentStateLabel,
  exportedMessage,
  isBadLocalInput,
  localInputToIso,
} from "./consents";

function entry(basis: "a" | "b", consent: PurposeConsent["permission"]["consent"], objected = false): PurposeConsent {
  return {
    purpose: {
      id: 1,
      name: "Newsletter",
      description: "News",
      legal_basis: basis,
      legitimate_interest: null,
      data_subject_categories: [],
      data_categories: [],
      recipients: [],
      retention_rule: null,
      requirement: { kind: "voluntary" },
      automated_decisions: null,
      requires_confirmation: true,
      consent_wording: basis === "a" ? "Yes, send me news." : null,
      wording_version: basis === "a" ? 1 : null,
      created_at: "2026-01-01T00:00:00.000Z",
      updated_at: "2026-01-01T00:00:00.000Z",
    },
    permission: { allowed: false, legal_basis: basis, consent, reason: "" },
    history: [],
    objection: objected
      ? {
          id: 1,
          contact_id: 4,
          purpose_id: 1,
          at: "2026-01-02T00:00:00.000Z",
          method: "email",
          evidence_ref: null,
          recorded_by: "Ola",
          recorded_at: "2026-01-02T00:00:00.000Z",
        }
      : null,
  };
}

describe("availableActions", () => {
  it("offers what each consent state allows", () => {
    expect(availableActions(entry("a", "never_given"), false)).toEqual(["give", "object"]);
    expect(availableActions(entry("a", "given"), false)).toEqual(["confirm", "withdraw", "object"]);
    expect(availableActions(entry("a", "confirmed"), false)).toEqual(["withdraw", "object"]);
    expect(availableActions(entry("a", "withdrawn"), false)).toEqual(["give", "object"]);
    expect(availableActions(entry("a", "expired"), false)).toEqual(["give", "object"]);
  });

  it("offers only an objection for other bases, once, and nothing once erased", () => {
    expect(availableActions(entry("b", null), false)).toEqual(["object"]);
    expect(availableActions(entry("b", null, true), false)).toEqual([]);
    expect(availableActions(entry("a", "confirmed", true), false)).toEqual(["withdraw"]);
    expect(availableActions(entry("a", "confirmed"), true)).toEqual([]);
    // Restricted: withdraw and object only.
    expect(availableActions(entry("a", "given"), false, true)).toEqual(["withdraw", "object"]);
    expect(availableActions(entry("a", "withdrawn"), false, true)).toEqual(["object"]);
  });
});

describe("consent state", () => {
  it("is null for purposes that do not rely on consent", () => {
    expect(consentState(entry("b", null))).toBeNull();
    expect(consentState(entry("a", "given"))).toBe("given");
  });

  it("says a given consent awaits confirmation only under double opt-in", () => {
    expect(consentStateLabel("given", true)).toBe("Given, awaiting confirmation");
    expect(consentStateLabel("given", false)).toBe("Given");
    expect(consentStateLabel("never_given", false)).toBe("Never given");
  });
});

describe("consentRecord", () => {
  it("sends blanks as nulls and a local time as UTC", () => {
    expect(consentRecord({ method: "phone", at: "", evidence: "  ", wordingVersion: null })).toEqual({
      method: "phone",
      at: null,
      evidence_ref: null,
      wording_version: null,
    });
    const record = consentRecord({ method: "web_form", at: "2026-01-31T14:05", evidence: " form-17 ", wordingVersion: 2 });
    expect(record.evidence_ref).toBe("form-17");
    expect(record.wording_version).toBe(2);
    expect(record.at).toBe(new Date(2026, 0, 31, 14, 5).toISOString());
  });

  it("reads datetime-local values and refuses others", () => {
    expect(localInputToIso("2026-02-28T09:00:30")).toBe(new Date(2026, 1, 28, 9, 0, 30).toISOString());
    expect(localInputToIso("")).toBeNull();
    expect(isBadLocalInput("")).toBe(false);
    expect(isBadLocalInput("yesterday")).toBe(true);
    expect(isBadLocalInput("2026-02-31T10:00")).toBe(true);
  });
});

describe("audience export", () => {
  it("names the file after the purpose and the day", () => {
    const day = new Date(2026, 0, 31, 23, 59);
    expect(audienceFileName("Newsletter", day)).toBe("newsletter-audience-2026-01-31.csv");
    expect(audienceFileName("  Oferty / promocje: Łódź ", day)).toBe("oferty-promocje-łódź-audience-2026-01-31.csv");
    expect(audienceFileName("..", day)).toBe("purpose-audience-2026-01-31.csv");
  });

  it("says how many people were written", () => {
    expect(exportedMessage(1, "/tmp/a.csv")).toBe("Wrote 1 person to /tmp/a.csv.");
    expect(exportedMessage(1204, "/tmp/a.csv")).toBe("Wrote 1,204 people to /tmp/a.csv.");
    expect(exportedMessage(0, "/tmp/a.csv")).toBe("Wrote 0 people to /tmp/a.csv.");
  });
});
