// @vitest-environment jsdom
// Generating a document: the core's list of what is missing, then saving and opening.
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import DocumentDialog from "./DocumentDialog.svelte";
import { answer, fakeLayout, invokeMock } from "./test-support";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));
vi.mock("@tauri-apps/api/event", () => ({ listen: vi.fn(async () => () => {}) }));

beforeAll(fakeLayout);
afterEach(() => invokeMock.mockReset());

describe("the document dialog", () => {
  it("shows what is missing, then saves where chosen and opens the file", async () => {
    let complete = false;
    answer({
      suggest_export_path: ({ fileName }) => `/home/ola/Documents/${String(fileName)}`,
      generate_document: ({ request }) => {
        if (!complete) {
          throw { code: "document_incomplete", message: "The record cannot be generated yet. Fill in: the supervisory authority." };
        }
        return { path: (request as { path: string }).path, pages: 2, bytes: 41_000, sha256: "ab" };
      },
      open_document: () => null,
    });
    render(DocumentDialog, { title: "Record", kinds: ["record"], ondone: () => {} });
    const path = screen.getByLabelText<HTMLInputElement>("Save as");
    await waitFor(() => expect(path.value).toMatch(/^\/home\/ola\/Documents\/record-of-processing-en-\d{4}-\d\d-\d\d\.pdf$/));
    await fireEvent.change(screen.getByLabelText("Language"), { target: { value: "pl" } });
    await waitFor(() => expect(path.value).toContain("record-of-processing-pl-"));

    await fireEvent.click(screen.getByTestId("document-submit"));
    expect((await screen.findByTestId("document-error")).textContent).toContain("Fill in: the supervisory authority");

    complete = true;
    await fireEvent.click(screen.getByTestId("document-submit"));
    expect((await screen.findByTestId("document-saved")).textContent).toContain("(2 pages, 41 KB)");
    expect(invokeMock).toHaveBeenCalledWith("generate_document", {
      request: { kind: "record", language: "pl", contact: undefined, path: path.value, replace: false },
    });
    await fireEvent.click(screen.getByRole("button", { name: "Open" }));
    expect(invokeMock).toHaveBeenCalledWith("open_document", { path: path.value });
  });
});
