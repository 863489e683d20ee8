// @vitest-environment jsdom
// Possible duplicates and the side-by-side merge, through the contacts view.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Contact } from "../lib/bindings/Contact";
import type { ContactCard as Card } from "../lib/bindings/ContactCard";
import type { DuplicatePair } from "../lib/bindings/DuplicatePair";
import type { MergeSummary } from "../lib/bindings/MergeSummary";
import { contactList } from "../lib/contact-list.svelte";
import { duplicates } from "../lib/duplicates.svelte";
import { ApiError } from "../lib/ipc";
import { view } from "../lib/view.svelte";
import ContactCard from "./ContactCard.svelte";
import ContactsView from "./ContactsView.svelte";
import { answer, fakeLayout, invokeMock } from "./test-support";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));
vi.mock("@tauri-apps/api/event", () => ({ listen: vi.fn(async () => () => {}) }));

beforeAll(fakeLayout);

afterEach(() => {
  invokeMock.mockReset();
  contactList.reset();
  duplicates.reset();
  view.reset();
});

const LONG = "Anna Maria Konstancja Kowalska-Wiśniewska-Zielińska z Wielkopolski";

const anna: Contact = {
  id: 4,
  display_name: "Anna Kowalska",
  status: "customer",
  source: { kind: "person" },
  sensitive: ["id_number"],
  created_at: "2026-01-02T10:00:00Z",
  updated_at: "2026-01-02T10:00:00Z",
  last_contact_at: null,
  given_name: "Anna",
  family_name: "Kowalska",
  emails: [{ value: "anna.kowalska@firma.pl", label: "work", primary: true }],
  phones: [],
  organisation: "Firma",
  job_title: null,
  addresses: [],
  tags: ["Targi 2026"],
  id_number: "•••••••••2345",
  notes: null,
  restriction: null,
  erased_at: null,
};
const other: Contact = {
  ...anna,
  id: 12,
  display_name: LONG,
  status: "lead",
  sensitive: [],
  created_at: "2026-03-05T10:00:00Z",
  given_name: null,
  family_name: null,
  emails: [
    { value: "Anna.Kowalska@Firma.PL", label: "work", primary: true },
    { value: "anna@dom.pl", label: "home", primary: false },
  ],
  organisation: null,
  job_title: "Buyer",
  tags: [],
  id_number: null,
};
const summaryOf = (contact: Contact) => ({
  id: contact.id,
  display_name: contact.display_name,
  status: contact.status,
  organisation: contact.organisation,
  last_contact_at: null,
});
const pair: DuplicatePair = {
  first: summaryOf(anna),
  second: summaryOf(other),
  matches: [{ on: "email", value: "anna.kowalska@firma.pl" }],
};
const card = (contact: Contact, conversations = 0): Card => ({
  contact,
  conversations: Array.from({ length: conversations }, (_, i) => ({
    id: i + 1,
    contact_id: contact.id,
    channel: "email" as const,
    started_at: "2026-03-05T10:00:00Z",
    ended_at: null,
    external_ref: null,
    title: null,
    origin: "manual" as const,
    message_count: 1,
  })),
});
const merged: MergeSummary = {
  kept: { ...anna, emails: [...anna.emails, other.emails[1]], job_title: "Buyer" },
  merged_id: 12,
  merged_name: LONG,
  filled: ["job_title"],
  notes_appended: false,
  points_added: [{ field: "email", value: "anna@dom.pl", label: "home" }],
  tags_added: [],
  not_taken: ["display_name"],
  conversations: 2,
  consent_events: 0,
  objections: 0,
  objections_dropped: 0,
  requests: 0,
  retention_hold_moved: false,
};

/** The contacts view over a vault with Anna's two cards; `replies` adds or replaces commands. */
function app(replies: Parameters<typeof answer>[0] = {}) {
  let pairs = [pair];
  answer({
    list_contacts: () => ({ total: pairs.length === 0 ? 1 : 2, items: [summaryOf(anna), summaryOf(other)] }),
    list_tags: () => [],
    possible_duplicates: () => pairs,
    get_contact: ({ id }) => (id === 4 ? card(anna) : card(other, 2)),
    merge_contacts: () => {
      pairs = [];
      return merged;
    },
    ...replies,
  });
  return render(ContactsView);
}

const pairButton = () => screen.findByRole("button", { name: /^Compare Anna Kowalska \(#4\)/ });

describe("possible duplicates", () => {
  it("counts the pairs under the list and lists them with what they share", async () => {
    app();
    const entry = await screen.findByTestId("duplicates-open");
    await waitFor(() => expect(screen.getByTestId("duplicates-count").textContent).toBe("1 pair"));
    expect(entry.getAttribute("aria-pressed")).toBe("false");
    await fireEvent.click(entry);
    expect(entry.getAttribute("aria-pressed")).toBe("true");
    const view = screen.getByTestId("duplicates-view");
    const row = await pairButton();
    expect(row.textContent).toContain("Same e-mail address: anna.kowalska@firma.pl");
    // A long name is cut short on screen and whole in its tooltip.
    expect(within(row).getByTitle(LONG).textContent).toBe(LONG);
    expect(within(view).getByRole("heading", { name: "Possible duplicates" })).toBeTruthy();
  });

  it("compares the two cards side by side, masked values masked, the older kept unless swapped", async () => {
    app();
    await fireEvent.click(await screen.findByTestId("duplicates-open"));
    await fireEvent.click(await pairButton());
    const compare = await screen.findByTestId("merge-compare");
    await within(compare).findByRole("table");
    expect(document.activeElement?.textContent).toBe("Compare and merge");
    // Every field of both cards, with labels on points.
    const cell = (id: number, field: string) => compare.querySelectorAll(`td[data-field="${field}"]`)[id === 4 ? 0 : 1];
    expect(cell(4, "email")?.textContent).toContain("anna.kowalska@firma.pl");
    expect(cell(12, "email")?.textContent).toContain("anna@dom.pl");
    expect(cell(12, "email")?.textContent).toContain("Home");
    expect(cell(12, "email")?.textContent).toContain("primary");
    expect(cell(4, "id_number")?.textContent).toContain("•••••••••2345");
    expect(cell(4, "id_number")?.textContent).toContain("(sensitive, masked)");
    expect(cell(4, "tags")?.textContent).toContain("Targi 2026");
    expect(cell(12, "conversations")?.textContent?.trim()).toBe("2");
    expect(within(compare).getByTitle(LONG)).toBeTruthy();

    const keepAnna = within(compare).getByRole<HTMLInputElement>("radio", { name: "Keep Anna Kowalska (#4)" });
    expect(keepAnna.checked).toBe(true);
    // Fields empty on both cards are named in one row.
    expect(cell(4, "phone")).toBeUndefined();
    expect(screen.getByTestId("empty-on-both").textContent).toBe("Phone numbers, Postal addresses, Notes");
    const statement = screen.getByTestId("merge-statement");
    expect(statement.textContent).toContain(`${LONG} (#12) will be merged into Anna Kowalska (#4): `);
    expect(statement.textContent).toContain("tags, 2 conversations, consents, objections and requests move to #4");
    expect(statement.textContent).toContain("This cannot be undone.");
    expect(screen.getByTestId("merge-submit").getAttribute("aria-describedby")).toBe("merge-statement");
    expect(screen.getByTestId("merge-submit").textContent?.trim()).toBe("Merge #12 into #4");

    await fireEvent.click(screen.getByTestId("merge-swap"));
    expect(keepAnna.checked).toBe(false);
    expect(statement.textContent).toContain(`Anna Kowalska (#4) will be merged into ${LONG} (#12): `);
    expect(statement.textContent).toContain("tags, conversations, consents");
    expect(screen.getByTestId("merge-submit").textContent?.trim()).toBe("Merge #4 into #12");
    await fireEvent.click(keepAnna);
    expect(screen.getByTestId("merge-submit").textContent?.trim()).toBe("Merge #12 into #4");

    // Back to the list, on the pair that was open.
    await fireEvent.click(screen.getByTestId("compare-back"));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("duplicate-pair")));
    expect(invokeMock).not.toHaveBeenCalledWith("merge_contacts", expect.anything());
  });

  it("merges, shows what the core did, and lists the duplicates and contacts again", async () => {
    app();
    await fireEvent.click(await screen.findByTestId("duplicates-open"));
    await fireEvent.click(await pairButton());
    await fireEvent.click(await screen.findByTestId("merge-submit"));
    await waitFor(() => expect(invokeMock).toHaveBeenCalledWith("merge_contacts", { keep: 4, other: 12 }));
    const done = await screen.findByTestId("merge-summary");
    expect(done.textContent).toContain("into Anna Kowalska (#4)");
    expect(done.textContent).toContain("Added e-mail address anna@dom.pl (Home)");
    expect(done.textContent).toContain("Filled in: Job title");
    expect(done.textContent).toContain("Moved here: 2 conversations");
    expect(done.textContent).toContain("Kept this card's own name");
    expect(document.activeElement?.closest("[data-testid=merge-summary]")).toBe(done);
    expect(await screen.findByTestId("no-duplicates")).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId("duplicates-count").textContent).toBe("0 pairs"));

    // The kept card opens in place of the view.
    await fireEvent.click(screen.getByTestId("merge-open-kept"));
    expect(view.card?.id).toBe(4);
    expect(screen.queryByTestId("duplicates-view")).toBeNull();
    expect((await screen.findByTestId("card-name")).textContent).toBe("Anna Kowalska");
  });

  it("shows the core's refusal and lists the pairs again", async () => {
    const refusal = "Anna K. is restricted (accuracy contested): lift the restriction first.";
    app({
      merge_contacts: () => {
        throw new ApiError("contact_restricted", refusal);
      },
    });
    await fireEvent.click(await screen.findByTestId("duplicates-open"));
    await fireEvent.click(await pairButton());
    const calls = () => invokeMock.mock.calls.filter(([command]) => command === "possible_duplicates").length;
    const before = calls();
    await fireEvent.click(await screen.findByTestId("merge-submit"));
    expect((await screen.findByTestId("merge-error")).textContent).toBe(refusal);
    expect(screen.queryByTestId("merge-summary")).toBeNull();
    await waitFor(() => expect(calls()).toBeGreaterThan(before));
    expect(screen.getByTestId("merge-compare")).toBeTruthy();
  });

  it("says when a card of the pair is gone, and goes back", async () => {
    app({
      get_contact: ({ id }) => {
        if (id === 12) throw new ApiError("not_found", "No contact #12.");
        return card(anna);
      },
    });
    await fireEvent.click(await screen.findByTestId("duplicates-open"));
    await fireEvent.click(await pairButton());
    expect((await screen.findByRole("alert")).textContent).toContain("No contact #12.");
    await fireEvent.click(screen.getByRole("button", { name: "Back to the list" }));
    expect(await pairButton()).toBeTruthy();
  });

  it("gives way to a card opened from the list, and closes", async () => {
    app();
    await fireEvent.click(await screen.findByTestId("duplicates-open"));
    await screen.findByTestId("duplicates-view");
    view.openCard(4);
    await waitFor(() => expect(screen.queryByTestId("duplicates-view")).toBeNull());
    await screen.findByTestId("card-name");
    await fireEvent.click(screen.getByTestId("duplicates-open"));
    expect(view.card).toBeNull();
    await fireEvent.click(await screen.findByRole("button", { name: "Close" }));
    expect(screen.queryByTestId("duplicates-view")).toBeNull();
  });
});

describe("quick tags on the card", () => {
  const tagged = (tags: string[]): Contact => ({ ...anna, sensitive: [], tags });

  it("adds tags typed with commas and takes one off, through the core", async () => {
    answer({
      get_contact: () => card(tagged(["Targi 2026"])),
      tag_contact: ({ tags }) => tagged(["Targi 2026", ...(tags as string[])]),
      untag_contact: () => tagged(["VIP", "Newsletter"]),
      contact_consents: () => [],
    });
    render(ContactCard, { id: 4, focus: null });
    await fireEvent.click(await screen.findByTestId("quick-tag-add"));
    const input = screen.getByLabelText("New tags, separated by commas");
    expect(document.activeElement).toBe(input);
    await fireEvent.input(input, { target: { value: " VIP ,, Newsletter" } });
    await fireEvent.submit(input.closest("form")!);
    await waitFor(() => expect(invokeMock).toHaveBeenCalledWith("tag_contact", { id: 4, tags: ["VIP", "Newsletter"] }));
    expect(await screen.findByRole("button", { name: "Remove the tag VIP" })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("quick-tag-add")));

    await fireEvent.click(screen.getByRole("button", { name: "Remove the tag Targi 2026" }));
    await waitFor(() => expect(invokeMock).toHaveBeenCalledWith("untag_contact", { id: 4, tags: ["Targi 2026"] }));
    await waitFor(() => expect(screen.queryByRole("button", { name: "Remove the tag Targi 2026" })).toBeNull());
  });

  it("shows the core's refusal, and Escape leaves the field", async () => {
    answer({
      get_contact: () => card(tagged([])),
      tag_contact: () => {
        throw new ApiError("invalid_input", "Tags: the tag is longer than 80 characters");
      },
      contact_consents: () => [],
    });
    render(ContactCard, { id: 4, focus: null });
    await fireEvent.click(await screen.findByTestId("quick-tag-add"));
    const input = screen.getByLabelText("New tags, separated by commas");
    await fireEvent.input(input, { target: { value: "x".repeat(81) } });
    await fireEvent.submit(input.closest("form")!);
    expect((await screen.findByTestId("quick-tag-error")).textContent).toBe("Tags: the tag is longer than 80 characters");
    await fireEvent.keyDown(input, { key: "Escape" });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("quick-tag-add")));
  });

  it("is not offered on a restricted card, nor for masked tags", async () => {
    answer({
      get_contact: () => card({ ...tagged(["VIP"]), restriction: { since: "2026-05-03T09:00:00Z", reason: "Contested" } }),
      contact_consents: () => [],
    });
    const { unmount } = render(ContactCard, { id: 4, focus: null });
    expect(await screen.findByText("VIP")).toBeTruthy();
    expect(screen.queryByTestId("quick-tags")).toBeNull();
    unmount();
    answer({ get_contact: () => card({ ...anna, sensitive: ["tags"], tags: ["••••2026"] }), contact_consents: () => [] });
    render(ContactCard, { id: 4, focus: null });
    expect(await screen.findByText("••••2026")).toBeTruthy();
    expect(screen.queryByTestId("quick-tags")).toBeNull();
  });
});
