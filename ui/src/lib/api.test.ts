import { invoke } from "@tauri-apps/api/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, editContact, errorMessage, importTranscript, search, setLockedHandler, toApiError } from "./api";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));
const mockedInvoke = vi.mocked(invoke);

afterEach(() => {
  mockedInvoke.mockReset();
  setLockedHandler(() => {});
});

describe("toApiError", () => {
  it("keeps the code and message of an IpcError", () => {
    const error = toApiError({ code: "wrong_passphrase", message: "Wrong passphrase for /tmp/a.custos." });
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe("wrong_passphrase");
    expect(error.message).toBe("Wrong passphrase for /tmp/a.custos.");
  });

  it("turns a plain string into a message", () => {
    const error = toApiError("command search not found");
    expect(error.code).toBe("internal");
    expect(error.message).toBe("command search not found");
  });

  it("uses an Error's message, never its stack", () => {
    const error = toApiError(new TypeError("window.__TAURI_INTERNALS__ is undefined"));
    expect(error.message).toBe("window.__TAURI_INTERNALS__ is undefined");
    expect(error.message).not.toContain("at ");
  });

  it("never shows a raw object", () => {
    for (const reason of [undefined, null, 42, { unexpected: true }, { code: 1, message: 2 }, "", "  "]) {
      expect(errorMessage(reason)).toBe("Something went wrong. Please try again.");
    }
  });

  it("passes an ApiError through", () => {
    const error = new ApiError("locked", "The vault is locked.");
    expect(toApiError(error)).toBe(error);
  });
});

describe("commands", () => {
  it("send the argument keys the core expects", async () => {
    mockedInvoke.mockResolvedValue([]);
    await search("anna", 50);
    expect(mockedInvoke).toHaveBeenCalledWith("search", { query: "anna", limit: 50 });

    await editContact(7, { job_title: null, emails: [] });
    expect(mockedInvoke).toHaveBeenLastCalledWith("edit_contact", { id: 7, patch: { job_title: null, emails: [] } });

    await importTranscript({ contact: 7, path: "/tmp/chat.txt", staff: [] });
    expect(mockedInvoke).toHaveBeenLastCalledWith("import_transcript", {
      request: { contact: 7, path: "/tmp/chat.txt", staff: [] },
    });
  });

  it("reject with an ApiError", async () => {
    mockedInvoke.mockRejectedValue({ code: "import_failed", message: "Line 6: expected a date. Nothing was imported." });
    await expect(search("x", 5)).rejects.toMatchObject({
      name: "ApiError",
      code: "import_failed",
      message: "Line 6: expected a date. Nothing was imported.",
    });
  });

  it("report a locked vault to the handler", async () => {
    const onLocked = vi.fn();
    setLockedHandler(onLocked);
    mockedInvoke.mockRejectedValue({ code: "locked", message: "The vault is locked. Unlock it to continue." });
    await expect(search("x", 5)).rejects.toBeInstanceOf(ApiError);
    expect(onLocked).toHaveBeenCalledTimes(1);

    mockedInvoke.mockRejectedValue({ code: "not_found", message: "No contact with id 9." });
    await expect(search("x", 5)).rejects.toBeInstanceOf(ApiError);
    expect(onLocked).toHaveBeenCalledTimes(1);
  });
});
