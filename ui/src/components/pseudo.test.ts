// @vitest-environment jsdom
// The screens in the pseudo-locale: every message English accented and 40 % longer. Any plain
// ASCII letter left on screen (text, tooltip, placeholder, accessible name) that is not the
// test's own data is text that does not come from the translation files: hard-coded, built by
// concatenation, or sent in English by the core. (Whether longer text is cut off is measured
// in the real window, where there is layout: tests/tests/desktop_languages.rs.)

import { openVault } from "../lib/vault-test-support";
import { render, waitFor } from "@testing-library/svelte";
import type { Component } from "svelte";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { ContactCard as Card } from "../lib/bindings/ContactCard";
import type { PurposeConsent } from "../lib/bindings/PurposeConsent";
import type { RetentionWarning } from "../lib/bindings/RetentionWarning";
import { PSEUDO, setLanguage } from "../lib/i18n.svelte";
import { pseudoBundle } from "../lib/pseudo";
import { session } from "../lib/session.svelte";
import { view } from "../lib/view.svelte";
import AttentionView from "./AttentionView.svelte";
import AuditView from "./AuditView.svelte";
import ContactCard from "./ContactCard.svelte";
import CreateVault from "./CreateVault.svelte";
import RequestsView from "./RequestsView.svelte";
import SettingsView from "./SettingsView.svelte";
import Shell from "./Shell.svelte";
import Unlock from "./Unlock.svelte";
import Welcome from "./Welcome.svelte";
import { answer, fakeLayout, invokeMock, sampleCard, samplePurpose, sampleRequest } from "./test-support";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));
vi.mock("@tauri-apps/api/event", () => ({ listen: vi.fn(async () => () => {}) }));

/** The test's own data, and what is not words: it may stay as it is. */
const DATA = [
  /Anna Kowalska|Jan Nowak|Erna Erase|Stefan Stale|Newsletter|Ola\b/g,
  /[\w.+-]+@[\w.-]+/g, // e-mail addresses
  /\/[\w./-]+/g, // paths
  /\bCustos\b/g,
  /\b(Ctrl|Strg)\b/g,
  /\b[A-Z]\b/g, // a single letter: a key, an initial
  /\bPDF|CSV|JSON|ZIP|vCard|WhatsApp|Google|Outlook|UTF-8|HTML\b/g,
  // Languages by their own names (the pickers), dates and times as Intl writes them.
  /\b(English|polski|Deutsch|français|italiano|español)\b/g,
  /\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/g,
];

/** Every piece of text a person sees or hears on the page, with where it is. */
function shown(): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest("script, style, [hidden]")) continue;
    if (node.textContent?.trim()) out.push(node.textContent.trim());
  }
  for (const element of document.body.querySelectorAll("*")) {
    for (const name of ["title", "placeholder", "aria-label", "alt"]) {
      const value = element.getAttribute(name);
      if (value?.trim()) out.push(`${name}: ${value.trim()}`);
    }
  }
  return out;
}

/** The pieces that still have plain letters once the data is taken out. */
function untranslated(): string[] {
  return shown().filter((text) => {
    let rest = text.replace(/^(title|placeholder|aria-label|alt): /, "");
    for (const pattern of DATA) rest = rest.replace(pattern, "");
    return /[A-Za-z]{2,}/.test(rest);
  });
}

const card: Card = sampleCard();

/** Her consent to the newsletter, confirmed: the card says why she may be contacted. */
const consent: PurposeConsent = {
  purpose: samplePurpose(),
  permission: {
    allowed: true,
    legal_basis: "a",
    consent: "confirmed",
    reason: "Anna Kowalska has confirmed consent for 'Newsletter'",
    why: { code: "consent", params: { name: "Anna Kowalska", state: "confirmed", purpose: "Newsletter" } },
    reach: [{ value: "anna@example.pl", label: "work", primary: true }],
  },
  history: [],
  objection: null,
  actions: ["give", "withdraw", "object"],
};

const warning: RetentionWarning = {
  contact_id: 9,
  display_name: "Stefan Stale",
  status: "lead",
  last_contact_at: "2026-08-01T10:00:00Z",
  had_contact: true,
  action: "delete_transcripts",
  rule: {
    id: 1,
    status: "lead",
    action: "delete_transcripts",
    period: { amount: 60, unit: "days" },
    purpose_id: null,
    purpose_name: null,
  },
  due_at: "2026-09-30T10:00:00Z",
  days_overdue: 54,
  conversations: 1,
  reason: "",
};

/** What the screens ask the core, answered with a little of everything; the rest never
 * answers (the screen shows its "loading" words, which must be translated too). */
function vault() {
  answer({});
  invokeMock.mockImplementation(async (command: string, args?: unknown) => {
    const a = (args ?? {}) as Record<string, unknown>;
    switch (command) {
      case "list_contacts":
        return { total: 1, items: [{ id: 4, display_name: "Anna Kowalska", status: "customer", organisation: null, last_contact_at: null }] };
      case "contact_consents":
        return [consent];
      case "list_tags":
      case "list_purposes":
      case "list_backups":
      case "closure_days":
      case "recent_imports":
        return [];
      case "get_contact":
        return card;
      case "retention_warnings":
        return a.action === "delete_transcripts" ? { warnings: [warning], total: 1 } : { warnings: [], total: 0 };
      case "list_requests":
        return [sampleRequest({ id: 1 }), sampleRequest({ id: 2, kind: "access", overdue: true, days_left: -3 })];
      case "passphrase_strength":
        return {
          score: 2,
          label: "fair",
          time_to_crack: "3 hours",
          warning: "A word by itself is easy to guess.",
          suggestions: ["Add another word or two. Uncommon words are better."],
          warning_code: "a_word_by_itself_is_easy_to_guess",
          suggestion_codes: ["add_another_word_or_two"],
          crack_time: { unit: "hours", count: 3 },
        };
      default:
        return new Promise(() => {});
    }
  });
}

const screens: [string, Component<Record<string, never>>, () => void][] = [
  ["Welcome", Welcome as Component<Record<string, never>>, () => {}],
  ["Create vault", CreateVault as Component<Record<string, never>>, () => {}],
  [
    "Unlock",
    Unlock as Component<Record<string, never>>,
    () => {
      session.unlockPath = "/home/ola/firma.custos";
    },
  ],
  [
    "Shell with the contact list",
    Shell as Component<Record<string, never>>,
    () => {
      session.opened(openVault("/home/ola/firma.custos", "Ola"));
    },
  ],
  ["Contact card", ContactCard as unknown as Component<Record<string, never>>, () => {}],
  ["Needs attention", AttentionView as Component<Record<string, never>>, () => {}],
  ["Requests", RequestsView as Component<Record<string, never>>, () => {}],
  ["Audit log", AuditView as Component<Record<string, never>>, () => {}],
  ["Settings", SettingsView as Component<Record<string, never>>, () => {}],
];

beforeAll(() => {
  fakeLayout();
  setLanguage(PSEUDO, pseudoBundle());
});

afterEach(() => {
  invokeMock.mockReset();
  view.reset();
  document.body.innerHTML = "";
});

afterAll(() => setLanguage("en"));

describe("in the pseudo-locale", () => {
  for (const [name, screen, prepare] of screens) {
    it(`${name} shows no text that is not from the translation files`, async () => {
      vault();
      prepare();
      const props = name === "Contact card" ? { id: 4, focus: null } : {};
      render(screen, { props: props as Record<string, never> });
      // Let the answers arrive and the screen settle.
      await waitFor(() => expect(document.body.textContent?.length ?? 0).toBeGreaterThan(0));
      await new Promise((r) => setTimeout(r, 50));
      expect(untranslated(), `${name}:\n${document.body.innerHTML.slice(0, 400)}`).toEqual([]);
    });
  }
});
