// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { AudienceMember } from "../lib/bindings/AudienceMember";
import type { Contact } from "../lib/bindings/Contact";
import type { Purpose } from "../lib/bindings/Purpose";
import type { PurposeConsent } from "../lib/bindings/PurposeConsent";
import { consentSync } from "../lib/consent-sync.svelte";
import { view } from "../lib/view.svelte";
import ContactConsents from "./ContactConsents.svelte";
import PurposeAudience from "./PurposeAudience.svelte";
import { answer, fakeLayout, invokeMock, samplePurpose } from "./test-support";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));
vi.mock("@tauri-apps/api/event", () => ({ listen: vi.fn(async () => () => {}) }));

beforeAll(fakeLayout);

afterEach(() => {
  cleanup();
  invokeMock.mockReset();
  consentSync.reset();
  view.reset();
});

const contact: Contact = {
  id: 4,
  display_name: "Anna Kowalska",
  status: "lead",
  source: { kind: "person" },
  sensitive: [],
  created_at: "2026-01-02T10:00:00.000Z",
  updated_at: "2026-01-02T10:00:00.000Z",
  last_contact_at: null,
  restriction: null,
  erased_at: null,
  given_name: null,
  family_name: null,
  emails: [{ value: "anna@example.pl", label: "work", primary: true }],
  phones: [],
  organisation: null,
  job_title: null,
  addresses: [],
  tags: [],
  id_number: null,
  notes: null,
};

const newsletter: Purpose = samplePurpose();

const enquiries: Purpose = {
  ...newsletter,
  id: 8,
  name: "Answering enquiries",
  legal_basis: "b",
  requires_confirmation: false,
  consent_wording: null,
  wording_version: null,
};

const confirmed: PurposeConsent = {
  purpose: newsletter,
  permission: {
    allowed: true,
    legal_basis: "a",
    consent: "confirmed",
    reason: "Anna Kowalska has confirmed consent for 'Newsletter'",
    why: { code: "consent", params: { name: "Anna Kowalska", state: "confirmed", purpose: "Newsletter" } },
    reach: [{ value: "anna@example.pl", label: "work", primary: true }],
  },
  history: [
    {
      id: 1,
      contact_id: 4,
      purpose_id: 7,
      kind: "given",
      at: "2026-01-03T10:00:00.000Z",
      method: "web_form",
      wording_version: 2,
      wording_hash: "ab12",
      evidence_ref: "form-17",
      recorded_by: "Ola",
      recorded_at: "2026-01-03T10:01:00.000Z",
    },
    {
      id: 2,
      contact_id: 4,
      purpose_id: 7,
      kind: "confirmed",
      at: "2026-01-03T11:00:00.000Z",
      method: "email",
      wording_version: 2,
      wording_hash: "ab12",
      evidence_ref: "msg-9",
      recorded_by: "Ola",
      recorded_at: "2026-01-03T11:01:00.000Z",
    },
  ],
  objection: null,
  actions: ["give", "withdraw", "object"],
};

const contract: PurposeConsent = {
  purpose: enquiries,
  permission: {
    allowed: true,
    legal_basis: "b",
    consent: null,
    reason: "'Answering enquiries' relies on Art. 6(1)(b) contract",
    why: { code: "not_consent", params: { purpose: "Answering enquiries", basis: "b" } },
    reach: [{ value: "anna@example.pl", label: "work", primary: true }],
  },
  history: [],
  objection: null,
  actions: ["object"],
};

const withdrawn: PurposeConsent = {
  ...confirmed,
  permission: {
    allowed: false,
    legal_basis: "a",
    consent: "withdrawn",
    reason: "Anna Kowalska has withdrawn consent for 'Newsletter'",
    why: { code: "consent", params: { name: "Anna Kowalska", state: "withdrawn", purpose: "Newsletter" } },
    reach: [],
  },
  actions: ["give", "object"],
};

describe("ContactConsents", () => {
  it("shows each purpose's state and answer, and withdraws in one click with the last method", async () => {
    consentSync.lastMethod = "phone";
    let current = [confirmed, contract];
    answer({
      contact_consents: () => current,
      withdraw_consent: () => {
        current = [withdrawn, contract];
        return withdrawn;
      },
    });
    render(ContactConsents, { contact });
    const rows = await screen.findAllByTestId("consent-purpose");
    expect(rows).toHaveLength(2);
    expect(screen.getByTestId("consent-state").textContent?.trim()).toBe("Confirmed");
    const answers = screen.getAllByTestId("may-contact").map((p) => p.textContent?.replace(/\s+/g, " ").trim());
    expect(answers[0]).toBe("May contact — Anna Kowalska has confirmed consent for 'Newsletter'");
    expect(answers[1]).toBe("May contact — 'Answering enquiries' relies on Art. 6(1)(b) contract");

    await fireEvent.click(screen.getByTestId("withdraw-consent"));
    await waitFor(() => expect(screen.getByTestId("consent-state").textContent?.trim()).toBe("Withdrawn"));
    expect(invokeMock).toHaveBeenCalledWith("withdraw_consent", {
      contact: 4,
      purpose: 7,
      record: { method: "phone", at: null, evidence_ref: null, wording_version: null },
    });
    expect(consentSync.generation).toBe(1);
    expect(screen.getByRole("button", { name: "Give again…" })).toBeTruthy();
  });

  it("lists the history with wording version, evidence and who recorded it", async () => {
    answer({ contact_consents: () => [confirmed] });
    render(ContactConsents, { contact });
    await fireEvent.click(await screen.findByRole("button", { name: "History (2)" }));
    const table = screen.getByTestId("consent-history");
    const cells = [...table.querySelectorAll("tbody tr:first-child td")].map((td) => td.textContent?.trim());
    expect(cells.slice(1)).toEqual(["Confirmed", "E-mail", "Version 2", "msg-9", expect.stringContaining("Ola")]);
  });

  it("gives consent with the wording shown, and shows the core's refusal", async () => {
    const never: PurposeConsent = {
      ...confirmed,
      history: [],
      permission: {
        ...confirmed.permission,
        allowed: false,
        consent: "never_given",
        reason: "Anna Kowalska has never given consent for 'Newsletter'",
        why: { code: "consent", params: { name: "Anna Kowalska", state: "never_given", purpose: "Newsletter" } },
      },
      actions: ["give", "object"],
    };
    answer({
      contact_consents: () => [never],
      wording_history: () => [
        { version: 1, hash: "aa", text: "Old wording.", created_at: "2025-06-01T00:00:00.000Z" },
        { version: 2, hash: "ab12", text: newsletter.consent_wording, created_at: "2026-01-01T00:00:00.000Z" },
      ],
      give_consent: () =>
        Promise.reject({ code: "refused", message: "Anna Kowalska is restricted: no processing but storage." }),
    });
    render(ContactConsents, { contact });
    await fireEvent.click(await screen.findByRole("button", { name: "Give consent…" }));
    expect((await screen.findByTestId("consent-wording")).textContent).toBe("Yes, send me the monthly newsletter.");
    await fireEvent.change(screen.getByLabelText("Wording shown"), { target: { value: "1" } });
    expect(screen.getByTestId("consent-wording").textContent).toBe("Old wording.");
    await fireEvent.change(screen.getByLabelText("How"), { target: { value: "paper" } });
    await fireEvent.input(screen.getByLabelText(/Evidence reference/), { target: { value: "scan-3" } });
    await fireEvent.click(screen.getByTestId("consent-submit"));
    expect((await screen.findByTestId("consent-error")).textContent).toBe(
      "Anna Kowalska is restricted: no processing but storage.",
    );
    expect(invokeMock).toHaveBeenCalledWith("give_consent", {
      contact: 4,
      purpose: 7,
      record: { method: "paper", at: null, evidence_ref: "scan-3", wording_version: 1 },
    });
  });
});

describe("PurposeAudience", () => {
  const members = (n: number): AudienceMember[] =>
    Array.from({ length: n }, (_, i) => ({
      contact_id: i + 1,
      display_name: `Person ${i + 1}`,
      email: `p${i + 1}@example.pl`,
      phone: null,
      consent: "confirmed",
      since: "2026-01-03T11:00:00.000Z",
    }));

  it("renders a few rows of a large audience, and a withdrawal drops the person at once", async () => {
    let total = 50_000;
    let removed = false;
    answer({
      purpose_audience: ({ offset, limit }) => ({
        purpose_id: 7,
        legal_basis: "a",
        total,
        members: members(Number(limit))
          .map((m) => ({ ...m, contact_id: m.contact_id + Number(offset) }))
          .filter((m) => !(removed && m.contact_id === 1)),
      }),
      withdraw_consent: () => {
        removed = true;
        total -= 1;
        return withdrawn;
      },
    });
    render(PurposeAudience, { purpose: newsletter, onclose: () => {} });
    const rows = await screen.findAllByTestId("audience-row");
    expect(rows.length).toBeLessThan(50);
    expect(screen.getByTestId("audience-total").textContent?.replace(/\s+/g, " ").trim()).toBe("50,000 people");
    expect(rows[0]?.getAttribute("aria-setsize")).toBe("50000");

    await fireEvent.click(screen.getByRole("button", { name: "Withdraw consent of Person 1" }));
    await waitFor(() => expect(screen.getByTestId("audience-total").textContent?.replace(/\s+/g, " ").trim()).toBe("49,999 people"));
    expect(screen.queryByText("Person 1")).toBeNull();
    expect(screen.getByRole("status").textContent).toBe("Person 1: consent withdrawn.");
    expect(invokeMock).toHaveBeenCalledWith("withdraw_consent", {
      contact: 1,
      purpose: 7,
      record: { method: "email", at: null, evidence_ref: null, wording_version: null },
    });
  });

  it("exports to the suggested file, and says clearly when it exists", async () => {
    let exists = false;
    answer({
      purpose_audience: () => ({ purpose_id: 7, legal_basis: "a", total: 3, members: members(3) }),
      suggest_export_path: ({ fileName }) => `/home/ola/Documents/${String(fileName)}`,
      export_audience: ({ path }) => {
        if (exists) {
          return Promise.reject({
            code: "already_exists",
            message: `${String(path)} already exists. Choose another file name, or remove the existing file first.`,
          });
        }
        exists = true;
        return 3;
      },
    });
    render(PurposeAudience, { purpose: newsletter, onclose: () => {} });
    await fireEvent.click(await screen.findByTestId("audience-export"));
    const field = screen.getByLabelText<HTMLInputElement>("Save as");
    await waitFor(() => expect(field.value).toMatch(/^\/home\/ola\/Documents\/newsletter-audience-\d{4}-\d{2}-\d{2}\.csv$/));
    await fireEvent.click(screen.getByTestId("export-submit"));
    expect((await screen.findByTestId("export-done")).textContent).toBe(`Wrote 3 people to ${field.value}.`);
    await fireEvent.click(screen.getByTestId("export-submit"));
    expect((await screen.findByTestId("export-error")).textContent).toContain("already exists. Choose another file name");
  });

  it("opens a person's card from the list", async () => {
    answer({ purpose_audience: () => ({ purpose_id: 7, legal_basis: "a", total: 1, members: members(1) }) });
    render(PurposeAudience, { purpose: newsletter, onclose: () => {} });
    await fireEvent.click(await screen.findByRole("button", { name: "Person 1" }));
    expect(view.card).toEqual({ id: 1, focus: null });
  });
});
