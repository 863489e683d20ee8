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
    NotAVault { path: PathBuf, reason: String },

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

    #[error("{field}: {message}")]
    Invalid { field: &'static str, message: String },

    #[error("{message}")]
    Refused { message: String },

    #[error(
        "{name} is restricted (frozen) since {since}: \"{reason}\". Their data can be read but not \
         changed. Lift the restriction, with a reason, when processing may resume."
    )]
    Restricted { name: String, since: String, reason: String },

    #[error("Contact {id} was erased on {at}: nothing about them can be recorded or changed.")]
    Erased { id: i64, at: String },

    #[error("Line {line}: {message}. Nothing was imported.")]
    Import { line: usize, message: String },

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
            Error::Database(_) => ErrorCode::Database,
            Error::Internal(_) => ErrorCode::Internal,
        }
    }

    /// True when the fault is ours, not the user's (front ends exit 2 / show "please report").
    pub fn is_internal(&self) -> bool {
        matches!(self, Error::Database(_) | Error::Internal(_))
    }

    pub(crate) fn invalid(field: &'static str, message: impl Into<String>) -> Self {
        Error::Invalid { field, message: message.into() }
    }

    pub(crate) fn refused(message: impl Into<String>) -> Self {
        Error::Refused { message: message.into() }
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

fn disk_full(path: Option<&std::path::Path>) -> String {
    let disk = match path {
        Some(p) => format!("the disk that holds {}", p.display()),
        None => "the disk".to_owned(),
    };
    format!("There is no free space left on {disk}. Free some space and try again; nothing was changed.")
}

fn busy(path: Option<&std::path::Path>, holder: Option<&str>) -> String {
    let vault = path.map_or_else(|| "The vault".to_owned(), |p| p.display().to_string());
    let holder = holder.unwrap_or("another program");
    format!(
        "{vault} is busy: {holder} is writing to it, and it did not finish within {} seconds. Wait until \
         it has finished (or close it) and try again; nothing was changed.",
        busy_timeout().as_secs()
    )
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode::{DatabaseBusy, DatabaseCorrupt, DatabaseLocked, DiskFull, NotADatabase};
        match e.sqlite_error_code() {
            Some(DatabaseCorrupt | NotADatabase) => {
                Error::Damaged { location: "The vault".into(), reason: e.to_string() }
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
