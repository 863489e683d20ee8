// Letters to the requester about a request: their titles and what to call the file. Which
// ones fit the request comes from the core (`Request.letters`); the letters themselves (and
// what each must say) from custos-documents.

import type { LetterKind } from "./bindings/LetterKind";
import { labels } from "./i18n.svelte";
import { isoDay } from "./requests";

export const LETTER_TITLES: Readonly<Record<LetterKind, string>> = labels("requests-letter", [
  "acknowledgement",
  "extension",
  "completion",
  "refusal",
]);

/** "request-12-acknowledgement-pl-2026-11-23.pdf": what to call the file unless the user says otherwise. */
export function letterFileName(letter: LetterKind, request: number, language: string, today: Date): string {
  return `request-${request}-${letter}-${language}-${isoDay(today)}.pdf`;
}
