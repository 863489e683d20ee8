//! The app's IPC surface, generated from one place: the `#[tauri::command]` functions in
//! `src/commands/*.rs` (one file per domain). From them this build script writes
//!
//! - the ACL: `AppManifest::commands` (an `allow-<command>` permission for each) and the
//!   permission set `custos-commands` granting them all, which `capabilities/default.json`
//!   names instead of listing commands;
//! - `$OUT_DIR/commands.rs`, included by `src/commands/mod.rs`: the invoke handler and the
//!   command table (names, JavaScript argument names, TypeScript types) from which a test
//!   writes `ui/src/lib/commands.ts`.
//!
//! Adding a command is writing it once in its domain file.

#[path = "build/commands.rs"]
mod commands;

use std::path::{Path, PathBuf};

fn main() {
    if let Err(e) = generate() {
        eprintln!("build.rs: {e}");
        std::process::exit(1);
    }
}

fn generate() -> Result<(), String> {
    let dir = Path::new("src/commands");
    println!("cargo:rerun-if-changed={}", dir.display());
    println!("cargo:rerun-if-changed=build/commands.rs");
    let found = commands::scan(dir)?;
    let out = PathBuf::from(std::env::var("OUT_DIR").map_err(|e| format!("OUT_DIR: {e}"))?);
    write(&out.join("commands.rs"), &commands::rust(&found))?;
    let permissions = out.join("permissions");
    std::fs::create_dir_all(&permissions).map_err(|e| format!("{}: {e}", permissions.display()))?;
    write(&permissions.join("custos-commands.toml"), &commands::permission_set(&found))?;

    // tauri-build keeps these for the whole build: leaked on purpose, once.
    let names: Vec<&'static str> = found.iter().map(|c| &*Box::leak(c.name.clone().into_boxed_str())).collect();
    let names: &'static [&'static str] = Box::leak(names.into_boxed_slice());
    let pattern: &'static str = Box::leak(format!("{}/**/*.toml", permissions.display()).into_boxed_str());
    let manifest = tauri_build::AppManifest::new().commands(names).permissions_path_pattern(pattern);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .map_err(|e| format!("tauri-build failed: {e:#}"))
}

/// Writes `text` to `path` unless it is already there (so nothing rebuilds for nothing).
fn write(path: &Path, text: &str) -> Result<(), String> {
    if std::fs::read_to_string(path).is_ok_and(|old| old == text) {
        return Ok(());
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}
