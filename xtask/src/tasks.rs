//! `cargo xtask test`, `run` and `bench`.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use crate::exec::{self, Failure, Result};
use crate::setup::{self, TAURI_MANIFEST, UI_PACKAGE};

/// The desktop E2E test file; the E2E step runs only when it exists (and `src-tauri/` does).
pub const DESKTOP_E2E_TEST: &str = "tests/tests/desktop.rs";
/// The installed package's E2E test; the package steps run only when it exists.
pub const PACKAGE_E2E_TEST: &str = "tests/tests/package.rs";
/// The tests of `PACKAGE_E2E_TEST` start with this: the desktop E2E step leaves them to the
/// package steps, which install the app they drive.
pub const INSTALLED_APP_TESTS: &str = "installed_app";

/// Which program a step runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tool {
    Cargo,
    Npm,
    Git,
    /// This program (`cargo xtask …`), for the steps written here.
    Xtask,
}

/// One step of `cargo xtask test`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub name: &'static str,
    /// Programs placed before the tool, e.g. `xvfb-run -a`.
    pub wrapper: &'static [&'static str],
    pub tool: Tool,
    pub args: &'static [&'static str],
    /// Working directory relative to the workspace root ("" for the root).
    pub dir: &'static str,
    pub env: &'static [(&'static str, &'static str)],
}

impl Step {
    const fn cargo(name: &'static str, args: &'static [&'static str]) -> Self {
        Self { name, wrapper: &[], tool: Tool::Cargo, args, dir: "", env: &[] }
    }

    const fn npm(name: &'static str, args: &'static [&'static str]) -> Self {
        Self { name, wrapper: &[], tool: Tool::Npm, args, dir: "ui", env: &[] }
    }

    const fn xtask(name: &'static str, args: &'static [&'static str]) -> Self {
        Self { name, wrapper: &[], tool: Tool::Xtask, args, dir: "", env: &[] }
    }

    fn command(&self, root: &Path) -> Command {
        let tool = match self.tool {
            Tool::Cargo => exec::cargo(),
            Tool::Npm => "npm".into(),
            Tool::Git => "git".into(),
            Tool::Xtask => std::env::current_exe().map(Into::into).unwrap_or_else(|_| "xtask".into()),
        };
        let mut cmd = match self.wrapper.split_first() {
            Some((first, rest)) => {
                let mut c = Command::new(first);
                c.args(rest).arg(tool);
                c
            }
            None => Command::new(tool),
        };
        cmd.args(self.args).current_dir(root.join(self.dir)).envs(self.env.iter().copied());
        cmd
    }
}

/// The UI's sources that `cargo test` writes (from the Rust types and commands); CI checks
/// they are what is committed.
pub const GENERATED_UI: [&str; 4] =
    ["ui/src/lib/bindings", "ui/src/lib/commands.ts", "ui/src/lib/words.ts", "ui/src/lib/errors.ts"];

/// The environment of every cargo step that builds: clippy's driver compiles the workspace's
/// crates and turns every warning into an error (`cargo clippy -- -D warnings`).
pub const LINTED_BUILD: &[(&str, &str)] =
    &[("RUSTC_WORKSPACE_WRAPPER", "clippy-driver"), ("CLIPPY_ARGS", "-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__")];

/// The steps of `cargo xtask test` for a workspace in which `exists(path)` tells which files
/// exist (paths relative to the root).
pub fn test_plan(exists: impl Fn(&str) -> bool) -> Vec<Step> {
    let ui = exists(UI_PACKAGE);
    let tauri = exists(TAURI_MANIFEST);
    let mut steps = vec![Step::cargo("fmt", &["fmt", "--all", "--", "--check"])];
    if ui && tauri {
        // The desktop crate embeds ui/dist at compile time, so build it before the Rust build.
        steps.push(Step::npm("ui build", &["run", "build"]));
    }
    // One build serves the lints and the tests: clippy-driver compiles the workspace's own
    // crates (as `cargo clippy` does, through RUSTC_WORKSPACE_WRAPPER) while the test binaries
    // are built, so the dependencies are compiled once instead of once checked for clippy and
    // again built for the tests. Every later cargo step keeps the same environment, so nothing
    // is compiled twice.
    steps.push(Step {
        env: LINTED_BUILD,
        ..Step::cargo("clippy + build", &["test", "--workspace", "--locked", "--no-run"])
    });
    steps.push(Step { env: LINTED_BUILD, ..Step::cargo("test", &["test", "--workspace", "--locked"]) });
    if tauri && exists(".git") {
        // `cargo test` has just regenerated the TypeScript bindings from the Rust types and the
        // command wrappers from the shell's commands: what is committed must be what the code
        // generates. A binding for a new type is a new file, which `git diff` alone does not
        // see: marking new files as intended makes them part of the diff.
        steps.push(Step {
            tool: Tool::Git,
            ..Step::cargo("bindings: new files", &["add", "--intent-to-add", "--", "ui/src/lib/bindings"])
        });
        steps.push(Step {
            tool: Tool::Git,
            ..Step::cargo(
                "bindings up to date",
                &[
                    "diff",
                    "--exit-code",
                    "--stat",
                    "--",
                    "ui/src/lib/bindings",
                    "ui/src/lib/commands.ts",
                    "ui/src/lib/words.ts",
                    "ui/src/lib/errors.ts",
                ],
            )
        });
    }
    if ui {
        steps.push(Step::npm("ui check", &["run", "check"]));
        steps.push(Step {
            // CI=true keeps Vitest out of watch mode in a terminal, so local runs match CI.
            env: &[("CI", "true")],
            ..Step::npm("ui test", &["test"])
        });
    }
    if tauri && exists(DESKTOP_E2E_TEST) {
        // The desktop tests are the workspace's only ignored tests; running them through the
        // same `cargo test --workspace` keeps its feature set, so nothing is rebuilt for them.
        steps.push(Step {
            wrapper: &["xvfb-run", "-a"],
            env: LINTED_BUILD,
            ..Step::cargo(
                "desktop e2e",
                &[
                    "test",
                    "--workspace",
                    "--locked",
                    "--",
                    "--ignored",
                    "--test-threads=1",
                    "--skip",
                    INSTALLED_APP_TESTS,
                ],
            )
        });
    }
    if tauri && exists(PACKAGE_E2E_TEST) && cfg!(target_os = "linux") {
        // The packages of the binaries the tests ran (nothing is compiled for them), inspected,
        // then installed, started and purged (`package_test.rs`).
        steps.push(Step::xtask("package build", &["bundle", "--debug", "--no-setup"]));
        steps.push(Step::xtask("package inspect", &["package-test", "--debug", "inspect"]));
        steps.push(Step::xtask("package install", &["package-test", "--debug", "install"]));
    }
    steps
}

/// `cargo xtask test [--no-setup]`.
pub fn test(root: &Path, run_setup: bool) -> Result {
    let started = Instant::now();
    let mut times: Vec<(&str, Duration)> = Vec::new();
    let exists = |rel: &str| root.join(rel).exists();
    let steps = test_plan(exists);
    let total = steps.len() + usize::from(run_setup);

    if run_setup {
        println!("==> [1/{total}] setup");
        let t = Instant::now();
        setup::setup(root).map_err(|e| {
            Failure::with_code(
                format!("xtask test: step `setup` failed after {}: {e}", exec::secs(t.elapsed())),
                e.code,
            )
        })?;
        println!("==> setup passed in {}", exec::secs(t.elapsed()));
        times.push(("setup", t.elapsed()));
    }

    for step in &steps {
        println!("==> [{}/{total}] {}", times.len() + 1, step.name);
        let t = Instant::now();
        let outcome = exec::run(&mut step.command(root));
        let elapsed = t.elapsed();
        if let Err(e) = outcome {
            return Err(Failure::with_code(
                format!("xtask test: step `{}` failed after {}: {e}", step.name, exec::secs(elapsed)),
                e.code,
            ));
        }
        println!("==> {} passed in {}", step.name, exec::secs(elapsed));
        times.push((step.name, elapsed));
    }

    let width = times.iter().map(|(n, _)| n.len()).max().unwrap_or(0);
    for (name, d) in &times {
        println!("    {name:<width$}  {:>8}", exec::secs(*d));
    }
    println!("xtask test: {} steps passed in {}", times.len(), exec::secs(started.elapsed()));
    Ok(())
}

/// `cargo xtask run [--no-setup] [-- ARGS…]`: the desktop app once it exists, else the CLI.
pub fn run(root: &Path, run_setup: bool, args: &[String]) -> Result {
    if run_setup {
        setup::setup(root)?;
    }
    let mut cmd = Command::new(exec::cargo());
    cmd.current_dir(root);
    if root.join(TAURI_MANIFEST).is_file() {
        if root.join(UI_PACKAGE).is_file() {
            exec::run(Command::new("npm").args(["run", "build"]).current_dir(root.join("ui")))?;
        }
        cmd.args(["run", "-p", "custos-desktop"]);
        if !args.is_empty() {
            cmd.arg("--").args(args);
        }
    } else {
        cmd.args(["run", "-p", "custos-cli", "--bin", "custos", "--"]);
        if args.is_empty() {
            cmd.arg("--help");
        } else {
            cmd.args(args);
        }
    }
    pass_through(&mut cmd)
}

/// `cargo xtask bench [ARGS…]`.
pub fn bench(root: &Path, args: &[String]) -> Result {
    if let Some(rest) = args.strip_prefix(&["--desktop".to_owned()]) {
        // What a person feels in the app, on the vault the core benchmark built.
        exec::run(Command::new("npm").args(["run", "build"]).current_dir(root.join("ui")))?;
        return pass_through(
            Command::new("xvfb-run")
                .args(["-a"])
                .arg(exec::cargo())
                .args(["run", "--release", "--locked", "-p", "custos-e2e", "--bin", "desktop-bench", "--"])
                .args(rest)
                .current_dir(root),
        );
    }
    pass_through(
        Command::new(exec::cargo())
            .args(["run", "--release", "--locked", "-p", "custos-bench", "--"])
            .args(args)
            .current_dir(root),
    )
}

/// Runs a program whose exit code becomes ours.
fn pass_through(cmd: &mut Command) -> Result {
    let st = exec::status(cmd)?;
    if st.success() {
        Ok(())
    } else {
        Err(Failure::with_code(format!("`{}` exited with {st}", exec::display(cmd)), exec::exit_code(st)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(steps: &[Step]) -> Vec<&'static str> {
        steps.iter().map(|s| s.name).collect()
    }

    #[test]
    fn plan_without_ui_or_desktop_is_the_rust_checks() {
        let steps = test_plan(|_| false);
        assert_eq!(names(&steps), ["fmt", "clippy + build", "test"]);
        assert_eq!(steps[0].args, ["fmt", "--all", "--", "--check"]);
        assert_eq!(steps[1].args, ["test", "--workspace", "--locked", "--no-run"]);
        assert_eq!(steps[2].args, ["test", "--workspace", "--locked"]);
        // Linted and tested with one build: both steps compile through clippy's driver.
        assert_eq!(steps[1].env, LINTED_BUILD);
        assert_eq!(steps[2].env, LINTED_BUILD);
        assert!(steps.iter().all(|s| s.tool == Tool::Cargo && s.dir.is_empty()));
    }

    #[test]
    fn plan_with_ui_adds_npm_check_and_test() {
        let steps = test_plan(|f| f == UI_PACKAGE);
        assert_eq!(names(&steps), ["fmt", "clippy + build", "test", "ui check", "ui test"]);
        let ui_test = &steps[4];
        assert_eq!((ui_test.tool, ui_test.dir, ui_test.args), (Tool::Npm, "ui", &["test"][..]));
    }

    #[test]
    fn plan_with_desktop_adds_ui_build_and_e2e_under_xvfb() {
        let steps = test_plan(|f| f != PACKAGE_E2E_TEST);
        assert_eq!(
            names(&steps),
            [
                "fmt",
                "ui build",
                "clippy + build",
                "test",
                "bindings: new files",
                "bindings up to date",
                "ui check",
                "ui test",
                "desktop e2e"
            ]
        );
        assert_eq!(steps[4].tool, Tool::Git);
        // The bindings step checks every file the tests generate into the UI.
        assert_eq!(steps[5].args[4..], GENERATED_UI);
        let e2e = &steps[8];
        assert_eq!(e2e.wrapper, ["xvfb-run", "-a"]);
        assert_eq!(
            e2e.args,
            ["test", "--workspace", "--locked", "--", "--ignored", "--test-threads=1", "--skip", INSTALLED_APP_TESTS]
        );
        // The same build as the tests': no rebuild for other features or another wrapper.
        assert_eq!(e2e.env, LINTED_BUILD);
    }

    #[test]
    fn e2e_needs_its_test_file() {
        let steps = test_plan(|f| f != DESKTOP_E2E_TEST);
        assert!(!names(&steps).contains(&"desktop e2e"));
    }

    #[test]
    fn packages_are_built_from_the_test_build_then_inspected_and_installed() {
        let steps = test_plan(|_| true);
        let names = names(&steps);
        let e2e = names.iter().position(|n| *n == "desktop e2e").expect("desktop e2e");
        assert_eq!(names[e2e + 1..], ["package build", "package inspect", "package install"]);
        let package: Vec<&Step> = steps[e2e + 1..].iter().collect();
        assert!(package.iter().all(|s| s.tool == Tool::Xtask && s.env.is_empty()));
        // The debug packages: the binaries the test build made, with no second compile.
        assert_eq!(package[0].args, ["bundle", "--debug", "--no-setup"]);
        assert_eq!(package[1].args, ["package-test", "--debug", "inspect"]);
        assert_eq!(package[2].args, ["package-test", "--debug", "install"]);
        // Without the installed-app test there is nothing to start the installed app with.
        assert!(!test_plan(|f| f != PACKAGE_E2E_TEST).iter().any(|s| s.tool == Tool::Xtask));
    }

    #[test]
    fn the_installed_app_test_is_left_to_the_package_steps() {
        // The desktop E2E step skips it by name; the package step runs exactly that file.
        let root = exec::workspace_root().expect("workspace root");
        let test = std::fs::read_to_string(root.join(PACKAGE_E2E_TEST)).expect("the installed-app test");
        assert!(test.contains(&format!("async fn {INSTALLED_APP_TESTS}")), "{PACKAGE_E2E_TEST}");
        let desktop = std::fs::read_to_string(root.join(DESKTOP_E2E_TEST)).expect("the desktop test");
        assert!(!desktop.contains(INSTALLED_APP_TESTS));
    }

    #[test]
    fn xtask_steps_run_this_program() {
        let steps = test_plan(|_| true);
        let bundle = steps.iter().find(|s| s.name == "package build").expect("package build");
        let cmd = bundle.command(Path::new("/ws"));
        assert_eq!(Path::new(cmd.get_program()), std::env::current_exe().expect("current exe"));
        let args: Vec<_> = cmd.get_args().map(|a| a.to_string_lossy().into_owned()).collect();
        assert_eq!(args, ["bundle", "--debug", "--no-setup"]);
    }

    #[test]
    fn wrapped_command_puts_the_tool_after_the_wrapper() {
        let steps = test_plan(|_| true);
        let e2e = steps.iter().find(|s| s.name == "desktop e2e").expect("an e2e step");
        let cmd = e2e.command(Path::new("/ws"));
        assert_eq!(cmd.get_program(), "xvfb-run");
        let args: Vec<_> = cmd.get_args().map(|a| a.to_string_lossy().into_owned()).collect();
        assert_eq!(args[0], "-a");
        assert!(args[1].ends_with("cargo"), "{args:?}");
        assert_eq!(args[2], "test");
        assert_eq!(cmd.get_current_dir(), Some(Path::new("/ws/")));
    }
}
