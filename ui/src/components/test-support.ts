// Shared by the component tests. Each test file still declares
//   vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));
// (vi.mock is hoisted per file); `invoke` imported here is then that mock.

import { invoke } from "@tauri-apps/api/core";
import { vi } from "vitest";
import type { ContactCard } from "../lib/bindings/ContactCard";
import type { Purpose } from "../lib/bindings/Purpose";
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
    cleared: [],
    outcome_said: null,
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
    said: null,
    ...over,
  };
}

/** Anna Kowalska's card as the core returns it: a customer from a third party (Jan Nowak),
 * her phone masked, a phone call and a WhatsApp chat. */
export function sampleCard(): ContactCard {
  return {
    contact: {
      id: 4,
      display_name: "Anna Kowalska",
      status: "customer",
      source: { kind: "third_party", name: "Jan Nowak" },
      sensitive: ["phone"],
      created_at: "2024-01-02T10:00:00Z",
      updated_at: "2024-01-02T10:00:00Z",
      last_contact_at: "2024-03-14T10:00:00Z",
      given_name: null,
      family_name: null,
      emails: [{ value: "anna@example.pl", label: "work", primary: true }],
      phones: [{ value: "•••2345", label: "mobile", primary: true }],
      organisation: null,
      job_title: null,
      addresses: [],
      tags: [],
      id_number: null,
      notes: null,
      restriction: null,
      erased_at: null,
    },
    conversations: [
      { id: 1, contact_id: 4, channel: "phone", started_at: "2024-01-05T10:00:00Z", ended_at: null, external_ref: null, title: null, origin: "manual", message_count: 1 },
      { id: 2, contact_id: 4, channel: "chat", started_at: "2024-03-14T09:00:00Z", ended_at: null, external_ref: null, title: null, origin: "whatsapp", message_count: 2 },
    ],
  };
}

/** The newsletter: a consent purpose with double opt-in and its wording, version 2. */
export function samplePurpose(): Purpose {
  return {
    id: 7,
    name: "Newsletter",
    description: "Monthly news",
    legal_basis: "a",
    legitimate_interest: null,
    data_subject_categories: [],
    data_categories: [],
    recipients: [],
    retention_rule: null,
    requirement: { kind: "voluntary" },
    automated_decisions: null,
    requires_confirmation: true,
    consent_wording: "Yes, send me the monthly newsletter.",
    wording_version: 2,
    created_at: "2026-01-01T00:00:00.000Z",
    updated_at: "2026-01-01T00:00:00.000Z",
  };
}
