//! How the webview draws the app. WebKitGTK composites pages with OpenGL; on a machine with
//! no GPU (a virtual machine, a remote desktop, Xvfb) that GL is emulated in software and
//! every frame costs 30–45 ms, so typing and scrolling lag by two or three frames. There the
//! app asks WebKit not to composite, which paints only what changed (docs/BENCHMARKS.md has
//! the figures). With a GPU, WebKit's own choice stands.
//!
//! `CUSTOS_COMPOSITING=on` keeps WebKit's choice on any machine (WebKitWebDriver's
//! screenshots, which the end-to-end tests take, hang without compositing), and
//! `CUSTOS_COMPOSITING=off` draws without it on any machine (for a GPU whose driver draws
//! badly).

use std::ffi::OsStr;
use std::path::Path;

/// Where Linux lists the GPUs a program can render with (`renderD128`, …).
const DRI_DIR: &str = "/dev/dri";

/// The environment variable that overrides the choice: `on` or `off`.
pub const COMPOSITING_ENV: &str = "CUSTOS_COMPOSITING";

/// Whether to let WebKit composite: as `CUSTOS_COMPOSITING` says (`on` / `off`), otherwise
/// only with a GPU.
pub fn composite(setting: Option<&str>, gpu: bool) -> bool {
    match setting.map(str::trim) {
        Some(s) if s.eq_ignore_ascii_case("on") => true,
        Some(s) if s.eq_ignore_ascii_case("off") => false,
        _ => gpu,
    }
}

/// Whether the entries of the DRI directory include a render node (a GPU for drawing).
pub fn has_render_node<S: AsRef<OsStr>>(entries: impl IntoIterator<Item = S>) -> bool {
    entries.into_iter().any(|name| name.as_ref().to_str().is_some_and(|n| n.starts_with("renderD")))
}

/// Whether this machine has a GPU to composite with (the DRI directory at `dir`).
pub fn gpu_available(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|entries| has_render_node(entries.flatten().map(|e| e.file_name())))
}

/// Turns WebKit's compositing off for `window` when there is no GPU to do it with (or
/// `CUSTOS_COMPOSITING` says so).
#[cfg(target_os = "linux")]
pub fn fit_to_machine<R: tauri::Runtime>(window: &tauri::WebviewWindow<R>) -> tauri::Result<()> {
    let setting = std::env::var(COMPOSITING_ENV).ok();
    if composite(setting.as_deref(), gpu_available(Path::new(DRI_DIR))) {
        return Ok(());
    }
    window.with_webview(|webview| {
        use webkit2gtk::{HardwareAccelerationPolicy, SettingsExt, WebViewExt};
        if let Some(settings) = WebViewExt::settings(&webview.inner()) {
            settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
        }
    })
}

/// Other systems keep their webview's own choice.
#[cfg(not(target_os = "linux"))]
pub fn fit_to_machine<R: tauri::Runtime>(_window: &tauri::WebviewWindow<R>) -> tauri::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_render_node_is_a_gpu_and_a_display_card_alone_is_not() {
        assert!(has_render_node(["card0", "renderD128"]));
        assert!(!has_render_node(["card0"]));
        assert!(!has_render_node(Vec::<&str>::new()));
        assert!(!has_render_node(["by-path"]));
    }

    #[test]
    fn compositing_follows_the_gpu_unless_the_setting_says_otherwise() {
        assert!(composite(None, true));
        assert!(!composite(None, false));
        assert!(composite(Some("on"), false));
        assert!(composite(Some(" ON "), false));
        assert!(!composite(Some("off"), true));
        assert!(composite(Some("maybe"), true));
        assert!(!composite(Some(""), false));
    }

    #[test]
    fn a_machine_without_the_dri_directory_has_no_gpu() {
        let dir = tempfile::tempdir().unwrap();
        assert!(!gpu_available(&dir.path().join("dri")));
        std::fs::create_dir(dir.path().join("dri")).unwrap();
        std::fs::write(dir.path().join("dri/card0"), b"").unwrap();
        assert!(!gpu_available(&dir.path().join("dri")));
        std::fs::write(dir.path().join("dri/renderD128"), b"").unwrap();
        assert!(gpu_available(&dir.path().join("dri")));
    }
}
