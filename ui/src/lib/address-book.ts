// The address book going out: what the export file is called unless the user says otherwise.

import type { BookFormat } from "./bindings/BookFormat";
import { t } from "./i18n.svelte";
import { BOOK_FORMAT_EXTENSIONS } from "./words";

/** The formats an export is written in, with their names (the hint in the UI's language when read). */
export const BOOK_FORMATS: readonly { format: BookFormat; label: string; readonly hint: string }[] = [
  {
    format: "vcard",
    label: "vCard (.vcf)",
    get hint() {
      return t("address-book-export-format-vcard-hint");
    },
  },
  {
    format: "csv",
    label: "CSV (.csv)",
    get hint() {
      return t("address-book-export-format-csv-hint");
    },
  },
];

/** "contacts-2026-12-07.vcf": the file an export suggests (BookFormat::extension). */
export function contactsFileName(format: BookFormat, today: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const day = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
  return `contacts-${day}.${BOOK_FORMAT_EXTENSIONS[format]}`;
}
