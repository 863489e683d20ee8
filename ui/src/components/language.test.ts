// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { locale, setLanguage } from "../lib/i18n.svelte";
import { session } from "../lib/session.svelte";
import SettingsView from "./SettingsView.svelte";
import Welcome from "./Welcome.svelte";
import { answer, fakeLayout, invokeMock } from "./test-support";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));
vi.mock("@tauri-apps/api/event", () => ({ listen: vi.fn(async () => () => {}) }));

beforeAll(fakeLayout);

afterEach(() => {
  invokeMock.mockReset();
  setLanguage("en");
  session.settings = { auto_lock_minutes: 10, operator: "", operators: {}, last_vault: null, language: null };
});

describe("the language picker", () => {
  it("on the start screen switches the whole screen at once and remembers the choice", async () => {
    session.systemLanguage = "de";
    let chosen: string | null = null;
    answer({
      update_settings: ({ settings }) => {
        chosen = (settings as { language: string | null }).language;
        return settings;
      },
      app_info: () => ({ language: chosen ?? "de", system_language: "de" }),
    });
    render(Welcome);
    const english = document.body.textContent ?? "";
    const picker = screen.getByTestId<HTMLSelectElement>("start-language");
    expect(picker.value).toBe("");
    expect(picker.options[0]?.textContent).toBe("As the system (Deutsch)");

    await fireEvent.change(picker, { target: { value: "pl" } });
    await waitFor(() => expect(locale.language).toBe("pl"));
    expect(invokeMock).toHaveBeenCalledWith("update_settings", {
      settings: { auto_lock_minutes: 10, operator: "", operators: {}, last_vault: null, language: "pl" },
    });
    expect(document.documentElement.lang).toBe("pl");
    expect(document.body.textContent).not.toBe(english);
    expect(picker.options[0]?.textContent).toBe("Jak w systemie (Deutsch)");

    // Back to the system's language: German.
    await fireEvent.change(picker, { target: { value: "" } });
    await waitFor(() => expect(locale.language).toBe("de"));
    expect(session.settings.language).toBeNull();
  });

  it("is in Settings too", async () => {
    answer({});
    invokeMock.mockImplementation(() => new Promise(() => {}));
    render(SettingsView);
    expect(screen.getByTestId("settings-language")).toBeTruthy();
    expect(screen.getByText("Language of the app")).toBeTruthy();
  });
});
