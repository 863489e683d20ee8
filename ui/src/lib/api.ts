// Typed wrappers around the desktop's IPC commands and events. Every command resolves with its
// value or rejects with an `ApiError` whose `message` is fit to show to the user.

import { invoke, type InvokeArgs } from "@tauri-apps/api/core";
import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import type { AppInfo } from "./bindings/AppInfo";
import type { Audience } from "./bindings/Audience";
import type { AuditEntry } from "./bindings/AuditEntry";
import type { AuditFilter } from "./bindings/AuditFilter";
import type { CleanUp } from "./bindings/CleanUp";
import type { CleanUpProgress } from "./bindings/CleanUpProgress";
import type { ChainReport } from "./bindings/ChainReport";
import type { CompanyProfile } from "./bindings/CompanyProfile";
import type { CalendarInfo } from "./bindings/CalendarInfo";
import type { ClosureDay } from "./bindings/ClosureDay";
import type { DocumentRequest } from "./bindings/DocumentRequest";
import type { ConsentRecord } from "./bindings/ConsentRecord";
import type { Contact } from "./bindings/Contact";
import type { ContactCard } from "./bindings/ContactCard";
import type { ContactPage } from "./bindings/ContactPage";
import type { ContactPatch } from "./bindings/ContactPatch";
import type { ContactQuery } from "./bindings/ContactQuery";
import type { ExtensionRequest } from "./bindings/ExtensionRequest";
import type { IdentityCheck } from "./bindings/IdentityCheck";
import type { NewRequest } from "./bindings/NewRequest";
import type { Request } from "./bindings/Request";
import type { RequestQuery } from "./bindings/RequestQuery";
import type { Conversation } from "./bindings/Conversation";
import type { ConversationSummary } from "./bindings/ConversationSummary";
import type { Erasure } from "./bindings/Erasure";
import type { ImportProgress } from "./bindings/ImportProgress";
import type { ImportRequest } from "./bindings/ImportRequest";
import type { IntegrityReport } from "./bindings/IntegrityReport";
import type { IpcError } from "./bindings/IpcError";
import type { LockedEvent } from "./bindings/LockedEvent";
import type { NewContact } from "./bindings/NewContact";
import type { NewConversation } from "./bindings/NewConversation";
import type { Purpose } from "./bindings/Purpose";
import type { PurposeConsent } from "./bindings/PurposeConsent";
import type { PurposeSpec } from "./bindings/PurposeSpec";
import type { RetentionAction } from "./bindings/RetentionAction";
import type { RetentionHold } from "./bindings/RetentionHold";
import type { RetentionRule } from "./bindings/RetentionRule";
import type { RulePreview } from "./bindings/RulePreview";
import type { RuleSpec } from "./bindings/RuleSpec";
import type { SearchHit } from "./bindings/SearchHit";
import type { SavedDocument } from "./bindings/SavedDocument";
import type { Settings } from "./bindings/Settings";
import type { Strength } from "./bindings/Strength";
import type { TranscriptsDeleted } from "./bindings/TranscriptsDeleted";
import type { VaultInfo } from "./bindings/VaultInfo";
import type { WarningPage } from "./bindings/WarningPage";
import type { WarningSummary } from "./bindings/WarningSummary";
import type { WordingVersion } from "./bindings/WordingVersion";

/** A failed command: the core's stable `code` and a `message` for people. */
export class ApiError extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = "ApiError";
    this.code = code;
  }
}

const FALLBACK = "Something went wrong. Please try again.";

function isIpcError(value: unknown): value is IpcError {
  if (typeof value !== "object" || value === null) return false;
  const { code, message } = value as Record<string, unknown>;
  return typeof code === "string" && typeof message === "string";
}

/** Turns whatever a command rejected with (an IpcError, a string, an Error…) into an ApiError. */
export function toApiError(reason: unknown): ApiError {
  if (reason instanceof ApiError) return reason;
  if (isIpcError(reason)) return new ApiError(reason.code, reason.message.trim() || FALLBACK);
  if (typeof reason === "string") return new ApiError("internal", reason.trim() || FALLBACK);
  if (reason instanceof Error) return new ApiError("internal", reason.message.trim() || FALLBACK);
  return new ApiError("internal", FALLBACK);
}

/** The message to show for a rejection. */
export function errorMessage(reason: unknown): string {
  return toApiError(reason).message;
}

let onLocked: () => void = () => {};

/** Called whenever a command answers `locked`: the vault was locked behind the UI's back. */
export function setLockedHandler(handler: () => void): void {
  onLocked = handler;
}

async function call<T>(command: string, args?: InvokeArgs): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (reason) {
    const error = toApiError(reason);
    if (error.code === "locked") onLocked();
    throw error;
  }
}

export const appInfo = () => call<AppInfo>("app_info");

export const passphraseStrength = (passphrase: string) =>
  call<Strength>("passphrase_strength", { passphrase });

export const createVault = (path: string, passphrase: string, repeat: string, operator: string) =>
  call<VaultInfo>("create_vault", { path, passphrase, repeat, operator });

export const unlock = (path: string, passphrase: string, operator: string) =>
  call<VaultInfo>("unlock", { path, passphrase, operator });

export const lock = () => call<null>("lock");

export const activity = () => call<null>("activity");

export const updateSettings = (settings: Settings) => call<Settings>("update_settings", { settings });

export const listContacts = (query: ContactQuery) => call<ContactPage>("list_contacts", { query });

export const getContact = (id: number) => call<ContactCard>("get_contact", { id });

export const revealContact = (id: number) => call<Contact>("reveal_contact", { id });

export const addContact = (contact: NewContact) => call<Contact>("add_contact", { contact });

export const editContact = (id: number, patch: ContactPatch) => call<Contact>("edit_contact", { id, patch });

export const getConversation = (id: number) => call<Conversation>("get_conversation", { id });

export const addConversation = (contact: number, conversation: NewConversation) =>
  call<ConversationSummary>("add_conversation", { contact, conversation });

export const importTranscript = (request: ImportRequest) =>
  call<ConversationSummary>("import_transcript", { request });

export const search = (query: string, limit: number) => call<SearchHit[]>("search", { query, limit });

export const listPurposes = () => call<Purpose[]>("list_purposes");

export const addPurpose = (spec: PurposeSpec) => call<Purpose>("add_purpose", { spec });

export const updatePurpose = (id: number, spec: PurposeSpec) => call<Purpose>("update_purpose", { id, spec });

export const getCompany = () => call<CompanyProfile | null>("get_company");

export const setCompany = (profile: CompanyProfile) => call<CompanyProfile>("set_company", { profile });

export const checkVault = () => call<IntegrityReport>("check_vault");

/** Every purpose as it stands for one contact: may they be contacted, consent history, objection. */
export const contactConsents = (id: number) => call<PurposeConsent[]>("contact_consents", { id });

export const giveConsent = (contact: number, purpose: number, record: ConsentRecord) =>
  call<PurposeConsent>("give_consent", { contact, purpose, record });

export const confirmConsent = (contact: number, purpose: number, record: ConsentRecord) =>
  call<PurposeConsent>("confirm_consent", { contact, purpose, record });

export const withdrawConsent = (contact: number, purpose: number, record: ConsentRecord) =>
  call<PurposeConsent>("withdraw_consent", { contact, purpose, record });

export const objectToPurpose = (contact: number, purpose: number, record: ConsentRecord) =>
  call<PurposeConsent>("object_to_purpose", { contact, purpose, record });

export const wordingHistory = (purpose: number) => call<WordingVersion[]>("wording_history", { purpose });

export const purposeAudience = (purpose: number, offset: number, limit: number) =>
  call<Audience>("purpose_audience", { purpose, offset, limit });

/** Writes the purpose's audience to `path` as CSV; resolves with how many people were written. */
export const exportAudience = (purpose: number, path: string) => call<number>("export_audience", { purpose, path });

/** Where to offer saving `fileName`: the documents folder, else downloads, else home. */
export const suggestExportPath = (fileName: string) => call<string>("suggest_export_path", { fileName });

export const restrictContact = (id: number, reason: string) => call<Contact>("restrict_contact", { id, reason });

export const liftRestriction = (id: number, reason: string) => call<Contact>("lift_restriction", { id, reason });

export const eraseContact = (id: number) => call<Erasure>("erase_contact", { id });

export const listAudit = (filter: AuditFilter) => call<AuditEntry[]>("list_audit", { filter });

export const verifyAudit = () => call<ChainReport>("verify_audit");

export const auditActions = () => call<string[]>("audit_actions");

export const retentionSummary = () => call<WarningSummary>("retention_summary");

export const retentionWarnings = (action: RetentionAction | null, offset: number, limit: number) =>
  call<WarningPage>("retention_warnings", { action, offset, limit });

export const deleteTranscripts = (id: number, note: string | null) =>
  call<TranscriptsDeleted>("delete_transcripts", { id, note });

export const keepContact = (id: number, reason: string, reviewOn: string) =>
  call<RetentionHold>("keep_contact", { id, reason, reviewOn });

export const cleanUp = (contacts: number[], action: RetentionAction) =>
  call<CleanUp>("clean_up", { contacts, action });

export const retentionRules = () => call<RetentionRule[]>("retention_rules");

export const setRetentionRule = (spec: RuleSpec) => call<RetentionRule>("set_retention_rule", { spec });

export const removeRetentionRule = (id: number) => call<null>("remove_retention_rule", { id });

export const previewRetentionRule = (spec: RuleSpec) => call<RulePreview>("preview_retention_rule", { spec });

export const listRequests = (query: RequestQuery) => call<Request[]>("list_requests", { query });

export const getRequest = (id: number) => call<Request>("get_request", { id });

export const openRequest = (request: NewRequest) => call<Request>("open_request", { request });

export const requestIdentity = (id: number, check: IdentityCheck) =>
  call<Request>("request_identity", { id, check });

export const extendRequest = (id: number, extension: ExtensionRequest) =>
  call<Request>("extend_request", { id, extension });

export const recordRequestAction = (id: number, auditEntryId: number, description: string) =>
  call<Request>("record_request_action", { id, auditEntryId, description });

export const closeRequest = (id: number, summary: string | null) => call<Request>("close_request", { id, summary });

/** Closes an unmatched requester's request as "no personal data held". */
export const closeRequestNoData = (id: number, summary: string | null) =>
  call<Request>("close_request_no_data", { id, summary });

export const refuseRequest = (id: number, reason: string) => call<Request>("refuse_request", { id, reason });

export const matchRequestContact = (id: number, contact: number) =>
  call<Request>("match_request_contact", { id, contact });

export const requestAttentionCount = () => call<number>("request_attention_count");

export const calendarInfo = (year: number) => call<CalendarInfo>("calendar_info", { year });

export const addClosureDay = (day: string, reason: string | null) =>
  call<ClosureDay>("add_closure_day", { day, reason });

export const removeClosureDay = (day: string) => call<null>("remove_closure_day", { day });

export const generateDocument = (request: DocumentRequest) => call<SavedDocument>("generate_document", { request });

export const openDocument = (path: string) => call<null>("open_document", { path });

export const onRetentionChanged = (handler: (summary: WarningSummary) => void): Promise<UnlistenFn> =>
  listen<WarningSummary>("retention-changed", (event) => handler(event.payload));

export const onRequestsChanged = (handler: (dueSoonOrOverdue: number) => void): Promise<UnlistenFn> =>
  listen<number>("requests-changed", (event) => handler(event.payload));

export const onCleanUpProgress = (handler: (progress: CleanUpProgress) => void): Promise<UnlistenFn> =>
  listen<CleanUpProgress>("clean-up-progress", (event) => handler(event.payload));

export const onVaultLocked = (handler: (event: LockedEvent) => void): Promise<UnlistenFn> =>
  listen<LockedEvent>("vault-locked", (event) => handler(event.payload));

export const onImportProgress = (handler: (progress: ImportProgress) => void): Promise<UnlistenFn> =>
  listen<ImportProgress>("import-progress", (event) => handler(event.payload));
