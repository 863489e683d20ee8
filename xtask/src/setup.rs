//! `cargo xtask setup`: installs what a fresh Debian/Ubuntu machine lacks, and does nothing
//! (quickly) when everything is present.
//!
//! What is needed is described by the tables below. Each entry is switched on by a file in the
//! workspace (`when_file`), so the desktop app's dependencies arrive automatically once
//! `src-tauri/Cargo.toml` exists. To add a requirement, add an entry; to switch one off, set
//! `enabled: false`.

use std::path::Path;
use std::process::Command;
use std::time::SystemTime;

use crate::exec::{self, Failure, Result};

/// `src-tauri/Cargo.toml`: the desktop app exists.
pub const TAURI_MANIFEST: &str = "src-tauri/Cargo.toml";
/// `ui/package.json`: the web front end exists.
pub const UI_PACKAGE: &str = "ui/package.json";

/// A group of Debian packages.
#[derive(Debug)]
pub struct AptGroup {
    pub name: &'static str,
    pub packages: &'static [&'static str],
    /// Master switch.
    pub enabled: bool,
    /// Only wanted when this file (relative to the workspace root) exists.
    pub when_file: Option<&'static str>,
    /// Not wanted when this program is already on `PATH` (installed some other way).
    pub unless_program: Option<&'static str>,
}

pub const APT_GROUPS: &[AptGroup] = &[
    AptGroup {
        // C toolchain for SQLCipher + vendored OpenSSL (rusqlite bundled), pdftotext for PDF tests,
        // libclang for bindgen (rusqlite's `session` feature generates its bindings at build time).
        name: "base",
        packages: &["build-essential", "pkg-config", "perl", "make", "poppler-utils", "libclang-dev"],
        enabled: true,
        when_file: None,
        unless_program: None,
    },
    AptGroup {
        // A real folder sync engine for the team sync tests (docs/TEAM.md): two Syncthing
        // instances on loopback; skipped with a message when absent.
        name: "sync",
        packages: &["syncthing"],
        enabled: true,
        when_file: None,
        unless_program: Some("syncthing"),
    },
    AptGroup {
        // Tauri 2 on Linux, plus a headless X server, WebKitWebDriver and a D-Bus session bus
        // (dbus-daemon: the single-instance E2E test starts its own) for the E2E tests.
        name: "tauri",
        packages: &[
            "libwebkit2gtk-4.1-dev",
            "librsvg2-dev",
            "libayatana-appindicator3-dev",
            "xvfb",
            "webkit2gtk-driver",
            "dbus-daemon",
        ],
        enabled: true,
        when_file: Some(TAURI_MANIFEST),
        unless_program: None,
    },
    AptGroup {
        // Checking the packages `cargo xtask bundle` makes (`cargo xtask test` does):
        // lintian for the .deb, rpm to list the .rpm; desktop-file-utils (which every desktop
        // has) validates the menu entry and, by its dpkg trigger, tells GLib which app opens a
        // MIME type; gio asks the system which type a .custos file is and what opens it.
        name: "packaging",
        packages: &["lintian", "rpm", "desktop-file-utils", "libglib2.0-bin"],
        enabled: true,
        when_file: Some(TAURI_MANIFEST),
        unless_program: None,
    },
    AptGroup {
        // Node.js for ui/, only when no npm is installed (e.g. via nvm or NodeSource).
        // Debian 12 ships Node 18; see `check_node_version`.
        name: "node",
        packages: &["nodejs", "npm"],
        enabled: true,
        when_file: Some(UI_PACKAGE),
        unless_program: Some("npm"),
    },
];

/// A program installed with `cargo install`.
#[derive(Debug)]
pub struct CargoTool {
    /// The executable looked for on `PATH` and in `$CARGO_HOME/bin`.
    pub binary: &'static str,
    /// Arguments after `cargo install`.
    pub install_args: &'static [&'static str],
    pub enabled: bool,
    pub when_file: Option<&'static str>,
}

pub const CARGO_TOOLS: &[CargoTool] = &[CargoTool {
    binary: "tauri-driver",
    install_args: &["tauri-driver", "--locked"],
    enabled: true,
    when_file: Some(TAURI_MANIFEST),
}];

/// The oldest Node.js major version the UI tool chain (Vite, Vitest) is expected to need.
const MIN_NODE_MAJOR: u32 = 20;

/// Runs every set-up step, printing one line per step.
pub fn setup(root: &Path) -> Result {
    let exists = |rel: &str| root.join(rel).exists();
    let on_path = |program: &str| exec::which(program).is_some();

    let groups = applicable_groups(APT_GROUPS, exists, on_path);
    let names: Vec<&str> = groups.iter().map(|g| g.name).collect();
    system_packages(&names, &packages_of(&groups))?;
    rust_components()?;
    cargo_tools(&wanted_tools(CARGO_TOOLS, exists))?;
    ui_dependencies(root)?;
    Ok(())
}

/// The groups that apply: enabled, their file present, their program absent.
pub fn applicable_groups(
    groups: &[AptGroup],
    exists: impl Fn(&str) -> bool,
    on_path: impl Fn(&str) -> bool,
) -> Vec<&AptGroup> {
    groups
        .iter()
        .filter(|g| g.enabled && g.when_file.is_none_or(&exists) && !g.unless_program.is_some_and(&on_path))
        .collect()
}

/// The packages of `groups`, in table order, without duplicates.
pub fn packages_of(groups: &[&AptGroup]) -> Vec<&'static str> {
    let mut packages: Vec<&'static str> = Vec::new();
    for &p in groups.iter().flat_map(|g| g.packages) {
        if !packages.contains(&p) {
            packages.push(p);
        }
    }
    packages
}

/// The cargo tools that apply.
pub fn wanted_tools(tools: &[CargoTool], exists: impl Fn(&str) -> bool) -> Vec<&CargoTool> {
    tools.iter().filter(|t| t.enabled && t.when_file.is_none_or(&exists)).collect()
}

/// Whether a `dpkg-query -W -f='${Status}'` output means "installed". The status is
/// "WANT ERROR STATE" (e.g. "install ok installed", "hold ok installed", "deinstall ok
/// config-files"); a package is usable when its error flag is "ok" and its state "installed".
pub fn is_installed(status: &str) -> bool {
    let words: Vec<&str> = status.split_whitespace().collect();
    matches!(words.as_slice(), [_, "ok", "installed"])
}

/// The packages in `wanted` that are not installed, given a status lookup that returns
/// `None` for packages dpkg does not know.
pub fn missing_packages<'a>(wanted: &[&'a str], status_of: impl Fn(&str) -> Option<String>) -> Vec<&'a str> {
    wanted.iter().copied().filter(|p| !status_of(p).is_some_and(|s| is_installed(&s))).collect()
}

/// The commands that install `missing`: `apt-get update` then `apt-get install`, through
/// `sudo env DEBIAN_FRONTEND=noninteractive` unless root.
pub fn apt_commands(missing: &[&str], root: bool) -> Vec<Vec<String>> {
    let prefix: Vec<String> =
        if root { vec![] } else { ["sudo", "env", "DEBIAN_FRONTEND=noninteractive"].map(String::from).to_vec() };
    let update = prefix.iter().cloned().chain(["apt-get", "update"].map(String::from)).collect();
    let install = prefix
        .iter()
        .cloned()
        .chain(["apt-get", "install", "-y", "--no-install-recommends"].map(String::from))
        .chain(missing.iter().map(|p| p.to_string()))
        .collect();
    vec![update, install]
}

fn dpkg_status(package: &str) -> Option<String> {
    let out = Command::new("dpkg-query")
        .args(["-W", "-f=${Status}", package])
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn system_packages(groups: &[&str], wanted: &[&str]) -> Result {
    if wanted.is_empty() {
        println!("setup: no system packages needed");
        return Ok(());
    }
    if exec::which("dpkg-query").is_none() || exec::which("apt-get").is_none() {
        println!(
            "setup: not a Debian/Ubuntu system (no dpkg-query/apt-get); install by hand \
             (Debian names): {}",
            wanted.join(" ")
        );
        return Ok(());
    }
    let missing = missing_packages(wanted, dpkg_status);
    if missing.is_empty() {
        println!("setup: system packages present ({}: {})", groups.join(", "), wanted.join(" "));
        return Ok(());
    }
    let root = exec::is_root();
    if !root && exec::which("sudo").is_none() {
        return Err(Failure::new(format!(
            "setup: missing system packages and no sudo; as root run: apt-get install -y {}",
            missing.join(" ")
        )));
    }
    println!("setup: installing system packages: {}", missing.join(" "));
    for argv in apt_commands(&missing, root) {
        let Some((program, args)) = argv.split_first() else {
            continue;
        };
        exec::run(Command::new(program).args(args).env("DEBIAN_FRONTEND", "noninteractive"))?;
    }
    Ok(())
}

/// `cargo fmt` and `cargo clippy` are used by `cargo xtask test`; a minimal rustup profile
/// lacks them.
fn rust_components() -> Result {
    let has = |sub: &str| exec::quietly_succeeds(Command::new(exec::cargo()).args([sub, "--version"]));
    let missing: Vec<&str> = [("fmt", "rustfmt"), ("clippy", "clippy")]
        .into_iter()
        .filter(|(sub, _)| !has(sub))
        .map(|(_, component)| component)
        .collect();
    if missing.is_empty() {
        println!("setup: rustfmt and clippy present");
        return Ok(());
    }
    if exec::which("rustup").is_none() {
        println!("setup: missing Rust components {} and no rustup; install them by hand", missing.join(" "));
        return Ok(());
    }
    println!("setup: installing Rust components: {}", missing.join(" "));
    exec::run(Command::new("rustup").args(["component", "add"]).args(&missing))
}

fn cargo_home_bin(binary: &str) -> Option<std::path::PathBuf> {
    let home = std::env::var_os("CARGO_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cargo")))?;
    let path = home.join("bin").join(binary);
    exec::is_executable(&path).then_some(path)
}

fn cargo_tools(tools: &[&CargoTool]) -> Result {
    if tools.is_empty() {
        println!("setup: no cargo tools needed");
        return Ok(());
    }
    for tool in tools {
        if exec::which(tool.binary).is_some() || cargo_home_bin(tool.binary).is_some() {
            println!("setup: {} present", tool.binary);
        } else {
            println!("setup: installing {} with cargo install", tool.binary);
            exec::run(Command::new(exec::cargo()).arg("install").args(tool.install_args))?;
        }
    }
    Ok(())
}

/// Whether `npm ci` must run: `node_modules` is missing, or older than the lock file.
/// `installed` is the modification time of `node_modules` (or npm's marker inside it).
pub fn npm_install_needed(installed: Option<SystemTime>, lock: Option<SystemTime>) -> bool {
    match (installed, lock) {
        (None, _) => true,
        (Some(installed), Some(lock)) => installed < lock,
        (Some(_), None) => false,
    }
}

fn modified(path: &Path) -> Option<SystemTime> {
    path.metadata().and_then(|m| m.modified()).ok()
}

fn ui_dependencies(root: &Path) -> Result {
    if !root.join(UI_PACKAGE).is_file() {
        println!("setup: no {UI_PACKAGE}, skipping npm");
        return Ok(());
    }
    if exec::which("npm").is_none() {
        println!("setup: npm not found; install Node.js >= {MIN_NODE_MAJOR} with npm by hand");
        return Ok(());
    }
    check_node_version();
    let ui = root.join("ui");
    let modules = ui.join("node_modules");
    // npm ci/install rewrite node_modules/.package-lock.json; fall back to the directory itself.
    let marker = modules.join(".package-lock.json");
    let installed = modified(&marker).or_else(|| modified(&modules));
    let lock = ui.join("package-lock.json");
    if !npm_install_needed(installed, modified(&lock)) {
        println!("setup: ui/node_modules up to date");
        return Ok(());
    }
    let subcommand = if lock.is_file() { "ci" } else { "install" };
    println!("setup: running npm {subcommand} in ui/");
    exec::run(Command::new("npm").arg(subcommand).current_dir(&ui))
}

/// The major version in `node --version` output ("v20.11.1" → 20).
pub fn node_major(version: &str) -> Option<u32> {
    version.trim().trim_start_matches('v').split('.').next()?.parse().ok()
}

fn check_node_version() {
    let Ok(out) = Command::new("node").arg("--version").output() else {
        return;
    };
    let version = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    if node_major(&version).is_some_and(|major| major < MIN_NODE_MAJOR) {
        println!(
            "setup: warning: Node.js {version} is older than {MIN_NODE_MAJOR}; the UI tool chain \
             may need a newer one (NodeSource or nvm)"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn wanted_packages(
        groups: &[AptGroup],
        exists: impl Fn(&str) -> bool,
        on_path: impl Fn(&str) -> bool,
    ) -> Vec<&'static str> {
        packages_of(&applicable_groups(groups, exists, on_path))
    }

    #[test]
    fn installed_statuses() {
        assert!(is_installed("install ok installed"));
        assert!(is_installed("hold ok installed"));
        assert!(is_installed("install ok installed\n"));
        assert!(!is_installed("deinstall ok config-files"));
        assert!(!is_installed("install ok half-installed"));
        assert!(!is_installed("install reinstreq installed"));
        assert!(!is_installed("unknown ok not-installed"));
        assert!(!is_installed(""));
    }

    #[test]
    fn missing_packages_keeps_order_and_treats_unknown_as_missing() {
        let status = |p: &str| match p {
            "make" => Some("install ok installed".to_owned()),
            "perl" => Some("deinstall ok config-files".to_owned()),
            _ => None,
        };
        assert_eq!(missing_packages(&["make", "perl", "poppler-utils"], status), vec!["perl", "poppler-utils"]);
        assert!(missing_packages(&["make"], status).is_empty());
    }

    #[test]
    fn base_packages_only_without_tauri_or_ui() {
        let wanted = wanted_packages(APT_GROUPS, |_| false, |_| true);
        assert_eq!(wanted, vec!["build-essential", "pkg-config", "perl", "make", "poppler-utils", "libclang-dev"]);
    }

    #[test]
    fn syncthing_only_when_absent() {
        assert!(wanted_packages(APT_GROUPS, |_| false, |_| false).contains(&"syncthing"));
        assert!(!wanted_packages(APT_GROUPS, |_| false, |p| p == "syncthing").contains(&"syncthing"));
    }

    #[test]
    fn tauri_packages_follow_src_tauri() {
        let wanted = wanted_packages(APT_GROUPS, |f| f == TAURI_MANIFEST, |_| true);
        for p in
            ["build-essential", "libwebkit2gtk-4.1-dev", "xvfb", "webkit2gtk-driver", "dbus-daemon", "lintian", "rpm"]
        {
            assert!(wanted.contains(&p), "{p} missing from {wanted:?}");
        }
        assert!(!wanted.contains(&"nodejs"));
    }

    #[test]
    fn node_packages_only_when_ui_exists_and_npm_is_absent() {
        let ui = |f: &str| f == UI_PACKAGE;
        assert!(wanted_packages(APT_GROUPS, ui, |_| false).contains(&"npm"));
        assert!(!wanted_packages(APT_GROUPS, ui, |p| p == "npm").contains(&"npm"));
        assert!(!wanted_packages(APT_GROUPS, |_| false, |_| false).contains(&"npm"));
    }

    #[test]
    fn disabled_groups_and_duplicates_are_skipped() {
        const GROUPS: &[AptGroup] = &[
            AptGroup { name: "a", packages: &["make", "perl"], enabled: true, when_file: None, unless_program: None },
            AptGroup { name: "b", packages: &["perl", "xvfb"], enabled: true, when_file: None, unless_program: None },
            AptGroup { name: "off", packages: &["gcc"], enabled: false, when_file: None, unless_program: None },
        ];
        assert_eq!(wanted_packages(GROUPS, |_| true, |_| false), vec!["make", "perl", "xvfb"]);
    }

    #[test]
    fn tauri_driver_follows_src_tauri() {
        assert!(wanted_tools(CARGO_TOOLS, |_| false).is_empty());
        let tools = wanted_tools(CARGO_TOOLS, |f| f == TAURI_MANIFEST);
        assert_eq!(tools.len(), 1);
        assert_eq!(tools[0].binary, "tauri-driver");
        assert_eq!(tools[0].install_args, ["tauri-driver", "--locked"]);
    }

    #[test]
    fn apt_commands_as_root_and_with_sudo() {
        assert_eq!(
            apt_commands(&["xvfb", "make"], true),
            vec![
                vec!["apt-get", "update"],
                vec!["apt-get", "install", "-y", "--no-install-recommends", "xvfb", "make"],
            ]
        );
        let sudo = apt_commands(&["make"], false);
        assert_eq!(sudo[0], vec!["sudo", "env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "update"]);
        assert_eq!(sudo[1][..4], ["sudo", "env", "DEBIAN_FRONTEND=noninteractive", "apt-get"]);
        assert_eq!(sudo[1].last().map(String::as_str), Some("make"));
    }

    #[test]
    fn npm_install_needed_when_missing_or_stale() {
        let t0 = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000);
        let t1 = t0 + Duration::from_secs(1);
        assert!(npm_install_needed(None, Some(t0)));
        assert!(npm_install_needed(None, None));
        assert!(npm_install_needed(Some(t0), Some(t1)));
        assert!(!npm_install_needed(Some(t1), Some(t0)));
        assert!(!npm_install_needed(Some(t0), Some(t0)));
        assert!(!npm_install_needed(Some(t0), None));
    }

    #[test]
    fn node_major_versions() {
        assert_eq!(node_major("v20.11.1\n"), Some(20));
        assert_eq!(node_major("v18.19.0"), Some(18));
        assert_eq!(node_major("garbage"), None);
    }
}
