import { describe, expect, it } from "vitest";
import type { Request } from "./bindings/Request";
import { sampleAction } from "../components/test-support";
import { canCloseNoData, letterFileName, lettersFor } from "./letters";

const extension = { reason: "Many transcripts", notified_on: "2026-03-20", extended_at: "2026-03-20T10:00:00Z" };
const action = sampleAction();

describe("letters", () => {
  it("offers the letters that fit the request's state", () => {
    const at = (status: Request["status"], extended = false) => lettersFor({ status, extension: extended ? extension : null });
    expect(at("received")).toEqual(["acknowledgement"]);
    expect(at("identity_pending")).toEqual(["acknowledgement"]);
    expect(at("extended", true)).toEqual(["acknowledgement", "extension"]);
    expect(at("done")).toEqual(["acknowledgement", "completion"]);
    expect(at("done", true)).toEqual(["acknowledgement", "extension", "completion"]);
    expect(at("refused")).toEqual(["acknowledgement", "refusal"]);
  });

  it("names the file by request, letter, language and day", () => {
    expect(letterFileName("refusal", 12, "bg", new Date(2026, 10, 3))).toBe("request-12-refusal-bg-2026-11-03.pdf");
  });

  it("closes as no data held only an open, unmatched request without actions", () => {
    expect(canCloseNoData({ status: "received", contact_id: null, actions: [] })).toBe(true);
    expect(canCloseNoData({ status: "identity_pending", contact_id: null, actions: [] })).toBe(true);
    expect(canCloseNoData({ status: "received", contact_id: 7, actions: [] })).toBe(false);
    expect(canCloseNoData({ status: "in_progress", contact_id: null, actions: [action] })).toBe(false);
    expect(canCloseNoData({ status: "done", contact_id: null, actions: [] })).toBe(false);
  });
});
