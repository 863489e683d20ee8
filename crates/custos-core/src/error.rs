//! The one error type of the core. Every variant has a stable machine code (`code()`), a
//! human message (`Display`) that says what to do, and a kind: the user can fix it, or it
//! is an internal fault.

use std::path::PathBuf;

/// Result alias used across the core.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in the core.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    #[error("The passphrase is too short: use at least {min} characters (it has {actual}).")]
    PassphraseTooShort { min: usize, actual: usize },

    #[error("The two passphrases do not match. Type the same passphrase twice.")]
    PassphraseMismatch,

    #[error("No passphrase was given. Type the vault's passphrase (or set CUSTOS_PASSPHRASE in scripts).")]
    PassphraseEmpty,

    #[error(
        "Wrong passphrase for {path}. Check it and try again (if you are sure it is right, the \
         start of the file may be damaged: restore from a backup)."
    )]
    WrongPassphrase { path: PathBuf },

    #[error("{path} is not a Custos vault ({reason}). Choose the vault file you created with Custos.")]
    NotAVault { path: PathBuf, reason: NotAVaultWhy },

    #[error("{location} is damaged ({reason}). Restore it from a backup with `custos vault restore`.")]
    Damaged { location: String, reason: String },

    #[error(
        "{path} was written by a newer Custos (schema {found}, this build knows up to {supported}). \
         Update Custos to open it."
    )]
    SchemaTooNew { path: PathBuf, found: i64, supported: i64 },

    #[error("No vault at {path}. Create one with `custos vault init`, or check the path.")]
    VaultNotFound { path: PathBuf },

    #[error("{path} already exists. Choose another file name, or remove the existing file first.")]
    AlreadyExists { path: PathBuf },

    #[error("No {what} with id {id}.")]
    NotFound { what: &'static str, id: String },

    /// Input that cannot be accepted: the field and why ([`Why`], with its data).
    #[error("{field}: {why}")]
    Invalid { field: &'static str, why: Why },

    /// An action the vault's state does not allow: why ([`Why`]), and what to do instead.
    #[error("{why}")]
    Refused { why: Why },

    #[error(
        "{name} is restricted (frozen) since {since}: \"{reason}\". Their data can be read but not \
         changed. Lift the restriction, with a reason, when processing may resume."
    )]
    Restricted { name: String, since: String, reason: String },

    #[error("Contact {id} was erased on {at}: nothing about them can be recorded or changed.")]
    Erased { id: i64, at: String },

    /// A file that cannot be imported: the line and why ([`ImportWhy`], with its data), and
    /// which file it is when several were read together.
    #[error("{}Line {line}: {why}. Nothing was imported.", file.as_deref().map(|f| format!("{f}: ")).unwrap_or_default())]
    Import { line: usize, why: Box<ImportWhy>, file: Option<Box<str>> },

    #[error("{}", disk_full(path.as_deref()))]
    DiskFull { path: Option<PathBuf> },

    #[error("{}", busy(path.as_deref(), holder.as_deref()))]
    Busy { path: Option<PathBuf>, holder: Option<String> },

    #[error("{path} is {kind}, not a file. Choose the file itself.")]
    NotAFile { path: PathBuf, kind: &'static str },

    #[error(
        "{path} is {} MB, more than the {} MB Custos reads at once. Export a shorter period, or split the file.",
        size / 1_000_000,
        limit / 1_000_000
    )]
    TooLarge { path: PathBuf, size: u64, limit: u64 },

    #[error("Could not access {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// An action the operator's role does not allow: which role may.
    #[error("{}", not_permitted(action, *role, *needs, *on_request))]
    NotPermitted { action: &'static str, role: crate::operators::Role, needs: crate::operators::Role, on_request: bool },

    #[error("Internal database error: {0}. Please report this; your data has not been changed.")]
    Database(rusqlite::Error),

    #[error("Internal error: {0}. Please report this.")]
    Internal(String),
}

crate::contacts::string_enum!(
    /// Every code an [`Error`] can have: what front ends branch on (the UI gets them as a
    /// generated TypeScript union, so a misspelt code does not compile).
    ErrorCode ("error code") {
        PassphraseTooShort = "passphrase_too_short",
        PassphraseMismatch = "passphrase_mismatch",
        PassphraseEmpty = "passphrase_empty",
        WrongPassphrase = "wrong_passphrase",
        NotAVault = "not_a_vault",
        VaultDamaged = "vault_damaged",
        SchemaTooNew = "schema_too_new",
        VaultNotFound = "vault_not_found",
        AlreadyExists = "already_exists",
        NotFound = "not_found",
        InvalidInput = "invalid_input",
        Refused = "refused",
        ContactRestricted = "contact_restricted",
        ContactErased = "contact_erased",
        ImportFailed = "import_failed",
        DiskFull = "disk_full",
        VaultBusy = "vault_busy",
        NotAFile = "not_a_file",
        FileTooLarge = "file_too_large",
        Io = "io",
        NotPermitted = "not_permitted",
        Database = "database",
        Internal = "internal",
    }
);

impl Error {
    /// A stable, machine-readable code. Front ends match on this, never on the message.
    pub fn code(&self) -> &'static str {
        self.error_code().code()
    }

    /// The code as a value.
    pub fn error_code(&self) -> ErrorCode {
        match self {
            Error::PassphraseTooShort { .. } => ErrorCode::PassphraseTooShort,
            Error::PassphraseMismatch => ErrorCode::PassphraseMismatch,
            Error::PassphraseEmpty => ErrorCode::PassphraseEmpty,
            Error::WrongPassphrase { .. } => ErrorCode::WrongPassphrase,
            Error::NotAVault { .. } => ErrorCode::NotAVault,
            Error::Damaged { .. } => ErrorCode::VaultDamaged,
            Error::SchemaTooNew { .. } => ErrorCode::SchemaTooNew,
            Error::VaultNotFound { .. } => ErrorCode::VaultNotFound,
            Error::AlreadyExists { .. } => ErrorCode::AlreadyExists,
            Error::NotFound { .. } => ErrorCode::NotFound,
            Error::Invalid { .. } => ErrorCode::InvalidInput,
            Error::Refused { .. } => ErrorCode::Refused,
            Error::Restricted { .. } => ErrorCode::ContactRestricted,
            Error::Erased { .. } => ErrorCode::ContactErased,
            Error::Import { .. } => ErrorCode::ImportFailed,
            Error::DiskFull { .. } => ErrorCode::DiskFull,
            Error::Busy { .. } => ErrorCode::VaultBusy,
            Error::NotAFile { .. } => ErrorCode::NotAFile,
            Error::TooLarge { .. } => ErrorCode::FileTooLarge,
            Error::Io { .. } => ErrorCode::Io,
            Error::NotPermitted { .. } => ErrorCode::NotPermitted,
            Error::Database(_) => ErrorCode::Database,
            Error::Internal(_) => ErrorCode::Internal,
        }
    }

    /// True when the fault is ours, not the user's (front ends exit 2 / show "please report").
    pub fn is_internal(&self) -> bool {
        matches!(self, Error::Database(_) | Error::Internal(_))
    }

    pub(crate) fn invalid(field: &'static str, why: Why) -> Self {
        Error::Invalid { field, why }
    }

    pub(crate) fn refused(why: Why) -> Self {
        Error::Refused { why }
    }

    pub(crate) fn import(line: usize, why: ImportWhy) -> Self {
        Error::Import { line, why: Box::new(why), file: None }
    }

    /// The error, naming `file` when it is a file's line that cannot be imported.
    pub fn in_file(self, file: &str) -> Self {
        match self {
            Error::Import { line, why, .. } => Error::Import { line, why, file: Some(file.into()) },
            other => other,
        }
    }

    /// The finer code of an `invalid_input` or a `refused` ([`Why::code`]), or of a message
    /// that has a shape of its own (a busy vault whose writer is unknown): what a front end
    /// picks its translated message by, beside [`Error::code`].
    pub fn reason(&self) -> Option<&'static str> {
        match self {
            Error::Invalid { why, .. } | Error::Refused { why } => Some(why.code()),
            Error::Import { why, .. } => Some(why.code()),
            Error::Busy { holder: None, .. } => Some(BUSY_UNKNOWN_HOLDER),
            Error::DiskFull { path: None } => Some(DISK_FULL_UNKNOWN_DISK),
            Error::Damaged { location, .. } if location == THE_VAULT => Some(VAULT_DAMAGED_UNKNOWN_FILE),
            _ => None,
        }
    }

    /// The things the message lists, each by code and data, for a front end that words them
    /// itself: the rows that cannot be imported (`problem_rows`, each with its `line`). Empty
    /// for other errors.
    pub fn items(&self) -> Vec<Said> {
        match self {
            Error::Refused { why: Why::ProblemRows { lines, .. } } => lines.said(),
            _ => Vec::new(),
        }
    }

    /// The data of the message, by name, for a front end that words it itself: paths, names,
    /// dates (ISO 8601 text), counts (numbers). The message ([`Error::reason`] when there is one,
    /// else [`Error::code`]) names exactly these.
    pub fn params(&self) -> Vec<(&'static str, Param)> {
        let path = |p: &std::path::Path| ("path", p.to_param());
        match self {
            Error::PassphraseTooShort { min, actual } => vec![("min", min.to_param()), ("actual", actual.to_param())],
            Error::PassphraseMismatch | Error::PassphraseEmpty => Vec::new(),
            Error::WrongPassphrase { path: p }
            | Error::VaultNotFound { path: p }
            | Error::AlreadyExists { path: p } => {
                vec![path(p)]
            }
            Error::NotAVault { path: p, reason } => {
                let kind = match reason {
                    NotAVaultWhy::NotAFile(kind) => file_kind_code(kind),
                    _ => "",
                };
                vec![path(p), ("why", reason.code().to_param()), ("kind", kind.to_param())]
            }
            Error::Damaged { location, reason } if location == THE_VAULT => vec![("reason", reason.to_param())],
            Error::Damaged { location, reason } => vec![("path", location.to_param()), ("reason", reason.to_param())],
            Error::SchemaTooNew { path: p, found, supported } => {
                vec![path(p), ("found", found.to_string().to_param()), ("supported", supported.to_string().to_param())]
            }
            Error::NotFound { what, id } => vec![("what", what.replace(' ', "_").to_param()), ("id", id.to_param())],
            Error::Invalid { field, why } => {
                let mut params = vec![("field", field.to_param())];
                params.extend(why.params());
                params
            }
            Error::Refused { why } => why.params(),
            Error::Restricted { name, since, reason } => {
                vec![("name", name.to_param()), ("since", since.to_param()), ("reason", reason.to_param())]
            }
            Error::Erased { id, at } => vec![("id", id.to_param()), ("date", at.to_param())],
            Error::Import { line, why, file } => {
                let mut params = vec![("line", line.to_string().to_param())];
                params.extend(file.as_deref().map(|f| ("file", f.to_param())));
                params.extend(why.params());
                params
            }
            Error::DiskFull { path: p } => p.as_deref().map(path).into_iter().collect(),
            Error::Busy { path: p, holder } => {
                let mut params = vec![
                    ("path", p.as_deref().map_or_else(String::new, |p| p.display().to_string()).to_param()),
                    ("seconds", busy_timeout().as_secs().to_param()),
                ];
                params.extend(holder.as_ref().map(|h| ("holder", h.to_param())));
                params
            }
            Error::NotAFile { path: p, kind } => vec![path(p), ("kind", file_kind_code(kind).to_param())],
            Error::TooLarge { path: p, size, limit } => {
                vec![path(p), ("size", (size / 1_000_000).to_param()), ("limit", (limit / 1_000_000).to_param())]
            }
            Error::Io { path: p, source } => {
                vec![path(p), ("reason", source.to_string().to_param()), ("io", io_kind_code(source.kind()).to_param())]
            }
            Error::NotPermitted { action, role, needs, on_request } => vec![
                ("action", action.replace('.', "_").to_param()),
                ("role", role.code().to_param()),
                ("needs", needs.code().to_param()),
                ("on_request", if *on_request { "yes" } else { "no" }.to_param()),
            ],
            Error::Database(e) => vec![("reason", e.to_string().to_param())],
            Error::Internal(what) => vec![("reason", what.to_param())],
        }
    }

    pub(crate) fn not_found(what: &'static str, id: impl ToString) -> Self {
        Error::NotFound { what, id: id.to_string() }
    }

    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        if source.kind() == std::io::ErrorKind::StorageFull {
            return Error::DiskFull { path: Some(path.into()) };
        }
        Error::Io { path: path.into(), source }
    }

    /// The error with the file it is about, where SQLite could not say: a full disk or a busy
    /// vault. `holder` names who holds the vault, asked only when it is busy.
    pub(crate) fn at(self, file: &std::path::Path, holder: impl FnOnce() -> Option<String>) -> Self {
        match self {
            Error::DiskFull { path: None } => Error::DiskFull { path: Some(file.to_owned()) },
            Error::Busy { path: None, holder: None } => Error::Busy { path: Some(file.to_owned()), holder: holder() },
            other => other,
        }
    }
}

/// How long a write waits for another program that is writing to the same vault (the app and
/// the `custos` command at once, or a long import): SQLite's busy timeout on every connection.
/// Five minutes — the largest import (256 MiB, 2.6 million messages) held the lock for 83 s
/// here, and a slower computer takes longer — or the seconds in `CUSTOS_BUSY_TIMEOUT` (for a
/// script that would rather fail fast).
pub fn busy_timeout() -> std::time::Duration {
    static TIMEOUT: std::sync::OnceLock<std::time::Duration> = std::sync::OnceLock::new();
    *TIMEOUT.get_or_init(|| {
        let seconds = std::env::var("CUSTOS_BUSY_TIMEOUT").ok().and_then(|s| s.trim().parse::<u64>().ok());
        std::time::Duration::from_secs(seconds.unwrap_or(300))
    })
}

fn not_permitted(
    action: &str,
    role: crate::operators::Role,
    needs: crate::operators::Role,
    on_request: bool,
) -> String {
    let role = role.code().replace('_', "-");
    if on_request {
        return format!(
            "You work as {role}: you may erase a contact only for an open erasure request. Open (or match) the \
             person's erasure request first, or ask an owner."
        );
    }
    let ask = if needs == crate::operators::Role::Owner { "an owner" } else { "a clerk or an owner" };
    let needs = needs.code().replace('_', "-");
    format!("You work as {role}, and only an operator with the role {needs} may do this ({action}). Ask {ask}.")
}

fn disk_full(path: Option<&std::path::Path>) -> String {
    let disk = match path {
        Some(p) => format!("the disk that holds {}", p.display()),
        None => "the disk".to_owned(),
    };
    format!("There is no free space left on {disk}. Free some space and try again; nothing was changed.")
}

fn busy(path: Option<&std::path::Path>, holder: Option<&str>) -> String {
    let vault = path.map_or_else(|| THE_VAULT.to_owned(), |p| p.display().to_string());
    let holder = holder.unwrap_or("another program");
    format!(
        "{vault} is busy: {holder} is writing to it, and it did not finish within {} seconds. Wait until \
         it has finished (or close it) and try again; nothing was changed.",
        busy_timeout().as_secs()
    )
}

/// Where a damaged vault is when SQLite could not say which file.
const THE_VAULT: &str = "The vault";
const BUSY_UNKNOWN_HOLDER: &str = "busy_unknown_holder";
const DISK_FULL_UNKNOWN_DISK: &str = "disk_full_unknown_disk";
const VAULT_DAMAGED_UNKNOWN_FILE: &str = "vault_damaged_unknown_file";

/// The reasons [`Error::reason`] gives besides [`Why`]'s: the messages of a busy vault whose
/// writer is unknown, a full disk that is not known, a damaged vault whose file is not known.
pub const SHAPE_REASONS: &[&str] = &[BUSY_UNKNOWN_HOLDER, DISK_FULL_UNKNOWN_DISK, VAULT_DAMAGED_UNKNOWN_FILE];

/// Why a file is not a vault ([`Error::NotAVault`]): a code a front end words, and its English.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotAVaultWhy {
    /// It is no regular file: what it is ([`crate::files::not_a_file`]).
    NotAFile(&'static str),
    Empty,
    UnencryptedSqlite,
    /// Its content is not encrypted data.
    NotEncrypted,
    /// An encrypted database of another program.
    OtherProgram,
    /// Opened, but without Custos's metadata.
    MetadataMissing,
}

impl NotAVaultWhy {
    pub fn code(self) -> &'static str {
        match self {
            NotAVaultWhy::NotAFile(_) => "not_a_file",
            NotAVaultWhy::Empty => "empty",
            NotAVaultWhy::UnencryptedSqlite => "unencrypted_sqlite",
            NotAVaultWhy::NotEncrypted => "not_encrypted",
            NotAVaultWhy::OtherProgram => "other_program",
            NotAVaultWhy::MetadataMissing => "metadata_missing",
        }
    }
}

impl std::fmt::Display for NotAVaultWhy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NotAVaultWhy::NotAFile(kind) => write!(f, "it is {kind}"),
            NotAVaultWhy::Empty => f.write_str("the file is empty"),
            NotAVaultWhy::UnencryptedSqlite => f.write_str("it is an unencrypted SQLite database"),
            NotAVaultWhy::NotEncrypted => f.write_str("its content is not encrypted data"),
            NotAVaultWhy::OtherProgram => f.write_str("it is an encrypted database of another program"),
            NotAVaultWhy::MetadataMissing => f.write_str("its Custos metadata is missing"),
        }
    }
}

/// What [`crate::files::not_a_file`] said the path is, as a code a message can select on.
fn file_kind_code(kind: &str) -> &'static str {
    match kind {
        "a folder" => "folder",
        "a named pipe (FIFO)" => "fifo",
        "a socket" => "socket",
        "a device" => "device",
        _ => "other",
    }
}

/// A value of an error's data as a front end gets it: text (names, paths, ISO 8601 dates,
/// codes) or a number (counts, sizes).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(untagged)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum Param {
    Text(String),
    Number(i64),
}

/// A sentence the core says that is not an error (why a contact may be contacted, what a file
/// is, why a row is left out), as a front end words it in its own language: a stable code
/// (one of a [`reasons!`](crate::reasons) enum's `CODES`) and its data by name. The English
/// sentence travels beside it, in the field it always had.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Said {
    pub code: String,
    /// The data by name: names, ids, codes and dates (ISO 8601) as text, counts as numbers.
    pub params: std::collections::BTreeMap<String, Param>,
}

impl Said {
    /// A sentence by `code` with `params`.
    pub fn new(code: &str, params: Vec<(&'static str, Param)>) -> Said {
        Said { code: code.to_owned(), params: params.into_iter().map(|(k, v)| (k.to_owned(), v)).collect() }
    }
}

/// How a value of an error's data becomes a [`Param`]: counts are numbers; ids, names, paths,
/// and dates (ISO 8601) are text.
pub trait ToParam {
    fn to_param(&self) -> Param;
}

impl ToParam for String {
    fn to_param(&self) -> Param {
        Param::Text(self.clone())
    }
}

impl ToParam for str {
    fn to_param(&self) -> Param {
        Param::Text(self.to_owned())
    }
}

impl ToParam for &str {
    fn to_param(&self) -> Param {
        Param::Text((*self).to_owned())
    }
}

impl ToParam for std::path::Path {
    fn to_param(&self) -> Param {
        Param::Text(self.display().to_string())
    }
}

impl ToParam for PathBuf {
    fn to_param(&self) -> Param {
        self.as_path().to_param()
    }
}

impl ToParam for chrono::NaiveDate {
    fn to_param(&self) -> Param {
        Param::Text(self.format("%Y-%m-%d").to_string())
    }
}

impl ToParam for chrono::DateTime<chrono::Utc> {
    fn to_param(&self) -> Param {
        Param::Text(self.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
    }
}

/// An id (a contact's, a request's, an audit entry's): text, as it is written ("#1234", never
/// grouped like a number).
impl ToParam for i64 {
    fn to_param(&self) -> Param {
        Param::Text(self.to_string())
    }
}

macro_rules! count_param {
    ($($t:ty),*) => {$(
        impl ToParam for $t {
            fn to_param(&self) -> Param {
                Param::Number(i64::try_from(*self).unwrap_or(i64::MAX))
            }
        }
    )*};
}
count_param!(usize, u32, u64);

impl<T: ToParam + ?Sized> ToParam for Box<T> {
    fn to_param(&self) -> Param {
        (**self).to_param()
    }
}

/// Defines an enum of reasons: each variant a stable code (`"snake_case"`), named fields (its
/// data, each [`ToParam`]) and its English text (a `format!` of the fields). Gives
/// `CODES`, `code()`, `params()` and `Display`. Used by the core's [`Why`] and by the crates
/// that refuse in their own words (the documents, the desktop shell).
#[macro_export]
macro_rules! reasons {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $(
                $(#[$vmeta:meta])*
                $variant:ident = $code:literal { $($field:ident : $ty:ty),* $(,)? } => ($($text:tt)+)
            ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant { $($field: $ty),* } ),+
        }

        impl $name {
            /// Every reason's code.
            pub const CODES: &'static [&'static str] = &[$($code),+];

            /// The stable code of the reason.
            pub fn code(&self) -> &'static str {
                match self {
                    $( $name::$variant { .. } => $code ),+
                }
            }

            /// The reason's data by name, as its message names it.
            pub fn params(&self) -> ::std::vec::Vec<(&'static str, $crate::error::Param)> {
                match self {
                    $( $name::$variant { $($field),* } => ::std::vec![
                        $( (stringify!($field), $crate::error::ToParam::to_param($field)) ),*
                    ] ),+
                }
            }

            /// The reason by code and data, for a front end to word (see [`Said`]).
            pub fn said(&self) -> $crate::error::Said {
                $crate::error::Said::new(self.code(), self.params())
            }
        }

        impl ::std::fmt::Display for $name {
            #[allow(unused_variables)]
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                match self {
                    $( $name::$variant { $($field),* } => write!(f, $($text)+) ),+
                }
            }
        }
    };
}

pub use crate::why::{ImportWhy, Why};

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode::{DatabaseBusy, DatabaseCorrupt, DatabaseLocked, DiskFull, NotADatabase};
        match e.sqlite_error_code() {
            Some(DatabaseCorrupt | NotADatabase) => {
                Error::Damaged { location: THE_VAULT.into(), reason: e.to_string() }
            }
            Some(DiskFull) => Error::DiskFull { path: None },
            Some(DatabaseBusy | DatabaseLocked) => Error::Busy { path: None, holder: None },
            _ => Error::Database(e),
        }
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        Error::Internal(format!("JSON encoding failed: {e}"))
    }
}

/// What kind of failure the operating system reported, as a stable code a front end words in
/// its language (the `io` parameter of [`ErrorCode::Io`]); `other` keeps only the system's text.
pub fn io_kind_code(kind: std::io::ErrorKind) -> &'static str {
    use std::io::ErrorKind as K;
    match kind {
        K::NotFound => "not_found",
        K::PermissionDenied => "permission_denied",
        K::AlreadyExists => "already_exists",
        K::ReadOnlyFilesystem => "read_only",
        K::IsADirectory => "is_a_directory",
        K::NotADirectory => "not_a_directory",
        _ => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_io_failure_carries_its_kind_as_a_code_beside_the_systems_text() {
        let denied = std::io::Error::from(std::io::ErrorKind::PermissionDenied);
        let params = Error::io("/srv/a.vcf", denied).params();
        let get = |key: &str| params.iter().find(|(k, _)| *k == key).map(|(_, v)| format!("{v:?}"));
        assert!(get("io").is_some_and(|v| v.contains("permission_denied")), "{params:?}");
        assert!(get("reason").is_some_and(|v| v.contains("ermission denied")), "{params:?}");
        assert_eq!(io_kind_code(std::io::ErrorKind::NotFound), "not_found");
        assert_eq!(io_kind_code(std::io::ErrorKind::Interrupted), "other");
    }

    #[test]
    fn a_file_that_is_no_vault_says_why_by_code_beside_its_english() {
        let folder = Error::NotAVault { path: "notes".into(), reason: NotAVaultWhy::NotAFile("a folder") };
        assert_eq!(
            folder.to_string(),
            "notes is not a Custos vault (it is a folder). Choose the vault file you created with Custos."
        );
        assert_eq!(
            folder.params(),
            vec![
                ("path", Param::Text("notes".into())),
                ("why", Param::Text("not_a_file".into())),
                ("kind", Param::Text("folder".into())),
            ]
        );
        let plain = Error::NotAVault { path: "a.db".into(), reason: NotAVaultWhy::UnencryptedSqlite };
        assert!(plain.to_string().contains("(it is an unencrypted SQLite database)"), "{plain}");
        assert_eq!(plain.params()[1], ("why", Param::Text("unencrypted_sqlite".into())));
    }
}
