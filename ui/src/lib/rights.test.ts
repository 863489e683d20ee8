import { describe, expect, it } from "vitest";
import { eraseBlockedReason, eraseConfirmed, eraseWord, erasureLines, frozenReason, reasonError } from "./rights";

const active = { restriction: null, erased_at: null };
const restricted = { restriction: { since: "2026-05-03T09:00:00Z", reason: "Accuracy contested" }, erased_at: null };
const erased = { restriction: null, erased_at: "2026-05-04T09:00:00Z" };

describe("frozenReason", () => {
  it("is null for a contact in normal use", () => {
    expect(frozenReason(active)).toBeNull();
  });

  it("names the date and the reason of a restriction", () => {
    const reason = frozenReason(restricted);
    expect(reason).toContain("3 May 2026");
    expect(reason).toContain("Accuracy contested");
    expect(reason).toContain("Lift the restriction");
  });

  it("says an erased card can no longer change", () => {
    expect(frozenReason(erased)).toContain("Erased on 4 May 2026");
  });
});

describe("eraseBlockedReason", () => {
  it("offers erasure only for a contact in normal use", () => {
    expect(eraseBlockedReason(active)).toBeNull();
    expect(eraseBlockedReason(restricted)).toContain("Lift the restriction first");
    expect(eraseBlockedReason(erased)).toContain("already erased");
  });
});

describe("reasonError", () => {
  it("asks for a reason that is not blank", () => {
    expect(reasonError("   ")).toContain("Say why");
    expect(reasonError("Contested")).toBeNull();
  });
});

describe("eraseConfirmed", () => {
  it("accepts the name as shown, ignoring case and extra spaces", () => {
    expect(eraseConfirmed("anna  kowalska ", "Anna Kowalska", false)).toBe(true);
    expect(eraseConfirmed("Anna", "Anna Kowalska", false)).toBe(false);
    expect(eraseConfirmed("", "Anna Kowalska", false)).toBe(false);
  });

  it("accepts ERASE in capitals", () => {
    expect(eraseConfirmed("ERASE", "Anna Kowalska", false)).toBe(true);
    expect(eraseConfirmed(" ERASE ", "Anna Kowalska", false)).toBe(true);
    expect(eraseConfirmed("erase", "Anna Kowalska", false)).toBe(false);
  });

  it("wants the word in the UI's language: USUŃ in Polish", async () => {
    const { setLanguage } = await import("./i18n.svelte");
    setLanguage("pl");
    try {
      expect(eraseWord()).toBe("USUŃ");
      expect(eraseConfirmed("USUŃ", "•••••••••lska", true)).toBe(true);
      expect(eraseConfirmed("ERASE", "•••••••••lska", true)).toBe(false);
    } finally {
      setLanguage("en");
    }
  });

  it("accepts only ERASE when the name is masked", () => {
    expect(eraseConfirmed("•••••••••lska", "•••••••••lska", true)).toBe(false);
    expect(eraseConfirmed("ERASE", "•••••••••lska", true)).toBe(true);
  });
});

describe("erasureLines", () => {
  it("counts what was removed, in words", () => {
    const lines = erasureLines({
      contact_id: 7,
      erased_at: "2026-05-04T09:00:00Z",
      conversations: 1,
      messages: 3,
      evidence_cleared: 0,
      audit_entries_redacted: 2,
      log_emptied: true,
      backups_hold_until: null,
    });
    expect(lines).toEqual([
      "1 conversation with 3 messages deleted",
      "0 evidence references cleared",
      "2 audit entries redacted",
      "Write-ahead log emptied: nothing of theirs remains readable in the file.",
      "No backup holds this person's data yet.",
    ]);
  });

  it("says when the log is emptied later", () => {
    const lines = erasureLines({
      contact_id: 7,
      erased_at: "2026-05-04T09:00:00Z",
      conversations: 0,
      messages: 0,
      evidence_cleared: 1,
      audit_entries_redacted: 1,
      log_emptied: false,
      backups_hold_until: "2027-04-01T09:00:00Z",
    });
    expect(lines[3]).toContain("emptied when the vault is next locked");
    expect(lines[4]).toBe(
      "Backups made before now still hold it until 1 Apr 2027, when the last of them is rotated out. Erasure cannot reach into a backup.",
    );
  });
});
