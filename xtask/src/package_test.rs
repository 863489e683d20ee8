//! `cargo xtask package-test [--debug] [inspect|install]`: checks the packages `cargo xtask
//! bundle` made, as a user gets them. CI runs both parts on the debug packages.
//!
//! - `inspect`: `dpkg-deb -I` and the file list (the programs, the menu entry, the icons, the
//!   MIME type, the copyright and changelog), the control fields (WebKitGTK among the
//!   dependencies, a maintainer with an address), the menu entry and MIME type's contents
//!   (`desktop-file-validate` too), `lintian` (no errors; warnings are printed), and the
//!   `.rpm`'s file list with `rpm -qlp` where rpm is installed.
//! - `install`: `apt-get install ./custos_….deb`, the installed files, `custos --version`
//!   from a standard PATH, what the system now says of a `.custos` file (its type and the app
//!   that opens it, as a double click asks GLib), the installed app's welcome screen under
//!   Xvfb (`tests/tests/package.rs` through tauri-driver), then `apt-get purge` and a check
//!   that nothing of the package is left, in /usr or in the MIME caches. It installs into /usr
//!   (as root, or through sudo), purges whatever happened in between, and refuses to start
//!   when a `custos` package is already installed (it would remove it).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::bundle::{self, APP_BIN, CLI_BIN, PACKAGES, Profile};
use crate::exec::{self, Failure, Result};
use crate::tasks::LINTED_BUILD;

/// The Debian package's name.
pub const PACKAGE: &str = "custos";
/// The MIME type of a vault, as `src-tauri/packaging/linux/custos.xml` declares it.
pub const VAULT_MIME: &str = "application/x-custos-vault";
/// The menu entry the bundler writes (named after the product).
pub const DESKTOP_ENTRY: &str = "/usr/share/applications/Custos.desktop";
/// The file the MIME database gets for the vault type once the package is installed.
pub const MIME_DATABASE_ENTRY: &str = "/usr/share/mime/application/x-custos-vault.xml";
/// Where desktop-file-utils' trigger notes which menu entries open which types (GLib reads it).
pub const MIME_APPS_CACHE: &str = "/usr/share/applications/mimeinfo.cache";
/// The installed-app E2E test (`tests/tests/package.rs`) and the variable that points it at
/// the installed app.
pub const INSTALLED_APP_TEST: &str = "package";
pub const INSTALLED_APP_VAR: &str = "CUSTOS_INSTALLED_APP";

/// What every package must hold.
pub const REQUIRED_FILES: &[&str] = &[
    "/usr/bin/custos",
    "/usr/bin/custos-desktop",
    DESKTOP_ENTRY,
    "/usr/share/icons/hicolor/32x32/apps/custos-desktop.png",
    "/usr/share/icons/hicolor/128x128/apps/custos-desktop.png",
    "/usr/share/icons/hicolor/256x256/apps/custos-desktop.png",
    "/usr/share/icons/hicolor/512x512/apps/custos-desktop.png",
    "/usr/share/mime/packages/custos.xml",
    "/usr/share/doc/custos/copyright",
    "/usr/share/doc/custos/changelog.gz",
];

/// What a Debian 12 / Ubuntu 24.04 needs for the app: `apt-get install` pulls these in.
pub const REQUIRED_DEPENDS: &[&str] = &["libwebkit2gtk-4.1-0", "libgtk-3-0", "libc6"];

/// Which part to run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Inspect,
    Install,
    Both,
}

/// A parsed `cargo xtask package-test` command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    pub profile: Profile,
    pub part: Part,
}

/// Parses the arguments after `package-test`.
pub fn parse(args: &[String]) -> std::result::Result<Options, String> {
    let mut options = Options { profile: Profile::Release, part: Part::Both };
    for a in args {
        match a.as_str() {
            "--debug" => options.profile = Profile::Debug,
            "inspect" => options.part = Part::Inspect,
            "install" => options.part = Part::Install,
            other => return Err(format!("unexpected argument `{other}` for `package-test`")),
        }
    }
    Ok(options)
}

pub fn package_test(root: &Path, options: Options) -> Result {
    let dir = root.join(PACKAGES).join(options.profile.dir());
    let deb = only_file(&dir, ".deb")?;
    if options.part != Part::Install {
        inspect_deb(&deb)?;
        inspect_rpm(&dir)?;
    }
    if options.part != Part::Inspect {
        install_test(root, &deb)?;
    }
    Ok(())
}

/// The one file in `dir` ending with `suffix` (`cargo xtask bundle` empties the directory).
fn only_file(dir: &Path, suffix: &str) -> Result<PathBuf> {
    let mut found = bundle::files_ending(dir, suffix)
        .map_err(|e| Failure::new(format!("{e} (make the packages with `cargo xtask bundle` first)")))?;
    match found.len() {
        1 => Ok(found.remove(0)),
        n => Err(Failure::new(format!("{n} {suffix} files in {}, expected one", dir.display()))),
    }
}

// ---- inspect ----

fn inspect_deb(deb: &Path) -> Result {
    exec::run(Command::new("dpkg-deb").arg("--info").arg(deb))?;
    let listing = output(Command::new("dpkg-deb").arg("--contents").arg(deb))?;
    let paths = deb_paths(&listing);
    let missing = missing_files(REQUIRED_FILES, &paths);
    if !missing.is_empty() {
        return Err(Failure::new(format!("{} lacks {}", deb.display(), missing.join(", "))));
    }
    println!("package-test: {} holds {} files, every required one among them", deb.display(), paths.len());

    let fields = output(Command::new("dpkg-deb").arg("--field").arg(deb).args(["Package", "Depends", "Maintainer"]))?;
    let problems = control_problems(&fields);
    if !problems.is_empty() {
        return Err(Failure::new(format!("{}: {}", deb.display(), problems.join("; "))));
    }

    // The menu entry and the MIME type as they will be installed.
    let unpacked = deb.with_extension("unpacked");
    let _ = std::fs::remove_dir_all(&unpacked);
    exec::run(Command::new("dpkg-deb").arg("--extract").arg(deb).arg(&unpacked))?;
    let read = |path: &str| {
        let file = unpacked.join(path.trim_start_matches('/'));
        std::fs::read_to_string(&file).map_err(|e| Failure::new(format!("{}: {e}", file.display())))
    };
    let mut problems = desktop_entry_problems(&read(DESKTOP_ENTRY)?);
    problems.extend(mime_problems(&read("/usr/share/mime/packages/custos.xml")?));
    let valid =
        exec::run(Command::new("desktop-file-validate").arg(unpacked.join(DESKTOP_ENTRY.trim_start_matches('/'))));
    let _ = std::fs::remove_dir_all(&unpacked);
    if !problems.is_empty() {
        return Err(Failure::new(format!("{}: {}", deb.display(), problems.join("; "))));
    }
    valid?;
    println!("package-test: the menu entry opens .custos files in the app ({VAULT_MIME}, %f)");

    // Errors fail; warnings and information are printed and stay.
    exec::run(Command::new("lintian").args(["--fail-on", "error", "--display-info"]).arg(deb))
}

fn inspect_rpm(dir: &Path) -> Result {
    let rpm = only_file(dir, ".rpm")?;
    if exec::which("rpm").is_none() {
        println!("package-test: no `rpm` here, {} not inspected", rpm.display());
        return Ok(());
    }
    exec::run(Command::new("rpm").arg("-qip").arg(&rpm))?;
    let listing = output(Command::new("rpm").arg("-qlp").arg(&rpm))?;
    let paths: Vec<String> = listing.lines().map(str::to_owned).collect();
    let missing = missing_files(REQUIRED_FILES, &paths);
    if !missing.is_empty() {
        return Err(Failure::new(format!("{} lacks {}", rpm.display(), missing.join(", "))));
    }
    println!("package-test: {} holds {} files, every required one among them", rpm.display(), paths.len());
    Ok(())
}

/// The installed paths in a `dpkg-deb --contents` listing (`drwxr-xr-x 0/0 0 2026-… ./usr/`),
/// as absolute paths without a trailing slash.
pub fn deb_paths(listing: &str) -> Vec<String> {
    listing
        .lines()
        .filter_map(|line| line.split_whitespace().nth(5))
        .map(|p| format!("/{}", p.trim_start_matches("./").trim_end_matches('/')))
        .filter(|p| p != "/")
        .collect()
}

/// The required paths that are not in `paths`.
pub fn missing_files<'a>(required: &[&'a str], paths: &[String]) -> Vec<&'a str> {
    required.iter().copied().filter(|r| !paths.iter().any(|p| p == r)).collect()
}

/// What is wrong with the control fields (`dpkg-deb --field` output: `Name: value` lines).
pub fn control_problems(fields: &str) -> Vec<String> {
    let field =
        |name: &str| fields.lines().find_map(|l| l.strip_prefix(name).and_then(|r| r.strip_prefix(':'))).map(str::trim);
    let mut problems = Vec::new();
    if field("Package") != Some(PACKAGE) {
        problems.push(format!("the package is not called {PACKAGE}"));
    }
    let depends: Vec<&str> =
        field("Depends").unwrap_or_default().split(',').filter_map(|d| d.split_whitespace().next()).collect();
    for wanted in REQUIRED_DEPENDS {
        if !depends.contains(wanted) {
            problems.push(format!("it does not depend on {wanted}"));
        }
    }
    if !field("Maintainer").is_some_and(|m| m.contains('<') && m.ends_with('>')) {
        problems.push("its maintainer has no address".to_owned());
    }
    problems
}

/// What is wrong with the menu entry: it must pass the file to the app and claim vaults.
pub fn desktop_entry_problems(entry: &str) -> Vec<String> {
    let key = |name: &str| entry.lines().find_map(|l| l.strip_prefix(name).and_then(|r| r.strip_prefix('=')));
    let mut problems = Vec::new();
    if !key("Exec").is_some_and(|e| e.split_whitespace().next() == Some(APP_BIN) && e.contains("%f")) {
        problems.push(format!("its Exec does not start {APP_BIN} with the file (%f)"));
    }
    if !key("MimeType").is_some_and(|m| m.split(';').any(|t| t == VAULT_MIME)) {
        problems.push(format!("its MimeType lacks {VAULT_MIME}"));
    }
    if key("Icon") != Some(APP_BIN) {
        problems.push(format!("its Icon is not {APP_BIN}"));
    }
    problems
}

/// What is wrong with the shared-mime-info declaration.
pub fn mime_problems(xml: &str) -> Vec<String> {
    let mut problems = Vec::new();
    if !xml.contains(&format!("<mime-type type=\"{VAULT_MIME}\">")) {
        problems.push(format!("the MIME file does not declare {VAULT_MIME}"));
    }
    if !xml.contains("<glob pattern=\"*.custos\"/>") {
        problems.push("the MIME file does not match *.custos".to_owned());
    }
    problems
}

// ---- install ----

fn install_test(root: &Path, deb: &Path) -> Result {
    if installed() {
        return Err(Failure::new(format!(
            "a `{PACKAGE}` package is installed on this machine; the install test would remove it: \
             purge it first (apt-get purge {PACKAGE})"
        )));
    }
    let deb = deb.canonicalize().map_err(|e| Failure::new(format!("{}: {e}", deb.display())))?;
    exec::run(privileged("apt-get").args(["install", "-y"]).arg(&deb))?;
    // Whatever the checks find, the package goes again.
    let files = installed_files();
    let checked = files.as_ref().map_err(clone_failure).and_then(|files| check_installed(root, &deb, files));
    let purged = exec::run(privileged("apt-get").args(["purge", "-y", PACKAGE]));
    let left = files.and_then(|files| check_purged(&files));
    checked?;
    purged?;
    left
}

fn clone_failure(e: &Failure) -> Failure {
    Failure::with_code(e.message.clone(), e.code)
}

/// The regular files the installed package owns (`dpkg -L`), as installed.
fn installed_files() -> Result<Vec<String>> {
    let listing = output(Command::new("dpkg").args(["-L", PACKAGE]))?;
    Ok(listing.lines().filter(|p| Path::new(p).is_file()).map(str::to_owned).collect())
}

fn check_installed(root: &Path, deb: &Path, files: &[String]) -> Result {
    let missing = missing_files(REQUIRED_FILES, files);
    if !missing.is_empty() {
        return Err(Failure::new(format!("installed, the package lacks {}", missing.join(", "))));
    }

    // `custos` is a command in a standard PATH, the package's version.
    let version = output(Command::new("dpkg-deb").arg("--field").arg(deb).arg("Version"))?;
    let said = output(Command::new(CLI_BIN).arg("--version").env("PATH", "/usr/bin:/bin"))?;
    if !said.split_whitespace().any(|w| w == version.trim()) {
        return Err(Failure::new(format!("`custos --version` says {said:?}, the package is {}", version.trim())));
    }
    println!("package-test: installed `custos --version`: {}", said.trim());

    // The system knows the vault's type and that the app opens it (the dpkg triggers of
    // shared-mime-info and desktop-file-utils ran): what a double click asks.
    if !Path::new(MIME_DATABASE_ENTRY).is_file() {
        return Err(Failure::new(format!("no {MIME_DATABASE_ENTRY}: the MIME database does not know vaults")));
    }
    let probe = std::env::temp_dir().join(format!("xtask-package-test-{}.custos", std::process::id()));
    std::fs::write(&probe, [0x8a_u8, 0x17, 0xc3, 0x5e, 0x01, 0xf0, 0x42, 0x99])
        .map_err(|e| Failure::new(format!("{}: {e}", probe.display())))?;
    let info = output(Command::new("gio").args(["info", "--attributes", "standard::content-type"]).arg(&probe));
    let _ = std::fs::remove_file(&probe);
    let info = info?;
    if !info.contains(VAULT_MIME) {
        return Err(Failure::new(format!("a .custos file is not seen as {VAULT_MIME}: {info}")));
    }
    let handlers = output(Command::new("gio").args(["mime", VAULT_MIME]))?;
    let entry = desktop_entry_name();
    if !handlers.contains(entry) {
        return Err(Failure::new(format!("{entry} does not open {VAULT_MIME}: {handlers}")));
    }
    println!("package-test: a .custos file is {VAULT_MIME}, opened by {entry}");

    // The installed app in a real window shows the welcome screen.
    exec::run(
        Command::new("xvfb-run")
            .arg("-a")
            .arg(exec::cargo())
            .args(installed_app_test_args())
            .envs(LINTED_BUILD.iter().copied())
            .env(INSTALLED_APP_VAR, format!("/usr/bin/{APP_BIN}"))
            .current_dir(root),
    )
}

/// The cargo arguments of the installed-app E2E test: the workspace's test build (the same
/// selection and environment as `cargo xtask test`'s, so nothing is compiled), this one test.
pub fn installed_app_test_args() -> [&'static str; 7] {
    ["test", "--workspace", "--locked", "--test", INSTALLED_APP_TEST, "--", "--ignored"]
}

fn check_purged(files: &[String]) -> Result {
    let mut left: Vec<String> = files.iter().filter(|f| Path::new(f).exists()).cloned().collect();
    for generated in [MIME_DATABASE_ENTRY, "/usr/share/doc/custos"] {
        if Path::new(generated).exists() {
            left.push(generated.to_owned());
        }
    }
    // The caches the triggers rebuilt no longer name the app.
    let cache = std::fs::read_to_string(MIME_APPS_CACHE).unwrap_or_default();
    if cache.contains(VAULT_MIME) || cache.contains(desktop_entry_name()) {
        left.push(format!("{VAULT_MIME} in {MIME_APPS_CACHE}"));
    }
    if installed() {
        return Err(Failure::new(format!("`{PACKAGE}` is still installed after apt-get purge")));
    }
    if !left.is_empty() {
        return Err(Failure::new(format!("left behind after apt-get purge: {}", left.join(", "))));
    }
    println!("package-test: purged, none of the package's {} files is left", files.len());
    Ok(())
}

/// The menu entry's file name (its desktop file ID).
fn desktop_entry_name() -> &'static str {
    DESKTOP_ENTRY.rsplit('/').next().unwrap_or(DESKTOP_ENTRY)
}

/// Whether dpkg has the package in any state but "not installed" (config files count).
fn installed() -> bool {
    Command::new("dpkg-query")
        .args(["-W", "-f=${Status}", PACKAGE])
        .stderr(std::process::Stdio::null())
        .output()
        .map(|o| o.status.success() && !String::from_utf8_lossy(&o.stdout).contains("not-installed"))
        .unwrap_or(false)
}

/// `program` as root: directly when we are root, else through sudo.
fn privileged(program: &str) -> Command {
    let mut cmd = if exec::is_root() {
        Command::new(program)
    } else {
        let mut sudo = Command::new("sudo");
        sudo.args(["env", "DEBIAN_FRONTEND=noninteractive", program]);
        sudo
    };
    cmd.env("DEBIAN_FRONTEND", "noninteractive");
    cmd
}

/// Runs `cmd` and returns its standard output; a failure carries its standard error.
fn output(cmd: &mut Command) -> Result<String> {
    let shown = exec::display(cmd);
    let out = cmd.output().map_err(|e| Failure::new(format!("cannot start `{shown}`: {e}")))?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        Err(Failure::new(format!("`{shown}` failed ({}): {}", out.status, String::from_utf8_lossy(&out.stderr).trim())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(args: &[&str]) -> Vec<String> {
        args.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn parts_and_profiles() {
        assert_eq!(parse(&[]), Ok(Options { profile: Profile::Release, part: Part::Both }));
        assert_eq!(
            parse(&strings(&["--debug", "install"])),
            Ok(Options { profile: Profile::Debug, part: Part::Install })
        );
        assert_eq!(parse(&strings(&["inspect"])), Ok(Options { profile: Profile::Release, part: Part::Inspect }));
        assert!(parse(&strings(&["--keep"])).is_err());
    }

    #[test]
    fn deb_listing_paths() {
        let listing = "drwxr-xr-x 0/0               0 2026-12-07 03:33 usr\n\
                       -rwxr-xr-x 0/0        36117336 2026-12-07 03:33 usr/bin/custos\n\
                       drwxr-xr-x root/root         0 2026-12-07 03:33 ./\n\
                       -rw-r--r-- root/root       290 2026-12-07 03:33 ./usr/share/mime/packages/custos.xml\n";
        assert_eq!(deb_paths(listing), ["/usr", "/usr/bin/custos", "/usr/share/mime/packages/custos.xml"]);
    }

    #[test]
    fn missing_files_are_named() {
        let paths = strings(&["/usr/bin/custos", "/usr/share/doc/custos/copyright"]);
        let missing = missing_files(REQUIRED_FILES, &paths);
        assert!(missing.contains(&"/usr/bin/custos-desktop"));
        assert!(missing.contains(&DESKTOP_ENTRY));
        assert!(!missing.contains(&"/usr/bin/custos"));
        let all: Vec<String> = REQUIRED_FILES.iter().map(|f| f.to_string()).collect();
        assert!(missing_files(REQUIRED_FILES, &all).is_empty());
    }

    #[test]
    fn control_fields() {
        let good = "Package: custos\nDepends: libc6 (>= 2.34), libgcc-s1, libwebkit2gtk-4.1-0, libgtk-3-0\n\
                    Maintainer: Custos Dev <dev@custos.invalid>\n";
        assert!(control_problems(good).is_empty(), "{:?}", control_problems(good));
        let bad = "Package: Custos\nDepends: libgtk-3-0\nMaintainer: Custos\n";
        let problems = control_problems(bad);
        assert_eq!(problems.len(), 4, "{problems:?}");
        assert!(problems.iter().any(|p| p.contains("libwebkit2gtk-4.1-0")));
    }

    #[test]
    fn desktop_entry_must_open_vaults() {
        let good = "[Desktop Entry]\nType=Application\nName=Custos\nExec=custos-desktop %f\n\
                    Icon=custos-desktop\nMimeType=application/x-custos-vault;\n";
        assert!(desktop_entry_problems(good).is_empty());
        // The bundler's own template starts the app without the file and claims no type.
        let bundlers = "[Desktop Entry]\nExec=custos-desktop\nIcon=custos-desktop\nName=Custos\n";
        assert_eq!(desktop_entry_problems(bundlers).len(), 2);
        assert_eq!(desktop_entry_problems("").len(), 3);
    }

    #[test]
    fn the_packaged_files_say_what_the_checks_expect() {
        let root = exec::workspace_root().expect("workspace root");
        let read = |p: &str| std::fs::read_to_string(root.join(p)).expect(p);
        assert!(mime_problems(&read("src-tauri/packaging/linux/custos.xml")).is_empty());
        assert_eq!(mime_problems("<mime-info/>").len(), 2);
        let template = read("src-tauri/packaging/linux/custos.desktop.hbs");
        assert!(template.contains("Exec={{exec}} %f"), "{template}");
        let config = read("tauri.conf.json");
        assert!(config.contains(&format!("\"mimeType\": \"{VAULT_MIME}\"")));
    }

    #[test]
    fn the_installed_app_test_reuses_the_test_build() {
        let args = installed_app_test_args();
        assert_eq!(args[..3], ["test", "--workspace", "--locked"]);
        assert_eq!(args[3..5], ["--test", INSTALLED_APP_TEST]);
        let root = exec::workspace_root().expect("workspace root");
        let test = std::fs::read_to_string(root.join("tests/tests").join(format!("{INSTALLED_APP_TEST}.rs")))
            .expect("the installed-app test");
        assert!(test.contains(INSTALLED_APP_VAR));
    }
}
