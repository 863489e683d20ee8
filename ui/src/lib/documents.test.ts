import { describe, expect, it } from "vitest";
import { documentFileName, extensionOf, LANGUAGES, savedText } from "./documents";

describe("documents", () => {
  it("offers the seven languages", () => {
    expect(LANGUAGES.map((l) => l.code)).toEqual(["en", "pl", "de", "fr", "it", "es", "bg"]);
  });

  it("names files by kind, contact, language and day", () => {
    const day = new Date(2026, 10, 3);
    expect(documentFileName("record", "pl", day)).toBe("record-of-processing-pl-2026-11-03.pdf");
    expect(documentFileName("access_report", "bg", day, 17)).toBe("access-report-17-bg-2026-11-03.pdf");
    expect(documentFileName("access_export", "bg", day, 17)).toBe("access-export-17-2026-11-03.zip");
    expect(documentFileName("notice_html", "de", day)).toBe("privacy-notice-de-2026-11-03.html");
    expect(extensionOf("access_export")).toBe("zip");
  });

  it("says what was saved", () => {
    expect(savedText({ path: "/tmp/r.pdf", pages: 3, bytes: 42_000, sha256: "ab" })).toBe("Saved /tmp/r.pdf (3 pages, 42 KB).");
    expect(savedText({ path: "/tmp/e.zip", pages: 0, bytes: 2_500_000, sha256: "ab" })).toBe("Saved /tmp/e.zip (2.4 MB).");
  });
});
