// The core's errors in the UI's words: every generated error code and reason has a message
// (English here; i18n.test.ts checks every language has the same), and a rejection from the
// shell is shown in the UI's language with the core's data filled in.

import { afterEach, describe, expect, it } from "vitest";
import { ERROR_CODES, REASON_CODES } from "./errors";
import { hasMessage, setLanguage } from "./i18n.svelte";
import { toApiError } from "./ipc";

const id = (prefix: string, code: string) => `${prefix}${code.replaceAll("_", "-")}`;

describe("the error messages", () => {
  it("exist for every error code", () => {
    expect(ERROR_CODES.filter((code) => !hasMessage(id("error-", code)))).toEqual([]);
  });

  it("exist for every reason", () => {
    expect(REASON_CODES.filter((code) => !hasMessage(id("error-reason-", code)))).toEqual([]);
  });
});

describe("a rejection from the shell", () => {
  afterEach(() => setLanguage("en"));

  const restricted = {
    code: "invalid_input",
    reason: "not_an_email",
    params: { field: "email", value: "anna", number: 2 },
    message: "email: 'anna' (e-mail address 2) is not an e-mail address (no @)",
  };

  it("reads in English as the core wrote it", () => {
    const error = toApiError(restricted);
    expect(error.code).toBe("invalid_input");
    expect(error.reason).toBe("not_an_email");
    expect(error.message).toBe("E-mail: 'anna' (e-mail address 2) is not an e-mail address (no @)");
  });

  it("reads in the UI's language, the field by its label and dates formatted", () => {
    setLanguage("de");
    expect(toApiError(restricted).message).toBe("E-Mail: „anna“ (E-Mail-Adresse 2) ist keine E-Mail-Adresse (kein @)");
    const day = toApiError({
      code: "invalid_input",
      reason: "day_in_future",
      params: { field: "received_on", day: "2026-03-14", today: "2026-03-01" },
      message: "received_on: 2026-03-14 is in the future (today is 2026-03-01)",
    }).message;
    expect(day).toContain("14. März 2026");
    expect(day).not.toContain("2026-03-14");
  });

  it("keeps the English message for a reason this UI does not know", () => {
    const error = toApiError({ code: "refused", reason: "from_a_newer_core", params: {}, message: "Not now." });
    expect(error.code).toBe("refused");
    expect(error.reason).toBeNull();
    expect(error.message).toBe("Not now.");
  });

  it("words a file that cannot be imported by its reason, with the line", () => {
    const tooMany = {
      code: "import_failed",
      reason: "csv_too_many_fields",
      params: { line: "12", width: 3, header_line: "1", found: 5, field: 22, nth: "two" },
      message:
        "Line 12: expected at most 3 fields, as the header (line 1) has, but found 5, the 22nd with text in it (a field that holds the delimiter needs quotes around it). Nothing was imported.",
    };
    expect(toApiError(tooMany).message).toBe(tooMany.message);
    const noDay = {
      code: "import_failed",
      reason: "chat_date_no_such_day",
      params: { line: "4", date: "30/02/2023", year: "2023", month: 2, day: 30 },
      message: 'Line 4: expected a real date but found "30/02/2023": February 2023 has no day 30. Nothing was imported.',
    };
    expect(toApiError(noDay).message).toBe(noDay.message);
    setLanguage("pl");
    expect(toApiError(noDay).message).toContain("30 lutego 2023 r. nie istnieje");
    expect(toApiError(tooMany).message).toContain("pole nr 22 zawiera tekst");
  });

  it("words what a JSON reader found by its typed data, never in serde_json's English", () => {
    const base = { name: "", found_kind: "other", expected_kind: "other", column: "14" };
    const rejection = (reason: string, params: Record<string, string>) => ({
      code: "import_failed",
      reason,
      params: { line: "3", ...base, ...params, detail: "expected a string but found integer \"5\"" },
      message: "Line 3: expected a string but found integer \"5\" (column 14). Nothing was imported.",
    });
    const wrongType = rejection("transcript_not_readable", { what: "wrong_type", found_kind: "number", expected_kind: "text" });
    expect(toApiError(wrongType).message).toBe("Line 3: expected a text but found a number (column 14). Nothing was imported.");
    setLanguage("pl");
    expect(toApiError(wrongType).message).toBe(
      "Wiersz 3: oczekiwano: tekst; znaleziono: liczba (kolumna 14). Nic nie zostało zaimportowane.",
    );
    const missing = rejection("chat_export_unexpected", { what: "missing_field", name: "messages", format: "Telegram" });
    expect(toApiError(missing).message).toBe(
      "Wiersz 3: oczekiwano pola „messages”, ale go nie znaleziono, w miejscu, w którym eksport Telegram ma coś innego (kolumna 14). Nic nie zostało zaimportowane.",
    );
    const syntax = rejection("transcript_not_readable", { what: "syntax" });
    expect(toApiError(syntax).message).not.toContain("expected");
  });

  it("lists the rows that cannot be imported by their reasons, each with its line", () => {
    const refusal = {
      code: "refused",
      reason: "problem_rows",
      params: { count: 7, more: 2, lines: "line 4 (no name …), line 9 (\"--\" cannot name a card …)" },
      items: [
        { code: "no_name", params: { line: "4" } },
        { code: "not_a_name", params: { name: "--", line: "9" } },
      ],
      message: "7 rows cannot be imported as they are: line 4 (no name …), line 9 (…), and 2 more. …",
    };
    setLanguage("pl");
    const message = toApiError(refusal).message;
    expect(message).toMatch(/^7 wierszy nie można zaimportować w obecnej postaci: wiersz 4 \(.+\), wiersz 9 \(.*„--”.*\) i jeszcze 2\. /);
    expect(message).not.toMatch(/line|no name|cannot/);
    setLanguage("en");
    expect(toApiError(refusal).message).toContain(
      ": line 4 (no name, organisation or e-mail address to show this contact by), line 9 (",
    );
    expect(toApiError(refusal).message).toContain("), and 2 more. Agree to skip them,");
  });

  it("says why a file is not a vault in the UI's language", () => {
    const folder = {
      code: "not_a_vault",
      reason: null,
      params: { path: "/home/ola/notes", why: "not_a_file", kind: "folder" },
      message: "/home/ola/notes is not a Custos vault (it is a folder). Choose the vault file you created with Custos.",
    };
    expect(toApiError(folder).message).toBe(folder.message);
    setLanguage("pl");
    expect(toApiError(folder).message).toBe(
      "/home/ola/notes nie jest sejfem Custos (to folder). Wybierz plik sejfu utworzony w Custos.",
    );
    const plain = { ...folder, params: { path: "a.db", why: "unencrypted_sqlite", kind: "" } };
    expect(toApiError(plain).message).toContain("(to niezaszyfrowana baza danych SQLite)");
  });

  it("words what the operating system said by its kind, its own text only when unknown", () => {
    const io = (kind: string) => ({
      code: "io",
      reason: null,
      params: { path: "/srv/eksport.vcf", reason: "Permission denied (os error 13)", io: kind },
      message: "Could not access /srv/eksport.vcf: Permission denied (os error 13)",
    });
    setLanguage("pl");
    expect(toApiError(io("permission_denied")).message).toBe(
      "Custos nie ma uprawnień do odczytu lub zapisu /srv/eksport.vcf. Należy uzyskać dostęp albo wybrać inne miejsce.",
    );
    expect(toApiError(io("not_found")).message).toBe("/srv/eksport.vcf nie istnieje. Należy sprawdzić ścieżkę.");
    expect(toApiError(io("other")).message).toBe("Brak dostępu do /srv/eksport.vcf: Permission denied (os error 13)");
  });

  it("words an error without a reason by its code", () => {
    const error = toApiError({ code: "passphrase_too_short", reason: null, params: { min: 12, actual: 5 }, message: "x" });
    expect(error.message).toBe("The passphrase is too short: use at least 12 characters (it has 5).");
  });
});
