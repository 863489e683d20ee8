// Generated from custos-core's words for its codes (src-tauri/src/words.rs; cargo test writes
// it, CI checks it is current). Do not edit: change the core's describe() instead.

import type { BookFormat } from "./bindings/BookFormat";
import type { ConsentState } from "./bindings/ConsentState";
import type { DataSource } from "./bindings/DataSource";
import type { JobKind } from "./bindings/JobKind";
import type { MatchedBy } from "./bindings/MatchedBy";
import type { RetentionAction } from "./bindings/RetentionAction";
import { labels, t } from "./i18n.svelte";

/** ConsentState::describe: message `word-consent-state-never-given` and its kin. */
export const CONSENT_STATE_WORDS: Readonly<Record<ConsentState, string>> = labels("word-consent-state", [
  "never_given",
  "given",
  "confirmed",
  "withdrawn",
  "expired",
]);

/** RetentionAction::describe: message `word-retention-action-delete-transcripts` and its kin. */
export const RETENTION_ACTION_WORDS: Readonly<Record<RetentionAction, string>> = labels("word-retention-action", [
  "delete_transcripts",
  "erase",
]);

/** DataSource::describe, by kind: message `word-data-source-person` and its kin. */
export const DATA_SOURCE_WORDS: Readonly<Record<DataSource["kind"], string>> = labels("word-data-source", [
  "person",
  "third_party",
  "public",
]);

/** MatchedBy::describe: what a duplicate has in common: message `word-matched-by-email` and its kin. */
export const MATCHED_BY_WORDS: Readonly<Record<MatchedBy, string>> = labels("word-matched-by", [
  "email",
  "phone",
  "name",
]);

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

/** custos_documents::JobKind: every document the app makes, its title (in the UI's
 * language: message `word-job-<kind>`) and its file (extension, file_stem, has_language). */
export const DOCUMENT_KINDS: Readonly<
  Record<JobKind, { title: string; extension: string; stem: string; hasLanguage: boolean }>
> = {
  record: {
    get title() {
      return t("word-job-record");
    },
    extension: "pdf",
    stem: "record-of-processing",
    hasLanguage: true,
  },
  notice: {
    get title() {
      return t("word-job-notice");
    },
    extension: "pdf",
    stem: "privacy-notice",
    hasLanguage: true,
  },
  notice_html: {
    get title() {
      return t("word-job-notice-html");
    },
    extension: "html",
    stem: "privacy-notice",
    hasLanguage: true,
  },
  access_report: {
    get title() {
      return t("word-job-access-report");
    },
    extension: "pdf",
    stem: "access-report",
    hasLanguage: true,
  },
  access_export: {
    get title() {
      return t("word-job-access-export");
    },
    extension: "zip",
    stem: "access-export",
    hasLanguage: false,
  },
  request_letter: {
    get title() {
      return t("word-job-request-letter");
    },
    extension: "pdf",
    stem: "request-letter",
    hasLanguage: true,
  },
};
