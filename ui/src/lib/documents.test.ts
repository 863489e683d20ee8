import { describe, expect, it } from "vitest";
import {
  documentFileName,
  emptyNoticeSource,
  extensionOf,
  LANGUAGES,
  noticeSource,
  noticeSourceError,
  parseRedactNames,
  savedText,
} from "./documents";

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

  it("reads the names to redact one per line, without blanks or repeats", () => {
    expect(parseRedactNames("")).toEqual([]);
    expect(parseRedactNames("  Jan Kowalski \r\n\n\tBożena  Wąsik-Pietrzak\njan kowalski\n   \nПламен Щерев")).toEqual([
      "Jan Kowalski",
      "Bożena Wąsik-Pietrzak",
      "Пламен Щерев",
    ]);
  });

  it("sends no source for an Art. 13 notice and a named one for Art. 14", () => {
    const form = emptyNoticeSource();
    expect(noticeSourceError(form)).toBeNull();
    expect(noticeSource(form)).toBeUndefined();

    form.origin = "other";
    form.name = "  ";
    expect(noticeSourceError(form)).toContain("Name the third party");
    form.kind = "public";
    expect(noticeSourceError(form)).toContain("Name the public source");
    form.name = " Krajowy Rejestr Sądowy ";
    expect(noticeSourceError(form)).toBeNull();
    expect(noticeSource(form)).toEqual({ kind: "public", name: "Krajowy Rejestr Sądowy" });

    // Back to Art. 13: whatever was typed is not sent.
    form.origin = "person";
    expect(noticeSource(form)).toBeUndefined();
  });
});

describe("the language a document starts in", () => {
  it("is the UI's until a document is made, then the last one's", async () => {
    const { setLanguage } = await import("./i18n.svelte");
    const { lastDocumentLanguage, rememberDocumentLanguage } = await import("./documents");
    setLanguage("pl");
    expect(lastDocumentLanguage()).toBe("pl");
    rememberDocumentLanguage("de");
    setLanguage("fr");
    expect(lastDocumentLanguage()).toBe("de");
    setLanguage("en");
  });
});
