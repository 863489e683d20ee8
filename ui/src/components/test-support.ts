// Shared by the component tests. Each test file still declares
//   vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));
// (vi.mock is hoisted per file); `invoke` imported here is then that mock.

import { invoke } from "@tauri-apps/api/core";
import { vi } from "vitest";
import type { Request } from "../lib/bindings/Request";
import type { RequestAction } from "../lib/bindings/RequestAction";

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

/** A request as the core returns it: Erna's erasure request, received 16 March 2026, open. */
export function sampleRequest(over: Partial<Request> = {}): Request {
  return {
    id: 1,
    kind: "erasure",
    contact_id: 7,
    contact_name: "Erna Erase",
    requester_name: null,
    requester_contact: null,
    received_on: "2026-03-16",
    channel: "email",
    details: null,
    status: "received",
    identity: null,
    extension: null,
    original_period_end: "2026-04-16",
    original_due_on: "2026-04-16",
    period_end: "2026-04-16",
    due_on: "2026-04-16",
    days_left: 20,
    due_soon: false,
    overdue: false,
    closed_at: null,
    outcome: null,
    opened_by: "Ola",
    opened_at: "2026-03-16T10:00:00Z",
    erased: false,
    actions: [],
    letters: ["acknowledgement"],
    may_close_no_data: false,
    ...over,
  };
}

/** An action recorded on a request (an erasure on 20 March 2026 unless `over` says otherwise). */
export function sampleAction(over: Partial<RequestAction> = {}): RequestAction {
  return {
    id: 1,
    audit_entry_id: 9,
    audit_action: "contact.erased",
    done_at: "2026-03-20T10:00:00Z",
    description: "Erased",
    recorded_by: "Ola",
    recorded_at: "2026-03-20T10:00:00Z",
    ...over,
  };
}
