// Prevents an extra console window on Windows in release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    // Before anything starts a thread: the webview's process inherits the environment.
    custos_desktop::memory::prepare();
    custos_desktop::run();
}
