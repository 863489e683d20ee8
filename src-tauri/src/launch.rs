//! A vault file given to the app from outside: `custos-desktop firm.custos` (a first launch,
//! or a double-click on the file), or a second launch while the app runs, which the
//! single-instance plugin hands to the running app (its arguments and its working folder) and
//! then ends.
//!
//! The shell decides everything about such a file: which argument is the file, where a relative
//! path points (the launching program's folder), whether it is there and is a file, and — when
//! the UI asks for it — what happens next ([`OpenRequest`]): offered on the unlock screen,
//! already open, or to be confirmed first because another vault is unlocked (which is never
//! locked without the user's word). The UI shows the answer.

use std::ffi::OsString;
use std::path::{Component, Path, PathBuf};

use tauri::{AppHandle, Emitter, Manager, Runtime};

use crate::ipc::{IpcError, OpenRequest, ShellWhy};
use crate::state::AppState;

/// The event the UI hears when a file was given to the running app (no payload: the UI then
/// asks `take_open_request`, which also serves a request that came before it listened).
pub const OPEN_REQUESTED: &str = "open-requested";

/// A file the app was asked to open, as found when it was asked.
#[derive(Debug, Clone, PartialEq)]
pub struct Requested {
    /// Absolute, with `.` and `..` taken out.
    pub path: PathBuf,
    /// Why it cannot be opened (it is not there, or not a file).
    pub problem: Option<IpcError>,
}

impl Requested {
    /// Looks at `path` (absolute) now.
    pub fn check(path: PathBuf) -> Requested {
        let problem = problem_with(&path);
        Requested { path, problem }
    }

    /// What the app does with this file while `unlocked` (the path of the vault unlocked now,
    /// if any) is open.
    pub fn answer(&self, unlocked: Option<&Path>) -> OpenRequest {
        let path = self.path.display().to_string();
        if let Some(error) = &self.problem {
            return OpenRequest::Refused { path, error: error.clone() };
        }
        match unlocked {
            None => OpenRequest::Unlock { path },
            Some(open) if same_file(open, &self.path) => OpenRequest::AlreadyOpen { path },
            Some(open) => OpenRequest::LockFirst { path, unlocked: open.display().to_string() },
        }
    }
}

/// Why the file at `path` cannot be offered for unlocking, if it cannot. Whether its content is
/// a vault is the core's to say when it is unlocked (`not_a_vault`).
fn problem_with(path: &Path) -> Option<IpcError> {
    let shown = path.display();
    match std::fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            Some(IpcError::because("vault_not_found", ShellWhy::NoFileAt { path: shown.to_string() }))
        }
        Err(e) => Some(custos_core::Error::Io { path: path.to_owned(), source: e }.into()),
        Ok(meta) => custos_core::files::not_a_file(&meta)
            .map(|kind| custos_core::Error::NotAFile { path: path.to_owned(), kind }.into()),
    }
}

/// Whether `a` and `b` name the same file (through links and `..` where both exist).
fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => normalize(a) == normalize(b),
    }
}

/// The file among a launch's arguments (the program's name first, as in `std::env::args`), made
/// absolute against `cwd`, the folder the launch was made from: the first argument that is not
/// an option (`-…`; everything after `--` is a file). A `file://` URI, as file managers may
/// pass, names its local file. Further files are left: the app opens one vault at a time.
pub fn requested_path<I, S>(args: I, cwd: &Path) -> Option<PathBuf>
where
    I: IntoIterator<Item = S>,
    S: Into<OsString>,
{
    let mut options_done = false;
    for arg in args.into_iter().skip(1).map(Into::into) {
        if !options_done && arg == "--" {
            options_done = true;
            continue;
        }
        if !options_done && arg.to_str().is_some_and(|a| a.starts_with('-')) {
            continue;
        }
        if arg.is_empty() {
            continue;
        }
        let path = match arg.to_str().and_then(file_uri_path) {
            Some(path) => path,
            None => PathBuf::from(arg),
        };
        return Some(normalize(&cwd.join(path)));
    }
    None
}

/// The local path a `file://` URI names (`file:///a/b%20c`, `file://localhost/a`); `None` for
/// anything else.
fn file_uri_path(arg: &str) -> Option<PathBuf> {
    let rest = arg.strip_prefix("file://")?;
    let rest = rest.strip_prefix("localhost").unwrap_or(rest);
    if !rest.starts_with('/') {
        return None;
    }
    let bytes = percent_decode(rest)?;
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStringExt;
        Some(PathBuf::from(OsString::from_vec(bytes)))
    }
    #[cfg(not(unix))]
    {
        String::from_utf8(bytes).ok().map(PathBuf::from)
    }
}

/// `%XX` escapes to bytes; `None` when an escape is broken.
fn percent_decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len());
    let mut bytes = text.bytes();
    while let Some(b) = bytes.next() {
        if b == b'%' {
            let hex = [bytes.next()?, bytes.next()?];
            let hex = std::str::from_utf8(&hex).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
        } else {
            out.push(b);
        }
    }
    Some(out)
}

/// `path` with `.` and `..` taken out by their names (links are not followed: the path shown
/// is the one the user gave, made whole).
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                // Above the root there is only the root.
                if !out.pop() {
                    out.push(part);
                }
            }
            other => out.push(other),
        }
    }
    out
}

/// A second launch reached the running app with its arguments and working folder: the window
/// comes to the front, and a file among the arguments is kept for the UI, which is told.
pub fn second_launch<R: Runtime>(app: &AppHandle<R>, args: Vec<String>, cwd: String) {
    crate::window::bring_to_front(app);
    let Some(path) = requested_path(args, Path::new(&cwd)) else { return };
    if let Some(state) = app.try_state::<AppState>() {
        state.request_open(Requested::check(path));
        if let Err(e) = app.emit(OPEN_REQUESTED, ()) {
            eprintln!("Custos: could not tell the window about the file it was given: {e}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        std::iter::once("custos-desktop").chain(list.iter().copied()).map(str::to_owned).collect()
    }

    #[test]
    fn the_file_is_the_first_argument_that_is_not_an_option() {
        let cwd = Path::new("/home/ola/Documents");
        assert_eq!(requested_path(args(&[]), cwd), None);
        assert_eq!(requested_path(args(&["--verbose"]), cwd), None);
        assert_eq!(requested_path(args(&["/srv/firm.custos"]), cwd), Some(PathBuf::from("/srv/firm.custos")));
        assert_eq!(
            requested_path(args(&["-x", "firm.custos", "other.custos"]), cwd),
            Some(PathBuf::from("/home/ola/Documents/firm.custos"))
        );
        assert_eq!(
            requested_path(args(&["--", "-odd name.custos"]), cwd),
            Some(PathBuf::from("/home/ola/Documents/-odd name.custos"))
        );
        assert_eq!(requested_path(args(&[""]), cwd), None, "an empty argument is no file");
    }

    #[test]
    fn a_relative_path_is_resolved_against_the_launching_folder() {
        let cwd = Path::new("/home/ola/Documents");
        assert_eq!(
            requested_path(args(&["../Backups/./firm.custos"]), cwd),
            Some(PathBuf::from("/home/ola/Backups/firm.custos"))
        );
        assert_eq!(
            requested_path(args(&["./firm.custos"]), cwd),
            Some(PathBuf::from("/home/ola/Documents/firm.custos"))
        );
        assert_eq!(requested_path(args(&["/../../etc/../a.custos"]), cwd), Some(PathBuf::from("/a.custos")));
    }

    #[test]
    fn a_file_uri_names_its_local_file() {
        let cwd = Path::new("/tmp");
        assert_eq!(
            requested_path(args(&["file:///home/ola/My%20Firm%C5%81.custos"]), cwd),
            Some(PathBuf::from("/home/ola/My FirmŁ.custos"))
        );
        assert_eq!(requested_path(args(&["file://localhost/srv/a.custos"]), cwd), Some(PathBuf::from("/srv/a.custos")));
        // Not a usable file URI: taken as a name like any other (and then not found).
        assert_eq!(requested_path(args(&["file://%zz"]), cwd), Some(PathBuf::from("/tmp/file:/%zz")));
        assert_eq!(percent_decode("a%2"), None);
    }

    #[test]
    fn a_missing_path_or_a_folder_is_refused_with_what_to_do() {
        let dir = tempfile::tempdir().unwrap();
        let missing = Requested::check(dir.path().join("gone.custos"));
        let refused = missing.answer(None);
        let OpenRequest::Refused { path, error } = refused else { panic!("{refused:?}") };
        assert_eq!(path, dir.path().join("gone.custos").display().to_string());
        assert_eq!(error.code, "vault_not_found");
        assert!(error.message.contains("There is no file at") && error.message.contains("gone.custos"), "{error:?}");

        let folder = Requested::check(dir.path().to_owned()).answer(None);
        let OpenRequest::Refused { error, .. } = folder else { panic!("{folder:?}") };
        assert_eq!(error.code, "not_a_file");
        assert!(error.message.contains("is a folder"), "{error:?}");
    }

    #[test]
    fn what_happens_next_depends_on_the_vault_unlocked_now() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a.custos"), dir.path().join("b.custos"));
        std::fs::write(&a, b"a").unwrap();
        std::fs::write(&b, b"b").unwrap();
        let asked = Requested::check(a.clone());
        assert_eq!(asked.problem, None);
        let shown = a.display().to_string();
        assert_eq!(asked.answer(None), OpenRequest::Unlock { path: shown.clone() });
        assert_eq!(asked.answer(Some(&a)), OpenRequest::AlreadyOpen { path: shown.clone() });
        let through_dots = dir.path().join("sub/../a.custos");
        assert_eq!(asked.answer(Some(&through_dots)), OpenRequest::AlreadyOpen { path: shown.clone() });
        assert_eq!(asked.answer(Some(&b)), OpenRequest::LockFirst { path: shown, unlocked: b.display().to_string() });
    }
}
