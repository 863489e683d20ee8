// The app's global keyboard shortcuts.

export type Shortcut = "search" | "new-contact" | "import-contacts" | "lock" | "escape";

type Keys = Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey" | "shiftKey">;

const WITH_CTRL: Record<string, Shortcut> = { k: "search", n: "new-contact", i: "import-contacts", l: "lock" };

/** The shortcut a key press means, if any: Ctrl (or ⌘) + K / N / I / L, and Escape. */
export function shortcutFor(keys: Keys): Shortcut | null {
  if (keys.altKey || keys.shiftKey) return null;
  const command = keys.ctrlKey !== keys.metaKey;
  if (!command) return keys.key === "Escape" && !keys.ctrlKey ? "escape" : null;
  return WITH_CTRL[keys.key.toLowerCase()] ?? null;
}
