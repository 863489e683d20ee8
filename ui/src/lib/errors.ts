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
  | "not_permitted"
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
  "not_permitted",
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

/** Every reason an error can give beside its code: why an input is invalid or an action
 * refused (the UI's message is `error-reason-<reason>`). */
export type ReasonCode =
  | "action_description_missing"
  | "already_closure_day"
  | "already_in_team"
  | "already_objected"
  | "audit_verification_failed"
  | "backup_folder_not_a_folder"
  | "backup_folder_not_absolute"
  | "backup_running"
  | "blank_redaction"
  | "busy_unknown_holder"
  | "change_file_damaged"
  | "change_file_foreign"
  | "chat_date_no_month"
  | "chat_date_no_such_day"
  | "chat_date_no_such_month"
  | "chat_dates_day_first"
  | "chat_dates_month_first"
  | "chat_export_cut_off"
  | "chat_export_not_json"
  | "chat_export_text_too_long"
  | "chat_export_too_large"
  | "chat_export_unexpected"
  | "chat_line_not_a_message"
  | "chat_message_empty"
  | "chat_no_messages"
  | "chat_not_a_time"
  | "chat_sender_missing"
  | "close_unmatched_without_action"
  | "close_without_action"
  | "consent_cannot_change"
  | "consent_wording_missing"
  | "consequence_missing"
  | "contact_not_among_senders"
  | "controller_name_missing"
  | "conversation_empty"
  | "conversation_needs_card"
  | "country_code"
  | "csv_control_character"
  | "csv_empty"
  | "csv_no_letter"
  | "csv_no_rows"
  | "csv_not_text"
  | "csv_not_the_preset"
  | "csv_own_layout"
  | "csv_too_many_fields"
  | "csv_unclosed_quote"
  | "csv_unknown_encoding"
  | "day_before_receipt"
  | "day_in_future"
  | "day_out_of_range"
  | "disk_full_unknown_disk"
  | "display_name_missing"
  | "ends_before_start"
  | "entry_about_other_contact"
  | "entry_about_other_request"
  | "entry_already_recorded"
  | "entry_before_request"
  | "entry_is_bookkeeping"
  | "event_in_future"
  | "events_out_of_order"
  | "extension_not_notified"
  | "extension_notified_late"
  | "extension_reason_missing"
  | "from_after_to"
  | "identity_method_missing"
  | "identity_not_confirmed"
  | "import_already_undone"
  | "import_cancelled"
  | "import_closed"
  | "import_ends_in_character"
  | "import_frozen_cards"
  | "import_kept_data"
  | "import_lone_surrogate"
  | "import_not_a_time"
  | "import_not_utf8"
  | "import_time_offset_too_large"
  | "import_time_out_of_range"
  | "invitation_code_character"
  | "invitation_code_length"
  | "invitation_code_typo"
  | "invitation_damaged"
  | "invitation_expired"
  | "invitation_unknown"
  | "invitation_used"
  | "kept_reason_missing"
  | "keys_damaged"
  | "keys_missing"
  | "keys_not_this_vault"
  | "last_owner"
  | "legitimate_interest_missing"
  | "letter_without_request"
  | "lift_reason_missing"
  | "mail_empty"
  | "mail_not_a_mail"
  | "mail_too_large"
  | "mapping_name_missing"
  | "mbox_no_from_line"
  | "merge_with_itself"
  | "message_not_a_time"
  | "message_time_offset_too_large"
  | "message_time_out_of_range"
  | "message_without_sender"
  | "message_without_text"
  | "messenger_not_an_export"
  | "no_card_with_tag"
  | "no_consent_wording"
  | "no_contact"
  | "no_conversation_files"
  | "no_data_but_actions"
  | "no_data_but_matched"
  | "no_digits"
  | "no_file_at"
  | "no_letter"
  | "no_path"
  | "no_recovery_kit"
  | "no_such_mapping"
  | "no_transcripts_to_delete"
  | "no_wording_version"
  | "not_a_consent_purpose"
  | "not_a_field"
  | "not_a_file_name"
  | "not_a_format"
  | "not_a_legal_basis"
  | "not_a_period"
  | "not_a_time"
  | "not_an_access_request"
  | "not_an_email"
  | "not_in_team"
  | "not_one_of"
  | "not_restricted"
  | "not_yourself"
  | "nothing_to_export"
  | "objection_in_future"
  | "only_just_saved"
  | "operator_exists"
  | "operator_missing"
  | "operator_not_in_vault"
  | "operator_not_named"
  | "operator_unknown"
  | "passphrase_must_change"
  | "passphrase_too_long"
  | "period_out_of_range"
  | "preview_first"
  | "problem_rows"
  | "purpose_description_missing"
  | "purpose_exists"
  | "purpose_name_missing"
  | "purpose_name_taken"
  | "recipient_country"
  | "recipient_name_missing"
  | "recipient_outside_eea"
  | "recovery_code_character"
  | "recovery_code_length"
  | "recovery_code_typo"
  | "recovery_code_wrong"
  | "redaction_not_applicable"
  | "refusal_reason_missing"
  | "request_already_extended"
  | "request_already_matched"
  | "request_closed"
  | "request_not_matched"
  | "request_without_contact"
  | "requester_missing"
  | "restore_target_exists"
  | "restriction_reason_missing"
  | "review_date_not_after_today"
  | "safeguard_detail_missing"
  | "same_target"
  | "seat_name"
  | "sender_not_in_chat"
  | "source_not_applicable"
  | "source_unnamed"
  | "tag_too_long"
  | "team_key_file_damaged"
  | "team_key_missing"
  | "team_problem_unknown"
  | "team_seat_no_key"
  | "team_seat_removed"
  | "team_seat_self"
  | "team_seat_unknown"
  | "telegram_no_time"
  | "telegram_not_a_time"
  | "telegram_not_an_export"
  | "time_offset_too_large"
  | "time_out_of_range"
  | "transcript_cut_off"
  | "transcript_ends_before_start"
  | "transcript_no_messages"
  | "transcript_not_a_time"
  | "transcript_not_readable"
  | "transcript_sender_name_empty"
  | "transcript_sender_name_missing"
  | "transcript_sender_name_no_letter"
  | "transcript_text_empty"
  | "transcript_time_offset_too_large"
  | "transcript_time_out_of_range"
  | "transcript_unknown_channel"
  | "transcript_unsupported_version"
  | "transcript_wrong_format"
  | "undo_only_this_session"
  | "unknown_document"
  | "unknown_language"
  | "unknown_letter"
  | "vault_damaged_unknown_file"
  | "vault_in_use"
  | "vault_never_pauses"
  | "vcard_bad_escape"
  | "vcard_begin_in_card"
  | "vcard_empty"
  | "vcard_needs_no_mapping"
  | "vcard_no_end"
  | "vcard_not_a_property"
  | "vcard_not_found"
  | "vcard_not_in_charset"
  | "vcard_not_quoted_printable"
  | "vcard_not_utf8"
  | "vcard_outside_card"
  | "vcard_quoted_not_utf8"
  | "vcard_unknown_charset"
  | "vcard_unknown_encoding"
  | "vcard_unsupported_version"
  | "vcard_wrong_end"
  | "viewer_failed"
  | "web_chat_dates_day_first"
  | "web_chat_dates_month_first"
  | "web_chat_empty"
  | "web_chat_mapping_no_sender"
  | "web_chat_mapping_no_text"
  | "web_chat_mapping_no_time"
  | "web_chat_no_messages"
  | "web_chat_no_rows"
  | "web_chat_no_such_date"
  | "web_chat_not_a_clock"
  | "web_chat_not_a_date"
  | "web_chat_not_a_time"
  | "web_chat_not_an_email"
  | "web_chat_same_id"
  | "web_chat_sender_missing"
  | "web_chat_text_empty"
  | "web_chat_unknown_role"
;

export const REASON_CODES: readonly ReasonCode[] = [
  "action_description_missing",
  "already_closure_day",
  "already_in_team",
  "already_objected",
  "audit_verification_failed",
  "backup_folder_not_a_folder",
  "backup_folder_not_absolute",
  "backup_running",
  "blank_redaction",
  "busy_unknown_holder",
  "change_file_damaged",
  "change_file_foreign",
  "chat_date_no_month",
  "chat_date_no_such_day",
  "chat_date_no_such_month",
  "chat_dates_day_first",
  "chat_dates_month_first",
  "chat_export_cut_off",
  "chat_export_not_json",
  "chat_export_text_too_long",
  "chat_export_too_large",
  "chat_export_unexpected",
  "chat_line_not_a_message",
  "chat_message_empty",
  "chat_no_messages",
  "chat_not_a_time",
  "chat_sender_missing",
  "close_unmatched_without_action",
  "close_without_action",
  "consent_cannot_change",
  "consent_wording_missing",
  "consequence_missing",
  "contact_not_among_senders",
  "controller_name_missing",
  "conversation_empty",
  "conversation_needs_card",
  "country_code",
  "csv_control_character",
  "csv_empty",
  "csv_no_letter",
  "csv_no_rows",
  "csv_not_text",
  "csv_not_the_preset",
  "csv_own_layout",
  "csv_too_many_fields",
  "csv_unclosed_quote",
  "csv_unknown_encoding",
  "day_before_receipt",
  "day_in_future",
  "day_out_of_range",
  "disk_full_unknown_disk",
  "display_name_missing",
  "ends_before_start",
  "entry_about_other_contact",
  "entry_about_other_request",
  "entry_already_recorded",
  "entry_before_request",
  "entry_is_bookkeeping",
  "event_in_future",
  "events_out_of_order",
  "extension_not_notified",
  "extension_notified_late",
  "extension_reason_missing",
  "from_after_to",
  "identity_method_missing",
  "identity_not_confirmed",
  "import_already_undone",
  "import_cancelled",
  "import_closed",
  "import_ends_in_character",
  "import_frozen_cards",
  "import_kept_data",
  "import_lone_surrogate",
  "import_not_a_time",
  "import_not_utf8",
  "import_time_offset_too_large",
  "import_time_out_of_range",
  "invitation_code_character",
  "invitation_code_length",
  "invitation_code_typo",
  "invitation_damaged",
  "invitation_expired",
  "invitation_unknown",
  "invitation_used",
  "kept_reason_missing",
  "keys_damaged",
  "keys_missing",
  "keys_not_this_vault",
  "last_owner",
  "legitimate_interest_missing",
  "letter_without_request",
  "lift_reason_missing",
  "mail_empty",
  "mail_not_a_mail",
  "mail_too_large",
  "mapping_name_missing",
  "mbox_no_from_line",
  "merge_with_itself",
  "message_not_a_time",
  "message_time_offset_too_large",
  "message_time_out_of_range",
  "message_without_sender",
  "message_without_text",
  "messenger_not_an_export",
  "no_card_with_tag",
  "no_consent_wording",
  "no_contact",
  "no_conversation_files",
  "no_data_but_actions",
  "no_data_but_matched",
  "no_digits",
  "no_file_at",
  "no_letter",
  "no_path",
  "no_recovery_kit",
  "no_such_mapping",
  "no_transcripts_to_delete",
  "no_wording_version",
  "not_a_consent_purpose",
  "not_a_field",
  "not_a_file_name",
  "not_a_format",
  "not_a_legal_basis",
  "not_a_period",
  "not_a_time",
  "not_an_access_request",
  "not_an_email",
  "not_in_team",
  "not_one_of",
  "not_restricted",
  "not_yourself",
  "nothing_to_export",
  "objection_in_future",
  "only_just_saved",
  "operator_exists",
  "operator_missing",
  "operator_not_in_vault",
  "operator_not_named",
  "operator_unknown",
  "passphrase_must_change",
  "passphrase_too_long",
  "period_out_of_range",
  "preview_first",
  "problem_rows",
  "purpose_description_missing",
  "purpose_exists",
  "purpose_name_missing",
  "purpose_name_taken",
  "recipient_country",
  "recipient_name_missing",
  "recipient_outside_eea",
  "recovery_code_character",
  "recovery_code_length",
  "recovery_code_typo",
  "recovery_code_wrong",
  "redaction_not_applicable",
  "refusal_reason_missing",
  "request_already_extended",
  "request_already_matched",
  "request_closed",
  "request_not_matched",
  "request_without_contact",
  "requester_missing",
  "restore_target_exists",
  "restriction_reason_missing",
  "review_date_not_after_today",
  "safeguard_detail_missing",
  "same_target",
  "seat_name",
  "sender_not_in_chat",
  "source_not_applicable",
  "source_unnamed",
  "tag_too_long",
  "team_key_file_damaged",
  "team_key_missing",
  "team_problem_unknown",
  "team_seat_no_key",
  "team_seat_removed",
  "team_seat_self",
  "team_seat_unknown",
  "telegram_no_time",
  "telegram_not_a_time",
  "telegram_not_an_export",
  "time_offset_too_large",
  "time_out_of_range",
  "transcript_cut_off",
  "transcript_ends_before_start",
  "transcript_no_messages",
  "transcript_not_a_time",
  "transcript_not_readable",
  "transcript_sender_name_empty",
  "transcript_sender_name_missing",
  "transcript_sender_name_no_letter",
  "transcript_text_empty",
  "transcript_time_offset_too_large",
  "transcript_time_out_of_range",
  "transcript_unknown_channel",
  "transcript_unsupported_version",
  "transcript_wrong_format",
  "undo_only_this_session",
  "unknown_document",
  "unknown_language",
  "unknown_letter",
  "vault_damaged_unknown_file",
  "vault_in_use",
  "vault_never_pauses",
  "vcard_bad_escape",
  "vcard_begin_in_card",
  "vcard_empty",
  "vcard_needs_no_mapping",
  "vcard_no_end",
  "vcard_not_a_property",
  "vcard_not_found",
  "vcard_not_in_charset",
  "vcard_not_quoted_printable",
  "vcard_not_utf8",
  "vcard_outside_card",
  "vcard_quoted_not_utf8",
  "vcard_unknown_charset",
  "vcard_unknown_encoding",
  "vcard_unsupported_version",
  "vcard_wrong_end",
  "viewer_failed",
  "web_chat_dates_day_first",
  "web_chat_dates_month_first",
  "web_chat_empty",
  "web_chat_mapping_no_sender",
  "web_chat_mapping_no_text",
  "web_chat_mapping_no_time",
  "web_chat_no_messages",
  "web_chat_no_rows",
  "web_chat_no_such_date",
  "web_chat_not_a_clock",
  "web_chat_not_a_date",
  "web_chat_not_a_time",
  "web_chat_not_an_email",
  "web_chat_same_id",
  "web_chat_sender_missing",
  "web_chat_text_empty",
  "web_chat_unknown_role",
];
