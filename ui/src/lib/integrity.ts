// What a check of the vault or of a backup found, in the UI's language: the core classifies
// SQLite's lines (IntegrityFinding); a line of no known shape is shown as SQLite wrote it,
// among the technical details for support.

import type { IntegrityFinding } from "./bindings/IntegrityFinding";
import { t } from "./i18n.svelte";

/** A finding in words, or null for a line of no known shape (shown as written). */
export function findingText(finding: IntegrityFinding): string | null {
  switch (finding.kind) {
    case "page_mac":
      return t("settings-integrity-page-mac", { page: String(finding.page) });
    case "page_damaged":
      return t("settings-integrity-page-damaged", { page: String(finding.page) });
    case "page_never_used":
      return t("settings-integrity-page-never-used", { page: String(finding.page) });
    case "page_used_twice":
      return t("settings-integrity-page-used-twice", { page: String(finding.page) });
    case "row_missing_from_index":
      return t("settings-integrity-row-missing-from-index", { row: String(finding.row), index: finding.index });
    case "index_entry_count":
      return t("settings-integrity-index-entry-count", { index: finding.index });
    case "index_not_unique":
      return t("settings-integrity-index-not-unique", { index: finding.index });
    case "freelist_size":
      return t("settings-integrity-freelist-size", { found: finding.found, expected: finding.expected });
    case "freelist_damaged":
      return t("settings-integrity-freelist-damaged");
    case "other":
      return null;
  }
}

/** The findings in words, and SQLite's own lines for support: those of no known shape, and
 * those whose words leave out what SQLite said of them (what is wrong with a page). */
export function findingsShown(findings: IntegrityFinding[]): { lines: string[]; technical: string[] } {
  const lines: string[] = [];
  const technical: string[] = [];
  for (const finding of findings) {
    const text = findingText(finding);
    if (text !== null) lines.push(text);
    if (text === null || finding.kind === "page_damaged" || finding.kind === "freelist_damaged") technical.push(finding.text);
  }
  return { lines, technical };
}
