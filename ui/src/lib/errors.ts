// Generated from the error codes of custos-core, custos-documents and the shell
// (src-tauri/src/words.rs; cargo test writes it, CI checks it is current). Do not edit.

/** Every code a command can reject with. */
export type ErrorCode =
  | "already_exists"
  | "contact_erased"
  | "contact_restricted"
  | "database"
  | "disk_full"
  | "document_incomplete"
  | "file_exists"
  | "file_too_large"
  | "import_failed"
  | "internal"
  | "invalid_input"
  | "io"
  | "letter_not_applicable"
  | "locked"
  | "not_a_file"
  | "not_a_vault"
  | "not_found"
  | "passphrase_empty"
  | "passphrase_mismatch"
  | "passphrase_too_short"
  | "refused"
  | "render_failed"
  | "schema_too_new"
  | "unsupported_characters"
  | "vault_busy"
  | "vault_damaged"
  | "vault_not_found"
  | "write_failed"
  | "wrong_passphrase"
;

export const ERROR_CODES: readonly ErrorCode[] = [
  "already_exists",
  "contact_erased",
  "contact_restricted",
  "database",
  "disk_full",
  "document_incomplete",
  "file_exists",
  "file_too_large",
  "import_failed",
  "internal",
  "invalid_input",
  "io",
  "letter_not_applicable",
  "locked",
  "not_a_file",
  "not_a_vault",
  "not_found",
  "passphrase_empty",
  "passphrase_mismatch",
  "passphrase_too_short",
  "refused",
  "render_failed",
  "schema_too_new",
  "unsupported_characters",
  "vault_busy",
  "vault_damaged",
  "vault_not_found",
  "write_failed",
  "wrong_passphrase",
];
