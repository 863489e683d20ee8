//! The command line, as clap sees it.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Custos: contacts, transcripts and consents in an encrypted vault on this computer.
///
/// The passphrase is asked for, or read from CUSTOS_PASSPHRASE in scripts.
#[derive(Debug, Parser)]
#[command(name = "custos", version, propagate_version = true)]
pub struct Cli {
    /// The vault file [default: the per-user data directory]
    #[arg(long, global = true, env = "CUSTOS_VAULT", value_name = "PATH")]
    pub vault: Option<PathBuf>,

    /// Print machine-readable JSON (shapes in docs/CLI.md)
    #[arg(long, global = true)]
    pub json: bool,

    /// Who you are: the operator whose passphrase opens the vault [default: the vault's only
    /// operator; for a new vault, or one made before operators, your login name]
    #[arg(long, global = true, env = "CUSTOS_OPERATOR", value_name = "NAME")]
    pub operator: Option<String>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create, re-key, back up, restore or check the vault; recovery kits
    #[command(subcommand)]
    Vault(VaultCmd),
    /// The people who work in the vault, each with their own passphrase and role
    #[command(subcommand)]
    Operator(OperatorCmd),
    /// Several seats (computers) sharing one contact book through a shared folder
    #[command(subcommand)]
    Team(TeamCmd),
    /// Add, edit, list and show contacts
    #[command(subcommand)]
    Contact(ContactCmd),
    /// Record conversations by hand or import chat exports
    #[command(subcommand)]
    Transcript(TranscriptCmd),
    /// The purposes data is processed for, with their legal basis
    #[command(subcommand)]
    Purpose(PurposeCmd),
    /// Record consents and their withdrawal; ask whether a person may be contacted
    #[command(subcommand)]
    Consent(ConsentCmd),
    /// The firm's details as data controller
    #[command(subcommand)]
    Company(CompanyCmd),
    /// Search cards and transcripts (case and diacritics ignored, words match as prefixes)
    Search {
        /// What to look for, e.g. "zolkiewska" or "lodz szkolenie"
        query: String,
        #[arg(long, default_value_t = 20)]
        limit: u32,
    },
    /// The audit log and its verification
    #[command(subcommand)]
    Audit(AuditCmd),
    /// Retention: who is due for clean-up, the rules, and the clean-up itself (only with --yes)
    #[command(subcommand)]
    Retention(RetentionCmd),
    /// Requests from data subjects (access, erasure…): log them, see what is due, close them
    #[command(subcommand)]
    Request(RequestCmd),
    /// Generate the GDPR documents as PDFs: the Art. 30 record, the privacy notice, an access report
    #[command(subcommand)]
    Document(DocumentCmd),
    /// Write the address book (or part of it) to a file
    #[command(subcommand)]
    Export(ExportCmd),
    /// Bring an address book in (CSV, Google, Outlook, vCard); list and undo imports
    #[command(subcommand)]
    Import(ImportCmd),
}

/// Parsed once per run: the size of the largest variant does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
pub enum ImportCmd {
    /// Import contacts from an address-book file. Shows what it would do with --dry-run;
    /// otherwise one transaction: all of it or nothing.
    Contacts {
        /// The file: CSV (any layout, Google Contacts, Outlook) or vCard 2.1/3.0/4.0
        file: PathBuf,
        /// csv, google, outlook or vcard (default: told from the file)
        #[arg(long)]
        format: Option<String>,
        /// The field of a CSV column, by its name: --map "Telefon 2=phone:work". Repeat for
        /// more; the rest are guessed (or come from --mapping). Fields: see `--map help`
        #[arg(long = "map", value_name = "COLUMN=FIELD")]
        map: Vec<String>,
        /// Start from a saved mapping (by name) instead of the guess
        #[arg(long, value_name = "NAME")]
        mapping: Option<String>,
        /// Save the mapping used under this name, for the next file of the same layout
        #[arg(long = "save-mapping", value_name = "NAME")]
        save_mapping: Option<String>,
        /// The status of the new contacts (default lead)
        #[arg(long)]
        status: Option<String>,
        /// A tag for every contact imported
        #[arg(long)]
        tag: Option<String>,
        /// Where the data came from: person, third-party:NAME or public:NAME (e.g.
        /// "third-party:Google Contacts export of 2026-12-02")
        #[arg(long)]
        source: String,
        /// What to do with a contact already in the vault: skip, merge (add what the card
        /// lacks; the default) or new
        #[arg(long = "on-duplicate", value_name = "skip|merge|new")]
        on_duplicate: Option<String>,
        /// Leave out the rows that cannot be imported (no name at all) instead of refusing
        #[arg(long = "skip-problems")]
        skip_problems: bool,
        /// Only show what would be imported
        #[arg(long = "dry-run")]
        dry_run: bool,
    },
    /// Import conversations from e-mail (.eml files, a folder of them, an mbox), a Telegram
    /// Desktop export, Facebook Messenger's message_N.json files or a website chat's CSV,
    /// matched to the cards of the people in them by e-mail address (or, in chats, by whole
    /// name). Shows the people and what would be imported with --dry-run; otherwise one
    /// transaction: all of it or nothing. People no card has are skipped unless you choose
    /// (their messages stay in the others' conversations as a third party's)
    Conversations {
        /// Files or folders (a folder: the mail, JSON and CSV files in it)
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// eml, mbox, telegram, messenger or csv (default: told from each file)
        #[arg(long)]
        format: Option<String>,
        /// The field of a website chat CSV column, by its name: --map "Wiadomość=text". Fields:
        /// time, date, clock, sender, sender_email, role, text, conversation, message_id, ignore
        #[arg(long = "map", value_name = "COLUMN=FIELD")]
        map: Vec<String>,
        /// The time zone of times written without one, e.g. +01:00 [default: this computer's]
        #[arg(long = "utc-offset", allow_hyphen_values = true)]
        utc_offset: Option<String>,
        /// Take a person the vault does not know to be a contact: --attach address:bob@firma.pl=12
        /// (the person's key as --dry-run lists it, then the contact's id). Repeatable
        #[arg(long = "attach", value_name = "KEY=CONTACT")]
        attach: Vec<String>,
        /// Create a lead for a person the vault does not know (by key; "all": everyone unknown).
        /// Repeatable
        #[arg(long = "lead", value_name = "KEY")]
        lead: Vec<String>,
        /// Count a person as the firm's staff (by key). Repeatable
        #[arg(long = "staff", value_name = "KEY")]
        staff: Vec<String>,
        /// Only show the people and what would be imported
        #[arg(long = "dry-run")]
        dry_run: bool,
    },
    /// The imports, newest first, with their ids for `undo`
    List,
    /// Remove what an import added (its contacts, and what it merged into others)
    Undo {
        id: i64,
        #[arg(long)]
        yes: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ExportCmd {
    /// The address book as vCard 4.0 or CSV: active contacts only (restricted and erased ones
    /// are left out); names, organisation, job title, e-mail addresses, phones, postal
    /// addresses, tags and notes. Never replaces a file.
    Contacts {
        /// vcard (address books, phones) or csv (spreadsheets; RFC 4180, UTF-8)
        #[arg(long, value_enum)]
        format: BookFormatArg,
        /// The file to write
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Only the contacts of this status
        #[arg(long)]
        status: Option<String>,
        /// Only the contacts with this tag
        #[arg(long)]
        tag: Option<String>,
    },
}

/// The format of an address-book file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum BookFormatArg {
    Vcard,
    Csv,
}

/// Where the data an Art. 14 privacy notice is about came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SourceKind {
    /// A third party, named with --source-name
    ThirdParty,
    /// A public source (a register, a website), named with --source-name
    Public,
}

#[derive(Debug, Args)]
pub struct DocumentOut {
    /// The document's language: en, pl, de, fr, it, es or bg
    #[arg(long, visible_alias = "language", value_name = "LANG")]
    pub lang: custos_documents::Language,
    /// The file to write (never replaced unless --replace)
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// Replace the file(s) if they already exist
    #[arg(long)]
    pub replace: bool,
}

#[derive(Debug, Subcommand)]
pub enum DocumentCmd {
    /// The record of processing activities (Art. 30(1)) from the company profile and purposes
    Record {
        #[command(flatten)]
        out: DocumentOut,
    },
    /// The privacy notice: Art. 13 (data from the person), or Art. 14 with --source
    Notice {
        #[command(flatten)]
        out: DocumentOut,
        /// Write one HTML page (for a website) instead of a PDF
        #[arg(long)]
        html: bool,
        /// The data comes from elsewhere (Art. 14): third-party or public
        #[arg(long, value_enum, requires = "source_name")]
        source: Option<SourceKind>,
        /// Who or what the data came from, named in the notice
        #[arg(long = "source-name", value_name = "NAME", requires = "source")]
        source_name: Option<String>,
    },
    /// The subject-access report (Art. 15) for a contact; --export also writes the portable ZIP (Art. 20)
    AccessReport {
        /// The contact's id
        contact: i64,
        #[command(flatten)]
        out: DocumentOut,
        /// Also write the export: JSON and CSV files in a ZIP (never replaced unless --replace)
        #[arg(long, value_name = "FILE.zip")]
        export: Option<PathBuf>,
        /// Also redact this person wherever the transcripts name them (repeatable); senders
        /// and other contacts named in full are redacted anyway
        #[arg(long = "redact", value_name = "NAME")]
        redact: Vec<String>,
    },
    /// Answer an access (Art. 15) or portability (Art. 20) request with the contact's access
    /// report and, with --export, the portable ZIP: each recorded as the request's action
    Answer {
        /// The request's number
        #[arg(long)]
        request: i64,
        #[command(flatten)]
        out: DocumentOut,
        /// Also write the export: JSON and CSV files in a ZIP (never replaced unless --replace)
        #[arg(long, value_name = "FILE.zip")]
        export: Option<PathBuf>,
        /// Also redact this person wherever the transcripts name them (repeatable); senders
        /// and other contacts named in full are redacted anyway
        #[arg(long = "redact", value_name = "NAME")]
        redact: Vec<String>,
    },
    /// A letter to the requester about a request (Art. 12): acknowledgement, extension (once
    /// extended), completion (once done) or refusal (once refused)
    Letter {
        /// The request's number
        #[arg(long)]
        request: i64,
        /// acknowledgement, extension, completion or refusal
        #[arg(long)]
        kind: custos_documents::LetterKind,
        #[command(flatten)]
        out: DocumentOut,
    },
}

#[derive(Debug, Subcommand)]
pub enum RequestCmd {
    /// Log a request; prints its legal due date
    Open {
        /// access, rectification, erasure, restriction, portability, objection,
        /// automated_decisions or consent_withdrawal
        #[arg(long = "type", value_name = "TYPE")]
        kind: String,
        /// The contact (id), when the requester is known
        #[arg(long)]
        contact: Option<i64>,
        /// The requester's name as they gave it, when not yet matched to a contact
        #[arg(long)]
        name: Option<String>,
        /// How to reach the requester (e-mail, address), as they gave it
        #[arg(long)]
        reach: Option<String>,
        /// The day it arrived [default: today]
        #[arg(long, value_name = "YYYY-MM-DD")]
        received: Option<String>,
        /// email, letter, phone, in_person, web_form or other
        #[arg(long)]
        channel: String,
        /// What they asked, in a few words
        #[arg(long)]
        details: Option<String>,
    },
    /// Requests by due date (earliest first), open ones unless --closed or --all
    List {
        #[arg(long, conflicts_with = "all")]
        closed: bool,
        #[arg(long)]
        all: bool,
        /// Only this contact's requests
        #[arg(long)]
        contact: Option<i64>,
    },
    /// One request: due date, identity check, extension, actions
    Show { id: i64 },
    /// Link a request from a requester not yet known to their contact
    Match {
        id: i64,
        #[arg(long)]
        contact: i64,
    },
    /// Record an identity check: requested (waiting for proof), verified or failed
    Identity {
        id: i64,
        /// How, e.g. "ID card shown at the office"
        #[arg(long)]
        method: String,
        /// requested, verified or failed
        #[arg(long)]
        result: String,
        /// The day of the check [default: today]
        #[arg(long, value_name = "YYYY-MM-DD")]
        on: Option<String>,
    },
    /// Extend by two further months: needs the reason and the day the person was told (within the first month)
    Extend {
        id: i64,
        #[arg(long)]
        reason: String,
        /// The day the person was told of the extension and why
        #[arg(long, value_name = "YYYY-MM-DD")]
        notified: Option<String>,
    },
    /// Record what was done, pointing at the audit entry that proves it (see `custos audit list --contact`)
    Action {
        id: i64,
        /// The audit entry's id, e.g. the contact.erased entry
        #[arg(long, value_name = "ENTRY")]
        audit: i64,
        /// What was done, in a few words
        #[arg(long)]
        description: String,
    },
    /// Close as done (needs a recorded action): shows what would happen, closes only with --yes
    Close {
        id: i64,
        /// What was done, for the record
        #[arg(long)]
        summary: Option<String>,
        /// A requester matched to no contact, about whom a search found nothing: close as
        /// "no personal data held" (no action needed)
        #[arg(long)]
        no_data: bool,
        #[arg(long)]
        yes: bool,
    },
    /// Refuse, with the reason the person is given: shows what would happen, refuses only with --yes
    Refuse {
        id: i64,
        #[arg(long)]
        reason: String,
        #[arg(long)]
        yes: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ClosureDayCmd {
    /// Add a day the firm is closed: request deadlines falling on it move to the next working day
    Add {
        #[arg(value_name = "YYYY-MM-DD")]
        day: String,
        #[arg(long)]
        reason: Option<String>,
    },
    /// Remove a closure day added by mistake
    Remove {
        #[arg(value_name = "YYYY-MM-DD")]
        day: String,
    },
    /// The closure days
    List,
}

#[derive(Debug, Subcommand)]
pub enum RetentionCmd {
    /// Contacts whose retention period is over, most overdue first, with the rule that applied
    List,
    /// The retention rules
    Rules,
    /// Add a rule, or change the period of the one for the same status, action and purpose
    SetRule {
        /// lead, customer, former_customer, supplier_partner or other
        #[arg(long)]
        status: String,
        /// delete_transcripts or erase
        #[arg(long)]
        action: String,
        /// e.g. "60 days", "12 months", "5 years"
        #[arg(long)]
        period: String,
        /// The purpose that needs this period (id or name), e.g. a legal obligation
        #[arg(long)]
        purpose: Option<String>,
    },
    /// Keep a contact despite a warning, with a reason, until a review date
    Keep {
        contact: i64,
        #[arg(long)]
        reason: String,
        /// The review date (YYYY-MM-DD): the warning returns that day
        #[arg(long, value_name = "YYYY-MM-DD")]
        until: String,
    },
    /// Delete a contact's transcripts: shows what would go, and deletes only with --yes
    DeleteTranscripts {
        contact: i64,
        /// What to keep: added to the card's notes before the transcripts go
        #[arg(long)]
        note: Option<String>,
        #[arg(long)]
        yes: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum VaultCmd {
    /// Create a new vault, with you (--operator, or your login name) as its owner (asks for the
    /// passphrase twice)
    Init {
        /// Also print its recovery kit to this PDF file (see `vault recovery-kit`)
        #[arg(long, value_name = "FILE")]
        recovery_kit: Option<PathBuf>,
        /// The recovery kit's language: en, pl, de, fr, it, es or bg
        #[arg(long, visible_alias = "language", value_name = "LANG", default_value = "en")]
        lang: custos_documents::Language,
    },
    /// Change your passphrase (new one from CUSTOS_NEW_PASSPHRASE or asked twice)
    Passphrase,
    /// Print a new recovery kit (a one-page PDF with the recovery code); the old kit stops
    /// working. Owner only
    RecoveryKit {
        /// The kit's language: en, pl, de, fr, it, es or bg
        #[arg(long, visible_alias = "language", value_name = "LANG")]
        lang: custos_documents::Language,
        /// Where to write the PDF (refused if it exists)
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Forgot your passphrase? Open the vault with the recovery code of its kit
    /// (CUSTOS_RECOVERY_CODE or asked) and set a new passphrase (CUSTOS_NEW_PASSPHRASE or
    /// asked twice). For an owner, named with --operator when the vault has several operators
    Recover,
    /// Re-encrypt the vault under a new data key, for a passphrase or kit that may have been
    /// seen; every operator keeps their passphrase. Owner only
    Rekey,
    /// Show the vault's raw data key and how to open the file in the `sqlcipher` shell,
    /// without Custos (asks for your passphrase again). Owner only; audited
    RevealKey,
    /// Copy the open vault to FILE (with its key file beside it); with --auto, into the
    /// backup folder when the newest backup is a day old, then rotate (for cron or a timer)
    Backup {
        /// Where to write the copy (not with --auto)
        #[arg(required_unless_present = "auto", conflicts_with = "auto")]
        file: Option<PathBuf>,
        /// Apply the automatic-backup policy: back up if due, keep 7 daily, 4 weekly, 12 monthly
        #[arg(long)]
        auto: bool,
    },
    /// List the vault's backups in its backup folder, newest first
    Backups,
    /// Replace the vault with the contents of a backup, after checking it
    Restore {
        file: PathBuf,
        /// Confirm that the current vault's contents are replaced
        #[arg(long)]
        replace: bool,
    },
    /// Read every page and check the vault's integrity
    Check,
    /// Show where the vault is
    Path,
}

#[derive(Debug, Subcommand)]
pub enum OperatorCmd {
    /// The vault's operators and their roles
    List,
    /// Add an operator with a first passphrase (CUSTOS_NEW_PASSPHRASE or asked twice), which
    /// they must change at their first unlock. Owner only
    Add {
        name: String,
        /// owner, clerk or read-only
        #[arg(long, default_value = "clerk")]
        role: String,
    },
    /// Change an operator's role (owner, clerk or read-only). Owner only
    Role { name: String, role: String },
    /// Remove an operator: their passphrase stops opening the vault (it is re-keyed). Owner only
    Remove {
        name: String,
        /// Confirm; without it nothing is done
        #[arg(long)]
        yes: bool,
    },
    /// Change your own passphrase, or, with a NAME, give that operator a new first passphrase
    /// (owner only); the new one from CUSTOS_NEW_PASSPHRASE or asked twice
    Passphrase { name: Option<String> },
}

#[derive(Debug, Subcommand)]
pub enum TeamCmd {
    /// Make a team of this vault, sharing through DIR (a Syncthing folder or a NAS share); this
    /// vault becomes its first seat. Owner only
    Init {
        #[arg(long, value_name = "DIR")]
        folder: PathBuf,
        /// The seat's name for people, e.g. "Office PC" [default: the computer's name]
        #[arg(long)]
        name: Option<String>,
    },
    /// Invite operator NAME to a new seat: prints a one-time code, valid for 24 hours. Owner only
    Invite {
        /// The operator who will work at the new seat (add them first with `operator add`)
        name: String,
    },
    /// Make this computer's vault (--vault) a new seat, with the code an owner gave you; the
    /// passphrase from CUSTOS_PASSPHRASE or asked twice
    Join {
        code: String,
        /// The team's shared folder as this computer sees it
        #[arg(long, value_name = "DIR")]
        folder: PathBuf,
        /// The seat's name for people, e.g. "Office PC" [default: the computer's name]
        #[arg(long)]
        name: Option<String>,
    },
    /// Send this seat's changes to the shared folder, apply the other seats', acknowledge them,
    /// and delete this seat's files every seat has applied that held a person erased since
    Sync,
    /// Where the team stands: each seat's lag and last sign of life, this seat's changes waiting,
    /// erasures not yet applied everywhere, changes kept aside for a person
    Status,
    /// Clear change ID from the changes kept aside, once you have looked at it (owner only)
    Dismiss { id: i64 },
    /// Remove seat SEAT (its id or its name, as `team status` shows it) from the team: the team
    /// key is replaced, so it reads nothing written from now on, and its later changes are
    /// applied nowhere. Owner only
    Remove {
        seat: String,
        /// Confirm; without it nothing is done
        #[arg(long)]
        yes: bool,
    },
}

#[derive(Debug, Args)]
pub struct ContactFields {
    #[arg(long = "given-name")]
    pub given_name: Option<String>,
    #[arg(long = "family-name")]
    pub family_name: Option<String>,
    /// An e-mail address, as [LABEL:]ADDRESS (label: work, home, mobile or other); repeat for
    /// more, the first is the primary one. On edit, replaces the card's addresses.
    #[arg(long)]
    pub email: Vec<String>,
    /// A phone number, as [LABEL:]NUMBER; repeat for more, the first is the primary one
    #[arg(long)]
    pub phone: Vec<String>,
    #[arg(long)]
    pub organisation: Option<String>,
    #[arg(long = "job-title")]
    pub job_title: Option<String>,
    /// A postal address, as [LABEL:]ADDRESS; repeat for more, the first is the primary one
    #[arg(long)]
    pub address: Vec<String>,
    /// A tag ("Trade fair 2026"); repeat for more. On edit, replaces the card's tags
    #[arg(long)]
    pub tag: Vec<String>,
    /// A tax, national or customer id number
    #[arg(long = "id-number")]
    pub id_number: Option<String>,
    #[arg(long)]
    pub notes: Option<String>,
    /// lead, customer, former-customer, supplier-partner or other
    #[arg(long)]
    pub status: Option<String>,
    /// Where the data came from: person, third-party:NAME or public:NAME
    #[arg(long)]
    pub source: Option<String>,
    /// Fields to mask, comma-separated (e.g. id_number,phone)
    #[arg(long, value_delimiter = ',')]
    pub sensitive: Option<Vec<String>>,
}

#[derive(Debug, Subcommand)]
pub enum ContactCmd {
    /// Add a contact: only the name is required
    Add {
        name: String,
        #[command(flatten)]
        fields: ContactFields,
    },
    /// Change a contact's fields
    Edit {
        id: i64,
        /// A new display name
        #[arg(long)]
        name: Option<String>,
        #[command(flatten)]
        fields: ContactFields,
        /// Empty a field (repeatable), e.g. --clear phone
        #[arg(long, value_name = "FIELD")]
        clear: Vec<String>,
    },
    /// List contacts by name (restricted and erased contacts are left out)
    List {
        #[arg(long)]
        status: Option<String>,
        /// Only the contacts with this tag
        #[arg(long)]
        tag: Option<String>,
        /// List only the restricted (frozen) contacts
        #[arg(long)]
        restricted: bool,
        #[arg(long, default_value_t = 50)]
        limit: u32,
        #[arg(long, default_value_t = 0)]
        offset: u32,
    },
    /// Show one contact's card and conversations
    Show {
        id: i64,
        /// Show sensitive fields unmasked (recorded in the audit log)
        #[arg(long)]
        reveal: bool,
    },
    /// Pairs of contacts that may be one person: the same e-mail address, phone number, or
    /// name at the same organisation
    Duplicates,
    /// Merge OTHER into KEEP: KEEP takes OTHER's e-mail addresses, phones, addresses, tags,
    /// empty fields, conversations, consents, objections and requests; OTHER is removed
    Merge {
        keep: i64,
        other: i64,
        /// Merge without asking
        #[arg(long)]
        yes: bool,
    },
    /// Give a contact tags
    Tag {
        id: i64,
        #[arg(required = true)]
        tags: Vec<String>,
    },
    /// Take tags off a contact
    Untag {
        id: i64,
        #[arg(required = true)]
        tags: Vec<String>,
    },
    /// Restrict (freeze) a contact, GDPR Art. 18: kept, readable, but not changed or contacted
    Restrict {
        id: i64,
        /// Why, e.g. "accuracy contested, letter of 2026-03-01" (kept in the audit log)
        #[arg(long)]
        reason: String,
    },
    /// Lift a contact's restriction: processing may resume
    Unrestrict {
        id: i64,
        /// Why the restriction ends (kept in the audit log)
        #[arg(long)]
        reason: String,
    },
    /// Erase a contact's identifying data for good, GDPR Art. 17 (cannot be undone)
    Erase {
        id: i64,
        /// Do not ask for confirmation (for scripts)
        #[arg(long, short = 'y')]
        yes: bool,
    },
    /// The rectification history: who changed which fields when, with the previous values
    History { id: i64 },
}

#[derive(Debug, Subcommand)]
pub enum TranscriptCmd {
    /// Record a conversation by hand
    Add {
        contact: i64,
        /// chat, email, phone, meeting or other
        #[arg(long, default_value = "other")]
        channel: String,
        /// When it happened [default: now]; e.g. 2026-03-01T10:00 (local) or 2026-03-01T09:00:00Z
        #[arg(long)]
        at: Option<String>,
        /// When it ended
        #[arg(long)]
        ended: Option<String>,
        /// A reference elsewhere (ticket, e-mail id)
        #[arg(long = "ref")]
        external_ref: Option<String>,
        /// A message, repeatable: "contact: text", "staff=Ola: text" or "other=Jan Kowalski: text"
        #[arg(long = "message", short = 'm', required = true)]
        messages: Vec<String>,
    },
    /// Import a chat or e-mails on a contact's card: WhatsApp's "Export chat" .txt, a Custos
    /// JSON transcript, or any format of `custos import conversations` (the one person the
    /// vault does not know who wrote in it is taken to be this contact)
    Import {
        contact: i64,
        file: PathBuf,
        /// whatsapp, json, eml, mbox, telegram, messenger or csv (default: told from the file)
        #[arg(long)]
        format: Option<String>,
        /// The sender name in the chat that is the contact [default: the one named like the card]
        #[arg(long = "contact-sender")]
        contact_sender: Option<String>,
        /// A sender name that is the firm's staff (repeatable)
        #[arg(long = "staff")]
        staff: Vec<String>,
        /// The phone's time zone for WhatsApp times, e.g. +01:00 or -05:00 [default: this computer's]
        #[arg(long = "utc-offset", allow_hyphen_values = true)]
        utc_offset: Option<String>,
    },
    /// A contact's conversations
    List { contact: i64 },
    /// One conversation with its messages
    Show { id: i64 },
}

#[derive(Debug, Subcommand)]
pub enum PurposeCmd {
    /// Add a purpose to the catalogue
    Add(PurposeArgs),
    /// Replace a purpose's definition (a changed consent wording becomes a new version)
    Edit {
        /// Id or exact name
        purpose: String,
        #[command(flatten)]
        args: PurposeArgs,
    },
    /// The catalogue
    List,
    /// One purpose with its recipients and consent wording versions
    Show {
        /// Id or exact name
        purpose: String,
    },
    /// Who may be contacted for a purpose now; --csv writes all of them to a file
    Audience {
        /// Id or exact name
        purpose: String,
        #[arg(long, default_value_t = 50, conflicts_with = "csv")]
        limit: u32,
        #[arg(long, default_value_t = 0, conflicts_with = "csv")]
        offset: u32,
        /// Write everyone to this new CSV file (not encrypted; the export is audited)
        #[arg(long, value_name = "FILE")]
        csv: Option<PathBuf>,
    },
}

#[derive(Debug, Args)]
pub struct PurposeArgs {
    #[arg(long)]
    pub name: String,
    #[arg(long)]
    pub description: String,
    /// Art. 6(1) basis: a–f or consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests
    #[arg(long)]
    pub basis: String,
    /// The legitimate interest (required for basis f)
    #[arg(long)]
    pub interest: Option<String>,
    /// A category of data subjects, whom the data is about, e.g. "customers" (repeatable)
    #[arg(long = "subject")]
    pub subjects: Vec<String>,
    /// A category of data used (repeatable)
    #[arg(long = "category")]
    pub categories: Vec<String>,
    /// A recipient, repeatable: "NAME;ROLE;COUNTRY;SAFEGUARD[;DETAIL]", e.g. "MailerCo;processor;US;standard-contractual-clauses"
    #[arg(long = "recipient")]
    pub recipients: Vec<String>,
    /// How long data is kept, or the criteria
    #[arg(long)]
    pub retention: Option<String>,
    /// Whether the data is required: statutory or contractual (default: voluntary)
    #[arg(long)]
    pub required: Option<String>,
    /// What happens if a required piece of data is not provided
    #[arg(long)]
    pub consequence: Option<String>,
    /// Automated decisions or profiling, with the logic explained
    #[arg(long)]
    pub automated: Option<String>,
    /// Consent counts only once confirmed (double opt-in)
    #[arg(long = "double-opt-in")]
    pub double_opt_in: bool,
    /// The exact consent wording shown to people (basis a)
    #[arg(long)]
    pub wording: Option<String>,
    /// Read the consent wording from a file
    #[arg(long = "wording-file", conflicts_with = "wording")]
    pub wording_file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ConsentArgs {
    pub contact: i64,
    /// Purpose id or exact name
    pub purpose: String,
    /// web-form, email, phone, in-person, chat or paper
    #[arg(long)]
    pub method: String,
    /// Evidence: form id, e-mail message id, scan reference
    #[arg(long)]
    pub evidence: Option<String>,
    /// When it happened [default: now]
    #[arg(long)]
    pub at: Option<String>,
    /// The consent wording version shown [default: the current one]
    #[arg(long = "wording-version")]
    pub wording_version: Option<i64>,
}

#[derive(Debug, Subcommand)]
pub enum ConsentCmd {
    /// Record that a person gave consent
    Give(ConsentArgs),
    /// Record the double opt-in confirmation
    Confirm(ConsentArgs),
    /// Record a withdrawal (effective at once)
    Withdraw(ConsentArgs),
    /// Record that a consent lapsed
    Expire(ConsentArgs),
    /// Record an objection (GDPR Art. 21): the purpose may no longer be used for the person
    Object(ConsentArgs),
    /// A contact's consent history
    History {
        contact: i64,
        /// Only this purpose (id or name)
        #[arg(long)]
        purpose: Option<String>,
    },
    /// May this person be contacted for this purpose?
    Check {
        contact: i64,
        /// Purpose id or exact name
        purpose: String,
    },
}

// Parsed once per run: the size of the biggest variant does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
pub enum CompanyCmd {
    /// Set fields of the company profile (others are kept)
    Set {
        /// The controller's legal name
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        address: Option<String>,
        #[arg(long)]
        email: Option<String>,
        #[arg(long)]
        phone: Option<String>,
        /// Two-letter country code
        #[arg(long)]
        country: Option<String>,
        #[arg(long = "dpo-name")]
        dpo_name: Option<String>,
        #[arg(long = "dpo-contact")]
        dpo_contact: Option<String>,
        /// The supervisory authority people may complain to
        #[arg(long = "authority-name")]
        authority_name: Option<String>,
        #[arg(long = "authority-contact")]
        authority_contact: Option<String>,
    },
    /// Show the company profile
    Show,
    /// The public holidays of the company's country in a year, and the firm's closure days
    Holidays {
        /// [default: this year]
        #[arg(long)]
        year: Option<i32>,
    },
    /// Days the firm is closed besides weekends and public holidays
    #[command(subcommand, name = "closure-day")]
    ClosureDay(ClosureDayCmd),
    /// The firm's own e-mail addresses: a mail from one of them is the staff's when importing
    /// conversations. Without arguments: shows them (none set: the profile's e-mail address)
    #[command(name = "staff-addresses")]
    StaffAddresses {
        /// The addresses (they replace the ones set)
        addresses: Vec<String>,
        /// Set none: the company profile's e-mail address again
        #[arg(long, conflicts_with = "addresses")]
        clear: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum AuditCmd {
    /// Newest entries first
    List {
        /// Everything about this contact: their card, consents and conversations
        #[arg(long)]
        contact: Option<i64>,
        /// Only this action, e.g. contact.updated
        #[arg(long)]
        action: Option<String>,
        /// From this day (YYYY-MM-DD, UTC), included
        #[arg(long, value_name = "DATE")]
        from: Option<String>,
        /// To this day (YYYY-MM-DD, UTC), included
        #[arg(long, value_name = "DATE")]
        to: Option<String>,
        #[arg(long, default_value_t = 50)]
        limit: u32,
    },
    /// Check the hash chain: edited or deleted entries are reported
    Verify,
}
