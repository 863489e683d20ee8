//! The commands the UI may call. Each one is a thin adapter: arguments in, one core call on a
//! worker thread, the core's result or `{code, message}` out.

use std::path::PathBuf;

use chrono::{Local, NaiveDate, Offset};
use custos_core::audit::{Action, AuditEntry, AuditFilter, ChainReport};
use custos_core::company::CompanyProfile;
use custos_core::consents::{Audience, ConsentRecord};
use custos_core::contacts::{Contact, ContactPage, ContactPatch, ContactQuery, DataSource, NewContact};
use custos_core::deadline::{CalendarInfo, ClosureDay};
use custos_core::erasure::Erasure;
use custos_core::import::WhatsAppOptions;
use custos_core::interactions::{Conversation, ConversationSummary, NewConversation};
use custos_core::purposes::{Purpose, PurposeSpec, WordingVersion};
use custos_core::requests::{ExtensionRequest, IdentityCheck, NewRequest, Request, RequestQuery};
use custos_core::retention::{
    CleanUp, RetentionAction, RetentionHold, RetentionRule, RulePreview, RuleSpec, TranscriptsDeleted, WarningPage,
    WarningSummary,
};
use custos_core::search::SearchHit;
use custos_core::vault::{IntegrityReport, Strength};
use custos_core::{Passphrase, Session, Vault};
use tauri::{AppHandle, Emitter, Runtime, State};

use crate::ipc::{
    AppInfo, CleanUpProgress, ContactCard, DocumentRequest, ImportProgress, ImportRequest, IpcError, LockedEvent,
    PurposeConsent, SavedDocument, Settings, VaultInfo,
};
use crate::state::AppState;

type Reply<T> = Result<T, IpcError>;

/// The invoke handler listing every command (keep in step with build.rs).
pub fn handler<R: Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        app_info,
        passphrase_strength,
        create_vault,
        unlock,
        lock,
        activity,
        update_settings,
        list_contacts,
        get_contact,
        reveal_contact,
        add_contact,
        edit_contact,
        get_conversation,
        add_conversation,
        import_transcript,
        search,
        list_purposes,
        add_purpose,
        update_purpose,
        get_company,
        set_company,
        check_vault,
        restrict_contact,
        lift_restriction,
        erase_contact,
        list_audit,
        verify_audit,
        audit_actions,
        contact_consents,
        give_consent,
        confirm_consent,
        withdraw_consent,
        object_to_purpose,
        wording_history,
        purpose_audience,
        export_audience,
        suggest_export_path,
        retention_summary,
        retention_warnings,
        delete_transcripts,
        keep_contact,
        clean_up,
        retention_rules,
        set_retention_rule,
        remove_retention_rule,
        preview_retention_rule,
        list_requests,
        get_request,
        open_request,
        request_identity,
        extend_request,
        record_request_action,
        close_request,
        close_request_no_data,
        refuse_request,
        match_request_contact,
        request_attention_count,
        calendar_info,
        add_closure_day,
        remove_closure_day,
        generate_document,
        open_document,
    ]
}

/// Runs blocking work (key derivation, file I/O) off the UI thread.
async fn blocking<T: Send + 'static>(f: impl FnOnce() -> Reply<T> + Send + 'static) -> Reply<T> {
    tauri::async_runtime::spawn_blocking(f).await.map_err(IpcError::internal)?
}

/// The vault path the app offers by default: `CUSTOS_VAULT`, else the per-user data folder.
fn default_vault_path() -> Reply<PathBuf> {
    match std::env::var_os("CUSTOS_VAULT") {
        Some(p) => Ok(PathBuf::from(p)),
        None => Ok(custos_core::vault::default_path()?),
    }
}

#[tauri::command]
pub async fn app_info(state: State<'_, AppState>) -> Reply<AppInfo> {
    let settings = state.settings();
    let default = default_vault_path()?;
    let suggested = settings.last_vault.clone().map(PathBuf::from).unwrap_or_else(|| default.clone());
    Ok(AppInfo {
        default_vault_path: default.display().to_string(),
        suggested_vault_exists: suggested.exists(),
        suggested_vault_path: suggested.display().to_string(),
        unlocked: state.is_unlocked(),
        settings,
    })
}

#[tauri::command]
pub async fn passphrase_strength(passphrase: String) -> Reply<Strength> {
    Ok(Passphrase::new(passphrase).strength())
}

/// Remembers the vault and operator for next time, after a successful create or unlock.
fn remember(state: &AppState, path: &std::path::Path, operator: &str) -> Reply<()> {
    let mut settings = state.settings();
    settings.last_vault = Some(path.display().to_string());
    settings.operator = operator.to_owned();
    state.save_settings(settings).map(|_| ())
}

#[tauri::command]
pub async fn create_vault(
    state: State<'_, AppState>,
    path: String,
    passphrase: String,
    repeat: String,
    operator: String,
) -> Reply<VaultInfo> {
    let pass = Passphrase::new(passphrase).confirm(&Passphrase::new(repeat))?;
    let path = PathBuf::from(path.trim());
    let (p, op) = (path.clone(), operator.clone());
    let vault = blocking(move || Ok(Vault::create(&p, &pass, Session::new(op))?)).await?;
    let info = VaultInfo { path: path.display().to_string(), operator: vault.operator().to_owned() };
    state.set_vault(vault);
    remember(&state, &path, &info.operator)?;
    Ok(info)
}

#[tauri::command]
pub async fn unlock<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    path: String,
    passphrase: String,
    operator: String,
) -> Reply<VaultInfo> {
    let pass = Passphrase::new(passphrase);
    let path = PathBuf::from(path.trim());
    let (p, op) = (path.clone(), operator.clone());
    let vault = blocking(move || Ok(Vault::open(&p, &pass, Session::new(op))?)).await?;
    let info = VaultInfo { path: path.display().to_string(), operator: vault.operator().to_owned() };
    state.set_vault(vault);
    remember(&state, &path, &info.operator)?;
    crate::check_warnings_soon(app);
    Ok(info)
}

#[tauri::command]
pub async fn lock<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Reply<()> {
    if state.lock_vault() {
        app.emit("vault-locked", LockedEvent { reason: "user".into() }).map_err(IpcError::internal)?;
    }
    Ok(())
}

/// The user typed, clicked or scrolled: postpone the auto-lock.
#[tauri::command]
pub async fn activity(state: State<'_, AppState>) -> Reply<()> {
    state.touch();
    Ok(())
}

#[tauri::command]
pub async fn update_settings(state: State<'_, AppState>, settings: Settings) -> Reply<Settings> {
    let current = state.settings();
    state.save_settings(Settings { last_vault: current.last_vault, ..settings })
}

#[tauri::command]
pub async fn list_contacts(state: State<'_, AppState>, query: ContactQuery) -> Reply<ContactPage> {
    state.with_vault(move |v| v.contacts().list(&query)).await
}

#[tauri::command]
pub async fn get_contact(state: State<'_, AppState>, id: i64) -> Reply<ContactCard> {
    state
        .with_vault(move |v| {
            Ok(ContactCard {
                contact: v.contacts().get(id)?.masked(),
                conversations: v.interactions().for_contact(id)?,
            })
        })
        .await
}

#[tauri::command]
pub async fn reveal_contact(state: State<'_, AppState>, id: i64) -> Reply<Contact> {
    state.with_vault(move |v| v.contacts().reveal(id)).await
}

#[tauri::command]
pub async fn add_contact(state: State<'_, AppState>, contact: NewContact) -> Reply<Contact> {
    state.with_vault(move |v| Ok(v.contacts().add(contact)?.masked())).await
}

#[tauri::command]
pub async fn edit_contact(state: State<'_, AppState>, id: i64, patch: ContactPatch) -> Reply<Contact> {
    state.with_vault(move |v| Ok(v.contacts().edit(id, patch)?.masked())).await
}

#[tauri::command]
pub async fn get_conversation(state: State<'_, AppState>, id: i64) -> Reply<Conversation> {
    state.with_vault(move |v| v.interactions().get(id)).await
}

#[tauri::command]
pub async fn add_conversation(
    state: State<'_, AppState>,
    contact: i64,
    conversation: NewConversation,
) -> Reply<ConversationSummary> {
    state.with_vault(move |v| v.interactions().add(contact, conversation)).await
}

#[tauri::command]
pub async fn import_transcript<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    request: ImportRequest,
) -> Reply<ConversationSummary> {
    let path = PathBuf::from(&request.path);
    let text = blocking(move || Ok(custos_core::import::read_export(&path)?)).await?;
    let offset = match request.utc_offset_minutes {
        Some(minutes) => {
            custos_core::ts::offset_from_minutes(minutes).map_err(|e| e.for_field("utc_offset_minutes"))?
        }
        None => Local::now().offset().fix(),
    };
    let options =
        WhatsAppOptions { utc_offset: offset, contact_sender: request.contact_sender, staff_senders: request.staff };
    state
        .with_vault(move |v| {
            v.import_transcript_with_progress(request.contact, &text, &options, &mut |done, total| {
                let progress = ImportProgress { done: done as u32, total: total as u32 };
                let _ = app.emit("import-progress", progress);
            })
        })
        .await
}

#[tauri::command]
pub async fn search(state: State<'_, AppState>, query: String, limit: u32) -> Reply<Vec<SearchHit>> {
    state.with_vault(move |v| v.search(&query, limit)).await
}

#[tauri::command]
pub async fn list_purposes(state: State<'_, AppState>) -> Reply<Vec<Purpose>> {
    state.with_vault(|v| v.purposes().list()).await
}

#[tauri::command]
pub async fn add_purpose(state: State<'_, AppState>, spec: PurposeSpec) -> Reply<Purpose> {
    state.with_vault(move |v| v.purposes().add(spec)).await
}

#[tauri::command]
pub async fn update_purpose(state: State<'_, AppState>, id: i64, spec: PurposeSpec) -> Reply<Purpose> {
    state.with_vault(move |v| v.purposes().update(id, spec)).await
}

#[tauri::command]
pub async fn get_company(state: State<'_, AppState>) -> Reply<Option<CompanyProfile>> {
    state.with_vault(|v| v.company().get()).await
}

#[tauri::command]
pub async fn set_company(state: State<'_, AppState>, profile: CompanyProfile) -> Reply<CompanyProfile> {
    state.with_vault(move |v| v.company().set(profile)).await
}

#[tauri::command]
pub async fn check_vault(state: State<'_, AppState>) -> Reply<IntegrityReport> {
    state.with_vault(|v| v.check()).await
}

/// Freezes a contact (Art. 18): read-only until lifted. The reason is kept in the audit.
#[tauri::command]
pub async fn restrict_contact(state: State<'_, AppState>, id: i64, reason: String) -> Reply<Contact> {
    state.with_vault(move |v| Ok(v.restrictions().restrict(id, &reason)?.masked())).await
}

#[tauri::command]
pub async fn lift_restriction(state: State<'_, AppState>, id: i64, reason: String) -> Reply<Contact> {
    state.with_vault(move |v| Ok(v.restrictions().lift(id, &reason)?.masked())).await
}

/// Erases a contact's identifying data (Art. 17); the card becomes a tombstone.
#[tauri::command]
pub async fn erase_contact(state: State<'_, AppState>, id: i64) -> Reply<Erasure> {
    state.with_vault(move |v| v.erase(id)).await
}

/// Audit entries, newest first; sensitive previous values come masked.
#[tauri::command]
pub async fn list_audit(state: State<'_, AppState>, filter: AuditFilter) -> Reply<Vec<AuditEntry>> {
    state.with_vault(move |v| v.audit().list(&filter)).await
}

#[tauri::command]
pub async fn verify_audit(state: State<'_, AppState>) -> Reply<ChainReport> {
    state.with_vault(|v| v.audit().verify()).await
}

/// Every audit action code, for the audit screen's filter.
#[tauri::command]
pub async fn audit_actions() -> Reply<Vec<String>> {
    Ok(Action::ALL.iter().map(|a| a.code().to_owned()).collect())
}

/// Every purpose as it stands for one contact, in catalogue order.
fn purpose_consents(v: &Vault, contact: i64) -> custos_core::Result<Vec<PurposeConsent>> {
    let history = v.consents().history(contact, None)?;
    let objections = v.objections().for_contact(contact)?;
    v.purposes()
        .list()?
        .into_iter()
        .map(|purpose| {
            Ok(PurposeConsent {
                permission: v.consents().may_contact(contact, purpose.id)?,
                history: history.iter().filter(|e| e.purpose_id == purpose.id).cloned().collect(),
                objection: objections.iter().find(|o| o.purpose_id == purpose.id).cloned(),
                purpose,
            })
        })
        .collect()
}

/// One purpose as it stands for one contact, after a change.
fn purpose_consent(v: &Vault, contact: i64, purpose: i64) -> custos_core::Result<PurposeConsent> {
    Ok(PurposeConsent {
        permission: v.consents().may_contact(contact, purpose)?,
        history: v.consents().history(contact, Some(purpose))?,
        objection: v.objections().for_contact(contact)?.into_iter().find(|o| o.purpose_id == purpose),
        purpose: v.purposes().get(purpose)?,
    })
}

#[tauri::command]
pub async fn contact_consents(state: State<'_, AppState>, id: i64) -> Reply<Vec<PurposeConsent>> {
    state.with_vault(move |v| purpose_consents(v, id)).await
}

#[tauri::command]
pub async fn give_consent(
    state: State<'_, AppState>,
    contact: i64,
    purpose: i64,
    record: ConsentRecord,
) -> Reply<PurposeConsent> {
    state
        .with_vault(move |v| {
            v.consents().give(contact, purpose, record)?;
            purpose_consent(v, contact, purpose)
        })
        .await
}

#[tauri::command]
pub async fn confirm_consent(
    state: State<'_, AppState>,
    contact: i64,
    purpose: i64,
    record: ConsentRecord,
) -> Reply<PurposeConsent> {
    state
        .with_vault(move |v| {
            v.consents().confirm(contact, purpose, record)?;
            purpose_consent(v, contact, purpose)
        })
        .await
}

#[tauri::command]
pub async fn withdraw_consent(
    state: State<'_, AppState>,
    contact: i64,
    purpose: i64,
    record: ConsentRecord,
) -> Reply<PurposeConsent> {
    state
        .with_vault(move |v| {
            v.consents().withdraw(contact, purpose, record)?;
            purpose_consent(v, contact, purpose)
        })
        .await
}

#[tauri::command]
pub async fn object_to_purpose(
    state: State<'_, AppState>,
    contact: i64,
    purpose: i64,
    record: ConsentRecord,
) -> Reply<PurposeConsent> {
    state
        .with_vault(move |v| {
            v.objections().object(contact, purpose, record)?;
            purpose_consent(v, contact, purpose)
        })
        .await
}

#[tauri::command]
pub async fn wording_history(state: State<'_, AppState>, purpose: i64) -> Reply<Vec<WordingVersion>> {
    state.with_vault(move |v| v.purposes().wording_history(purpose)).await
}

#[tauri::command]
pub async fn purpose_audience(state: State<'_, AppState>, purpose: i64, offset: u32, limit: u32) -> Reply<Audience> {
    state.with_vault(move |v| v.consents().audience(purpose, offset, limit)).await
}

/// Writes a purpose's audience to `path` as CSV; returns how many people were written.
#[tauri::command]
pub async fn export_audience(state: State<'_, AppState>, purpose: i64, path: String) -> Reply<u64> {
    let path = PathBuf::from(path.trim());
    state.with_vault(move |v| v.consents().export_audience(purpose, &path)).await
}

/// Where to offer saving an export called `file_name`: the user's documents folder, else
/// downloads, else home.
#[tauri::command]
pub async fn suggest_export_path<R: Runtime>(app: AppHandle<R>, file_name: String) -> Reply<String> {
    use tauri::Manager;
    let name = std::path::Path::new(file_name.trim()).file_name().map(PathBuf::from);
    let Some(name) = name.filter(|n| n.as_os_str() == file_name.trim()) else {
        return Err(IpcError {
            code: "invalid_input".into(),
            message: format!("'{file_name}' is not a file name: leave out any folder."),
        });
    };
    let paths = app.path();
    let folder = [paths.document_dir(), paths.download_dir(), paths.home_dir()]
        .into_iter()
        .flatten()
        .find(|dir| dir.is_dir())
        .unwrap_or_default();
    Ok(folder.join(name).display().to_string())
}

/// How many retention warnings there are, by action (the navigation's badge).
#[tauri::command]
pub async fn retention_summary(state: State<'_, AppState>) -> Reply<WarningSummary> {
    state.with_vault(|v| v.retention().summary()).await
}

/// One page of the retention warnings for an action (all when `action` is null).
#[tauri::command]
pub async fn retention_warnings(
    state: State<'_, AppState>,
    action: Option<RetentionAction>,
    offset: u32,
    limit: u32,
) -> Reply<WarningPage> {
    state.with_vault(move |v| v.retention().warnings_page(action, offset as usize, limit as usize)).await
}

/// Deletes a contact's transcripts, first adding `note` (what to keep) to the card.
#[tauri::command]
pub async fn delete_transcripts(
    state: State<'_, AppState>,
    id: i64,
    note: Option<String>,
) -> Reply<TranscriptsDeleted> {
    state.with_vault(move |v| v.retention().delete_transcripts(id, note.as_deref())).await
}

/// Keeps a contact despite its warning, with a reason, until `review_on` (YYYY-MM-DD).
#[tauri::command]
pub async fn keep_contact(
    state: State<'_, AppState>,
    id: i64,
    reason: String,
    review_on: chrono::NaiveDate,
) -> Reply<RetentionHold> {
    state.with_vault(move |v| v.retention().keep(id, &reason, review_on)).await
}

/// Deletes the transcripts of, or erases, each contact of the list the user confirmed,
/// reporting progress as `clean-up-progress` events.
#[tauri::command]
pub async fn clean_up<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    contacts: Vec<i64>,
    action: RetentionAction,
) -> Reply<CleanUp> {
    state
        .with_vault(move |v| {
            v.retention().clean_up(&contacts, action, |done, total| {
                let _ = app.emit("clean-up-progress", CleanUpProgress { done: done as u32, total: total as u32 });
            })
        })
        .await
}

#[tauri::command]
pub async fn retention_rules(state: State<'_, AppState>) -> Reply<Vec<RetentionRule>> {
    state.with_vault(|v| v.retention().rules()).await
}

#[tauri::command]
pub async fn set_retention_rule(state: State<'_, AppState>, spec: RuleSpec) -> Reply<RetentionRule> {
    state.with_vault(move |v| v.retention().set_rule(spec)).await
}

#[tauri::command]
pub async fn remove_retention_rule(state: State<'_, AppState>, id: i64) -> Reply<()> {
    state.with_vault(move |v| v.retention().remove_rule(id)).await
}

/// How many contacts and transcripts a rule would flag if saved; saves nothing.
#[tauri::command]
pub async fn preview_retention_rule(state: State<'_, AppState>, spec: RuleSpec) -> Reply<RulePreview> {
    state.with_vault(move |v| v.retention().preview(&spec)).await
}

/// The requests register, sorted by due date (open ones unless the query says otherwise).
#[tauri::command]
pub async fn list_requests(state: State<'_, AppState>, query: Option<RequestQuery>) -> Reply<Vec<Request>> {
    state.with_vault(move |v| v.requests().list(&query.unwrap_or_default())).await
}

#[tauri::command]
pub async fn get_request(state: State<'_, AppState>, id: i64) -> Reply<Request> {
    state.with_vault(move |v| v.requests().get(id)).await
}

/// Logs a request; the reply carries its due date.
#[tauri::command]
pub async fn open_request(state: State<'_, AppState>, request: NewRequest) -> Reply<Request> {
    state.with_vault(move |v| v.requests().open(request)).await
}

#[tauri::command]
pub async fn request_identity(state: State<'_, AppState>, id: i64, check: IdentityCheck) -> Reply<Request> {
    state.with_vault(move |v| v.requests().identity(id, check)).await
}

/// Extends the deadline by two further months; the core refuses it without a reason or a
/// notification inside the first month.
#[tauri::command]
pub async fn extend_request(state: State<'_, AppState>, id: i64, extension: ExtensionRequest) -> Reply<Request> {
    state.with_vault(move |v| v.requests().extend(id, extension)).await
}

/// Records what was done for a request, pointing at the audit entry that proves it.
#[tauri::command]
pub async fn record_request_action(
    state: State<'_, AppState>,
    id: i64,
    audit_entry_id: i64,
    description: String,
) -> Reply<Request> {
    state.with_vault(move |v| v.requests().record_action(id, audit_entry_id, &description)).await
}

/// Closes a request as done; refused until an action is recorded.
#[tauri::command]
pub async fn close_request(state: State<'_, AppState>, id: i64, summary: Option<String>) -> Reply<Request> {
    state.with_vault(move |v| v.requests().close(id, summary.as_deref())).await
}

/// Closes a request from a requester matched to no contact, about whom a search found
/// nothing, as done: "no personal data held". Refused once matched to a contact.
#[tauri::command]
pub async fn close_request_no_data(state: State<'_, AppState>, id: i64, summary: Option<String>) -> Reply<Request> {
    state.with_vault(move |v| v.requests().close_no_data(id, summary.as_deref())).await
}

#[tauri::command]
pub async fn refuse_request(state: State<'_, AppState>, id: i64, reason: String) -> Reply<Request> {
    state.with_vault(move |v| v.requests().refuse(id, &reason)).await
}

/// Links a request from a requester not yet known to their contact card.
#[tauri::command]
pub async fn match_request_contact(state: State<'_, AppState>, id: i64, contact: i64) -> Reply<Request> {
    state.with_vault(move |v| v.requests().match_contact(id, contact)).await
}

/// The firm's working-day calendar for `year`: country, its public holidays, closure days.
#[tauri::command]
pub async fn calendar_info(state: State<'_, AppState>, year: i32) -> Reply<CalendarInfo> {
    state.with_vault(move |v| v.calendar().info(year)).await
}

/// Adds a day the firm is closed; open requests' due dates move past it.
#[tauri::command]
pub async fn add_closure_day(state: State<'_, AppState>, day: NaiveDate, reason: Option<String>) -> Reply<ClosureDay> {
    state.with_vault(move |v| v.calendar().add_closure_day(day, reason.as_deref())).await
}

#[tauri::command]
pub async fn remove_closure_day(state: State<'_, AppState>, day: NaiveDate) -> Reply<()> {
    state.with_vault(move |v| v.calendar().remove_closure_day(day)).await
}

/// Open requests due within 7 days or overdue (the navigation's badge).
#[tauri::command]
pub async fn request_attention_count(state: State<'_, AppState>) -> Reply<u64> {
    state.with_vault(|v| v.requests().count_attention()).await
}

/// A generated document, before it is saved.
enum Generated {
    Pdf(custos_documents::Pdf),
    Html(custos_documents::Html),
    Zip(custos_documents::Export),
}

impl Generated {
    fn save(&self, path: &std::path::Path, replace: bool) -> custos_documents::Result<()> {
        match (self, replace) {
            (Generated::Pdf(d), false) => d.save(path),
            (Generated::Pdf(d), true) => d.save_replacing(path),
            (Generated::Html(d), false) => d.save(path),
            (Generated::Html(d), true) => d.save_replacing(path),
            (Generated::Zip(d), false) => d.save(path),
            (Generated::Zip(d), true) => d.save_replacing(path),
        }
    }

    fn saved(&self, path: &std::path::Path) -> SavedDocument {
        let (pages, bytes, sha256) = match self {
            Generated::Pdf(d) => (d.pages() as u32, d.bytes().len(), d.sha256()),
            Generated::Html(d) => (0, d.text().len(), d.sha256()),
            Generated::Zip(d) => (0, d.bytes().len(), d.sha256()),
        };
        SavedDocument { path: path.display().to_string(), pages, bytes: bytes as u64, sha256 }
    }
}

/// Generates a document from the vault and writes it where the user chose (never over an
/// existing file unless `replace`). Nothing is written anywhere else.
#[tauri::command]
pub async fn generate_document(state: State<'_, AppState>, request: DocumentRequest) -> Reply<SavedDocument> {
    use custos_documents as docs;
    let path = PathBuf::from(request.path.trim());
    if path.as_os_str().is_empty() {
        return Err(IpcError { code: "invalid_input".into(), message: "Choose where to save the document.".into() });
    }
    let language: docs::Language =
        request.language.parse().map_err(|message| IpcError { code: "invalid_input".into(), message })?;
    let needs_contact = || {
        request.contact.ok_or_else(|| IpcError {
            code: "invalid_input".into(),
            message: "Open a contact's card to generate their access report.".into(),
        })
    };
    let (kind, replace, target, answers) = (request.kind.clone(), request.replace, path.clone(), request.request);
    if !replace && path.exists() {
        // Checked before generating too: generating is audited (and, for a request, recorded as
        // its action), so a name the user must change should stop it before it happens.
        return Err(custos_documents::Error::FileExists { path }.into());
    }
    let letter = match kind.as_str() {
        "request_letter" => Some(letter_of(&request)?),
        _ => None,
    };
    let contact = match kind.as_str() {
        "access_report" | "access_export" if answers.is_some() => None,
        "access_report" | "access_export" => Some(needs_contact()?),
        "record" | "notice" | "notice_html" | "request_letter" => None,
        other => {
            return Err(IpcError { code: "invalid_input".into(), message: format!("Unknown document '{other}'.") });
        }
    };
    let collected = notice_source(&kind, request.source.clone())?;
    let options = redaction(&kind, &request.redact_names)?;
    let saved = state
        .with_vault_documents(move |v| {
            let id = contact.unwrap_or_default();
            let generated = match kind.as_str() {
                "record" => Generated::Pdf(docs::record_of_processing(v, language)?),
                "notice" => Generated::Pdf(docs::privacy_notice(v, collected, language)?),
                "notice_html" => Generated::Html(docs::privacy_notice_html(v, collected, language)?),
                "request_letter" => {
                    // Both were checked before the vault was touched.
                    let (Some(q), Some(letter)) = (answers, letter) else {
                        return Err(custos_core::Error::Internal("a request letter without its request".into()).into());
                    };
                    Generated::Pdf(docs::request_letter(v, q, letter, language)?)
                }
                "access_report" => match answers {
                    Some(q) => Generated::Pdf(docs::answer_with_report_with(v, q, language, &options)?.document),
                    None => Generated::Pdf(docs::access_report_with(v, id, language, &options)?),
                },
                _ => match answers {
                    Some(q) => Generated::Zip(docs::answer_with_export_with(v, q, &options)?.document),
                    None => Generated::Zip(docs::access_export_with(v, id, &options)?),
                },
            };
            generated.save(&target, replace)?;
            Ok(generated.saved(&target))
        })
        .await?;
    state.remember_saved(&path);
    Ok(saved)
}

/// Which letter about which request: a `request_letter` needs both.
fn letter_of(request: &DocumentRequest) -> Reply<custos_documents::LetterKind> {
    let invalid = |message: String| IpcError { code: "invalid_input".into(), message };
    if request.request.is_none() {
        return Err(invalid("Open a request to write a letter about it.".into()));
    }
    let letter = request
        .letter
        .as_deref()
        .ok_or_else(|| invalid("Say which letter: acknowledgement, extension, completion or refusal.".into()))?;
    letter.parse().map_err(invalid)
}

/// Where a notice's data came from: the person (Art. 13) unless a third party or public
/// source is given (Art. 14); a source only for a notice. Whether the source is named is the
/// notice's own check (`Missing::DataSource`).
fn notice_source(kind: &str, source: Option<DataSource>) -> Reply<custos_documents::Collected> {
    use custos_documents::Collected;
    match source {
        None | Some(DataSource::Person) => Ok(Collected::FromThePerson),
        Some(_) if !matches!(kind, "notice" | "notice_html") => Err(IpcError {
            code: "invalid_input".into(),
            message: "A data source belongs only to a privacy notice.".into(),
        }),
        Some(source) => Ok(Collected::FromSource(source)),
    }
}

/// The names the clerk wants redacted (blank lines dropped); only for an access report or export.
fn redaction(kind: &str, names: &[String]) -> Reply<custos_documents::AccessOptions> {
    let redact_names: Vec<String> =
        names.iter().map(|n| n.trim()).filter(|n| !n.is_empty()).map(str::to_owned).collect();
    if !redact_names.is_empty() && !matches!(kind, "access_report" | "access_export") {
        return Err(IpcError {
            code: "invalid_input".into(),
            message: "Names to redact belong only to an access report or its export.".into(),
        });
    }
    Ok(custos_documents::AccessOptions { redact_names })
}

/// Opens a document this app saved in this session in the system's viewer.
#[tauri::command]
pub async fn open_document<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, path: String) -> Reply<()> {
    use tauri_plugin_opener::OpenerExt;
    let path = PathBuf::from(path.trim());
    if !state.was_saved(&path) {
        return Err(IpcError {
            code: "refused".into(),
            message: "Only a document Custos has just saved can be opened from here.".into(),
        });
    }
    app.opener().open_path(path.display().to_string(), None::<&str>).map_err(|e| IpcError {
        code: "io".into(),
        message: format!("Could not open {} in the system viewer: {e}. Open the file from its folder.", path.display()),
    })
}
