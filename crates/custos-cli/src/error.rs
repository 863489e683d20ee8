//! The CLI's error: a core error, or a problem with what was typed. Each maps to an exit code.

/// Why a command failed.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Core(#[from] custos_core::Error),
    /// A document could not be generated or saved (e.g. `document_incomplete` with the
    /// list of what to fill in, or `file_exists`).
    #[error(transparent)]
    Documents(#[from] custos_documents::Error),
    /// Bad input on the command line, with what to do instead.
    #[error("{0}")]
    Usage(String),
    /// The user did not confirm a destructive command; nothing was changed.
    #[error("{0}")]
    Cancelled(String),
    /// `vault check` found problems: the error, and each problem as the check said it.
    #[error("{error}")]
    Damaged { error: custos_core::Error, problems: Vec<String> },
}

impl CliError {
    pub fn usage(message: impl Into<String>) -> Self {
        CliError::Usage(message.into())
    }

    /// A stable code, as in the core.
    pub fn code(&self) -> &'static str {
        match self {
            CliError::Core(e) => e.code(),
            CliError::Documents(e) => e.code(),
            CliError::Usage(_) => "usage",
            CliError::Cancelled(_) => "cancelled",
            CliError::Damaged { error, .. } => error.code(),
        }
    }

    /// 1: the user can fix it; 2: an internal fault.
    pub fn exit_code(&self) -> i32 {
        match self {
            CliError::Core(e) if e.is_internal() => 2,
            CliError::Documents(custos_documents::Error::Core(e)) if e.is_internal() => 2,
            CliError::Documents(custos_documents::Error::Render(_)) => 2,
            _ => 1,
        }
    }

    /// More about the error for `--json`, beside its code and message: the problems a check
    /// found.
    pub fn details(&self) -> Option<(&'static str, serde_json::Value)> {
        match self {
            CliError::Damaged { problems, .. } => Some(("problems", serde_json::json!(problems))),
            _ => None,
        }
    }

    /// What a document still needs, for `document_incomplete`: `[{"item", "purpose"?, …}]`.
    pub fn missing(&self) -> &[custos_documents::Missing] {
        match self {
            CliError::Documents(e) => e.missing(),
            _ => &[],
        }
    }
}

pub type CliResult<T = ()> = Result<T, CliError>;
