// Shared by the component tests. Each test file still declares
//   vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));
// (vi.mock is hoisted per file); `invoke` imported here is then that mock.

import { invoke } from "@tauri-apps/api/core";
import { vi } from "vitest";

export const invokeMock = vi.mocked(invoke);

/** Answers commands by name; an unknown command fails the test. */
export function answer(replies: Record<string, (args: Record<string, unknown>) => unknown>) {
  invokeMock.mockImplementation(async (command, args) => {
    const reply = replies[command];
    if (!reply) throw new Error(`unexpected command ${command}`);
    return reply((args ?? {}) as Record<string, unknown>);
  });
}

/** jsdom does no layout and lacks <dialog>'s modal methods: stand-ins for both. */
export function fakeLayout() {
  Element.prototype.scrollIntoView = vi.fn();
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute("open", "");
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute("open");
    this.dispatchEvent(new Event("close"));
  };
}
