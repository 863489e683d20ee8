// Letters to the requester about a request: which ones fit the request's state, and what to
// call the file. The letters themselves (and what each must say) come from custos-documents.

import type { Request } from "./bindings/Request";
import { isClosed, isoDay } from "./requests";

/** The letter's code, as `generate_document` takes it in `letter`. */
export type LetterKind = "acknowledgement" | "extension" | "completion" | "refusal";

export const LETTER_TITLES: Readonly<Record<LetterKind, string>> = {
  acknowledgement: "Acknowledgement",
  extension: "Extension notice",
  completion: "Answer",
  refusal: "Refusal",
};

/**
 * The letters that fit the request now: an acknowledgement always; the extension notice once
 * extended; the answer once done; the refusal once refused. The core refuses any other
 * (`letter_not_applicable`); this only decides which buttons to show.
 */
export function lettersFor(q: Pick<Request, "status" | "extension">): LetterKind[] {
  const letters: LetterKind[] = ["acknowledgement"];
  if (q.extension) letters.push("extension");
  if (q.status === "done") letters.push("completion");
  if (q.status === "refused") letters.push("refusal");
  return letters;
}

/** "request-12-acknowledgement-pl-2026-11-23.pdf": what to call the file unless the user says otherwise. */
export function letterFileName(letter: LetterKind, request: number, language: string, today: Date): string {
  return `request-${request}-${letter}-${language}-${isoDay(today)}.pdf`;
}

/**
 * Whether the request may be closed as "no personal data held": open, matched to no contact,
 * no action recorded (the core checks the same and says what to do otherwise).
 */
export function canCloseNoData(q: Pick<Request, "status" | "contact_id" | "actions">): boolean {
  return !isClosed(q) && q.contact_id === null && q.actions.length === 0;
}
