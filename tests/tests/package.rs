//! The app as a package installed it: started from where the package put it (not from this
//! workspace's build), in a real window (Xvfb), through tauri-driver.
//! Run by `cargo xtask test`'s package steps after `apt-get install ./custos_….deb`, with
//! `CUSTOS_INSTALLED_APP=/usr/bin/custos-desktop` (`cargo xtask package-test install`).

use std::path::{Path, PathBuf};

use custos_e2e::desktop::*;

/// The installed app this test drives.
fn installed_app() -> PathBuf {
    let app = std::env::var_os("CUSTOS_INSTALLED_APP").map(PathBuf::from).unwrap_or_else(|| {
        panic!("set CUSTOS_INSTALLED_APP to the installed app (cargo xtask package-test install does)")
    });
    assert!(app.is_absolute() && app.is_file(), "no installed app at {}", app.display());
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap_or(Path::new("/"));
    assert!(!app.starts_with(workspace), "{} is this workspace's build, not an installed app", app.display());
    app
}

#[tokio::test]
#[ignore = "needs the installed package under Xvfb: cargo xtask test's package steps run it"]
async fn installed_app_shows_the_welcome_screen() {
    let app = installed_app();
    // As a user of this machine gets it (under Xvfb: no GPU, so no compositing), on a first run.
    let home = AppHome::as_installed();
    let driver = Driver::start_app(&home, 4544, &app);
    // A program that never opens its window keeps WebDriver waiting for good: that fails too.
    let shown = tokio::time::timeout(WAIT * 4, async {
        let c = driver.session().await;
        // The welcome screen (not the unlock or create screens, which name these choices too).
        wait_text(&c, "h1", "Welcome to Custos").await;
        wait_text(&c, "button.choice", "Create a new vault").await;
        wait_text(&c, "button.choice", "Open an existing vault").await;
        assert_eq!(c.title().await.unwrap_or_default(), "Custos");
        c.close().await.unwrap_or_else(|e| panic!("closing the session: {e}"));
    })
    .await;
    assert!(shown.is_ok(), "{} showed no welcome screen within {:?}", app.display(), WAIT * 4);
}
