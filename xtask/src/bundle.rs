//! `cargo xtask bundle [--debug]`: the Linux packages (`.deb` and `.rpm`), made by the Tauri
//! bundler from binaries cargo has already built.
//!
//! The bundler is the Tauri CLI from ui/'s npm packages (`@tauri-apps/cli`, a prebuilt
//! binary), run as `tauri bundle`: it packages what is built and compiles nothing. What goes
//! into the packages is configured in `tauri.conf.json` (`bundle`) and `src-tauri/packaging/linux/`.
//!
//! - Release (the default): the UI is built, then `cargo build --release` of the app and the
//!   CLI.
//! - `--debug`: the dev-profile binaries exactly as `cargo xtask test` builds them (the same
//!   cargo arguments and environment as the tests), so after a test run nothing is compiled:
//!   what CI packages and installs. The UI is built only when `ui/dist` is missing or older
//!   than the UI's sources (rebuilding it makes cargo recompile the app, which embeds it).
//!
//! Both binaries are stripped into [`STAGE`] (a package ships stripped programs; the bundler
//! takes the app from `$CARGO_TARGET_DIR/<profile>/`, so it is pointed there, and the config
//! takes the CLI and the compressed changelog from there). The packages are then moved to
//! `target/packages/<profile>/` under their conventional lower-case names.
//!
//! AppImage is left out: its bundler downloads linuxdeploy while bundling, so it cannot be
//! built offline. The `.msi` and `.dmg` are configured in `tauri.conf.json` and built on
//! Windows and macOS with `tauri build` (see the README).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;

use crate::exec::{self, Failure, Result};
use crate::setup;
use crate::tasks::{GENERATED_UI, LINTED_BUILD};

/// Where the stripped binaries and the compressed changelog are put for the bundler, relative
/// to the workspace root; `tauri.conf.json` names the files in it.
pub const STAGE: &str = "target/packaging";
/// Where the finished packages go, relative to the workspace root (then `<profile>/`).
pub const PACKAGES: &str = "target/packages";
/// The package formats built here.
pub const FORMATS: &str = "deb,rpm";
/// The desktop app's binary (the bundler's main binary: the package's `/usr/bin/custos-desktop`).
pub const APP_BIN: &str = "custos-desktop";
/// The command line's binary (`/usr/bin/custos`).
pub const CLI_BIN: &str = "custos";
/// The Debian changelog, compressed into the package's `/usr/share/doc/custos/changelog.gz`.
pub const CHANGELOG: &str = "src-tauri/packaging/linux/changelog";

/// Which cargo profile's binaries are packaged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    Release,
    Debug,
}

impl Profile {
    /// Its directory under the target directory.
    pub fn dir(self) -> &'static str {
        match self {
            Profile::Release => "release",
            Profile::Debug => "debug",
        }
    }
}

/// A parsed `cargo xtask bundle` command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    pub profile: Profile,
    pub setup: bool,
}

/// Parses the arguments after `bundle`.
pub fn parse(args: &[String]) -> std::result::Result<Options, String> {
    let mut options = Options { profile: Profile::Release, setup: true };
    for a in args {
        match a.as_str() {
            "--debug" => options.profile = Profile::Debug,
            "--no-setup" => options.setup = false,
            other => return Err(format!("unexpected argument `{other}` for `bundle`")),
        }
    }
    Ok(options)
}

/// The cargo command that builds what is packaged.
pub fn build_args(profile: Profile) -> &'static [&'static str] {
    match profile {
        Profile::Release => &["build", "--release", "--locked", "-p", "custos-desktop", "-p", "custos-cli"],
        // As `custos_e2e::build_like_the_tests` builds the binaries inside a test run: the
        // features `cargo test --workspace` resolves, so the test build's binaries are reused.
        Profile::Debug => &["build", "--locked", "--workspace", "--tests", "--bin", APP_BIN, "--bin", CLI_BIN],
    }
}

/// The environment of that build: the debug build is the test build, compiled through clippy's
/// driver as `cargo xtask test` compiles it (another wrapper would rebuild everything).
pub fn build_env(profile: Profile) -> &'static [(&'static str, &'static str)] {
    match profile {
        Profile::Release => &[],
        Profile::Debug => LINTED_BUILD,
    }
}

/// The arguments of the Tauri CLI.
pub fn tauri_args(profile: Profile) -> Vec<&'static str> {
    let mut args = vec!["bundle", "--bundles", FORMATS, "--ci"];
    if profile == Profile::Debug {
        args.push("--debug");
    }
    args
}

/// The conventional name of a package file the bundler named after the product
/// (`Custos_0.1.0_amd64.deb` → `custos_0.1.0_amd64.deb`): the package's name is lower case.
pub fn conventional_name(bundler_name: &str) -> String {
    bundler_name.to_lowercase()
}

/// `cargo xtask bundle`: builds (or reuses) the binaries, bundles them and returns the packages.
pub fn bundle(root: &Path, options: Options) -> Result<Vec<PathBuf>> {
    if !cfg!(target_os = "linux") {
        return Err(Failure::new(
            "cargo xtask bundle makes the Linux packages; on Windows and macOS build the .msi or \
             .dmg with `tauri build` (see the README)",
        ));
    }
    if options.setup {
        setup::setup(root)?;
    }
    let profile = options.profile;
    let tauri = root.join("ui/node_modules/.bin/tauri");
    if !tauri.is_file() {
        return Err(Failure::new(format!("no Tauri CLI at {}: run `cargo xtask setup`", tauri.display())));
    }

    if profile == Profile::Release || ui_is_stale(root) {
        // The app embeds ui/dist when it is compiled. A debug package reuses the test build,
        // which was compiled with the UI as it was built: rebuilding an up-to-date UI would
        // only make cargo recompile the app.
        exec::run(Command::new("npm").args(["run", "build"]).current_dir(root.join("ui")))?;
    }
    exec::run(
        Command::new(exec::cargo())
            .args(build_args(profile))
            .envs(build_env(profile).iter().copied())
            .current_dir(root),
    )?;

    let built = target_dir(root).join(profile.dir());
    let stage = root.join(STAGE);
    remove_dir(&stage)?;
    let app_dir = stage.join(profile.dir());
    create_dir(&app_dir)?;
    strip(&built.join(APP_BIN), &app_dir.join(APP_BIN))?;
    strip(&built.join(CLI_BIN), &stage.join(CLI_BIN))?;
    gzip(&root.join(CHANGELOG), &stage.join("changelog.gz"))?;

    exec::run(
        Command::new(&tauri)
            .args(tauri_args(profile))
            .env("CARGO_TARGET_DIR", &stage)
            .current_dir(root.join("src-tauri")),
    )?;

    let out = root.join(PACKAGES).join(profile.dir());
    remove_dir(&out)?;
    create_dir(&out)?;
    let mut packages = Vec::new();
    for format in FORMATS.split(',') {
        let dir = app_dir.join("bundle").join(format);
        for made in files_ending(&dir, &format!(".{format}"))? {
            let name = made.file_name().map(|n| conventional_name(&n.to_string_lossy())).unwrap_or_default();
            let to = out.join(name);
            std::fs::rename(&made, &to)
                .map_err(|e| Failure::new(format!("moving {} to {}: {e}", made.display(), to.display())))?;
            packages.push(to);
        }
    }
    if packages.len() != FORMATS.split(',').count() {
        return Err(Failure::new(format!(
            "the bundler made {} packages, expected one per format ({FORMATS})",
            packages.len()
        )));
    }
    for p in &packages {
        let size = p.metadata().map(|m| m.len()).unwrap_or(0);
        println!("bundle: {} ({:.1} MiB)", p.display(), size as f64 / (1024.0 * 1024.0));
    }
    Ok(packages)
}

/// The UI's sources, relative to the workspace root: what `npm run build` reads.
pub const UI_SOURCES: &[&str] = &["ui/src", "ui/index.html", "ui/vite.config.ts", "ui/package-lock.json"];

/// Whether ui/dist is missing or older than a source of the UI. The sources cargo's tests
/// write ([`GENERATED_UI`]: rewritten on every test run, identical to what is committed, which
/// CI checks) do not count, or every test run would make the UI look stale.
fn ui_is_stale(root: &Path) -> bool {
    let built = root.join("ui/dist/index.html").metadata().and_then(|m| m.modified()).ok();
    let mut changed = Vec::new();
    for source in UI_SOURCES {
        modification_times(root, &root.join(source), &mut changed);
    }
    is_stale(built, &changed)
}

/// Whether something built at `built` (`None`: not built) is older than one of `sources`.
pub fn is_stale(built: Option<SystemTime>, sources: &[SystemTime]) -> bool {
    built.is_none_or(|built| sources.iter().any(|&changed| changed > built))
}

/// The modification times of the files under `path`, leaving out [`GENERATED_UI`].
fn modification_times(root: &Path, path: &Path, out: &mut Vec<SystemTime>) {
    if GENERATED_UI.iter().any(|generated| path == root.join(generated)) {
        return;
    }
    match std::fs::read_dir(path) {
        Ok(entries) => {
            for entry in entries.flatten() {
                modification_times(root, &entry.path(), out);
            }
        }
        Err(_) => out.extend(path.metadata().and_then(|m| m.modified()).ok()),
    }
}

/// The files in `dir` whose names end with `suffix`, sorted.
pub fn files_ending(dir: &Path, suffix: &str) -> Result<Vec<PathBuf>> {
    let entries = std::fs::read_dir(dir).map_err(|e| Failure::new(format!("{}: {e}", dir.display())))?;
    let mut found: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.file_name().is_some_and(|n| n.to_string_lossy().ends_with(suffix)))
        .collect();
    found.sort();
    Ok(found)
}

/// Cargo's target directory: `$CARGO_TARGET_DIR` or `target/` in the workspace.
pub fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map(|d| root.join(d)).unwrap_or_else(|| root.join("target"))
}

fn strip(from: &Path, to: &Path) -> Result {
    if !from.is_file() {
        return Err(Failure::new(format!("no binary at {}: the build did not make it", from.display())));
    }
    exec::run(Command::new("strip").args(["--strip-all", "--remove-section=.comment", "-o"]).arg(to).arg(from))
}

/// `gzip -9n`: the best compression, and no name or time stamp inside (reproducible).
fn gzip(from: &Path, to: &Path) -> Result {
    let out = std::fs::File::create(to).map_err(|e| Failure::new(format!("{}: {e}", to.display())))?;
    exec::run(Command::new("gzip").args(["-9n", "-c"]).arg(from).stdout(out))
}

fn remove_dir(dir: &Path) -> Result {
    match std::fs::remove_dir_all(dir) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            Err(Failure::new(format!("removing {}: {e}", dir.display())))
        }
        _ => Ok(()),
    }
}

fn create_dir(dir: &Path) -> Result {
    std::fs::create_dir_all(dir).map_err(|e| Failure::new(format!("{}: {e}", dir.display())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(args: &[&str]) -> Vec<String> {
        args.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn release_is_the_default() {
        assert_eq!(parse(&[]), Ok(Options { profile: Profile::Release, setup: true }));
        assert_eq!(parse(&strings(&["--debug", "--no-setup"])), Ok(Options { profile: Profile::Debug, setup: false }));
        assert!(parse(&strings(&["--appimage"])).is_err());
    }

    #[test]
    fn the_debug_package_reuses_the_test_build() {
        // The same arguments and environment as the binaries the tests build (tests/src/lib.rs
        // `build_like_the_tests`), so nothing is compiled again.
        let args = build_args(Profile::Debug);
        assert_eq!(args[..4], ["build", "--locked", "--workspace", "--tests"]);
        assert!(!args.contains(&"--release"));
        assert_eq!(build_env(Profile::Debug), LINTED_BUILD);
        assert!(tauri_args(Profile::Debug).contains(&"--debug"));
    }

    #[test]
    fn the_release_package_builds_the_app_and_the_cli() {
        assert_eq!(
            build_args(Profile::Release),
            ["build", "--release", "--locked", "-p", "custos-desktop", "-p", "custos-cli"]
        );
        assert!(build_env(Profile::Release).is_empty());
        assert_eq!(tauri_args(Profile::Release), ["bundle", "--bundles", "deb,rpm", "--ci"]);
    }

    #[test]
    fn packages_get_lower_case_names() {
        assert_eq!(conventional_name("Custos_0.1.0_amd64.deb"), "custos_0.1.0_amd64.deb");
        assert_eq!(conventional_name("Custos-0.1.0-1.x86_64.rpm"), "custos-0.1.0-1.x86_64.rpm");
    }

    #[test]
    fn the_config_takes_the_staged_files() {
        // tauri.conf.json names the files this module stages: both must agree.
        let root = exec::workspace_root().expect("workspace root");
        let config = std::fs::read_to_string(root.join("tauri.conf.json")).expect("tauri.conf.json");
        for staged in [format!("../{STAGE}/{CLI_BIN}"), format!("../{STAGE}/changelog.gz")] {
            assert_eq!(config.matches(&format!("\"{staged}\"")).count(), 2, "{staged} in deb and rpm files");
        }
        assert!(root.join(CHANGELOG).is_file());
    }

    #[test]
    fn the_ui_is_rebuilt_when_missing_or_older_than_a_source() {
        let t0 = SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_000);
        let t1 = t0 + std::time::Duration::from_secs(1);
        assert!(is_stale(None, &[t0]));
        assert!(is_stale(Some(t0), &[t0, t1]));
        assert!(!is_stale(Some(t1), &[t0, t1]));
        assert!(!is_stale(Some(t0), &[]));
    }

    #[test]
    fn generated_ui_files_are_not_sources() {
        let root = exec::workspace_root().expect("workspace root");
        let mut sources = Vec::new();
        modification_times(&root, &root.join("ui/src/lib"), &mut sources);
        assert!(!sources.is_empty(), "ui/src/lib has sources");
        // Each generated path is skipped, whether a folder (bindings) or a file.
        for generated in GENERATED_UI {
            assert!(root.join(generated).exists(), "{generated} is generated into the UI");
            let mut times = Vec::new();
            modification_times(&root, &root.join(generated), &mut times);
            assert!(times.is_empty(), "{generated} counted as a source");
        }
    }

    #[test]
    fn files_ending_lists_only_matching_files() {
        let dir = std::env::temp_dir().join(format!("xtask-files-ending-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("sub.deb")).expect("dir");
        for name in ["b.deb", "a.deb", "a.rpm", "deb"] {
            std::fs::write(dir.join(name), b"").expect("file");
        }
        let found = files_ending(&dir, ".deb").expect("listing");
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!(found, [dir.join("a.deb"), dir.join("b.deb")]);
    }
}
