// @vitest-environment jsdom
// Generating a document: the core's list of what is missing, then saving and opening.
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { rememberDocumentLanguage } from "../lib/documents";
import DocumentDialog from "./DocumentDialog.svelte";
import { answer, fakeLayout, invokeMock } from "./test-support";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));
vi.mock("@tauri-apps/api/event", () => ({ listen: vi.fn(async () => () => {}) }));

beforeAll(fakeLayout);
afterEach(() => {
  invokeMock.mockReset();
  rememberDocumentLanguage("en"); // each dialog starts in the language last used
});

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
      request: { kind: "record", language: "pl", contact: undefined, path: path.value, replace: false, redact_names: [] },
    });
    await fireEvent.click(screen.getByRole("button", { name: "Open" }));
    expect(invokeMock).toHaveBeenCalledWith("open_document", { path: path.value });
  });

  it("offers the Art. 14 notice: the source is named before anything is generated", async () => {
    answer({
      suggest_export_path: ({ fileName }) => `/tmp/${String(fileName)}`,
      generate_document: ({ request }) => ({ path: (request as { path: string }).path, pages: 3, bytes: 30_000, sha256: "ab" }),
    });
    render(DocumentDialog, { title: "Privacy notice", kinds: ["notice", "notice_html"], ondone: () => {} });
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>("Save as").value).toContain("privacy-notice-en-"));
    expect(screen.getByLabelText<HTMLInputElement>("Data collected from the person (Art. 13)").checked).toBe(true);
    expect(screen.queryByLabelText("Which third party")).toBeNull();

    await fireEvent.click(screen.getByLabelText("Data from another source (Art. 14)"));
    await fireEvent.change(screen.getByLabelText("Source"), { target: { value: "public" } });
    await fireEvent.click(screen.getByTestId("document-submit"));
    expect((await screen.findByTestId("document-error")).textContent).toContain("Name the public source");
    expect(invokeMock).not.toHaveBeenCalledWith("generate_document", expect.anything());

    await fireEvent.input(screen.getByLabelText("Which public source"), { target: { value: " Company register " } });
    await fireEvent.click(screen.getByTestId("document-submit"));
    await screen.findByTestId("document-saved");
    expect(invokeMock).toHaveBeenCalledWith("generate_document", {
      request: expect.objectContaining({ kind: "notice", source: { kind: "public", name: "Company register" }, redact_names: [] }),
    });
  });

  it("sends the names to redact with the access report and its export", async () => {
    answer({
      suggest_export_path: ({ fileName }) => `/tmp/${String(fileName)}`,
      generate_document: ({ request }) => ({ path: (request as { path: string }).path, pages: 4, bytes: 50_000, sha256: "ab" }),
    });
    render(DocumentDialog, { title: "Access report", kinds: ["access_report"], contact: 7, withExport: true, ondone: () => {} });
    expect(screen.queryByTestId("notice-source")).toBeNull();
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>("Save as").value).toContain("access-report-7-"));
    await fireEvent.input(screen.getByLabelText("Also redact these names (one per line)"), {
      target: { value: "Jan Kowalski\n\n  Bożena Wąsik  \n" },
    });
    await fireEvent.click(screen.getByTestId("document-submit"));
    expect(await screen.findAllByTestId("document-saved")).toHaveLength(2);
    const names = ["Jan Kowalski", "Bożena Wąsik"];
    for (const kind of ["access_report", "access_export"]) {
      expect(invokeMock).toHaveBeenCalledWith("generate_document", {
        request: expect.objectContaining({ kind, contact: 7, redact_names: names }),
      });
    }
  });
});
