//! Helpers for end-to-end tests: build and run the real `custos` binary against a temp vault,
//! and (in `desktop`) drive the real desktop app over WebDriver; (in `syncthing`) real Syncthing
//! instances on loopback, and (in `team`) seats of a team made by hand.

pub mod desktop;
pub mod forensics;
pub mod syncthing;
pub mod team;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

/// The cargo arguments that build `bin` with the features `cargo test --workspace` resolves
/// (the workspace's test targets selected, so dev-dependencies count too): inside a test run
/// every dependency is then already built, and only the binary is linked.
pub fn build_like_the_tests(bin: &str) -> [&str; 6] {
    ["build", "--quiet", "--workspace", "--tests", "--bin", bin]
}

/// The `custos` binary, built once per test run from this workspace.
pub fn custos_bin() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let status = Command::new(cargo).args(build_like_the_tests("custos")).current_dir(&workspace).status();
        assert!(status.is_ok_and(|s| s.success()), "building the custos binary failed");
        // Tests run from target/<profile>/deps; the binary sits in target/<profile>.
        let exe = std::env::current_exe().unwrap_or_default();
        let profile_dir = exe.parent().and_then(Path::parent).map(Path::to_path_buf).unwrap_or_default();
        let bin = profile_dir.join(format!("custos{}", std::env::consts::EXE_SUFFIX));
        assert!(bin.exists(), "no custos binary at {}", bin.display());
        bin
    })
}

/// A temp directory with a vault path and the passphrase to use.
#[derive(Debug)]
pub struct CliVault {
    pub dir: tempfile::TempDir,
    pub path: PathBuf,
    pub passphrase: String,
}

impl CliVault {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
        let path = dir.path().join("firm.custos");
        CliVault { dir, path, passphrase: "correct horse battery staple".into() }
    }

    /// Runs `custos ARGS` on this vault with the passphrase in the environment.
    pub fn run(&self, args: &[&str]) -> Output {
        self.run_with(args, &[])
    }

    pub fn run_with(&self, args: &[&str], env: &[(&str, &str)]) -> Output {
        let mut cmd = Command::new(custos_bin());
        cmd.args(args)
            .env("CUSTOS_VAULT", &self.path)
            .env("CUSTOS_PASSPHRASE", &self.passphrase)
            .env("CUSTOS_OPERATOR", "E2E Tester")
            .env_remove("CUSTOS_NEW_PASSPHRASE");
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd.output().unwrap_or_else(|e| panic!("running custos: {e}"))
    }

    /// Runs a command that must succeed and returns its stdout parsed as JSON.
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        let out = self.run(&all);
        assert!(out.status.success(), "custos {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!("custos {args:?} printed no JSON ({e}): {}", String::from_utf8_lossy(&out.stdout))
        })
    }
}

impl Default for CliVault {
    fn default() -> Self {
        Self::new()
    }
}

/// Standard output as text.
pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Standard error as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

impl CliVault {
    /// Runs a command that must succeed and returns its standard output as text.
    pub fn text(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(out.status.success(), "custos {args:?} failed: {}", stderr(&out));
        stdout(&out)
    }

    /// Runs a command that must fail as the user's problem (exit code 1) and returns its
    /// standard error.
    pub fn fails(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert_eq!(out.status.code(), Some(1), "custos {args:?}: {}{}", stdout(&out), stderr(&out));
        let err = stderr(&out);
        assert!(!err.contains("panicked"), "custos {args:?}: {err}");
        err
    }

    /// Runs a command with `--json` that must fail with exit code 1; returns the error's code.
    pub fn error_code(&self, args: &[&str]) -> String {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        let out = self.run(&all);
        assert_eq!(out.status.code(), Some(1), "custos {args:?}: {}", stderr(&out));
        let body: serde_json::Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("custos {args:?} printed no JSON error ({e}): {}", stdout(&out)));
        body["error"]["code"].as_str().unwrap_or_default().to_owned()
    }
}
