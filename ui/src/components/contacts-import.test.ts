// @vitest-environment jsdom
// The contacts import wizard, the export dialog, this run's imports and the menu that opens
// them, against mocked commands: what the UI sends and how it shows the core's answers.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { listen } from "@tauri-apps/api/event";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { contactsFileName } from "../lib/address-book";
import type { ContactsFile } from "../lib/bindings/ContactsFile";
import type { ContactsImportPreview } from "../lib/bindings/ContactsImportPreview";
import type { ImportedContacts } from "../lib/bindings/ImportedContacts";
import type { MappedRow } from "../lib/bindings/MappedRow";
import { contactList } from "../lib/contact-list.svelte";
import { exampleValues } from "../lib/contacts-import.svelte";
import { view } from "../lib/view.svelte";
import ContactsMenu from "./ContactsMenu.svelte";
import ExportContactsDialog from "./ExportContactsDialog.svelte";
import ImportContactsDialog from "./ImportContactsDialog.svelte";
import RecentImportsDialog from "./RecentImportsDialog.svelte";
import { answer, fakeLayout, invokeMock } from "./test-support";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));
vi.mock("@tauri-apps/api/event", () => ({ listen: vi.fn(async () => () => {}) }));
vi.mock("@tauri-apps/plugin-dialog", () => ({ save: vi.fn(), open: vi.fn() }));

const listenMock = vi.mocked(listen);

beforeAll(fakeLayout);
afterEach(() => {
  invokeMock.mockReset();
  listenMock.mockReset();
  listenMock.mockImplementation(async () => () => {});
  view.reset();
  contactList.reset();
});

const LONG = "Organization Department (the part of the company the person works in, as Google names it)";

function csvFile(over: Partial<ContactsFile> = {}): ContactsFile {
  return {
    session: 7,
    file_name: "contacts_google.csv",
    detected: "Google Contacts CSV in UTF-8, fields separated by commas",
    detected_as: { code: "csv_file", params: { format: "google", encoding: "UTF-8", delimiter: "comma" } },
    suggested_source: { kind: "third_party", name: "Google Contacts export of 2026-12-07" },
    suggested_export: { code: "export_of", params: { format: "google", day: "2026-12-07" } },
    csv: {
      header: ["First Name", "Last Name", "E-mail 1 - Value", LONG],
      sample: [
        { line: 2, fields: ["Łucja", "Żółkiewska", "lucja@zdzblo.pl", ""] },
        { line: 3, fields: ["", "", "", "Sales"] },
      ],
      mapping: ["given_name", "family_name", "email:other:1", "ignore"],
      saved_mapping: null,
      preset: "google",
      fields: [
        { code: "ignore", words: "Not imported" },
        { code: "given_name", words: "Given name" },
        { code: "family_name", words: "Family name" },
        { code: "email:other:1", words: "E-mail 1 (other)" },
        { code: "notes", words: "Notes" },
      ],
    },
    ...over,
  };
}

/** The rows as the core would make them of the sample under `mapping`. */
function rowsFor(mapping: string[]): MappedRow[] {
  const given = mapping[0] === "given_name" ? "Łucja" : null;
  const draft = {
    line: 2,
    display_name: null,
    given_name: given,
    family_name: "Żółkiewska",
    organisation: null,
    job_title: null,
    emails: [{ value: "lucja@zdzblo.pl", label: "other" as const, primary: true }],
    phones: [],
    addresses: [],
    tags: ["Trade fair 2026"],
    notes: null,
    problem: null,
  };
  return [
    { name: given ? "Łucja Żółkiewska" : "Żółkiewska", draft, problem: null },
    {
      name: null,
      draft: { ...draft, line: 3, given_name: null, family_name: null, emails: [], tags: [], problem: "no name" },
      problem: { code: "card_refused", params: { reason: "no name" } },
    },
  ];
}

function preview(over: Partial<ContactsImportPreview> = {}): ContactsImportPreview {
  return {
    rows: 4,
    new: 1,
    duplicates: {
      total: 2,
      items: [
        {
          row: 0,
          line: 2,
          name: "Łucja Żółkiewska",
          of: { kind: "card", contact_id: 3, display_name: "Łucja Żółkiewska", organisation: "Pracownia Źdźbło", restricted: false },
          matched_by: ["email", "phone"],
          decision: "merge",
        },
        {
          row: 2,
          line: 5,
          name: "Ł. Żółkiewska",
          of: { kind: "row", row: 0, line: 2, name: "Łucja Żółkiewska" },
          matched_by: ["email"],
          decision: "merge",
        },
      ],
    },
    problems: {
      total: 1,
      items: [
        {
          row: 1,
          line: 3,
          message: "no name, organisation or e-mail address to show this contact by",
          why: { code: "no_name", params: {} },
        },
      ],
    },
    warnings: {
      total: 1,
      items: [
        {
          row: 0,
          line: 2,
          message: "'lucja(at)x' is not an e-mail address (no @): left out",
          why: { code: "email_left_out", params: { value: "lucja(at)x" } },
        },
      ],
    },
    ...over,
  };
}

function imported(over: Partial<ImportedContacts> = {}): ImportedContacts {
  return {
    import_id: 12,
    rows: 4,
    created: 1,
    merged: 2,
    skipped: 0,
    points_added: 1,
    tags_added: 1,
    fields_filled: 0,
    not_merged: { total: 0, items: [] },
    problems_skipped: 1,
    values_left_out: 1,
    ...over,
  };
}

/** Handlers of the app's events, by name, as the components listen. */
function captureEvents(): Record<string, (event: { payload: unknown }) => void> {
  const handlers: Record<string, (event: { payload: unknown }) => void> = {};
  listenMock.mockImplementation(async (name, handler) => {
    handlers[name] = handler as (event: { payload: unknown }) => void;
    return () => delete handlers[name];
  });
  return handlers;
}

async function openTheFile(path = "/home/ola/contacts_google.csv") {
  await fireEvent.input(screen.getByLabelText("Address-book file"), { target: { value: path } });
  await fireEvent.click(screen.getByTestId("import-next"));
}

describe("the contacts import wizard", () => {
  it("maps a CSV file's columns with the core's rows, saves the mapping, previews, imports and undoes", async () => {
    const events = captureEvents();
    let finishImport: (done: ImportedContacts) => void = () => {};
    answer({
      open_contacts_file: () => csvFile(),
      preview_contacts_mapping: (args) => rowsFor(args.mapping as string[]),
      save_contacts_mapping: (args) => ({ name: (args.name as string).trim(), header: [], mapping: { columns: [] }, saved_at: "" }),
      preview_contacts_import: () => preview(),
      import_contacts: () => new Promise((resolve) => (finishImport = resolve)),
      undo_contacts_import: () => ({ import_id: 12, cards_removed: 1, points_removed: 1, tags_removed: 1, fields_cleared: 0 }),
      close_contacts_file: () => true,
    });
    const ondone = vi.fn();
    render(ImportContactsDialog, { ondone });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText("Address-book file")));
    await fireEvent.click(screen.getByTestId("import-next"));
    expect(screen.getByTestId("contacts-import-error").textContent).toBe("Choose the file to import first.");

    await openTheFile();
    expect(invokeMock).toHaveBeenCalledWith("open_contacts_file", { path: "/home/ola/contacts_google.csv" });
    expect((await screen.findByTestId("import-detected")).textContent).toContain(
      "Google Contacts CSV in UTF-8, fields separated by commas. Each column’s field was guessed",
    );
    const rows = await screen.findAllByTestId("import-row");
    expect(rows[0].textContent).toContain("Łucja Żółkiewska");
    expect(rows[0].textContent).toContain("lucja@zdzblo.pl");
    expect(rows[1].textContent).toContain("No name");
    expect(rows[1].textContent).toContain("no name");
    // A long column name is cut short on screen and whole in its tooltip.
    expect(screen.getByTitle(LONG).textContent).toBe(LONG);
    const selects = screen.getAllByTestId<HTMLSelectElement>("import-column");
    expect(selects.map((s) => s.value)).toEqual(["given_name", "family_name", "email:other:1", "ignore"]);

    // The row preview is the core's, for the mapping as the user sets it.
    await fireEvent.change(selects[0], { target: { value: "ignore" } });
    expect(invokeMock).toHaveBeenCalledWith("preview_contacts_mapping", {
      session: 7,
      mapping: ["ignore", "family_name", "email:other:1", "ignore"],
    });
    await waitFor(() => expect(screen.getAllByTestId("import-row")[0].textContent).not.toContain("Łucja"));
    await fireEvent.change(selects[0], { target: { value: "given_name" } });
    // Back to the file and on again with the same file: the columns stay as set.
    await fireEvent.change(selects[3], { target: { value: "notes" } });
    await fireEvent.click(screen.getByRole("button", { name: "Back" }));
    await fireEvent.click(screen.getByTestId("import-next"));
    expect(invokeMock.mock.calls.filter(([command]) => command === "open_contacts_file")).toHaveLength(1);
    expect(screen.getAllByTestId<HTMLSelectElement>("import-column")[3].value).toBe("notes");
    await fireEvent.change(screen.getAllByTestId("import-column")[3], { target: { value: "ignore" } });

    await fireEvent.input(screen.getByLabelText("Save this mapping as"), { target: { value: " Google, mine " } });
    await fireEvent.click(screen.getByTestId("import-save-mapping"));
    expect(invokeMock).toHaveBeenCalledWith("save_contacts_mapping", {
      session: 7,
      name: " Google, mine ",
      mapping: ["given_name", "family_name", "email:other:1", "ignore"],
    });
    expect((await screen.findByTestId("import-mapping-saved")).textContent).toContain("Saved as “Google, mine”");

    // Source (prefilled from the file), status and tag.
    await fireEvent.click(screen.getByTestId("import-next"));
    expect(screen.getByLabelText<HTMLInputElement>("Which third party").value).toBe(
      "Google Contacts export of 2026-12-07",
    );
    await fireEvent.change(screen.getByLabelText("Status of the new cards"), { target: { value: "customer" } });
    await fireEvent.input(screen.getByLabelText(/Tag for this import/), { target: { value: " Targi 2026 " } });
    await fireEvent.click(screen.getByTestId("import-next"));
    expect(invokeMock).toHaveBeenCalledWith("preview_contacts_import", {
      session: 7,
      mapping: ["given_name", "family_name", "email:other:1", "ignore"],
      source: { kind: "third_party", name: "Google Contacts export of 2026-12-07" },
      status: "customer",
      tag: "Targi 2026",
    });

    // The duplicates with the card they match and why; problems to agree to; values left out.
    expect((await screen.findByTestId("import-counts")).textContent).toContain(
      "4 rows in the file: 1 new, 2 duplicates, 1 that cannot be imported.",
    );
    const duplicates = screen.getAllByTestId("import-duplicate");
    expect(duplicates[0].textContent).toContain("Łucja Żółkiewska, Pracownia Źdźbło");
    expect(duplicates[0].textContent).toContain("the same e-mail address, the same phone number");
    expect(duplicates[1].textContent).toContain("line 2 of this file: Łucja Żółkiewska");
    const decisions = screen.getAllByTestId<HTMLSelectElement>("import-decision");
    expect(decisions.map((d) => d.value)).toEqual(["merge", "merge"]);
    await fireEvent.change(decisions[1], { target: { value: "new" } });
    await fireEvent.change(screen.getByTestId("import-decide-all"), { target: { value: "skip" } });
    expect(decisions.map((d) => d.value)).toEqual(["skip", "skip"]);
    await fireEvent.change(decisions[0], { target: { value: "merge" } });
    expect(screen.getByTestId("import-problems").textContent).toContain("line 3 no name, organisation or e-mail address to show this contact by");
    expect(screen.getByTestId("import-warnings").textContent).toContain("is not an e-mail address (no @): left out");
    await fireEvent.click(screen.getByTestId("import-skip-problems"));

    // The import, its progress, and what it did.
    await fireEvent.click(screen.getByTestId("import-next"));
    expect(invokeMock).toHaveBeenCalledWith("import_contacts", {
      session: 7,
      choices: { decisions: { 0: "merge" }, skip_problems: true },
      onDuplicate: "skip",
    });
    await screen.findByTestId("contacts-import-progress");
    events["contacts-import-progress"]({ payload: { session: 8, done: 9, total: 9 } });
    events["contacts-import-progress"]({ payload: { session: 7, done: 2, total: 4 } });
    await screen.findByText("2 of 4 rows (50 %)");
    const generation = contactList.generation;
    finishImport(imported());
    expect((await screen.findByTestId("import-summary")).textContent).toBe(
      "Imported contacts_google.csv: 1 new card, 2 rows merged into cards, 0 rows skipped.",
    );
    expect(contactList.generation).toBeGreaterThan(generation);
    const summary = screen.getByTestId("contacts-import-summary").textContent;
    expect(summary).toContain("The merges added 1 e-mail address, phone or address and 1 tag.");
    expect(summary).toContain("1 row that could not be imported was left out.");
    await fireEvent.click(screen.getByTestId("import-undo"));
    expect(invokeMock).toHaveBeenCalledWith("undo_contacts_import", { importId: 12 });
    expect((await screen.findByTestId("import-undone")).textContent).toContain(
      "The import was undone: 1 card removed, and what it had added to other cards taken off.",
    );
    await fireEvent.click(screen.getByTestId("import-close"));
    expect(ondone).toHaveBeenCalled();
  });

  it("goes from a vCard file to the options, and back to the duplicates when cancelled", async () => {
    let failImport: (reason: unknown) => void = () => {};
    answer({
      open_contacts_file: () =>
        csvFile({
          file_name: "android.vcf",
          detected: "vCard file with 3 cards",
          detected_as: { code: "vcard_file", params: { cards: 3 } },
          suggested_source: { kind: "third_party", name: "vCard export of 2026-12-07" },
          suggested_export: { code: "export_of", params: { format: "vcard", day: "2026-12-07" } },
          csv: null,
        }),
      preview_contacts_import: (args) =>
        (args.source as { name?: string }).name === ""
          ? Promise.reject({ code: "invalid_input", message: "name the third party or public source the data came from" })
          : preview({ duplicates: { total: 0, items: [] }, problems: { total: 0, items: [] }, warnings: { total: 0, items: [] } }),
      import_contacts: () => new Promise((_, reject) => (failImport = reject)),
      cancel_contacts_import: () => {
        failImport({ code: "refused", message: "The import was cancelled: nothing was imported." });
        return true;
      },
      close_contacts_file: () => true,
    });
    render(ImportContactsDialog, { ondone: vi.fn() });
    await openTheFile("/home/ola/android.vcf");
    expect((await screen.findByTestId("import-detected")).textContent).toBe("android.vcf: vCard file with 3 cards.");
    const steps = screen.getByRole("list", { name: "Steps" }).textContent;
    expect(steps).not.toContain("Columns");
    await fireEvent.input(screen.getByLabelText("Which third party"), { target: { value: "" } });
    await fireEvent.click(screen.getByTestId("import-next"));
    expect((await screen.findByTestId("contacts-import-error")).textContent).toBe(
      "name the third party or public source the data came from",
    );
    await fireEvent.click(screen.getByLabelText("The people themselves"));
    await fireEvent.click(screen.getByTestId("import-next"));
    expect(invokeMock).toHaveBeenCalledWith("preview_contacts_import", {
      session: 7,
      mapping: null,
      source: { kind: "person" },
      status: "lead",
      tag: null,
    });
    expect((await screen.findByTestId("import-no-duplicates")).textContent).toContain("Nobody in the file");

    await fireEvent.click(screen.getByTestId("import-next"));
    await fireEvent.click(await screen.findByTestId("import-cancel"));
    expect(invokeMock).toHaveBeenCalledWith("cancel_contacts_import", { session: 7 });
    expect((await screen.findByTestId("import-notice")).textContent).toBe(
      "The import was cancelled: nothing was imported.",
    );
    expect(screen.queryByTestId("contacts-import-error")).toBeNull();
    expect(screen.getByTestId("contacts-import-review")).toBeTruthy();
  });

  it("shows the saved mapping applied, and forgets the file when closed", async () => {
    answer({
      open_contacts_file: () => {
        const file = csvFile();
        return { ...file, csv: file.csv && { ...file.csv, saved_mapping: "Office spreadsheet" } };
      },
      preview_contacts_mapping: (args) => rowsFor(args.mapping as string[]),
      close_contacts_file: () => true,
    });
    const { unmount } = render(ImportContactsDialog, { ondone: vi.fn() });
    await openTheFile();
    expect((await screen.findByTestId("import-detected")).textContent).toContain(
      "The mapping saved as “Office spreadsheet” was applied.",
    );
    unmount();
    await waitFor(() => expect(invokeMock).toHaveBeenCalledWith("close_contacts_file", { session: 7 }));
  });

  it("takes each column's first value from the sample rows", () => {
    expect(exampleValues(csvFile())).toEqual(["Łucja", "Żółkiewska", "lucja@zdzblo.pl", "Sales"]);
    expect(exampleValues(csvFile({ csv: null }))).toEqual([]);
  });
});

describe("Export contacts", () => {
  it("suggests a file by format, sends the filters, and shows the count or the core's refusal", async () => {
    let exported = 0;
    answer({
      suggest_export_path: (args) => `/home/ola/Documents/${args.fileName as string}`,
      list_tags: () => [{ name: "VIP", contacts: 3 }],
      export_contacts: () => {
        exported += 1;
        return exported === 1
          ? 3
          : Promise.reject({ code: "already_exists", message: "/home/ola/Documents/x.csv already exists." });
      },
    });
    render(ExportContactsDialog, { ondone: vi.fn() });
    const today = new Date();
    const path = screen.getByLabelText<HTMLInputElement>("Save as");
    await waitFor(() => expect(path.value).toBe(`/home/ola/Documents/${contactsFileName("vcard", today)}`));
    expect(path.value).toMatch(/contacts-\d{4}-\d{2}-\d{2}\.vcf$/);
    await fireEvent.click(screen.getByLabelText(/CSV \(.csv\)/));
    await waitFor(() => expect(path.value).toMatch(/contacts-\d{4}-\d{2}-\d{2}\.csv$/));
    await fireEvent.change(screen.getByLabelText("Status"), { target: { value: "customer" } });
    await screen.findByRole("option", { name: "VIP (3)" });
    await fireEvent.change(screen.getByLabelText("Tag"), { target: { value: "VIP" } });
    await fireEvent.click(screen.getByTestId("contacts-export-submit"));
    expect(invokeMock).toHaveBeenCalledWith("export_contacts", {
      selection: { format: "csv", status: "customer", tag: "VIP" },
      path: path.value,
    });
    expect((await screen.findByTestId("contacts-export-done")).textContent).toContain("Wrote 3 contacts to");
    await fireEvent.click(screen.getByTestId("contacts-export-submit"));
    expect((await screen.findByTestId("contacts-export-error")).textContent).toContain("already exists");
  });
});

describe("the import/export menu and this run's imports", () => {
  it("opens from the keyboard, offers undo only after an import, and opens the chosen dialog", async () => {
    let recent: unknown[] = [];
    answer({ recent_contact_imports: () => recent });
    render(ContactsMenu);
    const button = screen.getByTestId("contacts-menu");
    await fireEvent.keyDown(button, { key: "ArrowDown" });
    const menu = await screen.findByRole("menu");
    const items = within(menu).getAllByRole("menuitem");
    await waitFor(() => expect(document.activeElement).toBe(items[0]));
    expect(items.map((i) => i.textContent?.trim())).toEqual([
      "Import contacts… Ctrl+I",
      "Import conversations…",
      "Export contacts…",
    ]);
    await fireEvent.keyDown(menu, { key: "ArrowDown" });
    expect(document.activeElement).toBe(items[1]);
    await fireEvent.keyDown(menu, { key: "Escape" });
    expect(screen.queryByRole("menu")).toBeNull();
    expect(document.activeElement).toBe(button);

    recent = [{ id: 4, source: { kind: "person" }, created_at: "2026-12-07T10:00:00Z", undone_at: null, cards: 2 }];
    await fireEvent.click(button);
    await screen.findByTestId("contacts-menu-imports");
    await fireEvent.click(screen.getByTestId("contacts-menu-export"));
    expect(view.contactsDialog).toBe("export");
    expect(screen.queryByRole("menu")).toBeNull();
  });

  it("undoes an import of this run, or shows why the core refuses", async () => {
    let listed = [
      { id: 4, source: { kind: "third_party", name: "Outlook export" }, created_at: "2026-12-07T10:00:00Z", undone_at: null, cards: 2 },
      { id: 3, source: { kind: "person" }, created_at: "2026-12-07T09:00:00Z", undone_at: null, cards: 1 },
    ];
    answer({
      recent_contact_imports: () => listed,
      undo_contacts_import: (args) => {
        if (args.importId === 3) {
          return Promise.reject({ code: "refused", message: "Import #3 cannot be undone: Anna Nowak was edited since." });
        }
        listed = listed.filter((i) => i.id !== 4);
        return { import_id: 4, cards_removed: 2, points_removed: 0, tags_removed: 0, fields_cleared: 0 };
      },
    });
    render(RecentImportsDialog, { ondone: vi.fn() });
    const rows = await screen.findAllByTestId("recent-import");
    expect(rows[0].textContent).toContain("Third party: Outlook export");
    expect(rows[0].textContent).toContain("2 cards");
    await fireEvent.click(within(rows[1]).getByRole("button", { name: "Undo this import" }));
    expect((await screen.findByTestId("recent-imports-error")).textContent).toContain("Anna Nowak was edited since");
    await fireEvent.click(within(rows[0]).getByRole("button", { name: "Undo this import" }));
    expect((await screen.findByTestId("recent-imports-done")).textContent).toContain("2 cards removed");
    await waitFor(() => expect(screen.getAllByTestId("recent-import")).toHaveLength(1));
  });
});
