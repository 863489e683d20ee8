// Generated from custos-core's words for its codes (src-tauri/src/words.rs; cargo test writes
// it, CI checks it is current). Do not edit: change the core's describe() instead.

import type { ConsentState } from "./bindings/ConsentState";
import type { DataSource } from "./bindings/DataSource";
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
