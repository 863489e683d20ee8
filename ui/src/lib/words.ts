// Generated from custos-core's words for its codes (src-tauri/src/words.rs; cargo test writes
// it, CI checks it is current). Do not edit: change the core's describe() instead.

import type { BookFormat } from "./bindings/BookFormat";
import type { ConsentState } from "./bindings/ConsentState";
import type { DataSource } from "./bindings/DataSource";
import type { JobKind } from "./bindings/JobKind";
import type { MatchedBy } from "./bindings/MatchedBy";
import type { RetentionAction } from "./bindings/RetentionAction";

/** ConsentState::describe */
export const CONSENT_STATE_WORDS: Readonly<Record<ConsentState, string>> = {
  never_given: "never given",
  given: "given",
  confirmed: "confirmed",
  withdrawn: "withdrawn",
  expired: "expired",
};

/** RetentionAction::describe */
export const RETENTION_ACTION_WORDS: Readonly<Record<RetentionAction, string>> = {
  delete_transcripts: "delete transcripts",
  erase: "erase",
};

/** DataSource::describe, by kind */
export const DATA_SOURCE_WORDS: Readonly<Record<DataSource["kind"], string>> = {
  person: "the person",
  third_party: "third party",
  public: "public source",
};

/** MatchedBy::describe: what a duplicate has in common */
export const MATCHED_BY_WORDS: Readonly<Record<MatchedBy, string>> = {
  email: "the same e-mail address",
  phone: "the same phone number",
  name: "the same name at the same organisation",
};

/** BookFormat::extension */
export const BOOK_FORMAT_EXTENSIONS: Readonly<Record<BookFormat, string>> = {
  vcard: "vcf",
  csv: "csv",
};

/** custos_documents::Language: a language documents are written in. */
export type DocumentLanguage = "en" | "pl" | "de" | "fr" | "it" | "es" | "bg";

/** Every document language with its own name (Language::name). */
export const DOCUMENT_LANGUAGES: readonly { code: DocumentLanguage; name: string }[] = [
  { code: "en", name: "English" },
  { code: "pl", name: "polski" },
  { code: "de", name: "Deutsch" },
  { code: "fr", name: "français" },
  { code: "it", name: "italiano" },
  { code: "es", name: "español" },
  { code: "bg", name: "български" },
];

/** custos_documents::JobKind: every document the app makes, its title and its file
 * (title, extension, file_stem, has_language). */
export const DOCUMENT_KINDS: Readonly<
  Record<JobKind, { title: string; extension: string; stem: string; hasLanguage: boolean }>
> = {
  record: { title: "Record of processing activities (Art. 30)", extension: "pdf", stem: "record-of-processing", hasLanguage: true },
  notice: { title: "Privacy notice (PDF)", extension: "pdf", stem: "privacy-notice", hasLanguage: true },
  notice_html: { title: "Privacy notice as a web page", extension: "html", stem: "privacy-notice", hasLanguage: true },
  access_report: { title: "Access report (Art. 15)", extension: "pdf", stem: "access-report", hasLanguage: true },
  access_export: { title: "Portable export (Art. 20)", extension: "zip", stem: "access-export", hasLanguage: false },
  request_letter: { title: "Letter to the requester", extension: "pdf", stem: "request-letter", hasLanguage: true },
};
