//! Declares the app's own commands so Tauri's ACL checks every call against the capabilities.

fn main() {
    let manifest = tauri_build::AppManifest::new().commands(COMMANDS);
    if let Err(e) = tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest)) {
        eprintln!("tauri-build failed: {e:#}");
        std::process::exit(1);
    }
}

/// Every command in src/commands.rs. A command missing here cannot be called from the UI.
const COMMANDS: &[&str] = &[
    "app_info",
    "passphrase_strength",
    "create_vault",
    "unlock",
    "lock",
    "activity",
    "update_settings",
    "list_contacts",
    "get_contact",
    "reveal_contact",
    "add_contact",
    "edit_contact",
    "get_conversation",
    "add_conversation",
    "import_transcript",
    "search",
    "list_purposes",
    "add_purpose",
    "update_purpose",
    "get_company",
    "set_company",
    "check_vault",
    "restrict_contact",
    "lift_restriction",
    "erase_contact",
    "list_audit",
    "verify_audit",
    "audit_actions",
    "contact_consents",
    "give_consent",
    "confirm_consent",
    "withdraw_consent",
    "object_to_purpose",
    "wording_history",
    "purpose_audience",
    "export_audience",
    "suggest_export_path",
    "retention_summary",
    "retention_warnings",
    "delete_transcripts",
    "keep_contact",
    "clean_up",
    "retention_rules",
    "set_retention_rule",
    "remove_retention_rule",
    "preview_retention_rule",
    "list_requests",
    "get_request",
    "open_request",
    "request_identity",
    "extend_request",
    "record_request_action",
    "close_request",
    "refuse_request",
    "match_request_contact",
    "request_attention_count",
];
