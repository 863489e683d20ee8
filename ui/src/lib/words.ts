// Generated from custos-core's words for its codes (src-tauri/src/words.rs; cargo test writes
// it, CI checks it is current). Do not edit: change the core's describe() instead.

import type { BookFormat } from "./bindings/BookFormat";
import type { ConsentState } from "./bindings/ConsentState";
import type { ContactField } from "./bindings/ContactField";
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

/** ContactField::ALL: every field of a card, by code. */
export const CONTACT_FIELDS: readonly ContactField[] = [
  "display_name",
  "email",
  "phone",
  "organisation",
  "address",
  "id_number",
  "notes",
  "given_name",
  "family_name",
  "job_title",
  "tags",
];

/** custos_core::deadline::holiday_codes: every public holiday, by code (`holiday-<code>`). */
export const HOLIDAY_CODES: readonly string[] = [
  "all-saints-day",
  "armistice-day",
  "ascension-day",
  "assumption-day",
  "august-bank-holiday",
  "bastille-day",
  "christmas-day",
  "christmas-day-moved-from-the-weekend",
  "christmas-day-taken-on-a-weekday",
  "christmas-eve",
  "christmas-eve-moved-from-the-weekend",
  "constitution-day",
  "corpus-christi",
  "day-of-german-unity",
  "day-of-slavonic-alphabet-and-culture",
  "day-of-slavonic-alphabet-and-culture-moved-from-the-weekend",
  "easter-monday",
  "easter-sunday",
  "epiphany",
  "good-friday",
  "immaculate-conception",
  "independence-day",
  "independence-day-moved-from-the-weekend",
  "june-bank-holiday",
  "kings-day",
  "labour-day",
  "labour-day-moved-from-the-weekend",
  "liberation-day",
  "liberation-day-moved-from-the-weekend",
  "may-day",
  "national-day",
  "national-day-of-spain",
  "new-years-day",
  "new-years-day-moved-from-the-weekend",
  "new-years-day-taken-on-a-weekday",
  "october-bank-holiday",
  "orthodox-easter-monday",
  "orthodox-easter-sunday",
  "orthodox-good-friday",
  "orthodox-holy-saturday",
  "pentecost-sunday",
  "queens-day",
  "reformation-day",
  "republic-day",
  "second-day-of-christmas",
  "second-day-of-christmas-moved-from-the-weekend",
  "st-brigids-day",
  "st-francis-of-assisi",
  "st-georges-day",
  "st-georges-day-moved-from-the-weekend",
  "st-patricks-day",
  "st-patricks-day-taken-on-a-weekday",
  "st-stephens-day",
  "st-stephens-day-taken-on-a-weekday",
  "unification-day",
  "unification-day-moved-from-the-weekend",
  "victory-in-europe-day",
  "whit-monday",
  "whit-sunday",
];

/** Strength::STRENGTH_WARNING_CODES: the passphrase feedback the UI words by code. */
export const STRENGTH_WARNING_CODES: readonly string[] = [
  "straight_rows_of_keys_are_easy_to_guess",
  "short_keyboard_patterns_are_easy_to_guess",
  "repeats_like_aaa_are_easy_to_guess",
  "repeats_like_abc_abc_are_only_slightly_harder_to_guess",
  "this_is_a_top_10_password",
  "this_is_a_top_100_password",
  "this_is_a_common_password",
  "this_is_similar_to_a_commonly_used_password",
  "sequences_like_abc_are_easy_to_guess",
  "recent_years_are_easy_to_guess",
  "a_word_by_itself_is_easy_to_guess",
  "dates_are_often_easy_to_guess",
  "names_and_surnames_by_themselves_are_easy_to_guess",
  "common_names_and_surnames_are_easy_to_guess",
];

/** Strength::STRENGTH_SUGGESTION_CODES: the passphrase feedback the UI words by code. */
export const STRENGTH_SUGGESTION_CODES: readonly string[] = [
  "use_a_few_words_avoid_common_phrases",
  "no_need_for_symbols_digits_or_uppercase_letters",
  "add_another_word_or_two",
  "capitalization_doesnt_help_very_much",
  "all_uppercase_is_almost_as_easy_to_guess_as_all_lowercase",
  "reversed_words_arent_much_harder_to_guess",
  "predictable_substitutions_dont_help_very_much",
  "use_a_longer_keyboard_pattern_with_more_turns",
  "avoid_repeated_words_and_characters",
  "avoid_sequences",
  "avoid_recent_years",
  "avoid_years_that_are_associated_with_you",
  "avoid_dates_and_years_that_are_associated_with_you",
];

/** The codes of the sentences the core sends beside their English (a `Said`), by domain: the
 * UI's message is `said-<domain>-<code>` (see `said()` in ipc.ts). */
export const SAID_CODES = {
  /** custos-core's PermissionWhy: why a contact may or may not be contacted for a purpose. */
  permission: [
    "erased",
    "restricted",
    "objected",
    "not_consent",
    "consent",
    "awaits_confirmation",
  ],
  /** custos-core's FileWhy: what an address-book file is, and the export its cards come from. */
  file: [
    "vcard_file",
    "csv_file",
    "export_of",
  ],
  /** custos-core's RowWhy: why a row of an address book is not imported, left out in part or not merged. */
  row: [
    "no_name",
    "vcard_no_name",
    "vcard_group",
    "not_a_name",
    "card_refused",
    "email_left_out",
    "phone_left_out",
    "tag_left_out",
    "left_out",
    "not_merged_erased",
    "not_merged_restricted",
    "not_merged",
  ],
  /** custos_documents' Missing: what a document lacks. */
  missing: [
    "company_profile",
    "controller_name",
    "controller_address",
    "controller_contact",
    "dpo_contact",
    "supervisory_authority",
    "supervisory_authority_contact",
    "purposes",
    "data_source",
    "purpose_description",
    "purpose_data_categories",
    "purpose_data_subjects",
    "purpose_retention",
    "purpose_legitimate_interest",
    "transfer_safeguard",
  ],
} as const;

/** A domain of `SAID_CODES`. */
export type SaidDomain = keyof typeof SAID_CODES;

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
