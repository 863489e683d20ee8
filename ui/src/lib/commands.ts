// Generated from the #[tauri::command] functions in src-tauri/src/commands/ (cargo test
// writes it; CI checks it is current). Do not edit: change the command instead.

import { call } from "./ipc";
import type { ActionCandidate } from "./bindings/ActionCandidate";
import type { AppInfo } from "./bindings/AppInfo";
import type { Audience } from "./bindings/Audience";
import type { AuditEntry } from "./bindings/AuditEntry";
import type { AuditFilter } from "./bindings/AuditFilter";
import type { BackupOverview } from "./bindings/BackupOverview";
import type { BookExport } from "./bindings/BookExport";
import type { CalendarInfo } from "./bindings/CalendarInfo";
import type { ChainReport } from "./bindings/ChainReport";
import type { CleanUp } from "./bindings/CleanUp";
import type { ClosureDay } from "./bindings/ClosureDay";
import type { CompanyProfile } from "./bindings/CompanyProfile";
import type { ConsentRecord } from "./bindings/ConsentRecord";
import type { Contact } from "./bindings/Contact";
import type { ContactCard } from "./bindings/ContactCard";
import type { ContactPage } from "./bindings/ContactPage";
import type { ContactPatch } from "./bindings/ContactPatch";
import type { ContactQuery } from "./bindings/ContactQuery";
import type { ContactsFile } from "./bindings/ContactsFile";
import type { ContactsImportPreview } from "./bindings/ContactsImportPreview";
import type { Conversation } from "./bindings/Conversation";
import type { ConversationFile } from "./bindings/ConversationFile";
import type { ConversationFilesRequest } from "./bindings/ConversationFilesRequest";
import type { ConversationSummary } from "./bindings/ConversationSummary";
import type { ConversationsImported } from "./bindings/ConversationsImported";
import type { ConversationsPreview } from "./bindings/ConversationsPreview";
import type { DataSource } from "./bindings/DataSource";
import type { Decision } from "./bindings/Decision";
import type { DocumentRequest } from "./bindings/DocumentRequest";
import type { DuplicatePair } from "./bindings/DuplicatePair";
import type { Erasure } from "./bindings/Erasure";
import type { ExtensionRequest } from "./bindings/ExtensionRequest";
import type { FieldProblem } from "./bindings/FieldProblem";
import type { IdentityCheck } from "./bindings/IdentityCheck";
import type { ImportChoices } from "./bindings/ImportChoices";
import type { ImportRecord } from "./bindings/ImportRecord";
import type { ImportRequest } from "./bindings/ImportRequest";
import type { ImportedContacts } from "./bindings/ImportedContacts";
import type { IntegrityReport } from "./bindings/IntegrityReport";
import type { InvitationShown } from "./bindings/InvitationShown";
import type { LifecycleStatus } from "./bindings/LifecycleStatus";
import type { MadeBackup } from "./bindings/MadeBackup";
import type { MappedRow } from "./bindings/MappedRow";
import type { Mark } from "./bindings/Mark";
import type { MergeSummary } from "./bindings/MergeSummary";
import type { NewContact } from "./bindings/NewContact";
import type { NewConversation } from "./bindings/NewConversation";
import type { NewRequest } from "./bindings/NewRequest";
import type { OpenRequest } from "./bindings/OpenRequest";
import type { OpenedConversations } from "./bindings/OpenedConversations";
import type { Operator } from "./bindings/Operator";
import type { Permissions } from "./bindings/Permissions";
import type { PersonChoice } from "./bindings/PersonChoice";
import type { Purpose } from "./bindings/Purpose";
import type { PurposeConsent } from "./bindings/PurposeConsent";
import type { PurposeSpec } from "./bindings/PurposeSpec";
import type { Request } from "./bindings/Request";
import type { RequestQuery } from "./bindings/RequestQuery";
import type { Restored } from "./bindings/Restored";
import type { RetentionAction } from "./bindings/RetentionAction";
import type { RetentionHold } from "./bindings/RetentionHold";
import type { RetentionRule } from "./bindings/RetentionRule";
import type { RevealedKey } from "./bindings/RevealedKey";
import type { Role } from "./bindings/Role";
import type { RulePreview } from "./bindings/RulePreview";
import type { RuleSpec } from "./bindings/RuleSpec";
import type { SavedDocument } from "./bindings/SavedDocument";
import type { SavedMapping } from "./bindings/SavedMapping";
import type { SearchHit } from "./bindings/SearchHit";
import type { Settings } from "./bindings/Settings";
import type { StaffAddresses } from "./bindings/StaffAddresses";
import type { Strength } from "./bindings/Strength";
import type { TagCount } from "./bindings/TagCount";
import type { TeamStatus } from "./bindings/TeamStatus";
import type { TeamSynced } from "./bindings/TeamSynced";
import type { TranscriptsDeleted } from "./bindings/TranscriptsDeleted";
import type { UndoneImport } from "./bindings/UndoneImport";
import type { Unlocking } from "./bindings/Unlocking";
import type { VaultInfo } from "./bindings/VaultInfo";
import type { WarningPage } from "./bindings/WarningPage";
import type { WarningSummary } from "./bindings/WarningSummary";
import type { WebChatInspected } from "./bindings/WebChatInspected";
import type { WordingVersion } from "./bindings/WordingVersion";

// address_book.rs

/** Reads an address-book file the user chose (vCard, or CSV with the mapping saved for its header or the one guessed) and keeps it for the next steps. */
export const openContactsFile = (path: string) =>
  call<ContactsFile>("open_contacts_file", { path });

/** The first rows of a CSV file as they would import with `mapping` (a field code per column). */
export const previewContactsMapping = (session: number, mapping: string[]) =>
  call<MappedRow[]>("preview_contacts_mapping", { session, mapping });

/** Saves `mapping` under `name` for files with this file's header: offered again for the next. */
export const saveContactsMapping = (session: number, name: string, mapping: string[]) =>
  call<SavedMapping>("save_contacts_mapping", { session, name, mapping });

/** What importing the file with `mapping` (CSV; none: the one it started with) would do, its new cards recording `source` and getting `status` (and `tag`, with the cards merged into). Nothing is written; the import then writes exactly what was previewed. */
export const previewContactsImport = (session: number, mapping: string[] | null, source: DataSource, status: LifecycleStatus, tag: string | null) =>
  call<ContactsImportPreview>("preview_contacts_import", { session, mapping, source, status, tag });

/** Imports what was last previewed, with the user's decisions (`on_duplicate`, if given, for the duplicates without one; else the default the preview showed), in one transaction. Progress arrives as `contacts-import-progress` events; `cancel_contacts_import` stops it with nothing written. */
export const importContacts = (session: number, choices: ImportChoices, onDuplicate: Decision | null) =>
  call<ImportedContacts>("import_contacts", { session, choices, onDuplicate });

/** Stops the running import of `session` (or the one about to start): nothing is written. False when there is no such session. */
export const cancelContactsImport = (session: number) =>
  call<boolean>("cancel_contacts_import", { session });

/** Forgets the file of `session` (the wizard was closed). False when there was none. */
export const closeContactsFile = (session: number) =>
  call<boolean>("close_contacts_file", { session });

/** The imports made into this vault since the app started that are not undone, newest first: the ones "Undo this import" is offered for. */
export const recentContactImports = () =>
  call<ImportRecord[]>("recent_contact_imports");

/** Undoes an import made since the app started (the core refuses when the firm has since worked with its cards, and says which). */
export const undoContactsImport = (importId: number) =>
  call<UndoneImport>("undo_contacts_import", { importId });

/** Writes the active cards `selection` picks (of one status or tag, if given) to `path` as vCard or CSV; never over an existing file. Returns how many were written. */
export const exportContacts = (selection: BookExport, path: string) =>
  call<number>("export_contacts", { selection, path });

// audit.rs

/** Audit entries, newest first; sensitive previous values come masked. */
export const listAudit = (filter: AuditFilter) =>
  call<AuditEntry[]>("list_audit", { filter });

/** A card's history of changes (corrections and merges), newest first. */
export const contactHistory = (id: number) =>
  call<AuditEntry[]>("contact_history", { id });

export const verifyAudit = () =>
  call<ChainReport>("verify_audit");

/** Every audit action code, for the audit screen's filter. */
export const auditActions = () =>
  call<string[]>("audit_actions");

// backups.rs

/** The vault's backups and where they go. */
export const backupOverview = () =>
  call<BackupOverview>("backup_overview");

/** Makes a backup now and rotates the folder; progress arrives as `backup-progress` events. */
export const backUpNow = () =>
  call<MadeBackup>("back_up_now");

/** Chooses the folder backups go to (a full path), or `null` for the default one. */
export const chooseBackupFolder = (folder: string | null) =>
  call<string>("choose_backup_folder", { folder });

/** Checks a backup file: every page and SQLite's structure. Without a passphrase, the vault's own is used (right for backups made since it was last changed). */
export const checkBackup = (path: string, passphrase: string | null) =>
  call<IntegrityReport>("check_backup", { path, passphrase });

/** Replaces the open vault with a backup, opened with the backup's passphrase (which opens the vault from now on). The state before is backed up first; nothing is replaced unless the backup's copy passed its check. */
export const restoreBackup = (path: string, passphrase: string) =>
  call<Restored>("restore_backup", { path, passphrase });

/** Until when the vault's existing backups hold what is erased now (when the last of them rotates out); `null` when no backup does. The erase dialog says it before erasing. */
export const backupsHoldUntil = () =>
  call<string | null>("backups_hold_until");

// company.rs

export const getCompany = () =>
  call<CompanyProfile | null>("get_company");

export const setCompany = (profile: CompanyProfile) =>
  call<CompanyProfile>("set_company", { profile });

/** The firm's own e-mail addresses (a mail from one of them is the staff's), or the profile's. */
export const getStaffAddresses = () =>
  call<StaffAddresses>("get_staff_addresses");

/** Sets the firm's own e-mail addresses; none: the profile's address again. */
export const setStaffAddresses = (addresses: string[]) =>
  call<StaffAddresses>("set_staff_addresses", { addresses });

/** The firm's working-day calendar for `year`: country, its public holidays, closure days. */
export const calendarInfo = (year: number) =>
  call<CalendarInfo>("calendar_info", { year });

/** Adds a day the firm is closed; open requests' due dates move past it. */
export const addClosureDay = (day: string, reason: string | null) =>
  call<ClosureDay>("add_closure_day", { day, reason });

export const removeClosureDay = (day: string) =>
  call<null>("remove_closure_day", { day });

// consents.rs

/** Every purpose as it stands for one contact, in catalogue order, with the actions open on each. */
export const contactConsents = (id: number) =>
  call<PurposeConsent[]>("contact_consents", { id });

export const giveConsent = (contact: number, purpose: number, record: ConsentRecord) =>
  call<PurposeConsent>("give_consent", { contact, purpose, record });

export const confirmConsent = (contact: number, purpose: number, record: ConsentRecord) =>
  call<PurposeConsent>("confirm_consent", { contact, purpose, record });

export const withdrawConsent = (contact: number, purpose: number, record: ConsentRecord) =>
  call<PurposeConsent>("withdraw_consent", { contact, purpose, record });

export const objectToPurpose = (contact: number, purpose: number, record: ConsentRecord) =>
  call<PurposeConsent>("object_to_purpose", { contact, purpose, record });

// contacts.rs

export const listContacts = (query: ContactQuery) =>
  call<ContactPage>("list_contacts", { query });

/** Every tag some active card carries, with how many: the list's tag filter. */
export const listTags = () =>
  call<TagCount[]>("list_tags");

export const getContact = (id: number) =>
  call<ContactCard>("get_contact", { id });

export const revealContact = (id: number) =>
  call<Contact>("reveal_contact", { id });

export const addContact = (contact: NewContact) =>
  call<Contact>("add_contact", { contact });

export const editContact = (id: number, patch: ContactPatch) =>
  call<Contact>("edit_contact", { id, patch });

/** Gives a card tags (those it has are left as they are); audited like an edit. */
export const tagContact = (id: number, tags: string[]) =>
  call<Contact>("tag_contact", { id, tags });

/** Takes tags off a card (tags it does not have are ignored); audited like an edit. */
export const untagContact = (id: number, tags: string[]) =>
  call<Contact>("untag_contact", { id, tags });

/** Pairs of active cards that may be one person, with what they share. */
export const possibleDuplicates = () =>
  call<DuplicatePair[]>("possible_duplicates");

/** Merges card `other` into card `keep` (one audited transaction; `other` is removed). The summary's cards come masked, like every card the UI receives: the kept card, and the other's name as its card showed it. */
export const mergeContacts = (keep: number, other: number) =>
  call<MergeSummary>("merge_contacts", { keep, other });

/** Freezes a contact (Art. 18): read-only until lifted. The reason is kept in the audit. */
export const restrictContact = (id: number, reason: string) =>
  call<Contact>("restrict_contact", { id, reason });

export const liftRestriction = (id: number, reason: string) =>
  call<Contact>("lift_restriction", { id, reason });

/** Erases a contact's identifying data (Art. 17); the card becomes a tombstone. */
export const eraseContact = (id: number) =>
  call<Erasure>("erase_contact", { id });

// conversations.rs

export const getConversation = (id: number) =>
  call<Conversation>("get_conversation", { id });

export const addConversation = (contact: number, conversation: NewConversation) =>
  call<ConversationSummary>("add_conversation", { contact, conversation });

export const importTranscript = (request: ImportRequest) =>
  call<ConversationSummary>("import_transcript", { request });

/** The files `paths` stand for (a folder: the files in it Custos reads), each with its format. */
export const conversationFiles = (paths: string[]) =>
  call<ConversationFile[]>("conversation_files", { paths });

/** A website chat's CSV file: its columns, the guessed mapping and the first rows. */
export const inspectWebChat = (path: string) =>
  call<WebChatInspected>("inspect_web_chat", { path });

/** Reads files of conversations (all of them, or none if one is broken) and previews them. */
export const openConversationFiles = (request: ConversationFilesRequest) =>
  call<OpenedConversations>("open_conversation_files", { request });

/** The preview of a session's files with these choices for the people in them. */
export const previewConversationFiles = (session: number, choices: PersonChoice[]) =>
  call<ConversationsPreview>("preview_conversation_files", { session, choices });

/** Imports a session's conversations with these choices, in one transaction; the progress comes as `import-progress` events. The session is closed after. */
export const importConversationFiles = (session: number, choices: PersonChoice[]) =>
  call<ConversationsImported>("import_conversation_files", { session, choices });

/** Drops a session's files (the dialog was closed). */
export const closeConversationFiles = (session: number) =>
  call<boolean>("close_conversation_files", { session });

// documents.rs

/** Generates a document from the vault and writes it where the user chose (never over an existing file unless `replace`). Nothing is written anywhere else. */
export const generateDocument = (request: DocumentRequest) =>
  call<SavedDocument>("generate_document", { request });

/** Opens a document this app saved in this session in the system's viewer. */
export const openDocument = (path: string) =>
  call<null>("open_document", { path });

// operators.rs

/** The open vault as the UI shows it: who works, what they may do, whether they must choose their own passphrase first, whether a recovery kit exists. */
export const vaultInfo = () =>
  call<VaultInfo>("vault_info");

/** What the operator working now may do. */
export const permissions = () =>
  call<Permissions>("permissions");

/** Sets the passphrase of the operator working now (typed twice); clears "must choose your own passphrase". Their key slot only: nothing is re-encrypted. */
export const changePassphrase = (passphrase: string, repeat: string) =>
  call<VaultInfo>("change_passphrase", { passphrase, repeat });

/** The vault's working operators, in the order they were added. */
export const listOperators = () =>
  call<Operator[]>("list_operators");

/** Adds an operator with a first passphrase (typed twice), which they must change at their first unlock. Owner only. */
export const addOperator = (name: string, role: Role, passphrase: string, repeat: string) =>
  call<Operator>("add_operator", { name, role, passphrase, repeat });

/** Changes an operator's role (at least one owner remains). Owner only. The answer is the vault as the operator working now sees it: their own role may have been the one changed. */
export const setOperatorRole = (id: number, role: Role) =>
  call<VaultInfo>("set_operator_role", { id, role });

/** Gives another operator a new first passphrase (typed twice), which they must change at their next unlock. Owner only. */
export const resetOperator = (id: number, passphrase: string, repeat: string) =>
  call<null>("reset_operator", { id, passphrase, repeat });

/** Removes an operator and re-keys the vault so their passphrase opens nothing from now on (backups made before keep the slots they carried). Long: progress arrives as `rekey-progress` events. Owner only. */
export const removeOperator = (id: number) =>
  call<null>("remove_operator", { id });

/** "I think a passphrase leaked": re-encrypts the vault under a new data key for the same operators and recovery kit. Long: progress arrives as `rekey-progress` events. Owner only. */
export const rekeyVault = () =>
  call<null>("rekey_vault");

/** Makes a new recovery kit (the old one stops working) and saves its one-page PDF at `path` in `language` (never over an existing file unless `replace`). The code is on the sheet only: it is not kept anywhere else. Owner only. */
export const makeRecoveryKit = (path: string, language: string, replace: boolean) =>
  call<SavedDocument>("make_recovery_kit", { path, language, replace });

/** The vault's raw data key and the commands that open the file in the `sqlcipher` shell, behind the passphrase of the operator working now ("never locked in"). Audited. Owner only. */
export const revealDataKey = (passphrase: string) =>
  call<RevealedKey>("reveal_data_key", { passphrase });

// purposes.rs

export const listPurposes = () =>
  call<Purpose[]>("list_purposes");

/** Everything wrong with a purpose as entered, by field (empty when it can be saved). Needs no vault: it is the rule saving applies. */
export const checkPurpose = (spec: PurposeSpec) =>
  call<FieldProblem[]>("check_purpose", { spec });

export const addPurpose = (spec: PurposeSpec) =>
  call<Purpose>("add_purpose", { spec });

export const updatePurpose = (id: number, spec: PurposeSpec) =>
  call<Purpose>("update_purpose", { id, spec });

export const wordingHistory = (purpose: number) =>
  call<WordingVersion[]>("wording_history", { purpose });

export const purposeAudience = (purpose: number, offset: number, limit: number) =>
  call<Audience>("purpose_audience", { purpose, offset, limit });

/** Writes a purpose's audience to `path` as CSV; returns how many people were written. */
export const exportAudience = (purpose: number, path: string) =>
  call<number>("export_audience", { purpose, path });

/** Where to offer saving an export called `file_name`: the user's documents folder, else downloads, else home. */
export const suggestExportPath = (fileName: string) =>
  call<string>("suggest_export_path", { fileName });

// requests.rs

/** The requests register, sorted by due date (open ones unless the query says otherwise). */
export const listRequests = (query: RequestQuery | null) =>
  call<Request[]>("list_requests", { query });

export const getRequest = (id: number) =>
  call<Request>("get_request", { id });

/** Logs a request; the reply carries its due date. */
export const openRequest = (request: NewRequest) =>
  call<Request>("open_request", { request });

export const requestIdentity = (id: number, check: IdentityCheck) =>
  call<Request>("request_identity", { id, check });

/** Extends the deadline by two further months; the core refuses it without a reason or a notification inside the first month. */
export const extendRequest = (id: number, extension: ExtensionRequest) =>
  call<Request>("extend_request", { id, extension });

/** Records what was done for a request, pointing at the audit entry that proves it. The audit entries that may be recorded as what was done for the request, newest first, each with a description to start from. */
export const requestActionCandidates = (id: number) =>
  call<ActionCandidate[]>("request_action_candidates", { id });

export const recordRequestAction = (id: number, auditEntryId: number, description: string) =>
  call<Request>("record_request_action", { id, auditEntryId, description });

/** Closes a request as done; refused until an action is recorded. */
export const closeRequest = (id: number, summary: string | null) =>
  call<Request>("close_request", { id, summary });

/** Closes a request from a requester matched to no contact, about whom a search found nothing, as done: "no personal data held". Refused once matched to a contact. */
export const closeRequestNoData = (id: number, summary: string | null) =>
  call<Request>("close_request_no_data", { id, summary });

export const refuseRequest = (id: number, reason: string) =>
  call<Request>("refuse_request", { id, reason });

/** Links a request from a requester not yet known to their contact card. */
export const matchRequestContact = (id: number, contact: number) =>
  call<Request>("match_request_contact", { id, contact });

/** Open requests due within 7 days or overdue (the navigation's badge). */
export const requestAttentionCount = () =>
  call<number>("request_attention_count");

// retention.rs

/** How many retention warnings there are, by action (the navigation's badge). */
export const retentionSummary = () =>
  call<WarningSummary>("retention_summary");

/** One page of the retention warnings for an action (all when `action` is null). */
export const retentionWarnings = (action: RetentionAction | null, offset: number, limit: number) =>
  call<WarningPage>("retention_warnings", { action, offset, limit });

/** Deletes a contact's transcripts, first adding `note` (what to keep) to the card. */
export const deleteTranscripts = (id: number, note: string | null) =>
  call<TranscriptsDeleted>("delete_transcripts", { id, note });

/** Keeps a contact despite its warning, with a reason, until `review_on` (YYYY-MM-DD). */
export const keepContact = (id: number, reason: string, reviewOn: string) =>
  call<RetentionHold>("keep_contact", { id, reason, reviewOn });

/** Deletes the transcripts of, or erases, each contact of the list the user confirmed, reporting progress as `clean-up-progress` events. */
export const cleanUp = (contacts: number[], action: RetentionAction) =>
  call<CleanUp>("clean_up", { contacts, action });

export const retentionRules = () =>
  call<RetentionRule[]>("retention_rules");

export const setRetentionRule = (spec: RuleSpec) =>
  call<RetentionRule>("set_retention_rule", { spec });

export const removeRetentionRule = (id: number) =>
  call<null>("remove_retention_rule", { id });

/** How many contacts and transcripts a rule would flag if saved; saves nothing. */
export const previewRetentionRule = (spec: RuleSpec) =>
  call<RulePreview>("preview_retention_rule", { spec });

// search.rs

export const search = (query: string, limit: number) =>
  call<SearchHit[]>("search", { query, limit });

/** Where `text` matches `query`, as the search matches (for highlighting a message found by a search). Needs no vault. */
export const highlight = (text: string, query: string) =>
  call<Mark[]>("highlight", { text, query });

// team.rs

/** The team this vault is in, with where it stands; `null` when it is in none. */
export const teamStatus = () =>
  call<TeamStatus | null>("team_status");

/** Makes a team of this vault, shared through `folder`; this computer is `seat_name`. */
export const teamCreate = (folder: string, seatName: string) =>
  call<TeamStatus>("team_create", { folder, seatName });

/** Syncs now: sends this seat's changes and applies the other seats' files (`null` when the vault is in no team). */
export const teamSyncNow = () =>
  call<TeamSynced | null>("team_sync_now");

/** Invites another computer to join, for `operator` (who will work there). */
export const teamInvite = (operator: string) =>
  call<InvitationShown>("team_invite", { operator });

/** Puts a problem the sync kept aside out of the list, once a person has looked at it. */
export const teamDismissProblem = (id: number) =>
  call<TeamStatus>("team_dismiss_problem", { id });

/** Removes a seat (its id or name) from the team, as an owner: the other seats get a new team key, so the removed seat reads nothing written from now on; the removal goes out at once. */
export const teamRemoveSeat = (seat: string) =>
  call<TeamStatus>("team_remove_seat", { seat });

/** Joins a team with an invitation's code: the book arrives as a new vault at `path`, for the invitation's operator, opened by `passphrase` (typed twice), and is unlocked. */
export const teamJoin = (code: string, folder: string, path: string, seatName: string, passphrase: string, repeat: string) =>
  call<VaultInfo>("team_join", { code, folder, path, seatName, passphrase, repeat });

// vault.rs

export const appInfo = () =>
  call<AppInfo>("app_info");

export const passphraseStrength = (passphrase: string) =>
  call<Strength>("passphrase_strength", { passphrase });

/** What the unlock screen shows for the vault at `path` before it is open: its operators (to pick who you are), whether "I forgot my passphrase" can use a recovery kit, and whether it was made before key slots (then the name is typed, and becomes its owner's). */
export const unlocking = (path: string) =>
  call<Unlocking>("unlocking", { path });

export const createVault = (path: string, passphrase: string, repeat: string, operator: string) =>
  call<VaultInfo>("create_vault", { path, passphrase, repeat, operator });

export const unlock = (path: string, passphrase: string, operator: string) =>
  call<VaultInfo>("unlock", { path, passphrase, operator });

/** "I forgot my passphrase": opens the vault with the printed recovery code and sets a new passphrase for `operator`, who must be an owner (audited). A mistyped code is refused before anything is tried, naming the group to check. */
export const recover = (path: string, code: string, passphrase: string, repeat: string, operator: string) =>
  call<VaultInfo>("recover", { path, code, passphrase, repeat, operator });

export const lock = () =>
  call<null>("lock");

/** The user typed, clicked or scrolled: postpone the auto-lock. */
export const activity = () =>
  call<null>("activity");

export const updateSettings = (settings: Settings) =>
  call<Settings>("update_settings", { settings });

/** The vault file the app was given from outside (a launch with a file, or a second launch), once, with what to do with it now; null when there is none. The `open-requested` event says when one arrives while the app runs. */
export const takeOpenRequest = () =>
  call<OpenRequest | null>("take_open_request");

export const checkVault = () =>
  call<IntegrityReport>("check_vault");
