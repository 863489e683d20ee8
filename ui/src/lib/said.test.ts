// The sentences the core sends by code beside their English (a `Said`): every code the core
// can send (generated into words.ts) has an English message, and the UI words them in its
// language, falling back to the core's English for a code it does not know.

import { afterEach, describe, expect, it } from "vitest";
import { hasMessage, setLanguage } from "./i18n.svelte";
import { said, toApiError } from "./ipc";
import { SAID_CODES, type SaidDomain } from "./words";

afterEach(() => setLanguage("en"));

describe("said", () => {
  it("has an English message for every code of every domain", () => {
    const missing = (Object.keys(SAID_CODES) as SaidDomain[]).flatMap((domain) =>
      SAID_CODES[domain].map((code) => `said-${domain}-${code.replaceAll("_", "-")}`).filter((id) => !hasMessage(id)),
    );
    expect(missing).toEqual([]);
  });

  it("words a sentence as the core does in English, and in the UI's language", () => {
    const consent = { code: "consent", params: { name: "Łucja Żółkiewska", state: "given", purpose: "Newsletter" } };
    const english = "Łucja Żółkiewska has given consent for 'Newsletter'";
    expect(said("permission", consent, "fallback")).toBe(english);
    const file = { code: "csv_file", params: { format: "google", encoding: "UTF-8", delimiter: "comma" } };
    expect(said("file", file, "fallback")).toBe("Google Contacts CSV in UTF-8, fields separated by commas");
    expect(said("file", { code: "vcard_file", params: { cards: 3 } }, "fallback")).toBe("vCard file with 3 cards");
    const left = { code: "tag_left_out", params: { tag: "x", max: 80 } };
    setLanguage("pl");
    expect(said("permission", consent, english)).toBe("zgoda osoby Łucja Żółkiewska na cel „Newsletter”: udzielona");
    expect(said("file", file, "fallback")).toBe("CSV z Kontaktów Google w kodowaniu UTF-8, pola rozdzielone przecinkami");
    expect(said("row", left, "fallback")).toBe("„x” ma więcej niż 80 znaków: pominięto");
    expect(said("row", { ...left, params: { tag: "x", max: 2 } }, "fallback")).toBe("„x” ma więcej niż 2 znaki: pominięto");
  });

  it("keeps the core's English for a code the UI does not know", () => {
    setLanguage("de");
    expect(said("permission", { code: "from_a_newer_core", params: {} }, "as the core said")).toBe("as the core said");
  });

  it("lists what a document lacks in the UI's language", () => {
    const rejection = {
      code: "document_incomplete",
      reason: null,
      params: { document: "privacy_notice", missing: "English list", count: 2 },
      items: [
        { code: "controller_name", params: {} },
        { code: "purpose_retention", params: { purpose: "Newsletter" } },
      ],
      message: "The privacy notice (Art. 13/14 GDPR) cannot be generated yet. Fill in: English list.",
    };
    expect(toApiError(rejection).message).toBe(
      "The privacy notice (Art. 13/14 GDPR) cannot be generated yet. Fill in: the controller's legal name (company " +
        "profile); a retention period for purpose 'Newsletter' (on the purpose, or a retention rule naming it).",
    );
    setLanguage("pl");
    const polish = toApiError(rejection).message;
    expect(polish).toContain("pełna nazwa prawna administratora danych (profil firmy); okres przechowywania dla celu „Newsletter”");
    // An item the UI has no words for: the core's English list stays.
    expect(toApiError({ ...rejection, items: [{ code: "from_a_newer_core", params: {} }] }).message).toContain("English list");
  });
});
