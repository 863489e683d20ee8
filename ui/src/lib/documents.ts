// Documents as the app offers them: which ones, in which languages, and their file names.
// The documents themselves (and what each must contain) come from custos-documents.

import type { DataSource } from "./bindings/DataSource";
import type { JobKind } from "./bindings/JobKind";
import type { SavedDocument } from "./bindings/SavedDocument";
import { capitalised } from "./format";
import { labels, locale, t } from "./i18n.svelte";
import { DOCUMENT_KINDS, DOCUMENT_LANGUAGES, type DocumentLanguage } from "./words";

/** A document the app makes (custos_documents::JobKind). */
export type DocumentKind = JobKind;

/** The languages documents are written in, by their own names (from custos-documents). */
export const LANGUAGES: readonly { code: DocumentLanguage; name: string }[] = DOCUMENT_LANGUAGES.map((l) => ({
  code: l.code,
  name: capitalised(l.name),
}));

/** What each document is called in a list (JobKind::title), in the UI's language. */
export const DOCUMENT_TITLES: Readonly<Record<DocumentKind, string>> = labels(
  "document-dialog-kind",
  Object.keys(DOCUMENT_KINDS) as DocumentKind[],
);

/** The file extension of a kind: pdf, html or zip. */
export function extensionOf(kind: DocumentKind): string {
  return DOCUMENT_KINDS[kind].extension;
}

/**
 * "access-report-17-pl-2026-11-23.pdf": what to call the file unless the user says otherwise
 * (as JobKind::file_name does).
 */
export function documentFileName(kind: DocumentKind, language: string, today: Date, contact: number | null = null): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const day = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
  const who = contact === null ? "" : `-${contact}`;
  const { stem, extension, hasLanguage } = DOCUMENT_KINDS[kind];
  const lang = hasLanguage ? `-${language}` : "";
  return `${stem}${who}${lang}-${day}.${extension}`;
}

/** The language of the last document generated in this session: the next one starts there;
 * until one is, documents start in the UI's language. */
let lastLanguage: string | null = null;

export function lastDocumentLanguage(): string {
  return lastLanguage ?? (LANGUAGES.some((l) => l.code === locale.language) ? locale.language : "en");
}

/** Remembers `code` (one of LANGUAGES) as the language of the last document generated. */
export function rememberDocumentLanguage(code: string): void {
  if (LANGUAGES.some((l) => l.code === code)) lastLanguage = code;
}

/** What was written, in a sentence. */
export function savedText(doc: SavedDocument): string {
  const size =
    doc.bytes >= 1024 * 1024
      ? t("document-dialog-size-mb", { size: doc.bytes / 1024 / 1024 })
      : t("document-dialog-size-kb", { size: Math.ceil(doc.bytes / 1024) });
  return t("document-dialog-saved", { path: doc.path, pages: doc.pages, size });
}

/**
 * The names typed in "Also redact these names", one per line: trimmed, with blank lines and
 * repeats (ignoring case) left out.
 */
export function parseRedactNames(text: string): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const name = line.trim().replace(/\s+/g, " ");
    const key = name.toLocaleLowerCase();
    if (name && !seen.has(key)) {
      seen.add(key);
      names.push(name);
    }
  }
  return names;
}

/** Where the data a privacy notice is about comes from, as the notice dialog holds it. */
export interface NoticeSourceForm {
  /** "person": collected from the person (Art. 13); "other": from another source (Art. 14). */
  origin: "person" | "other";
  kind: "third_party" | "public";
  name: string;
}

export function emptyNoticeSource(): NoticeSourceForm {
  return { origin: "person", kind: "third_party", name: "" };
}

/** What is wrong with the notice's source, or null if it can be sent. */
export function noticeSourceError(form: NoticeSourceForm): string | null {
  if (form.origin === "person" || form.name.trim()) return null;
  return form.kind === "third_party"
    ? t("document-dialog-error-third-party")
    : t("document-dialog-error-public-source");
}

/** The source to send with the notice: none for Art. 13. */
export function noticeSource(form: NoticeSourceForm): DataSource | undefined {
  return form.origin === "person" ? undefined : { kind: form.kind, name: form.name.trim() };
}
