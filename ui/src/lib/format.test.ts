import { describe, expect, it } from "vitest";
import { formatDate, hitLocationLabel, senderLabel, sourceLabel } from "./format";

describe("format", () => {
  it("writes dates the short British way", () => {
    expect(formatDate(new Date(2024, 2, 14, 12).toISOString())).toBe("14 Mar 2024");
    expect(formatDate(null)).toBe("");
    expect(formatDate("not a date")).toBe("");
  });

  it("says where a search hit is", () => {
    expect(hitLocationLabel({ kind: "field", field: "email" })).toBe("E-mail");
    expect(hitLocationLabel({ kind: "field", field: "address" })).toBe("Address");
    const at = new Date(2024, 2, 14, 12).toISOString();
    expect(hitLocationLabel({ kind: "message", conversation_id: 1, message_id: 2, at })).toBe("Chat · 14 Mar 2024");
  });

  it("names senders and sources", () => {
    expect(senderLabel({ kind: "contact" }, "Anna Kowalska")).toBe("Anna Kowalska");
    expect(senderLabel({ kind: "staff", name: "Marta" }, "Anna")).toBe("Marta (staff)");
    expect(senderLabel({ kind: "other", name: "Jan" }, "Anna")).toBe("Jan");
    expect(sourceLabel({ kind: "person" })).toBe("The person");
    expect(sourceLabel({ kind: "person", via: { channel: "email", on: "2026-02-03" } })).toMatch(/^The person \(e-mail of .*2026\)$/);
    expect(sourceLabel({ kind: "third_party", name: "Jan Nowak" })).toBe("Third party: Jan Nowak");
    expect(sourceLabel({ kind: "public", name: "KRS" })).toBe("Public source: KRS");
  });
});
