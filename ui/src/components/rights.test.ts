// @vitest-environment jsdom
// Restriction, erasure, history and the audit screen, through the components.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { AuditEntry } from "../lib/bindings/AuditEntry";
import type { Contact } from "../lib/bindings/Contact";
import type { ContactCard as Card } from "../lib/bindings/ContactCard";
import { contactList, PAGE_SIZE } from "../lib/contact-list.svelte";
import { setLanguage } from "../lib/i18n.svelte";
import { session } from "../lib/session.svelte";
import { openVault, readOnlyVault } from "../lib/vault-test-support";
import { view } from "../lib/view.svelte";
import AuditView from "./AuditView.svelte";
import ContactCard from "./ContactCard.svelte";
import ContactList from "./ContactList.svelte";
import { answer, fakeLayout, invokeMock } from "./test-support";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));
vi.mock("@tauri-apps/api/event", () => ({ listen: vi.fn(async () => () => {}) }));

beforeAll(fakeLayout);
// Everything here is done by an owner (the card and the register show what the role may do).
beforeAll(() => {
  session.vault = openVault("/srv/firma.custos", "Ola");
});

afterEach(() => {
  invokeMock.mockReset();
  contactList.reset();
  view.reset();
});

const anna: Contact = {
  id: 4,
  display_name: "Anna Kowalska",
  status: "customer",
  source: { kind: "person" },
  sensitive: [],
  created_at: "2026-01-02T10:00:00Z",
  updated_at: "2026-01-02T10:00:00Z",
  last_contact_at: null,
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
  restriction: null,
  erased_at: null,
};
const frozenAnna: Contact = { ...anna, restriction: { since: "2026-05-03T09:00:00Z", reason: "Accuracy contested" } };
const cardOf = (contact: Contact): Card => ({ contact, conversations: [] });
const button = (name: string) => screen.getByRole<HTMLButtonElement>("button", { name });

describe("a read-only operator", () => {
  it("sees the card with no button that would change it", async () => {
    session.vault = readOnlyVault("/srv/firma.custos", "Auditor");
    try {
      answer({ get_contact: () => cardOf(frozenAnna) });
      render(ContactCard, { id: 4, focus: null });
      await screen.findByTestId("frozen-banner");
      for (const id of ["edit-contact", "access-report", "restrict-contact", "erase-contact", "lift-restriction"]) {
        expect(screen.queryByTestId(id), id).toBeNull();
      }
      expect(screen.queryByRole("button", { name: "Add conversation" })).toBeNull();
      expect(screen.getByTestId("history-toggle")).toBeTruthy();
    } finally {
      session.vault = openVault("/srv/firma.custos", "Ola");
    }
  });
});

describe("restriction on the card", () => {
  it("restricts with a reason, then shows the frozen banner and disables every change", async () => {
    answer({ get_contact: () => cardOf(anna), restrict_contact: () => frozenAnna });
    render(ContactCard, { id: 4, focus: null });
    await fireEvent.click(await screen.findByRole("button", { name: "Restrict processing…" }));
    const dialog = screen.getByTestId("restriction-dialog");
    await fireEvent.click(within(dialog).getByRole("button", { name: "Restrict processing" }));
    expect(within(dialog).getByTestId("form-error").textContent).toContain("Say why");
    expect(invokeMock).not.toHaveBeenCalledWith("restrict_contact", expect.anything());

    await fireEvent.input(within(dialog).getByLabelText(/Reason/), { target: { value: "Accuracy contested" } });
    await fireEvent.click(within(dialog).getByRole("button", { name: "Restrict processing" }));
    await waitFor(() =>
      expect(invokeMock).toHaveBeenCalledWith("restrict_contact", { id: 4, reason: "Accuracy contested" }),
    );
    const banner = await screen.findByTestId("frozen-banner");
    expect(banner.textContent).toContain("3 May 2026");
    expect(screen.getByTestId("frozen-reason").textContent).toBe("Accuracy contested");
    for (const name of ["Edit", "Add conversation", "Import chat export", "Erase…"]) {
      expect(button(name).disabled, name).toBe(true);
    }
    expect(button("Erase…").title).toContain("Lift the restriction first");
    expect(screen.queryByTestId("restriction-dialog")).toBeNull();
  });

  it("lifts a restriction with a reason", async () => {
    answer({ get_contact: () => cardOf(frozenAnna), lift_restriction: () => anna });
    render(ContactCard, { id: 4, focus: null });
    await fireEvent.click(await screen.findByTestId("lift-restriction"));
    const dialog = screen.getByTestId("restriction-dialog");
    await fireEvent.input(within(dialog).getByLabelText(/Reason/), { target: { value: "Accuracy verified" } });
    await fireEvent.click(within(dialog).getByRole("button", { name: "Lift restriction" }));
    await waitFor(() => expect(screen.queryByTestId("frozen-banner")).toBeNull());
    expect(invokeMock).toHaveBeenCalledWith("lift_restriction", { id: 4, reason: "Accuracy verified" });
    expect(button("Edit").disabled).toBe(false);
  });

  it("shows the core's message when a change is refused, and the banner after reloading", async () => {
    const message = "Anna Kowalska is restricted since 2026-05-03 (Accuracy contested): lift the restriction first.";
    let restricted = false;
    answer({
      get_contact: () => cardOf(restricted ? frozenAnna : anna),
      edit_contact: () => {
        restricted = true;
        return Promise.reject({ code: "contact_restricted", message });
      },
    });
    render(ContactCard, { id: 4, focus: null });
    await fireEvent.click(await screen.findByRole("button", { name: "Edit" }));
    await fireEvent.input(screen.getByLabelText("E-mail 1"), { target: { value: "anna@kowalska.pl" } });
    await fireEvent.click(button("Save changes"));
    expect((await screen.findByTestId("form-error")).textContent).toBe(message);
    await screen.findByTestId("frozen-banner");
  });
});

describe("erasure on the card", () => {
  it("asks for the name, then shows the tombstone and what was removed", async () => {
    let erased = false;
    const tombstone: Contact = { ...anna, display_name: "Erased contact #4", emails: [], erased_at: "2026-05-04T09:00:00Z" };
    answer({
      get_contact: () => cardOf(erased ? tombstone : anna),
      erase_contact: () => {
        erased = true;
        return {
          contact_id: 4,
          erased_at: "2026-05-04T09:00:00Z",
          conversations: 2,
          messages: 5,
          evidence_cleared: 1,
          audit_entries_redacted: 3,
          log_emptied: true,
          backups_hold_until: "2027-04-01T09:00:00Z",
        };
      },
      backups_hold_until: () => "2027-04-01T09:00:00Z",
    });
    render(ContactCard, { id: 4, focus: null });
    await fireEvent.click(await screen.findByRole("button", { name: "Erase…" }));
    const dialog = screen.getByTestId("erase-dialog");
    expect(dialog.textContent).toContain("every conversation and message");
    expect(dialog.textContent).toContain("the consent and objection history");
    await waitFor(() => expect(within(dialog).getByTestId("erase-backups").textContent).toContain("until 1 Apr 2027"));
    const submit = within(dialog).getByRole<HTMLButtonElement>("button", { name: "Erase for good" });
    expect(submit.disabled).toBe(true);
    const confirm = within(dialog).getByLabelText(/Type the contact's name/);
    await fireEvent.input(confirm, { target: { value: "Anna" } });
    expect(submit.disabled).toBe(true);
    await fireEvent.input(confirm, { target: { value: "anna kowalska" } });
    expect(submit.disabled).toBe(false);
    await fireEvent.click(submit);

    await waitFor(() => expect(screen.getByTestId("card-name").textContent).toBe("Erased contact #4"));
    expect(invokeMock).toHaveBeenCalledWith("erase_contact", { id: 4 });
    expect(screen.getByTestId("tombstone").textContent).toContain("Erased on");
    const result = screen.getByTestId("erasure-result").textContent;
    expect(result).toContain("2 conversations with 5 messages deleted");
    expect(result).toContain("3 audit entries redacted");
    expect(screen.queryByRole("button", { name: "Erase…" })).toBeNull();
    expect(button("Edit").disabled).toBe(true);
  });

  it("shows an erased card's name in the UI's language", async () => {
    const tombstone: Contact = { ...anna, display_name: "Erased contact #4", emails: [], erased_at: "2026-05-04T09:00:00Z" };
    answer({ get_contact: () => cardOf(tombstone) });
    setLanguage("pl");
    try {
      render(ContactCard, { id: 4, focus: null });
      await waitFor(() => expect(screen.getByTestId("card-name").textContent).toBe("Usunięty kontakt nr 4"));
    } finally {
      setLanguage("en");
    }
  });

  it("needs ERASE when the name is masked", async () => {
    answer({ get_contact: () => cardOf({ ...anna, display_name: "•••••••••lska", sensitive: ["display_name"] }) });
    render(ContactCard, { id: 4, focus: null });
    await fireEvent.click(await screen.findByRole("button", { name: "Erase…" }));
    const dialog = screen.getByTestId("erase-dialog");
    const confirm = within(dialog).getByLabelText("Type ERASE to confirm");
    await fireEvent.input(confirm, { target: { value: "ERASE" } });
    expect(within(dialog).getByRole<HTMLButtonElement>("button", { name: "Erase for good" }).disabled).toBe(false);
  });
});

describe("history on the card", () => {
  it("lists who changed which fields and what they held before", async () => {
    const change: AuditEntry = {
      id: 9,
      at: "2026-05-02T09:00:00Z",
      operator: "Marta",
      action: "contact.updated",
      target_kind: "contact",
      target_id: "4",
      details: {
        fields: ["email", "id_number"],
        previous: { email: "anna@old.pl", id_number: "•••••2345" },
        masked: ["id_number"],
      },
      redacted: false,
    };
    const merge: AuditEntry = {
      ...change,
      id: 10,
      action: "contact.merged",
      details: { merged: 12, merged_name: "Anna K.", fields: ["phone"], previous: { phone: [] }, masked: [] },
    };
    answer({ get_contact: () => cardOf(anna), contact_history: () => [merge, change] });
    render(ContactCard, { id: 4, focus: null });
    await fireEvent.click(await screen.findByRole("button", { name: "History" }));
    const [merged, item] = await screen.findAllByTestId("history-entry");
    expect(merged?.textContent).toContain("merged #12 (Anna K.) into this card, taking Phone");
    if (!item) throw new Error("no correction listed");
    expect(item.textContent).toContain("Marta");
    expect(item.textContent).toContain("changed E-mail, ID number");
    expect(item.textContent).toContain("“anna@old.pl”");
    expect(item.textContent).toContain("“•••••2345” (sensitive, masked)");
    expect(invokeMock).toHaveBeenCalledWith("contact_history", { id: 4 });
  });
});

describe("AuditView", () => {
  const entries: AuditEntry[] = [
    {
      id: 12,
      at: "2026-05-04T09:00:00Z",
      operator: "Ola",
      action: "contact.erased",
      target_kind: "contact",
      target_id: "4",
      details: { status: "customer", conversations: 0, messages: 0, redacted_entries: [9] },
      redacted: false,
    },
    {
      id: 9,
      at: "2026-05-02T09:00:00Z",
      operator: "Marta",
      action: "contact.updated",
      target_kind: "contact",
      target_id: "4",
      details: { redacted: "the person was erased" },
      redacted: true,
    },
  ];

  it("lists entries newest first, filters, and verifies the chain", async () => {
    answer({
      audit_actions: () => ["contact.created", "contact.updated", "contact.erased"],
      list_audit: () => entries,
      verify_audit: () => ({ ok: true, entries_checked: 12, problems: [] }),
    });
    render(AuditView);
    const rows = await screen.findAllByTestId("audit-entry");
    expect(rows.map((r) => r.dataset.action)).toEqual(["contact.erased", "contact.updated"]);
    expect(rows[1]?.textContent).toContain("[redacted]");
    expect(rows[0]?.textContent).toContain("Contact #4");
    await waitFor(() => expect(screen.getAllByRole("option").length).toBe(4));

    await fireEvent.input(screen.getByLabelText("Contact number"), { target: { value: "4" } });
    await fireEvent.change(screen.getByLabelText("Action"), { target: { value: "contact.updated" } });
    await fireEvent.input(screen.getByLabelText("From"), { target: { value: "2026-05-01" } });
    await fireEvent.click(button("Show"));
    await waitFor(() =>
      expect(invokeMock).toHaveBeenLastCalledWith("list_audit", {
        filter: {
          target_kind: null,
          target_id: null,
          contact: 4,
          action: "contact.updated",
          from: "2026-05-01",
          to: null,
          limit: 100,
        },
      }),
    );

    await fireEvent.click(button("Verify chain"));
    const ok = await screen.findByText(/Chain OK/);
    expect(ok.textContent?.replace(/\s+/g, " ")).toContain("Chain OK: 12 entries checked, none changed");
  });

  it("shows the problems of a broken chain and a filter mistake", async () => {
    answer({
      audit_actions: () => [],
      list_audit: () => [],
      verify_audit: () => ({ ok: false, entries_checked: 5, problems: [{ kind: "edited", entry: 3 }] }),
    });
    render(AuditView);
    expect((await screen.findByText("No entries match this filter.")).textContent).toBeTruthy();
    await fireEvent.click(button("Verify chain"));
    expect((await screen.findByText(/Entry #3 was changed/)).textContent).toBeTruthy();
    await fireEvent.input(screen.getByLabelText("Contact number"), { target: { value: "Anna" } });
    await fireEvent.click(button("Show"));
    expect((await screen.findByTestId("form-error")).textContent).toContain("its number");
  });

  it("opens filtered to the contact a card asked for", async () => {
    answer({ audit_actions: () => [], list_audit: () => [] });
    view.openAudit(7);
    render(AuditView);
    await waitFor(() =>
      expect(invokeMock).toHaveBeenCalledWith("list_audit", { filter: expect.objectContaining({ contact: 7 }) }),
    );
    expect(screen.getByLabelText<HTMLInputElement>("Contact number").value).toBe("7");
  });
});

describe("ContactList", () => {
  it("shows the restricted contacts when asked", async () => {
    answer({
      list_tags: () => [],
      list_contacts: ({ query }) =>
        (query as { restricted: boolean }).restricted
          ? { total: 1, items: [{ id: 4, display_name: "Anna Kowalska", status: "customer", organisation: null, last_contact_at: null }] }
          : { total: 0, items: [] },
    });
    render(ContactList);
    await waitFor(() =>
      expect(invokeMock).toHaveBeenCalledWith("list_contacts", {
        query: { status: null, tag: null, restricted: false, offset: 0, limit: PAGE_SIZE },
      }),
    );
    await fireEvent.click(screen.getByLabelText("Restricted"));
    await waitFor(() =>
      expect(invokeMock).toHaveBeenCalledWith("list_contacts", {
        query: { status: null, tag: null, restricted: true, offset: 0, limit: PAGE_SIZE },
      }),
    );
    expect((await screen.findByText(/1\s+restricted/)).textContent).toBeTruthy();
  });

  it("filters by a tag the core lists, and says when none has it", async () => {
    answer({
      list_tags: () => [{ name: "Targi 2026", contacts: 1 }],
      list_contacts: ({ query }) =>
        (query as { tag: string | null }).tag === "Targi 2026"
          ? { total: 1, items: [{ id: 4, display_name: "Anna Kowalska", status: "customer", organisation: null, last_contact_at: null }] }
          : { total: 2, items: [] },
    });
    render(ContactList);
    const filter = await screen.findByTestId<HTMLSelectElement>("tag-filter");
    expect(filter.textContent).toContain("Targi 2026 (1)");
    await fireEvent.change(filter, { target: { value: "Targi 2026" } });
    await waitFor(() =>
      expect(invokeMock).toHaveBeenCalledWith("list_contacts", {
        query: { status: null, tag: "Targi 2026", restricted: false, offset: 0, limit: PAGE_SIZE },
      }),
    );
    expect((await screen.findByText(/^\s*1\s+contact\s*$/)).textContent).toBeTruthy();
  });
});
