import { describe, expect, it } from "vitest";
import { shortcutFor } from "./shortcuts";

const press = (key: string, mods: Partial<Record<"ctrlKey" | "metaKey" | "altKey" | "shiftKey", boolean>> = {}) =>
  shortcutFor({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe("shortcutFor", () => {
  it("maps Ctrl+K, Ctrl+N, Ctrl+I and Ctrl+L", () => {
    expect(press("k", { ctrlKey: true })).toBe("search");
    expect(press("n", { ctrlKey: true })).toBe("new-contact");
    expect(press("i", { ctrlKey: true })).toBe("import-contacts");
    expect(press("l", { ctrlKey: true })).toBe("lock");
  });

  it("accepts Caps Lock and ⌘ on a Mac", () => {
    expect(press("K", { ctrlKey: true })).toBe("search");
    expect(press("n", { metaKey: true })).toBe("new-contact");
  });

  it("maps a plain Escape", () => {
    expect(press("Escape")).toBe("escape");
    expect(press("Escape", { ctrlKey: true })).toBeNull();
  });

  it("leaves other keys and combinations alone", () => {
    expect(press("k")).toBeNull();
    expect(press("x", { ctrlKey: true })).toBeNull();
    expect(press("k", { ctrlKey: true, shiftKey: true })).toBeNull();
    expect(press("l", { ctrlKey: true, altKey: true })).toBeNull();
    expect(press("n", { ctrlKey: true, metaKey: true })).toBeNull();
  });
});
