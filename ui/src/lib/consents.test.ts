import { describe, expect, it } from "vitest";
import {
  audienceFileName,
  consentRecord,
  consentStateLabel,
  exportedMessage,
  isBadLocalInput,
  localInputToIso,
} from "./consents";


describe("consent state", () => {
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
