//! Process helpers shared by every task: the workspace root, locating programs, running
//! commands with inherited stdio, and the error type that `main` turns into an exit code.

use std::ffi::OsString;
use std::fmt;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};

/// A task failure: a one-line message for stderr and the process exit code to use.
#[derive(Debug)]
pub struct Failure {
    pub message: String,
    pub code: i32,
}

impl Failure {
    /// A failure that exits with code 1.
    pub fn new(message: impl Into<String>) -> Self {
        Self { message: message.into(), code: 1 }
    }

    /// A failure that exits with `code`.
    pub fn with_code(message: impl Into<String>, code: i32) -> Self {
        Self { message: message.into(), code }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

pub type Result<T = ()> = std::result::Result<T, Failure>;

/// The workspace root: the parent of this crate's manifest directory. `cargo run` sets
/// `CARGO_MANIFEST_DIR` for the checkout it runs in; the compiled-in path is only a fallback
/// (it would point at another checkout when two share a target directory).
pub fn workspace_root() -> Result<PathBuf> {
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from);
    manifest_dir
        .as_deref()
        .unwrap_or(Path::new(env!("CARGO_MANIFEST_DIR")))
        .parent()
        .map(Path::to_path_buf)
        .ok_or_else(|| Failure::new("cannot find the workspace root above xtask/"))
}

/// The `cargo` to use: `$CARGO` (set by `cargo run`) or `cargo` from `PATH`.
pub fn cargo() -> OsString {
    std::env::var_os("CARGO").unwrap_or_else(|| OsString::from("cargo"))
}

/// Finds an executable named `name` on `PATH`.
pub fn which(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|dir| dir.join(name)).find(|candidate| is_executable(candidate))
}

#[cfg(unix)]
pub fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    path.metadata().map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0).unwrap_or(false)
}

#[cfg(not(unix))]
pub fn is_executable(path: &Path) -> bool {
    path.is_file()
}

/// Whether the current user is root (`id -u` prints 0). Unknown counts as "not root".
pub fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .stderr(Stdio::null())
        .output()
        .map(|out| out.status.success() && String::from_utf8_lossy(&out.stdout).trim() == "0")
        .unwrap_or(false)
}

/// `program arg arg…` for messages, with the program shown by file name only.
pub fn display(cmd: &Command) -> String {
    let program = Path::new(cmd.get_program()).file_name().unwrap_or(cmd.get_program()).to_string_lossy().into_owned();
    let mut shown = vec![program];
    shown.extend(cmd.get_args().map(|a| {
        let a = a.to_string_lossy();
        if a.is_empty() || a.contains([' ', '\'', '"']) {
            format!("'{}'", a.replace('\'', r"'\''"))
        } else {
            a.into_owned()
        }
    }));
    shown.join(" ")
}

/// Spawns `cmd` with inherited stdio and waits for it. Only a failure to start is an error;
/// the caller decides what a non-zero exit status means.
pub fn status(cmd: &mut Command) -> Result<ExitStatus> {
    println!("$ {}", display(cmd));
    cmd.status().map_err(|e| {
        let program = cmd.get_program().to_string_lossy().into_owned();
        if e.kind() == std::io::ErrorKind::NotFound {
            Failure::new(format!("`{program}` not found on PATH"))
        } else {
            Failure::new(format!("cannot start `{program}`: {e}"))
        }
    })
}

/// Runs `cmd` (inherited stdio) and fails unless it exits successfully.
pub fn run(cmd: &mut Command) -> Result {
    let shown = display(cmd);
    let st = status(cmd)?;
    if st.success() { Ok(()) } else { Err(Failure::with_code(format!("`{shown}` failed ({st})"), exit_code(st))) }
}

/// Runs `cmd` with all output discarded; `true` when it started and exited successfully.
pub fn quietly_succeeds(cmd: &mut Command) -> bool {
    cmd.stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null()).status().map(|s| s.success()).unwrap_or(false)
}

/// The exit code to pass on for a finished child: its own code, or 1 (killed by a signal, or
/// a zero code that should not count as success here).
pub fn exit_code(st: ExitStatus) -> i32 {
    match st.code() {
        Some(0) | None => 1,
        Some(code) => code,
    }
}

/// Formats a duration in seconds for progress lines: one decimal below 10 s, whole seconds above.
pub fn secs(d: std::time::Duration) -> String {
    let s = d.as_secs_f64();
    if s < 10.0 { format!("{s:.1} s") } else { format!("{s:.0} s") }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn display_shows_program_name_and_quotes_odd_args() {
        let mut cmd = Command::new("/usr/bin/cargo");
        cmd.args(["fmt", "--all", "--", "--check", "two words", ""]);
        assert_eq!(display(&cmd), "cargo fmt --all -- --check 'two words' ''");
    }

    #[test]
    fn secs_formats_short_and_long_durations() {
        assert_eq!(secs(Duration::from_millis(1234)), "1.2 s");
        assert_eq!(secs(Duration::from_secs(312)), "312 s");
    }

    #[test]
    fn workspace_root_holds_the_workspace_manifest() {
        let root = workspace_root().unwrap();
        assert!(root.join("Cargo.toml").is_file());
        assert!(root.join("xtask").is_dir());
    }

    #[cfg(unix)]
    #[test]
    fn exit_code_passes_failures_through() {
        let st = Command::new("sh").args(["-c", "exit 3"]).status().unwrap();
        assert_eq!(exit_code(st), 3);
        let ok = Command::new("true").status().unwrap();
        assert_eq!(exit_code(ok), 1);
    }
}
