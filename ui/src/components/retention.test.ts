// @vitest-environment jsdom
// Needs attention and the retention policy, through the components.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { attention } from "../lib/attention.svelte";
import type { RetentionAction } from "../lib/bindings/RetentionAction";
import type { RetentionRule } from "../lib/bindings/RetentionRule";
import type { RetentionWarning } from "../lib/bindings/RetentionWarning";
import { view } from "../lib/view.svelte";
import AttentionView from "./AttentionView.svelte";
import RetentionPolicy from "./RetentionPolicy.svelte";
import { answer, fakeLayout, invokeMock } from "./test-support";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));
vi.mock("@tauri-apps/api/event", () => ({ listen: vi.fn(async () => () => {}) }));

beforeAll(fakeLayout);

afterEach(() => {
  invokeMock.mockReset();
  attention.reset();
  view.reset();
});

const leadTranscripts: RetentionRule = {
  id: 1,
  status: "lead",
  action: "delete_transcripts",
  period: { amount: 60, unit: "days" },
  purpose_id: null,
  purpose_name: null,
};

function warning(id: number, name: string, action: RetentionAction, conversations = 1): RetentionWarning {
  return {
    contact_id: id,
    display_name: name,
    status: "lead",
    last_contact_at: "2026-08-01T10:00:00Z",
    had_contact: true,
    action,
    rule: { ...leadTranscripts, action },
    due_at: "2026-09-30T10:00:00Z",
    days_overdue: 54,
    conversations,
    reason: "",
  };
}

/** Answers the view's commands from a mutable list of warnings. */
function vaultWith(list: RetentionWarning[], extra: Record<string, (args: Record<string, unknown>) => unknown> = {}) {
  answer({
    retention_warnings: ({ action, offset, limit }) => {
      const all = list.filter((w) => w.action === action);
      return { warnings: all.slice(Number(offset), Number(offset) + Number(limit)), total: all.length };
    },
    ...extra,
  });
}

describe("Needs attention", () => {
  it("says so when nothing is due", async () => {
    vaultWith([]);
    render(AttentionView);
    expect((await screen.findByTestId("attention-empty")).textContent).toContain("Nothing needs attention");
    expect(attention.badge).toBeNull();
  });

  it("groups warnings by action, says why, and counts them for the badge", async () => {
    vaultWith([warning(1, "Stefan Stale", "delete_transcripts", 2), warning(2, "Olga Old", "erase")]);
    render(AttentionView);
    const deletion = await screen.findByTestId("group-delete_transcripts");
    expect(deletion.textContent).toContain("Stefan Stale");
    expect(deletion.textContent).toContain("54 days overdue");
    expect(deletion.textContent).toContain("Lead: delete transcripts 60 days after the last contact");
    expect(deletion.textContent).toContain("2 conversations");
    expect(screen.getByTestId("group-erase").textContent).toContain("Olga Old");
    expect(attention.badge).toBe(2);
  });

  it("deletes transcripts after noting what to keep, then counts again", async () => {
    const list = [warning(1, "Stefan Stale", "delete_transcripts")];
    vaultWith(list, {
      delete_transcripts: () => {
        list.pop();
        return { contact_id: 1, conversations: 1, messages: 4, note_kept: true };
      },
    });
    render(AttentionView);
    await fireEvent.click(await screen.findByRole("button", { name: "Delete transcripts…" }));
    const dialog = screen.getByTestId("delete-transcripts-dialog");
    await fireEvent.input(within(dialog).getByLabelText(/note what to keep/), { target: { value: "3 seats" } });
    await fireEvent.click(within(dialog).getByRole("button", { name: "Delete transcripts" }));
    await waitFor(() => expect(invokeMock).toHaveBeenCalledWith("delete_transcripts", { id: 1, note: "3 seats" }));
    expect((await screen.findByTestId("attention-done")).textContent).toContain("your note is on the card");
    await screen.findByTestId("attention-empty");
  });

  it("keeps a contact only with a reason and a later review date", async () => {
    vaultWith([warning(1, "Karla Keep", "erase")], {
      keep_contact: ({ reviewOn }) => ({
        contact_id: 1,
        reason: "spring",
        review_on: reviewOn,
        held_by: "Ola",
        held_at: "2026-11-23T10:00:00Z",
      }),
    });
    render(AttentionView);
    await fireEvent.click(await screen.findByRole("button", { name: "Keep…" }));
    const dialog = screen.getByTestId("keep-dialog");
    await fireEvent.click(within(dialog).getByRole("button", { name: "Keep until the review date" }));
    expect(within(dialog).getByTestId("form-error").textContent).toContain("Say why");
    expect(invokeMock).not.toHaveBeenCalledWith("keep_contact", expect.anything());
    await fireEvent.input(within(dialog).getByLabelText(/Why is this contact kept/), { target: { value: "spring" } });
    await fireEvent.click(within(dialog).getByRole("button", { name: "Keep until the review date" }));
    await waitFor(() =>
      expect(invokeMock).toHaveBeenCalledWith("keep_contact", { id: 1, reason: "spring", reviewOn: expect.any(String) }),
    );
  });

  it("acts in bulk only on the selected contacts, listed before asking once", async () => {
    const list = [
      warning(1, "Anna One", "delete_transcripts", 2),
      warning(2, "Bruno Two", "delete_transcripts", 1),
      warning(3, "Cleo Three", "delete_transcripts", 5),
    ];
    vaultWith(list, {
      clean_up: ({ contacts }) => ({
        done: contacts,
        failed: [],
        conversations: 3,
        messages: 9,
        not_attempted: 0,
      }),
    });
    render(AttentionView);
    const bulk = await screen.findByTestId("bulk-delete_transcripts");
    expect((bulk as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.click(screen.getByLabelText("Select Anna One"));
    await fireEvent.click(screen.getByLabelText("Select Bruno Two"));
    await fireEvent.click(bulk);
    const dialog = screen.getByTestId("clean-up-dialog");
    expect(within(dialog).getByRole("heading").textContent).toBe(
      "Delete 3 conversations of 2 contacts, with all their messages?",
    );
    const rows = within(dialog).getAllByTestId("clean-up-row").map((r) => r.textContent);
    expect(rows.join("|")).toContain("Anna One");
    expect(rows.join("|")).not.toContain("Cleo Three");
    await fireEvent.click(within(dialog).getByTestId("clean-up-submit"));
    await waitFor(() =>
      expect(invokeMock).toHaveBeenCalledWith("clean_up", { contacts: [1, 2], action: "delete_transcripts" }),
    );
    expect((await within(dialog).findByTestId("clean-up-result")).textContent).toBe(
      "Deleted 3 conversations of 2 contacts, 9 messages removed.",
    );
  });

  it("asks for ERASE before erasing several contacts", async () => {
    vaultWith([warning(1, "Olga Old", "erase"), warning(2, "Piotr Past", "erase")], {
      clean_up: () => ({ done: [1, 2], failed: [], conversations: 2, messages: 2, not_attempted: 0 }),
    });
    render(AttentionView);
    await fireEvent.click(await screen.findByLabelText("Select all shown"));
    await fireEvent.click(screen.getByTestId("bulk-erase"));
    const dialog = screen.getByTestId("clean-up-dialog");
    const submit = within(dialog).getByTestId<HTMLButtonElement>("clean-up-submit");
    expect(submit.disabled).toBe(true);
    await fireEvent.input(within(dialog).getByLabelText(/Type ERASE/), { target: { value: "ERASE" } });
    expect(submit.disabled).toBe(false);
    await fireEvent.click(submit);
    await waitFor(() => expect(invokeMock).toHaveBeenCalledWith("clean_up", { contacts: [1, 2], action: "erase" }));
  });
});

describe("the retention policy", () => {
  it("previews a new period before saving it", async () => {
    answer({
      retention_rules: () => [leadTranscripts],
      list_purposes: () => [],
      preview_retention_rule: ({ spec }) => {
        const s = spec as { period: { amount: number } };
        return {
          status: "lead",
          action: "delete_transcripts",
          period: s.period,
          contacts: s.period.amount < 60 ? 9 : 2,
          conversations: s.period.amount < 60 ? 20 : 3,
          current_contacts: 2,
          current_conversations: 3,
        };
      },
      set_retention_rule: ({ spec }) => ({ ...leadTranscripts, ...(spec as object) }),
      retention_summary: () => ({ total: 9, delete_transcripts: 9, erase: 0 }),
    });
    render(RetentionPolicy);
    await fireEvent.click(await screen.findByRole("button", { name: "Change period" }));
    const preview = screen.getByTestId("rule-preview");
    await waitFor(() => expect(preview.textContent).toContain("2 contacts with 3 transcripts"));
    const amount = screen.getByLabelText("This long after the last contact");
    await fireEvent.input(amount, { target: { value: "30" } });
    await waitFor(() => expect(preview.textContent).toContain("With 30 days, 9 contacts with 20 transcripts"));
    await fireEvent.input(amount, { target: { value: "3.5" } });
    await fireEvent.click(screen.getByRole("button", { name: "Save rule" }));
    expect(screen.getByTestId("form-error").textContent).toContain("whole number of days");
    await fireEvent.input(amount, { target: { value: "30" } });
    await fireEvent.click(screen.getByRole("button", { name: "Save rule" }));
    await waitFor(() =>
      expect(invokeMock).toHaveBeenCalledWith("set_retention_rule", {
        spec: { status: "lead", action: "delete_transcripts", period: { amount: 30, unit: "days" }, purpose_id: null },
      }),
    );
    await waitFor(() => expect(attention.badge).toBe(9));
  });
});
