//! The app as a package installed it: started from where the package put it (not from this
//! workspace's build), in a real window (Xvfb), through tauri-driver.
//! Run by `cargo xtask test`'s package steps after `apt-get install ./custos_….deb`, with
//! `CUSTOS_INSTALLED_APP=/usr/bin/custos-desktop` (`cargo xtask package-test install`).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use custos_e2e::desktop::*;

/// How long a test may take before it counts as failed: a program that never opens its window
/// keeps WebDriver waiting for good.
const DEADLINE: Duration = Duration::from_secs(80);

/// The installed app these tests drive.
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
    let shown = tokio::time::timeout(DEADLINE, async {
        let c = driver.session().await;
        // The welcome screen (not the unlock or create screens, which name these choices too).
        wait_text(&c, "h1", "Welcome to Custos").await;
        wait_text(&c, "button.choice", "Create a new vault").await;
        wait_text(&c, "button.choice", "Open an existing vault").await;
        assert_eq!(c.title().await.unwrap_or_default(), "Custos");
        c.close().await.unwrap_or_else(|e| panic!("closing the session: {e}"));
    })
    .await;
    assert!(shown.is_ok(), "{} showed no welcome screen within {DEADLINE:?}", app.display());
}

#[tokio::test]
#[ignore = "needs the installed package under Xvfb: cargo xtask test's package steps run it"]
async fn installed_app_opens_a_double_clicked_vault() {
    let app = installed_app();
    let home = AppHome::as_installed();

    // A vault made by the installed command line.
    let vault = home.dir.path().join("shop.custos");
    let made = Command::new(app.with_file_name("custos"))
        .args(["vault", "init"])
        .env("CUSTOS_VAULT", &vault)
        .env("CUSTOS_PASSPHRASE", "correct horse battery staple")
        .env("CUSTOS_OPERATOR", "Ola")
        .env("XDG_CONFIG_HOME", home.dir.path().join("config"))
        .env("XDG_DATA_HOME", home.dir.path().join("data"))
        .output()
        .unwrap_or_else(|e| panic!("running the installed custos: {e}"));
    assert!(made.status.success(), "custos vault init: {}", String::from_utf8_lossy(&made.stderr));

    // What a double click runs: the installed menu entry's Exec, the file in place of %f.
    let entry_file = app.parent().and_then(Path::parent).map(|usr| usr.join("share/applications/Custos.desktop"));
    let entry = entry_file
        .as_deref()
        .and_then(|f| std::fs::read_to_string(f).ok())
        .unwrap_or_else(|| panic!("no menu entry installed beside {}", app.display()));
    let exec = entry.lines().find_map(|l| l.strip_prefix("Exec=")).unwrap_or_else(|| panic!("no Exec in {entry}"));
    let vault_arg = vault.display().to_string();
    let mut argv: Vec<&str> = exec.split_whitespace().map(|w| if w == "%f" { vault_arg.as_str() } else { w }).collect();
    assert_eq!(argv.first().copied(), app.file_name().and_then(|n| n.to_str()), "Exec={exec} does not start the app");
    argv.remove(0);
    assert_eq!(argv, [vault_arg.as_str()], "Exec={exec} does not pass the file");

    let driver = Driver::start_app(&home, 4554, &app);
    let opened = tokio::time::timeout(DEADLINE, async {
        let c = driver.session_with_args(&argv).await;
        // The app offers that vault for unlocking.
        let started = Instant::now();
        loop {
            let path = find(&c, "#unlock-path").await.prop("value").await.ok().flatten().unwrap_or_default();
            if path == vault_arg {
                break;
            }
            assert!(started.elapsed() < WAIT, "the unlock screen offers {path:?}, not {vault_arg:?}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        c.close().await.unwrap_or_else(|e| panic!("closing the session: {e}"));
    })
    .await;
    assert!(opened.is_ok(), "{} did not offer {vault_arg} within {DEADLINE:?}", app.display());
}
