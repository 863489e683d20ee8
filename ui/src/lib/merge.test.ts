import { describe, expect, it } from "vitest";
import type { Contact } from "./bindings/Contact";
import type { MergeSummary } from "./bindings/MergeSummary";
import { defaultKeep, isEmpty, isMasked, matchText, mergeLines, mergeStatement } from "./merge";

const contact = (over: Partial<Contact>): Contact => ({
  id: 4,
  display_name: "Anna Kowalska",
  status: "customer",
  source: { kind: "person" },
  sensitive: [],
  created_at: "2026-01-02T10:00:00Z",
  updated_at: "2026-01-02T10:00:00Z",
  last_contact_at: null,
  given_name: null,
  family_name: null,
  emails: [],
  phones: [],
  organisation: null,
  job_title: null,
  addresses: [],
  tags: [],
  id_number: null,
  notes: null,
  restriction: null,
  erased_at: null,
  ...over,
});

const summary = (over: Partial<MergeSummary> = {}): MergeSummary => ({
  kept: contact({}),
  merged_id: 12,
  merged_name: "Anna K.",
  filled: [],
  notes_appended: false,
  points_added: [],
  tags_added: [],
  not_taken: [],
  conversations: 0,
  consent_events: 0,
  objections: 0,
  objections_dropped: 0,
  requests: 0,
  retention_hold_moved: false,
  ...over,
});

describe("possible duplicates in words", () => {
  it("says what two cards share, a name without repeating it", () => {
    expect(matchText({ on: "email", value: "anna@firma.pl" })).toBe("Same e-mail address: anna@firma.pl");
    expect(matchText({ on: "phone", value: "+48601234567" })).toBe("Same phone number: +48601234567");
    expect(matchText({ on: "name", value: "Anna Kowalska" })).toBe("Same name at the same organisation");
  });

  it("keeps the pair's first card, which the core gives as the older", () => {
    const card = (id: number) => ({ id, display_name: "A", status: "lead" as const, organisation: null, last_contact_at: null });
    expect(defaultKeep({ first: card(4), second: card(12), matches: [] })).toBe(4);
  });

  it("states which card goes into which, what moves and that it cannot be undone", () => {
    const said = mergeStatement({ id: 4, display_name: "Anna Kowalska" }, { id: 12, display_name: "Anna K." }, 2);
    expect(said.summary).toBe(
      "Anna K. (#12) will be merged into Anna Kowalska (#4): #12's e-mail addresses, phone numbers, postal addresses, " +
        "tags, 2 conversations, consents, objections and requests move to #4, and #12 is removed.",
    );
    expect(said.details.join(" ")).toContain("Where both cards have a different value, #4's stays; #12's is kept in #4's history.");
    const swapped = mergeStatement({ id: 12, display_name: "B" }, { id: 4, display_name: "A" }, 0);
    expect(swapped.summary).toContain("#4's e-mail addresses, phone numbers, postal addresses, tags, conversations,");
  });

  it("knows which fields came masked", () => {
    const masked = contact({ sensitive: ["id_number"] });
    expect(isMasked(masked, "id_number")).toBe(true);
    expect(isMasked(masked, "email")).toBe(false);
    expect(isMasked(masked, "conversations")).toBe(false);
  });
});

describe("what a merge did", () => {
  it("lists what was added, filled, moved and kept, from the core's summary", () => {
    const lines = mergeLines(
      summary({
        points_added: [
          { field: "email", value: "anna@dom.pl", label: "home" },
          { field: "phone", value: "••••4567", label: "mobile" },
        ],
        filled: ["job_title"],
        notes_appended: true,
        tags_added: ["Targi 2026"],
        conversations: 1,
        consent_events: 3,
        objections: 1,
        objections_dropped: 1,
        requests: 2,
        retention_hold_moved: true,
        not_taken: ["display_name", "organisation"],
      }),
    );
    expect(lines).toEqual([
      "Added e-mail address anna@dom.pl (Home)",
      "Added phone number ••••4567 (Mobile)",
      "Filled in: Job title",
      "The notes of #12 were added after this card's own",
      "Tags added: Targi 2026",
      "Moved here: 1 conversation, 3 consent records, 1 objection, 2 requests, the retention hold",
      "1 objection was left out: both cards had objected to the same purpose, and the earlier objection stays",
      "Kept this card's own name, organisation: #12 had other values, which the card's History shows",
    ]);
  });

  it("says so when the other card had nothing to add", () => {
    expect(mergeLines(summary())).toEqual(["#12 had nothing this card lacked."]);
  });
});

describe("the comparison's rows", () => {
  it("knows which fields hold nothing; status, dates and counts always show", () => {
    const c = contact({ emails: [{ value: "a@b.pl", label: "work", primary: true }], notes: "" });
    expect(isEmpty(c, "email")).toBe(false);
    expect(isEmpty(c, "phone")).toBe(true);
    expect(isEmpty(c, "notes")).toBe(true);
    expect(isEmpty(c, "tags")).toBe(true);
    expect(isEmpty(c, "status")).toBe(false);
    expect(isEmpty(c, "last_contact")).toBe(false);
    expect(isEmpty(c, "conversations")).toBe(false);
  });
});
