import { describe, expect, it } from "vitest";
import { letterFileName } from "./letters";

describe("letters", () => {
  it("names the file by request, letter, language and day", () => {
    expect(letterFileName("refusal", 12, "bg", new Date(2026, 10, 3))).toBe("request-12-refusal-bg-2026-11-03.pdf");
  });
});
