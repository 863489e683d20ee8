// @vitest-environment jsdom
// The "Import conversations" dialog, a card's import handing e-mail to it, the e-mail view and
// the firm's addresses in Settings, against mocked commands: what the UI sends and how it
// shows the core's answers.
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { listen } from "@tauri-apps/api/event";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { ConversationFile } from "../lib/bindings/ConversationFile";
import type { ConversationsImported } from "../lib/bindings/ConversationsImported";
import type { ConversationsPreview } from "../lib/bindings/ConversationsPreview";
import type { Person } from "../lib/bindings/Person";
import type { PersonChoice } from "../lib/bindings/PersonChoice";
import { formatSize, mappingGaps, splitQuoted } from "../lib/conversations-import.svelte";
import { view } from "../lib/view.svelte";
import ConversationItem from "./ConversationItem.svelte";
import ImportConversationsDialog from "./ImportConversationsDialog.svelte";
import ImportPanel from "./ImportPanel.svelte";
import StaffAddresses from "./StaffAddresses.svelte";
import { answer, fakeLayout, invokeMock } from "./test-support";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));
vi.mock("@tauri-apps/api/event", () => ({ listen: vi.fn(async () => () => {}) }));
vi.mock("@tauri-apps/plugin-dialog", () => ({ save: vi.fn(), open: vi.fn() }));

const listenMock = vi.mocked(listen);

beforeAll(fakeLayout);
afterEach(() => {
  cleanup();
  invokeMock.mockReset();
  listenMock.mockReset();
  listenMock.mockImplementation(async () => () => {});
  view.reset();
});

const MBOX: ConversationFile = { path: "/in/mail.mbox", name: "mail.mbox", format: "mbox", matches_people: true };

function person(over: Partial<Person>): Person {
  return {
    key: "address:x@example.pl",
    name: null,
    address: null,
    sent: 1,
    received: 0,
    first_at: "2026-03-02T08:14:03Z",
    known: { kind: "unknown" },
    candidates: [],
    ...over,
  };
}

const LUCJA = person({
  key: "address:lucja.wrobel@poczta.example.pl",
  name: "Łucja Wróbel",
  address: "lucja.wrobel@poczta.example.pl",
  sent: 3,
  received: 2,
  known: { kind: "contact", id: 1, name: "Łucja Wróbel" },
});
const JURGEN = person({
  key: "address:j.weiss@grosshandel-weiss.example.de",
  name: "Jürgen Weiß",
  address: "j.weiss@grosshandel-weiss.example.de",
});

/** The preview as the core answers it for these choices: Jürgen gets a conversation as a
 * lead when chosen so. */
function previewFor(choices: PersonChoice[]): ConversationsPreview {
  const lead = choices.some((c) => c.key === JURGEN.key && c.choice.kind === "create_lead");
  return {
    threads: 3,
    messages: 7,
    skipped: 0,
    undated: 0,
    attachments: 1,
    people: [LUCJA, JURGEN],
    conversations: [
      {
        contact_id: 1,
        contact_name: "Łucja Wróbel",
        person: null,
        channel: "email",
        title: "Zapytanie o przyjęcie w Łodzi",
        first_at: "2026-03-02T08:14:03Z",
        last_at: "2026-03-03T18:05:44Z",
        messages: 5,
        duplicates: 0,
        adds_to: null,
      },
      ...(lead
        ? [
            {
              contact_id: null,
              contact_name: "Jürgen Weiß",
              person: JURGEN.key,
              channel: "email" as const,
              title: "Anfrage: Größe der Räume",
              first_at: "2026-03-04T13:20:12Z",
              last_at: "2026-03-04T13:20:12Z",
              messages: 1,
              duplicates: 0,
              adds_to: null,
            },
          ]
        : []),
    ],
    unassigned_threads: lead ? 1 : 2,
    restricted: [],
  };
}

const IMPORTED: ConversationsImported = {
  conversations_created: 2,
  conversations_extended: 0,
  messages: 6,
  duplicates: 0,
  skipped: 0,
  undated: 0,
  attachments: 1,
  leads_created: [9],
  contacts: [1, 9],
  unassigned_threads: 1,
};

function commands(over: Record<string, (args: Record<string, unknown>) => unknown> = {}) {
  const calls: { command: string; args: Record<string, unknown> }[] = [];
  const replies: Record<string, (args: Record<string, unknown>) => unknown> = {
    conversation_files: () => [MBOX],
    open_conversation_files: () => ({ session: 4, files: 1, choices: [], preview: previewFor([]) }),
    preview_conversation_files: (a) => previewFor(a.choices as PersonChoice[]),
    import_conversation_files: () => IMPORTED,
    close_conversation_files: () => true,
    get_contact: () => ({ contact: { display_name: "Jürgen Weiß" } }),
    ...over,
  };
  answer(
    Object.fromEntries(
      Object.entries(replies).map(([name, reply]) => [
        name,
        (args: Record<string, unknown>) => {
          calls.push({ command: name, args });
          return reply(args);
        },
      ]),
    ),
  );
  return calls;
}

async function openPreview() {
  const calls = commands();
  const ondone = vi.fn();
  render(ImportConversationsDialog, { ondone });
  await fireEvent.input(screen.getByLabelText("Files and folders, one per line"), {
    target: { value: "/in/mail.mbox" },
  });
  await fireEvent.click(screen.getByTestId("conversations-import-next"));
  await screen.findByTestId("conversations-people");
  return { calls, ondone };
}

describe("the import conversations dialog", () => {
  it("shows the core's preview: counts, attachments note, people with how they matched, the planned conversations", async () => {
    const { calls } = await openPreview();
    expect(calls.find((c) => c.command === "open_conversation_files")?.args).toEqual({
      request: { paths: ["/in/mail.mbox"] },
    });
    expect(screen.getByTestId("conversations-import-counts").textContent).toContain(
      "1 file: 3 threads, 7 messages, 0 skipped",
    );
    expect(screen.getByTestId("conversations-import-attachments").textContent).toContain(
      "its name and size are recorded, its contents are not stored",
    );
    const rows = screen.getAllByTestId("conversations-person");
    expect(rows[0].textContent).toContain("Łucja Wróbel (by e-mail address)");
    expect(rows[0].textContent).toContain("3 sent, 2 received");
    expect(within(rows[1]).getByTestId("conversations-choice")).toHaveProperty("value", "skip");
    expect(screen.getByText(/Nothing is created without your choice/)).toBeTruthy();
    expect(screen.getByTestId("conversations-planned").textContent).toContain("Zapytanie o przyjęcie w Łodzi");
  });

  it("asks the core again after a choice, and imports with it; the summary links the new lead", async () => {
    const { calls } = await openPreview();
    const select = within(screen.getAllByTestId("conversations-person")[1]).getByTestId("conversations-choice");
    await fireEvent.change(select, { target: { value: "create_lead" } });
    await waitFor(() => expect(screen.getAllByTestId("conversations-planned-row")).toHaveLength(2));
    const asked = calls.find((c) => c.command === "preview_conversation_files");
    expect(asked?.args).toEqual({ session: 4, choices: [{ key: JURGEN.key, choice: { kind: "create_lead" } }] });
    expect(screen.getByTestId("conversations-planned").textContent).toContain("new lead");

    await fireEvent.click(screen.getByTestId("conversations-import-next"));
    const summary = await screen.findByTestId("conversations-import-done");
    expect(summary.textContent).toContain("Imported: 2 new conversations, 0 extended, 6 messages.");
    expect(calls.find((c) => c.command === "import_conversation_files")?.args).toEqual({
      session: 4,
      choices: [{ key: JURGEN.key, choice: { kind: "create_lead" } }],
    });
    expect(screen.getByText(/their contents were not stored|its contents were not stored/)).toBeTruthy();
    const lead = await screen.findByTestId("conversations-import-lead");
    expect(lead.textContent).toContain("Jürgen Weiß");
    await fireEvent.click(lead);
    expect(view.card?.id).toBe(9);
  });

  it("shows a refusal in the UI's words, naming the file and line", async () => {
    commands({
      open_conversation_files: () => {
        throw {
          code: "import_failed",
          reason: "mbox_no_from_line",
          params: { line: 1, file: "mail.mbox", found: "X-Mozilla-Status: 0001" },
          message: "english words",
        };
      },
    });
    render(ImportConversationsDialog, { ondone: vi.fn() });
    await fireEvent.input(screen.getByLabelText("Files and folders, one per line"), {
      target: { value: "/in/mail.mbox" },
    });
    await fireEvent.click(screen.getByTestId("conversations-import-next"));
    const error = await screen.findByTestId("conversations-import-error");
    expect(error.textContent).toContain("mail.mbox: Line 1: expected a mailbox (mbox)");
    expect(error.textContent).not.toContain("english words");
  });

  it("asks for a website chat's columns when the guess lacks the time, sender or text", async () => {
    const calls = commands({
      conversation_files: () => [{ path: "/in/chat.csv", name: "chat.csv", format: "csv", matches_people: true }],
      inspect_web_chat: () => ({
        encoding: "utf8",
        delimiter: "semicolon",
        headers: ["Kiedy", "Kto", "Co"],
        header_line: 1,
        guessed: { columns: ["ignore", "ignore", "ignore"] },
        sample: [{ line: 2, fields: ["2026-03-02 10:00", "Łucja", "Dzień dobry"] }],
        rows: 1,
      }),
    });
    render(ImportConversationsDialog, { ondone: vi.fn(), paths: ["/in/chat.csv"] });
    await screen.findByTestId("conversations-mapping");
    expect(screen.getByText(/Still to choose: the time, the sender,? and the text/)).toBeTruthy();
    const selects = screen.getAllByTestId("conversations-mapping-column");
    await fireEvent.change(selects[0], { target: { value: "time" } });
    await fireEvent.change(selects[1], { target: { value: "sender" } });
    await fireEvent.change(selects[2], { target: { value: "text" } });
    await fireEvent.click(screen.getByTestId("conversations-import-next"));
    await screen.findByTestId("conversations-people");
    expect(calls.find((c) => c.command === "open_conversation_files")?.args).toEqual({
      request: { paths: ["/in/chat.csv"], mapping: { columns: ["time", "sender", "text"] } },
    });
  });

  it("closing the dialog closes the session", async () => {
    const { calls } = await openPreview();
    await fireEvent.click(screen.getByText("Cancel"));
    await waitFor(() => expect(calls.some((c) => c.command === "close_conversation_files")).toBe(true));
  });
});

describe("a card's import", () => {
  it("hands an e-mail file to the dialog with the card, keeps WhatsApp on the card", async () => {
    const calls = commands({
      open_conversation_files: () => ({
        session: 5,
        files: 1,
        choices: [{ key: JURGEN.key, choice: { kind: "attach", contact: 3 } }],
        preview: previewFor([]),
      }),
    });
    render(ImportPanel, { contactId: 3, contactName: "Anna", onimported: vi.fn(), onchanged: vi.fn(), oncancel: vi.fn() });
    await fireEvent.input(screen.getByLabelText("Export file"), { target: { value: "/in/mail.mbox" } });
    await fireEvent.click(screen.getByTestId("import-submit"));
    await screen.findByTestId("conversations-people");
    expect(calls.find((c) => c.command === "open_conversation_files")?.args).toEqual({
      request: { paths: ["/in/mail.mbox"], card: 3 },
    });
    const choice = within(screen.getAllByTestId("conversations-person")[1]).getByTestId("conversations-choice");
    expect(choice).toHaveProperty("value", "attach:3");
    expect(choice.textContent).toContain("Attach to Anna");
  });
});

describe("an e-mail in a conversation", () => {
  it("shows the subject, the addressees, the attachments and folds the quoted reply", async () => {
    answer({
      get_conversation: () => ({
        id: 2,
        contact_id: 1,
        channel: "email",
        started_at: "2026-03-02T10:02:47Z",
        ended_at: null,
        external_ref: null,
        title: "Re: Zapytanie o przyjęcie w Łodzi",
        origin: "email",
        message_count: 1,
        messages: [
          {
            id: 11,
            at: "2026-03-02T10:02:47Z",
            sender: { kind: "staff", name: "Anna Nowak" },
            text: "Dzień dobry Pani Łucjo,\nsobota jest wolna.\n\nW dniu 2.03.2026 Łucja pisze:\n> Dzień dobry,\n> chciałabym zapytać",
            recipients: [
              { name: "Łucja Wróbel", address: "lucja.wrobel@poczta.example.pl", role: "contact" },
              { name: null, address: "kuchnia@smaczna-kuchnia.example", role: "staff" },
            ],
            attachments: [{ name: "Oferta_przyjęcie_28.03.pdf", size: 48_128 }],
          },
        ],
      }),
    });
    render(ConversationItem, {
      summary: {
        id: 2,
        contact_id: 1,
        channel: "email",
        started_at: "2026-03-02T10:02:47Z",
        ended_at: null,
        external_ref: null,
        title: "Re: Zapytanie o przyjęcie w Łodzi",
        origin: "email",
        message_count: 1,
      },
      contactName: "Łucja Wróbel",
      open: true,
    });
    expect(screen.getByTestId("conversation-title").textContent).toBe("Re: Zapytanie o przyjęcie w Łodzi");
    const message = await screen.findByTestId("message");
    expect(within(message).getByTestId("message-recipients").textContent).toBe(
      "To: Łucja Wróbel and kuchnia@smaczna-kuchnia.example",
    );
    expect(within(message).getByTestId("message-attachments").textContent).toContain("Oferta_przyjęcie_28.03.pdf (47 kB)");
    expect(message.textContent).not.toContain("chciałabym");
    await fireEvent.click(within(message).getByText("Show quoted text"));
    expect(message.textContent).toContain("> chciałabym zapytać");
  });

  it("helpers: sizes in the UI's language, quotes split off only when there is a quote", () => {
    expect(formatSize(48_128, "pl")).toBe("47 kB");
    expect(formatSize(0, "en")).toBe("0 byte");
    expect(splitQuoted("one line\n> not enough").quoted).toBe("");
    expect(mappingGaps(["time", "sender", "text"])).toEqual([]);
    expect(mappingGaps(["date", "role"])).toEqual(["text"]);
  });
});

describe("the firm's e-mail addresses", () => {
  it("says the profile's address is used when none is set, and saves a list", async () => {
    let saved: string[] = [];
    answer({
      get_staff_addresses: () => ({ addresses: ["biuro@firma.pl"], from_profile: true }),
      set_staff_addresses: (a) => {
        saved = a.addresses as string[];
        return { addresses: saved, from_profile: false };
      },
    });
    render(StaffAddresses);
    const hint = await screen.findByText(/the company profile's address is used \(biuro@firma\.pl\)/);
    expect(hint).toBeTruthy();
    await fireEvent.input(screen.getByLabelText("Addresses, one per line"), {
      target: { value: "biuro@firma.pl\nkuchnia@firma.pl" },
    });
    await fireEvent.click(screen.getByTestId("staff-addresses-save"));
    await waitFor(() => expect(saved).toEqual(["biuro@firma.pl", "kuchnia@firma.pl"]));
  });
});
