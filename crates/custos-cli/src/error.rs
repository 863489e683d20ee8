//! The CLI's error: a core error, or a problem with what was typed. Each maps to an exit code.

/// Why a command failed.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Core(#[from] custos_core::Error),
    /// Bad input on the command line, with what to do instead.
    #[error("{0}")]
    Usage(String),
    /// The user did not confirm a destructive command; nothing was changed.
    #[error("{0}")]
    Cancelled(String),
    #[error("Could not read {path}: {source}")]
    Read {
        path: std::path::PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl CliError {
    pub fn usage(message: impl Into<String>) -> Self {
        CliError::Usage(message.into())
    }

    /// A stable code, as in the core.
    pub fn code(&self) -> &'static str {
        match self {
            CliError::Core(e) => e.code(),
            CliError::Usage(_) => "usage",
            CliError::Cancelled(_) => "cancelled",
            CliError::Read { .. } => "io",
        }
    }

    /// 1: the user can fix it; 2: an internal fault.
    pub fn exit_code(&self) -> i32 {
        match self {
            CliError::Core(e) if e.is_internal() => 2,
            _ => 1,
        }
    }
}

pub type CliResult<T = ()> = Result<T, CliError>;
