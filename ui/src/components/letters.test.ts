// @vitest-environment jsdom
// Letters about a request from its detail panel, and closing an unknown requester as "no data".
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Request } from "../lib/bindings/Request";
import NoDataClose from "./NoDataClose.svelte";
import RequestLetters from "./RequestLetters.svelte";
import { answer, fakeLayout, invokeMock, sampleRequest } from "./test-support";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));
vi.mock("@tauri-apps/api/event", () => ({ listen: vi.fn(async () => () => {}) }));
const save = vi.hoisted(() => vi.fn(async (options: { defaultPath?: string }) => options.defaultPath ?? null));
vi.mock("@tauri-apps/plugin-dialog", () => ({ save, open: vi.fn() }));

beforeAll(fakeLayout);
afterEach(() => {
  invokeMock.mockReset();
  save.mockClear();
});

/** An access request from someone not matched to a contact. */
function request(over: Partial<Request> = {}): Request {
  return sampleRequest({
    id: 4,
    kind: "access",
    contact_id: null,
    contact_name: null,
    requester_name: "Живка Щерева",
    requester_contact: "zhivka@primer.example",
    ...over,
  });
}

const shown = () => screen.queryAllByTestId(/^letter-(acknowledgement|extension|completion|refusal)$/).map((b) => b.dataset.testid);

describe("letters to the requester", () => {
  it("offers the letters the core says fit, in its order", () => {
    const cases: Request["letters"][] = [
      ["acknowledgement"],
      ["acknowledgement", "extension"],
      ["acknowledgement", "extension", "completion"],
      ["acknowledgement", "refusal"],
    ];
    for (const letters of cases) {
      const { unmount } = render(RequestLetters, { request: request({ letters }) });
      expect(shown()).toEqual(letters.map((l) => `letter-${l}`));
      unmount();
    }
  });

  it("saves the letter where chosen in the language chosen, replaces a file only when asked, then opens it", async () => {
    let exists = true;
    answer({
      suggest_export_path: ({ fileName }) => `/home/ola/Documents/${String(fileName)}`,
      generate_document: ({ request: r }) => {
        const asked = r as { path: string; replace: boolean };
        if (exists && !asked.replace) throw { code: "file_exists", message: `${asked.path} already exists.` };
        return { path: asked.path, pages: 1, bytes: 30_000, sha256: "ab" };
      },
      open_document: () => null,
    });
    render(RequestLetters, {
      request: request({ status: "refused", closed_at: "2026-04-01T10:00:00Z", letters: ["acknowledgement", "refusal"] }),
    });
    await fireEvent.click(screen.getByTestId("letter-refusal"));
    const dialog = await screen.findByTestId("document-dialog");
    await fireEvent.change(within(dialog).getByLabelText("Language"), { target: { value: "bg" } });
    const field = within(dialog).getByLabelText<HTMLInputElement>("Save as");
    await waitFor(() => expect(field.value).toMatch(/^\/home\/ola\/Documents\/request-4-refusal-bg-\d{4}-\d\d-\d\d\.pdf$/));
    const path = field.value;

    await fireEvent.click(within(dialog).getByTestId("document-submit"));
    expect((await within(dialog).findByTestId("document-error")).textContent).toContain("already exists");
    expect(invokeMock).toHaveBeenCalledWith("generate_document", {
      request: expect.objectContaining({ kind: "request_letter", language: "bg", request: 4, letter: "refusal", path, replace: false }),
    });

    exists = false;
    await fireEvent.click(within(dialog).getByLabelText("Replace an existing file"));
    await fireEvent.click(within(dialog).getByTestId("document-submit"));
    expect((await within(dialog).findByTestId("document-saved")).textContent).toContain("(1 page, 30 KB)");
    expect(within(dialog).queryByTestId("document-recorded")).toBeNull();
    await fireEvent.click(within(dialog).getByRole("button", { name: "Open" }));
    expect(invokeMock).toHaveBeenCalledWith("open_document", { path });
    await fireEvent.click(within(dialog).getByRole("button", { name: "Close" }));
    await waitFor(() => expect(screen.queryByTestId("document-dialog")).toBeNull());
  });

  it("writes nothing when the dialog is closed, and shows the core's refusal", async () => {
    answer({
      suggest_export_path: ({ fileName }) => `/tmp/${String(fileName)}`,
      generate_document: () => {
        throw { code: "letter_not_applicable", message: "Request #4 is received, not refused." };
      },
    });
    render(RequestLetters, { request: request() });
    await fireEvent.click(screen.getByTestId("letter-acknowledgement"));
    let dialog = await screen.findByTestId("document-dialog");
    await fireEvent.click(within(dialog).getByRole("button", { name: "Close" }));
    await waitFor(() => expect(screen.queryByTestId("document-dialog")).toBeNull());
    expect(invokeMock).not.toHaveBeenCalledWith("generate_document", expect.anything());

    await fireEvent.click(screen.getByTestId("letter-acknowledgement"));
    dialog = await screen.findByTestId("document-dialog");
    await waitFor(() => expect(within(dialog).getByLabelText<HTMLInputElement>("Save as").value).toContain("/tmp/"));
    await fireEvent.click(within(dialog).getByTestId("document-submit"));
    expect((await within(dialog).findByTestId("document-error")).textContent).toContain("not refused");
  });
});

describe("closing as no data held", () => {
  it("is offered when the core says the request may be closed so", () => {
    for (const offered of [true, false]) {
      const { unmount } = render(NoDataClose, { request: request({ may_close_no_data: offered }), onchange: () => {} });
      expect(screen.queryByTestId("no-data-close") !== null).toBe(offered);
      unmount();
    }
  });

  it("closes through the core and reports the updated request", async () => {
    const done = request({ status: "done", outcome: "No personal data about the requester is held." });
    answer({ close_request_no_data: () => done });
    const onchange = vi.fn();
    render(NoDataClose, { request: request({ may_close_no_data: true }), onchange });
    await fireEvent.input(screen.getByLabelText("How you searched (optional)"), { target: { value: " name and e-mail " } });
    await fireEvent.click(screen.getByTestId("no-data-submit"));
    await waitFor(() => expect(onchange).toHaveBeenCalledWith(done, expect.stringContaining("no personal data")));
    expect(invokeMock).toHaveBeenCalledWith("close_request_no_data", { id: 4, summary: "name and e-mail" });
  });
});
