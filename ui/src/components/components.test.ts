// @vitest-environment jsdom
import { openVault } from "../lib/vault-test-support";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { tick } from "svelte";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { ContactCard as Card } from "../lib/bindings/ContactCard";
import type { Conversation } from "../lib/bindings/Conversation";
import { contactList, PAGE_SIZE } from "../lib/contact-list.svelte";
import { search } from "../lib/search.svelte";
import { session } from "../lib/session.svelte";
import { view } from "../lib/view.svelte";
import ContactCard from "./ContactCard.svelte";
import ContactList from "./ContactList.svelte";
import CreateVault from "./CreateVault.svelte";
import OpenRequestDialog from "./OpenRequestDialog.svelte";
import SearchBox from "./SearchBox.svelte";
import Unlock from "./Unlock.svelte";
import { answer, fakeLayout, invokeMock, sampleCard } from "./test-support";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));
vi.mock("@tauri-apps/api/event", () => ({ listen: vi.fn(async () => () => {}) }));

beforeAll(fakeLayout);

afterEach(() => {
  invokeMock.mockReset();
  contactList.reset();
  search.reset();
  view.reset();
});

describe("Unlock", () => {
  it("asks who you are from the vault's operators, the one who unlocked it last picked", async () => {
    session.unlockPath = "/srv/firma.custos";
    session.settings = { ...session.settings, operator: "Ola", operators: { "/srv/firma.custos": "Jan Nowak" } };
    answer({
      unlocking: () => ({ operators: ["Ola", "Jan Nowak"], recovery_kit: true, needs_slots: false }),
      unlock: () => openVault("/srv/firma.custos", "Jan Nowak", { must_change_passphrase: true }),
    });
    render(Unlock);
    const jan = await screen.findByLabelText<HTMLInputElement>("Jan Nowak");
    expect(jan.checked).toBe(true);
    // Once the operators are on screen, the main screen's type is set out of sight (hidden
    // from screen readers), so that WebKit has its fonts ready when the vault opens.
    await waitFor(() => expect(document.querySelector(".warm-type")?.getAttribute("aria-hidden")).toBe("true"));
    expect(screen.getByLabelText<HTMLInputElement>("Ola").checked).toBe(false);
    expect(screen.getByTestId("unlock-forgot").textContent?.trim()).toBe("I forgot my passphrase");
    await fireEvent.input(screen.getByLabelText("Passphrase"), { target: { value: "a first passphrase" } });
    await fireEvent.click(screen.getByTestId("unlock-submit"));
    // A first passphrase: the operator chooses their own before anything else.
    await waitFor(() => expect(session.screen).toBe("choose-passphrase"));
    expect(invokeMock).toHaveBeenCalledWith("unlock", {
      path: "/srv/firma.custos",
      passphrase: "a first passphrase",
      operator: "Jan Nowak",
    });
  });

  it("shows the operators with the screen, and reads a typed path once the typing pauses", async () => {
    vi.useFakeTimers();
    try {
      session.unlockPath = "/srv/firma.custos";
      answer({ unlocking: () => ({ operators: ["Ola", "Jan Nowak"], recovery_kit: false, needs_slots: false }) });
      render(Unlock);
      // No timer has run: the first path is read at once, not after the typing pause.
      for (let i = 0; i < 5; i++) await tick();
      expect(screen.getByLabelText("Jan Nowak")).toBeTruthy();
      expect(invokeMock.mock.calls.filter(([cmd]) => cmd === "unlocking")).toHaveLength(1);
      await fireEvent.input(screen.getByLabelText("Vault file"), { target: { value: "/srv/inna.custos" } });
      await fireEvent.input(screen.getByLabelText("Vault file"), { target: { value: "/srv/inny.custos" } });
      expect(invokeMock.mock.calls.filter(([cmd]) => cmd === "unlocking")).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(250);
      const asked = invokeMock.mock.calls.filter(([cmd]) => cmd === "unlocking");
      expect(asked).toHaveLength(2);
      expect(asked[1][1]).toEqual({ path: "/srv/inny.custos" });
    } finally {
      vi.useRealTimers();
    }
  });

  it("shows the core's message, clears and refocuses the passphrase", async () => {
    session.unlockPath = "/home/ola/firma.custos";
    session.settings.operator = "Ola";
    answer({
      unlock: () =>
        Promise.reject({ code: "wrong_passphrase", message: "Wrong passphrase for /home/ola/firma.custos." }),
    });
    render(Unlock);
    const passphrase = screen.getByLabelText<HTMLInputElement>("Passphrase");
    expect(document.activeElement).toBe(passphrase);
    await fireEvent.input(passphrase, { target: { value: "not the right one" } });
    await fireEvent.click(screen.getByTestId("unlock-submit"));

    const alert = await screen.findByTestId("form-error");
    expect(alert.getAttribute("role")).toBe("alert");
    expect(alert.textContent).toBe("Wrong passphrase for /home/ola/firma.custos.");
    expect(passphrase.value).toBe("");
    await waitFor(() => expect(document.activeElement).toBe(passphrase));
    expect(invokeMock).toHaveBeenCalledWith("unlock", {
      path: "/home/ola/firma.custos",
      passphrase: "not the right one",
      operator: "Ola",
    });
  });
});

describe("OpenRequestDialog", () => {
  it("locks the open vault only on the user's word, then offers the file given", async () => {
    answer({ lock: () => null });
    session.opened(openVault("/srv/shop.custos", "Ola"));
    const request = { kind: "lock_first" as const, path: "/srv/office.custos", unlocked: "/srv/shop.custos" };
    session.request = request;
    render(OpenRequestDialog, { request });
    expect(screen.getByTestId("open-request-path").textContent).toBe("/srv/office.custos");
    await waitFor(() => expect(document.activeElement?.textContent).toBe("Lock and open"));

    await fireEvent.click(screen.getByText("Lock and open"));
    await waitFor(() => expect(session.screen).toBe("unlock"));
    expect(invokeMock).toHaveBeenCalledWith("lock", undefined);
    expect(session.unlockPath).toBe("/srv/office.custos");
    expect(session.request).toBeNull();
  });

  it("keeps working in the open vault when the user says so", async () => {
    answer({});
    session.opened(openVault("/srv/shop.custos", "Ola"));
    // Opening asked for the list's first page; from here on, nothing is asked.
    invokeMock.mockClear();
    const request = { kind: "lock_first" as const, path: "/srv/office.custos", unlocked: "/srv/shop.custos" };
    session.request = request;
    render(OpenRequestDialog, { request });
    await fireEvent.click(screen.getByText("Keep working"));
    expect(session.request).toBeNull();
    expect(session.screen).toBe("main");
    expect(invokeMock).not.toHaveBeenCalled();
  });

  it("says why a file cannot be opened in the shell's words", async () => {
    const error = {
      code: "not_a_file" as const,
      reason: null,
      params: {},
      items: [],
      message: "/srv is a folder, not a file. Choose the file itself.",
    };
    const request = { kind: "refused" as const, path: "/srv", error };
    session.request = request;
    render(OpenRequestDialog, { request });
    expect(screen.getByTestId("open-request-error").textContent).toBe(error.message);
    await fireEvent.click(screen.getByText("OK"));
    expect(session.request).toBeNull();
  });
});

describe("CreateVault", () => {
  it("disables the button while the key is derived, then opens the vault", async () => {
    session.defaultPath = "/home/ola/.local/share/custos/vault.custos";
    let finish!: (value: unknown) => void;
    answer({
      passphrase_strength: () => ({
        score: 4,
        label: "very strong",
        time_to_crack: "centuries",
        warning: null,
        suggestions: [],
        warning_code: null,
        suggestion_codes: [],
        crack_time: { unit: "centuries", count: 0 },
      }),
      create_vault: () => new Promise((resolve) => (finish = resolve)),
    });
    render(CreateVault);
    expect(screen.getByLabelText<HTMLInputElement>("Vault file").value).toBe(session.defaultPath);
    expect(screen.getByTestId("strength").textContent).toContain("at least 10 characters");
    await fireEvent.input(screen.getByLabelText("Your name"), { target: { value: "Ola" } });
    await fireEvent.input(screen.getByLabelText("Passphrase"), { target: { value: "correct horse battery" } });
    await fireEvent.input(screen.getByLabelText("Repeat the passphrase"), { target: { value: "correct horse battery" } });
    const submit = screen.getByTestId<HTMLButtonElement>("create-submit");
    await fireEvent.click(submit);
    expect(submit.disabled).toBe(true);
    expect(submit.textContent?.trim()).toBe("Creating…");
    finish(openVault(session.defaultPath, "Ola", { recovery_kit: false }));
    // A new vault has no recovery kit yet: printing one is offered first.
    await waitFor(() => expect(session.screen).toBe("kit"));
    expect(session.vault?.operator).toBe("Ola");
  });
});

describe("ContactList", () => {
  it("renders only a few rows of 100,000 and fetches only the rows on screen and around them", async () => {
    answer({
      list_tags: () => [],
      list_contacts: ({ query }) => {
        const { offset, limit } = query as { offset: number; limit: number };
        return {
          total: 100_000,
          items: Array.from({ length: limit }, (_, i) => ({
            id: offset + i + 1,
            display_name: `Contact ${offset + i}`,
            status: "customer",
            organisation: "Firma",
            last_contact_at: null,
          })),
        };
      },
    });
    render(ContactList);
    const rows = await screen.findAllByTestId("contact-row");
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(50);
    expect(rows[0]?.getAttribute("aria-setsize")).toBe("100000");
    const asked = () =>
      invokeMock.mock.calls
        .filter(([command]) => command === "list_contacts")
        .map(([, args]) => (args as { query: { offset: number; limit: number } }).query);
    expect(asked()[0]).toMatchObject({ offset: 0, limit: PAGE_SIZE });
    expect(asked().every((q) => q.offset + q.limit <= 4 * PAGE_SIZE)).toBe(true);

    const list = screen.getByTestId("contact-list");
    await fireEvent.keyDown(list, { key: "ArrowDown" });
    await fireEvent.keyDown(list, { key: "ArrowDown" });
    expect(list.getAttribute("aria-activedescendant")).toBe("contact-option-1");
    await fireEvent.keyDown(list, { key: "Enter" });
    expect(view.card).toEqual({ id: 2, focus: null });
  });

  it("says what to do when there are no contacts", async () => {
    answer({ list_tags: () => [], list_contacts: () => ({ total: 0, items: [] }) });
    render(ContactList);
    expect(await screen.findByText("No contacts yet — add the first one (Ctrl+N)")).toBeTruthy();
  });
});

describe("ContactCard", () => {
  const card: Card = sampleCard();
  const chat: Conversation = {
    ...card.conversations[1]!,
    messages: [
      { id: 10, at: "2024-03-14T09:00:00Z", sender: { kind: "contact" }, text: "Do you deliver to Łódź?", recipients: [], attachments: [] },
      { id: 11, at: "2024-03-14T09:05:00Z", sender: { kind: "staff", name: "Marta" }, text: "Yes,\nevery Tuesday.", recipients: [], attachments: [] },
    ],
  };

  it("opens at a message hit: expands the chat and marks the message", async () => {
    answer({
      get_contact: () => card,
      contact_consents: () => [],
      get_conversation: () => chat,
      // The core says where "lodz" is in the message (its folding meets "Łódź").
      highlight: () => [{ start: 18, end: 22 }],
    });
    render(ContactCard, {
      id: 4,
      focus: { location: { kind: "message", conversation_id: 2, message_id: 10, at: chat.messages[0]!.at }, query: "lodz" },
    });
    expect((await screen.findByTestId("card-name")).textContent).toBe("Anna Kowalska");
    const conversations = screen.getAllByTestId("conversation");
    expect(conversations[0]?.textContent).toContain("Chat");
    const messages = await screen.findAllByTestId("message");
    expect(messages).toHaveLength(2);
    expect(messages[0]?.classList.contains("hit")).toBe(true);
    await waitFor(() => expect(messages[0]?.querySelector("mark")?.textContent).toBe("Łódź"));
    expect(messages[1]?.textContent).toContain("Marta (staff)");
    expect(messages[1]?.textContent).toContain("Yes,\nevery Tuesday.");
    await waitFor(() => expect(Element.prototype.scrollIntoView).toHaveBeenCalled());
  });

  it("reveals a masked field on request and hides it again", async () => {
    answer({ get_contact: () => card,
      contact_consents: () => [], reveal_contact: () => ({ ...card.contact, phones: [{ value: "+48 600 112 345", label: "mobile", primary: true }] }) });
    render(ContactCard, { id: 4, focus: null });
    await screen.findByTestId("contact-card");
    expect(screen.getByText("•••2345")).toBeTruthy();
    await fireEvent.click(screen.getByRole("button", { name: "Reveal Phone" }));
    expect(await screen.findByText("+48 600 112 345")).toBeTruthy();
    expect(invokeMock).toHaveBeenCalledWith("reveal_contact", { id: 4 });
    await fireEvent.click(screen.getByRole("button", { name: "Hide Phone" }));
    await tick();
    expect(screen.getByText("•••2345")).toBeTruthy();
  });

  it("reveals a masked field inside the edit form, then sends only what changed", async () => {
    answer({
      get_contact: () => card,
      contact_consents: () => [],
      reveal_contact: () => ({ ...card.contact, phones: [{ value: "+48 600 112 345", label: "mobile", primary: true }] }),
      edit_contact: ({ patch }) => ({ ...card.contact, ...(patch as object) }),
    });
    render(ContactCard, { id: 4, focus: null });
    await fireEvent.click(await screen.findByRole("button", { name: "Edit" }));
    await fireEvent.click(screen.getByRole("button", { name: "Reveal to edit" }));
    const phone = screen.getByLabelText<HTMLInputElement>("Phone 1");
    await waitFor(() => expect(phone.value).toBe("+48 600 112 345"));
    expect(phone.readOnly).toBe(false);
    await fireEvent.input(phone, { target: { value: "+48 600 112 999" } });
    await fireEvent.click(screen.getByRole("button", { name: "Save changes" }));
    await waitFor(() =>
      expect(invokeMock).toHaveBeenCalledWith("edit_contact", {
        id: 4,
        patch: { phones: [{ value: "+48 600 112 999", label: "mobile", primary: true }] },
      }),
    );
  });

  it("sends only the changed fields when saving an edit", async () => {
    answer({
      get_contact: () => card,
      contact_consents: () => [],
      edit_contact: ({ patch }) => ({ ...card.contact, ...(patch as object) }),
    });
    render(ContactCard, { id: 4, focus: null });
    await fireEvent.click(await screen.findByRole("button", { name: "Edit" }));
    expect(screen.getByLabelText<HTMLInputElement>("Phone 1").readOnly).toBe(true);
    await fireEvent.input(screen.getByLabelText("E-mail 1"), { target: { value: "" } });
    await fireEvent.input(screen.getByLabelText("Organisation"), { target: { value: "Kowalska Design" } });
    await fireEvent.click(screen.getByRole("button", { name: "Add an e-mail address" }));
    await fireEvent.input(screen.getByLabelText("E-mail 2"), { target: { value: "anna@dom.pl" } });
    await fireEvent.change(screen.getByLabelText("Kind of E-mail 2"), { target: { value: "home" } });
    await fireEvent.input(screen.getByLabelText("Tags"), { target: { value: "Targi 2026, VIP" } });
    await fireEvent.click(screen.getByRole("button", { name: "Save changes" }));
    await waitFor(() =>
      expect(invokeMock).toHaveBeenCalledWith("edit_contact", {
        id: 4,
        patch: {
          emails: [{ value: "anna@dom.pl", label: "home", primary: false }],
          organisation: "Kowalska Design",
          tags: ["Targi 2026", "VIP"],
        },
      }),
    );
  });
});

describe("SearchBox", () => {
  const hits = [
    { contact_id: 4, contact_name: "Anna Kowalska", location: { kind: "field", field: "id_number" }, snippet: null, marks: [], score: -2 },
    {
      contact_id: 4,
      contact_name: "Anna Kowalska",
      location: { kind: "message", conversation_id: 2, message_id: 10, at: "2024-03-14T09:00:00Z" },
      snippet: "Do you deliver to Łódź?",
      marks: [{ start: 18, end: 22 }],
      score: -1,
    },
  ];

  it("shows hits as you type and opens the card at the chosen one", async () => {
    answer({ search: () => hits });
    render(SearchBox);
    const input = screen.getByLabelText("Search contacts and conversations");
    await fireEvent.focus(input);
    await fireEvent.input(input, { target: { value: "lodz" } });
    const items = await screen.findAllByTestId("search-hit");
    expect(items[0]?.textContent).toContain("match in a masked field");
    expect(items[1]?.textContent).toContain("Chat · 14 Mar 2024");
    expect(items[1]?.querySelector("mark")?.textContent).toBe("Łódź");
    expect(invokeMock).toHaveBeenCalledWith("search", { query: "lodz", limit: 50 });

    await fireEvent.keyDown(input, { key: "ArrowDown" });
    expect(input.getAttribute("aria-activedescendant")).toBe("search-hit-1");
    await fireEvent.keyDown(input, { key: "Enter" });
    expect(view.card).toEqual({ id: 4, focus: { location: hits[1]!.location, query: "lodz" } });
    expect(screen.queryByTestId("search-results")).toBeNull();
  });

  it("opens the card at a clicked hit", async () => {
    answer({ search: () => hits });
    render(SearchBox);
    const input = screen.getByLabelText("Search contacts and conversations");
    await fireEvent.focus(input);
    await fireEvent.input(input, { target: { value: "lodz" } });
    const items = await screen.findAllByTestId("search-hit");
    await fireEvent.click(items[0]!);
    expect(view.card).toEqual({ id: 4, focus: { location: hits[0]!.location, query: "lodz" } });
  });

  it("says when nothing matched, and Escape clears the box", async () => {
    answer({ search: () => [] });
    render(SearchBox);
    const input = screen.getByLabelText<HTMLInputElement>("Search contacts and conversations");
    await fireEvent.focus(input);
    await fireEvent.input(input, { target: { value: "zzz" } });
    expect((await screen.findByText(/No results for/)).textContent).toContain("“zzz”");
    await fireEvent.keyDown(input, { key: "Escape" });
    expect(input.value).toBe("");
    expect(screen.queryByTestId("search-results")).toBeNull();
  });
});
