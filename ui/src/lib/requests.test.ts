import { describe, expect, it } from "vitest";
import { setLanguage } from "./i18n.svelte";
import { sampleAction, sampleRequest as baseRequest } from "../components/test-support";
import type { Request } from "./bindings/Request";
import {
  calendarText,
  closureDayError,
  dayText,
  deadlineText,
  emptyRequestForm,
  extensionError,
  identityError,
  kindText,
  nextStep,
  requestFromForm,
  sortRequests,
  urgencyText,
  whoText,
  actionDescriptionText,
  describeAction,
  identityMethodText,
  outcomeWords,
} from "./requests";

/** A request received on 31 January 2026 (dates as the test cases need them). */
function sampleRequest(over: Partial<Request> = {}): Request {
  return baseRequest({
    received_on: "2026-01-31",
    original_period_end: "2026-02-27",
    original_due_on: "2026-02-27",
    period_end: "2026-02-27",
    due_on: "2026-02-27",
    days_left: 10,
    opened_at: "2026-01-31T10:00:00Z",
    ...over,
  });
}

const today = new Date(2026, 10, 23);

describe("wording", () => {
  it("names the type with its article", () => {
    expect(kindText("erasure")).toBe("Erasure (Art. 17)");
    expect(kindText("consent_withdrawal")).toBe("Consent withdrawal (Art. 7(3))");
  });

  it("says who asked, and when the requester is not matched", () => {
    expect(whoText(sampleRequest())).toBe("Erna Erase");
    const stranger = sampleRequest({ contact_id: null, contact_name: null, requester_name: "J. Doe" });
    expect(whoText(stranger)).toBe("J. Doe (not matched to a contact)");
  });

  it("words what the core wrote on a request in the UI's language, and keeps what a person wrote", () => {
    const closed = sampleRequest({
      status: "done",
      outcome: "No personal data about the requester is held. szukano w kartach",
      outcome_said: { kind: "no_data_held", summary: "szukano w kartach" },
    });
    const erased = sampleRequest({
      erased: true,
      identity: { method: "[erased with the person]", result: "verified", checked_on: "2026-03-17" },
      cleared: ["identity_method"],
      outcome: "[erased with the person]",
      outcome_said: { kind: "cleared" },
    });
    const cleared = sampleAction({ description: "[erased with the person]", said: { kind: "cleared" } });
    const report = sampleAction({
      description: "Access report generated in polski (2 pages, SHA-256 abcdef012345)",
      said: { kind: "report_generated", language: "polski", pages: 2, sha256: "abcdef012345" },
    });
    expect(actionDescriptionText(report)).toBe(report.description);
    const written = sampleAction({ description: "usunięto kartę" });
    setLanguage("pl");
    try {
      expect(outcomeWords(closed)).toBe("Nie przechowujemy danych osobowych wnioskodawcy. szukano w kartach");
      expect(outcomeWords(erased)).toBe("[usunięto wraz z osobą]");
      expect(outcomeWords(sampleRequest({ outcome: "done by phone" }))).toBe("done by phone");
      expect(identityMethodText(erased)).toBe("[usunięto wraz z osobą]");
      expect(actionDescriptionText(cleared)).toBe("[usunięto wraz z osobą]");
      expect(actionDescriptionText(written)).toBe("usunięto kartę");
      expect(actionDescriptionText(report)).toBe(
        "Wygenerowano raport dostępu do danych, język: polski (2 strony, SHA-256 abcdef012345)",
      );
      expect(actionDescriptionText(sampleAction({ said: { kind: "export_generated", sha256: "abc" } }))).toBe(
        "Wygenerowano eksport do przeniesienia danych (ZIP, SHA-256 abc)",
      );
      expect(describeAction("contact.erased", "Erased the contact and their conversations")).toBe(
        "Usunięto kontakt i jego rozmowy",
      );
      expect(describeAction("document.access_report", "")).toBe("");
    } finally {
      setLanguage("en");
    }
  });

  it("names an erased requester's card by its number in the UI's language", () => {
    const erased = sampleRequest({ contact_id: 7, contact_name: "Erased contact #7", erased: true });
    expect(whoText(erased)).toBe("Erased contact #7");
    setLanguage("pl");
    try {
      expect(whoText(erased)).toBe("Usunięty kontakt nr 7");
    } finally {
      setLanguage("en");
    }
  });

  it("says how urgent a request is in words", () => {
    expect(urgencyText(sampleRequest({ overdue: true, days_left: -3 }))).toBe("Overdue by 3 days");
    expect(urgencyText(sampleRequest({ due_soon: true, days_left: 1 }))).toBe("Due soon: 1 day left");
    expect(urgencyText(sampleRequest({ due_soon: true, days_left: 0 }))).toBe("Due today");
    expect(urgencyText(sampleRequest({ days_left: 20 }))).toBe("20 days left");
    expect(urgencyText(sampleRequest({ status: "done" }))).toBe("Done");
  });

  it("reads days without a time zone shift", () => {
    expect(dayText("2026-03-01")).toBe("Sun, 1 Mar 2026");
    expect(dayText("nonsense")).toBe("");
  });

  it("explains the deadline, a move off a weekend, and an extension", () => {
    const plain = deadlineText(sampleRequest({ received_on: "2026-03-16", original_period_end: "2026-04-16", original_due_on: "2026-04-16" }));
    expect(plain).toBe("Received Mon, 16 Mar 2026; one month from receipt: Thu, 16 Apr 2026.");
    const moved = deadlineText(sampleRequest({ received_on: "2026-03-14", original_period_end: "2026-04-14", original_due_on: "2026-04-14" }));
    expect(moved).not.toContain("moves");
    const weekend = deadlineText(sampleRequest({ received_on: "2026-02-28", original_period_end: "2026-03-28", original_due_on: "2026-03-30" }));
    expect(weekend).toContain("Sat, 28 Mar 2026 is a weekend day, public holiday or closure day");
    const extended = deadlineText(
      sampleRequest({
        received_on: "2026-03-16",
        original_period_end: "2026-04-16",
        original_due_on: "2026-04-16",
        period_end: "2026-06-16",
        due_on: "2026-06-16",
        extension: { reason: "Many records", notified_on: "2026-04-01", extended_at: "2026-04-01T10:00:00Z" },
      }),
    );
    expect(extended).toContain("Extended by two further months (Many records; the person was told on Wed, 1 Apr 2026)");
    expect(extended).toContain("due Tue, 16 Jun 2026.");
  });

  it("points to the card where it can, and says plainly what is not built", () => {
    expect(nextStep("erasure").onCard).toBe(true);
    expect(nextStep("rectification").onCard).toBe(true);
    expect(nextStep("access")).toEqual({
      text: expect.stringContaining("Generate the access report"),
      onCard: false,
      report: true,
    });
    expect(nextStep("portability")).toMatchObject({ onCard: false, report: true });
    expect(nextStep("automated_decisions").report).toBe(false);
  });
});

describe("the list", () => {
  it("puts open requests first, each by due date", () => {
    const list = [
      sampleRequest({ id: 1, due_on: "2026-03-01", status: "done" }),
      sampleRequest({ id: 2, due_on: "2026-05-01" }),
      sampleRequest({ id: 3, due_on: "2026-04-01" }),
      sampleRequest({ id: 4, due_on: "2026-02-01", status: "refused" }),
    ];
    expect(sortRequests(list).map((q) => q.id)).toEqual([3, 2, 4, 1]);
  });
});

describe("forms", () => {
  it("needs the contact or the requester's name", () => {
    const form = emptyRequestForm(today);
    expect(form.receivedOn).toBe("2026-11-23");
    expect(requestFromForm(form, today)).toEqual({ error: expect.stringContaining("Say who asked") });
    const picked = requestFromForm({ ...form, contactId: 7, requesterName: "ignored" }, today);
    expect(picked).toEqual({
      request: {
        kind: "access",
        contact_id: 7,
        requester_name: null,
        requester_contact: null,
        received_on: "2026-11-23",
        channel: "email",
        details: null,
      },
    });
    const named = requestFromForm({ ...form, requesterName: " J. Doe ", requesterContact: "jd@example.com" }, today);
    expect(named).toMatchObject({ request: { requester_name: "J. Doe", requester_contact: "jd@example.com" } });
  });

  it("refuses a receipt date in the future or missing", () => {
    const form = { ...emptyRequestForm(today), contactId: 7 };
    expect(requestFromForm({ ...form, receivedOn: "2026-11-24" }, today)).toEqual({
      error: "The request cannot have arrived after today.",
    });
    expect(requestFromForm({ ...form, receivedOn: "" }, today)).toEqual({ error: "Give the date the request arrived." });
  });

  it("checks the identity and extension forms", () => {
    expect(identityError(" ", "2026-11-23", "2026-11-01", today)).toContain("Say how identity was checked");
    expect(identityError("ID card", "2026-10-01", "2026-11-01", today)).toContain("before the request arrived");
    expect(identityError("ID card", "2026-11-24", "2026-11-01", today)).toContain("after today");
    expect(identityError("ID card", "2026-11-23", "2026-11-01", today)).toBeNull();
    expect(extensionError("  ")).toContain("Say why");
    expect(extensionError("Many records")).toBeNull();
  });
});

describe("working days", () => {
  it("says which days move a deadline", () => {
    expect(calendarText({ country: null, supported: false })).toContain("Set the country");
    expect(calendarText({ country: "CH", supported: false })).toContain("does not know the public holidays of CH");
    expect(calendarText({ country: "PL", supported: true })).toBe(
      "Deadlines move past weekends, the public holidays of PL and the closure days below.",
    );
  });

  it("checks a new closure day", () => {
    expect(closureDayError("", [])).toBe("Choose the day the firm is closed.");
    expect(closureDayError("2026-12-24", [{ day: "2026-12-24" }])).toBe("Thu, 24 Dec 2026 is already a closure day.");
    expect(closureDayError("2026-12-24", [{ day: "2026-12-23" }])).toBeNull();
  });
});
