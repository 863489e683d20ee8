//! Why the core refuses an input ([`Error::Invalid`](crate::Error::Invalid)) or an action
//! ([`Error::Refused`](crate::Error::Refused)): one stable code per reason, its data as named
//! fields, and its English text (`Display`, what the command line prints). Front ends that speak
//! other languages pick their own message by the code ([`Why::code`]) and fill in the data
//! ([`Why::params`]); the desktop gets the codes as a generated TypeScript list.

use std::path::PathBuf;

use chrono::{DateTime, NaiveDate, Utc};

use crate::consents::{ConsentEventKind, ConsentState};
use crate::error::{Param, ToParam};
use crate::purposes::LegalBasis;
use crate::requests::{IdentityResult, RequestStatus};

/// What serde_json found wrong in a JSON file (beside its English): a code a front end words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonWhat {
    /// Not JSON at all where it stands (a missing comma, a stray character).
    Syntax,
    /// A value of another kind than the one expected (`found_kind`, `expected_kind`).
    WrongType,
    /// A value of the right kind that is not one allowed (`found_kind`, `expected_kind`).
    WrongValue,
    /// A list with too few or too many items.
    WrongLength,
    /// A field the object must have is not there (`name`).
    MissingField,
    /// A field the format does not have (`name`).
    UnknownField,
    /// A field given twice in one object (`name`).
    DuplicateField,
    /// A word that is not one of those allowed (`name`).
    UnknownValue,
    /// Anything else serde_json said.
    Other,
}

impl JsonWhat {
    pub fn code(self) -> &'static str {
        match self {
            JsonWhat::Syntax => "syntax",
            JsonWhat::WrongType => "wrong_type",
            JsonWhat::WrongValue => "wrong_value",
            JsonWhat::WrongLength => "wrong_length",
            JsonWhat::MissingField => "missing_field",
            JsonWhat::UnknownField => "unknown_field",
            JsonWhat::DuplicateField => "duplicate_field",
            JsonWhat::UnknownValue => "unknown_value",
            JsonWhat::Other => "other",
        }
    }
}

impl ToParam for JsonWhat {
    fn to_param(&self) -> Param {
        Param::Text(self.code().to_owned())
    }
}

/// The kind of a JSON value, as a code a front end words (`other` when it cannot be told).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonKind {
    Text,
    Number,
    Boolean,
    Null,
    List,
    Object,
    Other,
}

impl JsonKind {
    pub fn code(self) -> &'static str {
        match self {
            JsonKind::Text => "text",
            JsonKind::Number => "number",
            JsonKind::Boolean => "boolean",
            JsonKind::Null => "null",
            JsonKind::List => "list",
            JsonKind::Object => "object",
            JsonKind::Other => "other",
        }
    }
}

impl ToParam for JsonKind {
    fn to_param(&self) -> Param {
        Param::Text(self.code().to_owned())
    }
}

/// A year as a limit of what the vault stores: text, never grouped like a count ("1900").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Year(pub i32);

impl std::fmt::Display for Year {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl ToParam for Year {
    fn to_param(&self) -> Param {
        Param::Text(self.0.to_string())
    }
}

impl ToParam for ConsentState {
    fn to_param(&self) -> Param {
        let code = match self {
            ConsentState::NeverGiven => "never_given",
            ConsentState::Given => "given",
            ConsentState::Confirmed => "confirmed",
            ConsentState::Withdrawn => "withdrawn",
            ConsentState::Expired => "expired",
        };
        Param::Text(code.to_owned())
    }
}

/// " (e-mail address 2)" after the second and later values of a card's list, nothing after the first.
fn which(number: usize, words: &str) -> String {
    if number <= 1 { String::new() } else { format!(" ({words} {number})") }
}

/// "a card it created has" / "3 cards it created have".
fn cards_it_created(count: usize) -> String {
    if count == 1 { "a card it created has".to_owned() } else { format!("{count} cards it created have") }
}

/// " and 2 more" after the names listed, when there are more.
fn and_more(more: usize) -> String {
    if more > 0 { format!(" and {more} more") } else { String::new() }
}

/// ", and 3 more" after the lines listed, when there are more.
fn listed_more(more: usize) -> String {
    if more > 0 { format!(", and {more} more") } else { String::new() }
}

/// Rows of a file that cannot be imported, each with its line and why: in English as the
/// command line lists them ("line 4 (no name), line 9 (…)"), and by code and data for a front
/// end to word ([`crate::Error::items`]).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RowLines(pub Vec<RowLine>);

/// One row of [`RowLines`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowLine {
    /// Where the row starts in the file.
    pub line: usize,
    /// Why, in English.
    pub message: String,
    /// Why, by code and data (a `RowWhy`).
    pub why: crate::error::Said,
}

impl RowLines {
    /// Each row's reason with its `line` among its data, for a front end.
    pub fn said(&self) -> Vec<crate::error::Said> {
        self.0
            .iter()
            .map(|row| {
                let mut said = row.why.clone();
                said.params.insert("line".to_owned(), Param::Text(row.line.to_string()));
                said
            })
            .collect()
    }
}

impl std::fmt::Display for RowLines {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, row) in self.0.iter().enumerate() {
            let comma = if i == 0 { "" } else { ", " };
            write!(f, "{comma}line {} ({})", row.line, row.message)?;
        }
        Ok(())
    }
}

impl ToParam for RowLines {
    fn to_param(&self) -> Param {
        Param::Text(self.to_string())
    }
}

/// "1 row cannot be imported as it is" / "3 rows cannot be imported as they are", and "it"/"them".
fn rows(count: usize) -> (String, &'static str) {
    match count {
        1 => ("1 row cannot be imported as it is".to_owned(), "it"),
        n => (format!("{n} rows cannot be imported as they are"), "them"),
    }
}

crate::reasons! {
    /// Why an input is invalid or an action refused. Each variant's text is the English message
    /// (after "field: " for an invalid input).
    pub enum Why {
        // Contacts and their cards.
        DisplayNameMissing = "display_name_missing" {} =>
            ("a contact needs a name to show, with at least one letter or digit (it can be a nickname)"),
        SourceUnnamed = "source_unnamed" {} => ("name the third party or public source the data came from"),
        NotAnEmail = "not_an_email" { value: String, number: usize } =>
            ("'{value}'{} is not an e-mail address (no @)", which(*number, "e-mail address")),
        NoDigits = "no_digits" { value: String, number: usize } =>
            ("'{value}'{} has no digits", which(*number, "phone number")),
        TagTooLong = "tag_too_long" { tag: String, max: usize } => ("'{tag}' is longer than {max} characters"),
        NotOneOf = "not_one_of" { value: String, choices: String } => ("'{value}' is not valid; use one of {choices}"),
        MergeWithItself = "merge_with_itself" {} =>
            ("a card cannot be merged with itself: choose two different cards"),
        RestrictionReasonMissing = "restriction_reason_missing" {} =>
            ("say why the contact is restricted (it is kept in the audit)"),
        LiftReasonMissing = "lift_reason_missing" {} =>
            ("say why the contact is no longer restricted (it is kept in the audit)"),
        NotRestricted = "not_restricted" { name: String } => ("{name} is not restricted: there is nothing to lift."),

        // Times and days.
        TimeOutOfRange = "time_out_of_range" { utc: String, earliest: Year, latest: Year } =>
            ("{utc} UTC is outside the years {earliest}–{latest} that Custos stores"),
        TimeOffsetTooLarge = "time_offset_too_large" { offset: String, hours: u32 } =>
            ("the UTC offset {offset} is not a real time zone (use one between -{hours}:00 and +{hours}:00)"),
        NotATime = "not_a_time" { text: String } =>
            ("\"{text}\" is not a time (write it as 2026-03-01T09:00:00Z or 2026-03-01T10:00:00+01:00)"),
        DayOutOfRange = "day_out_of_range" { day: NaiveDate, earliest: Year, latest: Year } =>
            ("{day} is outside the years {earliest}–{latest} that Custos stores: check the date"),
        FromAfterTo = "from_after_to" {} => ("the first day comes after the last day"),

        // Conversations and chat imports.
        MessageWithoutText = "message_without_text" { number: usize } => ("message {number} has no text"),
        MessageWithoutSender = "message_without_sender" { number: usize } =>
            ("message {number}: name who wrote it (with at least one letter or digit)"),
        MessageTimeOutOfRange = "message_time_out_of_range" { number: usize, utc: String, earliest: Year, latest: Year } =>
            ("message {number}: the time {utc} UTC is outside the years {earliest}–{latest} that Custos stores"),
        MessageTimeOffsetTooLarge = "message_time_offset_too_large" { number: usize, offset: String, hours: u32 } =>
            ("message {number}: the time the UTC offset {offset} is not a real time zone (use one between -{hours}:00 and +{hours}:00)"),
        MessageNotATime = "message_not_a_time" { number: usize, text: String } =>
            ("message {number}: the time \"{text}\" is not a time (write it as 2026-03-01T09:00:00Z or 2026-03-01T10:00:00+01:00)"),
        ConversationEmpty = "conversation_empty" {} => ("give a start time or at least one message"),
        EndsBeforeStart = "ends_before_start" { end: String, start: String } =>
            ("the conversation would end ({end}) before it starts ({start})"),
        SenderNotInChat = "sender_not_in_chat" { name: String, senders: String } =>
            ("'{name}' wrote nothing in this chat; the senders are: {senders}"),
        ContactNotAmongSenders = "contact_not_among_senders" { senders: String, contact: String } =>
            ("none of the senders ({senders}) is named like the contact '{contact}': say which one is the contact"),
        NoTranscriptsToDelete = "no_transcripts_to_delete" { name: String } => ("{name} has no transcripts to delete."),
        NoConversationFiles = "no_conversation_files" {} =>
            ("no file of conversations found: choose e-mails (.eml or an mbox), a Telegram or Messenger export \
              (.json) or a website chat's .csv file"),
        ConversationNeedsCard = "conversation_needs_card" { file: String, format: &'static str } =>
            ("{file} is a {format} transcript of one conversation: import it on the contact's card"),

        // The vault, its operator, its backups.
        OperatorMissing = "operator_missing" {} => ("say who is working (your name): the audit log records it"),
        PassphraseTooLong = "passphrase_too_long" {} => ("is too long"),
        VaultNeverPauses = "vault_never_pauses" {} =>
            ("The vault is being written to without a pause: try the backup again in a moment."),
        RestoreTargetExists = "restore_target_exists" { path: PathBuf } =>
            ("{} already exists. Restoring replaces everything in it: confirm with --replace.", path.display()),
        BackupFolderNotAbsolute = "backup_folder_not_absolute" {} => ("choose a folder by its full path"),
        BackupFolderNotAFolder = "backup_folder_not_a_folder" {} => ("choose a folder, not a file"),
        AuditVerificationFailed = "audit_verification_failed" {} =>
            ("Audit verification failed: entries were edited or deleted (see above). Restore from a backup and find out who changed the file."),

        // Operators, key slots and the recovery kit.
        OperatorNotNamed = "operator_not_named" { operators: String } =>
            ("This vault has several operators ({operators}): say who you are (--operator NAME or CUSTOS_OPERATOR)."),
        OperatorUnknown = "operator_unknown" { name: String, operators: String } =>
            ("No operator of this vault is called '{name}'. Its operators are: {operators}."),
        OperatorExists = "operator_exists" { name: String } =>
            ("There is already an operator called '{name}': choose another name."),
        OperatorNotInVault = "operator_not_in_vault" { name: String } =>
            ("{name}'s key slot opens the vault, but the vault has no such operator (it was restored from a backup made before they were added). Ask an owner to add them again."),
        LastOwner = "last_owner" { name: String } =>
            ("{name} is the only owner: make another operator an owner first, so that someone can always manage the vault."),
        NotYourself = "not_yourself" {} =>
            ("You cannot remove yourself or reset your own passphrase here: change your passphrase instead, or ask another owner."),
        PassphraseMustChange = "passphrase_must_change" { name: String } =>
            ("{name}, choose your own passphrase first: the one you were given was for your first unlock only."),
        KeysMissing = "keys_missing" { path: PathBuf } =>
            ("The passphrase does not open {}, and its key file ({}-keys) is not beside it. A vault made by this Custos needs both files: bring the key file back from where the vault came from (every backup has one beside it). If the vault is older, check the passphrase.", path.display(), path.display()),
        KeysDamaged = "keys_damaged" { reason: String } =>
            ("The vault's key file is damaged ({reason}). Restore it from a backup: the key file beside any backup made since the last re-key works."),
        KeysNotThisVault = "keys_not_this_vault" {} =>
            ("The key file beside the vault does not open it: it belongs to another vault or an older copy. Put back the key file that came with this vault (a backup's key file sits beside it)."),
        RecoveryCodeLength = "recovery_code_length" { found: usize, expected: usize } =>
            ("has {found} characters where a recovery code has {expected} (without the hyphens): check that you typed all of it"),
        RecoveryCodeCharacter = "recovery_code_character" { character: String } =>
            ("'{character}' is not in a recovery code: it has only the digits 0–9 and letters A–Z without I, L, O and U"),
        RecoveryCodeTypo = "recovery_code_typo" { group: usize } =>
            ("group {group} does not check out: a character in it is mistyped. Compare group {group} with the printed kit"),
        RecoveryCodeWrong = "recovery_code_wrong" {} =>
            ("This recovery code does not open the vault: it is from an older kit (printing a new kit makes the old one stop working) or from another vault."),
        NoRecoveryKit = "no_recovery_kit" {} =>
            ("This vault has no recovery kit yet: an owner can print one (Settings → Operators, or `custos vault recovery-kit`)."),
        VaultInUse = "vault_in_use" {} =>
            ("The vault is open in another window or command. Close it there and try again: re-keying needs the vault to itself."),

        // Several seats, one contact book (docs/TEAM.md).
        NotInTeam = "not_in_team" {} =>
            ("This vault is not in a team yet: an owner makes one with `custos team init --folder DIR` (Settings → Team)."),
        AlreadyInTeam = "already_in_team" {} =>
            ("This vault is already in a team: it shares its contact book through the team's folder."),
        TeamProblemUnknown = "team_problem_unknown" { id: i64 } =>
            ("There is no open team problem number {}: it was dismissed already, or the list is out of date. Open Settings → Team again.", id),
        ChangeFileDamaged = "change_file_damaged" { file: PathBuf } =>
            ("The change file {} does not pass its check: it was changed or cut short on its way. Nothing of it was applied, and that seat's later files wait for it. Let the folder finish syncing; if it stays so, ask that seat to send its changes again.", file.display()),
        ChangeFileForeign = "change_file_foreign" { file: PathBuf } =>
            ("The change file {} belongs to another team, or was moved from the place its seat wrote it to. Nothing of it was applied. Remove it from the shared folder.", file.display()),
        SeatName = "seat_name" { max: usize } =>
            ("give the seat a name people recognise (e.g. Office PC), with a letter or digit and at most {max} characters"),
        InvitationCodeLength = "invitation_code_length" { found: usize, expected: usize } =>
            ("has {found} characters where an invitation code has {expected} (without the hyphens): check that you typed all of it"),
        InvitationCodeCharacter = "invitation_code_character" { character: String } =>
            ("'{character}' is not in an invitation code: it has only the digits 0–9 and letters A–Z without I, L, O and U"),
        InvitationCodeTypo = "invitation_code_typo" { group: usize } =>
            ("group {group} does not check out: a character in it is mistyped. Compare group {group} with the code the owner gave you"),
        InvitationUnknown = "invitation_unknown" { folder: PathBuf } =>
            ("There is no invitation for this code in {}: check that this is the team's shared folder and that it has finished syncing, or ask the owner for a new invitation.", folder.display()),
        InvitationUsed = "invitation_used" {} =>
            ("This invitation has been used already: an invitation makes one seat only. Ask the owner for a new one."),
        InvitationExpired = "invitation_expired" { expires: DateTime<Utc> } =>
            ("This invitation expired at {expires}. Ask the owner for a new one."),
        TeamSeatRemoved = "team_seat_removed" {} =>
            ("This seat was removed from the team: it cannot read what the team writes now, and the other seats no longer apply its changes. Its contact book stays as it was. To take part again, ask an owner for a new invitation and join as a new seat."),
        TeamSeatUnknown = "team_seat_unknown" { seat: String } =>
            ("There is no seat '{seat}' in the team (or it was removed already): use a seat's id or name as `custos team status` shows it."),
        TeamSeatSelf = "team_seat_self" {} =>
            ("A seat cannot remove itself: remove it from another seat of the team, as an owner."),
        TeamSeatNoKey = "team_seat_no_key" { seat: String } =>
            ("The seat {seat} has not published its key yet (it was made before this version of Custos): let it sync once, sync here, then remove the seat again."),
        TeamKeyFileDamaged = "team_key_file_damaged" { file: PathBuf } =>
            ("The team key file {} does not pass its check: it was changed, cut short or not made by a seat of the team. Nothing was sent or applied. Let the folder finish syncing; if it stays so, ask the owner who removed a seat to check the shared folder.", file.display()),
        TeamKeyMissing = "team_key_missing" { file: PathBuf } =>
            ("The file {} is sealed with a newer team key than this seat has: the key file (in the folder's keys/) has not arrived yet. Let the folder finish syncing.", file.display()),
        InvitationDamaged = "invitation_damaged" { file: PathBuf } =>
            ("The invitation file {} does not pass its check: it was changed or cut short on its way. Let the folder finish syncing, or ask the owner for a new invitation.", file.display()),

        // The company profile.
        ControllerNameMissing = "controller_name_missing" {} => ("give the firm's legal name"),
        CountryCode = "country_code" {} => ("use the two-letter country code, e.g. PL or DE"),
        AlreadyClosureDay = "already_closure_day" { day: NaiveDate } => ("{day} is already a closure day."),

        // Purposes.
        NotALegalBasis = "not_a_legal_basis" { text: String } =>
            ("'{text}' is not a legal basis: use a–f, or consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests"),
        PurposeNameMissing = "purpose_name_missing" {} => ("a purpose needs a name, with at least one letter or digit"),
        PurposeDescriptionMissing = "purpose_description_missing" {} => ("say what the data is used for"),
        LegitimateInterestMissing = "legitimate_interest_missing" {} => ("Art. 6(1)(f) needs the legitimate interest stated"),
        ConsentWordingMissing = "consent_wording_missing" {} =>
            ("a consent purpose needs the exact wording people are shown"),
        ConsequenceMissing = "consequence_missing" {} => ("say what happens if the person does not provide the data"),
        RecipientNameMissing = "recipient_name_missing" {} => ("a recipient needs a name"),
        RecipientCountry = "recipient_country" { recipient: String } =>
            ("{recipient}: give the country as a two-letter code such as PL or US"),
        RecipientOutsideEea = "recipient_outside_eea" { recipient: String, country: String } =>
            ("{recipient} is in {country}, outside the EU/EEA: name the safeguard (adequacy, standard contractual clauses, other)"),
        SafeguardDetailMissing = "safeguard_detail_missing" { recipient: String } =>
            ("{recipient}: describe the 'other' safeguard"),
        PurposeExists = "purpose_exists" { name: String } => ("A purpose named '{name}' already exists: edit it instead."),
        PurposeNameTaken = "purpose_name_taken" { name: String } => ("Another purpose is already named '{name}'."),

        // Consents and objections.
        NotAConsentPurpose = "not_a_consent_purpose" { purpose: String, basis: LegalBasis } =>
            ("'{purpose}' relies on {}, not consent: there is no consent to record.", basis.describe()),
        EventInFuture = "event_in_future" {} => ("the event cannot be in the future"),
        EventsOutOfOrder = "events_out_of_order" { last: DateTime<Utc> } =>
            ("the last event for this consent was at {last}: record events in order"),
        ConsentCannotChange = "consent_cannot_change" { name: String, purpose: String, event: ConsentEventKind, state: ConsentState } =>
            ("{name} has no consent for '{purpose}' that can be {event} (it is {}).", crate::consents::describe_state(*state)),
        NoConsentWording = "no_consent_wording" { purpose: String } => ("'{purpose}' has no consent wording: add one first."),
        NoWordingVersion = "no_wording_version" { purpose: String, version: i64 } =>
            ("'{purpose}' has no wording version {version}"),
        AlreadyObjected = "already_objected" { name: String, purpose: String, date: NaiveDate } =>
            ("{name} already objected to '{purpose}' on {date}."),
        ObjectionInFuture = "objection_in_future" {} => ("the objection cannot be in the future"),

        // Retention.
        PeriodOutOfRange = "period_out_of_range" { min: u32, max: u32, unit: crate::retention::PeriodUnit } =>
            ("use {min} to {max} {unit}"),
        NotAPeriod = "not_a_period" { text: String } =>
            ("'{text}' is not a period: write e.g. 60 days, 12 months or 5 years"),
        KeptReasonMissing = "kept_reason_missing" {} => ("say why the contact is kept (it goes into the audit)"),
        ReviewDateNotAfterToday = "review_date_not_after_today" {} => ("the review date must be after today"),

        // Data-subject requests.
        RequesterMissing = "requester_missing" {} =>
            ("say who asked: pick the contact, or give the requester's name as they gave it"),
        IdentityMethodMissing = "identity_method_missing" {} => ("say how identity was checked, e.g. \"ID card shown\""),
        ExtensionReasonMissing = "extension_reason_missing" {} =>
            ("say why the request needs more time (it is complex, or there are many): the person is told the reasons"),
        ActionDescriptionMissing = "action_description_missing" {} =>
            ("say what was done, e.g. \"sent the access report\""),
        RefusalReasonMissing = "refusal_reason_missing" {} =>
            ("say why the request is refused: the person must be told, with their right to complain and to go to court"),
        DayInFuture = "day_in_future" { day: NaiveDate, today: NaiveDate } => ("{day} is in the future (today is {today})"),
        DayBeforeReceipt = "day_before_receipt" { day: NaiveDate, received: NaiveDate } =>
            ("{day} is before the request was received ({received})"),
        RequestClosed = "request_closed" { id: i64, status: RequestStatus, date: String } =>
            ("Request #{id} was closed as {status} on {date}: a closed request is final. Log a new request if the person asks again."),
        IdentityNotConfirmed = "identity_not_confirmed" { id: i64, result: IdentityResult, date: NaiveDate } =>
            ("The requester's identity is not confirmed (check {result} on {date}). Record a verified identity check \
              before acting on request #{id}, or refuse it."),
        RequestAlreadyMatched = "request_already_matched" { id: i64, contact: i64 } =>
            ("Request #{id} is already matched to contact {contact}: it cannot move to another person."),
        RequestAlreadyExtended = "request_already_extended" { id: i64, date: NaiveDate, due: NaiveDate } =>
            ("Request #{id} was already extended on {date} (now due {due}): the GDPR allows one extension, by two further months."),
        ExtensionNotNotified = "extension_not_notified" { id: i64, by: NaiveDate } =>
            ("Request #{id} can be extended only if the person is told, with the reasons, within the first month \
              (by {by}). Tell them first, then give the date they were told."),
        ExtensionNotifiedLate = "extension_notified_late" { id: i64, date: NaiveDate, ended: NaiveDate } =>
            ("Request #{id} cannot be extended: the person was told on {date}, after the first month ended \
              on {ended}. An extension must be notified within the first month (Art. 12(3)); answer the request now."),
        RequestNotMatched = "request_not_matched" { id: i64 } =>
            ("Request #{id} is not matched to a contact yet. Match it to the requester's card first; if \
              nothing is held about them, close it as \"no data held\"."),
        EntryIsBookkeeping = "entry_is_bookkeeping" { entry: i64, action: String } =>
            ("Audit entry #{entry} ({action}) is the register's own bookkeeping, not an action taken for the \
              request. Point at the entry of what was done (e.g. contact.erased)."),
        EntryAboutOtherContact = "entry_about_other_contact" { entry: i64, action: String, target: String, contact: i64 } =>
            ("Audit entry #{entry} ({action}) is about {target}, not about contact {contact}."),
        EntryAboutOtherRequest = "entry_about_other_request" { entry: i64, action: String, target: String } =>
            ("Audit entry #{entry} ({action}) is about {target}, not about this request (it is not matched to a contact yet: match it first)."),
        EntryBeforeRequest = "entry_before_request" { entry: i64, action: String, date: NaiveDate, received: NaiveDate } =>
            ("Audit entry #{entry} ({action}) was written on {date}, before the request arrived on {received}: it cannot be \
              what was done for it."),
        EntryAlreadyRecorded = "entry_already_recorded" { entry: i64, id: i64 } =>
            ("Audit entry #{entry} is already recorded for request #{id}."),
        CloseWithoutAction = "close_without_action" { id: i64 } =>
            ("Request #{id} cannot be closed as done: no action is recorded. Record what was done, with the \
              audit entry that proves it (e.g. the erasure or the report generated), then close it."),
        CloseUnmatchedWithoutAction = "close_unmatched_without_action" { id: i64 } =>
            ("Request #{id} cannot be closed as done: no action is recorded. Record what was done, with the \
              audit entry that proves it (e.g. the erasure or the report generated), then close it. If the requester \
              is no contact of yours and a search found no data about them, close it as \"no personal data held\" instead."),
        NoDataButMatched = "no_data_but_matched" { id: i64, contact: i64 } =>
            ("Request #{id} is matched to contact {contact}, so personal data about the requester is held: it \
              cannot be closed as \"no personal data held\". Answer it on the contact's card, record what was \
              done with the audit entry that proves it, then close it as done."),
        NoDataButActions = "no_data_but_actions" { id: i64, count: usize } =>
            ("Request #{id} has {count} recorded action(s): close it as done, not as \"no personal data held\"."),

        // Address books: files, mappings, imports, exports.
        NotAFormat = "not_a_format" { text: String } => ("'{text}' is not a format; use csv, google, outlook or vcard"),
        NotAField = "not_a_field" { text: String, fields: &'static str } => ("'{text}' is not a field; use one of {fields}"),
        MappingNameMissing = "mapping_name_missing" {} =>
            ("give the mapping a name to find it by, e.g. \"Office spreadsheet\""),
        NoSuchMapping = "no_such_mapping" { name: String } => ("no mapping is saved as '{name}'"),
        NoCardWithTag = "no_card_with_tag" { tag: String } => ("no card has the tag '{tag}': nothing to export"),
        NothingToExport = "nothing_to_export" {} => ("no active contact matches: nothing to export"),
        ImportCancelled = "import_cancelled" {} => ("The import was cancelled: nothing was imported."),
        /// `lines`: the first few rows, each its line and why (for a front end: [`crate::Error::items`]);
        /// `more`: how many more there are.
        ProblemRows = "problem_rows" { count: usize, lines: RowLines, more: usize } =>
            ("{}: {lines}{}. Agree to skip {}, or correct the file and import it again. Nothing was imported.",
             rows(*count).0, listed_more(*more), rows(*count).1),
        ImportAlreadyUndone = "import_already_undone" { import: i64, date: DateTime<Utc> } =>
            ("Import #{import} was already undone on {}: there is nothing left of it to remove.", date.format("%Y-%m-%d %H:%M")),
        ImportKeptData = "import_kept_data" { import: i64, count: usize, kept: String } =>
            ("Import #{import} cannot be undone: {} since gained data the firm recorded: {kept}. Undoing it would \
              delete that too, so the import stays (erase single cards that should go instead). Nothing was changed.",
             cards_it_created(*count)),
        ImportFrozenCards = "import_frozen_cards" { import: i64, names: String, more: usize } =>
            ("Import #{import} cannot be undone now: it added data to cards that have since been restricted (frozen): \
              {names}{}. Their data may not change; lift the restrictions first, or keep the import. Nothing was changed.",
             and_more(*more)),

        // Website chat CSV: the mapping.
        WebChatMappingNoTime = "web_chat_mapping_no_time" {} =>
            ("choose the column that holds when each message was sent (or one for the date and one for the time of day)"),
        WebChatMappingNoText = "web_chat_mapping_no_text" {} => ("choose the column that holds the text of the messages"),
        WebChatMappingNoSender = "web_chat_mapping_no_sender" {} =>
            ("choose the column that says who wrote each message: their name, e-mail address or role (visitor or agent)"),
    }
}

/// A line, column or byte number of a file: text, as it is written ("line 1234"), never grouped
/// like a count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place(pub usize);

impl std::fmt::Display for Place {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl ToParam for Place {
    fn to_param(&self) -> Param {
        Param::Text(self.0.to_string())
    }
}

/// A byte of a file as it is shown: text, "0xFF".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Byte(pub u8);

impl std::fmt::Display for Byte {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "0x{:02X}", self.0)
    }
}

impl ToParam for Byte {
    fn to_param(&self) -> Param {
        Param::Text(self.to_string())
    }
}

/// The English name of month `month` (1–12).
fn month_name(month: u32) -> &'static str {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    month.checked_sub(1).and_then(|m| MONTHS.get(m as usize)).copied().unwrap_or("that month")
}

/// What a CSV file must be, and what to do about it, around a byte that is not text.
const CSV_EXPECTED: &str = "expected text in UTF-8, UTF-16, Windows-1250, Windows-1251 or Windows-1252";
const CSV_SAVE_AS: &str = "save the file as UTF-8 (in Excel: \"CSV UTF-8\")";

crate::reasons! {
    /// Why a file cannot be imported, at a line ([`Error::Import`](crate::Error::Import)): a chat
    /// export, a transcript, an address book. Each variant's text is the English message (after
    /// "Line N: ", before ". Nothing was imported.").
    pub enum ImportWhy {
        // Text encodings (chat exports and address books).
        NotUtf8 = "import_not_utf8" { byte: Byte, at: Place } =>
            ("expected text in UTF-8 (or UTF-16) but found the byte {byte} at byte {at} of the file, \
              which is not UTF-8: save the export as UTF-8 text"),
        LoneSurrogate = "import_lone_surrogate" { encoding: &'static str, unit: String, at: Place } =>
            ("expected text in {encoding} but found the lone surrogate {unit} at byte {at} of the file: \
              save the export as UTF-8 or UTF-16 text"),
        EndsInCharacter = "import_ends_in_character" { encoding: &'static str } =>
            ("expected text in {encoding} but the file ends in the middle of a character"),

        // Times of a chat's messages.
        TimeOutOfRange = "import_time_out_of_range" { utc: String, earliest: Year, latest: Year } =>
            ("the time {utc} UTC is outside the years {earliest}–{latest} that Custos stores: check the date and the time zone"),
        TimeOffsetTooLarge = "import_time_offset_too_large" { offset: String, hours: u32 } =>
            ("the UTC offset {offset} is not a real time zone (use one between -{hours}:00 and +{hours}:00)"),
        NotATime = "import_not_a_time" { text: String } =>
            ("\"{text}\" is not a time (write it as 2026-03-01T09:00:00Z or 2026-03-01T10:00:00+01:00)"),

        // WhatsApp exports.
        ChatLineNotAMessage = "chat_line_not_a_message" { found: String } =>
            ("expected a message starting with a date such as \"31/12/2023, 21:41 - \" but found \"{found}\""),
        ChatSenderMissing = "chat_sender_missing" { found: String } =>
            ("expected the sender's name before \": \" but found none in \"{found}\""),
        ChatMessageEmpty = "chat_message_empty" { author: String } =>
            ("expected the text of {author}'s message but found nothing after the name"),
        ChatNoMessages = "chat_no_messages" {} => ("no messages found: expected WhatsApp's 'Export chat' text"),
        ChatNotATime = "chat_not_a_time" { time: String } =>
            ("expected a time such as \"21:41\" but found \"{time}\", which is not a real time"),
        ChatDatesDayFirst = "chat_dates_day_first" { evidence_line: Place, evidence: String, date: String } =>
            ("expected dates with the day first, as on line {evidence_line} (\"{evidence}\"), but found \"{date}\", \
              which puts the month first"),
        ChatDatesMonthFirst = "chat_dates_month_first" { evidence_line: Place, evidence: String, date: String } =>
            ("expected dates with the month first, as on line {evidence_line} (\"{evidence}\"), but found \"{date}\", \
              which puts the day first"),
        ChatDateNoMonth = "chat_date_no_month" { date: String, first: u32, second: u32 } =>
            ("expected a real date but found \"{date}\": neither {first} nor {second} can be a month"),
        ChatDateNoSuchMonth = "chat_date_no_such_month" { date: String, month: u32 } =>
            ("expected a real date but found \"{date}\": there is no month {month}"),
        ChatDateNoSuchDay = "chat_date_no_such_day" { date: String, year: Year, month: u32, day: u32 } =>
            ("expected a real date but found \"{date}\": {} {year} has no day {day}", month_name(*month)),

        // Custos transcripts (JSON).
        TranscriptNoMessages = "transcript_no_messages" {} =>
            ("expected at least one message in \"messages\" but found none"),
        TranscriptEndsBeforeStart = "transcript_ends_before_start" { start: String, end: String } =>
            ("expected \"ended_at\" to be no earlier than \"started_at\" ({start}) but found {end}"),
        TranscriptCutOff = "transcript_cut_off" {} => ("expected the rest of the JSON but the file ends"),
        /// `what` (and `name`, `found_kind`, `expected_kind`): what serde_json found, typed, for a
        /// front end to word; `detail`: the same in serde_json's English, for the command line.
        TranscriptNotReadable = "transcript_not_readable" {
            what: JsonWhat, name: String, found_kind: JsonKind, expected_kind: JsonKind, detail: String, column: Place
        } => ("{detail} (column {column})"),
        TranscriptWrongFormat = "transcript_wrong_format" { found: String, column: Place } =>
            ("expected \"format\": \"custos-transcript\" but found \"{found}\" (column {column})"),
        TranscriptUnsupportedVersion = "transcript_unsupported_version" { found: String, supported: String, column: Place } =>
            ("unsupported version {found}: expected \"version\": {supported} (the versions this Custos reads) (column {column})"),
        TranscriptUnknownChannel = "transcript_unknown_channel" { found: String, choices: String, column: Place } =>
            ("expected a channel ({choices}) but found \"{found}\" (column {column})"),
        TranscriptNotATime = "transcript_not_a_time" { found: String, column: Place } =>
            ("expected an RFC 3339 time with a zone, such as \"2026-03-01T09:00:00Z\", but found \"{found}\" (column {column})"),
        TranscriptTimeOutOfRange = "transcript_time_out_of_range" { found: String, utc: String, earliest: Year, latest: Year, column: Place } =>
            ("expected a time Custos can store, but \"{found}\": {utc} UTC is outside the years {earliest}–{latest} that \
              Custos stores (column {column})"),
        TranscriptTimeOffsetTooLarge = "transcript_time_offset_too_large" { found: String, offset: String, hours: u32, column: Place } =>
            ("expected a time Custos can store, but \"{found}\": the UTC offset {offset} is not a real time zone (use one \
              between -{hours}:00 and +{hours}:00) (column {column})"),
        TranscriptTextEmpty = "transcript_text_empty" { found: String, column: Place } =>
            ("expected the message text but found \"{found}\" (column {column})"),
        /// `kind`: the sender's kind, `staff` or `other`.
        TranscriptSenderNameEmpty = "transcript_sender_name_empty" { kind: &'static str, column: Place } =>
            ("expected the {kind} sender's \"name\" but found an empty one (column {column})"),
        /// `name`: as given, with what is not printable escaped (`\u{7f}`).
        TranscriptSenderNameNoLetter = "transcript_sender_name_no_letter" { kind: &'static str, name: String, column: Place } =>
            ("expected the {kind} sender's \"name\" with a letter or digit but found \"{name}\" (column {column})"),
        TranscriptSenderNameMissing = "transcript_sender_name_missing" { kind: &'static str, column: Place } =>
            ("expected a \"name\" for the {kind} sender but found none (column {column})"),

        // CSV address books.
        CsvNotThePreset = "csv_not_the_preset" { expected: &'static str, found: &'static str } =>
            ("expected the header of {expected} CSV, but this is {found} CSV: choose the format csv to map its columns"),
        CsvOwnLayout = "csv_own_layout" { expected: &'static str } =>
            ("expected the header of {expected} CSV, but this is a CSV file of its own layout: choose the format csv \
              to map its columns"),
        CsvUnknownEncoding = "csv_unknown_encoding" { byte: Byte, at: Place, encoding: &'static str } =>
            ("{CSV_EXPECTED}, but the byte {byte} at byte {at} is not UTF-8 and the file reads like {encoding}, \
              which Custos does not read: {CSV_SAVE_AS}"),
        CsvControlCharacter = "csv_control_character" { byte: Byte, at: Place } =>
            ("{CSV_EXPECTED}, but the byte {byte} at byte {at} is a control character, not text: {CSV_SAVE_AS}"),
        CsvNoLetter = "csv_no_letter" { byte: Byte, at: Place } =>
            ("{CSV_EXPECTED}, but the byte {byte} at byte {at} is no letter in any of them: {CSV_SAVE_AS}"),
        CsvEmpty = "csv_empty" {} =>
            ("the file is empty: expected a header naming the columns (such as \"First Name;Last Name;E-mail\") \
              and a row for each contact"),
        /// `field`: the first field past the header's with text in it, from 1; `nth`: the English
        /// ordinal's ending of `field` as a CLDR category ("one" 1st, "two" 2nd, "few" 3rd, "other").
        CsvTooManyFields = "csv_too_many_fields" { width: usize, header_line: Place, found: usize, field: usize, nth: &'static str } =>
            ("expected at most {width} fields, as the header (line {header_line}) has, but found {found}, the {} \
              with text in it (a field that holds the delimiter needs quotes around it)", ordinal(*field)),
        CsvNoRows = "csv_no_rows" {} =>
            ("the file has a header but no rows: expected a row for each contact after the header"),
        CsvNotText = "csv_not_text" { detail: String } => ("expected CSV text: {detail}"),
        CsvUnclosedQuote = "csv_unclosed_quote" {} =>
            ("a field opens with a quote (\") here that is never closed: expected a closing \" before the end of \
              the file (a quote inside a quoted field is written twice: \"\")"),

        // vCard address books.
        VcardUnknownCharset = "vcard_unknown_charset" { charset: String } =>
            ("unknown character set `{charset}` (CHARSET=): expected one such as UTF-8, ISO-8859-2 or Windows-1250"),
        VcardUnknownEncoding = "vcard_unknown_encoding" { property: String, encoding: String } =>
            ("{property} is text, but its value is encoded as `{encoding}`: expected ENCODING=QUOTED-PRINTABLE or \
              8BIT, or none"),
        VcardNotQuotedPrintable = "vcard_not_quoted_printable" {} =>
            ("the value is not quoted-printable (ENCODING=QUOTED-PRINTABLE): expected only printable ASCII \
              characters, spaces and `=XX` escapes"),
        VcardBadEscape = "vcard_bad_escape" {} =>
            ("the value is not quoted-printable (ENCODING=QUOTED-PRINTABLE): expected `=` to be followed by two \
              hexadecimal digits (as in `=C5=81`) or to end the line"),
        VcardNotUtf8 = "vcard_not_utf8" { byte: Byte } =>
            ("expected text in UTF-8 but it is not: the byte {byte} is not UTF-8; save the file as UTF-8, or name \
              the value's character set (CHARSET=)"),
        VcardQuotedNotUtf8 = "vcard_quoted_not_utf8" { byte: Byte } =>
            ("expected text in UTF-8 but its quoted-printable bytes are not: the byte {byte} is not UTF-8; save the \
              file as UTF-8, or name the value's character set (CHARSET=)"),
        VcardNotInCharset = "vcard_not_in_charset" { charset: &'static str, property: String } =>
            ("expected text in {charset} (CHARSET=) but the value of {property} is not"),
        VcardNotFound = "vcard_not_found" { found: String } => ("no vCard found: expected BEGIN:VCARD but found `{found}`"),
        VcardOutsideCard = "vcard_outside_card" { end: Place, found: String } =>
            ("expected BEGIN:VCARD or the end of the file after the vCard that ends on line {end}, but found \
              `{found}`: every property belongs between a BEGIN:VCARD and its END:VCARD"),
        VcardNotAProperty = "vcard_not_a_property" { found: String } =>
            ("expected a vCard property — a name, a colon and a value, such as `FN:Anna Nowak` — but found `{found}`"),
        VcardBeginInCard = "vcard_begin_in_card" { begin: Place } =>
            ("expected END:VCARD to close the vCard that begins on line {begin} before another BEGIN"),
        VcardWrongEnd = "vcard_wrong_end" { begin: Place, found: String } =>
            ("expected END:VCARD to close the vCard that begins on line {begin}, but found `END:{found}`"),
        VcardUnsupportedVersion = "vcard_unsupported_version" { version: String } =>
            ("unsupported vCard version `{version}`: expected 2.1, 3.0 or 4.0"),
        VcardNoEnd = "vcard_no_end" { last: Place } =>
            ("the vCard that begins here has no END:VCARD: expected END:VCARD before the end of the file (line {last})"),
        VcardEmpty = "vcard_empty" {} => ("no vCard found: expected BEGIN:VCARD, but the file is empty"),

        // Chat exports written as JSON: Telegram Desktop ("Export chat history") and Facebook
        // Messenger ("Download your information"). `format` is the program's name.
        ChatExportCutOff = "chat_export_cut_off" { format: &'static str } =>
            ("expected the rest of the {format} export but the file ends"),
        ChatExportNotJson = "chat_export_not_json" { format: &'static str, column: Place } =>
            ("expected the JSON of a {format} export but found text that is not JSON (column {column})"),
        /// `what` (and `name`, `found_kind`, `expected_kind`): what serde_json found, typed, for a
        /// front end to word; `detail`: the same in English ("expected a string but found a
        /// number"), for the command line.
        ChatExportUnexpected = "chat_export_unexpected" {
            format: &'static str, what: JsonWhat, name: String, found_kind: JsonKind, expected_kind: JsonKind,
            detail: String, column: Place
        } => ("{detail}, where a {format} export has something else (column {column})"),
        ChatExportTooLarge = "chat_export_too_large" { format: &'static str, megabytes: usize } =>
            ("the {format} export is larger than {megabytes} MB, more than Custos reads at once: export fewer \
              chats or a shorter period"),
        ChatExportTextTooLong = "chat_export_text_too_long" { format: &'static str, megabytes: usize, column: Place } =>
            ("expected a message text of at most {megabytes} MB, as {format} writes them, but found a longer one \
              (column {column})"),
        TelegramNotAnExport = "telegram_not_an_export" {} =>
            ("expected a Telegram Desktop export (\"Export chat history\" as JSON): a chat with its \"messages\", \
              or a full export (result.json) with its \"chats\", but found neither"),
        TelegramNotATime = "telegram_not_a_time" { found: String, column: Place } =>
            ("expected a message time such as \"1709280000\" (\"date_unixtime\") or \"2024-03-01T09:00:00\" \
              (\"date\") but found \"{found}\" (column {column})"),
        TelegramNoTime = "telegram_no_time" { id: String } =>
            ("expected the time of message {id} (\"date_unixtime\" or \"date\") but found neither"),
        /// `missing`: the field the file lacks (`participants`, `messages` or `thread_path`).
        MessengerNotAnExport = "messenger_not_an_export" { missing: &'static str } =>
            ("expected a Messenger export (a message_1.json from Facebook's \"Download your information\", as \
              JSON) with \"participants\", \"messages\" and \"thread_path\", but found no \"{missing}\""),
        // E-mail (.eml files and mbox mailboxes).
        MailEmpty = "mail_empty" {} => ("the file is empty: expected an e-mail (.eml) or a mailbox (mbox)"),
        /// `found`: the mail's first line, at most 60 characters, controls escaped.
        MailNotAMail = "mail_not_a_mail" { found: String } =>
            ("expected an e-mail — header lines such as \"From: …\", \"Date: …\" or \"Message-ID: …\", then a blank \
              line and the text — but found \"{found}\""),
        MailTooLarge = "mail_too_large" { megabytes: usize, limit: usize } =>
            ("the e-mail that starts here is {megabytes} MB: Custos reads e-mails of at most {limit} MB, attachments \
              included"),
        MboxNoFromLine = "mbox_no_from_line" { found: String } =>
            ("expected a mailbox (mbox) starting with a \"From \" line, as mail programs export it, but found \"{found}\""),
        // Website chat CSV.
        WebChatEmpty = "web_chat_empty" {} =>
            ("the file is empty: expected a header naming the columns (such as \"Time,Sender,Message\") and a row \
              for each message"),
        WebChatNoRows = "web_chat_no_rows" {} =>
            ("the file has a header but no rows: expected a row for each message after the header"),
        WebChatNotATime = "web_chat_not_a_time" { column: String, found: String } =>
            ("column \"{column}\": expected a time such as 2026-03-01 10:00 but found \"{found}\""),
        WebChatNotADate = "web_chat_not_a_date" { column: String, found: String } =>
            ("column \"{column}\": expected a date such as 2026-03-01 but found \"{found}\""),
        WebChatNotAClock = "web_chat_not_a_clock" { column: String, found: String } =>
            ("column \"{column}\": expected a time of day such as 10:00 but found \"{found}\""),
        WebChatNoSuchDate = "web_chat_no_such_date" { column: String, found: String } =>
            ("column \"{column}\": expected a real date but found \"{found}\", which has no such month or day"),
        WebChatDatesDayFirst = "web_chat_dates_day_first" { column: String, evidence_line: Place, evidence: String, found: String } =>
            ("column \"{column}\": expected dates with the day first, as on line {evidence_line} (\"{evidence}\"), \
              but found \"{found}\", which puts the month first"),
        WebChatDatesMonthFirst = "web_chat_dates_month_first" { column: String, evidence_line: Place, evidence: String, found: String } =>
            ("column \"{column}\": expected dates with the month first, as on line {evidence_line} (\"{evidence}\"), \
              but found \"{found}\", which puts the day first"),
        WebChatTextEmpty = "web_chat_text_empty" { column: String } =>
            ("column \"{column}\": expected the text of the message but found nothing"),
        WebChatSenderMissing = "web_chat_sender_missing" { column: String } =>
            ("column \"{column}\": expected who wrote the message (a name, an e-mail address or a role) but found nothing"),
        WebChatNotAnEmail = "web_chat_not_an_email" { column: String, found: String } =>
            ("column \"{column}\": expected an e-mail address but found \"{found}\""),
        WebChatUnknownRole = "web_chat_unknown_role" { column: String, found: String } =>
            ("column \"{column}\": expected a role such as visitor, agent or bot but found \"{found}\""),
        WebChatSameId = "web_chat_same_id" { column: String, id: String, first_line: Place } =>
            ("column \"{column}\": expected a different id for each message but found \"{id}\" again, as on line \
              {first_line} (is this column the message's id?)"),
        WebChatNoMessages = "web_chat_no_messages" { skipped: usize } =>
            ("expected at least one message but found only {skipped} from a bot or the system"),
    }
}

/// The CLDR ordinal category of `n` in English: "one" (1st, 21st), "two" (2nd), "few" (3rd),
/// "other" (4th, 11th–13th).
pub(crate) fn english_ordinal(n: usize) -> &'static str {
    match (n % 10, n % 100) {
        (_, 11..=13) => "other",
        (1, _) => "one",
        (2, _) => "two",
        (3, _) => "few",
        _ => "other",
    }
}

/// "1st", "2nd", "3rd", "4th", "11th", "21st".
pub(crate) fn ordinal(n: usize) -> String {
    let suffix = match english_ordinal(n) {
        "one" => "st",
        "two" => "nd",
        "few" => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

impl ImportWhy {
    /// The reason of a chat message's time that cannot be stored.
    pub fn time(e: crate::ts::TimeError) -> ImportWhy {
        use crate::ts::{EARLIEST_YEAR, LATEST_YEAR, MAX_OFFSET_HOURS, TimeError};
        let hours = MAX_OFFSET_HOURS.unsigned_abs();
        match e {
            TimeError::OutOfRange { utc } => {
                ImportWhy::TimeOutOfRange { utc, earliest: Year(EARLIEST_YEAR), latest: Year(LATEST_YEAR) }
            }
            TimeError::OffsetTooLarge { offset } => ImportWhy::TimeOffsetTooLarge { offset, hours },
            TimeError::NotATime { text } => ImportWhy::NotATime { text },
        }
    }
}

impl Why {
    /// The reason of a time that cannot be stored.
    pub fn time(e: crate::ts::TimeError) -> Why {
        use crate::ts::{EARLIEST_YEAR, LATEST_YEAR, MAX_OFFSET_HOURS, TimeError};
        let hours = MAX_OFFSET_HOURS.unsigned_abs();
        match e {
            TimeError::OutOfRange { utc } => {
                Why::TimeOutOfRange { utc, earliest: Year(EARLIEST_YEAR), latest: Year(LATEST_YEAR) }
            }
            TimeError::OffsetTooLarge { offset } => Why::TimeOffsetTooLarge { offset, hours },
            TimeError::NotATime { text } => Why::NotATime { text },
        }
    }

    /// The reason of a message's time that cannot be stored (message `number`, from 1).
    pub fn message_time(number: usize, e: crate::ts::TimeError) -> Why {
        use crate::ts::{EARLIEST_YEAR, LATEST_YEAR, MAX_OFFSET_HOURS, TimeError};
        let hours = MAX_OFFSET_HOURS.unsigned_abs();
        match e {
            TimeError::OutOfRange { utc } => {
                Why::MessageTimeOutOfRange { number, utc, earliest: Year(EARLIEST_YEAR), latest: Year(LATEST_YEAR) }
            }
            TimeError::OffsetTooLarge { offset } => Why::MessageTimeOffsetTooLarge { number, offset, hours },
            TimeError::NotATime { text } => Why::MessageNotATime { number, text },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_distinct_snake_case_and_texts_are_the_english_messages() {
        let mut codes = Why::CODES.to_vec();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), Why::CODES.len(), "a reason code is used twice");
        assert!(codes.iter().all(|c| c.chars().all(|ch| ch.is_ascii_lowercase() || ch == '_')));
        let why = Why::NotAnEmail { value: "anna".into(), number: 2 };
        assert_eq!(why.to_string(), "'anna' (e-mail address 2) is not an e-mail address (no @)");
        assert_eq!(why.params(), vec![("value", Param::Text("anna".into())), ("number", Param::Number(2))]);
        let day = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        let why = Why::DayInFuture { day, today: day };
        assert_eq!(why.to_string(), "2026-03-01 is in the future (today is 2026-03-01)");
        assert_eq!(why.code(), "day_in_future");
        assert_eq!(Why::NoDataButActions { id: 1234, count: 2 }.params()[0], ("id", Param::Text("1234".into())));
        let time = Why::time(crate::ts::TimeError::NotATime { text: "x".into() });
        assert_eq!(time.to_string(), crate::ts::TimeError::NotATime { text: "x".into() }.to_string());
    }

    #[test]
    fn import_reasons_are_distinct_from_the_others_and_say_what_the_readers_said() {
        let mut codes = [Why::CODES, ImportWhy::CODES].concat();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), Why::CODES.len() + ImportWhy::CODES.len(), "a reason code is used twice");
        let why = ImportWhy::CsvTooManyFields {
            width: 3,
            header_line: Place(1),
            found: 5,
            field: 22,
            nth: english_ordinal(22),
        };
        assert!(why.to_string().contains("but found 5, the 22nd with text"), "{why}");
        assert_eq!(why.params()[4], ("nth", Param::Text("two".into())));
        let got: Vec<&str> = [1, 2, 3, 4, 11, 12, 13, 21, 101, 111, 112].map(english_ordinal).into();
        assert_eq!(got, ["one", "two", "few", "other", "other", "other", "other", "one", "one", "other", "other"]);
        let day = ImportWhy::ChatDateNoSuchDay { date: "30/02/2023".into(), year: Year(2023), month: 2, day: 30 };
        assert_eq!(day.to_string(), "expected a real date but found \"30/02/2023\": February 2023 has no day 30");
        let byte = ImportWhy::VcardNotUtf8 { byte: Byte(0xE9) };
        assert_eq!(byte.params(), vec![("byte", Param::Text("0xE9".into()))]);
        let e = crate::Error::import(7, ImportWhy::CsvEmpty {});
        assert_eq!(e.reason(), Some("csv_empty"));
        assert_eq!(e.params(), vec![("line", Param::Text("7".into()))]);
        assert!(e.to_string().starts_with("Line 7: the file is empty: expected a header"));
        assert!(e.to_string().ends_with(". Nothing was imported."));
    }
}
