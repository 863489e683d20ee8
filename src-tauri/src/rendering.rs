//! How the webview draws the app. WebKitGTK composites pages with OpenGL; on a machine with
//! no GPU (a virtual machine, a remote desktop, Xvfb) that GL is emulated in software and
//! every frame costs 30–45 ms, so typing and scrolling lag by two or three frames. There the
//! app asks WebKit not to composite, which paints only what changed (docs/BENCHMARKS.md has
//! the figures). With a GPU, WebKit's own choice stands.

use std::ffi::OsStr;
use std::path::Path;

/// Where Linux lists the GPUs a program can render with (`renderD128`, …).
const DRI_DIR: &str = "/dev/dri";

/// Whether the entries of the DRI directory include a render node (a GPU for drawing).
pub fn has_render_node<S: AsRef<OsStr>>(entries: impl IntoIterator<Item = S>) -> bool {
    entries.into_iter().any(|name| name.as_ref().to_str().is_some_and(|n| n.starts_with("renderD")))
}

/// Whether this machine has a GPU to composite with (the DRI directory at `dir`).
pub fn gpu_available(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|entries| has_render_node(entries.flatten().map(|e| e.file_name())))
}

/// Turns WebKit's compositing off for `window` when there is no GPU to do it with.
#[cfg(target_os = "linux")]
pub fn fit_to_machine<R: tauri::Runtime>(window: &tauri::WebviewWindow<R>) -> tauri::Result<()> {
    if gpu_available(Path::new(DRI_DIR)) {
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
